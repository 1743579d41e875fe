"""Speaker rules of the trust round: each on an invented text, what it gives and refuses."""

from __future__ import annotations

from digest.quotes import extract_quotes


def _speaker_of(text: str, words: str) -> str | None:
    """The speaker of the one quote whose text holds `words` (the test fails if none does)."""
    found = [q for q in extract_quotes(text) if words in q.text]
    assert found, [q.text for q in extract_quotes(text)]
    return found[0].speaker


def test_one_word_opener_then_a_name_with_an_appositive_makes_the_name_the_subject():
    text = (
        'Tom Becker, the harbour master, spoke first. "We will open the gates," Becker said.\n\n'
        "Critics of the plan say the water is too shallow. Recently, Owen Tarrant, the "
        "ferry captain who runs the night crossing, was asked about the gates. "
        '"They will flood the lower town," he said.'
    )
    assert _speaker_of(text, "flood the lower town") == "Owen Tarrant"
