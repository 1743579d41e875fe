"""End to end: the demo corpus becomes one tagged story site, with zero warnings."""

from __future__ import annotations

import json

from tests.conftest import run_digest


def test_demo_build_has_no_warnings_and_one_story(demo_build):
    root, result = demo_build
    assert result.warnings == []
    assert result.articles == 2
    assert len(result.stories) == 1
    story = result.stories[0]
    assert {"NATO", "Japan", "Ukraine"} <= set(story.tags)
    assert len(story.articles) == 2


def test_demo_site_pages_exist(demo_build):
    root, result = demo_build
    site = root / "site"
    story = result.stories[0]
    page = site / "stories" / story.slug / "index.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    assert "Japan" in html and "NATO" in html
    assert (site / "index.html").is_file()
    assert (site / "tags" / "nato" / "index.html").is_file()
    assert (site / "archive" / "index.html").is_file()


def test_export_lists_every_story_variant_and_tag(demo_build):
    root, result = demo_build
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    assert len(export["stories"]) == 1
    story = export["stories"][0]
    assert len(story["variants"]) == 2
    assert {"NATO", "Japan", "Ukraine"} <= set(story["tags"])


def test_stories_stay_out_of_the_navigation(demo_build):
    root, result = demo_build
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-nav md-nav--primary"', 1)[-1].split("</nav>", 1)[0]
    assert "stories/" not in nav


def test_cli_build_exits_zero_and_writes_site(project):
    done = run_digest("build", "--root", str(project), "--strict")
    assert done.returncode == 0, done.stderr
    assert (project / "site" / "index.html").is_file()


def test_a_project_with_no_content_yet_builds_a_site_without_search(tmp_path):
    """Nothing to index is not a failure: Pagefind fails on no pages, so it is not run,
    and the search page says search is unavailable (as without Pagefind)."""
    from digest.config import load_config
    from digest.pipeline import build
    from tests.conftest import copy_project

    root = copy_project(tmp_path / "project", with_content=False)
    result = build(load_config(root), strict=True)
    assert result.stories == [] and result.warnings == []
    assert (root / "site" / "index.html").is_file()
    assert (root / "site" / "search" / "index.html").is_file()
    assert not (root / "site" / "pagefind").exists()
