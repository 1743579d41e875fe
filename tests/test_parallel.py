"""Per-item work in worker processes: same results and warnings as one by one, in order."""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

import pytest

from digest import parallel
from digest.errors import log
from digest.parallel import InBackground, in_workers
from tests.fresh import NO_FORK, in_fresh_process


def _square_and_warn(n: int) -> int:
    if n % 3 == 0:
        log.warning("item %d: a multiple of three", n)
    return n * n


def _fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def _timed_call(job: tuple[str, int]) -> int:
    """Sleep a little, recording when this call ran (a file per item)."""
    folder, n = job
    start = time.monotonic()
    time.sleep(0.04)
    Path(folder, f"{n}.txt").write_text(f"{start} {time.monotonic()}", encoding="utf-8")
    return n


def _every_result(work: InBackground) -> list:
    return [outcome for chunk in work.chunks() for outcome in chunk]


def test_in_background_gives_what_in_workers_gives():
    items = list(range(40))
    with InBackground(_square_and_warn, items, workers=2) as work:
        found = _every_result(work)
    assert work.finished == len(items)
    assert found == in_workers(_square_and_warn, items)
    assert [n for n, _ in found] == [n * n for n in items]
    assert found[3][1] == [(30, "item 3: a multiple of three")]
    assert found[4][1] == []


def test_in_background_gives_its_chunks_in_order_and_more_work_to_its_workers():
    items = list(range(3 * InBackground.AHEAD_CHUNK + 1))
    with InBackground(_square_and_warn, items, workers=2) as work:
        chunks = list(work.chunks())
        more = work.also(_square_and_warn, [6, 7]).result()
    assert len(chunks[0]) == InBackground.AHEAD_CHUNK  # handed out before the caller asked
    assert {len(chunk) for chunk in chunks[1:-1]} <= {InBackground.AHEAD_CHUNK, InBackground.CHUNK}
    assert [n for chunk in chunks for n, _ in chunk] == [n * n for n in items]
    assert more == [(36, [(30, "item 6: a multiple of three")]), (49, [])]


def test_in_background_hands_out_big_tasks_until_asked_then_small_ones(tmp_path, monkeypatch):
    """While the caller is busy few hand-outs (each waits on its threads); once it
    waits for the results, small tasks, so the last ones end close together."""
    monkeypatch.setattr(InBackground, "AHEAD_CHUNK", 4)
    monkeypatch.setattr(InBackground, "CHUNK", 2)
    items = [(str(tmp_path), n) for n in range(40)]
    with InBackground(_timed_call, items, workers=2) as work:
        _wait_for(lambda: work.finished >= 8)  # two tasks of four done meanwhile
        sizes = [len(chunk) for chunk in work.chunks()]
    assert sum(sizes) == len(items)
    ahead = list(itertools.takewhile(lambda size: size == 4, sizes))
    assert len(ahead) >= 2
    assert set(sizes[len(ahead) :]) == {2}


def test_in_background_tasks_ahead_are_smaller_for_few_items(monkeypatch):
    """A few items are not all one task ahead: the other workers get some too."""
    monkeypatch.setattr(InBackground, "AHEAD_CHUNK", 96)
    monkeypatch.setattr(InBackground, "CHUNK", 4)
    with InBackground(_square_and_warn, list(range(40)), workers=2) as work:
        sizes = [len(chunk) for chunk in work.chunks()]
    assert sizes[0] == 20 and sum(sizes) == 40


def test_in_background_of_nothing_gives_nothing():
    with InBackground(_square_and_warn, [], workers=2) as work:
        assert list(work.chunks()) == []


def test_in_background_closed_hands_out_nothing_more(tmp_path, monkeypatch):
    """Closing drops the tasks not handed out (a failed build does not wait for
    them), and the results are then not whole: asking for them is an error."""
    monkeypatch.setattr(InBackground, "AHEAD_CHUNK", 4)
    work = InBackground(_timed_call, [(str(tmp_path), n) for n in range(40)], workers=2)
    work.close()
    assert len(list(tmp_path.iterdir())) <= 4  # the first task, already begun
    with pytest.raises(RuntimeError, match="closed"):
        list(work.chunks())


def _wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_in_background_raises_what_a_call_raised():
    work = InBackground(_fail_on_seven, list(range(20)), workers=2)
    with work, pytest.raises(ValueError, match="seven"):
        _every_result(work)


def test_in_background_can_be_closed_unread():
    work = InBackground(_square_and_warn, list(range(400)), workers=2)
    work.close()
    work.close()  # twice is harmless


def test_in_background_leaves_the_caller_a_core_until_asked(tmp_path, monkeypatch):
    """Before `chunks`, one task at a time on two workers; the caller's core stays free."""
    monkeypatch.setattr(InBackground, "AHEAD_CHUNK", 2)  # many tasks, that could overlap
    monkeypatch.setattr(InBackground, "CHUNK", 2)
    items = [(str(tmp_path), n) for n in range(24)]
    with InBackground(_timed_call, items, workers=2) as work:
        time.sleep(0.5)
        asked = time.monotonic()
        assert [n for n, _ in _every_result(work)] == list(range(24))
    spans = sorted(
        tuple(map(float, (tmp_path / f"{n}.txt").read_text(encoding="utf-8").split()))
        for n in range(24)
    )
    before = [(start, end) for start, end in spans if start < asked]
    assert len(before) >= 4  # the work did begin early
    for (_, end), (start, _) in itertools.pairwise(before):
        assert end <= start  # never two at once


def test_worker_count_follows_the_cores(monkeypatch):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 64)
    assert parallel.worker_count() == parallel.MAX_WORKERS
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: None)
    assert parallel.worker_count() == 1


def test_results_taken_twice_is_an_error_not_a_wait():
    with InBackground(_square_and_warn, list(range(30)), workers=2) as work:
        assert len(_every_result(work)) == 30
        with pytest.raises(RuntimeError, match="taken already"):
            _every_result(work)


def _can_fork_here() -> bool:
    return parallel.can_fork()


@pytest.mark.skipif(parallel.worker_count() < 2, reason="one core: no fork in any process")
def test_no_fork_in_a_daemonic_worker():
    """A pool's worker may have no children: the forked head starts are not tried there."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_can_fork_here) is False


# --- Forked: one job in a forked worker process ------------------------------------------


def _hand_back_unpicklable():
    return lambda: None  # a lambda does not pickle


def check_forked() -> None:
    """(In a new process, with no other thread) a forked job's value, failure, closing."""
    if not parallel.can_fork():
        print(NO_FORK)
        return
    lines = iter(["alpha", "beta"])  # a generator does not pickle: the fork inherits it
    work = parallel.Forked(lambda: [line.upper() for line in lines])
    assert work.result() == ["ALPHA", "BETA"]
    assert next(lines, None) == "alpha"  # the worker's copy was used, not this process's

    work = parallel.Forked(lambda: _fail_on_seven(7))
    with pytest.raises(parallel.ForkedJobFailed, match="ValueError: seven"):
        work.result()
    with pytest.raises(parallel.ForkedJobFailed):
        work.result()  # taken once only
    with pytest.raises(parallel.ForkedJobFailed):
        parallel.Forked(_hand_back_unpicklable).result()

    work = parallel.Forked(lambda: time.sleep(30))
    started = time.monotonic()
    work.close()
    work.close()  # twice is harmless
    assert time.monotonic() - started < 10


def test_forked_gives_the_jobs_value_or_fails_softly():
    in_fresh_process("tests.test_parallel", "check_forked")


def test_no_fork_beside_another_thread():
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.can_fork()
    finally:
        stop.set()
        other.join()


# --- a few items in a worker while the caller does its own next work --------------------


def _done_in(job: tuple[str, int]) -> int:
    """Square the item, leaving a file named after it that holds this process's id."""
    folder, n = job
    Path(folder, f"{n}.pid").write_text(str(os.getpid()), encoding="utf-8")
    return _square_and_warn(n)


def check_beside(folder: str) -> None:
    """(In a new process) a few items go to a forked worker while `meanwhile` runs here."""
    if not parallel.can_fork():
        print(NO_FORK)
        return
    items = [(folder, n) for n in range(5)]
    last = Path(folder, "4.pid")
    seen: list[bool] = []

    def meanwhile() -> None:
        """Wait for the worker's last item: a worker that started only after this
        returned would never write it while it waits."""
        deadline = time.monotonic() + 30
        while not last.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen.append(last.exists())

    found = in_workers(_done_in, items, meanwhile=meanwhile)
    assert seen == [True]  # called once, while the items were done
    assert [n for n, _ in found] == [0, 1, 4, 9, 16]
    assert found[3][1] == [(30, "item 3: a multiple of three")] and found[4][1] == []
    pids = {Path(folder, f"{n}.pid").read_text(encoding="utf-8") for n in range(5)}
    assert len(pids) == 1 and pids != {str(os.getpid())}  # one worker, not this process

    # A call raising in the worker is run again here, and raises as it would without one.
    calls: list[str] = []
    with pytest.raises(ValueError, match="seven"):
        in_workers(_fail_on_seven, [6, 7], meanwhile=lambda: calls.append("few"))
    assert calls == ["few"]
    # Many items: the worker processes start meanwhile; the caller's work waits.
    many = list(range(parallel.PARALLEL_MIN_ITEMS))
    assert in_workers(_square_and_warn, many, meanwhile=lambda: calls.append("many")) == (
        in_workers(_square_and_warn, many)
    )
    assert calls == ["few"]


def test_a_few_items_are_done_in_a_worker_while_the_caller_works(tmp_path):
    in_fresh_process("tests.test_parallel", "check_beside", str(tmp_path))


def test_without_a_fork_the_caller_works_first_then_does_the_items(monkeypatch):
    order: list[object] = []
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    found = parallel.beside(lambda: order.append("items") or [1], lambda: order.append("own"))
    assert found == [1] and order == ["own", "items"]
    assert in_workers(_square_and_warn, [], meanwhile=lambda: order.append("nothing")) == []
    assert order == ["own", "items"]  # nothing to do: no worker, and no call
