"""Small text helpers shared by several stages (sentence split, match keys)."""

from __future__ import annotations

import re
import unicodedata

# A sentence ends at . ! or ? (with any closing marks) before a space and a
# capital or digit, or, in copy that lost its spaces ("the bar.Police said"),
# right after a lower-case word and before a capitalised one.
_SENTENCE_END = re.compile(
    r"""(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])"""
    r"""|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"""
)
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Co|Corp|Ltd|"
    r"U\.S|U\.K|U\.N|No|Vol|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$"
)
_WORD = re.compile(r"\w+", re.UNICODE)
_OPENING = "“‘«"
_CLOSING = "”’»"


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences.

    No cut at a common abbreviation ("Mr. Rutte", "U.S. forces"), inside a
    quotation that closes in the paragraph (`"On it! Now." she said`), or
    between a quotation ending in ! or ? and its attribution (`"On it!" Ana
    Ruiz said.`); a cut where a full stop has no space after it ("the
    bar.Police said").
    """
    text = paragraph.strip()
    inside = _quoted_positions(text)
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        cut = m.end()
        end = m.start()
        if _ABBREVIATIONS.search(text[max(start, end - 8) : end]) or end in inside:
            continue
        closes_quote = m.group()[:1] in '"”' and text[end - 1 : end] in "!?"
        if closes_quote and _attribution_follows(text[cut : cut + 60]):
            continue
        sentences.append(text[start:cut].strip())
        start = cut
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _quoted_positions(text: str) -> set[int]:
    """Offsets strictly inside a quotation that opens and closes in `text`."""
    inside: set[int] = set()
    open_at = -1
    for i, ch in enumerate(text):
        if ch == '"':
            if open_at < 0:
                open_at = i
            else:
                inside.update(range(open_at + 1, i))
                open_at = -1
        elif ch in _OPENING[:1] and open_at < 0:
            open_at = i
        elif ch in _CLOSING[:1] and open_at >= 0:
            inside.update(range(open_at + 1, i))
            open_at = -1
    return inside


def _attribution_follows(head: str) -> bool:
    """`Ana Ruiz said.` / `he asked`: a speech verb within the next few words."""
    # Imported here: digest.quotes imports this module (match_key) when loaded.
    from digest.quotes.lexicon import _CUES  # speech, clause and quotation cues, built once

    return any(word in _CUES for word in _WORD.findall(head)[:4])


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
