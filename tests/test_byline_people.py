"""A byline names people or nobody: publishing companies, web addresses, contribution
labels in any language and publishing-software accounts are no authors."""

from __future__ import annotations

from digest.evaluate.bylines import is_non_person, non_person_bylines
from digest.extract.core import _page_authors
from digest.extract.text_metadata import (
    find_byline,
    is_non_person_name,
    tidy_authors,
    without_holder,
    without_outlet,
)
from tests.collection import SHOOTING_REPORT as BODY
from tests.collection import extracted


def test_a_contribution_label_before_a_name_is_cut_and_alone_is_no_byline():
    assert tidy_authors(["Текст Венера Ларина"]) == ("Венера Ларина",)
    assert tidy_authors(["Text: Mara Lind"]) == ("Mara Lind",)
    assert tidy_authors(["Fotos y texto: Ana Ruiz"]) == ("Ana Ruiz",)
    assert tidy_authors(["Фото"]) == ()
    assert tidy_authors(["Redaktion"]) == ()
    assert tidy_authors(["Textor Hale"]) == ("Textor Hale",)  # a name that starts like a label
    # the label joined by "by": "Interview by Pete Lowry" named "by Pete Lowry"
    assert tidy_authors(["Interview by Pete Lowry"]) == ("Pete Lowry",)
    assert tidy_authors(["Words by Ann Lee"]) == ("Ann Lee",)


def test_software_accounts_are_no_authors():
    for account in ("Admin", "admin", "Jdadmin", "Webmaster", "Web Desk", "Site Editor"):
        assert tidy_authors([account]) == (), account
    assert tidy_authors(["Adam Minter"]) == ("Adam Minter",)


def test_a_web_address_or_one_turned_into_words_is_no_author():
    assert tidy_authors(["Owen Tarrant http", "Riverbend Org"]) == ("Owen Tarrant",)
    assert is_non_person_name("riverbend.org")
    assert not is_non_person_name("Owen J. Tarrant")


def test_a_publishing_company_or_the_copyright_holder_beside_a_reporter_is_no_author():
    assert tidy_authors(["Condé Nast", "Mara Lind"]) == ("Mara Lind",)
    assert tidy_authors(["Northwind Publishing Group"]) == ()
    assert without_holder(("Northwind Partners", "Mara Lind"), "Northwind Partners") == (
        "Mara Lind",
    )
    assert without_holder(("Mara Lind",), "Mara Lind") == ("Mara Lind",)  # a personal site
    page = "<p>Story</p><footer>© 2031 Northwind Partners. All rights reserved.</footer>"
    assert _page_authors(["Northwind Partners", "Mara Lind"], "Acme Courier", page) == (
        "Mara Lind",
    )


def test_a_one_word_byline_that_starts_the_sites_name_is_the_site():
    assert without_outlet(("Vortex",), "vortexcannon.org") == ()
    assert without_outlet(("Mara Lind",), "marablog.org") == ("Mara Lind",)


def test_share_buttons_and_a_publication_label_end_no_name_into_the_byline():
    assert find_byline(["By Whatsapp Facebook Pint Baixar"])[0] == ()
    assert find_byline(["Von Moritz Keller publiziert am 3. Mai"])[0] == ("Moritz Keller",)


def test_a_text_copy_signed_by_its_software_account_has_no_author(tmp_path):
    text = "\n\n".join(["Home", "Council votes to close the Elm Street bridge", "By Admin"])
    article = extracted(tmp_path, "copy.txt", text + "\n\n" + "\n\n".join(BODY) + "\n")
    assert article.authors == ()


def test_the_evaluation_counts_bylines_that_do_not_read_as_a_person():
    assert is_non_person("Admin")
    assert is_non_person("Moritz Keller publiziert am")
    assert is_non_person("Owen Tarrant http")
    assert is_non_person("riverbend.org")
    assert is_non_person("Acme Insider", "Acme Insider Berlin")
    assert not is_non_person("Mara Lind", "Mara Lind")  # a personal site
    assert not is_non_person("Ludwig van Beers")
    assert not is_non_person("Owen J. Tarrant")
    assert not is_non_person("AFP")
    assert not is_non_person("肖春芳")
    assert non_person_bylines([("Mara Lind", "Webnode"), ()], ["Acme", None]) == [(0, "Webnode")]


def test_co_authors_listed_with_commas_are_each_kept():
    assert find_byline(["By Ines Harlow, Tomas Wrede. UPDATED: Oct 9, 2015"])[0] == (
        "Ines Harlow",
        "Tomas Wrede",
    )
    assert find_byline(["By Ines Harlow, Tomas Wrede and Maria Sol"])[0] == (
        "Ines Harlow",
        "Tomas Wrede",
        "Maria Sol",
    )
    assert tidy_authors(["Ines Harlow, Tomas Wrede"]) == ("Ines Harlow", "Tomas Wrede")


def test_a_role_or_a_place_after_the_comma_is_no_co_author():
    assert find_byline(["By Ines Harlow, Staff Writer"])[0] == ("Ines Harlow",)
    assert find_byline(["By Ines Harlow, New York"])[0] == ("Ines Harlow",)
    assert find_byline(["By Ines Harlow, Reuters"])[0] == ("Ines Harlow",)
    assert tidy_authors(["Ines Harlow, Staff Writer"]) != ("Ines Harlow", "Staff Writer")


def test_initials_keep_the_full_stops_the_page_gives_them():
    page = '<meta name="byl" content="By Tobias K. Wren"><p>By Tobias K. Wren</p>'
    assert _page_authors(["Tobias K Wren"], None, page) == ("Tobias K. Wren",)
    # a page that writes no stop keeps the name as given
    assert _page_authors(["Tobias K Wren"], None, "<p>By Tobias K Wren</p>") == ("Tobias K Wren",)
