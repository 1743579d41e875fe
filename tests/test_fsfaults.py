"""File-system faults: a full disk, an old site that cannot be removed, an
unwritable output folder. Each is one line naming the path; the previous site
stays whole and no staging folder is left behind.

The faults are real: a file-size limit (RLIMIT_FSIZE) makes writes fail as a
full disk does, and file permissions are enforced by running the build without
the capabilities that let root ignore them.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, copy_project

NEW_ARTICLE = (
    "# Ferries return to the islands\n\n"
    "The island ferry company resumed its full timetable on Monday after a week of storms "
    "kept its boats in harbour, the company said, and extra sailings will run until the "
    "backlog of freight and passengers has cleared.\n\n"
    "Islanders had relied on a single supply boat during the storms, and shops on the "
    "smaller islands ran short of fresh milk and bread by the end of the week.\n"
)


def _digest(root: Path, *, file_limit: int | None = None, no_root_powers: bool = False):
    """`digest build` in a child process, with a file-size limit and/or without
    root's power to ignore permissions."""
    command = [sys.executable, "-m", "digest", "build", "--root", str(root)]
    if no_root_powers and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]

    def limit() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=600, preexec_fn=limit
    )


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _leftovers(root: Path) -> list[str]:
    found = []
    for folder in (root, root / "build"):
        if folder.is_dir():
            found += [p.name for p in folder.iterdir() if p.name.startswith((".site-", ".docs-"))]
    found += [p.name for p in root.iterdir() if p.name.startswith("site.old")]
    return found


def test_a_full_disk_is_one_line_and_keeps_the_previous_site(tmp_path):
    root = copy_project(tmp_path / "project")
    assert _digest(root).returncode == 0
    before = _tree(root / "site")
    (root / "content" / "ferries.md").write_text(NEW_ARTICLE, encoding="utf-8")
    result = _digest(root, file_limit=20_000)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("digest: error")]
    assert len(errors) == 1
    assert "File too large" in errors[0]
    assert errors[0].startswith(f"digest: error: cannot write {root}")
    assert _tree(root / "site") == before
    assert _leftovers(root) == []
    # With room again, the next build completes.
    again = _digest(root)
    assert again.returncode == 0, again.stderr
    assert "ferries-return-to-the-islands" in "\n".join(_tree(root / "site"))


def test_a_full_disk_while_updating_the_docs_folder_leaves_no_mixture(tmp_path):
    root = copy_project(tmp_path / "project")
    assert _digest(root).returncode == 0
    before = _tree(root / "site")
    (root / "content" / "ferries.md").write_text(NEW_ARTICLE * 3, encoding="utf-8")
    result = _digest(root, file_limit=3_000)  # the new story page is larger
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"digest: error: cannot write {root / 'build' / 'docs'}")
    assert not (root / "build" / "docs").exists()  # removed, not half updated
    assert _tree(root / "site") == before
    assert _leftovers(root) == []
    assert _digest(root).returncode == 0
    assert (root / "build" / "docs" / "index.md").is_file()


def test_an_old_site_that_cannot_be_removed_does_not_block_builds(tmp_path):
    root = copy_project(tmp_path / "project")
    assert _digest(root).returncode == 0
    stuck = root / "site" / "stuck"
    stuck.mkdir()
    (stuck / "file.txt").write_text("x", encoding="utf-8")
    stuck.chmod(0o555)
    try:
        (root / "content" / "ferries.md").write_text(NEW_ARTICLE, encoding="utf-8")
        first = _digest(root, no_root_powers=True)
        assert first.returncode == 0, first.stderr
        assert "could not be removed completely; remove it by hand" in first.stderr
        assert "Traceback" not in first.stderr
        (root / "content" / "ferries.md").unlink()
        second = _digest(root, no_root_powers=True)
        assert second.returncode == 0, second.stderr
        site = _tree(root / "site")
        assert "index.html" in site
        assert not any("ferries" in name for name in site)
    finally:
        for folder in root.glob("site.old*/stuck"):
            folder.chmod(0o755)


def test_an_unwritable_output_folder_is_one_line_naming_it(tmp_path):
    root = copy_project(tmp_path / "project")
    locked = root / "out"
    locked.mkdir()
    (root / "mkdocs.yml").write_text(
        (root / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace("site_dir: site", "site_dir: out/site"),
        encoding="utf-8",
    )
    locked.chmod(0o555)
    try:
        result = _digest(root, no_root_powers=True)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("digest: error: cannot write ") and str(locked) in last
    assert "Permission denied" in last
    assert not (locked / "site").exists()


def test_site_folders_follow_the_umask(tmp_path):
    root = copy_project(tmp_path / "project")
    assert _digest(root).returncode == 0
    for folder in (root / "site", root / "build" / "docs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o777 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_removing_a_big_folder_takes_all_of_it_and_nothing_it_links_to(tmp_path):
    """Old sites are removed by several threads at once (one folder per page):
    every file goes, and a link is removed without touching what it points to. (A
    folder that cannot be emptied: test_an_old_site_that_cannot_be_removed_...)"""
    from digest.site.staging import REMOVING_THREADS, remove_tree

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep", encoding="utf-8")
    site = tmp_path / "site.old"
    for n in range(REMOVING_THREADS * 5):
        page = site / "stories" / f"story-{n}"
        page.mkdir(parents=True)
        (page / "index.html").write_text(f"<p>{n}</p>", encoding="utf-8")
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "stories" / "linked").symlink_to(outside, target_is_directory=True)
    (site / "assets" / "deep" / "er").mkdir(parents=True)
    (site / "assets" / "deep" / "er" / "x.js").write_text("//", encoding="utf-8")
    assert remove_tree(site)
    assert not site.exists()
    assert (outside / "keep.txt").read_text(encoding="utf-8") == "keep"
