"""Fit the quote confidence model: `python -m digest.evaluate.quote_confidence DOCS.jsonl`.

Runs the quote finder over a labelled corpus (the PolNeAR-style JSON Lines that
`digest eval quotes` reads), labels every predicted quote 1 when it matches a
gold quote (bag-of-tokens F1 >= 0.5, one to one) *and* its speaker is right
(the corpus scorer's rule), else 0, and fits an L2-regularised logistic
regression on the features of `digest.quotes.confidence`.

To keep the calibration honest it first scores the model out of fold: the
documents are split into five folds by a hash of their id (so one article's
quotes never sit on both sides), each fold is predicted by a model fitted on
the other four, and the held-out log loss, Brier score, a reliability table
and the precision and coverage at the 0.7 threshold are printed. With
`--write` the model fitted on all documents goes to
`digest/quotes/data/confidence.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from digest.quotes.assembly import quotes_with_evidence
from digest.quotes.confidence import Evidence, features
from digest.quotes.merge import KEY_QUOTE_CONFIDENCE

from .quotes import half_of, match_pairs, speaker_matches, tokens

FOLDS = 5
THRESHOLD = KEY_QUOTE_CONFIDENCE
MODEL = Path(__file__).resolve().parent.parent / "quotes" / "data" / "confidence.json"


def label_document(doc: dict, threshold: float = 0.5) -> list[tuple[Evidence, int, bool]]:
    """(evidence, label, covers a gold direct quote) for each quote found in one document."""
    gold = doc.get("quotes", [])
    found = quotes_with_evidence(doc.get("text") or "")
    pairs = match_pairs(
        [tokens(q.get("quote")) for q in gold], [tokens(q.text) for q, _ in found], False, threshold
    )
    right: set[int] = set()
    for gi, pi in pairs:
        names = [n for n in (gold[gi].get("speaker"), gold[gi].get("speaker_resolved")) if n]
        speaker = found[pi][0].speaker
        if speaker_matches(speaker, names) if names else not tokens(speaker):
            right.add(pi)
    direct = {pi for gi, pi in pairs if gold[gi].get("type") == "direct"}
    return [(ev, int(pi in right), pi in direct) for pi, (_, ev) in enumerate(found)]


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % FOLDS


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression by Newton's method; the last column is the (unpenalised) intercept."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def design(rows: Sequence[dict[str, float]], names: Sequence[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    for r, row in enumerate(rows):
        for k, v in row.items():
            if k in index:
                x[r, index[k]] = v
    x[:, -1] = 1.0
    return x


def report(p: np.ndarray, y: np.ndarray, direct: np.ndarray, gold_direct: int) -> str:
    eps = 1e-12
    loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    brier = np.mean((p - y) ** 2)
    lines = [f"  log loss {loss:.3f}  Brier {brier:.3f}  base rate {y.mean():.3f}"]
    lines.append("  reliability (predicted bin: n, mean predicted, observed)")
    for lo in np.arange(0.0, 1.0, 0.1):
        sel = (p >= lo) & (p < lo + 0.1 + (1e-9 if lo >= 0.9 else 0))
        if sel.any():
            lines.append(
                f"    [{lo:.1f}, {lo + 0.1:.1f}): {sel.sum():5d}  {p[sel].mean():.3f}  {y[sel].mean():.3f}"
            )
    keep = p >= THRESHOLD
    precision = y[keep].mean() if keep.any() else 0.0
    covered = int((keep & (y == 1) & direct).sum())
    lines.append(
        f"  score >= {THRESHOLD}: {keep.sum()} quotes, precision {precision:.3f}, "
        f"gold direct covered {covered}/{gold_direct} = {covered / max(gold_direct, 1):.3f}"
    )
    return "\n".join(lines)


def halves_line(
    p: np.ndarray, y: np.ndarray, direct: np.ndarray, half: np.ndarray, gold: Sequence[int]
) -> str:
    """Held-out precision and coverage at the threshold on each article-id hash half.

    A feature that helps one half only is fitted to those articles; both
    halves must hold.
    """
    parts = []
    for k in (0, 1):
        keep = (p >= THRESHOLD) & (half == k)
        precision = y[keep].mean() if keep.any() else 0.0
        covered = int((keep & (y == 1) & direct).sum())
        parts.append(
            f"half {k}: precision {precision:.3f}, covered {covered / max(gold[k], 1):.3f}"
        )
    return f"  score >= {THRESHOLD} by article-id hash: " + "; ".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m digest.evaluate.quote_confidence")
    parser.add_argument("docs", help="JSON Lines documents with gold quotes (PolNeAR format)")
    parser.add_argument(
        "--l2",
        type=float,
        default=3.0,
        help="L2 penalty on the coefficients (chosen on held-out folds)",
    )
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL}")
    args = parser.parse_args(argv)

    lines = Path(args.docs).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    direct: list[bool] = []
    folds: list[int] = []
    halves: list[int] = []
    gold_by_half = [0, 0]
    for doc in docs:
        gold_by_half[half_of(doc["id"])] += sum(
            1 for q in doc.get("quotes", []) if q.get("type") == "direct"
        )
    gold_direct = sum(gold_by_half)
    for doc in docs:
        for evidence, label, is_direct in label_document(doc):
            rows.append(features(evidence))
            labels.append(label)
            direct.append(is_direct)
            folds.append(fold_of(doc["id"]))
            halves.append(half_of(doc["id"]))
    names = sorted({k for row in rows for k in row})
    x, y = design(rows, names), np.array(labels, dtype=float)
    d, f = np.array(direct), np.array(folds)
    held_out = np.zeros(len(y))
    for k in range(FOLDS):
        w = fit(x[f != k], y[f != k], args.l2)
        held_out[f == k] = 1.0 / (1.0 + np.exp(-np.clip(x[f == k] @ w, -30, 30)))
    print(f"documents {len(docs)}, quotes found {len(y)}, features {len(names)}, l2 {args.l2}")
    print(f"held-out ({FOLDS} folds by article):")
    print(report(held_out, y, d, gold_direct))
    print(halves_line(held_out, y, d, np.array(halves), gold_by_half))
    w = fit(x, y, args.l2)
    fitted = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
    print("fitted on all documents (in sample):")
    print(report(fitted, y, d, gold_direct))
    if args.write:
        model = {
            "about": "Logistic model of P(quote and speaker right); digest.quotes.confidence. "
            "Refit: python -m digest.evaluate.quote_confidence DOCS.jsonl --write",
            "documents": len(docs),
            "quotes": len(y),
            "l2": args.l2,
            "intercept": round(float(w[-1]), 6),
            "coefficients": {n: round(float(c), 6) for n, c in zip(names, w[:-1], strict=True)},
        }
        MODEL.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
