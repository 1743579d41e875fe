"""`digest serve`: a real server on a free port regenerates when content/ changes."""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request

from digest.config import load_config
from digest.site.serve import snapshot, watched_paths
from tests.servecheck import serving
from tests.sitecheck import write_article


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, predicate, seconds: float) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = _get(url)
        if body is not None and predicate(body):
            return body
        time.sleep(0.3)
    return None


def test_serve_regenerates_when_content_changes(project):
    with serving(project) as (_, port):
        # mkdocs serve mounts the site under site_url's path
        home = f"http://127.0.0.1:{port}/digest/"
        first = _wait_for(home, lambda body: "Top stories" in body, 60)
        assert first is not None, "server did not come up"
        assert "livereload" in first  # the browser reloads itself on a rebuild
        assert "Lighthouse keepers strike" not in first

        write_article(
            project / "content", "new.md", "Lighthouse keepers strike", "2025-06-01", "Lighthouse"
        )
        changed = _wait_for(home, lambda body: "Lighthouse keepers strike" in body, 45)
        assert changed is not None, "the served home page never showed the new story"


def test_configuration_changes_are_watched(project):
    config = load_config(project)
    before = snapshot(watched_paths(config))
    (project / "digest.yml").write_text("key_quotes: 3\n", encoding="utf-8")
    (project / "taxonomy.yml").write_text("Lighthouse: [lighthouses]\n", encoding="utf-8")
    after = snapshot(watched_paths(config))
    changed = {p for p, *_ in set(after) - set(before)}
    assert {str(project / "digest.yml"), str(project / "taxonomy.yml")} <= changed


def test_watched_paths_follow_a_custom_configuration(project):
    from digest.config import load_config
    from digest.site.serve import watched_paths

    (project / "other.yml").write_text("taxonomy: topics.yml\n", encoding="utf-8")
    (project / "topics.yml").write_text("NATO:\n", encoding="utf-8")
    config = load_config(project, project / "other.yml")
    assert watched_paths(config) == [
        project / "content",
        project / "other.yml",
        project / "topics.yml",
    ]


def test_the_served_site_has_a_search_index_rebuilt_with_the_pages(project):
    """The preview is the built site: shipped theme overrides, and a Pagefind index
    made at start and again after a rebuild (it then counts the new story)."""
    with serving(project) as (_, port):
        base = f"http://127.0.0.1:{port}/digest/"
        entry_url = f"{base}pagefind/pagefind-entry.json"
        entry = _wait_for(entry_url, lambda body: "page_count" in body, 90)
        assert entry is not None, "no search index served"
        before = json.loads(entry)["languages"]["en"]["page_count"]
        assert before > 0
        home = _get(base)
        assert home is not None
        story = re.search(r'href="(stories/[^"]+/)"', home)
        assert story is not None
        page = _get(base + story.group(1))
        assert page is not None and "data-pagefind-body" in page  # the shipped theme

        write_article(
            project / "content", "new.md", "Lighthouse keepers strike", "2025-06-01", "Lighthouse"
        )
        after = _wait_for(
            entry_url,
            lambda body: json.loads(body)["languages"]["en"]["page_count"] == before + 1,
            90,
        )
        assert after is not None, "the search index was not rebuilt with the new story"
