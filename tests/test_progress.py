"""Build progress: a line per stage and a summary; nothing with -q; timings with -v."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def _build(project, *flags: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "digest", *flags, "build", "--root", str(project)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_default_reports_each_stage_and_a_summary(project):
    err = _build(project)
    for line in (
        "sources: read 2 files",
        "extract: 2 articles",
        "cluster: 1 stories",
        "render: wrote",
        "summary:",
        "site: built",
    ):
        assert line in err, line
    assert "stage " not in err


def test_quiet_and_verbose(project):
    assert _build(project, "-q") == ""
    verbose = _build(project, "-v")
    assert "stage mkdocs:" in verbose and "summary:" in verbose


def test_two_builds_are_byte_identical(project, tmp_path):
    from digest.config import load_config
    from digest.pipeline import build

    config = load_config(project)
    first = build(config, site_dir=tmp_path / "one").site_dir
    second = build(config, site_dir=tmp_path / "two").site_dir
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    different = [f for f in files if (first / f).read_bytes() != (second / f).read_bytes()]
    assert different == []
