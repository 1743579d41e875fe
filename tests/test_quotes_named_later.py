"""Quotes of copy collected from outlets' websites (the thirtieth invented part's shapes,
with text of our own): someone quoted as "one woman at the gate" and named in the next
paragraph, an "Hon." before a member's name, a name in an appositive followed by the
body its bearer is of."""

from __future__ import annotations

from digest.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text) if q.type != "indirect"]


def test_someone_described_then_named_in_the_next_paragraph_is_named() -> None:
    text = (
        "The ferry has not run for a week.\n\n"
        '"We carry the shopping across on the rowing boat," said one woman waiting at the'
        " slipway with two bags of flour.\n\n"
        "The woman, Ingrid Solheim, 58, has lived on the island all her life.\n\n"
        '"The boy goes to school on the mainland and sleeps at his aunt\'s," said one man'
        " mending nets on the quay.\n\n"
        "He is Tor Aasen, 64, a retired ferryman."
    )
    assert speakers(text) == ["Ingrid Solheim", "Tor Aasen"]


def test_a_description_named_for_someone_else_stays_a_description() -> None:
    """The next paragraph names someone of the other gender, or a body: not the one
    described."""
    text = (
        "The ferry has not run for a week.\n\n"
        '"We carry the shopping across on the rowing boat," said one woman waiting at the'
        " slipway.\n\n"
        "He is Tor Aasen, 64, who runs the island shop.\n\n"
        '"Nobody has told us anything," said one resident of the north end.\n\n'
        "The council, Nordvik Kommune, said the boat would be back on Monday."
    )
    assert speakers(text) == ["one woman waiting at the slipway", "one resident of the north end"]


def test_hon_before_a_members_name_is_a_title() -> None:
    text = (
        "The timetable was cut in half.\n\n"
        "The local MP, Hon. Rebecca Thorne, posted on X that the change was"
        ' "a slap in the face for island families".\n\n'
        "Transport Secretary Hon. Daniel Oketch rose to speak.\n\n"
        '"The Government will keep its word to the islands," he said.'
    )
    assert speakers(text) == ["Rebecca Thorne", "Daniel Oketch"]


def test_a_name_then_the_body_its_bearer_is_of() -> None:
    text = (
        "The pump station has flooded again.\n\n"
        "The ward councillor for Ostby, Anele Hoza of the opposition Civic Movement, said"
        ' the station had been "a disaster waiting for a flood" for five years.'
    )
    assert speakers(text) == ["Anele Hoza"]


def test_a_role_for_a_body_at_a_sentences_start_then_the_name() -> None:
    """ "Counsel" opens the sentence with its capital: a role, then the body, then the
    name the appositive gives."""
    text = (
        "The land was fenced off in March.\n\n"
        "Counsel for Nordvik Agro Estates, Ronald Musoke, said his client had bought the"
        ' land "lawfully, with a title" in 2007.'
    )
    assert speakers(text) == ["Ronald Musoke"]


def test_whom_the_speaker_spoke_of_is_not_named_as_the_speaker() -> None:
    text = (
        "A house burned down on Elm Street overnight.\n\n"
        '"She loved that garden," said one woman who lived next door.\n\n'
        "She was Mary Jones, 34, a nurse at the county hospital."
    )
    assert speakers(text) == ["one woman who lived next door"]


def test_hon_inside_a_name_is_part_of_it() -> None:
    text = (
        "The ferry came late again.\n\n"
        '"Nobody told us," said Chan Hon Wing, who runs the kiosk.\n\n'
        '"It is late every day," said Hon Lee.'
    )
    assert speakers(text) == ["Chan Hon Wing", "Hon Lee"]
