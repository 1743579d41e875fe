"""Time of the digest's HTML extraction against trafilatura's defaults, same pages, same run.

    python benchmarks/extraction.py [CORPUS_DIR] [--repeat 5] [--limit N]

CORPUS_DIR has the layout of ../shared/corpora/extraction (pages/*.html.gz).
Every page is decoded once as `digest extract` decodes it; then, in turn, the
digest's `extract_html` (trafilatura, the furniture pass and the vote of the
other extractors, digest/extract/ensemble.py) and `trafilatura.extract` with
its default settings run over all pages, serially in this one process. Each
side is timed `--repeat` times, alternating, and its best run is kept: the
machine is shared, and the minimum is the best estimate of each side's own
cost. Prints both times and their ratio, in wall-clock seconds (the target: a
ratio of at most 2) and in CPU seconds of this process (less moved by other
work on the machine, as a cross-check).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digest.extract.html import extract_html  # noqa: E402
from digest.sources import decode_bytes  # noqa: E402

TARGET_RATIO = 2.0


def load_pages(corpus: Path, limit: int | None) -> list[str]:
    """The corpus's saved pages, decoded, in name order."""
    pages = []
    for path in sorted((corpus / "pages").glob("*.html.gz"))[:limit]:
        text, _ = decode_bytes(gzip.decompress(path.read_bytes()), "html")
        if text is not None:
            pages.append(text)
    return pages


def ours(pages: Sequence[str]) -> int:
    return sum(1 for html in pages if extract_html(html) is not None)


def trafilatura_defaults(pages: Sequence[str]) -> int:
    import trafilatura

    return sum(1 for html in pages if trafilatura.extract(html) is not None)


def timed(run: Callable[[Sequence[str]], int], pages: Sequence[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, pages with text) of one run over all pages."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = run(pages)
    return time.perf_counter() - wall, time.process_time() - cpu, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=REPO.parent / "shared" / "corpora" / "extraction",
        help="folder with pages/*.html.gz (default: ../shared/corpora/extraction)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs of each side; best kept")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args()

    pages = load_pages(args.corpus, args.limit)
    # one warm-up page each: imports and first-call set-up are not per-page costs
    ours(pages[:1])
    trafilatura_defaults(pages[:1])
    sides = (("ours", ours), ("trafilatura", trafilatura_defaults))
    wall = {name: float("inf") for name, _ in sides}
    cpu = dict(wall)
    found = {}
    for _ in range(args.repeat):
        for name, run in sides:
            seconds, cpu_seconds, found[name] = timed(run, pages)
            wall[name] = min(wall[name], seconds)
            cpu[name] = min(cpu[name], cpu_seconds)
    ratio = wall["ours"] / wall["trafilatura"]
    print(f"pages: {len(pages)}, best of {args.repeat} runs each; wall s, CPU s")
    for label, name in (
        ("digest extract_html", "ours"),
        ("trafilatura.extract default", "trafilatura"),
    ):
        print(f"  {label:<28} {wall[name]:7.2f} {cpu[name]:7.2f}  ({found[name]} with text)")
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(
        f"  ratio {ratio:.2f} wall (target <= {TARGET_RATIO:.1f}: {verdict}), "
        f"{cpu['ours'] / cpu['trafilatura']:.2f} CPU"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
