"""Time of the digest's HTML extraction against trafilatura's defaults, same pages, same run.

    python benchmarks/extraction.py [CORPUS_DIR] [--repeat 5] [--limit N]

CORPUS_DIR has the layout of ../shared/corpora/extraction (pages/*.html.gz).
Every page is decoded once as `digest extract` decodes it; then, page by
page, the digest's `extract_html` (trafilatura, the furniture pass and the
vote of the other extractors, digest/extract/ensemble.py), the page's profile
that a collection learns its outlets' furniture from (`source_profile`, read
once per page before any page is extracted) and `trafilatura.extract` with
its default settings run on it, one after the other, serially in this one
process. The digest's time is the extraction's and the profile's. That is done `--repeat` times (the
extractor's per-line caches emptied before each round), and each
side's best time *per page* is kept and summed: the machine is shared, other
work only ever adds time, and timing both sides on the same page moments apart
gives them the same chances (best runs over the whole corpus favour the
shorter side, which more easily falls into a quiet spell). Prints both totals
and their ratio, in wall-clock seconds (the target: a ratio of at most 2) and
in CPU seconds of this process (as a cross-check).
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

from digest.extract.core import source_profile  # noqa: E402
from digest.extract.html import extract_html  # noqa: E402
from digest.models import SourceDoc  # noqa: E402
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


def ours(html: str) -> bool:
    return extract_html(html) is not None


def profiled(html: str) -> bool:
    doc = SourceDoc(path="page.html", kind="html", text=html, sha256="")
    return source_profile(doc) is not None


def trafilatura_defaults(html: str) -> bool:
    import trafilatura

    return trafilatura.extract(html) is not None


def timed(run: Callable[[str], bool], html: str) -> tuple[float, float, bool]:
    """(wall seconds, CPU seconds, whether it found text) of one extraction."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = run(html)
    return time.perf_counter() - wall, time.process_time() - cpu, found


def forget_seen_lines() -> None:
    """Empty the extractor's per-line caches: a build extracts each page once, so a
    round over pages met before must not find their lines' answers ready (lines
    met on other pages of the same round still are, as in a build's worker)."""
    from digest.extract import article_end, boilerplate, ensemble, text_body, text_metadata

    for function in (
        boilerplate._line_words,
        text_body.line_key,
        text_body.is_header_meta,
        boilerplate.is_furniture,
        boilerplate.has_photo_credit,
        text_metadata.parse_date,
        text_metadata.date_stamp,
        ensemble._folded_words,
        ensemble._joined_words,
        ensemble.is_prose,
        ensemble.is_sentence,
        ensemble._paragraph_of,
        article_end.prose_words,
        article_end._signed_and_timed,
        article_end._dated_heading,
        boilerplate.is_comment_heading,
        boilerplate.comment_invitation,
        boilerplate.is_media_teaser,
        text_metadata._tidy_authors,
    ):
        function.cache_clear()


def best_per_page(
    pages: Sequence[str], sides: Sequence[tuple[str, Callable[[str], bool]]], repeat: int
) -> dict[str, tuple[float, float, int]]:
    """Per side: (sum of per-page best wall s, sum of per-page best CPU s, pages with text)."""
    wall = {name: [float("inf")] * len(pages) for name, _ in sides}
    cpu = {name: [float("inf")] * len(pages) for name, _ in sides}
    found = dict.fromkeys(wall, 0)
    for round_ in range(repeat):
        forget_seen_lines()
        for i, html in enumerate(pages):
            for name, run in sides:
                seconds, cpu_seconds, has_text = timed(run, html)
                wall[name][i] = min(wall[name][i], seconds)
                cpu[name][i] = min(cpu[name][i], cpu_seconds)
                found[name] += has_text and round_ == 0
    return {name: (sum(wall[name]), sum(cpu[name]), found[name]) for name in wall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=REPO.parent / "shared" / "corpora" / "extraction",
        help="folder with pages/*.html.gz (default: ../shared/corpora/extraction)",
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="runs over every page; each page's best kept"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args()

    pages = load_pages(args.corpus, args.limit)
    # one warm-up page each: imports and first-call set-up are not per-page costs
    ours(pages[0])
    trafilatura_defaults(pages[0])
    profiled(pages[0])
    sides = (("ours", ours), ("profile", profiled), ("trafilatura", trafilatura_defaults))
    totals = best_per_page(pages, sides, args.repeat)
    print(f"pages: {len(pages)}, each page's best of {args.repeat} runs; wall s, CPU s")
    for label, name in (
        ("digest extract_html", "ours"),
        ("digest source_profile", "profile"),
        ("trafilatura.extract default", "trafilatura"),
    ):
        wall, cpu, found = totals[name]
        print(f"  {label:<28} {wall:7.2f} {cpu:7.2f}  ({found} with text)")
    wall = totals["ours"][0] + totals["profile"][0]
    cpu = totals["ours"][1] + totals["profile"][1]
    ratio = wall / totals["trafilatura"][0]
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(
        f"  ratio {ratio:.2f} wall (target <= {TARGET_RATIO:.1f}: {verdict}), "
        f"{cpu / totals['trafilatura'][1]:.2f} CPU; extraction alone "
        f"{totals['ours'][0] / totals['trafilatura'][0]:.2f} wall"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
