"""A Joomla 1.5 article's table rows of its byline and stamps ("| Piše: NAME |",
"Objavljeno: 22.03.2012. u 14:05", "Zadnja izmjena: ..."); a reporter's name with their
news agency after a comma; a details list's "Written by Staff Reporter"; and a deck or a
lead that a box of the site's stories repeats, which still tells the deck from the
article; Bosnian and Catalan boxes' labels. Pages and names of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import ensemble
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.html import extract_html
from tests.test_layout_cells_and_boxes import FEATURE
from tests.test_microdata_headlines_and_slashed_bylines import BODY, joomla_page


def table_page(byline: str) -> str:
    rows = (
        f"<tr><td width='70%' valign='top' colspan='2'><span class='small'>{byline}</span>"
        "&nbsp;&nbsp;</td></tr><tr><td valign='top' colspan='2' class='createdate'>"
        "Objavljeno: 22.03.2012. u 14:05</td></tr>"
        f"<tr><td valign='top' colspan='2'>{BODY}"
        "</td></tr>"
        "<tr><td colspan='2' align='left' class='modifydate'>Zadnja izmjena: 23.03.2012. u"
        " 08:47</td></tr>"
    )
    tools = "".join(
        f"<td align='right' width='100%' class='buttonheading'><a href='/{tool}'>"
        f"<img src='/images/{tool}.png' alt='{tool}'></a></td>"
        for tool in ("pdf", "print", "email")
    )
    return (
        "<html><head><title>Voda skuplja - Glas Rijeke</title></head><body>"
        "<div id='menu'><a href='/'>Naslovna</a></div><table class='contentpaneopen'><tr>"
        "<td class='contentheading' width='100%'>Voda u Kamenici od maja skuplja za trećinu"
        f"</td>{tools}</tr></table><table class='contentpaneopen'>{rows}</table></body></html>"
    )


def test_a_joomla_tables_rows_of_byline_and_stamps_are_no_text() -> None:
    for byline, author in (
        ("Piše: Amra Softić", "Amra Softić"),
        ("Samir Kovačević, FENA", "Samir Kovačević"),
    ):
        found = extract_html(table_page(byline))
        assert found is not None
        assert list(found.paragraphs) == FEATURE, byline
        assert found.authors == (author,)
        assert found.date is not None and found.date.startswith("2012-03-22")
        # the rows as an extractor that keeps the table gives them, over the article
        assert html_module._byline_row(f"| | {byline} |  |")
    for row in (
        "| | Objavljeno: 22.03.2012. u 14:05 |  |",
        "| Zadnja izmjena: 23.03.2012. u 08:47 |",
    ):
        assert html_module._is_stamp(row), row
    assert md.date_stamp("Objavljeno: 22.03.2012. u 14:05") == "timed"
    assert md.date_stamp("Zadnja izmjena: 23.03.2012. u 08:47") == "timed"
    # a row of a name alone, or of a tool's label, is no byline's row
    assert not html_module._byline_row("| Samir Kovačević | |")
    assert not html_module._byline_row("| Text: Larger | Smaller |")
    # an agency after the name is the reporter's, as a role is; a word after it is not
    assert md.name_with_role("Samir Kovačević, FENA") == "Samir Kovačević"
    assert md.name_with_role("Samir Kovačević, Sarajevo") is None
    assert md.name_with_role("Darko Bandić, AP Photo") is None  # a picture's credit


def test_written_by_a_desk_in_a_details_list() -> None:
    details = (
        "<dd>Category: National</dd><dd>Published: 26 March 2014</dd>"
        "<dd>Written by Staff Reporter</dd><dd>Hits: 977</dd>"
    )
    found = extract_html(joomla_page("Army engineers open a crossing at the river", details))
    assert found is not None
    assert found.paragraphs[0] == FEATURE[0]
    assert not any("Staff Reporter" in p or "Hits" in p for p in found.paragraphs)
    # the list as kept over the article, its stamp on the page beside it
    kept = ["- Details", "- Category: National", "- Written by Staff Reporter", "- Hits: 977"]
    shown = ["Category: National", "Published: 26 March 2014", "Written by Staff Reporter"]
    assert html_module._details_list(kept, shown)
    # a list item that says more than a byline is a list of the story's own
    assert not html_module._details_list(
        ["- Written by the pupils of the village school over three winters", "- Hits: 977"],
        ["Published: 26 March 2014"],
    )


DECK = "Els sindicats convoquen una concentració davant la fàbrica per dilluns al matí."


def drupal_page(teaser: str) -> str:
    return (
        "<html><head><title>Tanca la fàbrica - Diari del Riu</title></head><body>"
        "<div id='menu'><a href='/'>Portada</a></div>"
        "<h1 class='title'>La filatura de Sant Pere tanca després de cent anys</h1>"
        f"<div class='field-field-entradeta'><p>{DECK}</p></div>"
        "<div class='meta'><div class='signatura'>Redacció</div>"
        "<span class='submitted'>Publicat el 19/03/2013 a les 12.15 h</span></div>"
        "<ul class='eines'><li>Imprimeix</li><li>Envia a un amic</li></ul>"
        f"<div class='content'>{BODY}</div>"
        f"<div class='block'><h3>El més llegit</h3><ul>{teaser}</ul></div></body></html>"
    )


def test_a_deck_and_a_lead_a_most_read_box_repeats_are_still_told_apart() -> None:
    teasers = f"<li><a href='/a'>Tanca la filatura</a><p>{DECK}</p></li>"
    teasers += f"<li><a href='/b'>La botiga</a><div>{FEATURE[0]}</div></li>"
    found = extract_html(drupal_page(teasers))
    assert found is not None
    assert DECK not in found.paragraphs
    assert found.paragraphs[0] == FEATURE[0]
    page = ensemble.Page(drupal_page(teasers))
    assert page.share_parent(DECK, FEATURE[0]) is False
    assert page.share_parent(FEATURE[0], FEATURE[1]) is True


def test_bosnian_and_catalan_box_labels() -> None:
    for label in ("Povezani članci", "Najčitanije", "Notícies relacionades", "El més llegit"):
        assert bp.labels_link_list(label), label
    assert not bp.labels_link_list("Vijesti iz općine")
