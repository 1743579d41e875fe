"""Pagefind over a built site's story pages, whole and as the views the early index uses.

    python benchmarks/search_views.py SITE [--rounds 3]

SITE is a digest site folder (`site/` after `digest build`). Its indexed story
pages are copied into two temporary folders, whole and as `search.index_view`
gives them; Pagefind indexes each folder `--rounds` times, in turns, and the
report gives the fastest wall and CPU seconds of each and whether the two
indexes are the same, file for file.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digest.site import search  # noqa: E402


def write_pages(pages: dict[str, bytes], folder: Path, shape: Callable[[bytes], bytes]) -> int:
    """The pages, shaped, under `folder`; their total size in bytes."""
    size = 0
    for rel, content in pages.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        shaped = shape(content)
        path.write_bytes(shaped)
        size += len(shaped)
    return size


def index_once(executable: Path, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one Pagefind run over `folder` (its index replaced)."""
    shutil.rmtree(folder / search.INDEX_DIR, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(search._command(executable, folder), check=True, cwd=folder)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def index_files(folder: Path) -> dict[str, bytes]:
    index = folder / search.INDEX_DIR
    return {
        p.relative_to(index).as_posix(): p.read_bytes() for p in index.rglob("*") if p.is_file()
    }


def main() -> int:
    """Time both shapes of the pages, print the fastest runs and compare the indexes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    executable = search.pagefind_executable()
    if executable is None:
        sys.exit("the pagefind-bin package is not installed")
    pages = search.indexed_pages(args.site)
    if not pages:
        sys.exit(f"{args.site}: no indexed story pages")
    shapes = {"whole pages": lambda page: page, "views": search.index_view}
    with tempfile.TemporaryDirectory(prefix="digest-views-") as work:
        folders = {name: Path(work, str(n)) for n, name in enumerate(shapes)}
        for name, shape in shapes.items():
            size = write_pages(pages, folders[name], shape)
            print(f"{name}: {len(pages)} pages, {size / 1e6:.1f} MB")
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in shapes}
        for _ in range(args.rounds):
            for name in shapes:
                runs[name].append(index_once(executable, folders[name]))
        for name in shapes:
            wall = min(w for w, _ in runs[name])
            cpu = min(c for _, c in runs[name])
            print(f"{name}: Pagefind fastest wall {wall:.2f} s, fastest CPU {cpu:.2f} s")
        same = index_files(folders["whole pages"]) == index_files(folders["views"])
        print(f"indexes: {'the same, file for file' if same else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
