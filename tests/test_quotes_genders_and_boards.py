"""The first part of a joined given name says its gender; a board or a
tarpaulin that "reads" words shows them, while "the board" with words in marks after it
speaks; the answer to a question put to "him" is the one asked; a paragraph saying
whose words a quotation with no cue were names its speaker; a witness replying to a
new asker takes turns with them. Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes, speakers
from tests.test_quotes_bodies_and_clauses import names


def test_the_first_part_of_a_joined_given_name_says_its_gender() -> None:
    assert speakers.first_name_gender("Jean-Pierre") == "m"
    assert speakers.first_name_gender("Jean-Marie") == "m"
    assert speakers.first_name_gender("Marie-Claude") == "f"
    assert speakers.first_name_gender("Marie-Ève") == "f"


def test_a_man_with_a_joined_french_name_is_no_she() -> None:
    """The last speaker before "she said" is Jean-Pierre, a man: the woman named before
    him speaks."""
    text = (
        "The mayor, Hortense Ngono, said the council would not change its vote.\n\n"
        "The traders' leader, Jean-Pierre Essomba, said he would take the council to"
        ' court "to defend every stall". He has called a meeting for Thursday.\n\n'
        "She added that the council would meet the traders. "
        '"We will talk about the rent and the buses, not about a building that may'
        ' fall," she said.'
    )
    assert names(text) == [
        "Hortense Ngono",
        "Jean-Pierre Essomba",
        "Hortense Ngono",
        "Hortense Ngono",
    ]


def test_words_a_board_reads_are_no_ones_statement() -> None:
    text = (
        "At the back of the market, a hand-painted board nailed to a mango tree still"
        ' reads "Ostby Market: Serving the Valley Since 1974".\n\n'
        "A spokesman for the market company said the board"
        ' "respects the traders\' right to protest" and would meet them on Friday.'
    )
    found = extract_quotes(text)
    assert len(found) == 1 and "respects the traders" in found[0].text


def test_a_person_after_a_body_that_names_a_role_s_employer_speaks() -> None:
    """The company's name is an appositive of "the contractor"; the lawyer, named after
    it with the Philippine "Atty." title, speaks for it."""
    text = (
        "A lawyer for the contractor, Ostby Builders Corporation, Atty. Cecilia Ventana,"
        " said in a text message that the company \u201cstands by the quality of its"
        " work\u201d and would attend the hearing."
    )
    assert names(text) == ["Cecilia Ventana"]


def test_the_answer_to_a_question_put_to_him_is_the_witness_s() -> None:
    """The advocate asks "him", the witness just quoted, and "he said" closes the
    answer: the witness's words, not the advocate's."""
    text = (
        "The advocate for the owner, Emmanuel Lyamba, questioned the crew.\n\n"
        "The boat's coxswain, Selemani Mushi, 27, said he had counted 61 passengers.\n\n"
        '"I told him the boat would not carry them," Mushi said.\n\n'
        "Lyamba asked him whether he had been paid anything extra for the additional"
        ' passengers. "Not one shilling more. My salary is the same whether the boat is'
        ' empty or full," he said.'
    )
    assert names(text)[-1] == "Selemani Mushi"


def test_a_quotation_the_next_paragraph_gives_its_speaker() -> None:
    """A quotation with no cue, then a paragraph that says whose words they were: by
    name ("The speaker was NAME"), or by a description the paragraph names later."""
    named = (
        "Residents blocked the road on Monday.\n\n"
        '"My house shakes forty times a day. Forty! I counted them on Sunday."\n\n'
        "The speaker was Hugo Selvano, 63, a retired railway worker who lives on the"
        " corner."
    )
    assert names(named) == ["Hugo Selvano"]
    described = (
        "The hospital will close at night.\n\n"
        '"I have worked in that department for 22 years. Some of them would not have'
        ' made it."\n\n'
        "The words were those of a senior nurse at St Kilda's, who spoke to a protest"
        " meeting on Friday. The nurse, Brid Fallan, said she was speaking as a mother."
    )
    assert names(described) == ["Brid Fallan", "Brid Fallan"]


def test_a_new_asker_the_witness_replies_to_asks_the_next_uncued_question() -> None:
    text = (
        '"How many people were on the boat when you sat down?" the state attorney,'
        " Neema Kilewo, asked.\n\n"
        '"It was full. People were standing between the benches," Rehema Kisangi said.\n\n'
        '"And then?"\n\n'
        '"Then the owner came down to the landing and told us to sit closer."\n\n'
        "In cross-examination, the defence advocate, Emmanuel Lyamo, put it to her that"
        ' his client had been "at a wedding in another town" that evening.\n\n'
        '"I know his face. I have bought tickets from him for six years," Kisangi'
        " replied.\n\n"
        '"Did you see his face in the dark, from inside a crowded boat?"\n\n'
        '"It was not dark yet. The sun was still on the water."'
    )
    assert names(text)[-2:] == ["Emmanuel Lyamo", "Rehema Kisangi"]


def test_a_boards_letter_or_statement_that_reads_is_a_statement() -> None:
    """Only the board itself shows words it "reads": its letter or statement that "read",
    and the board "saying" words, speak."""
    texts = [
        'The parole board sent the family a letter that read: "The board has decided that'
        ' release is not appropriate at this time."',
        'A statement from the hospital board read, "We are reviewing every step of the care'
        ' Mr. Lund received."',
        'The board, saying "the vote was lawful and final," refused to meet the protesters.',
    ]
    for text in texts:
        assert len(extract_quotes(text)) == 1, text


def test_the_verb_miss_before_a_name_gives_no_gender() -> None:
    """ "will miss Owen Tarrant": a verb, not the title "Miss"; "he added" is his."""
    text = (
        "The team will miss Owen Tarrant, the striker, for Saturday's game against"
        " Dunmere.\n\n"
        "Coach Lisa Brandt said the injury was not serious.\n\n"
        '"We expect him back within a fortnight," she said.\n\n'
        '"I should be fine for the cup," Tarrant said. "It is frustrating," he added.'
    )
    assert names(text)[-2:] == ["Owen Tarrant", "Owen Tarrant"]
