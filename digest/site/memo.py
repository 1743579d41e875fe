"""Reuse MkDocs' per-page work from the previous build.

Adding one article changes a handful of pages, yet MkDocs converts every
page's Markdown, has the search plugin parse every page's HTML and renders
the theme template for every page again: most of its time on a story site. Those three steps are pure functions of what they read, so each
result is stored per page under a key made of exactly that, and reused when
the key matches:

- Markdown to HTML reads the page's Markdown, its path and URL, the settings,
  and the documentation files its links point to. The lookups of link
  targets are recorded as they happen and replayed against the new file set,
  so a page whose link target appeared, vanished or moved is converted again.
- The search entries read the page's HTML, table of contents, URL, title and
  front matter.
- The template output reads the page (HTML, table of contents, front matter,
  title, URLs, neighbours), the navigation, the tag links the tags plugin
  adds, and the settings.

The settings part (mkdocs.yml, theme overrides, library versions) is one key
over all pages. The build date (the newest article's, so it moves with most
additions) is part of a template output's key only if a theme template reads
it; Material's read it only for the sitemap, which is always rendered.
Anything that would make the results depend on more than that turns reuse
off for the build, which is then a plain MkDocs build: another MkDocs minor
version (the wrapped steps are MkDocs internals), a plugin other than
Material's search and tags (plugins may read anything), a Markdown extension
that reads files (snippets, b64), or an extra template variable nobody
accounted for. A result whose computation logged anything is not stored, so
its messages come again next build.

On a big build with nothing stored, `prerender` gives the pages to worker
processes first, one per core (MkDocs set up once, the workers forked from it,
where a fork is safe). `tests/test_sitememo.py` checks that builds
with reuse give the same site, byte for byte, as plain MkDocs builds.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, cast

from digest.cache import Cache, fingerprint, installed_version
from digest.parallel import MAX_WORKERS, Forked, can_fork
from digest.site.theme import load_site_config

KIND = "mkdocs-page"
PRERENDER_MIN_PAGES = 100  # below this, starting MkDocs in the workers costs more than it saves
SUPPORTED_MKDOCS = "1.6."
SUPPORTED_MATERIAL = "9."
# The library internals reuse wraps: (module, attribute path). If one is missing
# (a library update), the build is a plain MkDocs build.
WRAPPED = (
    ("mkdocs.structure.pages", "Page.render"),
    ("mkdocs.theme", "Theme.get_env"),
    ("material.plugins.search.plugin", "SearchIndex.add_entry_from_context"),
    ("mkdocs.commands.build", "_build_page"),
    ("mkdocs.commands.build", "_populate_page"),
    ("mkdocs.commands.build", "get_context"),
)
KNOWN_PLUGINS = {"search", "tags", "material/search", "material/tags"}
# Markdown extensions that read other files (included snippets, embedded images).
FILE_READING_EXTENSIONS = {"pymdownx.snippets", "pymdownx.b64"}
# Python-Markdown's own extensions: they read nothing but the page and their settings.
BUILTIN_EXTENSIONS = {
    "abbr",
    "admonition",
    "attr_list",
    "codehilite",
    "def_list",
    "extra",
    "fenced_code",
    "footnotes",
    "legacy_attrs",
    "legacy_em",
    "md_in_html",
    "meta",
    "nl2br",
    "sane_lists",
    "smarty",
    "tables",
    "toc",
    "wikilinks",
}
# Template variables MkDocs sets, plus the tags plugin's (checked by name below).
CONTEXT_KEYS = {
    "nav",
    "pages",
    "base_url",
    "extra_css",
    "extra_javascript",
    "mkdocs_version",
    "build_date_utc",
    "config",
    "page",
    "tags",
}

log = logging.getLogger("digest")


def unsupported(mk_config: Any, memo: PageMemo | None = None) -> str | None:
    """Why page results cannot be reused with this MkDocs setup, or None if they can.
    (With the build's `memo`, what the theme reads is found out once for the build.)"""
    import mkdocs

    if not mkdocs.__version__.startswith(SUPPORTED_MKDOCS):
        return f"MkDocs {mkdocs.__version__} (reuse is written for {SUPPORTED_MKDOCS}x)"
    material = _version("mkdocs-material")
    if not material.startswith(SUPPORTED_MATERIAL):
        return f"Material {material} (reuse is written for {SUPPORTED_MATERIAL}x)"
    missing = missing_internals()
    if missing:
        return missing
    unknown = sorted(set(mk_config.plugins) - KNOWN_PLUGINS)
    if unknown:
        return f"plugins {', '.join(unknown)}"
    for name in mk_config["markdown_extensions"]:
        name = str(name)
        short = name.removeprefix("markdown.extensions.")
        if name in FILE_READING_EXTENSIONS or not (
            short in BUILTIN_EXTENSIONS or name.startswith("pymdownx.")
        ):
            return f"Markdown extension {name}"
    dirs = tuple(mk_config.theme.dirs)
    if (memo.reads(dirs) if memo is not None else theme_reads(dirs)).all_pages:
        return "a theme template reads the list of all pages"
    return None


def missing_internals() -> str | None:
    """Which wrapped library internal cannot be found, or None if all are there."""
    for module, path in WRAPPED:
        try:
            found: Any = importlib.import_module(module)
            for part in path.split("."):
                found = getattr(found, part)
        except (ImportError, AttributeError) as exc:
            return f"{module}.{path} not found ({type(exc).__name__})"
    return None


def _version(distribution: str) -> str:
    return installed_version(distribution) or "absent"


_INHERIT = re.compile(r"""^INHERIT:[ \t]*['"]?([^'"\s#]+)""", re.MULTILINE)
_ENV_TAG = re.compile(r"!ENV[ \t]+(\[[^\]\n]*\]|[A-Za-z_]\w*)")
_PYTHON_TAG = re.compile(r"!!python/\w+:([\w.]+)")
# Packages whose version is part of the settings key already.
RENDERING_PACKAGES = {"material", "mkdocs", "markdown", "pymdownx", "pygments", "jinja2"}


def config_inputs(config_file: Path, depth: int = 0) -> list[tuple[str, str | bytes]]:
    """What the MkDocs configuration is made of: its bytes, and beyond them the files
    it inherits from (`INHERIT`), the environment variables it reads (`!ENV`), and the
    source of modules it names (`!!python/name:`) outside the rendering libraries."""
    data = config_file.read_bytes()
    parts: list[tuple[str, str | bytes]] = [(f"config:{config_file.name}", data)]
    text = data.decode("utf-8", errors="replace")
    names = {n for group in _ENV_TAG.findall(text) for n in re.findall(r"[A-Za-z_]\w*", group)}
    parts.extend((f"env:{name}", os.environ.get(name, "\0unset")) for name in sorted(names))
    for dotted in sorted(set(_PYTHON_TAG.findall(text))):
        if dotted.split(".")[0] not in RENDERING_PACKAGES:
            parts.append((f"python:{dotted}", _module_source(dotted)))
    parent = _INHERIT.search(text)
    if parent and depth < 10:
        parent_file = config_file.parent / parent.group(1)
        if parent_file.is_file():
            parts.extend(config_inputs(parent_file, depth + 1))
        else:
            parts.append(("inherit", f"missing {parent.group(1)}"))
    return parts


def _module_source(dotted: str) -> bytes:
    """The source of the module a dotted name lives in (`pkg.mod.attribute`)."""
    import importlib.util

    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        try:
            spec = importlib.util.find_spec(".".join(parts[:end]))
        except (ImportError, ValueError):
            continue
        if spec is not None and spec.origin and Path(spec.origin).is_file():
            return Path(spec.origin).read_bytes()
    return b"unresolved"


@dataclass
class PageMemo:
    """Stored per-page results of the last build, and those of this one."""

    settings_key: str
    stored: dict[str, dict[str, Any]]
    # Where Jinja keeps the theme's compiled templates between builds (None: nowhere).
    templates_cache: Path | None = None
    fresh: dict[str, dict[str, Any]] = field(default_factory=dict)
    reused: dict[str, int] = field(default_factory=lambda: {"render": 0, "search": 0, "html": 0})
    redone: dict[str, int] = field(default_factory=lambda: {"render": 0, "search": 0, "html": 0})
    # The pages whose `stored` results were read from the cache (not rendered ahead).
    in_cache: set[str] = field(default_factory=set)
    # What each theme's templates read (`theme_reads`), found out once per build.
    theme: dict[tuple[str, ...], ThemeReads] = field(default_factory=dict)

    @classmethod
    def load(
        cls, cache: Cache, settings_key: str, page_paths: list[str], templates_cache: Path | None
    ) -> PageMemo:
        stored = cache.get_many(KIND, page_paths, settings_key)
        return cls(settings_key, stored, templates_cache, in_cache=set(stored))

    def save(self, cache: Cache) -> None:
        """Store this build's results: only the pages whose results differ from what the
        cache holds are written (encoding every page's HTML again was most of the time
        saving took after a build that reused nearly all of them)."""
        changed = {
            path: steps
            for path, steps in self.fresh.items()
            if path not in self.in_cache or steps != self.stored.get(path)
        }
        cache.put_many(KIND, changed, self.settings_key)
        cache.retain(KIND, self.fresh)

    def lookup(self, path: str, step: str, key: str) -> Any:
        """The stored result of `step` for page `path` if it was made under `key`."""
        entry = self.stored.get(path, {}).get(step)
        if isinstance(entry, dict) and entry.get("key") == key:
            return entry.get("value")
        return None

    def keep(self, path: str, step: str, key: str, value: Any) -> None:
        self.fresh.setdefault(path, {})[step] = {"key": key, "value": value}

    def reads(self, dirs: tuple[str, ...]) -> ThemeReads:
        if dirs not in self.theme:
            self.theme[dirs] = theme_reads(dirs)
        return self.theme[dirs]

    def summary(self) -> str:
        return ", ".join(
            f"{step} {self.reused[step]} reused/{self.redone[step]} redone" for step in self.reused
        )


@contextmanager
def reusing(memo: PageMemo) -> Iterator[None]:
    """Within this block, MkDocs builds reuse the memo's page results."""
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.commands import build as mkdocs_build_module
    from mkdocs.structure.pages import Page
    from mkdocs.theme import Theme

    original_render = Page.render
    original_get_env = Theme.get_env
    original_search = SearchIndex.add_entry_from_context
    original_build_page = mkdocs_build_module._build_page

    def render(page: Any, config: Any, files: Any) -> None:
        _render_page(memo, original_render, page, config, files)

    def add_entry(index: Any, page: Any) -> None:
        _search_entries(memo, original_search, index, page)

    def build_page(
        page: Any, config: Any, doc_files: Any, nav: Any, env: Any, *args: Any, **kw: Any
    ) -> None:
        dated = memo.reads(tuple(config.theme.dirs)).build_date
        memo_env = _MemoEnv(env, memo, nav, dated)
        original_build_page(page, config, doc_files, nav, cast(Any, memo_env), *args, **kw)

    def get_env(theme: Any) -> Any:
        """The theme's Jinja environment, keeping compiled templates between builds
        (compiling Material's templates was a third of a second of every build)."""
        env = original_get_env(theme)
        if memo.templates_cache is not None:
            import jinja2

            try:
                memo.templates_cache.mkdir(parents=True, exist_ok=True)
            except OSError:
                return env  # an unwritable cache folder only costs the compiling
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(memo.templates_cache))
        return env

    Page.render = render  # type: ignore[method-assign, assignment]
    Theme.get_env = get_env  # type: ignore[method-assign, assignment]
    SearchIndex.add_entry_from_context = add_entry  # type: ignore[method-assign]
    mkdocs_build_module._build_page = build_page  # type: ignore[assignment]
    try:
        yield
    finally:
        Page.render = original_render  # type: ignore[method-assign]
        Theme.get_env = original_get_env  # type: ignore[method-assign]
        SearchIndex.add_entry_from_context = original_search  # type: ignore[method-assign]
        mkdocs_build_module._build_page = original_build_page


# --- a head start on a big build -----------------------------------------------------


def prerender(config_file: Path, site_dir: Path, memo: PageMemo, paths: Sequence[str]) -> bool:
    """Render the pages the memo knows nothing of in worker processes, one per core.

    MkDocs renders pages one after another; on a cold build of a large site
    that is most of its time while the other cores sit idle. MkDocs is set up
    as a build does (configuration, plugins, files, navigation, every page's
    source read, the navigation's pages converted), and each worker puts its
    share of the pages through the three memoised steps (Markdown to HTML,
    search entries, theme template) into the memo. Where a fork is safe the
    set-up is done once, here, and the workers are forked from it; elsewhere
    each worker of a process pool sets MkDocs up itself. The build that
    follows finds the results under the same keys (a key that differs is
    simply computed again), so the site is the one a plain build makes. Any
    failure here only costs the head start. True if the workers rendered the pages.
    """
    todo = [path for path in paths if path not in memo.stored]
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(todo) < PRERENDER_MIN_PAGES or workers < 2:
        return False
    shares = [todo[i::workers] for i in range(workers)]
    try:
        if can_fork():
            found = _prerender_forked(config_file, site_dir, shares, memo.templates_cache)
        else:
            found = _prerender_pooled(config_file, site_dir, shares, memo.templates_cache)
    except Exception as exc:
        log.debug("site: no head start on page conversion (%s)", exc)
        return False
    for share in found:
        for path, steps in share.items():
            memo.stored.setdefault(path, {}).update(steps)
    return True


def expected_output(memo: PageMemo, path: str) -> str | None:
    """The theme template's output for page `path` as the memo holds it (from the
    last build, or rendered ahead): what MkDocs will write if the key still holds."""
    entry = memo.stored.get(path, {}).get("html")
    value = entry.get("value") if isinstance(entry, dict) else None
    return value if isinstance(value, str) else None


Found = dict[str, dict[str, Any]]  # memo entries by page


def _prerender_forked(
    config_file: Path, site_dir: Path, shares: list[list[str]], templates_cache: Path | None
) -> list[Found]:
    """MkDocs set up once in this process, quietly; then one worker per share but the
    first is forked from it (they start with the set-up in memory and only convert and
    render), and this process does the first share meanwhile.

    The first share's first page is rendered before the workers are forked: rendering
    it loads and compiles the theme's templates (and sets up Markdown), which every
    worker would otherwise do again for itself (0.2-0.5 s of CPU each)."""
    memo = PageMemo(settings_key="", stored={}, templates_cache=templates_cache)
    first, rest = shares[0][:1], shares[0][1:]
    with reusing(memo):
        with _quiet():
            ahead = _set_up(config_file, site_dir, memo, convert=set())
            _render_share(ahead, memo, first)  # its results are the first share's too
        forks: list[Forked[Found]] = []
        try:
            for share in shares[1:]:
                forks.append(Forked(partial(_forked_share, ahead, memo, share)))
            with _quiet():
                own = _render_share(ahead, memo, rest)
            return [own, *(fork.result() for fork in forks)]
        finally:
            for fork in forks:
                fork.close()


def _forked_share(ahead: _SetUp, memo: PageMemo, share: list[str]) -> Found:
    """(In a forked worker) the memo entries of one share of the pages."""
    _drop_log_handlers()
    return _render_share(ahead, memo, share)


def _render_share(ahead: _SetUp, memo: PageMemo, share: list[str]) -> Found:
    """The memo entries of one share of the pages, MkDocs set up (`ahead`): the pages
    not converted in the set-up are, then all go through the theme template."""
    config, files = ahead.config, ahead.files
    for page in ahead.pages(share):
        if page.file.src_uri in ahead.converted:
            continue
        config._current_page = page
        try:  # the rest of `_populate_page`, whose first steps the set-up did
            page.render(config, files)
            page.content = config.plugins.on_page_content(
                page.content, page=page, config=config, files=files
            )
        finally:
            config._current_page = None
    _render_templates(ahead, memo, share)
    return memo.fresh


def _prerender_pooled(
    config_file: Path, site_dir: Path, shares: list[list[str]], templates_cache: Path | None
) -> list[Found]:
    from concurrent.futures import ProcessPoolExecutor  # here: most builds need no workers

    jobs = [(str(config_file), str(site_dir), share, templates_cache) for share in shares]
    with ProcessPoolExecutor(max_workers=len(shares)) as pool:
        return list(pool.map(_prerender_share, jobs))


def _prerender_share(job: tuple[str, str, list[str], Path | None]) -> Found:
    """(In a pool's worker) the memo entries of one share of the pages, MkDocs set up here."""
    config_file, site_dir, paths, templates_cache = job
    _drop_log_handlers()
    memo = PageMemo(settings_key="", stored={}, templates_cache=templates_cache)
    with reusing(memo):
        ahead = _set_up(Path(config_file), Path(site_dir), memo, convert=set(paths))
        _render_templates(ahead, memo, paths)
    return memo.fresh


@dataclass(frozen=True)
class _SetUp:
    """MkDocs as a build has it just before it renders the pages' templates."""

    config: Any
    files: Any
    nav: Any
    env: Any
    doc_files: Any
    converted: frozenset[str]  # the pages whose Markdown is converted

    def pages(self, paths: Sequence[str]) -> list[Any]:
        wanted = set(paths)
        return [f.page for f in self.doc_files if f.src_uri in wanted and f.page is not None]


def _set_up(config_file: Path, site_dir: Path, memo: PageMemo, convert: set[str]) -> _SetUp:
    """MkDocs set up as `mkdocs build` does, the pages in `convert` and the navigation's
    converted; every other page is only read (front matter and Markdown through the
    plugins, which is what the tags listing needs). Whatever differs from the build
    proper (a page not converted here) gives a different key there, so it is done again.
    """
    from mkdocs.commands.build import _populate_page
    from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
    from mkdocs.structure.nav import get_navigation
    from mkdocs.structure.pages import Page

    config = load_site_config(config_file, site_dir=str(site_dir))
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    converted = frozenset(convert | {page.file.src_uri for page in nav.pages})
    for file in doc_files:
        page = file.page if file.page is not None else Page(None, file, config)
        if file.src_uri in converted:
            _populate_page(page, config, files)  # nav pages: their titles, the tags listing
        else:
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            assert page.markdown is not None
            page.markdown = config.plugins.on_page_markdown(
                page.markdown, page=page, config=config, files=files
            )
            page.content = ""  # not shown by other pages; a tags listing may be put here
    env = config.plugins.on_env(env, config=config, files=files)
    return _SetUp(config, files, nav, env, doc_files, converted)


def _render_templates(ahead: _SetUp, memo: PageMemo, paths: Sequence[str]) -> None:
    """The share's pages through the page-context plugins (search) and the theme
    template, as `mkdocs build` does for each page, without writing anything."""
    from mkdocs.commands.build import get_context

    config, nav = ahead.config, ahead.nav
    memo_env = _MemoEnv(ahead.env, memo, nav, memo.reads(tuple(config.theme.dirs)).build_date)
    for page in ahead.pages(paths):
        config._current_page = page
        page.active = True
        try:
            context = get_context(nav, ahead.doc_files, config, page)
            template = memo_env.get_template(page.meta.get("template", "main.html"))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            template.render(context)
        finally:
            page.active = False
            config._current_page = None


def _drop_log_handlers() -> None:
    """(In a worker) log nothing: the build proper logs what matters, once."""
    for name in ("", "mkdocs", "digest"):
        logging.getLogger(name).handlers = []
    logging.getLogger("digest").propagate = True


@contextmanager
def _quiet() -> Iterator[None]:
    """Within this block nothing reaches the build's log handlers (the build proper
    logs what matters); records are still made, so `_logged` sees them."""
    loggers = [logging.getLogger(name) for name in ("", "mkdocs", "digest")]
    saved = [(logger.handlers, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.handlers, logger.propagate = [logging.NullHandler()], False
    try:
        yield
    finally:
        for logger, (handlers, propagate) in zip(loggers, saved, strict=True):
            logger.handlers, logger.propagate = handlers, propagate


# --- Markdown to HTML ---------------------------------------------------------------


def _render_page(
    memo: PageMemo, original: Callable[..., None], page: Any, config: Any, files: Any
) -> None:
    from mkdocs.structure.pages import log as pages_log
    from mkdocs.structure.toc import get_toc

    path = page.file.src_uri
    key = fingerprint(
        [
            ("markdown", page.markdown or ""),
            ("src", path),
            ("url", page.file.url),
            ("excluded", str(page.file.inclusion.is_excluded())),
            # MkDocs records links to anchors (for their validation) only above DEBUG
            ("anchor links", str(pages_log.getEffectiveLevel() > logging.DEBUG)),
        ]
    )
    stored = memo.lookup(path, "render", key)
    if stored is not None and _lookups_hold(stored["lookups"], files):
        page.content = stored["content"]
        page.toc = get_toc(stored["toc"])
        page._title_from_render = stored["title"]
        page.present_anchor_ids = set(stored["anchors"])
        if stored["links"] is not None:
            page.links_to_anchors = {
                files.get_file_from_path(target): links for target, links in stored["links"].items()
            }
        memo.keep(path, "render", key, stored)
        memo.reused["render"] += 1
        return
    recorder = _RecordingFiles(files)
    with _logged() as records:
        original(page, config, recorder)
    memo.redone["render"] += 1
    if records or recorder.opaque:
        return
    links = getattr(page, "links_to_anchors", None)
    memo.keep(
        path,
        "render",
        key,
        {
            "content": page.content,
            "toc": _toc_tokens(page.toc),
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": None
            if links is None
            else {target.src_uri: dict(found) for target, found in links.items()},
            "lookups": recorder.lookups,
        },
    )


class _RecordingFiles:
    """The build's file set, recording which paths a page's links looked up."""

    def __init__(self, files: Any) -> None:
        self._files = files
        self.lookups: dict[str, list[Any] | None] = {}
        self.opaque = False

    def get_file_from_path(self, path: str) -> Any:
        found = self._files.get_file_from_path(path)
        self.lookups[path] = _file_facts(found)
        return found

    def __getattr__(self, name: str) -> Any:
        self.opaque = True  # read in a way not recorded: do not reuse the result
        return getattr(self._files, name)


def _file_facts(file: Any) -> list[Any] | None:
    return None if file is None else [file.url, file.inclusion.is_excluded()]


def _lookups_hold(lookups: dict[str, Any], files: Any) -> bool:
    return all(_file_facts(files.get_file_from_path(p)) == facts for p, facts in lookups.items())


def _toc_tokens(toc: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": item.title,
            "id": item.id,
            "level": item.level,
            "children": _toc_tokens(item.children),
        }
        for item in toc
    ]


# --- search entries -----------------------------------------------------------------


def _search_entries(memo: PageMemo, original: Callable[..., None], index: Any, page: Any) -> None:
    path = page.file.src_uri
    key = fingerprint(
        [
            ("content", page.content or ""),
            ("toc", _dumps(_toc_tokens(page.toc))),
            ("url", page.url),
            ("title", str(page.title)),
            ("meta", _dumps(page.meta)),
        ]
    )
    stored = memo.lookup(path, "search", key)
    if isinstance(stored, str):  # JSON text: the cache sorts keys, the index keeps their order
        index.entries.extend(json.loads(stored))
        memo.keep(path, "search", key, stored)
        memo.reused["search"] += 1
        return
    before = len(index.entries)
    with _logged() as records:
        original(index, page)
    memo.redone["search"] += 1
    if not records:
        memo.keep(path, "search", key, json.dumps(index.entries[before:], ensure_ascii=False))


# --- the theme template -------------------------------------------------------------


class _MemoEnv:
    """MkDocs' Jinja environment, as seen by one page build: its page template is memoised."""

    def __init__(self, env: Any, memo: PageMemo, nav: Any, dated: bool) -> None:
        self._env, self._memo, self._nav, self._dated = env, memo, nav, dated

    def get_template(self, name: str, *args: Any, **kwargs: Any) -> Any:
        template = self._env.get_template(name, *args, **kwargs)
        return _MemoTemplate(template, name, self._memo, self._nav, self._dated)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._env, name)


class _MemoTemplate:
    def __init__(self, template: Any, name: str, memo: PageMemo, nav: Any, dated: bool) -> None:
        self._template, self._name, self._memo, self._nav = template, name, memo, nav
        self._dated = dated

    def render(self, context: Any) -> str:
        key = _context_key(self._name, context, self._nav, self._dated)
        page = context.get("page")
        if key is None or page is None:
            return str(self._template.render(context))
        path = page.file.src_uri
        stored = self._memo.lookup(path, "html", key)
        if isinstance(stored, str):
            self._memo.keep(path, "html", key, stored)
            self._memo.reused["html"] += 1
            return stored
        with _logged() as records:
            output = str(self._template.render(context))
        self._memo.redone["html"] += 1
        if not records:
            self._memo.keep(path, "html", key, output)
        return output

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)


def _context_key(name: str, context: Any, nav: Any, dated: bool) -> str | None:
    """Everything the page template can read, or None if something unaccounted for is there."""
    if set(context) - CONTEXT_KEYS:
        return None
    page = context["page"]
    neighbours = [
        None if other is None else [other.url, str(other.title)]
        for other in (page.previous_page, page.next_page)
    ]
    return fingerprint(
        [
            ("template", name),
            ("src", page.file.src_uri),
            ("url", page.url),
            ("canonical", str(page.canonical_url)),
            ("edit", str(page.edit_url)),
            ("title", str(page.title)),
            ("homepage", str(page.is_homepage)),
            ("meta", _dumps(page.meta)),
            ("content", page.content or ""),
            ("toc", _dumps(_toc_tokens(page.toc))),
            ("neighbours", _dumps(neighbours)),
            ("ancestors", _dumps([str(a.title) for a in page.ancestors])),
            ("nav", _dumps(_nav_outline(nav.items))),
            ("base_url", context["base_url"]),
            ("css", _dumps(list(context["extra_css"]))),
            ("js", _dumps([str(s) for s in context["extra_javascript"]])),
            ("build_date", f"{context['build_date_utc']} {page.update_date}" if dated else ""),
            ("tags", _dumps(_tag_links(context.get("tags")))),
        ]
    )


def _nav_outline(items: Any) -> list[Any]:
    """The navigation as every page shows it: titles, URLs, and each nav page's front
    matter (Material shows its icon, subtitle and status) and index flag."""
    outline: list[Any] = []
    for item in items:
        children = getattr(item, "children", None)
        outline.append(
            [
                type(item).__name__,
                str(item.title),
                str(getattr(item, "url", "")),
                getattr(item, "meta", None),
                bool(getattr(item, "is_index", False)),
                _nav_outline(children) if children else [],
            ]
        )
    return outline


def _tag_links(tags: Any) -> list[Any]:
    if not tags:
        return []
    return [
        [
            str(tag.name),
            bool(getattr(tag, "hidden", False)),
            str(getattr(tag, "parent", None)),
            [[str(link.title), str(link.url)] for link in getattr(tag, "links", [])],
        ]
        for tag in tags
    ]


# --- helpers ------------------------------------------------------------------------


# Template variables a page's output would depend on beyond its key: the build date,
# and `pages` (every page of the site; `nav_item.pages` is a section's, and fine).
_BUILD_DATE = re.compile(r"build_date_utc|update_date")
_ALL_PAGES = re.compile(r"(?<![\w.])pages(?!\w)")


@dataclass(frozen=True)
class ThemeReads:
    """What the theme's templates read beyond a page's key (the sitemaps aside)."""

    build_date: bool  # the build date: then it is part of every page's key
    all_pages: bool  # the list of all pages: then nothing can be reused


def theme_reads(dirs: tuple[str, ...]) -> ThemeReads:
    """Whether the theme folders' templates read the build date or the list of all
    pages, from one walk over them."""
    build_date = all_pages = False
    for path in _theme_templates(dirs):
        text = path.read_text(encoding="utf-8", errors="replace")
        build_date = build_date or bool(_BUILD_DATE.search(text))
        all_pages = all_pages or bool(_ALL_PAGES.search(text))
    return ThemeReads(build_date, all_pages)


def _theme_templates(dirs: tuple[str, ...]) -> list[Path]:
    """The theme folders' templates, the sitemaps aside (static templates, rendered on
    every build). Icon folders (`.icons`, thousands of SVG files) are not walked."""
    found = []
    for folder in dirs:
        for parent, subdirs, files in os.walk(folder):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".html", ".xml")) and not name.startswith("sitemap"):
                    found.append(Path(parent, name))
    return found


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


class _Collect(logging.Handler):
    """A handler that keeps the records it is given, in `records`.

    Defined once: making the class anew on each `_logged` block (three a page)
    cost more than the rest of the block."""

    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG + 1)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _logged() -> Iterator[list[logging.LogRecord]]:
    """The log records emitted inside the block (by MkDocs, Markdown or anything else)."""
    records: list[logging.LogRecord] = []
    handler = _Collect(records)
    watched = [logging.getLogger(), logging.getLogger("mkdocs")]
    for logger in watched:
        logger.addHandler(handler)
    try:
        yield records
    finally:
        for logger in watched:
            logger.removeHandler(handler)
