"""The metadata trafilatura reads from a page's markup, less what the digest never shows.

trafilatura's `extract_metadata` reads the title, byline, date, site name and tags
from the page's meta tags, JSON-LD and elements, and then its categories and
licence: two more searches of the whole tree, about a twentieth of the HTML
extraction's time on the development pages (docs/speed.md). The digest shows no
category or licence, so the extraction asks trafilatura for the text alone and
reads the rest here with trafilatura's own functions, in its order and with its
rules, so each field the digest reads (title, author, url, date, site name, tags,
description) is the one `extract_metadata` gives; the host name and file date, which
nothing reads, are left unset.
"""

from __future__ import annotations

import contextlib
from typing import Any


def markup_metadata(tree: Any, date_options: dict[str, Any], with_date: bool = True) -> Any:
    """trafilatura's Document of the page's metadata (title, author, url, date,
    sitename, tags, description); `date_options` go to htmldate as in trafilatura.

    Without `with_date` the date is None: htmldate's search of the page (a
    fifth of this function's time) is wasted on a page that declares its publication
    date, which the extraction gives before it (dates.published_date)."""
    from trafilatura import metadata as tm

    found = tm.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # a one-word name in a meta tag, which trafilatura drops
    with contextlib.suppress(Exception):  # a page's broken JSON-LD: the meta tags' reading stands
        found = tm.extract_meta_json(tree, found)
    found.title = found.title or tm.extract_title(tree)
    found.author = found.author or tm.extract_author(tree)
    found.url = found.url or tm.extract_url(tree, None)
    found.date = tm.find_date(tree, **{**date_options, "url": found.url}) if with_date else None
    found.sitename = _site_name(found.sitename or tm.extract_sitename(tree), found.url)
    found.tags = found.tags or tm.extract_catstags("tag", tree)
    found.clean_and_trim()
    return found


def _site_name(name: str | None, url: str | None) -> str | None:
    """The site's name as trafilatura settles it: no "@" of a social handle, a
    lower-case name capitalised unless it is a host name, else the url's host."""
    from trafilatura.metadata import META_URL

    if name:
        name = name.lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        return name
    found = META_URL.match(url) if url else None
    return found[1] if found else name
