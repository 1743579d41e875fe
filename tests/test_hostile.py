"""Hostile input never becomes live HTML or script in the built site.

A site is built from the demo corpus plus sources whose every field (title,
body, byline, quotes, tags, file name, sidecar and front matter) carries
script, event handlers, javascript:/data: URLs, iframes, styles, Markdown
links/images/autolinks, attribute lists and template syntax. The output is
checked with an HTML parser against a build of the benign demo alone, and in a
real browser.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import lxml.html
import pytest

from tests.conftest import copy_project
from tests.fixtures.hostile import HOSTILE_TAG, MARKER, write_hostile_sources

DANGEROUS_ELEMENTS = {"iframe", "frame", "object", "embed", "style", "base"}  # none in the theme
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "xlink:href", "data"}


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory):
    """The demo project plus hostile sources and a hostile taxonomy tag, built once."""
    from digest.config import load_config
    from digest.pipeline import build

    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    write_hostile_sources(root / "content")
    with (root / "taxonomy.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{json.dumps(HOSTILE_TAG)}:\n  aliases: [{MARKER}]\n")
    result = build(load_config(root))
    return root, result


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _hostile_story(root: Path, result) -> Path:
    story = next(s for s in result.stories if HOSTILE_TAG in s.tags)
    return root / "site" / "stories" / story.slug / "index.html"


def _script_signatures(site: Path) -> set[str]:
    """What the theme's script elements look like, independent of page depth."""
    signatures = set()
    for page in _pages(site):
        for script in lxml.html.parse(str(page)).getroot().iter("script"):
            src = (script.get("src") or "").lstrip("./")
            text = (script.text or "").replace("../", "").replace('"..', '"').replace('".', '"')
            signatures.add(src or text.split("{", 1)[0][:40])
    return signatures


def test_hostile_sources_are_built_into_one_story(hostile_build):
    root, result = hostile_build
    assert result.articles == 5  # 2 demo + html, text, markdown
    assert _hostile_story(root, result).is_file()
    assert (root / "site" / "tags").is_dir()


def test_no_script_handler_or_dangerous_url_reaches_the_site(hostile_build, demo_build):
    root, result = hostile_build
    benign_scripts = _script_signatures(demo_build[0] / "site")
    problems = []
    for page in _pages(root / "site"):
        where = page.relative_to(root / "site")
        for element in lxml.html.parse(str(page)).getroot().iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag in DANGEROUS_ELEMENTS:
                problems.append(f"{where}: <{element.tag}>")
            script = (element.text or "") + (element.get("src") or "")
            if element.tag == "script" and "alert" in script:
                problems.append(f"{where}: hostile script")
            for name, value in element.attrib.items():
                if name.lower().startswith("on"):
                    problems.append(f"{where}: <{element.tag} {name}>")
                squeezed = "".join(value.split()).lower()
                if name.lower() in URL_ATTRIBUTES and squeezed.startswith(
                    ("javascript:", "data:", "vbscript:")
                ):
                    problems.append(f"{where}: <{element.tag} {name}={value[:40]!r}>")
    assert problems == []
    assert _script_signatures(root / "site") <= benign_scripts


def test_payload_is_shown_as_literal_text(hostile_build):
    root, result = hostile_build
    page = lxml.html.parse(str(_hostile_story(root, result))).getroot()
    heading = page.xpath("string(//article//h1)")
    assert "<script>alert('script')</script>" in heading
    assert "[md](javascript:alert('mdlink'))" in heading
    assert "{{ 7*7 }}" in heading and "{% raw %}" in heading
    text = page.text_content()
    assert "49" not in text  # {{ 7*7 }} and ${7*7} were never evaluated
    assert "<script>alert('script')</script>" in page.findtext(".//title")
    summary = page.xpath("string(//details/summary)")
    assert "[md](javascript:alert('mdlink'))" in summary
    assert HOSTILE_TAG in text  # the tag, shown as written
    quotes = page.xpath("string(//div[contains(@class, 'admonition')])")
    assert "<iframe src=" in quotes


def test_hostile_tag_and_file_name_get_safe_slugs(hostile_build):
    root, result = hostile_build
    for path in (root / "site").rglob("*"):
        rel = path.relative_to(root / "site").as_posix()
        assert not set(rel) & set("<>{}'\"()[] "), rel
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    sources = {v["source"] for s in export["stories"] for v in s["variants"]}
    assert any(s.startswith("{{ 7*7 }} <script>") for s in sources)


def test_markdown_only_source_cannot_smuggle_raw_html(hostile_build):
    root, result = hostile_build
    generated = root / "build" / "docs"
    pages = list(generated.rglob("*.md"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8").split("\n---\n", 1)[-1]  # body only
        assert "<script" not in text and "<iframe" not in text and "](javascript" not in text


def _chromium() -> str | None:
    path = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if path is None and os.environ.get("CI"):
        pytest.fail("chromium is required in CI for the browser tests")
    return path


@pytest.mark.browser
def test_no_dialog_opens_in_a_real_browser(hostile_build):
    """Open the hostile pages (and search for the payload) in Chromium: no alert ever fires."""
    chromium = _chromium()
    if chromium is None:
        pytest.skip("chromium not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    root, result = hostile_build
    site = root / "site"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    story = _hostile_story(root, result).parent.relative_to(site).as_posix()
    dialogs: list[str] = []
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium,
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                ],
            )
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            for path in (f"{story}/", "", "tags/", "archive/", "people/", "all/"):
                page.goto(base + path, wait_until="load")
                page.wait_for_timeout(300)
            page.goto(base + f"{story}/", wait_until="load")
            assert "<script>alert('script')</script>" in page.inner_text("article h1")
            for summary in page.locator("summary").all():
                summary.click()
            page.locator("p, li, td, summary, .md-tag").first.hover()
            # The search page shows excerpts of the hostile story's indexed text.
            page.goto(base + "search/?q=onerror%20alert", wait_until="load")
            page.locator(".pagefind-ui__result").first.wait_for(timeout=10_000)
            page.wait_for_timeout(500)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    assert dialogs == []


@pytest.mark.parametrize(
    "rel", ["../escape.md", "/tmp/absolute.md", "a/../../escape.md", "stories/../../x.md"]
)
def test_write_docs_never_writes_outside_the_docs_folder(tmp_path, rel):
    from digest.site.docs_dir import write_docs

    docs = tmp_path / "build" / "docs"
    write_docs({"index.md": "old"}, docs)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    with pytest.raises(ValueError, match="outside the docs folder"):
        write_docs({"index.md": "new", rel: "evil"}, docs)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert (docs / "index.md").read_text(encoding="utf-8") == "old"
    assert not Path("/tmp/absolute.md").exists()
