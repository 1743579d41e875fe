"""Pagefind over a built site's story pages, whole and as the views digest gives it.

    python benchmarks/search_views.py SITE [--rounds 3]

SITE is a digest site folder (`site/` after `digest build`). Its indexed story
pages are given to Pagefind (`search.run_index`, as a build does), whole and as
`search.index_view` shapes them, `--rounds` times each, in turns; the report
gives the fastest wall and CPU seconds of each and whether the two indexes are
the same, file for file.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digest.site import search  # noqa: E402


def index_once(
    executable: Path, pages: dict[str, bytes], view: Callable[[bytes], bytes], output: Path
) -> tuple[float, float]:
    """Wall and CPU seconds (this process and Pagefind) of one index of the pages,
    views written to scratch space included."""
    shutil.rmtree(output, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = time.process_time()
    start = time.perf_counter()
    error = search.run_index(executable, pages, output / search.INDEX_DIR, view)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if error is not None:
        sys.exit(error)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu + time.process_time() - own


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
    for name, shape in shapes.items():
        size = sum(len(shape(page)) for page in pages.values())
        print(f"{name}: {len(pages)} pages, {size / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory(prefix="digest-views-") as work:
        folders = {name: Path(work, str(n)) for n, name in enumerate(shapes)}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in shapes}
        for _ in range(args.rounds):
            for name, shape in shapes.items():
                runs[name].append(index_once(executable, pages, shape, folders[name]))
        for name in shapes:
            wall = min(w for w, _ in runs[name])
            cpu = min(c for _, c in runs[name])
            print(f"{name}: Pagefind fastest wall {wall:.2f} s, fastest CPU {cpu:.2f} s")
        same = index_files(folders["whole pages"]) == index_files(folders["views"])
        print(f"indexes: {'the same, file for file' if same else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
