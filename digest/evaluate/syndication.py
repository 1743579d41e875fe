"""`digest eval syndication DIR`: end to end on a collection of syndicated copies.

The corpus layout is that of `../shared/corpora/syndication`: `dumps/<id>.txt`
(text copies, each wrapped in its outlet's page furniture) and `articles.jsonl`
(`id`, `story`, `title`, `text`, `source`, ...). Every copy is cleaned as one
collection, through the same code path as `digest extract` with all the paths
at once; the cleaned copies are then clustered as `digest cluster` does.

Printed: body token F1 against `text` (as `digest eval extraction`), B-cubed
and pairwise F1 of the stories against `story` (as `digest eval clustering`),
headline exact match against `title`, and two error counts:

- outlet: a copy with no outlet, or with a name other than the one most copies
  of its gold outlet get, or whose outlet's name is also what another gold outlet
  is mostly called (the corpus names outlets `outlet-N`, so consistency is
  what can be checked);
- byline: a byline whose name the article's own text never mentions (the copies'
  articles carry no byline line of their own, so any other is the wrapper's);
- non-person bylines: byline names that do not read as a person's by their shape
  (one word, a lower-case word, a web address, the outlet's name: the rule is in
  digest.evaluate.bylines).

`--sample FRACTION --by outlet|file` cleans only part of the collection (whole
outlets, or files at random): what was learned must not depend on seeing every
outlet or every page.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from digest.cluster.core import ClusterItem, cluster_items
from digest.evaluate.bylines import non_person_bylines
from digest.evaluate.clustering import score as cluster_score
from digest.evaluate.extraction import average_scores, doc_counts
from digest.extract.core import extract_documents
from digest.models import Article
from digest.sources import read_paths
from digest.stories.agreement import agreed_headline
from digest.stories.compare import compare_variants


def load(corpus: Path) -> list[dict]:
    """The labelled copies whose dump exists."""
    rows = []
    with (corpus / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if (corpus / "dumps" / f"{row['id']}.txt").is_file():
                    rows.append(row)
    return rows


def sample(rows: Sequence[dict], fraction: float, by: str, seed: int) -> list[dict]:
    """A reproducible part of the rows: whole outlets (`by="outlet"`) or single files."""
    if fraction >= 1.0:
        return list(rows)
    rng = random.Random(seed)
    if by == "outlet":
        outlets = sorted({r["source"] for r in rows})
        keep = set(rng.sample(outlets, max(1, round(len(outlets) * fraction))))
        return [r for r in rows if r["source"] in keep]
    chosen = set(rng.sample(range(len(rows)), max(1, round(len(rows) * fraction))))
    return [r for i, r in enumerate(rows) if i in chosen]


def extract_all(corpus: Path, rows: Sequence[dict]) -> list[Article | None]:
    """The `digest extract PATH...` path: read every dump, clean them as one batch."""
    docs = read_paths([corpus / "dumps" / f"{r['id']}.txt" for r in rows])
    readable = [d for d in docs if d is not None]
    found = iter(extract_documents(readable))
    return [next(found) if d is not None else None for d in docs]


def _normal(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"\s+", " ", text).strip(" \"'“”‘’«»")


def outlet_errors(rows: Sequence[dict], articles: Sequence[Article | None]) -> Counter[str]:
    """Copies with no outlet, a name its outlet's other copies do not get, or a shared name."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for row, article in zip(rows, articles, strict=True):
        if article is not None and article.publisher:
            names[row["source"]][_normal(article.publisher)] += 1
    usual = {outlet: c.most_common(1)[0][0] for outlet, c in names.items()}
    owners = Counter(usual.values())
    errors: Counter[str] = Counter()
    for row, article in zip(rows, articles, strict=True):
        name = _normal(article.publisher) if article is not None else ""
        if not name:
            errors["missing"] += 1
        elif name != usual[row["source"]]:
            errors["inconsistent"] += 1
        elif owners[name] > 1:
            errors["shared"] += 1
    return errors


_WORD = re.compile(r"\w+")


def byline_errors(rows: Sequence[dict], articles: Sequence[Article | None]) -> int:
    """Bylines naming someone the article's own text never mentions (the wrapper's)."""
    wrong = 0
    for row, article in zip(rows, articles, strict=True):
        if article is None or not article.authors:
            continue
        text = set(_WORD.findall(row["text"].casefold()))
        for author in article.authors:
            words = [w for w in _WORD.findall(author.casefold()) if len(w) > 2]
            if words and not all(w in text for w in words):
                wrong += 1
                break
    return wrong


def story_headline_matches(
    rows: Sequence[dict], articles: Sequence[Article | None], predicted: Mapping[str, str]
) -> tuple[int, int]:
    """Stories whose chosen headline is one its gold story's copies carry, and stories."""
    groups: dict[str, list[tuple[dict, Article]]] = defaultdict(list)
    for row, article in zip(rows, articles, strict=True):
        if article is not None:
            groups[predicted[row["id"]]].append((row, article))
    titles: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        titles[row["story"]].add(_normal(row["title"]))
    right = 0
    for members in groups.values():
        story = Counter(row["story"] for row, _ in members).most_common(1)[0][0]
        variants = [a for _, a in members]
        headline = agreed_headline(variants, compare_variants(variants).canonical_id)
        right += _normal(headline) in titles[story]
    return right, len(groups)


def evaluate(corpus: Path, rows: Sequence[dict]) -> dict:
    """Every figure of one run, as a dict (also printed by `main`)."""
    started = time.perf_counter()
    articles = extract_all(corpus, rows)
    extract_time = time.perf_counter() - started
    preds = [a.text if a else "" for a in articles]
    body = average_scores([doc_counts(r["text"], p, 1) for r, p in zip(rows, preds, strict=True)])
    body4 = average_scores([doc_counts(r["text"], p, 4) for r, p in zip(rows, preds, strict=True)])
    items = [
        ClusterItem(r["id"], a.title if a else "", a.text if a else "", a.published if a else None)
        for r, a in zip(rows, articles, strict=True)
    ]
    t0 = time.perf_counter()
    predicted = cluster_items(items)
    cluster_time = time.perf_counter() - t0
    clusters = cluster_score({r["id"]: r["story"] for r in rows}, predicted)
    ceiling_items = [ClusterItem(r["id"], r["title"], r["text"], r.get("date")) for r in rows]
    ceiling = cluster_score({r["id"]: r["story"] for r in rows}, cluster_items(ceiling_items))
    headline = sum(
        _normal(r["title"]) == _normal(a.title if a else "")
        for r, a in zip(rows, articles, strict=True)
    )
    dates = sum(
        bool(a and a.published and a.published[:10] == str(r.get("date"))[:10])
        for r, a in zip(rows, articles, strict=True)
    )
    sizes = Counter(predicted.values())
    story_headlines, stories = story_headline_matches(rows, articles, predicted)
    return {
        "story_headlines": story_headlines,
        "stories": stories,
        "copies": len(rows),
        "outlets": len({r["source"] for r in rows}),
        "empty": sum(1 for p in preds if not p.strip()),
        "body": body,
        "body4": body4,
        "clusters": clusters,
        "ceiling": ceiling,
        "largest": max(sizes.values()) if sizes else 0,
        "headline": headline,
        "dates": dates,
        "outlet_errors": outlet_errors(rows, articles),
        "byline_errors": byline_errors(rows, articles),
        "non_person_bylines": non_person_bylines(
            [a.authors if a else () for a in articles],
            [a.publisher if a else None for a in articles],
        ),
        "extract_time": extract_time,
        "cluster_time": cluster_time,
        "articles": articles,
        "items": items,
        "gold": {r["id"]: r["story"] for r in rows},
        "predicted": predicted,
    }


def print_report(result: Mapping, label: str) -> None:
    n = result["copies"]
    body, body4, c, ceiling = result["body"], result["body4"], result["clusters"], result["ceiling"]
    errors = result["outlet_errors"]
    print(f"== {label}: {n} copies from {result['outlets']} outlets, {result['empty']} empty")
    print(f"   {'body text':<22} {'F1':>7} {'prec':>7} {'recall':>7}")
    print(f"   {'bag-of-words (n=1)':<22} {body.f1:7.3f} {body.precision:7.3f} {body.recall:7.3f}")
    print(f"   {'4-grams (n=4)':<22} {body4.f1:7.3f} {body4.precision:7.3f} {body4.recall:7.3f}")
    print(
        f"   stories: B-cubed F1 {c['b3_f']:.3f} (P {c['b3_p']:.3f} R {c['b3_r']:.3f}), "
        f"pairwise F1 {c['pair_f']:.3f}; {c['pred']} predicted for {c['gold']} gold, "
        f"largest {result['largest']} copies"
    )
    print(f"   ceiling (clean texts): B-cubed F1 {ceiling['b3_f']:.3f}")
    print(f"   headline exact match: {result['headline']}/{n} ({result['headline'] / n:.3f})")
    print(
        f"   story headlines: {result['story_headlines']}/{result['stories']} stories headed "
        "by a headline of their copies"
    )
    print(f"   date (day) match:     {result['dates']}/{n}")
    print(
        f"   outlet errors: {sum(errors.values())} ({errors['missing']} missing, "
        f"{errors['inconsistent']} inconsistent, {errors['shared']} shared with another outlet)"
    )
    print(f"   byline errors: {result['byline_errors']} (names the article text never mentions)")
    odd = result["non_person_bylines"]
    print(
        f"   non-person bylines: {len(odd)} (by shape: one word, lower-case word, web address)"
        + (": " + ", ".join(sorted({name for _, name in odd})[:8]) if odd else "")
    )
    print(
        f"   time: extract {result['extract_time']:.1f} s, cluster {result['cluster_time']:.1f} s"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="digest eval syndication",
        description="Clean a collection of syndicated copies as one batch, then score the "
        "bodies, the stories, headlines, outlets and bylines.",
    )
    parser.add_argument("corpus", type=Path, help="folder holding dumps/ and articles.jsonl")
    parser.add_argument("--sample", type=float, default=1.0, help="share of the collection kept")
    parser.add_argument("--by", choices=("outlet", "file"), default="file", help="what is sampled")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--per-doc", type=Path, help="write per-copy F1, story and headline (TSV)")
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="name each predicted story that glues gold stories, and the terms that joined them",
    )
    args = parser.parse_args(argv)

    rows = sample(load(args.corpus), args.sample, args.by, args.seed)
    result = evaluate(args.corpus, rows)
    label = "collection"
    if args.sample < 1.0:
        label = f"{args.sample:g} of the {args.by}s (seed {args.seed})"
    print_report(result, label)
    if args.show_errors:
        from digest.evaluate.glued import glued_story_report

        print("\n".join(glued_story_report(result["items"], result["gold"], result["predicted"])))
    if args.per_doc:
        with args.per_doc.open("w", encoding="utf-8") as out:
            out.write("id\tsource\tf1\tstory\tpredicted\ttitle\tgold_title\tpublisher\tauthor\n")
            for row, article in zip(rows, result["articles"], strict=True):
                tp, fp, fn = doc_counts(row["text"], article.text if article else "", 1)
                f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
                cells = [
                    row["id"],
                    row["source"],
                    f"{f1:.3f}",
                    row["story"],
                    result["predicted"][row["id"]],
                    article.title if article else "",
                    row["title"],
                    (article.publisher or "") if article else "",
                    (article.author or "") if article else "",
                ]
                out.write("\t".join(c.replace("\t", " ") for c in cells) + "\n")
    return 0
