"""Folders the build writes whole: staged beside their target, swapped in complete.

The generated docs folder and the site are written into a staging folder next
to where they go and renamed into place only when complete, so a failed build
(a full disk, a MkDocs error) leaves the previous one as it was. This module
owns the file-system side of that:

- staging folders get ordinary permissions (`tempfile.mkdtemp` makes them
  drwx------, and a web server running as another user could not read a
  site that was once such a folder);
- the swap survives an old folder that cannot be removed (a subfolder without
  write permission): the old folder is moved aside under a fresh name and
  reported, and later builds are not blocked by it;
- what a killed build left behind is removed only by a build that holds the
  project's build lock (digest.lock): with two builds running, a staging
  folder may be the other build's work in progress (`remove_stale`).

Every failure is a `BuildError` naming the path, never a traceback.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from digest.errors import NOT_STRICT, BuildError, log

_STAGING = re.compile(r"\.(site|docs)-[a-z0-9_]{8}\Z")  # staging_dir names


def umask() -> int:
    """The process's umask, read without changing it (os.umask sets it, and
    `digest serve` writes files from another thread at the same time)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def staging_dir(parent: Path, prefix: str) -> Path:
    """A new empty folder in `parent` named PREFIX + 8 random characters, with the
    permissions an ordinary `mkdir` would give it (0755 under the usual umask)."""
    try:
        parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        os.chmod(folder, 0o777 & ~umask())
    except OSError as exc:
        raise write_error(exc, parent) from None
    return folder


def write_error(exc: OSError, fallback: Path | None = None) -> BuildError:
    """A one-line error for a failed write: the path and the system's reason."""
    where = exc.filename2 or exc.filename or fallback or "?"  # a copy's target is filename2
    reason = exc.strerror or type(exc).__name__
    return BuildError(f"cannot write {where}: {reason}; the previous site is unchanged")


def swap_in(staging: Path, target: Path) -> None:
    """Replace `target` with the complete folder `staging`.

    The old folder is moved aside first and removed last, so an interrupted
    swap leaves either the old or the new folder (plus a `.old` that the next
    build removes), never a half-written one. An old folder that cannot be
    removed is reported (one line naming it) and left under its own name.
    """
    old: Path | None = None
    try:
        if target.exists() or target.is_symlink():
            old = _aside_name(target)
            os.replace(target, old)
        try:
            os.replace(staging, target)
        except OSError:
            if old is not None:
                os.replace(old, target)  # put the previous folder back
            raise
    except OSError as exc:
        remove_tree(staging)
        raise write_error(exc, target) from None
    if old is not None and not remove_tree(old):
        log.warning(
            "%s: the previous folder could not be removed completely; remove it by hand",
            old,
            extra=NOT_STRICT,
        )


def _aside_name(target: Path) -> Path:
    """`NAME.old`, or when a stuck one is in the way `NAME.old-XXXXXXXX`."""
    old = target.with_name(target.name + ".old")
    if os.path.lexists(old):
        remove_tree(old)
    if os.path.lexists(old):
        old = target.with_name(f"{target.name}.old-{secrets.token_hex(4)}")
    return old


REMOVING_THREADS = 8


def remove_tree(folder: Path) -> bool:
    """Remove a folder (or a link or file) if possible; True if it is gone.

    A site is thousands of small folders (one per page), and removing a file or
    folder waits on the file system's journal (and, where the disk is mounted
    with online discard, on the disk): one after another, removing the old
    site of a thousand articles took two seconds of an incremental build. The
    subfolders two levels down (`stories/SLUG`) are removed by a few threads at
    once, which keeps that waiting in parallel (four times faster there); what
    remains, and anything they could not remove, goes as before.
    """
    if folder.is_symlink() or folder.is_file():
        try:
            folder.unlink()
        except OSError:
            return False
        return True
    subfolders = _subfolders(folder, depth=2)
    if len(subfolders) > REMOVING_THREADS:
        with ThreadPoolExecutor(REMOVING_THREADS) as pool:
            for _ in pool.map(partial(shutil.rmtree, ignore_errors=True), subfolders):
                pass
    shutil.rmtree(folder, ignore_errors=True)
    return not os.path.lexists(folder)


def _subfolders(folder: Path, depth: int) -> list[str]:
    """The real folders (not links) `depth` levels below `folder`, else the deepest found."""
    found = [str(folder)]
    for _ in range(depth):
        below = []
        for parent in found:
            try:
                with os.scandir(parent) as entries:
                    below += [e.path for e in entries if e.is_dir(follow_symlinks=False)]
            except OSError:
                continue
        if not below:
            break
        found = below
    return sorted(found) if found != [str(folder)] else []


def remove_stale(target: Path) -> None:
    """Remove what killed or failed builds left beside `target`: staging folders
    (`.site-*`, `.docs-*`) and old folders moved aside by a swap (`NAME.old`,
    `NAME.old-XXXXXXXX`). Only a build holding the project's lock calls this:
    then no other build of the project is running, and these are stale.
    """
    parent = target.parent
    if not parent.is_dir():
        return
    for entry in sorted(parent.iterdir()):
        stale = _STAGING.match(entry.name) or re.fullmatch(
            re.escape(target.name) + r"\.old(-[0-9a-f]{8})?", entry.name
        )
        if stale and entry.is_dir() and not entry.is_symlink():
            remove_tree(entry)
