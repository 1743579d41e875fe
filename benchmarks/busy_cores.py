"""How busy the machine's cores are during each stage of a cold build (Linux).

    python benchmarks/busy_cores.py PROJECT [--code DIR]

Builds a copy of PROJECT (its `content/` and settings) cold with `python -m
digest -v build` (`--code`: a folder put first on PYTHONPATH, another checkout),
reading /proc/stat every 50 ms meanwhile. The report gives, for each stage
(from the build's own stage lines, stamped as they are written), its wall time
and the mean number of busy cores, then the whole build as a strip of busy
cores per 100 ms. On an otherwise idle machine, a stage well under the number
of cores leaves cores idle: the place to look for work that could run beside it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from cold_pairs import copy_project  # beside this script

STAGE_LINE = re.compile(r"stage (\w+): ([\d.]+) s")
SAMPLE_SECONDS = 0.05


def cpu_times() -> tuple[int, int]:
    """All and idle jiffies of the machine so far (the first line of /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    return sum(values), values[3] + values[4]  # idle and iowait


def sample(samples: list[tuple[float, float]], stop: threading.Event) -> None:
    """(A thread) append (time, busy cores) every SAMPLE_SECONDS until `stop`."""
    cores = os.cpu_count() or 1
    before = cpu_times()
    while not stop.wait(SAMPLE_SECONDS):
        now = cpu_times()
        total, idle = now[0] - before[0], now[1] - before[1]
        before = now
        if total:
            samples.append((time.perf_counter(), cores * (total - idle) / total))


def main() -> int:
    """Build, sample, and print the stages' busy cores and the strip."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--code", type=Path, help="folder put first on PYTHONPATH")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.code:
        env["PYTHONPATH"] = str(args.code.resolve())
    with tempfile.TemporaryDirectory(prefix="digest-busy-") as work:
        root = Path(work)
        copy_project(args.project, root)
        os.sync()
        time.sleep(5)
        samples: list[tuple[float, float]] = []
        stop = threading.Event()
        sampler = threading.Thread(target=sample, args=(samples, stop))
        sampler.start()
        start = time.perf_counter()
        stages: list[tuple[str, float, float]] = []  # name, start, end
        build = subprocess.Popen(
            [sys.executable, "-m", "digest", "-v", "build"],
            cwd=root,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert build.stderr is not None
        for line in build.stderr:
            if found := STAGE_LINE.search(line):
                end = time.perf_counter()
                stages.append((found.group(1), end - float(found.group(2)), end))
        build.wait()
        end = time.perf_counter()
        stop.set()
        sampler.join()
    if build.returncode != 0:
        sys.exit(f"digest build failed ({build.returncode})")

    def busy(first: float, last: float) -> float:
        inside = [cores for moment, cores in samples if first < moment <= last]
        return sum(inside) / len(inside) if inside else float("nan")

    print(f"whole build: {end - start:.2f} s, {busy(start, end):.2f} cores busy on average")
    print("| stage | s | busy cores |\n| --- | --- | --- |")
    print(f"| (start) | {stages[0][1] - start:.2f} | {busy(start, stages[0][1]):.2f} |")
    for name, first, last in stages:
        print(f"| {name} | {last - first:.2f} | {busy(first, last):.2f} |")
    print(f"| (end) | {end - stages[-1][2]:.2f} | {busy(stages[-1][2], end):.2f} |")
    strip = []
    moment = start
    while moment < end:
        strip.append(f"{busy(moment, moment + 0.1):.0f}")
        moment += 0.1
    print("busy cores per 100 ms:", "".join(strip))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
