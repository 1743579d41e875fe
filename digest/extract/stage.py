"""The extract stage as a build runs it: cached per document, in parallel, warnings kept.

A cached result replays the warnings its extraction logged, so a warm build
warns (and fails under --strict) exactly like a cold one. The extractor itself
(`digest.extract.core`) is imported on first use: a rebuild with nothing new to
clean never loads it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from digest.cache import (
    UNREADABLE_ENTRY,
    Cache,
    code_version,
    fingerprint,
    library_versions,
    record_from_json,
    record_to_json,
    reuse,
)
from digest.distributed import Executor, LocalExecutor, or_local
from digest.errors import log, warn_file
from digest.extract.prose import prose_problem
from digest.models import LEARNS_FROM, Article, SourceDoc
from digest.parallel import Records, replay, uses_workers

if TYPE_CHECKING:
    from digest.extract.furniture import Context, Profile

Extraction = tuple[Article | None, Records]  # the article and what its extraction logged


def extract_document(doc: SourceDoc, context: Context | None = None) -> Article | None:
    from digest.extract import core

    return core.extract_document(doc, context) if context else core.extract_document(doc)


def extract_articles(
    docs: Sequence[SourceDoc],
    cache: Cache,
    executor: Executor | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[Article | None]:
    """Extract every document (lined up with `docs`): cached results first, the rest in parallel.

    `meanwhile` is the caller's next work, done while a worker extracts a few
    documents (see `Executor.map`): it may not be called.
    """
    version = extraction_version()
    own = [document_key(doc) for doc in docs]
    keys, contexts = extraction_keys(docs, own, cache, version, executor)

    def compute(todo: list[int]) -> list[Extraction]:
        nonlocal contexts
        if contexts is None:
            contexts = _contexts(docs, own, cache, version, executor)
        log.debug("extract: %d cached, %d extracted", len(docs) - len(todo), len(todo))
        items = [(docs[i], contexts[i]) for i in todo]
        if forks_workers(executor, len(items)):
            # the byline reader's first-name lists, read once before the workers fork
            from digest.quotes.speakers import load_name_lists

            load_name_lists()
        return or_local(executor).map(_extract_one, items, meanwhile=meanwhile)

    outcomes = reuse(cache, "extract", version, keys, _decode, compute, _encode)
    cache.retain("extract", keys)
    extracted = []
    for article, records in outcomes:
        replay(records)
        extracted.append(article)
    return extracted


def forks_workers(executor: Executor | None, count: int) -> bool:
    """Whether `count` items mapped on `executor` go to worker processes forked from
    this one (not a Dask cluster's, not one by one here)."""
    return (executor is None or isinstance(executor, LocalExecutor)) and uses_workers(count)


def extraction_version() -> str:
    """What an extraction depends on besides its document: the extractor's code and the
    libraries it reads pages with."""
    return code_version(
        "digest.extract.core", *library_versions("trafilatura", "lxml", "resiliparse")
    )


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


def extract_stream(
    docs: Iterable[SourceDoc],
    learned_from: Iterable[SourceDoc],
    cache: Cache,
    executor: Executor,
) -> tuple[list[str], list[Extraction]]:
    """`extract_articles` for a collection read as it goes: each document is read,
    keyed, and (unless cached) sent to the executor's workers, and only its path and
    its extraction are kept, never its text. Returns the paths and the extractions,
    lined up, the extractions' warnings not yet replayed (the caller replays them
    after the reading's own, in the order a build reading everything first gives).

    `learned_from` is a first reading of the same documents, in the same order: what
    they teach each other (`collection_contexts`) is part of their keys, and learning
    it needs all of them; of that reading, each document's profile is kept, not its
    text.
    """
    version = extraction_version()
    learned = collection_contexts(learned_from, cache, version, executor)
    paths: list[str] = []
    keys: list[str] = []
    outcomes: list[Extraction | None] = []
    first: dict[str, int] = {}  # a key seen before is extracted once
    repeats: list[tuple[int, int]] = []

    def to_extract() -> Iterator[tuple[int, SourceDoc, Context]]:
        for doc in docs:
            own = document_key(doc)
            context = context_of(doc, own, learned)
            key = fingerprint([("doc", own), ("context", context_key(context))])
            position = len(paths)
            paths.append(doc.path)
            keys.append(key)
            outcomes.append(None)
            if key in first:
                repeats.append((position, first[key]))
                continue
            first[key] = position
            stored = cache.get_many("extract", [key], version)
            if key in stored:
                try:
                    outcomes[position] = _decode(position, stored[key])
                    continue
                except UNREADABLE_ENTRY:
                    pass  # stored by an older layout, or damaged: extract again
            yield position, doc, context

    fresh: dict[str, Any] = {}
    for (position, article), records in executor.stream(_extract_at, to_extract()):
        outcomes[position] = (article, records)
        fresh[keys[position]] = _encode((article, records))
        if len(fresh) >= STORE_EVERY:
            cache.put_many("extract", fresh, version)
            fresh = {}
    cache.put_many("extract", fresh, version)
    for position, earlier in repeats:
        outcomes[position] = outcomes[earlier]
    cache.retain("extract", keys)
    done = [outcome for outcome in outcomes if outcome is not None]
    if len(done) != len(paths):
        raise RuntimeError("an extraction sent to the workers did not come back")
    return paths, done


STORE_EVERY = 256  # extractions written to the cache together


def _extract_at(item: tuple[int, SourceDoc, Context]) -> tuple[int, Article | None]:
    position, doc, context = item
    return position, _extract_one((doc, context))


def unique_articles(
    docs: Sequence[SourceDoc], extracted: Sequence[Article | None], min_words: int = 0
) -> list[Article]:
    """Drop unusable documents, non-articles and byte-identical duplicates (each warned)."""
    return unique_among([doc.path for doc in docs], extracted, min_words)


def unique_among(
    paths: Sequence[str], extracted: Sequence[Article | None], min_words: int = 0
) -> list[Article]:
    """`unique_articles` given the documents' paths only."""
    seen: dict[str, str] = {}
    articles = []
    for path, article in zip(paths, extracted, strict=True):
        if article is None:
            continue
        problem = prose_problem(article.paragraphs, min_words)
        if problem:
            warn_file(path, f"{problem}, skipped")
            continue
        if article.id in seen:
            warn_file(path, f"same content as {seen[article.id]}, kept once")
            continue
        seen[article.id] = path
        articles.append(article)
    return articles


def _profile_to_json(p: Profile) -> dict[str, Any]:
    return {
        "keys": sorted(p.keys),
        "frame": sorted(p.frame),
        "sentences": sorted(p.sentences),
        "notices": [list(n) for n in p.notices],
        "addresses": [list(a) for a in p.addresses],
        "page": p.page,
        "mentions": [list(m) for m in p.mentions],
    }


def _profile_from_json(data: Any) -> Profile | None:
    from digest.extract.furniture import Profile

    try:
        return Profile(
            keys=frozenset(str(k) for k in data["keys"]),
            frame=frozenset(str(k) for k in data["frame"]),
            notices=tuple((str(k), str(n)) for k, n in data["notices"]),
            sentences=frozenset(str(k) for k in data["sentences"]),
            addresses=tuple((str(k), str(a)) for k, a in data["addresses"]),
            page=bool(data["page"]),
            mentions=tuple((str(k), str(n), int(i)) for k, n, i in data["mentions"]),
        )
    except (KeyError, TypeError, ValueError):
        return None  # stored by an older layout: profile again


def collection_contexts(
    docs: Iterable[SourceDoc], cache: Cache, version: str, executor: Executor | None = None
) -> dict[str, Context]:
    """Per text copy and saved page (models.LEARNS_FROM), by its document key, what
    the collection teaches its cleaning (digest.extract.furniture). Keyed, not lined
    up: a file changed between this reading and the extraction's gets no context
    rather than another file's.

    The extractor cleans them together: lines several text copies repeat, and what an
    outlet repeats around its different stories, are furniture. Each one's profile
    depends on its text only, so it comes from the cache when its document key was seen
    before (profiling every copy was most of an incremental extraction); the others are
    profiled a chunk at a time, so that only profiles are held, never all the documents'
    texts (by a remote executor's workers: a streamed build's client reads the pages and
    does not parse them; a build that holds them all sends each one to the workers twice,
    to profile and to extract). Learning from the profiles is quick and done again
    whenever the collection changes.
    """
    from digest.extract.furniture import learn

    profiles: list[Profile | None] = []
    held: list[str] = []
    learning = (doc for doc in docs if doc.kind in LEARNS_FROM)
    while chunk := list(islice(learning, PROFILE_CHUNK)):
        keys = [document_key(doc) for doc in chunk]
        stored = cache.get_many("profiles", keys, version)
        found = [_profile_from_json(stored[key]) if key in stored else None for key in keys]
        todo = [at for at, profile in enumerate(found) if profile is None]
        if todo:
            missing = [chunk[at] for at in todo]
            if executor is not None and executor.remote:  # the pages stay off this process
                made = [profile for profile, _ in executor.map(_profile_of, missing)]
            else:  # a few milliseconds a page: not worth sending the pages to processes
                made = [_profile_of(doc) for doc in missing]
            del missing
            fresh: dict[str, Any] = {}
            for at, profile in zip(todo, made, strict=True):
                found[at] = profile
                if profile is not None:
                    fresh[keys[at]] = _profile_to_json(profile)
            cache.put_many("profiles", fresh, version)
        profiles.extend(found)
        held.extend(keys)
        del chunk  # before the next chunk is read: one chunk of texts held at a time
    cache.retain("profiles", held)
    learned: dict[str, Context] = {}
    for key, context in zip(held, learn(profiles), strict=True):
        learned.setdefault(key, context)
    return learned


def _contexts(
    docs: Sequence[SourceDoc],
    own: Sequence[str],
    cache: Cache,
    version: str,
    executor: Executor | None,
) -> list[Context]:
    """`collection_contexts` lined up with `docs` (`own`: their document keys)."""
    learned = collection_contexts(docs, cache, version, executor)
    return [context_of(doc, key, learned) for doc, key in zip(docs, own, strict=True)]


def context_of(doc: SourceDoc, key: str, learned: dict[str, Context]) -> Context:
    """What the collection taught the document of key `key` (`document_key`)."""
    from digest.extract.furniture import NO_CONTEXT

    return learned.get(key, NO_CONTEXT) if doc.kind in LEARNS_FROM else NO_CONTEXT


PROFILE_CHUNK = 256  # documents read, then profiled together


def _profile_of(doc: SourceDoc) -> Profile | None:
    from digest.extract.core import source_profile

    return source_profile(doc)


def extraction_keys(
    docs: Sequence[SourceDoc],
    own: Sequence[str],
    cache: Cache,
    version: str,
    executor: Executor | None = None,
) -> tuple[list[str], list[Context] | None]:
    """Each document's cache key, and what each learns from the collection (None when
    not needed).

    A key covers the document and its context: the lines others repeat, its
    outlet's furniture and name. Learning reads every text copy's and page's profile; when
    the documents are exactly those of the last build, the keys computed then are
    reused. `own` is each document's `document_key`.
    """
    batch = fingerprint([("version", version), *(("doc", key) for key in own)])
    stored = cache.get("extract-keys")
    if isinstance(stored, dict) and stored.get("batch") == batch:
        keys = stored.get("keys")
        if isinstance(keys, list) and len(keys) == len(docs):
            return [str(k) for k in keys], None
    contexts = _contexts(docs, own, cache, version, executor)
    keys = [
        fingerprint([("doc", key), ("context", context_key(context))])
        for key, context in zip(own, contexts, strict=True)
    ]
    cache.set("extract-keys", {"batch": batch, "keys": keys})
    return keys, contexts


def context_key(context: Context) -> str:
    """Everything of a context that one copy's cleaning reads."""
    return json.dumps(
        [
            sorted(context.shared),
            sorted(context.furniture),
            context.outlet,
            context.grouped,
            context.group,
        ]
    )


def document_key(doc: SourceDoc) -> str:
    """What one document's extraction depends on besides its neighbours: text, path, metadata."""
    meta = json.dumps(doc.meta, default=str, sort_keys=True)
    return fingerprint([("kind", doc.kind), ("path", doc.path), ("meta", meta), ("text", doc.text)])


def _extract_one(item: tuple[SourceDoc, Context]) -> Article | None:
    """One document; an extractor crash costs that file (a warning), never the build."""
    doc, context = item
    try:
        return extract_document(doc, context)
    except Exception as exc:  # a bug or a hostile file: skip it, keep building
        warn_file(doc.path, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}), skipped")
        return None
