"""Related stories: the earlier and follow-up stories on the same subject.

Two stories are related when they share people quoted or tags and are close
in time. Each shared key counts by how rare it is (inverse document
frequency: sharing a person quoted in three stories says more than sharing a
tag half the digest carries; a person counts double a tag), and the sum is
scaled down with the days between the stories' latest updates:

    relatedness = sum(weight * log(1 + N / df)) / (1 + days / WINDOW_DAYS)

Candidates come from an index of key -> stories sorted by date, walked
outwards from the story's own date, at most NEAREST per key: the work is
linear in the number of stories, not quadratic.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from digest.models import DigestStory
from digest.render.people import story_people

WINDOW_DAYS = 30.0
NEAREST = 40
PERSON_WEIGHT = 2.0
TAG_WEIGHT = 1.0


def _day(story: DigestStory) -> int | None:
    value = (story.last_published or story.first_published or "")[:10]
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return None


def related_stories(
    stories: Sequence[DigestStory], limit: int = 5
) -> dict[str, tuple[DigestStory, ...]]:
    """{story id: up to `limit` related stories, most related first}."""
    keys: list[dict[str, float]] = []
    for story in stories:
        own = {f"t:{t}": TAG_WEIGHT for t in story.tags}
        own.update({f"p:{p}": PERSON_WEIGHT for p in story_people(story)})
        keys.append(own)
    days = [_day(s) for s in stories]
    position = [-1 if d is None else d for d in days]  # undated sort first
    index: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for i, own in enumerate(keys):
        for key in own:
            index[key].append((position[i], stories[i].id, i))
    for entries in index.values():
        entries.sort()
    total = len(stories)
    result: dict[str, tuple[DigestStory, ...]] = {}
    for i, story in enumerate(stories):
        scores: dict[int, float] = defaultdict(float)
        for key, weight in keys[i].items():
            entries = index[key]
            if len(entries) < 2:
                continue
            idf = weight * math.log(1 + total / len(entries))
            for j in _nearest(entries, (position[i], story.id, i)):
                scores[j] += idf
        ranked = []
        for j, value in scores.items():
            mine, theirs = days[i], days[j]
            if mine is None or theirs is None:
                gap = 0.0 if mine is None and theirs is None else 10 * WINDOW_DAYS
            else:
                gap = float(abs(mine - theirs))
            ranked.append((-(value / (1 + gap / WINDOW_DAYS)), stories[j].id, j))
        ranked.sort()
        result[story.id] = tuple(stories[j] for _, _, j in ranked[:limit])
    return result


def _nearest(entries: list[tuple[int, str, int]], own: tuple[int, str, int]) -> list[int]:
    """Up to NEAREST other stories of one key, the closest in time to `own`."""
    at = bisect_left(entries, own)
    left, right = at - 1, at + 1 if at < len(entries) and entries[at] == own else at
    found: list[int] = []
    while len(found) < NEAREST and (left >= 0 or right < len(entries)):
        take_left = right >= len(entries) or (
            left >= 0 and own[0] - entries[left][0] <= entries[right][0] - own[0]
        )
        if take_left:
            found.append(entries[left][2])
            left -= 1
        else:
            found.append(entries[right][2])
            right += 1
    return found
