"""An OPML file listing every feed of the digest, to subscribe to all at once.

Feed readers import OPML 2.0 subscription lists: one outline per feed, the
site-wide feed first, then one per tag grouped under "Topics". No creation
date: it would be the wall clock, and two builds of one input must match.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from urllib.parse import urljoin

from digest.render.feeds import FeedSpec
from digest.render.permalinks import base_url

OPML_FILE = "feeds.opml"
# Characters XML 1.0 cannot carry (a tag name from a source page might hold one).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def opml(specs: Sequence[FeedSpec], site_url: str, site_name: str) -> str:
    """The OPML document for these feeds; the first spec is the site-wide feed."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{site_name}: feeds"
    body = ET.SubElement(root, "body")
    topics: ET.Element | None = None
    for number, spec in enumerate(specs):
        parent = body
        if number:
            if topics is None:
                topics = ET.SubElement(body, "outline", text="Topics", title="Topics")
            parent = topics
        ET.SubElement(
            parent,
            "outline",
            type="rss",
            text=_NOT_XML.sub("", spec.title),
            title=_NOT_XML.sub("", spec.title),
            xmlUrl=urljoin(base_url(site_url), f"{spec.path}.xml"),
            htmlUrl=urljoin(base_url(site_url), spec.page),
        )
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
