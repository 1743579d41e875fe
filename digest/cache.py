"""A persistent build cache: results keyed by content hash, in one SQLite file.

CI rebuilds the digest several times a day over an archive that only grows, so
each build keeps what it computed in `config.cache_dir` (default
`.digest-cache/`, the folder the Pages workflow keeps between runs):

- extraction results per source sha256 (with the warnings extraction logged,
  replayed on a hit so `--strict` behaves the same warm or cold);
- quotes per article id;
- small named values: the previous story assignment (clustering starts from
  it) and the fingerprint of the pages the site was last built from.

Every entry carries a version key: a hash of the source of the code that
produced it (the module and the digest modules it imports), so editing the
extractor invalidates extraction results without anyone bumping a constant.

The cache may only make a build faster, never different or broken: an
unreadable or corrupt file is discarded with a warning and the build goes on
as a cold build; a row that does not decode is a miss.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import os
import re
import sqlite3
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import cache, partial
from pathlib import Path
from typing import Any, TypeVar

import digest
from digest.errors import NOT_STRICT, log

CACHE_FILE = "cache.sqlite3"
SCHEMA_VERSION = "1"
BUSY_WAIT_SECONDS = 30.0  # how long to wait for another process holding the file

T = TypeVar("T")
R = TypeVar("R")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, data TEXT NOT NULL);
"""


class Cache:
    """Keyed JSON entries in SQLite; a `Cache(None)` is a no-op (caching disabled).

    Any SQLite error after opening disables the cache for the rest of the
    build (one warning): the build then simply recomputes.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        if path is not None:
            self._db = _open_or_discard(path)

    @classmethod
    def for_dir(cls, cache_dir: Path | None) -> Cache:
        """The cache in `cache_dir`, or a disabled one when `cache_dir` is None."""
        return cls(cache_dir / CACHE_FILE if cache_dir else None)

    def get_many(self, kind: str, keys: Iterable[str], version: str) -> dict[str, Any]:
        """The decoded entries of `kind` stored under `version`, for those keys present."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Any] = {}
        with self._guard():
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._execute(
                    f"SELECT key, data FROM entries WHERE kind = ? AND version = ? "
                    f"AND key IN ({marks})",
                    (kind, version, *chunk),
                )
                for key, data in rows:
                    try:
                        found[key] = json.loads(data)
                    except ValueError:
                        continue  # a damaged row is a miss
        return found

    def stored_keys(self, kind: str, keys: Iterable[str], version: str) -> set[str]:
        """Which of `keys` have an entry of `kind` under `version` (nothing decoded)."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self._guard():
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._execute(
                    f"SELECT key FROM entries WHERE kind = ? AND version = ? AND key IN ({marks})",
                    (kind, version, *chunk),
                )
                found.update(key for (key,) in rows)
        return found

    def put_many(self, kind: str, entries: Mapping[str, Any], version: str) -> None:
        """Store entries of `kind`; entries of that kind under another version are dropped."""
        with self._guard():
            self._execute("DELETE FROM entries WHERE kind = ? AND version != ?", (kind, version))
            self._executemany(
                "INSERT OR REPLACE INTO entries (kind, key, version, data) VALUES (?, ?, ?, ?)",
                [(kind, k, version, _dumps(v)) for k, v in entries.items()],
            )

    def retain(self, kind: str, keys: Iterable[str]) -> None:
        """Drop the entries of `kind` not among `keys`, so the cache holds the current build only."""
        with self._guard():
            self._execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)", ())
            self._execute("DELETE FROM keep", ())
            self._executemany("INSERT OR IGNORE INTO keep (key) VALUES (?)", [(k,) for k in keys])
            self._execute(
                "DELETE FROM entries WHERE kind = ? AND key NOT IN (SELECT key FROM keep)", (kind,)
            )

    def get(self, name: str) -> Any:
        """A named value from an earlier build, or None."""
        with self._guard():
            for (data,) in self._execute("SELECT data FROM state WHERE name = ?", (name,)):
                try:
                    return json.loads(data)
                except ValueError:
                    return None
        return None

    def set(self, name: str, value: Any) -> None:
        with self._guard():
            self._execute(
                "INSERT OR REPLACE INTO state (name, data) VALUES (?, ?)", (name, _dumps(value))
            )

    def commit(self) -> None:
        with self._guard():
            if self._db is not None:
                self._db.commit()

    def close(self) -> None:
        if self._db is not None:
            self.commit()
            if self._db is not None:
                self._db.close()
            self._db = None

    def _execute(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        if self._db is None:
            return []
        return self._db.execute(sql, params).fetchall()

    def _executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if self._db is not None:
            self._db.executemany(sql, rows)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a failing cache into a disabled one (one warning), never a failed build."""
        try:
            yield
        except sqlite3.Error as exc:
            log.warning(
                "%s: cache unusable (%s), continuing without it", self.path, exc, extra=NOT_STRICT
            )
            if self._db is not None:
                with suppress(sqlite3.Error):
                    self._db.close()
            self._db = None


def _open_or_discard(path: Path) -> sqlite3.Connection | None:
    """Open the cache file; discard (with a warning) and recreate one that is unreadable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning(
            "%s: cannot create the cache folder (%s), building without cache",
            path,
            exc,
            extra=NOT_STRICT,
        )
        return None
    try:
        return _connect(path)
    except sqlite3.Error as exc:
        if is_busy(exc):  # another process is using it: not corrupt, never discarded
            log.warning(
                "%s: cache in use by another process (%s), building without it",
                path,
                exc,
                extra=NOT_STRICT,
            )
            return None
        log.warning("%s: cache unreadable (%s), discarded", path, exc, extra=NOT_STRICT)
    try:
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        return _connect(path)
    except (OSError, sqlite3.Error) as exc:
        log.warning(
            "%s: cannot recreate the cache (%s), building without cache",
            path,
            exc,
            extra=NOT_STRICT,
        )
        return None


def is_busy(exc: sqlite3.Error) -> bool:
    """Whether an SQLite error says the file is locked by someone else (SQLITE_BUSY,
    SQLITE_LOCKED), which says nothing about its contents."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _connect(path: Path) -> sqlite3.Connection:
    """Connect and check the file really is our cache (a schema of another version is reset)."""
    db = sqlite3.connect(path, timeout=BUSY_WAIT_SECONDS)
    try:
        # Raises on a file that is not SQLite; the integrity check, which reads
        # the whole file, runs once, below.
        db.execute("PRAGMA schema_version").fetchall()
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            db.executescript("DELETE FROM entries; DELETE FROM state;")
            db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', ?)",
                (SCHEMA_VERSION,),
            )
        check = db.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        db.commit()
        return db
    except sqlite3.Error:
        db.close()
        raise


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --- records <-> JSON ----------------------------------------------------------------


def record_to_json(record: Any) -> dict[str, Any]:
    """A frozen dataclass as a JSON-ready dict (tuples become lists, nested records
    dicts). Written out rather than `dataclasses.asdict`, which deep-copies every
    value on its way: about twice as fast over the thousands of articles, quotes and
    stories a cold build stores, in the main process, for the same JSON."""
    names = _field_names(typing.cast(Any, type(record)))
    return {name: _json_ready(getattr(record, name)) for name in names}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The field names of a record class (worked out once per class)."""
    return tuple(f.name for f in dataclasses.fields(cls))


def _json_ready(value: Any) -> Any:
    """A field's value as JSON takes it: records as dicts, tuples as lists."""
    if isinstance(value, (str, int, float)) or value is None:  # bool is an int
        return value
    if isinstance(value, (tuple, list)):
        return [_json_ready(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return record_to_json(value)
    return value


def record_from_json(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of `cls` (nested records too) from `record_to_json` output.

    Raises TypeError/ValueError when the stored fields no longer match the
    class (callers treat that as a miss). The field annotations say what each
    list was: a tuple of records, or a plain tuple.
    """
    decoders = _field_decoders(typing.cast(Any, cls))
    if not isinstance(data, dict) or data.keys() != decoders.keys():
        raise ValueError(f"stored {cls.__name__} is not one")
    return cls(**{name: decoders[name](value) for name, value in data.items()})


@cache
def _field_decoders(cls: type) -> dict[str, Callable[[Any], Any]]:
    """For each field of `cls`, the function that rebuilds it from JSON (worked out
    once per class: a rebuild decodes thousands of stored records)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: _decoder(v) for k, v in typing.get_type_hints(cls).items() if k in names}


def _decoder(hint: Any) -> Callable[[Any], Any]:
    """The function that rebuilds a value of type `hint` from JSON, checking its type
    on the way: a stored row of the wrong shape (damaged, or written by other code)
    must be a miss, not a record whose title is a number that fails pages later."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return partial(_record, hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_decoder(a) for a in args]
        return partial(_first_fitting, options)
    if origin is typing.Literal:
        return partial(_one_of, frozenset(args))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return partial(_tuple_of, _decoder(args[0]))
    if origin is tuple and args:
        return partial(_fixed_tuple, tuple(_decoder(a) for a in args))
    if hint is type(None):
        return partial(_exactly, type(None))
    if hint in (str, bool):
        return partial(_exactly, hint)
    if hint in (int, float):
        return partial(_number, hint)
    return _tuples  # object, Any: taken as stored


def _record(cls: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"expected a {cls.__name__}, got {type(value).__name__}")
    return record_from_json(cls, value)


def _first_fitting(options: Sequence[Callable[[Any], Any]], value: Any) -> Any:
    for decode in options:
        try:
            return decode(value)
        except (TypeError, ValueError):
            continue
    raise ValueError(f"unexpected {type(value).__name__}")


def _one_of(allowed: frozenset[Any], value: Any) -> Any:
    if isinstance(value, str | int) and not isinstance(value, bool) and value in allowed:
        return value
    raise ValueError(f"unexpected value {str(value)[:40]!r}")


def _tuple_of(item: Callable[[Any], Any], value: Any) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list, got {type(value).__name__}")
    return tuple(item(v) for v in value)


def _fixed_tuple(items: tuple[Callable[[Any], Any], ...], value: Any) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple) or len(value) != len(items):
        raise ValueError(f"expected a list of {len(items)}")
    return tuple(decode(v) for decode, v in zip(items, value, strict=True))


def _exactly(kind: type, value: Any) -> Any:
    if type(value) is not kind:
        raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _number(kind: type, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a number, got {type(value).__name__}")
    if kind is int and not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


# --- reuse ----------------------------------------------------------------------------


# What decoding a stored entry raises when it was stored by an older layout or is
# damaged: the entry is then computed again, never trusted.
UNREADABLE_ENTRY = (KeyError, IndexError, TypeError, ValueError, AttributeError)


def reuse(
    cache: Cache,
    kind: str,
    version: str,
    keys: Sequence[str],
    decode: Callable[[int, Any], R],
    compute: Callable[[list[int]], list[R]],
    encode: Callable[[R], Any],
) -> list[R]:
    """Each key's result: from the cache where stored under `version`, else computed.

    The one pattern every cached stage follows. `decode(position, data)` turns a
    stored value back into a result; one that does not decode (an older layout, a
    damaged row) is a miss. `compute(positions)` is called once with the positions
    still missing (a key repeated is computed once) and returns their results in
    that order; they are stored with `encode`. Which entries to keep for the
    next build is the caller's choice (`Cache.retain`).
    """
    stored = cache.get_many(kind, keys, version)
    found: dict[str, R] = {}
    first: dict[str, int] = {}
    for position, key in enumerate(keys):
        if key in found or key in first:
            continue
        if key in stored:
            try:
                found[key] = decode(position, stored[key])
                continue
            except UNREADABLE_ENTRY:
                pass  # stored by an older layout, or damaged: compute again
        first[key] = position
    todo = list(first.values())
    fresh = compute(todo) if todo else []
    computed = {keys[i]: result for i, result in zip(todo, fresh, strict=True)}
    cache.put_many(kind, {key: encode(result) for key, result in computed.items()}, version)
    found.update(computed)
    return [found[key] for key in keys]


def library_versions(*names: str) -> list[str]:
    """`name version` of each installed distribution (`name absent` if not installed)."""
    return [f"{name} {installed_version(name) or 'absent'}" for name in names]


def installed_version(name: str) -> str | None:
    """The version of the installed distribution `name`, None if it is not installed.

    Read from the name of its `NAME-VERSION.dist-info` folder on `sys.path`, which
    installers write from the same version as the metadata inside: importing
    `importlib.metadata` (and the e-mail parser it reads metadata with) was a
    tenth of a build with nothing to do. Where the folders cannot tell for sure
    (an egg, two copies, a zip archive on the path), `importlib.metadata` is asked.
    """
    installed = _dist_info_versions()
    if installed is not None:
        versions = installed.get(_distribution_key(name))
        if versions is None:
            return None
        if len(versions) == 1 and versions[0] is not None:
            return versions[0]
    import importlib.metadata

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _distribution_key(name: str) -> str:
    """A distribution name as installers spell it in folder names (PEP 503, `_` for `-`)."""
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _dist_info_versions() -> dict[str, list[str | None]] | None:
    """{distribution key: the version each of its metadata folders on sys.path names
    (None: an `.egg-info`)}, or None where only `importlib.metadata` can tell: a
    path entry that is not a folder, or an import finder with distributions of
    its own. (Nothing is installed under a running build.)"""
    import importlib.machinery

    if any(
        hasattr(finder, "find_distributions") and finder is not importlib.machinery.PathFinder
        for finder in sys.meta_path
    ):
        return None
    found: dict[str, list[str | None]] = {}
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return None  # a zip archive
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            return None
        for child in names:
            stem, dot, suffix = child.rpartition(".")
            if suffix == "dist-info":
                name, _, version = stem.partition("-")
                found.setdefault(_distribution_key(name), []).append(version or None)
            elif suffix == "egg-info" and dot:
                found.setdefault(_distribution_key(stem.partition("-")[0]), []).append(None)
    return found


# --- version keys --------------------------------------------------------------------


@cache
def code_version(module: str, *extra: str) -> str:
    """A hash of `module`'s source and of every digest module it imports, transitively,
    with the data files (word lists, patterns) of their packages.

    `extra` adds other facts the results depend on (library versions, settings).
    Editing any of those files changes the key, so stale results are never used.
    """
    digest_hash = hashlib.sha256(f"digest {digest.__version__}\n".encode())
    folders = set()
    for name in sorted(_digest_imports(module)):
        digest_hash.update(_source_hash(name))
        origin = _locate(name).origin
        if origin and origin.is_file():
            folders.add(origin.parent)
    for folder in sorted(folders):
        digest_hash.update(_data_hash(folder))
    for fact in extra:
        digest_hash.update(b"\0" + fact.encode())
    return digest_hash.hexdigest()[:24]


def forget_versions() -> None:
    """Forget the code versions and the hashes they are made of, computed once per process
    (code and word lists do not change under a build): for a process that edits them."""
    for cached in (code_version, _source_hash, _data_hash, _data_files, _direct_imports, _locate):
        cached.cache_clear()


@cache
def _source_hash(name: str) -> bytes:
    """The hash of module `name`'s source (of its name alone if it has none). Each module
    is read once per process, however many stages' versions include it."""
    origin = _locate(name).origin
    source = origin.read_bytes() if origin and origin.is_file() else b""
    return hashlib.sha256(name.encode() + b"\0" + source).digest()


@cache
def _data_hash(folder: Path) -> bytes:
    """The hash of a package's data files, read once per process: a stage's version
    used to read them again for each of the package's modules (1,800 file reads in
    a rebuild with nothing new, the quote finder's 72 word lists among them)."""
    digest_hash = hashlib.sha256()
    for data in _data_files(folder):
        digest_hash.update(data.name.encode() + b"\0" + data.read_bytes())
    return digest_hash.digest()


@cache
def _data_files(folder: Path) -> tuple[Path, ...]:
    """The word lists and patterns a package keeps in its `data/` folder: code as well."""
    data = folder / "data"
    return tuple(sorted(p for p in data.rglob("*") if p.is_file())) if data.is_dir() else ()


def _digest_imports(module: str) -> set[str]:
    """`module` and the digest.* modules it imports (directly or through others)."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_direct_imports(name))
    return {n for n in seen if n.startswith("digest")}


# `import digest.x` and `from digest.x import a, b` / `from . import (a,\n b)`, anywhere
# in a module (imports inside functions count). A match inside a string only makes
# the version depend on one module more.
_IMPORT = re.compile(r"^[ \t]*import[ \t]+(digest(?:\.\w+)+)", re.MULTILINE)
_FROM_IMPORT = re.compile(
    r"^[ \t]*from[ \t]+(\.+[\w.]*|digest(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)",
    re.MULTILINE,
)


@cache
def _direct_imports(name: str) -> tuple[str, ...]:
    """The digest.* modules that module `name` imports itself.

    Cached per module: a build asks for the version of several stages, which
    share most of their modules. Found with two regular expressions rather
    than by parsing: parsing every module took a quarter of a second of each
    rebuild. (Code does not change under a running process.)
    """
    found_module = _locate(name)
    if found_module.origin is None or found_module.origin.suffix != ".py":
        return ()
    source = found_module.origin.read_text(encoding="utf-8")
    package = name if found_module.package else name.rpartition(".")[0]
    found = _IMPORT.findall(source)
    for base, names in _FROM_IMPORT.findall(source):
        if base.startswith("."):
            level = len(base) - len(base.lstrip("."))
            parts = package.split(".")
            parent = ".".join(parts[: len(parts) - level + 1])
            base = f"{parent}.{base.lstrip('.')}" if base.lstrip(".") else parent
        if base == "digest" or base.startswith("digest."):
            if base != "digest":
                found.append(base)
            names = re.sub(r"#[^\n]*", "", names).strip("()")
            imported = (n.split(" as ")[0].strip() for n in names.split(","))
            found.extend(_submodules(base, (n for n in imported if n.isidentifier())))
    return tuple(found)


def _submodules(package: str, names: Iterable[str]) -> list[str]:
    """Those of `names` that are modules of `package` (`from digest.extract import core as extract`).

    A plain module has no submodules, and looking for one would import it (and
    whatever it imports, such as numpy): the names are its attributes.
    """
    if not _locate(package).package:
        return []
    return [f"{package}.{name}" for name in names if _locate(f"{package}.{name}").exists]


@dataclasses.dataclass(frozen=True)
class _Module:
    """Where a module's source is, found without importing anything."""

    exists: bool
    origin: Path | None = None  # its source file (None: a folder without __init__.py)
    package: bool = False  # it has submodules


_PACKAGE_DIR = Path(digest.__file__).resolve().parent


@cache
def _locate(name: str) -> _Module:
    """The source of module `name`.

    digest's own modules are found as files under the package folder: asking
    importlib instead (`find_spec`) imports every parent package of the name,
    and so half the program (the fetcher, the quote finder) on a rebuild that
    needs neither. Other names (a test's probe package) go through importlib.
    """
    top, _, rest = name.partition(".")
    if top == "digest":
        base = _PACKAGE_DIR.joinpath(*rest.split(".")) if rest else _PACKAGE_DIR
        if (base / "__init__.py").is_file():
            return _Module(True, base / "__init__.py", True)
        if base.with_name(base.name + ".py").is_file():
            return _Module(True, base.with_name(base.name + ".py"))
        if base.is_dir():  # a namespace package (a folder of data or templates)
            return _Module(True, None, True)
        return _Module(False)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):  # a module's attribute, not a submodule
        return _Module(False)
    if spec is None:
        return _Module(False)
    origin = Path(spec.origin) if spec.origin and spec.origin != "namespace" else None
    return _Module(True, origin, spec.submodule_search_locations is not None)


def fingerprint(parts: Iterable[tuple[str, str | bytes]]) -> str:
    """One sha256 over named parts (e.g. every page path and content), order as given."""
    h = hashlib.sha256()
    for name, content in parts:
        data = content.encode() if isinstance(content, str) else content
        h.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return h.hexdigest()
