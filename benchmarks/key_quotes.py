"""List the key quotes of a digest built from a JSON Lines corpus, each with its source text.

    python benchmarks/key_quotes.py ../shared/corpora/clustering/articles.jsonl DIR
    python benchmarks/key_quotes.py ARTICLES DIR --without-prefix als

Writes every article (`id`, `title`, `text`, optional `date` and `source`) into
DIR/content as Markdown with front matter, builds the digest there with
`digest build`, and writes DIR/key_quotes.jsonl: one line per key quote of the
built site (`file`, `speaker`, `type`, `quote`, and `context`, the source text
around the quote). That list is what a reader checks against the sources, as
docs/quality.md's key-quote readings did. `--without-prefix` leaves out the
articles whose id starts with that prefix and a dash (the clustering corpus's
`als-` articles are teasers of a few lines).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import write_markdown  # a sibling script

CONTEXT = 300  # characters of source text shown on each side of a quote


def write_project(articles: Path, root: Path, without: list[str]) -> None:
    subprocess.run([sys.executable, "-m", "digest", "new", str(root)], check=True)
    content = root / "content"
    for old in content.iterdir():
        old.unlink()
    with articles.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if any(article["id"].startswith(prefix + "-") for prefix in without):
                continue
            write_markdown(content / f"{article['id']}.md", article)


def key_quotes(root: Path) -> list[dict]:
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    rows = []
    for story in export["stories"]:
        sources = {variant["id"]: variant["source"] for variant in story["variants"]}
        for quote in story["quotes"]:
            if not quote["key"]:
                continue
            name, context = _source_context(root, [sources[a] for a in quote["articles"]], quote)
            rows.append(
                {
                    "file": name,
                    "speaker": quote["speaker"],
                    "type": quote["type"],
                    "quote": quote["quote"],
                    "context": context,
                }
            )
    return rows


def _source_context(root: Path, names: list[str], quote: dict) -> tuple[str, str]:
    """The first carrying article whose text holds the quote's opening words, and the
    text around them; the first article and no context when none does (a quote whose
    words the finder joined or respelled)."""
    words = re.sub(r"\s+", " ", quote["quote"]).strip(" \"“”'‘’")
    for probe in (words[:40], " ".join(words.split()[:5])):
        for name in names:
            text = (root / "content" / name).read_text(encoding="utf-8").split("---\n", 2)[-1]
            text = re.sub(r"\s+", " ", text)
            at = text.find(probe) if probe else -1
            if at >= 0:
                return name, text[max(0, at - CONTEXT) : at + len(quote["quote"]) + CONTEXT]
    return names[0], ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="JSON Lines articles")
    parser.add_argument("root", type=Path, help="folder for the digest project (created)")
    parser.add_argument("--without-prefix", action="append", default=[], metavar="PREFIX")
    args = parser.parse_args()
    write_project(args.articles, args.root, args.without_prefix)
    subprocess.run([sys.executable, "-m", "digest", "build", "-q"], cwd=args.root, check=True)
    rows = key_quotes(args.root)
    with (args.root / "key_quotes.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    people = sum(1 for row in rows if row["speaker"])
    print(f"{len(rows)} key quotes ({people} with a speaker) in {args.root / 'key_quotes.jsonl'}")


if __name__ == "__main__":
    main()
