"""The GitHub Pages workflow is valid against GitHub's schema and does what we rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def _check(path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_workflow_validates_against_githubs_schema():
    done = _check(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_schema_check_catches_a_typo(tmp_path):
    broken = tmp_path / "pages.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on:", "runs_on:", 1))
    assert _check(broken).returncode != 0


def test_workflow_builds_caches_and_deploys():
    flow = yaml.safe_load(WORKFLOW.read_text())
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert {"push", "schedule", "workflow_dispatch"} <= set(triggers)
    assert flow["permissions"]["pages"] == "write"
    assert flow["permissions"]["id-token"] == "write"
    steps = [s for job in flow["jobs"].values() for s in job["steps"]]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    for action in ("actions/upload-pages-artifact", "actions/deploy-pages", "actions/cache"):
        assert action in uses
    runs = " ".join(s.get("run", "") for s in steps)
    assert "pip install -e ." in runs and "digest build" in runs
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".digest-cache"
    upload = next(s for s in steps if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "site"


def test_scheduled_fetch_is_off_by_default_commits_as_a_bot_then_builds():
    flow = yaml.safe_load(WORKFLOW.read_text())
    fetch, build = flow["jobs"]["fetch"], flow["jobs"]["build"]
    # off unless the repository variable says so, and never on a push (the bot's own
    # pushes do not trigger workflows, but a person's push should not fetch either)
    assert fetch["if"] == "vars.DIGEST_FETCH == 'true' && github.event_name != 'push'"
    assert fetch["permissions"] == {"contents": "write"}
    runs = [s.get("run", "") for s in fetch["steps"]]
    assert "digest fetch" in runs
    commit = next(r for r in runs if "git commit" in r)
    assert 'user.name "github-actions[bot]"' in commit and "git push" in commit
    assert "git add --all content" in commit
    assert "git diff --cached --quiet" in commit  # no empty commits
    # the build waits for the fetch, runs when it was skipped, and checks out its commit
    assert build["needs"] == "fetch" and "!cancelled()" in build["if"]
    checkout = build["steps"][0]
    assert checkout["uses"].startswith("actions/checkout") and checkout["with"]["ref"]
    assert "DIGEST_FETCH" in WORKFLOW.read_text().split("name:", 1)[0]  # documented on top


def test_the_repositorys_workflow_is_the_one_new_projects_get():
    from digest.scaffold import render_workflow

    assert WORKFLOW.read_text() == render_workflow("python -m pip install -e .", "pyproject.toml")


def test_a_new_projects_workflow_validates_and_installs_its_requirement(tmp_path):
    from digest.scaffold import new_project

    new_project(tmp_path / "p")
    path = tmp_path / "p" / ".github" / "workflows" / "pages.yml"
    done = _check(path)
    assert done.returncode == 0, done.stdout + done.stderr
    flow = yaml.safe_load(path.read_text())
    steps = flow["jobs"]["build"]["steps"]
    assert any(s.get("run") == "python -m pip install -r requirements.txt" for s in steps)
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache-dependency-path"] == "requirements.txt"


def _run_build_step(project: Path, tmp_path: Path, strict: str) -> tuple[int, str, str]:
    """Run the workflow's build step as GitHub would (bash -e -o pipefail), with
    `digest` on PATH running this checkout's code."""
    flow = yaml.safe_load(WORKFLOW.read_text())
    step = next(s for s in flow["jobs"]["build"]["steps"] if s.get("name") == "Build the site")
    assert step.get("shell") == "bash"
    assert flow["env"]["DIGEST_STRICT"].startswith("${{ vars.DIGEST_STRICT ||")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    launcher = bin_dir / "digest"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m digest "$@"\n')
    launcher.chmod(0o755)
    script = tmp_path / "step.sh"
    script.write_text(step["run"])
    summary = tmp_path / f"summary-{strict}.md"
    runner_temp = tmp_path / "runner"
    runner_temp.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(REPO),
        "DIGEST_STRICT": strict,
        "GITHUB_STEP_SUMMARY": str(summary),
        "RUNNER_TEMP": str(runner_temp),
    }
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, summary.read_text(encoding="utf-8"), done.stderr


def test_warnings_reach_the_job_summary_and_publishing_goes_on(project, tmp_path):
    (project / "content" / "broken.html").write_bytes(b"\x00\x01\x02 not a page")
    status, summary, stderr = _run_build_step(project, tmp_path, "false")
    assert status == 0, stderr
    assert (project / "site" / "index.html").is_file()
    assert "1 warning(s)" in summary
    assert "broken.html" in summary and "binary data" in summary
    assert "broken.html" in stderr  # the log shows them too


def test_strict_switch_fails_the_build_and_says_so(project, tmp_path):
    (project / "content" / "broken.html").write_bytes(b"\x00\x01\x02 not a page")
    status, summary, _ = _run_build_step(project, tmp_path, "true")
    assert status != 0
    assert "The build failed" in summary and "broken.html" in summary


def test_a_clean_build_says_no_warnings(project, tmp_path):
    status, summary, stderr = _run_build_step(project, tmp_path, "true")
    assert status == 0, stderr
    assert "No warnings." in summary and "failed" not in summary
