"""Quotes whose speaker stands before a clause of a body's ("NAME of the BODY, which
...,"), whose cue reports a second "that" clause, and bodies whose names hold "and".
Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.speaker_kind) for q in extract_quotes(text)]


def names(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_person_of_a_body_that_a_relative_clause_describes_speaks() -> None:
    text = (
        "Councillor Ingrid Holm of the Coastal List, which opposed the plan, said the"
        ' council was being asked to approve "a farm three times the size".\n\n'
        '"This is not a vote about jobs," she said.'
    )
    assert names(text) == ["Ingrid Holm", "Ingrid Holm"]


def test_a_body_a_relative_clause_describes_still_speaks() -> None:
    text = 'The council, which met on Monday, said it would "look again at the farm".'
    assert names(text) == ["The council"]


def test_a_fragment_in_a_second_that_clause_is_the_outer_cues() -> None:
    text = (
        "The Valley Bakers' Association wrote in a letter to the governor on Monday that"
        " at least 120 of its members across the state had reported threats this year and"
        ' that many more "pay in silence because nothing changes".'
    )
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["The Valley Bakers' Association"]
    assert found[0].text.startswith("at least 120 of its members")


def test_a_bodys_name_with_and_in_it_is_the_whole_body() -> None:
    for body in ("The Fish and Wildlife Service", "The National Geology and Mining Service"):
        text = f'{body} said in a statement that its staff had "found nothing".'
        assert speakers(text) == [(body, "organisation")]


def test_a_body_named_without_a_first_name_is_no_person() -> None:
    text = 'Mining Service said its inspectors had "not detected faults".'
    assert speakers(text) == [("Mining Service", "organisation")]


def test_a_reply_to_the_speaker_before_opens_turns() -> None:
    """Counsel's words cued "said", the witness's "replied": the uncued question and
    answer after them take turns, counsel's first."""
    text = (
        "The prosecutor, Adaeze Okafor, led the witness, Ifeanyi Eze, in evidence.\n\n"
        '"Tell the court what you saw on the ground floor," Okafor said.\n\n'
        '"There were cracks on the two pillars facing the road," Eze replied.\n\n'
        '"And what did you do?"\n\n'
        '"I wrote to the developer the next morning."'
    )
    assert names(text) == [
        "Adaeze Okafor",
        "Ifeanyi Eze",
        "Adaeze Okafor",
        "Ifeanyi Eze",
    ]


def test_an_office_named_with_commas_and_and_is_its_holders() -> None:
    for office in ("Energy and Mines", "Energy, Mines and Resources"):
        text = (
            f'The Minister of {office}, Tobias Mwale, said the mine would "reopen within the year".'
        )
        assert names(text) == ["Tobias Mwale"], office


def test_counsel_who_puts_it_to_the_witness_speaks() -> None:
    text = (
        "Counsel for the union, Mwila Chanda, put it to him that the company had"
        ' "planned the layoffs months before the strike".'
    )
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["Mwila Chanda"]
    assert found[0].text.startswith("the company had")


def test_an_office_of_a_body_whose_name_holds_and_is_its_holders() -> None:
    text = (
        "The chairman of the Trawler Owners' and Fishermen's Association, Samir Haddad,"
        ' said the port was "ours before it was anyone\'s".'
    )
    assert names(text) == ["Samir Haddad"]


# What a review of these rules found them doing to ordinary sentences, each as it was.


def test_lawyers_for_a_person_of_a_body_are_not_that_person() -> None:
    text = (
        "Lawyers for Tomas Berg of the Coastal List, which opposed the plan, said the"
        ' ruling was "a disgrace".'
    )
    assert "Tomas Berg" not in names(text)


def test_a_that_clause_of_a_relative_clause_is_no_outer_cues() -> None:
    text = (
        "Ana Ruiz, who said that she would stand again, told reporters the council had"
        ' reported a surplus and that residents would "see lower rates next year".'
    )
    found = extract_quotes(text)
    assert [q.cue for q in found] == ["told"]
    assert found[0].text.startswith("the council had reported")


def test_an_office_and_a_body_are_two_speakers() -> None:
    text = 'The Mayor and Ostby Town Council said the road was "a death trap".'
    assert names(text) == ["Ostby Town Council"]


def test_putting_it_to_a_vote_says_nothing() -> None:
    text = (
        "Mayor Ana Ruiz put it to a vote that evening, and councillors backed the plan to"
        ' "scrap the tram for good".'
    )
    assert [q.cue for q in extract_quotes(text)] != ["put"]
