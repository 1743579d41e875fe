"""Spread independent per-item work (extraction, quotes, stories) over all cores.

The stages are pure functions of one item, so a process pool can run them;
what must not change is the output. Results come back in input order, and the
log records each call made (warnings naming a file) come back with its result,
for the parent to emit in input order: a build warns the same on one core or
eight, and `--strict` counts the same warnings.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import Any, Generic, TypeVar

from digest.errors import log

T = TypeVar("T")
Records = list[tuple[int, str]]  # (level, message) of what one call logged

PARALLEL_MIN_ITEMS = 24  # below this, starting worker processes costs more than it saves
MAX_WORKERS = 8


def in_workers(
    function: Callable[[Any], T],
    items: Sequence[Any],
    meanwhile: Callable[[], object] | None = None,
) -> list[tuple[T, Records]]:
    """`function` over `items`, one worker process per core (a few: here, or see
    `meanwhile`); order kept.

    `function` must be a module-level function (it is pickled to the workers).

    `meanwhile` is work the caller does next anyway and that does not need the
    results (loading the next stage's libraries). With it, a few items go to one
    worker forked for them, and this process calls `meanwhile` while the worker
    works (on one core, or where a fork is not safe: first `meanwhile`, then the
    items, here). For many items on several cores it is not called: the worker
    processes start meanwhile, and what it loads only weighed on them (cold
    builds at 1,000 articles were 2% slower with it, docs/speed.md).
    """
    call = partial(call_logged, function)
    workers = worker_count()
    if not uses_workers(len(items)):
        if meanwhile is None or not items:
            return [call(item) for item in items]
        return beside(partial(_call_each, call, items), meanwhile)
    # Small chunks: one pathological document must not leave the other workers idle.
    chunk = max(1, min(4, len(items) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(call, items, chunksize=chunk))


def uses_workers(count: int) -> bool:
    """Whether `in_workers` over `count` items runs them in worker processes."""
    return count >= PARALLEL_MIN_ITEMS and worker_count() >= 2


def beside(job: Callable[[], T], meanwhile: Callable[[], object]) -> T:
    """`job()` in a worker forked for it while this process calls `meanwhile()`.

    Where a fork is not safe (`can_fork`) or cannot be made, or the worker fails,
    `job()` runs here (after `meanwhile`), and raises what it raises, as without
    a worker.
    """
    try:
        forked = Forked(job) if can_fork() else None
    except OSError:  # no fork to be had (out of processes or memory): as without one
        forked = None
    if forked is None:
        meanwhile()
        return job()
    try:
        meanwhile()
        try:
            return forked.result()
        except ForkedJobFailed:
            return job()
    finally:
        forked.close()


def worker_count() -> int:
    """Worker processes for this machine: one per core, at most MAX_WORKERS."""
    return min(os.cpu_count() or 1, MAX_WORKERS)


class InBackground(Generic[T]):
    """`function` over `items` in worker processes, begun while the caller has other work.

    Made for work that does not need the caller's next step, such as finding
    each article's quotes while the main process clusters. Until `chunks` is
    called, only one chunk per spare core is in flight (`workers - 1`), so the
    caller keeps a core to itself: on two cores, two workers beside the main
    process slowed clustering by as much as they gained. `chunks` then lets
    every worker take chunks, and gives what `in_workers` would have, chunk by
    chunk: the results in input order, each with what its call logged. `close`
    (or leaving the `with` block) stops what has not started.

    The worker processes are started in the constructor, in the caller's thread;
    a thread of this object only hands out the chunks (it never forks).
    """

    # Items per task once the caller waits for the results: few, so that the last
    # tasks end close together.
    CHUNK = 16
    # Items per task while the caller is busy (at most): handing the next task to a
    # spare worker waits on the caller's threads (tens of milliseconds while its
    # work holds the interpreter lock), and the worker idles meanwhile. Quotes found
    # while clustering 1,000 articles on two cores: the cluster and stories stages
    # took 2.25 s together with 16 items a task, 2.12 with 48, 2.03-2.14 with 96.
    AHEAD_CHUNK = 96

    def __init__(
        self, function: Callable[[Any], T], items: Sequence[Any], workers: int | None = None
    ) -> None:
        self._workers = max(2, workers or worker_count())
        call = partial(call_logged, function)
        self._items = items
        self._next = 0  # the first item not handed out yet
        self._slots = threading.Semaphore(self._workers - 1)  # tasks in flight for now
        self._handed: queue.SimpleQueue[Future[list[tuple[T, Records]]] | BaseException | None] = (
            queue.SimpleQueue()
        )
        self._stopped = False
        self._taken = False  # `chunks` called
        self.finished = 0  # items whose results are in (for a progress line)
        self._counting = threading.Lock()
        self._pool = ProcessPoolExecutor(max_workers=self._workers)
        if items:  # the first task starts the worker processes, in this thread
            self._hand_out(call)
        self._feeder = threading.Thread(target=self._feed, args=(call,), daemon=True)
        self._feeder.start()

    def _hand_out(self, call: Callable[[Any], tuple[T, Records]]) -> None:
        """The next items as one task, once a slot is free (none once stopped)."""
        self._slots.acquire()
        if self._stopped:
            return
        chunk = self._items[self._next : self._next + self._task_size()]
        self._next += len(chunk)
        future = self._pool.submit(_call_each, call, chunk)
        future.add_done_callback(partial(self._finished, len(chunk)))
        self._handed.put(future)

    def _task_size(self) -> int:
        """CHUNK once the caller waits; while it is busy, bigger tasks (up to
        AHEAD_CHUNK), but not so big that a few items leave a worker idle later."""
        if self._taken:
            return self.CHUNK
        left = len(self._items) - self._next
        return min(self.AHEAD_CHUNK, max(self.CHUNK, left // self._workers))

    def _finished(self, items: int, _: object) -> None:
        with self._counting:  # callbacks run in the pool's thread, or in the feeder's
            self.finished += items
        self._slots.release()

    def _feed(self, call: Callable[[Any], tuple[T, Records]]) -> None:
        try:
            while self._next < len(self._items) and not self._stopped:
                self._hand_out(call)
        except BaseException as exc:  # a broken pool: `chunks` raises it
            self._handed.put(exc)
        finally:
            self._handed.put(None)  # no more tasks

    def chunks(self) -> Iterator[list[tuple[T, Records]]]:
        """The results task by task (up to AHEAD_CHUNK items each, then CHUNK), in
        input order, as they come in, with every worker at work. To be taken once."""
        if self._taken:  # a second reader would wait forever on the emptied queue
            raise RuntimeError("the results of this InBackground were taken already")
        if self._stopped:  # the tasks not begun were dropped: the results are not whole
            raise RuntimeError("this InBackground was closed before its results were taken")
        self._taken = True
        self._slots.release()  # the caller only waits now: a task for its core too
        while (handed := self._handed.get()) is not None:
            if isinstance(handed, BaseException):
                raise handed
            yield handed.result()

    def also(self, function: Callable[[Any], Any], items: Sequence[Any]) -> Future[list[Any]]:
        """`function` over `items` as one task of the same worker processes, which are
        warm; its result is [(value, records)] in order, as `in_workers` gives. Made for
        work the results make possible (a story, once its articles' quotes are in): it
        starts before chunks not yet handed out, and needs no second pool."""
        return self._pool.submit(_call_each, partial(call_logged, function), items)

    def close(self) -> None:
        """Stop: tasks not begun are dropped, the worker processes end."""
        self._stopped = True
        self._slots.release()  # a feeder waiting for a slot sees the stop
        self._feeder.join()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> InBackground[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Forked(Generic[T]):
    """`job()` in one worker process forked now, while the caller does other work.

    Made for a stage whose inputs are large and already in memory, such as the
    stories the render stage turns into pages: a forked process starts with
    them, so nothing is pickled on the way in (a process pool would pickle
    the stories, 6 MB at 1,000 articles, and then unpickle them); only the
    result comes back through a pipe. `result` returns `job()`'s value, or
    raises `ForkedJobFailed` when the job raised or the process died: the
    caller then does the job itself, which raises what the job raised, with
    its own traceback, as a build without the worker would.

    Only where a fork is safe (`can_fork`): forking a process that runs other
    threads copies their locks in whatever state they are.
    """

    def __init__(self, job: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        self._reader, writer = context.Pipe(duplex=False)
        self._process = context.Process(target=_send_result, args=(job, writer), daemon=True)
        self._process.start()
        writer.close()  # the child holds the other end: end of file when it exits
        self._done = False

    def result(self) -> T:
        """What `job()` returned, once the worker sends it."""
        if self._done:
            raise ForkedJobFailed("the result was taken already")
        self._done = True
        try:
            sent = self._reader.recv()
        except (EOFError, OSError) as exc:
            raise ForkedJobFailed("the worker process ended without a result") from exc
        finally:
            self._reader.close()
            self._process.join()
        ok, value = sent
        if not ok:
            raise ForkedJobFailed(value)
        return value  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop the worker if its result was not taken."""
        if not self._done:
            self._done = True
            self._process.terminate()
            self._process.join()
            self._reader.close()


class ForkedJobFailed(Exception):
    """A `Forked` job raised, or its process died: the caller runs the job itself."""


def can_fork() -> bool:
    """Whether `Forked` may be used here: two cores or more, the fork start method,
    no thread besides this one (a Dask client, a pool's manager thread), and not a
    daemonic process (a pool's worker), which may not have children."""
    return (
        worker_count() >= 2
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not multiprocessing.current_process().daemon
    )


def _send_result(job: Callable[[], Any], writer: Any) -> None:
    """In the forked process: run the job and send (True, value), or (False, why)."""
    try:
        sent: tuple[bool, Any] = (True, job())
    except BaseException as exc:  # the caller runs the job again and sees it raise
        sent = (False, f"{type(exc).__name__}: {exc}")
    try:
        writer.send(sent)
    except Exception as exc:  # a value that does not pickle
        writer.send((False, f"{type(exc).__name__}: {exc}"))
    finally:
        writer.close()


def _call_each(call: Callable[[Any], T], chunk: Sequence[Any]) -> list[T]:
    return [call(item) for item in chunk]


def replay(records: Sequence[tuple[int, str]]) -> None:
    """Emit records kept by `in_workers` (or read from the cache) on the digest logger."""
    for level, message in records:
        log.log(level, "%s", message)


def call_logged(function: Callable[[Any], T], item: Any) -> tuple[T, Records]:
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
