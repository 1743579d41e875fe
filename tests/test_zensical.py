"""Smoke build with Zensical, Material's successor, which reads the same mkdocs.yml.

DESIGN.md keeps the site to what both render; this catches a template override
or setting Zensical cannot run. Optional: skipped when zensical is not installed
(installed with the test extras).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.config import load_config
from digest.pipeline import build
from digest.site.theme import THEME_DIR


def _zensical() -> str | None:
    beside = Path(sys.executable).with_name("zensical")
    return str(beside) if beside.is_file() else shutil.which("zensical")


def test_zensical_builds_the_generated_pages(project):
    command = _zensical()
    if command is None:
        if os.environ.get("CI"):
            pytest.fail("zensical is not installed, but CI must run the smoke build")
        pytest.skip("zensical is not installed")
    result = build(load_config(project), run_site=False)
    # digest adds its shipped theme overrides when it runs MkDocs; Zensical reads
    # mkdocs.yml alone, so name them there to check they run under MiniJinja.
    settings = project / "mkdocs.yml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace("  name: material\n", f"  name: material\n  custom_dir: {THEME_DIR}\n")
    settings.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [command, "build", "-f", "mkdocs.yml"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    story = result.stories[0]
    page = project / "site" / "stories" / story.slug / "index.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    assert 'property="og:title"' in html  # our overrides ran under MiniJinja too
    assert "Variants" in html
