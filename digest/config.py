"""The digest's own configuration: `digest.yml` beside `mkdocs.yml`.

One object, loaded once, validated on load: an unknown key or a value of the
wrong type is a `ConfigError` that names the key, never a traceback later in
the build. Defaults live here (and in the README's configuration table).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from digest.errors import ConfigError

CONFIG_FILE = "digest.yml"
FULL_TEXT_CHOICES = ("fullest", "all", "none")


@dataclass(frozen=True)
class TagRule:
    """One taxonomy entry: a canonical tag and the ways a text can name it."""

    name: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # regular expressions, matched case-sensitively


@dataclass(frozen=True)
class Config:
    """Validated settings. Paths are absolute, resolved against the project root."""

    root: Path
    content_dir: Path
    mkdocs_config: Path
    taxonomy: tuple[TagRule, ...] = ()
    cache_dir: Path | None = None
    max_file_mb: float = 20.0
    follow_symlinks: bool = False  # follow links that stay inside content_dir
    min_article_words: int = 40  # less prose than this is not an article (menu, login page)
    full_text: str = "fullest"  # which variant texts a story page shows (folded)
    key_quotes: int = 5
    home_stories: int = 30
    feed_entries: int = 50
    search_full_text_stories: int = 500  # newest stories indexed in full; older by title
    min_tag_mentions: int = 2  # body mentions needed for a taxonomy tag (title counts double)
    strict: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    config_file: Path | None = None  # where these settings were read from
    taxonomy_file: Path | None = None


# key -> (type(s), description); the README's table is written from the same facts.
_SCHEMA: dict[str, tuple[tuple[type, ...], str]] = {
    "content_dir": ((str,), "folder of source files"),
    "mkdocs_config": ((str,), "the MkDocs configuration the site is built with"),
    "taxonomy": ((str,), "YAML file of tags: name -> aliases and patterns"),
    "cache_dir": ((str, type(None)), "persistent cache folder (null: no cache)"),
    "max_file_mb": ((int, float), "larger source files are skipped with a warning"),
    "follow_symlinks": (
        (bool,),
        "follow symbolic links that stay inside content_dir (others are always refused)",
    ),
    "min_article_words": ((int,), "texts with fewer words of prose are skipped with a warning"),
    "full_text": ((str,), "fullest | all | none: article texts shown on story pages"),
    "key_quotes": ((int,), "how many key quotes a story page shows"),
    "home_stories": ((int,), "how many latest stories the home page lists"),
    "feed_entries": ((int,), "how many stories each feed carries"),
    "search_full_text_stories": ((int,), "newest stories indexed for search in full"),
    "min_tag_mentions": ((int,), "mentions a taxonomy tag needs in a story"),
    "strict": ((bool,), "treat warnings as errors (same as --strict)"),
}

_DEFAULTS: dict[str, Any] = {
    "content_dir": "content",
    "mkdocs_config": "mkdocs.yml",
    "taxonomy": "taxonomy.yml",
    "cache_dir": ".digest-cache",
}


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
    for key, value in raw.items():
        if key not in _SCHEMA:
            known = ", ".join(sorted(_SCHEMA))
            raise ConfigError(f"{where}: unknown key '{key}' (known keys: {known})")
        types, _ = _SCHEMA[key]
        if isinstance(value, bool) and bool not in types:
            raise ConfigError(f"{where}: '{key}' must be {_type_names(types)}, got {value!r}")
        if not isinstance(value, types):
            raise ConfigError(f"{where}: '{key}' must be {_type_names(types)}, got {value!r}")
    settings = {**_DEFAULTS, **raw}
    if settings.get("full_text", "fullest") not in FULL_TEXT_CHOICES:
        raise ConfigError(
            f"{where}: 'full_text' must be one of {', '.join(FULL_TEXT_CHOICES)}, "
            f"got {settings['full_text']!r}"
        )
    for key in (
        "key_quotes",
        "home_stories",
        "feed_entries",
        "search_full_text_stories",
        "min_article_words",
    ):
        if key in settings and settings[key] < 0:
            raise ConfigError(f"{where}: '{key}' must not be negative, got {settings[key]}")
    max_mb = settings.get("max_file_mb", 1)
    if not math.isfinite(max_mb) or max_mb <= 0:
        raise ConfigError(f"{where}: 'max_file_mb' must be a positive number, got {max_mb!r}")

    taxonomy_path = root / settings["taxonomy"]
    taxonomy = load_taxonomy(taxonomy_path) if taxonomy_path.exists() else ()
    cache = settings["cache_dir"]
    simple = {f.name for f in fields(Config)} - {
        "root",
        "content_dir",
        "mkdocs_config",
        "taxonomy",
        "cache_dir",
        "extra",
        "config_file",
        "taxonomy_file",
    }
    return Config(
        root=root,
        taxonomy_file=taxonomy_path.resolve(),
        content_dir=(root / settings["content_dir"]).resolve(),
        mkdocs_config=(root / settings["mkdocs_config"]).resolve(),
        taxonomy=taxonomy,
        cache_dir=(root / cache).resolve() if cache else None,
        **{k: settings[k] for k in simple if k in settings},
    )


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
        where = f"{path.name}: tag '{name}'"
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{path.name}: tag names must be non-empty strings, got {name!r}")
        if spec is None:
            spec = {}
        elif isinstance(spec, list):
            spec = {"aliases": spec}
        if not isinstance(spec, dict):
            raise ConfigError(f"{where} must map to aliases/patterns, got {spec!r}")
        for key in spec:
            if key not in ("aliases", "patterns"):
                raise ConfigError(f"{where}: unknown key '{key}' (use aliases, patterns)")
        aliases = _string_list(spec.get("aliases", []), f"{where}: 'aliases'")
        patterns = _string_list(spec.get("patterns", []), f"{where}: 'patterns'")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern {pattern!r}: {exc}") from None
        rules.append(TagRule(name=name.strip(), aliases=aliases, patterns=patterns))
    return tuple(sorted(rules, key=lambda r: r.name.casefold()))


def _string_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings, got {value!r}")
    return tuple(v for v in value if v.strip())


def _read_yaml_mapping(path: Path, what: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
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
    names = {bool: "true/false", int: "a number", float: "a number", str: "a string"}
    return " or ".join(dict.fromkeys(names.get(t, "null") for t in types))


def schema_rows() -> list[tuple[str, str, str]]:
    """(key, default, description) for documentation and the docs test."""
    defaults = {f.name: f.default for f in fields(Config)}
    rows = []
    for key, (_, description) in _SCHEMA.items():
        default = _DEFAULTS.get(key, defaults.get(key))
        rows.append((key, repr(default), description))
    return rows
