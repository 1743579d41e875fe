"""Shared fixtures: a throw-away copy of the demo project, and a built demo site."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PROJECT_FILES = ("mkdocs.yml", "digest.yml", "taxonomy.yml")


def copy_project(target: Path, with_content: bool = True) -> Path:
    """A copy of the project's configuration (and demo content) in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        shutil.copy(REPO / name, target / name)
    shutil.copytree(REPO / "site_templates", target / "site_templates")
    if (REPO / "overrides").is_dir():
        shutil.copytree(REPO / "overrides", target / "overrides")
    if with_content:
        shutil.copytree(REPO / "content", target / "content")
    else:
        (target / "content").mkdir()
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the demo project in a temporary folder."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory: pytest.TempPathFactory):
    """The demo site, built once per test session with --strict semantics."""
    from digest.build import build
    from digest.config import load_config

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
