"""`digest eval quotes DOCS.jsonl`: score quote extraction and speakers on a labelled set.

Runs the same `extract_quotes` the CLI and the build use over every document
and prints, for direct+mixed gold quotes and for all types: quote
precision/recall/F1 (a prediction matches a gold quote when their bag-of-tokens
F1 is at least the threshold, one-to-one, greedy by overlap), the exact-ish
score (same token sequence), speaker accuracy over matched quotes and
quote+speaker F1. The matching and speaker rules follow the corpus README, so
the figures can be cross-checked with its reference scorer. Last, the quotes
confident enough for a story page (score >= 0.7): the share whose quote and
speaker are both right, and the share of gold direct quotes they cover.

Two lines guard against reading too much into one corpus: direct+mixed quote F1
and speaker accuracy on the two halves of the documents split by a hash of
their id (a change that helps one half only is fitted to those articles), and
the same figures for a plain regular-expression finder
(`digest.evaluate.quote_baseline`) run on the same documents, so "how far
above the obvious" is measured on any collection of this layout.

`--gold-view quoted-words` scores against the same gold set with every mixed
quote cut down to its quoted words ('that the plan was "a disgrace"' becomes
'a disgrace'), the convention of annotation projects that label only verbatim
text. PolNeAR labels the whole reported clause; a finder that only does well
under one of the two conventions will not carry over to a collection labelled
under the other, and this view shows by how much (baseline included).

`--quoted-only` leaves out the predictions without quotation marks (reported
speech) before scoring: on a set whose annotators labelled only statements with
quoted words, every reported-speech prediction would otherwise count as wrong
(`benchmarks/other_quotes.py` scores such a set).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digest.evaluate.quote_baseline import baseline_quotes
from digest.quotes import extract_quotes
from digest.quotes.merge import KEY_QUOTE_CONFIDENCE

_WORD = re.compile(r"\w+", re.UNICODE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens: punctuation and quotation marks do not count."""
    return _WORD.findall((text or "").lower())


def overlap_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """Bag-of-tokens F1 between two token lists."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def _name_words(name: str | None) -> list[str]:
    """A name's words without possessive 's and a leading 'the'."""
    words = tokens(re.sub(r"['\u2019]s\b", "", name or ""))
    return words[1:] if words[:1] == ["the"] else words


def speaker_matches(predicted: str | None, gold_names: Sequence[str]) -> bool:
    """Same name, same last word, or a last word that is a capitalised word of the gold name."""
    pred = _name_words(predicted)
    if not pred:
        return False
    for gold in gold_names:
        words = _name_words(gold)
        if not words:
            continue
        if pred == words or pred[-1] == words[-1]:
            return True
        caps = {re.sub(r"['\u2019]s$", "", w.lower()) for w in _CAPITALISED.findall(gold)}
        if len(pred[-1]) >= 2 and pred[-1] in caps:
            return True
    return False


def match_pairs(
    gold: Sequence[list[str]], pred: Sequence[list[str]], exact: bool, threshold: float
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if g and g == p:
                    candidates.append((1.0, gi, pi))
            else:
                score = overlap_f1(p, g)
                if score >= threshold:
                    candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass
class Tally:
    """Counts for one scoring view (a set of gold types)."""

    gold: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def prf(self, tp_key: str, pred_key: str) -> tuple[float, float, float]:
        tp, npred = self.counts[tp_key], self.counts[pred_key]
        p = tp / npred if npred else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# A quotation inside a gold quote's text: straight or typographic double marks.
_QUOTED = re.compile(r'[“"]([^“”"]+)[”"]')


def quoted_words(quote: dict) -> dict:
    """A mixed gold quote cut down to its quoted words (other quotes unchanged)."""
    if quote.get("type") != "mixed":
        return quote
    inner = " ".join(m.group(1).strip() for m in _QUOTED.finditer(quote.get("quote") or ""))
    return {**quote, "quote": inner} if inner.strip() else quote


GOLD_VIEWS = {"labelled": lambda q: q, "quoted-words": quoted_words}


def score_document(
    gold_quotes: Sequence[dict],
    predicted: Sequence[tuple[str, str | None]],
    types: set[str] | None,
    threshold: float,
    tally: Tally,
) -> None:
    """Add one document's matches to the tally (predictions matching excluded types are neutral)."""
    gold_tokens = [tokens(q.get("quote")) for q in gold_quotes]
    pred_tokens = [tokens(text) for text, _ in predicted]
    keep = [types is None or q.get("type") in types for q in gold_quotes]
    tally.gold += sum(keep)
    for mode in ("overlap", "exact"):
        pairs = match_pairs(gold_tokens, pred_tokens, mode == "exact", threshold)
        ignored = sum(1 for gi, _ in pairs if not keep[gi])
        kept = [(gi, pi) for gi, pi in pairs if keep[gi]]
        tally.counts[f"{mode}_tp"] += len(kept)
        tally.counts[f"{mode}_pred"] += len(predicted) - ignored
        if mode != "overlap":
            continue
        for gi, pi in kept:
            gold = gold_quotes[gi]
            names = [n for n in (gold.get("speaker"), gold.get("speaker_resolved")) if n]
            speaker = predicted[pi][1]
            ok = not _name_words(speaker) if not names else speaker_matches(speaker, names)
            tally.counts["speaker_n"] += 1
            tally.counts["speaker_ok"] += ok


CONFIDENT = KEY_QUOTE_CONFIDENCE  # the score a quote needs to be shown as a key quote


def score_confident(
    gold_quotes: Sequence[dict],
    predicted: Sequence[tuple[str, str | None, float]],
    threshold: float,
    counts: Counter[str],
) -> None:
    """Count how right the confident quotes (score >= CONFIDENT) are, and what they cover.

    A confident quote is right when it matches a gold quote of any type and
    its speaker is right; `direct_covered` counts gold direct quotes matched
    by a right confident quote.
    """
    confident = [(text, speaker) for text, speaker, score in predicted if score >= CONFIDENT]
    pairs = match_pairs(
        [tokens(q.get("quote")) for q in gold_quotes],
        [tokens(text) for text, _ in confident],
        False,
        threshold,
    )
    counts["confident"] += len(confident)
    counts["gold_direct"] += sum(1 for q in gold_quotes if q.get("type") == "direct")
    for gi, pi in pairs:
        gold = gold_quotes[gi]
        names = [n for n in (gold.get("speaker"), gold.get("speaker_resolved")) if n]
        speaker = confident[pi][1]
        if speaker_matches(speaker, names) if names else not _name_words(speaker):
            counts["confident_right"] += 1
            counts["direct_covered"] += gold.get("type") == "direct"


def _confident_report(counts: Counter[str]) -> str:
    n, right = counts["confident"], counts["confident_right"]
    gold = counts["gold_direct"]
    return (
        f"score >= {CONFIDENT}: {n} quotes, quote and speaker right {right / n if n else 0:.3f}"
        f" ({right}/{n}), gold direct quotes covered "
        f"{counts['direct_covered'] / gold if gold else 0:.3f} ({counts['direct_covered']}/{gold})"
    )


def _report(label: str, tally: Tally) -> str:
    p, r, f = tally.prf("overlap_tp", "overlap_pred")
    ep, er, ef = tally.prf("exact_tp", "exact_pred")
    n = tally.counts["speaker_n"]
    acc = tally.counts["speaker_ok"] / n if n else 0.0
    sp, sr, sf = tally.prf("speaker_ok", "overlap_pred")
    return (
        f"{label}: gold {tally.gold}, predicted {tally.counts['overlap_pred']}\n"
        f"  quote      P {p:.3f}  R {r:.3f}  F1 {f:.3f}\n"
        f"  exact-ish  P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}\n"
        f"  speaker accuracy {acc:.3f} ({tally.counts['speaker_ok']}/{n} matched quotes)\n"
        f"  quote+speaker  P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}"
    )


def half_of(doc_id: str) -> int:
    """0 or 1 from a hash of the article id: two halves nobody chose, for a stability check."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2


def _halves_report(halves: Sequence[Tally]) -> str:
    parts = []
    for k, tally in enumerate(halves):
        n = tally.counts["speaker_n"]
        _, _, f = tally.prf("overlap_tp", "overlap_pred")
        acc = tally.counts["speaker_ok"] / n if n else 0.0
        parts.append(f"half {k}: quote F1 {f:.3f}, speaker accuracy {acc:.3f} ({n} matched)")
    return "direct+mixed by article-id hash: " + "; ".join(parts)


def _baseline_report(baseline: Tally, ours: Tally) -> str:
    _, _, f = baseline.prf("overlap_tp", "overlap_pred")
    _, _, ours_f = ours.prf("overlap_tp", "overlap_pred")
    n = baseline.counts["speaker_n"]
    acc = baseline.counts["speaker_ok"] / n if n else 0.0
    return (
        f"regex baseline (direct+mixed): quote F1 {f:.3f}, speaker accuracy {acc:.3f}"
        f" ({baseline.counts['speaker_ok']}/{n}); digest's F1 is {ours_f - f:+.3f} over it"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="digest eval quotes", description="Score quote extraction on a labelled corpus."
    )
    parser.add_argument("docs", help="JSON Lines documents with gold quotes (PolNeAR format)")
    parser.add_argument(
        "--threshold", type=float, default=0.5, help="token-overlap F1 needed for a match"
    )
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument(
        "--gold-view",
        choices=sorted(GOLD_VIEWS),
        default="labelled",
        help="quoted-words: score mixed gold quotes by their quoted words only",
    )
    parser.add_argument(
        "--predictions", help="also write the predictions as JSON Lines to this file"
    )
    parser.add_argument(
        "--quoted-only",
        action="store_true",
        help="score only predictions with quotation marks (direct, mixed): for a set that"
        " labels quotations and not reported speech",
    )
    args = parser.parse_args(argv)

    docs = []
    with Path(args.docs).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
    if args.limit:
        docs = docs[: args.limit]
    view = GOLD_VIEWS[args.gold_view]
    docs = [{**d, "quotes": [view(q) for q in d.get("quotes", [])]} for d in docs]

    started = time.perf_counter()
    predictions = {d["id"]: extract_quotes(d.get("text") or "") for d in docs}
    elapsed = time.perf_counter() - started
    if args.quoted_only:
        predictions = {
            k: [q for q in found if q.type != "indirect"] for k, found in predictions.items()
        }

    views = {"direct+mixed": {"direct", "mixed"}, "all types": None}
    tallies = {label: Tally() for label in views}
    confident: Counter[str] = Counter()
    baseline = Tally()
    halves = (Tally(), Tally())
    for doc in docs:
        scored = [(q.text, q.speaker, q.score) for q in predictions[doc["id"]]]
        score_confident(doc.get("quotes", []), scored, args.threshold, confident)
        found = [(q.text, q.speaker) for q in predictions[doc["id"]]]
        for label, types in views.items():
            score_document(doc.get("quotes", []), found, types, args.threshold, tallies[label])
        direct_mixed = views["direct+mixed"]
        half = halves[half_of(doc["id"])]
        score_document(doc.get("quotes", []), found, direct_mixed, args.threshold, half)
        simple = baseline_quotes(doc.get("text") or "")
        score_document(doc.get("quotes", []), simple, direct_mixed, args.threshold, baseline)

    if args.predictions:
        with Path(args.predictions).open("w", encoding="utf-8") as out:
            for doc in docs:
                quotes = [
                    {"quote": q.text, "speaker": q.speaker, "type": q.type, "score": q.score}
                    for q in predictions[doc["id"]]
                ]
                out.write(json.dumps({"id": doc["id"], "quotes": quotes}) + "\n")

    words = sum(len(tokens(d.get("text"))) for d in docs)
    print(
        f"documents {len(docs)}, {words} words, threshold {args.threshold},"
        f" gold view {args.gold_view}"
    )
    for label, tally in tallies.items():
        print(_report(label, tally))
    print(_halves_report(halves))
    print(_confident_report(confident))
    print(_baseline_report(baseline, tallies["direct+mixed"]))
    print(f"extraction time {elapsed:.2f} s ({words / max(elapsed, 1e-9):,.0f} words/s)")
    sys.stdout.flush()
    return 0
