"""tagged_stories_only: a build over a general crawl renders only its topic's stories."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import REPO, copy_project, run_digest

FIXTURES = REPO / "tests" / "fixtures" / "extract"


def _project(tmp_path: Path, name: str, tagged_only: bool) -> Path:
    root = copy_project(tmp_path / name)
    shutil.copy(FIXTURES / "article.html", root / "content" / "library.html")  # no topic tag
    if tagged_only:
        with (root / "digest.yml").open("a", encoding="utf-8") as config:
            config.write("tagged_stories_only: true\n")
    return root


def _story_pages(root: Path) -> dict[str, str]:
    folder = root / "build" / "docs" / "stories"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


def test_only_tagged_stories_are_rendered_and_the_counts_reported(tmp_path: Path):
    every = _project(tmp_path, "every", tagged_only=False)
    topic = _project(tmp_path, "topic", tagged_only=True)
    done_every = run_digest("build", "--root", str(every), "--no-site")
    done_topic = run_digest("build", "--root", str(topic), "--no-site")
    assert done_every.returncode == 0 and done_topic.returncode == 0, done_topic.stderr
    all_pages, topic_pages = _story_pages(every), _story_pages(topic)
    untagged = {name for name, page in all_pages.items() if re.search(r"^tags: \[\]$", page, re.M)}
    assert untagged and any(name.startswith("library") for name in untagged)
    assert set(topic_pages) == set(all_pages) - untagged
    kept, total = len(topic_pages), len(all_pages)
    assert (
        f"topic: {kept} of {total} stories carry a taxonomy tag and are rendered, "
        f"{total - kept} left out" in done_topic.stderr
    )
    assert "topic:" not in done_every.stderr
