"""Older outlets' pages, the collection case again: a long run of comments no extractor
keeps does not ride between the article and a newsletter's line one of them keeps; lines
an outlet repeats, run together into one line after the article, are its furniture; a
portal's logo in an <h1> linking to "/web/guest/home;jsessionid=..." leaves the story's
<h1> the headline; a publishing house or a newsroom is no author; two names over a stamp
and a name run into its role are bylines. Text and markup of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import ensemble
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.article_end import ends_article
from digest.extract.html import extract_html
from digest.extract.text_body import line_key
from tests.test_layout_cells_and_boxes import COMMENTS, FEATURE, HEADLINE, headed_page
from tests.test_outlet_pages import STORIES

NEWSLETTER = (
    "Get the morning's top stories from Ostby and the valley in your inbox before seven,"
    " every day but Sunday."
)


def test_a_long_run_no_extractor_keeps_stays_out_between_kept_lines() -> None:
    """Two other extractors: one keeps the article, the other the article and the
    newsletter's sentence under the comments. One vote is a majority, so the stretch
    runs to the newsletter; the comments between, which neither keeps and which run
    to far more than a paragraph, stay out all the same."""
    views = [
        ensemble.opinion("one", "\n\n".join(FEATURE)),
        ensemble.opinion("two", "\n\n".join([*FEATURE, NEWSLETTER])),
    ]
    comments = " ".join(COMMENTS)
    kept = ensemble.vote([*FEATURE, comments, NEWSLETTER], views)
    assert comments not in kept
    assert list(kept[: len(FEATURE)]) == FEATURE


RULES = (
    "Disclaimer: Comments are moderated and will be published only after the editors"
    " approve them, and the Ostby Daily may edit or refuse any comment."
)


def test_an_outlets_lines_run_together_after_the_article_are_its_furniture() -> None:
    """The comment section's heading, notice and rules, and a box's tabs, given as one
    line each (the page shows them line by line, and the outlet repeats each); the labels
    every site prints between them ("Post a comment", "Most popular") no outlet learns,
    and they do not keep the run."""
    furniture = frozenset(
        line_key(line)
        for line in ("Readers' Comments (0)", "Be the first to comment on this story.", RULES)
    ) | {line_key("Ledger Morning Brief")}
    run = f"Readers' Comments (0) Be the first to comment on this story. Post a comment {RULES}"
    paragraphs = [*STORIES[0], run, "Most popular Ledger Morning Brief"]
    assert html_module.without_furniture(paragraphs, furniture) == tuple(STORIES[0])


def test_a_lead_a_teaser_repeats_without_its_dateline_is_no_run_of_furniture() -> None:
    """The outlet's most-read box repeats a story's lead without the "OSTBY:" dateline
    that opens it in the story: one sentence, not lines run together."""
    lead = "OSTBY: " + STORIES[0][0]
    furniture = frozenset({line_key(STORIES[0][0])})
    paragraphs = [lead, *STORIES[0][1:]]
    assert html_module.without_furniture(paragraphs, furniture) == tuple(paragraphs)


def test_a_portals_logo_linking_home_with_a_session_leaves_the_storys_h1() -> None:
    logo = (
        "<h1 class='logo'><a href='http://www.ostby.example/web/guest/home;jsessionid=4F1A9C'>"
        "<img src='/logo.png' alt='Ostby Daily'></a></h1>"
    )
    found = extract_html(headed_page(logo, "h1"))
    assert found is not None and found.title == HEADLINE


def test_a_publishing_house_and_a_newsroom_are_no_authors() -> None:
    assert not md.is_person_name("Wydawnictwo Kurier Ostbyski Sp. z o.o.")
    assert not md.is_person_name("Uitgeverij De Kustkrant")
    assert md.is_person_name("Katarzyna Nowak")
    assert md.is_nameless_byline("Redakcja")
    names, _ = md.find_byline(["Autorzy: Magdalena Sroka, Paweł Dudek"])
    assert names == ("Magdalena Sroka", "Paweł Dudek")


def test_two_names_over_the_stamp_are_the_byline() -> None:
    stamp = "Published: Nov 13, 2011"
    assert md.name_by_date(["Maria Lopez and John Carter", stamp], under_stamp=True) == (
        "Maria Lopez",
        "John Carter",
    )
    # an outlet's name in capitals after the second is no name of a person
    assert md.name_by_date(["Kevin Hale and Kevin Lund OSTBY TODAY", stamp], True) == ()


def test_a_name_run_into_its_role_over_the_stamp_is_the_byline() -> None:
    """Two inline elements of a template, the name and the staff role, with no space
    between them in the page's text."""
    header = [
        "Water charges to go up by 40 per cent from January",
        "Maria LopezSenior Correspondent",
        "Published: Nov 14, 2011, 10.42 AM IST",
    ]
    assert html_module.header_byline(header, header[0]) == ("Maria Lopez",)


def test_an_invitation_to_comment_counting_the_comments_heads_them() -> None:
    assert bp.comment_invitation("Have your say (12 comments)") == "counted"
    assert bp.comment_invitation("Have your say") == "plain"


def test_a_breadcrumb_trail_run_into_the_headline_is_no_text() -> None:
    """A layout cell's text gives the trail and the headline as one line over the
    article."""
    title = "Ferry to run twice a day"
    paragraphs = (f"Home » News » Local {title}", *STORIES[0])
    assert html_module.below_headline(paragraphs, title, 1) == tuple(STORIES[0])
    # a line that only ends with the headline's words, no trail, is left alone
    plain = (f"Residents asked for the {title.lower()}", *STORIES[0])
    assert html_module.below_headline(plain, title, 1) == plain


def test_a_storys_h1_linking_to_its_own_index_page_is_the_headline() -> None:
    """A story's address may end in "/index.html" deeper down: only the site's root
    index, or a path ending in "home", is its home page."""
    top = ""
    page = headed_page(top, "h1").replace(
        f"<h1 class='entry-title'>{HEADLINE}</h1>",
        f"<h1 class='entry-title'><a href='/2009/05/02/local/ferry/index.html'>{HEADLINE}</a></h1>",
    )
    found = extract_html(page)
    assert found is not None and found.title == HEADLINE


def test_a_short_lead_a_teaser_repeats_is_no_run_of_furniture() -> None:
    lead = "The sawmill burned down on Tuesday night."
    furniture = frozenset({line_key(lead), line_key("Most read")})
    paragraphs = ["HOLMVIK: " + lead, *STORIES[0]]
    assert html_module.without_furniture(paragraphs, furniture)[0] == paragraphs[0]


def test_names_with_a_capital_inside_are_not_cut_before_a_role() -> None:
    header = ["Water charges to go up", "", "Published: Nov 14, 2011, 10.42 AM IST"]
    for line in ("Kevin McDonald Staff Writer", "Jane LeBlanc Senior Correspondent"):
        header[1] = line
        assert html_module.header_byline(header, header[0]) in ((), (line.rsplit(" ", 2)[0],))


def test_names_over_the_stamp_in_every_joined_form_and_no_places() -> None:
    stamp = "Published: Nov 13, 2011"
    three = ("Tom Hart", "Jo Lee", "Al Dunn")
    assert md.name_by_date(["Tom Hart, Jo Lee & Al Dunn", stamp], True) == three
    assert md.name_by_date(["Maria Lopez, John Carter", stamp], True) == (
        "Maria Lopez",
        "John Carter",
    )
    assert md.name_by_date(["Virginia Beach and Charlotte Harbor", stamp], True) == ()


def test_an_invitation_to_comment_ending_the_lines_ends_the_article() -> None:
    lines = [*STORIES[0], "Have your say"]
    assert ends_article(lines, len(lines) - 1, 200)
    # with the article's text going on under it, a section of readers' letters
    assert not ends_article([*lines, *STORIES[1]], len(lines) - 1, 200)
