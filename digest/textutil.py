"""Small text helpers shared by several stages (sentence split, match keys)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, with the quote finder's splitter.

    One splitter for the whole project (digest.quotes.lexer.split_sentences):
    the comparison, the lead and the quotes must agree on where a sentence
    ends. Imported on first use: digest.quotes imports this module when loaded.
    """
    from digest.quotes.lexer import split_sentences as split

    return split(paragraph)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (Unicode letters and digits)."""
    return [w.casefold() for w in _WORD.findall(text)]


def match_key(text: str) -> str:
    """A key under which two renderings of one sentence compare equal.

    Outlets change quotation marks, apostrophes, dashes, spelling of a few
    words (defence/defense) and spacing; the key drops all of that.
    """
    text = unicodedata.normalize("NFKC", text)
    tokens = words(text)
    return " ".join(_SPELLING.get(t, t) for t in tokens)


_SPELLING = {
    "defence": "defense",
    "organisation": "organization",
    "organisations": "organizations",
    "criticised": "criticized",
    "recognised": "recognized",
    "programme": "program",
    "centre": "center",
    "labour": "labor",
}
