"""Quotation-mark conventions other than American double marks (`digest.quotes.marks`).

Every text here is invented for the test: British-style single marks with
double marks nested, apostrophes with no quotation at all, American nesting,
a document mixing both, guillemets either way round and low-high pairs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.evaluate.quotes import Tally, score_document
from digest.models import Quote
from digest.quotes import extract_quotes
from digest.quotes.lexer import split_sentences
from digest.quotes.marks import normalise_marks, single_pairs

BRITISH = (
    "Council leader Ana Whitcombe defended the budget on Tuesday.\n"
    "‘We have made the hard choices so that libraries stay open,’ Ms Whitcombe said."
    " ‘It’s not what anyone wanted.’\n"
    "The opposition leader, Tomas Berrow, was unimpressed. He said: ‘This budget takes"
    " from the poorest and calls it prudence.’\n"
    "‘People told me, “We cannot afford the bus any more”, and nobody listened,’"
    " said Mr Berrow.\n"
    "The Smiths’ shop on the high street will close, and residents’ groups plan a protest.\n"
    "‘I’ve run this shop for thirty years. Now it’s over,’ Gwen Smith told reporters."
)


def quote_with(quotes: list[Quote], words: str) -> Quote:
    """The single quote whose text contains `words`."""
    hits = [q for q in quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def test_british_article_quotes_and_speakers():
    quotes = extract_quotes(BRITISH)
    direct = [q for q in quotes if q.type == "direct"]
    assert len(direct) == 4, [q.text for q in direct]
    first = quote_with(quotes, "hard choices")
    assert first.speaker == "Ana Whitcombe"
    assert "It’s not what anyone wanted" in first.text  # the second half of the same turn
    assert quote_with(quotes, "calls it prudence").speaker == "Tomas Berrow"  # "He said: ‘..."
    assert quote_with(quotes, "nobody listened").speaker == "Tomas Berrow"
    assert quote_with(quotes, "thirty years").speaker == "Gwen Smith"
    # no quotation between the plural possessives of a narrative sentence
    assert not any("high street" in q.text for q in quotes if q.type == "direct")


def test_quotes_keep_the_marks_the_source_used():
    quotes = extract_quotes(BRITISH)
    nested = quote_with(quotes, "nobody listened")
    assert "“We cannot afford the bus any more”" in nested.text
    assert BRITISH[nested.start : nested.end].startswith("People told me")
    assert "I’ve" in quote_with(quotes, "thirty years").text


def test_straight_single_marks_as_quotation_marks():
    text = (
        "Fire chief Rhiannon Dale said crews had worked through the night.\n"
        "'We got everyone out, and that's what matters,' Ms Dale said.\n"
        "Her deputy, Owen Pryce, added: 'The building's roof went in at four o'clock.'"
    )
    quotes = extract_quotes(text)
    assert quote_with(quotes, "everyone out").speaker == "Rhiannon Dale"
    roof = quote_with(quotes, "roof went in")
    assert (roof.type, roof.speaker) == ("direct", "Owen Pryce")
    assert "four o'clock" in roof.text


def test_apostrophes_without_quotations_are_left_alone():
    text = (
        "It's the Smiths' turn to host the fair, and the villagers' mood is good.\n"
        "Rock 'n' roll bands from the '90s will play 'til midnight. The organisers' plan"
        " is ambitious, and O'Neill's stall sells the Joneses' jam.\n"
        "It’s the Smiths’ turn again next year; the ’90s band’s van is parked."
    )
    assert normalise_marks(text) == text
    assert not [q for q in extract_quotes(text) if q.type in {"direct", "mixed"}]


def test_pairs_never_close_at_an_apostrophe_between_letters():
    text = "‘It’s the players’ union that won’t sign,’ she said."
    (pair,) = single_pairs(text, 0, len(text))
    assert text[pair.open_at] == "‘"
    assert text[pair.close_at - 5 : pair.close_at + 1] == "sign,’"


def test_an_elision_inside_a_single_quotation_does_not_close_it():
    text = (
        "Aidan Furlong, the band’s drummer, spoke before the show.\n"
        "‘We still play rock ’n’ roll the old way,’ said Aidan Furlong. ‘Loud.’"
    )
    (pair, _) = single_pairs(text, text.index("‘"), len(text))
    assert text[pair.close_at - 4 : pair.close_at + 1] == "way,’"
    q = quote_with(extract_quotes(text), "rock ’n’ roll")
    assert (q.type, q.speaker) == ("direct", "Aidan Furlong")


def test_american_nesting_keeps_single_marks_nested():
    text = (
        "Coach Dana Pryor spoke after the game.\n"
        "“When the referee said ‘no goal,’ I could not believe it,” Pryor said."
    )
    assert normalise_marks(text) == text
    q = quote_with(extract_quotes(text), "referee said")
    assert q.speaker == "Dana Pryor"
    assert "‘no goal,’" in q.text


def test_a_single_mark_paragraph_in_a_double_mark_document():
    text = (
        "Mayor Lena Ortiz opened the bridge.\n"
        "“This bridge joins two towns,” Ortiz said.\n"
        "Her rival, Callum Reid, said: ‘It came in two years late and over budget.’"
    )
    quotes = extract_quotes(text)
    assert quote_with(quotes, "joins two towns").speaker == "Lena Ortiz"
    late = quote_with(quotes, "two years late")
    assert (late.type, late.speaker) == ("direct", "Callum Reid")


def test_a_term_in_single_marks_does_not_switch_a_double_mark_document():
    text = (
        "Council backs 'green belt' plan\n"
        "“We listened to every objection,” said councillor Hana Moreau.\n"
        "The 'green belt' vote passed by nine to four."
    )
    assert normalise_marks(text) == text


def test_quotation_over_paragraphs_attributed_where_it_closes():
    text = (
        "Headteacher Mara Lindqvist wrote to parents.\n"
        "‘The school will reopen on Monday. Classes will start at nine.\n"
        "‘Buses run from eight.\n"
        "‘Lunch will be served as usual,’ Ms Lindqvist said."
    )
    (q,) = [q for q in extract_quotes(text) if q.type == "direct"]
    assert q.speaker == "Mara Lindqvist"
    assert "reopen on Monday" in q.text and "Buses run" in q.text and "Lunch" in q.text


def test_guillemets_french_and_german_and_low_high_marks():
    french = "Mayor Claire Vasseur spoke.\n« We will open the pool in June », Claire Vasseur said."
    german = "Mayor Jonas Brandt spoke.\n»We will build the bridge next year«, said Jonas Brandt."
    low_high = "Minister Ines Falk spoke.\n„We will not raise taxes this year“, Falk said."
    assert normalise_marks(german).count("“") == 1 and normalise_marks(german).count("”") == 1
    assert "„" not in normalise_marks(low_high) and "”," in normalise_marks(low_high)
    for text, words, speaker in (
        (french, "open the pool", "Claire Vasseur"),
        (german, "build the bridge", "Jonas Brandt"),
        (low_high, "raise taxes", "Ines Falk"),
    ):
        q = quote_with(extract_quotes(text), words)
        assert (q.type, q.speaker) == ("direct", speaker)
        assert len(normalise_marks(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "The outage ended at 7 a.m. Eastern time, the provider said.",
        "The vote closes at 9 p.m. ET on Tuesday, officials said.",
        "The ferry left at 8 p.m. Friday, the captain said.",
    ],
)
def test_a_clock_time_before_a_day_or_a_time_zone_ends_no_sentence(text):
    assert split_sentences(text) == [text]


def test_a_clock_time_before_another_sentence_ends_it():
    parts = split_sentences("The ferry left at 8 p.m. Officials said it was late.")
    assert parts == ["The ferry left at 8 p.m.", "Officials said it was late."]


def test_sentences_do_not_break_inside_single_quotations():
    parts = split_sentences("‘We will win. Nobody doubts it,’ Ms Carrow said. Then she left.")
    assert parts == ["‘We will win. Nobody doubts it,’ Ms Carrow said.", "Then she left."]


@pytest.mark.parametrize(
    ("name", "gold", "speakers_right"), [("british", 14, 13), ("british_heldout", 10, 10)]
)
def test_invented_british_samples_are_found_by_the_evaluation(name, gold, speakers_right):
    """The small invented British-style samples, scored as `digest eval quotes` scores them.

    `british_heldout` was written after the rules were fixed and not tuned on. A
    quotation running on into a paragraph of its own is one quote, as the
    labelled development corpus has it (both samples had labelled it as two).
    """
    sample = Path(__file__).parent / "fixtures" / "quotes" / f"{name}.jsonl"
    tally = Tally()
    for line in sample.read_text("utf-8").splitlines():
        doc = json.loads(line)
        found = [(q.text, q.speaker) for q in extract_quotes(doc["text"])]
        score_document(doc["quotes"], found, {"direct", "mixed"}, 0.5, tally)
    precision, recall, _ = tally.prf("overlap_tp", "overlap_pred")
    assert tally.gold == gold
    assert recall == 1.0 and precision >= 0.9, (precision, recall)
    # one pronoun of the first sample is left unresolved (unknown gender)
    assert tally.counts["speaker_ok"] >= speakers_right, tally.counts


def test_single_quoted_title_in_a_double_mark_document_is_no_quote():
    """A Title Case name in single marks with a reporting verb further on is no quotation."""
    text = (
        "Organisers opened the Carrow fair on Friday.\n"
        "The festival's theme, ‘The Medium Is the Message’, drew large crowds, said"
        " Mara Quell.\n"
        "“We are thrilled,” Quell said."
    )
    quotes = extract_quotes(text)
    assert not any(q.text == "The Medium Is the Message" for q in quotes), quotes
    assert any(q.text == "We are thrilled" and q.speaker == "Mara Quell" for q in quotes)
    assert "‘The Medium Is the Message’" in normalise_marks(text)
    # a verb right after the phrase still makes it a quotation mark pair
    said = "Organisers opened the fair.\n‘Come Back Soon,’ she said as the gates shut.\n“Yes,” he said."
    assert "“Come Back Soon,” she said" in normalise_marks(said)


def test_single_mark_closed_by_a_double_mark_before_a_reporting_verb():
    """‘…,” Simpson said: the slip closes the quotation; the narration after stays out."""
    text = (
        "Tom Simpson spoke after the match at Bramwell Park.\n"
        "‘We played well in the first half,’ he said.\n"
        "‘My boys are hurt by this,” Simpson said. The club will appeal next week,"
        " and fans were told to wait.\n"
        "‘It is not over,’ he added."
    )
    quotes = extract_quotes(text)
    hurt = only_quote(quotes, "My boys")
    assert hurt.text == "My boys are hurt by this"
    assert hurt.speaker == "Tom Simpson"
    assert not any("appeal" in q.text and q.type == "direct" for q in quotes), quotes
    # a ” that closes a double-mark quotation of its own is left to it
    nested = "“She wrote ‘come home,” Ada Brill said."
    assert single_pairs(nested, 0, len(nested)) == []


def only_quote(quotes: list[Quote], words: str) -> Quote:
    hits = [q for q in quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]
