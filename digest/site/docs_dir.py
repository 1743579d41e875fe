"""The generated docs folder and the site folder on disk.

Both are replaced as a whole by every build, so each is written aside and
swapped in (or, for docs_dir, updated file by file): an interrupted build leaves
the old folder or the new one, never half of each (digest.site.staging does the
staging and swapping). Nothing here renders.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from digest.files import write_atomic
from digest.lock import holding
from digest.site.staging import remove_stale, remove_tree, staging_dir, swap_in, write_error


def read_docs(docs_dir: Path) -> dict[str, str] | None:
    """Every file in docs_dir by relative path, or None if it cannot be read."""
    if not docs_dir.is_dir():
        return None
    try:
        return {
            rel: Path(path).read_text(encoding="utf-8")
            for rel, path in sorted(_files_below(docs_dir).items())
        }
    except (OSError, UnicodeDecodeError):
        return None


def _files_below(folder: Path) -> dict[str, str]:
    """The files under `folder`: relative POSIX path -> path. Walked with os.walk on
    strings: pathlib's rglob and sorting took half a second at 5,000 articles."""
    found = {}
    root = str(folder)
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.path.isfile(path):
                found[os.path.relpath(path, root).replace(os.sep, "/")] = path
    return found


def remove_stale_staging(target: Path) -> None:
    """Remove what a killed build left beside `target` (staging folders, a `NAME.old`
    from an interrupted swap), but only while this process holds the project's
    build lock: without it, a staging folder may be another running build's."""
    if holding():
        remove_stale(target)


def write_docs(pages: Mapping[str, str], docs_dir: Path) -> bool:
    """Make docs_dir hold exactly these pages; True if anything in it changed.

    Every path is checked before anything is written. A new docs_dir is
    written aside and swapped in; an existing one (with no symbolic links in
    it) is updated in place, file by file (each written aside and renamed
    over the old one): only changed files are written and stale ones removed,
    which after adding one article is a handful of files, not thousands.
    A write that fails midway (a full disk) removes the docs folder rather
    than leave it half old and half new: it is generated, and the next build
    writes it whole.
    """
    docs_dir = docs_dir.resolve()
    for rel in pages:
        target = (docs_dir / rel).resolve()
        if docs_dir not in target.parents:
            raise ValueError(f"refusing to write outside the docs folder: {rel}")
    existing = _plain_files(docs_dir) if docs_dir.is_dir() else None
    if existing is None:
        _write_swapped(pages, docs_dir)
        return True
    changed = False
    for rel, content in sorted(pages.items()):
        target = docs_dir / rel
        data = content.encode("utf-8")
        if rel in existing and _same_bytes(target, data):
            continue
        changed = True
        try:
            write_atomic(target, data, durable=False)
        except OSError as exc:  # a full disk: no half-updated docs folder left behind
            remove_tree(docs_dir)  # generated: the next build writes it whole again
            raise write_error(exc, target) from None
    for rel in sorted(set(existing) - set(pages)):
        (docs_dir / rel).unlink()
        changed = True
    for folder, _, _ in sorted(os.walk(docs_dir), reverse=True):
        if folder != str(docs_dir) and not os.listdir(folder):
            os.rmdir(folder)
    return changed


def _plain_files(folder: Path) -> set[str] | None:
    """Relative paths of the files under `folder`, or None if it holds a symbolic link."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            if os.path.islink(os.path.join(dirpath, name)):
                return None
        for name in filenames:
            found.add(Path(dirpath, name).relative_to(folder).as_posix())
    return found


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _write_swapped(pages: Mapping[str, str], docs_dir: Path) -> None:
    """Write the pages into a new folder beside docs_dir, then swap it in."""
    staging = staging_dir(docs_dir.parent, ".docs-")
    made: set[Path] = {staging}  # folders made: one mkdir each, not one per file
    try:
        for rel, content in sorted(pages.items()):  # paths checked by write_docs
            target = staging / rel
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            target.write_text(content, encoding="utf-8")
    except OSError as exc:
        remove_tree(staging)
        raise write_error(exc, staging) from None
    except BaseException:
        remove_tree(staging)
        raise
    swap_in(staging, docs_dir)
