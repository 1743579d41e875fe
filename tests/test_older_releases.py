"""Government and county releases of older sites: a list of the day's other releases is
no part of one, and a word processor's list bullets left as paragraphs of their own are
dropped, while a dinkus, a rule of underscores, an acronym's subheading ("HIV/AIDS") and
an album column's "Other releases" stay; a wire's "(END)" ends its story on any page; a
newsletter's "From the April 2012 issue of ...", a "Back to News" link and a wire's
"(Reporting by ...; Editing by ...)" are furniture.
Every page is invented for these tests."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract.html import extract_html

BODY = (
    "Sonagarh, February 14: The Chief Minister on Tuesday handed sanction letters for "
    "drip irrigation to 1,240 farmers of the district at a ceremony in the town hall.",
    "Under the scheme, small and marginal farmers will receive a subsidy of 75 percent "
    "of the cost of the equipment, and other farmers a subsidy of 50 percent.",
    "The district collector said the first systems would be installed before the "
    "summer sowing season and that a second round of applications would open in May.",
)


def _release(after: str, between: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY[:2])
    return (
        "<html><head><title>Department of Information :: Press Release Details</title>"
        "</head><body><div id='menu'><a href='/'>Home</a> <a href='/releases'>Press "
        "Releases</a></div><div id='content'><table><tr><td>Release No.: 1782</td>"
        "<td>Dated: 14/02/2012</td></tr></table><h3>Farmers get drip irrigation "
        f"sanction letters</h3>{paragraphs}{between}<p>{BODY[2]}</p>{after}</div>"
        "<div id='foot'>Website designed by the district office</div></body></html>"
    )


def test_the_list_of_the_days_other_releases_is_no_part_of_one():
    html = _release(
        "<h4>Other Releases of 14/02/2012</h4><ul><li><a href='/r/1781'>"
        "Collector reviews preparations for board examinations in all blocks</a></li>"
        "<li><a href='/r/1780'>Health camp at the district hospital on Sunday</a></li></ul>"
    )
    result = extract_html(html)
    assert result is not None
    assert not any("Other Releases" in p for p in result.paragraphs)
    # with no date it names no list: an album column's heading
    assert bp.is_link_list_label("Other Releases of 14/02/2012")
    assert not bp.is_link_list_label("Other releases")
    # an acronym's subheading is no end mark
    assert not bp.is_end_mark("HIV/AIDS")


def test_a_word_processors_bullets_alone_are_no_paragraphs():
    html = _release("", between="<p>·</p><p>Drip kits</p><p>•</p><p>Sprinklers</p>")
    result = extract_html(html)
    assert result is not None
    assert "·" not in result.paragraphs and "•" not in result.paragraphs
    assert BODY[2] in result.paragraphs
    # a dinkus and a rule of underscores between the parts of a release stay as written
    result = extract_html(_release("", between="<p>• • •</p>"))
    assert result is not None and "• • •" in result.paragraphs
    result = extract_html(_release("", between="<p>______________________________</p>"))
    assert result is not None
    assert "______________________________" in result.paragraphs


def test_a_wires_end_mark_ends_the_story_on_a_portal():
    after = (
        "<p>(END)</p><p>jdoe@nurinews.example</p><p>Copyright (c) Nuri News Agency. "
        "Unauthorized reproduction prohibited.</p>"
    )
    result = extract_html(_release(after).replace("Press Release Details", "News"))
    assert result is not None
    assert result.paragraphs[-1] == BODY[2]
    # "END" or "The end" alone, or in a sentence, ends nothing
    assert not bp.is_article_end("END") and not bp.is_article_end("The end")
    assert bp.is_article_end("(END)")


def test_a_newsletters_issue_note_and_a_link_back_are_furniture():
    assert bp.is_furniture("From the April 2012 issue of The Bell Tower")
    assert bp.is_furniture("« Back to News | Print this page")
    assert not bp.is_furniture("Back to the drawing board")
    assert not bp.is_furniture("From the archives of the paper, a story")


def test_a_wires_credit_line_is_furniture():
    assert bp.is_furniture("(Reporting by Dana Whitfield; Editing by Mark Oyelowo)")
    assert bp.is_furniture("Additional reporting by Joseph Hudak")
    # a sentence about reporting or editing is the article's
    assert not bp.is_furniture("Reporting by the Times showed the mayor lied.")
    assert not bp.is_furniture("Editing by hand took the two of them weeks.")
