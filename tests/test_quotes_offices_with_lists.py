"""Speakers named beside an office or a department whose name is a list ("the Minister
of Lands, Housing and Water", "the Department of Parks, Sport and Heritage"): the
person speaks, never the list's last part. Text of our own."""

from __future__ import annotations

from tests.test_quotes_bodies_and_clauses import names


def test_an_office_listed_before_a_name_and_a_relative_clause() -> None:
    text = (
        "The Minister of Lands, Housing and Rural Affairs, Kwesi Ofori-Boateng, who"
        " visited the burnt stalls on Friday, said the market would not be rebuilt"
        ' "the way it stood before".'
    )
    assert names(text) == ["Kwesi Ofori-Boateng"]


def test_an_office_for_a_list_before_a_name() -> None:
    text = (
        "The state councillor for Housing, Transport and Coastal Planning, Tan Mei Ling,"
        ' said the state "cannot block a private sale" of the terrace.'
    )
    assert names(text) == ["Tan Mei Ling"]


def test_a_name_before_a_role_in_a_department_named_by_a_list() -> None:
    text = (
        "Pham Duc Anh, deputy head of the provincial Department of Parks, Sport and"
        ' Heritage, said the fee followed "a flood of complaints" from visitors.'
    )
    assert names(text) == ["Pham Duc Anh"]


def test_a_bare_first_surname_is_the_relative_never_called_by_first_name() -> None:
    """Two people share the first of their two surnames; the text calls the younger by
    her first name, so the bare surname is the other's."""
    text = (
        "Rosa Elena Quintero Lagos, 68, has climbed the hill to the market every day"
        " for forty years. Her granddaughter, Lucía Quintero Paz, rode the first cabin"
        " with her.\n\n"
        '"There were only two houses up here when she came," Lucía said.\n\n'
        "Quintero said the walk that took her an hour now took ten minutes."
        ' "My knees are grateful. My heart will decide later," she said.'
    )
    assert names(text)[-1] == "Rosa Elena Quintero Lagos"
    assert names(text)[0] in {"Lucía", "Lucía Quintero Paz"}


def test_a_role_of_a_department_named_by_a_list_keeps_its_subject() -> None:
    """With no comma opening a description before it, the list's comma does not hide
    the subject: the speaker is read as before the list rule."""
    text = (
        "A spokeswoman for the Department of Parks, Sport and Heritage, said the fair"
        ' "will go ahead as planned".'
    )
    found = names(text)
    assert found and found[0] is not None and found[0].startswith("A spokeswoman")


def test_a_compound_first_name_is_no_other_relatives_first_name() -> None:
    """The words "María José said" do not call José Luis by his first name: with both
    relatives named so, the bare surname is left as written rather than guessed."""
    text = (
        "José Luis Ortega Lagos, 70, opened the kiosk at the station in 1979. His daughter"
        " María José Ortega Paz now runs it with him.\n\n"
        '"We sell more papers to travellers than to neighbours," María José said.\n\n'
        'Ortega said the station had "changed the street for good".'
    )
    assert names(text)[-1] != "María José Ortega Paz"


def test_a_three_word_name_with_a_generations_mark_resolves_its_surname() -> None:
    text = (
        "Earl Landry Jr., 46, has fished the bayou since he was a boy.\n\n"
        'Landry said the new rules were "written by people who never set a net".'
    )
    assert names(text) == ["Earl Landry Jr"]
