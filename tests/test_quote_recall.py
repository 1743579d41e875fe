"""Quote spans the regex floor found and the finder missed (issue 16), one rule each.

Every sentence here is invented. Each test names a writing convention of
news copy: marks that slip between straight and typographic inside one
paragraph, a paragraph opened by a reversed mark, and a mixed quote followed
by the speaker's own action rather than more reported content.
"""

from __future__ import annotations

import pytest

from digest.quotes import extract_quotes
from digest.quotes.lexer import _quotation_spans


def _texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def _spans(paragraph: str) -> list[str]:
    return [paragraph[s.start : s.end] for s in _quotation_spans(paragraph, 0, len(paragraph))]


def test_straight_mark_closing_a_typographic_quotation_ends_it():
    paragraph = (
        '“The levy is a disaster for our towns," said Senator Dana Krill. "Nobody asked us.”'
    )
    assert _spans(paragraph) == ["The levy is a disaster for our towns,", "Nobody asked us."]


def test_straight_marks_nested_in_a_typographic_quotation_stay_inside():
    paragraph = '“He called the levy "a joke," and left the room,” said Dana Krill.'
    assert _spans(paragraph) == ['He called the levy "a joke," and left the room,']


def test_slipped_marks_give_one_quote_without_the_attribution_and_with_its_speaker():
    text = (
        "The council met on Monday.\n\n"
        '“The levy is a disaster for our towns," said Senator Dana Krill.'
        ' "Nobody asked the mayors about it.”'
    )
    (quote,) = extract_quotes(text)
    assert quote.text == "The levy is a disaster for our towns. Nobody asked the mayors about it."
    assert quote.speaker == "Dana Krill"


def test_reversed_mark_opening_a_paragraph_opens_a_quotation():
    text = (
        "Mayor Ola Brenn spoke to the council.\n\n"
        "” … the levy is a disaster for our towns,” she said. “Nobody asked us.”"
    )
    (quote,) = extract_quotes(text)
    assert quote.text.startswith("… the levy is a disaster")
    assert quote.speaker == "Ola Brenn"


def test_reversed_mark_inside_a_paragraph_is_still_stray():
    assert _spans("The word ” was left in by mistake, the editor said.") == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "left_out"),
    [
        (
            "Brenn mocked Krill for calling himself the “king of debt,” noting that the levy"
            " would double.",
            "“king of debt,”",
            "noting",
        ),
        (
            "Brenn told a crowd that the council “does not treat us properly” before floating"
            " the idea of a new levy.",
            "“does not treat us properly”",
            "floating",
        ),
        (
            "Brenn said the harbour plan was “a waste of money,” while urging the council to wait.",
            "“a waste of money,”",
            "urging",
        ),
    ],
)
def test_mixed_quote_stops_before_the_speakers_own_action(sentence, fragment, left_out):
    (text,) = [t for t in _texts(sentence) if fragment in t]
    assert text.endswith(fragment)
    assert left_out not in text


def test_mixed_quote_keeps_a_prepositional_ing_word():
    sentence = (
        "Brenn said the council had “failed the town,” including the schools and the libraries."
    )
    (text,) = _texts(sentence)
    assert text.endswith("the libraries")


@pytest.mark.parametrize(
    "text",
    [
        "“The levy will pass, whatever they say,” Krill said on the radio, adding, “Nobody can"
        " stop it now.”",
        "“The levy will pass, whatever they say,” Krill said on Monday, and then added:"
        " “Nobody can stop it now.”",
    ],
)
def test_a_second_cue_starts_a_second_quote_of_the_same_speaker(text):
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "The levy will pass, whatever they say",
        "Nobody can stop it now.",
    ]
    assert {q.speaker for q in quotes} == {"Krill"}


@pytest.mark.parametrize(
    "text",
    [
        "“The levy will pass,” Krill said. “Nobody can stop it now.”",
        "“The levy will pass,” Krill said, “and nobody can stop it now.”",
    ],
)
def test_one_cue_between_two_quotations_keeps_one_quote(text):
    (quote,) = extract_quotes(text)
    assert "levy" in quote.text and "Nobody" in quote.text.replace("nobody", "Nobody")


def test_opening_mark_after_a_word_closes_a_typographic_quotation():
    assert _spans("“Apparently not,“ Krill said. “The harbour stays shut.”") == [
        "Apparently not,",
        "The harbour stays shut.",
    ]
    (quote,) = extract_quotes("“We will win this fight for the harbour,“ Krill said.")
    assert quote.text == "We will win this fight for the harbour"
    assert quote.speaker == "Krill"


def test_quoted_words_view_cuts_a_mixed_gold_quote_to_its_quoted_words():
    from digest.evaluate.quotes import quoted_words

    mixed = {"quote": 'that the levy was "a disgrace" and "far too high"', "type": "mixed"}
    direct = {"quote": '"The levy will pass,"', "type": "direct"}
    assert quoted_words(mixed)["quote"] == "a disgrace far too high"
    assert quoted_words(direct) is direct
    assert quoted_words({"quote": "that the levy was high", "type": "mixed"})["quote"] == (
        "that the levy was high"
    )


def test_eval_quotes_scores_under_either_gold_view(tmp_path, capsys):
    import json

    from digest.evaluate.quotes import main

    text = (
        "Harbour works\n\n"
        "Lena Ortiz said on Monday that the long delays at the harbour bridge were now"
        ' "a disgrace for the town" and that the contractor had to pay.'
    )
    gold = [
        {
            "quote": 'that the long delays at the harbour bridge were now "a disgrace for the town"'
            " and that the contractor had to pay",
            "speaker": "Lena Ortiz",
            "type": "mixed",
        }
    ]
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "doc", "text": text, "quotes": gold}))
    assert main([str(docs)]) == 0
    labelled = capsys.readouterr().out
    assert main([str(docs), "--gold-view", "quoted-words"]) == 0
    quoted = capsys.readouterr().out
    assert "gold view quoted-words" in quoted
    # the clause matches the labelled clause; the quoted words alone match the cut-down gold
    assert "quote      P 1.000  R 1.000" in labelled
    assert "quote      P 0.000  R 0.000" in quoted
    assert "regex baseline (direct+mixed): quote F1 1.000" in quoted


def test_a_paragraph_that_is_one_quotation_goes_on_with_the_quote_before():
    text = (
        "Mayor Ana Ruiz opened the ferry terminal on Tuesday.\n\n"
        '"It took us ten years to get here," Ruiz said.\n\n'
        '"Every family in this town waited for this day, and now it has come."'
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "It took us ten years to get here. Every family in this town waited for "
            "this day, and now it has come.",
            "Ana Ruiz",
        )
    ]


def test_a_quotation_paragraph_after_another_speaker_sentence_stays_apart():
    text = (
        "Mayor Ana Ruiz and Tom Becker opened the ferry terminal on Tuesday.\n\n"
        '"It took us ten years to get here," Ruiz said. Becker did not agree.\n\n'
        '"We were ready for this five years ago, and the city knew it."'
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].text == "It took us ten years to get here"


def test_a_quoted_line_without_a_stop_is_no_continuation():
    text = (
        "Mayor Ana Ruiz opened the ferry terminal on Tuesday.\n\n"
        '"It took us ten years to get here," Ruiz said.\n\n'
        '"… the longest wait for a ferry terminal in the state"'
    )
    assert extract_quotes(text)[0].text == "It took us ten years to get here"
