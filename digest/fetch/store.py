"""Where fetched pages go: files, sidecars and the state file, all written atomically.

Layout under `content/<folder>/`:

- `<host>/<slug>-<hash>.html`: the page's bytes as the server sent them;
- `<host>/<slug>-<hash>.meta.yml`: the sidecar (url, publisher, date, author,
  tags, title, fetched), which the build reads like a hand-written one;
- `fetch-state.json`: what must survive between runs (validators of feeds and
  sitemaps, robots.txt files, the URLs already fetched or given up on).

Every file is written to a hidden temporary name in its folder and renamed
into place (the build never reads dot files), the sidecar before its page, and
the state after the page: an interrupted run leaves complete pages only, and
the next run continues from the state and from the sidecars it finds.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml
from courlan import normalize_url

from digest.errors import log, one_line, warn_file
from digest.files import TEMPORARY_SUFFIX, write_atomic
from digest.safe import slugify
from digest.safeyaml import safe_load
from digest.sources import SIDECAR_SUFFIX

STATE_FILE = "fetch-state.json"
STATE_VERSION = 1


def url_key(url: str) -> str:
    """The identity of an article URL: what two feeds linking one article have in common.

    courlan lower-cases scheme and host, drops default ports, sorts the query
    and removes tracking parameters (utm_*, fbclid, ...); the fragment and the
    scheme are dropped here too (http:// and https:// copies of a link are one
    article), and so is a trailing slash.
    """
    try:
        normal = normalize_url(url.strip(), trailing_slash=False)
        parts = urlsplit(normal)
    except (ValueError, TypeError):
        return url.strip()
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", parts.netloc, path, parts.query, ""))


@dataclass
class FetchState:
    """The state file's content; changed during a run and saved after every page."""

    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # feed/sitemap -> validators
    robots: dict[str, dict[str, Any]] = field(default_factory=dict)  # origin -> cached robots.txt
    fetched: dict[str, str] = field(default_factory=dict)  # url key -> file, relative to folder
    skipped: dict[str, str] = field(default_factory=dict)  # url key -> why it is not fetched

    def known(self, key: str) -> bool:
        return key in self.fetched or key in self.skipped

    def to_json(self) -> str:
        data = {
            "version": STATE_VERSION,
            "sources": self.sources,
            "robots": self.robots,
            "fetched": self.fetched,
            "skipped": self.skipped,
        }
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def load_state(folder: Path) -> FetchState:
    """The saved state, completed from the sidecars in the folder.

    A missing or damaged state file is a fresh start, not an error: the
    sidecars still say which URLs were fetched, so nothing is downloaded twice.
    """
    path = folder / STATE_FILE
    state = FetchState()
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            state = FetchState(
                sources=_mapping(data.get("sources")),
                robots=_mapping(data.get("robots")),
                fetched={
                    k: v for k, v in _mapping(data.get("fetched")).items() if isinstance(v, str)
                },
                skipped={
                    k: v for k, v in _mapping(data.get("skipped")).items() if isinstance(v, str)
                },
            )
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            warn_file(
                str(path), f"fetch state unreadable ({exc}); starting afresh from the sidecars"
            )
    for relative, url in _sidecar_urls(folder):
        state.fetched.setdefault(url_key(url), relative)
    return state


def save_state(folder: Path, state: FetchState) -> None:
    write_atomic(folder / STATE_FILE, state.to_json().encode("utf-8"))


def _mapping(value: object) -> dict[str, Any]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _sidecar_urls(folder: Path) -> Iterator[tuple[str, str]]:
    """(page file relative to folder, url) for each fetched page whose sidecar names a URL."""
    if not folder.is_dir():
        return
    for sidecar in sorted(folder.glob(f"*/*{SIDECAR_SUFFIX}")):
        page = sidecar.with_name(sidecar.name[: -len(SIDECAR_SUFFIX)] + ".html")
        if not page.is_file() or sidecar.is_symlink():
            continue
        try:
            data = safe_load(sidecar.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and isinstance(data.get("url"), str):
            yield page.relative_to(folder).as_posix(), data["url"]


def page_path(folder: Path, url: str) -> Path:
    """`<host>/<slug>-<hash>.html` for a URL: readable, stable, and unique per URL key."""
    parts = urlsplit(url)
    host = _host_folder(parts.hostname or "") or "unknown-host"
    stem = parts.path.rstrip("/").rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    if not stem or stem.lower() in ("index", "article", "story", "amp"):
        stem = parts.path
    slug = slugify(stem or "index", max_length=60) if stem.strip("/") else "index"
    digest = hashlib.sha256(url_key(url).encode("utf-8")).hexdigest()[:8]
    return folder / host / f"{slug}-{digest}.html"


def _host_folder(host: str) -> str:
    """The host as a folder name: lower-case letters, digits, dots and hyphens only."""
    host = host.lower().rstrip(".")
    if host.startswith("[") or ":" in host:
        host = host.strip("[]").replace(":", "-")
    clean = "".join(ch if (ch.isalnum() and ch.isascii()) or ch in ".-" else "-" for ch in host)
    clean = clean.strip(".-")
    return clean if clean and not clean.startswith(".") else ""


SIDECAR_KEYS = ("url", "title", "publisher", "author", "date", "tags", "fetched")


def sidecar_text(meta: Mapping[str, object]) -> str:
    """The sidecar's YAML: every key, in a fixed order; null (or []) where the entry gave none.

    The build reads null as "not given", so extraction fills those fields in.
    """
    kept: dict[str, object] = {k: meta.get(k) or None for k in SIDECAR_KEYS}
    kept["tags"] = list(meta.get("tags") or ())  # type: ignore[call-overload]
    return yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=1000)


def store_page(folder: Path, url: str, body: bytes, meta: Mapping[str, object]) -> Path:
    """Write the sidecar, then the page; returns the page's path."""
    path = page_path(folder, url)
    path.parent.mkdir(parents=True, exist_ok=True)
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    write_atomic(sidecar, sidecar_text(meta).encode("utf-8"))
    write_atomic(path, body)
    return path


def clean_leftovers(folder: Path) -> None:
    """Remove temporary files an interrupted run left behind (hidden `*.part` files)."""
    if not folder.is_dir():
        return
    for leftover in sorted(folder.glob(f"**/.*{TEMPORARY_SUFFIX}")):
        if leftover.is_file() and not leftover.is_symlink():
            log.debug("fetch: removing leftover %s", one_line(str(leftover)))
            with contextlib.suppress(OSError):
                leftover.unlink()


def utc_stamp(moment: datetime.datetime | None = None) -> str:
    moment = moment or datetime.datetime.now(datetime.UTC)
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
