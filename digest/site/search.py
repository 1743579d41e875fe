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

Pagefind is handed the pages one by one, in the order of their paths, through
its service mode (`--service`: requests on its standard input), not given a
folder to walk: it numbers pages in the order it meets them, and a folder's
order is the file system's (on ext4, a hash order seeded per file system), so
the same pages gave index files that differed from one machine to another.

On a build that renders most pages ahead in worker processes (digest.site.memo),
the story pages are known before MkDocs writes them: Pagefind then indexes
them while MkDocs builds the site (`start_early`), and the index is used only
if the site's indexed pages turn out to be exactly those (`finish`); otherwise
Pagefind runs on the site's pages as it would have.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    run = IndexRun(executable, story_pages(site_dir), site_dir / INDEX_DIR)
    run.talk()
    if run.error is not None:
        raise BuildError(f"search: Pagefind failed: {run.error}")
    return True


class IndexRun:
    """One Pagefind service process indexing the views (`index_view`) of `pages`
    ({site-relative path: content}) in the order of their paths. `talk` holds
    the conversation: the requests, the answers up to the index's files, which
    are then written into `output`. `error` is None after a run that wrote them,
    else why it did not.

    The index comes back in an answer (GetFiles) rather than being written by
    Pagefind (WriteFiles): Pagefind ends as soon as its input closes, and files
    it had just reported written were found empty."""

    def __init__(
        self,
        executable: Path,
        pages: Mapping[str, bytes],
        output: Path,
        view: Callable[[bytes], bytes] | None = None,  # None: index_view
    ) -> None:
        view = view or index_view
        requests: list[dict[str, object]] = [{"type": "NewIndex", "config": None}]
        for rel in sorted(pages):
            shown = view(pages[rel]).decode("utf-8", errors="replace")
            requests.append(
                {"type": "AddFile", "index_id": 0, "file_path": rel, "file_contents": shown}
            )
        requests.append({"type": "GetFiles", "index_id": 0})
        self._requests = b"".join(
            _encoded({"message_id": n, "payload": payload})
            for n, payload in enumerate(requests, start=1)
        )
        self._last = len(requests)
        self.executable = executable
        self.output = output
        self.error: str | None = "not run"
        self.process: subprocess.Popen[bytes] | None = None

    def talk(self) -> None:
        """Run Pagefind, hold the conversation, write the index (see the class)."""
        try:
            with tempfile.TemporaryDirectory() as nowhere, tempfile.TemporaryFile() as errors:
                self.process = subprocess.Popen(
                    [str(self.executable), "--service"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=errors,
                    cwd=nowhere,
                    env=_environment(),
                )
                files, self.error = self._converse(self.process)
                self.process.wait(timeout=60)
                if self.error is not None:
                    errors.seek(0)
                    said = errors.read().decode("utf-8", errors="replace").strip().splitlines()
                    self.error += f" ({said[-1]})" if said else ""
            if self.error is None:
                self.error = _write_index(self.output, files)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            if self.process is not None and self.process.poll() is None:
                self.process.kill()
                self.process.wait()

    def _converse(self, process: subprocess.Popen[bytes]) -> tuple[list[Any], str | None]:
        """Send every request and read the answers: the index's files when the last
        request's answer comes, or (no files) what went wrong: an error answer, or
        Pagefind's output ending. Pagefind stops when its input ends, so the input
        is closed only after that answer."""
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(self._requests)
            process.stdin.flush()
            pending: list[bytes] = []  # an answer read in part (the index's can be MBs)
            while chunk := os.read(process.stdout.fileno(), 1 << 16):
                *ends, rest = chunk.split(b",")
                if ends:
                    answers = [b"".join([*pending, ends[0]]), *ends[1:]]
                    pending = []
                    for answer in answers:
                        message = json.loads(base64.b64decode(answer))
                        payload = message.get("payload") or {}
                        if payload.get("type") == "Error":
                            return [], str(payload.get("message", "an error"))
                        if message.get("message_id") == self._last:
                            return list(payload.get("files") or []), None
                pending.append(rest)
            return [], "Pagefind ended before it gave the index"
        finally:
            process.stdin.close()


def _write_index(output: Path, files: list[Any]) -> str | None:
    """Write the index files Pagefind gave ({path, content in base64}) into `output`;
    None, or what is wrong with them."""
    if not files:
        return "Pagefind gave no index files"
    for file in sorted(files, key=lambda f: str(f.get("path"))):
        rel = Path(str(file.get("path", "")))
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            return f"Pagefind gave an index file outside its folder: {rel}"
        target = output / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(str(file.get("content", ""))))
    return None


def _encoded(message: object) -> bytes:
    """A request as Pagefind's service mode reads it: base64 of the JSON, then a comma."""
    return base64.b64encode(json.dumps(message).encode("utf-8")) + b","


def _environment() -> dict[str, str]:
    """This process's environment without Pagefind's settings (PAGEFIND_*): the index is
    made from the requests alone. Pagefind runs in an empty folder of ours, in case it
    looks for a configuration file where it runs."""
    return {k: v for k, v in os.environ.items() if not k.upper().startswith("PAGEFIND_")}


@dataclass
class EarlyIndex:
    """Pagefind at work on the story pages as they are expected to come out."""

    folder: Path  # where the index is written (its INDEX_DIR)
    pages: dict[str, bytes]  # site-relative path: content
    run: IndexRun
    thread: threading.Thread = field(repr=False)
    taken: bool = False  # whether `finish` put this index into the site

    def wait(self, timeout: float) -> bool:
        """Whether the index was written, waiting at most `timeout` seconds."""
        self.thread.join(timeout)
        return not self.thread.is_alive() and self.run.error is None

    def stop(self) -> None:
        process = self.run.process
        if self.thread.is_alive() and process is not None and process.poll() is None:
            process.kill()
        self.thread.join()


def start_early(folder: Path, pages: Mapping[str, bytes]) -> EarlyIndex | None:
    """Start indexing `pages` ({site-relative path: content}, the indexed pages the
    site is expected to have) into `folder`, an empty folder of the caller's on the
    site's file system, while the site is being built. None (nothing started)
    without Pagefind or pages."""
    executable = pagefind_executable()
    if executable is None or not pages:
        return None
    run = IndexRun(executable, pages, folder / INDEX_DIR)
    thread = threading.Thread(target=run.talk, name="pagefind", daemon=True)
    thread.start()
    return EarlyIndex(folder, dict(pages), run, thread)


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
) -> bool:
    """Write the search index into `site_dir` (as `index_site`), taking the early
    index when it was made from exactly the pages the site has to index, or the
    index of the `previous` site when its `record` (`index_record`) shows it was
    made by this Pagefind from those same pages and is intact: a build whose story
    pages did not change does not index them again."""
    if early is None and previous is not None and _reuse(site_dir, previous, record):
        log.debug("search: no indexed page changed, the previous index is kept")
        return True
    if early is not None:
        written = early.wait(timeout=1800)
        early.stop()
        built = early.folder / INDEX_DIR
        target = site_dir / INDEX_DIR
        if (
            written
            and built.is_dir()
            and not os.path.lexists(target)
            and indexed_pages(site_dir) == early.pages
        ):
            try:
                os.replace(built, target)
                early.taken = True
                log.debug("search: index built while MkDocs wrote the site")
                return True
            except OSError as exc:
                log.debug("search: early index not moved into the site (%s)", exc)
        else:
            log.debug("search: the site's pages are not those indexed ahead, indexing again")
    return index_site(site_dir)


def indexed_pages(site_dir: Path) -> dict[str, bytes]:
    """The pages of `site_dir` Pagefind indexes, {site-relative path: content}."""
    return {rel: page for rel, page in story_pages(site_dir).items() if INDEXED_MARK in page}


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


def index_record(site_dir: Path, pages_key: str | None = None) -> dict[str, str] | None:
    """What the index in `site_dir` was made from and is: the Pagefind version, a
    fingerprint of the indexed pages and one of the index files (None: no index).
    `pages_key` is the pages' fingerprint when the caller has it (`pages_fingerprint`
    of the pages of the index `finish` took, which are the site's): reading them
    back from the site cost 0.1 s at 1,000 articles."""
    index = site_dir / INDEX_DIR
    if not index.is_dir():
        return None
    if pages_key is None:
        pages_key = pages_fingerprint(indexed_pages(site_dir))
    return {
        "pagefind": _pagefind_version(),
        "pages": pages_key,
        "index": fingerprint(_index_files(index)),
    }


def _reuse(site_dir: Path, previous: Path, record: object) -> bool:
    """Copy `previous`'s index into `site_dir` if `record` vouches for it (see finish)."""
    index = previous / INDEX_DIR
    if (
        not isinstance(record, dict)
        or record.get("pagefind") != _pagefind_version()
        or os.path.lexists(site_dir / INDEX_DIR)
        or not index.is_dir()
        or record.get("pages") != pages_fingerprint(indexed_pages(site_dir))
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
