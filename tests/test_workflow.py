"""The GitHub Pages workflow is valid against GitHub's schema and does what we rely on."""

from __future__ import annotations

import subprocess
import sys

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
