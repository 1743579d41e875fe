"""Site search that loads in pieces: a Pagefind index built over the finished site.

Material's own search ships the whole index (every page's text) to every page
view: 1.6 MB on a digest of a thousand stories, whether or not the reader
searches. Pagefind splits its index into small fragments that the search page
fetches only for the words typed. Only story pages are indexed (the theme marks
their content with `data-pagefind-body`), so a search lists stories, never the
archive, tag, source or people listings that merely repeat their headlines.

The index is built by the Pagefind binary (the `pagefind-bin` package) after
MkDocs, into the site folder before it is swapped in; it is not a MkDocs
plugin, so another renderer of the same pages gets the same search.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from digest.errors import BuildError, log
from digest.render.permalinks import STORIES_DIR

INDEX_DIR = "pagefind"  # inside the site folder; the search page loads it from there
STORY_PAGES = f"{STORIES_DIR}/*/index.html"


def pagefind_executable() -> Path | None:
    """The Pagefind binary the `pagefind-bin` package ships, or None without it."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return Path(get_executable())
    except (FileNotFoundError, OSError):
        return None


def index_site(site_dir: Path) -> bool:
    """Write the search index into `site_dir`/pagefind; False (with a warning) without Pagefind.

    A site without an index still works: its search page says search is
    unavailable. A Pagefind that fails on the site is a build error.
    """
    executable = pagefind_executable()
    if executable is None:
        log.warning("search: the pagefind-bin package is not installed, site built without search")
        return False
    command = [
        str(executable),
        "--site",
        str(site_dir),
        "--output-subdir",
        INDEX_DIR,
        # Only story pages carry content to index: parsing the others (listings,
        # people, redirects) would be most of Pagefind's time for nothing.
        "--glob",
        STORY_PAGES,
        "--quiet",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.SubprocessError) as exc:
        raise BuildError(f"search: Pagefind could not run: {exc}") from None
    if done.returncode != 0:
        message = (done.stderr or done.stdout).strip().splitlines()
        raise BuildError(f"search: Pagefind failed: {message[-1] if message else done.returncode}")
    return True
