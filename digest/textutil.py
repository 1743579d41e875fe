"""Small text helpers shared by several stages (sentence split, match keys)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)

# Story assembly asks for the same paragraph's sentences and the same text's key
# several times (the comparison, the lead, the quote merge): each is worked out
# once per process. A story's texts number in the tens, so a few thousand entries
# cover the largest story while bounding what a worker holds.
REMEMBERED = 4096


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, with the quote finder's splitter.

    One splitter for the whole project (digest.quotes.lexer.split_sentences):
    the comparison, the lead and the quotes must agree on where a sentence
    ends. Imported on first use: digest.quotes imports this module when loaded.
    """
    return list(_sentences(paragraph))


@lru_cache(maxsize=REMEMBERED)
def _sentences(paragraph: str) -> tuple[str, ...]:
    from digest.quotes.lexer import split_sentences as split

    return tuple(split(paragraph))


def words(text: str) -> list[str]:
    """Lower-cased word tokens (Unicode letters and digits)."""
    return [w.casefold() for w in _WORD.findall(text)]


@lru_cache(maxsize=REMEMBERED)
def match_key(text: str) -> str:
    """A key under which two renderings of one sentence compare equal.

    Outlets change quotation marks, apostrophes, dashes, spelling of a few
    words (defence/defense) and spacing; the key drops all of that. ASCII
    text is its own NFKC form, and lower-casing it gives the words `words`
    finds, case-folded: the common case skips both steps' per-word work.
    """
    if text.isascii():
        tokens = _WORD.findall(text.lower())
    else:
        tokens = words(unicodedata.normalize("NFKC", text))
    if _SPELLING.keys().isdisjoint(tokens):  # most texts: no word to respell
        return " ".join(tokens)
    return " ".join([_SPELLING.get(t, t) for t in tokens])


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
