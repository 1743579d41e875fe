"""Last checks on an extracted Article, before anything downstream sees it.

Whatever the extractor (trafilatura, the text cleaner, front matter) found, an
Article leaving the extract stage carries only dates a site can hold (see
digest.dates) and no text that displays differently from what it says
(bidirectional controls, zero-width characters: see digest.safe.visible).
Cleaning the record here, once, covers every place its text is shown: pages,
link previews, feeds, the search index and the export.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

from digest.dates import range_problem
from digest.errors import warn_file
from digest.models import Article
from digest.safe import visible


def dated_in_range(article: Article, shown: str) -> Article:
    """The article without a published/updated date outside 1970..2106 (warned)."""
    changes: dict[str, None] = {}
    for name in ("published", "updated"):
        value = getattr(article, name)
        problem = range_problem(value) if value else None
        if problem:
            warn_file(shown, f"{problem}, date ignored")
            changes[name] = None
    return replace(article, **changes) if changes else article  # type: ignore[arg-type]


def visible_article(article: Article) -> Article:
    """Every text field of the article with invisible and control characters removed."""
    changes: dict[str, object] = {}
    for f in fields(article):
        if f.name in ("id", "sha256"):
            continue
        value = getattr(article, f.name)
        if isinstance(value, str):
            cleaned: object = visible(value)
        elif isinstance(value, tuple):
            cleaned = tuple(visible(v) if isinstance(v, str) else v for v in value)
        else:
            continue
        if cleaned != value:
            changes[f.name] = cleaned
    return replace(article, **changes) if changes else article  # type: ignore[arg-type]


MAX_PARAGRAPH_CHARS = 4_000
"""A longer paragraph is split at sentence ends (or, failing those, at spaces).
Long-form news paragraphs run to a thousand characters; the quote finder, the
variant comparison and Python-Markdown all slow down sharply on one block of
megabytes (a 4 MB text on one line took six minutes to build)."""

MAX_ARTICLE_CHARS = 300_000
"""Text beyond this is dropped with a warning: some 50,000 words, several times
the longest long-form article, and a page a browser and the search index carry."""

MAX_HTML_TAGS = 25_000
"""A page with more tags than this is read as plain text (its visible text through
the text-copy cleaner) rather than by trafilatura, whose time grows with the square
of the inline elements in a block: 20,000 took 5 s, 50,000 close to a minute, a
million would take hours. News pages have a few thousand."""

MAX_FIELD_CHARS = {"title": 500, "standfirst": 2_000}
MAX_ITEM_CHARS = 500  # one author, tag or caption

_SENTENCE_END = re.compile(r"(?<=[.!?;:。！？])\s+")


def split_paragraph(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """`text` as pieces of at most `limit` characters, cut at sentence ends where
    possible, else at the last space before the limit, else anywhere."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = -1
        for match in _SENTENCE_END.finditer(text, start + limit // 4, window_end + 1):
            cut = match.start()
        if cut <= start:
            cut = text.rfind(" ", start + limit // 4, window_end)
        if cut <= start:
            cut = window_end
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def within_size(article: Article, shown: str) -> Article:
    """The article with long paragraphs split, and its text capped (warned)."""
    paragraphs: list[str] = []
    total = 0
    for paragraph in article.paragraphs:
        for piece in split_paragraph(paragraph):
            if total + len(piece) > MAX_ARTICLE_CHARS:
                full = sum(len(p) for p in article.paragraphs)
                warn_file(
                    shown,
                    f"text is {full:,} characters, only the first {total:,} kept "
                    f"(limit {MAX_ARTICLE_CHARS:,})",
                )
                return _capped_fields(replace(article, paragraphs=tuple(paragraphs)))
            paragraphs.append(piece)
            total += len(piece)
    if len(paragraphs) != len(article.paragraphs):
        article = replace(article, paragraphs=tuple(paragraphs))
    return _capped_fields(article)


def _capped_fields(article: Article) -> Article:
    changes: dict[str, object] = {}
    for name, limit in MAX_FIELD_CHARS.items():
        value = getattr(article, name)
        if len(value) > limit:
            changes[name] = _cut(value, limit)
    for name in ("authors", "tags", "captions"):
        values = getattr(article, name)
        if any(len(v) > MAX_ITEM_CHARS for v in values):
            changes[name] = tuple(_cut(v, MAX_ITEM_CHARS) for v in values)
    return replace(article, **changes) if changes else article  # type: ignore[arg-type]


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, ending at a word boundary with an ellipsis."""
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip() + "…"
