"""Which stories the front page puts first: a score of coverage and recency.

The score is the one docs/site.md documents:

    score = log2(1 + outlets) * 0.5 ** (age_days / HALF_LIFE_DAYS)

`outlets` is the number of distinct outlets carrying a variant, told apart by
digest.stories.outlets even when they name no publisher (coverage: a
story ten outlets picked up matters more than one only its origin ran, but the
tenth outlet adds less than the second, hence the logarithm). `age_days` is
how long before the digest's newest source the story was last updated: never
the wall clock, so a build of the same input ranks the same way on any day.
Every HALF_LIFE_DAYS the score halves (recency: aggregators rank the same way,
news that is days old gives way to today's). Undated stories score 0.
Ties break on the newer update, then on the story id: the order is total.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from digest.models import UNKNOWN_OUTLET, Article, DigestStory
from digest.render.feeds import rfc3339, story_updated
from digest.stories.outlets import distinct_outlets

HALF_LIFE_DAYS = 3.0


def outlet_name(article: Article) -> str:
    """The outlet a variant stands for, or an honest "Unknown outlet" (never the file
    name as if it were one: the story page shows the file name beside it, in small print)."""
    return article.publisher or UNKNOWN_OUTLET


def outlets(story: DigestStory) -> tuple[str, ...]:
    """The distinct outlet names carrying the story, in the order of its variants
    (all unnamed outlets under one "Unknown outlet": the sources pages list names)."""
    return tuple(dict.fromkeys(outlet_name(a) for a in story.articles))


def coverage(story: DigestStory) -> int:
    """How many outlets carry the story: unnamed ones counted apart (digest.stories.outlets)."""
    return distinct_outlets(story.articles)


def _moment(value: str | None) -> datetime | None:
    text = rfc3339(value)
    if text is None:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def age_days(story: DigestStory, reference: str | None) -> float | None:
    """Days from the story's latest update to `reference` (None if either is unknown)."""
    updated = _moment(story_updated(story))
    now = _moment(reference)
    if updated is None or now is None:
        return None
    return max(0.0, (now - updated).total_seconds() / 86400)


def score(story: DigestStory, reference: str | None) -> float:
    """The front page's score: coverage, halved every HALF_LIFE_DAYS of age."""
    age = age_days(story, reference)
    if age is None:
        return 0.0
    return math.log2(1 + coverage(story)) * 0.5 ** (age / HALF_LIFE_DAYS)


def reference_date(stories: Sequence[DigestStory]) -> str | None:
    """The newest update of any story: "now" for the ranking, taken from the sources."""
    dates = [d for d in (story_updated(s) for s in stories) if d]
    return max(dates, key=lambda d: _moment(d) or datetime.min.replace(tzinfo=UTC), default=None)


def _updated_key(story: DigestStory) -> float:
    moment = _moment(story_updated(story))
    return moment.timestamp() if moment else float("-inf")


def top_stories(
    stories: Sequence[DigestStory], reference: str | None, limit: int
) -> list[DigestStory]:
    """The highest-scoring stories, best first."""
    ranked = sorted(
        stories,
        key=lambda s: (-score(s, reference), -_updated_key(s), s.id),
    )
    return ranked[:limit]


def most_covered(stories: Sequence[DigestStory], limit: int) -> list[DigestStory]:
    """Stories carried by the most outlets (newer first among equals)."""
    return sorted(stories, key=lambda s: (-coverage(s), -_updated_key(s), s.id))[:limit]


def latest(stories: Sequence[DigestStory], limit: int | None = None) -> list[DigestStory]:
    """Stories by their latest update, newest first (undated last)."""
    ordered = sorted(stories, key=lambda s: (-_updated_key(s), s.id))
    return ordered if limit is None else ordered[:limit]


def paged(items: Sequence[DigestStory], size: int) -> list[list[DigestStory]]:
    """The items cut into pages of `size` (at least one page, maybe empty)."""
    size = max(1, size)
    return [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]
