"""Reproducible builds, and nothing lost: content/ untouched, failed builds keep the old site,
interrupted builds can be re-run."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.config import load_config
from digest.errors import BuildError, ConfigError
from digest.pipeline import build
from tests.conftest import REPO, copy_project, make_project, run_digest, syndicated_copy
from tests.fixtures.bad_input import JAPANESE, JAPANESE_TITLE, binary_bytes
from tests.fixtures.hostile import write_hostile_sources
from tests.fresh import NO_FORK, in_fresh_process


def _tree(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file (symlinks by their target)."""
    tree = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            tree[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            tree[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return tree


def _rich_project(root: Path) -> Path:
    """Demo content plus hostile, Japanese, binary and symlinked sources."""
    copy_project(root)
    content = root / "content"
    write_hostile_sources(content)
    (content / "nikkei.txt").write_bytes(f"{JAPANESE_TITLE}\n\n{JAPANESE}\n".encode("shift_jis"))
    (content / "image.txt").write_bytes(binary_bytes())
    (content / "dangling.txt").symlink_to("nowhere.txt")
    return root


def test_two_builds_in_different_folders_are_byte_identical(tmp_path):
    first = _rich_project(tmp_path / "one" / "project")
    second = _rich_project(tmp_path / "second-place" / "elsewhere")
    build(load_config(first))
    time.sleep(1.1)  # a wall-clock timestamp would now differ by a second
    build(load_config(second))
    one, two = _tree(first / "site"), _tree(second / "site")
    assert one.keys() == two.keys()
    assert [p for p in one if one[p] != two[p]] == []
    for name in ("sitemap.xml", "sitemap.xml.gz", "pagefind/pagefind-entry.json", "export.json"):
        assert name in one
    for path in (first / "site").rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml"}:
            assert str(tmp_path) not in path.read_text(encoding="utf-8"), path


def test_sitemap_dates_come_from_the_newest_source(tmp_path):
    root = _rich_project(tmp_path / "project")
    build(load_config(root))
    index = (root / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.github.io/digest/sitemap-pages.xml</loc>" in index
    sitemap = (root / "site" / "sitemap-pages.xml").read_text(encoding="utf-8")
    assert "<lastmod>2025-04-09</lastmod>" in sitemap  # the hostile Markdown source's date
    assert sitemap.count("<url>") > 10 and "/stories/" in sitemap
    gz = (root / "site" / "sitemap.xml.gz").read_bytes()
    assert int.from_bytes(gz[4:8], "little") == 1744156800  # 2025-04-09T00:00Z, not "now"


def test_content_folder_is_never_modified(tmp_path):
    root = _rich_project(tmp_path / "project")
    before = _tree(root / "content")
    build(load_config(root))
    with pytest.raises(BuildError):
        build(load_config(root), strict=True)
    assert _tree(root / "content") == before


def _break_template(root: Path) -> None:
    (root / "site_templates").mkdir(exist_ok=True)
    (root / "site_templates" / "story.md.j2").write_text("{% for x in %}", encoding="utf-8")


def _break_theme(root: Path) -> None:
    path = root / "mkdocs.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("name: material", "name: no-such-theme"),
        encoding="utf-8",
    )


def _break_yaml(root: Path) -> None:
    (root / "mkdocs.yml").write_text("site_name: [unclosed\n", encoding="utf-8")


def _add_warning(root: Path) -> None:
    (root / "content" / "empty.txt").write_bytes(b"")


@pytest.mark.parametrize(
    ("breakage", "error", "strict"),
    [
        (_break_template, BuildError, False),
        (_break_theme, BuildError, False),
        (_break_yaml, ConfigError, False),
        (_add_warning, BuildError, True),
    ],
    ids=["template", "mkdocs-theme", "mkdocs-yaml", "strict-warning"],
)
def test_failed_build_leaves_the_previous_site_in_place(tmp_path, breakage, error, strict):
    root = copy_project(tmp_path / "project")
    build(load_config(root))
    site_before = _tree(root / "site")
    assert "index.html" in site_before
    breakage(root)
    with pytest.raises(error):
        build(load_config(root), strict=strict)
    assert _tree(root / "site") == site_before
    assert not [p for p in root.rglob(".site-*")]


def test_broken_template_is_a_one_line_cli_error(tmp_path):
    root = copy_project(tmp_path / "project")
    _break_template(root)
    done = run_digest("build", "--root", str(root))
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].startswith("digest: error: template error: story.md.j2:1:")
    assert "Traceback" not in done.stderr


def test_stale_temporary_folders_from_a_killed_build_are_cleaned(tmp_path):
    root = copy_project(tmp_path / "project")
    stale = [
        root / ".site-abcd1234",
        root / "build" / ".docs-zz_9y8x7",
        root / "site.old",
    ]
    for folder in stale:
        (folder / "assets").mkdir(parents=True)
        (folder / "assets" / "half-written.js").write_text("// partial", encoding="utf-8")
    keep = root / ".site-notes"  # not a name our temp folders have: left alone
    keep.mkdir()
    build(load_config(root))
    assert (root / "site" / "index.html").is_file()
    assert [f for f in stale if f.exists()] == []
    assert keep.is_dir()


def test_killed_build_can_simply_be_rerun(tmp_path):
    root = _rich_project(tmp_path / "project")
    config = load_config(root)
    build(config)
    assert config.cache_dir is not None
    shutil.rmtree(config.cache_dir)  # the killed build must redo real work
    command = [sys.executable, "-m", "digest", "build", "--root", str(root)]
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not any(root.glob(".site-*")):  # kill it while MkDocs writes the new site
        assert process.poll() is None, "the build ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert (root / "site" / "index.html").is_file()  # old or new, never missing
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    leftovers = [
        p.name
        for p in [*root.iterdir(), *(root / "build").iterdir()]
        if p.name.startswith((".site-", ".docs-")) or p.name.endswith(".old")
    ]
    assert leftovers == []


def check_rebuild(root: str, mode: str) -> None:
    """(In a new process) a build, then a rebuild after a source was added; the
    warnings of the rebuild go to warnings.txt. In "fork" mode the new sources are
    extracted in a forked worker while this process loads the clustering libraries
    (the workers' results used are counted); in "serial" mode that worker is turned
    off (`parallel.can_fork`; stages that imported it by name keep their own check, and
    a project this small stays below their thresholds)."""
    from digest import parallel

    started: list[object] = []
    if mode == "serial":
        parallel.can_fork = lambda: False  # type: ignore[assignment]
    elif not parallel.can_fork():
        print(NO_FORK)
        return
    else:

        class Counted(parallel.Forked):  # type: ignore[type-arg]
            """A worker whose result was used (one that failed would raise here)."""

            def result(self):
                value = super().result()
                started.append(value)
                return value

        parallel.Forked = Counted  # type: ignore[misc]
    project = Path(root)
    build(load_config(project))
    before = len(started)
    (project / "content" / "coastguard.txt").write_text(syndicated_copy(project), "utf-8")
    write_hostile_sources(project / "content" / "more")
    (project / "content" / "more" / "nothing.html").write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        encoding="utf-8",
    )
    warnings = build(load_config(project)).warnings
    (project / "warnings.txt").write_text("\n".join(warnings), encoding="utf-8")
    if mode == "fork":  # each build's extraction came from a worker
        assert before >= 1 and len(started) == before + 1


def test_sources_extracted_beside_the_clustering_libraries_give_the_same_site(tmp_path):
    """A rebuild's few new sources are extracted in a worker (digest.parallel.beside):
    the same site, pages and warnings as extracting them in the build's own process."""
    forked, serial = make_project(tmp_path / "forked"), make_project(tmp_path / "serial")
    in_fresh_process("tests.test_reproducible", "check_rebuild", str(forked), "fork")
    in_fresh_process("tests.test_reproducible", "check_rebuild", str(serial), "serial")
    warnings = (forked / "warnings.txt").read_text(encoding="utf-8")
    assert "nothing.html: no article text found, skipped" in warnings  # logged in the worker
    assert warnings == (serial / "warnings.txt").read_text(encoding="utf-8")
    for folder in ("site", "build"):
        one, two = _tree(forked / folder), _tree(serial / folder)
        assert one.keys() == two.keys()
        assert [p for p in one if one[p] != two[p]] == []
    assert any("coastguard" in p for p in _tree(forked / "build"))
