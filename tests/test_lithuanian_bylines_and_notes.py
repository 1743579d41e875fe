"""A Lithuanian byline's label ("Autorius:") in a row of the article's details, and the
note that the article ran in print ("Straipsnis taip pat spausdinamas laikraštyje ..."),
which an outlet's template prints over its writer's card: learned from the collection,
both leave the article. Text and markup of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract.core import extract_documents
from digest.extract.html import extract_html
from tests.test_outlet_pages import STORIES, page_doc

PRINT_NOTE = "Straipsnis taip pat spausdinamas laikraštyje „Upės kraštas“."
CARD = (
    "Aistė Vaitkutė – „Upės krašto“ žurnalistė, rašanti apie mokyklas ir kaimo"
    " bendruomenes. Su ja galite susisiekti el. paštu aiste.vaitkute@upes.example."
)


def _page(n: int, story: list[str], signed: bool) -> str:
    author = " | Autorius: <a href='/autoriai/av/'>Aistė Vaitkutė</a>" if signed else ""
    card = f"<div class='apie-autoriu'><p>{CARD}</p></div>" if signed else ""
    body = "".join(f"<p>{p}</p>" for p in story)
    menu = "".join(
        f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Rajone", "Sportas", "Ūkis")
    )
    return (
        f"<html><head><title>Naujiena {n} | Upės kraštas</title></head><body>"
        f"<ul class='menu'>{menu}</ul><div class='straipsnis'><h1>Dienos naujiena {n}</h1>"
        f"<div class='info'>Paskelbta: 2012-04-1{n} 09:12{author}</div>"
        f"<div class='tekstas'>{body}<p class='spaudai'><em>{PRINT_NOTE}</em></p></div>"
        f"{card}</div><div class='footer'>Upės kraštas, Turgaus g. 4</div></body></html>"
    )


def test_autorius_labels_the_byline_in_a_row_of_details() -> None:
    found = extract_html(_page(1, STORIES[0], True))
    assert found is not None
    assert found.authors == ("Aistė Vaitkutė",)


def test_the_writers_card_under_the_print_note_leaves_the_article() -> None:
    assert bp.is_print_note(PRINT_NOTE)
    assert bp.is_print_note("Straipsnis buvo išspausdintas savaitraštyje „Žinios“.")
    # a sentence going on after the paper's name is the article's own
    assert not bp.is_print_note(
        "Straipsnis taip pat spausdinamas laikraštyje, kurį prenumeruoja beveik visi"
        " kaimo gyventojai, o jo kaina nuo kitų metų padidės dviem litais."
    )
    docs = [page_doc(f"p{n}.html", _page(n, s, n in (0, 2))) for n, s in enumerate(STORIES)]
    for article, story in zip(extract_documents(docs), STORIES, strict=True):
        assert article is not None
        assert list(article.paragraphs) == story
