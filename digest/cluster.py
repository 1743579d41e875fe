"""Stage 3, cluster: group the variants of one story.

PLACEHOLDER (foundation commit): quadratic word-shingle Jaccard, replaced by
the clustering work (issue 4).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterItem:
    """What clustering looks at: the CLI contract's fields."""

    id: str
    title: str
    text: str
    date: str | None = None


def cluster_items(
    items: Sequence[ClusterItem], previous: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Map each item id to a story id (the id of the story's first member)."""
    shingles = {it.id: _shingles(it.title + " " + it.text) for it in items}
    parent = {it.id: it.id for it in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ordered = sorted(parent)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            sa, sb = shingles[a], shingles[b]
            if sa and sb and len(sa & sb) / len(sa | sb) > 0.2:
                parent[find(b)] = find(a)
    return {x: find(x) for x in ordered}


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(max(0, len(words) - 2))}
