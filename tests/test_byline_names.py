"""A byline's names as the page's markup runs them together: a role's element read with
no space after the name, a role between the name and its e-mail address, two names
joined by another language's "and", and a given name that is also a month's. Names of
our own."""

from __future__ import annotations

from digest.extract import text_metadata as md
from digest.extract.text_metadata import tidy_authors


def test_a_role_run_on_into_the_name_is_cut_off() -> None:
    assert tidy_authors(["Ayşe Nur BalcıKaratepe Muhabiri"]) == ("Ayşe Nur Balcı",)
    # a capital inside a surname after a hyphen or a short prefix, or in the name's last
    # word, is the name's own
    for name in (
        "Dana Holt-Briggs",
        "Ronald McDonald",
        "Keisha DeShawn Lord",
        "Karen VanderMeer",
        "Mohamed AbdelRahman",
    ):
        assert tidy_authors([name]) == (name,)


def test_a_role_between_the_name_and_its_address_is_cut_off() -> None:
    assert tidy_authors(["Elin Dahlqvist Nöjesreporter elin dahlqvist se"]) == ("Elin Dahlqvist",)


def test_two_names_joined_by_another_languages_and_are_two_authors() -> None:
    assert tidy_authors(["Zeynep Arslan ve Emre Yıldız"]) == ("Zeynep Arslan", "Emre Yıldız")
    # (not Catalan's "i", which a double surname holds)
    assert md.find_byline(["By Laura Ribas i Vila"])[0] == ("Laura Ribas i Vila",)
    assert tidy_authors(["Ana Lind and Tom Hale"]) == ("Ana Lind", "Tom Hale")


def test_a_given_name_that_is_also_a_month_stays() -> None:
    assert tidy_authors(["Tan Hui Mei"]) == ("Tan Hui Mei",)
    assert tidy_authors(["Mara Lind Monday"]) == ("Mara Lind",)
    # (a month after a name written given name first is the stamp's)
    assert md.find_byline(["By Tobias Wren May"])[0] == ("Tobias Wren",)
