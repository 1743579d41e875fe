"""Stage 2, extract: clean each source into an Article (main text + metadata).

HTML goes through trafilatura and a furniture filter (digest.extract.html);
plain-text copies through our own boilerplate remover (digest.extract.text_body) and the
metadata finders (digest.extract.text_metadata); Markdown is taken as written, with its front
matter. Sidecar or front-matter metadata always wins over what is found in the
page. Unusable documents give None, after a warning naming the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digest.errors import warn_file
from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.furniture import NO_CONTEXT, Context, Profile, learn, profile
from digest.extract.html import (
    extract_html,
    fallback_text,
    page_lines,
    page_text,
    site_end_of_title,
)
from digest.extract.text_body import (
    FURNITURE,
    Cleaned,
    clean_text,
    is_header_meta,
    line_key,
)
from digest.guards import MAX_HTML_TAGS, dated_in_range, visible_article, within_size
from digest.models import Article, SourceDoc

TITLE_WINDOW = 120  # lines before the body searched for the headline and byline
DATE_ABOVE = 6  # lines above the headline where its date may stand when none is below


def article_id(doc: SourceDoc) -> str:
    """Stable id from the source bytes: renaming a file keeps it, copies share it."""
    return doc.sha256[:16]


def extract_documents(docs: Sequence[SourceDoc]) -> list[Article | None]:
    """Extract every document; the list lines up with `docs`.

    Text copies and saved pages are cleaned together: a line that repeats across
    several text copies (a site's menu, footer, subscription offer) is furniture in
    each, and what an outlet repeats around its different stories is its furniture
    even when written as sentences (see digest.extract.furniture).
    """
    contexts = learn([source_profile(doc) for doc in docs])
    return [_extract_guarded(doc, context) for doc, context in zip(docs, contexts, strict=True)]


def source_profile(doc: SourceDoc) -> Profile | None:
    """What the collection learns from one source (models.LEARNS_FROM): a text
    copy's lines, a saved page's visible text a block a line; None for other kinds, and
    for a page read as plain text (too many tags) or one that cannot be read."""
    if doc.kind == "text":
        return profile(doc.text)
    if doc.kind != "html" or doc.text.count("<") > MAX_HTML_TAGS:
        return None
    try:
        return profile("\n".join(page_lines(page_text(doc.text))), page=True)
    except RecursionError:  # absurdly nested markup: its extraction says so
        return None


def _extract_guarded(doc: SourceDoc, context: Context) -> Article | None:
    """One document; an extractor crash costs that file (a warning), never the run."""
    try:
        return extract_document(doc, context)
    except Exception as exc:
        warn_file(doc.path, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}), skipped")
        return None


def extract_document(doc: SourceDoc, context: Context = NO_CONTEXT) -> Article | None:
    """One Article from one source, or None (with a warning) when it holds no text.

    `context` is what the collection taught about this copy (digest.extract.furniture)."""
    try:
        if doc.kind == "html":
            article = _from_html(doc, context.furniture)
        elif doc.kind == "markdown":
            article = _from_markdown(doc)
        else:
            article = _from_text(doc, context)
    except RecursionError:  # absurdly nested markup
        article = None
    if article is None:
        warn_file(doc.path, "no article text found, skipped")
        return None
    article = dated_in_range(with_source_meta(article, doc), doc.path)
    return visible_article(within_size(article, doc.path))


def with_source_meta(article: Article, doc: SourceDoc) -> Article:
    """Sidecar / front-matter fields override what was found in the page."""
    meta = doc.meta_dict()
    changes: dict[str, object] = {}
    for key, field in (("title", "title"), ("publisher", "publisher"), ("date", "published")):
        if meta.get(key):
            changes[field] = str(meta[key])
    for key in ("url", "lang"):
        if meta.get(key):
            changes[key] = str(meta[key])
    if meta.get("author"):
        changes["authors"] = (str(meta["author"]),)
    if meta.get("tags"):
        changes["tags"] = tuple(str(t) for t in meta["tags"])  # type: ignore[attr-defined]
    if meta.get("fetched") and not (changes.get("published") or article.published):
        changes["published"] = str(meta["fetched"])  # a crawl's fetch date, when the page has none
    if meta.get("site") and not (changes.get("publisher") or article.publisher):
        changes["publisher"] = str(meta["site"])  # a crawled page's host, when it names no outlet
    return _replace(article, **changes)


def _replace(article: Article, **changes: object) -> Article:
    from dataclasses import replace

    return replace(article, **changes)  # type: ignore[arg-type]


def _from_html(doc: SourceDoc, furniture: frozenset[str] = frozenset()) -> Article | None:
    """The article of a saved page; `furniture`: the line keys of what its outlet
    repeats on its pages (digest.extract.furniture), none of the article's."""
    tags = doc.text.count("<")
    if tags > MAX_HTML_TAGS:  # trafilatura's time grows with the square of inline elements
        warn_file(doc.path, f"{tags:,} HTML tags, over {MAX_HTML_TAGS:,}: read as plain text")
        paragraphs, captions = fallback_text(doc.text)
        if not paragraphs:
            return None
        return Article(
            id=article_id(doc),
            source=doc.path,
            title="",
            paragraphs=paragraphs,
            captions=captions,
            sha256=doc.sha256,
        )
    found = extract_html(doc.text, furniture)
    if found is None:
        return None
    publisher = md.tidy_publisher(found.publisher, found.url, doc.text)
    if publisher and found.title and line_key(publisher) == line_key(found.title):
        # trafilatura gives the headline as the site's name on some older pages: the
        # page's copyright notice names the outlet, else the <title>'s other end
        other = md.named_in(doc.text) or site_end_of_title(doc.text, found.title)
        publisher = md.tidy_publisher(other, found.url, doc.text)
    return Article(
        id=article_id(doc),
        source=doc.path,
        title=found.title or "",
        paragraphs=found.paragraphs,
        authors=_page_authors(found.authors, publisher, doc.text),
        publisher=publisher,
        published=found.date,
        url=found.url,
        lang=found.lang,
        tags=found.tags,
        captions=found.captions,
        sha256=doc.sha256,
    )


def _page_authors(names: Sequence[str], publisher: str | None, page: str) -> tuple[str, ...]:
    """The people among a page's byline names: not its outlet, not its copyright holder
    beside a reporter (the holder is looked up only then: it reads the whole page),
    their initials with the full stops the page gives them."""
    authors = md.without_outlet(md.tidy_authors(names), publisher)
    authors = tuple(md.initials_as_shown(name, page) for name in authors)
    return md.without_holder(authors, md.named_in(page)) if len(authors) > 1 else authors


def _from_markdown(doc: SourceDoc) -> Article | None:
    blocks = [" ".join(b.split()) for b in doc.text.split("\n\n")]
    paragraphs = [b for b in blocks if b]
    title = ""
    if paragraphs and paragraphs[0].startswith("# "):
        title = paragraphs.pop(0)[2:].strip()
    if not paragraphs:
        return None
    language = bp.guess_language(bp.words(doc.text))
    return Article(
        id=article_id(doc),
        source=doc.path,
        title=title,
        paragraphs=tuple(paragraphs),
        lang=bp.LANGUAGE_CODES.get(language),
        sha256=doc.sha256,
    )


def _from_text(doc: SourceDoc, context: Context) -> Article | None:
    cleaned = clean_text(doc.text, context.shared, context.furniture)
    if not cleaned.body:
        return None
    every_line = [line.text for line in cleaned.lines]
    # The outlet's furniture (its own page's headline, byline, date) is no metadata
    # of this article: blanked, so no finder below picks it.
    lines = [
        "" if context.furniture and line_key(text) in context.furniture else text
        for text in every_line
    ]
    start, end = cleaned.start, cleaned.body[-1] + 1
    window_authors, _ = md.find_byline(lines[max(0, start - TITLE_WINDOW) : start])
    title, title_at = _title(cleaned, lines, window_authors)
    header = list(range(title_at + 1 if title else max(0, start - 15), start))
    authors, byline_at = md.find_byline([lines[i] for i in header])
    if not authors:
        authors = window_authors
    if not authors and title:
        authors = _bare_byline(lines, title_at, start)
        if authors and any(authors[0] in every_line[i] for i in cleaned.body[:3]):
            # "Ava Castillo" under the headline, then "the shooting death of 4-year-old
            # Ava Castillo": a picture's label naming the story's subject, not its author
            authors = ()
    if not authors or _is_agency(authors):
        near = max(title_at + 1 if title else 0, start - NAME_BY_DATE_REACH)
        authors = md.name_by_date(lines[near:start]) or authors
    body = set(cleaned.body)
    outside = [i for i in range(title_at, len(lines)) if i not in body and i not in header]
    day_first = cleaned.language != "English"
    published, updated = md.pick_dates(
        md.dates_in(lines, header, day_first), md.dates_in(lines, outside, day_first)
    )
    if published is None and title:
        above = md.dates_in(lines, range(max(0, title_at - DATE_ABOVE), title_at), day_first)
        published = above[-1].iso if above else None  # the only date: just above the headline
    if published is None and lines != every_line:  # a date line other copies share
        published, updated = md.pick_dates(
            md.dates_in(every_line, header, day_first), md.dates_in(every_line, outside, day_first)
        )
    tags, _ = md.find_tags([lines[i] for i in range(len(lines)) if i not in body])
    footer = [lines[i] for i in range(end, len(lines))]
    holder = md.find_publisher(footer)  # the copyright holder, if the footer names one
    # grouped: what the outlet's furniture says, or nothing; else the footer, then the top
    publisher = context.outlet if context.grouped else holder or md.find_publisher(lines[:start])
    title_key = line_key(title) if title else None
    paragraphs = tuple(every_line[i] for i in cleaned.body if line_key(every_line[i]) != title_key)
    byline = lines[header[byline_at]] if byline_at is not None else None
    captions = tuple(c for c in cleaned.captions if c != byline and c != title)
    if not paragraphs:
        return None
    return Article(
        id=article_id(doc),
        source=doc.path,
        title=title or "",
        paragraphs=paragraphs,
        standfirst="" if cleaned.standfirst == title else cleaned.standfirst,
        authors=md.without_holder(md.without_outlet(md.tidy_authors(authors), publisher), holder),
        publisher=publisher,
        published=published,
        updated=updated,
        lang=bp.LANGUAGE_CODES.get(cleaned.language),
        tags=tags,
        captions=captions,
        sha256=doc.sha256,
        outlet_group=context.group,
    )


def _title(
    cleaned: Cleaned, lines: list[str], window_authors: tuple[str, ...]
) -> tuple[str | None, int]:
    """The headline and the position of its first occurrence in the window before the body.

    `window_authors` are the names of the byline found in that window: never the headline.
    """
    start = cleaned.start
    first = max(0, start - TITLE_WINDOW)
    body_words: set[str] = set()
    for i in cleaned.body:
        body_words |= md.content_words(lines[i], cleaned.stops)
    counts = Counter(lines[first:start])
    candidates = [
        (i, cell)
        for i in range(first, start)
        if not bp.has_photo_credit(lines[i])
        for cell in row_cells(lines[i])
    ]
    exclude = {cleaned.standfirst, *window_authors}
    anchored = _above_anchors(cleaned, first, start, lines)
    exclude |= {lines[i] for i in anchored if _is_standfirst_below(lines, i, anchored)}
    below = _below_byline(lines, first, start, anchored)
    candidates = [(i, text) for i, text in candidates if i not in below]
    title = md.find_title(candidates, body_words, cleaned.stops, start, counts, exclude, anchored)
    if title is None:
        title = _lede_headline(lines, anchored, body_words, cleaned.stops, set(window_authors))
    if title is None:
        return None, first
    at = next((i for i in range(first, start) if lines[i] == title), None)
    if at is None:  # a cell of a table-like row
        at = next((i for i in range(first, start) if title in lines[i]), first)
    return title, at


def _lede_headline(
    lines: list[str],
    anchored: dict[int, float],
    body_words: set[str],
    stops: frozenset[str],
    names: set[str],
) -> str | None:
    """When no line reads as a headline, the line right above the byline or date line
    is one all the same: some copies head the article with a sentence (its lede, or a
    long headline ending in a full stop) that the cleaner took for a standfirst.

    The nearest such line to the body wins; it must share a word with the body, be
    no furniture, date or name, and no longer than a real headline.
    """
    for i in sorted((i for i, w in anchored.items() if w >= 1.0), reverse=True):
        text = lines[i]
        n = md.title_length(text)
        if (
            not 3 <= n <= md.LONG_HEADLINE_WORDS
            or text in names
            or bp.is_furniture(text)
            or bp.BULLET.match(text)
            or is_header_meta(text)
            or not md.content_words(text, stops) & body_words
        ):
            continue
        return md.strip_marks(text) or None
    return None


_CELL_SPLIT = re.compile(r"\t+|\s{3,}|\s*(?:·{2,}|\.{4,})\s*")


def row_cells(text: str) -> list[str]:
    """A table-like row ("Headline      Share on Facebook", "Headline ··· 3 min") gives
    its cells as well as itself: the headline may be one of them."""
    cells = [c.strip() for c in _CELL_SPLIT.split(text) if c.strip()]
    return [text, *cells] if len(cells) > 1 else [text]


_BYLINE_START = re.compile(r"^\W*(?:by|posted by|written by)\s+\S", re.I)
ANCHOR_REACH = 3  # lines between a headline and the byline, dateline or first paragraph


def _above_anchors(
    cleaned: Cleaned, first: int, start: int, blanked: list[str] | None = None
) -> dict[int, float]:
    """Lines standing just above a byline/dateline of the header, or above the body start.

    Only a standfirst-like line or another header line may stand in between; a
    line of furniture or a menu entry breaks the link. A byline or dateline is the
    stronger sign: the line above the first paragraph may be a teaser's headline.

    The one line right above a byline or dateline stays a headline candidate even
    when other copies repeat it (the same story's headline in other outlets is a
    shared line): only the outlet's own furniture (blanked in `blanked`), furniture
    wording or a menu entry rule it out.
    """
    lines = cleaned.lines
    anchors = [(i, 1.0) for i in range(first, start) if is_header_meta(lines[i].text)]
    out: dict[int, float] = {}
    for anchor, weight in [*anchors, (start, 0.5)]:
        reach, i = 0, anchor - 1
        while i >= first and reach < ANCHOR_REACH:
            line = lines[i]
            i -= 1
            if not any(c.isalpha() for c in line.text):
                continue  # a comment counter, an icon: no line of its own
            if line.label == FURNITURE and not is_header_meta(line.text):
                if (
                    reach == 0
                    and weight == 1.0
                    and _shared_headline(line.text, blanked, line.index)
                ):
                    out[line.index] = max(out.get(line.index, 0.0), weight)
                break
            if bp.BULLET.match(line.text):
                break
            out[line.index] = max(out.get(line.index, 0.0), weight)
            reach += 1
    return out


def _shared_headline(text: str, blanked: list[str] | None, index: int) -> bool:
    """A line marked furniture only because other copies repeat it: may be a headline."""
    if blanked is not None and not blanked[index]:
        return False  # the outlet's own furniture
    return (
        len(bp.words(text)) >= 3
        and not bp.is_furniture(text)
        and not bp.BULLET.match(text)
        and not bp.is_link_list_label(text)
    )


def _below_byline(lines: list[str], first: int, start: int, anchored: dict[int, float]) -> set[int]:
    """Lines between the byline or dateline nearest the body and the body: section
    labels, datelines, photo captions, not the headline.

    The headline stands above its byline and date line; when a candidate line
    does, the lines after them are no candidates. A run of byline and date lines
    counts from its top line.
    """
    top = None
    for b in range(start - 1, max(first, start - 1 - ANCHOR_REACH) - 1, -1):
        if _BYLINE_START.match(lines[b]) or md.find_byline([lines[b]])[0] or _date_line(lines[b]):
            top = b
        elif top is not None:
            break
    if top is not None and top - 1 in anchored and top - 1 >= first:
        return set(range(top + 1, start))
    return set()


DATE_LINE_WORDS = 16  # a longer line holding a date is a sentence, not a date line


def _date_line(text: str) -> bool:
    """A line that states the page's date ("Published 2015-08-06", "Posted: May 2, 2015")."""
    return bool(text) and len(bp.words(text)) <= DATE_LINE_WORDS and md.parse_date(text) is not None


def _is_standfirst_below(lines: list[str], i: int, anchored: dict[int, float]) -> bool:
    """A long line right under a shorter one, both above the byline: headline, standfirst."""
    above = i - 1
    n = len(bp.words(lines[i]))
    above_n = len(bp.words(lines[above])) if above >= 0 else 0
    return (
        above in anchored
        and n >= 12
        and 4 <= above_n < n
        and not bp.ends_like_sentence(lines[above])
        and not bp.is_furniture(lines[above])
    )


NAME_BY_DATE_REACH = 15  # lines above the body where a name over a date is the byline


def _is_agency(authors: tuple[str, ...]) -> bool:
    return len(authors) == 1 and bool(md._AGENCY_LINE.match(authors[0]))


def _bare_byline(lines: list[str], title_at: int, start: int) -> tuple[str, ...]:
    """A name alone on one of the two lines under the headline is its author."""
    for i in range(title_at + 1, min(title_at + 3, start)):
        name = md.name_line(lines[i])
        if name:
            return (name,)
    return ()
