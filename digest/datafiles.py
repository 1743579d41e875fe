"""Word lists and patterns shipped beside the code, read once and checked on reading.

A package keeps the vocabulary its rules look for in a `data/` folder (a YAML
mapping of named lists), so the vocabulary can be read and extended without
touching the rules. Such a file is part of the program: when one is malformed
(a missing key, a list that holds a number, a pattern that does not compile,
`on` that YAML reads as true), the command stops with one line naming the file
and the key, instead of failing later, somewhere else, with a KeyError or a
TypeError about a value nobody can trace back to its file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from digest import safeyaml
from digest.errors import DigestError


class DataFileError(DigestError):
    """A word list or pattern file of the package is missing or malformed."""


@dataclass(frozen=True)
class DataFile:
    """The named lists of one data file; each accessor checks the shape of its key."""

    path: Path
    content: Mapping[object, object]

    @classmethod
    def read(cls, path: Path) -> DataFile:
        """The mapping of the YAML file at `path`, or DataFileError naming the file."""
        try:
            content = safeyaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise DataFileError(f"{path}: cannot be read: {_first_line(exc)}") from exc
        if not isinstance(content, dict):
            raise DataFileError(f"{path}: expected a mapping of named lists")
        return cls(path, content)

    def error(self, key: str, problem: str) -> DataFileError:
        return DataFileError(f"{self.path}: key '{key}': {problem}")

    def words(self, key: str) -> tuple[str, ...]:
        """A non-empty list of non-empty strings (words, phrases or patterns)."""
        value = self._get(key)
        if not isinstance(value, list) or not value:
            raise self.error(key, "expected a non-empty list")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item:
                raise self.error(key, f"item {i + 1} is {item!r}, expected a non-empty string")
        return tuple(value)

    def patterns(self, key: str) -> tuple[str, ...]:
        """A list of regular expressions, each one compiling on its own."""
        entries = self.words(key)
        for i, entry in enumerate(entries):
            try:
                re.compile(entry)
            except re.error as exc:
                raise self.error(key, f"item {i + 1} ({entry!r}) is no pattern: {exc}") from exc
        return entries

    def pattern(self, key: str, groups: tuple[str, ...] = ()) -> str:
        """One regular expression that compiles and has the named `groups`."""
        value = self._get(key)
        if not isinstance(value, str) or not value:
            raise self.error(key, "expected a pattern (a non-empty string)")
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise self.error(key, f"is no pattern: {exc}") from exc
        missing = [g for g in groups if g not in compiled.groupindex]
        if missing:
            raise self.error(key, f"the pattern has no group named {missing[0]!r}")
        return value

    def groups(self, key: str, count: int) -> tuple[tuple[str, ...], ...]:
        """Exactly `count` lists of words (the months of the year, ...)."""
        value = self._get(key)
        if not isinstance(value, list) or len(value) != count:
            raise self.error(key, f"expected a list of {count} lists")
        groups = []
        for i, group in enumerate(value):
            if not isinstance(group, list) or not group:
                raise self.error(key, f"item {i + 1} is {group!r}, expected a non-empty list")
            if not all(isinstance(w, str) and w for w in group):
                raise self.error(key, f"item {i + 1} holds something other than words")
            groups.append(tuple(group))
        return tuple(groups)

    def table(self, key: str) -> dict[str, str]:
        """A non-empty mapping of strings to strings."""
        value = self._get(key)
        if not isinstance(value, dict) or not value:
            raise self.error(key, "expected a non-empty mapping")
        for name, item in value.items():
            if not isinstance(name, str) or not isinstance(item, str) or not item:
                raise self.error(key, f"entry {name!r}: {item!r} is not a string to a string")
        return dict(value)

    def _get(self, key: str) -> object:
        if key not in self.content:
            raise self.error(key, "missing")
        return self.content[key]


def _first_line(exc: BaseException) -> str:
    """A parser's complaint in one line, with the line it stands on when known."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    if mark is not None and problem:
        return f"line {mark.line + 1}: {problem}"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
