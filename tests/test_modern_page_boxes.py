"""Modern pages' boxes inside the article's container: a newsletter's sign-up box, a
paywall's offer and a podcast's card are the outlet's promotions, whichever extractor
keeps them; a box of key points under "In summary" is a deck; labels over an
advertisement or a video are furniture in several languages; paragraphs a site classes
"paywall" (the article behind it) are the article's. Markup of our own."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.html import extract_html
from tests.test_layout_cells_and_boxes import FEATURE

NEWSLETTER = (
    "<div class='NewsletterInline_box__q81Zt' data-testid='newsletter-inline'>"
    "<p class='NewsletterInline_title__p2Hs0'>The Village Brief</p>"
    "<p class='NewsletterInline_text__Rr5k1'>Get the week's stories from every parish in"
    " the valley in your inbox each Friday morning at seven.</p>"
    "<a class='NewsletterInline_button__x0'>Sign up</a></div>"
)
KEY_POINTS = (
    "<section class='KeyPoints_root__aa1' data-component='KeyPoints'>"
    "<h2 class='KeyPoints_title__bb2'>In summary</h2><ul class='KeyPoints_list__cc3'>"
    "<li>The last shop in the village closes at the end of the month</li>"
    "<li>The council has asked the province to help volunteers run a new one</li></ul>"
    "</section>"
)


def _article(inside: str, top: str = "", paragraph_class: str = "") -> str:
    attrs = f" class='{paragraph_class}'" if paragraph_class else ""
    paragraphs = [f"<p{attrs}>{p}</p>" for p in FEATURE]
    return (
        "<html><head><title>Vennhout's last shop to close | Valley Post</title></head><body>"
        "<main><article><h1 class='Article_headline__x1'>Vennhout's last shop to close"
        f" after almost a century</h1>{top}<div class='ArticleBody_root__y2'>"
        + "".join(paragraphs[:4])
        + inside
        + "".join(paragraphs[4:])
        + "</div></article></main></body></html>"
    )


def test_a_newsletter_box_between_the_paragraphs_is_no_text() -> None:
    found = extract_html(_article(NEWSLETTER))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_a_box_of_key_points_and_its_label_are_a_deck() -> None:
    found = extract_html(_article("", top=KEY_POINTS))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_labels_over_an_advertisement_or_a_video_are_furniture() -> None:
    for label in (
        "Story continues below this ad",
        "Publicité",
        "Anzeige",
        "Dalsza część artykułu pod materiałem wideo",
    ):
        assert bp.is_furniture(label), label
    assert not bp.is_furniture("The story continues in the village hall on Friday.")


def test_paragraphs_a_site_classes_paywall_are_the_articles() -> None:
    found = extract_html(_article(NEWSLETTER, paragraph_class="paywall"))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_a_sources_label_before_an_agency_names_no_author() -> None:
    page = _article(
        "", top="<div class='authorsSources'><span>Źródło:</span> <span>AIK</span></div>"
    )
    found = extract_html(page)
    assert found is not None
    assert md.tidy_authors(found.authors) == ()  # (as the article's record gives them)


def test_an_authors_card_under_the_article_is_no_text() -> None:
    card = (
        "<div class='AuthorCard_root__z9'><p>Nomsa Dube</p><p>Senior Political Reporter</p>"
        "<p>Nomsa Dube has covered the provincial legislature for the paper since 2019.</p></div>"
    )
    page = _article("", top="<p class='byline'>By Nomsa Dube</p>").replace(
        "</div></article>", f"</div>{card}</article>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_a_stamps_label_alone_on_its_line_is_furniture() -> None:
    for label in ("Updated", "Published", "Last updated:", "Posted on"):
        assert bp.is_furniture(label), label
    assert not bp.is_furniture("Updated maps were published on Friday.")


def test_a_blogs_excerpt_under_the_headline_and_a_card_of_another_story_are_no_text() -> None:
    excerpt = (
        "<p class='gh-article-excerpt is-body'>A family shop that outlived two wars closes"
        " its doors, and the village wonders who will carry the milk.</p>"
    )
    card = (
        "<a class='c-interstitial' href='/2023/01/bakery'>\n<span class='c-interstitial__label'>"
        "Related</span>\n<span class='c-interstitial__headline'>The bakery that went"
        " co-operative</span>\n<p class='c-interstitial__dek'>Forty households bought shares"
        " in the last bakery of Marle, and it now opens six days a week.</p>\n</a>"
    )
    found = extract_html(_article(card, top=excerpt))
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


# Faults an independent review found in the rules above, each mended.


def test_a_short_body_field_named_with_summary_keeps_its_paragraphs() -> None:
    body = "".join(f"<p>{p}</p>" for p in FEATURE[:3])
    page = (
        "<html><head><title>Ferry to stop</title></head><body><h1>Vennhout's last shop to"
        " close after almost a century</h1><div class='field field-name-body"
        f" field-type-text-with-summary'><div class='field-items'>{body}</div></div>"
        "</body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.paragraphs == tuple(FEATURE[:3])


def test_a_podcast_pages_description_and_a_shopping_articles_products_are_text() -> None:
    products = (
        "<div class='product-offer'><h3>Nordkapp Thermo Flask</h3><p>It kept coffee hot for"
        " eleven hours in our freezer test, and its lid survived a fall onto stone.</p></div>"
    )
    found = extract_html(_article(products))
    assert found is not None
    assert "Nordkapp Thermo Flask" in found.paragraphs
    description = _article("").replace(
        "<div class='ArticleBody_root__y2'>", "<div class='podcast-episode-description'>"
    )
    found = extract_html(description)
    assert found is not None
    assert found.paragraphs == tuple(FEATURE)


def test_the_highest_heading_over_the_article_is_the_headline_not_its_deck() -> None:
    page = (
        "<html><head><title>Valley Post</title></head><body><div class='masthead'>Valley"
        " Post</div><ul>"
        + "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(12))
        + "</ul><div class='story'><h2>Vennhout's last shop to close after almost a"
        " century</h2><h3>Volunteers hope to open a new one in the old school</h3>"
        "<p class='byline'>By Nora Keegan</p>"
        + "".join(f"<p>{p}</p>" for p in FEATURE)
        + "</div></body></html>"
    )
    found = extract_html(page)
    assert found is not None
    assert found.title == "Vennhout's last shop to close after almost a century"


def test_source_words_that_are_surnames_stay_names() -> None:
    assert md.tidy_authors(["Marta de la Fuente"]) == ("Marta de la Fuente",)
    assert md.tidy_authors(["Emre Kaynak"]) == ("Emre Kaynak",)
