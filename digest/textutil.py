"""Small text helpers shared by several stages (sentence split, match keys)."""

from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Co|Corp|Ltd|"
    r"U\.S|U\.K|U\.N|No|Vol|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$"
)
_WORD = re.compile(r"\w+", re.UNICODE)


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without breaking at common abbreviations."""
    pieces = _SENTENCE_END.split(paragraph.strip())
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _ABBREVIATIONS.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


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
