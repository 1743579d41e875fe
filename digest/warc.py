"""WARC files as sources: every HTML response record is one page.

A crawl (Common Crawl's CC-NEWS, a newsroom's own archive) comes as WARC
files of thousands of records each, often gzipped record by record. They are
read with warcio, one record at a time: a file of several gigabytes never sits
in memory, only the record being decoded (its payload capped like any source).

What a record gives the page: its URL from `WARC-Target-URI` (the crawler
asked for exactly this address, so it wins like a sidecar's `url`), and its
fetch date from `WARC-Date`, used only when the page states no publication
date of its own (`fetched` in the document's metadata). The document's path is
`FILE#RECORD-ID` (the `WARC-Record-ID` without its angle brackets), so a
warning or an extract row names the record, not just the file. A page that
names no publisher gets its URL's host as its outlet (`site`), rather than
the record's path: one outlet per site, not one per record.

Non-HTML records (requests, metadata, images, revisits) are skipped quietly:
a crawl is mostly those. A record that cannot be read is a one-line warning
naming it, and the next record is read; data past a broken gzip member cannot
be resynchronised, so that ends the file (with a warning).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digest.errors import log, warn_file
from digest.models import SourceDoc

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str | Path) -> bool:
    """Whether a file name is a WARC file (plain or gzipped)."""
    return str(name).lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, shown: str, max_bytes: int, follow: bool = True) -> Iterator[SourceDoc]:
    """Every HTML response record of one WARC file, as SourceDocs, in file order.

    `max_bytes` caps one record's payload (the file itself may be any size).
    Unless `follow`, a symbolic link is not opened (the caller checked it).
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # a declared dependency; only a broken install lacks it
        warn_file(shown, "reading WARC files needs warcio (pip install warcio), skipped")
        return
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        if path.is_symlink() and not path.exists():
            warn_file(shown, "broken or looping symbolic link, skipped")
            return
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the build forever
            warn_file(shown, "not a regular file, skipped")
            return
        handle = os.fdopen(os.open(path, flags), "rb")
    except OSError as exc:
        warn_file(shown, f"cannot read file ({exc.strerror or exc}), skipped")
        return
    number = 0
    # warcio writes what it finds amiss between records to stderr itself, several
    # lines each time; it is caught here and becomes one warning naming the file.
    noise = io.StringIO()
    with handle:
        records = iter(ArchiveIterator(handle))
        try:
            while True:
                with contextlib.redirect_stderr(noise):
                    record = next(records, None)
                if record is None:
                    break
                number += 1
                if record.rec_type != "response":
                    continue
                doc = _record_doc(record, shown, number, max_bytes)
                if doc is not None:
                    yield doc
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            text = str(exc).strip()
            problem = text.splitlines()[0] if text else type(exc).__name__
            warn_file(
                shown, f"unreadable WARC data after record {number} ({problem}), rest skipped"
            )
            return
    if noise.getvalue():
        warn_file(shown, "damaged WARC record boundaries (a wrong Content-Length?), read past them")


def _record_doc(record: Any, shown: str, number: int, max_bytes: int) -> SourceDoc | None:
    """One response record as a SourceDoc, or None (non-HTML quietly, broken with a warning)."""
    from digest.sources import iso_date, page_text

    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
    where = f"{shown}#{record_id or f'record-{number}'}"
    http = record.http_headers
    if http is None:
        return None  # a response without an HTTP envelope (dns:, ftp): not a page
    content_type = (http.get_header("Content-Type") or "").lower()
    if not any(kind in content_type for kind in HTML_TYPES):
        return None
    status = (http.get_statuscode() or "").strip()
    if status and not status.startswith("2"):
        log.debug("%s: HTTP status %s, not a page, skipped", where, status)
        return None
    try:
        data = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # truncated chunking, bad content encoding: this record only
        warn_file(where, f"unreadable WARC record ({type(exc).__name__}: {exc}), skipped")
        return None
    if len(data) > max_bytes:
        warn_file(where, f"record payload over the {max_bytes / 1e6:.1f} MB limit, skipped")
        return None
    if _cut_short(record):
        warn_file(where, "WARC record cut short (truncated file?), skipped")
        return None
    decoded = page_text(data, where, "empty WARC record", lambda raw: _decode(raw, content_type))
    if decoded is None:
        return None
    text, encoding = decoded
    meta: dict[str, object] = {}
    url = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    if url:
        meta["url"] = url
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host:
            meta["site"] = host
    fetched = iso_date((headers.get_header("WARC-Date") or "")[:10])
    if fetched:
        meta["fetched"] = fetched
    return SourceDoc(
        path=where,
        kind="html",
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        meta=tuple(sorted(meta.items())),
    )


def _cut_short(record: Any) -> bool:
    """Whether the file ended before the record's declared length: warcio then hands
    over what there was, and half a page would pass for a whole one."""
    raw = record.raw_stream
    while raw.read(65536):
        pass
    return bool(getattr(raw, "limit", 0))


def _decode(data: bytes, content_type: str) -> tuple[str | None, str]:
    """The page's text: as any HTML source, except that a charset the HTTP header
    names is tried first when the bytes are not UTF-8 (the server said so)."""
    from digest.sources import _CHARSET_ALIASES, decode_bytes

    declared = content_type.partition("charset=")[2].split(";")[0].strip().strip("\"'")
    declared = _CHARSET_ALIASES.get(declared, declared)
    if declared and declared.replace("-", "").replace("_", "") != "utf8":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                pass
    return decode_bytes(data, "html")
