"""MkDocs with the Material theme: the one place that runs the site generator.

The pipeline hands over a folder of Markdown pages; `build_site` runs MkDocs
into a fresh folder and swaps it in, skipping the run when the pages are those
the current site was built from. `MkDocsSettings` is what the rest of digest
reads from mkdocs.yml, typed; nothing else reads that file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from digest.cache import Cache, code_version, fingerprint, library_versions
from digest.config import Config, check_output_folder
from digest.errors import BuildError, ConfigError, log
from digest.dates import clamp_epoch
from digest.safeyaml import load_with
from digest.site.docs_dir import remove_stale_staging
from digest.site.staging import remove_tree, staging_dir, swap_in, write_error
from digest.site.theme import THEME_DIR, load_site_config, shipped_theme_files
from digest.render.permalinks import STORIES_DIR
from digest.site import search
from digest.site.memo import (
    PageMemo,
    config_inputs,
    expected_output,
    prerender,
    reusing,
    unsupported,
)

# What renders the site's pages (jieba, when installed, changes Material's search index).
SITE_LIBRARIES = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "pygments",
    "jieba",
    "pagefind-bin",  # writes the search index into the site (digest.site.search)
)


@dataclass(frozen=True)
class MkDocsSettings:
    """The few mkdocs.yml settings digest itself needs, typed and checked on load."""

    path: Path  # the mkdocs.yml they were read from
    site_name: str = "News digest"
    site_url: str = ""
    docs_dir: str = "docs"
    site_dir: str = "site"
    custom_dir: str | None = None  # theme overrides folder, relative to mkdocs.yml

    def docs_path(self, root: Path) -> Path:
        return root / self.docs_dir

    def site_path(self, root: Path, site_dir: str | Path | None = None) -> Path:
        """Where the site goes: --site-dir, else mkdocs.yml's site_dir."""
        return (Path(site_dir) if site_dir else root / self.site_dir).resolve()


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without executing or failing on its custom `!!python` tags."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_mkdocs_settings(path: Path) -> MkDocsSettings:
    """The settings digest needs from mkdocs.yml; a problem is a ConfigError naming the key."""
    if not path.is_file():
        raise ConfigError(f"{path.name}: MkDocs configuration not found at {path}")
    try:
        data = load_with(path.read_text(encoding="utf-8"), _TolerantLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path.name}: cannot read the MkDocs configuration: {exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path.name}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: must be a mapping")
    theme = data.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    values: dict[str, Any] = {"path": path, "custom_dir": str(custom_dir) if custom_dir else None}
    for key in ("site_name", "site_url", "docs_dir", "site_dir"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ConfigError(f"{path.name}: '{key}' must be a string, got {type(value).__name__}")
        values[key] = value
    return MkDocsSettings(**values)


def placeholder_site_url(settings: MkDocsSettings) -> bool:
    """Whether site_url is in the reserved `.invalid` domain (RFC 2606), as `digest
    new` leaves it until the editor sets the published address: feeds and
    canonical links would point nowhere."""
    host = urlsplit(settings.site_url).hostname or ""
    return host == "invalid" or host.endswith(".invalid")


def build_site(
    config: Config,
    settings: MkDocsSettings,
    site_dir: str | Path | None,
    newest: str | None,
    pages: Mapping[str, str],
    cache: Cache,
) -> Path:
    """Run MkDocs, unless the site folder is the one it built last time from these same pages."""
    target = settings.site_path(config.root, site_dir)
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
    leftovers: list[threading.Thread] = []
    try:
        built, pages_key = run_mkdocs(
            config,
            target,
            newest,
            memo,
            markdown_pages,
            cache.get("search"),
            leftovers,
            pages_done=partial(memo.save, cache),
        )
        cache.set("site", {"key": key, **_site_stamp(built)})
        cache.set("search", search.index_record(built, pages_key))
    finally:
        for removal in leftovers:
            removal.join()
    return built


def site_settings_key(config: Config, settings: MkDocsSettings) -> str:
    """What every MkDocs page depends on besides the pages and the build date:
    the MkDocs configuration (with what it inherits, reads from the environment or
    names in Python), theme overrides and the versions of the rendering libraries."""
    parts: list[tuple[str, str | bytes]] = [
        ("code", code_version("digest.site.memo", code_version("digest.site.search")))
    ]
    parts.extend(config_inputs(config.mkdocs_config))
    parts.extend(("lib", v) for v in library_versions(*SITE_LIBRARIES))
    for file in shipped_theme_files():
        parts.append((f"shipped-theme:{file.relative_to(THEME_DIR).as_posix()}", file.read_bytes()))
    custom_dir = settings.custom_dir
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
    search_record: object = None,
    leftovers: list[threading.Thread] | None = None,
    pages_done: Callable[[], None] | None = None,
) -> tuple[Path, str]:
    """Render the generated pages with MkDocs into a fresh folder, then swap it in.

    A failed MkDocs run leaves the previous site in place. SOURCE_DATE_EPOCH is
    the newest source's date, so the sitemap carries no wall-clock time. With
    a memo, pages whose inputs are those of the last build reuse its results
    (see digest.site.memo). `search_record` describes the search index of the
    site now at `target` (search.index_record), which is kept if the story
    pages are unchanged. With a `leftovers` list, the folder of a search index
    started ahead is removed by a thread put there (the caller joins it once it
    has done its own work) rather than before returning. `pages_done` is called
    once MkDocs has written the pages, before the search index is waited for: on
    a cold build Pagefind is still indexing then, on the other core, so work that
    needs the pages only (storing the memo's results) costs no wall time.
    Returns the site's folder and the fingerprint of its indexed pages (for
    search.index_record, which would otherwise read them again).
    """
    check_output_folder(target, config, "site_dir")
    remove_stale_staging(target)
    staging = staging_dir(target.parent, ".site-")
    early: list[search.EarlyIndex] = []  # the search index, when started ahead
    try:
        _build_into(config, staging, newest, memo, markdown_pages, early)
        if pages_done is not None:
            pages_done()
        try:
            pages_key = search.finish(
                staging, early[0] if early else None, target, search_record
            )
        except BuildError:  # the previous site stays
            remove_tree(staging)
            raise
    finally:
        for started in early:
            started.stop()
            if leftovers is None:
                remove_tree(started.folder)
            else:
                removal = threading.Thread(target=remove_tree, args=(started.folder,))
                removal.start()
                leftovers.append(removal)
    swap_in(staging, target)
    return target, pages_key


def _build_into(
    config: Config,
    staging: Path,
    newest: str | None,
    memo: PageMemo | None,
    markdown_pages: Sequence[str],
    early: list[search.EarlyIndex],
) -> None:
    """MkDocs into `staging`; a search index started ahead is added to `early`."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(_epoch(newest))
    try:
        mk_config = load_site_config(config.mkdocs_config, site_dir=str(staging), strict=True)
        reason = unsupported(mk_config, memo) if memo is not None else None
        if memo is None or reason:
            if reason:
                log.info("site: MkDocs page results not reused (%s)", reason)
            mkdocs_build(mk_config)
        else:
            try:
                if prerender(config.mkdocs_config, staging, memo, markdown_pages):
                    early.extend(_start_index(staging.parent, memo, markdown_pages))
                with reusing(memo):
                    mkdocs_build(mk_config)
                log.info("site: MkDocs %s", memo.summary())
            except (MkDocsException, SystemExit):
                raise
            except Exception as exc:  # the memo wraps library internals: fall back, never fail
                log.info(
                    "site: reusing MkDocs page results failed (%s: %s), plain MkDocs build",
                    type(exc).__name__,
                    exc,
                )
                mkdocs_build(
                    load_site_config(config.mkdocs_config, site_dir=str(staging), strict=True)
                )
    except (MkDocsException, SystemExit) as exc:
        remove_tree(staging)
        raise BuildError(f"MkDocs failed: {exc}") from None
    except OSError as exc:  # a full disk, a permission: the previous site stays
        remove_tree(staging)
        raise write_error(exc, staging) from None
    finally:
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch


def _start_index(
    parent: Path, memo: PageMemo, markdown_pages: Sequence[str]
) -> list[search.EarlyIndex]:
    """Pagefind started on the story pages the pages rendered ahead will make, so that
    it works while MkDocs writes the site (search.finish checks they are the site's)."""
    pages: dict[str, bytes] = {}
    for path in markdown_pages:
        if not path.startswith(f"{STORIES_DIR}/") or path.count("/") != 1:
            continue
        html = expected_output(memo, path)
        if html is None:
            return []  # a story page not rendered ahead: no head start
        content = html.encode("utf-8", errors="xmlcharrefreplace")  # as MkDocs writes it
        if search.INDEXED_MARK in content:
            pages[f"{path.removesuffix('.md')}/index.html"] = content
    if not pages:
        return []
    try:
        folder = staging_dir(parent, ".site-")
    except BuildError:
        return []
    started = search.start_early(folder, pages)
    if started is None:
        remove_tree(folder)
        return []
    return [started]


def _epoch(day: str | None) -> int:
    """The day as SOURCE_DATE_EPOCH, within what a gzip header holds (see digest.dates)."""
    if not day:
        return 0
    try:
        moment = datetime.fromisoformat(day[:10]).replace(tzinfo=UTC)
    except ValueError:
        return 0
    return clamp_epoch(int(moment.timestamp()))
