"""`digest extract`, `cluster` and `build` on a Dask cluster of 1, then 2, worker processes.

Usage (from the repository root; needs `pip install 'digest[dask]'`):
    python benchmarks/distributed.py [--pages 1000] [--articles 5000] [--workers 1 2]
                                     [--light] [--skip-extract] [--skip-cluster]
                                     [--build N [--plain-build]]

The inputs are built at run time, nothing large is committed:

- a WARC file of `--pages` pages: copies of the extraction corpus's real pages
  (each copy's headline marked with its number, so every record is a new
  page); with `--light`, each page is instead the corpus page's own article
  text in minimal markup, several times cheaper to extract (for memory runs
  at 100,000 pages on a small machine);
- a JSON Lines file of `--articles` articles: the clustering corpus and
  perturbed copies of it (as benchmarks/cluster.py builds them);
- with `--build N`, a project whose content is one WARC file of N light pages
  made from such articles (headline, date and text in minimal markup), with
  the repository's taxonomy and `tagged_stories_only: true`, built with
  `digest build --no-site --dask` from a cold cache for each worker count (and,
  with `--plain-build`, once without `--dask`, for comparison).

For each worker count a scheduler and that many single-threaded worker
processes start on loopback (in this process), and the real commands run as
separate processes with `--dask tcp://...`, so what is measured for the client
is the `digest` process alone. Printed per stage and worker count: wall
seconds, items per second, the client's peak resident memory (its own
`ru_maxrss`) and CPU seconds, the workers' CPU seconds and the machine's load
average (other work on the machine slows every figure but the CPU seconds); then the throughput ratio of the
largest worker count to the smallest. The outputs of all worker counts are
compared (they must be the same).
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file's own folder first on the path would make it the `distributed` package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))


def _cluster_benchmark():
    """benchmarks/cluster.py, whose corpus and perturbed copies are reused here."""
    spec = importlib.util.spec_from_file_location("cluster_benchmark", HERE / "cluster.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAGES = Path("shared/corpora/extraction")


def corpus_folder() -> Path:
    for parent in ROOT.parents:
        if (parent / PAGES / "pages").is_dir():
            return parent / PAGES
    raise SystemExit("extraction corpus not found (../shared/corpora/extraction)")


def write_warc(path: Path, count: int, light: bool) -> None:
    """`count` response records made from the corpus pages, streamed to disk."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = corpus_folder()
    if light:
        gold = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
        bodies = [_light_page(g["title"] or g["text"][:60], g["text"]) for g in gold if g["text"]]
    else:
        bodies = [
            gzip.decompress(p.read_bytes()) for p in sorted((folder / "pages").glob("*.html.gz"))
        ]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(count):
            body = _marked(bodies[i % len(bodies)], i)
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            day = 1 + i % 28
            record = writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": f"2024-05-{day:02d}T06:00:00Z"},
            )
            writer.write_record(record)


def _light_page(title: str, text: str, date: str | None = None) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<html><head><title>{html.escape(title)}</title>{meta}</head><body><article>"
        f"<h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    ).encode()


_TITLE = re.compile(rb"<title[^>]*>", re.I)


def _marked(page: bytes, number: int) -> bytes:
    """The page with its copy number in the headline: a new page for the extractor."""
    return _TITLE.sub(lambda m: m.group() + f"[{number}] ".encode(), page, count=1)


def write_articles(path: Path, count: int) -> None:
    bench = _cluster_benchmark()
    lines = bench.default_corpus().read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    random.Random(1).shuffle(records)
    with path.open("w", encoding="utf-8") as out:
        for it in bench.build(records, count):
            row = {"id": it.id, "title": it.title, "text": it.text, "date": it.date}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_project(folder: Path, count: int) -> Path:
    """A project whose content is a WARC file of `count` light pages of articles (the
    clustering corpus and perturbed copies), rendering only its tagged stories."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    bench = _cluster_benchmark()
    lines = bench.default_corpus().read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    random.Random(1).shuffle(records)
    (folder / "content").mkdir(parents=True)
    for name in ("mkdocs.yml", "taxonomy.yml"):
        shutil.copy(ROOT / name, folder / name)
    config = (ROOT / "digest.yml").read_text(encoding="utf-8")
    (folder / "digest.yml").write_text(config + "tagged_stories_only: true\n", encoding="utf-8")
    with (folder / "content" / "crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, it in enumerate(bench.build(records, count)):
            title = it.title or it.text[:60]
            body = _light_page(title, it.text, it.date)
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-01T06:00:00Z"},
            )
            writer.write_record(record)
    return folder


def fresh_copy(project: Path, target: Path) -> Path:
    """The project without any earlier build's cache or output."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(project, target)
    return target


def tree_digest(folder: Path) -> bytes:
    """One digest of every file's path and bytes under `folder`."""
    import hashlib

    total = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        total.update(path.relative_to(folder).as_posix().encode() + b"\0")
        total.update(hashlib.sha256(path.read_bytes()).digest())
    return total.hexdigest().encode()


def run_client(args: list[str], out: Path) -> tuple[float, float, float]:
    """Run one `digest` command; (wall seconds, its peak resident memory in MB, its CPU s)."""
    started = time.perf_counter()
    with out.open("wb") as stdout:
        child = subprocess.Popen(
            [sys.executable, "-m", "digest", "-q", *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"digest {' '.join(args)} failed:\n{errors.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # kB on Linux


def workers_cpu(client) -> float:
    import psutil

    def used() -> float:
        times = psutil.Process().cpu_times()
        return times.user + times.system

    return sum(client.run(used).values())


def _warm_up() -> None:
    import digest.cli
    import digest.cluster.distributed
    import digest.extract.core  # noqa: F401


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="WARC records for extract")
    parser.add_argument("--articles", type=int, default=5000, help="articles for cluster")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--light", action="store_true", help="cheap pages (memory runs)")
    parser.add_argument("--skip-extract", action="store_true")
    parser.add_argument("--skip-cluster", action="store_true")
    parser.add_argument("--build", type=int, default=0, help="pages for build (0: no build)")
    parser.add_argument("--plain-build", action="store_true", help="also build once without --dask")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        return _run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path) -> int:
    from distributed import Client, LocalCluster

    crawl, articles = folder / "crawl.warc.gz", folder / "articles.jsonl"
    stages = []
    if not args.skip_extract:
        write_warc(crawl, args.pages, args.light)
        stages.append(("extract", args.pages, ["extract", str(crawl)]))
        print(f"input: {args.pages} pages, {crawl.stat().st_size / 1e6:.0f} MB of WARC (gzip)")
    if not args.skip_cluster:
        write_articles(articles, args.articles)
        stages.append(("cluster", args.articles, ["cluster", str(articles)]))
        print(f"input: {args.articles} articles, {articles.stat().st_size / 1e6:.0f} MB")
    project = None
    if args.build:
        project = write_project(folder / "project", args.build)
        warc = project / "content" / "crawl.warc.gz"
        print(f"input: {args.build} pages to build, {warc.stat().st_size / 1e6:.0f} MB of WARC")
    print(
        f"{'stage':<8} {'workers':>7} {'items':>7} {'seconds':>8} {'items/s':>8} "
        f"{'client MB':>9} {'client CPU s':>12} {'workers CPU s':>13} {'load':>5}"
    )
    rates: dict[str, dict[int, float]] = {}
    outputs: dict[str, set[bytes]] = {}
    if project is not None and args.plain_build:
        root = fresh_copy(project, folder / "build-plain")
        seconds, peak, client_cpu = run_client(
            ["build", "--root", str(root), "--no-site"], folder / "build-plain.out"
        )
        outputs.setdefault("build", set()).add(tree_digest(root / "build" / "docs"))
        print(
            f"{'build':<8} {'none':>7} {args.build:>7} {seconds:>8.1f} "
            f"{args.build / seconds:>8.1f} {peak:>9.0f} {client_cpu:>12.1f} {'':>13} "
            f"{os.getloadavg()[0]:>5.1f}   (without --dask: this process and its pool)",
            flush=True,
        )
    for workers in args.workers:
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # a free loopback port: no clash
            ) as cluster,
            Client(cluster) as client,
        ):
            # Warm workers, as those of a long-running cluster are: the libraries loaded.
            client.run(_warm_up)
            runs = list(stages)
            if project is not None:
                root = fresh_copy(project, folder / f"build-{workers}")
                runs.append(("build", args.build, ["build", "--root", str(root), "--no-site"]))
            for stage, items, command in runs:
                before = workers_cpu(client)
                out = folder / f"{stage}-{workers}.jsonl"
                seconds, peak, client_cpu = run_client(
                    [command[0], "--dask", cluster.scheduler_address, *command[1:]], out
                )
                cpu = workers_cpu(client) - before
                rates.setdefault(stage, {})[workers] = items / seconds
                if stage == "build":
                    result = tree_digest(Path(command[2]) / "build" / "docs")
                else:
                    result = b"\n".join(sorted(out.read_bytes().splitlines()))
                outputs.setdefault(stage, set()).add(result)
                load = os.getloadavg()[0]
                print(
                    f"{stage:<8} {workers:>7} {items:>7} {seconds:>8.1f} "
                    f"{items / seconds:>8.1f} {peak:>9.0f} {client_cpu:>12.1f} {cpu:>13.1f} "
                    f"{load:>5.1f}",
                    flush=True,
                )
    for stage, by_workers in rates.items():
        low, high = min(by_workers), max(by_workers)
        if low != high:
            print(
                f"{stage}: {high} workers / {low} worker throughput = "
                f"{by_workers[high] / by_workers[low]:.2f}x"
            )
        same = len(outputs[stage]) == 1
        print(f"{stage}: output {'the same' if same else 'DIFFERS'} for every run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
