"""In a court's or an interview's exchange, a short uncued paragraph with words put to
the one who just spoke ("You were standing ...") or the asker's own ("That does not
answer my question.") is the other side's turn, not more of the answer; an asker's
retort is put to the answerer as a question is; counsel's "put it to him that" opens an
exchange; and someone new cued as asking whoever spoke last begins their own exchange.
Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes


def quoted(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(text)]


def test_an_answer_back_after_a_reply_is_the_askers_and_the_next_the_answerers() -> None:
    text = (
        "The prosecutor, Dara Venn, questioned the farmer, Colm Rusk, about the gate.\n\n"
        '"Did you or did you not lock the gate that night?" Venn asked.\n\n'
        '"I locked the shed. The gate was never mine to lock," Rusk replied.\n\n'
        '"That does not answer my question."\n\n'
        '"It is the only answer I can give, madam."'
    )
    assert quoted(text) == [
        ("Dara Venn", "Did you or did you not lock the gate that night?"),
        ("Colm Rusk", "I locked the shed. The gate was never mine to lock"),
        ("Dara Venn", "That does not answer my question."),
        ("Colm Rusk", "It is the only answer I can give, madam."),
    ]


def test_counsel_putting_it_to_a_witness_opens_an_exchange() -> None:
    text = (
        'The site manager, Arno Lisk, told the court his crew had been "pelted with bricks"'
        " at the fence.\n\n"
        "Under cross-examination, the defence lawyer, Mira Sateen, put it to him that the"
        ' bricks came "after your crew tore down the tents".\n\n'
        '"I did not see that," Lisk said.\n\n'
        '"You were standing at the fence. It is on the film."\n\n'
        '"The film does not show everything."'
    )
    assert [speaker for speaker, _ in quoted(text)] == [
        "Arno Lisk",
        "Mira Sateen",
        "Arno Lisk",
        "Mira Sateen",
        "Arno Lisk",
    ]


def test_a_new_asker_questioning_who_spoke_last_begins_their_own_exchange() -> None:
    text = (
        '"I reported the missing ring the same day," the cleaner, Ama Boateng, told the'
        " court.\n\n"
        "Under cross-examination by the firm's advocate, Ruth Osei, Boateng accepted that she"
        " had come in late.\n\n"
        '"Four times in a month, Ms Boateng. Is that a good record?" Osei asked.\n\n'
        '"It is not. It is the same record as the rest of my shift."\n\n'
        '"You cannot know that."\n\n'
        '"I can. We sign in on the same sheet."\n\n'
        "The manager, Kofi Mensah, told the court the word he used was about timekeeping"
        ' "and nothing else".\n\n'
        '"Then why did you write to the owner and not to her supervisor?" her lawyer,'
        " Efua Darko, asked.\n\n"
        '"Because the owner had asked to hear about every difficult worker."\n\n'
        '"How many others did you write about that month?"\n\n'
        '"I do not remember."'
    )
    assert [speaker for speaker, _ in quoted(text)] == [
        "Ama Boateng",
        "Ruth Osei",
        "Ama Boateng",
        "Ruth Osei",
        "Ama Boateng",
        "Kofi Mensah",
        "Efua Darko",
        "Kofi Mensah",
        "Efua Darko",
        "Kofi Mensah",
    ]


def test_a_speakers_next_paragraph_outside_an_exchange_is_still_theirs() -> None:
    text = (
        '"We will open the pool in June," said the mayor, Ines Garro.\n\n'
        '"You will see the new changing rooms and the ramp by then."'
    )
    assert quoted(text) == [
        (
            "Ines Garro",
            "We will open the pool in June. You will see the new changing rooms and the ramp"
            " by then.",
        )
    ]


def test_an_answer_goes_on_in_the_next_paragraph_however_it_opens() -> None:
    """A longer paragraph after an answer, or one without words put to anyone, goes on
    with it; so does a witness's "sir"; "as NAME put it" opens no exchange."""
    text = (
        '"Why did you stand again?" the Courier asked Rhea Osei.\n\n'
        '"Because the work is not done," Osei replied.\n\n'
        '"You find out quickly that nothing moves without the council. It took me most of'
        ' a year to see it."\n\n'
        '"When will the hall reopen?" asked the reporter, Tam Hollis.\n\n'
        '"Not before the spring," Osei answered.\n\n'
        '"The money is set aside, and the builders start in March."'
    )
    assert [speaker for speaker, _ in quoted(text)] == [
        "Courier",
        "Rhea Osei",
        "Tam Hollis",
        "Rhea Osei",
    ]
    text = (
        '"Did you see the van before the bend?" the prosecutor, Ruth Vane, asked.\n\n'
        '"No, I did not," said the driver, Amos Reid.\n\n'
        '"I was looking at the mirror on my left at that moment, sir."'
    )
    assert [speaker for speaker, _ in quoted(text)] == ["Ruth Vane", "Amos Reid"]
    text = (
        '"It was a washout from the first race to the last," as Ines Moura put it.\n\n'
        '"We will be back next year, whatever the sky does," said the sponsor, Dan Hale.\n\n'
        '"Why would anyone leave a crowd that stayed through a storm like that?"'
    )
    assert [speaker for speaker, _ in quoted(text)] == ["Ines Moura", "Dan Hale"]


def test_words_cut_off_by_a_dash_end_a_turn_and_the_one_who_cut_in_speaks() -> None:
    text = (
        "The chair, Morag Baird, stopped him. \u201cMr Ross, you will not question any"
        " member\u2019s motives. That is out of order,\u201d she said.\n\n"
        "\u201cI\u2019ve known Ian Kerr since he was at school \u2014\u201d Callum Ross"
        " began.\n\n"
        "\u201cThen you\u2019ll know he is owed the same courtesy as anyone. Withdraw it, or"
        " sit down.\u201d"
    )
    assert quoted(text)[1:] == [
        ("Callum Ross", "I\u2019ve known Ian Kerr since he was at school \u2014"),
        (
            "Morag Baird",
            "Then you\u2019ll know he is owed the same courtesy as anyone. Withdraw it, or sit"
            " down.",
        ),
    ]


def test_a_dash_that_trails_off_leaves_the_turn_with_the_speaker() -> None:
    text = (
        "Mayor Lena Ortiz and her deputy, Ben Ruiz, met the families on Friday.\n\n"
        '"We tried everything we could," Ruiz said.\n\n'
        '"I always hoped that one day \u2014" Ortiz said, and paused. She looked at the floor.'
        "\n\n"
        '"As the mayor, I should have found the money sooner, and I did not."'
    )
    assert quoted(text)[-1][0] == "Lena Ortiz"
