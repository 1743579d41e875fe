"""The cluster stage as a build runs it: starting from the last build's grouping.

Unchanged input reuses the stored assignment outright; otherwise the previous
assignment is handed to clustering so that it only places new articles, and
the near-copy checks and term counts of texts seen before come from the cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from digest.cache import Cache, code_version, fingerprint, reuse
from digest.cluster.core import ClusterItem, cluster_items
from digest.distributed import Executor
from digest.models import Article, publication_order


def cluster_articles(
    articles: Sequence[Article], cache: Cache, executor: Executor | None = None
) -> list[list[Article]]:
    """Group the articles into stories, in a stable order, starting from the last build's.

    On a remote executor (a Dask cluster) the heavy steps run on its workers
    (`cluster.distributed`), with the same grouping; the near-copy checks kept
    in the cache are then left as they were (they only spare work).
    """
    items = [ClusterItem(a.id, a.title, a.text, a.published) for a in articles]
    version = code_version("digest.cluster.core")
    key = fingerprint((it.id, f"{it.title}\0{it.date}\0{it.text}") for it in items)
    stored = cache.get("cluster")
    if not isinstance(stored, dict) or stored.get("version") != version:
        stored = {}
    previous = stored.get("assignment")  # a damaged value is no value
    previous = previous if _plain_mapping(previous, str) else None
    assignment = previous if stored.get("items") == key else None
    if assignment is None or set(assignment) != {a.id for a in articles}:
        # Checked only here: a no-change build never reads the (large) near-copy checks.
        copy_checks = stored.get("copy_checks")
        copy_checks = copy_checks if _plain_mapping(copy_checks, bool) else {}
        counts = cached_term_counts(items, cache, executor)
        if executor is not None and executor.remote:
            from digest.cluster.distributed import cluster_distributed  # numpy: only now

            assignment = cluster_distributed(items, executor, previous, counts)
        else:
            assignment = cluster_items(items, previous, counts, copy_checks)
        cache.set(
            "cluster",
            {
                "version": version,
                "items": key,
                "assignment": assignment,
                "copy_checks": copy_checks,
            },
        )
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(assignment[article.id], []).append(article)
    return [sorted(g, key=publication_order) for _, g in sorted(groups.items())]


def _plain_mapping(value: Any, kind: type) -> bool:
    """Whether a stored value is a dict of strings to values of `kind`."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and type(v) is kind for k, v in value.items()
    )


def cached_term_counts(
    items: Sequence[ClusterItem], cache: Cache, executor: Executor | None = None
) -> dict[str, Any]:
    """Every item's clustering term counts (by item id), from the cache where the
    title and text were seen before: tokenising every article was most of an
    incremental clustering run. Counts are stored as [term, count] pairs, which
    keep their order (the cache writes objects with sorted keys)."""
    from digest.cluster.similarity import term_counts as count_terms

    version = code_version("digest.cluster.similarity")
    keys = [fingerprint([("title", it.title), ("text", it.text)]) for it in items]

    def decode(_: int, data: Any) -> tuple[dict[str, int], ...]:
        body, title, names = (dict(pairs) for pairs in data)
        for counted in (body, title, names):
            if not _plain_mapping(counted, int):
                raise ValueError("damaged term counts")
        return body, title, names

    def compute(todo: list[int]) -> list[Any]:
        if executor is not None and executor.remote:  # tokenising is the costly part
            jobs = [(items[i].title, items[i].text) for i in todo]
            return [counts for counts, _ in executor.map(_count_job, jobs)]
        return [count_terms(items[i].title, items[i].text) for i in todo]

    def encode(counts: Any) -> list[Any]:
        return [[[term, n] for term, n in c.items()] for c in counts]

    counts = reuse(cache, "terms", version, keys, decode, compute, encode)
    cache.retain("terms", keys)
    return {it.id: c for it, c in zip(items, counts, strict=True)}


def _count_job(job: tuple[str, str]) -> Any:
    from digest.cluster.similarity import term_counts as count_terms

    return count_terms(*job)
