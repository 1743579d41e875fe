"""Reusing MkDocs' per-page results gives the site a plain MkDocs build gives.

Real MkDocs with Material, search and tags. Each test builds a small MkDocs
project twice, the second time after a change and with the results stored by
the first, and compares every file of that site with a plain build of the
changed project into another folder.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as mkdocs_load_config

from digest.cache import CACHE_FILE, Cache, fingerprint
from digest.config import load_config
from digest.errors import BuildError
from digest.pipeline import build
from digest.site import memo as sitememo
from digest.site import search
from digest.site.memo import PageMemo, config_inputs, prerender, reusing, unsupported
from digest.site.theme import load_site_config
from tests.conftest import make_project, own_theme_override, syndicated_copy, without_cache
from tests.fresh import NO_FORK, in_fresh_process

SETTINGS = {
    "site_name": "Memo test",
    "site_url": "https://example.org/memo/",
    "theme": {"name": "material", "font": False, "features": ["navigation.prune"]},
    "plugins": ["search", "tags"],
    "markdown_extensions": ["toc", "tables", "admonition"],
}


def write_project(root: Path, pages: dict[str, str], **settings) -> Path:
    docs = root / "docs"
    if docs.exists():
        for file in docs.rglob("*.md"):
            file.unlink()
    for path, text in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(yaml.safe_dump({**SETTINGS, **settings}), encoding="utf-8")
    return root / "mkdocs.yml"


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def build_with(memo: PageMemo | None, config_file: Path, site: Path, epoch: int = 0) -> None:
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    config = load_site_config(config_file, site_dir=str(site))  # as digest's build loads it
    if memo is None:
        mkdocs_build(config)
        return
    assert unsupported(config) is None
    with reusing(memo):
        mkdocs_build(config)


def rebuild_matches_plain(
    tmp_path: Path, before: dict[str, str], after: dict[str, str], epoch: int = 0, **settings
) -> PageMemo:
    """Build `before` storing results, then `after` (at build date `epoch`) reusing them;
    compare with a plain build of `after`."""
    config_file = write_project(tmp_path / "memo", before, **settings)
    cache = Cache(tmp_path / CACHE_FILE)
    compiled = tmp_path / "templates"  # compiled theme templates, kept between builds too
    first = PageMemo(settings_key="s", stored={}, templates_cache=compiled)
    build_with(first, config_file, tmp_path / "site-1")
    first.save(cache)
    assert any(compiled.iterdir())
    write_project(tmp_path / "memo", after, **settings)
    second = PageMemo.load(cache, "s", sorted(after), compiled)
    build_with(second, config_file, tmp_path / "site-2", epoch)
    build_with(None, config_file, tmp_path / "plain", epoch)
    assert site_files(tmp_path / "site-2") == site_files(tmp_path / "plain")
    return second


STORY = "---\ntags: [{tag}]\n---\n# {title}\n\nSome text about {title}.\n\n## Details\n\nMore.\n"


def test_unchanged_pages_are_reused_and_changed_ones_redone(tmp_path):
    before = {
        "index.md": "# Home\n\nSee [the first story](stories/one.md).\n",
        "tags.md": "# Tags\n\n<!-- material/tags -->\n",
        "stories/one.md": STORY.format(tag="Japan", title="One"),
        "stories/two.md": STORY.format(tag="NATO", title="Two"),
    }
    after = {**before, "stories/two.md": STORY.format(tag="NATO", title="Two, updated")}
    after["stories/three.md"] = STORY.format(tag="Japan", title="Three")
    memo = rebuild_matches_plain(tmp_path, before, after, nav=["index.md", "tags.md"])
    # Stories are not in the navigation (as in the digest). Home and story one are unchanged; two changed and three is new. The tags page's
    # Markdown is unchanged, but the listing the tags plugin puts into its HTML now has
    # story three: its HTML is redone.
    assert memo.reused["render"] == 3 and memo.redone["render"] == 2
    assert memo.reused["html"] == 2 and memo.redone["html"] == 3
    assert memo.reused["search"] == 2


def test_a_page_is_redone_when_its_link_target_disappears(tmp_path):
    before = {
        "index.md": "# Home\n\nSee [the story](stories/one.md).\n",
        "stories/one.md": STORY.format(tag="Japan", title="One"),
    }
    after = {
        "index.md": before["index.md"],
        "stories/two.md": STORY.format(tag="NATO", title="Two"),
    }
    memo = rebuild_matches_plain(tmp_path, before, after)
    assert memo.reused["render"] == 0  # the home page's link is no longer resolved


@pytest.mark.parametrize(
    "about",
    [
        "# About the digest\n\nWho we are.\n",  # its title, from its heading
        "---\nsubtitle: Who we are\nstatus: new\n---\n# About us\n\nWho we are.\n",
    ],
)
def test_a_page_is_redone_when_the_navigation_shows_something_new(tmp_path, about):
    """Every page shows the navigation: another page's title (from its heading) or its
    subtitle and status (from its front matter) change the template output of pages
    that did not change themselves."""
    nav = ["index.md", "about.md"]
    before = {"index.md": "# Home\n\nWelcome.\n", "about.md": "# About us\n\nWho we are.\n"}
    after = {**before, "about.md": about}
    memo = rebuild_matches_plain(tmp_path, before, after, nav=nav)
    assert memo.reused["render"] >= 1  # the home page's Markdown is unchanged ...
    assert memo.reused["html"] == 0  # ... but its navigation is not


def test_a_later_build_date_redoes_pages_only_if_a_template_shows_it(tmp_path):
    """The build date is the newest article's, so it moves with most additions.
    Material shows it only in the sitemap; a theme override may show it anywhere."""
    pages = {"index.md": "# Home\n\nWelcome.\n", "about.md": "# About\n\nUs.\n"}
    later = 1_700_000_000
    memo = rebuild_matches_plain(tmp_path / "material", pages, pages, epoch=later)
    assert memo.reused["html"] == 2 and memo.redone["html"] == 0
    site = tmp_path / "material" / "site-2"  # sitemap.xml is an index of sitemap-pages.xml
    assert b"2023-11-14" in (site / "sitemap-pages.xml").read_bytes()
    overrides = tmp_path / "dated" / "memo" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}\n{% block footer %}Built {{ build_date_utc }}{% endblock %}\n',
        encoding="utf-8",
    )
    theme = {**SETTINGS["theme"], "custom_dir": "overrides"}
    memo = rebuild_matches_plain(tmp_path / "dated", pages, pages, epoch=later, theme=theme)
    assert memo.reused["html"] == 0 and memo.redone["html"] == 2
    assert b"Built 2023-11-14" in (tmp_path / "dated" / "site-2" / "index.html").read_bytes()


@pytest.mark.parametrize("nav", [["index.md", "tags.md"], ["index.md"]])
def test_pages_rendered_ahead_in_a_process_pool_give_the_plain_site(tmp_path, monkeypatch, nav):
    """Where no fork is safe, each worker of a process pool sets MkDocs up itself."""
    monkeypatch.setattr(sitememo, "can_fork", lambda: False)
    monkeypatch.setattr(sitememo.os, "cpu_count", lambda: 2)
    check_rendered_ahead(str(tmp_path), *nav)


@pytest.mark.parametrize("nav", [["index.md", "tags.md"], ["index.md"]])
def test_pages_rendered_ahead_in_forked_workers_give_the_plain_site(tmp_path, nav):
    """Where a fork is safe, MkDocs is set up once and the workers are forked from it
    (run in a new interpreter: earlier tests leave threads that rightly prevent it)."""
    in_fresh_process("tests.test_sitememo", "check_forked_rendered_ahead", str(tmp_path), *nav)


def check_forked_rendered_ahead(root: str, *nav: str) -> None:
    from digest.parallel import can_fork

    if not can_fork():
        print(NO_FORK)
        return

    def no_pool(*args: object) -> None:
        raise AssertionError("the process pool was used")

    sitememo._prerender_pooled = no_pool  # type: ignore[assignment]  # fresh process
    check_rendered_ahead(root, *nav)


def check_rendered_ahead(root: str, *nav: str) -> None:
    """A cold build of a big site renders pages in worker processes first, two here.
    A worker converts only its share and the navigation's pages: with the tags listing
    page outside the navigation, what depends on that listing is done again after."""
    tmp_path = Path(root)
    pages = {
        "index.md": "# Home\n\nSee [one](stories/one.md) and [the tags](tags.md).\n",
        "tags.md": "# Tags\n\n<!-- material/tags -->\n",
        **{
            f"stories/{name}.md": STORY.format(tag=tag, title=name.title())
            for name, tag in [
                ("one", "Japan"),
                ("two", "NATO"),
                ("three", "Japan"),
                ("four", "Ukraine"),
            ]
        },
    }
    config_file = write_project(tmp_path / "memo", pages, nav=list(nav))
    saved = sitememo.PRERENDER_MIN_PAGES, sitememo.MAX_WORKERS, os.environ.get("SOURCE_DATE_EPOCH")
    sitememo.PRERENDER_MIN_PAGES, sitememo.MAX_WORKERS = 1, 2
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        memo = PageMemo(settings_key="s", stored={})
        assert prerender(config_file, tmp_path / "site", memo, sorted(pages))
        assert set(memo.stored) == set(pages)
        build_with(memo, config_file, tmp_path / "site")
        build_with(None, config_file, tmp_path / "plain")
    finally:
        sitememo.PRERENDER_MIN_PAGES, sitememo.MAX_WORKERS = saved[:2]
        if saved[2] is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved[2]
    assert site_files(tmp_path / "site") == site_files(tmp_path / "plain")
    assert memo.reused["render"] == len(pages) and memo.redone["render"] == 0
    if "tags.md" in nav:
        assert memo.reused["search"] == len(pages) and memo.reused["html"] == len(pages)


def test_anchor_links_are_checked_after_a_build_that_logged_at_debug_level(tmp_path):
    """MkDocs records a page's links to anchors only when its log level is above DEBUG;
    a page converted at DEBUG is not reused at INFO, or a broken anchor would pass."""
    pages = {"index.md": "# Home\n\nSee [x](about.md#nope).\n", "about.md": "# About\n\nUs.\n"}
    config_file = write_project(tmp_path / "memo", pages, validation={"anchors": "warn"})
    mkdocs_log = logging.getLogger("mkdocs")
    level = mkdocs_log.level
    warnings: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    mkdocs_log.addHandler(handler)
    try:
        mkdocs_log.setLevel(logging.DEBUG)
        first = PageMemo(settings_key="s", stored={})
        build_with(first, config_file, tmp_path / "site-1")
        mkdocs_log.setLevel(logging.INFO)
        second = PageMemo(settings_key="s", stored=first.fresh)
        warnings.clear()
        build_with(second, config_file, tmp_path / "site-2")
    finally:
        mkdocs_log.setLevel(level)
        mkdocs_log.removeHandler(handler)
    assert any("#nope" in w for w in warnings), warnings


def test_the_settings_key_covers_what_the_configuration_inherits_and_reads(tmp_path, monkeypatch):
    """The key of every page covers mkdocs.yml, the file it inherits from, the
    environment variables it reads and the modules it names."""
    (tmp_path / "base.yml").write_text("copyright: Old owner\n", encoding="utf-8")
    (tmp_path / "formatters.py").write_text("def fence(*args):\n    return ''\n", encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        "INHERIT: base.yml\nsite_name: !ENV [DIGEST_TEST_NAME, 'News']\n"
        "extra:\n  fence: !!python/name:formatters.fence\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("DIGEST_TEST_NAME", raising=False)

    def key() -> str:
        return fingerprint(config_inputs(config_file))

    first = key()
    assert key() == first
    monkeypatch.setenv("DIGEST_TEST_NAME", "Other")
    second = key()
    (tmp_path / "base.yml").write_text("copyright: New owner\n", encoding="utf-8")
    third = key()
    (tmp_path / "formatters.py").write_text("def fence(*args):\n    return 'x'\n", encoding="utf-8")
    assert len({first, second, third, key()}) == 4


def test_setups_whose_results_may_depend_on_more_are_not_reused(tmp_path):
    config_file = write_project(tmp_path / "p", {"index.md": "# Home\n"})
    assert unsupported(mkdocs_load_config(config_file=str(config_file))) is None
    write_project(tmp_path / "p", {"index.md": "# Home\n"}, plugins=["search", "tags", "offline"])
    reason = unsupported(mkdocs_load_config(config_file=str(config_file)))
    assert reason and "offline" in reason
    write_project(
        tmp_path / "p", {"index.md": "# Home\n"}, markdown_extensions=["toc", "pymdownx.snippets"]
    )
    reason = unsupported(mkdocs_load_config(config_file=str(config_file)))
    assert reason and "snippets" in reason
    # A theme override listing every page: each page would depend on all the others.
    overrides = tmp_path / "p" / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}\n{% block footer %}{{ pages | length }} pages{% endblock %}\n',
        encoding="utf-8",
    )
    theme = {**SETTINGS["theme"], "custom_dir": "overrides"}
    write_project(tmp_path / "p", {"index.md": "# Home\n"}, theme=theme)
    reason = unsupported(mkdocs_load_config(config_file=str(config_file)))
    assert reason and "all pages" in reason


def test_digest_rebuild_after_adding_an_article_gives_the_cold_site(tmp_path, caplog):
    """The whole site, every file, after one added article equals a cold build's."""
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True)
    copy = syndicated_copy(root)
    (root / "content" / "storm-copy.txt").write_text(copy, encoding="utf-8")
    with caplog.at_level("INFO", logger="digest"):
        build(load_config(root), strict=True)
    summary = next(r.getMessage() for r in caplog.records if "reused/" in r.getMessage())
    reused = int(summary.split("html ")[1].split(" reused")[0])
    assert reused > 0, summary
    reference = make_project(tmp_path / "reference")
    (reference / "content" / "storm-copy.txt").write_text(copy, encoding="utf-8")
    build(without_cache(load_config(reference)), strict=True)
    assert site_files(root / "site") == site_files(reference / "site")


@pytest.mark.parametrize("change", ["template", "mkdocs.yml"])
def test_a_settings_change_redoes_every_page(tmp_path, change):
    root = make_project(tmp_path / "project")
    override = '{% extends "digest/main.html" %}\n{% block footer %}FOOTER{% endblock %}\n'
    own_theme_override(root, "main.html", override.replace("FOOTER", "Ours"))
    build(load_config(root), strict=True)
    if change == "template":
        own_theme_override(root, "main.html", override.replace("FOOTER", "Edited"))
    else:
        settings = root / "mkdocs.yml"
        settings.write_text(
            settings.read_text(encoding="utf-8").replace(
                "site_name: News digest", "site_name: Edited"
            ),
            encoding="utf-8",
        )
    build(load_config(root), strict=True)
    reference = make_project(tmp_path / "reference")
    for name in ("overrides/main.html", "mkdocs.yml"):
        (reference / name).parent.mkdir(exist_ok=True)
        (reference / name).write_bytes((root / name).read_bytes())
    build(without_cache(load_config(reference)), strict=True)
    assert site_files(root / "site") == site_files(reference / "site")


def test_other_library_versions_or_missing_internals_turn_reuse_off(tmp_path, monkeypatch):
    config_file = write_project(tmp_path / "p", {"index.md": "# Home\n"})
    config = mkdocs_load_config(config_file=str(config_file))
    monkeypatch.setattr(sitememo, "_version", lambda name: "10.0.0")
    reason = unsupported(config)
    assert reason and "Material 10.0.0" in reason
    monkeypatch.undo()
    renamed = ("mkdocs.commands.build", "_build_page_renamed_in_a_later_release")
    monkeypatch.setattr(sitememo, "WRAPPED", (*sitememo.WRAPPED, renamed))
    reason = unsupported(config)
    assert reason and "_build_page_renamed_in_a_later_release not found" in reason


def _digest_site(root: Path) -> dict[str, bytes]:
    return site_files(root / "site")


def test_a_memo_that_cannot_patch_falls_back_to_a_plain_build(tmp_path, monkeypatch, caplog):
    """A library update that breaks the wrapping costs the reuse, never the build."""
    root = make_project(tmp_path / "project")
    reference = make_project(tmp_path / "reference")
    build(without_cache(load_config(reference)), strict=True)

    from contextlib import contextmanager

    @contextmanager
    def broken(memo):
        raise AttributeError("type object 'Page' has no attribute 'render'")
        yield

    monkeypatch.setattr("digest.site.mkdocs.reusing", broken)
    with caplog.at_level(logging.INFO, logger="digest"):
        build(load_config(root), strict=True)
    fallback = [r for r in caplog.records if "plain MkDocs build" in r.getMessage()]
    assert len(fallback) == 1 and fallback[0].levelno == logging.INFO
    assert "has no attribute 'render'" in fallback[0].getMessage()
    assert _digest_site(root) == _digest_site(reference)


@pytest.mark.parametrize("ahead_right", [True, False])
def test_search_indexed_while_mkdocs_writes_gives_the_same_site(
    tmp_path, monkeypatch, caplog, ahead_right
):
    """On a build whose pages are rendered ahead, Pagefind indexes the story pages
    as expected while MkDocs writes the site. The site, search index included, is
    the one a build that indexes afterwards makes; if the pages expected are not
    the site's, the early index is dropped and the site is indexed as usual."""
    from digest.site import mkdocs as site_mkdocs

    reference = make_project(tmp_path / "reference")
    build(without_cache(load_config(reference)), strict=True)
    assert any((reference / "site" / "pagefind").iterdir())

    root = make_project(tmp_path / "project")
    monkeypatch.setattr(sitememo, "PRERENDER_MIN_PAGES", 1)
    monkeypatch.setattr(sitememo.os, "cpu_count", lambda: 2)
    if not ahead_right:  # as if a page came out unlike the one rendered ahead
        expected = site_mkdocs.expected_output

        def off_by_a_word(memo, path):  # a word the index would hold
            html = expected(memo, path)
            mark = "<div data-pagefind-body>"
            return html.replace(mark, mark + "<p>Zanzibarian</p>") if html else html

        monkeypatch.setattr(site_mkdocs, "expected_output", off_by_a_word)
    with caplog.at_level(logging.DEBUG, logger="digest"):
        build(load_config(root), strict=True)
    messages = [r.getMessage() for r in caplog.records]
    early = "search: index built while MkDocs wrote the site" in messages
    dropped = "search: the site's pages are not those indexed ahead, indexing again" in messages
    assert (early, dropped) == (ahead_right, not ahead_right)
    assert site_files(root / "site") == site_files(reference / "site")
    assert not [p.name for p in root.iterdir() if p.name.startswith(".site-")]


def _story_page(body: str, *, lang: str = "en", header: str = "", footer: str = "") -> bytes:
    """A story page shaped as the theme makes one: header and navigation, the article
    holding the indexed element, footer."""
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Story - News digest</title></head>\n"
        f'<body dir="ltr"><header class="md-header"><nav>{header}'
        '<a href="../../">Home</a> <a href="../../people/">People</a></nav></header>\n'
        '<main><div class="md-content"><article class="md-content__inner">'
        f"<div data-pagefind-body>{body}</div></article></div></main>\n"
        f'<footer class="md-footer">{footer}<p>Made with Material for MkDocs</p></footer>'
        "<script>var x = 1;</script></body></html>"
    ).encode()


def test_the_index_view_keeps_what_pagefind_reads():
    """Header, navigation and footer go; what Pagefind reads outside the indexed
    element (its attributes, the first heading, an image) keeps the page whole."""
    page = _story_page("<h1>Rutte in Tokyo</h1><p>NATO and Japan.</p>")
    view = search.index_view(page)
    assert b"<article" in view and b"NATO and Japan" in view and b'<html lang="en">' in view
    assert b"md-header" not in view and b"md-footer" not in view and b"<script>" not in view
    assert view.endswith(b"</body></html>")
    scripted = page.replace(b"</head>", b"<script>var t = '<body>';</script></head>")
    assert b"<title>Story - News digest</title>" in search.index_view(scripted)
    for whole in (
        _story_page("<p>no heading</p>", header="<h1>Site</h1>"),
        _story_page("<h1>T</h1>", footer='<img src="logo.png" alt="">'),
        _story_page("<h1>T</h1>", footer='<span data-pagefind-filter="outlet">Wire</span>'),
        _story_page("<h1>T</h1>").replace(b"</main>", b"<article>more</article></main>"),
        b"<html><body><p>no article</p></body></html>",
    ):
        assert search.index_view(whole) == whole


def _write_site(site: Path, pages: dict[str, bytes]) -> None:
    for rel, page in pages.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(page)


def _three_story_pages() -> dict[str, bytes]:
    return {
        "stories/rutte/index.html": _story_page(
            "<h1>Rutte in Tokyo</h1><p>Mark Rutte said NATO and Japan would work together.</p>"
            '<p><img src="map.png" alt="A map"></p>'
        ),
        "stories/kyiv/index.html": _story_page(
            "<h1>Kyiv talks</h1><p>Ukraine's ministers met in Kyiv.</p>",
            header="<p>Ukraine, NATO, Japan</p>",
        ),
        "stories/outlet/index.html": _story_page(
            "<h1>Wire story</h1><p>Carried by two outlets.</p>",
            footer='<span data-pagefind-filter="outlet">Wire Daily</span>',
        ),
    }


def test_pagefind_makes_the_same_index_of_the_views_as_of_the_pages(tmp_path, monkeypatch):
    """The real Pagefind, given whole story pages and given their views (what digest
    gives it): the same index, file for file. One language: Pagefind lists several
    in an order of its own, run to run."""
    if search.pagefind_executable() is None:
        pytest.skip("pagefind-bin is not installed")
    pages = _three_story_pages()
    _write_site(tmp_path / "site", pages)
    assert len(search.index_view(pages["stories/rutte/index.html"])) < len(
        pages["stories/rutte/index.html"]
    )
    assert search.index_site(tmp_path / "site")
    views = site_files(tmp_path / "site" / "pagefind")
    shutil.rmtree(tmp_path / "site" / "pagefind")
    monkeypatch.setattr(search, "index_view", lambda page: page)
    assert search.index_site(tmp_path / "site")
    assert site_files(tmp_path / "site" / "pagefind") == views


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a memory file system")
def test_the_index_does_not_depend_on_the_order_the_file_system_lists_pages_in(tmp_path):
    """Pagefind numbers pages in the order it meets them walking a folder: the file
    system's order. The same pages written in two orders in memory give two indexes
    when Pagefind walks them; digest gives Pagefind a folder that lists them by
    path, so sites written in either order get one index, and the folder digest
    writes lists its story pages sorted."""
    executable = search.pagefind_executable()
    if executable is None:
        pytest.skip("pagefind-bin is not installed")
    pages = _three_story_pages()
    walked, made = [], []
    with tempfile.TemporaryDirectory(dir="/dev/shm") as memory:
        for name, order in (("forward", sorted(pages)), ("backward", sorted(pages)[::-1])):
            site = Path(memory) / name
            for rel in order:
                (site / rel).parent.mkdir(parents=True, exist_ok=True)
                (site / rel).write_bytes(pages[rel])
            subprocess.run(
                [str(executable), "--site", str(site), "--output-subdir", "walked", "--quiet"],
                check=True,
                cwd=memory,
            )
            walked.append(site_files(site / "walked"))
            assert search.index_site(site)
            made.append(site_files(site / "pagefind"))
    assert walked[0] != walked[1]  # the file system's order reaches Pagefind's index
    assert made[0] == made[1]
    assert any(rel.startswith("fragment/") for rel in made[0])
    views = search._write_views(pages, search.index_view)
    try:
        listed = os.listdir(views / "site" / "stories")
        assert [f"stories/{slug}/index.html" for slug in listed] == sorted(pages)
    finally:
        shutil.rmtree(views)


def _one_story_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    _write_site(site, {"stories/rutte/index.html": _story_page("<h1>Rutte</h1>")})
    return site


def _fake_pagefind(tmp_path: Path, script: str) -> Path:
    fake = tmp_path / "fake-pagefind"
    fake.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    fake.chmod(0o755)
    return fake


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ("echo 'pagefind: out of memory' >&2; exit 3", "Pagefind failed: pagefind: out of memory"),
        ("exit 3", "Pagefind failed: exit status 3"),
        ("sleep 30", "Pagefind made no index in 1 s"),
        (None, "Pagefind could not run: "),
    ],
)
def test_a_failing_pagefind_is_a_one_line_build_error_and_leaves_nothing(
    tmp_path, monkeypatch, script, message
):
    """Pagefind that fails, hangs or cannot start: a one-line build error saying so
    (with the last line Pagefind wrote), and no page views left in scratch space."""
    site = _one_story_site(tmp_path)
    scratch = tmp_path / "memory"
    scratch.mkdir()
    monkeypatch.setattr(search, "VIEWS_SCRATCH", scratch)
    monkeypatch.setattr(search, "PAGEFIND_TIMEOUT", 1.0)
    fake = _fake_pagefind(tmp_path, script) if script else tmp_path / "no-such-pagefind"
    monkeypatch.setattr(search, "pagefind_executable", lambda: fake)
    with pytest.raises(BuildError) as failed:
        search.index_site(site)
    assert str(failed.value).startswith(f"search: {message}")
    assert "\n" not in str(failed.value)
    assert list(scratch.iterdir()) == []


def test_scratch_folders_a_killed_build_left_are_removed_by_the_next(tmp_path, monkeypatch):
    """A build killed while Pagefind ran leaves its views in memory, which only a
    reboot would free: the next build removes them, but not those of a build still
    running, nor anything else there."""
    if search.pagefind_executable() is None:
        pytest.skip("pagefind-bin is not installed")
    scratch = tmp_path / "memory"
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    try:
        left = scratch / f"{search.SCRATCH_PREFIX}{ended.pid}-abc"
        alive = scratch / f"{search.SCRATCH_PREFIX}{running.pid}-def"
        other = scratch / "someone-elses"
        for folder in (left, alive, other):
            (folder / "site" / "stories" / "x").mkdir(parents=True)
        monkeypatch.setattr(search, "VIEWS_SCRATCH", scratch)
        assert search.index_site(_one_story_site(tmp_path))
        assert sorted(p.name for p in scratch.iterdir()) == sorted([alive.name, other.name])
    finally:
        running.kill()
        running.wait()


def test_pagefind_settings_from_elsewhere_do_not_reach_the_index(tmp_path, monkeypatch):
    """A pagefind.yml where digest runs and PAGEFIND_* variables are Pagefind's own
    settings: the index is made by digest's command line alone, the same with them."""
    if search.pagefind_executable() is None:
        pytest.skip("pagefind-bin is not installed")
    page = _story_page("<h1>Rutte in Tokyo</h1><p>NATO <em>and</em> Japan.</p>")
    for name in ("plain", "meddled"):
        story = tmp_path / name / "site" / "stories" / "rutte" / "index.html"
        story.parent.mkdir(parents=True)
        story.write_bytes(page)
    assert search.index_site(tmp_path / "plain" / "site")
    (tmp_path / "pagefind.yml").write_text("exclude_selectors:\n  - em\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PAGEFIND_FORCE_LANGUAGE", "fr")
    assert search.index_site(tmp_path / "meddled" / "site")
    plain = site_files(tmp_path / "plain" / "site" / "pagefind")
    assert site_files(tmp_path / "meddled" / "site" / "pagefind") == plain


def test_page_results_are_stored_before_the_search_index_is_waited_for(tmp_path, monkeypatch):
    """On a cold build Pagefind is still indexing when MkDocs has written the pages:
    the page results are stored then, not after the index is in, and the site is
    the one a build without a cache makes."""
    from digest.site import mkdocs as site_mkdocs

    reference = make_project(tmp_path / "reference")
    build(without_cache(load_config(reference)), strict=True)
    root = make_project(tmp_path / "project")
    monkeypatch.setattr(sitememo, "PRERENDER_MIN_PAGES", 1)
    monkeypatch.setattr(sitememo.os, "cpu_count", lambda: 2)
    steps: list[str] = []
    save, finish = PageMemo.save, site_mkdocs.search.finish

    def recorded_save(memo, cache):
        steps.append(f"save {len(memo.fresh)} pages")
        save(memo, cache)

    def recorded_finish(*args, **kwargs):
        steps.append("index")
        return finish(*args, **kwargs)

    monkeypatch.setattr(PageMemo, "save", recorded_save)
    monkeypatch.setattr(site_mkdocs.search, "finish", recorded_finish)
    build(load_config(root), strict=True)
    assert len(steps) == 2 and steps[0].startswith("save ") and steps[1] == "index"
    assert steps[0] != "save 0 pages"
    assert site_files(root / "site") == site_files(reference / "site")


def test_a_rebuild_whose_story_pages_did_not_change_keeps_the_search_index(tmp_path, caplog):
    """A change that reaches only listing pages (fewer stories on the front page) runs
    MkDocs again, but the search index is the previous one: the same as a cold
    build's, without running Pagefind."""
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True)
    (root / "digest.yml").write_text("home_stories: 1\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="digest"):
        build(load_config(root), strict=True)
    messages = [r.getMessage() for r in caplog.records]
    assert "site: no page changed, MkDocs skipped" not in messages
    assert "search: no indexed page changed, the previous index is kept" in messages
    reference = make_project(tmp_path / "reference")
    (reference / "digest.yml").write_text("home_stories: 1\n", encoding="utf-8")
    build(without_cache(load_config(reference)), strict=True)
    assert site_files(root / "site") == site_files(reference / "site")

    # An index that is not the one recorded (edited by hand) is not kept.
    entry = root / "site" / "pagefind" / "pagefind-entry.json"
    entry.write_text(entry.read_text(encoding="utf-8") + " ", encoding="utf-8")
    (root / "digest.yml").write_text("home_stories: 2\n", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="digest"):
        build(load_config(root), strict=True)
    messages = [r.getMessage() for r in caplog.records]
    assert "search: no indexed page changed, the previous index is kept" not in messages
    assert (
        site_files(root / "site")["pagefind/pagefind-entry.json"]
        == (site_files(reference / "site")["pagefind/pagefind-entry.json"])
    )


def test_saving_writes_what_changed_and_the_cache_then_holds_this_builds_results(tmp_path):
    """After a build that reused most pages, the cache holds exactly that build's
    results (the unchanged ones are not written again, the dropped pages are gone)."""
    before = {
        "index.md": "# Home\n\n[One](one.md)\n",
        "one.md": STORY.format(tag="Japan", title="One"),
        "two.md": STORY.format(tag="NATO", title="Two"),
    }
    after = {**before, "two.md": STORY.format(tag="NATO", title="Two again")}
    del after["index.md"]
    after["three.md"] = STORY.format(tag="Japan", title="Three")
    config_file = write_project(tmp_path / "memo", before)
    cache = Cache(tmp_path / CACHE_FILE)
    first = PageMemo(settings_key="s", stored={})
    build_with(first, config_file, tmp_path / "site-1")
    first.save(cache)
    write_project(tmp_path / "memo", after)
    second = PageMemo.load(cache, "s", sorted(before) + sorted(after), None)
    build_with(second, config_file, tmp_path / "site-2")
    assert second.reused["render"] >= 1 and second.redone["render"] >= 2
    second.save(cache)
    third = PageMemo.load(cache, "s", sorted(before) + sorted(after), None)
    assert third.stored == second.fresh
    assert set(third.stored) == set(after)


def test_scratch_space_that_cannot_be_used_falls_back_to_the_temporary_folder(
    tmp_path, monkeypatch
):
    """A memory folder that cannot take the views (full, read-only) costs its speed
    only: the views go to the temporary folder and every page is indexed; nothing
    is left behind."""
    if search.pagefind_executable() is None:
        pytest.skip("pagefind-bin is not installed")
    pages = _three_story_pages()
    _write_site(tmp_path / "site", pages)
    scratch = tmp_path / "memory"
    scratch.mkdir()
    monkeypatch.setattr(search, "VIEWS_SCRATCH", scratch)
    real_mkdtemp = tempfile.mkdtemp
    tried: list[str] = []

    def full(*args, dir=None, **kwargs):
        tried.append(str(dir))
        if dir is not None and Path(dir) == scratch:
            raise OSError(28, "No space left on device")
        return real_mkdtemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(search.tempfile, "mkdtemp", full)
    assert search.index_site(tmp_path / "site")
    assert tried[0] == str(scratch) and set(tried[1:]) == {"None"}
    entry = json.loads((tmp_path / "site" / "pagefind" / "pagefind-entry.json").read_bytes())
    assert entry["languages"]["en"]["page_count"] == len(pages)
    assert list(scratch.iterdir()) == []
