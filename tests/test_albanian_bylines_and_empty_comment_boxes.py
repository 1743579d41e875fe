"""An Albanian byline ("Nga A dhe B") and print note; a comment box with no comment in it
yet ("Be the first to comment!"); a sentence about the author that a page declares as
its author; Galician boxes' labels. And where each must hold back. Text of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md


def test_nga_opens_an_albanian_byline_and_dhe_joins_its_names() -> None:
    assert md.find_byline(["Nga Arta Gjoni"])[0] == ("Arta Gjoni",)
    assert md.find_byline(["Nga Arta Gjoni dhe Besnik Hoxha"])[0] == ("Arta Gjoni", "Besnik Hoxha")
    # a Vietnamese given name written first, with one name after it, is no label
    assert md.find_byline(["Nga Nguyen"])[0] == ()


def test_an_albanian_print_note_and_empty_comment_boxes() -> None:
    assert bp.is_print_note("Ky artikull u botua fillimisht në edicionin e shtypur të «Drita».")
    assert not bp.is_print_note(
        "Ky artikull u botua fillimisht në edicionin e shtypur, por redaksia e ka përditësuar"
        " me të dhëna të reja nga bashkia dhe nga banorët e lagjes."
    )
    for line in (
        "No comments yet. Be the first to comment!",
        "Ky artikull nuk ka ende komente. Bëhu i pari që komenton!",
        "Komentarų kol kas nėra. Būkite pirmas!",
    ):
        assert bp.is_furniture(line), line
    assert not bp.is_furniture("Residents had no comments yet about the plan, the mayor said.")


def test_a_sentence_about_the_author_declared_as_the_author() -> None:
    assert md.bio_opening_name("Tuyeni Shikongo covers local government") == "Tuyeni Shikongo"
    assert md.bio_opening_name("Maria de la Cruz writes about farms") == "Maria de la Cruz"
    # a name alone, a name with its particles, or an e-mail address run on is no sentence
    assert md.bio_opening_name("Maria Luisa da Souza") is None
    assert md.bio_opening_name("Karin Holm Reporter karin holm se") is None
    assert md.bio_opening_name("Karin Holm") is None


def test_galician_box_labels() -> None:
    assert bp.labels_link_list("Máis información")
    assert bp.labels_link_list("O máis lido")
