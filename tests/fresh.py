"""Run a test's checks in a new interpreter: a forked worker is only used by a
process with no other thread, and the test run's earlier tests leave some
(servers, Dask clients)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NO_FORK = "no fork here"  # what a check prints when the new process cannot fork either


def in_fresh_process(module: str, function: str, *args: str) -> None:
    """Call `module.function(*args)` in a new Python process; fail with its error output."""
    code = f"import sys, {module} as m; m.{function}(*sys.argv[1:])"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )
    if NO_FORK in done.stdout:
        pytest.skip("no fork on this machine (one core, or no fork start method)")
    assert done.returncode == 0, done.stderr[-3000:]
