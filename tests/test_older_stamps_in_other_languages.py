"""Stamps of older pages in the languages they were written in: a publication date
labelled in Serbian, Chinese or Ukrainian beside a later revision's, a forum's
month-first date written with hyphens, a comments heading in Serbian, Russian,
Turkish, Greek, Arabic or Korean (Hebrew and Chinese with a count), and bylines labelled in Serbian, Arabic ("by the pen of") or
"Words and pictures:" or Romanian "de", and no author from the publishing software's
maker. Every page is invented for these tests."""

from __future__ import annotations

from digest.evaluate.extraction import run_extract
from digest.extract import text_metadata as md
from digest.extract.html import clean_paragraphs, extract_html
from tests.collection import SHOOTING_REPORT as BODY

HEADLINE = "Riverton man charged with manslaughter in shooting"


def _page(stamp: str, after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/news/">News</a></div>'
        f'<div id="main"><h1>{HEADLINE}</h1><p class="info">{stamp}</p>'
        f'<div class="story">{paragraphs}{after}</div></div>'
        "<div id='foot'>Contact us</div></body></html>"
    )


def test_a_publication_label_of_another_language_beats_the_revision_beside_it():
    cases = {
        "Објављено: 23.04.2010. у 11:05 | Измењено: 26.04.2010. у 09:12": "2010-04-23",
        "發佈日期：2009年11月21日（星期六）　撰文：陳嘉欣　最後修訂：2009年11月23日": "2009-11-21",
        "Оновлено: 26.04.2010 | Опубліковано: 23.04.2010": "2010-04-23",
    }
    for stamp, day in cases.items():
        found = extract_html(_page(stamp)).date
        assert found is not None and found.startswith(day), (stamp, found)


def test_a_month_first_date_written_with_hyphens():
    assert md.parse_date("Published on 08-27-2011 11:48 PM") == ("2011-08-27T23:48:00", 13, 32)
    assert md.parse_date("27-08-2011")[0] == "2011-08-27"  # the day over 12 says which
    assert md.parse_date("Posted on 05-08-2011") is None  # written both ways: no date
    # unless the page's language writes the day first, or both parts are the same
    assert md.parse_date("Geplaatst op 05-08-2011", day_first=True)[0] == "2011-08-05"
    assert md.parse_date("Posted 12-12-2011")[0] == "2011-12-12"
    # a range, a phone number or a code is no date
    assert md.parse_date("call 555-12-2011") is None
    assert md.parse_date("ISBN 978-12-2011-4") is None
    assert md.parse_date("scores 3-1-2011x") is None


def test_a_byline_labelled_in_another_language_or_as_words_and_pictures():
    cases = {
        "Аутор: Драган Миловановић": ("Драган Миловановић",),
        "بقلم: سامر الحوراني": ("سامر الحوراني",),
        "Words and pictures: Apenisa Tuilau, Nadi": ("Apenisa Tuilau",),
        "de Sorina Mălăiescu": ("Sorina Mălăiescu",),  # Romanian "by"
    }
    for line, authors in cases.items():
        assert extract_html(_page(line)).authors == authors, line
    # "Report:" over a story is a kicker, no byline
    assert extract_html(_page("تقرير: أسعار النفط")).authors == ()


def test_a_comments_heading_in_another_language_ends_the_article():
    comments = [
        "Жарко, 23.04.2010. у 12:40",
        "Браво за скелу, али нека неко објасни зашто је требало три месеца за мотор.",
    ]
    headings = (
        "Коментари (2)",
        "Комментарии:",
        "Yorumlar (2)",
        "Σχόλια",
        "תגובות (2)",
        "التعليقات",
        "评论 (2)",
        "댓글",
        "| Коментари (3) |",
    )
    prose = [
        f"Paragraph {n} of the story says what the council decided. It adds a second "
        "sentence about the ferry, the harbour and the timetable for the spring."
        for n in "ABC"
    ]
    for heading in headings:
        kept, _ = clean_paragraphs([*prose, heading, *comments])
        assert kept == tuple(prose), heading
    # words that also head an article's statements or reactions count only with a count
    statements = ["「とても光栄です」と話した。受賞者の言葉は次の通り。", "監督の話は長かった。"]
    for heading in ("＜コメント＞", "コメント", "评论", "תגובות"):
        kept, _ = clean_paragraphs([*prose, heading, *statements])
        assert kept[-1] == statements[-1], heading
    for counted in ("コメント (2)", "评论(3条)", "评论：", "3 תגובות", "コメント (3件)"):
        assert clean_paragraphs([*prose, counted, *comments])[0] == tuple(prose), counted


def test_the_publishing_softwares_maker_is_no_author(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        _page("").replace("<title>", '<meta name="author" content="eZ Systems"><title>'),
        encoding="utf-8",
    )
    assert run_extract([page])[0]["author"] is None
    # "de" before no first name ("de la Vega", "de garde") opens no byline
    assert extract_html(_page("de la Vega")).authors == ()
