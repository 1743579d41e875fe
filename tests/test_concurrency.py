"""One build at a time: the build lock, a busy cache, and other builds' staging folders."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest import cache as cache_module
from digest.cache import Cache
from digest.errors import BuildError
from digest.lock import build_lock, holding, lock_path
from digest.site.docs_dir import remove_stale_staging
from tests.conftest import REPO, copy_project, run_digest


def _site_files(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def _start_build(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "build", "--root", str(root)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_builds_at_once_end_like_one_clean_build(tmp_path):
    root = copy_project(tmp_path / "project")
    lock = lock_path(root, root / ".digest-cache")
    first = _start_build(root)
    deadline = time.monotonic() + 120
    while not (lock.is_file() and lock.read_text().strip() == str(first.pid)):
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    second = _start_build(root)
    _, first_err = first.communicate(timeout=600)
    _, second_err = second.communicate(timeout=600)
    assert first.returncode == 0, first_err
    assert second.returncode == 0, second_err
    assert "another build of this project is running" in second_err
    assert f"(process {first.pid})" in second_err
    assert "cache unreadable" not in first_err + second_err
    assert "Traceback" not in first_err + second_err
    clean = copy_project(tmp_path / "clean")
    assert run_digest("build", "--root", str(clean)).returncode == 0
    assert _site_files(root / "site") == _site_files(clean / "site")
    assert not [p.name for p in root.iterdir() if p.name.startswith((".site-", ".docs-"))]


def test_a_build_gives_up_after_lock_timeout_with_one_line(tmp_path):
    root = copy_project(tmp_path / "project")
    with (root / "digest.yml").open("a", encoding="utf-8") as handle:
        handle.write("lock_timeout: 1\n")
    with build_lock(lock_path(root, root / ".digest-cache"), timeout=0) as held:
        assert held and holding()
        start = time.monotonic()
        result = run_digest("build", "--root", str(root))
        waited = time.monotonic() - start
    assert not holding()
    assert result.returncode == 1
    assert waited >= 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "digest: error: another build of this project is still running after 1 s"
    )
    assert "Traceback" not in result.stderr
    assert not (root / "site").exists()


def test_lock_in_process_times_out_with_build_error(tmp_path):
    path = tmp_path / "cache" / "build.lock"
    # A second open file description of the same file: flock locks conflict.
    with (
        build_lock(path, timeout=0),
        pytest.raises(BuildError, match=r"still running after 0\.2 s"),
        build_lock(path, timeout=0.2),
    ):
        pass


def test_a_busy_cache_is_not_discarded(tmp_path, monkeypatch, caplog):
    path = tmp_path / "cache.sqlite3"
    first = Cache(path)
    first.set("answer", 42)
    first.close()
    size = path.stat().st_size
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(cache_module, "BUSY_WAIT_SECONDS", 0.1)
    try:
        busy = Cache(path)
        assert busy.get("answer") is None  # builds without it
        busy.close()
    finally:
        holder.rollback()
        holder.close()
    assert "in use by another process" in caplog.text
    assert "discarded" not in caplog.text
    assert path.stat().st_size == size
    again = Cache(path)
    assert again.get("answer") == 42
    again.close()


def test_stale_staging_is_removed_only_under_the_lock(tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    stale = [tmp_path / ".site-abcd1234", tmp_path / ".docs-zz_99xy0", tmp_path / "site.old"]
    for folder in stale:
        (folder / "sub").mkdir(parents=True)
    other = tmp_path / ".site-notours"  # not a staging name: never touched
    other.mkdir()
    remove_stale_staging(target)
    assert all(folder.is_dir() for folder in stale)  # could be another build's
    with build_lock(tmp_path / "build.lock", timeout=0):
        remove_stale_staging(target)
    assert not any(os.path.lexists(folder) for folder in stale)
    assert other.is_dir() and target.is_dir()
