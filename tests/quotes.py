"""Finding one quote of an invented text by its words, for the attribution tests."""

from __future__ import annotations

from digest.models import Quote
from digest.quotes import extract_quotes


def quote_with(text: str, words: str) -> Quote:
    """The first quote whose text holds `words` (the test fails, listing the quotes, if none does)."""
    quotes = extract_quotes(text)
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the first quote whose text holds `words`."""
    return quote_with(text, words).speaker


def assert_sole_quotes(cases: dict[str, str]) -> None:
    """Each text of `cases` holds exactly one quote, whose text is the value."""
    for text, content in cases.items():
        assert [q.text for q in extract_quotes(text)] == [content], text
