"""Feeds: Atom and JSON Feed for the digest and per tag, parsed with feedparser."""

from __future__ import annotations

import json

import feedparser

from digest.render.feeds import rfc3339
from digest.render.pages import render_site
from tests.sitecheck import write_article


def test_rfc3339_keeps_offsets_and_assumes_utc():
    assert rfc3339("2025-04-08") == "2025-04-08T00:00:00Z"
    assert rfc3339("2025-04-08T21:50:00+05:30") == "2025-04-08T21:50:00+05:30"
    assert rfc3339("2025-04-08T16:20:00") == "2025-04-08T16:20:00Z"
    assert rfc3339("Tuesday") is None
    assert rfc3339(None) is None


def test_demo_feeds_parse_and_link_to_story_pages(demo_build):
    root, result = demo_build
    site = root / "site"
    story = result.stories[0]
    atom = feedparser.parse((site / "feed.xml").read_bytes())
    assert not atom.bozo, atom.get("bozo_exception")
    assert atom.version == "atom10"
    assert len(atom.entries) == len(result.stories)
    entry = atom.entries[0]
    assert entry.id == f"urn:digest:story:{story.id}"
    assert entry.link == f"https://example.github.io/digest/stories/{story.slug}/"
    assert (site / "stories" / story.slug / "index.html").is_file()
    data = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["id"] for i in data["items"]] == [entry.id]
    item = data["items"][0]
    assert item["url"] == entry.link and item["title"] == story.title
    assert data["feed_url"] == "https://example.github.io/digest/feed.json"


def test_every_tag_has_both_feeds_and_pages_link_them(demo_build):
    root, result = demo_build
    site = root / "site"
    for tag in result.stories[0].tags:
        slug = tag.lower().replace(" ", "-")
        atom = feedparser.parse((site / f"feed-{slug}.xml").read_bytes())
        assert not atom.bozo and atom.entries, tag
        assert tag in {t.term for t in atom.entries[0].tags}
        assert (site / f"feed-{slug}.json").is_file()
    tag_page = (site / "tags" / "nato" / "index.html").read_text(encoding="utf-8")
    assert 'rel="alternate" type="application/atom+xml"' in tag_page
    assert 'href="../../feed-nato.xml"' in tag_page
    assert 'href="../../feed.json"' in tag_page


def test_dates_come_from_sources_and_output_is_deterministic(project, tmp_path):
    from digest.config import load_config
    from digest.pipeline import build

    content = project / "content"
    write_article(content, "late.md", "Harbour reopens after storm", "2025-05-02", "The harbour")
    write_article(
        content,
        "early.md",
        "Bridge toll scrapped in Osterland",
        "2024-11-20T08:30:00+01:00",
        "The bridge toll",
    )
    config = load_config(project)
    first = build(config, run_site=False).pages
    second = build(config, run_site=False).pages
    assert first == second
    atom = feedparser.parse(first["feed.xml"].encode())
    by_title = {e.title: e for e in atom.entries}
    assert by_title["Harbour reopens after storm"].published == "2025-05-02T00:00:00Z"
    assert by_title["Bridge toll scrapped in Osterland"].updated == "2024-11-20T08:30:00+01:00"
    assert atom.feed.updated == "2025-05-02T00:00:00Z"
    # newest first
    assert atom.entries[0].title == "Harbour reopens after storm"


def test_hostile_titles_stay_text_in_feeds(project):
    from digest.config import load_config
    from digest.models import Article
    from digest.stories.assemble import assemble_story

    config = load_config(project)
    evil = Article(
        id="e" * 16,
        source="evil.html",
        title='<script>alert(1)</script> & "quotes" \x00\x07',
        paragraphs=("Body text " * 20,),
        published="2025-01-01",
    )
    pages = render_site([assemble_story([evil], config)], config)
    atom = feedparser.parse(pages["feed.xml"].encode())
    assert not atom.bozo
    assert "<script>" not in pages["feed.xml"]
    assert atom.entries[0].title.startswith("<script>alert(1)</script> &")
    assert json.loads(pages["feed.json"])["items"][0]["title"].startswith("<script>")
