"""Roles before names, appositive relatives and titled surnames: invented texts, given and refused."""

from __future__ import annotations

import pytest

from digest.quotes import extract_quotes
from digest.quotes.speakers import build_cast, name_in
from tests.quotes import quote_with


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Drummer Alex Poyle", "Alex Poyle"),
        ("Marine John Tiegen", "John Tiegen"),
        ("Coach Kerin Whitfield", "Kerin Whitfield"),
        ("Detective Mara Quill", "Mara Quill"),
        ("Marine Le Pen", "Marine Le Pen"),  # a first name before a particle stays
        ("Dean Baker", "Dean Baker"),  # a role word that is the first name of two
    ],
)
def test_role_before_a_full_name_is_not_part_of_it(words, name):
    assert name_in(words.split()) == name


def test_role_title_is_dropped_from_the_speaker():
    text = (
        "Veterans Gather\n\n"
        "The parade crossed Harwick on Friday. "
        '"We did our jobs and we came home," Marine John Tiegen said.'
    )
    assert quote_with(text, "we came home").speaker == "John Tiegen"


def test_pronoun_after_an_appositive_role_finds_the_unlisted_first_name():
    text = (
        "Hawks Win\n\n"
        "The Harwick Hawks won the final on Sunday. His coach, Kerin Whitfield, "
        'praised the players. "We grew so much this season," she said.'
    )
    assert quote_with(text, "We grew").speaker == "Kerin Whitfield"


def test_relative_explained_by_a_name_is_a_person_with_the_relative_gender():
    text = (
        "Family Asks\n\n"
        "The inquiry opened on Monday. Her son, Corin Vale, spoke to reporters. "
        '"We want to know what happened," he said.'
    )
    cast = build_cast(text)
    assert cast.people["Corin Vale"].is_person
    assert cast.people["Corin Vale"].gender == "m"
    assert quote_with(text, "what happened").speaker == "Corin Vale"


def test_possessive_relative_appositive_speaks():
    text = (
        "Family Asks\n\n"
        "The inquiry opened on Monday. Ms Vale's son, Corin Vale, said: "
        '"We want to know what happened to her."'
    )
    assert quote_with(text, "what happened to her").speaker == "Corin Vale"


def test_name_without_any_person_evidence_gets_no_speaker_from_a_pronoun():
    text = (
        "Family Asks\n\n"
        "The inquiry opened on Monday. Corin Vale spoke to reporters. "
        '"We want to know what happened," he said.'
    )
    assert quote_with(text, "what happened").speaker is None


def test_gendered_title_picks_the_relative_who_shares_the_surname():
    text = (
        "Released\n\n"
        "A year later, the governor called Naila Verrow. Her husband, Tomas Verrow, "
        "was free and would soon be home. "
        '"I could hear the relief in his voice," Mrs. Verrow wrote on Sunday.'
    )
    assert quote_with(text, "relief in his voice").speaker == "Naila Verrow"


def test_time_phrase_before_a_reported_clause_is_no_speaker():
    text = (
        "Border Visit\n\n"
        "Owen Tarrant spoke in Molde in June. A month later, he toured the harbour and "
        'explained why the ferries were going to "run late all summer."'
    )
    assert quote_with(text, "run late all summer").speaker != "A month"


def test_quotation_inside_a_quotation_with_the_same_marks_is_one_quote():
    text = (
        "Family Asks\n\n"
        "The inquiry opened on Monday. "
        "\u201cHe told me \u201cgo home\u201d and left the room at once,\u201d Nora Pell said."
    )
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["He told me \u201cgo home\u201d and left the room at once"]
    assert quotes[0].speaker == "Nora Pell"


def test_opening_mark_after_a_word_is_a_mistyped_closing_mark():
    text = (
        "Harbour Talk\n\n"
        "Owen Tarrant called the plans \u201creckless\u201c in a speech. "
        "\u201cThe port needs a new pier,\u201d Tarrant said."
    )
    assert quote_with(text, "new pier").text == "The port needs a new pier"


def test_quotation_glued_to_the_sentence_before_it_stands_alone():
    text = (
        "Family Asks\n\n"
        "Nora Pell spoke at the inquiry in town.\u201cWe want to know what happened "
        "to her,\u201d she said."
    )
    quote = quote_with(text, "what happened")
    assert quote.text == "We want to know what happened to her"
    assert quote.speaker == "Nora Pell"


def test_a_dated_exchange_is_no_speaker():
    text = (
        "Mail Released\n\n"
        "A March 2, 2015 exchange between Tarrant and his aide Ines Okoro has Tarrant "
        "\u00a0saying, \u201cWe are going to have to delete all those files sooner rather "
        "than later.\u201d"
    )
    assert quote_with(text, "delete all those files").speaker != "A March 2"


@pytest.mark.parametrize(
    "appositive",
    [
        "a local teacher",
        "a teacher at Harwick School",
        "who teaches at Harwick School",
        "the mayor",
    ],
)
def test_appositive_description_after_an_unlisted_name_makes_a_person(appositive):
    text = (
        "Town Meeting\n\n"
        f"The council met on Tuesday. Kerin Whitfield, {appositive}, spoke at the meeting. "
        "\u201cWe need more buses,\u201d she said."
    )
    assert quote_with(text, "more buses").speaker == "Kerin Whitfield"


def test_appositive_that_names_no_person_noun_leaves_the_pronoun_unresolved():
    text = (
        "Town Meeting\n\n"
        "The council met on Tuesday. Harwick Transit, the bus operator, spoke first. "
        "\u201cWe need more buses,\u201d he said."
    )
    assert quote_with(text, "more buses").speaker is None


def test_title_without_a_full_stop_before_a_two_word_surname():
    text = (
        "Town Meeting\n\n"
        "The council met on Tuesday. Ms Ní Bhriain spoke first. "
        "\u2018We need more buses,\u2019 she said."
    )
    assert quote_with(text, "more buses").speaker == "Ní Bhriain"
