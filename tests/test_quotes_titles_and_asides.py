"""A work's title set off after "title", "entitled" or a noun of a work, in sentence case
too, is nobody's statement; a name in an aside that gives the agent of a participle
("The company, now headed by X's son, NAME, said") leaves the sentence's subject the
speaker. Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes


def quoted(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(text)]


def test_a_works_title_in_sentence_case_is_nobodys_statement() -> None:
    for text in (
        "Her co-author, Professor Helen Quaid, said the paper's title, \"Wood heating and"
        ' asthma in valley towns", undersold a simple message.',
        'The paper, "Heat exposure and kidney stones among outdoor workers," appeared in the'
        " Journal of Occupational Health on Monday.",
        'It was published in the Nordic Journal of Health under the title "Darkness, devices'
        ' and sleep in Arctic teenagers".',
    ):
        assert quoted(text) == [], text


def test_words_set_off_after_a_statement_are_still_said() -> None:
    text = 'The mayor said in a statement that the town would "rebuild every house on the street".'
    assert quoted(text) == [("The mayor", 'the town would "rebuild every house on the street"')]


def test_a_name_in_an_aside_naming_an_agent_is_not_the_speaker() -> None:
    text = (
        "The company, now headed by Kanzaki's son, Ryota Kanzaki, said in a statement that it"
        ' "deeply regrets the accident".\n\n'
        'The club, owned by the mayor\'s brother, Tom Hale, said it would "appeal at once".'
    )
    assert [speaker for speaker, _ in quoted(text)] == ["The company", "The club"]


def test_a_title_before_a_shared_surname_names_the_one_introduced_with_it() -> None:
    text = (
        "The study's lead author, Dr Lim Wei Ling of the National Kidney Institute, said the"
        ' results were "worrying". "We saw it in every age group," Dr Lim said.\n\n'
        "Professor Lim Boon Heng, a kidney specialist who was not involved in the study,"
        ' called the findings "a serious warning". Prof Lim, who is not related to the lead'
        ' author, said it was "too early to talk about an epidemic".'
    )
    assert [speaker for speaker, _ in quoted(text)] == [
        "Lim Wei Ling",
        "Lim Wei Ling",
        "Lim Boon Heng",
        "Lim Boon Heng",
    ]


def test_a_name_set_off_after_the_object_of_a_relative_clause_is_not_its_subject() -> None:
    text = (
        "Femke Smit, who succeeded her father, Gerrit, as chief executive in 2019, said the"
        ' order book was "lower than we would like".'
    )
    assert [speaker for speaker, _ in quoted(text)] == ["Femke Smit"]


def test_words_two_signs_show_are_nobodys_statement_but_a_chant_is_the_crowds() -> None:
    signs = (
        'Hand-painted signs along the road to the plant read "Fair wages for hard hands"'
        ' and "We shell, you sell."'
    )
    assert quoted(signs) == []
    chant = 'Marchers chanting "Save our pier" and "Not for sale" filled the square, police said.'
    assert quoted(chant) != []  # (the development labels credit a chant to the crowd)


def test_a_nickname_given_to_something_is_nobodys_statement() -> None:
    text = (
        'Campaigners, who have nicknamed the arrangement "the Carmarthen shuffle", collected'
        " 11,000 signatures against it over the summer."
    )
    assert quoted(text) == []
    renamed = (
        "The mayor posted on Facebook that the square would be renamed"
        ' "for one day only, Hare Square."'
    )
    assert [speaker for speaker, _ in quoted(renamed)] == ["The mayor"]


# Faults an independent review found in the rules above, each mended.


def test_a_statement_about_a_study_a_book_or_a_title_is_still_said() -> None:
    for text, speaker in (
        (
            'Rina Oduya said of the study, "We were surprised by how large the effect was."',
            "Rina Oduya",
        ),
        (
            'Asked how it felt to win the title, "It still hasn\'t sunk in," Marta Keller said'
            " after the final whistle.",
            "Marta Keller",
        ),
        (
            'When asked whether he felt entitled, "I paid taxes here for forty years," Tom Reyes'
            " said.",
            "Tom Reyes",
        ),
    ):
        assert [s for s, _ in quoted(text)] == [speaker], text


def test_a_flag_or_a_notice_spoken_of_is_no_display() -> None:
    text = (
        'Governor Ruth Adler said the flag "represents a painful past" and "must come down'
        ' before the summer."'
    )
    assert [s for s, _ in quoted(text)] == ["Ruth Adler"]
    saying = (
        'Ana Ruiz posted photos of the protest signs on Facebook, saying "this is what'
        ' democracy looks like" and "we will be back next week."'
    )
    assert [s for s, _ in quoted(saying)] == ["Ana Ruiz"]


def test_a_nickname_earlier_in_the_sentence_and_a_speakers_dubbing_are_still_said() -> None:
    text = 'Ann Lee, whom colleagues have long nicknamed "the Iron Lady", said the cuts were "unavoidable".'
    assert [s for s, _ in quoted(text)] == ["Ann Lee"]
    dubbed = 'Senator Tom Hale dubbed the bill "a disgrace to this chamber" in a speech on Tuesday.'
    assert [s for s, _ in quoted(dubbed)] == ["Tom Hale"]


def test_a_statement_issued_by_a_lawyer_is_the_lawyers() -> None:
    text = (
        "A statement, issued by the family's lawyer, Ana Ruiz, said they were"
        ' "devastated by the verdict".'
    )
    assert [s for s, _ in quoted(text)] == ["Ana Ruiz"]


def test_a_title_before_another_name_is_not_the_surnames() -> None:
    text = (
        "Lim Wei Ling, a paediatrician, will run the clinic. It was funded by Dr Ana Ruiz and"
        " Lim Boon Heng, a retired teacher.\n\n"
        'Dr Lim said she had "waited ten years for this".'
    )
    assert [s for s, _ in quoted(text)] == ["Lim Wei Ling"]


def test_a_surname_with_an_elided_particle_is_a_name() -> None:
    from digest.quotes.speakers import name_in

    assert name_in(["Colette", "d’Entremont"]) == "Colette d’Entremont"
    assert name_in(["Ana", "dell'Orto"]) == "Ana dell'Orto"
    text = (
        "NDP MLA Colette d’Entremont, whose constituency includes Port Anselm, wrote on"
        " Facebook that the province “can’t keep pretending this is none of its business.”"
    )
    assert [s for s, _ in quoted(text)] == ["Colette d’Entremont"]
