"""Clustering with the heavy steps on an executor's workers; the same stories as `cluster_items`.

`digest.cluster.cluster_items` holds every text and works out everything in
one process. Here the articles arrive as a stream and go to the workers in
batches; the client keeps per article only its id and date (and the headlines
that have a separator, for step 0), and gets back compact numbers:

0. **Glue** (`similarity.glue_paragraphs`): the workers count digests of the
   articles' paragraphs (summed by part of the digests, on the workers) and
   send back only the articles holding a paragraph repeated often enough to be
   glue, with their shared paragraphs' digests; the client decides which are
   an outlet's glue and sends those digests to every worker, which leave them
   out below, with the site names headlines end in (`similarity.site_tails`).
1. **Per batch, on a worker**: the term counts of each article (tokenising,
   most of clustering's time), which stay on that worker, and the batch's
   document frequencies, which come back and are summed.
2. **On the client**: the vocabularies (sorted terms -> columns) and IDF
   weights of the whole collection, sent to every worker once.
3. **Per batch, on a worker**: the TF-IDF rows of body, headline and names,
   and the inverted-index rows (each article's TOP_TERMS rare terms). These
   come back (a few kB per article) and are stacked in sorted-id order.
4. **Candidates, by blocks of rows**: the inverted index goes to every
   worker once; each task finds the best NEIGHBOURS of a block of articles
   (`similarity.nearest`). Every step is row by row, so the stacked blocks
   are bit for bit the single-process result.
5. **On the client**: pair evidence (vectorised, over the candidate pairs
   only) and the average-link grouping (`cluster.group_pairs`).
6. **Near copies, on workers**: shingles are built where the texts are; the
   pairs to check are grouped by the batch holding the first article, and a
   task reads the batches holding the others.

Duplicate ids keep the last occurrence, as in `cluster_items`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from typing import Any, Protocol

import numpy as np
import scipy.sparse as sp

from digest.cluster.core import ClusterItem, group_pairs
from digest.cluster.similarity import (
    COPY_MIN_COSINE,
    GLUE_HOLDERS,
    Features,
    TermCounts,
    _day,
    glue_among_shared,
    headline_tail,
    idf,
    is_listing,
    is_near_copy,
    nearest,
    pair_evidence,
    paragraph_profile,
    prune,
    shingles,
    site_tails,
    symmetric_pairs,
    term_counts,
    tfidf_rows,
    usable_terms,
    without_glue,
    without_media,
    without_site_tail,
)
from digest.distributed import Executor

BATCH = 1000  # articles per batch: a few MB of text to ship, some seconds of work
BLOCK = 2000  # rows per candidate task


class CountStore(Protocol):
    """Where term counts computed before are kept (a build's cache), a batch at a time."""

    def lookup(self, items: Sequence[ClusterItem]) -> list[TermCounts | None]:
        """Each item's stored counts, or None."""
        ...

    def store(self, batch: int, counts: Mapping[int, TermCounts]) -> None:
        """Counts computed for the items at these positions of the `batch`-th lookup."""
        ...


def cluster_distributed(
    items: Iterable[ClusterItem],
    executor: Executor,
    previous: Mapping[str, str] | None = None,
    counts: Mapping[str, TermCounts] | None = None,
    batch: int = BATCH,
    block: int = BLOCK,
    stored: CountStore | None = None,
    texts_back: TextsBack | None = None,
) -> dict[str, str]:
    """Map each item id to a story id, as `cluster_items(items, previous, counts)` does.

    `batch` articles go to a worker together; `block` rows make one candidate task.
    With `stored`, the counts known before come from it, a batch at a time, and
    those the workers compute go back to it a batch at a time: the client never
    holds every article's counts. With `texts_back`, the texts it asks for once the
    stories are known are fetched from the workers into it.
    """
    counts = counts or {}
    batches: list[Any] = []  # handle of each batch's items on the workers
    ids_of: list[list[str]] = []
    dates: dict[str, str | None] = {}
    lists: dict[str, bool] = {}
    titles: dict[str, str] = {}  # only headlines that may end in a site name (small)
    iterator = iter(items)
    while chunk := list(islice(iterator, batch)):
        ids_of.append([it.id for it in chunk])
        for it in chunk:
            dates[it.id] = it.date
            lists[it.id] = is_listing(it.title)
            if headline_tail(it.title) is not None:
                titles[it.id] = it.title
            else:
                titles.pop(it.id, None)
        known = stored.lookup(chunk) if stored else [counts.get(it.id) for it in chunk]
        batches.append(
            executor.put(
                [(it.title, without_media(it.text), c) for it, c in zip(chunk, known, strict=True)]
            )
        )
        del chunk, known
    ids = sorted(dates)
    if not ids:
        return {}
    previous = {k: v for k, v in (previous or {}).items() if k in dates}
    row_of = {article_id: row for row, article_id in enumerate(ids)}
    # Which positions of each batch count (the last occurrence of an id) and their rows.
    last: dict[str, tuple[int, int]] = {}
    for b, batch_ids in enumerate(ids_of):
        for pos, article_id in enumerate(batch_ids):
            last[article_id] = (b, pos)
    kept: list[list[int]] = [[] for _ in ids_of]
    for b, pos in last.values():
        kept[b].append(pos)
    for positions in kept:
        positions.sort()
    where = [last[i] for i in ids]  # row -> (batch, position)

    # Paragraphs repeated across unrelated articles (an outlet's glue) are no evidence.
    # So are the site names some headlines end in. Both go to every worker once.
    cleaning = executor.put(
        (_glue(executor, batches, kept), site_tails(titles.values())), everywhere=True
    )
    del titles

    batch_counts = executor.keep(_batch_counts, batches, shared=cleaning)
    if stored is not None:  # counted on the workers: kept for the next build, batch by batch
        for b, job in enumerate(zip(batches, batch_counts, strict=True)):
            ((fresh, _),) = executor.map(_fresh_counts, [job], shared=cleaning)
            stored.store(b, fresh)
    jobs = list(zip(batch_counts, kept, strict=True))
    totals: list[Counter[str]] = [Counter(), Counter(), Counter()]
    for frequencies, _ in executor.map(_batch_frequencies, jobs):
        for total, part in zip(totals, frequencies, strict=True):
            total.update(part)
    terms = [sorted(total) for total in totals]
    vocabs = [{t: i for i, t in enumerate(column)} for column in terms]
    dfs = [
        np.array([total[t] for t in column], dtype=np.float64)
        for total, column in zip(totals, terms, strict=True)
    ]
    del totals, terms
    weights = [idf(len(ids), df) for df in dfs]
    usable = usable_terms(dfs[0])
    shared = executor.put((vocabs, weights, usable), everywhere=True)
    blocks = [block for block, _ in executor.map(_batch_rows, jobs, shared=shared)]

    order = np.argsort(
        np.array([row_of[ids_of[b][p]] for b, positions in enumerate(kept) for p in positions])
    )
    body, title, names, index = (
        sp.vstack([block[k] for block in blocks], format="csr")[order] for k in range(4)
    )
    del blocks  # stacked: the per-batch copies are not needed any more
    days = np.array([_day(dates[i]) for i in ids], dtype=np.float64)
    feats = Features(
        body=sp.csr_matrix(body),
        title=sp.csr_matrix(title),
        names=sp.csr_matrix(names),
        days=days,
        df=dfs[0],
        listing=np.array([lists[i] for i in ids], dtype=bool),
    )

    index_handle = executor.put(sp.csr_matrix(index), everywhere=True)
    spans = [(lo, min(lo + block, len(ids))) for lo in range(0, len(ids), block)]
    best = sp.vstack(
        [b for b, _ in executor.map(_nearest_block, spans, shared=index_handle)], format="csr"
    )
    left, right = symmetric_pairs(best)
    pairs = pair_evidence(feats, left, right)
    copies = _near_copies(executor, batches, where, left, right, pairs.body, cleaning)
    assignment = group_pairs(ids, left, right, pairs.evidence, copies, previous)
    if texts_back is not None:
        wanted = texts_back.wanted(assignment)
        texts_back.back(_texts_of(executor, batches, where, row_of, wanted))
    return assignment


class TextsBack(Protocol):
    """A caller that let go of some articles' texts once they were sent to the workers:
    it names those it needs again once the stories are known, and gets them back."""

    def wanted(self, assignment: Mapping[str, str]) -> Iterable[str]:
        """The ids whose texts to fetch, given the story of every id."""
        ...

    def back(self, texts: Mapping[str, str]) -> None:
        """The texts asked for, by id."""
        ...


def _texts_of(
    executor: Executor,
    batches: Sequence[Any],
    where: Sequence[tuple[int, int]],
    row_of: Mapping[str, int],
    ids: Iterable[str],
) -> dict[str, str]:
    """The texts of these ids, from the batches on the workers, one task per batch."""
    by_batch: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for article_id in ids:
        b, pos = where[row_of[article_id]]
        by_batch[b].append((article_id, pos))
    jobs = [(batches[b], [pos for _, pos in wanted]) for b, wanted in sorted(by_batch.items())]
    found = executor.map(_batch_texts, jobs)
    return {
        article_id: text
        for (_, wanted), (texts, _) in zip(sorted(by_batch.items()), found, strict=True)
        for (article_id, _), text in zip(wanted, texts, strict=True)
    }


def _batch_texts(job: tuple[Sequence[tuple[str, str, Any]], list[int]]) -> list[str]:
    batch, positions = job
    return [batch[pos][1] for pos in positions]


def _glue(
    executor: Executor, batches: Sequence[Any], kept: Sequence[list[int]]
) -> frozenset[bytes]:
    """The digests of the glue paragraphs, as `glue_among` finds them from every article's
    profile, without bringing every profile to the client.

    Each batch's profiles stay on its worker; their digests are counted there, split
    into parts by digest, and each part is summed by one task, so no process holds
    every digest. Only an article holding a paragraph of GLUE_HOLDERS or more
    holders comes back, with its word count and the paragraphs another article
    shares (`glue_among_shared`): what the client holds grows with the repeated
    paragraphs, not with the text.
    """
    parts = 2 * executor.workers
    profiled = executor.keep(
        _batch_profiles, [(b, k, parts) for b, k in zip(batches, kept, strict=True)]
    )
    counted = executor.keep(_part_of, [(h, p) for h in profiled for p in range(parts)])
    summed = executor.keep(
        _held_often,
        [tuple(counted[b * parts + p] for b in range(len(batches))) for p in range(parts)],
    )
    del counted
    found = executor.map(_shared_profiles, [(h, tuple(summed)) for h in profiled])
    profiles = [profile for shared, _ in found for profile in shared]
    return glue_among_shared([p for _, p in profiles], [w for w, _ in profiles])


Profiled = tuple[list[list[tuple[bytes, int]]], list[Counter[bytes]]]


def _batch_profiles(job: tuple[Sequence[tuple[str, str, Any]], list[int], int]) -> Profiled:
    """The (kept) articles' paragraph digests and word counts, and how many of them hold
    each digest, split into `parts` by the digest's first byte."""
    batch, kept, parts = job
    profiles = [paragraph_profile(batch[pos][1], digested=True) for pos in kept]
    counts: list[Counter[bytes]] = [Counter() for _ in range(parts)]
    for profile in profiles:
        for digest, _ in profile:  # a profile holds each paragraph once
            counts[digest[0] % parts][digest] += 1
    return profiles, counts


def _part_of(job: tuple[Profiled, int]) -> Counter[bytes]:
    profiled, part = job
    return profiled[1][part]


def _held_often(counts: tuple[Counter[bytes], ...]) -> tuple[frozenset[bytes], frozenset[bytes]]:
    """Of one part of the digests: those two or more articles hold, and those at least
    GLUE_HOLDERS hold (the candidates for glue)."""
    total: Counter[bytes] = Counter()
    for part in counts:
        total.update(part)
    shared = frozenset(d for d, n in total.items() if n >= 2)
    return shared, frozenset(d for d in shared if total[d] >= GLUE_HOLDERS)


def _shared_profiles(
    job: tuple[Profiled, tuple[tuple[frozenset[bytes], frozenset[bytes]], ...]],
) -> list[tuple[int, list[tuple[bytes, int]]]]:
    """For each article of the batch holding a glue candidate: its word count and its
    paragraphs that other articles hold too."""
    (profiles, _), held = job
    parts = len(held)
    out = []
    for profile in profiles:
        part = [held[d[0] % parts] for d, _ in profile]
        if any(d in candidates for (d, _), (_, candidates) in zip(profile, part, strict=True)):
            words = sum(n for _, n in profile)
            shared = [
                (d, n) for (d, n), (common, _) in zip(profile, part, strict=True) if d in common
            ]
            out.append((words, shared))
    return out


Cleaning = tuple[frozenset[bytes], frozenset[str]]  # glue digests, site-name tails


def _batch_counts(
    cleaning: Cleaning, batch: Sequence[tuple[str, str, TermCounts | None]]
) -> list[TermCounts]:
    """Each article's term counts without its glue paragraphs and its headline's site
    name (a build's cached counts are kept for an article that has neither)."""
    glue, tails = cleaning
    out = []
    for title, text, known in batch:
        clean = without_glue(text, glue, digested=True)
        headline = without_site_tail(title, tails)
        unchanged = clean == text and headline == title
        out.append(known if known is not None and unchanged else term_counts(headline, clean))
    return out


def _fresh_counts(
    cleaning: Cleaning,
    job: tuple[Sequence[tuple[str, str, TermCounts | None]], list[TermCounts]],
) -> dict[int, TermCounts]:
    """The counts of the batch's texts that had none stored (by position), of the whole
    headline and text, as a cache keeps them: those `_batch_counts` used when the
    article has no glue and no site name, else counted again."""
    glue, tails = cleaning
    batch, used = job
    fresh = {}
    for pos, ((title, text, known), counts) in enumerate(zip(batch, used, strict=True)):
        if known is None:
            clean = without_glue(text, glue, digested=True)
            unchanged = clean == text and without_site_tail(title, tails) == title
            fresh[pos] = counts if unchanged else term_counts(title, text)
    return fresh


def _batch_frequencies(job: tuple[list[TermCounts], list[int]]) -> list[Counter[str]]:
    """In how many of the batch's (kept) articles each term occurs: body, headline, names."""
    rows, kept = job
    out: list[Counter[str]] = [Counter(), Counter(), Counter()]
    for pos in kept:
        for total, part in zip(out, rows[pos], strict=True):
            total.update(part.keys())
    return out


def _batch_rows(
    shared: tuple[list[dict[str, int]], list[np.ndarray], np.ndarray],
    job: tuple[list[TermCounts], list[int]],
) -> list[sp.csr_matrix]:
    """The batch's TF-IDF rows (body, headline, names) and inverted-index rows."""
    vocabs, weights, usable = shared
    rows, kept = job
    matrices = [tfidf_rows([rows[pos][k] for pos in kept], vocabs[k], weights[k]) for k in range(3)]
    return [*matrices, prune(matrices[0], usable)]


def _nearest_block(index: sp.csr_matrix, span: tuple[int, int]) -> sp.csr_matrix:
    lo, hi = span
    return nearest(index[lo:hi], index, lo)


def _near_copies(
    executor: Executor,
    batches: Sequence[Any],
    where: Sequence[tuple[int, int]],
    left: np.ndarray,
    right: np.ndarray,
    body: np.ndarray,
    cleaning: Any,
) -> list[tuple[int, int]]:
    """The candidate pairs (body cosine at least COPY_MIN_COSINE) that are near copies,
    checked on the workers, one task per batch of first articles."""
    by_batch: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b, cos in zip(left.tolist(), right.tolist(), body.tolist(), strict=True):
        if cos >= COPY_MIN_COSINE:
            by_batch[where[a][0]].append((a, b))
    jobs = []
    for batch, pairs in sorted(by_batch.items()):
        needed = sorted({batch} | {where[b][0] for _, b in pairs})
        places = [(where[a], where[b]) for a, b in pairs]
        jobs.append((places, {n: batches[n] for n in needed}))
    answers = [
        copy for found, _ in executor.map(_copy_checks, jobs, shared=cleaning) for copy in found
    ]
    in_order = [pair for _, pairs in sorted(by_batch.items()) for pair in pairs]
    copies = [pair for pair, copy in zip(in_order, answers, strict=True) if copy]
    return sorted(copies)


def _copy_checks(
    cleaning: Cleaning,
    job: tuple[list[tuple[tuple[int, int], tuple[int, int]]], dict[int, list[Any]]],
) -> list[bool]:
    glue, _tails = cleaning  # near copies are judged on the body alone
    places, texts = job
    cache: dict[tuple[int, int], frozenset[tuple[str, ...]]] = {}

    def get(place: tuple[int, int]) -> frozenset[tuple[str, ...]]:
        if place not in cache:
            batch, pos = place
            cache[place] = shingles(without_glue(texts[batch][pos][1], glue, digested=True))
        return cache[place]

    return [is_near_copy(get(a), get(b)) for a, b in places]
