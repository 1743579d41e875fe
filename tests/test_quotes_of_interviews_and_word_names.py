"""Speakers where a reader follows the turns or the cast: an interview whose host opens
with a question cued by "began" or "pressed" and then asks uncued, the person a
question was put to answering it, honorifics of other languages before a name
("Ntate", "Mma"), a family name that is a role word ("Aaron Judge"), and a surname
saying "this" after an uncued quotation.
Invented texts."""

from __future__ import annotations

from digest.quotes import extract_quotes
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
    # the host introduced as the one speaking, and an answer in a paragraph of its own
    host = (
        "Reporter Tomas Berhane spoke to Ana Ruiz about the fraud.\n\n"
        '"Who knew about it?" Berhane pressed.\n\n'
        '"Everyone on the board."'
    )
    assert speaker_of(host, "Who knew") == "Tomas Berhane"
    assert speaker_of(host, "Everyone on the board") == "Ana Ruiz"


def test_began_or_pressed_outside_an_interview_puts_no_question():
    trial = (
        "Tom Hale, 45, is accused of fraud.\n\n"
        "A juror in the trial, which began Monday, asked to be excused on Wednesday. "
        '"I cannot be fair," he said.'
    )
    assert speaker_of(trial, "I cannot be fair") != "Tom Hale"
    speech = (
        "Principal Ana Ruiz introduced the mayor, Dora Keane.\n\n"
        '"How many of you have ever gone to bed hungry?" Keane began.\n\n'
        '"I have. I grew up on free school meals."'
    )
    assert speaker_of(speech, "I grew up") == "Dora Keane"


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
    # the asker's words about the one asked, or after a question asking for reasons
    about = (
        "Maria Lopez asked Ana Hale whether she would resign. "
        '"Hale has had three chances to explain herself," she said.'
    )
    assert speaker_of(about, "three chances") == "Maria Lopez"
    # a question about the one asked ("how she learned"), or holding a decimal, is theirs
    how = (
        "Giulia Fadda asked Rosa Marongiu how she learned the old songs. "
        '"My grandmother sang them while she baked," she said.'
    )
    assert speaker_of(how, "My grandmother sang") == "Rosa Marongiu"
    rise = (
        "Mark Udo asked Tom Hale if the 2.5 percent rise was fair. "
        '"It was the least we could do," he said.'
    )
    assert speaker_of(rise, "the least we could do") == "Tom Hale"
    why = (
        "Opposition leader Mark Udo asked Tom Hale why the report was late. "
        '"I want every page on my desk by Friday," he said.'
    )
    assert speaker_of(why, "every page") == "Mark Udo"
    his = (
        "Giulia Fadda asked Rosa Marongiu whether she sang. "
        '"Women did not sing when I was a girl," he said.'
    )
    assert speaker_of(his, "Women did not sing") is None


def test_honorifics_of_other_languages_are_titles_not_names():
    text = (
        "Ntate Rethabile Molapo runs 600 sheep near Semonkong.\n\n"
        '"The wool walks around town now," Molapo said.'
    )
    assert speaker_of(text, "The wool walks") == "Rethabile Molapo"
    # a title before the name in a possessive's appositive
    text = (
        "Saad's lawyer, Dr Amina Farouk, who has known him for years, sat down. "
        '"He will appeal," she said.'
    )
    assert speaker_of(text, "He will appeal") == "Amina Farouk"
    # "Sheikh" is as often a family name: it stays one
    text = 'Aisha Sheikh, a nurse in Leeds, spoke on Monday. "We were exhausted," she said.'
    assert speaker_of(text, "We were exhausted") == "Aisha Sheikh"


def test_a_family_name_that_is_a_role_word_after_a_first_name():
    text = 'Aaron Judge spoke after the game. "We lost the ninth," Judge said.'
    assert speaker_of(text, "We lost the ninth") == "Aaron Judge"
    # a role after a place stays a description; "Head" after a first name is a place
    text = 'The Ohio Judge of Probate spoke. "We are closing," she said.'
    assert speaker_of(text, "We are closing") != "Ohio Judge"
    text = 'The storm made landfall near Hilton Head on Friday. "We lost the pier," he said.'
    assert speaker_of(text, "We lost the pier") != "Hilton Head"


def test_a_surname_saying_this_after_an_uncued_quotation_owns_it():
    text = (
        "Rethabile Molapo runs 600 merino sheep at a cattle post near Semonkong.\n\n"
        "“When the wool goes on the trucks, I never see it again.”\n\n"
        "Molapo said this with some satisfaction, standing at the door of the mill."
    )
    assert speaker_of(text, "When the wool goes") == "Rethabile Molapo"
    # "said it" opening a clause of its own is no owner of a banner's words
    banner = (
        "Tom Hale, the coach, was sacked on Monday. Fans held a banner at the gate.\n\n"
        '"Hale out, now and forever."\n\n'
        "Hale said it hurt, but that he understood the fans."
    )
    assert not [q for q in extract_quotes(banner) if "Hale out" in q.text and q.speaker]
    full = banner.replace("Hale said it hurt", "Tom Hale said it hurt")
    assert not [q for q in extract_quotes(full) if "Hale out" in q.text and q.speaker]
    during = text.replace("with some satisfaction", "during a tour of the mill")
    assert speaker_of(during, "When the wool goes") == "Rethabile Molapo"
    # a capitalised word the text names nobody by is no owner
    text = text.replace("Molapo said this", "Tuesday said this")
    assert speaker_of(text, "When the wool goes") != "Tuesday"
