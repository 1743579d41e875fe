"""An outlet's closing notice with the author's note under it leaves the article when the
collection teaches the notice; a table cell a CMS classes as the article's heading is the
headline; a most-read box that repeats the page's own lead under its declared headline
leaves the lead in place; a bare byline of two names joined by another language's "and"
names both. Text and markup of our own."""

from __future__ import annotations

from digest.extract import text_metadata as md
from digest.extract.core import extract_documents
from digest.extract.html import extract_html
from tests.test_outlet_pages import NOTICE, STORIES, page_doc

NOTE = (
    "Karin Holm is a reporter at Valley Radio and writes about the island's schools,"
    " ferries and care homes."
)


def outlet_page(
    n: int,
    story: list[str],
    signed: bool,
    notice: str = NOTICE,
    carded: bool = False,
    about: str = NOTE,
) -> str:
    """Page `n` of an outlet that prints `notice` under every article and, on the pages
    its reporter signed, a note `about` her under that: in the article's container, or
    (`carded`) in a writer's card after it, the notice set in italics and the byline a
    link with no "By"."""
    note = f"<p class='note'>{about}</p>" if signed else ""
    byline = "<p class='byline'>By Karin Holm</p>" if signed else ""
    printed = f"<p class='notice'>{notice}</p>"
    if carded:
        byline = "<a href='/a/7'>Karin Holm</a>" if signed else "Valley Radio"
        byline = f"<div class='author'>{byline}</div>"
        printed = f"<p class='printed'><em>{notice}</em></p>"
        card = f"<div class='writer-card'><img src='/k.jpg' alt=''/><p>{about}</p></div>"
        note = card if signed else ""
    body = "".join(f"<p>{p}</p>" for p in story)
    menu = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("News", "Sport", "Weather"))
    inside, after = (note, "") if not carded else ("", note)
    return (
        f"<html><head><title>Story {n} - Valley Radio</title></head><body>"
        f"<ul class='menu'>{menu}</ul><div id='story'><h1>Story number {n} of the day</h1>{byline}"
        f"<div class='text'>{body}{printed}{inside}</div>{after}</div>"
        "<div class='footer'>Valley Radio, Station Road, Ostby</div></body></html>"
    )


def test_the_authors_note_under_the_outlets_notice_leaves_with_it() -> None:
    docs = [page_doc(f"p{n}.html", outlet_page(n, s, n in (0, 2))) for n, s in enumerate(STORIES)]
    articles = extract_documents(docs)
    for article, story in zip(articles, STORIES, strict=True):
        assert article is not None
        assert list(article.paragraphs) == story


def test_a_note_right_under_the_article_stays_on_a_page_alone() -> None:
    found = extract_html(outlet_page(0, STORIES[0], True))
    assert found is not None
    assert NOTE in found.paragraphs


PARAGRAPHS = [
    "Ashby Township council voted 4-1 on Tuesday night to close the Mill Creek landfill"
    " next fall and to replace it with a transfer station on the county road.",
    "Residents will buy tags for their garbage bags at the township office and at two"
    " stores, and the first bag each week will be free for seniors.",
    "The landfill has been filling faster than expected since a cottage subdivision"
    " opened on the lake, the township's engineer told the council.",
]


def _joomla_page(box: bool) -> str:
    items = [
        ("Mill Creek dump to close next fall", PARAGRAPHS[0]),
        (
            "Lakers win their home opener in overtime",
            "The Lakers scored two minutes into"
            " overtime to beat the visitors in front of a full arena on Friday night.",
        ),
        (
            "Record crowd at the cenotaph this year",
            "More than six hundred people stood in"
            " light snow at the cenotaph for the ceremony on Thursday morning.",
        ),
    ]
    most_read = (
        "<div class='moduletable_mostread'><h3>Most Popular</h3><ul class='mostread'>"
        + "".join(
            f"<li class='mostread'><a href='/index.php?id={n}'>{head}</a><br />"
            f"<span class='mostread-intro'>{intro}</span></li>"
            for n, (head, intro) in enumerate(items)
        )
        + "</ul></div>"
        if box
        else ""
    )
    return (
        "<html><head><title>Council votes to close landfill, bring in bag tags</title>"
        "<meta property='og:title' content='Mill Creek dump to close next fall' /></head>"
        f"<body><div id='left'>{most_read}</div><div id='maincolumn'>"
        "<table class='contentpaneopen'><tr><td class='contentheading' width='100%'>"
        "Township to close Mill Creek landfill</td><td class='buttonheading'>"
        "<a href='/pdf'><img src='/pdf.png' alt='PDF' /></a></td></tr></table>"
        "<table class='contentpaneopen'><tr><td valign='top'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</td></tr></table></div></body></html>"
    )


def test_a_cell_classed_as_the_heading_is_the_headline() -> None:
    found = extract_html(_joomla_page(box=False))
    assert found is not None
    assert found.title == "Township to close Mill Creek landfill"


def test_a_most_read_box_repeating_the_pages_own_lead_leaves_it() -> None:
    found = extract_html(_joomla_page(box=True))
    assert found is not None
    assert list(found.paragraphs) == PARAGRAPHS


def test_a_bare_byline_of_two_names_joined_in_another_language() -> None:
    stamp = "Güncelleme: 13.03.2012 - 11:20 | Yayınlanma: 11.03.2012 - 08:00"
    assert md.name_by_date(["Ayla Korkmaz ve Emre Yıldız", stamp], under_stamp=True) == (
        "Ayla Korkmaz",
        "Emre Yıldız",
    )
