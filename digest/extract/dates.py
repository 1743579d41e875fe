"""The publication date a saved page states about itself, read before any guess.

trafilatura hands dates to htmldate, which, even asked for the original date,
can return the modification date of a page that gives both: a
`<meta property="article:modified_time">` is kept as a "reserve" and returned
before the page's JSON-LD (where `datePublished` stands) is ever read; a
`"datePublished" : "..."` written with a space before the colon, or not in
ISO form, is missed; and a date of the page's URL, of a `<time>` element or
of the text can come first. Pages that carry an explicit publication marker
(schema.org `datePublished` in JSON-LD or microdata, Open Graph or Dublin Core
meta) say which date is the original one; this module reads only those
markers, strongest first, and leaves every other page to trafilatura. The
authors a page declares about itself are read the same way (`declared_authors`).

The marker names are data beside the code (data/dates.yml).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digest import safeyaml
from digest.dates import in_range
from digest.extract.text_metadata import parse_date

_NAMES: dict[str, list[str]] = safeyaml.safe_load(
    (Path(__file__).parent / "data" / "dates.yml").read_text(encoding="utf-8")
)
_ARTICLE_TYPES = frozenset(_NAMES["jsonld_article_types"])
_PAGE_TYPES = frozenset(_NAMES["jsonld_page_types"])
_JSONLD_PUBLISHED = tuple(_NAMES["jsonld_published"])
_JSONLD_CREATED = tuple(_NAMES["jsonld_created"])
_CONTAINERS = frozenset(_NAMES["jsonld_containers"])
_META_PUBLISHED = {name: rank for rank, name in enumerate(_NAMES["meta_published"])}
_ITEMPROP_PUBLISHED = tuple(_NAMES["itemprop_published"])

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_JSONLD_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.I | re.S,
)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([a-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
# Wrappers some pages put around a script's JSON (HTML comments, CDATA sections).
_CDATA = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_MAX_JSONLD = 2_000_000  # characters of one JSON-LD block worth parsing
_MAX_TAG = 2_000  # characters of one start tag
_MAX_DEPTH = 6  # how deep into @graph / mainEntity nesting the article is looked for


def published_date(html: str) -> str | None:
    """The day (YYYY-MM-DD) the page says it was first published, or None.

    JSON-LD `datePublished` of the article wins, then publication meta tags, then
    microdata `itemprop="datePublished"`, and last JSON-LD `dateCreated` (when the
    object was made, not shown: often a server's UTC stamp a day off the
    publisher's own date). A page's modification markers are never read.
    """
    published, created = _jsonld_dates(html)
    return published or _meta_date(html) or _itemprop_date(html) or created


def address_date(html: str) -> str | None:
    """The day the page's own address (its canonical link, else its og:url, in the
    page's head) is filed under ("/article/20100312/NEWS01/...",
    "/news/2009/nov/12/library-sundays/", "/2011/06/08/"), or None. Archive paths of this
    kind are made when an article is first published and kept through its updates. A
    tag in a comment is none of the page's, and a day no calendar has is no date."""
    for address in own_addresses(html):
        try:
            path = urlsplit(address).path
        except ValueError:  # "http://[bad/...": no address to read
            continue
        found = _ADDRESS_DAY.search(path) or _ADDRESS_FIGURES.search(path)
        if found is None:
            continue
        year, month, day = found.groups()
        number = int(month) if month.isdigit() else _MONTHS.get(month.casefold(), 0)
        try:
            iso = date(int(year), number, int(day)).isoformat()
        except ValueError:
            continue  # the 31st of February: no day
        if in_range(iso):
            return iso
    return None


def own_addresses(html: str) -> Iterator[str]:
    """The page's own addresses as its head gives them: its canonical links', then its
    og:url's (a tag in a comment is none of the page's)."""
    head = _HTML_COMMENT.sub("", html[: _head_end(html)])
    for pattern, attribute in ((_CANONICAL, "href"), (_OG_URL, "content")):
        for tag in pattern.findall(head):
            yield _attributes(tag).get(attribute, "")


def day_first_domain(html: str) -> bool:
    """Whether the page's own address ends in a domain of a country whose English-language
    press writes an all-digit date day first (data/dates.yml `day_first_domains`)."""
    for address in own_addresses(html):
        try:
            host = (urlsplit(address).hostname or "").rstrip(".")
        except ValueError:
            continue
        if host:  # (a relative address names no host: the next one may)
            return host.rpartition(".")[2] in _DAY_FIRST_DOMAINS
    return False


def _head_end(html: str) -> int:
    """Where the page's head ends: its closing tag, else its body's start, else the
    first _ADDRESS_READ characters."""
    found = _HEAD_END.search(html, 0, _ADDRESS_READ)
    return found.start() if found else min(len(html), _ADDRESS_READ)


_HEAD_END = re.compile(r"</head\s*>|<body\b", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_ADDRESS_READ = 200_000  # characters of the page's start its <head> stands in
_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical\b[^>]*>", re.I)
_OG_URL = re.compile(r"<meta\b[^>]*\bproperty\s*=\s*[\"']?og:url\b[^>]*>", re.I)
_MONTHS = {name: number for number, name in enumerate(_NAMES["address_months"], start=1)}
_DAY_FIRST_DOMAINS = frozenset(_NAMES["day_first_domains"])
# a year, a month (in figures, or its short English name) and a day, each a segment
_ADDRESS_DAY = re.compile(
    r"/((?:19|20)\d\d)/([01]?\d|" + "|".join(_NAMES["address_months"]) + r")/([0-3]?\d)(?=/|$)",
    re.I,
)
# the three as one segment of eight figures
_ADDRESS_FIGURES = re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?=/|$)")


def day_of(value: object) -> str | None:
    """The calendar day of a date value as the page wrote it ("2020-03-03T23:00Z" is
    the 3rd: the day in the publisher's own zone), or None when it is no date."""
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    match = _ISO_DAY.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        iso = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        parsed = parse_date(value)
        if parsed is None:
            return None
        iso = parsed[0][:10]
    return iso if in_range(iso) else None


def _jsonld_dates(html: str) -> tuple[str | None, str | None]:
    """(datePublished, dateCreated) of the page's article object, else of its WebPage."""
    if "ld+json" not in html:
        return None, None
    found: dict[tuple[tuple[str, ...], int], str] = {}
    for match in _JSONLD_SCRIPT.finditer(html):
        body = match.group(1)
        if len(body) > _MAX_JSONLD or "date" not in body.lower():
            continue
        try:
            data = json.loads(_CDATA.sub("", body))
        except (ValueError, RecursionError):
            continue
        for obj in _objects(data, 0):
            rank = _type_rank(obj)
            if rank is None:
                continue
            keys = {str(k).lower(): v for k, v in obj.items()}
            for names in (_JSONLD_PUBLISHED, _JSONLD_CREATED):
                day = _first_day(keys, names)
                if day and (names, rank) not in found:
                    found[(names, rank)] = day
    return _best(found, _JSONLD_PUBLISHED), _best(found, _JSONLD_CREATED)


def declared_authors(html: str) -> str:
    """The authors a page declares about itself, run together: its author meta tags'
    contents and the "author" of its JSON-LD objects that describe the page (not of the
    comments an object lists), read as the dates are."""
    found = [
        attrs.get("content", "")
        for match in _META_TAG.finditer(html)
        if "author" in (tag := match.group()).lower() or "creator" in tag.lower()
        for attrs in [_attributes(tag)]
        if any(
            name in _META_AUTHORS
            for key in ("property", "name")
            for name in attrs.get(key, "").lower().split()
        )
    ]
    if "ld+json" in html:
        for match in _JSONLD_SCRIPT.finditer(html):
            body = match.group(1)
            if len(body) > _MAX_JSONLD or "author" not in body:
                continue
            try:
                data = json.loads(_CDATA.sub("", body))
            except (ValueError, RecursionError):
                continue
            found += [
                json.dumps(obj["author"], ensure_ascii=False)
                for obj in _objects(data, 0)
                if "author" in obj and obj.get("@type") != "Comment"
            ]
    return "\n".join(found)


_META_AUTHORS = frozenset(_NAMES["meta_authors"])


def _best(found: dict[tuple[tuple[str, ...], int], str], names: tuple[str, ...]) -> str | None:
    """The date under `names` of the best-ranked object that has one."""
    return next((found[(names, rank)] for rank in (0, 1) if (names, rank) in found), None)


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects that describe this page: top-level ones, and those reached
    through a graph or the main entity (not lists of other stories)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if str(key).lower() in _CONTAINERS:
                yield from _objects(value, depth + 1)


def _type_rank(obj: dict[str, Any]) -> int | None:
    """0 for an article, 1 for a web page, None for anything else."""
    kinds = obj.get("@type")
    names = {
        str(k).lower().rsplit("/", 1)[-1] for k in (kinds if isinstance(kinds, list) else [kinds])
    }
    if names & _ARTICLE_TYPES:
        return 0
    if names & _PAGE_TYPES:
        return 1
    return None


def _first_day(keys: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = keys.get(name)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("@value")
        day = day_of(value)
        if day:
            return day
    return None


def _attributes(tag: str) -> dict[str, str]:
    """Lower-cased attribute names of one start tag, with their (unescaped) values."""
    import html as html_lib

    return {
        m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTRIBUTE.finditer(tag)
    }


def _meta_date(html: str) -> str | None:
    """The strongest publication meta tag of the page (Open Graph, Dublin Core, ...)."""
    best: tuple[int, str] | None = None
    for match in _META_TAG.finditer(html):
        tag = match.group()
        if "content" not in tag.lower():
            continue
        attrs = _attributes(tag)
        for key in ("property", "name", "itemprop"):
            # RDFa may give several properties, space-separated ("dc:date dc:created")
            ranks = [_META_PUBLISHED.get(value) for value in attrs.get(key, "").lower().split()]
            rank = min((r for r in ranks if r is not None), default=None)
            if rank is None:
                continue
            day = day_of(attrs.get("content"))
            if day and (best is None or rank < best[0]):
                best = (rank, day)
    return best[1] if best else None


def _itemprop_date(html: str) -> str | None:
    """The first `itemprop="datePublished"` element's date (its datetime or content).

    Found by the property's name as schema.org spells it (a plain substring search:
    a pattern over every tag of a page costs more than trafilatura's date search)."""
    for name in _ITEMPROP_PUBLISHED:
        at = html.find(name)
        while at >= 0:
            start, end = html.rfind("<", 0, at), html.find(">", at)
            if start < 0 or end < 0:
                break
            tag = html[start : end + 1] if end - start < _MAX_TAG else ""  # not a tag: JSON, text
            attrs = _attributes(tag)
            if name in attrs.get("itemprop", "").split():
                day = day_of(attrs.get("datetime")) or day_of(attrs.get("content"))
                day = day or _element_text_day(html, end + 1)
                if day:
                    return day
            at = html.find(name, end)
    return None


def _element_text_day(html: str, start: int) -> str | None:
    """A date written as the element's own text (`<span itemprop=...>May 3, 2020</span>`)."""
    end = html.find("<", start, start + 200)
    text = html[start : end if end >= 0 else start + 80].strip()
    return day_of(text) if text else None
