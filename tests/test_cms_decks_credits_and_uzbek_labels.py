"""The deck of two content-management systems' article templates (SPIP's "chapo", eZ
Publish's "attribute-short"); eZ Publish's <title>, whose parts a slash between spaces
joins, naming the site its author meta tag names too, under a visible byline; a byline's
opener and joiner left alone when an extractor dropped the linked names; an agency's
credit over the dateline that names it by its short form; Uzbek byline, source and stamp
labels; Norwegian and Uzbek notes that the article ran in print. And where each must
hold back. Text and markup of our own."""

from __future__ import annotations

from digest.extract import html as html_module
from digest.extract.core import extract_documents
from digest.extract.html import extract_html
from tests.test_outlet_pages import page_doc

BODY = [
    "The harbour board voted on Monday to move the fish market from the beach to a new"
    " hall on the ring road, four kilometres from the shore.",
    "Traders say nobody asked them, and that the buses to the ring road run twice a day"
    " at best, which would leave the market empty by noon.",
    "The board's chairman said the beach market had no running water, no toilets and no"
    " drains, and that the sea took the rubbish every spring tide.",
    "About four hundred traders work on the beach, most of them women who buy from the"
    " boats at dawn and sell to the town's restaurants until the afternoon.",
]
DECK = "Four hundred traders have thirty days to leave the beach. They say nobody heard them."


def _page(deck_class: str, byline: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Fish market to move | Coast Post</title></head><body>"
        "<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<div class='article'><h1>Fish market to move off the beach</h1>"
        f"{byline}<div class='{deck_class}'><p>{DECK}</p></div>"
        f"<div class='texte'>{body}</div></div></body></html>"
    )


def test_the_decks_of_spip_and_ez_publish_are_no_text() -> None:
    for deck_class in ("chapo", "attribute-short"):
        found = extract_html(_page(deck_class))
        assert found is not None
        assert list(found.paragraphs) == BODY, deck_class
    # not a class that only holds the words ("attribute-shortlist"), nor "short" alone
    for deck_class in ("attribute-shortlist", "short"):
        found = extract_html(_page(deck_class))
        assert found is not None
        assert DECK in found.paragraphs, deck_class


def _ez_page(meta_author: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Fish market to move / Local / News / Coast Post</title>"
        f"<meta name='author' content='{meta_author}' /></head><body>"
        "<div class='class-article'><div class='attribute-header'><h1>Fish market to move"
        " off the beach</h1></div><div class='attribute-byline'><p class='author'>By"
        " <a href='/staff/9'>Ingrid Moe</a></p><p class='date'>Published 22.04.2008"
        f"</p></div><div class='attribute-long'>{body}</div></div></body></html>"
    )


def test_a_site_named_by_the_author_tag_and_a_slashed_title_yields_to_the_byline() -> None:
    found = extract_html(_ez_page("Coast Post"))
    assert found is not None
    assert found.authors == ("Ingrid Moe",)
    # an author tag naming someone else than the site is still read as before
    found = extract_html(_ez_page("Ingrid Moe"))
    assert found is not None
    assert found.authors == ("Ingrid Moe",)


def test_a_byline_opener_and_joiner_whose_names_were_dropped_is_no_text() -> None:
    opener = "<p class='autores'>Por <span class='vcard author'><a>Ana Mabunda</a></span> e <span class='vcard author'><a>Rui Tembe</a></span></p>"
    found = extract_html(_page("chapo", byline=opener))
    assert found is not None
    assert list(found.paragraphs) == BODY
    # a sentence that opens with "By" and a joiner is text
    sentence = "By and large, the traders agreed to go, though none of them said so aloud."
    page = _page("chapo").replace(f"<p>{BODY[2]}</p>", f"<p>{sentence}</p><p>{BODY[2]}</p>")
    found = extract_html(page)
    assert found is not None
    assert list(found.paragraphs) == [*BODY[:2], sentence, *BODY[2:]]


def test_an_agencys_credit_over_the_dateline_naming_its_short_form_is_no_text() -> None:
    dateline = "Mocutane, 16 Out (ANN) – " + BODY[0]
    assert html_module._credits_dateline("Agência Noticiosa do Norte (ANN)", [dateline])
    assert html_module._credits_dateline("ANN", [dateline])
    # another agency's short form, a long line, a dateline of no place: not the credit
    assert not html_module._credits_dateline("Agência Noticiosa do Sul (ANS)", [dateline])
    long_line = "The board said on Monday that it would hear the traders (ANN)"
    assert not html_module._credits_dateline(long_line, [dateline])
    assert not html_module._credits_dateline("Norte Press (NFU)", ["NFU (Northern Farmers) said"])
    paragraphs = [
        "<p class='autores agencia'>Agência Noticiosa do Norte (ANN)</p>",
        f"<p>{dateline}</p>",
        *(f"<p>{p}</p>" for p in BODY[1:]),
    ]
    page = (
        "<html><head><title>Fish market | Correio</title></head><body><div class='article'>"
        "<h1>Fish market gets sixty more days</h1>" + "".join(paragraphs) + "</div></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert list(found.paragraphs) == [dateline, *BODY[1:]]


UZBEK = [
    "Шаҳар ҳокимлиги эски бозорни кўчиришни камида бир йилга кечиктиришга қарор қилди,"
    " деб хабар берди ҳокимлик матбуот хизмати.",
    "Бозорда уч юзга яқин раста бор, уларда асосан мева, сабзавот ва гўшт сотилади,"
    " савдогарлар эса янги жойга кўчишни истамаяпти.",
    "Учрашувда савдогарлар ҳокимликдан ёзма кафолат сўрашди ва ҳокимлик бунга рози бўлди,"
    " деди савдогарлар вакили учрашувдан кейин.",
]


def _uzbek_page(author: str, stamps: str, note: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in UZBEK) + note
    return (
        "<html><head><meta charset='utf-8'><title>Бозор кўчирилмайди — Водий</title></head>"
        "<body><div class='news-detail'><h1>Эски бозор ҳозирча кўчирилмайди</h1>"
        f"<div class='news-info'>{stamps}</div><div class='news-author'>{author}</div>"
        f"<div class='news-text'>{body}</div></div></body></html>"
    )


def test_uzbek_byline_source_and_stamp_labels() -> None:
    stamps = (
        "<span>Эълон қилинди: 17.10.2008, 16:10</span> <span>Янгиланди: 18.10.2008, 10:05</span>"
    )
    labelled = "<span>Муаллиф:</span> <a href='/a/12'>Дилноза Раҳимова</a>"
    found = extract_html(_uzbek_page(labelled, stamps))
    assert found is not None
    assert found.authors == ("Дилноза Раҳимова",)
    # the update's stamp first: the publication's date still wins
    update_first = (
        "<span>Янгиланди: 18.10.2008, 10:05</span> <span>Эълон қилинди: 17.10.2008, 16:10</span>"
    )
    sourced = "<span>Манба:</span> Водий ахборот агентлиги"
    article = extract_documents([page_doc("p.html", _uzbek_page(sourced, update_first))])[0]
    assert article is not None
    assert article.author is None
    assert (article.published or "").startswith("2008-10-17")


def test_norwegian_and_uzbek_print_notes_are_no_text() -> None:
    note = "<p><em>Мақола «Сарчашма» ҳафталигининг босма сонида ҳам чоп этилган.</em></p>"
    labelled = "<span>Муаллиф:</span> <a href='/a/12'>Дилноза Раҳимова</a>"
    found = extract_html(_uzbek_page(labelled, "", note))
    assert found is not None
    assert list(found.paragraphs) == UZBEK
    norwegian = "Saken sto også på trykk i papirutgaven av Kystavisa."
    assert html_module.bp.is_print_note(norwegian)
    # a sentence about a paper's print edition that goes on is text
    assert not html_module.bp.is_print_note(
        "Saken sto også på trykk i papirutgaven, og leserne ringte hele dagen for å klage."
    )


def test_a_tag_class_naming_a_deck_word_is_no_deck() -> None:
    # WordPress sets "tag-el-chapo" on the <article> of a story tagged "El Chapo": its
    # paragraphs are no deck's, and the lead stays even where a summary repeats it
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>Fish market to move | Coast Post</title></head><body>"
        "<article class='post-12 post type-post tag-el-chapo'><h1>Fish market to move"
        f" off the beach</h1><p class='summary'>{BODY[0]}</p><div class='entry'>{body}</div>"
        "</article></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert BODY[0] in found.paragraphs
    # a custom taxonomy's term class too ("temas-el-chapo")
    found = extract_html(page.replace("tag-el-chapo", "temas-el-chapo"))
    assert found is not None
    assert BODY[0] in found.paragraphs
