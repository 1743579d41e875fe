"""Spread independent per-item work (extraction, quotes, stories) over all cores.

The stages are pure functions of one item, so a process pool can run them;
what must not change is the output. Results come back in input order, and the
log records each call made (warnings naming a file) come back with its result,
for the parent to emit in input order: a build warns the same on one core or
eight, and `--strict` counts the same warnings.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any, TypeVar

from digest.errors import log

T = TypeVar("T")
Records = list[tuple[int, str]]  # (level, message) of what one call logged

PARALLEL_MIN_ITEMS = 24  # below this, starting worker processes costs more than it saves
MAX_WORKERS = 8


def in_workers(function: Callable[[Any], T], items: Sequence[Any]) -> list[tuple[T, Records]]:
    """`function` over `items`, one worker process per core (serial for a few); order kept.

    `function` must be a module-level function (it is pickled to the workers).
    """
    call = partial(_call_logged, function)
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(items) < PARALLEL_MIN_ITEMS or workers < 2:
        return [call(item) for item in items]
    # Small chunks: one pathological document must not leave the other workers idle.
    chunk = max(1, min(4, len(items) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(call, items, chunksize=chunk))


def replay(records: Sequence[tuple[int, str]]) -> None:
    """Emit records kept by `in_workers` (or read from the cache) on the digest logger."""
    for level, message in records:
        log.log(level, "%s", message)


def _call_logged(function: Callable[[Any], T], item: Any) -> tuple[T, Records]:
    """Call `function`, keeping (not emitting) what it logs on the digest logger."""
    records: Records = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append((record.levelno, record.getMessage()))

    saved = log.handlers[:], log.propagate
    log.handlers, log.propagate = [_Keep(level=logging.INFO)], False
    try:
        result = function(item)
    finally:
        log.handlers, log.propagate = saved
    return result, records
