"""Words of older pages that were lost or kept wrongly: an article's table cell ending in a
pager after a menu's label, Persian words whose zero-width non-joiners trafilatura drops,
a hard-wrapped sentence whose last line is one word, a mail's signature under a list
archive's message, readers' comments headed only by their writer and time; a mail's
date, a Welsh stamp and a dateline's date; a name over a closing note; an article going
on in a second table cell after an advertisement's row. Every page and
line is invented for these tests."""

from __future__ import annotations

from digest.cluster.similarity import shingles, tokens
from digest.extract import article_end, ensemble
from digest.extract import text_metadata as md
from digest.extract.html import (
    clean_paragraphs,
    dateline_date,
    extract_html,
    header_byline,
    unwrapped,
    with_joiners,
)
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
    # a box of other stories' teasers flattened into one cell is none
    box = "| Related stories: " + " ".join(PROSE * 3) + " More stories >> |"
    assert clean_paragraphs([box])[0] == ()
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
    # a removed mark beside them hides nothing: the joiner between Latin letters goes too
    assert visible("Pay\u061c\u200c\u061cPal") == "PayPal"
    assert visible("\U0001f408\u200d\u2b1b") == "\U0001f408\u200d\u2b1b"  # a black cat
    # variation selectors and fillers carry nothing shown, nor shield a joiner
    assert visible("Pay\ufe0f\u200d\ufe0fPal") == visible("Pay\U000e0100Pal") == "PayPal"
    assert visible("\u2764\ufe0f\u200d\U0001f525") == "\u2764\ufe0f\u200d\U0001f525"
    assert visible("1\u200b\ufe0f") == "1"  # a selector after a hidden mark is stray
    # trafilatura drops them; they come back from the page's own text
    page = (
        '<html lang="fa" dir="rtl"><head><title>کتابخانه</title></head><body>'
        f'<div class="post"><h1>کتابخانه</h1><p>{PERSIAN}</p><p>{PERSIAN}</p></div></body></html>'
    )
    kept = extract_html(page).paragraphs
    assert kept and all("\u200c" in p for p in kept)
    assert "بچه\u200cها" in kept[0] and "بچهها" not in kept[0]
    # copies of the story spelled with and without them share their words
    bare = PERSIAN.replace("\u200c", "")
    assert shingles(PERSIAN) == shingles(bare) and tokens(PERSIAN) == tokens(bare)
    # a word the page spells two ways is left as trafilatura gives it
    both = "بچه\u200cها و بچهها"
    assert with_joiners("بچهها", both + " بچه\u200dها") == "بچهها"
    # and a Latin word whose joiner the page wrote as an entity stays as it is shown
    assert with_joiners("Die Auflage", "Die Auf\u200clage") == "Die Auflage"


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
    # a list's footer in sentences under the signature
    group = [
        "You received this message because you are subscribed to the Elmhollow group of "
        "neighbours and friends on the association's list server.",
        "To unsubscribe from this group and stop getting its mail, send an e-mail to the "
        "list's owner at the address on the association's page.",
    ]
    assert clean_paragraphs([*PROSE, *PROSE, *signed, *group])[0] == (*PROSE, *PROSE)
    # a section break over a team's name and its report, an e-mail quoted in the story
    roundup = ["--", "Manchester United", PROSE[0], PROSE[1]]
    assert clean_paragraphs([*PROSE, *roundup])[0][-2:] == (PROSE[0], PROSE[1])
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
    # a publishing system's own comment headings, labelled
    drupal = [
        "Submitted by maruja on Tue, 02/14/2012 - 10:20",
        "Yo vi allí una película con doce años.",
        "Posted by: Pepe | February 14, 2012 at 10:47 AM",
        "Estuvimos el sábado.",
    ]
    assert clean_paragraphs([*PROSE, *drupal])[0] == tuple(PROSE)
    # one writer's dated entries, whatever the weekday, are no comments
    diary = [
        "Ana Ruiz, Tuesday 14 February 2012 10:47",
        "The ice held on the lake this morning.",
        "Ana Ruiz, Wednesday 15 February 2012 09:15",
        "The ice broke in the afternoon.",
    ]
    assert clean_paragraphs([*PROSE, *diary])[0] == (*PROSE, diary[1], diary[3])
    # a live blog's entries by one writer, a schedule of fixtures, events' times: text
    live = [
        "Escrito por Ana Ruiz el 12/06/2014 a las 16:42",
        "The second half has started in Recife.",
        "Escrito por Ana Ruiz el 12/06/2014 a las 16:50",
        "A goal for the visitors, against the run of play.",
    ]
    assert clean_paragraphs([*PROSE, *live])[0] == (*PROSE, *live)
    fixtures = [
        "Brazil v Croatia, 12 June 2014, 17:00 local time",
        "Mexico v Cameroon, 13 June 2014, 13:00 local time",
        "Spain v Netherlands, 13 June 2014, 16:00 local time",
        PROSE[0],
    ]
    assert clean_paragraphs([*PROSE, *fixtures])[0][-1] == PROSE[0]
    schedule = [
        "Doors open 15/03/2012 19:30",
        "The first act begins half an hour later.",
        "Kick-off: Saturday 14 June 2014, 20:00 BST",
        PROSE[0],
    ]
    assert clean_paragraphs([*PROSE, *schedule])[0][-1] == PROSE[0]
    # a data table's rows of a time and its counts, or one such line, end nothing
    rows = [
        "500 │ 2020-08-01 17:58:00+00 │ 2 │ 4.84 │ t",
        "500 │ 2020-08-01 17:29:00+00 │ 1 │ 3.00 │ t",
        PROSE[0],
    ]
    assert clean_paragraphs([*PROSE, *rows])[0][-1] == PROSE[0]
    one = ["Posted by Ana Ruiz on 14/02/2012 at 10:20", PROSE[0]]
    assert clean_paragraphs([*PROSE, *one])[0][-1] == PROSE[0]


def test_a_mails_date_a_welsh_stamp_and_a_dateline_date_the_page():
    assert md.parse_date("Thu Oct 14 21:07:33 EDT 2010") == (
        "2010-10-14T21:07:33-04:00",
        4,
        28,
    )
    assert md.says_published("Postiwyd gan golygydd ar 03.02.2011, 19:05")
    assert md.says_updated("Diweddarwyd: 05.02.2011 10:12")
    opening = "MMALETSWAI, 12 April 2008 - For the first time in living memory, the women walked."
    assert dateline_date([opening, PROSE[0]]) == "2008-04-12"
    # a dateline with no year, or none at all, gives no date
    assert dateline_date(["MMALETSWAI, 12 April - For the first time, the women walked."]) is None
    assert dateline_date(PROSE) is None
    spanish = "MADRID, 04/05/2008 - El Gobierno aprobó ayer el plan."
    assert dateline_date([spanish], day_first=lambda: True) == "2008-05-04"
    # "PM" after the clock is no zone
    assert md.parse_date("Sun Mar 14 09:30 PM 2010") is None or (
        md.parse_date("Sun Mar 14 09:30 PM 2010")[0] != "2010-03-14T09:30:00"
    )


def test_a_name_over_a_closing_note_signs_the_article():
    note = "Correction: An earlier version of this story gave the society 168 members, not 186."
    page = (
        "<html><head><title>Society turns fifty</title></head><body><div class='story'>"
        "<h1>Society turns fifty</h1>"
        + "".join(f"<p>{p}</p>" for p in PROSE)
        + f"<p>Gwenllian Pryse</p><p>{note}</p></div></body></html>"
    )
    found = extract_html(page)
    assert found.authors == ("Gwenllian Pryse",)
    assert found.paragraphs[-1] == note and "Gwenllian Pryse" not in found.paragraphs
    # a profile's name over its "Party:" line is no signature
    profile = page.replace(note, "Party: Green. She works as a nurse in the town.")
    assert extract_html(profile).authors != ("Gwenllian Pryse",)


def test_an_article_going_on_in_a_second_cell_after_an_advertisement_stays():
    first = [
        f"Paragraph {n} of the match report tells how the home side fell behind early. "
        "It adds how the coach changed the press at the start of the fourth quarter."
        for n in "ABCDEF"
    ]
    second = [
        f"Paragraph {n} of the report tells how the comeback was finished late on. "
        "It adds who scored the last points and what the coach said afterwards."
        for n in "GHIJKL"
    ]
    caption = "The guard drives past a defender in the fourth quarter. He scored 26 points."
    rows = [
        "| HOME NEWS SPORTS OPINION |  |",
        f"|  | {' '.join(first)} |",
        "| ADVERTISEMENT |  |  |",
        f"|  | {' '.join(second)} |",
        f"|  | {caption} |",
    ]
    readability = ensemble.opinion("readability", "\n".join(first))
    resiliparse = ensemble.opinion("resiliparse", "\n".join([*first, *second, caption]))
    kept = ensemble.vote(rows, [readability, resiliparse], unanimous=True)
    assert kept == (rows[1], rows[3])
    # with one other extractor answering, or a headline between the cells, no more
    assert ensemble.vote(rows, [readability], unanimous=True) == (rows[1],)
    headed = [*rows[:3], "| Council shuts the Elm Street library after a vote |", *rows[3:]]
    assert ensemble.vote(headed, [readability, resiliparse], unanimous=True) == (rows[1],)
    # cut into its blocks, the second cell's need one vote fewer again; a caption none
    pieces = [*first, *second, caption]
    again = ensemble.vote(pieces, [readability, resiliparse], True, frozenset(second))
    assert again == (*first, *second)


def test_a_name_over_the_stamps_kept_as_the_first_paragraph_is_still_the_byline():
    header = [
        "Los vecinos reabren el cine Ideal, cerrado desde 1994",
        "Marta G. Villaverde | Peñaúrsula",
        "Actualizado 14.02.2012 - 09:51 h",
        "Publicado 13.02.2012 - 23:10 h",
        "Imprimir | Enviar | 37 comentarios",
        "El público llena el patio de butacas durante la reapertura. FOTO: J. L. CUERVO",
    ]
    article = [header[1], "Dieciocho años después de su última sesión, el cine volvió a abrir."]
    assert header_byline(header, "El cine Ideal reabre", article) == ("Marta G. Villaverde",)
    # a name the article itself tells of is none
    told = [header[1], "Marta G. Villaverde, la concejala, abrió la sesión del sábado."]
    assert header_byline(header, "El cine Ideal reabre", told) == ()
    # an obituary's first sentence names its subject, however short
    obituary = ["Nurse remembered", "Mara Lind", "May 3, 2010"]
    lede = ["Mara Lind, a nurse at St. Luke's for 40 years, died on May 2, 2010.", PROSE[0]]
    assert header_byline(obituary, "Nurse remembered at St. Luke's", lede) == ()


def test_a_thread_of_signed_mails_weighs_the_first_signature_only(monkeypatch):
    message = [PROSE[0], PROSE[1], "--", "Marisol Abrego-Finch", "Newsletter editor"]
    thread = message * 400  # 2,000 lines
    calls = 0
    counted = article_end.prose_words

    def counting(line: str) -> int:
        nonlocal calls
        calls += 1
        return counted(line)

    monkeypatch.setattr(article_end, "prose_words", counting)
    kept = clean_paragraphs(thread)[0]
    assert kept[:2] == (PROSE[0], PROSE[1])
    # each line's prose is counted a few times, not once for every signature above it
    assert calls < 10 * len(thread)


def test_a_caption_crediting_the_story_and_its_photos_names_the_author():
    caption = (
        "The pitcher walks off the field after the final out on Tuesday night. "
        "Story and photos by Ray Tulloch"
    )
    assert md.story_and_pictures_by(["Wednesday, May 21, 2008", caption]) == ("Ray Tulloch",)
    assert md.story_and_pictures_by(["Texto y fotos: Ana Ruiz Peña"]) == ("Ana Ruiz Peña",)
    # a story and pictures that are the article's subject credit no one
    told = "A story and pictures by the school's children were shown at the fair."
    assert md.story_and_pictures_by([told]) == ()
    # an artist's work in a caption, another story's teaser: none of them the author
    artist = "Visitors look at text and photographs by Ann Lee at the gallery on Friday."
    teaser = "Related: Comets clinch the title in extra innings. Story and photos by Ray Tulloch"
    assert md.story_and_pictures_by([artist, teaser]) == ()
    page = (
        "<html><head><title>Comets come up one run short</title></head><body>"
        "<div class='post'><h1>Comets come up one run short</h1>"
        f"<div class='wp-caption'><p>{caption}</p></div>"
        + "".join(f"<p>{p}</p>" for p in PROSE)
        + "</div></body></html>"
    )
    assert extract_html(page).authors == ("Ray Tulloch",)
