"""`digest build`: the whole pipeline, one short function.

    sources -> extract -> cluster -> stories (compare, quotes, tags) -> render -> site

Each stage lives in the package of its name; its `stage` module runs it as a
build does (cached, in parallel). The site generator (MkDocs with Material)
only renders the Markdown pages written here; there is no MkDocs plugin or
hook of ours (DESIGN.md says why).
"""

from __future__ import annotations

import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digest.cache import Cache
from digest.cluster.stage import cluster_articles, load_clustering
from digest.config import Config, check_output_folder
from digest.distributed import Executor
from digest.errors import NOT_STRICT, BuildError, WarningCounter, log
from digest.extract.stage import extract_articles, extract_stream, unique_among, unique_articles
from digest.lock import build_lock, lock_path
from digest.models import LEARNS_FROM, Article, DigestStory
from digest.parallel import replay
from digest.render.pages import SiteInfo
from digest.render.permalinks import unique_story_slugs
from digest.render.stage import render_docs
from digest.site.docs_dir import remove_stale_staging
from digest.site.mkdocs import build_site, placeholder_site_url, read_mkdocs_settings
from digest.sources import SourceLimits, iter_sources, quiet_sources, read_sources
from digest.stories.assemble import searchable_newest
from digest.stories.checks import story_warnings
from digest.stories.select import topic_articles, topic_groups
from digest.stories.stage import QuotesAhead, assemble_stories, quotes_ahead


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
    executor: Executor | None = None,
) -> BuildResult:
    """Generate the pages from the content folder and build the site.

    Every stage reuses what the cache in `config.cache_dir` holds from earlier
    builds; the result is the same with a warm, cold, corrupt or no cache.
    One build of a project runs at a time (digest.lock). The per-document work
    runs on `executor` (default: this machine's cores; a Dask cluster's workers
    with `--dask`), with the same result.
    """
    with build_lock(lock_path(config.root, config.cache_dir), config.lock_timeout):
        return _build(config, strict, site_dir, run_site, executor)


def _build(
    config: Config,
    strict: bool,
    site_dir: str | Path | None,
    run_site: bool,
    executor: Executor | None = None,
) -> BuildResult:
    result = BuildResult()
    counter = WarningCounter()
    log.addHandler(counter)
    cache = Cache.for_dir(config.cache_dir)
    ahead: QuotesAhead | None = None
    try:
        mkdocs_settings = read_mkdocs_settings(config.mkdocs_config)
        if placeholder_site_url(mkdocs_settings):
            log.warning(
                "%s: site_url %s is a placeholder: set it to the address the site is "
                "published at (feed, canonical and og:url links are made from it)",
                config.mkdocs_config.name,
                mkdocs_settings.site_url,
            )
        limits = SourceLimits(
            int(config.max_file_mb * 1e6), config.content_dir, config.follow_symlinks
        )
        if executor is not None and executor.remote:
            sources, articles = _streamed_articles(config, limits, cache, executor, result)
        else:
            with _timed(result, "sources"):
                docs = read_sources(config.content_dir, limits)
            sources = len(docs)
            log.info("sources: read %d files from %s", sources, config.content_dir.name)
            with _timed(result, "extract"):
                # A worker extracts what is new while this process loads the libraries
                # clustering computes with (docs/speed.md, "Rebuilds at 100 articles").
                extracted = extract_articles(docs, cache, executor, meanwhile=load_clustering)
                articles = unique_articles(docs, extracted, config.min_article_words)
            del docs, extracted  # the pages' text: not needed any more
        log.info("extract: %d articles", len(articles))
        result.articles = len(articles)
        with _timed(result, "cluster"):
            ahead = quotes_ahead(articles, config, cache, executor)  # on the idle cores
            groups = cluster_articles(
                articles, cache, executor=executor, keep_text=topic_articles(config)
            )
        del articles  # held by the groups now; those of stories left out can go
        with _timed(result, "stories"):
            groups = topic_groups(groups, config)
            stories = assemble_stories(groups, config, cache, executor=executor, ahead=ahead)
            del groups
            stories = unique_story_slugs(stories)
            stories = searchable_newest(stories, config.search_full_text_stories)
        log.info("cluster: %d stories", len(stories))
        for line in story_warnings(stories):  # advice on the stories, not broken input:
            log.warning("%s", line, extra=NOT_STRICT)  # shown, but no --strict failure
        with _timed(result, "render"):
            site = SiteInfo(
                site_url=mkdocs_settings.site_url,
                site_name=mkdocs_settings.site_name,
                newest_date=newest_date([a for story in stories for a in story.articles]),
            )
            docs_dir = mkdocs_settings.docs_path(config.root)
            check_output_folder(docs_dir, config, "docs_dir")
            remove_stale_staging(docs_dir)
            pages, written = render_docs(stories, config, site, docs_dir, cache)
        log.info(
            "render: %s %d pages and files in %s",
            "wrote" if written else "unchanged,",
            len(pages),
            docs_dir,
        )
        result.sources, result.stories = sources, stories
        result.pages, result.docs_dir = pages, docs_dir
        log.info(
            "summary: %d source files, %d articles, %d stories, %d pages",
            sources,
            result.articles,
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
        if ahead is not None:  # its results were taken, or the build failed before
            ahead.close()
        cache.close()
        log.removeHandler(counter)
        result.warnings = counter.messages
    return result


def _streamed_articles(
    config: Config, limits: SourceLimits, cache: Cache, executor: Executor, result: BuildResult
) -> tuple[int, list[Article]]:
    """Sources read and extracted as they go (a remote executor's workers extract):
    the client holds a window of pages at a time, never all of them, and keeps each
    page's path and article only, and from a first reading each text copy's and page's
    profile (digests of its lines' keys for a page), which the collection learns its
    outlets' furniture from. Warnings come in the order a build that reads everything
    first gives: the reading's, then the extractions', then the checks'."""
    with _timed(result, "extract"):
        # a first reading, for what the text copies and pages learn from each other
        learned_from = quiet_sources(config.content_dir, limits, LEARNS_FROM)
        paths, outcomes = extract_stream(
            iter_sources(config.content_dir, limits), learned_from, cache, executor
        )
        log.info("sources: read %d files from %s", len(paths), config.content_dir.name)
        for _, records in outcomes:
            replay(records)
        extracted = [article for article, _ in outcomes]
        del outcomes
        articles = unique_among(paths, extracted, config.min_article_words)
    return len(paths), articles


class _timed:
    """Record a stage's wall time in the result (for -v and the benchmark).

    The log line also gives the CPU seconds of this process and of the worker
    processes that ended during the stage: a stage whose wall time is near its
    main-process CPU time keeps one core busy, and the other idle."""

    def __init__(self, result: BuildResult, stage: str) -> None:
        self.result, self.stage = result, stage

    def __enter__(self) -> None:
        self.start, self.cpu = time.perf_counter(), _cpu_seconds()

    def __exit__(self, *exc: object) -> None:
        elapsed = time.perf_counter() - self.start
        (own, workers), (own_before, workers_before) = _cpu_seconds(), self.cpu
        own, workers = own - own_before, workers - workers_before
        self.result.timings[self.stage] = elapsed
        log.debug(
            "stage %s: %.2f s (CPU s: main %.2f, workers %.2f)",
            self.stage,
            elapsed,
            own,
            workers,
        )


def _cpu_seconds() -> tuple[float, float]:
    """User + system CPU seconds of this process, and of its ended child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def strict_summary(warnings: Sequence[str]) -> str:
    """The --strict failure: how many warnings, then each one (they may have scrolled away)."""
    lines = "".join(f"\n  {w}" for w in warnings)
    return f"{len(warnings)} warning(s) with --strict; the site was not built:{lines}"


def newest_date(articles: Sequence[Article]) -> str | None:
    dates = [a.published for a in articles if a.published]
    return max(dates) if dates else None
