"""Every internal link (href/src) of the built demo site reaches a file."""

from __future__ import annotations

from tests.sitecheck import internal_links, resolve_on_disk


def test_no_internal_link_is_broken(demo_build):
    root, result = demo_build
    site = root / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    broken = []
    checked = 0
    for page in pages:
        for link in internal_links(page.read_text(encoding="utf-8")):
            checked += 1
            if resolve_on_disk(site, page, link, "/digest/") is None:
                broken.append(f"{page.relative_to(site)} -> {link}")
    assert checked > 100
    assert broken == []


def test_link_checker_notices_a_broken_link(tmp_path):
    (tmp_path / "index.html").write_text('<a href="missing/">x</a><a href="https://e.com/">y</a>')
    page = tmp_path / "index.html"
    links = internal_links(page.read_text())
    assert links == ["missing/"]
    assert resolve_on_disk(tmp_path, page, links[0]) is None
    (tmp_path / "missing").mkdir()
    (tmp_path / "missing" / "index.html").write_text("ok")
    assert resolve_on_disk(tmp_path, page, links[0]) is not None
    assert resolve_on_disk(tmp_path, page, "/elsewhere/missing/", "/digest/") is None
