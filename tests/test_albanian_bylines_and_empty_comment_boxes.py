"""Albanian names joined by "dhe", and an Albanian print note; a comment box with no comment in it
yet ("Be the first to comment!"); a sentence about the author that a page declares as
its author; Galician boxes' labels. And where each must hold back. Text of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md


def test_dhe_joins_names_and_nga_opens_no_byline() -> None:
    assert md.find_byline(["Piše: Arta Gjoni dhe Besnik Hoxha"])[0] == (
        "Arta Gjoni",
        "Besnik Hoxha",
    )
    # "Nga" is also "from", opening sentences and crossheads, and a Vietnamese given name
    assert md.find_byline(["Nga Policia e Shtetit u bë e ditur se të dy janë arrestuar."])[0] == ()
    assert md.find_byline(["Nga Thi Nguyen"])[0] != ("Thi Nguyen",)


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
    # the line alone: a sentence that holds the words is the article's
    for line in (
        "Residents had no comments yet about the plan, the mayor said.",
        "No comments yet were received from the ministry, a spokesman for the council said.",
        "Residents were invited to be the first to comment on the draft designs on Friday.",
        "Oficialių komentarų kol kas nėra.",
        "« Soyez le premier à réagir », a lancé l'élu devant la salle comble.",
    ):
        assert not bp.is_furniture(line), line
    # a print note is the note alone, not a sentence about where an article ran
    assert not bp.is_print_note(
        "Straipsnis buvo publikuotas dienraštyje „Žemaičių žinios“ kovo 3 dieną."
    )
    assert not bp.is_print_note(
        "Artikulli u botua në edicionin e shtypur të gazetës „Shekulli“ më 3 mars."
    )


def test_a_sentence_about_the_author_declared_as_the_author() -> None:
    assert md.bio_opening_name("Tuyeni Shikongo covers local government") == "Tuyeni Shikongo"
    assert md.bio_opening_name("Maria de la Cruz writes about farms") == "Maria de la Cruz"
    # a name alone, a name with its particles, a second author, or an e-mail address run
    # on is no sentence
    assert md.bio_opening_name("Maria Luisa da Souza") is None
    assert md.bio_opening_name("José Luis de los Santos") is None
    assert md.bio_opening_name("Mohamed Ali al-Hashimi al-Tikriti") is None
    assert md.bio_opening_name("Marie Dupont et Jean Martin") is None
    assert md.bio_opening_name("Arben Hoxha dhe Elira Kola") is None
    assert md.bio_opening_name("Karin Holm Reporter karin holm se") is None
    assert md.bio_opening_name("Karin Holm") is None


def test_galician_box_labels() -> None:
    assert bp.labels_link_list("O máis lido")
    # "More information" heads a story's practical details as often as a box of links
    assert not bp.labels_link_list("Máis información")
