"""Readers' comments in a section named for them around each comment's own wrapper,
another story's card set as one paragraph under a label, and a Hungarian page's byline
and stamps. Markup of our own."""

from __future__ import annotations

from digest.extract.ensemble import Page, _names_comments, line_words
from digest.extract.html import extract_html
from tests.test_layout_cells_and_boxes import FEATURE
from tests.test_modern_page_boxes import _article

COMMENTS = [
    "I learned to swim in that pool when I was eight, and now my daughter goes there"
    " every Thursday with her class. Nobody looked at the roof for three years.",
    "Busing the children to the next town is an hour and a half there and back, half of"
    " the lesson gone on the road. The parents will never accept it, I am sure.",
    "Thirty years I taught at the school by the market and I remember the day the pool"
    " opened. We dug the foundations ourselves at weekends with the parents.",
]


def _page_with_comments() -> str:
    comments = "".join(
        f"<div class='c{n}'><div class='c-head'><span class='nick'>reader{n}</span>"
        f" <span class='time'>2 March 2012, 15:0{n}</span> <a href='#'>Reply</a></div>"
        f"<div class='c-text'><p>{text}</p></div></div>"
        for n, text in enumerate(COMMENTS)
    )
    return (
        "<html><head><title>Vennhout's last shop to close | Valley Post</title></head>"
        "<body><div id='page'><div id='left-column'><div class='story'>"
        "<h1>Vennhout's last shop to close after almost a century</h1>"
        "<div class='story-text'>"
        + "".join(f"<p>{p}</p>" for p in FEATURE)
        + "</div></div><div id='hozzaszolasok'><h3>Hozzászólások (3)</h3>"
        + comments
        + "</div></div><div id='jobb_hasab'><div class='doboz'><h3>Legolvasottabb</h3><ol>"
        + "".join(
            f"<li><a href='/hir/{n}'>{head}</a><p>{lead}</p></li>"
            for n, (head, lead) in enumerate(MOST_READ)
        )
        + "</ol></div><div class='doboz'><p>Sign up to our free newsletter and we will send"
        " you the county's most important news every morning at seven.</p></div></div>"
        + "</div></body></html>"
    )


MOST_READ = [
    (
        "Copper gutters stolen from the church",
        "Thieves took the copper gutters of the church on the hill overnight, causing"
        " damage the parish puts at two million.",
    ),
    (
        "One lane only on the valley road",
        "For two weeks traffic runs on one lane between the two towns while the bridge"
        " over the stream is repaired.",
    ),
    (
        "Home side lose to the league leaders",
        "The home side lost three to one to the league leaders on their own ground on"
        " Sunday afternoon.",
    ),
]


def test_comments_in_a_named_section_around_their_own_wrappers_are_no_text() -> None:
    page = _page_with_comments()
    boxes = " ".join(box.words for box in Page.parse(page).comment_boxes())
    for comment in COMMENTS:
        assert f" {line_words(comment)} " in boxes, comment[:30]
    assert line_words(FEATURE[0]) not in boxes
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_another_storys_card_set_as_one_paragraph_under_a_label_is_no_text() -> None:
    card = (
        "<p class='x3'><strong>ALSO READ:</strong> <a href='/news/ferry'>Ferry timetable"
        " changes for the winter months</a><br />Passengers must book the early crossing"
        " a day ahead from November, the operator said.</p>"
    )
    found = extract_html(_article(card))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_a_hungarian_byline_and_its_created_stamp_after_the_updated_one() -> None:
    top = (
        "<div class='adatok'><div class='szerzo'>Szerző: <a href='/szerzo/x/'>Kovács"
        " Réka</a></div><div class='datumok'><span>Frissítve: 2012. március 12., 11:30"
        "</span> <span>Létrehozva: 2012. március 11., 06:00</span></div></div>"
    )
    found = extract_html(_article("", top=top))
    assert found is not None
    assert found.authors == ("Kovács Réka",)
    assert found.date == "2012-03-11"


def test_a_wrapper_named_like_comments_around_one_block_of_the_article_keeps_it() -> None:
    page = (
        "<html><head><title>Vennhout's last shop to close | Valley Post</title></head><body>"
        "<main><article><h1>Vennhout's last shop to close after almost a century</h1>"
        "<div class='text'>"
        + "".join(f"<p>{p}</p>" for p in FEATURE[:2])
        + "</div><div class='posting'><div class='inner'>"
        + "".join(f"<p>{p}</p>" for p in FEATURE[2:])
        + "</div></div></article></main></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_a_paragraph_running_on_after_its_label_is_the_articles() -> None:
    own = (
        "Latest news: The province said on Friday that the volunteers' shop in the old"
        " school would be paid for until March, ending weeks of doubt in the village."
    )
    paragraph = (
        "<p><strong>Latest news:</strong> The province said on Friday that <a"
        " href='/news/shop-fund'>the volunteers' shop in the old school</a> would be paid"
        " for until March, ending weeks of doubt in the village.</p>"
    )
    found = extract_html(_article(paragraph))
    assert found is not None
    assert own in found.paragraphs


def test_a_class_saying_a_post_takes_comments_names_no_box_of_them() -> None:
    assert _names_comments("comments", None)
    assert _names_comments(None, "comment-list")
    for state in ("story comments-enabled", "entry has-comments", "post comments-open"):
        assert not _names_comments(None, state), state
