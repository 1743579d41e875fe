"""The documentation must name every command and setting, and build as a site."""

from __future__ import annotations

import subprocess
import sys

from digest.cli import EVALUATIONS, _parser
from digest.config import configuration_table, schema_rows
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CONFIGURATION = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_documented():
    for name in _subcommands():
        if name == "eval":
            for stage in EVALUATIONS:
                assert f"`digest eval {stage}" in README, stage
        else:
            assert f"`digest {name}" in README, name


def test_the_configuration_reference_is_the_declared_settings():
    """docs/configuration.md holds the table generated from the declarations, verbatim."""
    assert configuration_table() in CONFIGURATION
    for key, default, _ in schema_rows():
        assert f"| `{key}` | `{default}` |" in CONFIGURATION, key


def test_every_command_option_has_help():
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        for action in command._actions:
            if action.dest != "help":
                assert action.help, f"digest {name} {action.dest} has no help text"


def test_the_documentation_site_builds_strictly(tmp_path):
    """docs/ is a small MkDocs site of its own; a broken link or page fails the build."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(REPO / "docs.mkdocs.yml"),
            "-d",
            str(tmp_path / "handbook"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "handbook" / "how-it-works" / "index.html").is_file()
    assert (tmp_path / "handbook" / "configuration" / "index.html").is_file()


def test_the_readme_stays_short():
    assert len(README.splitlines()) <= 200
