"""Benchmark `digest build` at growing sizes, against trafilatura and MkDocs alone.

    /work/venv/bin/python benchmarks/build.py                 # 100, 1,000 and 5,000 articles
    /work/venv/bin/python benchmarks/build.py --sizes 100,1000

For each size it makes a project in a temporary folder, with a corpus drawn
from ../shared/corpora at run time (saved HTML pages, plain-text dumps of
pages, and the clustering articles as Markdown with front matter, plus
syndicated copies: the same text under another headline and outlet, quotation
marks stripped or a footer added), so nothing large is committed. Then it
times, each in a fresh subprocess (wall time, peak RSS):

- a cold build (empty cache, no site), with the per-stage breakdown: the real
  `digest -v build` command, as a user runs it (stage times from its log);
- a rebuild with nothing changed;
- a rebuild after adding one article (a syndicated copy of a story);
- trafilatura alone: `trafilatura.extract` on every source file, serially;
- `mkdocs build` alone on the pages the build generated;

and prints our times as ratios to those baselines, with the issue 7 targets.
Cold builds, no-change rebuilds and both baselines run `--repeat` times
(default 2) and the fastest of each counts: on a shared machine other work
only ever adds time, to either side. Each add-one run adds another article.
Before each timed run, of ours and of the baselines, the disk is synced and
left to settle for SETTLE_SECONDS, so that one run's file work is not timed as
the next one's. The CPU seconds (user + system, the process and its workers) of those runs
are printed as well, with the same ratios: other load inflates them far less
than wall time, though the targets are wall-time ratios.

digest's modules are compiled to bytecode before anything is timed, as
installing the package does (the baselines' libraries are installed, compiled):
with PYTHONDONTWRITEBYTECODE set, as on some machines, every build would
otherwise compile digest's source again, about 0.07 s CPU of a no-change build.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"
if not CORPORA.is_dir():
    CORPORA = Path("/work/shared/corpora")
PROJECT_FILES = ("mkdocs.yml", "digest.yml", "taxonomy.yml")
PROJECT_DIRS = ("overrides",)
HTML_SHARE = 0.10  # of each corpus: saved web pages (through trafilatura)
DUMP_SHARE = 0.10  # plain-text copies of web pages, boilerplate and all
COPY_SHARE = 0.20  # syndicated copies of the clustering articles
OUTLETS = ("Wire Daily", "The Ledger", "Morning Post", "City Herald", "Metro Times")
SETTLE_SECONDS = 2.0  # the pause after syncing, before each timed run (see settle)
FOOTER = (
    "Subscribe to our newsletter to get the latest stories delivered to your inbox every morning.\n"
    "© 2024 All rights reserved. Reproduction without permission is prohibited by law.\n"
)


# --- corpus ----------------------------------------------------------------------------


def load_material() -> tuple[list[tuple[str, bytes]], list[tuple[str, str]], list[dict]]:
    """The shared corpora: HTML pages, text dumps and clustering articles (read-only)."""
    pages_dir = CORPORA / "extraction" / "pages"
    dumps_dir = CORPORA / "extraction" / "dumps"
    pages = [
        (p.name.removesuffix(".html.gz"), gzip.decompress(p.read_bytes()))
        for p in sorted(pages_dir.glob("*.html.gz"))
    ]
    dumps = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(dumps_dir.glob("*.txt"))]
    with (CORPORA / "clustering" / "articles.jsonl").open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    return pages, dumps, articles


def make_corpus(size: int, content: Path, material, seed: int = 7) -> None:
    """Write `size` source files into `content`."""
    pages, dumps, articles = material
    rng = random.Random(seed)
    content.mkdir(parents=True, exist_ok=True)
    n_html, n_dump = round(size * HTML_SHARE), round(size * DUMP_SHARE)
    n_copies = round(size * COPY_SHARE)
    n_articles = size - n_html - n_dump - n_copies
    for i in range(n_html):
        name, raw = pages[i % len(pages)]
        mirror = i // len(pages)
        if mirror:  # the same page saved again from a mirror: other bytes, same article
            raw = f"<!-- saved from mirror {mirror} -->\n".encode() + raw
        (content / f"page-{i:05d}-{name}.html").write_bytes(raw)
    for i in range(n_dump):
        name, text = dumps[i % len(dumps)]
        mirror = i // len(dumps)
        prefix = f"Mirror {mirror}\n\n" if mirror else ""
        (content / f"dump-{i:05d}-{name}.txt").write_text(prefix + text, encoding="utf-8")
    originals = articles[: min(n_articles, len(articles))]
    for i, article in enumerate(originals):
        write_markdown(content / f"article-{i:05d}.md", article)
    # Syndicated copies: of the written originals, and (past the corpus' size) more of them.
    extra = n_articles - len(originals) + n_copies
    for i in range(extra):
        source = rng.choice(originals)
        write_copy(content / f"copy-{i:05d}.txt", source, i)


def write_markdown(path: Path, article: dict) -> None:
    front = {"title": article["title"], "publisher": article.get("source") or "Unknown"}
    if article.get("date"):
        front["date"] = str(article["date"])[:10]
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=True, width=10**6)
    body = "\n\n".join(p.strip() for p in article["text"].split("\n") if p.strip())
    path.write_text(f"---\n{header}---\n\n{body}\n", encoding="utf-8")


def write_copy(path: Path, article: dict, k: int) -> None:
    """A syndicated copy: another outlet and headline, quotes stripped or a footer added."""
    text = article["text"]
    text = re.sub(r"[\"“”]", "", text) if k % 2 == 0 else text + "\n" + FOOTER
    outlet = OUTLETS[k % len(OUTLETS)]
    title = f"{article['title']} ({outlet})" if k % 3 else f"{outlet}: {article['title']}"
    path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    meta = {"publisher": outlet}
    if article.get("date"):
        meta["date"] = str(article["date"])[:10]
    sidecar = path.with_name(path.stem + ".meta.yml")
    sidecar.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")


def make_project(root: Path, size: int, material) -> None:
    root.mkdir(parents=True)
    for name in PROJECT_FILES:
        shutil.copy(REPO / name, root / name)
    for name in PROJECT_DIRS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    make_corpus(size, root / "content", material)


# --- measurements ----------------------------------------------------------------------


def compile_package() -> None:
    """digest's bytecode in its `__pycache__` folders, as an installed package has it,
    so that no measured build compiles source (see the module docstring)."""
    if not compileall.compile_dir(REPO / "digest", quiet=1):
        sys.exit("could not compile digest's modules to bytecode")


def settle() -> None:
    """Before each timed run, ours and the baselines alike: the disk work earlier runs
    left behind (writing back their files, removing the last site, which on a disk
    mounted with online discard waits on the disk) is finished first, so that it is
    not timed as the next run's own. Without it the render stage of the cold builds
    at 1,000 articles, which writes 2,027 files, took 0.8 s in the benchmark against
    0.46-0.53 s in cold builds of the same project on a disk at rest (docs/speed.md)."""
    os.sync()
    time.sleep(SETTLE_SECONDS)


def run_child(args: list[str]) -> dict:
    """Run this script in a subprocess for one measurement; wall time and its JSON report."""
    settle()
    start, cpu_before = time.perf_counter(), children_cpu()
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, cwd=REPO
    )
    wall = time.perf_counter() - start
    cpu = children_cpu() - cpu_before
    if done.returncode != 0:
        sys.exit(f"benchmark step {args} failed:\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall"] = wall
    report["cpu"] = cpu
    return report


def children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (and theirs) so far:
    what a measurement cost in CPU, which other work on the machine does not inflate
    the way it inflates wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# The real command, `digest -v build`, run in the measuring subprocess so that its
# peak memory can be read when it exits; stage times and counts come from its log.
CLI_BUILD = """
import resource, runpy, sys
sys.argv = ["digest", "-v", "build"]
try:
    runpy.run_module("digest", run_name="__main__", alter_sys=True)
finally:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak-rss {own:.1f} {workers:.1f}", file=sys.stderr)
"""
STAGE_LINE = re.compile(r"stage (\w+): ([\d.]+) s")
SUMMARY_LINE = re.compile(
    r"summary: (\d+) source files, (\d+) articles, (\d+) stories, (\d+) pages"
)


def run_build(root: Path) -> dict:
    """`digest -v build` in `root`, as a user runs it: wall time, stage times, counts, memory."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    settle()
    start, cpu_before = time.perf_counter(), children_cpu()
    done = subprocess.run(
        [sys.executable, "-c", CLI_BUILD], capture_output=True, text=True, cwd=root, env=env
    )
    wall = time.perf_counter() - start
    cpu = children_cpu() - cpu_before
    if done.returncode != 0:
        sys.exit(f"digest build failed in {root}:\n{done.stderr[-3000:]}")
    summary = SUMMARY_LINE.search(done.stderr)
    rss = re.search(r"peak-rss ([\d.]+) ([\d.]+)", done.stderr)
    if summary is None or rss is None:
        sys.exit(f"unexpected output of digest build in {root}:\n{done.stderr[-3000:]}")
    return {
        "wall": wall,
        "cpu": cpu,
        "timings": {stage: float(t) for stage, t in STAGE_LINE.findall(done.stderr)},
        "articles": int(summary.group(2)),
        "stories": int(summary.group(3)),
        "pages": int(summary.group(4)),
        "warnings": done.stderr.count("WARNING: "),
        "rss_mb": float(rss.group(1)),
        "child_rss_mb": float(rss.group(2)),
    }


def child_trafilatura(root: str) -> None:
    """(In the subprocess) the baseline: plain trafilatura.extract on every source file."""
    import trafilatura

    files = sorted(
        p
        for p in (Path(root) / "content").rglob("*")
        if p.suffix in (".html", ".txt", ".md") and not p.name.endswith(".meta.yml")
    )
    extracted = sum(
        1
        for p in files
        if trafilatura.extract(p.read_text(encoding="utf-8", errors="replace")) is not None
    )
    print(json.dumps({"files": len(files), "extracted": extracted, **peak_memory()}))


def child_mkdocs(root: str, out: str) -> None:
    """(In the subprocess) the baseline: `mkdocs build` alone on the generated pages."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(config_file=str(Path(root) / "mkdocs.yml"), site_dir=out))
    print(json.dumps(peak_memory()))


def peak_memory() -> dict:
    """Peak RSS in MB of this process and of its largest child (extraction workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_mb": round(own, 1), "child_rss_mb": round(children, 1)}


def site_facts(site: Path) -> dict:
    """Total size, the largest page, the average story page, the search index."""
    files = [p for p in site.rglob("*") if p.is_file()]
    html = [p for p in files if p.suffix == ".html"]
    largest = max(html, key=lambda p: p.stat().st_size)
    # Story pages proper: not the small redirect pages kept for older story URLs.
    stories = [
        p
        for p in (site / "stories").glob("*/index.html")
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8", errors="replace")[:2000]
    ]
    # The search index: Pagefind's folder (loaded in pieces, only by the search page).
    index = site / "pagefind"
    return {
        "site_mb": sum(p.stat().st_size for p in files) / 1e6,
        "largest_page": largest.relative_to(site).as_posix(),
        "largest_kb": largest.stat().st_size / 1e3,
        "story_pages": len(stories),
        "story_avg_kb": sum(p.stat().st_size for p in stories) / max(1, len(stories)) / 1e3,
        "search_index_mb": sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) / 1e6,
    }


def add_one_article(root: Path, material, k: int = 0) -> None:
    """A new source: a syndicated copy of an article already in the corpus (the k-th)."""
    write_copy(root / "content" / f"zz-added-copy-{k}.txt", material[2][k], 1)


def best_of(repeat: int, run) -> dict:
    """The fastest of `repeat` runs: other work on a shared machine only ever adds time,
    so the minimum is the best estimate of each side's own cost (ours and baselines alike)."""
    return min((run() for _ in range(repeat)), key=lambda r: r["wall"])


def forget_builds(root: Path) -> None:
    """Back to a project that was never built: no cache, no generated pages, no site."""
    for name in (".digest-cache", "build", "site"):
        shutil.rmtree(root / name, ignore_errors=True)


def measure(size: int, work: Path, material, repeat: int = 1) -> dict:
    root = work / f"n{size}"
    make_project(root, size, material)
    print(f"\n== {size} articles ({root})", flush=True)

    def cold_build() -> dict:
        forget_builds(root)
        return run_build(root)

    def mkdocs_alone() -> dict:
        out = work / f"mkdocs-{size}"
        shutil.rmtree(out, ignore_errors=True)
        try:
            return run_child(["--child-mkdocs", str(root), str(out)])
        finally:
            shutil.rmtree(out, ignore_errors=True)

    cold = best_of(repeat, cold_build)
    print(f"  cold build      {cold['wall']:7.1f} s", flush=True)
    facts = site_facts(root / "site")
    again = best_of(repeat, lambda: run_build(root))
    print(f"  no-change       {again['wall']:7.1f} s", flush=True)
    additions = iter(range(repeat))

    def add_one() -> dict:  # each run adds another article to what the last one built
        add_one_article(root, material, next(additions))
        return run_build(root)

    added = best_of(repeat, add_one)
    print(f"  add one         {added['wall']:7.1f} s", flush=True)
    traf = best_of(repeat, lambda: run_child(["--child-trafilatura", str(root)]))
    print(f"  trafilatura     {traf['wall']:7.1f} s", flush=True)
    mk = best_of(repeat, mkdocs_alone)
    print(f"  mkdocs alone    {mk['wall']:7.1f} s", flush=True)
    return {
        "size": size,
        "cold": cold,
        "again": again,
        "added": added,
        "trafilatura": traf,
        "mkdocs": mk,
        **facts,
    }


def report(rows: list[dict]) -> bool:
    """Print the table and the targets; True if every measured target is met."""
    print("\n## digest build benchmark", f"({os.cpu_count()} cores)\n")
    stages = ["sources", "extract", "cluster", "stories", "render", "mkdocs"]
    head = (
        "| articles | stories | cold s | " + " | ".join(stages) + " | peak RSS MB (main/worker) |"
    )
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    for r in rows:
        t = r["cold"]["timings"]
        cells = " | ".join(f"{t.get(s, 0):.1f}" for s in stages)
        print(
            f"| {r['size']:,} | {r['cold']['stories']:,} | {r['cold']['wall']:.1f} | {cells} "
            f"| {r['cold']['rss_mb']:.0f} / {r['cold']['child_rss_mb']:.0f} |"
        )
    print()
    _print_ratios(
        rows,
        "| articles | no-change s | add-one s | trafilatura alone s | mkdocs alone s ",
        lambda run: run["wall"],
        again_digits=1,
    )
    _print_ratios(
        rows,
        "| articles | CPU s: cold | no-change | add-one | trafilatura | mkdocs ",
        lambda run: run.get("cpu", 0.0),
        again_digits=2,
        cold_column=True,
    )
    print("| articles | rebuild | stages (s) |\n| --- | --- | --- |")
    for r in rows:
        for label, run in (("no change", r["again"]), ("add one", r["added"])):
            stages_s = ", ".join(f"{k} {v:.2f}" for k, v in run["timings"].items())
            print(f"| {r['size']:,} | {label} | {stages_s} |")
    print()
    head = (
        "| articles | site MB | story pages | avg story page KB | largest page | search index MB |"
    )
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    for r in rows:
        print(
            f"| {r['size']:,} | {r['site_mb']:.1f} | {r['story_pages']:,} "
            f"| {r['story_avg_kb']:.1f} | {r['largest_page']} ({r['largest_kb']:.0f} KB) "
            f"| {r['search_index_mb']:.2f} |"
        )
    return check_targets(rows)


def check_targets(rows: list[dict]) -> bool:
    by_size = {r["size"]: r for r in rows}
    checks = []
    if 1000 in by_size:
        r = by_size[1000]
        base = r["trafilatura"]["wall"] + r["mkdocs"]["wall"]
        checks.append(
            ("cold <= 1.5 x (trafilatura + mkdocs) at 1,000", r["cold"]["wall"] / base, 1.5)
        )
    for r in rows:
        n = f"{r['size']:,}"
        checks.append(
            (f"no-change <= 0.1 x cold at {n}", r["again"]["wall"] / r["cold"]["wall"], 0.1)
        )
        checks.append(
            (f"add-one <= 1.2 x mkdocs alone at {n}", r["added"]["wall"] / r["mkdocs"]["wall"], 1.2)
        )
        checks.append((f"avg story page <= 100 KB at {n}", r["story_avg_kb"], 100))
    if 1000 in by_size and 5000 in by_size:
        ratio = by_size[5000]["cold"]["wall"] / by_size[1000]["cold"]["wall"]
        checks.append(("cold 5,000 <= 6 x cold 1,000", ratio, 6))
    print("\n| target | measured | limit | met |\n| --- | --- | --- | --- |")
    for name, value, limit in checks:
        print(f"| {name} | {value:.2f} | {limit} | {'yes' if value <= limit else 'NO'} |")
    return all(value <= limit for _, value, limit in checks)


def _print_ratios(
    rows: list[dict],
    head: str,
    seconds: Callable[[dict], float],
    again_digits: int,
    cold_column: bool = False,
) -> None:
    """One table of the measured seconds (wall or CPU) and the three ratios the limits name."""
    head += "| cold / (traf+mkdocs) | no-change / cold | add-one / mkdocs |"
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    for r in rows:
        t = {k: seconds(r[k]) for k in ("cold", "again", "added", "trafilatura", "mkdocs")}
        cold = f"{t['cold']:.1f} | " if cold_column else ""
        print(
            f"| {r['size']:,} | {cold}{t['again']:.{again_digits}f} | {t['added']:.1f} "
            f"| {t['trafilatura']:.1f} | {t['mkdocs']:.1f} "
            f"| {t['cold'] / (t['trafilatura'] + t['mkdocs']):.2f} "
            f"| {t['again'] / t['cold']:.3f} | {t['added'] / t['mkdocs']:.2f} |"
        )
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated article counts")
    parser.add_argument("--keep", help="build in this folder and keep it (default: a temp dir)")
    parser.add_argument("--json", help="also write the raw measurements to this file")
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="run each measurement this many times and keep the fastest (default 2; 1 is "
        "quicker but at the mercy of other load)",
    )
    parser.add_argument("--child-trafilatura", help=argparse.SUPPRESS)
    parser.add_argument("--child-mkdocs", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_trafilatura:
        child_trafilatura(args.child_trafilatura)
        return 0
    if args.child_mkdocs:
        child_mkdocs(*args.child_mkdocs)
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    compile_package()
    material = load_material()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="digest-bench-"))
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    try:
        rows = [measure(size, work, material, max(1, args.repeat)) for size in sizes]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(f"\ncommand: {' '.join(['python', 'benchmarks/build.py', *sys.argv[1:]])}")
    return 0 if report(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
