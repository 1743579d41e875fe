"""One build at a time per project: an advisory lock on a file.

Two builds of one project at once (a `digest serve` and a `digest build`, two
CI jobs on one runner) share the cache, the generated docs folder and the
site. Unlocked, each took the other's busy cache for a corrupt one and
deleted it, and removed the other's staging folder, and the first then
reported a built site that had lost most of its files. So a build first takes
an exclusive `flock` on `build.lock` in the cache folder (or `.digest.lock` in
the project folder when caching is off). A second build says that it is
waiting, and runs when the first is done, or gives up with a one-line error
after `lock_timeout` seconds. The operating system releases the lock when its
holder exits, however it exits, so a killed build never leaves a stale lock.

Where the platform has no `flock` (or the lock file cannot be created, e.g. a
read-only folder) the build runs unlocked, after a warning, and then does not
remove leftover staging folders (they might be another build's).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from digest.errors import NOT_STRICT, BuildError, log

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux/macOS
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "build.lock"
NO_CACHE_LOCK_FILE = ".digest.lock"
POLL_SECONDS = 0.2

_held: set[str] = set()  # lock files this process holds


def lock_path(root: Path, cache_dir: Path | None) -> Path:
    """Where a project's build lock lives."""
    return cache_dir / LOCK_FILE if cache_dir else root / NO_CACHE_LOCK_FILE


def holding() -> bool:
    """Whether this process holds a build lock (and may clean up stale folders)."""
    return bool(_held)


@contextmanager
def build_lock(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the build lock at `path` for the duration; yields whether it is held.

    Waits up to `timeout` seconds for another build to finish (saying so once),
    then raises BuildError.
    """
    handle = _open(path)
    if handle is None:
        yield False
        return
    try:
        if not _try_lock(handle):
            holder = _holder(path)
            log.warning(
                "%s: another build of this project is running%s; waiting up to %g s for it",
                path,
                f" (process {holder})" if holder else "",
                timeout,
                extra=NOT_STRICT,
            )
            deadline = time.monotonic() + timeout
            while not _try_lock(handle):
                if time.monotonic() >= deadline:
                    raise BuildError(
                        f"another build of this project is still running after {timeout:g} s "
                        f"(lock {path}); try again when it has finished, "
                        "or raise lock_timeout in digest.yml"
                    )
                time.sleep(POLL_SECONDS)
            log.info("lock: the other build finished, building now")
        _note_holder(handle)
        _held.add(str(path))
        try:
            yield True
        finally:
            _held.discard(str(path))
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _open(path: Path) -> int | None:
    if fcntl is None:
        log.warning("build lock unavailable on this platform; building unlocked", extra=NOT_STRICT)
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        log.warning(
            "%s: cannot create the build lock (%s); building unlocked",
            path,
            exc.strerror or exc,
            extra=NOT_STRICT,
        )
        return None


def _try_lock(handle: int) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _note_holder(handle: int) -> None:
    """Write our process id into the lock file, for the message a waiting build shows."""
    try:
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
    except OSError:
        pass


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""
