"""Typed records passed between the pipeline stages.

Every stage takes and returns these frozen dataclasses (never loose dicts), so a
stage can be run, tested and benchmarked on its own, and so a record cannot be
changed behind the back of a later stage.

    SourceDoc -> Article -> (cluster: groups of Articles) -> Comparison / StoryQuote / tags
              -> DigestStory (all a story page needs) -> render
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SourceKind = Literal["html", "text", "markdown"]
LEARNS_FROM: frozenset[str] = frozenset({"text", "html"})  # kinds a collection teaches
QuoteType = Literal["direct", "mixed", "indirect"]
# Who a speaker is: a resolved human name, an organisation or office ("the
# White House"), or a description ("a campaign spokesman").
SpeakerKind = Literal["person", "organisation", "description"]


@dataclass(frozen=True)
class SourceDoc:
    """One readable input file, decoded, before any cleaning.

    `path` is the path relative to the content folder (POSIX separators), which
    is what warnings, the export and the source pages show. `meta` holds the
    sidecar `NAME.meta.yml` fields (url, publisher, date, title, author, tags)
    or the front matter of a Markdown file, already validated.
    """

    path: str
    kind: SourceKind
    text: str
    sha256: str
    encoding: str = "utf-8"
    meta: tuple[tuple[str, object], ...] = ()

    def meta_dict(self) -> dict[str, object]:
        return dict(self.meta)


@dataclass(frozen=True)
class Article:
    """The cleaned article: main text and metadata of one source file.

    `id` is stable across builds and machines: derived from the source bytes'
    hash, so renaming a file does not change it and two identical files
    collapse to one article.
    """

    id: str
    source: str
    title: str
    paragraphs: tuple[str, ...]
    standfirst: str = ""
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    updated: str | None = None
    url: str | None = None
    lang: str | None = None
    tags: tuple[str, ...] = ()  # the page's own tags, as found
    captions: tuple[str, ...] = ()
    sha256: str = ""
    # Copies the collection's furniture groups as one outlet share this id (a text
    # copy naming no publisher is still told apart from other outlets' copies).
    outlet_group: str | None = None

    @property
    def text(self) -> str:
        """Main body, paragraphs separated by a blank line (the CLI contract)."""
        return "\n\n".join(self.paragraphs)

    @property
    def author(self) -> str | None:
        return ", ".join(self.authors) if self.authors else None


def publication_order(article: Article) -> tuple[str, str]:
    """Sort key of a story's variants: by publication date (undated last), then id."""
    return (article.published or "9999", article.id)


UNKNOWN_OUTLET = "Unknown outlet"  # what pages say of an article whose outlet is not known


@dataclass(frozen=True)
class Quote:
    """One attributed statement found in one article's text.

    `start`/`end` are character offsets into the text the quote was found in
    (for an article: `Article.text`); `speaker` is the resolved full name, or
    None when the text names nobody.
    """

    text: str
    speaker: str | None
    type: QuoteType
    start: int = 0
    end: int = 0
    cue: str | None = None
    # Estimated probability that both the quote and its speaker are right
    # (calibrated on a labelled corpus, see digest.quotes.confidence).
    score: float = 0.0
    speaker_kind: SpeakerKind | None = None


@dataclass(frozen=True)
class ArticleQuotes:
    """What the quote finder reads in one article: its quotes, and the full names of
    the people its text names (`digest.quotes.speakers.named_people`), which a story
    resolves its variants' short speaker names against."""

    quotes: tuple[Quote, ...]
    people: tuple[str, ...]


@dataclass(frozen=True)
class StoryQuote:
    """A quote merged across the variants of a story."""

    text: str
    speaker: str | None
    type: QuoteType
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    score: float = 0.0  # rank on the story page (outlets, a named speaker, length)
    confidence: float = 0.0  # the best variant's Quote.score
    speaker_kind: SpeakerKind | None = None
    cue: str | None = None  # the clearest rendering's cue ("said", "called", ...)


@dataclass(frozen=True)
class VariantDiff:
    """What one variant adds to, or drops from, the story's shared text."""

    article_id: str
    only_here: tuple[str, ...] = ()  # sentences this variant alone carries
    missing: tuple[str, ...] = ()  # shared-by-others sentences it lacks


@dataclass(frozen=True)
class Comparison:
    """Sentence-level alignment of a story's variants."""

    canonical_id: str  # the fullest (ties: earliest) variant
    earliest_id: str
    shared: tuple[str, ...]  # sentences (in canonical order) every variant carries
    variants: tuple[VariantDiff, ...] = ()
    headlines: tuple[tuple[str, str], ...] = ()  # (article_id, headline), distinct ones


@dataclass(frozen=True)
class DigestStory:
    """Everything a story page needs, computed by the pipeline, pure data."""

    id: str  # stable, derived from the articles (see permalinks.article_slug)
    slug: str
    title: str
    articles: tuple[Article, ...]  # sorted by publication date, then id
    comparison: Comparison
    quotes: tuple[StoryQuote, ...]  # all, ranked
    key_quotes: tuple[StoryQuote, ...]
    tags: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    lead: str = ""
    search_full_text: bool = True  # False: the page is left out of the search index
    headline_found: bool = True  # False: no variant had a headline; `title` is its lead's start
