"""Saved web pages: trafilatura, a pass over its output for furniture, then a vote.

trafilatura finds the main content well, but leaves some furniture inside it:
newsletter prompts, share lines, "read more" links, photo credits, and lists of
other stories at the end. Those lines are recognised by the same wording and
shape rules as in text copies (digest.extract.boilerplate). What is left is put
to a vote of other extractors paragraph by paragraph (digest.extract.ensemble):
text that most of them drop goes. When trafilatura finds nothing, readability's
text is the skeleton of the vote; when no extractor finds anything, the page's
visible text goes through the text-copy cleaner instead.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from html import unescape
from itertools import accumulate, islice
from typing import Any

from digest import safe
from digest.extract import boilerplate as bp
from digest.extract import ensemble
from digest.extract import text_metadata as md
from digest.extract.article_end import PROSE_BEFORE_COMMENTS, Release, ends_article, prose_words
from digest.extract.dates import address_date, day_first_domain, declared_authors, published_date
from digest.extract.furniture import (
    MENU_ENTRY_WORDS,
    PROSE_WORDS,
    key_words,
    page_line_key,
    twice_key,
)
from digest.extract.furniture import shape as furniture_shape
from digest.extract.markup_metadata import markup_metadata
from digest.extract.prose import word_count
from digest.extract.text_body import clean_text, line_key
from digest.extract.text_metadata import find_byline
from digest.textutil import split_sentences

# `fast` skips trafilatura's readability/jusText fallback comparison, which on news
# pages more often adds furniture than missing text; comments are not the article.
# htmldate's "extensive search" hands leftover date-like strings to dateparser,
# which compiles its patterns for every locale on the first hard string: seconds
# per process, for no gain here (the same publication dates on the labelled
# pages, measured with `digest eval extraction`).
DATE_OPTIONS: dict[str, Any] = {"extensive_search": False, "original_date": True}
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "fast": True,
    "with_metadata": True,
    "date_extraction_params": DATE_OPTIONS,
}


@dataclass(frozen=True)
class HtmlResult:
    """Body and metadata found in one page."""

    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    lang: str | None = None
    tags: tuple[str, ...] = ()
    description: str = ""


_BULLETS = frozenset("·•▪◦●∙‣⁃")


def extract_html(html: str, furniture: frozenset[str] = frozenset()) -> HtmlResult | None:
    """Main text and metadata of a page, or None when it holds no article text.

    `furniture`: the digests (furniture.page_line_key) of the keys of the page's lines that
    its outlet repeats on its pages, learned from the collection: a notice, a box's
    label or a row of tools set inside the article's container is no text of it."""
    import trafilatura  # here, not at the top: a build with no new page never needs it

    # Parsed once: trafilatura extracts from a copy, readability then takes the tree.
    page = ensemble.Page.parse(html)
    visible = page_text(page)
    # the date the page declares comes first: the date its markup shows is then never read
    declared = published_date(html)
    try:
        doc: Any = (
            trafilatura.bare_extraction(html, **TRAFILATURA_OPTIONS)
            if page.parsed is None
            else _with_metadata(
                markup_metadata(page.parsed, DATE_OPTIONS, with_date=declared is None),
                trafilatura.bare_extraction(
                    page.parsed, **{**TRAFILATURA_OPTIONS, "with_metadata": False}
                ),
            )
        )
    except Exception:  # trafilatura raises on some malformed input; one page, not the build
        doc = None
    text = with_joiners((doc.text if doc is not None else "") or "", visible)
    if doc is not None:
        doc.title, doc.author = (
            with_joiners(doc.title or "", visible) or None,
            with_final_marks(with_joiners(doc.author or "", visible), visible) or None,
        )
    paragraphs, captions = voted_paragraphs(
        text,
        page,
        page_words=lambda: len(bp.words(visible)),  # counted only when needed
        # asked only at an end mark or an "About NAME" heading
        release=cache(partial(bp.shows_release, visible)),
    )
    if not paragraphs:
        paragraphs, captions = fallback_text(html)
    paragraphs = with_crossheads(paragraphs, page)
    shown = page_lines(visible)  # split once, read above and below the article
    if furniture:
        paragraphs = without_furniture(paragraphs, template_lines(shown, furniture, paragraphs))
    # a paragraph of one list bullet alone ("·" of a page saved from a word processor, its
    # list marks set in a symbol font) is none; a dinkus ("• • •"), rules and code's
    # braces are kept
    paragraphs = tuple(p for p in paragraphs if p.strip() not in _BULLETS)
    # a byline's opener and the word that joined its two names ("Por e", "By and"), the
    # linked names left out: no text, wherever it stands
    paragraphs = tuple(p for p in paragraphs if not (md.by_alone(p) and len(p.split()) >= 2))
    if not paragraphs:
        return None
    if doc is None:
        return HtmlResult(paragraphs, captions)
    if paragraphs and (
        (doc.title and line_key(paragraphs[0]) == line_key(doc.title))
        or heads_page_title(paragraphs[0], html)
        # the headline shown where <title> and og:title give another ("... to start at
        # 6:10 a.m.": its stop would make it the article's first sentence)
        or (
            len(bp.words(paragraphs[0])) <= HEADING_WORDS
            and bp.ends_like_sentence(paragraphs[0])  # else a section's heading may be it
            and line_key(paragraphs[0]) == line_key(page.headline() or "")
        )
    ):
        paragraphs = paragraphs[1:]  # the headline, kept by trafilatura as the first block
    if not paragraphs:
        return None
    authors = tuple(
        a.strip()
        for a in (doc.author or "").split(";")
        if a.strip()
        and not _account_handle(a.strip(), visible)
        and not _commenter_only(a.strip(), page, html)
    )
    bio = md.bio_opening_name(authors[0]) if authors else None
    if bio is not None:
        # a sentence about the author declared, cut at its commas ("NAME covers local
        # government", "Water", "Housing"): the name it opens with
        authors = (bio,)
    opening = opening_at(paragraphs)
    if (
        opening > 0
        and _opens_with_dateline(paragraphs[opening])
        and all(_header_line(p) for p in paragraphs[:opening])
    ):
        # "ŠENTJUR – Workers at the Bohor factory ...": the article's first paragraph;
        # the short lines above it (a section's label, a deck, a stamp) are its header
        paragraphs, opening = paragraphs[opening:], 0
    if _details_list(paragraphs[:opening], shown):
        # "- Kategorija: Kultūra", "- Publicēts: DATE", "- Skatīts: 2755": the article's
        # details set as a list over it (a CMS's <dl class="article-info">), none its text
        paragraphs, opening = paragraphs[opening:], 0
    stamps = [
        at for at in range(opening) if _is_stamp(paragraphs[at]) or _byline_row(paragraphs[at])
    ]
    if stamps:
        # "Wednesday, August 19, 2009" under the byline, kept as a paragraph: a stamp (or
        # a layout table's row of the byline alone, "| Piše: NAME |")
        paragraphs = tuple(p for at, p in enumerate(paragraphs) if at not in stamps)
        opening -= len(stamps)
    byline = _byline_paragraph(paragraphs, opening, shown)
    if byline is None:
        byline = _stamps_under_deck(paragraphs, opening)
    if byline is not None:
        # a deck kept as the first paragraph, then the byline and its stamp: the
        # article opens below them, and they are its header
        paragraphs = paragraphs[byline + 1 :]
        opening = opening_at(paragraphs) if paragraphs else 0
    if not paragraphs:
        return None
    if _deck_over_byline(shown, paragraphs, opening, authors, page):
        # "The city will be able to turn away ships ...", then "Ingrid Aasen" and the
        # stamp, then the article: the first paragraph kept was the deck
        paragraphs = paragraphs[opening + 1 :]
        opening = opening_at(paragraphs)
    decks = _decks_over_byline(shown, paragraphs, opening)
    if decks:
        # "Third-generation owner says ... big-box store", then "By NAME" and the stamp,
        # then the article: a deck kept before its first sentence, the article's header
        paragraphs = tuple(p for at, p in enumerate(paragraphs) if at not in decks)
        opening -= len(decks)
    while opening + 1 < len(paragraphs) and page.deck_only(paragraphs[opening]):
        # <p class="standfirst">, <p class="vorspann">: the deck, kept as the first paragraph
        # (or the points of one, a list)
        paragraphs = paragraphs[:opening] + paragraphs[opening + 1 :]
    decked = [at for at in range(opening) if page.deck_only(paragraphs[at])]
    if decked:
        # a box of key points above the first paragraph ("In summary" and its list)
        paragraphs = tuple(p for at, p in enumerate(paragraphs) if at not in decked)
        opening -= len(decked)
    after = paragraphs[opening + 1] if opening + 1 < len(paragraphs) else ""
    header = header_lines(shown, paragraphs[opening], after)
    tags = tuple(t.strip() for t in (doc.tags or []) if t and t.strip())
    title = header_headline(header, html, doc.title) or checked_title(
        doc.title or None, html, paragraphs, doc.sitename
    )
    if _names_site(title, html, doc.sitename):
        # a print view's or a portal's page whose <title> and headings name only the
        # site: the headline is the line over the byline (and a deck under it)
        opening_paragraphs = paragraphs[:_TITLE_CHECK_PARAGRAPHS]
        title = headline_over_byline(header, opening_paragraphs, line_key(title or "")) or title
    # the page's one <h1>, or where it has none or only a logo's, the one element its
    # class names the headline
    masthead = page.masthead()
    own = page.headline() if page.headline() and not masthead else page.classed_headline()
    own = _without_section(own, page.classed_headline())
    shown_title = shown_headline(header, own, html, title, page.headings)
    if shown_title and line_key(shown_title) != line_key(title or ""):
        title = shown_title  # (the same words stand as trafilatura gave them)
    elif _unshown_short_title(title, header) and len(page.h1_elements()) <= 1:
        # "News Flash", "Lanternfall Central": a <title> naming the site alone, shown
        # nowhere over the article; the headline is the heading set right above it (on
        # a page that sets no subheadings as <h1>s, where a heading opening the text
        # may be its first subheading)
        title = _heading_above(header, page.heading_lines()) or title
    elif own is None and _shown_nowhere(title, shown):
        # a title only the page's metadata gives (`<meta name="title">`), where no heading
        # holds the headline (`<font size="5"><b>`): the line over the byline
        over = headline_over_byline(header, paragraphs[:_TITLE_CHECK_PARAGRAPHS], decked=True)
        if (
            over
            # set as a heading, or in bold (no menu's row nor a sponsor's line), and telling
            # of the same story as the metadata's title (no blog's tagline over the stamp)
            and ensemble.line_words(over) in page.heading_lines()
            and _title_words(over) & _title_words(title or "")
            # (nor the masthead's <h1>, a blog's name linked to its home page)
            and not (masthead and line_key(over) == line_key(page.headline() or ""))
        ):
            title = over
    title = _without_kicker_label(title)
    kickers = _kickers(paragraphs, opening, header, title)
    if kickers:
        # "TRÁFICO" over the headline, kept with the article's container
        paragraphs = tuple(p for at, p in enumerate(paragraphs) if at not in kickers)
        opening -= len(kickers)
    if not md.tidy_authors(authors) or _names_the_site(authors, html, title):
        # none, no name in it ("Home » Business"), or the site's own name ("Harlow
        # Junction Record" on "Harlow Junction Record :: Headline" over "by Ana Ruiz")
        authors = header_byline(header, title, paragraphs) or authors
    else:
        authors = _refined(authors, header_byline(header, title), header)
    if not md.tidy_authors(authors):
        # a blog's post footer: "Posted by Devika Ramaswamy on April 12, 2011 at 10:47 am"
        below = footer_lines(shown, _last_prose(paragraphs), FOOTER_BYLINE_READ)
        authors = footer_byline(below) or authors
    paragraphs = below_headline(
        paragraphs,
        title,
        opening,
        page.headline() if opening else None,
        page.headings() if opening else (),
    )
    run_in, paragraphs = _byline_run_in(paragraphs)
    if run_in and not any(md.opens_with_first_name(name) for name in md.tidy_authors(authors)):
        # none declared, or one whose first word no list knows as a first name (an
        # account or outlet, "Posted by Ezweni Times"; also a person with such a first
        # name, whom the "By NAME" then overrules): the byline opening the article
        authors = run_in
    if authors and paragraphs and _commenters(md.tidy_authors(authors), shown, paragraphs, html):
        # "Pat Hollis" of "#1 Pat Hollis (Wednesday, 16 May 2012 09:12)", or a profile's
        # link ("View my complete profile"): a post's footer may still sign it
        below = footer_lines(shown, _last_prose(paragraphs), FOOTER_BYLINE_READ)
        # (or the byline over the article: "Por NAME / Corresponsal")
        authors = footer_byline(below) or run_in or header_byline(header, title, paragraphs)
    site = site_name_in_title(doc.sitename, html) or declared_site_name(html)
    if not md.tidy_authors(authors) and site:
        # "Марија Велкоска / Јаворинфо": a name over the site's own name after a slash
        authors = _name_over_site(header, site) or authors
    if not md.tidy_authors(authors):
        # "... after the final out. Story and photos by Ray Tulloch": a caption's credit
        below = footer_lines(shown, _last_prose(paragraphs), FOOTER_BYLINE_READ)
        authors = md.story_and_pictures_by([*header, *below]) or authors
    if not md.tidy_authors(authors):
        # the name alone at the end, or over a note the article closes with ("Cywiriad:
        # ...", "Correction: ...")
        authors = _signature(paragraphs) or _signature(_before_note(paragraphs)) or authors
    signed = _labelled_sign_off(paragraphs)
    if signed and not md.tidy_authors(authors):
        authors = signed[0]
    if signed and md.tidy_authors(authors) == md.tidy_authors(signed[0]):
        # the article ends with its signature: comments, related links and tables below
        paragraphs = paragraphs[: signed[1]]
    tidy = md.tidy_authors(authors)
    if not tidy or any(md.opens_with_box_label(name) for name in tidy):
        # "Autor" / "Miroslav Kuchta" beside it; also when the declared author is the
        # whole box run together ("Autors Ilze Kalniņa DR"): the name in it
        boxed = md.boxed_byline(shown)
        if not tidy or (boxed and any(boxed[0] in name for name in tidy)):
            authors = boxed or authors
    paragraphs = _without_sign_off(paragraphs, md.tidy_authors(authors))
    paragraphs = _without_writers_card(paragraphs, md.tidy_authors(authors))
    if len(paragraphs) > 1 and _credits_dateline(paragraphs[0], paragraphs[1:2]):
        paragraphs = paragraphs[1:]  # an agency's credit over the dateline naming it
    noted = _labelled_author_note(paragraphs[-1]) if len(paragraphs) >= 3 else None
    tidy = md.tidy_authors(authors)
    if noted and (not tidy or noted in tidy or _names_the_site(tidy, html, title)):
        # "About the author: NAME is a reporter at ...": a note about the writer, who
        # signed the article (where the byline an extractor read is none, or the site's
        # name, it is this one)
        authors, paragraphs = (authors if noted in tidy else (noted,)), paragraphs[:-1]
    if furniture:
        paragraphs = _without_note_below_notice(
            paragraphs, md.tidy_authors(authors), shown, furniture
        )
    if len(paragraphs) > 1 and _name_line_of(paragraphs[0], md.tidy_authors(authors)):
        # "Marta G. Villaverde | Peñaúrsula" kept over the article: its byline
        paragraphs = paragraphs[1:]
    paragraphs = _without_pull_quotes(paragraphs, page.set_large) or paragraphs
    # read once, if asked
    day_first = cache(partial(reads_day_first, html, doc.language, paragraphs, shown))
    return HtmlResult(
        paragraphs=paragraphs,
        captions=captions,
        title=title,
        authors=authors,
        # the page's own marker first, then a stamp over the article saying it was published
        date=_earlier_stamp(declared, header, day_first)
        or _stamped_either_way(
            day_first,
            header,
            title,
            doc.date,
            copyright_year(visible),
            footer_lines(shown, _last_prose(paragraphs)),
            page.headings() if headline_at(header, title) is None else (),
        )
        or dateline_date(paragraphs, day_first)
        or address_date(html)
        or doc.date
        or None,
        publisher=site,
        url=doc.url or None,
        lang=doc.language or None,
        tags=tags,
        description=doc.description or "",
    )


def _stamped_either_way(
    day_first: Callable[[], bool],
    header: Sequence[str],
    *rest: Any,
) -> str | None:
    """`stamped_date`, asking whether the page writes its dates day first only when the
    header's dates read one way and the other give two days (reads_day_first reads the
    page's lines around the article: most headers hold no all-digit date, or one no
    order can mistake)."""
    month_first, either = stamped_date(header, False, *rest), stamped_date(header, True, *rest)
    if month_first == either:
        return month_first
    return either if day_first() else month_first


def _with_metadata(metadata: Any, extracted: Any) -> Any:
    """trafilatura's text of the page (None when it found none) with the metadata read
    from its markup (digest.extract.markup_metadata)."""
    if extracted is None:
        return None
    metadata.text, metadata.raw_text, metadata.body = (
        extracted.text,
        extracted.raw_text,
        extracted.body,
    )
    return metadata


def with_joiners(text: str, visible: str) -> str:
    """trafilatura's `text` with the zero-width non-joiners and joiners of the page's
    `visible` text put back into its words.

    trafilatura drops every character that does not print, and so misspells Persian
    ("بچه‌ها", children, becomes another word), the Indic scripts and emoji, where the
    two characters are part of the word (digest.safe keeps them there). A word of
    the text that is a word of the page without them is given back its joiners, when
    the page spells it one way only.
    """
    if not text or ("\u200c" not in visible and "\u200d" not in visible):
        return text
    joined = _joined_words(visible)
    return re.sub(r"\S+", lambda word: joined.get(word[0], word[0]), text)


def with_final_marks(names: str, visible: str) -> str:
    """trafilatura's author names with the vowel signs and other combining marks that
    end them on the page put back: its tidying strips what is no word character from a
    name's end, and the Khmer "ឡុង សុភក្ត្រា" lost its final vowel sign. A name is
    lengthened only where the page writes it so everywhere it writes it."""

    def marks_after(at: int) -> str:
        end = at
        while end < len(visible) and unicodedata.category(visible[end]).startswith("M"):
            end += 1
        return visible[at:end]

    def mended(name: str) -> str:
        tails = {marks_after(m.end()) for m in re.finditer(re.escape(name), visible)}
        return name + tails.pop() if len(tails) == 1 else name

    if not names:
        return names
    return ";".join(mended(name) if name else name for name in names.split(";"))


@lru_cache(maxsize=1)
def _joined_words(visible: str) -> dict[str, str]:
    """The page's words spelt with joiners one way only, by their spelling without them
    (read once for the text, the title and the author of one page)."""
    spellings: dict[str, set[str]] = {}
    for word in visible.split():
        bare = safe.without_joiners(word)
        # the shown word: a joiner between two Latin letters ("Auf&zwnj;lage") is none
        spellings.setdefault(bare, set()).add(word if bare == word else safe.visible(word))
    return {
        bare: next(iter(words))
        for bare, words in spellings.items()
        if len(words) == 1 and next(iter(words)) != bare
    }


# "By Andrei Munteanu – The gondola lift ...": a byline run into the first paragraph,
# a dash between it and the article's first sentence.
_RUN_IN_BYLINE = re.compile(r"^(?P<byline>[Bb]y\s+[^–—]{3,60}?)\s+[–—-]\s+(?=[A-Z\"“])")
_DATELINE_AFTER_BYLINE = re.compile(
    r"[a-z][^A-Z]*[.,]\s+(?P<dateline>(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{3,30}))$"
)
_RUN_IN_ROLE = re.compile(r"(?P<role>[^–—.]{3,40}?)\s+[–—-]\s+(?=[A-Z\"“])")


def _byline_run_in(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The authors of a byline run into the article's first paragraph, and the
    paragraphs without it: the byline is no article text, the sentence after it is."""
    if not paragraphs:
        return (), paragraphs
    run_in = _RUN_IN_BYLINE.match(paragraphs[0])
    if run_in is None:
        return (), paragraphs
    found = md.find_byline([run_in["byline"]])[0]
    if not found or not all(md.is_person_name(n) and len(n.split()) > 1 for n in found):
        return (), paragraphs  # "By Christmas – The store expects ...": no name
    rest = paragraphs[0][run_in.end() :]
    dateline = _DATELINE_AFTER_BYLINE.search(run_in["byline"])
    if dateline is not None and not md.is_agency_name(dateline["dateline"]):
        # "By Nuwan Jayasekara, Matara Group Corr. PALLEWATTA – More than ...": the
        # dateline in capitals opens the article's first sentence, the byline ends before
        rest = paragraphs[0][dateline.start("dateline") :]
    role = _RUN_IN_ROLE.match(rest)
    if role is not None and md.is_role_line(role["role"]):
        rest = rest[role.end() :]  # "By Ana Ruiz - Staff Writer - The store ..."
    return found, (rest, *paragraphs[1:])


SIGN_OFF_WORDS = 10  # a name and its role under the article, no more


# A paragraph that is one quotation, marks and all; and a dash before a name alone.
_WHOLE_QUOTATION = re.compile(r"^[\"“„«]\s*(?P<words>[^\"“”„«»]+?)\s*[\"”»][.,]?$")
_DASHED_NAME = re.compile(r"^[—–-]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
PULL_QUOTE_WORDS = 6  # a pull quote repeats a sentence, not a word or two


def _sentences_said(words: str) -> list[str]:
    """A quotation's sentences as `line_words` reads them, padded: each sentence of it
    where it has several of PULL_QUOTE_PIECE_WORDS words or more, else the words whole
    (a one-word "No." or "I resign." stands in many a paragraph; "Dr." is no sentence)."""
    pieces = [
        f" {ensemble.line_words(sentence)} "
        for sentence in split_sentences(words)
        if ensemble.line_words(sentence)
    ]
    if any(len(piece.split()) < PULL_QUOTE_PIECE_WORDS for piece in pieces):
        return [f" {ensemble.line_words(words)} "]
    return pieces


PULL_QUOTE_PIECE_WORDS = 4  # words of each sentence of a pull quote read apart, at least


def _without_pull_quotes(
    paragraphs: tuple[str, ...], set_large: Callable[[], Sequence[str]] = list
) -> tuple[str, ...]:
    """The paragraphs without a pull quote: a paragraph that is one quotation whose words
    the article says again in another paragraph (the page set a sentence of it large,
    "“Every ring is a growing season ...”"), with the "— NAME" line under it; or, in a
    box the page sets pull quotes in (`set_large`: Page.set_large, asked only when
    needed), a sentence without its marks that a longer paragraph says again, and in the
    same box the line that credits a pull quote ("NAME, role")."""
    keys = [f" {ensemble.line_words(p)} " for p in paragraphs]
    whole = [_WHOLE_QUOTATION.match(p.strip()) for p in paragraphs]
    boxes = cache(lambda: [f" {box} " for box in set_large()])
    dropped: set[int] = set()
    for at, quoted in enumerate(whole):
        if quoted is None:
            # (the boxes first: a paragraph stands in one on few pages, and the repeat is
            # sought in every other paragraph)
            if any(keys[at] in b for b in boxes()) and _repeats_a_sentence(at, paragraphs, keys):
                dropped.add(at)  # set large without its marks: "At some point you stop ..."
                dropped.update(_credit_below(paragraphs, at, keys, boxes()))
            continue
        if len(bp.words(quoted["words"])) < PULL_QUOTE_WORDS:
            continue
        if at > 0 and paragraphs[at - 1].rstrip().endswith(":"):
            continue  # "... put it simply:" over the quotation: the article's own
        # said again in a paragraph of the article's prose, or in an earlier paragraph
        # that is the same quotation (the first copy stays); a quotation of several
        # sentences, each of them (the page set two lines of one speaker's side by side)
        if all(
            any(
                said in key and (whole[other] is None or other < at)
                for other, key in enumerate(keys)
                if other != at
            )
            for said in _sentences_said(quoted["words"])
        ):
            dropped.add(at)
            dropped.update(_credit_below(paragraphs, at, keys, boxes()))
    return tuple(p for at, p in enumerate(paragraphs) if at not in dropped)


def _repeats_a_sentence(at: int, paragraphs: Sequence[str], keys: Sequence[str]) -> bool:
    """Whether paragraph `at`, written as a sentence or more of PULL_QUOTE_WORDS words and
    no quotation whole, is said again inside one longer paragraph of the article: a pull
    quote set without its marks (a paragraph its extractor gave twice is no such)."""
    line = paragraphs[at]
    # (words of letters ending on a stop: no line of a code listing, "unnest(array[2, 3]);")
    worded = [w for w in line.split() if w.strip(".,;:!?\"“”'’").isalpha()]
    if len(worded) < PULL_QUOTE_WORDS or not line.rstrip(' "”’»').endswith((".", "!", "?", "…")):
        return False
    pieces = _sentences_said(line)
    return any(
        other != at and len(key) > len(keys[at]) and all(piece in key for piece in pieces)
        for other, key in enumerate(keys)
    )


def _credit_below(
    paragraphs: Sequence[str], at: int, keys: Sequence[str], boxes: Sequence[str]
) -> set[int]:
    """The line under pull quote `at` that credits it: "— NAME", or in the pull quote's
    own box (`boxes`, padded `keys`) a name and its role with no sentence ("Joaquim
    Pombo, presidente da Câmara"); none else (a subheading after the pull quote)."""
    if at + 1 >= len(paragraphs):
        return set()
    line = paragraphs[at + 1].strip()
    name, comma, _ = line.partition(",")
    boxed = any(f"{keys[at].rstrip()}{keys[at + 1]}" in box for box in boxes)
    credited = _DASHED_NAME.match(line) is not None or (
        boxed
        and bool(comma)
        and len(bp.words(line)) <= CREDIT_WORDS
        and not bp.ends_like_sentence(line)
        and md.opens_with_first_name(name)
        and 2 <= len(name.split()) <= 4
        and all(word[:1].isupper() for word in name.split())
    )
    return {at + 1} if credited else set()


CREDIT_WORDS = 12  # a pull quote's credit: a name and a role of a line


def _without_sign_off(paragraphs: tuple[str, ...], authors: Sequence[str]) -> tuple[str, ...]:
    """The paragraphs without the author signing the article off at its end, on one line
    ("Linda Park, Traffic Committee chair") or on two ("Gloria Benton" / "Outreach
    Committee Chair"), or the author's card (the name, the role, and a line about them
    opening with the name): the byline again, no article text."""
    if len(paragraphs) > 2 and paragraphs[-2] in authors and md.is_sign_off_role(paragraphs[-1]):
        return paragraphs[:-2]
    if (
        len(paragraphs) > 3
        and paragraphs[-3] in authors
        and md.is_role_line(paragraphs[-2])
        and paragraphs[-1].startswith(f"{paragraphs[-3]} ")
    ):
        # an author's card: "NAME" / "Senior Political Reporter" / "NAME has covered ..."
        return paragraphs[:-3]
    if len(paragraphs) > 1 and _signs_off(paragraphs[-1], authors):
        return paragraphs[:-1]
    if _before_note(paragraphs) and _signs_off(paragraphs[-2], authors):
        return (*paragraphs[:-2], paragraphs[-1])  # the name over a closing note
    return paragraphs


def _without_writers_card(paragraphs: tuple[str, ...], authors: Sequence[str]) -> tuple[str, ...]:
    """The paragraphs without a note about the author with their e-mail address ("NAME is a
    staff reporter based in ... Send feedback to NAME@..."), set (or read) over the
    article: the writer's card, none of its text."""
    if (
        len(paragraphs) > 2
        and _EMAIL_ADDRESS.search(paragraphs[0])
        and any(_author_note(paragraphs[0], name, contact=True) for name in authors)
    ):
        return paragraphs[1:]
    return paragraphs


# An e-mail address, the first of the ways to reach an author (data author_contacts): a
# writer's card gives one (a paragraph of the article that names its writer and says
# "contact" or "Twitter" is not a card).
_EMAIL_ADDRESS = re.compile(bp.PATTERNS["author_contacts"][0])


def _without_note_below_notice(
    paragraphs: tuple[str, ...],
    authors: Sequence[str],
    shown: Sequence[str],
    furniture: frozenset[str],
) -> tuple[str, ...]:
    """The paragraphs without a note about the author (`_author_note`) that the article
    closes with under a notice its outlet's template prints ("Artikeln har tidigare
    publicerats i papperstidningen ..."), and without that notice: both stand below the
    article's end. The notice may have left the paragraphs already, as a note that the
    article ran in print (bp.is_print_note, its day and page its own) or a line its outlet
    repeats (such a note in words no list holds): then the page's line over the note is
    it, a print note or a template line that ends as a sentence.
    (A note right under the article's last paragraph may be its own: "NAME reported from
    Seoul.")"""
    note = paragraphs[-1] if len(paragraphs) >= 3 else ""
    if not any(_author_note(note, name, contact=True) for name in authors):
        return paragraphs
    template = template_lines(shown, furniture, paragraphs)
    if line_key(paragraphs[-2]) in template:
        return without_furniture(paragraphs[:-1], template)
    over = _line_over(shown, note)
    if over is not None and (
        bp.is_print_note(over) or (line_key(over) in template and bp.ends_like_sentence(over))
    ):
        return paragraphs[:-1]
    return paragraphs


def _line_over(shown: Sequence[str], line: str) -> str | None:
    """The page's line (of `shown`) right over `line`, the last one that holds it; None
    when it is not there or is the first."""
    at = next((i for i in reversed(range(len(shown))) if line in shown[i]), None)
    return next((shown[i] for i in reversed(range(at or 0)) if shown[i].strip()), None)


# A way to reach the author in a note about them (data author_contacts).
_AUTHOR_CONTACT = re.compile("|".join(bp.PATTERNS["author_contacts"]), re.I)


def _labelled_author_note(line: str) -> str | None:
    """The writer a note about them names under its label ("About the author: NAME is a
    reporter at ...", "Về tác giả: NAME là phóng viên ..."): the capitalised words that
    open it, a person's name, when a sentence about them follows (_author_note); None
    for any other line."""
    labelled = md.author_note(bp.composed(line))
    name = md.leading_name(labelled) if labelled is not None else None
    return (
        name
        if name is not None
        and 2 <= len(name.split()) <= NOTE_NAME_WORDS
        and md.is_person_name(name)
        and _author_note(labelled or "", name, contact=True)
        else None
    )


NOTE_NAME_WORDS = 6  # a name's words at most, its particles counted


def _author_note(line: str, author: str, contact: bool = False) -> bool:
    """Whether a line is a note about the article's author: it opens with their full name
    and goes on as a sentence about them ("NAME, 2004'ten bu yana ... muhabiridir.", in
    any language), no mere name; with `contact`, its sentence may end in the author's
    address instead ("... E-mail: news@example.ie")."""
    rest = line[len(author) :]
    return (
        len(author.split()) >= 2
        and line.startswith(author)
        and rest[:1] in {" ", ","}
        and len(bp.words(rest)) >= AUTHOR_NOTE_WORDS
        and (
            bp.ends_like_sentence(line)
            or (
                contact
                and bp.ends_like_sentence(
                    # (past a label of a few words: "... asioita. Vinkit: NAME@...",
                    # "... parishes. Send feedback to NAME@...")
                    _LABEL_AT_END.sub("", _AUTHOR_CONTACT.split(line, 1)[0].rstrip(" :-–—"))
                )
            )
        )
    )


_LABEL_AT_END = re.compile(r"(?<=[.!?])(?:\s+[^\W\d][\w'’-]*){1,4}$")


AUTHOR_NOTE_WORDS = 5  # words of a note after the author's name: a clause about them


# A note an article closes with, under its author's name: its label and a colon opening
# a sentence ("Correction: An earlier version ...", "Cywiriad: Mewn ...").
_CLOSING_NOTE = re.compile(
    r"^\W*(?:" + "|".join(bp.PATTERNS["closing_note_labels"]) + r")\s*:\s+\S", re.I
)


def _before_note(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The paragraphs before a closing note (_CLOSING_NOTE) that ends as a sentence; none
    when the article does not close with one."""
    if len(paragraphs) < 3 or not _CLOSING_NOTE.match(paragraphs[-1]):
        return ()
    return tuple(paragraphs[:-1]) if bp.ends_like_sentence(paragraphs[-1]) else ()


def _signs_with_label(line: str) -> bool:
    """A short line that opens with a byline's label and its colon, or with "By" or
    "Written by", then a name and no sentence ("Tekst i foto: Ivana Horvat", "Written
    by Nataša Žgajnar · Updated 23. 09. 2011"; not "Reporter: Why now?" nor "Texto:
    Artículo quinto"), no picture's credit."""
    label, colon, rest = line.partition(":")
    if not colon:
        opened = _SIGNED_BY.match(line)
        if opened is None:
            return False
        label, rest = opened.group(0), line[opened.end() :]
    name, *fields = re.split(r"\s[/·|•(]\s?", rest)
    return (
        len(bp.words(f"{label} {name}")) <= FOOTER_BYLINE_WORDS
        and len(bp.words(line)) <= 2 * FOOTER_BYLINE_WORDS  # a stamp's fields may follow
        and len(label.split()) <= LABEL_WORDS
        and not name.rstrip().endswith(("?", "!", "."))
        and all(w[:1].isupper() or not w[:1].islower() for w in name.split())
        # with no label's colon, a first name the lists know: not "By Popular Demand"
        and (bool(colon) or md.opens_with_first_name(name))
        and md.opens_byline(line)
        # a picture's credit in any of its fields: "By Ann Lee · Staff Photographer · ..."
        and not any(md.credits_picture(part) for part in (line, name, *fields))
    )


# A signature's opener with no colon: "By NAME", "Written by NAME".
_SIGNED_BY = re.compile(r"\W*(?:written\s+)?by\s+", re.I)


def _labelled_sign_off(paragraphs: Sequence[str]) -> tuple[tuple[str, ...], int] | None:
    """The authors of a signature line that closes the article, right under its prose
    ("Tekst i foto: Ivana Horvat", "Haber: Murat Kayacık / ANTALYA", "Written by NAME"),
    where comments, related links and tables may follow it, and where it stands; None
    when there is none. It closes the article when at most half as many words stand
    below it as above (`SIGN_OFF_SHARE`): a byline over the article, a box's "Author:"
    field or a second story's byline has the article's text after it. Not under a
    labelled teaser ("Read next: ..."), nor below a comment heading (a commenter's
    "Autor: NAME"), nor a picture's credit (`_signs_with_label`)."""
    above_words: list[int] = []  # words before each paragraph, counted at a first candidate
    for at in range(1, len(paragraphs)):
        line, above = paragraphs[at], paragraphs[at - 1]
        if bp.is_comment_heading(line):
            return None  # the comments begin: no signature of the article below
        if not _signs_with_label(line) or not bp.ends_like_sentence(above):
            continue
        if ":" in " ".join(above.split()[:LABEL_WORDS]):
            continue  # "Read next: Linmouth school wins ..." over it: a teaser's
        if not above_words:  # most pages have no candidate: their words are never counted
            above_words = list(accumulate((len(bp.words(p)) for p in paragraphs), initial=0))
        if above_words[-1] - above_words[at + 1] > SIGN_OFF_SHARE * above_words[at]:
            continue
        names = md.find_byline([line])[0]
        below = paragraphs[at + 1 : at + 1 + _BELOW_SIGNATURE]
        if ":" not in line and not _ends_the_article(below, names):
            continue  # "Written by Maria Keller" under a poem the article goes on after
        if names:
            return names, at
    return None


_BELOW_SIGNATURE = 3  # lines under a "By NAME" line read for the article's end


def _ends_the_article(below: Sequence[str], names: Sequence[str]) -> bool:
    """Whether what stands right below a "By NAME" line is no more of the article:
    nothing, the writer's bio opening with their name ("Nataša Žgajnar covers business
    ..."), or among the next lines a share row, a comment heading or other furniture."""
    if not below or any(below[0].startswith(name) for name in names):
        return True
    return any(bp.is_furniture(p) or bp.is_comment_heading(p) for p in below)


SIGN_OFF_SHARE = 1 / 2  # words below a closing signature, at most, to those above it


LABEL_WORDS = 3  # "Tekst i foto:": a byline's label before its colon


def _signature(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The author of an article signed at its end with a name alone, its last paragraph
    ("Salma Ouhmad" right-aligned under the text): a person's name of two to four words
    opening with a known first name, nothing else on the line but dashes (after a dash
    that opens it, also an outlet or a role after a comma), under a
    sentence (not a colon's list of names) and not ending as a place's or a body's
    ("Virginia Beach", "Grace Community Church"); or a name and its role after a slash
    (_name_over_slash_role), also under a sentence. A dash-led line under a quotation
    ("— Dana Whitfield, Riverton mayor") credits the quotation, and keeps its tail."""
    if len(paragraphs) < 2:
        return ()
    before = paragraphs[-2].rstrip()
    if not bp.ends_like_sentence(before) or before.endswith(":"):
        return ()  # a list of names ("Three candidates filed papers:" / "Ana Ruiz" / ...)
    if signed := _name_over_slash_role(paragraphs[-1]):
        return (signed,)  # "Park Ji-hoon / Staff Reporter jhpark@example.co.kr"
    line = paragraphs[-1].strip(" –—-")
    quoted = before.endswith(('"', "”", "’", "»"))  # "— NAME, mayor" under a quotation
    if paragraphs[-1].lstrip()[:1] in _SIGNATURE_DASHES and "," in line and not quoted:
        # "— Marnie Feld, Foxglove Records": a dash-led signature may add its outlet
        head, tail = line.split(",", 1)
        if len(tail.split()) <= SIGN_OFF_WORDS and not bp.ends_like_sentence(tail):
            line = head.strip()
    name = md.name_line(line)
    if name is None or name != line or not 2 <= len(name.split()) <= 4:
        return ()
    if md.ends_like_a_place(name):
        return ()  # "Grace Community Church", "Virginia Beach": a place, a body
    return (name,) if md.opens_with_first_name(name) and md.is_person_name(name) else ()


# The dashes that may open a signature under the article: "— Marnie Feld".
_SIGNATURE_DASHES = frozenset({"–", "—", "-"})


def _signs_off(line: str, authors: Sequence[str]) -> bool:
    """Whether the article's last paragraph is its author signing it off: the name, then
    at most a role after a comma or a slash ("Linda Park, Traffic Committee chair",
    "Gloria Benton / Outreach Committee Chair"), or a byline naming them ("By Ivana
    Horvat"); no sentence."""
    line = line.lstrip(" –—-")  # "— Marnie Feld, Foxglove Records"
    words = line.split()
    if not authors or len(words) > SIGN_OFF_WORDS or bp.ends_like_sentence(line):
        return False
    if md.opens_byline(line) and set(md.find_byline([line])[0]) & set(authors):
        return True  # "By Ivana Horvat" under the article, its byline read
    return any(line == name or re.match(rf"{re.escape(name)}\s*[,/]", line) for name in authors)


def _earlier_stamp(
    declared: str | None, header: Sequence[str], day_first: Callable[[], bool]
) -> str | None:
    """The date the page declares (`declared`), unless the header's labelled stamp
    ("Posted: Nov 03, 2011") gives an earlier day: a page is not posted before it is
    published, so the earlier is the original publication, the declared one a
    re-saved or migrated page's."""
    if declared is None or labelled_stamp(header) is None:
        return declared  # most pages: no labelled stamp, and no need to read the page's order
    shown = labelled_stamp(header, day_first())
    return shown if shown is not None and shown < declared[:10] else declared


def with_crossheads(paragraphs: Sequence[str], page: ensemble.Page) -> tuple[str, ...]:
    """The paragraphs with the article's subheadings put back where trafilatura left
    them out (it drops an <h3> in a body its rules do not name as one): a heading
    the page sets between two <p> elements that are two paragraphs kept one after the
    other (ensemble.Page.crossheads)."""
    paragraphs = tuple(paragraphs)
    if len(paragraphs) < 2:
        return paragraphs
    keys = [ensemble.line_words(p) for p in paragraphs]
    kept = set(keys)
    missing = {
        (before, after): heading
        for before, heading, after in page.crossheads()
        if before in kept and after in kept and ensemble.line_words(heading) not in kept
    }
    if not missing:
        return paragraphs
    out = [paragraphs[0]]
    for at in range(1, len(paragraphs)):
        heading = missing.get((keys[at - 1], keys[at]))
        # (not a press release's "About NAME" over its boilerplate about its sender, nor
        # a label every site prints: "Story continues below advertisement")
        if (
            heading is not None
            and not bp.about_section([heading, paragraphs[at]], 0)
            and not bp.is_furniture(heading)
        ):
            out.append(heading)
        out.append(paragraphs[at])
    return tuple(out)


def _commenter_only(author: str, page: ensemble.Page, html: str) -> bool:
    """Whether a name the markup gives as an author stands only in the readers'
    comments (Page.comment_boxes): a commenter marked up as a comment's author
    ("schema:author" in Drupal's comment template), no byline of the article. Not a
    name the page declares (its author meta tag, its JSON-LD: `dates.declared_authors`):
    the author, who may also answer in the comments."""
    boxes = page.comment_boxes()
    if not boxes or author in declared_authors(html):
        return False
    name = f" {ensemble.line_words(author)} "
    if not name.strip():
        return False
    inside = sum(box.words.count(name) for box in boxes if box.within < 0)
    return inside > 0 and inside >= page.visible_words().count(name)


def _account_handle(author: str, visible: str) -> bool:
    """Whether the declared `author` is the page's login name of a CMS account, which
    trafilatura gives with its joiners turned to spaces and each word capitalised
    ("Cvc Newsdesk" of "Submitted by cvc_newsdesk"): the account that posted the
    page, not a byline's name. The page shows the handle and never the name."""
    words = author.split()
    if len(words) < 2 or author in visible:
        return False
    lower = [re.escape(w.lower()) for w in words]
    # standing alone as a word of the text: not in an e-mail address ("nora.keegan@..."),
    # a social handle ("@nora_keegan") or a web address ("/author/nora-keegan")
    return any(
        re.search(rf"(?<![\w@./-]){joiner.join(lower)}(?![\w@/-]|\.\w)", visible)
        for joiner in ("_", r"\.", "-")
    )


HEADER_LINES = 12  # lines of the page's text above the article read for its byline and stamp


def _names_the_site(authors: Sequence[str], html: str, headline: str | None) -> bool:
    """Whether the page's declared author is one part of its <title> element other
    than the headline ("Site :: Headline"): the site signing its pages."""
    if len(authors) != 1:
        return False
    parts = title_parts(html)
    key = line_key(authors[0])
    return len(parts) > 1 and any(
        _site_named(key, line_key(part)) and line_key(part) != line_key(headline or "")
        for part in parts
    )


def _site_named(author: str, part: str) -> bool:
    """Whether a declared author's key names the site a <title>'s part names: the same
    words, or one more before them ("روزنامہ صدائے سرگل", "Daily Sada-e-Sargal", of
    "صدائے سرگل"), the part two words or more."""
    if author == part:
        return True
    extra = author[: -len(part)].split() if author.endswith(" " + part) else None
    return extra is not None and len(extra) == 1 and len(part.split()) >= 2


def site_name_in_title(sitename: str | None, html: str) -> str | None:
    """`sitename`, or the name the page's `<title>` ends with when `sitename` is only
    the site's app or social-account name spelt shorter ("NYTimes" of "... - The New
    York Times", "BarronsOnline" of "... - Barron's"): the name readers know."""
    if not sitename:
        return sitename
    # the <title> read first: the page's meta tags are searched only for a name it spells
    parts = title_parts(html)
    if not parts:
        return sitename
    shown = parts[-1]
    if _SITE_NAME_WORDS.fullmatch(shown) is None:
        return sitename
    short, long = sorted((_letters(sitename), _letters(shown)), key=len)
    if not short or not _in_order(short, long):
        return sitename
    apps = {m.group(2).strip().lstrip("@") for m in _APP_NAME_META.finditer(html)}
    return shown if sitename in apps else sitename  # else the site's own declared name


def _letters(name: str) -> str:
    """A name's letters, lower case, without a leading "the"."""
    return re.sub(r"[^a-z]", "", re.sub(r"^the\s+", "", name.casefold()))


def _in_order(short: str, long: str) -> bool:
    """Whether the letters of `short` stand in `long` in the same order."""
    rest = iter(long)
    return all(letter in rest for letter in short)


def declared_site_name(html: str) -> str | None:
    """The site name the page declares for sharing, where trafilatura's metadata found
    none (a page whose head it could not read: "BGR" stayed an unknown outlet)."""
    found = _SITE_NAME_META.search(html)
    name = " ".join(unescape(found.group(2)).split()) if found else ""
    return name or None


_OPENING_CHARS = 40  # of the article's first paragraph, to find where it starts in the page
_OPENING_CHARS_LONG = 160  # tried first


def page_lines(visible: str) -> list[str]:
    """The page's visible text as lines, spaces tidied; a table row's cells, which
    resiliparse writes on one line apart by tabs ("Contact Us<tab>Headline"), as lines
    of their own. (A text with no tab is split at its line ends alone: the pattern's
    split took half of the time.)"""
    rows = _LINE_OR_CELL.split(visible) if "\t" in visible else visible.split("\n")
    return [" ".join(line.split()) for line in rows]


def header_lines(lines: Sequence[str], first_paragraph: str, next_paragraph: str = "") -> list[str]:
    """The last of the page's lines (page_lines) above the article's first paragraph:
    where the headline, the byline and the publishing stamp stand ([] when the
    paragraph cannot be found in the text).

    trafilatura reads bylines and dates from the page's markup; an older page sets them
    in a <font> or a table cell with no sign of what they are, and then only the words
    say it ("By Jane Doe", "Published: June 9, 2010 | Last updated: 6/10/2010").
    """
    paragraph = " ".join(first_paragraph.split())
    going_on = " ".join(next_paragraph.split())[:_OPENING_CHARS]
    # the opening at length first: a teaser of the story elsewhere on the page (a column
    # of other stories) repeats its first words, not its whole first sentence; where it
    # repeats a short one whole, the article's is the one its next paragraph follows
    for opening in (paragraph[:_OPENING_CHARS_LONG], paragraph[:_OPENING_CHARS]):
        hits = [at for at, line in enumerate(lines) if opening and opening in line]
        if hits:
            followed = [
                at
                for at in hits
                if going_on
                and any(going_on in line for line in lines[at + 1 : at + 1 + NEXT_LINES])
            ]
            at = (followed or hits)[0]
            # HEADER_LINES lines with words: a fact box set with <br><br> between its
            # items has as many empty lines, which would push the stamp out of reach
            above = [lines[k] for k in islice(range(at - 1, -1, -1), _HEADER_REACH) if lines[k]]
            return above[:HEADER_LINES][::-1]
    return []


_HEADER_REACH = 60  # lines looked at above the article for the HEADER_LINES with words


# Lines below the opening where the article's next paragraph stands (an ad or a caption
# may come between).
NEXT_LINES = 3


_LINE_OR_CELL = re.compile(r"\n|\t+")


def _last_prose(paragraphs: Sequence[str]) -> str:
    """The last paragraph of five words or more (else the last): a trailing word or
    two ("Dellwood" of a funeral home's address) stands in other places of the page
    too, and would not find where the article ends."""
    return next((p for p in reversed(paragraphs) if len(bp.words(p)) >= 5), paragraphs[-1])


_BODY_TAG = re.compile(r"<body\b", re.I)


def _commenters(
    authors: Sequence[str], lines: Sequence[str], paragraphs: Sequence[str], html: str
) -> bool:
    """Whether the authors read are readers who commented: each name stands on the page
    only below the article, after a comment heading ("Comments"), as a reader took a
    comment's author for the article's; not a name the page's head declares (an author
    answering readers in the comments), and whole words only ("Pat Rowe" is not in
    "Pat Rowell")."""
    body = _BODY_TAG.search(html)
    head = html[: body.start()] if body else ""
    if any(name in head for name in authors):
        return False
    closing = " ".join(_last_prose(paragraphs).split())[:_OPENING_CHARS_LONG]
    end = next((at for at in reversed(range(len(lines))) if closing in lines[at]), None)
    if not authors or not closing or end is None:
        return False
    heading = next(
        (at for at in range(end + 1, len(lines)) if bp.is_comment_heading(lines[at])), None
    )
    if heading is None:
        return False
    # a box's "Reporter: NAME" set after the comments is a byline, no comment's author
    comments = " ".join(line for line in lines[heading:] if not md.boxed_byline([line]))
    above = " ".join(lines[:heading])
    return all(
        re.search(rf"\b{re.escape(name)}\b", comments) and name not in above for name in authors
    )


FOOTER_LINES = 4  # lines of the page's text below the article read for a publication stamp


def footer_lines(lines: Sequence[str], last_paragraph: str, count: int = FOOTER_LINES) -> list[str]:
    """The first `count` of the page's lines (page_lines) below the article's last
    paragraph ([] when it cannot be found)."""
    closing = " ".join(last_paragraph.split())[:_OPENING_CHARS_LONG]
    for at in reversed(range(len(lines))):
        if closing and closing in lines[at]:
            return [line for line in lines[at + 1 : at + 1 + count] if line]
    return []


def footer_byline(footer: Sequence[str]) -> tuple[str, ...]:
    """Authors of a post's footer line right below the article that opens with "Posted
    by" or "Written by" ("Posted by Devika Ramaswamy on April 12, 2011 in Databases"),
    as older blog themes sign a post; of a short byline line right under the article
    ("By Ana Ruiz", "Автор / Author: Olena Kravets"), not a picture's credit nor a
    line after another (a teaser's headline, then its byline); or a name over its role
    line ("Gloria Benton" / "Outreach Committee Chair") signing it off; a comment's
    "NAME says:" further down is no byline."""
    # share tools between, though a post's "Posted by NAME ... | Permalink" is its byline
    lines = [line for line in footer if _POST_SIGNATURE.match(line) or not bp.is_furniture(line)]
    for at, line in enumerate(lines[:FOOTER_BYLINE_LINES]):
        if _POST_SIGNATURE.match(line):
            return md.find_byline([line])[0]
        if (
            at == 0
            and len(bp.words(line)) <= FOOTER_BYLINE_WORDS
            and not bp.ends_like_sentence(line)
            and md.opens_byline(line)
            and not bp.has_photo_credit(line)
            and not md.credits_picture(line)
        ):
            found = md.find_byline([line])[0]
            if found:
                return found
        if at == 0 and (signed := _name_over_slash_role(line)):
            return (signed,)
    # a newsletter's sign-off: "Gloria Benton" over "Outreach Committee Chair"
    signed = md.signed_name(lines)
    return (signed,) if signed else ()


def _name_over_slash_role(line: str) -> str | None:
    """The name of a reporter's line under the article, name and role between a slash and
    an e-mail address at most ("Park Ji-hoon / Staff Reporter jhpark@example.co.kr"), as
    East Asian sites sign a story; else None."""
    name, role = _slashed(line)
    role = _E_MAIL.sub("", role).strip(" ,·|")
    if not name or not md.is_sign_off_role(role) or md.name_line(name) != name:
        return None
    if md.credits_picture(role):
        return None  # "Kim Soo-jin / Staff Photographer": the pictures', not the story's
    return name if 2 <= len(name.split()) <= 4 and md.is_person_name(name) else None


def _slashed(line: str) -> tuple[str, str]:
    """The name before a byline's slash and what follows it ("Park Ji-hoon / Staff
    Reporter", "Ana Ruiz / Diario del Valle"); ("", "") with no slash."""
    name, slash, rest = line.partition(" / ")
    return (name.strip(), rest) if slash else ("", "")


def _name_over_site(header: Sequence[str], site: str) -> tuple[str, ...]:
    """The reporter of a header line that gives their name, a slash and the site's own
    name ("Марија Велкоска / Јаворинфо", "Ana Ruiz / Diario del Valle"), the nearest to
    the article: two to four capitalised words of letters, opening with a first name the
    lists know or in a script beyond theirs (they know few first names of some); none
    otherwise."""
    for line in reversed(header):
        name, outlet = _slashed(line)
        words = name.split()
        if (
            name
            and line_key(outlet) == line_key(site)
            and 2 <= len(words) <= 4
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and md.is_person_name(name)
            and not md.ends_like_a_place(name)
            # a first name the lists know; in a script they hold few of, any ("Press
            # Release / SITE", "Top Stories / SITE" are sections)
            and (md.opens_with_first_name(name) or not name.isascii())
        ):
            return (name,)
    return ()


_E_MAIL = re.compile(r"\S+@\S+\.\w+")
FOOTER_BYLINE_LINES = 2  # a post's signature stands right below it, share tools aside
FOOTER_BYLINE_READ = 12  # lines read below the article for it
FOOTER_BYLINE_WORDS = 8  # a byline under the article: a label or "By", a name or two
_POST_SIGNATURE = re.compile(r"\W*(?:posted|written)\s+by\s", re.I)


def _refined(
    declared: tuple[str, ...], shown: tuple[str, ...], header: Sequence[str] = ()
) -> tuple[str, ...]:
    """The byline the page shows over the article where it only refines the author the
    page declares: the same names without the words around them ("Story by Hannah
    Oduya", "Jill Amato, Vice President, Corporate Communications" under "Posted by
    Jill Amato, Vice President, ..."), or those names and more (a second writer the
    page's metadata leaves out). Any other shown byline leaves the declared one."""
    named = [_name_key(name) for name in shown]
    given = [_name_key(author) for author in declared]
    if not shown or named == given:
        return declared  # the same names ("Sarah Pendleford" and "Sarah Pendleford »")
    full = all(len(name.split()) >= 2 for name in shown)  # not "Chris" of "Chris Pokorny"
    # whole words: "Dan Smith" is not in "Dan Smithson"; a declared part holding none
    # of them that the byline's line or the line under it holds ("UTW Local" of "Denise
    # Kowalski Recording Secretary, UTW Local" over "By Denise Kowalski" / "Recording
    # Secretary, UTW Local 418"; "Tri-Valley Gazette" of "By Clay Norberg | Tri-Valley
    # Gazette") and opens with no known first name is the role or outlet the
    # declaration ran on into, not a co-author
    role = _byline_lines(header, named)
    holds = [any(name in author for name in named) for author in given]
    inside = (
        full
        and any(holds)
        and all(
            held
            or (author in role and not md.opens_with_first_name(name))
            # "Marston Valley Business Record - by NAME": the site signing before its byline
            or role.startswith(f"{author}by ")
            for name, author, held in zip(declared, given, holds, strict=True)
        )
    )
    more = all(author in named for author in given)
    # a lone word declared (a handle, or a commenter's name a reader took for the
    # author: "Faleupolu") gives way to a full name over the article
    # (also beside a credit naming no person: "Mwangaza Correspondent; Olmesera", the
    # outlet's role and its town)
    persons = [author for author in declared if md.is_person_name(author.strip())]
    handle = len(persons) == 1 and " " not in persons[0].strip() and full
    handle = handle and not md.is_agency_name(persons[0])  # "AFP" is no handle
    # a body declared ("Tamsett Valley Rowing Club", the site's account) gives way to a
    # person's byline over the article ("Report by Linda Farrow, Head Coach")
    body = all(
        md.ends_like_a_place(author)
        and len(author.split()) >= BODY_NAME_WORDS
        and not md.opens_with_first_name(author)  # "Stuart Hall" is a person
        for author in declared
    ) and all(md.opens_with_first_name(name) for name in shown)
    return shown if inside or more or handle or (body and full) else declared


BODY_NAME_WORDS = 3  # a body declared as the author: "Tamsett Valley Rowing Club"


def _byline_lines(header: Sequence[str], named: Sequence[str]) -> str:
    """The key of the last header line holding one of the `named` keys (the byline's)
    and of the line right under it, or "" when there is none."""
    keys = [_name_key(line) for line in header]
    at = next(
        (at for at in reversed(range(len(keys))) if any(name in keys[at] for name in named)),
        None,
    )
    return "" if at is None else " ".join(keys[at : at + 2])


def _name_key(name: str) -> str:
    """A name's words in lower case, padded with spaces: compared word for word."""
    return f" {ensemble.line_words(name)} "


def _unshown_short_title(title: str | None, header: Sequence[str]) -> bool:
    """Whether a title is of a site's name's length and stands in none of the lines right
    over the article (HEADLINE_REACH: a headline is shown over its article; a site's
    name, in its masthead higher up)."""
    key = _site_name_key(title)
    return bool(key) and not any(
        f" {key} " in f" {line_key(line)} " for line in header[-HEADLINE_REACH:]
    )


def _shown_nowhere(title: str | None, shown: Sequence[str]) -> bool:
    """Whether a title of a headline's length stands in none of the page's lines."""
    key = line_key(title or "")
    return len(key.split()) >= SHOWN_HEADLINE_WORDS and not any(
        f" {key} " in f" {line_key(line)} " for line in shown
    )


def _site_name_key(title: str | None) -> str:
    """The title's line key when it is of a site's name's length (SITE_NAME_WORDS at
    most), else "": a headline's length names no site."""
    key = line_key(title or "")
    return key if len(key.split()) <= SITE_NAME_WORDS else ""


def _heading_above(header: Sequence[str], headings: dict[str, int]) -> str | None:
    """The nearest of the lines over the article, past its byline and stamp and at most
    HEADING_REACH lines up (a deck, a section's label), that the page sets as a heading
    (`headings`: ensemble.Page.heading_lines) and that reads like a headline: of a
    headline's length, not a sentence; of several, the highest set (an <h2> over an
    <h3> deck), then the nearest."""
    lines = [
        line
        for line in header
        if not (md.find_byline([line])[0] or _is_stamp(line) or md.is_role_line(line))
    ]
    found = [
        (headings[key], -at, line)
        for at, line in enumerate(lines[-HEADING_REACH:])
        if (key := ensemble.line_words(line)) in headings
        # a headline's length, not a subheading's ("What the police said")
        and (
            (words := len(bp.words(line))) >= SET_HEADLINE_WORDS or len(line) >= SET_HEADLINE_CHARS
        )
        and words <= HEADING_WORDS
        and not bp.ends_like_sentence(line)
    ]
    # the highest heading (an <h2> headline over its <h3> deck), else the nearest
    return min(found)[2] if found else None


HEADING_REACH = 3  # lines over the article read for a heading set above it
SET_HEADLINE_WORDS = 5  # words of a heading taken for the headline at least (or, for
SET_HEADLINE_CHARS = 24  # scripts that write few spaces, characters)


def _names_site(title: str | None, html: str, sitename: str | None) -> bool:
    """Whether a title is the site's name: its copyright holder's or the site name
    trafilatura read ("Copyright (c) by Pinecrest Valley Online"), one in the other."""
    key = _site_name_key(title)
    if not key:
        return False  # a headline's length: no site's name (and no copyright read)
    names = [md.named_in(html)]
    if sitename and re.match(r"\W*(?:copyright|©)", sitename, re.I):
        names.append(sitename)  # trafilatura's site name read off a copyright line
    keys = (line_key(name) for name in names if name)
    return any(
        f" {key} " in f" {name} "
        # "Dorrance Ledger-Dispatch" of "Ledger-Dispatch": a word or two before the name
        # ("Harlow Record wins award" names the site, and is a headline)
        or (key.endswith(f" {name}") and len(key.split()) <= len(name.split()) + 2)
        for name in keys
    )


def headline_over_byline(
    header: Sequence[str], opening: Sequence[str] = (), site: str = "", decked: bool = False
) -> str | None:
    """The headline over the byline (or the publishing stamp) nearest the article: of
    the two lines right above it that may be headings (HEADING_WORDS words at most, no
    sentence's end, not the `site`'s name), the upper when it shares words besides the
    site's with the article's `opening` paragraphs (the lower is its deck), else the
    lower (the upper is the site's tagline); None when there is none. When `decked`, a
    deck written as a sentence right over the byline is passed over, and a line of a
    kicker's few words (KICKER_WORDS) over the headline is never it."""
    at = next(
        (
            k
            for k in range(len(header) - 1, -1, -1)
            if md.find_byline(_byline_candidates([header[k]]))[0] or _is_stamp(header[k])
        ),
        None,
    )
    if at is None:
        return None
    while at > 0 and (
        md.find_byline([header[at - 1]])[0]
        or (decked and md.opens_byline(header[at - 1]))  # "By Staff / The Weekly Times"
        or _is_stamp(header[at - 1])
        or md.is_role_line(header[at - 1])
        # a name over its role line ("Sharelle Dawkins" / "Harbinger Writer"), an
        # agency's initials alone ("CMC")
        or (
            md.is_role_line(header[at])
            and (name := md.name_line(header[at - 1])) is not None
            and md.opens_with_first_name(name)
        )
        or md.agency_initials(header[at - 1].strip())
    ):
        at -= 1  # "By Ana Ruiz", "Staff Writer", "Posted on ...": the byline block's top
    if (
        decked
        and at > 1
        and header[at - 1].rstrip().endswith(".")
        and len(bp.words(header[at - 1])) >= DECK_SENTENCE_WORDS
    ):
        at -= 1  # "The lighthouse that has guided ... coming home to remember.": its deck
    run: list[str] = []
    for line in reversed(header[max(0, at - 2) : at]):
        words = len(bp.words(line))
        if (
            not HEADLINE_MIN_WORDS <= words <= HEADING_WORDS
            # (a question is a headline, where a deck may stand over the byline)
            or (bp.ends_like_sentence(line) and not (decked and line.rstrip().endswith("?")))
            or md.find_byline([line])[0]
            or (decked and md.opens_byline(line))
            or (site and site in line_key(line))
            or bp.is_furniture(line)  # a breadcrumb trail ("Home > Lead Stories")
        ):
            break
        run.append(line)
    if decked and len(run) == 2 and len(bp.words(run[1])) <= KICKER_WORDS:
        return run[0]  # a kicker over the headline ("Harbour Bridge Repairs")
    article = " ".join(p for p in opening if line_key(p) not in {line_key(r) for r in run})
    shared = _title_words(run[1]) & _title_words(article) if len(run) == 2 else set()
    if len(shared - set(site.split())) >= HEADLINE_SHARED_WORDS:
        return run[1]  # a headline over its deck, both of the article's words
    return run[0] if run else None  # the nearer, under a tagline ("Serving ... since 1902")


HEADING_WORDS = 25  # a headline or a deck; a longer line is the article's or a teaser's
DECK_SENTENCE_WORDS = 10  # a deck written as a sentence; a headline is shorter
KICKER_WORDS = 4  # a kicker over a headline ("Harbour Bridge Repairs"); a headline is longer
HEADLINE_SHARED_WORDS = 2  # a headline shares them with its article, a site's tagline not


def header_byline(
    header: Sequence[str], headline: str | None = None, article: Sequence[str] = ()
) -> tuple[str, ...]:
    """Authors of the byline nearest the article among the `header` lines, a picture's
    credit aside; none when a byline naming no one ("Staff Report") stands nearer: the
    bylines above it are a column's teasers or another story's. Where the `headline`
    stands among the lines, the byline is the first below it: a box between the byline
    and the article ("The Silent River / by Margaret Holt / Knopf, 320 pages") names
    someone else. With no byline at all, a name alone beside the stamp over the
    article (md.name_by_date), unless the `article`'s opening paragraphs tell of it."""
    shown = headline_at(header, headline)
    if shown is not None:
        below = header[shown + 1 :]
        candidates = _byline_candidates(below)
        found, at = md.find_byline(candidates)
        if (
            found
            and at is not None
            and _POST_SIGNATURE.match(candidates[at])
            and not md.opens_with_first_name(found[0])
        ):
            # "Posted by Host Account", the site's account, then "Report by Linda
            # Farrow, Head Coach" over the article: the person's byline further down
            # (not a book box's "by NAME" under a writer's "By J.R. Hartley")
            person = md.find_byline(candidates[at + 1 :])[0]
            found = person if person and md.opens_with_first_name(person[0]) else found
        if found or any(md.is_nameless_byline(line) for line in below):
            return found
    nearest_first = list(reversed(_by_alone_joined(header)))
    nameless = next(
        (at for at, line in enumerate(nearest_first) if md.is_nameless_byline(line)), None
    )
    found = md.find_byline(_byline_candidates(nearest_first[:nameless]))[0]
    if found or nameless is not None:
        return found
    # a name alone beside the stamp over the article, with no "By": "Jane Doe" over
    # "May 2, 2010", or under "2009-04-22, ostatnia aktualizacja ..."; not a name the
    # article itself tells of (a picture's caption over its date)
    near = _roles_unglued(
        _byline_candidates(header[shown + 1 :] if shown is not None else header[-STAMP_NAME_LINES:])
    )
    for pos in range(len(near) - 2):
        signed = md.stamp_line(near[pos + 2]) and md.signed_name(near[pos : pos + 2])
        if signed:
            # "Gail Merritt" / "Herald Transportation Writer" / the stamp; and a co-author
            # over her with the same role ("Aino Heikura" / "toimittaja" above)
            names = [signed]
            while (
                pos >= 2
                and near[pos - 1].casefold() == near[pos + 1].casefold()
                and (other := md.name_line(near[pos - 2]))
                and md.is_person_name(other)
            ):
                names.insert(0, other)
                pos -= 2
            return tuple(names)
    # "Sophie Marchant, Reporter" (and "Tom Delaney, Chief Photographer" under it): names
    # over the article, each with its staff role after a comma
    roled = tuple(dict.fromkeys(name for line in near if (name := md.name_with_role(line))))
    if roled:
        return roled
    named = md.name_by_date(near, under_stamp=True)
    # (the byline's own line kept as the article's first paragraph tells of no one)
    told = " ".join(p for p in article[:STAMP_NAME_TOLD] if not _name_line_of(p, named))
    # (a transcript's "Gail Merritt:" labels a turn of the author's own)
    if any(re.search(rf"\b{re.escape(name.split()[-1])}\b(?!:)", told) for name in named):
        return ()
    return named


def _roles_unglued(lines: Sequence[str]) -> list[str]:
    """The lines, a name and its staff role run together with no space between them cut
    in two ("Meera RaghunathanSenior Correspondent": two inline elements of a template
    that its style sheet sets apart)."""
    cut = []
    for line in lines:
        glued = _GLUED_ROLE.match(line)
        if (
            glued
            and md.is_role_line(glued["role"])
            and md.name_line(glued["name"]) == glued["name"]
            # "Kevin McDonald Staff Writer", "Jane LeBlanc ...": a capital inside a name
            and len(glued["name"].split()[-1]) >= GLUED_NAME_LETTERS
            and not md.opens_with_first_name(glued["role"])
        ):
            cut += [glued["name"], glued["role"]]
        else:
            cut.append(line)
    return cut


GLUED_NAME_LETTERS = 3  # of the name's last word before a glued role: not "Mc", "Le", "De"


# A line whose lower-case letter runs into a capital's word, and on to its end.
_GLUED_ROLE = re.compile(r"^(?P<name>\S.*?[a-z])(?P<role>[A-Z][a-z]+(?:\s+\w+){0,4})$")


def _name_line_of(paragraph: str, names: Sequence[str]) -> bool:
    """Whether a paragraph is a byline's line naming one of `names` ("Marta G. Villaverde |
    Peñaúrsula"): no sentence ("Mara Lind, a nurse for 40 years, died on May 2." is one)."""
    return not bp.ends_like_sentence(paragraph) and md.name_line(paragraph) in names


STAMP_NAME_LINES = 6  # lines over the article where a bare name beside a stamp is read
STAMP_NAME_TOLD = 6  # paragraphs of the article where such a name, told of, is no byline


# Above an article, "By X," then a clause in lower case of five words or more is a deck
# opening with "By" ("By Labor Day, crews hope to have the pool refilled").
_BY_CLAUSE = re.compile(r"^\W*by\s+[^,]+,\s*(?-i:[a-z])(?:\S+\s+){4,}", re.I)


def _by_alone_joined(lines: Sequence[str]) -> list[str]:
    """The lines with a "Written by" alone on its line joined to the name on the next
    ("Written by" / "Ragnheiður Jónsdóttir"), so that read nearest the article first the
    name still follows its label."""
    joined = list(lines)
    for at in range(len(joined) - 1):
        if md.by_alone(joined[at]) and joined[at + 1].strip():
            joined[at], joined[at + 1] = f"{joined[at]} {joined[at + 1]}", ""
    return joined


def _byline_candidates(lines: Sequence[str]) -> list[str]:
    """The lines as the byline finder reads them: a picture's credit and a deck that
    opens with "By" blanked (their places kept)."""
    return ["" if md.credits_picture(line) or _BY_CLAUSE.match(line) else line for line in lines]


def headline_at(header: Sequence[str], headline: str | None) -> int | None:
    """Where the `headline` stands among the header's lines (the last time), or None."""
    key = line_key(headline or "")
    return next(
        (at for at in reversed(range(len(header))) if key and line_key(header[at]) == key), None
    )


def below_headline(
    paragraphs: tuple[str, ...],
    title: str | None,
    opening: int,
    shown: str | None = None,
    headings: Sequence[str] = (),
) -> tuple[str, ...]:
    """The paragraphs after the headline, when trafilatura kept it as a paragraph before
    the article's `opening` (opening_at) with a kicker or a slogan above it; else all
    of them. The headline is the `title`, or the one the page `shown`s in its <h1>:
    where the title is the outlet's sharing headline ("Sonpatti mandi to move"), the one
    shown over the article ("Sonpatti civic body votes to move ...") is another; or
    else the page's `headings` (<h1>, <h2>) that open the paragraphs before the opening."""
    keys = {key for key in (line_key(title or ""), line_key(shown or "")) if key}
    for at in range(opening):
        if (
            line_key(paragraphs[at]) in keys
            or _trail_then_headline(paragraphs[at], keys)
            or _headline_then_deck(paragraphs[at], keys)
        ):
            return paragraphs[at + 1 :]
    # else the headings of the page that open the paragraphs ("News & Events" over an
    # <h2> headline that is neither the title nor an <h1>), up to the first that is none
    # (a key point, a line of text: a subheading after it is the article's)
    heads = {line_key(heading) for heading in headings}
    leading = next((at for at in range(opening) if line_key(paragraphs[at]) not in heads), opening)
    return paragraphs[leading:]


def _trail_then_headline(paragraph: str, keys: set[str]) -> bool:
    """Whether a paragraph is a breadcrumb trail run into the headline ("Home » News »
    Local Ratepayers vow to fight ..."): a layout cell's text gives them as one line."""
    if not _TRAIL_MARK.search(paragraph):
        return False
    key = line_key(paragraph)
    return any(key.endswith(f" {headline}") for headline in keys)


def _headline_then_deck(paragraph: str, keys: set[str]) -> bool:
    """Whether a paragraph is the headline run into its deck ("The station clock will
    run again Built in 1911, the station reopens ..."): a layout cell's text gives the
    <h1> and the deck under it as one line. The deck is no longer than a deck, and ends
    with no full stop (a lead does)."""
    cells = ensemble.table_cells(paragraph) or [paragraph]
    return any(
        key.startswith(f"{headline} ")
        and len(key.split()) - len(headline.split()) <= DECK_WORDS
        # the article's first sentence run into the headline is a lead, and kept
        and not bp.ends_like_sentence(cell)
        for cell in cells
        if (key := line_key(cell))
        for headline in keys
        if len(headline.split()) >= HEADLINE_RUN_WORDS
    )


HEADLINE_RUN_WORDS = 4  # a headline this long at least, so a label is not taken for one


def _without_section(heading: str | None, classed: str | None) -> str | None:
    """The page's <h1> without the section's name a template sets before it ("Política:
    Cabildo pospone ...") where the headline stands alone in the element the page's
    classes name its title (Joomla's `<h2 class="contentheading">`); else as it is."""
    classed = " ".join((classed or "").split())
    if not heading or not classed or heading == classed or not heading.endswith(classed):
        return heading
    section = heading[: -len(classed)].rstrip()
    return classed if section.endswith(":") and len(section.split()) <= SECTION_WORDS else heading


SECTION_WORDS = 3  # words of a section's name before a headline, at most


def _without_kicker_label(title: str | None) -> str | None:
    """The headline without a kicker's label in capitals that a template sets in a span
    of its own before the words ("EXCLUSIVE Council report recommends ...",
    `_H1_KICKER_LABELS`); one set off by a colon or a dash ("LIVE: Election night ...") is
    the headline's."""
    if not title:
        return title
    first, _, rest = title.partition(" ")
    if (
        first.isupper()
        and first.casefold() in _H1_KICKER_LABELS
        and len(rest.split()) >= KICKED_TITLE_WORDS
        and rest[:1].isupper()
        # (a headline's own words after it, not more of a label: "BREAKING NEWS: ...")
        and not rest.split()[0].isupper()
        and ":" not in rest.split()[0]
    ):
        return rest
    return title


KICKED_TITLE_WORDS = 3  # words of a headline after a kicker's label, at least
# The labels a headline never opens with as words of its own ("EXCLUSIVE", "UPDATED"; not
# "LIVE", "WATCH" or "Q&A", which do: "LIVE Music Returns to ...", data h1_kicker_labels).
_H1_KICKER_LABELS = frozenset(bp.PATTERNS["h1_kicker_labels"])


# The marks between a breadcrumb trail's steps.
_TRAIL_MARK = re.compile(r"\s[»›>]\s")


def _opens_with_dateline(paragraph: str) -> bool:
    """A paragraph that opens with a dateline: a place in capitals, letters only, then a
    dash and a capital ("ŠENTJUR – Workers ...", "SAN JOSE, Calif. -- The city ..."); not
    a kicker's label ("BREAKING –", `kicker_labels`), nor words in capitals that a
    clause in lower case follows ("NATO – the alliance said")."""
    found = _DATELINE_OPENING.match(paragraph)
    if found is None:
        return False
    place = found.group("place").split(",")[0].strip()
    if _AGENCY_IN_BRACKETS.search(found.group("place")) and place.istitle():
        place = place.upper()  # "Valdecuervos, 3 feb (EFE).- ...": a wire's dateline
    return _dateline_place(place)


def _dateline_place(place: str) -> bool:
    """Whether a dateline's words are a place's: in capitals, letters only, no kicker's
    label ("BREAKING") nor an acronym of a word ("NFU", "FBI")."""
    return (
        place.isupper()
        and len(place) >= DATELINE_LETTERS
        and all(c.isalpha() or c in " -'’." for c in place)
        and place.casefold() not in _KICKER_LABELS
        and not (" " not in place and len(place) <= ACRONYM_LETTERS and place.isalpha())
    )


def dateline_date(
    paragraphs: Sequence[str], day_first: Callable[[], bool] = lambda: False
) -> str | None:
    """The date in the dateline that opens the article ("MMALETSWAI, 12 April 2008 - For
    the first time ..."): the day the story was filed, for a page that shows no stamp;
    an all-digit date read day first where the page's language writes it so (`day_first`,
    asked only for a dateline: it reads the article's words)."""
    if not paragraphs or not _opens_with_dateline(paragraphs[0]):
        return None
    opening = _DATELINE_OPENING.match(paragraphs[0])
    found = md.parse_date(opening["place"], day_first()) if opening is not None else None
    return found[0] if found is not None else None


# The words before a dateline's dash (a place in capitals, a state or country after a
# comma), and the capital that opens the article's sentence after it.
# (the dash after a space, or right after the date's stop as Spanish and Portuguese papers
# set it: "SAN ISIDRO, 11 de marzo.— Vecinos ...", "VALDECUERVOS, 3 feb (EFE).- La Junta")
_DATELINE_OPENING = re.compile(
    r"(?P<place>[^\W\d][^–—]{1,40}?)(?:\s+(?:[–—]|--?)|[.)](?:[–—]|-))\s+(?=[A-Z\"“])"
)
_AGENCY_IN_BRACKETS = re.compile(r"\((?-i:" + md.AGENCY_NAMES + r")\)$")
DATELINE_LETTERS = 3  # letters of a dateline's place at least ("UTE", "ROME")
ACRONYM_LETTERS = 3  # a lone word this short in capitals is an acronym ("FBI"), no place
_KICKER_LABELS = frozenset(label.casefold() for label in bp.PATTERNS["kicker_labels"])


def _details_list(lines: Sequence[str], shown: Sequence[str] = ()) -> bool:
    """Whether lines kept over the article's first paragraph are a list of its details:
    two or more list items, each a label with a short value ("- Skatīts: 2755"), a label
    alone ("- Informācija") or a bare byline ("- Kristaps Ozolkalns, LETA"), with a
    publishing stamp among them ("- Publicēts: DATE") on the page's `shown` lines, or
    kept, and a byline's label or a count ("- Skatīts: 2755"); no sentence (a list of the
    story's points is one; a list of prize winners, "- Vegetables: Anna Whitcombe", has
    neither)."""
    items = [bp.BULLET.sub("", line, count=1) for line in lines]
    return (
        len(lines) >= 2
        and all(bp.BULLET.match(line) for line in lines)
        and (any(_is_stamp(item) for item in items) or _stamp_among(items, shown))
        # (a byline's label or a count among them: "- Autors: NAME", "- Skatīts: 2755")
        and any(md.find_byline([item])[0] or _DETAIL_COUNT.match(item) for item in items)
        and all(
            (
                _is_stamp(item)
                or _DETAIL_FIELD.match(item)
                or md.name_line(item)
                # "- Written by Staff Reporter": a byline naming a desk
                or (md.opens_byline(item) and len(bp.words(item)) <= DETAIL_BYLINE_WORDS)
            )
            and not bp.ends_like_sentence(item)
            for item in items
        )
    )


def _byline_row(paragraph: str) -> bool:
    """Whether a paragraph is a layout table's row holding a byline and nothing else, a
    labelled one ("| Piše: Lejla Hadžiabdić | |" of a Joomla 1.5 article's table) or a
    name with its role or agency ("| Adnan Hodžić, FENA | |"): no text."""
    cells = ensemble.table_cells(paragraph)
    return len(cells) == 1 and _names_by_line(cells[0], labelled=True)


def _names_by_line(line: str, labelled: bool = False) -> bool:
    """Whether a line is a byline naming someone: "By NAME", "Piše: NAME", or a name with
    its role or agency after a comma ("NAME, Staff Reporter", "NAME, FENA"); with
    `labelled`, an opener's byline only as a signature's line (`_signs_with_label`)."""
    if md.name_with_role(line) is not None:
        return True
    return (not labelled or _signs_with_label(line)) and bool(md.find_byline([line])[0])


def _stamp_among(items: Sequence[str], shown: Sequence[str]) -> bool:
    """Whether the page shows a publishing stamp among the lines of `items`, or right
    beside them (DETAILS_REACH lines)."""
    keys = {line_key(item) for item in items}
    at = [i for i, line in enumerate(shown) if line_key(line) in keys]
    return bool(at) and any(
        _is_stamp(line)
        for line in shown[max(0, min(at) - DETAILS_REACH) : max(at) + 1 + DETAILS_REACH]
    )


DETAILS_REACH = 2  # lines beside a list of an article's details where its stamp stands
DETAIL_BYLINE_WORDS = 5  # "Written by" and a desk's or a person's name, in a details list


_DETAIL_COUNT = re.compile(r"^[^\W\d]\w*\s*:\s*\d[\d.,\s]*$")  # "Skatīts: 3 904"
# A detail's label, one word, and its short value after a colon, or the label alone.
_DETAIL_FIELD = re.compile(r"^[^\W\d]\w*(?:\s*:\s*\S[^:]{0,40})?$")


def _header_line(line: str) -> bool:
    """A short line of an article's header above its first paragraph: a section's label,
    a deck, a stamp; no sentence of the article ("Why now?", "Finally, a deal.")."""
    return len(bp.words(line)) <= HEADER_LINE_WORDS and not bp.ends_like_sentence(line)


HEADER_LINE_WORDS = 25  # a deck's sentence, at most


def _kickers(
    paragraphs: Sequence[str], opening: int, header: Sequence[str], title: str | None
) -> set[int]:
    """The paragraphs kept before the article's first (at `opening`) that are short lines
    of its header (_header_line) the page shows above its headline among the lines over
    the article (`header`, header_lines): a kicker ("TRÁFICO", "SANIDAD RURAL") or a
    section's name, which an extractor taking the article's whole container keeps."""
    at = headline_at(header, title)
    if opening == 0 or at is None:
        return set()
    above = {line_key(line) for line in header[:at]}
    return {
        k
        for k in range(opening)
        if _header_line(paragraphs[k])
        and not ensemble.table_cells(paragraphs[k])  # a layout's row, read by later rules
        and line_key(paragraphs[k]) in above
    }


def opening_at(paragraphs: Sequence[str]) -> int:
    """Where the paragraph the article's header stands above is: the first that is no
    table row (a forum's "| Author | Message |" row comes before its first post's
    stamp) and ends as a sentence or a list's lead does (trafilatura keeps a kicker, a
    masthead's slogan or the headline as paragraphs of their own on some older pages);
    else the first that is no table row, else the first."""
    rows_aside = [at for at, p in enumerate(paragraphs) if not ensemble.table_cells(p)] or [0]
    return next((at for at in rows_aside if _opens_article(paragraphs[at])), rows_aside[0])


OPENING_WORDS = 6  # a headline or a kicker kept as a paragraph ends with no stop
BYLINE_REACH = 2  # paragraphs after the opening one searched for a byline kept as text


DECK_WORDS = 50  # a deck is a sentence or two
DECK_GAP = 6  # lines with words between a deck and the article's next paragraph, at most


def _deck_over_byline(
    shown: Sequence[str],
    paragraphs: Sequence[str],
    opening: int,
    authors: Sequence[str],
    page: ensemble.Page,
) -> bool:
    """Whether the page shows a byline (or the name of an author it declares) and a
    stamp between the paragraph taken for the article's first (at `opening`) and the
    next one: that paragraph is the deck set over them, not the article's text."""
    if opening + 1 >= len(paragraphs) or len(bp.words(paragraphs[opening])) > DECK_WORDS:
        return False
    above = header_lines(
        shown,
        paragraphs[opening + 1],
        paragraphs[opening + 2] if opening + 2 < len(paragraphs) else "",
    )
    deck = " ".join(paragraphs[opening].split())[:_OPENING_CHARS]
    at = next((k for k in range(len(above) - 1, -1, -1) if deck and deck in above[k]), None)
    if at is None:
        return False
    between = above[at + 1 :]
    if not between or _shows_byline_and_stamp(above[:at], authors):
        # a byline and a stamp over the paragraph already: what stands under it is a
        # box of another story's ("Related: ... / By Tom Hale / February 11")
        return False
    if len(between) <= DECK_GAP and _shows_byline_and_stamp(between, authors):
        return True
    # "First published: 9 Mar 2011" right under it, then share tools and a picture's
    # caption: a stamp labelled as the publication's opens the header the deck heads,
    # set apart from the article's paragraphs (one of them, a stamp set among them,
    # shares their parent)
    near = between[:DECK_GAP]
    return (
        labelled_stamp(near, day_first=True) is not None
        and labelled_stamp(above[:at], day_first=True) is None
        and page.share_parent(paragraphs[opening], paragraphs[opening + 1]) is False
    )


def _decks_over_byline(shown: Sequence[str], paragraphs: Sequence[str], opening: int) -> set[int]:
    """The paragraphs kept before the article's first (at `opening`) that are decks: of
    DECK_MIN_WORDS to DECK_WORDS words, not a table row, with no sentence's end, and
    with a byline or a publishing stamp standing between them and the article on the
    page (`shown`, page_lines), DECK_GAP lines with words at most between them; and
    the short lines kept over such a deck (a kicker, a section's label)."""
    if opening == 0:
        return set()
    first = " ".join(paragraphs[opening].split())[:_OPENING_CHARS]
    starts = [k for k, line in enumerate(shown) if first and first in line]
    if not starts:
        return set()
    decks = set()
    for at in range(opening):
        deck = paragraphs[at]
        words = len(bp.words(deck))
        if (
            not DECK_MIN_WORDS <= words <= DECK_WORDS
            or ensemble.table_cells(deck)
            or bp.ends_like_sentence(deck)
        ):
            continue
        key = line_key(deck)
        shown_at = next((k for k, line in enumerate(shown) if line_key(line) == key), None)
        if shown_at is None:
            continue
        below = shown[shown_at + 1 : next((k for k in starts if k > shown_at), shown_at + 1)]
        below = [line for line in below if line.strip()]
        if 0 < len(below) <= DECK_GAP and any(
            md.find_byline(_byline_candidates([line]))[0] or _is_stamp(line) for line in below
        ):
            decks.add(at)
    if decks:
        # a kicker or a section's label kept over a deck ("LOCAL NEWS") is the header too
        decks |= {
            at
            for at in range(max(decks))
            if _header_line(paragraphs[at]) and len(bp.words(paragraphs[at])) < DECK_MIN_WORDS
        }
    return decks


DECK_MIN_WORDS = 6  # a kicker or a section's name is shorter


def _shows_byline_and_stamp(lines: Sequence[str], authors: Sequence[str]) -> bool:
    """Whether the lines hold a byline (or the full name of an author the page
    declares) and a date stamp."""
    named = bool(md.find_byline(_byline_candidates(lines))[0]) or any(
        author in line for author in authors if len(author.split()) >= 2 for line in lines
    )
    return named and (
        labelled_stamp(lines, day_first=True) is not None or any(map(_is_stamp, lines))
    )


def _is_stamp(line: str) -> bool:
    """A date stamp alone or a bare date ("Published March 4, 2013", "June 9, 2010")."""
    return bool(md.date_stamp(line) or md.is_bare_date(line))


def _byline_paragraph(
    paragraphs: Sequence[str], opening: int, shown: Sequence[str] = ()
) -> int | None:
    """Where a byline kept as a paragraph stands right after the one `opening_at`
    took for the article's first ("In a brick building, three printers keep a trade
    alive." / "By Helena Marchbanks · Photographs by Ivo Brandt" / "Published March
    4, 2013"): the last of the byline and a stamp line after it, or None. The
    paragraph before it was the deck. A byline's lines run together into one paragraph
    (the page's `shown` lines "NAME, Staff Reporter", "Photos by ...", "Published: ...")
    are one such byline with its stamp."""
    found = None
    for at in range(opening + 1, min(len(paragraphs), opening + 1 + BYLINE_REACH + 1)):
        line = paragraphs[at]
        if found is None and _byline_lines_run_together(line, shown):
            return at
        # (a byline of no "By" only right under a deck: "NAME | Corresponsal", an agency's
        # credit over its dateline, "Par" alone; not a list's line under a lead)
        under_deck = (
            at == opening + 1
            and len(bp.words(paragraphs[opening])) <= DECK_WORDS
            and not paragraphs[opening].rstrip().endswith(":")  # a list's lead ("They are:")
        )
        if found is None and (
            md.find_byline([line])[0]
            or (under_deck and _bare_byline(line, paragraphs[at + 1 : at + 2]))
        ):
            found = at
        elif found is None and under_deck and md.by_alone(line) and at + 1 < len(paragraphs):
            # "Par" alone, its name a link an extractor left out, and the role under it
            # ("Chef du service Société") when a short line of no sentence
            found = at + 1 if _header_line(paragraphs[at + 1]) else at
        elif found is not None and at > found and _is_stamp(line):
            return at
    if found is not None and (
        found + 1 == len(paragraphs) or bp.is_comment_heading(paragraphs[found + 1])
    ):
        return None  # a short article signed at its end, the readers' comments below
    return found


def _bare_byline(line: str, below: Sequence[str]) -> bool:
    """Whether a line is a byline with no "By": a name and its staff role
    (md.name_with_role: "Hernán Darío Peñaloza | Corresponsal") that no other such line
    follows (a list's: "NAME, Herald columnist" / "NAME, BBC correspondent"), no picture's
    credit; or the agency the paragraph `below` credits in its dateline
    (_credits_dateline)."""
    if md.credits_picture(line):
        return False
    listed = bool(below) and md.name_with_role(below[0]) is not None
    return (md.name_with_role(line) is not None and not listed) or _credits_dateline(line, below)


def _credits_dateline(line: str, below: Sequence[str]) -> bool:
    """Whether a short line is the credit that the paragraph `below` it names in its
    dateline's brackets: an agency's byline with no one named ("Colprensa" over
    "PUERTO ALBARRÁN (Colprensa). El Fondo ...")."""
    credit = _DATELINE_CREDIT.match(below[0]) if below else None
    if credit is None:
        return False
    place = credit["place"].split(",")[0].strip()
    # a place's name, not an acronym its brackets spell out ("NFU (...)"); in capitals,
    # or capitalised with the day after it ("Mocutane, 16 Out")
    dated = credit["day"] is not None and all(
        word[:1].isupper() and word.isalpha() for word in place.split()
    )
    if not (_dateline_place(place) or (dated and len(place.split()) <= 3)):
        return False
    named = " ".join(credit["credit"].split()).casefold()
    line = " ".join(line.split()).casefold()
    # the agency's name, or its name and the short form the dateline gives ("Agência
    # Noticiosa do Norte (ANN)" over "Mocutane, 16 Out (ANN) – ...")
    return line == named or (
        line.endswith(f"({named})") and len(line.split()) <= AGENCY_CREDIT_WORDS
    )


AGENCY_CREDIT_WORDS = 8  # an agency's name and short form, at most
# A dateline naming its source in brackets: "PUERTO ALBARRÁN (Colprensa). El ...",
# "LIMA (AFP) - ...", "Mocutane, 16 Out (ANN) – ..." (a day and a month after the place).
_DATELINE_CREDIT = re.compile(
    r"(?P<place>[^\W\d][^()\d]{1,40}?)(?P<day>,?\s*\d{1,2}\.?\s+[^\W\d]{3,10}\.?)?"
    r"\s*\((?P<credit>[^()]{2,40})\)"
)


def _byline_lines_run_together(paragraph: str, shown: Sequence[str]) -> bool:
    """Whether a paragraph is two or more of the page's consecutive lines run together, a
    byline's (a name with its role, a credit, a role) and a stamp among them: the header
    under a deck, which an extractor joined where the page breaks its lines."""
    if not any(c.isdigit() for c in paragraph):
        return False  # (no stamp without a digit: the page's lines are not read)
    key = " ".join(paragraph.split())
    for start, line in enumerate(shown):
        if not line.strip() or not key.startswith(" ".join(line.split())):
            continue
        lines, joined = [], ""
        for nxt in shown[start:]:
            if not nxt.strip():
                continue
            joined = f"{joined} {' '.join(nxt.split())}".strip()
            lines.append(nxt)
            if not key.startswith(joined):
                break
            if joined == key:
                bylines = [x for x in lines if _names_by_line(x)]
                return (
                    len(lines) >= 2
                    and any(_is_stamp(x) for x in lines)
                    and bool(bylines)
                    and all(
                        _is_stamp(x) or x in bylines or md.is_role_line(x) or md.credits_picture(x)
                        for x in lines
                    )
                )
    return False


def _stamps_under_deck(paragraphs: Sequence[str], opening: int) -> int | None:
    """Where the publishing stamps kept as paragraphs right after the one `opening_at`
    took for the article's first end ("Campaigners fear ..." / "Published: 11:30PM GMT
    02 Feb 2008" / "Last Updated: ..."), when the article opens after them: that
    paragraph was the deck, and stands with them over the article. None otherwise."""
    if len(bp.words(paragraphs[opening])) > DECK_WORDS:
        return None
    end = opening
    while (
        end + 1 < len(paragraphs)
        and end - opening < BYLINE_REACH
        and _is_stamp(paragraphs[end + 1])
    ):
        end += 1
    if end == opening or end + 1 >= len(paragraphs) or not _opens_article(paragraphs[end + 1]):
        return None
    return end


def _opens_article(paragraph: str) -> bool:
    return len(bp.words(paragraph)) >= OPENING_WORDS and bp.ends_like_sentence(paragraph)


def labelled_stamp(
    header: Sequence[str], day_first: bool = False, found: Sequence[md.FoundDate] | None = None
) -> str | None:
    """The day of the date the header labels as the publication ("Published:", "Posted")
    nearest the article (a ticker's stands above), or None."""
    if found is None:
        found = md.dates_in(header, range(len(header)), day_first)
    published = _labelled_published(header, found)
    return published[-1].iso[:10] if published else None


def _labelled_published(header: Sequence[str], found: Sequence[md.FoundDate]) -> list[md.FoundDate]:
    """The dates `found` in the header that a line labels as the publication's."""
    return [d for d in found if d.kind == "published" and md.says_published(header[d.index])]


def _bare_date_line(line: str) -> bool:
    """A date alone on its line, or one of its line's parts between bars where the
    others are dates too: the same day in another calendar, or a time
    ("Thursday, 14 July 2011 | 13 Sha'ban 1432 AH", "平成22年11月4日 ／ Nov. 4, 2010");
    or a date opening a line of a story's short tools ("22. 09. 2011 · Komentarji (2)")."""
    if md.is_bare_date(line):
        return True
    parts = [part.strip() for part in re.split(r"[|／]", line)]
    if (
        len(parts) >= 2
        and any(md.is_bare_date(part) for part in parts)
        and all(_CLOCK.fullmatch(part) or _dated(part) for part in parts)
    ):
        return True
    # "22. 09. 2011 · Komentarji (2)": the date beside a story's tools
    tools = [part.strip() for part in md.tool_parts(line)]
    return (
        len(tools) >= 2
        and md.is_bare_date(tools[0])
        and all(
            _STORY_TOOL.fullmatch(part) and len(bp.words(part)) <= TOOL_BESIDE_DATE_WORDS
            for part in tools[1:]
        )
    )


TOOL_BESIDE_DATE_WORDS = 3  # a tool beside a bare date: "Komentarji (2)", "Print"
# A story's tool: words with a count in brackets at most ("Komentarji (2)", "Print"), or
# a count and its word ("12 comments"); not an event's price ("Tickets £12").
_STORY_TOOL = re.compile(r"[^\W\d_][^\d£$€¥]*?(?:\s*\(\d+\))?|\d+\s+[^\W\d_][\w-]*")


# A time of day alone: "10:05", "9:42 pm", "18.32 KST".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.I)
# A date in a calendar the date reader does not know: a day and a year with a word
# between ("13 Sha'ban 1432 AH", "平成22年11月4日").
_OTHER_CALENDAR = re.compile(
    r"\d{1,2}\s+[^\W\d_][\w'’]*\s+\d{3,4}(?:\s+[A-Z]{1,3})?|\S*\d+年\d+月\d+日"
)


def _dated(part: str) -> bool:
    """A field that is a date: one the reader knows, or another calendar's."""
    return md.parse_date(part) is not None or bool(_OTHER_CALENDAR.fullmatch(part))


def stamped_date(
    header: Sequence[str],
    day_first: bool = False,
    headline: str | None = None,
    found_date: str | None = None,
    copyright: str | None = None,
    footer: Sequence[str] = (),
    shown_headlines: Sequence[str] = (),
) -> str | None:
    """The day of the date the header labels as the publication ("Published:",
    "Posted") nearest the article, never one labelled as an update; else of one so
    labelled on a short line (or a short part of a line of tools) of the `footer`, the
    lines just below the article (a print view's "Article published ...", an events
    story's "Posted: ..." at its foot);
    else that of a line that is a date alone (a weekday at most beside it) between the
    `headline` and the article, where a byline's date stands (a masthead's date of the
    day stands above the headline), or, when the headline read is not among the lines,
    right under a byline (the one nearest the article) or else under one of the
    page's `shown_headlines` (its <h1> and <h2>, given when the headline read is
    another), the one nearest the article; else of a date on a byline's
    own line below the headline ("Von NAME | 03.04.2010, 12:00 Uhr"); else of a stamp
    with a clock time below the headline ("9:58am Tuesday 14th April 2009 in News"), or
    of a line that opens with a date and its clock time ("2011年05月17日 08:21 来源：...");
    else of a timed stamp over a forum thread's first post's number ("#1"); else of a
    timed stamp in the few lines over the headline ("23.03.2011 10:15" in a box beside
    it); else of a note below the article that it ran in print on that day
    (bp.is_print_note: the print edition comes out on the web story's day or after it);
    None when there is none of these.

    A date labelled "Date:" alone is no stamp here: in a page's header it is as often
    an event's ("If you go ... Date: Saturday, June 12") or a release's. A bare date
    yields to the page's `found_date` (trafilatura's) when their years differ by more
    than one, or when it is more than ten years older than the page's copyright year
    (`copyright`; a footer's year is the year the page was saved as often as the
    year of the article): it is then the date of what the article tells, an
    epigraph's "March 12, 1928", not of the page.
    """
    found = md.dates_in(header, range(len(header)), day_first)
    labelled = labelled_stamp(header, day_first, found)
    if labelled is not None:
        # "submitted Mar 16, 2010 by NAME" over "By Gene Haller · Herald · March 14,
        # 2010": a post carrying a story signed below it, the story's own day a few days
        # earlier (not a related box's byline above the stamp)
        at = _labelled_published(header, found)[-1].index
        signed = [
            d.iso[:10]
            for d in found
            if d.index > at
            and d.kind != "updated"
            and len(bp.words(header[d.index])) <= BYLINE_DATE_WORDS
            and md.find_byline([header[d.index]])[0]
            and not md.says_published(header[d.index])
        ]
        carried = [day for day in signed[-1:] if _days_before(day, labelled) <= CARRIED_DAYS]
        return min([labelled, *carried])
    # a line of story tools holds the stamp as one of its parts ("12 comments · filed
    # 11/03/2009 under Local News · Print · Email")
    footer = [part for line in footer for part in _tool_line_parts(line)]
    footer_dates = md.dates_in(footer, range(len(footer)), day_first)  # (read once: and below)
    at_foot = [
        d
        for d in footer_dates
        if d.kind == "published"
        and md.says_published(footer[d.index])
        and len(bp.words(footer[d.index])) <= FOOTER_STAMP_WORDS
    ]
    if at_foot:
        return at_foot[0].iso[:10]
    shown = headline_at(header, headline)
    below = len(header) if shown is None else shown + 1
    bare = [d for d in found if d.kind == "" and _bare_date_line(header[d.index])]
    under = [d for d in bare if d.index >= below]
    if shown is None:
        # the headline shown is not the one read: a date alone right under a byline,
        # the one nearest the article ("By NAME" then "Friday, 6 November 2009")
        under = [
            d for d in reversed(bare) if d.index > 0 and md.find_byline([header[d.index - 1]])[0]
        ][:1]
        headings = [
            at for at in map(partial(headline_at, header), shown_headlines) if at is not None
        ]
        if not under and headings:
            # under the page's heading nearest the article (a masthead's date of the day
            # stands under the site's name, above)
            under = [d for d in bare if d.index > max(headings)]
    if under:
        year = int(under[0].iso[:4])
        if found_date and abs(int(found_date[:4]) - year) > BARE_DATE_YEARS:
            return None
        if copyright and int(copyright) - year > COPYRIGHT_YEARS:
            return None
        return under[0].iso[:10]
    for date in found:
        line = header[date.index]
        if (
            date.index >= (0 if shown is None else below)
            and date.kind != "updated"
            and len(bp.words(line)) <= BYLINE_DATE_WORDS
            and md.find_byline([line])[0]
        ):
            return date.iso[:10]
    for date in found:
        # "9:58am Tuesday 14th April 2009 in News »" under the headline: the publishing
        # system's stamp, a clock time beside the date
        if (
            date.index >= (0 if shown is None else below)
            and date.kind != "updated"
            and (md.date_stamp(header[date.index]) == "timed" or _opens_timed(header[date.index]))
        ):
            return date.iso[:10]
    for date in found:
        # "03-15-2009, 08:15 AM" over "#1": a forum thread's first post, the story
        # posted as it, its stamp over the poster's name and the post's title
        if (
            date.index + 1 < len(header)
            and _FIRST_POST.fullmatch(header[date.index + 1].strip())
            and date.kind != "updated"
            and md.date_stamp(header[date.index]) == "timed"
        ):
            return date.iso[:10]
    for date in found:
        # "23.03.2011 10:15" / "Kategorie: Pressemitteilungen" in a box right over the
        # headline, no date under it: the news system's stamp (a masthead's date of the
        # day has no clock time)
        if (
            found_date is None
            and shown is not None
            and shown - STAMP_OVER_HEADLINE <= date.index < shown
            and date.kind != "updated"
            and md.date_stamp(header[date.index]) == "timed"
        ):
            return date.iso[:10]
    printed = [d for d in footer_dates if d.kind != "updated" and bp.is_print_note(footer[d.index])]
    # "This article appeared in the print edition of ... on Thursday, March 15, 2007."
    return printed[0].iso[:10] if printed else None


CARRIED_DAYS = 31  # how much earlier a carried story's own day may be than the post's
_FIRST_POST = re.compile(r"#\s?1")  # a forum thread's first post, numbered by its link


def _days_before(day: str, later: str) -> int:
    """How many days `day` (YYYY-MM-DD) stands before `later`; negative when after."""
    return (datetime.date.fromisoformat(later) - datetime.date.fromisoformat(day)).days


def _opens_timed(line: str) -> bool:
    """A line that opens with a date and its clock time, labelled fields after it
    ("2011年05月17日 08:21 来源：明川日报 参与评论(12)人"): a stamp whose fields the page
    set apart with wide spaces, not bars; not a teaser's or a caption's sentence after a
    time ("14.06.2011 09:12 Storm closes the coastal road")."""
    dated = md.parse_date(line)
    if dated is None or dated[1] != 0 or "T" not in dated[0]:
        return False
    return bool(_FIELD_LABEL.search(line[dated[2] :]))


# A field's label: a word and a colon, in either width ("来源：", "Source:").
_FIELD_LABEL = re.compile(r"\w[:：]")


def _tool_line_parts(line: str) -> list[str]:
    """A line's parts when it is a line of story tools, each part but a dated one of
    `TOOL_WORDS` words at most ("12 comments · filed 11/03/2009 under News · Read
    comments or add your own · Print"); else the line whole ("Related: Council votes
    to close the old mill after seventy years | Posted: ...": another story's date)."""
    parts = md.tool_parts(line)
    undated = [part for part in parts if md.parse_date(part) is None]
    return parts if all(len(bp.words(part)) <= TOOL_WORDS for part in undated) else [line]


TOOL_WORDS = 6  # words of a story tool: "12 comments", "Read comments or add your own"
FOOTER_STAMP_WORDS = 12  # a stamp there is a short line, not a sentence of the next story
STAMP_OVER_HEADLINE = 2  # lines over the headline where a timed stamp may stand
BYLINE_DATE_WORDS = 16  # a byline with its date: "Por NAME - 05/06/2011 - 10h22"


BARE_DATE_YEARS = 1  # a byline's date and the page's own agree on the year, give or take one
COPYRIGHT_YEARS = 10  # and a page is not older than that before its footer's copyright year
_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)""", re.I
)
# Language tags of the pages that write an all-digit date month first ("04/03/2012" is
# April 3): English with no region, and American English.
MONTH_FIRST_LANGUAGES = frozenset({"en", "en-us"})


def reads_day_first(
    html: str, language: str | None, paragraphs: Sequence[str], shown: Sequence[str] = ()
) -> bool:
    """Whether the page writes an all-digit date day first ("03/04/2012" for 3 April).

    The page's own language tag says so when it has one (<html lang="en-GB">, "es"),
    else trafilatura's; a page with neither, or tagged "en" with no region (a site
    template's default, over pages in any language), is read in the language its
    article's words are in; in English by the order the dates of its `shown` lines
    outside the article make plain (md.written_day_first), else by its address's country
    (dates.day_first_domain), else month first.
    """
    tag = _HTML_LANG.search(html[:_HTML_HEAD_CHARS])
    code = (tag.group(1) if tag else language or "").casefold().replace("_", "-")
    if code and code != "en":
        return code not in MONTH_FIRST_LANGUAGES
    if bp.guess_language(bp.words(" ".join(paragraphs[:_LANGUAGE_PARAGRAPHS]))) != "English":
        return True
    # English with no region: the order the plain dates of the page's lines around the
    # article show (its stamps, boxes, comments; not a date the article quotes), else its
    # domain's
    own = {line_key(p) for p in paragraphs}
    written = md.written_day_first("\n".join(line for line in shown if line_key(line) not in own))
    return written if written is not None else day_first_domain(html)


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)", re.I
)


def copyright_year(visible: str) -> str | None:
    """The latest year of the page's copyright lines ("© 2005-2010 The Gazette"), or None."""
    years = _COPYRIGHT_YEAR.findall(visible)
    return max(years) if years else None


_HTML_HEAD_CHARS = 4000  # the <html> element's opening tag stands at the page's start
_LANGUAGE_PARAGRAPHS = 5  # of the article, enough words to tell its language


_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def page_title(html: str) -> str | None:
    """The text of the page's <title> element (entities read, spaces collapsed), or None."""
    match = _TITLE_ELEMENT.search(html)
    return " ".join(unescape(match.group(1)).split()) if match is not None else None


def title_parts(html: str) -> list[str]:
    """The parts the <title> joins with separators ("Headline | Site"), [] with none."""
    title = page_title(html)
    return _TITLE_SEPARATOR.split(title) if title is not None else []


def site_end_of_title(html: str, headline: str) -> str | None:
    """The <title>'s part at the other end from the `headline`, where a site writes its
    name ("Headline - Hartsmere Borough Council", "Wexcombe Sailing Club :: View topic
    - Headline"), or None when the <title> holds the headline alone."""
    parts = title_parts(html)
    key = line_key(headline)
    if len(parts) < 2 or key not in {line_key(parts[0]), line_key(parts[-1])}:
        return None
    end = parts[-1] if line_key(parts[0]) == key else parts[0]
    return end if len(bp.words(end)) <= SITE_NAME_WORDS else None


SITE_NAME_WORDS = 6  # a site's name is short; a longer part is another headline
HEADLINE_MIN_WORDS = 3  # "Home", "News": a word or two of a menu may be in any title


def heads_page_title(line: str, html: str) -> bool:
    """The page's headline: a line that is no sentence, standing whole (words, case
    and punctuation aside) in the page's <title> element.

    Older pages name the site around the headline there ("Alder Street Notes
    » Blog Archive » Allotment waiting list closes"), and trafilatura's title
    is then often the site's name from an <h1>, which the headline line does
    not equal.
    """
    if bp.ends_like_sentence(line) or len(bp.words(line)) < HEADLINE_MIN_WORDS:
        return False
    title = page_title(html)
    if title is None:
        return False
    key = line_key(line)
    return bool(key) and f" {key} " in f" {line_key(title)} "


def shown_headline(
    header: Sequence[str],
    headline: str | None,
    html: str,
    found: str | None = None,
    headings: Callable[[], Sequence[str]] = tuple,
) -> str | None:
    """The page's one <h1> (`headline`, Page.headline) when it stands as a line of its
    own among the last HEADLINE_REACH lines above the article (`header`): the headline
    the page shows its readers, which a page's <title> and og:title often word
    otherwise (for search engines and for sharing). None when it is no headline: a
    few words (a section's or a blog's name), the site's declared name, a web address,
    furniture or a label ending in a colon; or when the title read already (`found`),
    a headline's length (not a site's name on a byline's line), or one of the page's
    `headings` (its <h1> and <h2>, as `line_words` gives them; asked for only then) of
    that length not right under it, stands as a line between it and the article: then the <h1> is a masthead
    or a section's label over the story's own heading ("Letters to the Editor" over the
    letter's)."""
    if not headline:
        return None
    shown = " ".join(headline.split())
    key = line_key(shown)
    if (
        len(bp.words(shown)) < SHOWN_HEADLINE_WORDS
        or key == line_key(declared_site_name(html) or "")
        or md.is_web_address(shown)
        or bp.is_furniture(shown)
        or shown.endswith(":")
    ):
        return None
    shown_lines = [line for line in header if line.strip()][-HEADLINE_REACH:]
    keys = [line_key(line) for line in shown_lines]
    if key not in keys:
        return None
    after = len(keys) - keys[::-1].index(key)
    below = keys[after:]
    headline_found = found is not None and len(bp.words(found)) >= SHOWN_HEADLINE_WORDS
    if headline_found and line_key(found or "") in below:
        return None
    # a heading of a headline's length between it and the article, not right under it
    # (a deck): the <h1> is a blog's or a site's name, over a tagline and a menu, above
    # the post's own heading
    own = ensemble.line_words(shown)
    under = [
        line
        for line in shown_lines[after + 1 :]
        if len(bp.words(line)) >= SHOWN_HEADLINE_WORDS
        # (not a list's item: a table of contents listing the article's subheadings)
        and not bp.BULLET.match(line)
    ]
    if under:
        shown_headings = set(headings())
        if any(
            words != own and words in shown_headings for words in map(ensemble.line_words, under)
        ):
            return None
    return shown


SHOWN_HEADLINE_WORDS = 4  # "Minecraft News", "Information and Resources": a name, no headline
# Lines above the article the headline may stand in: a kicker, a deck, a byline, a stamp,
# the tools (a share button a line), a picture's caption, a box of facts.
HEADLINE_REACH = 12


def header_headline(header: Sequence[str], html: str, found: str | None = None) -> str | None:
    """The headline as the page shows it above the article: the nearest line above the
    article that stands whole in the page's <title> element (heads_page_title) and is
    one of its parts with no menu between it and the article, or holds its longest
    part; None when there is none, or when trafilatura's title (`found`)
    is that part already, or is another part of the <title> standing nearer the
    article (a section's name is often longer than a short headline: "Film festival
    opens - Arts and Entertainment - Ledger"), and then trafilatura's title stands.

    Older pages and blogs give trafilatura the site's or the blog's name as the title
    (from an <h1> over every page), or the <title> element whole, the site's name
    joined to the headline ("Ledger :: Sports :: Wildcats rally past Eagles"). The
    site's name, a section's or a column's also stand whole in the <title> element
    and above the article, but the headline is the longest of its parts, split at
    the separators, and of a part with a colon, what follows it ("Garden Notes With
    Ruth Ellison: Divide hostas now"). The name the site declares for itself
    (og:site_name) and a web address ("calloway-tribune.com") stand there too, and
    are never it (trafilatura's site name is often a <title>'s headline part).
    """
    parts = title_parts(html)
    if not parts:
        return None
    site = line_key(declared_site_name(html) or "")
    # "Column: Headline", "Blog name: Post title": the headline is what follows the colon
    heads = [_AFTER_COLON.split(part, maxsplit=1)[-1] for part in parts]
    longest = max((line_key(head) for head in heads), key=len, default="")
    found_key = line_key(found or "")
    if not longest or found_key == longest:
        return None  # trafilatura's title is the headline already
    part_keys = {line_key(part) for part in [*parts, *heads]}
    menu_below = False  # a masthead stands above the menu, the headline below it
    for line in reversed(header):
        key = line_key(line)
        holds_longest = f" {longest} " in f" {key} "
        if (
            (holds_longest or (key in part_keys and not menu_below))
            and (not site or key != site)
            and not md.is_web_address(line)
            and heads_page_title(line, html)
        ):
            return None if key == found_key else line
        menu_below = menu_below or bp.is_furniture(line)
    return None


_AFTER_COLON = re.compile(r"(?<=\w):\s+")


def _meta_pattern(names: str) -> re.Pattern[str]:
    """A `<meta>` element whose property or name matches `names` (a pattern), its
    attributes in either order; the content is group 2."""
    return re.compile(
        rf"""<meta\b(?=[^>]*\b(?:property|name)\s*=\s*["'](?:{names})["'])[^>]*"""
        r"""\bcontent\s*=\s*(["'])(.*?)\1""",
        re.I | re.S,
    )


_OG_TITLE = _meta_pattern("og:title")
_SITE_NAME_META = _meta_pattern("og:site_name")
# An app's or a social account's name of a site, which page metadata readers may give
# as its name ("NYTimes", "BarronsOnline").
_APP_NAME_META = _meta_pattern(r"al:[a-z]+:app_name|twitter:site")
# A site's name as a <title> ends with it: up to five capitalised words ("The New York
# Times", "Barron's").
_SITE_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’&]*|of|the|and)(?: (?:[A-Z][\w'’&]*|of|the|and)){0,4}")
# Where a <title> element joins the headline and the site's name ("Headline | Site").
# (and eZ Publish's path of a slash between spaces: "Headline / Local / News / Site")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—«»:/]{1,2}\s+")
_TITLE_WORD = re.compile(r"\w{4,}")


def checked_title(
    found: str | None, html: str, paragraphs: Sequence[str] = (), sitename: str | None = None
) -> str | None:
    """trafilatura's title, unless a title the page declares (og:title, the <title>
    element) shares no word with it and more words with the article: then that one.

    trafilatura takes a heading from the page when it judges it the headline, and on
    some pages that is a sidebar's or a promotion's ("Information and Resources", "Take
    your next trip with ..."), while the page's own <title> names the article. A
    headline the outlet shortened or reworded still shares words (four letters or
    more) with the declared one, and a site's name or a generic <title> ("Home |
    Acme News") shares none with the article's text, so those keep the found title.
    """
    declared = _declared_titles(html, sitename)
    if not found or not declared:
        return found
    words = _title_words(found)
    if any(words & _title_words(d) for d in declared):
        return found
    text = _title_words(" ".join(paragraphs[:_TITLE_CHECK_PARAGRAPHS]))
    best = max(declared, key=lambda d: len(_title_words(d) & text))
    return best if len(_title_words(best) & text) > len(words & text) else found


_TITLE_CHECK_PARAGRAPHS = 5  # the article's opening, where its headline's words recur


def _title_words(text: str) -> set[str]:
    return {w.casefold() for w in _TITLE_WORD.findall(text)}


def _declared_titles(html: str, sitename: str | None) -> list[str]:
    """og:title, then the longest part of the <title> element (the site's name cut off),
    each unless it is the site's name or a web address ("calloway-tribune.com")."""
    titles = []
    og = _OG_TITLE.search(html)
    if og is not None:
        titles.append(" ".join(unescape(og.group(2)).split()))
    parts = title_parts(html)
    if parts:
        titles.append(max(parts, key=len))
    site = line_key(sitename or "")
    return [
        t
        for t in titles
        if len(bp.words(t)) >= HEADLINE_MIN_WORDS
        and (not site or line_key(t) != site)
        and not md.is_web_address(t)
    ]


_CONTINUES = re.compile(r"[\w,;–—-]$")  # a line that ends inside a sentence
# and the next one going on in lower case, not with a web address ("example.com/...");
# "budget." ends the sentence the line before left open
_CONTINUATION = re.compile(r"^[a-z]+\b(?![:/]|\.\w)")
WRAPPED_LINE_WORDS = 8  # a heading, a label or a list item's name is shorter
WRAPPED_LINE_CHARS = 100  # and a hand-wrapped line is no longer (80 characters, most often)
_LINE_END_MARK = re.compile(r"[,;:.!?]$")


def unwrapped(lines: Sequence[str]) -> list[str]:
    """trafilatura's lines with a sentence's hard line breaks taken out.

    Hand-written pages wrap their text in the source ("... has a line called
    "contingency,\\n dock services" and it is ..."), and in a <font> or a <div>
    split by <br> trafilatura keeps those breaks: a sentence then stands on
    several lines, each voted on and shown as a paragraph of its own. A line
    of prose that ends inside a sentence (a letter or a comma) and a next line
    no longer than a hand-wrapped one that goes on with a word in lower case
    (not a web address) are one line. Table rows, list items and short lines
    (headings, labels) are left as they are; so is a line after a heading
    ("... for crowded schools in Queens" / "de Blasio said ..."), which is a
    paragraph longer than a wrapped line, and verse, whose lines end in
    punctuation one after the other ("... put away," / "and the light ... hay,").
    Lines joined so must end as a sentence does: commands or code in a <pre>
    block, and list items, go on in lower case too but end without a stop.
    """
    runs: list[list[str]] = []
    for line in lines:
        line = line.strip()
        if runs and (_goes_on(runs[-1], line) or _han_goes_on(runs[-1], line)):
            runs[-1].append(line)
        else:
            runs.append([line])
    out: list[str] = []
    for run in runs:
        if len(run) > 1 and _HAN_END.search(run[0]) and _HAN_SENTENCE_END.search(run[-1]):
            out.append("".join(run))  # Chinese and Japanese put no space between words
        elif len(run) > 1 and bp.ends_like_sentence(run[-1]):
            out.append(" ".join(run))
        else:
            out.extend(run)
    return out


# Chinese and Japanese text hard-wrapped in a <pre> or a mail archive: a line that ends
# inside a sentence on a Han or kana character (or a comma or an opening bracket), and a
# next line that goes on with one, are one line, joined with no space; the joined line
# ends as their sentences do.
_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff10-\uff19\uff21-\uff5a"
_HAN_END = re.compile(rf"[{_HAN}、，「『（]$")
_HAN_START = re.compile(rf"^(?!・)[{_HAN}、，」』）]")  # not a list item's "・"
_HAN_SENTENCE_END = re.compile(r"[。！？」』）)]$")
HAN_LINE_CHARS = 60  # a hand-wrapped line of them is no longer (76 columns, two each)
HAN_WRAPPED_CHARS = 20  # and every line but the last is this long (a heading is shorter)
HAN_LONE_WRAP_CHARS = 30  # a first line the next does not match in length is this long
HAN_WIDTH_SLACK = 2  # characters a wrapped line may differ from the one before


def _han_goes_on(run: Sequence[str], line: str) -> bool:
    """Whether `line` goes on with the Chinese or Japanese sentence `run` leaves open, as
    a text hard-wrapped at a width does (each line read once, as it joins). A headline
    or a stamp over a short first paragraph is none: its halves are set apart by an
    ideographic space, it holds a date, or it is short and the paragraph under it is
    not as long."""
    last = run[-1]
    return bool(
        _HAN_END.search(last)
        and _HAN_START.match(line)
        and HAN_WRAPPED_CHARS <= len(last) <= HAN_LINE_CHARS
        and len(line) <= HAN_LINE_CHARS
        and (
            len(run) > 1
            or (
                "\u3000" not in last
                and md.parse_date(last) is None
                # a second line as long as the first shows the width the text is wrapped
                # at; a short one under a short first line may be a paragraph under a title
                and (
                    len(last) >= HAN_LONE_WRAP_CHARS
                    or abs(len(line) - len(last)) <= HAN_WIDTH_SLACK
                )
            )
        )
        and _opens_as_text(run[0])
    )


def _goes_on(run: Sequence[str], line: str) -> bool:
    """Whether `line` goes on with the sentence the `run` of wrapped lines leaves open."""
    return bool(
        _CONTINUATION.match(line)
        and _CONTINUES.search(run[-1])
        and len(line) <= WRAPPED_LINE_CHARS
        and len(bp.words(" ".join(run))) >= WRAPPED_LINE_WORDS
        and _opens_as_text(run[0])
        and not (run[-1].endswith((",", ";", ":")) and _LINE_END_MARK.search(line))
    )


def _opens_as_text(line: str) -> bool:
    """Whether a run of lines that may be wrapped opens as running text does: not as a
    table's row or a list's item, whose lines stand as they are."""
    return not line.startswith("|") and not bp.BULLET.match(line)


# An outlet's furniture is a small part of its page: where the lines its pages repeat are
# most of what was kept, those pages are one story saved again and again, and it stays.
OWN_SHARE = 0.5


def template_lines(
    shown: Sequence[str], furniture: frozenset[str], paragraphs: Sequence[str]
) -> frozenset[str]:
    """The keys (line_key) of the page's lines `shown` that its outlet's template prints,
    given the digests of those the collection learned (`furniture`); less a sentence the
    page prints more often than its template does (furniture.twice_key) and the article
    (`paragraphs`) holds once: a box that repeats the story's lead on every page, and the
    lead again in the story itself. (A notice the template prints twice on one page, both
    in the article's container, is the template's still.)"""
    keys = [line_key(line) for line in shown]
    times = Counter(keys)
    held = Counter(map(line_key, paragraphs))
    return frozenset(
        key
        for line, key in zip(shown, keys, strict=True)
        if page_line_key(key) in furniture
        and (
            times[key] < 2
            or held[key] != 1
            or twice_key(key) in furniture
            or not furniture_shape(line, key.count(" ") + 1)[0]  # prose alone is told twice
        )
    )


def without_furniture(paragraphs: Sequence[str], furniture: frozenset[str]) -> tuple[str, ...]:
    """The paragraphs less the lines of the outlet's `furniture` (line keys), unless
    those are most of the paragraphs' words (OWN_SHARE): a label, a row of tools or a
    table's cell anywhere, a sentence of prose only in the runs of furniture before and
    after the article, where a template sets its notices (in the middle, a paragraph of
    background its follow-up stories repeat is theirs), and there also its lines run
    together into one (_furniture_run), which count as no story's words."""
    sentences = _own_sentences(paragraphs, furniture)
    spared = _prose_between(paragraphs, furniture, sentences)
    unrun = _without_furniture_runs(paragraphs, furniture, sentences)  # (no story's words)
    own = without_lines(unrun, furniture - spared)
    kept, given = (sum(len(bp.words(p)) for p in group) for group in (own, unrun))
    return own if kept >= OWN_SHARE * given else tuple(paragraphs)


def _without_furniture_runs(
    paragraphs: Sequence[str], furniture: frozenset[str], own: Sequence[int]
) -> Sequence[str]:
    """The paragraphs less the lines before the article's first `own` sentence or after
    its last that are lines of furniture run together (_furniture_run): a comment
    section's heading, notice and rules, or a box's tabs, that an extractor gave as one
    line where the page's visible text has them line by line."""
    if not own:
        return paragraphs
    return [
        p
        for at, p in enumerate(paragraphs)
        if own[0] <= at <= own[-1] or ensemble.table_cells(p) or not _furniture_run(p, furniture)
    ]


def _furniture_run(paragraph: str, furniture: frozenset[str]) -> bool:
    """Whether a line's key is lines of furniture run together (_furniture_cell), or those
    with labels between them of a few words each (MENU_ENTRY_WORDS) that any site prints
    and so no outlet's furniture learns alone ("Post a comment", "Most popular"), most of
    its words the furniture's."""
    key = line_key(paragraph)
    if _furniture_cell(key, furniture):
        return True
    rest, lines = _keys_taken_out(key, furniture, " | ")
    labels = [part.split() for part in rest.split("|")]
    return (
        # two lines at least, or a box's label beside its heading: a story's lead that a
        # teaser box repeats without its dateline ("TOWN: ...") is one sentence
        (
            len(lines) > 1
            or (
                all(key_words(line) < PROSE_WORDS for line in lines)
                and not bp.ends_like_sentence(paragraph)
            )
        )
        and all(len(words) <= MENU_ENTRY_WORDS for words in labels)
        and sum(len(words) for words in labels) < len(key.split()) / 2
    )


def _own_sentences(paragraphs: Sequence[str], furniture: frozenset[str]) -> list[int]:
    """Where the paragraphs are sentences of the article's own: no furniture's, no table's
    row; and, at either end, no lines of furniture run together (_furniture_run: read
    only there, each line's words against the furniture's)."""
    own = [
        at
        for at, p in enumerate(paragraphs)
        if line_key(p) not in furniture and not ensemble.table_cells(p) and ensemble.is_sentence(p)
    ]
    if not furniture:
        return own
    first, last = 0, len(own)
    while first < last and _furniture_run(paragraphs[own[last - 1]], furniture):
        last -= 1
    while first < last and _furniture_run(paragraphs[own[first]], furniture):
        first += 1
    return own[first:last]


def _prose_between(
    paragraphs: Sequence[str], furniture: frozenset[str], own: Sequence[int]
) -> frozenset[str]:
    """The keys of the furniture's paragraphs of prose that stand between the article's
    `own` sentences (_own_sentences): after its first sentence that is no furniture and
    before its last (a table's row or a label after the furniture is no sentence of the
    article's)."""
    keys = [line_key(p) for p in paragraphs]
    if not own:
        return frozenset()
    return frozenset(
        key
        for at, key in enumerate(keys[own[0] : own[-1]], start=own[0])
        if key in furniture and furniture_shape(paragraphs[at], len(key.split()))[0]
    )


def without_lines(paragraphs: Sequence[str], keys: frozenset[str]) -> tuple[str, ...]:
    """The paragraphs less those whose line key is among `keys`; of a table row, the
    cells (the page's visible text has a row's cells as lines of their own)."""
    kept = []
    for paragraph in paragraphs:
        cells = ensemble.table_cells(paragraph)
        if not cells:
            if line_key(paragraph) not in keys:
                kept.append(paragraph)
            continue
        # (also a cell of furniture's lines run together with a box's label between them:
        # "Δημοφιλή" over a sidebar's teasers and its subscription pitch)
        own = [cell for cell in cells if not _furniture_run(cell, keys)]
        if len(own) == len(cells):
            kept.append(paragraph)
        elif own:
            kept.append(ensemble.join_cells(own))
    return tuple(kept)


def _furniture_cell(cell: str, keys: frozenset[str]) -> bool:
    """Whether a table cell's key (line_key) is one of `keys`, or lines of them run
    together, each of two words or more: a layout row's footer cell holds its links, the
    copyright line and the address, which the page's visible text gives line by line."""
    if not cell or cell in keys:
        return bool(cell)  # a cell of no words ("%") stays
    return not _keys_taken_out(cell, keys, " ")[0].strip()


def _keys_taken_out(key: str, keys: frozenset[str], mark: str) -> tuple[str, list[str]]:
    """A line's key with each of `keys` of two words or more that it holds put as `mark`,
    the longest first, and those keys: what of the line is no furniture."""
    rest, taken = f" {key} ", []
    for line in sorted((k for k in keys if " " in k and k in key), key=lambda k: (-len(k), k)):
        if f" {line} " in rest:
            rest = rest.replace(f" {line} ", mark)
            taken.append(line)
    return rest, taken


def page_text(page: str | ensemble.Page) -> str:
    """The page's whole visible text, one block a line ("" when it cannot be read)."""
    return (ensemble.Page(page) if isinstance(page, str) else page).visible_text()


# A list item that is a headline and the day it ran, in brackets at its end.
_DATED_ITEM = re.compile(r"^[-•·*]\s+(?P<headline>[^()]{12,160}?)\s+\((?P<date>[^()]{6,24})\)$")


def _labels_only(row: str) -> bool:
    """A layout table's row holding no words, or one short label ending in a colon and
    nothing else ("| Flash News: |"): a spacer, or a ticker's label whose items the page
    scrolls in by script."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    worded = [cell for cell in cells if bp.words(cell)]
    # one label alone: a row of several ("| Winner: | Runner-up: |") heads a data table
    return not worded or (
        len(worded) == 1
        and worded[0].endswith(":")
        and len(bp.words(worded[0])) <= LABEL_CELL_WORDS
    )


LABEL_CELL_WORDS = 3  # "Flash News:", "Latest headlines:"


def _dated_teaser(line: str) -> bool:
    """Whether a list item is a headline of another story with its date ("- New ice
    plant for Kudahena anchorage (24.08.2011)"), as a box of related stories lists them:
    a date alone in the brackets, and no sentence's stop before them."""
    item = _DATED_ITEM.match(line)
    if item is None or bp.ends_like_sentence(item["headline"]):
        return False
    dated = md.parse_date(item["date"], day_first=True)
    return dated is not None and dated[1] == 0 and dated[2] >= len(item["date"].strip()) - 1


def _dated_teaser_runs(lines: Sequence[str]) -> set[int]:
    """The lines that are runs of two or more dated headlines (_dated_teaser) that no
    line ending in a colon introduces ("How the case unfolded:" over a timeline is the
    article's; "Related stories on pinewoodsentinel.com:" is a box's label), each line
    read once."""
    found: set[int] = set()
    run: list[int] = []
    for at, line in enumerate([*lines, ""]):  # an empty line ends the last run
        if _dated_teaser(line):
            run.append(at)
            continue
        if len(run) >= 2:
            before = lines[run[0] - 1].rstrip() if run[0] > 0 else ""
            if not before.endswith(":") or bp.labels_link_list(before):
                found.update(run)
        run = []
    return found


def voted_paragraphs(
    text: str,
    html: str | ensemble.Page,
    extractors: Sequence[ensemble.Extractor] = ensemble.EXTRACTORS,
    page_words: int | Callable[[], int] = 0,
    release: Release = False,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """trafilatura's cleaned paragraphs (`text`) that most extractors keep, and the captions.

    With no paragraph from trafilatura, or a few words where every other
    extractor finds an article (ensemble.missed_article), the first other
    extractor that finds text (readability) gives the skeleton, and the rest
    vote on it. When
    trafilatura kept the page whole (`page_words`: the page's visible words;
    ensemble.took_page_whole), every other extractor must keep a paragraph. `release`:
    the page shows it is a press release (ends_article).
    """
    page = html if isinstance(html, ensemble.Page) else ensemble.Page(html)
    views = ensemble.second_opinions(page, extractors)
    links = page.is_link_text
    paragraphs, captions = clean_paragraphs(unwrapped(text.split("\n")), views, release, links)
    if paragraphs and ensemble.missed_article(text, views):
        paragraphs = ()  # a row of the layout table around the article: the others' text
    if paragraphs:
        unanimous = ensemble.took_page_whole(text, page_words, views)
        voted = ensemble.vote(paragraphs, views, unanimous)
        cells = ensemble.layout_cells(paragraphs)
        kept, captions = unflattened(voted, cells, views, captions, unanimous, release, links)
        boxes = page.caption_boxes()
        if boxes:
            kept = tuple(line for line in kept if not _caption_box_line(line, boxes))
        kept = _without_promotions(kept, page)
        fits = partial(_fits_article, set(captions), page)
        # the boxes of facts go last: another extractor keeps their lines, and the
        # rule needs the run whole (boilerplate.without_fact_boxes)
        found = bp.without_fact_boxes(
            _without_promotions(ensemble.restored(kept, views, fits), page)
        )
        uncommented = _without_comments(_gone_on(found, page, fits, release), page)
        return _without_side_columns(_without_teasers(uncommented, page), page), captions
    for i, view in enumerate(views):
        others = views[:i] + views[i + 1 :]
        paragraphs, captions = clean_paragraphs(
            ensemble.paragraphs_of(view.text), others, release, links
        )
        if paragraphs:
            voted = _without_promotions(ensemble.vote(paragraphs, others), page)
            uncommented = _without_comments(voted, page)
            return _without_side_columns(_without_teasers(uncommented, page), page), captions
    return (), ()


def _without_promotions(lines: Sequence[str], page: ensemble.Page) -> tuple[str, ...]:
    """The lines less those of the boxes the page sets to promote its own offers and
    newsletters (ensemble.Page.promotions), whichever extractor gave them."""
    promotions = page.promotions()
    return tuple(line for line in lines if ensemble.line_words(line) not in promotions)


def _gone_on(
    lines: Sequence[str], page: ensemble.Page, fits: Callable[[str], bool], release: Release
) -> Sequence[str]:
    """The lines, with the article's paragraphs from the elements of its body's class set
    after it (Page.later_bodies) put in after the last line of its first body: every
    extractor may stop at the advertisement and the related box between them. The
    body is the one holding the first line that is a sentence. Its later paragraphs
    come in only when none of them is kept already (else they would come in out of
    order) and one is a sentence; each must `fit` an article's text (_fits_article: no
    caption, credit, furniture or stamp), and the article's end (a release's "###" and its "About"
    box, a comment heading) ends them."""
    if not page.layout().bodies:
        return lines  # no class set on a few elements holding paragraphs
    first = next((line for line in lines if ensemble.is_sentence(line)), None)
    if first is None:
        return lines
    own, later = page.later_bodies(first)
    seen = {ensemble.line_words(line) for line in lines}
    if not later or any(ensemble.line_words(p) in seen for p in later):
        return lines
    added = [p for p in later if fits(p)]
    body = {ensemble.line_words(p) for p in own}
    end = max(at for at, line in enumerate(lines) if ensemble.line_words(line) in body)
    words = sum(prose_words(line) for line in lines[: end + 1])
    joined = [*lines[: end + 1], *added]
    for at in range(end + 1, len(joined)):
        if ends_article(joined, at, words, release):
            added = added[: at - end - 1]
            break
        words += prose_words(joined[at])
    if not any(ensemble.is_sentence(p) for p in added):
        return lines
    return (*lines[: end + 1], *added, *lines[end + 1 :])


# Words of a short line over the comments, which heads them, not the article's end.
HEADING_OVER_END_WORDS = 3


def _heads_what_follows(line: str) -> bool:
    """A short line, no sentence, no table row and no one's name: a heading
    ("Talkbacks"), which heads what stands under it (a signature over the comments is
    the article's)."""
    return (
        _word_count(line, bp.words(line)) <= HEADING_OVER_END_WORDS
        and not bp.ends_like_sentence(line)
        and not line.startswith("|")
        and md.name_line(line) is None
        and not md.opens_with_first_name(line)
    )


def _without_comments(lines: Sequence[str], page: ensemble.Page) -> tuple[str, ...]:
    """The lines but those the page shows only inside elements holding readers'
    comments (Page.comment_boxes): an extractor may take a column that holds the
    comments below the article, and a comment is prose like it. An element that holds
    one of the first two sentences kept is the article's (news posted as a forum
    thread's first post; a body whose class names a forum, under a standfirst kept
    outside it), and only the comments it holds apart from them count."""
    sentences = [f" {ensemble.line_words(line)} " for line in lines if ensemble.is_sentence(line)]
    found = page.comment_boxes()
    if not sentences or not found:
        return tuple(lines)
    opening = sentences[:2]  # (a standfirst kept outside the article's element first)
    articles = {
        at for at, box in enumerate(found) if any(sentence in box.words for sentence in opening)
    }
    # the comment boxes outside any other but an article's: each comment's text once
    outer = [
        box.words
        for at, box in enumerate(found)
        if at not in articles and (box.within < 0 or box.within in articles)
    ]
    if not outer:
        return tuple(lines)
    inside = "\n".join(outer)
    counts = [
        (line, words, inside.count(words) if words.strip() else 0)
        for line in lines
        # (a line whose first word the comments lack is read no further)
        for words in [_words_if_within(line, inside)]
    ]
    if not any(count for _, _, count in counts):
        return tuple(lines)  # (the page's whole text is read only when a line is there)
    whole = page.visible_words()
    return tuple(line for line, words, count in counts if not count or count < whole.count(words))


def _words_if_within(line: str, text: str) -> str:
    """The line's words as `line_words` gives them, padded with spaces, if its first
    word stands in `text` (words padded so), else "  "."""
    first = bp.WORD.search(line)
    if first is None or f" {first.group().casefold()} " not in text:
        return "  "
    return f" {ensemble.line_words(line)} "


def _without_teasers(lines: Sequence[str], page: ensemble.Page) -> tuple[str, ...]:
    """The lines but those that are a teaser list's item of the page whole
    (Page.teaser_items), wherever an extractor kept them; last, so that no rule
    puts them back."""
    teasers = page.teaser_items()
    if not teasers:
        return tuple(lines)
    return tuple(line for line in lines if ensemble.line_words(line) not in teasers)


def _without_side_columns(lines: Sequence[str], page: ensemble.Page) -> tuple[str, ...]:
    """The lines but those that only a side column beside the article's holds
    (Page.columns): a layout's right rail of obituaries, weather and classifieds, its
    left column of the day's headlines, or a box of briefs floated beside the text,
    that an extractor takes with the article when they share a table or a wrapper.

    The article's column is, of the columns side by side, the one named as the story's
    ("storyCol", "main-column") or the widest cell that holds kept prose; else the one
    holding COLUMN_SHARE times the kept prose of each other (no column is dropped when
    none holds that much: a short story beside a long rail, an article set in two
    columns). Only side columns ("rightRail", "leftCol", a narrower cell, a floated
    table) lose lines, and only lines the article's column lacks, the words of both
    read with their spaces or without (a drop cap, "<span>T</span>he", reads "T he"
    in the column; a teaser's headline and summary set in two inline elements with no
    space between, "<a>...scam</a><span>Police said...", read "scamPolice" in the
    extractor's line: a line of SQUEEZED_WORDS words or more, as a short one read so
    may stand inside other words). A page of more than MAX_COLUMN_GROUPS groups is a
    grid of data, not a layout: left as it is."""
    groups = page.columns()
    if len(groups) > MAX_COLUMN_GROUPS:
        return tuple(lines)
    kept = list(lines)
    for group in groups:
        padded = [f" {ensemble.line_words(line)} " for line in kept]
        held = [
            {at for at, words in enumerate(padded) if words.strip() and words in column}
            for column in group.words
        ]
        prose = [sum(prose_words(kept[at]) for at in ats) for ats in held]
        article = _article_column(group, prose)
        if article is None:
            continue
        squeezed = [words.replace(" ", "") for words in padded]
        compact = [column.replace(" ", "") for column in group.words]
        ours = held[article] | {
            at for at, words in enumerate(squeezed) if words in compact[article]
        }
        # a long line only ("He lost." squeezed stands in "the lost maps" squeezed)
        long_lines = [
            (at, words)
            for at, words in enumerate(squeezed)
            if len(padded[at].split()) >= SQUEEZED_WORDS
        ]
        for column, ats in enumerate(held):
            if column != article and group.side[column]:
                ats |= {at for at, words in long_lines if words in compact[column]}
        dropped = {
            at
            for column, ats in enumerate(held)
            if column != article and group.side[column]
            for at in ats
        } - ours
        kept = [line for at, line in enumerate(kept) if at not in dropped]
    return tuple(kept)


# How many times the kept prose of each other column the article's column holds, when
# neither its name nor its width tells it; and how many groups of columns a layout has.
COLUMN_SHARE = 2
MAX_COLUMN_GROUPS = 12
SQUEEZED_WORDS = 6  # words of a line matched to a side column without its spaces, at least


def _article_column(group: ensemble.Columns, prose: Sequence[int]) -> int | None:
    """The article's column of a group (_without_side_columns), or None."""
    named = [at for at, words in enumerate(prose) if group.story[at] and words > 0]
    if named:
        return max(named, key=lambda at: prose[at])
    most = max(range(len(prose)), key=lambda at: prose[at])
    others = [words for at, words in enumerate(prose) if at != most]
    if prose[most] and all(prose[most] >= COLUMN_SHARE * words for words in others):
        return most
    return None


def _caption_box_line(line: str, boxes: frozenset[str]) -> bool:
    """A kept line that is a caption or credit box of the page whole (Page.caption_boxes),
    or a caption's box and the credit's after it run together ("Water pours through
    ... by hand. (NAME / The Sentinel)"), and no byline: a site may set "By NAME ·
    Photographs by NAME" in a "credits" box."""
    words = ensemble.line_words(line)
    whole = words in boxes or any(
        words.startswith(f"{box} ") and words[len(box) + 1 :] in boxes for box in boxes
    )
    return whole and not md.find_byline([line])[0]


def _fits_article(captions: set[str], page: ensemble.Page, line: str) -> bool:
    """Whether a line another extractor keeps inside the article may be its text: not a
    caption, a credit, furniture, a media teaser, a comment's heading or a date stamp."""
    return not (
        line in captions
        or f" {ensemble.line_words(line)} " in page.picture_text()
        or bp.is_furniture(line)
        or bp.is_media_teaser(line)
        or bp.has_photo_credit(line)
        or bp.is_slash_credit(line)
        or bp.is_comment_heading(line)
        or md.date_stamp(line) is not None
    )


def unflattened(
    voted: tuple[str, ...],
    cells: frozenset[str],
    views: Sequence[ensemble.Opinion],
    captions: tuple[str, ...],
    unanimous: bool = False,
    release: Release = False,
    links: Callable[[str], bool] | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The vote's paragraphs with each kept table cell cut into its blocks, cleaned and
    voted on again (as the first vote was), when a cell was cut (ensemble.split_at_blocks);
    else as they are.

    Pages laid out with a table (common before about 2012) give trafilatura the
    article's cell as one line; its stamps, "Posted by" line, comment notice
    or comments come to light only once the cell is cut, and then meet the
    same rules and the same vote as any paragraph.
    """
    if not views or not cells:
        return voted, captions
    cut = [(paragraph, _cut_cell(paragraph, cells, views)) for paragraph in voted]
    pieces = [piece for _, blocks in cut for piece in blocks]
    if len(pieces) == len(voted):
        return voted, captions
    # the blocks of a long prose cell the vote kept as the article going on
    # (ensemble._continued), which not every other extractor keeps, need as few votes
    # again
    going_on = frozenset(
        piece
        for paragraph, blocks in cut
        if unanimous
        and len(blocks) > 1
        and prose_words(paragraph) >= ensemble.CONTINUED_WORDS
        and not ensemble.keeps_all(views, paragraph)
        for piece in blocks
    )
    cleaned, more_captions = clean_paragraphs(pieces, views, release, links)
    return ensemble.vote(cleaned, views, unanimous, going_on), captions + more_captions


# Words of prose a table cell holds at least to be the article's, beside other cells
# (a programme's or a results table's cells hold a sentence or two).
ARTICLE_BESIDE_CELLS_WORDS = 60


def _cut_cell(
    paragraph: str, cells: frozenset[str], views: Sequence[ensemble.Opinion]
) -> list[str]:
    """A kept prose cell's blocks: the cell the vote kept alone of its row, a row of
    one cell (a table holding just the article), or the prose cells of a row kept whole
    that holds an article's worth of prose (the article's cell beside a column of other
    stories' teasers), each cut apart; [paragraph] for anything else."""
    row = ensemble.table_cells(paragraph) or [paragraph]
    if len(row) > 1 and not any(
        cell in cells and prose_words(cell) >= ARTICLE_BESIDE_CELLS_WORDS for cell in row
    ):
        return [paragraph]  # a table of the article's own (a programme, its days and events)
    pieces = [
        piece
        for cell in row
        for piece in (ensemble.split_at_blocks(cell, views) if cell in cells else [cell])
    ]
    return pieces if len(pieces) > len(row) else [paragraph]


# Words of a line (no table cell) opening with a link-list label for it to be a box of links
# flattened into one line (bp.opens_link_box): "Recommended for young readers" is a
# subheading.
LINK_BOX_WORDS = 10


# Words of a byline's line at most, its stamps and labels included: a longer line is a
# table row flattened with the byline somewhere in it, and the article with it.
BYLINE_LINE_WORDS = 40


def is_byline(line: str) -> bool:
    """A byline as the text-copy metadata finder reads one ("By Jane Doe | June 5, 2011")."""
    return len(bp.words(line)) <= BYLINE_LINE_WORDS and bool(find_byline([line])[0])


def _article_cell(cells: Sequence[str]) -> bool:
    """A row of one cell holding an article's worth of prose, whatever it ends with; not
    a box of other stories' teasers flattened into it ("Related stories: ...")."""
    return (
        len(cells) == 1
        and not bp.opens_with_link_list_label(cells[0])
        and prose_words(cells[0]) >= ARTICLE_CELL_WORDS
    )


# Words of prose in one table cell that make it an article's text, whatever it ends with:
# a teaser of another story, flattened into its cell with its headline and date, holds
# a sentence or two (some 20 to 60 words).
ARTICLE_CELL_WORDS = 100


def clean_paragraphs(
    lines: list[str],
    views: Sequence[ensemble.Opinion] = (),
    release: Release = False,
    links: Callable[[str], bool] | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Drop furniture lines, photo credits and link lists from trafilatura's text.

    `views` are the other extractors' opinions of the page: a trailing list
    of headlines is cut only after its last item every one of them keeps.
    `links` tells a line that is one of the page's links: under a box's label, a
    link over a short sentence (or a link, a dash and one) is another story and its
    teaser; with no `links` only the labels and links alone are dropped.

    A date stamp with a clock time ("posted on April 21, 2015, at 11:29
    a.m.") goes wherever it stands, one under a label ("Published 18
    November 2019") before the first prose: the publishing system set it
    beside the headline, a post or a comment (text_metadata.date_stamp).

    Before the first prose, a byline ("By Jane Doe | June 5, 2011") goes:
    older pages set it in a <font> trafilatura does not know as a byline. A
    line or a one-cell table row that opens with a link-list label and is no
    sentence ("Related stories: Council to review parking (11/1/2009) ·
    ...") is a box of links set in the article,
    and so is a one-cell row right under a row holding such a label alone
    ("Other Stories"): the box's label and its content laid out as two rows,
    the headlines with their teasers flattened into one cell.

    A comment heading ("Reader Comments (3)", "4 Responses to ...", a
    "NAME wrote on DATE TIME:" line) after the article's prose ends the
    article: pages without comment markup (most before about 2012) give
    trafilatura the readers' comments as more paragraphs, and the other
    extractors keep them too, so the vote cannot drop them. So does the
    "###" that ends a press release, or its "Media contact:" line, when
    the article's own text is above it (ends_article).
    """
    kept: list[str] = []
    captions: list[str] = []
    in_links = after_label_row = after_byline = after_link = in_teasers = dashed = False
    prose_seen = 0
    lines = [line.strip() for line in lines if line.strip()]
    dated_teasers = _dated_teaser_runs(lines)
    for at, line in enumerate(lines):
        tokens = bp.words(line)
        if line.startswith("|") and _labels_only(line):
            continue  # a table row with no word in it, or only a label ("| Flash News: |")
        if prose_seen >= PROSE_BEFORE_COMMENTS and ends_article(lines, at, prose_seen, release):
            if kept and _heads_what_follows(kept[-1]):
                kept.pop()  # "Talkbacks" over the comments: a heading with no article under it
            break
        if not prose_seen and bp.is_comment_heading(line):
            continue  # a comments link by the headline, a forum post's header over the article
        if bp.is_link_list_label(line):
            in_links = True
            after_label_row = len(ensemble.table_cells(line)) == 1
            continue
        cells = ensemble.table_cells(line)
        # a sentence, or a table cell holding an article's worth of prose that ends in
        # something else (a pager, "Page 1 of 3", laid out in the article's cell)
        prose = (bp.ends_like_sentence(line) and _word_count(line, tokens) >= 4) or _article_cell(
            cells
        )
        if not prose and at in dated_teasers:
            continue  # "- Fresh tuna exports up 12 percent (11.08.2011)": another story's link
        single = cells[0] if len(cells) == 1 else line
        if not prose and (
            (len(cells) == 1 and bp.opens_with_link_list_label(single))
            or (not cells and len(tokens) >= LINK_BOX_WORDS and bp.opens_link_box(line))
        ):
            continue  # a box of links flattened into a cell or a line: "Related stories ..."
        if (
            not prose_seen
            and not prose
            and (
                is_byline(single)
                or md.is_nameless_byline(single)
                or (md.is_role_line(single) and after_byline)
            )
        ):
            after_byline = True
            continue  # the author and the role under the name are the page's metadata
        after_byline = False
        stamp = md.date_stamp(single)
        if stamp == "timed" or (stamp == "labelled" and not prose_seen):
            continue  # the publishing system's date stamp of the page, a post or a comment
        if (
            in_links
            and prose
            and after_link
            and _word_count(line, tokens) <= TEASER_WORDS
            and (in_teasers or _headline_and_teaser(lines, at + 1, links))
        ):
            # "Fuel prices up again" over "Traders blame ...": the box's stories are its
            # headlines, each with its teaser
            in_teasers, after_link = True, False
            continue
        if in_links and prose and links is not None and _headline_dash_teaser(line, links):
            # "Fuel prices up again – Traders blame the rain.": a story of the box, its
            # headline and teaser on one line
            after_link = dashed = True
            continue
        if in_teasers and not prose and not _headline_and_teaser(lines, at, links):
            in_links = after_link = in_teasers = False  # the box ended: a subheading follows
        if dashed and not prose and links is not None and not links(line):
            in_links = after_link = dashed = False  # a crosshead under the box's stories
        prose_seen += prose_words(line)
        if in_links and (not prose or (len(cells) == 1 and after_label_row)):
            after_label_row = False
            after_link = not prose and links is not None and links(line)
            continue
        in_links = after_link = in_teasers = dashed = False
        if bp.is_furniture(line) or (not prose and bp.is_media_teaser(line)):
            continue  # "VIDEO: Fire crews battle flames", "PHOTOS: ... (9 photos)"
        if (bp.has_photo_credit(line) and len(tokens) <= 40) or bp.is_slash_credit(line):
            captions.append(line)
            continue
        kept.append(line)
    return tuple(drop_trailing_links(kept, views)), tuple(captions)


# Words of another story's teaser under its headline in a box of links, at most.
TEASER_WORDS = 40


def _headline_and_teaser(
    lines: Sequence[str], at: int, links: Callable[[str], bool] | None
) -> bool:
    """Whether a link (no sentence) and a short sentence under it stand at `at`: the next
    story of a box of links, each with its teaser."""
    if at + 1 >= len(lines) or links is None:
        return False
    headline, teaser = lines[at], lines[at + 1]
    return (
        _box_headline(headline, links)
        and _teaser_sentence(teaser)
        and _word_count(teaser, bp.words(teaser)) >= 4
    )


def _box_headline(line: str, links: Callable[[str], bool]) -> bool:
    """One of the page's links, no sentence: another story's headline in a box."""
    return links(line) and not bp.ends_like_sentence(line)


def _teaser_sentence(line: str) -> bool:
    """A sentence of TEASER_WORDS at most: another story's teaser under its headline."""
    return bp.ends_like_sentence(line) and _word_count(line, bp.words(line)) <= TEASER_WORDS


# Words of a teaser's headline before its dash at most.
DASHED_HEADLINE_WORDS = 14
_TEASER_DASH = re.compile(r"\s[–—]\s")


def _headline_dash_teaser(line: str, links: Callable[[str], bool]) -> bool:
    """A link, a dash and a short sentence, each opening with a capital: "Fuel prices
    up again – Traders blame the rain.", another story's entry in a box of links (also
    as an item of its list, where the dash may be missing: the link's words, then the
    sentence, "Fuel prices up again Traders blame the rain.")."""
    item = bp.BULLET.sub("", line)
    head, dash, teaser = _split_at_dash(item)
    if not dash:
        if item == line:
            return False
        head, teaser = _link_then_rest(item, links)
    return (
        _box_headline(head, links)
        and head[:1].isupper()
        and teaser[:1].isupper()
        and 2 <= _word_count(head, bp.words(head)) <= DASHED_HEADLINE_WORDS
        and _teaser_sentence(teaser)
    )


def _link_then_rest(item: str, links: Callable[[str], bool]) -> tuple[str, str]:
    """(the longest of the page's links the list item opens with, the rest), at most
    DASHED_HEADLINE_WORDS words of it; (item, "") when it opens with none."""
    words = item.split()
    for count in range(min(DASHED_HEADLINE_WORDS, len(words) - 1), 1, -1):
        head = " ".join(words[:count])
        if links(head):
            return head, " ".join(words[count:])
    return item, ""


def _split_at_dash(line: str) -> tuple[str, str, str]:
    """(before, the dash, after) at the line's first spaced dash, or (line, "", "")."""
    found = _TEASER_DASH.search(line)
    if found is None:
        return line, "", ""
    return line[: found.start()].strip(), found.group().strip(), line[found.end() :].strip()


def _word_count(line: str, tokens: Sequence[str]) -> int:
    """The line's words, given its `tokens`: Chinese and Japanese, written without
    spaces, counted as prose.word_count counts them."""
    return len(tokens) if line.isascii() else word_count(line)


def drop_trailing_links(lines: list[str], views: Sequence[ensemble.Opinion] = ()) -> list[str]:
    """A run of bulleted headlines at the end is a list of other stories.

    Unless every other extractor keeps an item of it: then the run down to
    that item is the article's own list (the teams qualified, the products
    reviewed), and only what follows it is cut. An article's list and a
    list of other stories often stand one after the other with nothing
    between them, so the run's shape alone cannot tell where one ends.
    """
    end = len(lines)
    while end > 0 and bp.BULLET.match(lines[end - 1]) and not bp.ends_like_sentence(lines[end - 1]):
        end -= 1
    if views:
        agreed = [i for i in range(end, len(lines)) if ensemble.keeps_all(views, lines[i])]
        end = agreed[-1] + 1 if agreed else end
    if len(lines) - end >= 2:
        return lines[:end]
    return lines


def fallback_text(html: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The page's visible text through the text-copy cleaner."""
    import trafilatura

    try:
        text = trafilatura.html2txt(html) or ""
    except Exception:
        return (), ()
    cleaned = clean_text(text)
    return cleaned.paragraphs, cleaned.captions
