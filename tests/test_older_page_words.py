"""Words of older pages that were lost or kept wrongly: an article's table cell ending in a
pager after a menu's label, Persian words whose zero-width non-joiners trafilatura drops,
a hard-wrapped sentence whose last line is one word, a mail's signature under a list
archive's message, and readers' comments headed only by their writer and time. Every
page and line is invented for these tests."""

from __future__ import annotations

from digest.extract import article_end
from digest.extract.html import clean_paragraphs, extract_html, unwrapped, with_joiners
from digest.safe import visible

PROSE = [
    f"Paragraph {n} of the story says what the council decided about the old mill. It "
    "adds a second sentence about the library, the volunteers and the opening day."
    for n in "ABC"
]


def test_an_article_cell_ending_in_a_pager_is_kept_after_a_menus_label():
    article = " ".join(PROSE * 3) + " Page 1 of 3"
    rows = ["| Latest News |", "| Poll |", f"| {article} |"]
    kept = clean_paragraphs(rows)[0]
    assert any(article in line for line in kept)
    # a teaser of two sentences flattened into its cell under the label stays out
    teaser = "| Cattle post fire Wednesday, 9 April 2008 Farmers count losses. More inside. |"
    assert clean_paragraphs(["| Latest News |", "| Poll |", teaser])[0] == ()


PERSIAN = (
    "صبح یکشنبه کتابخانهٔ مدرسه دوباره باز شد و بچه\u200cها با خوشحالی به قفسه\u200cها نگاه کردند. "
    "معلم کلاس چهارم می\u200cگوید که کتاب\u200cها را مردم روستا فرستاده\u200cاند و هنوز هم می\u200cفرستند. "
    "کتابخانه از این پس هر روز بعد از زنگ آخر یک ساعت باز است."
)


def test_the_joiners_of_persian_words_are_kept():
    # shown as written: the non-joiner is part of the word, between two letters
    assert visible(PERSIAN) == PERSIAN
    assert visible("week\u200dends \u200cstray") == "weekends stray"
    # trafilatura drops them; they come back from the page's own text
    page = (
        '<html lang="fa" dir="rtl"><head><title>کتابخانه</title></head><body>'
        f'<div class="post"><h1>کتابخانه</h1><p>{PERSIAN}</p><p>{PERSIAN}</p></div></body></html>'
    )
    kept = extract_html(page).paragraphs
    assert kept and all("\u200c" in p for p in kept)
    assert "بچه\u200cها" in kept[0] and "بچهها" not in kept[0]
    # a word the page spells two ways is left as trafilatura gives it
    both = "بچه\u200cها و بچهها"
    assert with_joiners("بچهها", both + " بچه\u200dها") == "بچهها"


def test_a_wrapped_sentence_ending_in_one_word_is_one_line():
    lines = [
        "After three years of petitions, two public meetings and one very long",
        "night at City Hall, the crossing at Ferry Street will get a signal in",
        "budget.",
    ]
    assert unwrapped(lines) == [" ".join(lines)]
    # a web address on the next line is none of the sentence
    assert unwrapped([lines[0], "example.com/ferry-street has the plans."]) == [
        lines[0],
        "example.com/ferry-street has the plans.",
    ]


def test_a_mails_signature_ends_the_article():
    signed = ["--", "Marisol Abrego-Finch", "Newsletter editor, Elmhollow Association"]
    footer = ["_______________________________________________", "Elmhollow-L mailing list"]
    assert clean_paragraphs([*PROSE, *signed, *footer])[0] == tuple(PROSE)
    # two hyphens over a line of code are a comment mark of the code, not a signature
    code = ["--", "SELECT status_code, count(*) FROM log GROUP BY status_code;", PROSE[0]]
    assert clean_paragraphs([*PROSE, *code])[0][-1] == PROSE[0]


def test_comments_headed_by_their_writer_and_time_end_the_article():
    comments = [
        "Escrito por xuanin_58 el 14/02/2012 a las 10:20",
        "Yo vi allí una película con doce años y no dormí en una semana.",
        "Escrito por Maruja el 14/02/2012 a las 10:47",
        "Estuvimos el sábado y fue muy emocionante.",
    ]
    assert clean_paragraphs([*PROSE, *comments])[0] == tuple(PROSE)
    assert article_end._signed_and_timed("Maruja | 14.02.2012 10:47")
    # a data table's rows of a time and its counts, or one such line, end nothing
    rows = [
        "500 │ 2020-08-01 17:58:00+00 │ 2 │ 4.84 │ t",
        "500 │ 2020-08-01 17:29:00+00 │ 1 │ 3.00 │ t",
        PROSE[0],
    ]
    assert clean_paragraphs([*PROSE, *rows])[0][-1] == PROSE[0]
    one = ["Posted by Ana Ruiz on 14/02/2012 at 10:20", PROSE[0]]
    assert clean_paragraphs([*PROSE, *one])[0][-1] == PROSE[0]
