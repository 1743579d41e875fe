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

Pagefind numbers pages in the order it meets them walking a folder, which is
the order the file system lists them in (on ext4 a hash order seeded per file
system), and its index files follow that order: the same pages written in two
orders in memory gave two different indexes. So Pagefind is never given a
project's folder. The story pages' views (`index_view`) are written into a new
folder in memory (/dev/shm, Linux), in the order that makes it list them by
their paths: such a folder lists entries in the order they were made, or its
reverse, depending on the kernel, which a probe finds out (`_listing_order`).
Where there is no such space, the temporary folder is used; if its file system
lists in an order of its own, the index follows it (logged once).

On a build that renders most pages ahead in worker processes (digest.site.memo),
the story pages are known before MkDocs writes them: Pagefind then indexes
them while MkDocs builds the site (`start_early`), and the index is used only
if the site's indexed pages turn out to be exactly those (`finish`); otherwise
Pagefind indexes the site's pages after MkDocs, as on any other build.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from digest.cache import fingerprint, library_versions
from digest.errors import BuildError, log
from digest.render.permalinks import STORIES_DIR

INDEX_DIR = "pagefind"  # inside the site folder; the search page loads it from there
STORY_PAGES = f"{STORIES_DIR}/*/index.html"
# What marks an indexed page: Pagefind ignores the pages without it (the theme puts
# it on story pages; redirect pages for old story URLs have none).
INDEXED_MARK = b"data-pagefind-body"
# What Pagefind (1.5) reads of a page outside its indexed element: its attributes
# (meta, filters, sort, ignore), the first heading (the title; the <title> without
# one) and the first image after it. Beside the language of <html>, that is all.
READ_ANYWHERE = (b"data-pagefind", b"<h1", b"<img", b"<title")
# Memory-backed scratch space (Linux), where Pagefind is given the pages (IndexRun).
VIEWS_SCRATCH = Path("/dev/shm")
PAGEFIND_TIMEOUT = 1800.0  # seconds Pagefind may take over a site's pages


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
    """Write the search index into `site_dir`/pagefind. False without Pagefind (with a
    warning) or when the site has no story pages (logged): a site without an index
    still works, its search page says search is unavailable. A Pagefind that fails
    on the site is a build error."""
    return _index_pages(site_dir, story_pages(site_dir))


def _index_pages(site_dir: Path, pages: Mapping[str, bytes]) -> bool:
    """`index_site` over the site's story pages, read already."""
    executable = pagefind_executable()
    if executable is None:
        log.warning("search: the pagefind-bin package is not installed, site built without search")
        return False
    if not pages:  # Pagefind fails on nothing to index
        log.info("search: no story pages, so no search index")
        return False
    error = run_index(executable, pages, site_dir / INDEX_DIR)
    if error is not None:
        raise BuildError(f"search: {error}")
    return True


def run_index(
    executable: Path,
    pages: Mapping[str, bytes],
    output: Path,
    view: Callable[[bytes], bytes] | None = None,
) -> str | None:
    """Pagefind over `pages` to its end (see IndexRun): None once the index is in
    `output`, else what went wrong."""
    try:
        run = IndexRun(executable, pages, output, view)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Pagefind could not run: {exc}"
    try:
        return run.wait(PAGEFIND_TIMEOUT)
    finally:
        run.stop()


class IndexRun:
    """Pagefind at work on the views of `pages` ({site-relative path: content}),
    writing the index into `output`.

    The views are written into a new scratch folder (`_write_views`), which is
    where Pagefind runs: so no pagefind.yml of the user's is in its working
    folder, and the project's disk does no work for it. `view` shapes each page
    (default `index_view`). `stop` ends Pagefind and removes the views, whatever
    happened; a scratch folder left by a build that was killed is removed by the
    next one.
    """

    def __init__(
        self,
        executable: Path,
        pages: Mapping[str, bytes],
        output: Path,
        view: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.scratch = _write_views(pages, view or index_view)
        self.process: subprocess.Popen[bytes] | None = None
        self._errors: IO[bytes] | None = None
        try:
            self._errors = tempfile.TemporaryFile()
            self.process = subprocess.Popen(
                _command(executable, self.scratch / "site", output),
                stdout=subprocess.DEVNULL,
                stderr=self._errors,
                cwd=self.scratch,
                env=_environment(),
            )
        except BaseException:
            self.stop()
            raise

    def wait(self, timeout: float) -> str | None:
        """None once Pagefind has written the index, else what went wrong."""
        assert self.process is not None and self._errors is not None
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return f"Pagefind made no index in {timeout:.0f} s"
        if code == 0:
            return None
        self._errors.seek(0)
        said = self._errors.read().decode("utf-8", errors="replace").strip().splitlines()
        return f"Pagefind failed: {said[-1] if said else f'exit status {code}'}"

    def stop(self) -> None:
        """End Pagefind if it still runs; remove the views. Safe to call again."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self._errors is not None:
            self._errors.close()
        shutil.rmtree(self.scratch, ignore_errors=True)


def _write_views(pages: Mapping[str, bytes], view: Callable[[bytes], bytes]) -> Path:
    """A new scratch folder holding site/REL for every page's view, made so that the
    folder lists the pages in the order of their paths (see `_listing_order`): in
    VIEWS_SCRATCH, or in the temporary folder if that is missing, not writable or
    full. Nothing is left behind if writing fails."""
    if VIEWS_SCRATCH.is_dir():
        try:
            return _views_in(VIEWS_SCRATCH, pages, view)
        except OSError as exc:
            log.debug("search: page views not written in %s (%s)", VIEWS_SCRATCH, exc)
    return _views_in(None, pages, view)  # the temporary folder


def _views_in(
    place: Path | None, pages: Mapping[str, bytes], view: Callable[[bytes], bytes]
) -> Path:
    """`_write_views` in `place` (None: the temporary folder); removed again if it fails."""
    _remove_abandoned(place)
    listing = _listing_order(place)
    scratch = Path(tempfile.mkdtemp(prefix=_scratch_prefix(), dir=place))
    try:
        for rel in sorted(pages, reverse=listing == "newest first"):
            path = scratch / "site" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(view(pages[rel]))
        (scratch / "site").mkdir(exist_ok=True)  # no pages: an empty site
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return scratch


SCRATCH_PREFIX = "digest-search-"
# Made in this order in a new folder, these names come back listed in it, in its
# reverse or sorted (or in another order: the file system's own).
LISTING_PROBE = ("d", "a", "f", "b", "h", "c", "g", "e")


def _scratch_prefix() -> str:
    """Scratch folder names carry this process's id: `_remove_abandoned` tells a
    folder of a running build from one a killed build left."""
    return f"{SCRATCH_PREFIX}{os.getpid()}-"


@functools.cache
def _listing_order(place: Path | None) -> str:
    """How a new folder in `place` lists what is made in it: "oldest first", "newest
    first" (a memory folder, depending on the kernel), "by name", or "its own" (a
    hash order, as on ext4: then the index follows it, and is logged once)."""
    probe = Path(tempfile.mkdtemp(prefix=_scratch_prefix(), dir=place))
    try:
        for name in LISTING_PROBE:
            (probe / name).mkdir()
        listed = tuple(os.listdir(probe))
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    if listed == LISTING_PROBE:
        return "oldest first"
    if listed == LISTING_PROBE[::-1]:
        return "newest first"
    if listed == tuple(sorted(LISTING_PROBE)):
        return "by name"
    log.info(
        "search: %s lists files in an order of its own: the search index's files follow "
        "it, and may differ from another machine's for the same pages",
        place or tempfile.gettempdir(),
    )
    return "its own"


@functools.cache
def _remove_abandoned(place: Path | None) -> None:
    """Remove the scratch folders in `place` that builds which ended without removing
    them (killed) left: those of this user whose process is gone. Once per process."""
    if os.name != "posix":
        return
    folder = Path(place or tempfile.gettempdir())
    for entry in folder.glob(f"{SCRATCH_PREFIX}*-*"):
        pid = entry.name.removeprefix(SCRATCH_PREFIX).partition("-")[0]
        try:
            if not pid.isdigit() or entry.lstat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)  # signal 0: only whether the process exists
        except ProcessLookupError:
            shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue  # not ours to remove, or gone meanwhile


def _environment() -> dict[str, str]:
    """This process's environment without Pagefind's settings (PAGEFIND_*): the index is
    made by the command line alone."""
    return {k: v for k, v in os.environ.items() if not k.upper().startswith("PAGEFIND_")}


def _command(executable: Path, views: Path, output: Path) -> list[str]:
    return [
        str(executable),
        "--site",
        str(views),
        "--output-path",
        str(output),
        # Only story pages are there to index; the glob keeps Pagefind to them.
        "--glob",
        STORY_PAGES,
        "--quiet",
    ]


@dataclass
class EarlyIndex:
    """Pagefind at work on the story pages as they are expected to come out."""

    folder: Path  # where the index is written (its INDEX_DIR)
    pages: dict[str, bytes]  # site-relative path: content
    run: IndexRun

    def stop(self) -> None:
        self.run.stop()


def start_early(folder: Path, pages: Mapping[str, bytes]) -> EarlyIndex | None:
    """Start indexing `pages` ({site-relative path: content}, the indexed pages the
    site is expected to have) into `folder`, an empty folder of the caller's on the
    site's file system, while the site is being built. None (nothing started)
    without Pagefind or pages."""
    executable = pagefind_executable()
    if executable is None or not pages:
        return None
    try:
        run = IndexRun(executable, pages, folder / INDEX_DIR)
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("search: no early index (%s)", exc)
        return None
    return EarlyIndex(folder, dict(pages), run)


def index_view(page: bytes) -> bytes:
    """The part of a story page Pagefind reads: the same index comes of it, sooner.

    Pagefind indexes only the element marked `data-pagefind-body` of a page that
    has one, and reads the rest for the language and the attributes and elements
    in READ_ANYWHERE. The view keeps the page up to its `<body>` tag (the head:
    language, title) and the one `<article>`, which holds the indexed element,
    and drops the header, navigation and footer around it (most of a short
    story's page) if they hold nothing of READ_ANYWHERE. Any other page, such
    as one a theme override shaped otherwise, is given whole. Pagefind indexes
    the views in less time and makes the same index, file for file
    (`benchmarks/search_views.py`; tests/test_sitememo.py).
    """
    lower = page.lower()
    body = lower.find(b"<body", lower.find(b"</head>") + 1)
    opened = lower.find(b"<article")
    closed = lower.find(b"</article>")
    if (
        body < 0
        or lower.count(b"<article") != 1
        or lower.count(b"</article>") != 1
        or not body < opened < lower.find(INDEXED_MARK) < closed
    ):
        return page
    inside = lower.find(b">", body) + 1
    closed += len(b"</article>")
    dropped = (lower[inside:opened], lower[closed:])
    if inside <= 0 or any(mark in part for part in dropped for mark in READ_ANYWHERE):
        return page
    return page[:inside] + page[opened:closed] + b"</body></html>"


def finish(
    site_dir: Path,
    early: EarlyIndex | None,
    previous: Path | None = None,
    record: object = None,
) -> str:
    """Write the search index into `site_dir` (as `index_site`), taking the early
    index when it was made from exactly the pages the site has to index, or the
    index of the `previous` site when its `record` (`index_record`) shows it was
    made by this Pagefind from those same pages and is intact: a build whose story
    pages did not change does not index them again. The site's story pages are
    read once, here; returns the fingerprint of those indexed (`pages_fingerprint`),
    which `index_record` takes rather than read them again."""
    pages = story_pages(site_dir)
    indexed = _marked(pages)
    pages_key = pages_fingerprint(indexed)
    if early is None and previous is not None and _reuse(site_dir, previous, record, pages_key):
        log.debug("search: no indexed page changed, the previous index is kept")
        return pages_key
    if early is not None:
        built, target = early.folder / INDEX_DIR, site_dir / INDEX_DIR
        taken = False
        if indexed != early.pages:
            log.debug("search: the site's pages are not those indexed ahead, indexing again")
        elif (error := early.run.wait(PAGEFIND_TIMEOUT)) is not None:
            log.debug("search: the index started ahead failed (%s), indexing again", error)
        elif built.is_dir() and not os.path.lexists(target):
            try:
                os.replace(built, target)
                taken = True
            except OSError as exc:
                log.debug("search: early index not moved into the site (%s)", exc)
        early.stop()
        if taken:
            log.debug("search: index built while MkDocs wrote the site")
            return pages_key
    _index_pages(site_dir, pages)
    return pages_key


def indexed_pages(site_dir: Path) -> dict[str, bytes]:
    """The pages of `site_dir` Pagefind indexes, {site-relative path: content}."""
    return _marked(story_pages(site_dir))


def _marked(pages: Mapping[str, bytes]) -> dict[str, bytes]:
    """Those of `pages` that carry INDEXED_MARK."""
    return {rel: page for rel, page in pages.items() if INDEXED_MARK in page}


def story_pages(site_dir: Path) -> dict[str, bytes]:
    """The story pages of `site_dir`, {site-relative path: content}: those Pagefind is
    given. When some carry INDEXED_MARK, it indexes those only (the others are the
    redirects kept for older story URLs); when none does (a theme override without
    it), it indexes every story page's whole body."""
    return {
        path.relative_to(site_dir).as_posix(): path.read_bytes()
        for path in sorted(site_dir.glob(STORY_PAGES))
    }


def pages_fingerprint(pages: Mapping[str, bytes]) -> str:
    """The fingerprint of indexed pages ({site-relative path: content}) in an index record."""
    return fingerprint(sorted(pages.items()))


def index_record(site_dir: Path, pages_key: str) -> dict[str, str] | None:
    """What the index in `site_dir` was made from and is: the Pagefind version, the
    fingerprint of the indexed pages (`pages_key`, as `finish` returns it: reading
    them back from the site cost 0.1 s at 1,000 articles) and one of the index
    files (None: no index)."""
    index = site_dir / INDEX_DIR
    if not index.is_dir():
        return None
    return {
        "pagefind": _pagefind_version(),
        "pages": pages_key,
        "index": fingerprint(_index_files(index)),
    }


def _reuse(site_dir: Path, previous: Path, record: object, pages_key: str) -> bool:
    """Copy `previous`'s index into `site_dir` if `record` vouches for it: made by this
    Pagefind from the pages whose fingerprint is `pages_key` (see finish)."""
    index = previous / INDEX_DIR
    if (
        not isinstance(record, dict)
        or record.get("pagefind") != _pagefind_version()
        or os.path.lexists(site_dir / INDEX_DIR)
        or not index.is_dir()
        or record.get("pages") != pages_key
        or record.get("index") != fingerprint(_index_files(index))
    ):
        return False
    try:
        shutil.copytree(index, site_dir / INDEX_DIR, symlinks=True)
    except OSError as exc:
        log.debug("search: the previous index could not be copied (%s)", exc)
        shutil.rmtree(site_dir / INDEX_DIR, ignore_errors=True)
        return False
    return True


def _index_files(index: Path) -> list[tuple[str, bytes]]:
    return [
        (path.relative_to(index).as_posix(), path.read_bytes())
        for path in sorted(index.rglob("*"))
        if path.is_file() and not path.is_symlink()
    ]


def _pagefind_version() -> str:
    return library_versions("pagefind-bin")[0]
