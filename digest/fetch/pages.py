"""What a downloaded article page says about itself: is it HTML, and its canonical URL."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

HTML_TYPES = ("text/html", "application/xhtml+xml")
_HEAD_BYTES = 256 * 1024  # the canonical link is in the head; never parse a whole page for it
_SAME_SITE_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def html_problem(content_type: str, body: bytes) -> str | None:
    """Why an answer is not an HTML page we can keep, or None if it is one.

    A missing Content-Type is judged by the first bytes, as browsers do.
    """
    if not body.strip():
        return "empty answer"
    if content_type in HTML_TYPES:
        return None
    if not content_type:
        head = body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            return None
        return "not an HTML page (no content type, and it does not look like HTML)"
    return f"not an HTML page ({content_type})"


class _CanonicalFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link" or self.href is not None:
            return
        values = {name.lower(): value or "" for name, value in attrs}
        if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.href = values["href"].strip()


def canonical_url(body: bytes, page_url: str) -> str | None:
    """The page's `<link rel="canonical">`, absolute, when it is an http(s) URL on the same site.

    A canonical link to another outlet (a syndicated copy naming the original)
    is not followed: for a digest that copy is a variant worth keeping, not a
    duplicate. Same site means the same host up to a www./m./amp. prefix.
    """
    finder = _CanonicalFinder()
    try:
        finder.feed(body[:_HEAD_BYTES].decode("utf-8", "replace"))
    except (AssertionError, ValueError):  # HTMLParser on badly broken markup
        return None
    if not finder.href:
        return None
    target = urljoin(page_url, finder.href)
    try:
        there, here = urlsplit(target), urlsplit(page_url)
    except ValueError:
        return None
    if there.scheme not in ("http", "https"):
        return None
    if _site(there.hostname) != _site(here.hostname):
        return None
    return target


def _site(host: str | None) -> str:
    host = (host or "").lower().rstrip(".")
    for prefix in _SAME_SITE_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host
