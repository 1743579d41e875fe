"""One story from its variants: headline, lead, dates, quotes merged and ranked, tags.

Pure functions of the articles (and their quotes): the stage module runs them
cached and in parallel. The quote finder is imported on first use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from digest.config import Config
from digest.models import (
    UNKNOWN_OUTLET,
    Article,
    ArticleQuotes,
    DigestStory,
    Quote,
    StoryQuote,
    publication_order,
)
from digest.render.permalinks import article_slug
from digest.stories.agreement import agreed_headline, agreed_lead
from digest.stories.checks import UNTITLED
from digest.stories.compare import compare_variants
from digest.stories.outlets import outlet_key
from digest.stories.tags import tag_story
from digest.textutil import split_sentences


def extract_quotes(text: str) -> list[Quote]:
    from digest import quotes

    return quotes.extract_quotes(text)


def read_quotes(text: str) -> ArticleQuotes:
    from digest import quotes

    return quotes.read_quotes(text)


def merge_story_quotes(
    variants: Sequence[tuple[Article, Sequence[Quote]]],
    people: Mapping[str, Sequence[str]] | None = None,
) -> list[StoryQuote]:
    from digest import quotes

    return quotes.merge_story_quotes(variants, people)


def key_quotes(story_quotes: Sequence[StoryQuote], limit: int) -> list[StoryQuote]:
    from digest import quotes

    return quotes.key_quotes(story_quotes, limit)


def assemble_story(
    articles: Sequence[Article],
    config: Config,
    quotes: Mapping[str, ArticleQuotes] | None = None,
) -> DigestStory:
    """Everything one story page shows: comparison, quotes, tags, dates, lead.

    The headline is the one the variants agree on, the lead and the full text
    come from the copy the others corroborate most (digest.stories.agreement).
    `quotes` holds each article's `read_quotes` (by article id), where known."""
    ordered = sorted(articles, key=publication_order)
    comparison = compare_variants(ordered)
    read = {a.id: quotes[a.id] if quotes else read_quotes(a.text) for a in ordered}
    found = [(a, read[a.id].quotes) for a in ordered]
    people = {article_id: reading.people for article_id, reading in read.items()}
    story_quotes = _named_outlets(merge_story_quotes(found, people), ordered)
    by_id = {a.id: a for a in ordered}
    canonical = by_id[comparison.canonical_id]
    founder = ordered[0]
    dates = sorted(a.published for a in ordered if a.published)
    lead = agreed_lead(canonical, comparison, ordered)
    headline = agreed_headline(ordered, canonical.id)
    if headline:  # the page shows the headline, not the site name its page title carried
        # Imported here: the extractor's patterns and word lists cost a no-change
        # build (which only imports this module) about 0.1 s to load.
        from digest.extract.text_metadata import without_site_name

        headline = without_site_name(headline, [a.publisher for a in ordered if a.publisher])
    return DigestStory(
        id=founder.id,
        slug=article_slug(founder),
        title=headline or stand_in_headline(lead) or UNTITLED,
        headline_found=bool(headline),
        articles=tuple(ordered),
        comparison=comparison,
        quotes=tuple(story_quotes),
        key_quotes=tuple(key_quotes(story_quotes, config.key_quotes)),
        tags=tag_story(ordered, config.taxonomy, config.min_tag_mentions),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        lead=lead,
    )


STAND_IN_WORDS = 12


def stand_in_headline(lead: str) -> str:
    """For a story none of whose copies has a headline: the start of its first
    sentence, cut at a word (news sites' own fallback), rather than a page of
    "Untitled story" entries. The build still warns that it has no headline."""
    sentences = split_sentences(lead)
    if not sentences:
        return ""
    words = sentences[0].split()
    if len(words) <= STAND_IN_WORDS:
        return sentences[0].rstrip(".")
    return " ".join(words[:STAND_IN_WORDS]).rstrip(",;:") + "…"


def _named_outlets(
    story_quotes: Sequence[StoryQuote], articles: Sequence[Article]
) -> list[StoryQuote]:
    """A quote carried by a variant whose outlet is unknown says so, not its file name.

    Unnamed copies of different outlets (digest.stories.outlets) stay apart, so a
    quote carried by three unnamed outlets counts three: "Unknown outlet",
    "Unknown outlet (2)", "Unknown outlet (3)", numbered in the variants' order."""
    unnamed = [a for a in articles if not a.publisher]
    if not unnamed:
        return list(story_quotes)
    numbers: dict[str, int] = {}
    for a in unnamed:
        numbers.setdefault(outlet_key(a), len(numbers) + 1)
    label = {
        a.source: UNKNOWN_OUTLET
        if numbers[outlet_key(a)] == 1
        else f"{UNKNOWN_OUTLET} ({numbers[outlet_key(a)]})"
        for a in unnamed
    }
    return [
        replace(q, outlets=tuple(sorted({label.get(o, o) for o in q.outlets})))
        for q in story_quotes
    ]


def searchable_newest(stories: Sequence[DigestStory], full_text: int) -> list[DigestStory]:
    """Keep the newest `full_text` stories in the full-text search index, older ones out.

    Material's search index holds every indexed page's whole text; for
    thousands of stories it grows past what a browser loads. Older stories stay
    findable by title through the archive and tag pages, which are indexed.
    """
    newest = sorted(stories, key=lambda s: (s.last_published or "", s.id), reverse=True)
    indexed = {s.id for s in newest[:full_text]}
    return [s if s.id in indexed else replace(s, search_full_text=False) for s in stories]
