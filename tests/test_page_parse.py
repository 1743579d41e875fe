"""The page's tree and its markup's metadata, read the quicker way, are trafilatura's own.

digest.extract.ensemble.parse_html parses a page as trafilatura's `load_html` does, by
a parser with one element class; digest.extract.markup_metadata reads the metadata
trafilatura's `extract_metadata` reads, less the categories and licence. Both are
checked against trafilatura itself, on the saved older pages (many encodings and
shapes of markup) and on pages written here for the edge cases.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest
from trafilatura import load_html
from trafilatura.metadata import extract_metadata

from digest.extract.ensemble import parse_html
from digest.extract.html import DATE_OPTIONS
from digest.extract.markup_metadata import markup_metadata
from digest.sources import decode_bytes

OLD_PAGES = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "old_pages"
# one page of every older part: table layouts, blogs, forums, other languages, encodings
SAMPLE = sorted(OLD_PAGES.glob("pages/old?-0[1-3].html.gz"))

WRITTEN = {
    "declaration": (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        ' Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><head>'
        "<title>Ferry back on Tuesday</title></head><body><div><p>The ferry returns on"
        " Tuesday, the operator said.</p></div></body></html>"
    ),
    "self-closing root": (
        "<!DOCTYPE html>\n<html lang='en'/>\n<head><title>Pier</title></head><body><p>"
        "The pier reopens.</p><p>Repairs cost less than feared.</p></body></html>"
    ),
    "form and controls": (
        "<html><head><meta name='author' content='Ines Walbrook'><meta property="
        "'article:tag' content='Harbours'></head><body><form action='/search'><label>"
        "Search <input name='q'></label><select><option>All</option></select><textarea>"
        "</textarea></form><article><h1>Harbour dues rise</h1><p>Dues rise in May, the"
        " board said on Monday.</p></article></body></html>"
    ),
    "fragment": "<p>Only a paragraph, no page around it.</p>",
    "lone surrogate": (
        "<!DOCTYPE html>\ud800<html><head><title>Harbour news</title></head><body><p>The "
        "harbour reopened on Monday.</p><p>Ferries run again.</p></body></html>"
    ),
    "control characters": "<html><body><p>Bell \x07 and \x0b tab.</p><p>Two.</p></body></html>",
}


def _pages() -> list[tuple[str, str]]:
    pages = [
        (path.name, decode_bytes(gzip.decompress(path.read_bytes()), "html")[0] or "")
        for path in SAMPLE
    ]
    return pages + sorted(WRITTEN.items())


@pytest.mark.parametrize(("name", "html"), _pages(), ids=lambda value: str(value)[:30])
def test_the_tree_is_the_one_trafilatura_parses(name, html):
    ours, theirs = parse_html(html), load_html(html)
    assert (ours is None) == (theirs is None), name
    if ours is not None:
        assert lxml.html.tostring(ours, encoding="unicode") == lxml.html.tostring(
            theirs, encoding="unicode"
        ), name
        # every element of the one class, the form's controls included
        assert {
            type(element).__name__ for element in ours.iter() if isinstance(element.tag, str)
        } <= {"HtmlElement"}, name


def test_the_sample_holds_pages_of_every_older_part():
    assert len({path.name[:5] for path in SAMPLE}) >= 20


FIELDS = ("title", "author", "url", "date", "sitename", "tags", "description")


@pytest.mark.parametrize(("name", "html"), _pages(), ids=lambda value: str(value)[:30])
def test_the_metadata_is_the_one_trafilatura_reads(name, html):
    tree = load_html(html)
    if tree is None:
        return
    ours = markup_metadata(parse_html(html), DATE_OPTIONS)
    theirs = extract_metadata(load_html(html), date_config=dict(DATE_OPTIONS))
    for field in FIELDS:
        assert getattr(ours, field) == getattr(theirs, field), (name, field)
    assert ours.categories in (None, [])  # not read: nothing shows a page's category


def test_the_written_page_gives_its_byline_and_tag():
    found = markup_metadata(parse_html(WRITTEN["form and controls"]), DATE_OPTIONS)
    assert found.author == "Ines Walbrook" and found.tags == ["Harbours"]
