"""Shared fixtures: a throw-away copy of the demo project, and a built demo site."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.config import Config

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PROJECT_FILES = ("mkdocs.yml", "digest.yml", "taxonomy.yml")


def copy_project(target: Path, with_content: bool = True) -> Path:
    """A copy of the project's configuration (and demo content) in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        shutil.copy(REPO / name, target / name)
    if with_content:
        shutil.copytree(REPO / "content", target / "content")
    else:
        (target / "content").mkdir()
    return target


# A second story, as a text copy, and a third as a saved web page.
OTHER_STORY = """Storm closes ports along the northern coast as ferries stay docked

Heavy seas and winds of up to 120 kilometres an hour closed every port along the northern coast on Monday, the coastguard said, and ferry operators cancelled all crossings until Wednesday at the earliest.

"We are asking everyone to stay away from the sea front until the storm has passed," coastguard spokeswoman Anna Lindqvist told reporters at the harbour in the morning.

The storm is expected to move east overnight, bringing heavy rain to inland areas, and the weather service kept its highest warning level in place for the whole coast.
"""

HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Library reopens after two-year renovation | Town Gazette</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Library reopens after two-year renovation</h1>
<p>The central library reopened its doors on Saturday after a renovation that took two years and cost the town more than four million euros, the council said in a statement.</p>
<p>Visitors queued before the opening to see the new reading rooms, a children's floor and a café on the roof, which the architects designed to let in as much daylight as possible.</p>
<p>"This building belongs to everyone in town, and now it finally looks like it," the mayor, Petra Novak, said at the ceremony, before cutting a ribbon at the main entrance.</p>
</article><footer>Subscribe to our newsletter. © Town Gazette. All rights reserved.</footer>
</body></html>
"""


def make_project(root: Path) -> Path:
    """The demo project plus two more stories (one HTML page) and a syndicated copy."""
    copy_project(root)
    content = root / "content"
    (content / "storm.txt").write_text(OTHER_STORY, encoding="utf-8")
    (content / "library.html").write_text(HTML_PAGE, encoding="utf-8")
    return root


def own_theme_override(root: Path, name: str, text: str) -> Path:
    """A project's own theme override `overrides/NAME`, with mkdocs.yml's custom_dir
    set to that folder (the shipped overrides stay reachable as `digest/NAME`)."""
    path = root / "overrides" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    settings = root / "mkdocs.yml"
    current = settings.read_text(encoding="utf-8")
    if not re.search(r"^  custom_dir:", current, re.M):
        current = current.replace(
            "  name: material\n", "  name: material\n  custom_dir: overrides\n"
        )
        settings.write_text(current, encoding="utf-8")
    return path


def syndicated_copy(root: Path) -> str:
    """A copy of the storm story under another headline, quotation marks stripped."""
    body = OTHER_STORY.split("\n", 1)[1].replace('"', "")
    return "Coastguard shuts northern ports as storm hits\n" + body


def without_cache(config: Config) -> Config:
    return dataclasses.replace(config, cache_dir=None)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the demo project in a temporary folder."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory: pytest.TempPathFactory):
    """The demo site, built once per test session with --strict semantics."""
    from digest.config import load_config
    from digest.pipeline import build

    root = copy_project(tmp_path_factory.mktemp("demo") / "project")
    result = build(load_config(root), strict=True)
    return root, result


def run_digest(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `digest` command line (as `python -m digest`) from the repo."""
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
