"""Stage 2, extract: clean each source into an Article (main text + metadata).

HTML goes through trafilatura and a furniture filter (digest.htmlextract);
plain-text copies through our own boilerplate remover (digest.textclean) and the
metadata finders (digest.metadata); Markdown is taken as written, with its front
matter. Sidecar or front-matter metadata always wins over what is found in the
page. Unusable documents give None, after a warning naming the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from digest import boilerplate as bp
from digest import metadata as md
from digest.errors import warn_file
from digest.htmlextract import extract_html
from digest.models import Article, SourceDoc
from digest.textclean import Cleaned, clean_text, line_key, split_lines

TITLE_WINDOW = 120  # lines before the body searched for the headline and byline


def article_id(doc: SourceDoc) -> str:
    """Stable id from the source bytes: renaming a file keeps it, copies share it."""
    return doc.sha256[:16]


def extract_documents(docs: Sequence[SourceDoc]) -> list[Article | None]:
    """Extract every document; the list lines up with `docs`.

    Text copies are cleaned together: a line that repeats across several of them
    (a site's menu, footer, subscription offer) is furniture in each.
    """
    shared = shared_lines(doc.text for doc in docs if doc.kind == "text")
    return [extract_document(doc, shared) for doc in docs]


def shared_lines(texts: Collection[str] | object, min_docs: int = 2) -> frozenset[str]:
    """Keys of the lines that occur in at least `min_docs` of the given texts."""
    counts: Counter[str] = Counter()
    for text in texts:  # type: ignore[attr-defined]
        counts.update({line_key(line) for line in split_lines(text)})
    return frozenset(key for key, n in counts.items() if n >= min_docs and key)


def extract_document(doc: SourceDoc, shared: Collection[str] = frozenset()) -> Article | None:
    """One Article from one source, or None (with a warning) when it holds no text."""
    try:
        if doc.kind == "html":
            article = _from_html(doc)
        elif doc.kind == "markdown":
            article = _from_markdown(doc)
        else:
            article = _from_text(doc, shared)
    except RecursionError:  # absurdly nested markup
        article = None
    if article is None:
        warn_file(doc.path, "no article text found, skipped")
        return None
    return with_source_meta(article, doc)


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
    return _replace(article, **changes)


def _replace(article: Article, **changes: object) -> Article:
    from dataclasses import replace

    return replace(article, **changes)  # type: ignore[arg-type]


def _from_html(doc: SourceDoc) -> Article | None:
    found = extract_html(doc.text)
    if found is None:
        return None
    return Article(
        id=article_id(doc),
        source=doc.path,
        title=found.title or "",
        paragraphs=found.paragraphs,
        authors=found.authors,
        publisher=found.publisher,
        published=found.date,
        url=found.url,
        lang=found.lang,
        tags=found.tags,
        captions=found.captions,
        sha256=doc.sha256,
    )


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


def _from_text(doc: SourceDoc, shared: Collection[str]) -> Article | None:
    cleaned = clean_text(doc.text, shared)
    if not cleaned.body:
        return None
    lines = [line.text for line in cleaned.lines]
    start, end = cleaned.start, cleaned.body[-1] + 1
    title, title_at = _title(cleaned, lines)
    header = list(range(title_at + 1 if title else max(0, start - 15), start))
    authors, byline_at = md.find_byline([lines[i] for i in header])
    if not authors:
        authors, _ = md.find_byline(lines[max(0, start - TITLE_WINDOW) : start])
    body = set(cleaned.body)
    outside = [i for i in range(title_at, len(lines)) if i not in body and i not in header]
    published, updated = md.pick_dates(md.dates_in(lines, header), md.dates_in(lines, outside))
    tags, _ = md.find_tags([lines[i] for i in range(len(lines)) if i not in body])
    footer = [lines[i] for i in range(end, len(lines))]
    publisher = md.find_publisher(footer) or md.find_publisher(lines[:start])
    title_key = line_key(title) if title else None
    paragraphs = tuple(lines[i] for i in cleaned.body if line_key(lines[i]) != title_key)
    byline = lines[header[byline_at]] if byline_at is not None else None
    captions = tuple(c for c in cleaned.captions if c != byline and c != title)
    if not paragraphs:
        return None
    return Article(
        id=article_id(doc),
        source=doc.path,
        title=title or "",
        paragraphs=paragraphs,
        standfirst=cleaned.standfirst,
        authors=authors,
        publisher=publisher,
        published=published,
        updated=updated,
        lang=bp.LANGUAGE_CODES.get(cleaned.language),
        tags=tags,
        captions=captions,
        sha256=doc.sha256,
    )


def _title(cleaned: Cleaned, lines: list[str]) -> tuple[str | None, int]:
    """The headline and the position of its first occurrence in the window before the body."""
    start = cleaned.start
    first = max(0, start - TITLE_WINDOW)
    body_words: set[str] = set()
    for i in cleaned.body:
        body_words |= md.content_words(lines[i], cleaned.stops)
    counts = Counter(lines[first:start])
    candidates = [(i, lines[i]) for i in range(first, start) if not bp.has_photo_credit(lines[i])]
    standfirst = {cleaned.standfirst}
    title = md.find_title(candidates, body_words, cleaned.stops, start, counts, standfirst)
    if title is None:
        return None, first
    return title, next(i for i in range(first, start) if lines[i] == title)
