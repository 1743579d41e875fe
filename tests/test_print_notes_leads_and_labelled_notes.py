"""A most-read box that repeats the page's own lead under other words and another link
leaves the lead in the article; "Par" alone over the writer's role, the name a link an
extractor dropped, is the byline; notes that the article ran in print in Romanian,
French, Vietnamese (its tone marks written apart too) and English; a note about the
writer under such a note, and one under its label ("About the author:"), which also
names the writer. And where each must hold back. Text and markup of our own."""

from __future__ import annotations

import unicodedata

from digest.extract import boilerplate as bp
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.core import extract_documents
from digest.extract.html import extract_html
from tests.test_collection_notes_and_headlines import outlet_page
from tests.test_outlet_pages import STORIES, page_doc

LEAD = (
    "The town council voted on Friday night, by 15 votes to six, to build a shelter for"
    " 600 stray dogs on council land at Fernside, on the road out to Bradwell."
)
REST = STORIES[1]
SISTER = (
    "Nearly 14,000 flats on three estates will have no heating again next week, the"
    " district heating company said on Thursday."
)
OTHER = (
    "A church choir of forty voices will sing at the reopening of the old market hall"
    " on Saturday, the organisers said."
)


def _most_read_page(lead_in_box: bool) -> str:
    body = "".join(f"<p class='bodytext'>{p}</p>" for p in [LEAD, *REST])
    own = LEAD if lead_in_box else OTHER
    items = "".join(
        f"<li><a href='index.php?id={n}'>{head}</a><p>{summary}</p></li>"
        for n, (head, summary) in enumerate(
            [
                ("Shelter for 600 dogs at Fernside", own),
                ("No heating on three estates", SISTER),
                ("Choir for the market hall", OTHER if lead_in_box else LEAD.replace("15", "16")),
            ]
        )
    )
    return (
        "<html><head><title>Dogs' shelter approved | Valley Chronicle</title></head><body>"
        "<div id='main'><h1>Councillors approve a shelter for 600 stray dogs at Fernside</h1>"
        f"<div class='news-text'>{body}</div></div>"
        f"<div id='sidebar'><div class='box'><h3>Most read</h3><ol>{items}</ol></div></div>"
        "</body></html>"
    )


def test_a_most_read_box_repeating_the_pages_own_lead_in_other_words_leaves_it() -> None:
    found = extract_html(_most_read_page(lead_in_box=True))
    assert found is not None
    assert list(found.paragraphs) == [LEAD, *REST]
    # a box's summary that is no paragraph of the page outside the box is a teaser; so is
    # one a related block inside the article repeats, one teaser in it
    page = _most_read_page(lead_in_box=False)
    assert SISTER not in (extract_html(page) or found).paragraphs
    related = (
        "<div class='related'><div><a href='index.php?id=1'>No heating on three estates</a>"
        f"<p>{SISTER}</p></div></div>"
    )
    page = _most_read_page(lead_in_box=True).replace(
        f"<p class='bodytext'>{REST[0]}</p>", f"<p class='bodytext'>{REST[0]}</p>{related}"
    )
    found = extract_html(page)
    assert found is not None
    assert SISTER not in found.paragraphs
    assert LEAD in found.paragraphs


def test_by_alone_over_the_role_is_the_byline_over_the_article() -> None:
    deck = "Les sujets circulaient la veille dans plusieurs cybercafés de la ville."
    paragraphs = [deck, "Par", "Chef du service Société", LEAD, *REST]
    assert html_module._byline_paragraph(paragraphs, 0) == 2
    assert html_module._byline_paragraph([deck, "Par et", LEAD, *REST], 0) == 1
    assert md.by_alone("Par et") and md.by_alone("By and")
    # a sentence under "Par" is the article's: only "Par" is the byline's
    assert html_module._byline_paragraph([deck, "Par", LEAD, *REST], 0) == 1
    assert not md.by_alone("Par et demain")


def test_notes_that_the_article_ran_in_print() -> None:
    for note in (
        "Articol apărut și în ediția tipărită a Cronicii Dealului din 14 octombrie 2008.",
        "Știre apărută și în ediția tipărită a Cronicii Dealului din 17 octombrie 2008.",
        "Cet article est paru dans l’édition papier du Courrier du Lac du mardi 11 mars 2008.",
        "Cette dépêche est reprise dans l’édition papier du Courrier du Lac du 14 mars 2008.",
        "Bài đã đăng trên báo Sông Lam số ra ngày 12/6/2008.",
        unicodedata.normalize("NFD", "Bài đã đăng trên báo Sông Lam số ra ngày 12/6/2008."),
        "This story appeared in the Saturday supplement of The Valley Times on June 14, 2008.",
    ):
        assert bp.is_print_note(note), note
        assert bp.is_furniture(note), note
    # a sentence going on after the paper's name is the article's
    for line in (
        "Cet article est paru dans l’édition papier du Courrier, mais la mairie a depuis"
        " répondu à nos questions.",
        "This report appeared in the weekend edition of The Herald and prompted a police"
        " inquiry into the council.",
        "This story appeared in the supplement of The Times, which was withdrawn after complaints",
        "Cette enquête a été publiée dans l'édition papier du Courrier qui a ensuite été"
        " poursuivi en justice.",
        "Bài đăng trên báo Sông Lam hôm qua đã khiến nhiều phụ huynh lo lắng.",
        "Interviul a apărut în ediția tipărită a revistei pe care autoritățile au interzis-o.",
        "This report appeared in the weekend edition of The Herald on Saturday, and drew"
        " complaints.",
        "This piece appeared in the magazine of The Herald on the day the mayor resigned.",
        "Articolul a apărut în ediția tipărită din cauza unei erori de paginare.",
        "Cet article est paru dans l'édition papier du Courrier le jour où le maire a démissionné.",
        "Articol apărut în ediția tipărită, completat cu declarațiile primarului de ieri.",
        "The story appeared in the magazine of the school last year and was read by"
        " thousands of parents.",
    ):
        assert not bp.is_print_note(line), line


NOTE = (
    "Karin Holm is a reporter at the Valley Chronicle and writes about the island's"
    " schools, ferries and care homes."
)


def _noted_page(note: str, byline: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in REST)
    return (
        "<html><head><title>Pool to close | Valley Chronicle</title>"
        "<meta name='author' content='Valley Chronicle'/></head><body>"
        f"<div id='story'><h1>Old baths to close at the end of the summer</h1>{byline}"
        f"<div class='text'>{body}<p class='printed'><em>This story appeared in the Saturday"
        f" supplement of The Valley Chronicle on June 14, 2008.</em></p><p>{note}</p></div>"
        "</div></body></html>"
    )


def test_a_note_about_the_writer_under_a_print_note_leaves() -> None:
    # the notice its outlet prints under every article, each with its own day
    docs = [
        page_doc(
            f"p{n}.html",
            outlet_page(
                n,
                s,
                n in (0, 2),
                "This story appeared in the Saturday supplement of The Valley Chronicle on"
                f" June {10 + n}, 2008.",
                carded=True,
            ),
        )
        for n, s in enumerate(STORIES)
    ]
    for article, story in zip(extract_documents(docs), STORIES, strict=True):
        assert article is not None
        assert list(article.paragraphs) == story


def test_a_labelled_note_about_the_writer_names_them_and_leaves() -> None:
    found = extract_html(_noted_page(f"<b>About the author:</b> {NOTE}"))
    assert found is not None
    assert list(found.paragraphs) == REST
    assert found.authors == ("Karin Holm",)
    vietnamese = "Về tác giả: Nguyễn Thị Lan Anh là phóng viên Báo Sông Lam từ năm 2002, chuyên viết về giao thông."
    assert html_module._labelled_author_note(vietnamese) == "Nguyễn Thị Lan Anh"
    assert html_module._labelled_author_note(unicodedata.normalize("NFD", vietnamese))
    # the name's particles and the comma after it
    particles = "About the author: Ana Lucía de la Vega is a reporter at the Chronicle and writes about schools."
    assert html_module._labelled_author_note(particles) == "Ana Lucía de la Vega"
    comma = "About the author: Karin Holm, a reporter at the Chronicle, writes about the ferries."
    assert html_module._labelled_author_note(comma) == "Karin Holm"
    # no label, a byline's or a transcript's label, a label over no name, or a name with
    # no sentence about them
    for line in (
        NOTE,
        "REPORTER: Kevin Rudd says the plan will cost thousands of jobs in the mining towns.",
        "Author: Margaret Atwood will read from her new novel at the library on Friday.",
        "About the author: this column is written by readers in turn.",
        "About the author: Karin Holm",
        "Author: Karin Holm, Valley Chronicle",
    ):
        assert html_module._labelled_author_note(line) is None, line


def test_the_vietnamese_posted_label_of_a_stamp() -> None:
    assert md.date_stamp("Đăng ngày: 18/06/2008") == "labelled"
    assert md.date_stamp("Đăng ngày: 18/06/2008 21:05") == "timed"


def test_see_more_in_vietnamese_labels_a_link() -> None:
    assert bp.labels_link_list("Xem thêm")
    # a sentence that opens with the words is no label
    assert not bp.is_furniture("Xem thêm ảnh của buổi lễ trên trang của trường.")


THIRD = (
    "The old market hall will open again in June after two years of repairs, the council"
    " said on Friday."
)


def test_teasers_the_articles_container_repeats_stay_teasers() -> None:
    teasers = [("No heating on three estates", SISTER), ("Choir for the hall", OTHER)]
    teasers.append(("Market hall to reopen", THIRD))
    more = "".join(
        f"<h3><a href='index.php?id={n}'>{h}</a></h3><p>{s}</p>" for n, (h, s) in enumerate(teasers)
    )
    items = "".join(
        f"<li><a href='index.php?id={n}'>{h}</a><p>{s}</p></li>" for n, (h, s) in enumerate(teasers)
    )
    body = "".join(f"<p>{p}</p>" for p in [LEAD, *REST])
    page = (
        "<html><head><title>Shelter approved | Valley Chronicle</title></head><body>"
        f"<div id='main'><h1>Councillors approve a shelter</h1><div class='text'>{body}</div>"
        f"<div class='more'><h2>More news</h2>{more}</div></div>"
        f"<div id='sidebar'><h3>Most read</h3><ol>{items}</ol></div></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert not {SISTER, OTHER, THIRD} & set(found.paragraphs)
    assert LEAD in found.paragraphs
