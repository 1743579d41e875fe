"""Headlines set without an <h1> of their own in a class named in the site's language, a
kicker's label in the <h1>'s own span, a section's name before the headline the <h1>
repeats; desks credited as authors; co-authors joined by "i" or sharing a plural role; a
print note in Spanish and Croatian; a lead in a box named "uvod"; and where each of
those rules must hold back. Pages and names of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.html import extract_html
from tests.test_layout_cells_and_boxes import FEATURE

BODY = "".join(f"<p>{p}</p>" for p in FEATURE)


def page(head: str, over: str, body: str = BODY) -> str:
    return (
        f"<html><head><title>Gradski list - Grad - Stari mlin ...</title>{head}</head><body>"
        "<table><tr><td class='lijevo'><div class='kutijaNaslov'>Najčitanije</div></td>"
        f"<td id='sredina'>{over}<div class='tekst'>{body}</div></td></tr></table>"
        "</body></html>"
    )


def test_a_headline_in_a_class_named_in_the_sites_language() -> None:
    og = "<meta property='og:title' content='Mlin u Dolini dobiva novi krov'>"
    over = (
        "<div class='nadnaslov'>GRADSKO VIJEĆE</div>"
        "<div class='naslov'>Stari mlin na Dolini obnovit će se do jeseni</div>"
    )
    found = extract_html(page(og, over))
    assert found is not None
    assert found.title == "Stari mlin na Dolini obnovit će se do jeseni"
    # a teaser's link so classed is no headline, and several such hide no <h2>
    teasers = "".join(
        f"<a class='titular' href='/{n}'>Cierra la panadería número {n} de la ciudad</a>"
        for n in range(2)
    )
    over = (
        "<h1><a href='/'>Diario del Valle</a></h1><h2 class='entry-title'>El ayuntamiento"
        f" aprueba el plan del parque fluvial</h2><div class='aside'>{teasers}</div>"
    )
    found = extract_html(page("", over))
    assert found is not None
    assert found.title == "El ayuntamiento aprueba el plan del parque fluvial"


def test_a_kickers_label_in_the_h1_is_no_part_of_the_headline() -> None:
    for label in ("EXCLUSIVE", "UPDATED"):
        over = f"<h1><span class='kicker'>{label}</span> Council shuts the old baths for good</h1>"
        found = extract_html(page("", over))
        assert found is not None
        assert found.title == "Council shuts the old baths for good"
    # a label set off by a colon, one of two words in capitals, or a word a headline may
    # open with stays
    for title in (
        "BREAKING NEWS: Council shuts the old baths",
        "LIVE Music Returns to the Old Town Hall This Summer",
        "Q&A With the New Head Coach of the Tigers",
    ):
        found = extract_html(page("", f"<h1>{title.replace('&', '&amp;')}</h1>"))
        assert found is not None and found.title == title


def test_a_sections_name_before_the_headline_an_h2_repeats() -> None:
    over = (
        "<div id='barra'><h1>Política: Cabildo pospone la votación del relleno</h1></div>"
        "<div class='item-page'><h2 class='contentheading'><a href='/a'>Cabildo pospone la"
        " votación del relleno</a></h2></div>"
    )
    found = extract_html(page("", over))
    assert found is not None
    assert found.title == "Cabildo pospone la votación del relleno"


def test_a_desk_or_a_wire_credited_as_the_author_is_no_person() -> None:
    for desk in ("Mesa Web", "Valley Voice Newsdesk"):
        assert md.tidy_authors([desk]) == ()
    for person in ("Ana Wirez", "Tom Wire"):
        assert md.tidy_authors([person]) == (person,)


def test_co_authors_joined_by_i_or_sharing_a_plural_role() -> None:
    assert md.find_byline(["Piše: Tihana Rukavina i Ivan Barišić"])[0] == (
        "Tihana Rukavina",
        "Ivan Barišić",
    )
    assert md.find_byline(["By Josep Puig i Cadafalch"])[0] == ("Josep Puig i Cadafalch",)
    assert md.find_byline(["Por Héctor Ayala Brito y Marisol Cen Tapia / Corresponsales"])[0] == (
        "Héctor Ayala Brito",
        "Marisol Cen Tapia",
    )
    # a plural alone on its line is a headline's word, no role line
    assert not md.is_role_line("Paper lays off its photographers")


def test_print_notes_in_spanish_and_croatian() -> None:
    assert bp.is_print_note("Esta información se publicó también en la edición impresa de El Sol.")
    assert bp.is_print_note("Ovaj je članak objavljen i u tiskanom izdanju Gradskog lista.")
    assert not bp.is_print_note("Esta información fue confirmada por el ayuntamiento.")
    # a paragraph that goes on about what the print edition carried is the article's
    assert not bp.is_print_note(
        "Esta noticia apareció en la edición impresa del sábado y provocó una ola de"
        " reacciones entre los vecinos, que se concentraron frente al ayuntamiento."
    )


def test_a_lead_in_an_uvod_box_is_a_deck() -> None:
    lead = "<div class='uvod'><b>Vijećnici su prihvatili prijedlog i sat stoji pet kuna.</b></div>"
    over = "<div class='naslov'>Stari mlin na Dolini obnovit će se do jeseni</div>" + lead
    found = extract_html(page("", over))
    assert found is not None
    assert "pet kuna" not in "\n".join(found.paragraphs)
    assert FEATURE[0] in found.paragraphs
