"""A deck classed "subheadline" is no headline; a headline only microdata names; a title
only the page's metadata gives, under a headline set in bold type over the byline; an
initial in a byline's name; "oprac." and "Dodano:" in Polish; an outlet or a role after
a slash in a byline. And where each rule must hold back. Pages and names of our own."""

from __future__ import annotations

from digest.extract import ensemble
from digest.extract import html as html_module
from digest.extract import text_metadata as md
from digest.extract.html import extract_html
from tests.test_layout_cells_and_boxes import FEATURE

BODY = "".join(f"<p>{p}</p>" for p in FEATURE)


def page(head: str, over: str, body: str = BODY) -> str:
    return (
        f"<html><head><title>Ferry line reopens - The Harbour Gazette</title>{head}</head>"
        f"<body><div id='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='item-page'>{over}<div itemprop='articleBody'>{body}</div></div>"
        "</body></html>"
    )


def test_a_subheadline_is_the_deck_and_microdata_names_the_headline() -> None:
    og = "<meta property='og:title' content='Ferry line back after repairs'>"
    over = (
        "<div class='page-header'><h2 itemprop='name'>Island ferry resumes its crossings"
        " on Monday</h2></div>"
        "<p class='subheadline lead'>Repairs to the ramp took eleven weeks and cost the"
        " province more than planned</p>"
    )
    found = extract_html(page(og, over))
    assert found is not None
    assert found.title == "Island ferry resumes its crossings on Monday"
    # a class naming the headline still wins over microdata, and "sub-headline" or
    # "subHeadline" never does
    for deck in ("sub-headline", "subHeadline", "article-subheadline"):
        over = (
            "<h2 itemprop='headline'>Island ferry resumes its crossings on Monday</h2>"
            f"<div class='{deck}'>Repairs to the ramp took eleven weeks and cost more</div>"
        )
        found = extract_html(page(og, over))
        assert found is not None
        assert found.title == "Island ferry resumes its crossings on Monday", deck
    # two headings so named: neither is taken for the headline
    over = (
        "<h2 itemprop='name'>Island ferry resumes its crossings on Monday</h2>"
        "<h2 itemprop='name'>Weather on the island for the week ahead</h2>"
    )
    assert ensemble.Page.parse(page(og, over)).classed_headline() is None


def font_page(meta_title: str, over: str) -> str:
    picks = (
        "<table><tr><td><b>Editor's picks</b></td></tr><tr><td><a href='/s?id=7'><b>Ferry"
        " crossings resume after ramp repairs</b></a><br>The island ferry is back.</td>"
        "</tr></table>"
    )
    return (
        "<html><head><title>The Harbour Gazette - News</title>"
        f"<meta name='title' content='{meta_title}'></head><body>"
        f"<table><tr><td>{picks}</td><td>{over}"
        f"<div class='storytext'><font size='3'>{BODY}</font></div></td></tr></table>"
        "</body></html>"
    )


def test_a_title_only_the_metadata_gives_yields_to_the_bold_line_over_the_byline() -> None:
    byline = (
        "<font size='2'><b>By Marion Teague / The Harbour Gazette</b></font><br>"
        "<font size='1'>Posted: Wednesday, June 3, 2009</font><br>"
    )
    headline = "<font size='5'><b>Ferry crossings resume after ramp repairs</b></font><br>"
    deck = (
        "<font size='3'><i>The island's only link ran again at dawn after eleven"
        " weeks.</i></font><br>"
    )
    meta = "Province reopens the island ferry after repairs to its ramp"
    for over in (headline + byline, headline + deck + byline):
        found = extract_html(font_page(meta, over))
        assert found is not None
        assert found.title == "Ferry crossings resume after ramp repairs"
        assert found.authors == ("Marion Teague",)
    # a line over the byline in plain type, or one telling of something else, stays
    # behind the metadata's title
    plain = "<font size='2'>Island ferry crossings resume on Monday morning</font><br>"
    found = extract_html(font_page(meta, plain + byline))
    assert found is not None and found.title == meta
    tagline = "<font size='5'><b>Our harbour, our town, our neighbours</b></font><br>"
    found = extract_html(font_page(meta, tagline + byline))
    assert found is not None and found.title == meta
    # a kicker over the headline is not it; a question is a headline, no deck
    kicker = "<b>Island Ferry Repairs</b><br>"
    found = extract_html(font_page(meta, kicker + headline + byline))
    assert found is not None and found.title == "Ferry crossings resume after ramp repairs"
    question = "<font size='5'><b>Is the island ferry ramp safe now?</b></font><br>"
    found = extract_html(font_page(meta, kicker + question + byline))
    assert found is not None and found.title == "Is the island ferry ramp safe now?"
    # an author's name in an article's microdata is no headline
    person = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<h2 itemprop='name'>Maria Luisa de la Vega</h2></div>"
    )
    found = extract_html(font_page(meta, headline + person + byline))
    assert found is not None and found.title != "Maria Luisa de la Vega"


def test_initials_slashes_and_polish_labels_in_bylines() -> None:
    assert md.find_byline(["By John A. Smith, Correspondent"])[0] == ("John A. Smith",)
    assert md.is_person_name("Rosa M. Delgado")
    # "A" opening a credit, or lower-case "a" inside one, is no initial
    assert not md.is_person_name("A Correspondent Writes")
    assert md.find_byline(["By Jane a Doe"])[0] == ()
    # the outlet or a role after a slash; a second person after it stays as it was
    assert md.find_byline(["By Marion Teague / The Harbour Gazette"])[0] == ("Marion Teague",)
    assert md.find_byline(["By Marion Teague / Times Staff"])[0] == ("Marion Teague",)
    assert md.find_byline(["By Anna Smith / Ngozi Okafor"])[0] != ("Anna Smith",)
    assert md.find_byline(["Por Ana Ruiz y Luis Gil / Corresponsales"])[0] == (
        "Ana Ruiz",
        "Luis Gil",
    )
    assert md.name_with_role("Marion Teague/Correspondent") == "Marion Teague"
    assert md.name_with_role("Marion Teague/GAZETTEPHOTO") is None
    # "oprac." (compiled by) opens a byline; an agency after it names no one
    assert md.find_byline(["oprac. Tomasz Wrona"])[0] == ("Tomasz Wrona",)
    assert md.find_byline(["opracowała: Ewa Lis"])[0] == ("Ewa Lis",)
    assert md.find_byline(["oprac. PAP"])[0] == ()


def test_dodano_is_the_polish_stamp_of_publication() -> None:
    over = (
        "<h1>Radni przesunęli pieniądze na remont dachu pływalni</h1>"
        "<div class='art-info'><span>Aktualizacja: 19.05.2011, 14:45</span> | "
        "<span>Dodano: 18.05.2011, 13:10</span></div>"
        "<div class='art-autor'>oprac. <b>Tomasz Wrona</b></div>"
    )
    found = extract_html(page("", over))
    assert found is not None
    assert found.date is not None and found.date.startswith("2011-05-18")
    assert found.authors == ("Tomasz Wrona",)
    # a reader's comment's "Dodano:" after a nickname is no stamp of the article
    assert md.parse_date("Marek Dodano: 03.04.2013") is not None  # (a date all the same)
    assert md.says_published("Dodano: 03.04.2013")
    assert not md.says_published("Marek Dodano: 03.04.2013")


def joomla_page(h2: str, details: str, body: str = BODY) -> str:
    return (
        "<html><head><title>Tilts slēgts - Upes Ziņas</title>"
        "<meta property='og:title' content='Tiltu slēdz uz nenoteiktu laiku'>"
        "<meta property='og:url' content='http://www.upeszinas.example/novada/14-tilts'>"
        "</head><body><div id='menu'><a href='/'>Sākums</a></div><div class='item-page'>"
        f"<h2><a href='/novada/14-tilts'>{h2}</a></h2>"
        f"<dl class='article-info'><dt>Informācija</dt>{details}</dl>{body}</div>"
        "</body></html>"
    )


def test_a_joomla_page_of_its_details_a_self_linked_headline_and_latvian_stamps() -> None:
    details = (
        "<dd>Kategorija: Novada ziņas</dd><dd>Labots: 2013. gada 3. oktobrī, 09:05</dd>"
        "<dd>Publicēts: 2013. gada 2. oktobrī, 14:30</dd><dd>Autors: Ilze Kalniņa</dd>"
        "<dd>Skatīts: 3904</dd>"
    )
    found = extract_html(joomla_page("Tiltu pār upi slēdz satiksmei uz visu ziemu", details))
    assert found is not None
    assert found.title == "Tiltu pār upi slēdz satiksmei uz visu ziemu"
    assert found.date is not None and found.date.startswith("2013-10-02")
    assert not any("Skatīts" in p or "Kategorija" in p for p in found.paragraphs)
    assert found.paragraphs[0] == FEATURE[0]
    assert md.parse_date("2012 m. balandžio 18 d. 10:25") is not None
    # a list of the story's points over it is its text, and one item alone no list
    assert html_module._details_list(
        [
            "- Kategorija: Novada ziņas",
            "- Publicēts: 2013. gada 2. oktobrī, 14:30",
            "- Skatīts: 3904",
        ]
    )
    assert not html_module._details_list(["- Vegetables: Anna Whitcombe", "- Flowers: Tom Ardley"])
    winners = ["- Vegetables: Anna Whitcombe", "- Flowers: Tom Ardley"]
    shown = ["Show results", "Published: May 3, 2010", *winners]
    assert not html_module._details_list(winners, shown)  # (by a stamp, but no count)
    details = ["- Autors: Ilze Kalniņa", "- Skatīts: 3904"]
    shown = ["Published: May 3, 2010", "Autors: Ilze Kalniņa", "Skatīts: 3904"]
    assert html_module._details_list(details, shown)
    assert not html_module._details_list(["- Repairs start: Monday", "- The ferry runs daily."])
    assert not html_module._details_list(["- Skatīts: 3904"])
    assert not html_module._details_list(["Kategorija: Novada ziņas", "Skatīts: 3904"])
    # a heading linking elsewhere is no self-linked headline; the Greek "of the" before a
    # place is no byline
    assert md.find_byline(["Της Νέας Σμύρνης"])[0] == ()
    html = joomla_page("Citi raksti par tiltiem un ceļiem novadā", details).replace(
        "href='/novada/14-tilts'>Citi", "href='/novada/9-celi'>Citi"
    )
    assert ensemble.Page.parse(html).classed_headline() is None


def test_an_outlets_role_and_its_town_declared_give_way_to_the_byline() -> None:
    # "Mwangaza Correspondent; Olmesera" declared, "By Otieno Kasera" shown: the town is
    # no author, the shown name is
    header = ["By Otieno Kasera", "Mwangaza Correspondent, Olmesera"]
    assert html_module._refined(
        ("Mwangaza Correspondent", "Olmesera"), ("Otieno Kasera",), header
    ) == ("Otieno Kasera",)
    # a one-word name beside a desk's credit stays when nothing else is shown
    assert md.tidy_authors(["Sutrisno", "Jakarta Correspondent"]) == ("Sutrisno",)


def test_co_authors_each_over_their_role_and_the_slovenian_label() -> None:
    header = [
        "Kun saha hiljeni, Sahanranta jäi odottamaan",
        "Aino Korhonen",
        "toimittaja",
        "Mikko Virtanen",
        "toimittaja",
        "Julkaistu 21.5.2016 6:00",
    ]
    assert html_module.header_byline(header) == ("Aino Korhonen", "Mikko Virtanen")
    # a name over another role is no co-author
    header[2] = "kuvaaja"
    assert html_module.header_byline(header) == ("Mikko Virtanen",)
    assert md.find_byline(["Avtor: Nina Zupan"])[0] == ("Nina Zupan",)


def test_the_headline_over_a_name_its_role_or_a_wires_initials() -> None:
    for byline in (["Sharelle Dawkins", "Harbinger Writer"], ["CMC"]):
        header = ["Home > Lead Stories", "Council delays the vendors' move", *byline]
        header += ["Published: Tuesday | May 25, 2010"]
        assert html_module.headline_over_byline(header) == "Council delays the vendors' move"
    # a breadcrumb trail over the headline is never it, sharing words or not
    header = ["Home > Council News", "Council delays the vendors' move", "By Ann Lee"]
    header += ["Published: Tuesday | May 25, 2010"]
    opening = ["The council news came late: the move of the vendors is put off a month."]
    assert html_module.headline_over_byline(header, opening) == "Council delays the vendors' move"
    # a headline in capitals over a desk's credit is no name over its role
    header = ["Lakeside Weekly", "Zesa Hikes Tariffs Again", "Chronicle Correspondent"]
    header += ["Tuesday, May 4, 2010"]
    assert html_module.headline_over_byline(header) == "Zesa Hikes Tariffs Again"


def test_a_bylines_lines_run_together_and_the_writers_card_over_the_article() -> None:
    byline = (
        "<font size='2'><b>Marion Teague, Staff Reporter</b></font><br>"
        "<font size='1'>Photos by Ivo Brandt, Photographer</font><br>"
        "<font size='1'>Published: Sunday | May 23, 2010</font><br>"
    )
    deck = "<font size='3'><i>The island's only link ran again at dawn after eleven weeks.</i></font><br>"
    html = font_page(
        "Ferry crossings resume", "<b>Ferry crossings resume on Monday</b><br>" + deck + byline
    )
    found = extract_html(html)
    assert found is not None
    assert found.authors == ("Marion Teague",)
    assert found.date is not None and found.date.startswith("2010-05-23")
    assert found.paragraphs[0] == FEATURE[0]
    assert not html_module._byline_lines_run_together(
        "Marion Teague, Staff Reporter Photos by Ivo Brandt, Photographer",
        ["Marion Teague, Staff Reporter", "Photos by Ivo Brandt, Photographer"],
    )  # (no stamp among them: a caption's credits)
    card = (
        "Marion Teague is a staff reporter based in the harbour bureau, covering the"
        " islands. Send feedback to mteague@gazette.example"
    )
    paragraphs = html_module._without_writers_card((card, *FEATURE), ("Marion Teague",))
    assert paragraphs == tuple(FEATURE)
    # with no way to reach her, a paragraph opening with her name is the article's
    told = "Marion Teague here, and this week I finally left Twitter after eleven years."
    assert html_module._without_writers_card((told, *FEATURE), ("Marion Teague",))[0] == told


def test_a_finnish_deck_print_note_and_writers_note() -> None:
    from digest.extract import boilerplate as bp

    assert bp.is_print_note("Juttu on julkaistu myös Kaupunkilehden painetussa lehdessä.")
    assert bp.is_print_note("Članek je bil objavljen tudi v tiskani izdaji Utripa.")
    assert not bp.is_print_note("Juttu on julkaistu verkossa kello kuusi.")
    note = (
        "Sanna Kettunen on kaupunkitoimittaja, joka seuraa valtuuston ja koulujen asioita."
        " Vinkit: sanna.kettunen@lehti.example"
    )
    assert html_module._author_note(note, "Sanna Kettunen", contact=True)
    over = "<h1>Uimahalli suljetaan ensi vuonna</h1><div class='field--name-field-ingressi'>"
    over += "Hallin korjaus maksaisi yli yhdeksän miljoonaa euroa.</div>"
    found = extract_html(page("", over))
    assert found is not None
    assert not any("yhdeksän miljoonaa" in p for p in found.paragraphs)
