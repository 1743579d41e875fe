"""Reading JSON Lines input (`digest cluster`, `digest quotes`) one line at a time.

Each line stands alone: a line that is not UTF-8, not JSON, nested beyond
Python's recursion limit, not an object, without an id, or with a field of the
wrong type (`"date": 20250408`) is a one-line warning naming the line, and is
skipped; the other lines are processed. A repeated id is warned about too: the
output pairs results with ids, so a second record under one id would make it
ambiguous, and that record is skipped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.errors import DigestError, log, one_line
from digest.safeyaml import short_repr


@dataclass(frozen=True)
class Field:
    """One optional field of a record: the JSON types it may have besides null."""

    name: str
    types: tuple[type, ...] = (str,)


_TYPE_NAMES = {
    str: "a string",
    int: "a number",
    float: "a number",
    list: "a list",
    dict: "an object",
}


def read_records(
    file: str | None, fields: Iterable[Field] = (), stdin: Any = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (where, record) for each usable line of FILE (or stdin).

    Every record yielded has an `id` (a string or a whole number; ids are
    compared as text) and each of `fields` either absent, null or of its types.
    """
    name = one_line(file) if file else "<stdin>"
    checks = tuple(fields)
    seen: dict[str, int] = {}
    for number, raw in enumerate(_lines(file, stdin), 1):
        where = f"{name}:{number}"
        record = _parse(raw, where)
        if record is None:
            continue
        problem = _field_problem(record, checks)
        if problem:
            log.warning("%s: %s, skipped", where, problem)
            continue
        record_id = str(record["id"])
        if record_id in seen:
            log.warning(
                "%s: duplicate id %s (first on line %d), skipped",
                where,
                one_line(short_repr(record_id)),
                seen[record_id],
            )
            continue
        seen[record_id] = number
        yield where, record


def _lines(file: str | None, stdin: Any) -> Iterable[bytes]:
    """The input's lines as bytes (decoded per line, so one bad byte costs one line)."""
    if file:
        try:
            return Path(file).read_bytes().split(b"\n")
        except OSError as exc:
            raise DigestError(f"{one_line(file)}: cannot read: {exc.strerror or exc}") from None
    stream: Any = stdin if stdin is not None else sys.stdin
    lines: Iterable[bytes] = getattr(stream, "buffer", stream)
    return lines


def _parse(raw: bytes | str, where: str) -> dict[str, Any] | None:
    """The line as a JSON object, or None (after a warning; blank lines silently)."""
    try:
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        log.warning("%s: not UTF-8 text, skipped", where)
        return None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        log.warning("%s: not valid JSON (%s), skipped", where, exc.msg)
        return None
    except RecursionError:
        log.warning("%s: JSON nested too deeply, skipped", where)
        return None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        log.warning("%s: unreadable JSON (%s), skipped", where, one_line(str(exc))[:100])
        return None
    if not isinstance(record, dict):
        log.warning("%s: not a JSON object, skipped", where)
        return None
    return record


def _field_problem(record: Mapping[str, Any], fields: Iterable[Field]) -> str | None:
    """Why the record cannot be used, or None."""
    if "id" not in record:
        return "record has no 'id'"
    record_id = record["id"]
    if isinstance(record_id, bool) or not isinstance(record_id, str | int):
        return f"'id' must be a string or a whole number, got {_json_type(record_id)}"
    for field in fields:
        value = record.get(field.name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, field.types):
            wanted = " or ".join(dict.fromkeys(_TYPE_NAMES.get(t, t.__name__) for t in field.types))
            return f"'{field.name}' must be {wanted} or null, got {_json_type(value)}"
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {str: "a string", int: "a number", float: "a number", list: "a list"}.get(
        type(value), "an object"
    )
