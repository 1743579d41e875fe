"""Feeds to entries: RSS 2.0 and Atom 1.0 through feedparser, JSON Feed read here.

feedparser copes with the feeds found in the wild (RSS 0.9x-2.0, Atom 0.3/1.0,
RDF, broken encodings, relative links) far better than anything we would
write; it does not read JSON Feed (its release on the registry predates that
support), which is plain JSON and takes a few lines.
"""

from __future__ import annotations

import html
import io
import json
import re
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urljoin

from digest.fetch.entries import DiscoveryError, Entry, iso_from_parts, one_line_field

_EMAIL = re.compile(r"^\S+@\S+$")
_TAG = re.compile(r"<[^<>]*>")


def parse_feed(
    body: bytes, url: str, content_type: str = "", publisher: str | None = None
) -> tuple[Entry, ...]:
    """The entries of a feed document; DiscoveryError if it is not a feed we can read.

    `publisher`, when configured, replaces the feed's own title as the outlet name.
    """
    if body.lstrip()[:1] == b"{" or "json" in content_type:
        return _json_feed(body, url, publisher)
    import feedparser  # imported here: only `digest fetch` needs it

    parsed = feedparser.parse(
        io.BytesIO(body),  # a stream, so feedparser never treats the text as a URL or a path
        response_headers={
            "content-type": content_type or "application/xml",
            "content-location": url,
        },
    )
    if not parsed.get("version") and not parsed.entries:
        raise DiscoveryError(f"not a readable feed ({_problem(parsed)})")
    outlet = publisher or _plain(parsed.feed.get("title"))
    entries = []
    for item in parsed.entries:
        link = _entry_link(item, url)
        if not link:
            continue
        entries.append(
            Entry(
                url=link,
                source=url,
                title=_plain(item.get("title")),
                author=_authors(item),
                publisher=outlet,
                date=_entry_date(item),
                tags=_terms(t.get("term") or t.get("label") for t in item.get("tags") or ()),
            )
        )
    if not entries and parsed.get("bozo"):
        raise DiscoveryError(f"not a readable feed ({_problem(parsed)})")
    return tuple(entries)


def _plain(value: object) -> str | None:
    """A title as plain text: some feeds put markup (`<b>`, `&amp;`) in titles."""
    text = one_line_field(value)
    if text and "<" in text and ">" in text:
        text = one_line_field(html.unescape(_TAG.sub(" ", text)))
    return text


def _problem(parsed: Mapping[str, Any]) -> str:
    problem = parsed.get("bozo_exception")
    return str(problem).splitlines()[0] if problem else "no RSS, Atom or JSON Feed found"


def _entry_link(item: Mapping[str, Any], base: str) -> str | None:
    link = item.get("link")
    if not link:
        for candidate in item.get("links") or ():
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link and item.get("guidislink") and item.get("id"):
        link = item["id"]
    return urljoin(base, link.strip()) if isinstance(link, str) and link.strip() else None


def _entry_date(item: Mapping[str, Any]) -> str | None:
    for key in ("published", "updated", "created"):
        date = iso_from_parts(item.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed"):
        parts = item.get(key)
        if parts:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", parts)
    return None


def _authors(item: Mapping[str, Any]) -> str | None:
    names = []
    for person in item.get("authors") or ():
        name = one_line_field(person.get("name")) if isinstance(person, Mapping) else None
        if name and not _EMAIL.match(name) and name not in names:
            names.append(name)
    if not names:
        single = one_line_field(item.get("author"))
        if single and not _EMAIL.match(single):
            names.append(single)
    return ", ".join(names) or None


def _terms(values: Iterable[object]) -> tuple[str, ...]:
    kept: list[str] = []
    for value in values:
        term = one_line_field(value)
        if term and term not in kept:
            kept.append(term)
    return tuple(kept)


def _json_feed(body: bytes, url: str, publisher: str | None) -> tuple[Entry, ...]:
    """JSON Feed 1.0 and 1.1 (jsonfeed.org): `items` with url, title, dates, authors, tags."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DiscoveryError(f"not a readable feed (invalid JSON: {exc})") from None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, str) or "jsonfeed.org" not in version:
        raise DiscoveryError("not a readable feed (JSON without a JSON Feed version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise DiscoveryError("not a readable feed (JSON Feed without items)")
    outlet = publisher or one_line_field(data.get("title"))
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.strip():
            continue
        people = item.get("authors") or data.get("authors") or []
        if isinstance(item.get("author"), dict):  # version 1.0
            people = [item["author"]]
        names = [
            n for n in (one_line_field(p.get("name")) for p in people if isinstance(p, dict)) if n
        ]
        tags: list[object] = item["tags"] if isinstance(item.get("tags"), list) else []
        entries.append(
            Entry(
                url=urljoin(url, link.strip()),
                source=url,
                title=one_line_field(item.get("title")),
                author=", ".join(dict.fromkeys(names)) or None,
                publisher=outlet,
                date=iso_from_parts(item.get("date_published") or item.get("date_modified")),
                tags=_terms(tags),
            )
        )
    return tuple(entries)
