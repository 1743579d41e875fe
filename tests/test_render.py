"""Rendered pages: link previews, canonical links, feed discovery, inert source text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from digest.config import load_config


class _Head(HTMLParser):
    """Collects the <meta> and <link> tags of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key:
                self.meta[key] = values.get("content", "")
        elif tag == "link":
            self.links.append(values)


def _head(path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _preview_pages(site):
    pages = sorted((site / "stories").glob("*/index.html"))
    pages += sorted(p for p in (site / "tags").glob("*/index.html"))
    return [p for p in pages if "http-equiv" not in p.read_text(encoding="utf-8")]


def test_every_story_and_tag_page_has_a_link_preview(demo_build):
    root, result = demo_build
    site = root / "site"
    pages = _preview_pages(site)
    assert len(pages) >= 1 + len(result.stories[0].tags)
    for page in pages:
        head = _head(page)
        url = "https://example.github.io/digest/" + page.parent.relative_to(site).as_posix() + "/"
        for key in ("description", "og:title", "og:description", "og:type", "twitter:card"):
            assert head.meta.get(key), (page, key)
        assert head.meta["og:url"] == url, page
        canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
        assert canonical == [url], page
        assert head.meta["og:type"] == ("article" if "/stories/" in str(page) else "website")


def test_story_page_shows_everything_a_reader_needs(demo_build):
    root, result = demo_build
    story = result.stories[0]
    html = (root / "site" / "stories" / story.slug / "index.html").read_text(encoding="utf-8")
    for heading in ("Key quotes", "Variants", "What the variants share", "Full text"):
        assert heading in html, heading
    assert 'href="../../tags/nato/"' in html
    assert "<details" in html  # the full text is folded
    timeline = html.split('id="variants"', 1)[1].split("</ol>", 1)[0]
    assert timeline.count("<li>") == len(story.articles)  # one timeline entry per variant
    assert "<table" not in timeline


def test_site_url_under_a_project_path_is_kept(project):
    from digest.pipeline import build

    mkdocs = project / "mkdocs.yml"
    text = re.sub(
        r"(?m)^site_url:.*$", "site_url: https://user.github.io/my-repo", mkdocs.read_text()
    )
    mkdocs.write_text(text)
    result = build(load_config(project), strict=True)
    story = result.stories[0]
    head = _head(project / "site" / "stories" / story.slug / "index.html")
    assert head.meta["og:url"] == f"https://user.github.io/my-repo/stories/{story.slug}/"
    assert f"https://user.github.io/my-repo/stories/{story.slug}/" in result.pages["feed.xml"]


HOSTILE = (
    "<img src=x onerror=alert(1)> [click](javascript:alert(1)) {{ 7*7 }} <script>alert(2)</script>"
)


class _Markup(HTMLParser):
    """Records elements and URLs a page would act on."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.handlers: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_script = tag == "script"
        for key, value in attrs:
            if key in ("href", "src"):
                self.urls.append(value or "")
            if key.startswith("on"):
                self.handlers.append(key)

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
            self._in_script = False


def test_hostile_source_text_stays_inert_in_the_built_site(project, monkeypatch):
    from digest.pipeline import build
    from digest.stories import assemble as build_module

    # A page's own tags may pass the taxonomy unchanged: make sure one that is markup does.
    real_tag_story = build_module.tag_story
    monkeypatch.setattr(
        build_module, "tag_story", lambda *a, **k: (*real_tag_story(*a, **k), HOSTILE)
    )

    yaml_title = HOSTILE.replace("'", "''")
    body = (HOSTILE + " filler words to make a long enough paragraph for extraction. ") * 2
    (project / "content" / "evil.md").write_text(
        f"---\ntitle: '{yaml_title}'\npublisher: '{yaml_title}'\nurl: 'javascript:alert(3)'\n"
        f"date: '2025-02-03'\ntags: ['{yaml_title}', NATO]\n---\n\n{body}\n",
        encoding="utf-8",
    )
    result = build(load_config(project))
    story = next(s for s in result.stories if "onerror" in s.title)
    html = (project / "site" / "stories" / story.slug / "index.html").read_text(encoding="utf-8")
    page = _Markup()
    page.feed(html)
    assert "img" not in page.tags
    assert page.handlers == []
    assert not [u for u in page.urls if u.strip().lower().startswith("javascript")]
    assert not [s for s in page.scripts if "alert" in s]
    text = re.sub(r"<svg.*?</svg>", "", html, flags=re.S)  # icons' path data holds digits
    assert "{{ 7*7 }}" in text and "49" not in text  # shown as text, never evaluated
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    for other in sorted((project / "site").rglob("*.html")):
        markup = _Markup()
        markup.feed(other.read_text(encoding="utf-8"))
        assert "img" not in markup.tags and markup.handlers == [], other
        assert not [s for s in markup.scripts if "alert" in s], other
