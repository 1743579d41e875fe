"""Speakers where a reader follows the turns or the cast: an interview whose host opens
with a question cued by "began" or "pressed" and then asks uncued, the person a
question was put to answering it, honorifics of other languages before a name
("Sheikh", "Ntate"), and family names that are role words ("Geraldine Head").
Invented texts."""

from __future__ import annotations

from tests.quotes import speaker_of


def test_an_interview_opened_by_a_question_the_host_began_with_takes_turns():
    text = (
        "Lydia Okonjo, 58, has kept bees on the hills above Ruvanga since 1990. She spoke "
        "to Tomas Berhane of the community station Radio Hilltop.\n\n"
        '"Mama Lydia, you have kept bees for thirty years. What changed?" Berhane began.\n\n'
        '"The rain," Okonjo said. "It comes in the wrong month now."\n\n'
        '"Was that hard?"\n\n'
        '"Like losing a friend. Then you make new friends."\n\n'
        '"Do your daughters keep bees?"\n\n'
        '"Only the youngest. The others went to the city."'
    )
    assert speaker_of(text, "Was that hard") == "Tomas Berhane"
    assert speaker_of(text, "Do your daughters") == "Tomas Berhane"
    assert speaker_of(text, "Like losing a friend") == "Lydia Okonjo"
    assert speaker_of(text, "Only the youngest") == "Lydia Okonjo"
    # "pressed" cues a question put to someone too
    pressed = text.replace("Berhane began", "Berhane pressed")
    assert speaker_of(pressed, "Was that hard") == "Tomas Berhane"


def test_began_after_words_that_ask_nothing_starts_no_interview():
    text = (
        "Lydia Okonjo spoke to Tomas Berhane of Radio Hilltop.\n\n"
        '"The rain comes in the wrong month now," Okonjo began.\n\n'
        '"We lost half the hives."'
    )
    assert speaker_of(text, "We lost half") == "Lydia Okonjo"


def test_the_one_asked_answers_when_the_pronoun_fits_both():
    text = (
        "Giulia Fadda asked Rosa Marongiu whether she had ever wanted to sing in a choir. "
        '"Women did not sing when I was a girl," she said.'
    )
    assert speaker_of(text, "Women did not sing") == "Rosa Marongiu"
    # the question put two sentences before, or a pronoun the one asked cannot be
    later = text.replace(' "Women', ' Marongiu laughed. Fadda waited. "Women')
    assert speaker_of(later, "Women did not sing") != "Rosa Marongiu"
    his = (
        "Giulia Fadda asked Rosa Marongiu whether she sang. "
        '"Women did not sing when I was a girl," he said.'
    )
    assert speaker_of(his, "Women did not sing") is None


def test_honorifics_of_other_languages_are_titles_not_names():
    text = (
        "Not everyone was keen. Saad's uncle, Sheikh Salim Saad, who keeps goats, "
        'remembers it well. "Goats are how we eat," he said.'
    )
    assert speaker_of(text, "Goats are how we eat") == "Salim Saad"
    text = (
        "Ntate Rethabile Molapo runs 600 sheep near Semonkong.\n\n"
        '"The wool walks around town now," Molapo said.'
    )
    assert speaker_of(text, "The wool walks") == "Rethabile Molapo"
    # a title before the name in a possessive's appositive, in English too
    text = (
        "Saad's lawyer, Dr Amina Farouk, who has known him for years, sat down. "
        '"He will appeal," she said.'
    )
    assert speaker_of(text, "He will appeal") == "Amina Farouk"


def test_a_family_name_that_is_a_role_word_after_a_first_name():
    text = (
        "The ferry ran for forty years.\n\n"
        "“If the ferry was late, it was the weather.”\n\n"
        "Geraldine Head was laughing when she said it, on the telephone from Gander."
    )
    assert speaker_of(text, "If the ferry was late") == "Geraldine Head"
    text = 'Aaron Judge spoke after the game. "We lost the ninth," Judge said.'
    assert speaker_of(text, "We lost the ninth") == "Aaron Judge"
    # a role after a place stays a description
    text = 'The Ohio Head of Schools spoke. "We are closing," she said.'
    assert speaker_of(text, "We are closing") != "Ohio Head"


def test_a_role_opening_the_sentence_is_named_before_the_cue_after_a_long_description():
    text = (
        "The chairman of the cooperative that represents some 4,000 miners along the "
        "two rivers, most of them migrants working pits dug by hand, Erwin Adjako, said "
        'the deadline was "a death sentence for the interior".'
    )
    assert speaker_of(text, "death sentence") == "Erwin Adjako"
    # a body opening the sentence: the name is whom its clause speaks of
    text = (
        "The company that hired the drivers for the two rivers, most of them migrants "
        'working by hand, Erwin Adjako, said the deadline was "a death sentence".'
    )
    assert speaker_of(text, "death sentence") != "Erwin Adjako"


def test_a_surname_saying_this_after_an_uncued_quotation_owns_it():
    text = (
        "Rethabile Molapo runs 600 merino sheep at a cattle post near Semonkong.\n\n"
        "“When the wool goes on the trucks, I never see it again.”\n\n"
        "Molapo said this with some satisfaction, standing at the door of the mill."
    )
    assert speaker_of(text, "When the wool goes") == "Rethabile Molapo"
    # a capitalised word the text names nobody by is no owner
    text = text.replace("Molapo said this", "Tuesday said this")
    assert speaker_of(text, "When the wool goes") != "Tuesday"
