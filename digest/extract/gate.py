"""A quick test before a case-insensitive pattern: the words every match of it holds.

`\\bview full caption\\b` can only match a text that holds "view full caption"
in some case. Looking for that word in a lower-cased copy of the text is a fast
substring search; trying the pattern at every position of the text, as the
regular-expression engine does under IGNORECASE, is not: it was most of the
time spent on the furniture patterns of `digest.extract.boilerplate`, whose
texts rarely hold any of their words. The words are read off each pattern's
own parse tree, so the patterns stay the only data; a pattern whose matches
need no such word is always tried.

A text passes the gate whenever the pattern could match it: the gate may let
through a text the pattern then rejects, never the other way round. Under
IGNORECASE a few characters beyond ASCII match ASCII letters ("İ" and "ı" an
"i", "ſ" an "s", the Kelvin sign a "k"); `fold` turns them into those letters
(tests/test_gate.py checks the list against the engine itself, character by
character).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

# The engine's own parser (a module of the standard library's `re` package, there
# since Python 3.11): what each item of a pattern is.
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

Words = frozenset[str]

# Characters outside ASCII that IGNORECASE matches with an ASCII letter, and that
# lower-casing alone does not turn into that letter.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_UNFOLDED = re.compile("[İıſ]")


def fold(text: str) -> str:
    """The text lower-cased, with every character IGNORECASE takes for an ASCII
    letter written as that letter (the Kelvin sign lower-cases to "k" already)."""
    if not text.isascii() and _UNFOLDED.search(text):
        text = text.translate(_FOLD)
    return text.lower()


def needed_words(pattern: re.Pattern[str]) -> Words | None:
    """Lower-case words one of which every match of `pattern` holds, in any case;
    None when the pattern can match without any (or cannot be read)."""
    try:
        tree = sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return None
    return _sequence_needs(list(tree))


def passes(folded: str, words: Words | None) -> bool:
    """Whether a text (`fold`ed) holds one of `words`: whether the pattern may match it."""
    if words is None:
        return True
    if len(words) <= FEW_WORDS:
        return any(word in folded for word in words)
    return _any_word(words).search(folded) is not None


FEW_WORDS = 8  # words looked for one by one; more are looked for at once (_any_word)


@cache
def _any_word(words: Words) -> re.Pattern[str]:
    """A pattern matching any of `words` where it stands (any_of): one pass over the
    text, a quarter of the time of a pass for each of a hundred words."""
    return re.compile(any_of(words))


def any_of(words: Iterable[str]) -> str:
    """A pattern matching any of `words`, the longest where several begin alike, written
    as a tree of their shared beginnings ("sha(?:r(?:e|ing))"): the engine tries one
    branch per character where an alternation of the words tries every word."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    """The pattern of a tree of beginnings (_any_word)."""
    alternatives = [re.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


class Gated:
    """A compiled pattern and the words its matches need: searched only in texts holding one."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = needed_words(pattern)

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        """`pattern.search(text)`, given `fold(text)`."""
        return self.pattern.search(text) if passes(folded, self.words) else None


class AnyOf:
    """Patterns tried in turn, each gated by its words. A text holding none of the words
    of any of them is not tried at all: one pass over all the words is quicker than a
    pass per pattern, and most texts hold none. A text holding some is tried with the
    patterns that need one of the words it holds (`needing`): the words are looked for
    once, where asking each pattern's gate looked for a word that several patterns need
    once per pattern (a third of the furniture phrases' time). A pattern that needs
    no word (its words in a script with capitals other than the Latin one) is tried on
    every text, apart, and leaves the others gated."""

    __slots__ = ("gated", "needing", "ungated", "words")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        every = [Gated(pattern) for pattern in patterns]
        self.gated = tuple(gated for gated in every if gated.words is not None)
        self.ungated = tuple(gated.pattern for gated in every if gated.words is None)
        self.words = _union(gated.words for gated in self.gated)
        # each word, and the patterns (their places in `gated`) whose matches may hold it
        self.needing: dict[str, tuple[int, ...]] = {
            word: tuple(at for at, gated in enumerate(self.gated) if word in (gated.words or ()))
            for word in sorted(self.words or ())
        }

    def found_in(self, text: str, folded: str) -> bool:
        """Whether any of the patterns matches `text`, given `fold(text)`."""
        if any(pattern.search(text) for pattern in self.ungated):
            return True
        if not passes(folded, self.words):
            return False
        held = {at for word, ats in self.needing.items() if word in folded for at in ats}
        return any(self.gated[at].pattern.search(text) for at in sorted(held))


def _sequence_needs(items: Sequence[tuple[Any, Any]]) -> Words | None:
    """A sequence matches only if each of its items does: any item's words will do,
    and the most telling are taken (`_better`). A run of literal characters is one word."""
    found: list[Words] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre_constants.LITERAL and _plain(chr(arg)):
            run.append(chr(arg))
            continue
        if run:
            found.append(frozenset({"".join(run).lower()}))
            run = []
        inner = _item_needs(op, arg)
        if inner is not None:
            found.append(inner)
    if run:
        found.append(frozenset({"".join(run).lower()}))
    return max(found, key=_better, default=None)


def _plain(char: str) -> bool:
    """A character `fold` turns into the pattern's (lower-cased) one wherever IGNORECASE
    matches it: an ASCII one, or one without case ("©", "–"), which matches itself only."""
    return char.isascii() or char.lower() == char == char.upper()


def _item_needs(op: Any, arg: Any) -> Words | None:
    """The words a group, a repeat of at least once or an alternation needs; None for
    any other item (a class, an anchor, a lookaround), which needs no word."""
    if op is sre_constants.SUBPATTERN:
        return _sequence_needs(list(arg[3]))
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence_needs(list(arg))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        return _sequence_needs(list(arg[2])) if arg[0] >= 1 else None
    if op is sre_constants.BRANCH:
        return _union([_sequence_needs(list(branch)) for branch in arg[1]])
    return None


def _union(alternatives: Iterable[Words | None]) -> Words | None:
    """An alternation needs one of its branches' words, and none if one branch needs none."""
    every: set[str] = set()
    for words in alternatives:
        if words is None:
            return None
        every |= words
    return frozenset(every)


def _better(words: Words) -> tuple[int, int]:
    """Longer shortest word first (rarer in text), then fewer words (fewer searches)."""
    return min(map(len, words)), -len(words)
