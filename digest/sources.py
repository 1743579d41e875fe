"""Stage 1, sources: find the input files, read and decode them, hash the bytes.

The only stage that reads input files. Everything that can go wrong with one
file (unreadable, binary, too large, undecodable, bad sidecar) becomes a
warning naming that file, and the file is skipped; the build goes on.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from digest.errors import warn_file
from digest.models import SourceDoc, SourceKind

SUFFIX_KINDS: dict[str, SourceKind] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}
SIDECAR_SUFFIX = ".meta.yml"
META_FIELDS = {
    "url": str,
    "publisher": str,
    "date": str,
    "title": str,
    "author": str,
    "tags": list,
    "lang": str,
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class SourceLimits:
    max_bytes: int = 20 * 1024 * 1024


def find_source_files(content_dir: Path) -> list[Path]:
    """Every candidate input file under `content_dir`, in a stable order."""
    found = []
    for dirpath, dirnames, filenames in os.walk(content_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            if Path(name).suffix.lower() in SUFFIX_KINDS:
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(content_dir).as_posix())


def read_sources(content_dir: Path, limits: SourceLimits | None = None) -> list[SourceDoc]:
    """Read every usable source under `content_dir`; warn about and skip the rest."""
    limits = limits or SourceLimits()
    files = find_source_files(content_dir)
    return list(_read_all(files, content_dir, limits))


def read_paths(
    paths: Iterable[Path | str], limits: SourceLimits | None = None
) -> list[SourceDoc | None]:
    """Read files named on a command line; the path is kept as given."""
    limits = limits or SourceLimits()
    return [read_source(Path(p), str(p), limits) for p in paths]


def _read_all(files: list[Path], root: Path, limits: SourceLimits) -> Iterator[SourceDoc]:
    for path in files:
        doc = read_source(path, path.relative_to(root).as_posix(), limits)
        if doc is not None:
            yield doc


def read_source(path: Path, shown: str, limits: SourceLimits) -> SourceDoc | None:
    """Read one file into a SourceDoc, or warn and return None."""
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind is None:
        warn_file(shown, f"unsupported file type '{path.suffix}', skipped")
        return None
    try:
        if path.is_symlink() and not path.exists():
            warn_file(shown, "broken or looping symbolic link, skipped")
            return None
        size = path.stat().st_size
        if size > limits.max_bytes:
            warn_file(
                shown,
                f"file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.1f} MB limit "
                "(max_file_mb), skipped",
            )
            return None
        data = path.read_bytes()
    except OSError as exc:
        warn_file(shown, f"cannot read file ({exc.strerror or exc}), skipped")
        return None
    if not data.strip():
        warn_file(shown, "empty file, skipped")
        return None
    text, encoding = decode_bytes(data, kind)
    if text is None:
        warn_file(shown, "binary data, not text, skipped")
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, object] = {}
    if kind == "markdown":
        meta, text = split_front_matter(text, shown)
    meta.update(read_sidecar(path, shown))
    return SourceDoc(
        path=shown,
        kind=kind,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        meta=tuple(sorted(meta.items())),
    )


def decode_bytes(data: bytes, kind: SourceKind) -> tuple[str | None, str]:
    """Decode with the BOM, then the HTML's declared charset if it fits, then UTF-8,
    then a statistical guess. Returns (None, '') for binary data."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        return None, ""
    candidates = []
    if kind == "html":
        match = _META_CHARSET.search(data[:4096])
        if match:
            candidates.append(match.group(1).decode("ascii", "ignore").lower())
    candidates.append("utf-8")
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


def split_front_matter(text: str, shown: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter from a Markdown source; bad front matter is a warning."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    body = text[match.end() :]
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        warn_file(shown, "invalid YAML front matter, ignored")
        return {}, body
    return validate_meta(data, shown, "front matter"), body


def read_sidecar(path: Path, shown: str) -> dict[str, object]:
    """Read `NAME.meta.yml` beside a source (NAME with or without its suffix)."""
    for candidate in (
        path.with_name(path.name + SIDECAR_SUFFIX),
        path.with_name(path.stem + SIDECAR_SUFFIX),
    ):
        if candidate.is_file():
            try:
                data = yaml.safe_load(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                warn_file(shown, f"sidecar {candidate.name} is unreadable ({problem}), ignored")
                return {}
            return validate_meta(data, shown, f"sidecar {candidate.name}")
    return {}


def validate_meta(data: object, shown: str, what: str) -> dict[str, object]:
    """Keep the known metadata fields of the right type; warn about the rest."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        warn_file(shown, f"{what} must be a mapping, ignored")
        return {}
    meta: dict[str, object] = {}
    for key, value in data.items():
        key = str(key)
        if key not in META_FIELDS:
            warn_file(shown, f"{what}: unknown field '{key}', ignored")
            continue
        if key == "date" and not isinstance(value, str):
            value = str(value)  # YAML reads 2025-04-08 as a date
        if key == "tags":
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                warn_file(shown, f"{what}: 'tags' must be a list of strings, ignored")
                continue
            meta[key] = tuple(value)
            continue
        if not isinstance(value, META_FIELDS[key]):
            warn_file(shown, f"{what}: '{key}' must be text, got {type(value).__name__}, ignored")
            continue
        meta[key] = value
    return meta
