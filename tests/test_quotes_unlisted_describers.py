"""A pronoun right after an unnamed speaker described by a noun no list knows.

"One copra cutter, ..., said he had not been paid. "...," he said.": the
pronoun is the cutter's, not the person named a paragraph before. Invented
text throughout.
"""

import pytest

from digest.quotes.assembly import extract_quotes


def _speaker_of(text: str, words: str) -> str | None:
    found = [q for q in extract_quotes(text) if words in q.text]
    assert found, words
    return found[0].speaker


DESCRIBED_SPEAKERS = {
    "a noun no list knows": (
        "Harbour master Olan Petrie said the quay would reopen in May. "
        '"We will wait for the engineers," he said.\n\n'
        "One young net mender, sitting on an upturned crate by the slipway, said he "
        "had not been paid for three weeks.\n\n"
        '"If the boats come back, I will mend for them again," he said.\n',
        "If the boats come back",
        "One young net mender",
    ),
    "one of many": (
        "Farm manager Ilsa Brandvold said the season had been the worst in a decade. "
        '"We lost a third of the crop," she said.\n\n'
        "One of the pickers, a woman from Tromsvik who has worked on the farm for six "
        "years, said she would go home in December.\n\n"
        '"At home I will also be without work, but my mother will cook," she said.\n',
        "my mother will cook",
        "One of the pickers",
    ),
}


@pytest.mark.parametrize("case", sorted(DESCRIBED_SPEAKERS))
def test_the_pronoun_after_a_described_speaker_is_theirs(case: str) -> None:
    text, words, speaker = DESCRIBED_SPEAKERS[case]
    assert _speaker_of(text, words) == speaker


def test_a_group_that_speaks_does_not_take_the_next_pronoun() -> None:
    text = (
        "Harbour master Olan Petrie said the quay would reopen in May.\n\n"
        "A committee of the harbour board said the repairs were overdue.\n\n"
        '"We will wait for the engineers," he said.\n'
    )
    assert _speaker_of(text, "We will wait") == "Olan Petrie"


def test_the_description_keeps_the_gender_of_the_pronoun_it_took() -> None:
    text = (
        "Planner Rune Castell and council chair Tarryn Ahlgren put the move to a vote, "
        "and it passed.\n\n"
        "Not everyone voted yes. One of the eleven who voted against, a trawlerman who "
        "asked not to be named, said the ridge was too far from the river. "
        '"My boat cannot walk six miles," he said.\n\n'
        "After the meeting, Castell and Ahlgren sat at a table with the list. He wanted "
        'the road built first; she argued that the school money was "already promised" '
        "and could not wait.\n"
    )
    assert _speaker_of(text, "My boat cannot walk") == "One of the eleven"
    assert _speaker_of(text, "already promised") != "One of the eleven"


def test_an_office_with_a_list_of_portfolios_is_the_speakers_description() -> None:
    """The words between the commas before the name are the office, not a report."""
    text = (
        "The Minister of Lands, Housing and Urban Development, Efua Quartey-Nyarko, "
        "said the first plots would be handed over in March.\n"
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the first plots would be handed over in March", "Efua Quartey-Nyarko")
    ]


def test_a_thing_or_a_group_that_says_something_takes_no_pronoun() -> None:
    for sentence in (
        "A ruling said the quay had been closed unlawfully.",
        "One of the documents said the quay was closed.",
        "A group of traders said the stall had been washed away.",
        "A poster said the quay was closed.",
    ):
        text = (
            "Harbour master Olan Petrie said the quay would reopen in May. "
            '"We will wait for the engineers," he said.\n\n'
            f"{sentence}\n\n"
            '"If the boats come back, I will mend for them again," he said.\n'
        )
        assert _speaker_of(text, "If the boats come back") == "Olan Petrie", sentence


def test_a_description_whose_own_report_says_he_takes_no_she() -> None:
    text = (
        "Farm manager Ilsa Brandvold said the season had been the worst in a decade. "
        '"We lost a third of the crop," she said.\n\n'
        "One copra cutter said he had not been paid for three weeks.\n\n"
        '"We will plant again in the spring," she said.\n'
    )
    assert _speaker_of(text, "We will plant again") == "Ilsa Brandvold"


def test_a_woman_named_in_the_next_paragraph_is_its_pronouns_speaker_there() -> None:
    text = (
        "The park owner, Tanya Bellweather, said the crocodile had not been seen since "
        'May. "We miss him," she said.\n\n'
        "One woman from Victoria, taking photographs of the empty mud bank, "
        'said she was "a bit sad, to be honest".\n\n'
        "She is Carol Pendergrass, 67, from Geelong, who has wintered at the park for nine"
        ' years. "I have a photo of him from every year. He is like family," she said.\n'
    )
    assert _speaker_of(text, "a bit sad") == "Carol Pendergrass"
    assert _speaker_of(text, "like family") == "Carol Pendergrass"


def test_a_she_in_a_described_speakers_report_may_be_someone_else() -> None:
    text = (
        "Police said the search for the girl had widened overnight.\n\n"
        "A camper at the site said she had last been seen playing near the water at"
        " dusk.\n\n"
        "She is Lina Moor, 9, from Orlo, and was wearing a red raincoat.\n"
    )
    assert _speaker_of(text, "last been seen playing") != "Lina Moor"


def test_groups_and_things_ending_like_a_doer_take_no_pronoun() -> None:
    for sentence in (
        "A dozen farmers at the gate said they had not been told the road was closed.",
        "A newsletter said the line was closed until Friday.",
    ):
        text = (
            "Mayor Dara Quillon said the bridge would reopen in June. "
            '"We have the money," she said.\n\n'
            f"{sentence}\n\n"
            '"It is not my fault," she said.\n'
        )
        assert _speaker_of(text, "It is not my fault") == "Dara Quillon", sentence


def test_known_as_an_adjective_opens_no_phrase() -> None:
    found = extract_quotes("Known cases rose to 40 on Tuesday, health officer Greta Lind said.\n")
    assert [(q.text, q.speaker) for q in found] == [
        ("Known cases rose to 40 on Tuesday", "Greta Lind")
    ]


def test_a_sentence_opening_with_an_irregular_participle_keeps_its_subject() -> None:
    text = (
        '"Now the river comes and goes when the dam decides," said Somchit Phommavong, '
        "61, standing in mud where his lettuce beds had been.\n\n"
        "The dam's deputy director, Khamla Sengdara, said the company would give 24 "
        "hours of warning before large releases.\n\n"
        '"We cannot stop the river rising, but we can stop it surprising people," he '
        "said.\n\n"
        'Told of the plan, Somchit shrugged. "A loudspeaker will not put my lettuce '
        'back," he said.\n'
    )
    assert _speaker_of(text, "A loudspeaker will not") == "Somchit Phommavong"


def test_someone_brought_in_after_an_opening_phrase_takes_the_next_pronoun() -> None:
    text = (
        "The district head, Aigul Nurlanova, said the plant would be mended by Friday. "
        '"We are working day and night," she said.\n\n'
        "At the water kiosk on Abai Street, one woman in the queue said she was spending"
        " a fifth of her pension on water.\n\n"
        '"Last year they gave us a new plant and a concert. This year we got nothing,"'
        " she said.\n"
    )
    assert (_speaker_of(text, "Last year they gave us") or "").startswith("one woman")


def test_a_reporter_brought_in_after_an_opening_phrase_asks_and_is_not_the_answerer() -> None:
    text = (
        "The minister, Wilma Condori, said the inquiry would report in May. "
        '"That is what the inquiry is for," she said.\n\n'
        '"Will anybody lose their job?" another reporter called from the back of the'
        " room.\n\n"
        '"If the inquiry finds that somebody did not do their job, yes," she said.\n'
    )
    assert _speaker_of(text, "If the inquiry finds") == "Wilma Condori"
