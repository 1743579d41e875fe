"""Publication dates over modification dates, wherever a page gives both.

The pages under tests/fixtures/dates/ are invented: one story, each
page dating it in one of the ways news sites do (JSON-LD, an @graph, Open
Graph meta, microdata, <time> elements, the URL, a text copy's header line),
always published 2020-03-03 and modified 2025.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract import text_metadata as md
from digest.extract.core import extract_documents
from digest.extract.dates import day_of, published_date
from digest.extract.html import extract_html
from digest.sources import read_paths

DATES = Path(__file__).resolve().parent / "fixtures" / "dates"
HTML_PAGES = sorted(p.name for p in DATES.glob("*.html"))


def test_every_case_has_a_page():
    assert HTML_PAGES == [
        "itemprop_both.html",
        "jsonld_both.html",
        "jsonld_graph.html",
        "jsonld_related.html",
        "meta_both.html",
        "time_elements.html",
        "url_date.html",
    ]


@pytest.mark.parametrize("name", HTML_PAGES)
def test_html_page_gives_its_publication_date(name):
    found = extract_html((DATES / name).read_text(encoding="utf-8"))
    assert found is not None
    assert found.date == "2020-03-03"
    assert found.paragraphs[0].startswith("The old harbour ferry")


@pytest.mark.parametrize(
    "name", ["jsonld_both.html", "jsonld_graph.html", "itemprop_both.html", "jsonld_related.html"]
)
def test_marker_reader_finds_what_trafilatura_misses(name):
    """These pages are the reported defect: trafilatura alone returns another date."""
    import trafilatura

    from digest.extract.html import TRAFILATURA_OPTIONS

    html = (DATES / name).read_text(encoding="utf-8")
    assert trafilatura.bare_extraction(html, **TRAFILATURA_OPTIONS).date != "2020-03-03"
    assert published_date(html) == "2020-03-03"


def test_page_without_a_publication_marker_is_left_to_trafilatura():
    html = (DATES / "url_date.html").read_text(encoding="utf-8")
    assert published_date(html) is None  # only a modification marker: never read


def test_modification_markers_alone_give_nothing():
    html = """<html><head><meta property="article:modified_time" content="2025-01-09">
    <meta itemprop="dateModified" content="2025-01-09">
    <script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2025-01-09"}
    </script></head><body><p>Text.</p></body></html>"""
    assert published_date(html) is None


def test_article_object_beats_the_web_page_object():
    html = """<script type="application/ld+json">[
      {"@type": "WebPage", "datePublished": "2019-01-01"},
      {"@type": "BlogPosting", "datePublished": "2020-03-03"}]</script>"""
    assert published_date(html) == "2020-03-03"
    only_page = """<script type="application/ld+json">
      {"@type": "WebPage", "datePublished": "2019-01-01"}</script>"""
    assert published_date(only_page) == "2019-01-01"


def test_main_entity_is_read_but_broken_json_is_skipped():
    html = """<script type="application/ld+json">{"@type": "WebSite",
      "mainEntity": {"@type": "NewsArticle", "datePublished": "Tue, 03 Mar 2020 09:30:00 GMT"}}
      </script><script type="application/ld+json">{"datePublished": </script>"""
    assert published_date(html) == "2020-03-03"


def test_meta_publication_date_wins_over_earlier_modification_meta():
    html = """<meta content="2025-01-09" property="og:updated_time">
    <meta content='2020-03-03T23:30:00-05:00' property='article:published_time'>"""
    assert published_date(html) == "2020-03-03"  # the day as the publisher wrote it


@pytest.mark.parametrize(
    "value,day",
    [
        ("2020-03-03T09:30:00Z", "2020-03-03"),
        ("2020-03-03", "2020-03-03"),
        ("March 3, 2020", "2020-03-03"),
        ("2020-13-03", None),
        ("9999-01-01", None),  # outside the range a page may carry (digest.dates)
        ("", None),
        (None, None),
        (20200303, None),
    ],
)
def test_day_of(value, day):
    assert day_of(value) == day


@pytest.mark.parametrize(
    "name,published,updated",
    [
        ("updated_then_published.txt", "2020-03-03T09:30:00+00:00", "2025-01-09T08:00:00+00:00"),
        ("published_then_updated.txt", "2020-03-03", "2025-01-09"),
    ],
)
def test_text_copy_header_line_with_both_dates(name, published, updated):
    [article] = extract_documents(read_paths([DATES / name]))  # type: ignore[list-item]
    assert article is not None
    assert (article.published, article.updated) == (published, updated)


def test_each_date_of_a_line_is_labelled_by_the_words_before_it():
    found = md.dates_in(["Last updated 9 January 2025, first published 3 March 2020"], [0])
    assert [(d.iso, d.kind) for d in found] == [
        ("2025-01-09", "updated"),
        ("2020-03-03", "published"),
    ]
    # a second unlabelled date on a line is no stamp of the page (a range, a list)
    assert [d.iso for d in md.dates_in(["March 3, 2020 - March 5, 2020"], [0])] == ["2020-03-03"]


def test_json_in_a_cdata_section_or_comment_is_read():
    for wrapped in ("<![CDATA[ {} ]]>", "<!-- {} -->", "//<![CDATA[\n{}\n//]]>"):
        body = wrapped.format('{"@type": "NewsArticle", "datePublished": "2020-03-03T22:00Z"}')
        html = f'<script type="application/ld+json">{body}</script>'
        assert published_date(html) == "2020-03-03", wrapped


def test_date_created_is_the_last_resort():
    """dateCreated is when the object was made (often a server's UTC stamp): a
    publication meta tag beats it; alone, it still dates the page."""
    created = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "dateCreated": "2020-03-04T01:10:00Z"}</script>'
    )
    meta = '<meta property="article:published_time" content="2020-03-03T17:10:00-08:00">'
    assert published_date(created + meta) == "2020-03-03"
    assert published_date(created) == "2020-03-04"


def test_an_rdfa_created_date_among_several_properties_is_the_publication_date():
    # Drupal 7 writes property="dc:date dc:created" on a node's page
    html = (
        '<html><head><meta about="/news/2011/08/ward" property="dc:date dc:created" '
        'content="2011-08-09T09:00:00-07:00" datatype="xsd:dateTime" /></head>'
        "<body><p>Posted on: 08/09/2011</p></body></html>"
    )
    assert published_date(html) == "2011-08-09"
    # a modification property among several is still never read
    html = html.replace("dc:date dc:created", "dc:modified")
    assert published_date(html) is None
