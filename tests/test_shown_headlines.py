"""The headline a page shows its readers over the article, where its <title> and og:title
word it otherwise (for search engines and for sharing), and a blog's or a site's name in
an <h1> over every page, which is none. Every page and line is invented for these tests."""

from __future__ import annotations

from digest.extract.html import extract_html
from tests.test_teaser_lists import STORY as TEASER_STORY

# the ferry landing story of the teaser-list tests, its first three paragraphs
STORY = TEASER_STORY[:3]


def page(h1: str, above: str = "", title: str = "Marsh End ferry landing closure | Courier") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{title}</title>"
        '<meta property="og:title" content="Six weeks without the Marsh End pier">'
        '<meta property="og:site_name" content="Marsh End Courier"></head><body>'
        '<div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>'
        f'<div class="story">{above}<h1>{h1}</h1>'
        '<p class="byline">By Ada Quint</p><p class="date">March 4, 2011</p>'
        f"{paragraphs}</div>"
        '<div id="footer"><p>Copyright 2011 The Marsh End Courier.</p></div>'
        "</body></html>"
    )


def title_of(html: str) -> str | None:
    result = extract_html(html)
    assert result is not None
    return result.title


def test_the_headline_shown_over_the_article_is_the_title() -> None:
    shown = "Ferry landing to close for six weeks while divers replace piles"
    assert title_of(page(shown)) == shown


def test_a_blogs_name_linked_to_its_home_page_is_no_headline() -> None:
    html = page('<a href="http://marshendnotes.example.com/">Notes From Marsh End Harbour</a>')
    html = html.replace(
        '<p class="byline">',
        '<h3 class="post-title">Ferry landing to close for repairs</h3><p class="byline">',
    )
    assert title_of(html) != "Notes From Marsh End Harbour"


def test_a_sections_name_in_the_h1_is_no_headline() -> None:
    assert title_of(page("Local News")) != "Local News"
