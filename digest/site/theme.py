"""The theme overrides digest ships, and a project's own on top of them.

Material is extended through template overrides (link previews, feed
discovery, the search page's scripts, a sitemap index: `theme/digest/`,
package data). They
apply to every project without a line in its mkdocs.yml. A project that sets
`theme.custom_dir` puts its own folder first: a file there replaces the
shipped file of the same name, and the shipped one stays reachable as
`digest/NAME`, so an override can extend it (`{% extends "digest/main.html" %}`),
as a project's `site_templates/` does for the page templates.

MkDocs has one `custom_dir`; the shipped folders are added to the theme's
search path after loading the configuration, on every load (the build, its
fallback and the memo's workers), so the pages are the same whichever renders.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

THEME_ROOT = Path(__file__).resolve().parent / "theme"  # holds digest/: names as `digest/...`
THEME_DIR = THEME_ROOT / "digest"  # the shipped overrides, by their plain names
# The full list of pages; the shipped sitemap.xml is an index pointing to it
# (theme/digest/sitemap.xml says why). Rendered like sitemap.xml, on every build.
SITEMAP_PAGES = "sitemap-pages.xml"


def load_site_config(config_file: Path | str, **options: Any) -> Any:
    """MkDocs' configuration from `config_file` (options as for mkdocs' load_config),
    with the shipped theme overrides on the theme's search path."""
    from mkdocs.config import load_config

    mk_config = load_config(config_file=str(config_file), **options)
    add_shipped_theme(mk_config.theme)
    return mk_config


def add_shipped_theme(theme: Any) -> None:
    """Search order: the project's custom_dir, the shipped overrides, the theme
    (Material, then MkDocs' base), and last the folder that names the shipped
    overrides `digest/NAME`. Idempotent."""
    dirs: list[str] = theme.dirs
    shipped, root = str(THEME_DIR), str(THEME_ROOT)
    theme.static_templates.add(SITEMAP_PAGES)
    if shipped in dirs:
        return
    own = 1 if theme.custom_dir is not None and dirs and dirs[0] == theme.custom_dir else 0
    dirs.insert(own, shipped)
    dirs.append(root)


def shipped_theme_files() -> list[Path]:
    """The shipped override files, sorted (part of the site's settings key)."""
    return sorted(p for p in THEME_DIR.rglob("*") if p.is_file())
