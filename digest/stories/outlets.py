"""Which outlet a copy stands for, to count a story's outlets.

Many copies name no publisher (a text copy without a copyright line, a page
without site metadata). Lumping them all into one "Unknown outlet" would make a
story carried by four unnamed outlets look like one outlet's. The rule, from the
strongest evidence to none:

1. a named publisher is the outlet (names compared without case or spacing);
2. copies the collection's furniture groups as one outlet
   (`Article.outlet_group`, digest.extract.furniture) are one outlet;
3. copies whose URL has the same host are one outlet;
4. a copy none of these tells apart is an outlet of its own: its frame matched
   no other copy's, which is what copies of one outlet share.

Rule 4 may count one outlet twice (two unnamed, ungrouped copies from the same
site with no URL); it never merges different outlets into one, which is the
error that hid coverage.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from digest.models import Article


def outlet_key(article: Article) -> str:
    """An identity two copies share exactly when they count as one outlet."""
    if article.publisher and article.publisher.strip():
        return "name:" + " ".join(article.publisher.casefold().split())
    if article.outlet_group:
        return "group:" + article.outlet_group
    host = url_host(article.url)
    if host:
        return "host:" + host
    return "copy:" + article.id


def url_host(url: str | None) -> str | None:
    """The host of an http(s) URL without a leading 'www.', or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.casefold()
    return host[4:] if host.startswith("www.") else host


def distinct_outlets(articles: list[Article] | tuple[Article, ...]) -> int:
    """How many outlets carry these copies (see the module's rule)."""
    return len({outlet_key(a) for a in articles})
