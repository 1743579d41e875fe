"""Whether a speaker string is a resolved human name, and which names are one person.

The per-document speaker finder marks a speaker "person" from what the text
around it says (a first name, a personal title, the subject of "said"). That is
evidence about a mention, not about the string a reader will see under a key
quote or as the title of a people page. `is_human_name` is the check on the
string itself, applied once a story's quotes are merged: a group noun
("Neighbors"), a contraction ("We're"), an organisation, publication or
product ("Port Ellery Chronicle" cut to "Ellery Chronicle", "Vortex X7",
"Peru Cement"), an address fragment ("Avenue K. Marlow") or a nationality
("Americans") is never a person, whatever the document's cast said.

`name_key` lets spellings of one name meet ("T.J. Smith" / "TJ Smith"), and
`short_name_target` maps a short form ("Okafor", "Ines") to the one full name
of the story it can stand for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from digest.quotes.lexicon import phrases, words
from digest.quotes.speakers import _NOT_PERSON_NAME, first_names, is_name_word

_GROUP_WORDS = words("group_words") | words("group_nouns") | words("demonyms")
_STREET_WORDS = words("street_words")
_ORG_OPENERS = words("org_openers")
_PLACES = phrases("places")
_DEMONYMS = words("demonyms")

# "We're", "He'd", "I'll", "They've", "I'm", "Don't": a clause, not a name.
_CONTRACTION = re.compile(r"\w['’](?:re|d|ll|ve|m|t|s)\Z", re.IGNORECASE)
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al"}
)


def is_human_name(name: str | None) -> bool:
    """Whether `name`, as shown, can be a person's name.

    One to five capitalised words (name particles such as "van" aside); none
    a contraction or a possessive, none holding a digit, none an all-capital
    acronym of three or more letters ("PEPD", "KLMR"; initials such as "TJ"
    pass); no word of organisations, publications or products; not a group
    noun or nationality ("Neighbors", "Americans"); not opening with an
    address word ("Avenue"), an organisation opener ("Big") or a place
    ("Peru Cement"), unless that word is also a common first name
    ("Jordan Smith"). A lone word passes these rules too: whether a surname
    alone is enough (a personal title in the text) is for the speaker finder.
    """
    if not name:
        return False
    parts = name.split()
    if not 1 <= len(parts) <= 5:
        return False
    for position, word in enumerate(parts):
        low = word.casefold().strip(".")
        if position and low in _PARTICLES:
            continue
        if not is_name_word(word) or _CONTRACTION.search(word):
            return False
        if any(c.isdigit() for c in word):
            return False
        if word.isupper() and len(word.strip(".")) >= 3 and "." not in word:
            return False
        if low in _NOT_PERSON_NAME:
            return False
    first = parts[0].casefold().strip(".")
    if len(parts) == 1 and first in _GROUP_WORDS:
        return False
    if first in first_names():
        return True
    if first in _STREET_WORDS or first in _ORG_OPENERS or first in _DEMONYMS:
        return False
    return not (name in _PLACES or parts[0] in _PLACES)


def name_key(name: str) -> str:
    """A comparison key under which spellings of one name meet.

    Case, full stops and the spaces between initials are ignored: "T.J.
    Smith", "TJ Smith" and "T. J. Smith" share the key "tj smith".
    """
    parts = name.replace("’", "'").split()
    out: list[str] = []
    for part in parts:
        bare = part.replace(".", "")
        initials = (len(bare) <= 2 and bare.isupper()) or re.fullmatch(r"(?:[A-Z]\.)+", part)
        if initials and out and out[-1].endswith("\0"):
            out[-1] = out[-1][:-1] + bare.casefold() + "\0"
        elif initials:
            out.append(bare.casefold() + "\0")
        else:
            out.append(bare.casefold())
    return " ".join(p.rstrip("\0") for p in out)


def short_name_target(short: str, full_names: Iterable[str]) -> str | None:
    """The one full name a short form stands for, or None.

    A one-word speaker ("Okafor", "Ines") stands for a full name of the same
    story whose surname or given name it is, when exactly one full name
    (counting spellings of one name once) matches; two matches ("Jim Harrow",
    "Trish Harrow") leave it as it is. A longer speaker ("Owen Tarrant")
    stands for a full name with the same first and last word and more in
    between ("Owen Paul Tarrant"), again only when that is unambiguous.
    """
    parts = short.split()
    if not parts:
        return None
    matches: dict[str, str] = {}
    for full in full_names:
        words_ = full.split()
        if len(words_) <= len(parts) or name_key(full) == name_key(short):
            continue
        if len(parts) == 1:
            hit = parts[0] in (words_[0], words_[-1])
        else:
            hit = (
                parts[0] == words_[0]
                and parts[-1] == words_[-1]
                and all(p in words_ for p in parts[1:-1])
            )
        if hit:
            matches.setdefault(name_key(full), full)
    if len(matches) != 1:
        return None
    return next(iter(matches.values()))
