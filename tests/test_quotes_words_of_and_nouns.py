"""Whose words a quotation is when a sentence says so without a cue verb ("in the words of
her daughter"); a cue word that is a noun ("a red flag warning would stay", "a painted
warning") is no cue; a pronoun passes over a name that nothing shows to be a person's
("a boatman from Basti Kalan", a village "near Basti Kalan" too) to the person it
means. Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes


def quoted(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(text)]


def test_in_the_words_of_names_the_speaker() -> None:
    text = (
        "Olena Petruk ran the village store for fifty years. Her daughter, Ilona Petruk-Ross,"
        " said her mother never turned anyone away.\n\n"
        "Besides her son and daughter, she leaves four grandchildren and, in the words of"
        ' her daughter, "about half the county, who think of her as family".'
    )
    assert quoted(text)[-1][0] == "Ilona Petruk-Ross"


def test_a_warning_that_is_a_noun_is_no_cue() -> None:
    text = (
        "According to the Weather Bureau in Dunmore, a red flag warning would stay in force"
        ' until Friday, with "no rain worth the name for at least ten days".'
    )
    assert [speaker for speaker, _ in quoted(text)] == ["the Weather Bureau in Dunmore"]
    text = 'Sacks of rice at the gate bore a painted warning, "NOT FOR SALE - RELIEF ONLY".'
    assert all(speaker is None for speaker, _ in quoted(text))
    text = (
        "The council issued a statement calling the closure"
        ' "a clear breach of the agreement with the town".'
    )
    assert [speaker for speaker, _ in quoted(text)] == ["The council"]


def test_a_pronoun_passes_over_a_place_taken_for_a_name() -> None:
    text = (
        "The breach near Basti Kalan widened overnight, flooding four more villages.\n\n"
        "Dr Nadia Qureshi, who runs the camp's clinic, said she had seen more than 200"
        " patients on Friday.\n\n"
        "A boatman from Basti Kalan, who had ferried patients since dawn, sat by the tent."
        " He said he had made nine trips.\n\n"
        'She warned that cholera was "only a matter of days away" without clean water.'
    )
    assert quoted(text)[-1][0] == "Nadia Qureshi"


def test_a_message_being_read_out_is_its_writers() -> None:
    text = (
        "The host, Ruth Banda, opened the hour by reading out a text message from a"
        ' listener in Kanyama: "Tell the minister my fridge is now a cupboard."'
    )
    assert quoted(text)[0][0] != "Ruth Banda"


def test_a_count_of_things_is_no_speaker() -> None:
    text = (
        "According to the wildlife agency, about 900 wolves live in the region, and the"
        ' number of attacks reported in villages rose "sharply" last year.'
    )
    assert all(speaker != "the number of attacks" for speaker, _ in quoted(text))


def test_a_quotation_the_next_sentence_credits_is_no_more_of_the_one_before() -> None:
    text = (
        '"We cannot keep forty clinics open when we cannot pay the nurses we have," the'
        " health minister, Raimo Kask, said.\n\n"
        '"I delivered two thousand babies in that building. My own daughter was born there."'
        "\n\nThat was how the clinic's longest-serving midwife, Liis Tamm, described the"
        " decision on Wednesday."
    )
    assert [speaker for speaker, _ in quoted(text)] == ["Raimo Kask", "Liis Tamm"]


def test_a_body_whose_inspector_spoke_speaks_as_the_body() -> None:
    text = (
        "A Health and Safety Executive inspector, Asha Mehta, told the court the slope was"
        " far too steep for the machine.\n\n"
        "The Health and Safety Executive said in a statement that it was"
        ' "studying the findings closely".'
    )
    assert quoted(text) == [
        ("Asha Mehta", "the slope was far too steep for the machine"),
        ("The Health and Safety Executive", 'it was "studying the findings closely"'),
    ]


def test_the_court_told_is_no_part_of_what_was_said() -> None:
    text = "The inspector, Asha Mehta, told the inquest the brakes had failed twice that week."
    assert quoted(text) == [("Asha Mehta", "the brakes had failed twice that week")]


def test_a_patronymic_name_and_an_office_before_it() -> None:
    text = (
        "The Wali of Nizwa, Sheikh Salim bin Ali al-Kindi, told reporters that the"
        ' government would "stand with every village that lost its water".'
    )
    speaker = quoted(text)[0][0] or ""
    assert speaker.endswith("Salim bin Ali al-Kindi")


def test_review_mends_of_the_nouns_and_words_rules() -> None:
    """A saying or a text after "in the words of" is no speaker; a noun in -ed after
    "the" is no adjective ("the Fed warning", "the injured saying"); a count of people
    may speak; a body or an audience word bare is the content's subject; a title joins
    no "and", so it is no body's name."""
    text = (
        "Pastor Ruth Ade led the service on Sunday morning.\n\n"
        "Ade closed by reminding the congregation, in the words of the Psalm,"
        ' "the Lord is my shepherd and I shall not want."'
    )
    assert quoted(text)[-1][0] != "the Psalm"
    text = (
        "Markets fell on Wednesday, with the Fed warning that rates would stay"
        ' "higher for much longer than anyone hoped."'
    )
    assert quoted(text)[0][0] == "Fed"
    text = (
        "The new bus timetable started on Monday.\n\n"
        'A number of people said the changes were "a nightmare for anyone without a car."'
    )
    assert quoted(text)[0][0] == "A number of people"
    text = 'Mayor Lena Ortiz spoke on Monday. Ortiz warned council tax would "rise again in April."'
    assert quoted(text)[0][1] == 'council tax would "rise again in April."'
    text = (
        "The country's Chief Medical Officer, Professor Anna Reed, published new advice on"
        " Monday.\n\nA Chief Medical Officer spokeswoman said the advice would be reviewed.\n\n"
        'The Chief Medical Officer said the virus was "spreading faster than in any winter".'
    )
    assert quoted(text)[-1][0] == "Anna Reed"
