"""Cold builds of one project by two checkouts of digest, in alternation: which is faster.

    python benchmarks/cold_pairs.py PROJECT CODE_A CODE_B [--pairs 5]

PROJECT is a digest project (its `content/`, `digest.yml`, `mkdocs.yml` and
`taxonomy.yml`), such as the 1,000-article one `benchmarks/build.py --sizes 1000
--keep DIR` leaves in DIR/n1000. CODE_A and CODE_B are folders holding a
`digest` package (two worktrees, say); each build runs `python -m digest build`
with that folder first on PYTHONPATH.

Every build is cold and gets a copy of the project of its own, all made before
the first is timed and removed after the last: removing a built site is disk
work that would otherwise fall into the next timed build. The disk is synced and
left to settle before each build. A and B take turns (A B, B A, ...) so that a
machine that slows down or speeds up meanwhile weighs on both; the report gives
each side's median wall and CPU seconds and the median of the pairs' ratios A/B.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_FILES = ("digest.yml", "mkdocs.yml", "taxonomy.yml")
SETTLE_SECONDS = 3.0


def copy_project(project: Path, target: Path) -> None:
    shutil.copytree(project / "content", target / "content", symlinks=True)
    for name in PROJECT_FILES:
        if (project / name).is_file():
            shutil.copy(project / name, target / name)


def cold_build(project: Path, code: Path) -> tuple[float, float]:
    """Wall and CPU seconds (the build and its workers) of one build."""
    os.sync()
    time.sleep(SETTLE_SECONDS)
    env = {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "digest", "build"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("code_a", type=Path)
    parser.add_argument("code_b", type=Path)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    sides = {"A": args.code_a.resolve(), "B": args.code_b.resolve()}
    runs: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    work = Path(tempfile.mkdtemp(prefix="digest-pairs-"))
    try:
        copies = [work / str(n) for n in range(2 * args.pairs)]
        for copy in copies:
            copy_project(args.project, copy)
        os.sync()
        time.sleep(10 * SETTLE_SECONDS)  # the copies written back before the first build
        turns = [side for pair in range(args.pairs) for side in ("AB" if pair % 2 == 0 else "BA")]
        for copy, side in zip(copies, turns, strict=True):
            wall, cpu = cold_build(copy, sides[side])
            runs[side].append((wall, cpu))
            print(f"{side} {sides[side]}: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for side in "AB":
        walls, cpus = zip(*runs[side], strict=True)
        print(
            f"{side} median: wall {statistics.median(walls):.2f} s, "
            f"CPU {statistics.median(cpus):.2f} s ({sides[side]})"
        )
    pairs = list(zip(runs["A"], runs["B"], strict=True))
    wall_ratio = statistics.median(a[0] / b[0] for a, b in pairs)
    cpu_ratio = statistics.median(a[1] / b[1] for a, b in pairs)
    print(f"A / B, median of the pairs: wall {wall_ratio:.3f}, CPU {cpu_ratio:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
