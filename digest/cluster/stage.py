"""The cluster stage as a build runs it: starting from the last build's grouping.

Unchanged input reuses the stored assignment outright; otherwise the previous
assignment is handed to clustering so that it only places new articles, and
the near-copy checks and term counts of texts seen before come from the cache.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from digest.cache import UNREADABLE_ENTRY, Cache, code_version, fingerprint, reuse
from digest.cluster.core import ClusterItem, cluster_items
from digest.distributed import Executor
from digest.models import Article, publication_order


def load_clustering() -> None:
    """Import what clustering computes with (numpy and scipy, slow to import), for a
    caller with time to spare before clustering (it is imported on first use otherwise)."""
    import digest.cluster.similarity  # noqa: F401


def cluster_articles(
    articles: Sequence[Article],
    cache: Cache,
    executor: Executor | None = None,
    keep_text: Callable[[Article], bool] | None = None,
) -> list[list[Article]]:
    """Group the articles into stories, in a stable order, starting from the last build's.

    On a remote executor (a Dask cluster) the heavy steps run on its workers
    (`cluster.distributed`), with the same grouping; the near-copy checks kept
    in the cache are then left as they were (they only spare work).

    `keep_text` (topic selection) names the articles whose stories are wanted: on a
    remote executor the others' texts are let go once sent to the workers (in
    `articles`, a list, each replaced by a copy without paragraphs), and fetched
    back for those that land in a story with a wanted article. The groups are
    the same; a story with no wanted article gets its articles without text.
    """
    remote = executor is not None and executor.remote

    def each_item() -> Iterator[ClusterItem]:
        return (ClusterItem(a.id, a.title, a.text, a.published) for a in articles)

    # Each article's text joined once more: on a remote executor made as it is sent,
    # never held for every article at once.
    items: Sequence[ClusterItem] = [] if remote else list(each_item())
    version = code_version("digest.cluster.core")
    key = fingerprint((it.id, f"{it.title}\0{it.date}\0{it.text}") for it in (items or each_item()))
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
        if executor is not None and remote:
            from digest.cluster.distributed import cluster_distributed  # numpy: only now

            known = CachedCounts(cache)
            if keep_text is not None and isinstance(articles, list):
                back = _LetGo(articles, keep_text)
                assignment = cluster_distributed(
                    back.sending(), executor, previous, stored=known, texts_back=back
                )
            else:
                assignment = cluster_distributed(each_item(), executor, previous, stored=known)
            cache.retain("terms", known.keys)
        else:
            with _collection_paused():
                counts = cached_term_counts(items, cache)
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


class _LetGo:
    """`cluster_articles`' `keep_text`: the texts of articles not kept go once sent."""

    def __init__(self, articles: list[Article], keep_text: Callable[[Article], bool]) -> None:
        self.articles = articles
        self.kept = [keep_text(a) for a in articles]
        self.gone: dict[str, int] = {}  # id -> position of an article without its text

    def sending(self) -> Iterator[ClusterItem]:
        for i, a in enumerate(self.articles):
            yield ClusterItem(a.id, a.title, a.text, a.published)
            # Sent: let the text go when it can be rebuilt exactly from the text sent.
            if not self.kept[i] and a.paragraphs and all(p and SEP not in p for p in a.paragraphs):
                self.articles[i] = replace(a, paragraphs=())
                self.gone[a.id] = i

    def wanted(self, assignment: Mapping[str, str]) -> list[str]:
        stories = {
            assignment[a.id] for a, kept in zip(self.articles, self.kept, strict=True) if kept
        }
        return [i for i in self.gone if assignment[i] in stories]

    def back(self, texts: Mapping[str, str]) -> None:
        for article_id, text in texts.items():
            i = self.gone.pop(article_id)
            self.articles[i] = replace(self.articles[i], paragraphs=tuple(text.split(SEP)))


SEP = "\n\n"  # between an article's paragraphs in its text (Article.text)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector off while clustering runs on this machine.

    Clustering allocates hundreds of thousands of short-lived containers (term
    counts, word 5-grams, index rows; and numpy's and scipy's modules as they are
    imported), which set off collections that each walk every object the build
    holds, a tenth of the stage's time at 1,000 articles. They make no cycles to
    speak of: reference counting frees them all the same. The collector's
    earlier state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _plain_mapping(value: Any, kind: type) -> bool:
    """Whether a stored value is a dict of strings to values of `kind`."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and type(v) is kind for k, v in value.items()
    )


class CachedCounts:
    """The term counts of `cached_term_counts`, in the cache under the same keys, for
    `cluster_distributed`: looked up and stored a batch at a time, so that a build on a
    cluster never holds every article's counts (more than its text) on the client."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.version = code_version("digest.cluster.similarity")
        self.keys: list[str] = []  # every item's, for `Cache.retain`
        self._batches: list[list[str]] = []

    def lookup(self, items: Sequence[ClusterItem]) -> list[Any]:
        keys = [_terms_key(it) for it in items]
        self.keys.extend(keys)
        self._batches.append(keys)
        stored = self.cache.get_many("terms", keys, self.version)
        found: list[Any] = []
        for key in keys:
            try:
                found.append(_decode_counts(0, stored[key]) if key in stored else None)
            except UNREADABLE_ENTRY:
                found.append(None)  # damaged or of an older layout: counted again
        return found

    def store(self, batch: int, counts: Mapping[int, Any]) -> None:
        keys = self._batches[batch]
        fresh = {keys[pos]: _encode_counts(c) for pos, c in counts.items()}
        self._batches[batch] = []  # each batch is stored once
        self.cache.put_many("terms", fresh, self.version)


def _terms_key(item: ClusterItem) -> str:
    return fingerprint([("title", item.title), ("text", item.text)])


def _decode_counts(_: int, data: Any) -> tuple[dict[str, int], ...]:
    body, title, names = (dict(zip(terms, ns, strict=True)) for terms, ns in data)
    for counted in (body, title, names):
        if not _plain_mapping(counted, int):
            raise ValueError("damaged term counts")
    return body, title, names


def _encode_counts(counts: Any) -> list[Any]:
    """Each count as its terms and their numbers, two flat lists in the same order:
    quicker to write and read than a [term, count] pair per term."""
    return [[list(c), list(c.values())] for c in counts]


def cached_term_counts(items: Sequence[ClusterItem], cache: Cache) -> dict[str, Any]:
    """Every item's clustering term counts (by item id), from the cache where the
    title and text were seen before: tokenising every article was most of an
    incremental clustering run. Counts are stored as lists of terms and of numbers, which
    keep their order (the cache writes objects with sorted keys). A build on a
    cluster uses `CachedCounts` instead (its workers count)."""
    from digest.cluster.similarity import term_counts as count_terms

    version = code_version("digest.cluster.similarity")
    keys = [_terms_key(it) for it in items]

    def compute(todo: list[int]) -> list[Any]:
        return [count_terms(items[i].title, items[i].text) for i in todo]

    counts = reuse(cache, "terms", version, keys, _decode_counts, compute, _encode_counts)
    cache.retain("terms", keys)
    return {it.id: c for it, c in zip(items, counts, strict=True)}
