"""Boxes set between a modern page's paragraphs that are none of its text: another
story's card ("inline-related", "leia_tambem"), an offer to subscribe in the site's
language, a messaging channel's invitation, an author's card's bio, a video's title and
description; an invitation to report an error and a newsletter's sign-up terms; and a
pull quote set large without its marks, with the line crediting it. Markup of our
own."""

from __future__ import annotations

import pytest

from digest.extract import boilerplate as bp
from digest.extract.ensemble import Page, _labelled_card, line_words
from digest.extract.html import _without_pull_quotes, extract_html, shown_headline
from tests.test_layout_cells_and_boxes import FEATURE
from tests.test_modern_page_boxes import _article

BOXES = {
    "test id": (
        "<div class='sc-1m0xq7h-0 cJsWbn' data-testid='newsletter-signup'>"
        "<p class='sc-1m0xq7h-1 hLpQaz'>Sign up to our Valley Daily newsletter</p>"
        "<p class='sc-1m0xq7h-2 eTzRvk'>Our top stories and the latest from your parish,"
        " sent straight to your inbox every morning.</p></div>"
    ),
    "related card": (
        "<div class='inline-asset inline-related'><div class='card'>"
        "<div class='card-label'><span>Related to this story</span></div>"
        "<h3><a href='/news/pool-repairs'>Council shelves pool repairs for another year</a></h3>"
        "<p class='summary'>The leisure committee said the roof would have to wait until"
        " the budget was settled in the spring.</p></div></div>"
    ),
    "read also": (
        "<div class='leia_tambem'><span class='leia_titulo'>Leia também</span>"
        "<a href='/noticia.php?id=7'>Autocarros substituem o comboio até ao fim das obras</a>"
        "<p>A transportadora reforçou as ligações rodoviárias entre as duas vilas, com"
        " quatro partidas diárias em cada sentido.</p></div>"
    ),
    "subscription": (
        "<div class='caixa_assinatura'><p class='assin_titulo'>Apoie o jornalismo local</p>"
        "<p>Por menos de um café por semana, ajuda a manter uma redação na região e lê"
        " todas as notícias sem limites.</p><a class='botao'>Assinar agora</a></div>"
    ),
    "messaging channel": (
        "<div class='read__whatsapp-channel'><p>Get the day's news from the valley on your"
        " phone: follow our channel and turn on its alerts so you miss nothing.</p>"
        "<a class='btn-wa'>Follow the channel</a></div>"
    ),
    "author's bio": (
        "<div class='AuthorCard_card__Bn8'><div><p class='AuthorCard_bio__k7'>Has covered"
        " the valley's councils and courts for the paper since 2016, and before that wrote"
        " for two weeklies in the north.</p></div></div>"
    ),
    "video": (
        "<div class='video-embed'><h4 class='video-embed__title'>Volunteers stock the"
        " shelves on the shop's last day</h4><p class='video-embed__desc'>Shoppers and"
        " volunteers talk about what the village loses when its only shop shuts its"
        " doors.</p></div>"
    ),
}


CARDS = {
    "read label": (
        "<div class='x1'><strong>READ:</strong> <a href='/news/ferry-timetable'>Ferry"
        " timetable changes for the winter months</a><p>Passengers must book the early"
        " crossing a day ahead from November, the operator said.</p></div>"
    ),
    "read more link": (
        "<a class='rm' href='/news/barriers'><span>Read more</span><span>Flood barriers"
        " tested on the main street</span><span>Council crews took three hours to put the"
        " barriers in place.</span></a>"
    ),
    "spanish label": (
        "<div class='y2'><p><strong>Te puede interesar:</strong></p><div><a"
        " href='/2023/04/21/agua'><span>Anuncian cortes de agua en el oriente de la"
        " ciudad</span></a><p>La medida durará unos cuantos días, dijo el organismo.</p>"
        "</div></div>"
    ),
    "nested article": (
        "<div class='blocks'><article class='tag-water'><h3><a href='/story/wells'>Old"
        " wells run dry across the high desert</a></h3><div class='entry-wrapper'><p>The"
        " retirees who kept rural water co-ops running are stepping down.</p></div>"
        "</article></div>"
    ),
}
BOXES.update(CARDS)  # another story's cards: checked as the boxes are


@pytest.mark.parametrize("box", sorted(BOXES))
def test_a_box_between_the_paragraphs_is_no_text(box: str) -> None:
    found = extract_html(_article(BOXES[box]))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE), box


def test_an_invitation_to_report_an_error_and_sign_up_terms_are_furniture() -> None:
    for line in (
        "Spotted an error in this article? Let our standards desk know and we will correct it.",
        "Vous avez repéré une erreur dans cet article ? Signalez-la à notre équipe.",
        "By signing up you agree to receive occasional offers from the Valley Post.",
        "By signing up, you will create a Medium account if you don't already have one.",
    ):
        assert bp.is_furniture(line), line
    for line in (
        "She said she had spotted an error in the council's figures last year.",
        "By signing up early, residents avoided the queue at the hall.",
    ):
        assert not bp.is_furniture(line), line


def test_a_pull_quote_without_marks_and_its_credit_are_no_text() -> None:
    said = (
        "We have patched the roof twice and the boilers every winter, the chairman said."
        " At some point you stop buying time and you make a decision. Tonight the"
        " council made it, and the voters will have the last word in November."
    )
    body = [*FEATURE[:3], said, *FEATURE[3:]]
    pull = (
        "<blockquote class='pull-quote'><p>At some point you stop buying time and you make"
        " a decision.</p><footer>Jan Vermeer, chair of the village council</footer></blockquote>"
    )
    page = (
        "<html><head><title>Vennhout's last shop to close</title></head><body><main><article>"
        "<h1>Vennhout's last shop to close after almost a century</h1><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in body[:5])
        + pull
        + "".join(f"<p>{p}</p>" for p in body[5:])
        + "</div></article></main></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs == tuple(body)


def test_a_paragraph_a_longer_one_holds_is_kept_when_no_sentence() -> None:
    lines = [*FEATURE[:4], "unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;"]

    code = ("SELECT n FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n; -- the counts",)
    kept = _without_pull_quotes((*lines, *code))
    assert kept == (*lines, *code)


def test_a_short_posts_tag_classes_and_an_interviews_bio_box_are_the_articles() -> None:
    body = "".join(f"<p>{p}</p>" for p in FEATURE[:3])
    for wrapper in ("post-11 post type-post status-publish tag-whatsapp tag-bio", "entry"):
        page = (
            "<html><head><title>Shop to close | Valley Post</title></head><body><main>"
            f"<div class='{wrapper}'><h1>Vennhout's last shop to close</h1>"
            "<p class='byline'>By Lena Fischer</p>"
            "<div class='interview-bio'><p>Mara Lind, 58, has run the shop since her father"
            " retired in 1994 and lives above it with her husband.</p></div>"
            f"{body}</div></main></body></html>"
        )
        found = extract_html(page)
        assert found is not None
        assert found.paragraphs[0].startswith("Mara Lind, 58,"), wrapper
        assert found.paragraphs[1:] == tuple(FEATURE[:3]), wrapper


def test_a_sentence_said_again_outside_a_pull_quotes_box_is_kept() -> None:
    lede = "The village's only shop will close at the end of the month."
    body = [
        lede,
        *FEATURE[1:4],
        "Residents gathered outside the shop said they were stunned. For many of them the"
        " news was simple and hard: The village's only shop will close at the end of the"
        " month.",
    ]
    page = (
        "<html><head><title>Shop to close</title></head><body><main><article>"
        "<h1>Vennhout's last shop to close</h1><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "<h2>Mara Lind, shopkeeper</h2><p>Lind said she would keep the post office counter"
        " open until the council found someone to take it over.</p>"
        "</div></article></main></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs[: len(body)] == tuple(body)
    assert "Mara Lind, shopkeeper" in found.paragraphs


def test_sign_up_and_error_words_in_the_articles_prose_are_kept() -> None:
    for line in (
        "By signing up for the scheme, farmers agree to leave a strip of every field"
        " unploughed for five years.",
        "\u201cYou found a mistake in the grant rules that nobody else had seen,\u201d the"
        " chair told the farmer.",
    ):
        assert not bp.is_furniture(line), line


def test_a_subtitle_under_the_headline_is_a_deck() -> None:
    top = "<p class='subtitle'><i>The family has run the shop for almost a century.</i></p>"
    found = extract_html(_article("", top=top))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_a_table_of_contents_under_the_headline_leaves_it_the_headline() -> None:
    headline = "In Vennhout, volunteers pool their savings to keep the last shop open"
    header = [
        "Home » News",
        headline,
        "The village has shrunk by a third since its school closed.",
        "10 February 2026, 9:15 AM · 5 min",
        "Table of Contents",
        "• How the family kept the shop going",
        "• What the council plans next",
    ]
    headings = [line_words(headline), line_words("How the family kept the shop going")]
    html = "<html><head><title>Vennhout shop | Valley Post</title></head><body></body></html>"
    assert shown_headline(header, headline, html, "Vennhout shop", lambda: headings) == headline


def test_a_live_blogs_entries_and_a_sentence_opening_on_read_are_the_articles() -> None:
    entries = [
        "Firefighters say the blaze at the timber yard is now under control, though crews"
        " will stay overnight.",
        "The road past the yard will stay closed until the morning, the council says.",
    ]
    page = (
        "<html><head><title>Live: fire at timber yard</title></head><body><main>"
        "<article class='live-blog'><h1>Live: Fire at Canal Road timber yard</h1>"
        + "".join(
            f"<article class='live-entry'><time>10:4{n}</time><p>{e}</p></article>"
            for n, e in enumerate(entries)
        )
        + "<div>Read <a href='/docs/parking'>the new parking policy for the yard</a> closely"
        " and one thing stands out: the yard's neighbours will pay twice as much.</div>"
        + "</article></main></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert all(any(e in p for p in found.paragraphs) for e in entries)
    parsed = Page.parse(page)
    sentence = next(e for e in parsed._elements("div") if e.text.startswith("Read "))
    assert not _labelled_card(sentence)


def test_a_rail_of_ranked_teasers_wrapped_one_by_one_is_no_text() -> None:
    items = [
        ("Rice prices climb for a third day at the market", "Traders blame a short harvest."),
        ("Passenger ferry held six hours by high waves", "About 400 people waited at the port."),
        ("Villagers plant banana trees in a broken road", "They want the province to repair it."),
    ]
    rail = (
        "<div class='side'><div class='most'><h3>Most read</h3><div class='most__wrap'>"
        + "".join(
            f"<div class='most__item'><div class='most__count'>{n}</div><div class='most__text'>"
            f"<a href='/read/{n}'><h4>{head}</h4></a><p class='most__lead'>{lead}</p></div></div>"
            for n, (head, lead) in enumerate(items, 1)
        )
        + "</div></div></div>"
    )
    # each teaser wrapped alone with its rank: the rail, not each wrapper, is the box
    teasers = Page.parse(_article("", top=rail)).teaser_items()
    assert all(line_words(lead) in teasers for _, lead in items)
