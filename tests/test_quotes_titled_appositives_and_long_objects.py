"""The speaker of a cue after an appositive chain whose name opens with a title, whose
place runs on after a comma, or whose relative clause holds two adjectives set apart by
a comma; an office whose head joins two words with a hyphen before the name it
introduces; a title after a comma opening the next name, not a role of the words before;
a cue whose object and settings run long before its "that". And where each must hold
back. Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes
from digest.quotes.speakers import build_cast


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_titled_name_before_an_appositive_with_a_place_and_a_relative_clause() -> None:
    text = (
        "Dr Marta Okonjo Lind, a seabird ecologist at a museum in Durban, South Africa, who"
        ' was not part of the survey, said the counting method was "clever and long overdue".'
    )
    assert _speakers(text) == ["Marta Okonjo Lind"]
    # an opening word that is no name still stops the chain at the name after it
    still = (
        "Still, Petrosyan, who has coached the club since 2001, said the plan was"
        ' "a disaster for the town".'
    )
    assert _speakers(still) == ["Petrosyan"]


def test_two_adjectives_set_apart_by_a_comma_inside_a_relative_clause() -> None:
    text = (
        "Tomás Irigoyen, 61, who has fished the bay for three decades under an older,"
        ' looser licence, said the new quota was "fine on paper and hopeless at sea".'
    )
    assert _speakers(text) == ["Tomás Irigoyen"]
    # a comma after a name and before a lower-case clause still ends a piece
    other = (
        "Tomás Irigoyen, who fishes the bay with his son, Ander, said the quota was"
        ' "hopeless at sea".'
    )
    assert _speakers(other) == ["Tomás Irigoyen"]
    # a noun after its article, then a relative clause: no two adjectives
    clauses = (
        "Maelon Pryce, the ferry's chief engineer, who had joined the crew a month before the"
        " sinking, who was pulled from the water by a trawler and who still walks with a"
        ' stick, said the pumps had been "working flat out and losing".'
    )
    assert _speakers(clauses) == ["Maelon Pryce"]
    body = (
        "The season is seven weeks shorter than in 1990, according to the Tasiilaq Ice Group,"
        " a research group based in the town, whose lead researcher, Aaja Kleist, said the"
        ' trend was "not a wobble but a slope".'
    )
    assert _speakers(body) == ["Aaja Kleist"]


def test_an_office_with_a_hyphened_head_before_the_name() -> None:
    text = (
        "The college's Vice-Principal, Prof. Wanlambok Syiemlieh, said the grant had been"
        " “spent on salaries, as the rules require”."
    )
    assert _speakers(text) == ["Wanlambok Syiemlieh"]


def test_a_title_after_a_comma_opens_the_next_name() -> None:
    cast = build_cast(
        "The Minister of Higher Education and Technical Research, Prof. Aimable Kanyange,"
        " spoke first."
    )
    research = cast.people.get("Technical Research")
    assert research is None or not research.is_person
    # a role after a comma, not a title before a name, is the name's own
    role = build_cast("Odile Ntakirutimana, professor of law at the university, spoke first.")
    assert role.people["Odile Ntakirutimana"].is_person


def test_a_long_object_and_its_settings_before_that() -> None:
    text = (
        "The district's health officer, Dr Awa Sangaré, told a briefing at the district"
        " hospital on Friday that samples sent to Bamako had confirmed the disease, with two"
        ' more cases "very likely" on clinical grounds.'
    )
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["Awa Sangaré"]
    assert found[0].text.startswith("samples sent to Bamako")
    # a clause of its own after the object, with no "that" of the cue's: its "that" is
    # no complementiser
    own = (
        "Awa Sangaré told the committee on Friday she had paid that bill herself, calling it"
        ' "the least the clinic could do".'
    )
    assert all(not q.text.startswith("bill") for q in extract_quotes(own))
    # a verb in the object's words: the "that" further on is a relative clause's
    accused = (
        "A haulier accused of billing the county for grit deliveries that never reached"
        ' the hill farms went on trial on Wednesday, as the "cold season" began.'
    )
    assert all(not q.text.startswith("never reached") for q in extract_quotes(accused))


def test_a_plain_said_after_a_named_askers_question_answers_it() -> None:
    text = (
        "Questioned by prosecutor Giedrius Vaitkus, Rasa Jonaitienė said the papers were"
        " brought to her office three times.\n\n"
        '"Did you ask what the loans were for?" Vaitkus asked.\n\n'
        '"Once. He told me it was for a new cheese line," she said.'
    )
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers["Once. He told me it was for a new cheese line"] == "Rasa Jonaitienė"
    # an asker of the pronoun's gender answering her own question keeps her words
    own = (
        "Mayor Helen Ward defended the sale on Monday.\n\n"
        "Ana Ruiz, who runs the residents' group, was not convinced.\n\n"
        '"Who will pay for this?" Ruiz asked.\n\n'
        '"Not the developer," she said.'
    )
    assert _speakers(own) == ["Ana Ruiz", "Ana Ruiz"]
    # a woman's family name in the Lithuanian, Czech or Icelandic form says her gender
    for name in ("Rasa Jonaitienė", "Jana Dvořáková", "Guðrún Sigurðardóttir"):
        assert build_cast(f"{name}, 58, spoke first.").people[name].gender == "f", name
    # the same ending inside a longer word of no family name says nothing of a man's
    assert build_cast("Tomas Vaitkus spoke first.").people["Tomas Vaitkus"].gender != "f"


def test_the_long_reach_back_holds_only_for_the_reported_clauses_own_cue() -> None:
    # a second clause with a speaker of its own after the "that" clause keeps its speaker
    for text, speaker in (
        (
            "Ana Ruiz told the board on Monday that the plan was dead and the mayor later said"
            ' the council would "look again".',
            "the mayor",
        ),
        (
            "Police told residents on Friday that a man had been arrested after a neighbour"
            ' reported seeing "a lot of smoke".',
            "a neighbour",
        ),
        # a relative clause's "that" after a common noun, after what the cue is about, or
        # with a verb after it is no cue's
        (
            "Okafor told the inquiry into the sinking of the ferry about the checks that the"
            ' crew had called "a waste of time".',
            "the crew",
        ),
        (
            "The mayor told reporters about a letter from Ashgrove Council that the residents'"
            ' group said was "full of lies".',
            "the residents' group",
        ),
    ):
        assert _speakers(text) == [speaker], text


def test_a_noun_and_an_appositive_after_its_comma_are_no_two_adjectives() -> None:
    text = (
        'Kofi Mensah, a farmer near the border, a hilly area, said the crop was "half what it was".'
    )
    assert _speakers(text) == ["Kofi Mensah"]


def test_an_office_after_a_comma_is_still_the_names_role() -> None:
    text = (
        "Wanlambok Syiemlieh, Director General of the agency, arrived late.\n\n"
        '"We had no beds left," she said.'
    )
    assert _speakers(text) == ["Wanlambok Syiemlieh"]
    led = (
        "The march was led by Okonkwo Nwachukwu-Eze, Secretary General of the Nurses' Union."
        ' "We will not back down," he told the crowd.'
    )
    assert _speakers(led) == ["Okonkwo Nwachukwu-Eze"]
    cast = build_cast(
        "The Minister of Higher Education and Technical Research, Hon. Aimable Kanyange,"
        " opened the session."
    )
    research = cast.people.get("Technical Research")
    assert research is None or not research.is_person
