"""Where the heavy per-item work runs: this machine's cores, or a Dask cluster.

The stages call an `Executor` instead of a pool or a cluster directly, so the
pipeline reads the same whichever runs the work, and the output cannot depend
on it: results come back in input order with the warnings each call logged
(replayed by the caller in that order, as `digest.parallel.in_workers` does).

Two executors:

- `LocalExecutor`: this machine, through `in_workers` (a process pool for
  enough items; for a few, serially, or in one forked worker while the caller
  does other work). The default; needs nothing installed.
- `DaskExecutor`: the workers of a `dask.distributed` cluster (`--dask
  tcp://host:8786`), or a `LocalCluster` with one single-threaded worker
  process per core (`--dask local`). Needs the `dask` extra.

Besides `map` (results gathered to the caller), an executor can leave results
where they were computed (`keep`, returning handles that later calls take as
arguments, `gather` fetching them), place one value on every worker (`put`)
and run an unbounded input through a bounded window (`stream`): the client
then holds a few batches at a time, never the whole input. Locally a handle
is simply the value.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice
from typing import Any, Protocol, TypeVar

from digest.errors import DigestError
from digest.parallel import Records, call_logged, in_workers

T = TypeVar("T")

INSTALL_HINT = "--dask needs the dask extra: pip install 'digest[dask]'"
STREAM_CHUNK = 16  # items per task: one scheduler round trip per item costs more than a page
STREAM_WINDOW = 4  # chunks in flight per worker: enough to keep it busy, little to hold


class Executor(Protocol):
    """What a stage needs to spread work; see the module docstring."""

    workers: int
    remote: bool  # True: work and data leave this process (stages then ship less)

    def map(
        self,
        function: Callable[..., T],
        items: Sequence[Any],
        shared: Any = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> list[tuple[T, Records]]:
        """`function(item)` (or `function(shared, item)`) for every item, in order.
        `meanwhile`, the caller's next work, may be done while a few items are
        (see `in_workers`); the caller must not count on it being called."""
        ...

    def keep(
        self, function: Callable[..., Any], items: Sequence[Any], shared: Any = None
    ) -> list[Any]:
        """Like `map`, but the results stay where they were computed (handles)."""
        ...

    def gather(self, handles: Sequence[Any]) -> list[Any]:
        """The values behind handles from `keep` or `put`."""
        ...

    def put(self, value: Any, everywhere: bool = False) -> Any:
        """A handle to `value`, placed on one worker (or copied to all)."""
        ...

    def stream(
        self, function: Callable[[Any], T], items: Iterable[Any], chunk: int = STREAM_CHUNK
    ) -> Iterator[tuple[T, Records]]:
        """`function` over an iterable of any length; in order, a bounded window in flight."""
        ...

    def close(self) -> None: ...


class LocalExecutor:
    """This machine: `in_workers` for `map`, plain calls for the rest."""

    remote = False

    def __init__(self) -> None:
        self.workers = os.cpu_count() or 1

    def map(
        self,
        function: Callable[..., T],
        items: Sequence[Any],
        shared: Any = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> list[tuple[T, Records]]:
        call = function if shared is None else partial(_run, function, shared)
        if shared is not None:  # a partial over a large value is not worth pickling per item
            return [call_logged(call, item) for item in items]
        return in_workers(call, items, meanwhile)

    def keep(
        self, function: Callable[..., Any], items: Sequence[Any], shared: Any = None
    ) -> list[Any]:
        return [_run(function, shared, item) for item in items]

    def gather(self, handles: Sequence[Any]) -> list[Any]:
        return list(handles)

    def put(self, value: Any, everywhere: bool = False) -> Any:
        return value

    def stream(
        self, function: Callable[[Any], T], items: Iterable[Any], chunk: int = STREAM_CHUNK
    ) -> Iterator[tuple[T, Records]]:
        iterator = iter(items)
        # Batches big enough for the process pool to pay off, small enough to hold.
        size = max(chunk, 16) * 8 * max(1, self.workers)
        while batch := list(islice(iterator, size)):
            yield from in_workers(function, batch)

    def close(self) -> None:
        return None


class DaskExecutor:
    """The workers of a dask.distributed cluster; see `connect`."""

    remote = True

    def __init__(self, client: Any, cluster: Any = None) -> None:
        self.client = client
        self._cluster = cluster
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))

    def map(
        self,
        function: Callable[..., T],
        items: Sequence[Any],
        shared: Any = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> list[tuple[T, Records]]:
        # Chunks of items per task: a scheduler round trip costs more than a small item.
        size = max(1, min(STREAM_CHUNK, len(items) // (self.workers * 4)))
        chunks = [list(items[i : i + size]) for i in range(0, len(items), size)]
        # `meanwhile` is not called: the caller does that work afterwards, as without it.
        done = self.gather(self._submit(partial(_run_chunk, function), chunks, shared))
        return [outcome for chunk in done for outcome in chunk]

    def keep(
        self, function: Callable[..., Any], items: Sequence[Any], shared: Any = None
    ) -> list[Any]:
        return self._submit(partial(_run, function), items, shared)

    def gather(self, handles: Sequence[Any]) -> list[Any]:
        with _cluster_failures():
            return list(self.client.gather(list(handles)))

    def put(self, value: Any, everywhere: bool = False) -> Any:
        # Wrapped in a list: scatter would spread a list's elements separately.
        return self.client.scatter([value], broadcast=everywhere, hash=False)[0]

    def stream(
        self, function: Callable[[Any], T], items: Iterable[Any], chunk: int = STREAM_CHUNK
    ) -> Iterator[tuple[T, Records]]:
        """Chunks of `chunk` items are tasks; at most STREAM_WINDOW per worker are in
        flight, so the client holds that many chunks of input and output at most."""
        iterator = iter(items)
        pending: deque[Any] = deque()
        window = STREAM_WINDOW * self.workers
        call = partial(_run_chunk, function, None)
        while True:
            while len(pending) < window and (batch := list(islice(iterator, chunk))):
                pending.append(self.client.submit(call, batch, pure=False))
            if not pending:
                return
            future = pending.popleft()
            with _cluster_failures():
                results = future.result()
            future.release()
            yield from results

    def _submit(self, call: Callable[..., Any], items: Sequence[Any], shared: Any) -> list[Any]:
        """One task per item; `shared` (a handle from `put`, or a value) goes to each."""
        if not items:
            return []
        from distributed import Future

        if shared is not None and not isinstance(shared, Future):
            shared = self.put(shared, everywhere=True)
        # One submit per item (not client.map): submit also resolves handles nested in
        # an item's tuples and dicts, which stages use to pass several batches.
        return [self.client.submit(call, shared, item, pure=False) for item in items]

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


@contextlib.contextmanager
def _cluster_failures() -> Iterator[None]:
    """A failure on the cluster (a lost worker, a scheduler that cannot load digest's
    code) is a one-line error, never a traceback of the cluster's internals."""
    try:
        yield
    except (DigestError, KeyboardInterrupt):
        raise
    except Exception as exc:
        text = str(exc).strip()
        first = text.splitlines()[0] if text else ""
        raise DigestError(
            f"work on the Dask cluster failed ({type(exc).__name__}: {first}); the scheduler "
            "and every worker need this same version of digest installed"
        ) from None


def _run(function: Callable[..., T], shared: Any, item: Any) -> T:
    """One task: `function(item)`, or `function(shared, item)` when there is a shared value."""
    return function(item) if shared is None else function(shared, item)


def _run_chunk(
    function: Callable[..., T], shared: Any, chunk: list[Any]
) -> list[tuple[T, Records]]:
    return [call_logged(partial(_run, function, shared), item) for item in chunk]


def or_local(executor: Executor | None) -> Executor:
    """The executor a stage was given, else this machine's."""
    return executor if executor is not None else LocalExecutor()


def connect(address: str | None) -> Executor:
    """The executor for `--dask ADDRESS` (None: this machine).

    `local` starts a LocalCluster on loopback with one single-threaded worker
    process per core (the stages are pure Python: threads would share one GIL).
    Anything else is a scheduler address (`tcp://host:8786`); its workers must
    have this same version of digest installed.
    """
    if not address:
        return LocalExecutor()
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DigestError(INSTALL_HINT) from None
    # The cluster's own chatter (worker start and stop) is not the command's output.
    for name in ("distributed", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # a free loopback port: no clash
            )
            return DaskExecutor(Client(cluster), cluster)
        _check_reachable(address)
        return DaskExecutor(Client(address, timeout="20s"))
    except (OSError, TimeoutError) as exc:
        raise DigestError(f"--dask {address}: cannot reach the scheduler ({exc})") from None
    except ValueError as exc:  # a malformed address
        raise DigestError(f"--dask {address}: {exc}") from None


def _check_reachable(address: str) -> None:
    """Fail at once (not after the client's 20 s of retries) when nothing listens there."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme in ("tcp", "tls") and parts.hostname and parts.port:
        with socket.create_connection((parts.hostname, parts.port), timeout=5):
            pass
