"""A stamp that gives the update before the publication ("Aktualizováno: ... |
Vloženo: ..."), co-authors with one role after a dash or a comma, a box's list of other
stories ("ALSO READ:" over "headline – one sentence" items, or the dash left out) set in
the article, a web copy's note that the report is in the print edition too (and the day
it gives), and an invitation to comment over the form's rules. Pages and names of our
own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.article_end import ends_article
from digest.extract.html import clean_paragraphs, extract_html
from tests.test_layout_cells_and_boxes import FEATURE

HEAD = "<html><head><title>Mlýn v Olešné opraví | Podhorský deník</title></head><body>"
HEADLINE = "<h1>Starý mlýn v Olešné dostane novou střechu</h1>"
BEFORE_BOX = "".join(f"<p>{p}</p>" for p in FEATURE[:2])
AFTER_BOX = "".join(f"<p>{p}</p>" for p in FEATURE[2:])


def page(info: str, byline: str = "", box: str = "", after: str = "") -> str:
    return (
        f"{HEAD}<table><tr><td id='obsah'>{HEADLINE}<div class='info'>{info}</div>"
        f"<div class='autor'>{byline}</div><div class='text'>{BEFORE_BOX}{box}{AFTER_BOX}"
        f"{after}</div>"
        "</td></tr></table></body></html>"
    )


def test_the_inserted_stamp_is_the_date_when_the_update_stands_first() -> None:
    found = extract_html(
        page("Aktualizováno: 21. 9. 2010 13:05 | Vloženo: 19. 9. 2010 10:20", "Jana Vrbová")
    )
    assert found is not None
    assert found.date == "2010-09-19"


def test_co_authors_with_one_role_after_a_dash_are_both_the_byline() -> None:
    stamp = "Vloženo: 18. 9. 2010 8:00"
    lines = [stamp, "Petr Holeček, Lenka Pazderová - redaktoři"]
    assert md.name_by_date(lines, under_stamp=True) == ("Petr Holeček", "Lenka Pazderová")
    # a place after the dash is no role: the first name alone, as before
    lines[1] = "Petr Holeček, Lenka Pazderová - Praha"
    assert md.name_by_date(lines, under_stamp=True) == ("Petr Holeček",)
    found = extract_html(page(stamp, "Petr Holeček, Lenka Pazderová - redaktoři"))
    assert found is not None
    assert found.authors == ("Petr Holeček", "Lenka Pazderová")


BOX = (
    "<div class='also-read'><p><strong>ALSO READ:</strong></p><ul>"
    "<li><a href='/a'>Ferry fares rise again</a> – The operator says fuel now costs twice"
    " what it did in the spring.</li>"
    "<li><a href='/b'>School roof repairs delayed</a> – Builders found more rot in the"
    " beams than the survey showed.</li>"
    "<li><a href='/c'>Market moves to the square</a> – Traders will set up their stalls"
    " by the fountain from next month.</li></ul></div>"
)


def test_a_box_listing_other_stories_with_a_sentence_each_is_no_article_text() -> None:
    found = extract_html(page("Vloženo: 18. 9. 2010 8:00", box=BOX))
    assert found is not None
    text = "\n".join(found.paragraphs)
    assert "twice what it did" not in text and "Ferry fares" not in text
    assert FEATURE[-1][:40] in text
    # the box's items as the main extractor gives them, each a list item: the link's
    # headline, a dash and its story's sentence
    headlines = ("Ferry fares rise again", "School roof repairs delayed")
    lines = [
        FEATURE[0],
        "ALSO READ:",
        f"- {headlines[0]} – The operator says fuel now costs twice what it did in spring.",
        f"- {headlines[1]} – Builders found more rot in the beams than the survey showed.",
        FEATURE[1],
    ]
    kept, _ = clean_paragraphs(lines, links=lambda line: line.strip() in headlines)
    assert kept == (FEATURE[0], FEATURE[1])


def test_a_note_that_the_report_is_in_print_too_is_furniture() -> None:
    assert bp.is_furniture("This report also appears in the print edition of The Hill Gazette.")
    assert bp.is_furniture("Článek vyšel také v tištěném vydání Podhorského deníku.")
    assert not bp.is_furniture("This report also appears to contradict the minister's account.")
    note = "<p>This report also appears in the print edition of the Podhorský deník.</p>"
    found = extract_html(page("Vloženo: 18. 9. 2010 8:00", after=note))
    assert found is not None
    assert "print edition" not in "\n".join(found.paragraphs)


def test_co_authors_with_one_role_after_a_comma_are_both_the_byline() -> None:
    lines = ["Publikované: 7. 3. 2012 o 14:05", "Pavol Kršák, Zuzana Lipková, redaktori"]
    assert md.name_by_date(lines, under_stamp=True) == ("Pavol Kršák", "Zuzana Lipková")
    lines[1] = "Pavol Kršák, Zuzana Lipková, Nitra"  # a place: the first name alone
    assert md.name_by_date(lines, under_stamp=True) == ("Pavol Kršák",)


def test_a_print_note_gives_the_day_where_no_stamp_does() -> None:
    note = (
        "<p><i>This article appeared in the print edition of the Hill Gazette on Thursday,"
        " March 15, 2007.</i></p>"
    )
    found = extract_html(page("Updated: Friday, March 16, 2007 11:20", after=note))
    assert found is not None
    assert found.date == "2007-03-15"
    assert "print edition" not in "\n".join(found.paragraphs)
    assert bp.is_print_note("Článok bol uverejnený aj v tlačenom vydaní Podhorských novín.")


def test_an_invitation_to_comment_over_the_form_s_rules_ends_the_article() -> None:
    rules = (
        "| Comments are read by the editors before they appear on the site. Please keep"
        " them courteous. |"
    )
    lines = [*FEATURE[:3], "| Have your say |", rules]
    assert ends_article(lines, 3, 200)
    # over the article's own text (a section of readers' letters) it ends nothing
    assert not ends_article([*FEATURE[:3], "Have your say", *FEATURE[3:]], 3, 200)


def test_a_list_item_of_a_link_and_its_sentence_with_no_dash_is_a_box_s() -> None:
    headlines = ("Ferry fares rise again", "School roof repairs delayed")
    lines = [
        FEATURE[0],
        "Te puede interesar",
        f"- {headlines[0]} The operator says fuel now costs twice what it did in spring.",
        f"- {headlines[1]} Builders found more rot in the beams than the survey showed.",
        "What happens next",  # a crosshead under the box: the article's again
        FEATURE[1],
    ]
    kept, _ = clean_paragraphs(lines, links=lambda line: line.strip() in headlines)
    assert kept == (FEATURE[0], "What happens next", FEATURE[1])


def test_a_report_printed_by_someone_else_and_a_dated_byline_stand() -> None:
    # the article's own sentence about a report is no print note
    own = (
        "This report was published in print and online by the state auditor last March,"
        " and it found that the county lost track of 300 library books."
    )
    assert not bp.is_print_note(own) and not bp.is_furniture(own)
    # a date under the byline is the article's, the print edition's day after it not
    note = (
        "<p><i>This article appeared in the print edition of the Hill Gazette on Friday,"
        " March 16, 2007.</i></p>"
    )
    found = extract_html(page("Thursday, March 15, 2007", "By Jana Vrbová", after=note))
    assert found is not None
    assert found.date == "2007-03-15"


def test_one_story_in_a_box_leaves_the_paragraph_under_it() -> None:
    headlines = ("Ferry fares rise again",)
    for item in (
        f"{headlines[0]} – The operator says fuel now costs twice what it did.",
        f"• {headlines[0]} The operator says fuel now costs twice what it did.",
    ):
        lines = [FEATURE[0], "ALSO READ:", item, FEATURE[1], FEATURE[2]]
        kept, _ = clean_paragraphs(lines, links=lambda line: line.strip() in headlines)
        assert kept == (FEATURE[0], FEATURE[1], FEATURE[2])


def test_readers_quoted_by_the_article_do_not_end_it() -> None:
    lines = [
        *FEATURE[:3],
        "What readers are saying",
        "Comments on the paper's page, published over the weekend, ran three to one"
        " against the closure.",
        *FEATURE[3:],
    ]
    assert not ends_article(lines, 3, 200)
