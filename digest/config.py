"""The digest's own configuration: `digest.yml` beside `mkdocs.yml`.

One object, loaded once, validated on load: an unknown key or a value of the
wrong type is a `ConfigError` that names the key, never a traceback later in
the build. Each key is declared once, on its `Config` field (type, default, one
line of doc); docs/configuration.md holds the reference table generated from
those declarations (`configuration_table`), and a test keeps the two equal.
"""

from __future__ import annotations

import math
import re
import types
import typing
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Union

import yaml

from digest.errors import ConfigError
from digest.safeyaml import safe_load, short_repr

CONFIG_FILE = "digest.yml"
FULL_TEXT_CHOICES = ("fullest", "all", "none")


@dataclass(frozen=True)
class TagRule:
    """One taxonomy entry: a canonical tag and the ways a text can name it."""

    name: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # regular expressions, matched case-sensitively


def setting(
    default: Any,
    doc: str,
    *,
    key: str | None = None,
    choices: tuple[str, ...] = (),
    minimum: float | None = None,
) -> Any:
    """Declare one `digest.yml` key on a Config field: its default, one line of doc,
    and the checks beyond its type (the type is the field's annotation). `key` is
    the name in digest.yml when it differs from the field's."""
    meta = {"doc": doc, "key": key, "choices": choices, "minimum": minimum, "default": default}
    if isinstance(default, Path):  # resolved against the project root on load
        return field(default=None, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Config:
    """Validated settings. Paths are absolute, resolved against the project root.

    Every field declared with `setting` is a key of digest.yml, declared only
    here: validation, the error messages and the configuration reference in the
    docs all come from these declarations.
    """

    root: Path
    content_dir: Path = setting(Path("content"), "folder of source files")
    mkdocs_config: Path = setting(
        Path("mkdocs.yml"), "the MkDocs configuration the site is built with"
    )
    taxonomy_file: Path = setting(
        Path("taxonomy.yml"), "YAML file of tags: name -> aliases and patterns", key="taxonomy"
    )
    cache_dir: Path | None = setting(
        Path(".digest-cache"), "persistent cache folder (`null`: no cache)"
    )
    max_file_mb: float = setting(
        20.0, "larger source files are skipped with a warning (MB = 10⁶ bytes)", minimum=1e-9
    )
    follow_symlinks: bool = setting(
        False,
        "follow symbolic links that stay inside `content_dir` "
        "(links that lead outside it are always refused)",
    )
    min_article_words: int = setting(
        40,
        "a cleaned page with less prose than this is not an article (warned, skipped)",
        minimum=0,
    )
    full_text: str = setting(
        "fullest",
        "which article texts a story page shows, folded: `fullest`, `all` or `none`",
        choices=FULL_TEXT_CHOICES,
    )
    key_quotes: int = setting(5, "how many key quotes a story page shows", minimum=0)
    home_stories: int = setting(
        30,
        "how many top stories the front page shows (and the most covered and latest views)",
        minimum=0,
    )
    feed_entries: int = setting(50, "how many stories each feed carries", minimum=0)
    search_full_text_stories: int = setting(
        500,
        "newest stories searchable by their full text; older ones by headline, lead, quotes "
        "and outlets",
        minimum=0,
    )
    min_tag_mentions: int = setting(
        2, "mentions a taxonomy tag needs in one article (a title mention counts double)", minimum=0
    )
    tagged_stories_only: bool = setting(
        False,
        "render only the stories that carry at least one taxonomy tag: the digest of a "
        "topic out of a general crawl; the build reports how many it kept "
        "(see [Beyond one machine](scale.md#topic-selection-tagged_stories_only))",
    )
    strict: bool = setting(False, "treat warnings as errors (same as `--strict`)")
    lock_timeout: float = setting(
        600.0,
        "seconds a build waits for another build of the same project before giving up "
        "(see [One build at a time](input.md#one-build-at-a-time))",
        minimum=0,
    )
    # kept as written; its keys are checked by digest.fetch.settings when the configuration loads
    fetch: dict | None = setting(  # type: ignore[type-arg]
        None,
        "feeds, sitemaps and pages for `digest fetch`, and how politely to fetch them "
        "(see [Fetching articles](fetch.md))",
    )
    taxonomy: tuple[TagRule, ...] = ()  # read from taxonomy_file
    config_file: Path | None = None  # where these settings were read from


@dataclass(frozen=True)
class Key:
    """One digest.yml key, as declared on its Config field."""

    name: str
    field: str
    types: tuple[type, ...]
    default: Any
    doc: str
    choices: tuple[str, ...]
    minimum: float | None


def keys() -> dict[str, Key]:
    """Every digest.yml key by name, in declaration order."""
    hints = typing.get_type_hints(Config)
    found = {}
    for f in fields(Config):
        if "doc" not in f.metadata:
            continue
        name = f.metadata["key"] or f.name
        found[name] = Key(
            name=name,
            field=f.name,
            types=_yaml_types(hints[f.name]),
            default=f.metadata["default"],
            doc=f.metadata["doc"],
            choices=f.metadata["choices"],
            minimum=f.metadata["minimum"],
        )
    return found


def _yaml_types(hint: Any) -> tuple[type, ...]:
    """The YAML value types a field accepts: a path is written as a string, a float
    may be written as an integer, an optional field may be null."""
    args = typing.get_args(hint) if typing.get_origin(hint) in (Union, types.UnionType) else ()
    members = args or (hint,)
    accepted: list[type] = []
    for member in members:
        if member is type(None):
            accepted.append(type(None))
        elif member is Path:
            accepted.append(str)
        elif member is float:
            accepted.extend((int, float))
        else:
            accepted.append(member)
    return tuple(dict.fromkeys(accepted))


def load_config(root: Path | str = ".", path: Path | str | None = None) -> Config:
    """Read `digest.yml` (optional: every key has a default) and validate it."""
    root = Path(root).resolve()
    config_path = Path(path) if path else root / CONFIG_FILE
    raw: dict[str, Any] = {}
    if config_path.exists():
        raw = _read_yaml_mapping(config_path, "configuration")
    config = config_from_mapping(raw, root=root, where=config_path.name)
    return replace(config, config_file=config_path.resolve())


def config_from_mapping(raw: dict[str, Any], root: Path, where: str = CONFIG_FILE) -> Config:
    """Validate a mapping of settings; every problem names its key."""
    declared = keys()
    values: dict[str, Any] = {}
    for name, value in raw.items():
        key = declared.get(str(name))
        if key is None:
            known = ", ".join(sorted(declared))
            raise ConfigError(f"{where}: unknown key {short_repr(name)} (known keys: {known})")
        values[key.field] = _checked(key, value, where)
    for key in declared.values():
        if isinstance(key.default, Path):  # a folder or file, relative to the project root
            value = values.get(key.field, key.default)
            values[key.field] = (root / value).resolve() if value is not None else None
    if values.get("fetch") is not None:
        from digest.fetch.settings import parse_fetch_settings

        parse_fetch_settings(values["fetch"], where)  # a bad block stops `digest build` too
    taxonomy_file = values["taxonomy_file"]
    taxonomy = load_taxonomy(taxonomy_file) if taxonomy_file.exists() else ()
    return Config(root=root, taxonomy=taxonomy, **values)


def _checked(key: Key, value: Any, where: str) -> Any:
    """The value if it fits the key's declaration, else a ConfigError naming the key."""
    if isinstance(value, bool) and bool not in key.types:
        raise ConfigError(
            f"{where}: '{key.name}' must be {_type_names(key.types)}, got {short_repr(value)}"
        )
    if not isinstance(value, key.types):
        shown = value if isinstance(value, str | int | float | type(None)) else type(value).__name__
        raise ConfigError(
            f"{where}: '{key.name}' must be {_type_names(key.types)}, got {short_repr(shown)}"
        )
    if key.choices and value not in key.choices:
        raise ConfigError(
            f"{where}: '{key.name}' must be one of {', '.join(key.choices)}, got {short_repr(value)}"
        )
    if (
        key.minimum is not None
        and isinstance(value, int | float)
        and (not math.isfinite(value) or value < key.minimum)
    ):
        limit = "positive" if key.minimum > 0 else "not negative"
        raise ConfigError(f"{where}: '{key.name}' must be {limit}, got {short_repr(value)}")
    return value


def check_output_folder(folder: Path, config: Config, key: str) -> None:
    """Refuse an output folder whose replacement would destroy inputs.

    The build replaces docs_dir and site_dir wholesale (build aside, then swap),
    so `docs_dir: content` or `site_dir: .` would delete the sources or the
    project. Raises ConfigError naming the key.
    """
    folder = folder.resolve()
    protected = {
        "the project folder": config.root,
        "the content folder": config.content_dir,
        "the MkDocs configuration": config.mkdocs_config,
        "the templates folder": config.root / "site_templates",
    }
    for what, path in protected.items():
        if folder == path or folder in path.parents:
            raise ConfigError(f"{key}: {folder} would replace {what}; choose another folder")
    if config.content_dir in folder.parents:
        raise ConfigError(f"{key}: {folder} is inside the content folder; choose another folder")


def load_taxonomy(path: Path) -> tuple[TagRule, ...]:
    """Read the tag taxonomy: `Tag: {aliases: [...], patterns: [...]}` per entry.

    An entry may also be a plain list of aliases, or null (the name alone).
    """
    raw = _read_yaml_mapping(path, "taxonomy")
    rules = []
    for name, spec in raw.items():
        where = f"{path.name}: tag {short_repr(name)}"
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(
                f"{path.name}: tag names must be non-empty strings, got {short_repr(name)}"
            )
        if spec is None:
            spec = {}
        elif isinstance(spec, list):
            spec = {"aliases": spec}
        if not isinstance(spec, dict):
            raise ConfigError(f"{where} must map to aliases/patterns, got {short_repr(spec)}")
        for key in spec:
            if key not in ("aliases", "patterns"):
                raise ConfigError(f"{where}: unknown key {short_repr(key)} (use aliases, patterns)")
        aliases = _string_list(spec.get("aliases", []), f"{where}: 'aliases'")
        patterns = _string_list(spec.get("patterns", []), f"{where}: 'patterns'")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern {short_repr(pattern)}: {exc}") from None
        rules.append(TagRule(name=name.strip(), aliases=aliases, patterns=patterns))
    return tuple(sorted(rules, key=lambda r: r.name.casefold()))


def _string_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings, got {short_repr(value)}")
    return tuple(v for v in value if v.strip())


def _read_yaml_mapping(path: Path, what: str) -> dict[str, Any]:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path.name}: cannot read {what}: {exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path.name}: invalid YAML in {what}: {_yaml_problem(exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: {what} must be a mapping of keys to values")
    return data


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} (line {mark.line + 1})" if mark else str(problem)


def _type_names(types: tuple[type, ...]) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        dict: "a mapping",
    }
    return " or ".join(dict.fromkeys(names.get(t, "null") for t in types))


def schema_rows() -> list[tuple[str, str, str]]:
    """(key, default as written in YAML, description): the configuration reference."""
    rows = []
    for key in keys().values():
        default = key.default
        shown = (
            "null"
            if default is None
            else str(default).lower()
            if isinstance(default, bool)
            else default.as_posix()
            if isinstance(default, Path)
            else str(default)
        )
        rows.append((key.name, shown, key.doc))
    return rows


def configuration_table() -> str:
    """The configuration reference as a Markdown table (docs/configuration.md holds it)."""
    lines = ["| key | default | meaning |", "| --- | --- | --- |"]
    lines.extend(f"| `{key}` | `{default}` | {doc} |" for key, default, doc in schema_rows())
    return "\n".join(lines) + "\n"
