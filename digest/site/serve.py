"""`digest serve`: live preview that regenerates the pages when sources change.

MkDocs' own server watches the generated docs folder and reloads the browser;
a small polling thread here watches `content/` and the digest's configuration
and regenerates the pages when anything there changes. Polling (one stat pass
a second) needs no extra dependency and behaves the same on every platform.

The served site is the one `digest build` makes: the shipped theme overrides
are on the theme's search path, and after each of the server's builds (the
first and every rebuild) Pagefind indexes it, so the search page works in the
preview too.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from stat import S_ISREG
from typing import Any

from digest.config import CONFIG_FILE, Config, load_config
from digest.errors import DigestError, log
from digest.pipeline import build


def snapshot(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of every file under the given paths, sorted.

    Walked with os.walk on strings, once a second: pathlib's rglob costs several
    times as much on a content folder of thousands of files."""
    files: list[str] = []
    for root in paths:
        if root.is_file():
            files.append(str(root))
        elif root.is_dir():
            for dirpath, _, filenames in os.walk(root):
                files.extend(os.path.join(dirpath, name) for name in filenames)
    entries = []
    for file in files:
        try:
            stat = os.stat(file)
        except OSError:
            continue
        if S_ISREG(stat.st_mode):
            entries.append((file, stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(entries))


def watched_paths(config: Config) -> list[Path]:
    """The content folder and the configuration files the settings came from."""
    config_file = config.config_file or config.root / CONFIG_FILE
    taxonomy_file = config.taxonomy_file or config.root / "taxonomy.yml"
    return [config.content_dir, config_file, taxonomy_file]


def regenerate_on_change(config: Config, stop: threading.Event, interval: float = 1.0) -> None:
    """Rebuild the pages whenever a watched file changes, until `stop` is set."""
    last = snapshot(watched_paths(config))
    while not stop.wait(interval):
        current = snapshot(watched_paths(config))
        if current == last:
            continue
        last = current
        log.info("change detected, regenerating pages")
        try:
            config = load_config(config.root, config.config_file)
            build(config, run_site=False)
        except DigestError as exc:
            log.error("regeneration failed: %s", exc)


def serve(config: Config, dev_addr: str = "127.0.0.1:8000") -> None:
    """Generate once, then serve with live reload until interrupted."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    build(config, run_site=False)
    stop = threading.Event()
    watcher = threading.Thread(target=regenerate_on_change, args=(config, stop), daemon=True)
    watcher.start()
    try:
        with site_as_built():
            mkdocs_serve(config_file=str(config.mkdocs_config), dev_addr=dev_addr, livereload=True)
    finally:
        stop.set()


@contextmanager
def site_as_built() -> Iterator[None]:
    """Within this block, MkDocs' server builds the site as `digest build` does: the
    shipped theme overrides on the search path, and a search index after each build."""
    from mkdocs.commands import serve as mkdocs_serve_module

    from digest.site.search import index_site
    from digest.site.theme import add_shipped_theme

    original_load, original_build = mkdocs_serve_module.load_config, mkdocs_serve_module.build

    def load(*args: Any, **kwargs: Any) -> Any:
        mk_config = original_load(*args, **kwargs)
        add_shipped_theme(mk_config.theme)
        return mk_config

    def build_and_index(mk_config: Any, *args: Any, **kwargs: Any) -> None:
        original_build(mk_config, *args, **kwargs)
        try:
            index_site(Path(mk_config.site_dir))
        except DigestError as exc:  # the preview goes on without search
            log.error("search index not built: %s", exc)

    mkdocs_serve_module.load_config = load  # type: ignore[assignment]
    mkdocs_serve_module.build = build_and_index  # type: ignore[assignment]
    try:
        yield
    finally:
        mkdocs_serve_module.load_config = original_load  # type: ignore[assignment]
        mkdocs_serve_module.build = original_build  # type: ignore[assignment]
