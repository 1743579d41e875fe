"""Sitemaps to entries: `<urlset>` (with Google News tags) and `<sitemapindex>`.

A news sitemap gives each article's title, outlet name, publication date and
keywords; a plain sitemap gives at least `<lastmod>`. lxml reads the XML with
entity expansion, DTD loading and network access switched off (a sitemap is
somebody else's file), and gzip-compressed sitemaps (`.xml.gz`) are unpacked
with the same size cap as any other answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from digest.compressed import GzipProblem, GzipTooLarge, gunzip_capped
from digest.fetch.entries import DiscoveryError, Entry, iso_from_parts, one_line_field


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: article entries, or (for an index) the child sitemaps with lastmod."""

    entries: tuple[Entry, ...] = ()
    children: tuple[tuple[str, str | None], ...] = ()


def parse_sitemap(body: bytes, url: str, max_bytes: int, publisher: str | None = None) -> Sitemap:
    """Read a sitemap or sitemap index; DiscoveryError if it is neither."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, max_bytes)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"not a readable sitemap (XML error: {exc})") from None
    if root is None:
        raise DiscoveryError("not a readable sitemap (empty)")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = []
        for item in _children(root, "sitemap"):
            loc = _text(item, "loc")
            if loc:
                children.append((urljoin(url, loc), iso_from_parts(_text(item, "lastmod"))))
        return Sitemap(children=tuple(children))
    if kind != "urlset":
        raise DiscoveryError(f"not a sitemap (its root element is <{kind}>)")
    entries = []
    for item in _children(root, "url"):
        loc = _text(item, "loc")
        if not loc:
            continue
        news = next(_children(item, "news"), None)
        outlet = title = date = None
        tags: tuple[str, ...] = ()
        if news is not None:
            publication = next(_children(news, "publication"), None)
            if publication is not None:
                outlet = one_line_field(_text(publication, "name"))
            title = one_line_field(_text(news, "title"))
            date = iso_from_parts(_text(news, "publication_date"))
            keywords = _text(news, "keywords") or ""
            tags = tuple(
                dict.fromkeys(k for k in (one_line_field(k) for k in keywords.split(",")) if k)
            )
        entries.append(
            Entry(
                url=urljoin(url, loc),
                source=url,
                title=title,
                publisher=publisher or outlet,
                date=date or iso_from_parts(_text(item, "lastmod")),
                tags=tags,
            )
        )
    return Sitemap(entries=tuple(entries))


def _children(element: etree._Element, name: str):  # type: ignore[no-untyped-def]
    """Child elements by local name, whatever namespace (or none) the sitemap uses."""
    return (
        child
        for child in element
        if isinstance(child.tag, str) and etree.QName(child).localname == name
    )


def _text(element: etree._Element, name: str) -> str | None:
    child = next(_children(element, name), None)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _gunzip(body: bytes, max_bytes: int) -> bytes:
    """Decompress at most `max_bytes`; a bigger (or broken) archive is a DiscoveryError."""
    try:
        return gunzip_capped(body, max_bytes)
    except GzipTooLarge:
        raise DiscoveryError("compressed sitemap unpacks to more than fetch.max_page_mb") from None
    except GzipProblem as exc:
        raise DiscoveryError(f"not a readable sitemap (broken gzip: {exc})") from None
