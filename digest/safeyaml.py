"""YAML with a budget: every YAML file the project reads goes through here.

`yaml.safe_load` never executes anything, but it trusts the document's shape:
a front matter nested a thousand levels deep ends in a RecursionError (the
composer and constructor recurse once per level), and a sidecar of one 500 KB
string referenced 160,000 times through aliases ("billion laughs") expands to
gigabytes. Before a document is composed, its event stream (which PyYAML and
libyaml produce without recursion) is walked once to measure both: nesting
depth, and the size the document would have with every alias expanded. A
document over either limit is refused with `YAMLLimitError`, a
`yaml.YAMLError`, so callers that already treat invalid YAML as a warning or a
configuration error need nothing new. Messages name the limit, never the value.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 64
"""Deepest nesting of mappings and sequences accepted (configuration and
metadata files are a handful of levels deep)."""

ALIAS_ALLOWANCE = 10_000
"""Expanded size (in characters and nodes, see `expanded_size`) that aliases may
add beyond the size of the text itself."""


class YAMLLimitError(yaml.YAMLError):
    """The document is too deeply nested or expands too much through aliases."""


_CLoader = getattr(yaml, "CSafeLoader", None)


def check_limits(text: str, max_depth: int = MAX_DEPTH, allowance: int = ALIAS_ALLOWANCE) -> None:
    """Raise YAMLLimitError if `text` nests deeper than `max_depth` or its aliases
    would expand it beyond its own length plus `allowance`; yaml.YAMLError if it
    does not parse."""
    budget = 2 * len(text) + allowance
    limit_message = f"aliases expand the document beyond {budget:,} characters, refused"
    # Per open collection: [anchor or None, expanded size so far].
    open_sizes: list[list[Any]] = [[None, 0]]
    anchored: dict[str, int] = {}
    total = 0  # the expanded size of everything seen so far
    for event in _events(text):
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_sizes) > max_depth:
                raise YAMLLimitError(f"nested more than {max_depth} levels deep, refused")
            open_sizes.append([event.anchor, 1])
            total += 1
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_sizes.pop()
            if anchor:
                anchored[anchor] = size
        elif isinstance(event, yaml.ScalarEvent):
            size = 1 + len(event.value)
            if event.anchor:
                anchored[event.anchor] = size
            total += size
        elif isinstance(event, yaml.AliasEvent):
            size = anchored.get(event.anchor or "", 1)
            total += size
        else:
            continue
        open_sizes[-1][1] += size
        if total > budget:
            raise YAMLLimitError(limit_message)


def _events(text: str) -> Any:
    """The parser's event stream: libyaml's when PyYAML has it, else PyYAML's own
    (on a libyaml error the pure parser runs again, as `safe_load` does)."""
    if _CLoader is not None:
        try:
            return list(yaml.parse(text, Loader=_CLoader))
        except yaml.YAMLError:
            pass
    return yaml.parse(text, Loader=yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load` within the limits (libyaml's parser when available, which
    is several times faster; both feed the same SafeConstructor)."""
    check_limits(text)
    if _CLoader is not None:
        try:
            return yaml.load(text, Loader=_CLoader)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_with(text: str, loader: type) -> Any:
    """`yaml.load` with a given (safe) Loader class, within the limits."""
    check_limits(text)
    return yaml.load(text, Loader=loader)


def short_repr(value: object, limit: int = 60) -> str:
    """A value for an error message: its repr, cut short, so a message never
    prints a whole expanded document. Containers are described, not shown."""
    if isinstance(value, dict | list | tuple | set):
        return f"a {type(value).__name__} of {len(value)} item(s)"
    text = repr(value) if not isinstance(value, str) else repr(value[: limit + 1])
    return text if len(text) <= limit else text[: limit - 3] + "..."
