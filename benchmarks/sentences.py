"""Sentence splitters compared: quality on written cases, speed on real articles.

    python benchmarks/sentences.py                    # the project's splitter vs main's
    python benchmarks/sentences.py --baseline REV     # vs the splitters of another revision
    python benchmarks/sentences.py --pysbd            # also pySBD (pip install pysbd==0.3.4)

Quality: the invented paragraphs of tests/fixtures/sentences/cases.jsonl,
each with the sentences a reader sees in it; a splitter scores the share of
paragraphs it splits exactly right and the precision/recall of its cuts.
Speed: every paragraph of the clustering corpus
(../shared/corpora/clustering/articles.jsonl, read at run time), split by
each splitter in turn, fastest of `--repeat` runs; times are printed as
ratios to the baseline measured in the same run. The baseline splitters are
read from git (`git show REV:digest/textutil.py`, `...:digest/quotes/lexer.py`),
so the comparison needs no copy of old code in the tree.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "fixtures" / "sentences" / "cases.jsonl"
CORPUS = REPO.parent / "shared" / "corpora" / "clustering" / "articles.jsonl"
if not CORPUS.is_file():
    CORPUS = Path("/work/shared/corpora/clustering/articles.jsonl")

Splitter = Callable[[str], list[str]]


def module_at(rev: str, path: str, name: str) -> types.ModuleType:
    """The module `path` as it is at git revision `rev`, loaded under `name`."""
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{rev}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType(name)
    module.__file__ = str(REPO / path)
    sys.modules[name] = module
    exec(compile(source, f"{rev}:{path}", "exec"), module.__dict__)
    return module


def lexer_splitter(module: types.ModuleType) -> Splitter:
    """A paragraph splitter from a lexer module's `_sentences` (the quote finder's cut)."""

    def split(paragraph: str) -> list[str]:
        text = paragraph.strip()
        spans = module._quotation_spans(text, 0, len(text))
        return [text[a:b].strip() for a, b in module._sentences(text, 0, len(text), spans)]

    return split


def pysbd_splitter() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda paragraph: [s.strip() for s in segmenter.segment(paragraph) if s.strip()]


def cuts(sentences: list[str]) -> set[int]:
    """Cut positions, counted in non-space characters (so spacing does not matter)."""
    out, pos = set(), 0
    for sentence in sentences[:-1]:
        pos += len("".join(sentence.split()))
        out.add(pos)
    return out


def quality(split: Splitter, cases: list[dict]) -> tuple[float, float, float, list[str]]:
    """(exact share, cut precision, cut recall, paragraphs split wrongly)."""
    exact = tp = fp = fn = 0
    wrong = []
    for case in cases:
        got = split(case["paragraph"])
        if got == case["sentences"]:
            exact += 1
        else:
            wrong.append(case["paragraph"])
        a, b = cuts(got), cuts(case["sentences"])
        tp, fp, fn = tp + len(a & b), fp + len(a - b), fn + len(b - a)
    return exact / len(cases), tp / max(1, tp + fp), tp / max(1, tp + fn), wrong


def paragraphs(limit: int) -> list[str]:
    out = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            out.extend(p for p in text.split("\n") if p.strip())
            if len(out) >= limit:
                break
    return out[:limit]


def timed(split: Splitter, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            split(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default="main", help="git revision of the old splitters")
    parser.add_argument("--pysbd", action="store_true", help="also measure pySBD")
    parser.add_argument("--paragraphs", type=int, default=30_000, help="corpus paragraphs timed")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    from digest.quotes.lexer import split_sentences

    old_text = module_at(args.baseline, "digest/textutil.py", "baseline_textutil")
    old_lexer = module_at(args.baseline, "digest/quotes/lexer.py", "baseline_lexer")
    splitters: dict[str, Splitter] = {
        f"{args.baseline} textutil.split_sentences": old_text.split_sentences,
        f"{args.baseline} quotes lexer": lexer_splitter(old_lexer),
        "now: one splitter": split_sentences,
    }
    if args.pysbd:
        splitters["pySBD 0.3.4"] = pysbd_splitter()

    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line]
    texts = paragraphs(args.paragraphs)
    words = sum(len(t.split()) for t in texts)
    print(f"quality: {len(cases)} written cases; speed: {len(texts):,} paragraphs, {words:,} words")
    print(f"{'splitter':<34} {'exact':>6} {'cut P':>6} {'cut R':>6} {'time s':>7} {'ratio':>6}")
    base = None
    misses = {}
    for name, split in splitters.items():
        exact, precision, recall, wrong = quality(split, cases)
        seconds = timed(split, texts, args.repeat)
        base = base or seconds
        misses[name] = wrong
        print(
            f"{name:<34} {exact:6.3f} {precision:6.3f} {recall:6.3f} {seconds:7.2f} "
            f"{seconds / base:6.2f}"
        )
    for name, wrong in misses.items():
        if wrong:
            print(f"\n{name} splits these wrongly:")
            for paragraph in wrong:
                print(f"  {paragraph}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
