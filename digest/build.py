"""`digest build`: the whole pipeline, one short function per step.

    sources -> extract -> cluster -> compare -> quotes -> tags -> render -> MkDocs

MkDocs (with Material) only renders the Markdown pages written here; there is
no MkDocs plugin or hook of ours (DESIGN.md says why).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
import yaml

from digest.cluster import ClusterItem, cluster_items
from digest.compare import compare_variants
from digest.config import Config, check_output_folder
from digest.errors import BuildError, ConfigError, WarningCounter, log, warn_file
from digest.extract import extract_documents
from digest.models import Article, DigestStory, SourceDoc
from digest.permalinks import article_slug
from digest.quotes import extract_quotes, key_quotes, merge_story_quotes
from digest.render import SiteInfo, render_site, write_docs
from digest.sources import SourceLimits, prose_problem, read_sources
from digest.tags import tag_story
from digest.textutil import split_sentences


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
    """Generate the pages from the content folder and build the site."""
    result = BuildResult()
    counter = WarningCounter()
    log.addHandler(counter)
    try:
        mkdocs_settings = read_mkdocs_settings(config.mkdocs_config)
        with _timed(result, "sources"):
            docs = read_sources(config.content_dir, SourceLimits(int(config.max_file_mb * 1e6)))
        log.info("sources: read %d files from %s", len(docs), config.content_dir.name)
        with _timed(result, "extract"):
            articles = unique_articles(docs, extract_guarded(docs), config.min_article_words)
        log.info("extract: %d articles", len(articles))
        with _timed(result, "cluster"):
            groups = cluster_articles(articles)
        with _timed(result, "stories"):
            stories = [assemble_story(group, config) for group in groups]
        log.info("cluster: %d stories", len(stories))
        with _timed(result, "render"):
            site = SiteInfo(
                site_url=str(mkdocs_settings.get("site_url") or ""),
                site_name=str(mkdocs_settings.get("site_name") or "News digest"),
                newest_date=newest_date(articles),
            )
            pages = render_guarded(stories, config, site)
            docs_dir = config.root / str(mkdocs_settings.get("docs_dir", "docs"))
            check_output_folder(docs_dir, config, "docs_dir")
            remove_stale_staging(docs_dir)
            write_docs(pages, docs_dir)
        log.info("render: wrote %d pages and files to %s", len(pages), docs_dir)
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
                result.site_dir = run_mkdocs(config, mkdocs_settings, site_dir, site.newest_date)
            log.info("site: built %s in %.1f s", result.site_dir, sum(result.timings.values()))
    finally:
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


def extract_guarded(docs: Sequence[SourceDoc]) -> list[Article | None]:
    """Extract all documents; if the extractor crashes, retry one by one so that
    one pathological file becomes a warning instead of stopping the build."""
    try:
        return list(extract_documents(docs))
    except Exception:
        log.debug("extraction failed on the batch; retrying file by file", exc_info=True)
    results: list[Article | None] = []
    for doc in docs:
        try:
            results.extend(extract_documents([doc]))
        except Exception as exc:  # a bug or a hostile file: skip it, keep building
            warn_file(doc.path, f"extraction failed ({type(exc).__name__}: {exc}), skipped")
            results.append(None)
    return results


def render_guarded(
    stories: Sequence[DigestStory], config: Config, site: SiteInfo
) -> dict[str, str]:
    """Render the pages; a broken template is a one-line error, not a traceback."""
    try:
        return render_site(stories, config, site)
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


def cluster_articles(articles: Sequence[Article]) -> list[list[Article]]:
    """Group the articles into stories, in a stable order."""
    assignment = cluster_items([ClusterItem(a.id, a.title, a.text, a.published) for a in articles])
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(assignment[article.id], []).append(article)
    return [sorted(g, key=_article_order) for _, g in sorted(groups.items())]


def _article_order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.id)


def assemble_story(articles: Sequence[Article], config: Config) -> DigestStory:
    """Everything one story page shows: comparison, quotes, tags, dates, lead."""
    ordered = sorted(articles, key=_article_order)
    comparison = compare_variants(ordered)
    quotes = merge_story_quotes([(a, extract_quotes(a.text)) for a in ordered])
    by_id = {a.id: a for a in ordered}
    canonical = by_id[comparison.canonical_id]
    founder = ordered[0]
    dates = sorted(a.published for a in ordered if a.published)
    story_id = founder.id
    return DigestStory(
        id=story_id,
        slug=story_slug(founder),
        title=canonical.title or founder.title or "Untitled story",
        articles=tuple(ordered),
        comparison=comparison,
        quotes=tuple(quotes),
        key_quotes=tuple(key_quotes(quotes, config.key_quotes)),
        tags=tag_story(ordered, config.taxonomy, config.min_tag_mentions),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        lead=lead_text(canonical),
    )


def story_slug(article: Article) -> str:
    """A story's URL slug, derived from one of its articles (never from a counter)."""
    return article_slug(article)


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
_TolerantLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: None
)


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


def run_mkdocs(
    config: Config,
    settings: dict[str, Any],
    site_dir: str | Path | None,
    newest: str | None,
) -> Path:
    """Render the generated pages with MkDocs into a fresh folder, then swap it in.

    A failed MkDocs run leaves the previous site in place. SOURCE_DATE_EPOCH is
    the newest source's date, so the sitemap carries no wall-clock time.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config as mkdocs_load_config
    from mkdocs.exceptions import MkDocsException

    target = Path(site_dir) if site_dir else config.root / str(settings.get("site_dir", "site"))
    target = target.resolve()
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
        mkdocs_build(mk_config)
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"MkDocs failed: {exc}") from None
    finally:
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    if target.exists():
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)
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
