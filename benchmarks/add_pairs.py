"""Rebuilds after adding one article, by two checkouts of digest in turn: which is faster.

    python benchmarks/add_pairs.py PROJECT CODE_A CODE_B [--rounds 8] [--no-change]

PROJECT is a built or unbuilt digest project, such as the 100-article one
`benchmarks/build.py --sizes 100 --keep DIR` leaves in DIR/n100; CODE_A and
CODE_B are folders holding a `digest` package (two worktrees, say). Each side
gets a copy of the project and builds it once, untimed. Then every round adds
the same new source to both copies (a syndicated copy of an article of the
clustering corpus, as the add-one run of `benchmarks/build.py` adds) and
rebuilds both, A first in even rounds and B first in odd ones, so that a
machine that slows down or speeds up weighs on both. Each rebuild is a real
`python -m digest build`, after the disk is synced and left to settle
(`cold_pairs.timed_build`). The report gives each rebuild's wall and CPU
seconds, each side's medians, the median of the rounds' ratios A/B, and
whether the two copies' `site/` and `build/` are the same, byte for byte,
after the last round. With `--no-change` nothing is added: the rounds time
rebuilds with nothing new.
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import tempfile
from pathlib import Path

from build import load_material, write_copy  # beside this script
from cold_pairs import copy_project, report, same_output, timed_build, timed_turn

FIRST_ARTICLE = 50  # of the clustering corpus: past those build.py's own add-one runs add


def main() -> int:
    """Time the rounds, print each rebuild and the medians, compare the two sides' output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("code_a", type=Path)
    parser.add_argument("code_b", type=Path)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--no-change", action="store_true", help="add nothing before rebuilds")
    args = parser.parse_args()
    sides = {"A": args.code_a.resolve(), "B": args.code_b.resolve()}
    for code in sides.values():
        compileall.compile_dir(code / "digest", quiet=1)
    articles = load_material()[2]
    runs: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
    work = Path(tempfile.mkdtemp(prefix="digest-add-pairs-"))
    try:
        copies = {side: work / side for side in sides}
        for side, copy in copies.items():
            copy_project(args.project, copy)
            timed_build(copy, sides[side])  # the build the rounds add to
        for round_ in range(args.rounds):
            k = FIRST_ARTICLE + round_
            for side in "AB" if round_ % 2 == 0 else "BA":
                if not args.no_change:
                    added = copies[side] / "content" / f"zz-pairs-added-{k}.txt"
                    write_copy(added, articles[k], k)
                timed_turn(copies[side], side, sides[side], runs)
        same = same_output(copies["A"], copies["B"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(sides, runs, same, "rounds", "of A and of B after the last round")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
