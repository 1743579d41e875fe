"""Who wrote the story, where the page names an agency in its own language, a commenter
or a reporter with a role after a comma: "Agenzia ..." is no person's name, a name the
markup marks as a comment's author is none of the article's, and "NAME, Reporter" over
the article is its byline. Pages and names of our own."""

from __future__ import annotations

from digest.extract import text_metadata as md
from digest.extract.ensemble import Page
from digest.extract.html import _commenter_only, extract_html
from tests.test_layout_cells_and_boxes import FEATURE

HEAD = "<html><head><title>Vennhout's last shop to close | Valley Post</title></head><body>"
HEADLINE = "<h1>Vennhout's last shop to close after almost a century</h1>"
BODY = "".join(f"<p>{p}</p>" for p in FEATURE)


def test_an_agency_in_the_sites_language_is_no_persons_name() -> None:
    assert md.tidy_authors(["Fonte Agenzia Valsorba Notizie"]) == ()
    assert md.tidy_authors(["Agencia Informativa Costera"]) == ()
    # (a wire's own name stays the byline: "By AFP")
    assert md.tidy_authors(["AFP"]) == ("AFP",)


def test_a_commenter_marked_as_an_author_is_not_the_articles() -> None:
    comments = (
        "<section id='comments'><h2>Comments</h2><article typeof='schema:Comment'"
        " class='comment js-comment by-anonymous'><footer class='comment__meta'>"
        "<p class='comment__author'><span rel='schema:author'>Piet Jongbloed</span></p>"
        "</footer>"
        "<div class='comment__content'><p>My grandmother bought her lamp oil there, and"
        " I bought my first bicycle bell from the same counter in 1961.</p></div>"
        "</article></section>"
    )
    page = (
        f"{HEAD}<main><article>{HEADLINE}<div class='standfirst'><p>The family has run the"
        " shop for almost a century.</p></div><div class='byline'>Mara Lind, Reporter</div>"
        f"<div class='body'>{BODY}</div></article>{comments}</main></body></html>"
    )
    parsed = Page.parse(page)
    assert _commenter_only("Piet Jongbloed", parsed, page)
    assert not _commenter_only("Mara Lind", parsed, page)
    # a comment's author in the head's JSON-LD is still a commenter's; the article's
    # author declared there is the author
    jsonld = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle","author":'
        '{"@type":"Person","name":"Mara Lind"},"comment":[{"@type":'
        '"Comment","author":{"name":"Piet Jongbloed"}}]}</script></head>'
    )
    declared = page.replace("</head>", jsonld)
    assert _commenter_only("Piet Jongbloed", Page.parse(declared), declared)
    found = extract_html(page)
    assert found is not None
    assert found.authors == ("Mara Lind",)


def test_a_name_with_its_staff_role_after_a_comma_is_a_byline() -> None:
    assert md.name_with_role("Mara Lind, Reporter") == "Mara Lind"
    assert md.name_with_role("Tom Hale, Chief Photographer") == "Tom Hale"
    assert md.name_with_role("Mara Lind, who runs the shop") is None
    assert md.name_with_role("Harbour Board, Reporter") is None
    # a role is no one's name
    assert md.tidy_authors(["Chief Photographer"]) == ()


def test_co_authors_written_family_name_first_after_a_comma() -> None:
    assert md.find_byline(["Szerzők: Halmi Dóra, Nagy Péter"])[0] == ("Halmi Dóra", "Nagy Péter")
    assert md.find_byline(["By Ana Lind, Ádám Kovács"])[0] == ("Ana Lind", "Ádám Kovács")
    # a place after a name written given name first stays no co-author
    assert md.find_byline(["By Ana Lind, Port Elizabeth"])[0] == ("Ana Lind",)
    assert md.find_byline(["Szerző: Fodor Lilla, Kerekvár"])[0] == ("Fodor Lilla",)
    # family name first only after a label: "By" before a place stays one author
    assert md.find_byline(["By Okonkwo James, Port Louis"])[0] == ("Okonkwo James",)
    assert md.find_byline(["Szerző: Fodor Lilla, Radio Maria"])[0] == ("Fodor Lilla",)
    # an accented capital opens a name; an accented lower-case letter does not
    assert md.name_line("Ádám Kovács") == "Ádám Kovács"
    assert md.name_line("école Primaire") is None
