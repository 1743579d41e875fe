"""WARC files as sources: written here with warcio, read back by the real reader and CLI."""

from __future__ import annotations

import io
import json
import logging
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from digest.sources import SourceLimits, find_source_files, read_sources
from digest.warc import is_warc, read_warc
from tests.conftest import REPO, run_digest

ARTICLE = (REPO / "tests" / "fixtures" / "extract" / "article.html").read_bytes()


def _page(title: str, date: str | None = None, words: int = 120) -> bytes:
    """A small real-looking news page (the fixture's markup with a new headline and body)."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = " ".join(
        f"{title.split()[0].lower()} reported sentence number {i}." for i in range(words)
    )
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()


def write_warc(path: Path, records: list[dict], gzip: bool = True) -> list[str]:
    """Write response (and other) records; returns the WARC-Record-IDs of the responses."""
    ids = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for spec in records:
            http = StatusAndHeaders(
                spec.get("status", "200 OK"),
                [("Content-Type", spec.get("type", "text/html; charset=utf-8"))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                spec["url"],
                spec.get("kind", "response"),
                payload=io.BytesIO(spec["body"]),
                http_headers=http if spec.get("kind", "response") == "response" else None,
                warc_headers_dict={"WARC-Date": spec.get("fetched", "2024-05-02T08:00:00Z")},
            )
            writer.write_record(record)
            if spec.get("kind", "response") == "response":
                ids.append(record.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    return ids


def test_response_records_with_html_are_pages(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(
        path,
        [
            {"url": "https://a.example/one", "body": ARTICLE},
            {
                "url": "https://a.example/one",
                "kind": "request",
                "body": b"GET /one HTTP/1.1\r\n\r\n",
            },
            {"url": "https://a.example/logo.png", "type": "image/png", "body": b"\x89PNG\r\n"},
            {"url": "https://a.example/gone", "status": "404 Not Found", "body": _page("Gone")},
            {"url": "https://a.example/two", "body": _page("Two reports")},
        ],
    )
    docs = list(read_warc(path, "crawl.warc.gz", max_bytes=10_000_000))
    assert [d.path for d in docs] == [f"crawl.warc.gz#{ids[0]}", f"crawl.warc.gz#{ids[-1]}"]
    assert all(d.kind == "html" for d in docs)
    assert docs[0].meta_dict() == {
        "url": "https://a.example/one",
        "fetched": "2024-05-02",
        "site": "a.example",
    }
    assert "<html" in docs[0].text.lower()


def test_extract_rows_name_the_record_and_take_url_and_fetch_date(tmp_path: Path):
    path = tmp_path / "crawl.warc"
    ids = write_warc(
        path,
        [
            {"url": "https://a.example/dated", "body": _page("Dated story", "2023-01-09")},
            {
                "url": "https://a.example/undated",
                "body": _page("Undated story"),
                "fetched": "2024-06-30T23:59:00Z",
            },
        ],
        gzip=False,
    )
    done = run_digest("extract", str(path))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in rows] == [f"{path}#{i}" for i in ids]
    assert [r["url"] for r in rows] == ["https://a.example/dated", "https://a.example/undated"]
    # The page's own publication date wins; the fetch date stands in when it has none.
    assert [r["date"] for r in rows] == ["2023-01-09", "2024-06-30"]
    assert rows[0]["title"] == "Dated story" and "reported sentence" in rows[0]["text"]
    # No publisher named on the page: the outlet is the site, not the record.
    assert [r["publisher"] for r in rows] == ["a.example", "a.example"]


def test_warc_files_in_content_are_found_and_read(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    write_warc(content / "a.warc.gz", [{"url": "https://a.example/1", "body": _page("One")}])
    write_warc(
        content / "b.WARC", [{"url": "https://a.example/2", "body": _page("Two")}], gzip=False
    )
    (content / "notes.gz").write_bytes(b"not a source")
    assert [p.name for p in find_source_files(content)] == ["a.warc.gz", "b.WARC"]
    docs = read_sources(content)
    assert [d.path.split("#")[0] for d in docs] == ["a.warc.gz", "b.WARC"]
    assert is_warc("X.Warc.Gz") and not is_warc("x.warc.bz2")


def test_a_broken_record_is_a_warning_and_the_rest_is_kept(tmp_path: Path, caplog):
    path = tmp_path / "cut.warc.gz"
    write_warc(
        path,
        [{"url": f"https://a.example/{i}", "body": _page(f"Story {i}")} for i in range(3)],
    )
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # the last record is cut short
    with caplog.at_level(logging.WARNING, logger="digest"):
        docs = list(read_warc(path, "cut.warc.gz", max_bytes=10_000_000))
    assert len(docs) == 2
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1 and warnings[0].startswith("cut.warc.gz")
    assert "\n" not in warnings[0]


def test_an_oversized_record_is_skipped_with_a_warning(tmp_path: Path, caplog):
    path = tmp_path / "big.warc.gz"
    write_warc(
        path,
        [
            {"url": "https://a.example/big", "body": _page("Big", words=4000)},
            {"url": "https://a.example/small", "body": _page("Small", words=20)},
        ],
    )
    with caplog.at_level(logging.WARNING, logger="digest"):
        docs = list(read_warc(path, "big.warc.gz", max_bytes=20_000))
    assert [d.meta_dict()["url"] for d in docs] == ["https://a.example/small"]
    assert "big.warc.gz#" in caplog.text and "limit" in caplog.text


def test_garbage_named_warc_is_one_warning(tmp_path: Path):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"this is not a web archive\n" * 10)
    done = run_digest("extract", str(path))
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"] == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "junk.warc.gz" in done.stderr


def test_reading_is_streamed_record_by_record(tmp_path: Path):
    """A 20 MB crawl is read holding about one record at a time, not the file."""
    path = tmp_path / "large.warc.gz"
    page = _page("Streamed story", words=2000)  # ~60 kB per record
    write_warc(path, [{"url": f"https://a.example/{i}", "body": page} for i in range(330)])
    assert path.stat().st_size > 0
    raw = len(page) * 330
    tracemalloc.start()
    count = sum(1 for _ in read_warc(path, "large.warc.gz", max_bytes=10_000_000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 330
    assert peak < raw / 10, (peak, raw)


@pytest.mark.parametrize("limits", [SourceLimits(root=None)])
def test_a_fifo_named_warc_is_refused(tmp_path: Path, limits: SourceLimits):
    import os

    fifo = tmp_path / "pipe.warc"
    os.mkfifo(fifo)
    assert list(read_warc(fifo, "pipe.warc", limits.max_bytes)) == []
