"""Bylines that do not read as a person's name, counted by their shape alone.

No corpus labels who wrote its pages beside the furniture, so the check is a rule
about what a person's byline looks like, kept apart from the extractor's own word
lists (digest/extract/data/text_metadata.yml) so that it can disagree with them.
A byline name counts as a non-person when any of these holds:

- it is one word: an account ("admin"), a site ("Vortex"), a label ("Текст"),
  or a first name alone; an acronym of two to five capitals (an agency: "AFP")
  and a name in Chinese, Japanese or Korean script (written without spaces) pass;
- it has more than five words (a phrase, a flattened row of links);
- a word starts with a lower-case letter and is no name particle ("van", "de",
  "bin"): "Moritz Bachmann publiziert am", "Jane Doe http";
- a word holds a digit or a sign no name has ("@", "/", ":", "_", a dot inside
  a word as in "ebb.org": initials such as "M." or "J.R." pass);
- it is the start of the outlet's name ("Acme Insider" on "Acme Insider Berlin"; the
  whole name passes: a personal site is named after its author).

What the rule cannot see: a company with a person-shaped name ("Condé Nast"),
a label followed by a name ("Text Jane Doe"), a web address turned into two
capitalised words ("Ebb Org").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from digest.datafiles import DataFile

_DATA = DataFile.read(Path(__file__).parent / "data" / "bylines.yml")
MAX_NAME_WORDS = 5
_PARTICLES = frozenset(_DATA.words("name_particles"))
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NO_NAME_SIGN = re.compile(r"[\d@/:_]|\w\.\w{2,}")


def is_non_person(name: str, outlet: str | None = None) -> bool:
    """Whether a byline name breaks the shape of a person's name (see the module)."""
    words = name.split()
    if not words:
        return True
    if _CJK.search(name):
        return False
    if len(words) == 1:
        return not _ACRONYM.match(name)
    if len(words) > MAX_NAME_WORDS:
        return True
    for word in words:
        if word[:1].islower() and word.casefold() not in _PARTICLES:
            return True
        if _NO_NAME_SIGN.search(word):
            return True
    if outlet:
        folded, site = " ".join(name.casefold().split()), " ".join(outlet.casefold().split())
        if site.startswith(folded + " "):
            return True
    return False


def non_person_bylines(
    bylines: Sequence[Sequence[str]], outlets: Sequence[str | None]
) -> list[tuple[int, str]]:
    """(document position, name) of every byline name that reads as no person."""
    return [
        (i, name)
        for i, (names, outlet) in enumerate(zip(bylines, outlets, strict=True))
        for name in names
        if is_non_person(name, outlet)
    ]
