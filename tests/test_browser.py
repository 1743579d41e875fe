"""The built demo site in a real headless Chromium: navigation, search, no errors, axe.

Needs Debian's chromium at /usr/bin/chromium (Playwright's own browser download
does not work here). Without it the tests skip locally and fail under CI.
"""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.sitecheck import serve_directory

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _need_chromium() -> None:
    if Path(CHROMIUM).is_file():
        return
    message = f"chromium not found at {CHROMIUM}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must run the browser tests)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser_page(demo_build):
    """One Chromium page on the demo site served over HTTP, recording every problem."""
    _need_chromium()
    try:
        import playwright.sync_api as playwright_api
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright is not installed (CI must run the browser tests)")
        pytest.skip("playwright is not installed")
    root, result = demo_build
    problems: list[str] = []
    with serve_directory(root / "site") as base, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(10_000)
        page.on(
            "console",
            lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        # A request cut short because the test moved on to the next page is no fault.
        page.on(
            "requestfailed",
            lambda r: (
                None
                if "ERR_ABORTED" in (r.failure or "")
                else problems.append(f"failed: {r.url} ({r.failure})")
            ),
        )
        page.on(
            "response",
            lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
        )
        try:
            yield page, base, result, problems
        finally:
            browser.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _axe_serious(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def open_page(browser_page):
    """Opens more pages in the same browser: another viewport or colour scheme."""
    page, base, result, problems = browser_page
    browser = page.context.browser
    contexts = []

    def new_page(viewport=None, color_scheme="light"):
        context = browser.new_context(
            viewport=viewport or {"width": 1280, "height": 900}, color_scheme=color_scheme
        )
        contexts.append(context)
        extra = context.new_page()
        extra.set_default_timeout(10_000)
        extra.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        extra.on(
            "response",
            lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
        )
        return extra

    yield new_page
    for context in contexts:
        context.close()


def _no_sideways_scroll(page) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls {overflow} px sideways"


def test_reader_journey_home_story_person_tag(browser_page):
    page, base, result, problems = browser_page
    story = result.stories[0]
    page.goto(base)
    page.wait_for_load_state("networkidle")
    _shot(page, "home")
    assert _axe_serious(page) == []

    page.get_by_role("heading", name=story.title).get_by_role("link").first.click()
    page.wait_for_url(re.compile(rf"/stories/{re.escape(story.slug)}/$"))
    page.wait_for_load_state("networkidle")
    _shot(page, "story")
    assert page.get_by_role("heading", name="Variants", exact=True).is_visible()
    timeline = page.locator("h2#variants ~ ol").first.locator("li")
    assert timeline.count() == len(story.articles)
    for entry, article in zip(timeline.all(), story.articles, strict=True):
        assert (article.publisher or article.source) in entry.inner_text()  # publication order
    assert story.key_quotes  # the demo story has them; the page must show them
    assert page.get_by_role("heading", name="Key quotes", exact=True).is_visible()
    quote = page.locator(".admonition.quote").first
    assert quote.is_visible()
    assert story.key_quotes[0].text[:20] in quote.inner_text()
    tag_links = page.locator("article a[href*='tags/']")
    assert tag_links.count() >= len(story.tags)
    assert _axe_serious(page) == []

    page.locator(".admonition.quote .admonition-title a", has_text="Mark Rutte").first.click()
    page.wait_for_url(re.compile(r"/people/mark-rutte/$"))
    page.wait_for_load_state("networkidle")
    _shot(page, "person")
    assert page.get_by_role("heading", name="Mark Rutte", level=1).is_visible()
    rutte = [q for q in story.key_quotes if q.speaker == "Mark Rutte"]
    assert page.locator("article blockquote").count() >= len(rutte)
    for q in rutte:
        assert q.text[:25] in page.locator("article").inner_text()
    assert _axe_serious(page) == []
    page.locator("article").get_by_role("link", name=story.title).first.click()
    page.wait_for_url(re.compile(rf"/stories/{re.escape(story.slug)}/$"))

    page.locator("article a[href$='tags/nato/']").first.click()
    page.wait_for_url(re.compile(r"/tags/nato/$"))
    page.wait_for_load_state("networkidle")
    _shot(page, "tag")
    assert page.get_by_role("heading", name="NATO").first.is_visible()
    assert page.locator("article").get_by_role("link", name=story.title).is_visible()
    assert _axe_serious(page) == []
    assert problems == []


def test_front_page_card_shows_what_a_reader_scans(browser_page):
    page, base, result, problems = browser_page
    story = result.stories[0]
    page.goto(base)
    card = page.locator("article h3", has_text=story.title).first
    assert card.is_visible()
    text = page.locator("article").inner_text()
    assert story.lead[:40] in text
    assert "2 outlets" in text and "updated 2025-04-08" in text
    for tag in story.tags:
        assert page.locator("article").get_by_role("link", name=tag, exact=True).count() >= 1
    top = page.locator("article blockquote").first
    assert story.key_quotes[0].text[:20] in top.inner_text()
    assert top.get_by_role("link", name=story.key_quotes[0].speaker or "").is_visible()
    for view in ("Most covered", "Latest"):
        page.locator("article").get_by_role("link", name=view, exact=True).first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("article h3", has_text=story.title).first.is_visible()
        assert _axe_serious(page) == []
        page.goto(base)
    opml_link = page.get_by_role("link", name="All feeds (OPML)")
    assert opml_link.get_attribute("href") == "feeds.opml"
    response = page.request.get(base + "feeds.opml")
    assert response.ok
    feeds = ET.fromstring(response.body()).findall(".//outline[@type='rss']")
    assert len(feeds) == 1 + len(story.tags)
    assert problems == []


@pytest.mark.parametrize(
    ("query", "why"),
    [("Rutte", "a person's name"), ("NSATU", "a headline word"), ("Vaultz", "an outlet")],
)
def test_search_finds_the_story(browser_page, query, why):
    page, base, result, problems = browser_page
    story = result.stories[0]
    page.goto(base)
    page.get_by_role("searchbox", name="Search stories").fill(query)
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/search/\?q="))
    hit = page.locator(".pagefind-ui__result-link").first
    hit.wait_for(state="visible")
    _shot(page, f"search-{query}")
    links = page.locator(".pagefind-ui__result-link")
    hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
    assert all("/stories/" in h for h in hrefs), hrefs  # story pages only, no listings
    assert _axe_serious(page) == [], why
    hit.click()
    page.wait_for_url(re.compile(rf"/stories/{re.escape(story.slug)}/"))
    assert problems == []


def test_a_story_page_view_transfers_little_and_no_search_data(browser_page, open_page):
    _, base, result, problems = browser_page
    page = open_page()
    fetched: list[tuple[str, int]] = []
    page.on(
        "requestfinished",
        lambda r: fetched.append(
            (r.url, r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"])
        ),
    )
    page.goto(base + f"stories/{result.stories[0].slug}/")
    page.wait_for_load_state("networkidle")
    total = sum(size for _, size in fetched)
    assert total < 500_000, fetched
    assert not [u for u, _ in fetched if "pagefind" in u or "search" in u]
    assert problems == []


@pytest.mark.parametrize("path", ["", "story", "people/mark-rutte/", "all/", "search/?q=Rutte"])
def test_phone_width_reads_without_sideways_scrolling(browser_page, open_page, path):
    _, base, result, problems = browser_page
    page = open_page(viewport=PHONE)
    if path == "story":
        path = f"stories/{result.stories[0].slug}/"
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    if "search" in path:
        page.locator(".pagefind-ui__result-link").first.wait_for(state="visible")
    _shot(page, "phone-" + (path.split("/")[0] or "home").split("?")[0])
    _no_sideways_scroll(page)
    assert _axe_serious(page) == []
    assert problems == []


def test_dark_mode_follows_the_system_and_toggles(browser_page, open_page):
    _, base, result, problems = browser_page
    page = open_page(color_scheme="dark")
    page.goto(base + f"stories/{result.stories[0].slug}/")
    page.wait_for_load_state("networkidle")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "slate"
    _shot(page, "story-dark")
    assert _axe_serious(page) == []
    page.locator("label[title='Switch to light mode']").click()
    assert page.evaluate(scheme) == "default"
    light = open_page(color_scheme="light")
    light.goto(base)
    assert light.evaluate(scheme) == "default"
    assert problems == []
