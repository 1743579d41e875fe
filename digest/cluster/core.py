"""Stage 3, cluster: group the variants of one story.

Three steps, each linear or near-linear in the number of articles:

1. **Represent** every article once (`similarity.features`): TF-IDF vectors of
   the whole text and of the headline, the set of names (capitalised words
   that do not open a sentence) and numbers it mentions, and its date.
2. **Candidates** (`similarity.candidate_pairs`): an inverted index over each
   article's most distinctive *rare* terms. Two reports of one event share
   names, places and numbers that few other articles use, so looking only at
   rare terms finds them without comparing every pair.
3. **Decide and group**: a pair score from body, headline and name overlap,
   discounted by the gap between dates (`similarity.pair_evidence`); then
   average-link agglomeration over the sparse candidate graph. Average link
   (a merge needs the *mean* evidence over all cross pairs, a pair never
   proposed counting as strong evidence against) is what keeps one generic
   article from chaining two stories together. Near-duplicates (syndicated copies) are linked first
   regardless, so they always share a story.

Story ids are the smallest member id (or, in incremental runs, the id an
earlier run gave), so they do not depend on input order.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from digest.cluster.similarity import TermCounts


@dataclass(frozen=True)
class ClusterItem:
    """What clustering looks at: the CLI contract's fields."""

    id: str
    title: str
    text: str
    date: str | None = None


def cluster_items(
    items: Sequence[ClusterItem],
    previous: Mapping[str, str] | None = None,
    counts: Mapping[str, TermCounts] | None = None,
    copy_checks: dict[str, bool] | None = None,
) -> dict[str, str]:
    """Map each item id to a story id.

    `previous` (article id -> story id from an earlier run) makes the run
    incremental: those articles start in their earlier stories, two earlier
    stories are never merged unless a new article joined one of them (new
    evidence), and an earlier story keeps its id. `counts` (item id ->
    `similarity.term_counts` of its title and text) spares tokenising again
    the articles an earlier run saw. `copy_checks` (a key of two texts -> is
    one a near copy of the other) spares comparing again two texts an earlier
    run compared; on return it holds this run's comparisons. The result is the
    same without either.
    """
    # numpy and scipy take a good part of a second to import: only when clustering runs.
    from digest.cluster.similarity import (
        candidate_pairs,
        features,
        near_copies,
        pair_evidence,
        site_tails,
        without_glue_each,
        without_media,
        without_site_tail,
    )

    unique = {it.id: it for it in items}
    ids = sorted(unique)
    if not ids:
        return {}
    ordered = [unique[i] for i in ids]
    previous = {k: v for k, v in (previous or {}).items() if k in unique}

    counts = counts or {}
    # Paragraphs repeated across otherwise unrelated articles are no evidence, nor
    # are galleries' and players' controls.
    texts = without_glue_each([without_media(it.text) for it in ordered])
    # So are the site names some headlines end in.
    tails = site_tails(it.title for it in ordered)
    titles = [without_site_tail(it.title, tails) for it in ordered]
    reuse = [
        counts.get(i) if t == it.text and h == it.title else None
        for i, h, t, it in zip(ids, titles, texts, ordered, strict=True)
    ]
    feats = features(
        [(h, t, it.date) for h, t, it in zip(titles, texts, ordered, strict=True)], reuse
    )
    left, right = candidate_pairs(feats)
    pairs = pair_evidence(feats, left, right)
    copies = near_copies(texts, left, right, pairs.body, copy_checks)
    return group_pairs(ids, left, right, pairs.evidence, copies, previous)


def group_pairs(
    ids: list[str],
    left: np.ndarray,
    right: np.ndarray,
    evidence: np.ndarray,
    copies: Sequence[tuple[int, int]],
    previous: Mapping[str, str],
) -> dict[str, str]:
    """The final grouping, from the scored candidate pairs of the sorted `ids`
    (however they were worked out: here, or on a cluster's workers)."""
    from digest.cluster.similarity import EVIDENCE_CAP, MERGE_EVIDENCE

    # Shift evidence to be >= 0 so an absent edge (0) means "-EVIDENCE_CAP".
    weights = evidence + EVIDENCE_CAP
    edges = [
        (int(x), int(y), float(w)) for x, y, w in zip(left, right, weights, strict=True) if w > 0
    ]
    frozen = {i for i, article_id in enumerate(ids) if article_id in previous}
    groups = average_link(
        len(ids),
        edges,
        threshold=MERGE_EVIDENCE + EVIDENCE_CAP,
        copies=copies,
        start=_initial_groups(ids, previous),
        frozen=frozen,
    )
    return _story_ids(ids, groups, previous)


def _initial_groups(ids: list[str], previous: Mapping[str, str]) -> list[list[int]]:
    """Earlier stories as starting groups; every new article starts alone."""
    by_story: dict[str, list[int]] = defaultdict(list)
    groups: list[list[int]] = []
    for index, article_id in enumerate(ids):
        if article_id in previous:
            by_story[previous[article_id]].append(index)
        else:
            groups.append([index])
    groups.extend(by_story[s] for s in sorted(by_story))
    return groups


def average_link(
    n: int,
    edges: Sequence[tuple[int, int, float]],
    threshold: float,
    copies: Sequence[tuple[int, int]] = (),
    start: Sequence[Sequence[int]] | None = None,
    frozen: set[int] | None = None,
) -> list[list[int]]:
    """Average-link agglomeration over a sparse graph of non-negative edge weights.

    The similarity of two groups is the sum of their cross edges divided by
    the product of their sizes (absent edges weigh 0). The best pair at or
    above `threshold` merges first; ties break on the smallest member index,
    so the result does not depend on edge order. `copies` (near-duplicate
    pairs) are joined before anything else. A merge of two groups made only
    of `frozen` members is refused: an earlier run decided that, and nothing
    new supports revising it.
    """
    frozen = frozen or set()
    groups = [list(g) for g in (start or [[i] for i in range(n)])]
    owner = [0] * n
    for g, members in enumerate(groups):
        for m in members:
            owner[m] = g
    old = {g for g, members in enumerate(groups) if _all_frozen(members, frozen)}

    def join(x: int, y: int) -> int:
        keep, drop = (x, y) if groups[x][0] < groups[y][0] else (y, x)
        for m in groups[drop]:
            owner[m] = keep
        groups[keep] = sorted(groups[keep] + groups[drop])
        groups[drop] = []
        old.discard(keep)
        return keep

    for a, b in sorted(copies):
        ga, gb = owner[a], owner[b]
        if ga != gb and not (ga in old and gb in old):
            join(ga, gb)

    link: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for a, b, w in edges:
        ga, gb = owner[a], owner[b]
        if ga != gb:
            link[ga][gb] += w
            link[gb][ga] += w

    heap: list[tuple[float, int, int, int, int]] = []

    def push(g: int, h: int) -> None:
        if g in old and h in old:
            return
        mean = link[g][h] / (len(groups[g]) * len(groups[h]))
        if mean >= threshold:
            x, y = (g, h) if groups[g][0] < groups[h][0] else (h, g)
            heapq.heappush(heap, (-mean, groups[x][0], groups[y][0], x, y))

    for g in sorted(link):
        for h in sorted(link[g]):
            if g < h:
                push(g, h)

    while heap:
        neg_mean, _, _, x, y = heapq.heappop(heap)
        if not groups[x] or not groups[y] or y not in link[x]:
            continue
        if link[x][y] / (len(groups[x]) * len(groups[y])) != -neg_mean:
            continue  # stale: the pair changed since, and was pushed again
        keep = join(x, y)
        drop = y if keep == x else x
        for h, w in link.pop(drop).items():
            del link[h][drop]
            if h != keep:
                link[keep][h] += w
                link[h][keep] += w
        for h in sorted(link[keep]):
            push(keep, h)
    return [g for g in groups if g]


def _all_frozen(members: Sequence[int], frozen: set[int]) -> bool:
    return bool(frozen) and all(m in frozen for m in members)


def _story_ids(
    ids: list[str], groups: list[list[int]], previous: Mapping[str, str]
) -> dict[str, str]:
    """Name each group: the id of its largest earlier story, else its smallest member id.

    The largest earlier story wins a merge (ties: the smaller story id), so
    the most links keep working without a redirect.
    """
    result: dict[str, str] = {}
    for members in groups:
        earlier: dict[str, int] = defaultdict(int)
        for m in members:
            if ids[m] in previous:
                earlier[previous[ids[m]]] += 1
        story = min(earlier, key=lambda s: (-earlier[s], s)) if earlier else ids[members[0]]
        for m in members:
            result[ids[m]] = story
    return result
