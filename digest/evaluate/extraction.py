"""`digest eval extraction CORPUS_DIR`: score the extract stage on labelled pages.

The corpus layout is that of `../shared/corpora/extraction`: `gold.jsonl` (id,
text, title, author, date), `pages/<id>.html.gz` (saved web pages) and
`dumps/<id>.txt` (plain-text copies of the same pages). Both kinds go through
the same code path as `digest extract` (sources.read_paths, then
extract.extract_documents over all files of a kind at once), and the figures are
printed separately for HTML and for text copies.

Main text is scored as in the article-extraction-benchmark: token n-gram
multisets, per-document TP/FP/FN normalised by their sum, precision averaged over
non-empty predictions, recall over non-empty gold texts, F1 of the two averages.

For saved pages the same run also scores trafilatura with its default settings
(`trafilatura.extract(page)` on the same decoded pages), so the margin over it
is checked by one command on any collection of this layout, and prints both
figures on two halves of the collection (by the parity of a hash of the page
id): a change that helps one half and hurts the other is a sign of fitting.
`--by prefix` also prints the figures per sub-collection (the page id up to
its first "-", e.g. `aeb-` and `moz-`), trafilatura's defaults beside ours:
a collection where the digest falls behind shows instead of being averaged
away by a larger one.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.evaluate.bylines import non_person_bylines
from digest.extract.core import extract_documents
from digest.models import Article
from digest.sources import read_paths

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Scores:
    """Averaged precision, recall and F1 of one n-gram size over a set of documents."""

    precision: float
    recall: float
    f1: float


def ngram_bag(text: str, n: int) -> Counter[tuple[str, ...]]:
    """Multiset of token n-grams; a text shorter than n tokens is one short n-gram."""
    toks = _TOKEN.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def doc_counts(gold: str, pred: str, n: int) -> tuple[float, float, float]:
    """(tp, fp, fn) of one document, divided by their sum so each document weighs 1."""
    g, p = ngram_bag(gold, n), ngram_bag(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def average_scores(counts: Sequence[tuple[float, float, float]]) -> Scores:
    """Benchmark averaging: precision over non-empty predictions, recall over non-empty gold."""
    precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def _normal(value: str, is_author: bool = False) -> str:
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", value).casefold()).strip()
    text = text.strip(" \"'“”‘’«»")
    return re.sub(r"^by\s+", "", text) if is_author else text


def field_match(gold: str, pred: str | None, field: str) -> tuple[bool, bool]:
    """(exact, fuzzy) agreement of one metadata field; dates compare by day."""
    if not pred:
        return False, False
    if field == "date":
        same = str(gold)[:10] == str(pred)[:10]
        return same, same
    a, b = _normal(gold, field == "author"), _normal(pred, field == "author")
    if not b:
        return False, False
    if a == b:
        return True, True
    shorter, longer = sorted((a, b), key=len)
    close = difflib.SequenceMatcher(None, a, b).ratio() >= 0.8 or (
        shorter in longer and len(shorter) >= 0.5 * len(longer)
    )
    return False, close


def prediction(article: Article | None) -> dict[str, Any]:
    """The fields of the `digest extract` record that are scored."""
    if article is None:
        return {"text": "", "title": None, "author": None, "date": None}
    return {
        "text": article.text,
        "title": article.title or None,
        "author": article.author,
        "date": article.published,
        "authors": article.authors,
        "publisher": article.publisher,
    }


def run_extract(paths: Sequence[Path]) -> list[dict[str, str | None]]:
    """Run the real `digest extract` path over `paths`, one prediction per path."""
    docs = read_paths(paths)
    readable = [d for d in docs if d is not None]
    articles = iter(extract_documents(readable))
    return [prediction(next(articles) if d is not None else None) for d in docs]


def run_trafilatura_defaults(paths: Sequence[Path]) -> list[dict[str, str | None]]:
    """The baseline: `trafilatura.extract` with its default settings on the same decoded pages."""
    import trafilatura

    preds: list[dict[str, str | None]] = []
    for doc in read_paths(paths):
        try:
            text = trafilatura.extract(doc.text) if doc is not None else None
        except Exception:  # a page trafilatura chokes on scores as an empty output
            text = None
        preds.append({"text": text or "", "title": None, "author": None, "date": None})
    return preds


def half_of(doc_id: str) -> str:
    """'A' or 'B': a fixed split of any collection by the parity of a hash of the page id."""
    return "AB"[hashlib.sha256(doc_id.encode("utf-8")).digest()[-1] % 2]


def group_of(doc_id: str) -> str:
    """The sub-collection a page belongs to: its id up to the first "-" (all of it if none)."""
    return doc_id.split("-", 1)[0]


def scores_on(
    gold: Sequence[dict], preds: Sequence[dict], keep: Callable[[str], bool], n: int = 1
) -> Scores:
    """Main-text scores over the pages whose id `keep` accepts."""
    counts = [
        doc_counts(g["text"] or "", p["text"] or "", n)
        for g, p in zip(gold, preds, strict=True)
        if keep(g["id"])
    ]
    return average_scores(counts)


def f1_on(
    gold: Sequence[dict], preds: Sequence[dict], half: str | None = None, n: int = 1
) -> float:
    """Main-text F1 over all pages, or over one half of them."""
    return scores_on(gold, preds, lambda i: half is None or half_of(i) == half, n).f1


def report_groups(
    gold: Sequence[dict],
    preds: Sequence[dict],
    baseline: Sequence[dict] | None,
    out=sys.stdout,
) -> dict:
    """Print and return n=1 figures per sub-collection (id prefix), trafilatura's beside ours."""
    result: dict = {}
    print(f"   by id prefix (n=1)   pages {'F1':>7} {'prec':>7} {'recall':>7}", file=out)
    for group in sorted({group_of(g["id"]) for g in gold}):
        ids = {g["id"] for g in gold if group_of(g["id"]) == group}
        ours = scores_on(gold, preds, ids.__contains__)
        entry: dict = {"docs": len(ids), "f1": ours.f1, "precision": ours.precision}
        entry["recall"] = ours.recall
        print(
            f"   {group + '-':<14} ours {len(ids):>5} "
            f"{ours.f1:7.3f} {ours.precision:7.3f} {ours.recall:7.3f}",
            file=out,
        )
        if baseline is not None:
            theirs = scores_on(gold, baseline, ids.__contains__)
            entry["baseline"] = {
                "f1": theirs.f1,
                "precision": theirs.precision,
                "recall": theirs.recall,
            }
            print(
                f"   {'':<14} traf {'':>5} {theirs.f1:7.3f} {theirs.precision:7.3f} "
                f"{theirs.recall:7.3f}  ({ours.f1 - theirs.f1:+.3f})",
                file=out,
            )
        result[group] = entry
    return result


def _text_scores(gold: Sequence[dict], preds: Sequence[dict], out) -> dict:
    """Print and return main-text precision, recall and F1 as words and as 4-grams."""
    result: dict = {}
    for n, name in ((1, "bag-of-words (n=1)"), (4, "4-grams (n=4)")):
        counts = [
            doc_counts(g["text"] or "", p["text"] or "", n)
            for g, p in zip(gold, preds, strict=True)
        ]
        s = average_scores(counts)
        result[f"n{n}"] = {"f1": s.f1, "precision": s.precision, "recall": s.recall}
        print(f"   {name:<20} {s.f1:7.3f} {s.precision:7.3f} {s.recall:7.3f}", file=out)
    return result


def report_baseline(
    gold: Sequence[dict], preds: Sequence[dict], baseline: Sequence[dict], out=sys.stdout
) -> dict:
    """Print trafilatura's defaults beside our figures, overall and per half."""
    result: dict = {}
    print(f"   {'trafilatura defaults':<20} {'F1':>7} {'prec':>7} {'recall':>7}", file=out)
    result.update(_text_scores(gold, baseline, out))
    margin = f1_on(gold, preds) - f1_on(gold, baseline)
    result["margin_n1"] = margin
    print(f"   F1 (n=1) ours - trafilatura defaults: {margin:+.3f}", file=out)
    halves = {}
    for half in "AB":
        pages = sum(1 for g in gold if half_of(g["id"]) == half)
        ours, theirs = f1_on(gold, preds, half), f1_on(gold, baseline, half)
        halves[half] = {"docs": pages, "f1": ours, "baseline_f1": theirs}
        print(
            f"   half {half} ({pages:>3} pages): F1 (n=1) {ours:.3f}, "
            f"trafilatura defaults {theirs:.3f} ({ours - theirs:+.3f})",
            file=out,
        )
    result["halves"] = halves
    return result


def report(label: str, gold: Sequence[dict], preds: Sequence[dict], out=sys.stdout) -> dict:
    """Print and return the figures of one input kind."""
    empty = sum(1 for p in preds if not _TOKEN.search(p["text"] or ""))
    result: dict = {"kind": label, "docs": len(gold), "empty": empty}
    print(f"== {label}: {len(gold)} pages, {empty} empty outputs", file=out)
    print(f"   {'main text':<20} {'F1':>7} {'prec':>7} {'recall':>7}", file=out)
    result.update(_text_scores(gold, preds, out))
    odd = non_person_bylines(
        [p.get("authors") or () for p in preds], [p.get("publisher") for p in preds]
    )
    named = sum(1 for p in preds if p.get("authors"))
    result["non_person_bylines"] = len(odd)
    print(
        f"   bylines: {named} pages name someone; {len(odd)} names read as no person "
        "(digest.evaluate.bylines)",
        file=out,
    )
    for field in ("title", "author", "date"):
        pairs = [(g[field], p[field]) for g, p in zip(gold, preds, strict=True) if g.get(field)]
        if not pairs:
            continue
        matches = [field_match(gv, pv, field) for gv, pv in pairs]
        exact = sum(m[0] for m in matches) / len(pairs)
        fuzzy = sum(m[1] for m in matches) / len(pairs)
        result[field] = {"n": len(pairs), "exact": exact, "fuzzy": fuzzy}
        if field == "date":
            print(f"   {field:<7} (n={len(pairs):>3}): day match {exact:.3f}", file=out)
        else:
            print(
                f"   {field:<7} (n={len(pairs):>3}): exact {exact:.3f}  fuzzy {fuzzy:.3f}", file=out
            )
    return result


def load_gold(corpus: Path) -> list[dict]:
    """The corpus's labels: `gold.jsonl`, or `gold.jsonl.gz` (a large set kept compressed,
    as `benchmarks/data/old_pages` is)."""
    plain = corpus / "gold.jsonl"
    text = (
        plain.read_text("utf-8")
        if plain.exists()
        else gzip.decompress((corpus / "gold.jsonl.gz").read_bytes()).decode("utf-8")
    )
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def unpack_pages(corpus: Path, ids: Iterable[str], tmp: Path) -> list[Path]:
    """Gunzip each page to `tmp/<id>.html` so it is read like any saved page."""
    paths = []
    for doc_id in ids:
        target = tmp / f"{doc_id}.html"
        target.write_bytes(gzip.decompress((corpus / "pages" / f"{doc_id}.html.gz").read_bytes()))
        paths.append(target)
    return paths


def write_per_doc(path: Path, kind: str, gold: Sequence[dict], preds: Sequence[dict]) -> None:
    with path.open("a", encoding="utf-8") as f:
        for g, p in zip(gold, preds, strict=True):
            tp, fp, fn = doc_counts(g["text"] or "", p["text"] or "", 1)
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f.write(f"{kind}\t{g['id']}\t{prec:.3f}\t{rec:.3f}\t{p['title']}\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="digest eval extraction",
        description="Score `digest extract` on a labelled corpus (pages/, dumps/, gold.jsonl).",
    )
    parser.add_argument("corpus", type=Path, help="corpus folder holding gold.jsonl")
    parser.add_argument(
        "--kind", choices=("html", "text", "both"), default="both", help="which inputs to score"
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--per-doc", type=Path, help="write per-page n=1 precision/recall (TSV)")
    parser.add_argument(
        "--no-baseline",
        action="store_true",
        help="skip scoring trafilatura's defaults on the saved pages (saves their time)",
    )
    parser.add_argument(
        "--by",
        choices=("prefix",),
        help="also print the figures per sub-collection: page ids up to their first '-'",
    )
    args = parser.parse_args(argv)

    gold = load_gold(args.corpus)
    if args.per_doc:
        args.per_doc.write_text("kind\tid\tprecision\trecall\ttitle\n", encoding="utf-8")
    results = []
    started = time.perf_counter()
    if args.kind in ("html", "both"):
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            paths = unpack_pages(args.corpus, (g["id"] for g in gold), Path(tmp))
            preds = run_extract(paths)
            ours_seconds = time.perf_counter() - t0
            baseline = None if args.no_baseline else run_trafilatura_defaults(paths)
        results.append(report("HTML pages", gold, preds))
        if baseline is not None:
            results[-1]["trafilatura_defaults"] = report_baseline(gold, preds, baseline)
        if args.by == "prefix":
            results[-1]["groups"] = report_groups(gold, preds, baseline)
        print(f"   time: {ours_seconds:.1f} s (trafilatura defaults not counted)", flush=True)
        if args.per_doc:
            write_per_doc(args.per_doc, "html", gold, preds)
    if args.kind in ("text", "both"):
        t0 = time.perf_counter()
        preds = run_extract([args.corpus / "dumps" / f"{g['id']}.txt" for g in gold])
        results.append(report("text copies", gold, preds))
        if args.by == "prefix":
            results[-1]["groups"] = report_groups(gold, preds, None)
        print(f"   time: {time.perf_counter() - t0:.1f} s", flush=True)
        if args.per_doc:
            write_per_doc(args.per_doc, "text", gold, preds)
    print(f"elapsed: {time.perf_counter() - started:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0
