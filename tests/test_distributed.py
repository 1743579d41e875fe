"""`--dask`: a real scheduler and two worker processes on loopback give the same output.

One LocalCluster serves the whole module (starting one costs seconds). The
commands run as subprocesses against its address, as a user's would against a
remote scheduler; the tasks the workers ran, and their CPU time, show they did the work.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import pytest

from digest.cluster.core import ClusterItem, cluster_items
from digest.cluster.distributed import cluster_distributed
from digest.distributed import STREAM_CHUNK, STREAM_WINDOW, DaskExecutor, LocalExecutor
from digest.extract.core import extract_document
from digest.models import SourceDoc
from digest.warc import read_warc
from tests.conftest import REPO, copy_project, run_digest
from tests.test_cluster import DAYTON_REWRITE, _corpus_path, background, syndicated_copies
from tests.test_warc import ARTICLE, _page, write_warc

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """(scheduler address, client) of two single-threaded worker processes on loopback."""
    local = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # a free loopback port: no clash
    )
    client = distributed.Client(local)
    yield local.scheduler_address, client
    client.close()
    local.close()


def workers_tasks(client) -> int:
    """Tasks the workers have run so far."""
    return sum(client.run(lambda dask_worker: dask_worker.state.executed_count).values())


def workers_cpu(client) -> float:
    """CPU seconds the worker processes have used so far."""
    import psutil

    def used() -> float:
        times = psutil.Process().cpu_times()
        return times.user + times.system

    return sum(client.run(used).values())


def test_executor_keeps_order_and_brings_back_warnings(cluster):
    from digest.cli import _extract_job

    _, client = cluster
    executor = DaskExecutor(client)
    bad = SourceDoc(path="empty.html", kind="html", text="<html><body></body></html>", sha256="0")
    jobs = [(f"page{i}", bad if i % 3 == 0 else None, None) for i in range(40)]
    done = executor.map(_extract_job, jobs)
    assert [source for (source, _), _ in done] == [f"page{i}" for i in range(40)]
    warned = [records for (source, _), records in done if source in ("page0", "page3")]
    assert all(any("empty.html: no article text found" in m for _, m in r) for r in warned)
    assert not done[1][1]  # nothing to extract, nothing logged
    streamed = list(executor.stream(_extract_job, iter(jobs), chunk=3))
    assert streamed == done


def _items() -> list[ClusterItem]:
    items = background() + syndicated_copies()
    # A shopping list's headline over a story's text: kept apart on workers as here.
    items.append(ClusterItem("list", "The 10 best deals", "\n".join(DAYTON_REWRITE), "2023-05-08"))
    # The same id twice: the last occurrence counts, as in cluster_items.
    return [*items, ClusterItem(items[0].id, "Replaced", items[5].text, None)]


@pytest.mark.parametrize("batch,block", [(7, 5), (1000, 2000)])
def test_distributed_clustering_groups_as_one_process_does(cluster, batch, block):
    _, client = cluster
    items = _items()
    expected = cluster_items(items)
    assert cluster_distributed(iter(items), DaskExecutor(client), batch=batch, block=block) == (
        expected
    )
    assert cluster_distributed(iter(items), LocalExecutor(), batch=batch, block=block) == expected


def test_distributed_clustering_drops_glue_as_one_process_does(cluster):
    """An outlet's block repeated under unrelated stories is found and ignored the same way."""
    from tests.test_furniture import STORIES

    items = _glued_stories()
    expected = cluster_items(items)
    assert len(set(expected.values())) == len(STORIES)
    _, client = cluster
    got = cluster_distributed(iter(items), DaskExecutor(client), batch=3, block=4)
    assert got == expected


def _glued_stories() -> list[ClusterItem]:
    """The furniture stories with an outlet's block under each, and their plain copies."""
    from tests.test_furniture import STORIES

    block = [
        "Readers' favourites this week include a bakery that has sold bread on the same corner "
        "for a hundred years and a choir that sings in the old railway station.",
        "Our newsletter brings the best of the week's reporting to your inbox every Friday "
        "morning, with recipes and the weekend's events.",
    ]
    items = [
        ClusterItem(s, STORIES[s][0], "\n\n".join([*STORIES[s][1][:2], *block])) for s in STORIES
    ]
    return items + [ClusterItem(f"{s}-copy", "", "\n\n".join(STORIES[s][1])) for s in STORIES]


def _glued_items() -> list[ClusterItem]:
    """The glued stories, and articles sharing a paragraph or two with each other but not
    the block."""
    return _glued_stories() + background()


def test_glue_comes_from_shared_paragraphs_decided_on_the_workers(cluster):
    """The glue found from what the workers send back (counted there, only articles
    holding a repeated paragraph, only their shared paragraphs) is the glue found from
    every article's whole profile, for any batch size and on either executor."""
    from digest.cluster.distributed import _glue
    from digest.cluster.similarity import glue_among, paragraph_profile

    items = _glued_items()
    expected = glue_among([paragraph_profile(it.text, digested=True) for it in items])
    assert len(expected) == 2  # the two paragraphs of the block
    _, client = cluster
    for executor in (DaskExecutor(client), LocalExecutor()):
        for size in (4, 1000):
            chunks = [items[i : i + size] for i in range(0, len(items), size)]
            batches = [executor.put([(it.title, it.text, None) for it in c]) for c in chunks]
            kept = [list(range(len(c))) for c in chunks]
            assert _glue(executor, batches, kept) == expected, (type(executor), size)


def test_distributed_clustering_counts_into_the_build_cache(cluster, tmp_path):
    """With a build's cache the workers' counts are stored a batch at a time, under the
    keys and with the values a build on this machine stores (texts with glue counted
    whole again); the next run counts nothing and groups the same."""
    import sqlite3

    from digest.cache import Cache
    from digest.cluster.stage import CachedCounts, cached_term_counts

    class Recorded(CachedCounts):
        fresh = 0

        def store(self, batch, counts):
            self.fresh += len(counts)
            super().store(batch, counts)

    _, client = cluster
    items = _glued_items()
    expected = cluster_items(items)
    here, there = tmp_path / "here.sqlite3", tmp_path / "there.sqlite3"
    with contextlib.closing(Cache(here)) as cache:
        cached_term_counts(items, cache)
    for run in (1, 2):
        with contextlib.closing(Cache(there)) as cache:
            known = Recorded(cache)
            got = cluster_distributed(
                iter(items), DaskExecutor(client), stored=known, batch=4, block=5
            )
            cache.commit()
        assert got == expected
        assert known.fresh == (len(items) if run == 1 else 0)

    def terms(path: Path) -> dict[str, str]:
        with contextlib.closing(sqlite3.connect(path)) as db:
            rows = db.execute("SELECT key, data FROM entries WHERE kind = 'terms'")
            return dict(rows.fetchall())

    assert terms(there) == terms(here) and len(terms(here)) == len(items)


def test_clustering_in_a_build_lets_go_of_texts_outside_the_topic(cluster):
    """With topic selection, the texts of articles not wanted go once sent to the
    workers; those in a story with a wanted article come back, the same as they were:
    the groups are those of a build on this machine."""
    from dataclasses import replace

    from digest.cache import Cache
    from digest.cluster.stage import cluster_articles
    from digest.models import Article

    items = background() + syndicated_copies() + _glued_items()
    articles = [
        Article(
            id=it.id,
            source=f"{it.id}.html",
            title=it.title,
            paragraphs=tuple(p for p in it.text.split("\n") if p.strip()),
            published=it.date,
        )
        for it in {it.id: it for it in items}.values()
    ]
    expected = cluster_articles(list(articles), Cache(None), LocalExecutor())
    mixed = [g for g in expected if len(g) > 1]
    assert len(mixed) >= 2
    wanted = {mixed[0][-1].id}  # one story: wanted through its last article only
    held = list(articles)
    _, client = cluster
    got = cluster_articles(held, Cache(None), DaskExecutor(client), lambda a: a.id in wanted)
    assert [[a.id for a in g] for g in got] == [[a.id for a in g] for g in expected]
    for mine, theirs in zip(got, expected, strict=True):
        if mine[-1].id in wanted:
            assert mine == theirs  # texts fetched back from the workers
        else:
            assert mine == [replace(a, paragraphs=()) for a in theirs]
    assert sum(bool(a.paragraphs) for a in held) == len(mixed[0])  # the list let go too


def test_distributed_clustering_keeps_earlier_stories(cluster):
    _, client = cluster
    items = _items()
    first = cluster_items(items[:12])
    expected = cluster_items(items, previous=first)
    got = cluster_distributed(iter(items), DaskExecutor(client), previous=first, batch=5, block=4)
    assert got == expected


def test_extract_with_dask_gives_the_same_rows_and_the_workers_do_the_work(cluster, tmp_path):
    address, client = cluster
    crawl = tmp_path / "crawl.warc.gz"
    pages = [{"url": "https://a.example/fixture", "body": ARTICLE}]
    pages += [
        {"url": f"https://a.example/{i}", "body": _page(f"Story {i} of the day", words=300)}
        for i in range(60)
    ]
    write_warc(crawl, pages)
    text = tmp_path / "note.txt"
    text.write_text("A headline\n\n" + "Some words of prose in a plain text copy. " * 20)
    plain = run_digest("extract", str(crawl), str(text))
    # What extracting these pages costs in one process, to compare the workers' share with.
    start = time.process_time()
    for doc in read_warc(crawl, "crawl.warc.gz", 10_000_000):
        extract_document(doc)
    cost = time.process_time() - start
    before = workers_cpu(client)
    tasks = workers_tasks(client)
    spread = run_digest("extract", "--dask", address, str(crawl), str(text))
    worked = workers_cpu(client) - before
    assert workers_tasks(client) > tasks
    assert plain.returncode == 0 and spread.returncode == 0, spread.stderr
    rows = [json.loads(line) for line in plain.stdout.splitlines()]
    assert len(rows) == 62 and rows[0]["title"]
    assert sorted(plain.stdout.splitlines()) == sorted(spread.stdout.splitlines())
    assert worked > 0.5 * cost, (worked, cost)  # the extraction ran there, not in the client


def test_cluster_with_dask_gives_the_same_stories(cluster, tmp_path):
    address, _ = cluster
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": it.id, "title": it.title, "text": it.text, "date": it.date}) + "\n"
            for it in _items()
        )
        + "not json\n",
        encoding="utf-8",
    )
    plain = run_digest("cluster", str(path))
    spread = run_digest("cluster", "--dask", address, str(path))
    assert plain.returncode == 0 and spread.returncode == 0, spread.stderr
    assert spread.stdout == plain.stdout
    assert spread.stderr == plain.stderr and "not valid JSON" in plain.stderr


@pytest.mark.corpus
def test_cluster_with_dask_on_the_corpus(cluster):
    path = _corpus_path()
    if path is None:
        pytest.skip("clustering corpus not found (../shared/corpora/clustering)")
    address, _ = cluster
    plain = run_digest("cluster", str(path))
    spread = run_digest("cluster", "--dask", address, str(path))
    assert plain.returncode == 0 and spread.returncode == 0, spread.stderr
    assert len(plain.stdout.splitlines()) == 2521
    assert spread.stdout == plain.stdout


def _crawl_projects(tmp_path: Path, names: tuple[str, ...], extra: str = "") -> list[Path]:
    """Projects with the demo content, the extraction fixtures (text copies among them,
    which learn from each other) and one WARC file of 30 pages (written once: record
    ids are random), plus a broken page and a page that is no article (warned)."""
    crawl = tmp_path / "crawl.warc.gz"
    if not crawl.exists():
        write_warc(
            crawl,
            [{"url": f"https://a.example/{i}", "body": _page(f"Report {i}")} for i in range(30)],
        )
    roots = []
    for name in names:
        root = copy_project(tmp_path / name)
        for page in (REPO / "tests" / "fixtures" / "extract").iterdir():
            shutil.copy(page, root / "content" / page.name)
        shutil.copy(crawl, root / "content" / crawl.name)
        (root / "content" / "empty.html").write_text("<html><body></body></html>")
        (root / "content" / "binary.txt").write_bytes(bytes(range(256)) * 4)
        if extra:
            with (root / "digest.yml").open("a", encoding="utf-8") as config:
                config.write(extra)
        roots.append(root)
    return roots


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("WARNING")]


def test_build_with_dask_writes_the_same_pages(cluster, tmp_path):
    """Sources streamed to the workers: the same pages and the same warnings, in the
    same order, as a build on this machine; a rebuild takes everything from the cache
    (the workers do next to nothing), and a build without --dask reuses that cache."""
    address, client = cluster
    plain_root, spread_root = _crawl_projects(tmp_path, ("plain", "spread"))
    plain = run_digest("build", "--root", str(plain_root), "--no-site")
    tasks = workers_tasks(client)
    spread = run_digest("build", "--root", str(spread_root), "--no-site", "--dask", address)
    assert plain.returncode == 0 and spread.returncode == 0, spread.stderr
    assert workers_tasks(client) > tasks  # the sources were read there
    expected = _tree(plain_root / "build" / "docs")
    assert _tree(spread_root / "build" / "docs") == expected
    assert "summary: 40 source files" in spread.stderr
    assert _warnings(spread.stderr) == _warnings(plain.stderr)
    assert any("empty.html: no article text found" in w for w in _warnings(spread.stderr))

    tasks = workers_tasks(client)
    again = run_digest("build", "--root", str(spread_root), "--no-site", "--dask", address)
    assert again.returncode == 0, again.stderr
    assert workers_tasks(client) == tasks  # extraction came from the cache: no task ran
    assert "render: unchanged" in again.stderr
    assert _warnings(again.stderr) == _warnings(plain.stderr)  # replayed from the cache
    # The cache holds what a build without --dask stores, under the same keys.
    assert _extract_keys(spread_root) == _extract_keys(plain_root) and _extract_keys(plain_root)
    here = run_digest("build", "--root", str(spread_root), "--no-site")
    assert here.returncode == 0, here.stderr
    assert "render: unchanged" in here.stderr
    assert _tree(spread_root / "build" / "docs") == expected


def _extract_keys(root: Path) -> set[str]:
    import sqlite3

    from digest.cache import CACHE_FILE
    from digest.config import load_config

    folder = load_config(root, None).cache_dir
    assert folder is not None
    with contextlib.closing(sqlite3.connect(folder / CACHE_FILE)) as db:
        return {key for (key,) in db.execute("SELECT key FROM entries WHERE kind = 'extract'")}


def test_build_with_dask_and_topic_selection_writes_the_same_pages(cluster, tmp_path):
    address, _ = cluster
    plain_root, spread_root = _crawl_projects(
        tmp_path, ("plain", "spread"), "tagged_stories_only: true\n"
    )
    plain = run_digest("build", "--root", str(plain_root), "--no-site")
    spread = run_digest("build", "--root", str(spread_root), "--no-site", "--dask", address)
    assert plain.returncode == 0 and spread.returncode == 0, spread.stderr
    assert _tree(spread_root / "build" / "docs") == _tree(plain_root / "build" / "docs")
    counts = re.search(r"topic: (\d+) of (\d+) stories", spread.stderr)
    assert counts and 0 < int(counts[1]) < int(counts[2])  # the 30 reports carry no tag
    assert counts[0] in plain.stderr


def test_streamed_extraction_holds_a_window_of_pages(cluster, tmp_path):
    """The documents are read as the workers take them: while the 300th is read, at most
    a window of the earlier ones is still alive in the client; each comes back as its
    article, lined up with its path. The first reading, which the pages learn their
    outlet's furniture from, holds a chunk of pages at most too, and what it teaches
    reaches the workers: a notice every page repeats is gone from each article."""
    import gc
    import weakref

    from digest.cache import Cache
    from digest.extract.stage import PROFILE_CHUNK, extract_stream

    _, client = cluster
    executor = DaskExecutor(client)
    alive: list[weakref.ref] = []
    most = 0
    notice = "Every story on this site is checked by two editors before it is published here."

    def pages():
        nonlocal most
        for i in range(300):
            gc.collect()
            most = max(most, sum(ref() is not None for ref in alive))
            text = _page(f"Report {i}").decode().replace("report reported", f"report {i} reported")
            menu = "".join(f"<li>{entry}</li>" for entry in ("Home", "World", "Business", "Sport"))
            text = text.replace("<body>", f"<body><ul>{menu}</ul>")
            text = text.replace("</article>", f"<p>{notice}</p></article>")
            doc = SourceDoc(path=f"p{i}.html", kind="html", text=text, sha256=str(i))
            alive.append(weakref.ref(doc))
            yield doc

    first_reading = pages()
    paths, outcomes = extract_stream(pages(), first_reading, Cache(None), executor)
    assert paths == [f"p{i}.html" for i in range(300)]
    assert [a.title for a, _ in outcomes] == [f"Report {i}" for i in range(300)]
    assert not any(notice in a.text for a, _ in outcomes)
    window = STREAM_WINDOW * STREAM_CHUNK * executor.workers
    assert most <= max(window + STREAM_CHUNK, PROFILE_CHUNK + 1), most


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_without_the_extra_dask_says_how_to_install(tmp_path):
    fake = tmp_path / "fake" / "distributed"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named distributed')\n")
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    env = {**os.environ, "PYTHONPATH": str(fake.parent)}
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "digest", "extract", "--dask", "local", str(page)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode != 0
    assert "pip install 'digest[dask]'" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    done = run_digest("extract", "--dask", "tcp://127.0.0.1:9", str(page))
    assert done.returncode == 1
    assert done.stderr.startswith("digest: error: --dask tcp://127.0.0.1:9")
    assert len(done.stderr.strip().splitlines()) == 1
