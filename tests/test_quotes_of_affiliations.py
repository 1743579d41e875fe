"""Speakers written with where they work ("Ana Ruiz of the council"), long names with
particles, offices written in capitals, lower-case family names after the cue, and
"she" after someone new whom the text does not name. Invented texts."""

from __future__ import annotations

from digest.quotes import extract_quotes
from tests.quotes import speaker_of


def test_a_person_of_a_lower_case_body_speaks_not_the_body():
    text = 'Marta Keane of the residents\' association said the plan was "a slap in the face".'
    assert speaker_of(text, "a slap in the face") == "Marta Keane"


def test_a_person_of_a_body_named_with_for_and_in_speaks():
    text = (
        "Soil scientist Dr Ravi Menon of the Institute for Dryland Farming in Pune said "
        'the rules were "years late" but welcome.'
    )
    assert speaker_of(text, "years late") == "Ravi Menon"


def test_a_person_of_a_body_before_a_relative_clause_speaks():
    text = (
        "Historian Tomás Ibarra of the University of Llanomar, who has written two books "
        'on the mines, said the collapse was "a warning ignored for decades".'
    )
    assert speaker_of(text, "a warning ignored for decades") == "Tomás Ibarra"


def test_the_body_still_speaks_when_no_person_stands_before_of():
    text = 'A spokesman of the regional council said the road was "safe to use".'
    # no full name before "of": the whole description, body included, speaks
    assert speaker_of(text, "safe to use") == "A spokesman of the regional council"


def test_an_office_in_capitals_before_an_appositive_name_gives_the_name():
    text = 'The local MP, Fiona Achebe, said the closure was "a betrayal of the valley".'
    assert speaker_of(text, "a betrayal of the valley") == "Fiona Achebe"


def test_a_name_of_five_words_with_particles_is_one_person():
    text = (
        "Its author, João Pedro dos Santos Lima, said the report showed "
        '"a decade of broken promises".'
    )
    assert speaker_of(text, "a decade of broken promises") == "João Pedro dos Santos Lima"


def test_a_family_name_with_a_lower_case_particle_after_the_cue_speaks():
    text = (
        "Samira al-Khatib has painted the harbour for twenty years.\n\n"
        '"The light changes every hour," says al-Khatib, 61, in her studio above a bakery.'
    )
    assert speaker_of(text, "The light changes every hour") == "Samira al-Khatib"


def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman_not_the_body_before():
    text = (
        'In a statement, the Coastal Ferry Authority said: "All sailings are suspended."\n\n'
        '"We have never seen queues like this," a spokeswoman for Harbour Aid told '
        "reporters.\n\n"
        'She said blankets were "running out" at the terminal.'
    )
    speaker = speaker_of(text, "running out")
    assert speaker is not None and "Harbour Aid" in speaker


def test_she_never_stands_for_a_body_that_spoke_last():
    text = (
        "Karen Brennan runs the shelter. In a statement, the Coastal Ferry Authority said: "
        '"All sailings are suspended."\n\n'
        'She said blankets were "running out" at the terminal.'
    )
    assert speaker_of(text, "running out") == "Karen Brennan"


def test_a_second_relative_clause_joined_by_and_is_the_first_ones_head():
    text = (
        "A porter who watched the march, and who asked not to be named because he still "
        'works there, said: "Most of us agreed with them."'
    )
    assert speaker_of(text, "Most of us agreed with them") == "A porter"


def test_a_named_subject_keeps_two_relative_clauses_joined_by_and():
    text = (
        "Mara Lind, who coached the girls at the rowing club, and who asked not to be "
        'photographed, said: "Most of us agreed with them."'
    )
    assert speaker_of(text, "Most of us agreed with them") == "Mara Lind"


def test_she_skips_a_one_word_body_the_text_calls_a_regulator():
    text = (
        "Karen Greenway, who founded the swimmers' group, said the interview was "
        '"a masterclass".\n\n'
        'Marlwick, the water regulator, said in a statement that it would "not hesitate '
        'to act".\n\n'
        'The host asked whether Greenway would swim there. "I will, yes," she said.'
    )
    assert speaker_of(text, "not hesitate to act") == "Marlwick"
    assert speaker_of(text, "I will, yes") == "Karen Greenway"


def test_a_clause_after_a_named_source_does_not_make_it_a_body():
    text = (
        "According to Public Information Officer Sam Clemens, a group of five people were "
        "at the house. Clemens says the handgun was found a few feet away."
    )
    quotes = [q for q in extract_quotes(text) if q.speaker == "Sam Clemens"]
    assert quotes and all(q.speaker_kind == "person" for q in quotes)
