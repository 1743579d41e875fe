"""A note about the author under a notice its outlet repeats in a language no list knows;
an agency's credit over a dateline that names it in brackets, and a byline of a name and
its role with no "By", both kept over the article; a newsroom's name with its article as
a byline naming no one; two names whose byline runs on into its stamps; a Spanish "pie de
foto" box; a place's name with "who" after it, no person. And where each must hold back.
Text and markup of our own."""

from __future__ import annotations

from digest.extract import ensemble
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.core import extract_documents
from digest.extract.html import extract_html
from digest.quotes.speakers import build_cast
from tests.test_collection_notes_and_headlines import NOTE, outlet_page
from tests.test_outlet_pages import STORIES, page_doc

# a note about the writer that gives her address: no card's sentence of the article's
CONTACTED = f"{NOTE} Contact: kholm@valleyradio.example"
# a notice that the article ran in print, in words no list of print notes holds
NOTICE = (
    "Dieser Beitrag stand auch in der Wochenendausgabe des Talboten, die jeden Freitag"
    " an den Kiosken liegt."
)


def test_the_authors_note_under_a_repeated_notice_in_any_language_leaves() -> None:
    docs = [
        page_doc(f"p{n}.html", outlet_page(n, s, n in (0, 2), NOTICE, True, CONTACTED))
        for n, s in enumerate(STORIES)
    ]
    for article, story in zip(extract_documents(docs), STORIES, strict=True):
        assert article is not None
        assert list(article.paragraphs) == story


DECK = "Las familias podrán inscribirse en las alcaldías hasta el 30 de junio."
LEAD = (
    "VILLA ROSA (Andinpress). El fondo regional de vivienda amplió hasta el 30 de junio el"
    " plazo para que las familias afectadas por las lluvias se inscriban en el programa."
)
NEXT = (
    "El plazo inicial vencía a finales de abril, pero más de la mitad de los municipios no"
    " habían enviado sus listas, según explicó la directora del fondo."
)


def test_an_agency_credited_again_in_the_datelines_brackets_is_the_byline() -> None:
    assert html_module._byline_paragraph([DECK, "Andinpress", LEAD, NEXT], 0) == 1
    assert html_module._byline_paragraph([DECK, "ANDINPRESS", LEAD, NEXT], 0) == 1
    # another credit in the brackets, or a place not in capitals: the short line is no
    # byline read from them
    other = LEAD.replace("(Andinpress)", "(Reuters)")
    assert html_module._byline_paragraph([DECK, "Andinpress", other, NEXT], 0) is None
    lower = LEAD.replace("VILLA ROSA", "Villa Rosa")
    assert html_module._byline_paragraph([DECK, "Andinpress", lower, NEXT], 0) is None
    # an acronym its brackets spell out is no place's dateline
    spelt = "NFU (Northern Fishers Union). The union speaks for 900 boats on the coast."
    assert html_module._byline_paragraph([DECK, "Northern Fishers Union", spelt, NEXT], 0) is None


def test_a_name_and_its_role_with_no_by_is_a_byline_over_the_article() -> None:
    lines = [DECK, "Hernán Darío Peñaloza | Corresponsal", NEXT, NEXT]
    assert html_module._byline_paragraph(lines, 0) == 1
    assert md.name_with_role("Tamsin Penhaligon, Staff Writer") == "Tamsin Penhaligon"
    assert md.name_with_role("Hernán Darío Peñaloza | Corresponsal") == "Hernán Darío Peñaloza"
    # a name alone, a sentence after it, or no first name the lists know
    for line in (
        "Hernán Darío Peñaloza",
        "Hernán Darío Peñaloza | Hernán Darío Peñaloza ganó el premio regional",
        "Villa Rosa | Corresponsal",
    ):
        assert md.name_with_role(line) is None, line
    # only right under a deck: a list's line under a lead and its colon, or a picture's
    # credit, heads nothing
    jury = [NEXT, "The jury is made up of:", "Anna Berg, Film Critic", "Tomas Lund, Editor"]
    assert html_module._byline_paragraph(jury, 0) is None
    judges = [
        "Three journalists will judge the awards. They are:",
        "Maria Santos, Herald columnist",
    ]
    judges += ["Thomas Baker, BBC correspondent", NEXT]
    assert html_module._byline_paragraph(judges, 0) is None
    listed = [DECK, "Maria Santos, Herald columnist", "Thomas Baker, BBC correspondent", NEXT]
    assert html_module._byline_paragraph(listed, 0) is None
    credit = [DECK, "Anna Berg | Staff Photographer", NEXT, NEXT]
    assert html_module._byline_paragraph(credit, 0) is None


def test_a_newsroom_named_with_its_article_names_no_one() -> None:
    for desk in ("La Rédaction", "La Redacción", "Die Redaktion", "A Redação", "Redazione"):
        assert md.tidy_authors([desk]) == (), desk
        assert not md.is_person_name(desk), desk
    assert md.tidy_authors(["La Rédaction", "Nadia Boyjoo"]) == ("Nadia Boyjoo",)
    # a person's name that holds the letters is no desk
    assert md.tidy_authors(["Ana Laredaction"]) == ("Ana Laredaction",)
    assert md.tidy_authors(["Ana Redaction Ortega"]) == ("Ana Redaction Ortega",)


def test_two_names_whose_byline_runs_on_into_its_stamps() -> None:
    line = (
        "Par Kevin Ponsamy et Nadia Boyjoo Publié le 23 mai 2014 à 11h20 Mis à jour le"
        " 23 mai 2014 à 19h45"
    )
    assert md.find_byline([line])[0] == ("Kevin Ponsamy", "Nadia Boyjoo")
    spanish = "Por Ana Ruiz y Julián Rojas Publicado el 3 de mayo de 2011 Actualizado el 4 de mayo"
    assert md.find_byline([spanish])[0] == ("Ana Ruiz", "Julián Rojas")
    # "By" and capitalised words that are no one's name before the date, or a sentence
    for line in (
        "By Grace Hopper's own account, the team worked through the night of 9 September"
        " 1947 to find the fault in the relay.",
        "By Lincoln Park on 3 May 2012 the marchers had grown to some four thousand people"
        " from all over the city and the suburbs",
        "By Christmas Eve, 24 December 2013, the fund had raised enough to buy the old"
        " school and its playing field for the village",
        "Por Navidad, el 24 de diciembre de 2013, el fondo había reunido lo suficiente"
        " para comprar la vieja escuela del pueblo",
    ):
        assert md.find_byline([line])[0] == (), line
    # a long sentence with "by" in it and a date is no byline
    sentence = (
        "by the time the council met on 3 May 2012 the plan had been dropped by the members"
        " of the committee and by the mayor"
    )
    assert md.find_byline([sentence])[0] == ()


CAPTION = (
    "El puente, visto desde la orilla norte, seguía ayer cerrado con vallas."
    " Foto: Arturo Pinzón / Diario del Valle"
)


def _boxed(box: str) -> ensemble.Page:
    body = "".join(f"<p>{p}</p>" for p in STORIES[1])
    return ensemble.Page.parse(
        "<html><head><title>Cierran el puente | Diario del Valle</title></head><body>"
        "<div class='noticia'><h1>Cierran el puente colgante de La Pizarra</h1>"
        f"<div class='imagen'><img src='/f.jpg' alt=''/><div class='{box}'>{CAPTION}</div></div>"
        f"<div class='texto'>{body}</div></div></body></html>"
    )


def test_a_pie_de_foto_box_is_a_caption() -> None:
    for box in ("pieFoto", "pie-de-foto", "pie_foto"):
        assert ensemble.line_words(CAPTION) in _boxed(box).caption_boxes(), box
    # "pie" alone is no caption's name ("pie-chart"), nor "foto" alone a caption's
    for box in ("pie-chart", "fotoNoticia"):
        assert ensemble.line_words(CAPTION) not in _boxed(box).caption_boxes(), box


TRADER = (
    "Buyers in Port Vila say too much poor kava still reaches the market.\n\n"
    "“Half of what I buy now, I throw away,” said Chief Moses Tamata, who chairs the"
    " council of chiefs.\n\n"
    "“Wet roots, old roots, roots with stones inside,” said one trader in Port Vila, who"
    " asked not to be named because he buys from several exporters.\n\n"
)


def test_a_place_followed_by_who_is_no_person() -> None:
    cast = build_cast(TRADER)
    assert "Port Vila" not in cast.people or not cast.people["Port Vila"].is_person
    # a person's name with "who" after it stays a person, after "with" as after nothing,
    # and so does a name after "in" that a word before makes a person's
    for text, name in (
        ("The mayor met residents with Ana Okafor, who chairs the tenants' group.", "Ana Okafor"),
        ("Ana Okafor, who chairs the tenants' group, spoke first.", "Ana Okafor"),
        ("Voters put their faith in Ana Okafor, who won by 300 votes.", "Ana Okafor"),
        # a person's name after "in" once is no place's
        ("The club has a new captain in Tamatoa Hiriata, who joined in May.", "Tamatoa Hiriata"),
    ):
        assert build_cast(text).people[name].is_person, text


def _site_signed_page(byline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORIES[2])
    return (
        "<html><head><title>Piscina | Sección Ciudad | Diario del Valle</title>"
        "<meta property='og:site_name' content='Diario del Valle'/></head><body>"
        "<div class='menu'><a href='/'>Inicio</a> <a href='/ciudad'>Ciudad</a></div>"
        "<div class='nota'><h1>La piscina vieja cerrará al final del verano</h1>"
        f"<div class='firma'>{byline}</div><div class='texto'>{body}</div></div></body></html>"
    )


def test_a_name_over_the_sites_own_name_is_the_byline() -> None:
    for byline, author in (
        ("Ana Ruiz Ortega / Diario del Valle", "Ana Ruiz Ortega"),
        ("Марија Велкоска / Diario del Valle", "Марија Велкоска"),
    ):
        found = extract_html(_site_signed_page(byline))
        assert found is not None
        assert found.authors == (author,), byline
    # one word, or words no name is, over the site's name: no author from it
    for byline in (
        "Ciudad / Diario del Valle",
        "Lee más / Diario del Valle",
        "Press Release / Diario del Valle",
        "Top Stories / Diario del Valle",
    ):
        found = extract_html(_site_signed_page(byline))
        assert found is not None
        assert found.authors == (), byline
