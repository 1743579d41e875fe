"""The command line behaves like its neighbours (mkdocs, pip, git): options after the
subcommand, --version, helpful per-command help and errors, serve says where it serves."""

from __future__ import annotations

import subprocess
import time
import urllib.request

import pytest

from digest import __version__
from digest.cli import _parser
from tests.conftest import run_digest
from tests.servecheck import serving

BAD = b"\x00\x01\x02 not a page"


def _subcommands() -> dict[str, object]:
    sub = next(a for a in _parser()._actions if a.dest == "command")
    return dict(sub.choices)


def test_version():
    done = run_digest("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"digest {__version__}"


@pytest.mark.parametrize(
    "before, after",
    [
        ((), ("--root", "{root}", "-q", "--no-site")),
        (("-q", "--root", "{root}"), ("--no-site",)),
        (("--root", "{root}"), ("--no-site", "-q")),
    ],
)
def test_common_options_go_before_or_after_the_command(project, before, after):
    fill = [a.replace("{root}", str(project)) for a in (*before, "build", *after)]
    done = run_digest(*fill)
    assert done.returncode == 0, done.stderr
    assert "INFO" not in done.stderr  # -q took effect wherever it stood
    assert (project / "build" / "docs" / "index.md").is_file()


@pytest.mark.parametrize("where", ["before", "after"])
def test_strict_before_or_after_the_command(project, where):
    (project / "content" / "broken.html").write_bytes(BAD)
    args = ["build", "--root", str(project), "--no-site"]
    args = ["--strict", *args] if where == "before" else [*args, "--strict"]
    done = run_digest(*args)
    assert done.returncode == 1
    assert "broken.html" in done.stderr and "--strict" in done.stderr
    assert run_digest("build", "--root", str(project), "--no-site", "-q").returncode == 0


def test_verbose_after_the_command_and_counts_add_up(project):
    once = run_digest("build", "--root", str(project), "--no-site", "-v")
    assert once.returncode == 0 and "DEBUG: stage" in once.stderr
    cancelled = run_digest("-v", "build", "--root", str(project), "--no-site", "-q")
    assert cancelled.returncode == 0
    assert "INFO:" in cancelled.stderr and "DEBUG:" not in cancelled.stderr


def test_config_after_the_command(project):
    (project / "other.yml").write_text("colour: blue\n", encoding="utf-8")
    for args in (
        ["build", "--root", str(project), "--config", str(project / "other.yml")],
        ["--config", str(project / "other.yml"), "build", "--root", str(project)],
    ):
        done = run_digest(*args)
        assert done.returncode == 1
        assert "unknown key 'colour'" in done.stderr


def test_a_typo_shows_the_commands_usage():
    done = run_digest("build", "--stirct")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: digest build ")
    assert "digest build: error: unrecognized arguments: --stirct" in done.stderr
    done = run_digest("cluster", "--root", ".")  # --root means nothing to cluster
    assert done.returncode == 2 and done.stderr.startswith("usage: digest cluster ")


def test_every_command_has_a_description_and_examples():
    for name, command in _subcommands().items():
        text = command.format_help()  # type: ignore[attr-defined]
        description = command.description  # type: ignore[attr-defined]
        assert description and "\n" not in description, name
        assert description in text
        examples = text.split("examples:\n", 1)[1].splitlines()
        assert examples and all(
            line.startswith(f"  digest {name}") or "| digest" in line
            for line in examples
            if line.strip()
        ), name


def test_serve_prints_the_address_it_serves_on(project):
    with serving(project, "-q", stdout=subprocess.PIPE) as (server, port):
        assert server.stdout is not None
        line = server.stdout.readline().strip()  # blocks until the server is up
        # mkdocs.yml's site_url ends in /digest/: the site is mounted under that path
        assert line == f"Serving on http://127.0.0.1:{port}/digest/"
        url = line.removeprefix("Serving on ")
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    assert response.status == 200
                    assert "Top stories" in response.read().decode("utf-8")
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
