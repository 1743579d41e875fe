"""Stage 1, sources: find the input files, read and decode them, hash the bytes.

The only stage that reads input files. Everything that can go wrong with one
file (unreadable, binary, too large, undecodable, bad sidecar) becomes a
warning naming that file, and the file is skipped; the build goes on.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import logging
import os
import re
import stat
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate
from pathlib import Path
from typing import TypeVar

import yaml

from digest import safeyaml
from digest.compressed import GzipProblem, GzipTooLarge, gunzip_capped
from digest.dates import range_problem
from digest.errors import log, warn_file
from digest.models import SourceDoc, SourceKind
from digest.parallel import Forked, ForkedJobFailed, call_logged, can_fork, replay
from digest.safe import visible
from digest.warc import is_warc, read_warc

SUFFIX_KINDS: dict[str, SourceKind] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}
# A source saved compressed ("page.html.gz"): read as the kind its inner suffix names.
COMPRESSED_SUFFIX = ".gz"
SIDECAR_SUFFIX = ".meta.yml"


def source_kind(path: Path | str) -> SourceKind | None:
    """The kind of source a file name says it is, also when gzip-compressed
    ("page.html.gz" is a saved page); None for any other file (WARC files aside)."""
    name = Path(path).name.lower()
    if name.endswith(COMPRESSED_SUFFIX):
        name = name[: -len(COMPRESSED_SUFFIX)]
    return SUFFIX_KINDS.get(Path(name).suffix)


SIDECAR_MAX_BYTES = 1_000_000  # metadata is a few lines; anything bigger is a mistake
META_FIELDS = {
    "url": str,
    "publisher": str,
    "date": str,
    "title": str,
    "author": str,
    "tags": list,
    "lang": str,
}
# Written into sidecars for people (when `digest fetch` saved the page); read by nothing.
INFO_FIELDS = frozenset({"fetched"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
# Files to read before a build reads the second half of them in a forked process
# while this one reads the first: below this, the fork costs more than it saves.
FORK_MIN_FILES = 200
# Above this many bytes of sources, no second process: its half of the documents
# comes back as one message, held twice while it arrives.
FORK_MAX_BYTES = 256 * 2**20
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class SourceLimits:
    """What a source may be: its size, and where its bytes may come from.

    `root` is the folder nothing may be read from outside of (the content
    folder in a build); a symbolic link, whether to a file, a sidecar or a
    folder, is followed only when `follow_symlinks` is set and its target
    resolves inside `root`. A link in a checked-out repository looks harmless
    in review yet can point at `.git/config` (which holds the checkout's token)
    or at /etc/passwd, and everything read from a source ends up published.
    """

    max_bytes: int = 20 * 1024 * 1024
    root: Path | None = None
    follow_symlinks: bool = False


def find_source_files(content_dir: Path, limits: SourceLimits | None = None) -> list[Path]:
    """Every candidate input file under `content_dir`, in a stable order.

    Linked folders are never walked into: one that leads outside the content
    folder is refused, and one inside it holds nothing the walk does not reach
    by its real path (it is warned about unless `follow_symlinks` is set).
    """
    limits = limits or SourceLimits(root=content_dir)
    found = []
    for dirpath, dirnames, filenames in os.walk(content_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in dirnames:
            folder = Path(dirpath) / d
            refusal = link_refusal(folder, limits) if folder.is_symlink() else None
            if refusal:
                warn_file(folder.relative_to(content_dir).as_posix(), f"{refusal}, skipped")
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            if is_warc(name) or source_kind(name) is not None:
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(content_dir).as_posix())


def read_sources(content_dir: Path, limits: SourceLimits | None = None) -> list[SourceDoc]:
    """Read every usable source under `content_dir`; warn about and skip the rest.

    With many files (and no crawl among them), the second half is read in a forked
    process while this one reads the first: decoding and normalising the text keeps
    a core busy (0.29 s for a thousand files), and the other one was idle. Its
    warnings come after this half's, as a build reading them in turn gives them."""
    limits = limits or SourceLimits()
    if limits.root is None:
        limits = replace(limits, root=content_dir)
    files = find_source_files(content_dir, limits)
    middle = None
    if len(files) >= FORK_MIN_FILES and not any(map(is_warc, files)) and can_fork():
        middle = _half_of_the_bytes(files)
    if middle is None:
        return list(_read_all(files, content_dir, limits))
    worker = Forked(partial(call_logged, _read_list, (files[middle:], content_dir, limits)))
    try:
        docs = list(_read_all(files[:middle], content_dir, limits))
    except BaseException:
        worker.close()
        raise
    try:
        rest, records = worker.result()
    except ForkedJobFailed:  # the worker raised or died: read them here, as without it
        return docs + list(_read_all(files[middle:], content_dir, limits))
    replay(records)
    return docs + rest


def _read_list(job: tuple[list[Path], Path, SourceLimits]) -> list[SourceDoc]:
    return list(_read_all(*job))


def _half_of_the_bytes(files: list[Path]) -> int | None:
    """Where to split `files` so that each part holds about half of their bytes (the
    reading time goes with them: a page is many times a text copy's size); None
    above FORK_MAX_BYTES in all. Only sizes are looked at; the reading makes every check."""
    sizes = []
    for path in files:
        try:
            sizes.append(os.lstat(path).st_size)
        except OSError:
            sizes.append(0)
    running = list(accumulate(sizes))
    if running[-1] > FORK_MAX_BYTES:
        return None
    return max(1, bisect_left(running, running[-1] / 2))  # the first past half the bytes


def iter_sources(content_dir: Path, limits: SourceLimits | None = None) -> Iterator[SourceDoc]:
    """`read_sources` one document at a time: a crawl's pages are read as they are
    used, never all held (a WARC file gives one document per page)."""
    limits = limits or SourceLimits()
    if limits.root is None:
        limits = replace(limits, root=content_dir)
    files = find_source_files(content_dir, limits)
    yield from _read_all(files, content_dir, limits)


def quiet_sources(
    content_dir: Path, limits: SourceLimits, kinds: frozenset[str]
) -> Iterator[SourceDoc]:
    """The documents of `kinds` that `iter_sources` gives, in its order, read without a
    word: a first pass over the collection before it is read (and warned about) as it
    goes. Files of other kinds are not opened."""
    if limits.root is None:
        limits = replace(limits, root=content_dir)
    with _quiet():
        files = [
            path
            for path in find_source_files(content_dir, limits)
            if source_kind(path) in kinds or is_warc(path)
        ]
    for doc in quietly(_read_all(files, content_dir, limits)):
        if doc.kind in kinds:
            yield doc


T = TypeVar("T")


def quietly(items: Iterable[T]) -> Iterator[T]:
    """The items, each one made with errors only logged: a reading's warnings are given
    when the sources are read again, while what the caller does between items (a cache,
    a cluster) is heard as usual."""
    iterator = iter(items)
    while True:
        with _quiet():
            try:
                item = next(iterator)
            except StopIteration:
                return
        yield item


@contextmanager
def _quiet() -> Iterator[None]:
    """Errors only, while the block runs."""
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def read_paths(
    paths: Iterable[Path | str], limits: SourceLimits | None = None
) -> list[SourceDoc | None]:
    """Read files named on a command line; the path is kept as given.

    A path named explicitly is read even when it is a link (as `cat` would);
    its sidecar is still held to the source's own folder.
    """
    limits = limits or SourceLimits()
    return [read_source(Path(p), str(p), limits) for p in paths]


def _read_all(files: list[Path], root: Path, limits: SourceLimits) -> Iterator[SourceDoc]:
    for path in files:
        if is_warc(path):  # many pages per file
            yield from read_warc_source(path, path.relative_to(root).as_posix(), limits)
            continue
        doc = read_source(path, path.relative_to(root).as_posix(), limits)
        if doc is not None:
            yield doc


def read_warc_source(path: Path, shown: str, limits: SourceLimits) -> Iterator[SourceDoc]:
    """The pages of a WARC file (digest.warc), held to the same link rules as any source."""
    refusal = link_refusal(path, limits) if limits.root is not None else None
    if refusal:
        warn_file(shown, f"{refusal}, skipped")
        return
    follow = limits.root is None or (limits.follow_symlinks and path.is_symlink())
    yield from read_warc(path, shown, limits.max_bytes, follow)


def read_source(path: Path, shown: str, limits: SourceLimits) -> SourceDoc | None:
    """Read one file into a SourceDoc, or warn (one line naming the file) and return None.

    Whatever goes wrong with one file, even a failure nobody foresaw, costs that
    file and not the build.
    """
    try:
        return _read_source(path, shown, limits)
    except Exception as exc:
        warn_file(shown, f"cannot be read ({type(exc).__name__}), skipped")
        return None


def _read_source(path: Path, shown: str, limits: SourceLimits) -> SourceDoc | None:
    kind = source_kind(path)
    if kind is None:
        warn_file(shown, f"unsupported file type '{path.suffix}', skipped")
        return None
    refusal = link_refusal(path, limits) if limits.root is not None else None
    if refusal:
        warn_file(shown, f"{refusal}, skipped")
        return None
    follow = limits.root is None or (limits.follow_symlinks and path.is_symlink())
    data = _read_limited(path, shown, limits.max_bytes, follow)
    if data is not None and path.name.lower().endswith(COMPRESSED_SUFFIX):
        data = _gunzip_limited(data, shown, limits.max_bytes)
    if data is None:
        return None
    decoded = page_text(data, shown, "empty file", lambda raw: decode_bytes(raw, kind))
    if decoded is None:
        return None
    text, encoding = decoded
    meta: dict[str, object] = {}
    if kind == "markdown":
        meta, text = split_front_matter(text, shown)
    meta.update(read_sidecar(path, shown, limits))
    return SourceDoc(
        path=shown,
        kind=kind,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        meta=tuple(sorted(meta.items())),
    )


def page_text(
    data: bytes, shown: str, empty: str, decode: Callable[[bytes], tuple[str | None, str]]
) -> tuple[str, str] | None:
    """A source's text, normalised, and its encoding; None after a warning naming `shown`
    when there is nothing in it (`empty` says what was empty) or it is not text.

    Files and WARC records both come through here; only how bytes become text differs.
    """
    if not data.strip():
        warn_file(shown, f"{empty}, skipped")
        return None
    text, encoding = decode(data)
    if text is None:
        warn_file(shown, "binary data, not text, skipped")
        return None
    return normalise_text(c1_as_cp1252(text)), encoding


def _read_limited(path: Path, shown: str, max_bytes: int, follow: bool = True) -> bytes | None:
    """The file's bytes, or None after a warning.

    The size is checked with stat() before reading, and the read itself is
    capped, so a huge file (or one that grows while we read it) never lands in
    memory. Symlinks that lead nowhere, FIFOs and devices are refused: reading
    a FIFO would block the build forever. Unless `follow`, the file is opened
    with O_NOFOLLOW, so a link swapped in after the checks is not read either.
    """
    try:
        if path.is_symlink() and not path.exists():
            warn_file(shown, "broken or looping symbolic link, skipped")
            return None
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            warn_file(shown, "not a regular file, skipped")
            return None
        if info.st_size > max_bytes:
            warn_file(shown, f"{_too_large(info.st_size, max_bytes)}, skipped")
            return None
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
        if not follow:
            flags |= getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(path, flags), "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        warn_file(shown, f"cannot read file ({exc.strerror or exc}), skipped")
        return None
    if len(data) > max_bytes:
        warn_file(shown, f"{_too_large(len(data), max_bytes)}, skipped")
        return None
    return data


def _gunzip_limited(data: bytes, shown: str, max_bytes: int) -> bytes | None:
    """A compressed source's bytes (`gunzip_capped`), or None after a warning naming it."""
    try:
        return gunzip_capped(data, max_bytes)
    except GzipTooLarge:
        warn_file(
            shown,
            f"over {max_bytes / 1e6:.1f} MB once decompressed, the limit "
            "(raise max_file_mb in digest.yml to accept it), skipped",
        )
    except GzipProblem as exc:
        warn_file(shown, f"{exc}, skipped")
    return None


def link_refusal(path: Path, limits: SourceLimits) -> str | None:
    """Why a symbolic link may not be read, or None (not a link, or an allowed one).

    Broken and looping links are left to the reader, which says so.
    """
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    root = (limits.root or path.parent).resolve()
    if target != root and root not in target.parents:
        return "symbolic link to a place outside the content folder, refused"
    if not limits.follow_symlinks:
        return "symbolic link (set follow_symlinks: true to follow links inside the content folder)"
    return None


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
        "(raise max_file_mb in digest.yml to accept it)"
    )


def _c1_as_cp1252() -> dict[int, str]:
    """C1 control characters (U+0080-U+009F) as the windows-1252 characters of the same
    byte: text decoded as latin-1 somewhere upstream carries U+0092 where the writer
    typed "’" (and U+0093/U+0094 for quotation marks, U+0096 for a dash)."""
    table = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # the five bytes windows-1252 leaves undefined: dropped as controls
    return table


_C1_AS_CP1252 = _c1_as_cp1252()
_C1 = re.compile("[\x80-\x9f]")


def c1_as_cp1252(text: str) -> str:
    """C1 control characters read as the windows-1252 punctuation they stand for
    ("wasn\x92t" is "wasn’t"): done to decoded sources before `normalise_text`,
    which would drop them as controls. Most texts have none: looking for one first
    (in C) spares `str.translate`, which copies the text character by character
    (0.08 s of every no-change build of 100 sources)."""
    if _C1.search(text) is None:
        return text
    return text.translate(_C1_AS_CP1252)


def normalise_text(text: str) -> str:
    """Normalise line endings (CRLF, CR, mixed, Unicode separators); drop control
    characters and invisible ones (bidirectional controls, zero-width characters:
    see digest.safe.INVISIBLE_CHARS)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    return visible(text)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# What a page declares and what it means, as browsers read labels (the WHATWG Encoding
# Standard): latin-1 and ascii are windows-1252, ISO-8859-9 windows-1254, GB2312 the
# GBK superset, EUC-KR Microsoft's 949, TIS-620 windows-874, Big5 with the Hong Kong
# characters; Shift_JIS pages use Microsoft's superset; and labels Python's codecs do
# not know ("iso-8859-8-i", "x-mac-roman") name the codec that reads them.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "gb2312": "gbk",
    "gb_2312-80": "gbk",
    "csgb2312": "gbk",
    "x-gbk": "gbk",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "windows-949": "cp949",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "windows-874": "cp874",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-8-e": "iso8859_8",
    "csiso88598i": "iso8859_8",
    "logical": "iso8859_8",
    "visual": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "iso-8859-6-e": "iso8859_6",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-euc-jp": "euc_jp",
}
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""", re.I)


def decode_bytes(data: bytes, kind: SourceKind) -> tuple[str | None, str]:
    """Decode bytes to text; returns (None, '') for binary data.

    Order: a byte-order mark; then UTF-8 when the bytes are valid UTF-8 (a page
    that is UTF-8 but declares another charset is common, while legacy text
    that happens to be valid UTF-8 with non-ASCII is very rare); then the
    charset the HTML declares, if the bytes decode with it; then a guess
    (East Asian encodings checked by the scripts they produce, then
    charset-normalizer, preferring windows-1252 among equally good Western
    single-byte codecs).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                break
    if b"\x00" not in data and _ISO_2022_ESCAPE.search(data):
        # seven-bit bytes that also read as UTF-8, whose escapes switch to JIS or KS
        # characters ("\x1b$B" ... "\x1b(B"), as Japanese and Korean mail and pages were
        # sent; read before the binary test, which ISO-2022-KR's shift bytes would fail
        label = _declared_charset(data[:4096]) or ""
        korean = b"\x1b$)C" in data  # KS X 1001 designated: ISO-2022-KR
        for codec in (label, *(("iso2022_kr", "iso2022_jp_2") if korean else ("iso2022_jp_2",))):
            if codec.replace("_", "-").startswith("iso-2022") or codec.startswith("iso2022"):
                try:
                    return data.decode(codec), codec
                except (UnicodeError, LookupError):
                    continue
    if _looks_binary(data):
        return None, ""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mended = mostly_utf8(data)
    if mended is not None:
        return mended, "utf-8"
    if kind == "html":
        declared = _declared_charset(data[:4096])
        if declared:
            try:
                text = data.decode(declared)
            except (UnicodeError, LookupError, ValueError, TypeError):
                pass  # not that charset, or a name that is no text codec ("undefined", "rot13")
            else:
                codec = declared
                for twin in _TWINS:  # each may read the bytes in another code page
                    text, codec = twin(data, text, codec)
                return text, codec
    text, codec = _guess(data)
    if _mostly_junk(text):
        return None, ""
    return text, codec


def _windows_twin(data: bytes, text: str, declared: str) -> tuple[str, str]:
    """The text in the Windows code page that shares the declared ISO-8859 charset's
    alphabet, when the declared charset left C1 control characters in it: ISO-8859
    reserves bytes 0x80-0x9F for controls no text holds, where the Windows page keeps
    letters and punctuation ("Š" of windows-1250 bytes under an ISO-8859-2 label, as
    editors of the time saved them); else the text as declared."""
    try:
        twin = _WINDOWS_TWINS.get(codecs.lookup(declared).name)
    except LookupError:
        return text, declared
    if twin is None or _C1.search(text) is None:
        return text, declared
    # only letters of the Windows page in those bytes say it: a stray 0x96 dash or 0x93
    # quotation mark in a true ISO-8859 page is punctuation c1_as_cp1252 mends, and the
    # page's other letters are the declared charset's
    c1_bytes = set(_C1_BYTES.findall(data))
    if not any(b.decode(twin, "replace").isalpha() for b in c1_bytes):
        return text, declared
    try:
        return data.decode(twin), twin
    except UnicodeDecodeError:
        return text, declared


def _currency_twin(data: bytes, text: str, declared: str) -> tuple[str, str]:
    """The text in the code page whose currency sign the byte 0xA4 is, when a page holds
    that byte beside a number ("12 ¤", "¤ 12", "42 thousand ¤") and none of the bytes
    the two code pages read otherwise besides (`_CURRENCY_TWINS`); else the text as
    given ("¤" as a menu's separator stays).

    Read as labelled, 0xA4 is the generic currency sign "¤", which no price is written
    in. Under a Latin-1 or windows-1252 label it is the euro of ISO-8859-15 (the Latin-1
    of the euro, which French, Spanish and Finnish pages were saved in); under an
    ISO-8859-8 label the new shekel of windows-1255, which Hebrew pages were saved in."""
    try:
        twin = _CURRENCY_TWINS.get(codecs.lookup(declared).name)
    except LookupError:
        return text, declared
    if twin is None or not _CURRENCY_BYTE_BY_NUMBER.search(data):
        return text, declared
    codec, read_otherwise = twin
    if read_otherwise is not None and read_otherwise.search(data):
        return text, declared  # "½" or "´" of windows-1252: not ISO-8859-15
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:  # a byte the twin leaves undefined: not its text
        return text, declared


# the byte after a number, or after a number and its word written in letters of the
# code page's own (Hebrew "42 אלף ₪"; not a Latin footer's "© 2010 Courrier ¤"), or before one
_CURRENCY_BYTE_BY_NUMBER = re.compile(rb"\d(?:\s[\xc0-\xff]{1,12})?\s?\xa4|\xa4\s?\d")
# Code pages as labelled (as codecs names them), the code page whose currency sign 0xA4
# is, and the bytes besides 0xA4 the two read differently (None: the twin reads every
# byte the label's page does alike, or fails on it)
_CURRENCY_TWINS: dict[str, tuple[str, re.Pattern[bytes] | None]] = {
    "cp1252": ("iso8859_15", re.compile(rb"[\x80-\x9f\xa6\xa8\xb4\xb8\xbc-\xbe]")),
    "iso8859-8": ("cp1255", None),
}


def _ukrainian_twin(data: bytes, text: str, declared: str) -> tuple[str, str]:
    """The text in KOI8-U, when a page labelled KOI8-R holds one of the bytes the two
    read differently next to a letter: KOI8-R draws boxes with the bytes where KOI8-U
    keeps the Ukrainian letters "є", "і", "ї", "ґ" and their capitals, and no word holds
    a box's corner ("Зеленог╕рську" is "Зеленогірську"); else the text as given."""
    try:
        if codecs.lookup(declared).name != "koi8-r":
            return text, declared
    except LookupError:
        return text, declared
    if not _UKRAINIAN_LETTER_IN_WORD.search(data):
        return text, declared
    return data.decode("koi8_u"), "koi8_u"


# one of KOI8-U's own letter bytes beside a letter of KOI8-R (bytes 0xC0-0xFF)
_UKRAINIAN_LETTER_IN_WORD = re.compile(
    rb"[\xc0-\xff][\xa4\xa6\xa7\xad\xb4\xb6\xb7\xbd]|[\xa4\xa6\xa7\xad\xb4\xb6\xb7\xbd][\xc0-\xff]"
)


_C1_BYTES = re.compile(rb"[\x80-\x9f]")
# ISO-2022's shifts into two-byte sets (JIS X 0208, JIS X 0212, KS X 1001).
_ISO_2022_ESCAPE = re.compile(rb"\x1b\$[@B]|\x1b\$\(D|\x1b\$\)C")
# The single-byte Cyrillic code pages that pages of the time were saved in and labelled
# with almost at random, the most used first (the Mac and DOS pages read either of the first
# two as small letters too, wrong ones: they are no candidates, only labels).
_CYRILLIC_PAGES = ("cp1251", "koi8_u", "iso8859_5")  # KOI8-U reads KOI8-R's letters too
_CYRILLIC_LABELS = (*_CYRILLIC_PAGES, "koi8_r", "mac_cyrillic", "cp866")
_CYRILLIC_NAMES = frozenset(codecs.lookup(codec).name for codec in _CYRILLIC_LABELS)
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
# Share of small letters among a text's Cyrillic letters below which the declared code
# page reads it wrong, and above which another reads it right: prose is mostly small
# letters, and bytes read in the wrong Cyrillic page swap small letters and capitals.
_WRONG_SMALL_SHARE = 0.5
_RIGHT_SMALL_SHARE = 0.7
_CYRILLIC_LETTERS = 20  # fewer letters than this say nothing


# The most frequent letters of Russian, Ukrainian, Bulgarian and Serbian prose, small:
# about half the letters of such a text, and far fewer of one read in the wrong code
# page, which maps them to other letters, not only to the other case.
_COMMON_CYRILLIC = frozenset("оеаинтсрвлі")
COMMON_GAIN = 0.15  # how much more of them another code page's reading must hold


def _letter_shares(text: str) -> tuple[float, float]:
    """Shares of small letters and of the most frequent letters among the text's
    Cyrillic letters ("нХОЙГЙРБМШОБС" is "Муниципальная" of KOI8-R bytes read as
    windows-1251); (1.0, 0.0) for a text of too few to say anything."""
    letters = _CYRILLIC_LETTER.findall(text)
    if len(letters) < _CYRILLIC_LETTERS:
        return 1.0, 0.0
    small = sum(letter.islower() for letter in letters)
    common = sum(letter.lower() in _COMMON_CYRILLIC for letter in letters)
    return small / len(letters), common / len(letters)


def _cyrillic_twin(data: bytes, text: str, declared: str) -> tuple[str, str]:
    """The text in the Cyrillic code page the bytes were written in, when a Cyrillic
    page's declared one reads them as mostly capitals and another as mostly small
    letters, more of them the language's most frequent ones; else as given."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return text, declared
    if name not in _CYRILLIC_NAMES:
        return text, declared
    small, common = _letter_shares(text)
    if small >= _WRONG_SMALL_SHARE:
        return text, declared
    for codec in _CYRILLIC_PAGES:
        if codecs.lookup(codec).name == name:
            continue
        try:
            other = data.decode(codec)
        except UnicodeDecodeError:
            continue
        other_small, other_common = _letter_shares(other)
        # not a page written mostly in capitals ("ГЛАВНАЯ | НОВОСТИ"), which any other
        # page reads as small letters, but other ones
        if other_small >= _RIGHT_SMALL_SHARE and other_common >= common + COMMON_GAIN:
            return other, codec  # the first, most used page that reads them as prose
    return text, declared


# The readings of the bytes in the code page they were written in rather than the one
# declared, tried in turn on the declared one's text (each gives the text and its codec).
_TWINS = (_windows_twin, _currency_twin, _ukrainian_twin, _cyrillic_twin)


# ISO-8859 charsets (as codecs names them) and the Windows code page of the same alphabet.
_WINDOWS_TWINS = {
    "iso8859-2": "cp1250",
    "iso8859-7": "cp1253",
    "iso8859-8": "cp1255",
    "iso8859-9": "cp1254",
    "iso8859-13": "cp1257",
    "iso8859-15": "cp1252",
}


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few bad bytes (a truncated copy, one pasted byte), with the
    bad bytes replaced; None when the bytes do not read as UTF-8 at all.

    Legacy single-byte text (windows-1252, latin-2) almost never forms a valid
    multi-byte UTF-8 sequence, while every accented letter of it is an invalid
    one; so text with at least as many valid multi-byte sequences as invalid
    bytes is taken as UTF-8. Decoding such a page whole as cp1250 turned every
    "é" into "Ă©".
    """
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return text if valid >= invalid else None


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    return _CHARSET_ALIASES.get(name, name)


# (codec, script ranges its text is written in, ranges of which some must occur)
_KANA = ((0x3040, 0x30FF),)
_CJK_COMMON = ((0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF5E), (0x2000, 0x206F))
_EAST_ASIAN = (
    ("cp932", (*_KANA, *_CJK_COMMON), _KANA),
    ("euc_jp", (*_KANA, *_CJK_COMMON), _KANA),
    ("euc_kr", ((0xAC00, 0xD7AF), (0x3130, 0x318F), *_CJK_COMMON), ((0xAC00, 0xD7AF),)),
    ("gb18030", _CJK_COMMON, ((0x4E00, 0x9FFF),)),
    ("big5", _CJK_COMMON, ((0x4E00, 0x9FFF),)),
)


def _guess(data: bytes) -> tuple[str, str]:
    """Best-effort decoding of bytes that are neither UTF-8 nor declared."""
    for codec, script, required in _EAST_ASIAN:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [ord(c) for c in text if ord(c) > 0x7F]
        inside = sum(1 for o in wide if any(lo <= o <= hi for lo, hi in script))
        marker = sum(1 for o in wide if any(lo <= o <= hi for lo, hi in required))
        letters = sum(1 for c in text if not c.isspace())
        if (
            len(wide) >= 0.3 * letters  # East Asian text is mostly wide characters
            and inside >= 0.95 * len(wide)
            and marker >= 0.1 * len(wide)
        ):
            return text, codec
    from charset_normalizer import from_bytes

    matches = [
        m
        for m in from_bytes(data)
        if m.encoding and not m.encoding.startswith(("utf_16", "utf_32"))  # no BOM, no NUL
    ]
    if matches:
        best = matches[0]
        for match in matches:
            if match.encoding == "cp1252" and match.chaos <= best.chaos:
                return str(match), "cp1252"
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


# Control bytes that do not occur in text (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_JUNK_CHARS = "\ufffd" + "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r\x0c")


def _looks_binary(data: bytes) -> bool:
    """A NUL byte, or more than 5% control bytes, in the first 8 KB.

    Counted with bytes.translate (in C): a Python loop over every byte of
    every file was a noticeable part of reading thousands of sources.
    """
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > len(sample) * 0.05


def _mostly_junk(text: str) -> bool:
    """Decoded 'text' that is mostly replacement or control characters is binary."""
    sample = text[:8192]
    junk = sum(map(sample.count, _JUNK_CHARS))
    return junk > len(sample) * 0.05


def safe_load(text: str) -> object:
    """YAML metadata, within digest.safeyaml's depth and alias limits."""
    return safeyaml.safe_load(text)


def split_front_matter(text: str, shown: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter from a Markdown source; bad front matter is a warning."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    body = text[match.end() :]
    try:
        data = safe_load(match.group(1))
    except yaml.YAMLError as exc:
        problem = f" ({exc})" if isinstance(exc, safeyaml.YAMLLimitError) else ""
        warn_file(shown, f"invalid YAML front matter{problem}, ignored")
        return {}, body
    return validate_meta(data, shown, "front matter"), body


def read_sidecar(path: Path, shown: str, limits: SourceLimits | None = None) -> dict[str, object]:
    """Read `NAME.meta.yml` beside a source (NAME with or without its suffix, and for
    a compressed source without ".gz" either: `page.html.gz` takes `page.meta.yml`).

    A sidecar is held to the same rule as its source: a link to somewhere
    outside the content folder is refused, so a linked sidecar cannot publish
    another file's text as a title or an outlet name.
    """
    limits = limits or SourceLimits(root=path.parent)
    names = [path.name, path.stem]
    if path.name.lower().endswith(COMPRESSED_SUFFIX):
        names.append(Path(path.stem).stem)
    for candidate in (path.with_name(name + SIDECAR_SUFFIX) for name in dict.fromkeys(names)):
        refusal = link_refusal(candidate, limits)
        if refusal:
            warn_file(shown, f"sidecar {candidate.name}: {refusal}, ignored")
            return {}
        if candidate.is_file():
            try:
                if candidate.stat().st_size > SIDECAR_MAX_BYTES:
                    raise ValueError(f"larger than {SIDECAR_MAX_BYTES // 1000} kB")
                data = safe_load(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError, yaml.YAMLError) as exc:
                problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                warn_file(shown, f"sidecar {candidate.name} is unreadable ({problem}), ignored")
                return {}
            return validate_meta(data, shown, f"sidecar {candidate.name}")
    return {}


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")


def iso_date(value: object) -> str | None:
    """A metadata date as ISO 8601 text, or None if it is not a real date.

    Dates end up in URLs (archive/2025-04) and in pages unescaped, so only
    well-formed ones are kept.
    """
    if isinstance(value, datetime.date):  # YAML reads 2025-04-08 as a date
        return value.isoformat()
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        return None
    try:
        datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return value.strip()


def validate_meta(data: object, shown: str, what: str) -> dict[str, object]:
    """Keep the known metadata fields of the right type; warn about the rest."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        warn_file(shown, f"{what} must be a mapping, ignored")
        return {}
    meta: dict[str, object] = {}
    for key, value in data.items():
        key = str(key)
        if key in INFO_FIELDS or value is None:
            continue  # `author:` left empty (null) means not given, as `digest fetch` writes it
        if key not in META_FIELDS:
            warn_file(shown, f"{what}: unknown field '{key}', ignored")
            continue
        if key == "date":
            value = iso_date(value)
            if value is None:
                warn_file(shown, f"{what}: 'date' must be an ISO 8601 date (YYYY-MM-DD), ignored")
                continue
            out_of_range = range_problem(value)
            if out_of_range:
                warn_file(shown, f"{what}: {out_of_range}, ignored")
                continue
        if key == "tags":
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                warn_file(shown, f"{what}: 'tags' must be a list of strings, ignored")
                continue
            meta[key] = tuple(value)
            continue
        if not isinstance(value, META_FIELDS[key]):
            warn_file(shown, f"{what}: '{key}' must be text, got {type(value).__name__}, ignored")
            continue
        meta[key] = value
    return meta
