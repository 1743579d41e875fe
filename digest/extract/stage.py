"""The extract stage as a build runs it: cached per document, in parallel, warnings kept.

A cached result replays the warnings its extraction logged, so a warm build
warns (and fails under --strict) exactly like a cold one. The extractor itself
(`digest.extract.core`) is imported on first use: a rebuild with nothing new to
clean never loads it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from digest.cache import (
    Cache,
    code_version,
    fingerprint,
    library_versions,
    record_from_json,
    record_to_json,
    reuse,
)
from digest.errors import log, warn_file
from digest.extract.prose import prose_problem
from digest.models import Article, SourceDoc
from digest.parallel import Records, in_workers, replay

Extraction = tuple[Article | None, Records]  # the article and what its extraction logged


def extract_document(doc: SourceDoc, shared: Collection[str] = frozenset()) -> Article | None:
    from digest.extract import core

    return core.extract_document(doc, shared)


def shared_lines(texts: Iterable[str], min_docs: int = 2) -> frozenset[str]:
    from digest.extract import core

    return core.shared_lines(texts, min_docs)


def extract_articles(docs: Sequence[SourceDoc], cache: Cache) -> list[Article | None]:
    """Extract every document (lined up with `docs`): cached results first, the rest in parallel."""
    version = code_version("digest.extract.core", *library_versions("trafilatura", "lxml"))
    keys, contexts = extraction_keys(docs, cache, version)

    def compute(todo: list[int]) -> list[Extraction]:
        nonlocal contexts
        if contexts is None:
            contexts = _cached_line_sets(docs, [document_key(d) for d in docs], cache, version)
        log.debug("extract: %d cached, %d extracted", len(docs) - len(todo), len(todo))
        return in_workers(_extract_one, [(docs[i], contexts[i]) for i in todo])

    outcomes = reuse(cache, "extract", version, keys, _decode, compute, _encode)
    cache.retain("extract", keys)
    extracted = []
    for article, records in outcomes:
        replay(records)
        extracted.append(article)
    return extracted


def _decode(_: int, data: Any) -> Extraction:
    """A stored extraction; anything not of the shape `_encode` writes raises (a miss).
    No article and no warning is not an outcome extraction has (it always says
    why it found nothing), so such a row is a miss too, not a dropped source."""
    article = record_from_json(Article, data["article"]) if data["article"] is not None else None
    records = data["log"]
    if not isinstance(records, list) or (article is None and not records):
        raise ValueError("damaged extraction row")
    checked = []
    for level, message in records:
        if not isinstance(level, int) or not isinstance(message, str):
            raise ValueError("damaged log record")
        checked.append((level, message))
    return article, checked


def _encode(outcome: Extraction) -> dict[str, Any]:
    article, records = outcome
    return {"article": record_to_json(article) if article else None, "log": records}


def unique_articles(
    docs: Sequence[SourceDoc], extracted: Sequence[Article | None], min_words: int = 0
) -> list[Article]:
    """Drop unusable documents, non-articles and byte-identical duplicates (each warned)."""
    seen: dict[str, str] = {}
    articles = []
    for doc, article in zip(docs, extracted, strict=True):
        if article is None:
            continue
        problem = prose_problem(article.paragraphs, min_words)
        if problem:
            warn_file(doc.path, f"{problem}, skipped")
            continue
        if article.id in seen:
            warn_file(doc.path, f"same content as {seen[article.id]}, kept once")
            continue
        seen[article.id] = doc.path
        articles.append(article)
    return articles


def _shared_among(own: Sequence[frozenset[str]], docs: Sequence[SourceDoc]) -> list[frozenset[str]]:
    """Given each document's own line keys, those that two or more text copies have."""
    counts: Counter[str] = Counter()
    for keys, doc in zip(own, docs, strict=True):
        if doc.kind == "text":
            counts.update(keys)
    shared = {key for key, n in counts.items() if n >= 2}
    return [keys & shared for keys in own]


def _cached_line_sets(
    docs: Sequence[SourceDoc], own: Sequence[str], cache: Cache, version: str
) -> list[frozenset[str]]:
    """Per document, the lines it shares with other text copies (empty for other kinds).

    The extractor cleans text copies together: a line several copies repeat is
    a menu or a footer, so which of a copy's lines others repeat is part of its
    cache key, and a new copy re-extracts only the copies it shares lines with.
    Each copy's own line keys come from the cache when its document key was seen
    before: keying every line of every copy was most of an incremental
    extraction. The keys depend on the text only (and the code)."""
    text_keys = [k for k, d in zip(own, docs, strict=True) if d.kind == "text"]
    stored = cache.get_many("lines", text_keys, version)
    line_sets: list[frozenset[str]] = []
    fresh: dict[str, list[str]] = {}
    for key, doc in zip(own, docs, strict=True):
        if doc.kind != "text":
            line_sets.append(frozenset())
            continue
        data = stored.get(key)
        if isinstance(data, list) and all(isinstance(x, str) for x in data):
            line_sets.append(frozenset(data))
            continue
        line_sets.append(shared_lines([doc.text], 1))
        fresh[key] = sorted(line_sets[-1])
    cache.put_many("lines", fresh, version)
    cache.retain("lines", text_keys)
    return _shared_among(line_sets, docs)


def extraction_keys(
    docs: Sequence[SourceDoc], cache: Cache, version: str
) -> tuple[list[str], list[frozenset[str]] | None]:
    """Each document's cache key, and the lines each shares (None when not needed).

    Finding the shared lines reads every text copy; when the documents are
    exactly those of the last build, the keys computed then are reused.
    """
    own = [document_key(doc) for doc in docs]
    batch = fingerprint([("version", version), *(("doc", key) for key in own)])
    stored = cache.get("extract-keys")
    if isinstance(stored, dict) and stored.get("batch") == batch:
        keys = stored.get("keys")
        if isinstance(keys, list) and len(keys) == len(docs):
            return [str(k) for k in keys], None
    contexts = _cached_line_sets(docs, own, cache, version)
    keys = [
        fingerprint([("doc", key), ("shared", "\n".join(sorted(shared)))])
        for key, shared in zip(own, contexts, strict=True)
    ]
    cache.set("extract-keys", {"batch": batch, "keys": keys})
    return keys, contexts


def document_key(doc: SourceDoc) -> str:
    """What one document's extraction depends on besides its neighbours: text, path, metadata."""
    meta = json.dumps(doc.meta, default=str, sort_keys=True)
    return fingerprint([("kind", doc.kind), ("path", doc.path), ("meta", meta), ("text", doc.text)])


def _extract_one(item: tuple[SourceDoc, frozenset[str]]) -> Article | None:
    """One document; an extractor crash costs that file (a warning), never the build."""
    doc, shared = item
    try:
        return extract_document(doc, shared)
    except Exception as exc:  # a bug or a hostile file: skip it, keep building
        warn_file(doc.path, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}), skipped")
        return None
