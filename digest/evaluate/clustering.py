"""`digest eval clustering ARTICLES.jsonl`: score story clustering on a labelled corpus.

Runs the same `cluster_items` the CLI and the build use on every article of
the file (gold `story` labels are read only for scoring) and prints B-cubed and
pairwise precision/recall/F1, overall and per collection (the id prefix before
the first '-'), with the number of gold and predicted clusters and the time.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from digest.cluster.core import ClusterItem, cluster_items


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="digest eval clustering",
        description="Score story clustering against gold story labels.",
    )
    parser.add_argument("articles", help="JSON Lines with id, story, title, text, date")
    parser.add_argument(
        "--predictions", help="also write {id, cluster} JSON Lines here (for the reference scorer)"
    )
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="name each predicted story that glues gold stories, and the terms that joined them",
    )
    args = parser.parse_args(argv)

    records = load(Path(args.articles))
    items = [
        ClusterItem(
            id=str(r["id"]),
            title=str(r.get("title") or ""),
            text=str(r.get("text") or ""),
            date=r.get("date") or None,
        )
        for r in records
    ]
    gold = {str(r["id"]): str(r["story"]) for r in records}

    started = time.perf_counter()
    predicted = cluster_items(items)
    elapsed = time.perf_counter() - started

    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps({"id": item.id, "cluster": predicted[item.id]}) + "\n")

    print(f"clustering {len(items)} articles from {args.articles}: {elapsed:.2f} s")
    print(_header())
    print(_row("all", score(gold, predicted)))
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for article_id in gold:
        by_prefix[article_id.split("-", 1)[0]].append(article_id)
    for prefix in sorted(by_prefix):
        subset = by_prefix[prefix]
        print(
            _row(
                prefix,
                score({i: gold[i] for i in subset}, {i: predicted[i] for i in subset}),
            )
        )
    if args.show_errors:
        from digest.evaluate.glued import glued_story_report

        print("\n".join(glued_story_report(items, gold, predicted)))
    return 0


def load(path: Path) -> list[dict]:
    """Read the labelled JSON Lines file (every line needs `id` and `story`)."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if "id" in record and "story" in record:
                records.append(record)
    return records


def score(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float]:
    """B-cubed (item-averaged) and pairwise P/R/F1 of `predicted` against `gold`."""
    ids = list(gold)
    n = len(ids)
    gold_size = Counter(gold[i] for i in ids)
    pred_size = Counter(predicted[i] for i in ids)
    cells = Counter((gold[i], predicted[i]) for i in ids)

    b3_p = sum(c * c / pred_size[p] for (_, p), c in cells.items()) / n
    b3_r = sum(c * c / gold_size[g] for (g, _), c in cells.items()) / n

    true_pairs = sum(_pairs(c) for c in cells.values())
    pred_pairs = sum(_pairs(c) for c in pred_size.values())
    gold_pairs = sum(_pairs(c) for c in gold_size.values())
    pair_p = true_pairs / pred_pairs if pred_pairs else 1.0
    pair_r = true_pairs / gold_pairs if gold_pairs else 1.0
    return {
        "n": n,
        "gold": len(gold_size),
        "pred": len(pred_size),
        "b3_p": b3_p,
        "b3_r": b3_r,
        "b3_f": _f1(b3_p, b3_r),
        "pair_p": pair_p,
        "pair_r": pair_r,
        "pair_f": _f1(pair_p, pair_r),
    }


def _pairs(k: int) -> int:
    return k * (k - 1) // 2


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


_COLUMNS: Sequence[tuple[str, str]] = (
    ("n", "articles"),
    ("gold", "gold"),
    ("pred", "pred"),
    ("b3_p", "B3 P"),
    ("b3_r", "B3 R"),
    ("b3_f", "B3 F1"),
    ("pair_p", "pair P"),
    ("pair_r", "pair R"),
    ("pair_f", "pair F1"),
)


def _header() -> str:
    return f"{'set':<5}" + "".join(f"{label:>9}" for _, label in _COLUMNS)


def _row(name: str, s: Mapping[str, float]) -> str:
    cells = [
        f"{int(s[key]):>9d}" if key in ("n", "gold", "pred") else f"{s[key]:>9.3f}"
        for key, _ in _COLUMNS
    ]
    return f"{name:<5}" + "".join(cells)
