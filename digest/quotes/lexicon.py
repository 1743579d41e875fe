"""The vocabulary of attribution: word lists read once from `data/*.txt`.

Each list is a plain text file beside the code (one or more words a line, `#`
starts a comment), so a reviewer can read and extend the vocabulary without
touching the grammar, and `digest.cache.code_version` sees an edited list as a
code change (it hashes the `data/` folder of every package it fingerprints).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    """The lines of `data/NAME.txt`, each without its comment (`#` to the line end)."""
    text = resources.files("digest.quotes").joinpath("data", f"{name}.txt").read_text("utf-8")
    return [line.partition("#")[0] for line in text.splitlines()]


@cache
def words(name: str) -> frozenset[str]:
    """The words of `data/NAME.txt` (whitespace-separated; `#` to the line end is a comment)."""
    return frozenset(w for line in _lines(name) for w in line.split())


@cache
def phrases(name: str) -> frozenset[str]:
    """The lines of `data/NAME.txt`, one phrase each (`#` starts a comment)."""
    return frozenset(s for line in _lines(name) if (s := line.strip()))


@cache
def pairs(name: str) -> dict[str, tuple[str, ...]]:
    """The `KEY: WORD WORD ...` lines of `data/NAME.txt` as a mapping (`#` starts a comment).

    A key on several lines gathers the words of all of them."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        key, sep, rest = line.partition(":")
        if sep:
            out[key.strip()] = out.get(key.strip(), ()) + tuple(rest.split())
    return out


_OPEN = '"“”„«'


_CLOSE = '"”“»'


# Attribution verbs. Those in _OBJECT_CUES take an addressee before the content
# ("told reporters that ..."). _CLAUSE_CUES introduce reported speech without
# quotation marks; the wider _CUES also attribute a quotation.
_CLAUSE_CUES = words("clause_cues")


_CUES = _CLAUSE_CUES | words("quotation_cues")
# Verbs that report speech only right after a quotation ('"...," his mother wept.').
_AFTER_QUOTE_CUES = words("after_quote_cues")


# Verbs that attribute only with their particle: "shot back", "went on".
_PHRASAL_CUES = {verb: particle for verb, (particle,) in pairs("phrasal_cues").items()}


_OBJECT_CUES = words("object_cues")


# Words that may stand between a subject and its cue ("Rutte also said").
_BETWEEN = words("between")


_INVERTING = words("inverting")


# Cues that report speech without "that" ("Rutte said China is ...").
_SAY = words("say")
# The plainest speech verbs ("said", "told", "added"): an attribution with one of these is
# the surest kind.
_SAY_CUES = words("say_cues")


_VERBISH = words("verbish")


_PREPOSITIONS = words("prepositions")


_NOT_SUBJECT = words("not_subject")


_DETERMINERS = words("determiners")


_BOUNDARY_WORDS = words("boundary_words")


_WEEKDAYS = words("weekdays")


_APPOSITIVE_OPENERS = words("appositive_openers")


_POSTMODIFIERS = words("postmodifiers")


_DEMONSTRATIVES = words("demonstratives")


_PHRASE_OPENERS = _DETERMINERS | words("phrase_openers")


_RELATIVES = words("relatives")


_NOUN_MARKERS = _DETERMINERS | words("noun_markers")


_INTRO = words("intro")


_POSSESSIVES = words("possessives")


_QUANTIFIERS = words("quantifiers")


# Lower-case words that may stand inside a title before a name.
_ROLE_WORDS = words("role_words")


# Nationality adjectives of one ("American", not "Americans").
_DEMONYM_ADJECTIVES = frozenset(w for w in words("demonyms") if not w.endswith("s"))


_SUBJECT_STOP = _BETWEEN | words("subject_stop")


_MONTHS = words("months")


# Words that end a determiner-phrase subject: verbs, time phrases ("The campaign
# on Monday said", "The senator sought to ...").
_PAST_TENSES = words("past_tenses")
_PHRASE_STOP = words("phrase_stop") | _PAST_TENSES


_TITLE_SMALL = words("title_small")


def title_cased(inner: str) -> bool:
    """Whether every content word of a phrase is capitalised ("The Medium Is the Message").

    Small words (articles, short prepositions) may stay lower case; a phrase
    ending like an exclamation or question reads as speech, not a name.
    """
    words_in = re.findall(r"[^\W\d_][\w'’]*", inner)
    content = [w for w in words_in if w.casefold() not in _TITLE_SMALL]
    return (
        bool(content) and all(w[:1].isupper() for w in content) and not inner.endswith(("!", "?"))
    )


_SUBORDINATORS = words("subordinators")


_CLAUSE_OPENERS = words("clause_openers")


_VERB_FORMS = words("verb_forms")


_CONJUNCTIONS = words("conjunctions")


# The word just before a full stop: letters, with dots inside ("e.g", "U.S", "Ph.D").
_LAST_WORD = re.compile(r"(?<![\w.])([A-Za-z](?:[A-Za-z]|\.(?=[A-Za-z]))*)\.$")
_ABBREVIATIONS = words("abbreviations")


def closes_abbreviation(before: str) -> bool:
    """Whether the full stop ending `before` closes an abbreviation, not a sentence:
    a listed short form (data/abbreviations.txt), a capital initial ("J."), or
    dotted capitals ("U.S.", "Ph.D.")."""
    match = _LAST_WORD.search(before)
    if match is None:
        return False
    word = match.group(1)
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    return "." in word and word[:1].isupper() and all(len(p) <= 2 for p in word.split("."))
