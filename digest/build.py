"""`digest build`: the whole pipeline, one short function per step.

    sources -> extract -> cluster -> compare -> quotes -> tags -> render -> MkDocs

MkDocs (with Material) only renders the Markdown pages written here; there is
no MkDocs plugin or hook of ours (DESIGN.md says why).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from digest.cache import Cache, code_version, fingerprint, record_from_json, record_to_json
from digest.cluster import ClusterItem, cluster_items
from digest.compare import compare_variants
from digest.config import Config, check_output_folder
from digest.errors import BuildError, ConfigError, WarningCounter, log, warn_file
from digest.models import Article, DigestStory, Quote, SourceDoc, StoryQuote
from digest.parallel import Records, in_workers, replay
from digest.permalinks import article_slug
from digest.render import (
    TEMPLATES_DIR,
    SiteInfo,
    render_site,
    story_page_keys,
    swap_in,
    write_docs,
)
from digest.sitememo import PageMemo, config_inputs, prerender, reusing, unsupported
from digest.sources import SourceLimits, prose_problem, read_sources
from digest.tags import tag_story
from digest.textutil import split_sentences

# The extractor and the quote finder are imported on first use: a rebuild with
# nothing new to clean or quote never loads them (a sixth of its time on a small
# site). Module-level functions, so worker processes can be handed them.


def extract_document(doc: SourceDoc, shared: Collection[str] = frozenset()) -> Article | None:
    from digest import extract

    return extract.extract_document(doc, shared)


def shared_lines(texts: Iterable[str], min_docs: int = 2) -> frozenset[str]:
    from digest import extract

    return extract.shared_lines(texts, min_docs)


def extract_quotes(text: str) -> list[Quote]:
    from digest import quotes

    return quotes.extract_quotes(text)


def merge_story_quotes(variants: Sequence[tuple[Article, Sequence[Quote]]]) -> list[StoryQuote]:
    from digest import quotes

    return quotes.merge_story_quotes(variants)


def key_quotes(story_quotes: Sequence[StoryQuote], limit: int) -> list[StoryQuote]:
    from digest import quotes

    return quotes.key_quotes(story_quotes, limit)


@dataclass
class BuildResult:
    """What a build did, for the summary line and for tests."""

    sources: int = 0
    articles: int = 0
    stories: list[DigestStory] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    docs_dir: Path | None = None
    site_dir: Path | None = None


def build(
    config: Config,
    strict: bool = False,
    site_dir: str | Path | None = None,
    run_site: bool = True,
) -> BuildResult:
    """Generate the pages from the content folder and build the site.

    Every step reuses what the cache in `config.cache_dir` holds from earlier
    builds; the result is the same with a warm, cold, corrupt or no cache.
    """
    result = BuildResult()
    counter = WarningCounter()
    log.addHandler(counter)
    cache = Cache.for_dir(config.cache_dir)
    try:
        mkdocs_settings = read_mkdocs_settings(config.mkdocs_config)
        with _timed(result, "sources"):
            limits = SourceLimits(
                int(config.max_file_mb * 1e6), config.content_dir, config.follow_symlinks
            )
            docs = read_sources(config.content_dir, limits)
        log.info("sources: read %d files from %s", len(docs), config.content_dir.name)
        with _timed(result, "extract"):
            articles = unique_articles(
                docs, extract_articles(docs, cache), config.min_article_words
            )
        log.info("extract: %d articles", len(articles))
        with _timed(result, "cluster"):
            groups = cluster_articles(articles, cache)
        with _timed(result, "stories"):
            stories = searchable_newest(
                assemble_stories(groups, config, cache), config.search_full_text_stories
            )
        log.info("cluster: %d stories", len(stories))
        with _timed(result, "render"):
            site = SiteInfo(
                site_url=str(mkdocs_settings.get("site_url") or ""),
                site_name=str(mkdocs_settings.get("site_name") or "News digest"),
                newest_date=newest_date(articles),
            )
            docs_dir = config.root / str(mkdocs_settings.get("docs_dir", "docs"))
            check_output_folder(docs_dir, config, "docs_dir")
            remove_stale_staging(docs_dir)
            pages, written = render_docs(stories, config, site, docs_dir, cache)
        log.info(
            "render: %s %d pages and files in %s",
            "wrote" if written else "unchanged,",
            len(pages),
            docs_dir,
        )
        result.sources, result.articles, result.stories = len(docs), len(articles), stories
        result.pages, result.docs_dir = pages, docs_dir
        log.info(
            "summary: %d source files, %d articles, %d stories, %d pages",
            len(docs),
            len(articles),
            len(stories),
            len(pages),
        )
        if strict and counter.messages:
            raise BuildError(strict_summary(counter.messages))
        if run_site:
            with _timed(result, "mkdocs"):
                result.site_dir = build_site(
                    config, mkdocs_settings, site_dir, site.newest_date, pages, cache
                )
            log.info("site: built %s in %.1f s", result.site_dir, sum(result.timings.values()))
    finally:
        cache.close()
        log.removeHandler(counter)
        result.warnings = counter.messages
    return result


class _timed:
    """Record a stage's wall time in the result (for -v and the benchmark)."""

    def __init__(self, result: BuildResult, stage: str) -> None:
        self.result, self.stage = result, stage

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        elapsed = time.perf_counter() - self.start
        self.result.timings[self.stage] = elapsed
        log.debug("stage %s: %.2f s", self.stage, elapsed)


def strict_summary(warnings: Sequence[str]) -> str:
    """The --strict failure: how many warnings, then each one (they may have scrolled away)."""
    lines = "".join(f"\n  {w}" for w in warnings)
    return f"{len(warnings)} warning(s) with --strict; the site was not built:{lines}"


def render_guarded(
    stories: Sequence[DigestStory],
    config: Config,
    site: SiteInfo,
    known_stories: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Render the pages; a broken template is a one-line error, not a traceback."""
    import jinja2  # here: a rebuild with no page to render never needs it

    try:
        return render_site(stories, config, site, known_stories)
    except jinja2.TemplateError as exc:
        where = f"{exc.name}:{exc.lineno}: " if isinstance(exc, jinja2.TemplateSyntaxError) else ""
        raise BuildError(f"template error: {where}{exc.message}") from None


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


def extract_articles(docs: Sequence[SourceDoc], cache: Cache) -> list[Article | None]:
    """Extract every document (lined up with `docs`): cached results first, the rest in parallel.

    A cached result replays the warnings its extraction logged, so a warm
    build warns (and fails under --strict) exactly like a cold one.
    """
    version = code_version("digest.extract", *_library_versions("trafilatura", "lxml"))
    keys, contexts = extraction_keys(docs, cache, version)
    outcomes = _cached_extractions(cache.get_many("extract", keys, version))
    todo = [i for i, key in enumerate(keys) if key not in outcomes]
    if todo and contexts is None:
        contexts = _cached_line_sets(docs, [document_key(d) for d in docs], cache, version)
    contexts = contexts or []
    fresh = in_workers(_extract_one, [(docs[i], contexts[i]) for i in todo])
    outcomes.update((keys[i], outcome) for i, outcome in zip(todo, fresh, strict=True))
    cache.retain("extract", keys)
    cache.put_many(
        "extract",
        {
            keys[i]: {"article": record_to_json(a) if a else None, "log": records}
            for i, (a, records) in zip(todo, fresh, strict=True)
        },
        version,
    )
    log.debug("extract: %d cached, %d extracted", len(docs) - len(todo), len(todo))
    extracted = []
    for key in keys:
        article, records = outcomes[key]
        replay(records)
        extracted.append(article)
    return extracted


Extraction = tuple[Article | None, Records]  # the article and what its extraction logged


def _cached_extractions(stored: Mapping[str, Any]) -> dict[str, Extraction]:
    outcomes: dict[str, Extraction] = {}
    for key, data in stored.items():
        try:
            article = record_from_json(Article, data["article"]) if data["article"] else None
            outcomes[key] = (article, [(int(lv), str(msg)) for lv, msg in data["log"]])
        except (KeyError, TypeError, ValueError):
            continue  # stored by an older record layout: extract again
    return outcomes


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
        warn_file(doc.path, f"extraction failed ({type(exc).__name__}: {exc}), skipped")
        return None


def _library_versions(*names: str) -> list[str]:
    found = []
    for name in names:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} absent")
    return found


# What renders the site's pages (jieba, when installed, changes Material's search index).
SITE_LIBRARIES = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "pygments",
    "jieba",
)


def cluster_articles(articles: Sequence[Article], cache: Cache) -> list[list[Article]]:
    """Group the articles into stories, in a stable order, starting from the last build's.

    Unchanged input reuses the stored assignment outright; otherwise the
    previous assignment is handed to clustering so it only places new articles.
    """
    items = [ClusterItem(a.id, a.title, a.text, a.published) for a in articles]
    version = code_version("digest.cluster")
    key = fingerprint((it.id, f"{it.title}\0{it.date}\0{it.text}") for it in items)
    stored = cache.get("cluster")
    if not isinstance(stored, dict) or stored.get("version") != version:
        stored = {}
    assignment = stored.get("assignment") if stored.get("items") == key else None
    if not isinstance(assignment, dict) or set(assignment) != {a.id for a in articles}:
        previous = stored.get("assignment")
        copy_checks = stored.get("copy_checks")
        copy_checks = copy_checks if isinstance(copy_checks, dict) else {}
        assignment = cluster_items(
            items,
            previous if isinstance(previous, dict) else None,
            term_counts(items, cache),
            copy_checks,
        )
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
    return [sorted(g, key=_article_order) for _, g in sorted(groups.items())]


def term_counts(items: Sequence[ClusterItem], cache: Cache) -> dict[str, Any]:
    """Every item's clustering term counts (by item id), from the cache where the
    title and text were seen before: tokenising every article was most of an
    incremental clustering run. Counts are stored as [term, count] pairs, which
    keep their order (the cache writes objects with sorted keys)."""
    from digest.similarity import term_counts as count_terms

    version = code_version("digest.similarity")
    keys = {it.id: fingerprint([("title", it.title), ("text", it.text)]) for it in items}
    stored = cache.get_many("terms", keys.values(), version)
    counts: dict[str, Any] = {}
    fresh: dict[str, Any] = {}
    for it in items:
        data = stored.get(keys[it.id])
        try:
            body, title, names = (dict(pairs) for pairs in data or ())
            counts[it.id] = (body, title, names)
            continue
        except (TypeError, ValueError):
            pass
        counts[it.id] = count_terms(it.title, it.text)
        fresh[keys[it.id]] = [[[t, n] for t, n in c.items()] for c in counts[it.id]]
    cache.put_many("terms", fresh, version)
    cache.retain("terms", keys.values())
    return counts


def _article_order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.id)


def article_quotes(articles: Sequence[Article], cache: Cache) -> dict[str, list[Quote]]:
    """Every article's quotes (by article id), from the cache where the text was seen before."""
    version = code_version("digest.quotes")
    stored = cache.get_many("quotes", (a.id for a in articles), version)
    quotes: dict[str, list[Quote]] = {}
    for article_id, data in stored.items():
        try:
            quotes[article_id] = [record_from_json(Quote, q) for q in data]
        except (TypeError, ValueError):
            continue
    missing = [a for a in articles if a.id not in quotes]
    fresh = {}
    for article, (found, records) in zip(
        missing, in_workers(extract_quotes, [a.text for a in missing]), strict=True
    ):
        replay(records)
        fresh[article.id] = found
    cache.put_many("quotes", {k: [record_to_json(q) for q in v] for k, v in fresh.items()}, version)
    return {**quotes, **fresh}


def assemble_stories(
    groups: Sequence[Sequence[Article]], config: Config, cache: Cache
) -> list[DigestStory]:
    """One DigestStory per group; a group whose articles are unchanged comes from the cache.

    A cached story stores its articles' ids only: the articles themselves are
    the group's (the key is their content), so they are not decoded twice.
    """
    version = code_version("digest.build", _story_settings(config))
    keys = [fingerprint((a.id, repr(a)) for a in group) for group in groups]
    stored = cache.get_many("story", keys, version)
    stories: dict[str, DigestStory] = {}
    for key, group in zip(keys, groups, strict=True):
        if key in stored:
            try:
                stories[key] = _story_from_json(stored[key], group)
            except (KeyError, TypeError, ValueError):
                continue
    todo = [(key, group) for key, group in zip(keys, groups, strict=True) if key not in stories]
    quotes = article_quotes([a for _, group in todo for a in group], cache)
    jobs = [(group, config, {a.id: quotes[a.id] for a in group}) for _, group in todo]
    fresh = {}
    for (key, _), (story, records) in zip(todo, in_workers(_assemble_job, jobs), strict=True):
        replay(records)
        fresh[key] = story
    cache.retain("story", keys)
    cache.retain("quotes", (a.id for group in groups for a in group))
    cache.put_many("story", {k: _story_to_json(s) for k, s in fresh.items()}, version)
    stories.update(fresh)
    return [stories[key] for key in keys]


def _story_to_json(story: DigestStory) -> dict[str, Any]:
    return record_to_json(replace(story, articles=())) | {
        "articles": [a.id for a in story.articles]
    }


def _story_from_json(data: dict[str, Any], group: Sequence[Article]) -> DigestStory:
    by_id = {a.id: a for a in group}
    articles = tuple(by_id[article_id] for article_id in data["articles"])
    return replace(record_from_json(DigestStory, data | {"articles": []}), articles=articles)


def _assemble_job(
    job: tuple[Sequence[Article], Config, Mapping[str, Sequence[Quote]]],
) -> DigestStory:
    return assemble_story(*job)


def _story_settings(config: Config) -> str:
    """The settings a story depends on (taxonomy, quotes shown, tag threshold)."""
    return json.dumps(
        [
            [dataclasses.astuple(rule) for rule in config.taxonomy],
            config.key_quotes,
            config.min_tag_mentions,
        ]
    )


def assemble_story(
    articles: Sequence[Article],
    config: Config,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
) -> DigestStory:
    """Everything one story page shows: comparison, quotes, tags, dates, lead."""
    ordered = sorted(articles, key=_article_order)
    comparison = compare_variants(ordered)
    found = [(a, quotes[a.id] if quotes else extract_quotes(a.text)) for a in ordered]
    story_quotes = merge_story_quotes(found)
    by_id = {a.id: a for a in ordered}
    canonical = by_id[comparison.canonical_id]
    founder = ordered[0]
    dates = sorted(a.published for a in ordered if a.published)
    story_id = founder.id
    return DigestStory(
        id=story_id,
        slug=article_slug(founder),
        title=canonical.title or founder.title or "Untitled story",
        articles=tuple(ordered),
        comparison=comparison,
        quotes=tuple(story_quotes),
        key_quotes=tuple(key_quotes(story_quotes, config.key_quotes)),
        tags=tag_story(ordered, config.taxonomy, config.min_tag_mentions),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        lead=lead_text(canonical),
    )


def searchable_newest(stories: Sequence[DigestStory], full_text: int) -> list[DigestStory]:
    """Keep the newest `full_text` stories in the full-text search index, older ones out.

    Material's search index holds every indexed page's whole text; for
    thousands of stories it grows past what a browser loads. Older stories stay
    findable by title through the archive and tag pages, which are indexed.
    """
    newest = sorted(stories, key=lambda s: (s.last_published or "", s.id), reverse=True)
    indexed = {s.id for s in newest[:full_text]}
    return [s if s.id in indexed else replace(s, search_full_text=False) for s in stories]


def lead_text(article: Article, max_chars: int = 400) -> str:
    """The first sentences of the fullest variant, up to about max_chars."""
    lead = ""
    for paragraph in article.paragraphs:
        for sentence in split_sentences(paragraph):
            if lead and len(lead) + len(sentence) > max_chars:
                return lead
            lead = f"{lead} {sentence}".strip()
        if len(lead) > max_chars / 2:
            return lead
    return lead


def newest_date(articles: Sequence[Article]) -> str | None:
    dates = [a.published for a in articles if a.published]
    return max(dates) if dates else None


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without executing or failing on its custom `!!python` tags."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_mkdocs_settings(path: Path) -> dict[str, Any]:
    """The few mkdocs.yml settings the page generator needs (docs_dir, site_url, ...)."""
    if not path.is_file():
        raise ConfigError(f"{path.name}: MkDocs configuration not found at {path}")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path.name}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: must be a mapping")
    return data


def render_docs(
    stories: Sequence[DigestStory], config: Config, site: SiteInfo, docs_dir: Path, cache: Cache
) -> tuple[dict[str, str], bool]:
    """The pages, written into docs_dir; True if anything there changed.

    When the stories, settings, templates and renderer are those of the last
    build and docs_dir still holds exactly the pages written then, the pages
    are read back rather than rendered again. Otherwise, with the same
    settings, templates and renderer, a story page whose story (and tag slugs)
    are unchanged is read back from docs_dir if it still holds what was written
    then, and only the others are rendered. Unchanged files are never
    rewritten, so `digest serve` (MkDocs watching docs_dir) does not rebuild
    for nothing.
    """
    base = render_key(config, site)
    story_keys = story_page_keys(stories)
    key = fingerprint([("base", base), *story_keys.items()])
    stored = cache.get("render")
    if not isinstance(stored, dict):
        stored = {}
    on_disk: dict[str, str] | None = None
    if stored.get("key") == key:
        on_disk = read_docs(docs_dir)
        if on_disk is not None and pages_fingerprint(on_disk) == stored.get("pages"):
            return on_disk, False
    known: dict[str, str] = {}
    earlier = stored.get("stories")
    if stored.get("base") == base and isinstance(earlier, dict):
        on_disk = on_disk if on_disk is not None else read_docs(docs_dir) or {}
        for path, story_key in story_keys.items():
            page = on_disk.get(path)
            if page is not None and earlier.get(path) == [story_key, _page_hash(page)]:
                known[path] = page
    pages = render_guarded(stories, config, site, known)
    written = not docs_match(pages, docs_dir)
    if written:
        write_docs(pages, docs_dir)
    cache.set(
        "render",
        {
            "key": key,
            "pages": pages_fingerprint(pages),
            "base": base,
            "stories": {path: [k, _page_hash(pages[path])] for path, k in story_keys.items()},
        },
    )
    return pages, written


def _page_hash(page: str) -> str:
    return hashlib.sha256(page.encode()).hexdigest()


def render_key(config: Config, site: SiteInfo) -> str:
    """Everything the rendered pages depend on besides the stories: renderer code,
    settings, site facts and templates (records' reprs are deterministic)."""
    parts: list[tuple[str, str | bytes]] = [
        ("code", code_version("digest.render")),
        ("config", repr(config)),
        ("site", repr(site)),
    ]
    for folder in dict.fromkeys((config.root / "site_templates", TEMPLATES_DIR)):
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            parts.append((f"template:{file.as_posix()}", file.read_bytes()))
    return fingerprint(parts)


def pages_fingerprint(pages: Mapping[str, str]) -> str:
    return fingerprint((rel, pages[rel]) for rel in sorted(pages))


def read_docs(docs_dir: Path) -> dict[str, str] | None:
    """Every file in docs_dir by relative path, or None if it cannot be read."""
    if not docs_dir.is_dir():
        return None
    try:
        return {
            rel: Path(path).read_text(encoding="utf-8")
            for rel, path in sorted(_files_below(docs_dir).items())
        }
    except (OSError, UnicodeDecodeError):
        return None


def docs_match(pages: Mapping[str, str], docs_dir: Path) -> bool:
    """Whether docs_dir holds exactly these pages: same paths, same bytes, nothing else."""
    if not docs_dir.is_dir():
        return False
    on_disk = _files_below(docs_dir)
    if on_disk.keys() != pages.keys():
        return False
    try:
        return all(Path(on_disk[rel]).read_bytes() == pages[rel].encode() for rel in pages)
    except OSError:
        return False


def _files_below(folder: Path) -> dict[str, str]:
    """The files under `folder`: relative POSIX path -> path. Walked with os.walk on
    strings: pathlib's rglob and sorting took half a second at 5,000 articles."""
    found = {}
    root = str(folder)
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.path.isfile(path):
                found[os.path.relpath(path, root).replace(os.sep, "/")] = path
    return found


def build_site(
    config: Config,
    settings: dict[str, Any],
    site_dir: str | Path | None,
    newest: str | None,
    pages: Mapping[str, str],
    cache: Cache,
) -> Path:
    """Run MkDocs, unless the site folder is the one it built last time from these same pages."""
    target = site_target(config, settings, site_dir)
    settings_key = site_settings_key(config, settings)
    key = fingerprint(
        [
            ("settings", settings_key),
            ("epoch", str(_epoch(newest))),
            *((f"page:{rel}", pages[rel]) for rel in sorted(pages)),
        ]
    )
    stored = cache.get("site")
    if isinstance(stored, dict) and stored == {"key": key, **_site_stamp(target)}:
        log.info("site: no page changed, MkDocs skipped")
        return target
    markdown_pages = sorted(p for p in pages if p.endswith(".md"))
    templates_cache = config.cache_dir / "templates" if config.cache_dir else None
    memo = PageMemo.load(cache, settings_key, markdown_pages, templates_cache)
    built = run_mkdocs(config, target, newest, memo, markdown_pages)
    memo.save(cache)
    cache.set("site", {"key": key, **_site_stamp(built)})
    return built


def site_target(config: Config, settings: dict[str, Any], site_dir: str | Path | None) -> Path:
    """Where the site goes: --site-dir, else mkdocs.yml's site_dir."""
    target = Path(site_dir) if site_dir else config.root / str(settings.get("site_dir", "site"))
    return target.resolve()


def site_settings_key(config: Config, settings: dict[str, Any]) -> str:
    """What every MkDocs page depends on besides the pages and the build date:
    the MkDocs configuration (with what it inherits, reads from the environment or
    names in Python), theme overrides and the versions of the rendering libraries."""
    parts: list[tuple[str, str | bytes]] = [("code", code_version("digest.sitememo"))]
    parts.extend(config_inputs(config.mkdocs_config))
    parts.extend(("lib", v) for v in _library_versions(*SITE_LIBRARIES))
    theme = settings.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    folder = config.mkdocs_config.parent / str(custom_dir)
    if custom_dir and folder.is_dir():
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            parts.append((f"theme:{file.relative_to(folder).as_posix()}", file.read_bytes()))
    return fingerprint(parts)


def _site_stamp(target: Path) -> dict[str, Any]:
    """Identifies the site folder MkDocs produced (a new folder is swapped in each run)."""
    try:
        stat = target.stat()
        index = (target / "index.html").stat()
    except OSError:
        return {"site": None}
    return {
        "site": str(target),
        "stamp": [stat.st_ino, stat.st_mtime_ns, index.st_mtime_ns, index.st_size],
    }


def run_mkdocs(
    config: Config,
    target: Path,
    newest: str | None,
    memo: PageMemo | None = None,
    markdown_pages: Sequence[str] = (),
) -> Path:
    """Render the generated pages with MkDocs into a fresh folder, then swap it in.

    A failed MkDocs run leaves the previous site in place. SOURCE_DATE_EPOCH is
    the newest source's date, so the sitemap carries no wall-clock time. With
    a memo, pages whose inputs are those of the last build reuse its results
    (see digest.sitememo).
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_load_config
    from mkdocs.exceptions import MkDocsException

    check_output_folder(target, config, "site_dir")
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(target)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=target.parent))
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(_epoch(newest))
    try:
        mk_config = mkdocs_load_config(
            config_file=str(config.mkdocs_config), site_dir=str(staging), strict=True
        )
        reason = unsupported(mk_config) if memo is not None else "no cache"
        if memo is None or reason:
            log.debug("site: MkDocs page results not reused (%s)", reason)
            mkdocs_build(mk_config)
        else:
            prerender(config.mkdocs_config, staging, memo, markdown_pages)
            with reusing(memo):
                mkdocs_build(mk_config)
            log.info("site: MkDocs %s", memo.summary())
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"MkDocs failed: {exc}") from None
    finally:
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    swap_in(staging, target)
    return target


def remove_stale_staging(target: Path) -> None:
    """Remove what a killed build left beside `target`: `.site-*` / `.docs-*` staging
    folders and a `NAME.old` from an interrupted swap. Builds of one project are not
    run concurrently, so anything of ours found here is stale."""
    parent = target.parent
    if not parent.is_dir():
        return
    stale = [p for p in parent.iterdir() if _STAGING.match(p.name)]
    stale.append(target.with_name(target.name + ".old"))
    for folder in stale:
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


_STAGING = re.compile(r"\.(site|docs)-[a-z0-9_]{8}\Z")  # tempfile.mkdtemp names


def _epoch(day: str | None) -> int:
    if not day:
        return 0
    try:
        moment = datetime.fromisoformat(day[:10]).replace(tzinfo=UTC)
    except ValueError:
        return 0
    return int(moment.timestamp())
