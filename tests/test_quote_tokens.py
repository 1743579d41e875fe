"""A range's tokens read from the whole text's (digest.quotes.lexer.TextTokens).

The quote finder tokenises an article once and hands each sentence, and the
words between its quotations, a slice of those tokens; the slice must be what
tokenising the range alone gives, at every range, or a quote could change.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.quotes.lexer import TextTokens, _paragraphs, _quotation_spans, _sentences
from digest.quotes.speakers import tokenize

ARTICLE = (
    "Harbour chief Ana M. Lind said on Tuesday the port would close.\n"
    '"We will sail," Lind said. "They know it."\n'
    "The vote went to Group C.\n"
    "Sen. Tobias Wren, a Democrat, told the U.S.Coast Guard about the bar.Police came.\n"
    "Ms. Ruiz's well-known dog-walker said: “I’m done” — and left at 8 p.m. Friday J.\n"
    "R. Ortiz"
)


def _ranges_of_sentences(text: str) -> list[tuple[int, int]]:
    ranges = []
    for start, end in _paragraphs(text):
        ranges += _sentences(text, start, end, _quotation_spans(text, start, end))
    return ranges


def test_every_sentence_reads_the_tokens_it_would_have_alone():
    tokens = TextTokens(ARTICLE)
    ranges = _ranges_of_sentences(ARTICLE)
    assert len(ranges) >= 8
    for start, end in ranges:
        assert tokens.between(start, end) == tokenize(ARTICLE[start:end], start)


def test_an_initial_closing_a_range_is_two_tokens_there():
    """ "C." before a new line and a capital is one token in the whole text (an
    initial), but "C" and "." in a range that ends with it."""
    text = "The vote went to Group C.\nThe port closed."
    end = text.index("\n")
    assert ("C.", end - 2, end) in TextTokens(text).tokens
    assert TextTokens(text).between(0, end)[-2:] == [("C", end - 2, end - 1), (".", end - 1, end)]


def test_a_range_cutting_a_word_is_tokenised_alone():
    tokens = TextTokens("Harbour master Lindqvist spoke.")
    assert tokens.between(3, 14) == [("bour", 3, 7), ("master", 8, 14)]
    assert tokens.between(8, 17) == [("master", 8, 14), ("Li", 15, 17)]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(ARTICLE)), st.integers(0, len(ARTICLE)))
def test_any_range_reads_the_tokens_it_would_have_alone(a, b):
    start, end = min(a, b), max(a, b)
    assert TextTokens(ARTICLE).between(start, end) == tokenize(ARTICLE[start:end], start)
