"""Words of mainstream news pages of 2008-2012 kept or lost wrongly: a newsdesk's call for
readers' stories and an invitation to comment under the article, a stamp whose clock
time stands before its date, and a deck kept over such stamps. Every page and line is
invented for these tests."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.html import extract_html


def test_a_newsdesks_call_for_stories_and_an_invitation_to_comment_are_furniture():
    assert bp.is_furniture(
        "Got a story? Call the Gazette newsdesk on 01632 960 118, email news@gazette.example "
        "or text GAZ followed by your story to 60300."
    )
    assert bp.is_furniture(
        "Should the ferry run on Sundays? Tell us what you think below. A selection of "
        "comments may appear in next week's paper."
    )
    # a reporter's contact line is the article's, as real copies' labels keep it
    assert not bp.is_furniture("Reach Maren Holt at mholt@courier.example or 555-0187.")
    # the article's own words about stories and opinions stay
    assert not bp.is_furniture(
        "Got a story to tell, the old skipper said, and no one to tell it to."
    )
    assert not bp.is_furniture(
        "Residents were asked to tell us what they think of the new timetable."
    )


def test_a_clock_time_before_the_date_after_a_label_makes_a_stamp():
    assert md.date_stamp("Published: 11:30PM GMT 02 Feb 2008") == "timed"
    assert md.date_stamp("Last Updated: 12:01AM GMT 03 Feb 2008") == "timed"
    # a sentence with a time and a date is no stamp, nor a lower-case word as a zone
    assert md.date_stamp("The vote at 11:30 on 02 Feb 2008 was close") is None
    assert md.date_stamp("Published: 11:30pm gmt 02 Feb 2008") is None


ARTICLE = [
    "The county will close the old ferry landing at Marsh End for six weeks from Monday "
    "while divers replace the timber piles that hold up the pier, officials said.",
    "The ferry will run from the boatyard slip instead, a quarter of a mile upstream, and a "
    "shuttle bus will carry foot passengers from the car park every twenty minutes.",
    "Harbour master Lena Osei said the piles had been in the water since 1961 and that two "
    "of them had split in the cold snap last February, forcing a weight limit on the pier.",
    "Work will cost about 410,000 dollars, most of it from a state grant for small ports. "
    "Fares will not change while the landing is closed, the county said in its notice.",
]
DECK = "Islanders fear a winter of long waits after the county drew up plans to shut the landing."


def test_a_deck_over_stamps_is_the_articles_header():
    page = (
        "<html><head><title>Ferry landing to close | The Sunday Courier</title></head><body>"
        '<div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>'
        '<div class="article"><h1>Ferry landing to close for six weeks</h1>'
        f'<p class="standfirst">{DECK}</p>'
        '<p class="byline">By Maren Holt, Transport Editor</p>'
        '<p class="publish">Published: 11:30PM GMT 02 Feb 2008<br />'
        "Last Updated: 12:01AM GMT 03 Feb 2008</p>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + '</div><div id="footer"><p>Copyright 2008 The Sunday Courier.</p></div>'
        "</body></html>"
    )
    result = extract_html(page)
    assert result is not None
    assert result.paragraphs[0] == ARTICLE[0]
    assert all("Published" not in p and DECK not in p for p in result.paragraphs)
    assert result.date == "2008-02-02"


def test_a_stamp_with_a_weekday_between_its_clock_and_its_date():
    assert md.date_stamp("| Updated: 9:47 am, Sun Oct 16, 2011.") == "timed"
    assert md.date_stamp("At 9:47 am, Sun Oct 16, 2011 was a day to remember") is None


def page_with_headline(headline: str) -> str:
    return (
        "<html><head><title>Ferry news | The Courier</title>"
        '<meta property="og:title" content="Ferry landing shuts" /></head><body>'
        '<div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>'
        f'<div class="story"><h1>{headline}</h1>'
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + '</div><div id="footer"><p>Copyright 2008 The Courier.</p></div></body></html>'
    )


def test_the_shown_headline_ending_in_a_stop_is_no_paragraph_of_the_article():
    headline = "Ferry landing to shut for six weeks; first boat leaves at 6:10 a.m."
    result = extract_html(page_with_headline(headline))
    assert result is not None
    assert result.paragraphs[0] == ARTICLE[0]
