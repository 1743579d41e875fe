"""Cold builds of one project by two checkouts of digest, in alternation: which is faster.

    python benchmarks/cold_pairs.py PROJECT CODE_A CODE_B [--pairs 5]

PROJECT is a digest project (its `content/`, `digest.yml`, `mkdocs.yml` and
`taxonomy.yml`), such as the 1,000-article one `benchmarks/build.py --sizes 1000
--keep DIR` leaves in DIR/n1000. CODE_A and CODE_B are folders holding a
`digest` package (two worktrees, say); each build runs `python -m digest build`
with that folder first on PYTHONPATH.

Every build is cold and gets a copy of the project of its own, all made before
the first is timed and removed after the last: removing a built site is disk
work that would otherwise fall into the next timed build. Both checkouts are
compiled to bytecode first, as installing does. The disk is synced and left to
settle before each build. A and B take turns (A B, B A, ...) so that a machine
that slows down or speeds up meanwhile weighs on both; the report gives each
side's median wall and CPU seconds, the median of the pairs' ratios A/B, and
whether the first build of each side made the same `site/` and `build/`, byte
for byte.
"""

from __future__ import annotations

import argparse
import compileall
import filecmp
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
    """The project's sources and settings, without what a build made."""
    shutil.copytree(project / "content", target / "content", symlinks=True)
    for name in PROJECT_FILES:
        if (project / name).is_file():
            shutil.copy(project / name, target / name)


def timed_build(project: Path, code: Path) -> tuple[float, float]:
    """Wall and CPU seconds (the build and its workers) of one build; its log is
    left in the project's build.log, and shown if the build fails."""
    os.sync()
    time.sleep(SETTLE_SECONDS)
    env = {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(project / "build.log", "wb") as log:
        done = subprocess.run(
            [sys.executable, "-m", "digest", "build"], cwd=project, env=env, stdout=log, stderr=log
        )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        tail = (project / "build.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        sys.exit(f"digest build failed in {project} with {code}:\n{tail}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def timed_turn(
    project: Path, side: str, code: Path, runs: dict[str, list[tuple[float, float]]]
) -> None:
    """One timed build of `project` by `side`'s checkout, kept in `runs` and printed."""
    wall, cpu = timed_build(project, code)
    runs[side].append((wall, cpu))
    print(f"{side} {code}: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)


def same_output(left: Path, right: Path) -> dict[str, bool]:
    """Whether two projects' `site/` and `build/` hold the same bytes, by folder name."""
    return {name: same_tree(left / name, right / name) for name in ("site", "build")}


def same_tree(left: Path, right: Path) -> bool:
    """Whether two folders hold the same files with the same bytes."""
    compared = filecmp.dircmp(left, right)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(left / name, right / name) for name in compared.common_dirs)


def report(
    sides: dict[str, Path],
    runs: dict[str, list[tuple[float, float]]],
    same: dict[str, bool],
    turns: str,
    compared: str,
) -> None:
    """Each side's median wall and CPU seconds, the median of the turns' ratios A/B,
    and whether the folders compared (`same`, by name) hold the same bytes."""
    for side in "AB":
        walls, cpus = zip(*runs[side], strict=True)
        print(
            f"{side} median: wall {statistics.median(walls):.3f} s, "
            f"CPU {statistics.median(cpus):.3f} s ({sides[side]})"
        )
    both = list(zip(runs["A"], runs["B"], strict=True))
    wall_ratio = statistics.median(a[0] / b[0] for a, b in both)
    cpu_ratio = statistics.median(a[1] / b[1] for a, b in both)
    print(f"A / B, median of the {turns}: wall {wall_ratio:.3f}, CPU {cpu_ratio:.3f}")
    for name, equal in same.items():
        print(f"{name}/ {compared}: {'the same' if equal else 'DIFFERENT'}")


def main() -> int:
    """Time the pairs, print each build and the medians, check the two sides' output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("code_a", type=Path)
    parser.add_argument("code_b", type=Path)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    sides = {"A": args.code_a.resolve(), "B": args.code_b.resolve()}
    runs: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    for code in sides.values():
        compileall.compile_dir(code / "digest", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="digest-pairs-"))
    try:
        copies = [work / str(n) for n in range(2 * args.pairs)]
        for copy in copies:
            copy_project(args.project, copy)
        os.sync()
        time.sleep(10 * SETTLE_SECONDS)  # the copies written back before the first build
        turns = [side for pair in range(args.pairs) for side in ("AB" if pair % 2 == 0 else "BA")]
        for copy, side in zip(copies, turns, strict=True):
            timed_turn(copy, side, sides[side], runs)
        same = same_output(copies[turns.index("A")], copies[turns.index("B")])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(sides, runs, same, "pairs", "of A's first build and of B's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
