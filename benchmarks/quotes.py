"""The quote finder's speed against another revision's, and whether their output agrees.

    python benchmarks/quotes.py                  # this tree's read_quotes vs main's
    python benchmarks/quotes.py --baseline REV   # vs another revision's
    python benchmarks/quotes.py --corpus FILE    # other texts (JSON lines with "text")

Every article of the clustering corpus (../shared/corpora/clustering/articles.jsonl,
read at run time) goes through `read_quotes`, in a fresh process for each run
(the word lists are loaded before the clock starts, as a build's worker has
them after its first article); a run's figure is the CPU time of that loop.
Runs alternate between the baseline and this tree, `--repeat` of each, and the
fastest of each is compared. The baseline is the `digest` package of a git
revision, written to a temporary folder (`git archive`), so the comparison
needs no copy of old code in the tree. Each run also prints a hash of every
result (quotes with their scores, and the people named): the two must agree.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "clustering" / "articles.jsonl"
if not CORPUS.is_file():
    CORPUS = Path("/work/shared/corpora/clustering/articles.jsonl")


def run_once(corpus: Path) -> None:
    """One timed pass (in the child process): prints CPU seconds and the results' hash."""
    from digest.quotes import read_quotes

    with corpus.open(encoding="utf-8") as f:
        texts = [json.loads(line).get("text") or "" for line in f]
    read_quotes('Ana Lind said: "The word lists are loaded now."')
    digest = hashlib.sha256()
    start = time.process_time()
    results = [read_quotes(text) for text in texts]
    seconds = time.process_time() - start
    for result in results:
        digest.update(repr(result).encode("utf-8"))
    print(f"{seconds:.3f} {digest.hexdigest()[:16]}")


def timed_run(root: Path, corpus: Path) -> tuple[float, str]:
    """CPU seconds and result hash of one pass with the `digest` package under `root`."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--corpus", str(corpus)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), out[1]


def baseline_tree(rev: str, into: Path) -> Path:
    """The `digest` package as it is at `rev`, written under `into`."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev, "digest"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default="main", help="git revision to compare with")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON lines with a text")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, fastest counts")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_once(args.corpus)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        old = baseline_tree(args.baseline, Path(tmp))
        times: dict[str, list[float]] = {args.baseline: [], "now": []}
        hashes: dict[str, set[str]] = {args.baseline: set(), "now": set()}
        for _ in range(args.repeat):
            for name, root in ((args.baseline, old), ("now", REPO)):
                seconds, result = timed_run(root, args.corpus)
                times[name].append(seconds)
                hashes[name].add(result)
    with args.corpus.open(encoding="utf-8") as f:
        count = sum(1 for _ in f)
    print(
        f"read_quotes over {count:,} texts of {args.corpus.name}, CPU s, fastest of {args.repeat}"
    )
    base = min(times[args.baseline])
    for name, runs in times.items():
        print(
            f"  {name:<12} {min(runs):6.2f}  (runs: {' '.join(f'{t:.2f}' for t in runs)})"
            f"  ratio {min(runs) / base:.2f}  results {' '.join(sorted(hashes[name]))}"
        )
    same = hashes[args.baseline] == hashes["now"] and len(hashes["now"]) == 1
    print("results identical" if same else "RESULTS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
