"""Write a new digest project: the `mkdocs new` / `hugo new site` of digest.

The files come from `files/` beside this module (package data, so a wheel
carries them); the few values that differ per project (site name, address, the
digest requirement) are filled into marked places. Nothing is overwritten: a
folder that already holds any of the files is refused before anything is
written, so a second `digest new` cannot clobber a project's settings.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from digest import __version__
from digest.errors import DigestError

FILES_DIR = Path(__file__).resolve().parent / "files"
DEMO_DIR = Path(__file__).resolve().parent / "demo"

# Where the project lives: pyproject.toml's [project.urls] Source says the same
# (a test keeps them equal); new projects install digest from a tag of it.
SOURCE_URL = "https://github.com/digest-news/digest"

# A reserved top-level domain (RFC 2606): never a real site, easy to spot, and
# the build warns while a project still has it.
PLACEHOLDER_SITE_URL = "https://example.invalid/"
DEFAULT_SITE_NAME = "News digest"

GITIGNORE = ".gitignore"

# Packaged file -> where it goes in the project. Names without a leading dot in
# the package: dotfiles are easy to lose in packaging.
LAYOUT = {
    "digest.yml": "digest.yml",
    "taxonomy.yml": "taxonomy.yml",
    "mkdocs.yml": "mkdocs.yml",
    "requirements.txt": "requirements.txt",
    "gitignore": GITIGNORE,
    "pages.yml": ".github/workflows/pages.yml",
    "content-README": "content/README",
}


class ProjectExistsError(DigestError):
    """The target folder already holds (part of) a project."""


@dataclass(frozen=True)
class NewProject:
    """What `new_project` wrote: the folder and its files, relative, sorted."""

    root: Path
    files: tuple[str, ...]


def new_project(
    target: Path | str,
    *,
    demo: bool = False,
    site_name: str | None = None,
    site_url: str | None = None,
) -> NewProject:
    """Create a digest project in `target` (created if missing; may already hold
    unrelated files such as a fresh repository's README).

    Raises ProjectExistsError, naming the files, when any file it would write
    exists; DigestError for a bad site name or address. `demo` adds the two demo
    articles to content/.
    """
    root = Path(target)
    name = _site_name(site_name)
    url = _site_url(site_url) if site_url is not None else None
    planned = {dest: FILES_DIR / src for src, dest in LAYOUT.items()}
    if demo:
        for article in sorted(DEMO_DIR.iterdir()):
            if article.is_file():
                planned[f"content/{article.name}"] = article
    if root.exists() and not root.is_dir():
        raise ProjectExistsError(f"{root} exists and is not a folder")
    clashes = [rel for rel in sorted(planned) if rel != GITIGNORE and _taken(root, rel)]
    if clashes:
        raise ProjectExistsError(
            f"{root} already holds a digest project ({', '.join(clashes)} exist); "
            "nothing was written. Choose a new folder, or move those files away first."
        )
    contents = {dest: _fill(src, name=name, url=url) for dest, src in sorted(planned.items())}
    ignore = root / GITIGNORE
    if ignore.is_file() and not ignore.is_symlink():
        contents[GITIGNORE] = _merged_gitignore(ignore.read_text(encoding="utf-8"))
    elif _taken(root, GITIGNORE):
        raise ProjectExistsError(f"{ignore} is not a regular file; nothing was written")
    for dest, data in contents.items():
        path = root / dest
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, Path):
            shutil.copyfile(data, path)
        else:
            path.write_text(data, encoding="utf-8")
    return NewProject(root=root, files=tuple(sorted(contents)))


def _merged_gitignore(existing: str) -> str:
    """A repository's own .gitignore (a fresh GitHub repository often has one)
    keeps its lines; ours that it lacks are added at the end."""
    have = {line.strip() for line in existing.splitlines()}
    ours = (FILES_DIR / "gitignore").read_text(encoding="utf-8").splitlines()
    missing = [line for line in ours if line.strip() and line.strip() not in have]
    if not missing:
        return existing
    sep = "" if not existing or existing.endswith("\n") else "\n"
    return existing + sep + "\n" + "\n".join(missing) + "\n"


def render_workflow(install: str, dependency_file: str) -> str:
    """The Pages workflow with its install step: a new project installs the
    requirement in requirements.txt, this repository its own checkout."""
    text = (FILES_DIR / "pages.yml").read_text(encoding="utf-8")
    return text.replace("@INSTALL@", install).replace("@DEPENDENCY_FILE@", dependency_file)


def requirement() -> str:
    """The pip requirement a new project pins: this release, from its source tag."""
    return f"digest @ git+{SOURCE_URL}@v{__version__}"


def _fill(path: Path, *, name: str, url: str | None) -> str | Path:
    """The text to write for a packaged file, or the file itself to copy as is."""
    if path == FILES_DIR / "pages.yml":
        return render_workflow("python -m pip install -r requirements.txt", "requirements.txt")
    if path == FILES_DIR / "mkdocs.yml":
        return _mkdocs_yml(path.read_text(encoding="utf-8"), name, url)
    if path == FILES_DIR / "requirements.txt":
        return path.read_text(encoding="utf-8").replace("@REQUIREMENT@", requirement())
    return path


def _mkdocs_yml(template: str, name: str, url: str | None) -> str:
    if url is None:
        line = (
            "# PLACEHOLDER: set this to the address the site is published at, e.g.\n"
            "#   https://USER.github.io/REPO/   (a project site lives under /REPO/)\n"
            "# Canonical links, og:url and feed links are made absolute from it; the\n"
            "# build warns while it is still this placeholder.\n"
            f"site_url: {PLACEHOLDER_SITE_URL}"
        )
    else:
        line = (
            "# The address the site is published at: canonical links, og:url and feed\n"
            "# links are made absolute from it.\n"
            f"site_url: {_yaml_scalar(url)}"
        )
    return template.replace("@SITE_NAME@", _yaml_scalar(name)).replace("@SITE_URL@", line)


def _taken(root: Path, rel: str) -> bool:
    """Whether writing `rel` would replace something (a file, a link, a folder)."""
    path = root / rel
    return path.exists() or path.is_symlink()


def _site_name(name: str | None) -> str:
    if name is None:
        return DEFAULT_SITE_NAME
    name = name.strip()
    if not name or not name.isprintable():
        raise DigestError(f"--site-name must be one line of printable text, got {name!r}")
    return name


_URL = re.compile(r"https?://[^\s/?#]+(/[^\s?#]*)?\Z", re.I)


def _site_url(url: str) -> str:
    """An http(s) address with a trailing slash (MkDocs joins page paths onto it)."""
    url = url.strip()
    if not _URL.match(url):
        raise DigestError(
            f"--site-url must be an http(s) address such as https://USER.github.io/REPO/, "
            f"got {url!r}"
        )
    return url if url.endswith("/") else url + "/"


def _yaml_scalar(value: str) -> str:
    """`value` as one YAML double-quoted scalar that reads back unchanged."""
    text = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=1 << 30)
    return text.strip().removesuffix("...").strip()
