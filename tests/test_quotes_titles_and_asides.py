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
