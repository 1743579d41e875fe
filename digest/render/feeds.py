"""Feeds: Atom and JSON Feed for the whole digest and for every tag.

Pure functions returning file contents; the renderer puts them into the docs
folder and MkDocs copies them as static files. Entry ids come from the story
id (derived from its articles), dates from the sources: never the wall clock,
so two builds of the same input give byte-identical feeds.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import urljoin

from digest.models import DigestStory
from digest.render.permalinks import STORIES_DIR, base_url

ATOM_NS = "http://www.w3.org/2005/Atom"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
EPOCH = "1970-01-01T00:00:00Z"  # an Atom date is required; undated stories get this
# Characters XML 1.0 cannot carry at all (a source may contain them; escaping does not help).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class FeedSpec:
    """One feed: its title, the pages it lives at and describes, and its stories."""

    title: str
    path: str  # docs-relative path without extension: "feed", "feeds/nato"
    page: str  # docs-relative URL of the HTML page the feed mirrors: "", "tags/nato/"
    stories: tuple[DigestStory, ...]


def rfc3339(value: str | None) -> str | None:
    """An ISO 8601 date or datetime from a source as RFC 3339 (UTC when no offset)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    text = moment.isoformat(timespec="seconds")
    return text.replace("+00:00", "Z")


def story_updated(story: DigestStory) -> str | None:
    """The newest date any variant carries (published or updated)."""
    return _newest(tuple(d for a in story.articles for d in (a.published, a.updated) if d))


@lru_cache(maxsize=1 << 16)
def _newest(values: tuple[str, ...]) -> str | None:
    """Cached: listings ask for each story's date several times per build."""
    dates = [rfc3339(d) for d in values]
    known = [(_sort_key(d), d) for d in dates if d]
    return max(known)[1] if known else None


def _sort_key(rfc: str) -> datetime:
    return datetime.fromisoformat(rfc.replace("Z", "+00:00")).astimezone(UTC)


def entry_id(story: DigestStory) -> str:
    """A stable, location-independent id: moving the site does not renew every entry."""
    return f"urn:digest:story:{story.id}"


def story_url(story: DigestStory, site_url: str) -> str:
    return urljoin(base_url(site_url), f"{STORIES_DIR}/{story.slug}/")


def newest_first(stories: Sequence[DigestStory], limit: int) -> tuple[DigestStory, ...]:
    """The feed's stories: newest update first, story id breaking ties."""
    ordered = sorted(stories, key=lambda s: (story_updated(s) or "", s.id), reverse=True)
    return tuple(ordered[:limit])


def atom_feed(spec: FeedSpec, site_url: str, site_name: str) -> str:
    """An Atom 1.0 document (ElementTree escapes every source value)."""
    ET.register_namespace("", ATOM_NS)
    root = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(root, "title", spec.title)
    _sub(root, "id", urljoin(base_url(site_url), f"{spec.path}.xml") or f"urn:digest:{spec.path}")
    _sub(root, "updated", _feed_updated(spec.stories))
    _sub(root, "link", rel="self", type="application/atom+xml", href=_abs(site_url, spec, ".xml"))
    _sub(
        root, "link", rel="alternate", type="text/html", href=urljoin(base_url(site_url), spec.page)
    )
    author = _sub(root, "author")
    _sub(author, "name", site_name)
    _sub(root, "generator", "digest")
    for story in spec.stories:
        entry = _sub(root, "entry")
        _sub(entry, "id", entry_id(story))
        _sub(entry, "title", story.title)
        _sub(entry, "link", rel="alternate", type="text/html", href=story_url(story, site_url))
        published = rfc3339(story.first_published)
        if published:
            _sub(entry, "published", published)
        _sub(entry, "updated", story_updated(story) or published or EPOCH)
        _sub(entry, "summary", story.lead or story.title)
        for tag in story.tags:
            _sub(entry, "category", term=tag)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def json_feed(spec: FeedSpec, site_url: str, site_name: str) -> str:
    """A JSON Feed 1.1 document."""
    items = []
    for story in spec.stories:
        item: dict[str, object] = {
            "id": entry_id(story),
            "url": story_url(story, site_url),
            "title": story.title,
            "summary": story.lead or story.title,
            "content_text": story.lead or story.title,
            "tags": list(story.tags),
        }
        published = rfc3339(story.first_published)
        if published:
            item["date_published"] = published
        updated = story_updated(story)
        if updated:
            item["date_modified"] = updated
        items.append(item)
    feed = {
        "version": JSON_FEED_VERSION,
        "title": spec.title,
        "home_page_url": urljoin(base_url(site_url), spec.page),
        "feed_url": _abs(site_url, spec, ".json"),
        "authors": [{"name": site_name}],
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def feed_files(specs: Sequence[FeedSpec], site_url: str, site_name: str) -> dict[str, str]:
    """{docs-relative path: content}: an Atom and a JSON Feed file per spec."""
    files = {}
    for spec in specs:
        files[f"{spec.path}.xml"] = atom_feed(spec, site_url, site_name)
        files[f"{spec.path}.json"] = json_feed(spec, site_url, site_name)
    return files


def _feed_updated(stories: Sequence[DigestStory]) -> str:
    dates = [d for d in (story_updated(s) for s in stories) if d]
    return max(dates, key=_sort_key) if dates else EPOCH


def _abs(site_url: str, spec: FeedSpec, ext: str) -> str:
    return urljoin(base_url(site_url), f"{spec.path}{ext}")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        element.text = _NOT_XML.sub("", text)
    return element
