"""Pages of one outlet's template as a collection holds them: a rail of teasers whose
headline and summary run together, a kicker over the headline, a pull quote made of
two of the article's sentences, subheadings one extractor drops (the twenty-fourth
older-pages part's shapes, with text of our own)."""

from __future__ import annotations

import hashlib

from digest.extract.core import extract_document
from digest.extract.ensemble import Page, opinion, restored
from digest.extract.html import _without_pull_quotes, _without_side_columns, extract_html
from digest.models import SourceDoc

STORY = [
    "Schools in Harwick district will stay shut until Saturday as fog and a cold wave"
    " kept their grip on the plains, the district office said on Thursday.",
    "The minimum temperature fell to 2.8 degrees Celsius overnight, and 21 trains through"
    " Harwick Junction ran between two and seven hours late.",
    "The municipal corporation has opened 30 night shelters and lit bonfires at 50 points"
    " in the city, including the bus stand and the main hospital.",
]

POPULAR = [
    (
        "Ferry fares to rise by a fifth from April",
        "The port trust said fuel costs had"
        " doubled since the last revision and the increase could not be put off.",
    ),
    (
        "Old mill to become a library",
        "The district council approved the plan after"
        " residents collected four thousand signatures over the summer.",
    ),
    (
        "Two held for cheating pensioners",
        "Police said the men posed as bank officers and"
        " asked for card numbers over the phone in at least nine cases.",
    ),
]


def portal_page() -> str:
    """An article column and a right rail of most-read teasers, each a link and a summary
    in a <span> with no space between them."""
    rail = "".join(
        f'<li><a href="/popular/{n}.html">{head}</a><span class="desc">{summary}</span></li>'
        for n, (head, summary) in enumerate(POPULAR)
    )
    body = "<br /><br />\n".join(STORY)
    return (
        "<html><head><title>Fog: Harwick schools shut - Plains Chronicle</title></head><body>"
        '<div id="wrap"><div id="leftCol"><div class="article">'
        "<h1>Cold wave: Harwick schools shut till Saturday, 21 trains late</h1>"
        '<div class="byline">PCNS</div>'
        '<div class="dateline">Published: Thursday, January 5, 2012, 13:40 IST</div>'
        f'<div class="Normal">{body}</div></div></div>'
        f'<div id="rightCol"><div class="rhsBox"><h2>Most Popular</h2><ul>{rail}</ul></div>'
        "</div></div></body></html>"
    )


def test_a_rail_teaser_whose_headline_and_summary_run_together_is_dropped() -> None:
    page = Page(portal_page())
    head, summary = POPULAR[2]
    glued = f"{head}{summary}"  # as an extractor taking the wrapper reads the item
    kept = _without_side_columns([*STORY, glued], page)
    assert list(kept) == STORY


def test_the_articles_own_lines_stay_beside_the_rail() -> None:
    kept = _without_side_columns(STORY, Page(portal_page()))
    assert list(kept) == STORY


LEAD = [
    "La carretera provincial que une Villabruna con El Tejar permanece cortada desde"
    " primera hora de la mañana tras el desprendimiento de varias rocas sobre la calzada.",
    "Los técnicos de la Diputación calculan que los trabajos de limpieza y de refuerzo"
    " del talud durarán al menos tres días, según informaron fuentes del servicio.",
    "Mientras tanto, el tráfico se desvía por la comarcal, lo que alarga el trayecto en"
    " unos veinte minutos para los vecinos que trabajan en la capital.",
]


def kicker_page(byline: str = "Por <strong>Inés Carrasco</strong>") -> str:
    """A regional daily's story: a kicker over the headline (a word the text says too, so
    every extractor's words hold it), a deck, the byline and the stamp, then the text,
    all in one container."""
    body = "".join(f"<p>{line}</p>" for line in LEAD)
    return (
        "<html><head><title>Villabruna, sin carretera hasta el jueves | El Diario del Valle</title>"
        '</head><body><div id="cabecera"><a href="/">El Diario del Valle</a></div>'
        '<div id="noticia"><p class="antetitulo">DIPUTACIÓN</p>'
        "<h1>Cortada la carretera de Villabruna por la caída de varias rocas</h1>"
        '<h2 class="subtitulo">La Diputación no prevé reabrir la vía antes del jueves</h2>'
        f'<p class="firma">{byline}</p>'
        '<p class="fecha">Publicado el 20/04/2010 a las 10:20</p>'
        '<div class="herramientas"><a href="/imprimir/">Imprimir</a> | <a href="/enviar/">'
        'Enviar</a> | <a href="#comentarios">Comentar</a></div>'
        f'<div class="texto">{body}</div></div>'
        '<div id="pie"><p>El Diario del Valle. Todos los derechos reservados.</p></div>'
        "</body></html>"
    )


def test_a_kicker_over_the_headline_is_no_paragraph_of_the_article() -> None:
    result = extract_html(kicker_page())
    assert result is not None
    assert result.paragraphs[0] == LEAD[0]
    assert "DIPUTACIÓN" not in result.paragraphs


def test_the_newsrooms_name_alone_as_the_byline_is_no_paragraph_and_no_author() -> None:
    result = extract_html(kicker_page(byline="Redacción"))
    assert result is not None
    assert "Redacción" not in result.paragraphs
    assert LEAD[0] in result.paragraphs
    assert not result.authors


def test_a_pull_quote_of_two_sentences_the_article_says_apart_goes() -> None:
    paragraphs = (
        "«Antes pasaban por aquí treinta rebaños», recuerda el pastor mientras cruza la"
        " carretera con sus ovejas.",
        "La mayoría de los ganaderos llevan hoy sus animales en camión. «Ahora los"
        " conductores nos hacen fotos desde la cabina», añade.",
        "«Antes pasaban por aquí treinta rebaños. Ahora los conductores nos hacen fotos"
        " desde la cabina»",
        "El viaje dura seis días y termina en los pastos de verano.",
    )
    assert _without_pull_quotes(paragraphs) == paragraphs[:2] + paragraphs[3:]


def test_a_quotation_of_two_sentences_only_one_of_which_is_said_stays() -> None:
    paragraphs = (
        "«Antes pasaban por aquí treinta rebaños», recuerda el pastor.",
        "«Antes pasaban por aquí treinta rebaños. Nadie sabe cuántos pasarán dentro de diez años»",
    )
    assert _without_pull_quotes(paragraphs) == paragraphs


def test_a_short_subheading_comes_back_though_the_article_shares_a_phrase_of_it() -> None:
    first = "The drove road is 142 kilometres long, a road of dirt between two fences today."
    second = "It appears in documents of the fifteenth century as ninety yards wide."
    heading = "A road of centuries"
    other = opinion("other", "\n".join([first, heading, second]))
    another = opinion("another", "\n".join([first, heading, second]))
    kept = restored([first, second], [other, another], lambda line: True)
    assert kept == (first, heading, second)


def test_a_subheading_after_a_pull_quote_one_extractor_drops_comes_back() -> None:
    before = "The trip by lorry costs two thousand euros a flock and takes three hours."
    pull = "\u201cNow the lorry drivers take pictures of us.\u201d"
    heading = "The hardships of the way"
    after = "The problems, however, grow every year, the shepherds say."
    keeps_pull = opinion("readability", "\n".join([before, pull, heading, after]))
    drops_pull = opinion("resiliparse", "\n".join([before, heading, after]))
    kept = restored([before, pull, after], [keeps_pull, drops_pull], lambda line: True)
    assert kept == (before, pull, heading, after)


PORTAL_COPY = [
    "Plains Post",
    "* Home",
    "* World",
    "* Business",
    "Breaking News",
    "* Ferry fares to rise by a fifth from April PORT HARWICK: The port trust on Tuesday"
    " said fuel costs had doubled since the last revision and that the increase could"
    " not be put off any longer, though...",
    "* Old mill to become a public library after long campaign HARWICK: The district"
    " council approved the plan after residents collected four thousand signatures over"
    " the summer and a local trust offered to...",
    "* Two held for cheating pensioners in bank call scam NEW TOWN: Police said the men"
    " posed as bank officers and asked for card numbers over the phone in at least nine"
    " cases across the district, and that...",
    "Harwick schools shut as cold wave grips the plains",
    "January 5",
    "13:40 2012",
    "Print This Article Share it With Friends",
    "by Plains Post Newsdesk 0 Comments",
    *STORY,
    "Copyright 2012 Plains Post. All rights reserved.",
]


def text_copy(lines: list[str]) -> SourceDoc:
    text = "\n\n".join(lines)
    return SourceDoc(
        path="copy.txt",
        kind="text",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def test_a_text_copys_list_of_teasers_each_cut_short_is_not_the_article() -> None:
    article = extract_document(text_copy(PORTAL_COPY))
    assert article is not None
    assert article.text.split("\n\n") == STORY


def test_a_text_copys_headline_is_no_row_of_tools_nor_a_byline_with_its_comment_count() -> None:
    article = extract_document(text_copy(PORTAL_COPY))
    assert article is not None
    assert article.title == "Harwick schools shut as cold wave grips the plains"


def test_a_bulleted_list_item_of_the_article_ending_in_a_full_stop_stays() -> None:
    lines = [
        "Harwick schools shut as cold wave grips the plains",
        STORY[0],
        "The district office listed what families should do:",
        "* keep children indoors before nine in the morning;",
        "* send warm clothes with any child who must travel.",
        *STORY[1:],
    ]
    article = extract_document(text_copy(lines))
    assert article is not None
    assert "keep children indoors before nine in the morning;" in article.text


def test_a_short_line_is_not_matched_inside_a_side_columns_words_without_spaces() -> None:
    """ "He lost." squeezed ("helost") stands inside "the lost maps" squeezed."""
    page = Page(
        "<html><body><div><p>The council met on Tuesday to vote on the plan for the"
        " valley's old quarry, which has stood empty for a decade.</p>"
        '<table align="right"><tr><td><a href="/m">Museum shows the lost maps of the'
        " valley</a></td></tr></table>"
        "<p>The vote was close, and the plan's author spoke last.</p></div>"
        "<div><p>He lost.</p></div></body></html>"
    )
    lines = [
        "The council met on Tuesday to vote on the plan for the valley's old quarry, which"
        " has stood empty for a decade.",
        "The vote was close, and the plan's author spoke last.",
        "He lost.",
    ]
    assert list(_without_side_columns(lines, page)) == lines


def test_a_quotation_whose_short_sentence_other_paragraphs_hold_stays() -> None:
    paragraphs = (
        "\u201cIf I resign, the budget dies with me,\u201d the mayor said in March.",
        "On Tuesday she said: \u201cThe council has lost my trust and the trust of this"
        " town.\u201d",
        "\u201cI resign. The council has lost my trust and the trust of this town.\u201d",
    )
    assert _without_pull_quotes(paragraphs) == paragraphs


def test_the_newsrooms_name_as_a_label_before_the_name_leaves_the_name_the_author() -> None:
    result = extract_html(kicker_page(byline='Redacción:</p><p class="autor">Inés Carrasco'))
    assert result is not None
    assert result.authors == ("Inés Carrasco",)


def test_a_short_pull_quote_trimmed_from_the_speakers_words_does_not_come_back() -> None:
    first = (
        "\u201cNobody in this village has ever been asked what we want,\u201d said Rhian"
        " Pugh, who chairs the residents' group."
    )
    second = "The council will meet the group again in May, a spokesman said."
    pull = "\u201cNobody has ever been asked\u201d"
    views = [opinion(name, "\n".join([first, pull, second])) for name in ("one", "two")]
    assert restored([first, second], views, lambda line: True) == (first, second)
