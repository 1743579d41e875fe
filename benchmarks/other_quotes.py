"""Score the quote finder on articles of other outlets and kinds, labelled by hand.

    python benchmarks/other_quotes.py [--shared ../shared] [--part first|...|twelfth]

`benchmarks/data/other_quotes.jsonl` holds this project's own labels for 1,106
articles of `../shared/corpora` that the development quote corpus (US election
politics, PolNeAR) does not cover: US crime and local news and ECB+ event
reports (`clustering/articles.jsonl`), and English pages of many outlets and
kinds, from product news to science and reviews (`extraction/gold.jsonl`),
and short summaries of 2021 US political news from many outlets (the `als-`
articles of `clustering/articles.jsonl`). Every statement credited to someone that holds words in double quotation marks
is labelled: the reported words as character spans (pieces of one statement
interrupted by its attribution are one label), the speaker as written and the
fullest name the article gives it. Reported speech without quotation marks is
not labelled, so predictions without marks are left out of the score
(`digest eval quotes --quoted-only`).

The texts stay in `../shared`: each label line names its corpus and article,
and whether the article's title was put before its text (with a blank line) as
the labellers saw it. Eleven parts of 96 articles each and a twelfth of 50,
chosen at random apart
and labelled one after the other: `first` was read for the finder's errors;
`second` was measured when labelled, then read for errors; `third` (crime news
and event reports only: the English pages of `extraction` were used up) was
labelled after the rules the first two gave and only measured (its figures
once decided against a rule); `fourth` (the same kinds) was labelled after
those rules and only measured; `fifth` (the same kinds, a later round) was
measured when labelled and then read for errors; `sixth`, labelled with it,
was measured before and after that round's rules and then read; `seventh`
(crime news only: the event reports were used up) was measured, then read;
`eighth` (crime news) was labelled last and only measured; `ninth`, `tenth`
and `eleventh` (the political summaries, every one of them holding a pair of
marks) were labelled together in a later round and measured when labelled,
then `ninth` and `tenth` were read for errors and `eleventh` only measured
(until a later round read its confident errors with the others'). `twelfth`
(50 articles: what was left of both corpora, pages of many kinds, a few not in
English, crime news and event reports) was labelled during that later round and
only measured, with the code of that round's start and of its end.
For each part this prints what `digest eval quotes` prints, the regex
baseline included.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from digest.evaluate.quotes import main as eval_quotes

LABELS = Path(__file__).resolve().parent / "data" / "other_quotes.jsonl"
PARTS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
_INSIDE_MARKS = re.compile(r'["“][^"“”]*["”]')
_MARK = re.compile(r'["“”]')


def quote_type(quote: str) -> str:
    """direct when every word is inside double marks, else mixed (the corpus README's rule)."""
    if not _MARK.search(quote):
        return "indirect"
    return "mixed" if re.search(r"\w", _INSIDE_MARKS.sub(" ", quote)) else "direct"


def articles(shared: Path) -> dict[str, dict]:
    """Every article of the two source corpora, by id."""
    found: dict[str, dict] = {}
    for name in ("extraction/gold.jsonl", "clustering/articles.jsonl"):
        with (shared / "corpora" / name).open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                found[row["id"]] = row
    return found


def gold_documents(shared: Path, part: str) -> list[dict]:
    """The labelled documents of one part in the development corpus's layout."""
    source = articles(shared)
    docs = []
    with LABELS.open(encoding="utf-8") as lines:
        for line in lines:
            label = json.loads(line)
            if label["part"] != part:
                continue
            row = source[label["id"]]
            text = f"{row['title']}\n\n{row['text']}" if label["title_first"] else row["text"]
            quotes = []
            for q in label["quotes"]:
                words = " ".join(text[a:b] for a, b in q["spans"])
                quotes.append(
                    {
                        "quote": words,
                        "speaker": q["speaker"],
                        "speaker_resolved": q["speaker_resolved"],
                        "type": quote_type(words),
                    }
                )
            docs.append({"id": label["id"], "text": text, "quotes": quotes})
    return docs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder")
    parser.add_argument("--part", choices=PARTS, action="append", help="one part (repeatable)")
    args = parser.parse_args(argv)
    for part in args.part or PARTS:
        docs = gold_documents(args.shared, part)
        with tempfile.TemporaryDirectory() as tmp:
            gold = Path(tmp) / f"{part}.jsonl"
            gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            print(f"== part {part}: {len(docs)} articles")
            sys.stdout.flush()
            eval_quotes([str(gold), "--quoted-only"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
