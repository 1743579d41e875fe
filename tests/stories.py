"""Hand-made stories for tests of the pages and of who gets a people page."""

from __future__ import annotations

from collections.abc import Sequence

from digest.models import Article, Comparison, DigestStory, StoryQuote


def story_of(
    sid: str,
    articles: Sequence[Article],
    quotes: Sequence[StoryQuote] = (),
    key_quotes: Sequence[StoryQuote] = (),
    tags: tuple[str, ...] = (),
    date: str = "2024-01-01",
) -> DigestStory:
    """A story of `articles` with slug `story-SID`, dated `date`, led by its first article."""
    first = articles[0].id
    return DigestStory(
        id=sid,
        slug=f"story-{sid}",
        title=f"Story {sid}",
        articles=tuple(articles),
        comparison=Comparison(canonical_id=first, earliest_id=first, shared=()),
        quotes=tuple(quotes),
        key_quotes=tuple(key_quotes),
        tags=tags,
        first_published=date,
        last_published=date,
    )
