"""Quotes of wire and newspaper copy with many speakers (the twenty-eighth invented
part's shapes, with text of our own): crowds' chants and songs, nicknames, settings
written with an owner's word, long descriptions before a name."""

from __future__ import annotations

from digest.quotes import extract_quotes


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text) if q.type != "indirect"]


def only_speaker(text: str) -> str | None:
    """The speaker of the one quote the text holds."""
    ((_, speaker),) = quoted(text)
    return speaker


def test_a_crowds_chant_and_a_song_are_nobodys_statement() -> None:
    text = (
        "Okafor scored twice in the last ten minutes as the home end at Riverside Park"
        ' chanted "Oka! Oka! Oka!" and the away fans sang "Blue Skies Over Ibadan"'
        " long after the whistle.\n\n"
        '"I only put the chances away. The boys made them," Okafor said.\n\n'
        'Outside the council offices, about forty tenants were chanting "fix our roofs"'
        " when the mayor arrived."
    )
    assert quoted(text) == [("I only put the chances away. The boys made them", "Okafor")]


def test_words_going_on_in_lower_case_after_a_song_verb_are_still_the_speakers() -> None:
    """A song named in the speaker's own reported words: "sung" is no crowd's chant."""
    text = (
        "Mariam Diallo said the lullaby was one her grandmother had sung"
        ' "every night, whatever the harvest had been," and that she sings it to her own'
        " children now."
    )
    found = quoted(text)
    assert len(found) == 1
    assert "every night, whatever the harvest had been" in found[0][0]
    assert found[0][1] == "Mariam Diallo"


def test_a_nickname_after_known_and_a_few_words_is_no_quote() -> None:
    text = (
        'The shop steward at Apapa, Adaeze Nwosu, known across the depot as "Mama Ada,"'
        " said the Road Transport Employers' Union welcomed the offer but would be"
        ' watching "to make sure the overtime is paid, every naira of it."'
    )
    found = quoted(text)
    assert all("Mama Ada" not in quote for quote, _ in found)
    assert len(found) == 1
    assert found[0][0].endswith('every naira of it."')


def test_a_setting_with_an_owners_word_stands_between_the_cue_and_the_content() -> None:
    text = (
        "Pastor Ezekiel Moyo of Living Waters Chapel posted on the chapel's Facebook page"
        ' that the hall was "damp but sound" and that prayers would go on in the car park.'
    )
    assert quoted(text) == [
        (
            'the hall was "damp but sound" and that prayers would go on in the car park',
            "Ezekiel Moyo",
        )
    ]


def test_a_long_description_whose_object_is_a_pair_names_the_speaker_after_it() -> None:
    text = (
        "The head of planning for housing and transport, Siobhan Kearney, told councillors"
        ' that the scheme had been "redrawn from the ground up" after the consultation.'
    )
    assert only_speaker(text) == "Siobhan Kearney"


def test_the_rev_and_a_name_of_a_church_is_the_person_speaking() -> None:
    text = (
        "The Rev. Tomasz Wierzbicki of St Hedwig's Parish said the roof was"
        ' "holding, just about" and that Mass would move to the school hall.'
    )
    assert only_speaker(text) == "Tomasz Wierzbicki"
    # a degree of a title before it; "the most" before anything else is no title
    text = 'The Very Rev. Nia Osei, dean of the cathedral, said: "The doors stay open."'
    assert quoted(text) == [("The doors stay open.", "Nia Osei")]


def test_a_song_verb_reads_only_in_lower_case_on_the_quotations_line() -> None:
    # lower case with an accent: her words going on, not a song
    text = (
        "Mariam Diallo said the song was one her grandmother had sung"
        ' "été comme hiver, whatever the harvest had been," at the well.'
    )
    assert [speaker for _, speaker in quoted(text)] == ["Mariam Diallo"]
    # a subheading ending in "sing" over the paragraph is no verb of its quotation
    text = (
        "Learning to sing\n"
        '"I was terrified the first night, and now I never miss a rehearsal," said'
        " Ana Ruiz, who joined the choir in March."
    )
    assert quoted(text) == [
        ("I was terrified the first night, and now I never miss a rehearsal", "Ana Ruiz")
    ]


def test_an_office_after_the_rev_or_the_hon_is_no_name() -> None:
    for text in [
        'The Right Reverend Bishop of Orrville said: "The cathedral stays open."',
        'The Honourable Member for Orrville said: "We will vote against the bill."',
        'The Reverend Mother of St Anne\'s Convent said: "The school stays open."',
    ]:
        speaker = only_speaker(text)
        assert speaker is not None and speaker.startswith("The "), (text, speaker)
