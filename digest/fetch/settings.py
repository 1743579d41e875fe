"""The `fetch:` block of `digest.yml`, parsed once into a frozen, validated value.

`digest.yml` keeps the block as a raw mapping (the configuration module only
knows it is a mapping); this module says what it may contain. It is called when
the configuration is loaded, so `digest build` rejects a bad block as firmly as
`digest fetch` does, and every error names the key (`fetch.max_pages`,
`fetch.feeds[2].url`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from digest.errors import ConfigError

SOURCE_KINDS = ("feeds", "sitemaps", "pages")


@dataclass(frozen=True)
class SourceSpec:
    """One configured URL, with the outlet name to use instead of the one it gives."""

    url: str
    publisher: str | None = None


@dataclass(frozen=True)
class FetchSettings:
    """What `digest fetch` reads from where, and how politely."""

    feeds: tuple[SourceSpec, ...] = ()
    sitemaps: tuple[SourceSpec, ...] = ()
    pages: tuple[SourceSpec, ...] = ()
    folder: str = "fetched"  # under content_dir
    max_age_days: float = 30.0
    max_pages: int = 200
    delay_seconds: float = 1.0
    timeout_seconds: float = 20.0
    max_page_mb: float = 5.0
    allow_private_addresses: bool = False

    @property
    def max_bytes(self) -> int:
        return int(self.max_page_mb * 1024 * 1024)


# key -> (accepted types, description); the README's fetch table says the same.
_NUMBERS: dict[str, tuple[tuple[type, ...], str]] = {
    "max_age_days": (
        (int, float),
        "skip entries older than this (by the feed's or sitemap's date)",
    ),
    "max_pages": ((int,), "at most this many article downloads per run"),
    "delay_seconds": ((int, float), "pause between two requests to the same host"),
    "timeout_seconds": ((int, float), "give up on a request after this long"),
    "max_page_mb": ((int, float), "larger responses are refused"),
}
KEYS: dict[str, str] = {
    "feeds": "RSS 2.0, Atom 1.0 or JSON Feed URLs (a URL, or url + publisher)",
    "sitemaps": "sitemap or news sitemap URLs (indexes are followed)",
    "pages": "single article URLs",
    "folder": "where fetched pages go, under content_dir",
    **{key: description for key, (_, description) in _NUMBERS.items()},
    "allow_private_addresses": "allow loopback and private-network hosts (intranet, tests)",
}


def parse_fetch_settings(raw: object, where: str = "digest.yml") -> FetchSettings:
    """Validate the `fetch:` mapping; raises ConfigError naming the offending key."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: 'fetch' must be a mapping of settings, got {raw!r}")
    for key in raw:
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise ConfigError(f"{where}: unknown key 'fetch.{key}' (known keys: {known})")
    values: dict[str, Any] = {}
    for kind in SOURCE_KINDS:
        if kind in raw and raw[kind] is not None:
            values[kind] = _sources(raw[kind], f"fetch.{kind}", where)
    if not any(values.get(kind) for kind in SOURCE_KINDS):
        raise ConfigError(
            f"{where}: 'fetch' needs at least one source under fetch.feeds, "
            "fetch.sitemaps or fetch.pages"
        )
    for key, (types, _) in _NUMBERS.items():
        if key not in raw:
            continue
        value: Any = raw[key]
        if isinstance(value, bool) or not isinstance(value, types):
            kind = "a whole number" if types == (int,) else "a number"
            raise ConfigError(f"{where}: 'fetch.{key}' must be {kind}, got {value!r}")
        number = float(raw[key])
        if not math.isfinite(number) or number < 0:
            raise ConfigError(f"{where}: 'fetch.{key}' must not be negative, got {value!r}")
        if key in ("timeout_seconds", "max_page_mb") and number <= 0:
            raise ConfigError(f"{where}: 'fetch.{key}' must be above zero, got {value!r}")
        values[key] = value
    if "allow_private_addresses" in raw:
        if not isinstance(raw["allow_private_addresses"], bool):
            raise ConfigError(
                f"{where}: 'fetch.allow_private_addresses' must be true/false, "
                f"got {raw['allow_private_addresses']!r}"
            )
        values["allow_private_addresses"] = raw["allow_private_addresses"]
    if "folder" in raw:
        values["folder"] = _folder(raw["folder"], where)
    return FetchSettings(**values)


def _sources(value: object, key: str, where: str) -> tuple[SourceSpec, ...]:
    if isinstance(value, str | dict):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"{where}: '{key}' must be a list of URLs, got {value!r}")
    specs = []
    for number, item in enumerate(value):
        here = f"{key}[{number}]"
        if isinstance(item, str):
            specs.append(SourceSpec(url=_url(item, here, where)))
            continue
        if not isinstance(item, dict):
            raise ConfigError(
                f"{where}: '{here}' must be a URL or a mapping with url, got {item!r}"
            )
        for name in item:
            if name not in ("url", "publisher"):
                raise ConfigError(f"{where}: unknown key '{here}.{name}' (use url, publisher)")
        if "url" not in item:
            raise ConfigError(f"{where}: '{here}.url' is missing")
        publisher = item.get("publisher")
        if publisher is not None and (not isinstance(publisher, str) or not publisher.strip()):
            raise ConfigError(f"{where}: '{here}.publisher' must be text, got {publisher!r}")
        specs.append(
            SourceSpec(
                url=_url(item["url"], f"{here}.url", where),
                publisher=publisher.strip() if publisher else None,
            )
        )
    return tuple(specs)


def _url(value: object, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: '{key}' must be a URL, got {value!r}")
    url = value.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ConfigError(f"{where}: '{key}' is not a valid URL: {url!r}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: '{key}' must be an http:// or https:// URL, got {url!r}")
    return url


def _folder(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: 'fetch.folder' must be a folder name, got {value!r}")
    path = PurePosixPath(value.strip().replace("\\", "/"))
    if (
        not path.parts
        or path.is_absolute()
        or ".." in path.parts
        or any(p.startswith(".") for p in path.parts)
    ):
        raise ConfigError(
            f"{where}: 'fetch.folder' must be a plain folder inside content_dir, got {value!r}"
        )
    return path.as_posix()
