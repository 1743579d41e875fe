"""Time `cluster_items` at 1k, 5k and 10k articles and print the growth curve.

Usage (from the repository root):
    python benchmarks/cluster.py [ARTICLES.jsonl] [--sizes 1000 5000 10000]

The articles are built at run time from the clustering corpus: the first pass
uses the real articles, later passes add perturbed copies (words dropped,
sentences reordered, a paragraph removed, dates shifted), so larger sets keep
the corpus's mix of related and unrelated stories instead of repeating it.
Nothing large is committed. Prints seconds per size and the ratio to the
smallest size (linear growth would be 5x and 10x).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.cluster.core import ClusterItem, cluster_items

CORPUS = Path("shared/corpora/clustering/articles.jsonl")


def default_corpus() -> Path:
    """The corpus beside the checkout (../shared/...), looking further up for worktrees."""
    root = Path(__file__).resolve().parent.parent
    for parent in root.parents:
        if (parent / CORPUS).exists():
            return parent / CORPUS
    return root.parent / CORPUS


def perturb(record: dict, copy: int, rng: random.Random) -> ClusterItem:
    """A plausible rewrite of one article: fewer words, a lost paragraph, a shifted date."""
    paragraphs = [p for p in record["text"].split("\n") if p.strip()]
    if len(paragraphs) > 2:
        paragraphs.pop(rng.randrange(len(paragraphs)))
    kept = []
    for paragraph in paragraphs:
        words = paragraph.split()
        kept.append(" ".join(w for w in words if rng.random() > 0.15))
    when = record.get("date")
    if when:
        when = (date.fromisoformat(when) + timedelta(days=rng.randint(-400, 400))).isoformat()
    title = " ".join(w for w in (record.get("title") or "").split() if rng.random() > 0.2)
    return ClusterItem(f"{record['id']}~{copy}", title, "\n".join(kept), when)


def build(records: list[dict], size: int, seed: int = 0) -> list[ClusterItem]:
    """`size` articles: the corpus itself, then perturbed copies of it."""
    rng = random.Random(seed)
    items = [ClusterItem(r["id"], r.get("title") or "", r["text"], r.get("date")) for r in records]
    copy = 0
    while len(items) < size:
        copy += 1
        items.extend(perturb(r, copy, rng) for r in records)
    return items[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "articles", nargs="?", default=str(default_corpus()), help="corpus JSON Lines"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    args = parser.parse_args()
    lines = Path(args.articles).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    rng = random.Random(1)
    rng.shuffle(records)
    base = None
    print(f"{'articles':>9} {'seconds':>9} {'x 1st':>7} {'stories':>8}")
    for size in args.sizes:
        items = build(records, size)
        started = time.perf_counter()
        stories = cluster_items(items)
        elapsed = time.perf_counter() - started
        base = base or elapsed
        print(f"{size:>9} {elapsed:>9.2f} {elapsed / base:>7.1f} {len(set(stories.values())):>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
