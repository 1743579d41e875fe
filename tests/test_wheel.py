"""The installed tool, as a new user gets it: a wheel built from the checkout, in a
fresh virtual environment, run from a folder outside the repository.

Nothing from the checkout is importable there (no editable install, no
PYTHONPATH), so a template, theme file or scaffold file missing from the
package data fails here. The dependencies come from the package index pip is
configured with, like every other install of the project.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from digest import __version__
from tests.conftest import REPO

pytestmark = pytest.mark.wheel

OWN_HOME = """{% extends "digest/home.md.j2" %}
{% block intro %}
Collected by the harbour office: OUR OWN HOME PAGE.

{% endblock %}
"""


def _run(args: list[str], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the `digest` command of a fresh venv with only that wheel installed)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"  # a copy: building in the checkout would leave build/ there
    source.mkdir()
    shutil.copytree(
        REPO / "digest", source / "digest", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    wheels = base / "wheels"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(wheels), "-v"],
        cwd=base,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    for warning in ("BuildBackendWarning", "SetuptoolsDeprecationWarning", "is deprecated"):
        assert warning not in built.stdout + built.stderr, warning
    (wheel,) = wheels.glob("digest-*.whl")
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)],
        cwd=base,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return wheel, venv / "bin" / "digest"


def test_the_wheel_carries_the_package_data(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "digest/render/templates/story.md.j2",
        "digest/render/templates/digest.css",
        "digest/site/theme/digest/main.html",
        "digest/site/theme/digest/partials/search.html",
        "digest/scaffold/files/pages.yml",
        "digest/scaffold/demo/000_ecd63f8d682de304.txt",
        "digest/cluster/data/stopwords.txt",
        "digest/extract/data/furniture.yml",
        "digest/extract/data/text_metadata.yml",
        "digest/quotes/data/clause_cues.txt",
        "digest/quotes/data/places.txt",
        "digest/quotes/data/confidence.json",
        "digest/py.typed",
    ):
        assert needed in names, needed
    assert not any(name.startswith("tests/") for name in names)


def test_a_new_user_builds_a_digest_from_the_wheel(installed, tmp_path):
    _, digest = installed
    version = _run([str(digest), "--version"], cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"digest {__version__}"
    where = _run(
        [str(digest.with_name("python")), "-c", "import digest; print(digest.__file__)"], tmp_path
    )
    assert "site-packages" in where.stdout and str(REPO) not in where.stdout

    created = _run([str(digest), "new", "my-digest"], cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    again = _run([str(digest), "new", "my-digest"], cwd=tmp_path)
    assert again.returncode == 1 and "already holds a digest project" in again.stderr

    project = tmp_path / "my-digest"
    for copy in sorted((REPO / "content").glob("*.txt")):
        shutil.copy(copy, project / "content" / copy.name)
    (project / "site_templates").mkdir()
    (project / "site_templates" / "home.md.j2").write_text(OWN_HOME, encoding="utf-8")
    built = _run([str(digest), "build", "-q"], cwd=project)
    assert built.returncode == 0, built.stderr
    assert "site_url" in built.stderr  # the placeholder address is pointed out

    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "OUR OWN HOME PAGE" in home  # the project's own home page ...
    assert "Top stories" in home  # ... extending the shipped one
    assert 'property="og:title"' in home  # the shipped theme overrides apply
    export = (project / "site" / "export.json").read_text(encoding="utf-8")
    (story,) = json.loads(export)["stories"]
    assert len(story["variants"]) == 2  # both copies on one story page
    page = project / "site" / story["url"] / "index.html"
    text = page.read_text(encoding="utf-8")
    assert "Business Standard" in text and "Vaultz" in text
