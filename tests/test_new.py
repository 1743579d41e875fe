"""`digest new`: a ready project from the package's own files, never over an existing one."""

from __future__ import annotations

import tomllib

import pytest
import yaml

from digest.config import load_config
from digest.errors import DigestError
from digest.scaffold import PLACEHOLDER_SITE_URL, ProjectExistsError, new_project
from digest.scaffold.project import SOURCE_URL, requirement
from tests.conftest import REPO, run_digest

EXPECTED = {
    ".github/workflows/pages.yml",
    ".gitignore",
    "content/README",
    "digest.yml",
    "mkdocs.yml",
    "requirements.txt",
    "taxonomy.yml",
}
DEMO = sorted(p.name for p in (REPO / "content").iterdir())


def _files(root) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_new_writes_a_project_that_loads(tmp_path):
    root = tmp_path / "my-digest"
    made = new_project(root)
    assert set(made.files) == EXPECTED == _files(root)
    config = load_config(root)
    assert config.content_dir == (root / "content").resolve() and config.content_dir.is_dir()
    assert config.taxonomy == ()  # a commented starter: no topics of the demo's
    assert "NATO" not in (root / "taxonomy.yml").read_text(encoding="utf-8")
    settings = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    assert settings["site_name"] == "News digest"
    assert settings["site_url"] == PLACEHOLDER_SITE_URL
    assert "PLACEHOLDER" in (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert settings["docs_dir"] == "build/docs"
    ignored = (root / ".gitignore").read_text(encoding="utf-8").split()
    assert {"/build/", "/site/", "/.digest-cache/"} <= set(ignored)
    assert requirement() in (root / "requirements.txt").read_text(encoding="utf-8")


def test_mkdocs_accepts_the_new_configuration(tmp_path):
    from mkdocs.config import load_config as mkdocs_load_config

    root = tmp_path / "p"
    new_project(root, site_name="Harbour: news & notes", site_url="https://me.github.io/harbour")
    (root / "build" / "docs").mkdir(parents=True)
    mk = mkdocs_load_config(config_file=str(root / "mkdocs.yml"), strict=True)
    assert mk["site_name"] == "Harbour: news & notes"
    assert mk["site_url"] == "https://me.github.io/harbour/"
    assert "PLACEHOLDER" not in (root / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ['It\'s "the" #1 digest', "Ünïcode, ümlauts", "yes", "1.5"])
def test_site_names_read_back_exactly(tmp_path, name):
    new_project(tmp_path / "p", site_name=name)
    assert yaml.safe_load((tmp_path / "p" / "mkdocs.yml").read_text())["site_name"] == name


@pytest.mark.parametrize(
    ("option", "named"),
    [
        ({"site_url": "example.com"}, "--site-url"),
        ({"site_url": "ftp://x/"}, "--site-url"),
        ({"site_name": "a\nb"}, "--site-name"),
    ],
)
def test_bad_options_are_refused_before_anything_is_written(tmp_path, option, named):
    with pytest.raises(DigestError, match=named):
        new_project(tmp_path / "p", **option)
    assert not (tmp_path / "p").exists()


def test_demo_adds_the_two_demo_articles_unchanged(tmp_path):
    root = tmp_path / "demo"
    made = new_project(root, demo=True)
    assert set(made.files) == EXPECTED | {f"content/{n}" for n in DEMO}
    for name in DEMO:
        assert (root / "content" / name).read_bytes() == (REPO / "content" / name).read_bytes()


def test_new_demo_project_builds_one_story(tmp_path):
    root = tmp_path / "demo"
    assert run_digest("new", str(root), "--demo", "--site-url", "https://a.b/").returncode == 0
    done = run_digest("build", "--root", str(root), "--strict")
    assert done.returncode == 0, done.stderr
    export = (root / "site" / "export.json").read_text(encoding="utf-8")
    assert export.count('"publisher"') >= 2
    assert "content/README" not in done.stderr  # the folder's README is not a source
    assert (root / "site" / "index.html").is_file()


def test_second_new_is_refused_and_changes_nothing(tmp_path):
    root = tmp_path / "p"
    first = run_digest("new", str(root))
    assert first.returncode == 0, first.stderr
    (root / "digest.yml").write_text("key_quotes: 3\n", encoding="utf-8")
    before = {rel: (root / rel).read_bytes() for rel in _files(root)}
    again = run_digest("new", str(root), "--demo")
    assert again.returncode == 1
    assert "already holds a digest project" in again.stderr
    assert "digest.yml" in again.stderr and "nothing was written" in again.stderr
    assert "Traceback" not in again.stderr
    assert {rel: (root / rel).read_bytes() for rel in _files(root)} == before


def test_one_existing_project_file_is_enough_to_refuse(tmp_path):
    root = tmp_path / "p"
    root.mkdir()
    (root / "mkdocs.yml").write_text("site_name: mine\n", encoding="utf-8")
    with pytest.raises(ProjectExistsError, match=r"mkdocs\.yml"):
        new_project(root)
    assert _files(root) == {"mkdocs.yml"}


def test_a_file_in_the_way_is_refused(tmp_path):
    (tmp_path / "p").write_text("x", encoding="utf-8")
    done = run_digest("new", str(tmp_path / "p"))
    assert done.returncode == 1 and "not a folder" in done.stderr


def test_a_fresh_repository_folder_is_fine_and_keeps_its_files(tmp_path):
    root = tmp_path / "repo"
    (root / "content").mkdir(parents=True)
    (root / "content" / "saved.html").write_text("<p>mine</p>", encoding="utf-8")
    (root / "README.md").write_text("# my digest\n", encoding="utf-8")
    (root / ".gitignore").write_text("*.log\n/site/", encoding="utf-8")
    new_project(root)
    assert (root / "README.md").read_text(encoding="utf-8") == "# my digest\n"
    assert (root / "content" / "saved.html").read_text(encoding="utf-8") == "<p>mine</p>"
    lines = (root / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["*.log", "/site/"]  # the repository's own lines first, kept
    assert lines.count("/site/") == 1 and "/build/" in lines


def test_the_scaffold_names_the_repository_pyproject_names():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["urls"]["Source"] == SOURCE_URL
    assert meta["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert requirement().startswith(f"digest @ git+{SOURCE_URL}@v")


def test_new_projects_get_the_repositorys_site_settings(tmp_path):
    """The demo's mkdocs.yml and a new project's differ only in name and address."""
    new_project(tmp_path / "p")
    ours = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    theirs = yaml.safe_load((tmp_path / "p" / "mkdocs.yml").read_text(encoding="utf-8"))
    for settings in (ours, theirs):
        del settings["site_name"], settings["site_url"]
    assert ours == theirs


def test_the_placeholder_address_is_warned_about_until_it_is_set(tmp_path):
    root = tmp_path / "p"
    new_project(root, demo=True)
    done = run_digest("build", "--root", str(root), "--no-site", "-q")
    assert done.returncode == 0, done.stderr
    assert "mkdocs.yml: site_url https://example.invalid/ is a placeholder" in done.stderr
    assert run_digest("build", "--root", str(root), "--no-site", "--strict").returncode == 1


def test_the_commented_fetch_example_is_valid_once_uncommented(tmp_path):
    root = tmp_path / "p"
    new_project(root)
    text = (root / "digest.yml").read_text(encoding="utf-8")
    head, example = text.split("# fetch:\n", 1)
    uncommented = "fetch:\n" + "".join(
        line.removeprefix("# ") + "\n" for line in example.splitlines()
    )
    (root / "digest.yml").write_text(head + uncommented, encoding="utf-8")
    config = load_config(root)
    assert config.fetch == {
        "feeds": ["https://example.com/world/rss.xml"],
        "sitemaps": ["https://example.net/sitemap-news.xml"],
    }
