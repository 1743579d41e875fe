"""Who speaks where a place is set off before a name, where a
father's name after "bint" or "bin" is also a verb's form, and where a second report
joined by "and" holds the quotation; and where each reading must hold back. Invented
text throughout."""

from digest.quotes.assembly import extract_quotes
from digest.quotes.speakers import name_in


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:30], q.speaker) for q in extract_quotes(text)]


def test_a_name_after_a_place_set_off_by_commas_needs_a_first_name_the_lists_know() -> None:
    # a place's words or a firm's, two capitalised words after a one-word place, are no
    # person's: the name after them speaks only when the lists know its first name
    text = 'The mayor of Riverton, Ohio, Ana Ruiz, said farmers would get seed "at no cost".\n'
    assert [s for _, s in _speakers(text)] == ["Ana Ruiz"]
    for sentence, wrong in (
        (
            'Rescuers in Gulu, Uganda, East Africa, said the flooding was "getting worse".',
            "East Africa",
        ),
        (
            'The owner of the restaurant, Ruiz, Casa Blanca, said business was "down by half".',
            "Casa Blanca",
        ),
    ):
        assert wrong not in [s for _, s in _speakers(sentence + "\n")], sentence
    # a person from a place: the place stays the person's, and is no speaker
    text = 'Ana Ruiz, of Riverton, Ohio, said farmers would get seed "at no cost" this year.\n'
    assert [s for _, s in _speakers(text)] == ["Ana Ruiz"]


def test_a_fathers_name_after_bint_is_part_of_the_name() -> None:
    assert name_in(["Aisha", "bint", "Said", "al-Hinai"]) == "Aisha bint Said al-Hinai"
    assert name_in(["Khalid", "bin", "Said"]) == "Khalid bin Said"
    # "Said" after a name with no particle is the verb of a Title Case headline
    assert name_in(["Ana", "Ruiz", "Said"]) == "Ana Ruiz"
    text = (
        "Sheikh Khalid bin Nasser al-Mahrouqi, the wali, said the road had reopened.\n\n"
        "Aisha bint Said al-Hinai, a teacher at the school, said 300 people slept there.\n\n"
        '"Nobody complained, not even the small children," she said.\n'
    )
    assert _speakers(text)[-1][1] == "Aisha bint Said al-Hinai"


def test_a_second_report_joined_by_and_holds_the_quotation() -> None:
    text = (
        "The mayor said the plan would save money and the union said it would"
        ' "wreck the service for good".\n'
    )
    assert _speakers(text) == [('it would "wreck the service fo', "the union")]
    # a report inside another ("said he expected that ... will say") stays the outer one's,
    # and so does a clause opened by "while"
    text = 'Obama said he expected that Americans will say "no" to the plan.\n'
    assert [s for _, s in _speakers(text)] == ["Obama"]
    text = (
        "Parvina Sadikova said afterwards that her grandfather had cried while he wrote the"
        " speech, “but he told me not to cry while I read it”.\n"
    )
    assert [s for _, s in _speakers(text)] == ["Parvina Sadikova"]
    # the same verb again with a subject of its own is a second report; another verb, a
    # pronoun, a subject of two names, or a belief goes on with the first one's words
    for sentence in (
        'Ruiz said she phoned the hospital and a nurse told her that her son was "stable".',
        'Ruiz said she phoned the hospital twice and a nurse said her son was "not a priority".',
        'Ruiz said Tom Hill and Ana Okafor said the deal was "dead".',
        'Ruiz said the company had cut her pay and it told her the job was "no longer viable".',
        'Hill said he had warned the club and he said the stadium was "unsafe".',
        'Ruiz said the company lied and its staff feared the plant was "a disaster".',
    ):
        assert [s for _, s in _speakers(sentence + "\n")] == [sentence.split()[0]], sentence
