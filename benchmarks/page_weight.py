"""Bytes a reader's browser transfers per page view of a built site, measured in Chromium.

    python benchmarks/page_weight.py SITE_DIR [--pages 20] [--query WORD ...]

Serves SITE_DIR on loopback (no compression: the figures are what a server
that does not compress sends, an upper bound), opens the front page and a
sample of story pages, each in a fresh browser context (an empty cache, as a
first visit), waits until the network is idle and sums the bytes of every
response (headers and bodies). Then it runs searches on the search page and
counts what they fetch. Needs Debian's chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.sitecheck import serve_directory  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def story_pages(site: Path, count: int) -> list[str]:
    """An even sample of story page URLs (redirect pages for older URLs left out)."""
    pages = sorted(
        p.parent.relative_to(site).as_posix() + "/"
        for p in (site / "stories").glob("*/index.html")
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8", errors="replace")[:2000]
    )
    step = max(1, len(pages) // max(1, count))
    return pages[::step][:count]


def view(browser, url: str, wait_for: str | None = None) -> tuple[int, dict[str, int]]:
    """Bytes transferred by one page view in a fresh context, total and by kind."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sizes: dict[str, int] = {}

    def record(request) -> None:
        size = request.sizes()
        name = urlsplit(request.url).path.rsplit("/", 1)[-1]
        kind = name.rsplit(".", 1)[-1] if "." in name else "html"
        if "/pagefind/" in request.url:
            kind = "search data"
        sizes[kind] = sizes.get(kind, 0) + size["responseBodySize"] + size["responseHeadersSize"]

    page.on("requestfinished", record)
    page.goto(url)
    if wait_for:
        page.locator(wait_for).first.wait_for(state="visible", timeout=30_000)
    page.wait_for_load_state("networkidle")
    context.close()
    return sum(sizes.values()), sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, default=20, help="story pages to sample")
    parser.add_argument("--query", action="append", help="searches to run (default: a few)")
    args = parser.parse_args()
    import playwright.sync_api as playwright_api

    site = args.site.resolve()
    stories = story_pages(site, args.pages)
    queries = args.query or ["president", "minister", "police"]
    with serve_directory(site) as base, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        home, home_kinds = view(browser, base)
        totals = []
        largest: tuple[int, str, dict[str, int]] = (0, "", {})
        for path in stories:
            total, kinds = view(browser, base + path)
            totals.append(total)
            largest = max(largest, (total, path, kinds))
        searches = []
        if (site / "search" / "index.html").is_file():
            for word in queries:
                total, kinds = view(
                    browser, f"{base}search/?q={quote(word)}", ".pagefind-ui__result-link"
                )
                searches.append((word, total, kinds))
        browser.close()
    count = sum(1 for _ in (site / "stories").glob("*/index.html"))
    print(f"site: {site} ({count} story folders, {len(stories)} story pages sampled)")
    print("| view | KB transferred | by kind (KB) |")
    print("| --- | --- | --- |")
    print(f"| front page | {home / 1e3:.0f} | {_kinds(home_kinds)} |")
    print(f"| story page, median | {statistics.median(totals) / 1e3:.0f} | |")
    print(f"| story page, largest ({largest[1]}) | {largest[0] / 1e3:.0f} | {_kinds(largest[2])} |")
    for word, total, kinds in searches:
        print(f"| search page, query {word!r} | {total / 1e3:.0f} | {_kinds(kinds)} |")
    return 0


def _kinds(kinds: dict[str, int]) -> str:
    return ", ".join(f"{k} {v / 1e3:.0f}" for k, v in sorted(kinds.items(), key=lambda i: -i[1]))


if __name__ == "__main__":
    sys.exit(main())
