"""The outlet shown is the site's name, not the slogan its metadata gives instead."""

from __future__ import annotations

from digest.extract.text_metadata import is_slogan, tidy_publisher
from tests.collection import extracted

PARAGRAPHS = [
    "The council of Riverton voted on Tuesday to close the Elm Street bridge for repairs "
    "after engineers found cracks in two of its supporting beams during an inspection.",
    "Drivers will be sent over the Mill Road crossing while the work lasts, which the city "
    "expects to take at least four months, a spokeswoman for the council said on Tuesday.",
    "The bridge carries about twelve thousand cars a day and was last repaired in 1998, "
    "according to records kept by the county's transport department in Riverton.",
]


def test_a_slogan_is_told_from_a_sites_name():
    assert is_slogan("Expert advice for weekend riders")
    assert is_slogan("Kabar terbaru tentang Riverton")
    assert not is_slogan("Mensagens de Reflexão")
    assert not is_slogan("pv magazine International")
    assert not is_slogan("Acme Courier")
    assert not is_slogan("The Valley Wire")


def test_a_slogan_gives_way_to_the_name_before_it_the_host_or_the_copyright_holder():
    assert tidy_publisher("Acme Courier: the best news about Riverton", None) == "Acme Courier"
    assert tidy_publisher("Expert advice for weekend riders", "https://www.ridersmag.com/a/1") == (
        "ridersmag.com"
    )
    footer = "<footer>© 2030 Riverton Bugle. All rights reserved.</footer>"
    assert tidy_publisher("The best news about Riverton", None, footer) == "Riverton Bugle"
    assert tidy_publisher("Valley Fandom powered by Hostly", "https://valley.hostly.com/x") == (
        "Valley Fandom"
    )


def test_a_page_whose_site_name_is_a_slogan_names_its_host(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Elm Street bridge to close | Expert advice for weekend riders</title>"
        '<meta property="og:site_name" content="Expert advice for weekend riders">'
        '<meta property="og:url" content="https://www.ridersmag.com/news/bridge">'
        "</head><body><article><h1>Elm Street bridge to close</h1>"
        f"{body}</article></body></html>"
    )
    assert extracted(tmp_path, "page.html", page).publisher == "ridersmag.com"


def test_a_copyright_notice_names_the_outlet_without_a_second_mark_or_a_year():
    from digest.extract.text_metadata import find_publisher

    assert find_publisher(["© Copyright Riverton Newspapers, LLC"]) == "Riverton Newspapers"
    assert find_publisher(["© Copyright Valleyline 2018"]) == "Valleyline"
    assert find_publisher(["Copyright © 2031 ACMEWIRE. Todos os direitos reservados."]) == (
        "ACMEWIRE"
    )
