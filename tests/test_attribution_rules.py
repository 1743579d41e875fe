"""Attribution rules of the speaker round: each on an invented text, what it gives and refuses."""

from __future__ import annotations

from digest.quotes import extract_quotes
from tests.quotes import speaker_of


def test_participle_after_a_finite_cue_takes_that_cue_subject():
    text = (
        "Mayor Ana Ruiz spoke first at the hearing on Tuesday.\n\n"
        'Ruiz cannot rule "from her own office," Tom Becker added, saying the board '
        'should "decide the budget in the open."'
    )
    assert speaker_of(text, "decide the budget") == "Tom Becker"


def test_participle_after_an_inverted_cue_takes_the_named_speaker():
    text = (
        "Mayor Ana Ruiz and Tom Becker met on Tuesday.\n\n"
        "The council will vote in March, said Tom Becker, adding that the plan "
        'is "a good start for the city."'
    )
    assert speaker_of(text, "good start") == "Tom Becker"


def test_with_clause_gives_the_participle_its_own_subject():
    text = (
        "Mayor Ana Ruiz opened the meeting on Tuesday.\n\n"
        "The campaign declined to comment, with spokesman Tom Becker saying the "
        'report was "a partisan stunt from start to finish."'
    )
    assert speaker_of(text, "partisan stunt") == "Tom Becker"


def test_with_clause_of_a_thing_gives_it_no_voice():
    text = (
        "Unemployment fell in May, with the economy adding 90,000 jobs, Ana Ruiz said.\n\n"
        '"Those who keep talking down the harbour are wrong about it," Ana Ruiz said.'
    )
    assert speaker_of(text, "talking down the harbour") == "Ana Ruiz"


def test_addressee_with_a_determiner_is_not_part_of_the_quote():
    text = (
        "Police said the man was taken to a hospital.\n\n"
        "Voss told a ranger he heard a noise and saw the gate open."
    )
    quotes = [q for q in extract_quotes(text) if "heard" in q.text]
    assert [q.text for q in quotes] == ["he heard a noise and saw the gate open"]
    assert quotes[0].speaker == "Voss"


def test_name_before_a_group_noun_is_the_group_not_the_person():
    text = (
        "Mara Lind spoke in Port Ellery on Monday.\n\n"
        '"This race is not over yet," Lind supporters said.'
    )
    assert speaker_of(text, "not over yet") == "Lind supporters"


def test_group_noun_after_a_sentence_opener_is_no_name():
    # the words a hat shows are nobody's quote (display_nouns); none is the reporters'
    text = 'Many reporters said the hat read "make the city great again" on Tuesday.'
    assert all(q.speaker != "Many reporters" for q in extract_quotes(text))


def test_relative_clause_without_commas_keeps_the_name_as_subject():
    text = (
        "The girl had rowed for years. Mara Lind who trained the girl at Ellery Rowing "
        'Club says "she was a great rower and we will miss her."'
    )
    assert speaker_of(text, "great rower") == "Mara Lind"


def test_a_pronoun_never_stands_for_an_organisation_the_text_calls_it():
    text = (
        "Ines Harlow has ended her row with the awards show.\n\n"
        "Brightwave said on Monday that the singer would answer questions from fans on its site.\n\n"
        '"I love my fans so much," she said. "They have always been there for me."\n\n'
        '"This was never about the show," she added.'
    )
    assert speaker_of(text, "love my fans") == "Ines Harlow"
    assert speaker_of(text, "never about the show") == "Ines Harlow"
    assert speaker_of(text, "answer questions") == "Brightwave"


def test_a_speaker_with_an_uncommon_first_name_still_takes_his_pronoun():
    text = (
        'Zork Baltan said the vote "was a turning point for the region."\n\n'
        '"We will not go back," he said.'
    )
    assert speaker_of(text, "not go back") == "Zork Baltan"
