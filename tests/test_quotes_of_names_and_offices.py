"""Quotes of copy collected from outlets' websites (the twenty-ninth invented part's
shapes, with text of our own): Welsh names with "ap" and "ferch", Chinese names written
family name first, a person noun written as one word, an office with a capital over
the name, a nationality before it."""

from __future__ import annotations

from digest.quotes import extract_quotes
from digest.quotes.speakers import build_cast


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text) if q.type != "indirect"]


def test_welsh_names_with_ap_and_ferch_are_whole_names() -> None:
    text = (
        "The medical director of the island health board, Dr Angharad ap Siôn, told"
        ' councillors that the rota "has not held since October."\n\n'
        '"We have tried everything we can think of," she said.\n\n'
        "Dr ap Siôn did not argue with the figures.\n\n"
        '"If nothing moves by March," she warned, "you may ask me why."\n\n'
        '"We have sung here every Friday for twenty years," said Elin ferch Owain, the'
        " choir's leader."
    )
    speakers = [speaker for _, speaker in quoted(text)]
    assert speakers == ["Angharad ap Siôn"] * 3 + ["Elin ferch Owain"]


def test_an_ap_in_a_name_is_no_news_agency() -> None:
    text = 'Rhys ap Iwan, 58, said the ferry was "late every single day this winter."'
    assert quoted(text)[0][1] == "Rhys ap Iwan"


def test_a_chinese_name_written_family_name_first_keeps_its_family_name() -> None:
    text = (
        '"We open at six, like my father did," Chua Boon Keat said.\n\n'
        '"The rent has doubled in four years," Chua said.'
    )
    assert [speaker for _, speaker in quoted(text)] == ["Chua Boon Keat", "Chua Boon Keat"]


def test_a_person_noun_written_as_one_word_makes_the_name_a_person() -> None:
    """ "a retired schoolteacher": the name before it, one no list of first names knows, is
    whom the next "he" means."""
    text = (
        "The traders' secretary, Peter Lomax, said most stallholders were \"too tired to"
        ' argue."\n\n'
        "Zulkarnain Hamzah, a retired schoolteacher, comes to the market every Saturday to buy"
        " fish for the week.\n\n"
        '"I have bought my fish here since 1979," he said.'
    )
    assert quoted(text)[-1] == ("I have bought my fish here since 1979", "Zulkarnain Hamzah")


def test_a_capitalised_office_over_the_name_leaves_the_name_the_speaker() -> None:
    text = (
        "The local Member of the Scottish Parliament, Morag Tulloch, said on Friday that"
        ' the island had shown "what a small place can do when it has to."'
    )
    assert quoted(text)[0][1] == "Morag Tulloch"


def test_a_nationality_between_the_role_and_the_name_leaves_the_name_the_speaker() -> None:
    text = (
        "Atlético Serrano's coach, the Uruguayan Martín Olivera, said his side would treat"
        ' the tie "with total respect."\n\n'
        '"There are no small teams in the cup," he said.'
    )
    assert [speaker for _, speaker in quoted(text)] == ["Martín Olivera", "Martín Olivera"]


def test_a_description_longer_than_the_subject_reader_still_leads_to_the_name() -> None:
    text = (
        "The borough council's cabinet member for children and family services, Cllr Owain"
        ' Prys Jones, insisted that the council was "not the one holding this up."'
    )
    assert quoted(text)[0][1] == "Owain Prys Jones"


def test_a_bodys_name_opening_with_a_nationality_is_not_cut_to_a_persons() -> None:
    text = (
        'Marlow\'s employer, the American Red Cross, said the shelter "will stay open all winter."'
    )
    assert quoted(text)[0][1] != "Red Cross"


def test_tan_sri_is_a_title_and_a_nearer_surname_keeps_its_owner() -> None:
    text = (
        "Tan Sri Rafidah Aziz opened the new hall on Monday.\n\n"
        "Michael Tan, a trader, complained about the parking.\n\n"
        '"Nobody asked us," Tan said.\n\n'
        "Lim Boon Huat owns the bakery next door.\n\n"
        "His lawyer, Michael Lim, spoke to reporters.\n\n"
        '"We will appeal," Lim said.'
    )
    assert [speaker for _, speaker in quoted(text)] == ["Michael Tan", "Michael Lim"]


def test_a_thing_named_by_a_word_ending_in_a_person_noun_is_no_person() -> None:
    text = (
        "Tomás Vidal lost both legs in 1998.\n\n"
        "On Monday a charity delivered the Nomad Glide, a carbon wheelchair, to his flat.\n\n"
        '"I can reach the shops again," he said.'
    )
    assert quoted(text)[0][1] == "Tomás Vidal"


def test_a_place_after_a_long_description_is_no_speaker() -> None:
    text = (
        "The borough council's cabinet member for children and family services, Kirklees,"
        ' insisted that the council was "not the one holding this up."'
    )
    assert quoted(text)[0][1] != "Kirklees"


def test_according_to_a_description_and_the_name_after_it_credits_the_name() -> None:
    text = (
        "According to her co-author, Thiago Rezende, the frog is probably found"
        ' "nowhere else on Earth" than the hilltop.\n\n'
        'According to the mayor, Ana Ruiz, the plan was "dead on arrival."'
    )
    assert quoted(text) == [
        ('the frog is probably found "nowhere else on Earth" than the hilltop', "Thiago Rezende"),
        ('the plan was "dead on arrival."', "Ana Ruiz"),
    ]


def test_a_headlines_bare_role_before_its_cue_keeps_the_lines_first_words_from_speaking() -> None:
    """ "Kilcar ferry to stop as operator says ...": the operator speaks, not Kilcar."""
    text = (
        'Kilcar ferry to stop as operator says he "cannot sail at a loss"\n\n'
        "A private ferry operator in west Donegal has said he will stop the crossing in May."
    )
    assert quoted(text)[0][1] != "Kilcar"


def test_whom_a_statement_was_made_to_is_not_part_of_what_was_said() -> None:
    text = (
        'The prosecutor, Ann Ruiz, suggested to him that the money had been "simply'
        ' taken."\n\nShe explained to the jury that the bank had been "very slow to act."'
    )
    assert [q for q, _ in quoted(text)] == [
        'the money had been "simply taken."',
        'the bank had been "very slow to act."',
    ]


def test_a_verb_after_to_is_no_addressee() -> None:
    text = 'The officer is said to have told police that the car was "going far too fast."'
    assert quoted(text)[0][0] == 'the car was "going far too fast."'


def test_a_titled_family_name_two_people_share_is_the_one_named_last() -> None:
    """Names written family name first say no gender: "Ms Lau" cannot choose by it
    between two Laus of no known gender, and is the Lau named last before it."""
    text = (
        "Lau Kok Leong ran the firm for twelve years.\n\n"
        "Lau Ai Qing, the firm's lawyer, spoke next.\n\n"
    )
    assert build_cast(text).surname_owner("Lau", "f", len(text)) == "Lau Ai Qing"
