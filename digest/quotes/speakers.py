"""Who is speaking: people named in a document, and speaker mentions resolved to them.

News writing introduces a person once by full name, usually with a title or an
appositive ("NATO Secretary General Mark Rutte", "James Acton, a physicist"),
and afterwards uses the surname, a pronoun or a description ("Rutte", "he",
"the NATO chief"). `Cast` collects the introductions of one document so that a
later mention can be mapped back to the full name a reader would understand.
Everything here is rules over tokens (no statistical model ships for this
offline), and a mention that cannot be tied to a named person stays a
description or becomes None, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources, util
from itertools import islice, pairwise, takewhile
from pathlib import Path

from digest.models import SpeakerKind
from digest.quotes.lexicon import (
    _CLOSE,
    _CUES,
    _PREPOSITIONS,
    _VERBISH,
    closes_abbreviation,
    pairs,
    phrases,
    words,
)

# Tokens: abbreviations with their period (titles, initials, U.S.), words with
# inner apostrophes/hyphens, or one other character. Linear, no backtracking.
# The three abbreviation forms all begin with a capital: the lookahead skips them
# at once elsewhere (tokenising is a fifth of the quote finder's time).
# lexer.TextTokens reads a range's tokens out of the whole text's and relies on the
# pattern's only look-ahead being the initial's (`_edge_differs`): change both together.
TOKEN = re.compile(
    r"(?=[A-Z])(?:"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Cpl|Pvt|Det|Capt|Prof|Rev|Fr|Msgr|Adm|Maj|Cmdr"
    r"|Pres|Sens|Reps|Hon|Supt|Insp|Cllr)\."
    r"|(?:[A-Z]\.){2,}"
    r"|[A-Z](?:\.[A-Z])+(?=\s+[A-Z][a-z])"  # initials without their last stop: "C.C Walton"
    r"|[A-Z]\.(?=\s+[A-Z])"
    r")"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+\.\d+(?![\d.])"  # "1,400", "3.5": one number
    r"|\w+(?:['’\-]\w+)*"
    r"|\S"
)


PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}


OTHER_PRONOUNS = {"they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those"}


def initials(word: str) -> bool:
    """A body's initials written like a pronoun ("WHO", "US"), not the pronoun: capitals
    only, two letters or more, and no personal pronoun ("HE" of a headline in capitals)."""
    return len(word) > 1 and word.isupper() and word.casefold() not in _PERSONAL


_PERSONAL = frozenset(PRONOUNS) | {"they", "it", "we", "i", "you"}


# Capitalised words that open sentences or headlines but never names.
NOT_NAME = _NOT_NAME = words("not_name")


# Words that make a capitalised run an office, organisation or place, not a person.
_TITLE_WORDS = words("title_words")


_ORG_WORDS = words("org_words") | words("group_nouns")


# Words that make a name an organisation's or a street's ("Mount Sinai
# Hospital", "South Francisco Avenue"), whatever first name it starts with.
_NOT_PERSON_NAME = words("not_person_name")


# Female first names common in English-language news: lets "she" skip past men.
_FEMALE_FIRST = words("female_first")


_ROLE_SYNONYMS = {head: set(words) for head, words in pairs("role_synonyms").items()}


_PERSON_TITLES = words("person_titles")
_SHORT_HONORIFICS = words("short_honorifics")


# Head nouns of descriptions that can stand for a person introduced by name.
_ROLE_HEADS = (_TITLE_WORDS | _PERSON_TITLES | set(_ROLE_SYNONYMS) | words("role_heads")) - words(
    "role_heads_not"
)


def load_name_lists() -> None:
    """Read the first-name lists now rather than on first use.

    A process about to start worker processes that use them (the byline reader,
    the quote finder) reads them once, and the workers, forked from it, start
    with them: each worker read them again, 0.2-0.3 s of CPU apiece."""
    first_names()
    world_first_names()


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name -> "m" or "f", from the US Census lists shipped in the `names` package.

    A run of capitalised words that starts with a known first name is a person
    ("North Korea" is not); the list also lets "she" skip past men.
    """
    return {name: g for name, (g, _) in _census_first_names().items()}


@lru_cache(maxsize=1)
def _census_first_names() -> dict[str, tuple[str, bool]]:
    """First name -> (the more frequent gender, whether the other gender also uses it).

    "Also uses it" means at least a twentieth as often ("Lindsey", "Terry"; not
    the odd "David" the female list carries).
    """
    return {name: (g, both) for name, (g, both, _) in _census_counts().items()}


@lru_cache(maxsize=1)
def _census_counts() -> dict[str, tuple[str, bool, bool]]:
    """First name -> (the more frequent gender, whether the other also uses it, whether
    the name is rare in the lists: under `_RARE_NAME` per cent of people)."""
    genders: dict[str, tuple[float, str]] = {}
    freqs: dict[tuple[str, str], float] = {}
    try:
        root = resources.files("names")
        for filename, gender in (("dist.male.first", "m"), ("dist.female.first", "f")):
            for line in (root / filename).read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    freq = float(parts[1])
                    name = parts[0].casefold()
                    freqs[(name, gender)] = max(freq, freqs.get((name, gender), 0.0))
                    if name not in genders or genders[name][0] < freq:
                        genders[name] = (freq, gender)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return {}
    both = {
        name
        for name, (freq, g) in genders.items()
        if freqs.get((name, "f" if g == "m" else "m"), 0.0) >= freq / 20
    }
    return {name: (g, name in both, freq < _RARE_NAME) for name, (freq, g) in genders.items()}


# A name this rare in the census lists (per cent of people) may be another country's
# name of the other gender ("Gwyn", a Welsh man's name, is a rare American woman's).
_RARE_NAME = 0.005


# A first name of the world-wide counts gives a gender when at least this many
# people bear it and at least this share of them are of one gender.
_WORLD_NAME_PEOPLE = 200
_WORLD_NAME_SHARE = 0.95
_WORLD_NAME_ROW = re.compile(rb'"([a-z]+)": \[\d+, (\d{3,}), ([01](?:\.\d+)?(?:e-\d+)?)[,\]]')


@lru_cache(maxsize=1)
def world_first_names() -> dict[str, str]:
    """First name -> "m" or "f" for names the US census lists miss ("Tomasz",
    "Philippa", "Eleni", "Kieran"), from the `nomquamgender` package's counts of
    names and genders gathered from many countries' records.

    Only names clear enough to tell a man from a woman (the two limits above):
    they give a pronoun's gender, and a name registered in the cast that starts
    with one is a person ("Tomasz Wrobel", as "Mark Rutte"); the other tests
    of a capitalised word keep to the census lists. The package's data file is
    read with a pattern rather than through its module, which imports pandas
    and parses all of its 720,000 rows (a second and a half against a tenth).
    """
    spec = util.find_spec("nomquamgender")
    if spec is None or spec.origin is None:
        return {}
    try:
        data = (Path(spec.origin).parent / "name_data.json").read_bytes()
    except OSError:
        return {}
    genders: dict[str, str] = {}
    for row in _WORLD_NAME_ROW.finditer(data):
        if int(row.group(2)) < _WORLD_NAME_PEOPLE:
            continue
        share_female = float(row.group(3))
        if _WORLD_NAME_SHARE > share_female > 1 - _WORLD_NAME_SHARE:
            continue
        genders[row.group(1).decode()] = "f" if share_female >= _WORLD_NAME_SHARE else "m"
    return genders


# Letters no Unicode decomposition turns into plain ones.
_UNDECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
    }
)


# The first parts of joined given names that say the name's gender.
_COMPOUND_OPENERS = {
    word: gender for gender, words in pairs("compound_name_openers").items() for word in words
}


@lru_cache(maxsize=1 << 14)
def first_name_gender(first: str) -> str | None:
    """ "m" or "f" when the first name says so: this project's short list of women's
    names, the US census lists, then the world-wide counts; for a name of two
    joined parts, what its parts say."""
    low = first.casefold()
    if "-" in low:
        opener = _COMPOUND_OPENERS.get(low.split("-", 1)[0])
        if opener:
            return opener  # "Jean-Marie", "Marie-Claude": the first part says it
        # "Marie-Ève", "Jean-François": the parts the lists know, when they agree
        known = {g for part in low.split("-") if part and (g := first_name_gender(part))}
        return known.pop() if len(known) == 1 else None
    if low in _FEMALE_FIRST:
        return "f"
    found = first_names().get(low)
    if found is None:
        found = world_first_names().get(plain_letters(low))
    return found


def plain_letters(low: str) -> str:
    """A lower-case word in plain letters, as the name counts write it: "josé" as
    "jose", "bjørn" as "bjorn"."""
    plain = unicodedata.normalize("NFKD", low.translate(_UNDECOMPOSED))
    return plain.encode("ascii", "ignore").decode()


def tokenize(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(token, start, end) triples; offsets shifted by `offset`."""
    tokens = [(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN.finditer(text)]
    return _saints_joined(tokens) if "St." in text else tokens


def _saints_joined(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "St." one token when a first name follows it: a surname or a place named after
    a saint ("Alima St. Clair", "Jean St. Pierre", "St. Paul"); before any other word
    it is a street that ends its sentence ("on Main St. Police said")."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(tokens):
        tok, start, end = tokens[k]
        if (
            tok == "St"
            and k + 2 < len(tokens)
            and tokens[k + 1][0] == "."
            and tokens[k + 1][1] == end
            and tokens[k + 2][0].casefold() in first_names()
        ):
            out.append(("St.", start, tokens[k + 1][2]))
            k += 2
            continue
        out.append(tokens[k])
        k += 1
    return out


def token_words(text: str) -> list[str]:
    """The tokens of `tokenize(text)` without their offsets."""
    if "St." in text:
        return [token for token, _, _ in tokenize(text)]
    return TOKEN.findall(text)


_PARTICLE_LISTS = pairs("name_particles")
_PARTICLES = frozenset(_PARTICLE_LISTS["words"])
# The particles as a pattern's alternatives ("de|binti|van|..."), for a name in a pattern.
NAME_PARTICLES = "|".join(sorted(_PARTICLES))
_HYPHENED = "|".join(_PARTICLE_LISTS["hyphened"])
_CAPITAL_PARTICLES = frozenset(_PARTICLE_LISTS["capitalised"])
# Endings of nouns for people by role ("Backbencher", "Debutant", "Chairman", "Novelist")
_ROLE_NOUN_END = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman)$", re.IGNORECASE)
_HYPHEN_PARTICLE = re.compile(rf"(?:{_HYPHENED})-[A-Z]")
# A particle elided onto a surname: "d’Entremont", "dell'Orto", "l'Heureux"
_ELIDED_PARTICLE = re.compile(rf"(?:{'|'.join(_PARTICLE_LISTS['elided'])})['’][A-Z]")


def _joined_particle(word: str) -> bool:
    """A particle joined to a surname, by a hyphen ("al-Assad") or elided ("d’Entremont")."""
    return _HYPHEN_PARTICLE.match(word) is not None or _ELIDED_PARTICLE.match(word) is not None


def name_particle(word: str, following: str) -> bool:
    """A lower-case part of a personal name: a hyphenated one ("al-Assad"), or a
    listed word before a capitalised word or another particle ("de Blasio",
    "von der Leyen"; `data/name_particles.txt`)."""
    if word in _PARTICLES:
        return following[:1].isupper() or following in _PARTICLES
    return _joined_particle(word)


def _is_particle(word: str) -> bool:
    """A word that may stand inside a name in lower case, wherever it stands."""
    return word in _PARTICLES or _joined_particle(word)


def name_token(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token i can be a word of a capitalised name: a capital, or a particle."""
    word = tokens[i][0]
    if word[:1].isupper():
        return True
    if word not in _PARTICLES and "-" not in word and "'" not in word and "’" not in word:
        return False  # most words: the two tests above, no more (a hot loop)
    if word == "do" and auxiliary_do(tokens, i):
        return False
    return name_particle(word, tokens[i + 1][0] if i + 1 < len(tokens) else "")


def auxiliary_do(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether "do" at token i is the verb of a question ("Can Petra Lind do
    Wimbledon?", "What do Londoners want") rather than a Portuguese name's particle
    ("Unidos do Morro Alto"): the capitalised run before it opens with a question's
    word and the sentence ends with a question mark."""
    k = i
    while k > 0 and tokens[k - 1][0][:1].isupper():
        k -= 1
    if k == i or tokens[k][0].casefold() not in _QUESTION_OPENERS:
        return False
    # and the sentence ends as a question ("When Maria do Carmo Silva took office, ..."
    # is a name)
    end = next((t[0] for t in tokens[i:] if t[0] in {".", "!", "?"}), "")
    return end == "?"


_QUESTION_OPENERS = frozenset(
    {"can", "could", "will", "would", "did", "does", "should", "might", "must", "what", "why"}
    | {"how", "where", "when", "who"}
)


def name_in(words: list[str]) -> str | None:
    """The personal name inside a capitalised phrase, titles and offices dropped.

    "NATO Secretary General Mark Rutte" -> "Mark Rutte"; "Hillary Clinton" as is;
    a phrase that is only an office or an organisation -> None.
    """
    return _name_in(tuple(words))


@lru_cache(maxsize=1 << 16)
def _name_in(words: tuple[str, ...]) -> str | None:
    """`name_in`, cached: it depends on the words and the word lists only, and the same
    runs ("The", "He", "Mr Lind", a story's people) recur across a collection's texts
    (over the benchmark's 1,001 articles, 67,764 calls and 11,512 different runs)."""
    names = first_names()
    run: list[str] = []
    office = False  # right after "TITLE of": the portfolio's words come first
    for index, word in enumerate(words):
        low = word.casefold()
        if office and not run and low in _PORTFOLIOS:
            continue  # "Minister of Agriculture Tsegaye Wolde": the office's own words
        office = (
            low in {"of", "for"} and index > 0 and words[index - 1].casefold() in _PORTFOLIO_OFFICES
        )
        if run and word[:1].isupper() and words[index - 1].casefold() in _PATRONYMIC:
            run.append(word)  # "Aisha bint Said al-Hinai": the father's name, even a verb's form
            continue
        if run and low in _HEADLINE_CUES:
            break  # "Hillary Clinton Joked ...": a Title Case headline verb ends the name
        if word in _POST_NOMINALS and all(w in _POST_NOMINALS for w in words[index:]):
            break  # letters after a name ("Ana Ruiz KC"); before one, a title ("TD Ana Ruiz")
        if index == len(words) - 1 and _role_surname(low, words[index - 1] if index else "", run):
            run.append(word)  # "Msgr. Farmer", "Michael Farmer": a surname that is a role
            continue
        if (
            not run
            and low.endswith("ly")
            and low not in names
            and len(words) > 1
            and not (index > 0 and _titles_a_name(words[index - 1]))
        ):
            # "Ironically Harlow", "In Italy Ferrante": a sentence adverb or a place, not
            # a first name; right after a title ("Minister Kirrily Vranjes") a first name
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            name_particle(word, following)
            and (run or _HYPHEN_PARTICLE.match(word))
            and not low.endswith(("'s", "’s"))  # "Yasmin al-Haddad's Aleppo": hers
        ):
            run.append(word)  # "Bill de Blasio", "Bashar al-Assad", "al-Abadi said"
            continue
        if low in _WORD_SURNAMES and len(run) == 1 and _census_first(run[0], names):
            run.append(word)  # "Theresa May", "Mai Her": a surname that is also a word
            continue
        honorific = (
            low in _SHORT_HONORIFICS
            and not run
            and len(words) > index + 2
            and all(w[:1].isupper() for w in words[index + 1 : index + 3])
        )
        if (
            honorific
            or _titles_a_name(word)
            or low in _NOT_NAME
            or not word[:1].isupper()
            or low.endswith("'s")
            or low.endswith("’s")
        ):
            run = []
        else:
            run.append(word)
    while run and (run[0].casefold() in _NOT_NAME_START or sentence_opener(run[0])):
        run = run[1:]  # "Did Donald Trump", "Therefore Clinton": a sentence opener
    while len(run) >= 2 and run[0].casefold() in _GROUP_HEADS and run[0].casefold() not in names:
        run = run[1:]  # "Victims Chris and Frankie": a group noun before a first name
    if len(run) >= 2 and run[-1].casefold() in _GROUP_HEADS and run[0].casefold() not in names:
        return None  # "Gloucester Deputies": a group, not a person ("Ann Staff" is one)
    if len(run) >= 3 and _role_before_name(run[0], run[1]):
        run = run[1:]  # "Drummer Alex Poyle", "Marine John Tiegen": a role, then the name
    if len(run) >= 3 and not _census_first(run[0], names):
        later = next(
            (
                i
                for i in range(1, len(run) - 1)
                if run[i][:1].isupper()
                and _census_first(run[i], names)
                # "Sarra Ben Ammar": a particle after a given name; not after a role
                # noun ("Backbencher Ben Whitlock")
                and not (run[i] in _CAPITAL_PARTICLES and not _ROLE_NOUN_END.search(run[0]))
            ),
            None,
        )
        if later == 1 and (_world_first(run[0]) or family_first(run)):
            later = None  # "João Pedro dos Santos", "Dang Thi Hoa": the census lists miss
        if later is not None and run[later - 1].casefold() in _PATRONYMIC:
            later = None  # "Nasser bin Ali al-Hashmi": the father's name, after "bin"
        if later is not None:
            run = run[later:]  # "Fault Mara Lind": a headline word before a full name
    while (
        len(run) >= 3
        and run[0].casefold() in _PARTY_WORDS
        and run[0].casefold() not in names
        and "-" not in run[1]
    ):
        # "Liberal Democrat Eilidh Fraser": the party, then the name (not "Liberal
        # Oscar-winner Sarandon", a role after it)
        run = run[1:]
    while len(run) >= 3 and run[0].casefold() not in names and _glued_place(run[0]):
        run = run[1:]  # "Britain Chen Arlo" (from "envoy to Britain Chen ..."): a place
    if not run or sum(not _is_particle(w) for w in run) > 4:  # "Ana Beatriz da Silva Moura"
        return None
    if any(
        w.casefold() in _ORG_WORDS and not _is_particle(w) for w in run
    ) and not _surname_after_first_name(run, names):  # "AP" is a wire, "ap" of "Rhys ap Iwan" no
        return None
    while run and not run[-1][:1].isupper() and not _joined_particle(run[-1]):
        run = run[:-1]  # a particle ends no name (one elided onto it, "d’Entremont", does)
    if any(not is_name_word(w) and not _is_particle(w) for w in run):
        return None
    if len(run) == 1 and run[0].isupper() and len(run[0]) > 1 and not run[0].endswith("."):
        return None  # an acronym such as NATO
    return " ".join(run)


_PATRONYMIC = frozenset(_PARTICLE_LISTS["patronymic"])
_PARTY_WORDS = words("party_words")
_FAMILY_FIRST = frozenset(pairs("family_first")["names"])
_FAMILY_FIRST_NOT_AFTER = frozenset(pairs("family_first")["titles"])
_WORD_SURNAMES = words("word_surnames")
_PORTFOLIOS = words("portfolios")
# Offices whose "of" names a portfolio, not a body: "Minister of Agriculture" (not
# "the chairman of Trade Winds Shipping").
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner", "mec"})
_MIDDLE_GENDER = {w: g for g, ws in pairs("middle_gender").items() for w in ws}


def family_first(parts: Sequence[str]) -> bool:
    """A name of three or four words written family name first ("Nguyen Thi Lan",
    "Nguyen Thi Thu Ha")."""
    return (
        len(parts) in (3, 4)
        and parts[0].casefold() in _FAMILY_FIRST
        and parts[1].casefold() not in _FAMILY_FIRST_NOT_AFTER  # "Tan Sri": a title
    )


def given_name(parts: Sequence[str]) -> str:
    """The word of a name that tells its gender: the first, but for a family-first
    name its middle word when that is a marker ("Thi", "Van"), else none ("")."""
    if family_first(parts):
        middle = parts[1].casefold()
        return parts[1] if middle in _MIDDLE_GENDER else ""
    return parts[0] if parts else ""


def _census_first(word: str, names: dict[str, str]) -> bool:
    """A first name of the census lists, accents or not ("Lucía")."""
    low = word.casefold()
    return low in names or plain_letters(low) in names


def _world_first(word: str) -> bool:
    """A first name of the world-wide counts ("João"; not an acronym such as "DJ")."""
    return not word.isupper() and plain_letters(word.casefold()) in world_first_names()


def _role_surname(low: str, before: str, run: list[str]) -> bool:
    """Whether a name's last word, a role noun that is also a common surname
    (`data/role_surnames.txt`), is the surname: after a short title ("Msgr.
    Farmer") or a census first name ("Michael Farmer"), not a role's or a
    place's ("Marine Captain", "the Virginia Farmer")."""
    if low not in _ROLE_SURNAMES:
        return False
    if before.casefold() in _DOTTED_TITLES:
        return True
    first = run[-1].casefold() if run else ""
    return first in first_names() and first not in _NAME_ROLES and not _glued_place(run[-1])


def _honorific(word: str) -> bool:
    """A title that stands before a person's name only, written with its full stop or
    without ("Prof.", "Dr", "Hon."; data/surname_titles.txt), not an office that may
    follow a name as its role ("Director General of the agency")."""
    low = word.casefold()
    short = len(low.rstrip(".")) <= HONORIFIC_LETTERS  # "Prof.", "Dr", not "Secretary"
    return short and (low in _SURNAME_TITLES or f"{low.rstrip('.')}." in _SURNAME_TITLES)


HONORIFIC_LETTERS = 4  # an honorific's letters at most ("Prof.", "Capt."; not "Mayor")


def _titles_a_name(word: str) -> bool:
    """A title or an office before a name ("Minister", "Dr.", "Councillor")."""
    low = word.casefold()
    return low in _TITLE_WORDS or low in _PERSON_TITLES or _compound_title(low)


def _compound_title(word: str) -> bool:
    """A title written with a hyphen: "secretary-general", "attorney-general"."""
    parts = word.split("-")
    return len(parts) > 1 and all(part in _TITLE_WORDS for part in parts)


_NAME_WORD = re.compile(r"[^\W\d_][\w.'’\-]*\Z")


def is_name_word(word: str) -> bool:
    """A word a name may hold: a capital of any alphabet ("Úna", "Łukasz"), then
    letters, stops, apostrophes and hyphens."""
    return word[:1].isupper() and _NAME_WORD.match(word) is not None


_ROLE_SURNAMES = words("role_surnames")
# Personal titles written short before a surname ("Mr.", "Dr.", "Msgr.").
_DOTTED_TITLES = frozenset(t for t in words("surname_titles") if t.endswith("."))
_SURNAME_ORG_WORDS = words("surname_org_words")


def _surname_after_first_name(run: list[str], names: dict[str, str]) -> bool:
    """ "Scott White", "Megan Fox": a first name, then an organisation word that is
    also a common surname as the last word (`data/surname_org_words.txt`)."""
    return (
        2 <= len(run) <= 3
        and run[0].casefold() in names
        and run[-1].casefold() in _SURNAME_ORG_WORDS
        and not any(w.casefold() in _ORG_WORDS for w in run[:-1])
        and not (run[0].casefold() in _PLACE_FIRST_WORDS and run[-1].casefold() in _PLACE_ENDS)
    )


_PLACE_FIRST_WORDS = words("place_first_words")


def names_a_body(name: str) -> bool:
    """Whether a name or description is of a body that may word a statement of its own
    ("Vantry Airlines", "Harbour Gazette", "The airline", "The ministry")."""
    parts = name.split()
    if not parts:
        return False
    return parts[-1].casefold() in _BODY_HEADS or any(
        w.casefold() in _NOT_PERSON_NAME or w.casefold() in _ORG_WORDS for w in parts
    )


_NOT_NAME_START = words("not_name_start")
_SENTENCE_OPENERS = words("sentence_openers")


def sentence_opener(word: str) -> bool:
    """Whether a capitalised word opens a sentence before its subject ("And", "Maybe",
    "Stated" in `Stated Stone:`), so a name or a body's name starts after it; a census
    first name never counts (`data/sentence_openers.txt`)."""
    low = word.casefold()
    return word[:1].isupper() and low in _SENTENCE_OPENERS and low not in first_names()


# Roles and family nouns written as a title before a full name ("Drummer Alex Poyle",
# "Nephew Zeke Arlo" opening a sentence).
_NAME_ROLES = words("name_roles") | words("kinship")


def _role_before_name(word: str, following: str) -> bool:
    """Whether `word` is a role written as a title before a full name ("Drummer Alex Poyle").

    The role nouns are `data/name_roles.txt` and the family nouns of
    `data/kinship.txt`. A role that is also a census first name ("Marine")
    counts only before another first name of three letters or more (two-letter
    words there are mostly particles): "Marine John Tiegen" is John Tiegen,
    "Marine Le Pen" stays whole.
    """
    low = word.casefold()
    if low not in _NAME_ROLES and low.rstrip(".") not in _NAME_ROLES:
        return False
    names = first_names()
    return low not in names or (len(following) > 2 and following.casefold() in names)


_DEMONYMS = words("demonyms")
_LANGUAGES = words("languages")


def _name_before_of(words: list[str]) -> str | None:
    """The person in "Ana Ruiz of Harbour Watch": the full name before "of", not the body after.

    A capitalised run joined across "of" names a person and where they are
    from or work; `name_in` alone keeps the last run. Only a full name (two
    words or more) that ends the run before "of" counts, titles before it
    dropped ("Rep. Ana Ruiz of Ellery" is Ana Ruiz; "Bank of Ellery" stays as
    it is).
    """
    if "of" not in words:
        return None
    before = words[: words.index("of")]
    name = name_in(before)
    if name is None or " " not in name or not " ".join(before).endswith(name):
        return None  # "Bank of Ellery", "Secretary of State Ana Lind": no name before "of"
    return name


def _glued_place(word: str) -> bool:
    """A country or nationality that can stand glued before a name in a capitalised run."""
    return word.casefold() in _DEMONYMS or word in phrases("places")


@lru_cache(maxsize=4096)
def named_people(text: str) -> tuple[str, ...]:
    """The full names (two words or more) a text shows to be people, in order of appearance."""
    return people_of(build_cast(text))


def people_of(cast: Cast) -> tuple[str, ...]:
    """`named_people` of the text a cast was just built from (before quotes add speakers)."""
    return tuple(name for name, p in cast.people.items() if p.is_person and " " in name)


# Speech verbs that a Title Case headline capitalises right after a name.
_HEADLINE_CUES = words("headline_cues")
_POST_NOMINALS = words("post_nominals")


@dataclass
class Person:
    """One named person of a document and what the text says about them."""

    name: str
    gender: str | None = None
    context: set[str] = field(default_factory=set)  # title/appositive words, lower-cased
    is_person: bool = False  # a first name or a personal title marks a person
    called_it: bool = False  # the text calls it "it": an organisation, never a pronoun's referent


_PLACE_ENDS = words("street_words") | words("place_ends")


def _place_named(name: str, places: frozenset[str]) -> bool:
    """A name the text writes as a place ("in Foster Park") that ends like one
    ("Park"): a place whatever its first word; "brought in Dana Price" is not."""
    return name in places and name.rsplit(" ", 1)[-1].casefold() in _PLACE_ENDS


# "the" just before a name makes it a thing's ("for the podcast The Long Field")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


@dataclass
class Cast:
    """The people a document names, with every position where each is mentioned."""

    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    # Offsets (sorted, [start, end)) of quotations: a person named only inside a
    # quotation is talked about, not talking, so pronouns skip those mentions.
    quoted: list[tuple[int, int]] = field(default_factory=list)
    # Names the text uses as places ("in Portland"): read once per document
    # for `plausible_speaker`.
    places: frozenset[str] = frozenset()
    # Other names the text gives a person ("known in the village as Abu Khalil"):
    # alias -> the full name
    aliases: dict[str, str] = field(default_factory=dict)
    # The document itself, for what only some documents are asked about
    # (`lower_words`, `organisations`): read from it on first use.
    text: str = ""

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words the text writes in lower case, for `plausible_speaker` (a lone
        capitalised speaker that the text also writes in lower case is a common noun)."""
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def organisations(self) -> list[tuple[int, str]]:
        """(offset, name) of capitalised names that contain an organisation head noun
        ("State Department", "Ministry of Defence"), for "the department said"."""
        return _organisations(self.text)

    def full_name(self, name: str) -> str:
        """Map a surname or short form to the full name the document introduced.

        A longer name wins over a surname registered on its own ("Mr. Obama"
        first, "Barack Obama" later: both are Barack Obama); a person over a
        capitalised phrase that only ends in the surname ("Team Lind"). A full
        name stays itself ("Jeb Lind" is not "Ana M. Lind"); it may stand for a
        longer form with its first word or ending in it ("Owen Paul Tarrant",
        "Ana Wasserman Lind" for "Wasserman Lind"). A lone word no name ends with
        may be the first of two surnames ("Álvarez" of "Pedro Álvarez Luna").
        """
        if name in self.aliases:
            return self.aliases[name]  # "Abu Khalil", the name a text gave Ibrahim Haddad
        parts = name.split()
        if len(parts) == 2 and self._common_word(parts[0]):
            # "Help Williams says ...": a sentence's first word before the surname of
            # Ronald Williams, not a first name
            others = [
                full
                for full in self.names_ending(parts[-1])
                if full != name and self.people[full].is_person
            ]
            if len(others) == 1:
                return others[0]
        # a full name stays itself: "Jeb Bush" is not "George W. Bush", but
        # "Owen Tarrant" may be "Owen Paul Tarrant"
        longer = [
            full
            for full in self._surname_owners(parts[-1])
            if len(full.split()) > len(parts)
            # "Le Roux" opening a sentence is "Johan le Roux": a particle's case aside
            and (
                len(parts) == 1
                or full.split()[0] == parts[0]
                or full.casefold().endswith(" " + name.casefold())
            )
        ]
        # a person before a capitalised phrase that only ends in the surname ("Team
        # Lind"); but the first full name of the text, when its first word is nothing
        # the text writes in lower case, before a relative named later ("Rukmini
        # Sahay", whose first name no list knows, before her husband "Alok Sahay")
        pool = [full for full in longer if self.people[full].is_person] or longer
        if longer and longer[0] not in pool[:1] and self._unknown_name(longer[0]):
            return longer[0]
        if len(pool) > 1:
            # "victim Matthew Fluty's home ... his grandmother, Carleen Fluty,": a name
            # the text writes with its first name only as a possessive is not whom the
            # bare surname means
            written = {
                full for at, full in self.mentions if self.text.startswith(full.split()[0], at)
            }
            pool = [full for full in pool if full in written] or pool
        if not pool and len(parts) == 1:
            pool = self._first_surname_of(name)
        elif len(pool) == 1 and len(parts) == 1 and self._called_by_first_surname(pool[0]):
            # "Mayta" of "Felícita Mayta Huarcaya" and "Wilber Ayme Mayta", whom the
            # text calls "Ayme": two surnames, and a person goes by the first of them
            pool = self._first_surname_of(name) or pool
        return (pool or [name])[0]

    def _called_by_first_surname(self, full: str) -> bool:
        """Whether the text calls the person of a three-word name by its middle word
        alone ("Ayme says" of "Wilber Ayme Mayta")."""
        parts = full.split()
        if len(parts) != 3:
            return False
        return any(
            name == full
            and self.text.startswith(parts[1], at)
            and not self.text.startswith(full, at)
            for at, name in self.mentions
        )

    def _first_surname_of(self, word: str) -> list[str]:
        """The one person whose name has `word` as the first of two surnames, as a later
        mention by it ("Álvarez" for "Pedro Álvarez Luna", "Castaño" for "Gloria Inés
        Castaño Ríos"); not a middle name the lists know as a first name ("Mary Ann
        Smith"). Of relatives sharing it, the one the text never calls by the first
        name alone: news names a family's other members by their first names, and the
        bare surname is the story's person ("Valentina said", "Castaño said")."""
        if first_name_gender(word) is not None:
            return []
        owners = [
            full
            for full in self._by_middle_word().get(word, ())
            if self.people[full].is_person
            and full.split()[0].casefold() not in _FAMILY_FIRST
            and not _names_a_thing(full)  # not "Rachel Maddow Show"
        ]
        if len(owners) > 1:
            owners = [full for full in owners if not self._called_by_first_name(full)]
        return owners if len(owners) == 1 else []

    def _called_by_first_name(self, full: str) -> bool:
        """Whether the text writes the name's first word alone: not before the word after
        it, nor after another capitalised word ("José" of "María José said" is not José
        Luis's)."""
        parts = full.split()
        pattern = rf"\b{re.escape(parts[0])}\b(?!\s+{re.escape(parts[1])})"
        return any(
            not (before := _WORD_BEFORE.search(self.text, 0, found.start()))
            or not before.group(1)[:1].isupper()
            for found in re.finditer(pattern, self.text)
        )

    def _by_middle_word(self) -> dict[str, list[str]]:
        """The cast's three- and four-word names by the first of their two surnames, the
        word before the last (cached per cast size, as `_by_first_word`): asked for
        each lone word no longer name ends with."""
        cached = self.__dict__.get("_middle_words")
        if cached is None or cached[0] != len(self.people):
            index: dict[str, list[str]] = {}
            for full in self.people:
                parts = full.split()
                if len(parts) == 3 or (len(parts) == 4 and not _GENERATION.match(parts[-1])):
                    # (not "Luther Stan Pate IV", whom the text calls by the surname the
                    # generation's mark follows, and readers by the name without it)
                    index.setdefault(parts[-2], []).append(full)
            cached = (len(self.people), index)
            self.__dict__["_middle_words"] = cached
        return cached[1]

    def by_first_name(self, name: str) -> str | None:
        """The one person whose full name starts with the lone word `name`, a first name
        the lists know ("Tetiana laughed." after "Tetiana Hrytsenko"): features call
        people by their first name once introduced. None for two people of that
        first name, or none. For who a later pronoun means, and so that such a word
        makes no person of its own (`add_speakers`) and counts as a person's name
        for the confidence model and the story's pages (`speaker_kind`): as a
        speaker the word stays as written, since a lone "Kim" or "Ban" is the
        family name of "Kim Jong-un" and "Ban Ki-moon", which readers and scorers
        know by it. A word the lists do not know counts too unless the text also
        writes it in lower case ("Dewi was unimpressed." after "Dewi Kartika
        Sari")."""
        if self._common_word(name):
            return None
        owners = [
            full
            for full in self._by_first_word().get(name, ())
            if self.people[full].is_person and " " in full
        ]
        return owners[0] if len(owners) == 1 else None

    def body_by_first_word(self, name: str) -> str | None:
        """The one name of the cast that is no person's and opens with the lone word
        `name` ("Kuura" of "Kuura Systems"): a body called by its short name."""
        bodies = [
            full
            for full in self._by_first_word().get(name, ())
            if not self.people[full].is_person
            and " " in full
            and (self.people[full].called_it or names_a_body(full))
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _by_first_word(self) -> dict[str, list[str]]:
        """The cast's names by their first word (cached per cast size): asked for each
        subject a lone word names, the scan of every name was a share of the finder."""
        cached = self.__dict__.get("_first_words")
        if cached is None or cached[0] != len(self.people):
            index: dict[str, list[str]] = {}
            for full in self.people:
                parts = full.split()
                # a family-first name is called by its given name, the last word
                # ("Hai" of "Nguyen Van Hai")
                index.setdefault(parts[-1] if family_first(parts) else parts[0], []).append(full)
            cached = (len(self.people), index)
            self.__dict__["_first_words"] = cached
        return cached[1]

    def _common_word(self, word: str) -> bool:
        """A word no first-name list knows that the text also writes in lower case."""
        return first_name_gender(word) is None and word.casefold() in self.lower_words

    def _unknown_name(self, full: str) -> bool:
        """A full name whose first word no list knows and the text never writes in lower
        case, with no word of a body in it: a person's, most likely. Not one the text
        also calls by the first name alone ("Jordy's relative"): news writes a child's
        first name, and the bare surname is then an adult's of the family."""
        parts = full.split()
        first = parts[0]
        return (
            first[:1].isupper()
            and first.casefold() not in self.lower_words
            and first.casefold() not in NOT_NAME | _BODY_HEADS  # not "Team Lind"
            and not _names_a_thing(full)
            and re.search(rf"\b{re.escape(first)}\b(?!\s+{re.escape(parts[-1])})", self.text)
            is None
        )

    def by_title(self, surname: str, titles: Sequence[str]) -> str | None:
        """The one person of several sharing `surname` (written first or last: "Lim Boon
        Heng", "Lim Wei Ling") whom the text introduced with one of `titles`, the title a
        later mention gives the surname ("Prof Lim"); None when that does not tell them
        apart."""
        forms = {form for title in titles for form in _TITLE_FORMS.get(title.rstrip("."), ())}
        if not forms:
            return None
        sharing = [name for name in self.names_ending(surname) if self.people[name].is_person]
        titled = [name for name in sharing if self._titled_as(name, forms)]
        return titled[0] if len(sharing) > 1 and len(titled) == 1 else None

    def _titled_as(self, name: str, forms: set[str]) -> bool:
        """Whether a mention of `name` stands right after one of the title's `forms`
        ("Professor Lim Boon Heng"; not "Dr Ana Ruiz and Lim Boon Heng")."""
        return any(
            mentioned == name
            and self.text.startswith(name, offset)  # (the name in full, not "Lim")
            and (before := self.text[max(0, offset - TITLE_REACH) : offset].split())
            and before[-1].casefold().rstrip(".") in forms
            for offset, mentioned in self.mentions
        )

    def surname_owner(self, surname: str, gender: str | None, position: int) -> str:
        """The full name a titled surname at `position` stands for when relatives share
        the surname.

        "Mrs. Abedini" in a story naming "Naghmeh Abedini" and her husband
        "Saeed Abedini" is the one person of that surname whose gender the
        title allows (one of unknown gender when nobody has that gender: the
        title says it is a person). Without a gendered title, or with several left,
        `full_name` decides as for any surname: news text writes the bare
        surname for the story's main person and names relatives in full. But
        never against the title: "Ms Whitfield" in an obituary of Clarence
        Whitfield is the woman of that surname mentioned last before it.
        """
        chosen = self.full_name(surname)
        if gender is not None:
            owners = sorted(self.names_ending(surname))
            same = [full for full in owners if self.people[full].gender == gender]
            unknown = [full for full in owners if self.people[full].gender is None]
            allowed = same or unknown
            if len(owners) > 1 and len(allowed) == 1:
                return allowed[0]
            if len(allowed) > 1 and (chosen not in allowed or not same):
                # (several of no known gender, "Tan Kok Wei" and "Tan Ai Ling" written
                # family name first: the title cannot choose; the one named last may)
                before = [n for n in self._mentioned_before(position) if n in allowed]
                return before[-1] if before else chosen
        return chosen

    def _by_last_word(self) -> dict[str, list[str]]:
        """The cast's names by their last word (casefolded), each list in the cast's order.

        A short name is looked up once per capitalised run and per speaker:
        scanning every name of the document each time was a quadratic share
        of the quote finder. The cast only gains names, so the index is
        extended with those added since it was last read.
        """
        indexed, index = self.__dict__.get("_last_words", (0, {}))
        if indexed < len(self.people):
            for full in islice(self.people, indexed, None):
                parts = full.split()
                last = parts[-1]
                index.setdefault(last.casefold(), []).append(full)
                if family_first(parts):  # "Yap" for "Yap Kok Seng": the family name
                    index.setdefault(parts[0].casefold(), []).append(full)
                if _HYPHEN_PARTICLE.match(last):  # "Assad" for "Bashar al-Assad"
                    index.setdefault(last.split("-", 1)[1].casefold(), []).append(full)
            self.__dict__["_last_words"] = (len(self.people), index)
        return index

    def names_ending(self, surname: str) -> list[str]:
        """The full names of the cast that end in `surname`, and those written family name
        first that open with it ("Yap" of "Yap Kok Seng"), in the cast's order
        (_surname_owners: "Tan said" after "Michael Tan" is his, whoever "Tan Boon Huat"
        is)."""
        return [full for full in self._surname_owners(surname) if " " in full]

    def _surname_owners(self, surname: str) -> list[str]:
        """The cast's names ending in `surname`, and those written family name first that
        open with it, in the cast's order; only the former when one of them opens with a
        first name the lists know (`names_ending`)."""
        key = surname.casefold()
        found = self._by_last_word().get(key, [])
        by_family = [
            full
            for full in found
            if full.split()[-1].casefold() != key and full.split()[0].casefold() == key
        ]
        if not by_family:
            return found
        # a first name before it ("Michael Tan"), not a title ("Madam Tan")
        ending = [
            full
            for full in found
            if full not in by_family and first_name_gender(full.split()[0]) is not None
        ]
        return ending or found

    def names_a_place(self, name: str) -> bool:
        """A name the text writes as a place and that ends like one ("on Meritas Drive")."""
        return _place_named(name, self.places)

    def in_quotation(self, offset: int) -> bool:
        at = bisect_right(self.quoted, (offset, float("inf"))) - 1
        return at >= 0 and self.quoted[at][0] <= offset < self.quoted[at][1]

    def last_person(
        self,
        before: int,
        gender: str | None,
        window: int = 4000,
        but: str | None = None,
        unlisted: bool = False,
    ) -> str | None:
        """The most recently mentioned person before `before` compatible with `gender`
        (other than `but`). With `unlisted`, also a name the lists do not know as a
        person's ("Dilrukshi Wijesinghe"), as `resolve` counts it, unless it names a
        body, a place or a country: whoever an interview's first question is put to."""
        for offset, name in reversed(self.mentions):
            if offset >= before or name == but:
                continue
            if before - offset > window:
                return None
            if self.quoted and self.in_quotation(offset):
                continue
            person = self.people.get(name)
            if person is None:
                continue
            if unlisted:
                if is_place(name, self) or is_polity(name):
                    continue
                if _THE_BEFORE.search(self.text, max(0, offset - 9), offset):
                    continue  # "the podcast The Long Field": a work or a thing
                if not person.is_person and names_a_body(name):
                    continue
            elif not person.is_person or self.names_a_place(name) or name in self._only_places:
                continue
            g = person.gender
            if (gender is None or g is None or g == gender) and plausible_speaker(name, self):
                # (not one no quote could be credited to: "Basti Wahid" of "a boatman
                # from Basti Wahid", which nothing shows to be a person's name)
                return name
        return None

    @cached_property
    def _only_places(self) -> frozenset[str]:
        """Names the text writes as places, more than once and only ever right after a
        locative (`_PLACE_BEFORE`) or a settlement noun's "of" ("the town of Mae Sot",
        "a café in Mae Sot"): whatever a first name in them says, no
        "she" or "he" means them. Once is not enough ("The club brought in Dana Price as
        coach")."""
        written: dict[str, list[bool]] = {}
        for offset, name in self.mentions:
            if name in self.places:
                before = [w.casefold() for w in self.text[max(0, offset - 30) : offset].split()]
                locative = _written_as_place(before) or (
                    before[-2:-1] and before[-1] == "of" and before[-2] in _SETTLEMENT_NOUNS
                )
                written.setdefault(name, []).append(bool(locative))
        return frozenset(
            name for name, locative in written.items() if len(locative) > 1 and all(locative)
        )

    def rivals(self, speaker: str | None, before: int, window: int = 600) -> int:
        """People other than `speaker`, of a compatible gender, named since the speaker's
        latest mention before `before` (at most `window` characters back, outside
        quotations): how ambiguous a resolution is."""
        person = self.people.get(speaker or "")
        gender = person.gender if person is not None else None
        names = set()
        lo = bisect_left(self.mentions, (before - window, ""))
        hi = bisect_left(self.mentions, (before, ""))
        for i in range(hi - 1, lo - 1, -1):
            offset, name = self.mentions[i]
            if name == speaker and not self.in_quotation(offset):
                lo = i + 1
                break
        for offset, name in self.mentions[lo:hi]:
            if name != speaker:
                other = self.people.get(name)
                if other is None or not other.is_person or self.in_quotation(offset):
                    continue
                if gender is None or other.gender is None or other.gender == gender:
                    names.add(name)
        return len(names)

    def mention_count(self, speaker: str | None) -> int:
        """How often the document names `speaker`."""
        counts = self.__dict__.get("_counts")
        if counts is None or counts[0] != len(self.mentions):
            tally: dict[str, int] = {}
            for _, name in self.mentions:
                tally[name] = tally.get(name, 0) + 1
            counts = (len(self.mentions), tally)
            self.__dict__["_counts"] = counts
        return counts[1].get(speaker or "", 0)

    def _introduced(self) -> list[str]:
        """Mentioned names in order of their last mention (cached per mention count)."""
        cached = self.__dict__.get("_order")
        if cached is None or cached[0] != len(self.mentions):
            order = list(dict.fromkeys(name for _, name in reversed(self.mentions)))[::-1]
            cached = (len(self.mentions), order)
            self.__dict__["_order"] = cached
        return cached[1]

    def by_kin(self, owner: str, kin: str, before: int) -> str | None:
        """The one person named before `before` as "her husband, NAME" when a speaker is
        "Her husband" (`owner` "her", `kin` "husband"); None for none or several."""
        found = [
            name
            for name in self._mentioned_before(before)
            if (person := self.people.get(name)) is not None
            and person.is_person
            and f"kin:{owner}:{kin}" in person.context
        ]
        return found[0] if len(found) == 1 else None

    def _mentioned_before(self, before: int) -> list[str]:
        """Names mentioned before `before`, in order of their last mention there."""
        earlier = self.mentions[: bisect_left(self.mentions, (before, ""))]
        return list(dict.fromkeys(name for _, name in reversed(earlier)))[::-1]

    def by_organisation(self, head: str, before: int, window: int = 3000) -> str | None:
        """The organisation a bare "the ministry" stands for: the one named earlier
        (within `window` characters) whose name holds that noun, if only one does."""
        head = head.casefold()
        heads = {head, head + "s", head.removesuffix("s")}
        found = {
            name
            for offset, name in self.organisations
            if before - window <= offset < before and heads & {w.casefold() for w in name.split()}
        }
        return found.pop() if len(found) == 1 else None

    def _owned_by_other(self, name: str, gender: str) -> bool:
        """Whether `name` was introduced as someone's of the gender other than `gender`:
        "his lawyer, NAME", or "Rwakatare's lawyer, NAME" where everyone named Rwakatare
        is a man (not "Mary Hill's lawyer" when Tom Hill is named too)."""
        owners = {
            w.removeprefix(_OWNER_MARK)
            for w in self.people[name].context
            if w.startswith(_OWNER_MARK)
        }
        said = {OWNER_GENDER[w] for w in owners & OWNER_GENDER.keys()}
        if gender in said:
            return False
        if said:
            return True
        for owner in owners - set(OWNER_GENDER):
            holders = [
                other
                for other in self.people.values()
                if other.is_person
                and other.name != name
                and " " in other.name
                and owner in {w.casefold() for w in other.name.split()}
            ]
            if holders and all(other.gender not in (None, gender) for other in holders):
                return True
        return False

    def by_description(self, words: list[str], before: int) -> str | None:
        """A person whose introduction matches a description such as "the NATO chief".

        The description's head noun (or a synonym: chief ~ secretary general)
        must be among the words that introduced the person, and so must every
        proper noun in it ("NATO"); otherwise nobody is named. Of several, the
        one mentioned last up to the end of the paragraph where the
        description stands (at `before`) wins: "said the minister" after the
        minister's paragraph is the minister, even when a secretary named
        earlier speaks again further down. When none of them is mentioned by
        then, the description looks ahead ("her agent" of a lede, named below).
        """
        if not words:
            return None
        head = words[-1].casefold()
        if _compound_title(head):
            head = head.split("-")[-1]  # "the Secretary-General": a general secretary
        if head not in _ROLE_HEADS:
            return None  # "the network", "the report": not a description of a person
        roles = _ROLE_SYNONYMS.get(head, set()) | {head}
        proper = {
            w.casefold() for w in words[:-1] if w[:1].isupper() and w.casefold() not in _NOT_NAME
        }
        former = {w.casefold() for w in words} & _FORMER
        matches = []
        for name in self._introduced():
            person = self.people.get(name)
            if person is None or not person.is_person:
                continue
            if former - person.context:
                continue  # "the former president" is not whoever is "President" now
            if roles & person.context and proper <= person.context:
                matches.append(name)
        # "the review's chair" of two chairs: the one introduced as the review's
        owners = {
            _POSSESSIVE_S.sub("", w.casefold()) for w in words[:-1] if _POSSESSIVE_S.search(w)
        }
        owned = [name for name in matches if owners and owners <= self.people[name].context]
        if owned:
            matches = owned
        owner_gender = OWNER_GENDER.get(words[0].casefold()) if len(words) > 1 else None
        if owner_gender is not None:
            # "Her lawyer" of a woman: not the lawyer introduced as "his lawyer" or as
            # a man's ("Rwakatare's lawyer, NAME")
            matches = [n for n in matches if not self._owned_by_other(n, owner_gender)]
        modifiers = {
            w.casefold() for w in words[:-1] if w.islower() and w.casefold() not in _DEFINITE
        }
        described = [n for n in matches if modifiers and modifiers <= self.people[n].context]
        if described:
            matches = described  # "the police chief": introduced with "police"
        exact = [name for name in matches if head in self.people[name].context]
        if exact:
            matches = exact  # "the union leader": the leader, not a president it may mean
        if head in _RANK_HEADS and len(matches) > 1:
            return None  # "Capt. Ann Cole and Lt. Ray Moss ... the captain": not a guess
        if len(matches) > 1:
            end = self.text.find("\n", before)
            earlier = [
                n
                for n in self._mentioned_before(len(self.text) if end < 0 else end)
                if n in matches
            ]
            if earlier:
                return earlier[-1]
        return matches[-1] if matches else None  # the latest introduced match wins


_FORMER = frozenset({"former", "ex-", "onetime", "one-time"})
_RANK_HEADS = words("rank_heads")


def build_cast(text: str, tokens: list[tuple[str, int, int]] | None = None) -> Cast:
    """Find the people a document names, with titles/appositives as context.

    `tokens` are `tokenize(text)` when the caller has them already."""
    cast = Cast(places=_places(text), text=text)
    if tokens is None:
        tokens = tokenize(text)
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i][0]
        if not tok[:1].isupper():
            i += 1
            continue
        i = _past_portfolio(tokens, i)  # "Minister of Agriculture Tsegaye Wolde"
        j, glued = _run_end(text, tokens, i, glue=True)
        words = _glued_apostrophes([t[0] for t in tokens[i:j]]) if glued else None
        if words is not None and name_in(words) is None:
            # "Rail Drivers' Union": a body's name the name reader leaves out is read as
            # before, up to the apostrophe
            j, _ = _run_end(text, tokens, i, glue=False)
            words = None
        if words is None:
            words = [t[0] for t in tokens[i:j]]
        owner = len(words) > 1 and _POSSESSIVE_S.search(words[-1]) is not None
        if owner:
            # "Camila Vidal's students": the cast knows her (for who "she" is later),
            # though she is no mention of a person at hand ("in Ann Lee's inbox")
            words[-1] = _POSSESSIVE_S.sub("", words[-1])
        name = name_in(words) if not _photo_credit(text, tokens, j) else None
        if name is None and _unknown_first_word_surname(cast, words, tokens, j):
            name = " ".join(words)  # "Tou Her, 67,": a surname that is also a word
        if name is not None:
            first = name.split()[0].rstrip("'’")
            start = next((t[1] for t in tokens[i:j] if t[0] == first), tokens[i][1])
            known = _alias_of(cast, text, start) if not owner else None
            if known is not None:
                # "Haddad, who is known ... by the name of his eldest son: Abu Khalil"
                cast.aliases[name] = known
                cast.mentions.append((start, known))
            else:
                quiet = owner or _actor_of_character(cast, tokens, i)
                _register(cast, name, words, tokens, i, j, start, mention=not quiet)
        i = max(j, i + 1)
    _genders_of_one_family(cast)
    return cast


# The woman's ending of a family name, and the man's (data/family_surname_endings.txt).
_FAMILY_ENDINGS = tuple((f, m[0].strip("-")) for f, m in pairs("family_surname_endings").items())
# The endings of family names only a woman's has (data/woman_surname_endings.txt).
_WOMAN_ENDINGS = tuple(sorted(words("woman_surname_endings")))


def _genders_of_one_family(cast: Cast) -> None:
    """Gives a gender to the people of one family the text names in both forms of the
    family name ("Mavluda Nazarova" and "Jamshed Nazarov"): the woman's form and the
    man's, where no first name list said it; and to a woman whose family name ends as
    only a woman's does ("Dalia Kazlauskienė", data/woman_surname_endings.txt)."""
    by_surname: dict[str, list[Person]] = {}
    for person in cast.people.values():
        if person.is_person and " " in person.name:
            by_surname.setdefault(person.name.rsplit(" ", 1)[-1], []).append(person)
            if person.gender is None and person.name.casefold().endswith(_WOMAN_ENDINGS):
                person.gender = "f"
    for surname, women in by_surname.items():
        for feminine, masculine in _FAMILY_ENDINGS:
            men = by_surname.get(surname[: -len(feminine)] + masculine, [])
            if surname.endswith(feminine) and men:
                for person, gender in [*((w, "f") for w in women), *((m, "m") for m in men)]:
                    person.gender = person.gender or gender
                break


# The word and the space right before a position ("María " before "José").
_WORD_BEFORE = re.compile(r"\b([^\W\d_][\w'’-]*)[ \t]+$")
# A generation's mark after a name: "Jr.", "Sr", "II", "IV".
_GENERATION = re.compile(r"^(?:[JS]r\.?|I{2,3}|IV|V|VI)$")


def _unknown_first_word_surname(
    cast: Cast, words: list[str], tokens: list[tuple[str, int, int]], j: int
) -> bool:
    """Two words, the second a surname that is also a pronoun or month
    (data/word_surnames.txt), the first one no list knows and the text never writes
    in lower case, with an age after the comma: "Tou Her, 67,". The name lists take
    "Her" for the word; the age says a person stands there."""
    return (
        len(words) == 2
        and words[1].casefold() in _WORD_SURNAMES
        and words[0].isalpha()
        and words[0].casefold() not in cast.lower_words | NOT_NAME
        and j + 1 < len(tokens)
        and tokens[j][0] == ","
        and is_age(tokens[j + 1][0])
    )


def _past_portfolio(tokens: list[tuple[str, int, int]], i: int) -> int:
    """The first token after an office's portfolio opening a run at token i: in
    "State Minister of Agriculture Tsegaye Wolde" the run "Agriculture Tsegaye Wolde"
    names him from "Tsegaye"."""
    k = i
    while (
        k + 1 < len(tokens)
        and tokens[k][0].casefold() in _PORTFOLIOS
        and tokens[k + 1][0][:1].isupper()
    ):
        k += 1
    return k if k > i and _holds_office(tokens, k) else i


def _without_portfolio(words: list[str], cast: Cast) -> list[str]:
    """A name read with the end of an office's portfolio before it ("Transport Lindiwe
    Zulu" of "MEC for Transport Lindiwe Zulu") as the cast knows it, else as it is."""
    parts = words
    while len(parts) > 2 and parts[0].casefold() in _PORTFOLIOS:
        parts = parts[1:]
        if " ".join(parts) in cast.people:
            return parts
    return words


def _holds_office(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the name at token i follows an office and its portfolio ("Minister of
    Agriculture Tsegaye Wolde", "Minister for Labour Ana Ruiz"): an office is held by
    a person."""
    k = i - 1
    while k >= 0 and tokens[k][0].casefold() in _PORTFOLIOS and tokens[k][0][:1].isupper():
        k -= 1
    return (
        k < i - 1
        and k >= 1
        and tokens[k][0] in {"of", "for"}
        and tokens[k - 1][0].casefold() in _PORTFOLIO_OFFICES
    )


def _run_end(text: str, tokens: list[tuple[str, int, int]], i: int, glue: bool) -> tuple[int, bool]:
    """Where the capitalised run from token i ends (at most ten tokens, one line), and
    whether it holds a plural's apostrophe inside a body's name, which with `glue` goes
    on with it."""
    j = i
    glued = False
    while j < len(tokens) and j - i < 10:
        if not (name_token(tokens, j) or tokens[j][0] == "-"):
            if not (glue and tokens[j][0] in _APOSTROPHES and body_apostrophe(tokens, j)):
                break
            glued = True
        if j > i and "\n" in text[tokens[j - 1][2] : tokens[j][1]]:
            break  # a headline line and the paragraph under it are not one name
        j += 1
    return j, glued


def _alias_of(cast: Cast, text: str, start: int) -> str | None:
    """The person a name at `start` is another name of: the latest person named in the
    same sentence before "known as", "nicknamed" or "known ... by the name of ...:"."""
    window = text[max(0, start - 120) : start]
    if "known" not in window and "nicknamed" not in window:
        return None  # most names: no other name given (a plain test before the pattern)
    if _ALIAS_BEFORE.search(window) is None:
        return None
    for offset, name in reversed(cast.mentions):
        if offset >= start:
            continue
        if sentence_end(text, offset) < start:
            return None
        person = cast.people.get(name)
        if person is not None and person.is_person and " " in name:
            return name
    return None


_ALIAS_BEFORE = re.compile(
    r"(?:\bknown\b[^.;:]{0,80}?\bas|\bknown\b[^.;:]{0,80}?\bby the name of\b[^.;:]{0,40}:"
    r"|\bnicknamed|\bbetter known as)\s*$"
)
_APOSTROPHES = frozenset({"'", "’"})
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")


def sentence_end(text: str, offset: int) -> int:
    """Where the sentence holding `offset` ends: its stop (a closing mark after it
    kept), or the line's end, or the text's."""
    found = _SENTENCE_BREAK.search(text, offset)
    return found.start() if found else len(text)


def body_apostrophe(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether token j is the apostrophe of a plural inside a body's name: "the Kakheti
    Winemakers' Guild", "Residents' Association" (not "Sanders' Vermont staff")."""
    if tokens[j][0] not in _APOSTROPHES or j == 0 or j + 1 >= len(tokens):
        return False
    owner = tokens[j - 1]
    if owner[2] != tokens[j][1] or not owner[0].endswith("s") or not owner[0][:1].isupper():
        return False
    after = [t[0] for t in takewhile(lambda t: t[0][:1].isupper(), tokens[j + 1 : j + 5])]
    return bool(after) and after[-1].casefold() in _BODY_HEADS


def _glued_apostrophes(run: list[str]) -> list[str]:
    """The words of a run of tokens, a plural's apostrophe joined to its word
    ("Operators", "'" -> "Operators'")."""
    words: list[str] = []
    for token in run:
        if token in _APOSTROPHES and words and words[-1].endswith("s"):
            words[-1] += token
        else:
            words.append(token)
    return words


def _photo_credit(text: str, tokens: list[tuple[str, int, int]], j: int) -> bool:
    """A name at a slash followed, to the end of its line or parenthesis, by an agency
    only is a photo's credit, not someone the text speaks of: "Anthony Wallace / AFP -
    Getty Images", "(Photo: Jo Smith/AP)"; not "Rick Dorsey/Dorsey Holdings, said"."""
    if j + 1 >= len(tokens) or tokens[j][0] != "/":
        return False
    credit: list[str] = []
    for token, start, _ in tokens[j + 1 :]:
        if token == ")" or "\n" in text[tokens[j][2] : start]:
            break
        if len(credit) == _CREDIT_TOKENS:
            return False  # runs on past an agency's few words
        credit.append(token)
    return bool(credit) and all(t[:1].isupper() or t in _CREDIT_GLUE for t in credit)


_CREDIT_TOKENS = 6  # words of an agency's name after the slash, at most
_CREDIT_GLUE = frozenset({"-", "/", "&", "for"})


_ORG_RUN = re.compile(
    r"[A-Z][\w.&'’\-]*(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)?[A-Z][\w.&'’\-]*)*"
)
_ORG_HEADS = words("org_heads")
_BODY_HEADS = _ORG_HEADS | words("body_heads")
_POSSESSIVE_S = re.compile(r"['’]s$")
# An age written before a name: "57-year-old" (`grammar` and `assembly` match it too).
# "57-year-old", "seven-year-old", "Twenty-two-year-old" (a number word of data/numbers.txt,
# not a count: "hundreds", "a million")
_COUNTS = {"hundred", "thousand", "million", "dozens", "hundreds", "thousands"}
_AGE_WORD = "|".join(sorted(words("numbers") - _COUNTS))
AGE_BEFORE_NAME = rf"(?:\d{{1,3}}|(?i:(?:{_AGE_WORD})(?:-(?:{_AGE_WORD}))?))-years?-old"
_AGE_BEFORE = re.compile(AGE_BEFORE_NAME)


def _organisations(text: str) -> list[tuple[int, str]]:
    """Capitalised names holding an organisation head noun, with their offsets.

    The first line is left out: a Title Case headline ("Harbour Bank Quietly
    Closes ...") is no name; so is a run of more than six words. A run is cut where
    a sentence ends inside it ("the Ministry of Infrastructure and Transport. The
    ministry says"); "Co." and "U.S." end none.
    """
    out = []
    first_line = text.find("\n")
    for m in _ORG_RUN.finditer(text, max(0, first_line)):
        for offset, piece in _sentences_of_run(m.start(), m.group()):
            name = _POSSESSIVE_S.sub("", piece)
            parts = name.split()
            while parts and parts[0].casefold() in _NOT_NAME:
                parts = parts[1:]  # "The", "But": a sentence opener
            dated = next(
                (i for i in range(1, len(parts)) if parts[i].casefold() in _MONTHS_AND_DAYS),
                None,
            )
            if dated is not None and parts[dated - 1].islower():
                parts = parts[: dated - 1]  # "Kelsall University on Thursday": a date after it
            if 2 <= len(parts) <= 6 and any(w.casefold() in _ORG_HEADS for w in parts):
                out.append((offset + piece.index(parts[0]), " ".join(parts)))
    return out


def _sentences_of_run(start: int, run: str) -> list[tuple[int, str]]:
    """The pieces of a capitalised run between the full stops that end a sentence in it,
    each with its offset; the run whole when none does (most runs: no stop at all)."""
    if ". " not in run:
        return [(start, run)]
    pieces = []
    begin = 0
    for m in re.finditer(r"\S+\.(?=\s)", run):
        if not closes_abbreviation(m.group()):
            pieces.append((start + begin, run[begin : m.end() - 1]))
            begin = m.end() + 1
    pieces.append((start + begin, run[begin:]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]


def _birth_name(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the name at token `i` is someone's name at birth: right after "born" or
    "née" ("who was born Halina Nowak", "Ana Ruiz, née Ana Ortega,"; a sentence's
    capitalised "Born" opens the name's own run of tokens, and is read there)."""
    return i > 0 and tokens[i - 1][0].casefold() in _BIRTH_NAME_WORDS


_BIRTH_NAME_WORDS = frozenset(["born", "née", "nee"])


def _register(
    cast: Cast,
    name: str,
    words: list[str],
    tokens: list[tuple[str, int, int]],
    i: int,
    j: int,
    start: int,
    mention: bool = True,
) -> None:
    """Record one mention of `name` (a run of capitalised tokens i..j); with `mention`
    false, only what it says of the person."""
    parts = name.split()
    title = [w.casefold() for w in words[: words.index(parts[0])]] if parts[0] in words else []
    title += [part for w in title if _compound_title(w) for part in w.split("-")]
    if len(parts) == 1:
        full = cast.full_name(name)
        if full == name and name not in cast.people:
            # A lone capitalised word is a person only once a full name explains
            # it, or when a personal title stands before it ("Mr. Obama").
            if set(title[-1:]) & _SURNAME_TITLES:
                cast.people[name] = Person(
                    name, _gender("", title[-1:]), set(title), is_person=True
                )
            elif _first_name_appositive(name, tokens, i, j):
                kin = _kin_before(tokens, i)
                gender = _RELATIVE_GENDER.get(kin or "") or _gender(name, [])
                context = {"first-name", *_kin_marker(tokens, i)}
                cast.people[name] = Person(name, gender, context, is_person=True)
            elif (given := _name_given_before(tokens, i)) is not None and name.isalpha():
                # "a man from Brazil who gave only his first name, Marco": a person,
                # of the gender the clause's "his" or "her" says
                cast.people[name] = Person(name, given or None, {"given"}, is_person=True)
            elif (played := _character_of(name, tokens, i, j)) is not None or (
                age_closed_by(tokens, j) == "," and not is_polity(name)
            ):
                # "Sutrisno, 52, a cook from Cilacap,": one name, as many people have;
                # "Levan (Giorgi Chikovani)", "Eteri, the grandmother,": a review's
                # character by the one name the film gives, credited with its lines;
                # "Keila, 24," after "Keila Zelaya" is her
                known = cast.by_first_name(name)
                if known is not None:
                    if mention:
                        cast.mentions.append((start, known))
                    return
                if played is not None:
                    cast.people[name] = Person(name, played or None, {"character"}, True)
                else:
                    cast.people[name] = Person(name, None, {"aged"}, is_person=True)
            else:
                return
        if mention:
            cast.mentions.append((start, full))
        return
    if name not in cast.people and (set(title[-1:]) & _BIRTH_NAME_WORDS or _birth_name(tokens, i)):
        # "Born Harriet Mae Poirier in Newport, she married ...": the birth name of a
        # person the text named by her first name before, no one new
        known = cast.by_first_name(parts[0])
        if known is not None and known != name:
            if mention:
                cast.mentions.append((start, known))
            return
    person = cast.people.get(name)
    if person is None:
        full = cast.full_name(name)
        person = cast.people.get(full) if full != name else None
        if person is None:
            person = cast.people[name] = Person(name)
            short = cast.people.get(parts[-1])
            if short is not None:  # "Mr. Obama" before "Barack Obama"
                person.context |= short.context
                person.gender = short.gender
                person.is_person = True
        name = person.name
    # Context: the title before the name (same run, or the lower-case words
    # just before it) and an appositive after it.
    window = tokens[max(0, i - 6) : i]
    # the name's own sentence only: "injured a special agent in Minnesota Monday.
    # Carstie Lee Caulsen, 71, ..." does not make Caulsen an agent
    # (not the full stop of an abbreviation right before it: "headteacher, Md. Abdul
    # Kuddus Mia" is the headteacher's)
    stop = max(
        (
            n + 1
            for n, t in enumerate(window)
            if t[0] in {".", "!", "?"} and not _abbreviation_before_name(window, n)
        ),
        default=0,
    )
    before = [t[0].casefold() for t in window[stop:]]
    # "A police lieutenant told CBS4's Donna Rapado": words before a verb describe
    # its subject, not this name
    verbs = [n for n, w in enumerate(before) if w in _CUES or w in _VERBISH]
    if verbs:
        before = before[verbs[-1] + 1 :]
    after = []
    # '..." owed by Martin Okafor," the prosecutor said': a quotation closing after
    # the name, and what follows the mark is no appositive of it
    closes = j + 1 < len(tokens) and tokens[j + 1][0] in {'"', "”"}
    if j < len(tokens) and tokens[j][0] == "," and not closes:
        past = j + 1
        if age_closed_by(tokens, j) == "," and j + 3 < len(tokens):
            # past an age to an appositive ("Fadma Ait Ouhmad, 52, the cooperative's
            # president"), not to a clause ("Aiko, 34, who trained as a priest") nor to
            # the next of a list ("Tomas Ruiz, 52, his wife, Elena, and ...")
            past = j + 3 if tokens[j + 3][0].casefold() in {"a", "an", "the"} else j + 1
        for t in tokens[past : past + 9]:
            if t[0] in {",", ".", ";"} or t[0].casefold() in _NEGATIONS:
                break  # "who is no relation to the mayor": not what the person is
            after.append(t[0].casefold())
        verb = next((n for n, w in enumerate(after) if w in _CUES or w in _VERBISH), None)
        participle = verb is not None and after[verb + 1 : verb + 2] in (["by"], ["as"], ["for"])
        if (
            verb is not None
            and not participle  # "Mira Castell, a nurse hailed as a hero,": hers
            and not set(after[:verb]) & {"who", "whose", "that", "which"}
        ):
            after = []  # "Unlike Anna Kim, the coach said": the next clause's subject
    context = set(title) | set(after) | set(before) | _kin_marker(tokens, i)
    context |= _head_before_of(tokens, i)
    context = {_POSSESSIVE_S.sub("", w) for w in context}
    # whose the person is ("Rwakatare's lawyer", "his lawyer"): "owner:rwakatare"
    context |= {
        f"{_OWNER_MARK}{_POSSESSIVE_S.sub('', w)}"
        for w in (*before, *after)
        if w in OWNER_GENDER or _POSSESSIVE_S.search(w)
    }
    for w in list(context):
        context.update(w.split("-"))
    person.context |= context
    if person.gender is None:
        # the full name's first word ("Ben Ammar" of "Sarra Ben Ammar" is no "Ben")
        person.gender = _gender(given_name(person.name.split()), title + before[-1:])
    if _gender("", title) is None:  # an honorific ("Mrs.") says it, whatever follows
        person.gender = _appositive_gender(person.gender, _appositive_head(after), parts)
        # "Her father, Lin Chin-fu,": the family noun before the name says it, as the
        # census's count for a first name (here a family name, "Lin") cannot; only an
        # appositive closed after the name ("to her father, Ann Cole told the inquiry"
        # opens a clause of Ann Cole's)
        closed = j >= len(tokens) or tokens[j][0] in {",", ".", ")"}
        kin = _kin_before(tokens, i) if closed else None
        person.gender = _RELATIVE_GENDER.get(kin or "") or person.gender
    opens = i == 0 or tokens[i - 1][0] in {".", "!", "?"}
    appositive = tokens[i - 1][0] == "," and first_name_gender(parts[0]) is None
    if after[:1] == ["which"] and (
        opens or tokens[i - 1][0].casefold() in _PREPOSITIONS or appositive
    ):
        # "at Bear Stearns, which collapsed", "the plant's owner, Hraunvik Seafood, which
        # employs": "which" is said of things only, whatever other mentions suggest ("the
        # chairman of Bear Stearns, who died"); after a verb it may be the whole
        # clause's ("nominated Amy Barrett, which angered"), and after a person's name
        # set off by commas the noun's before it ("the sacking of its manager, Tom
        # Hale, which came after five defeats")
        person.is_person, person.called_it = False, True
    if _owns_a_body(parts, tokens, j):
        # "members of the Rail Drivers' Union": a body's name cut at its apostrophe
        person.is_person, person.called_it = False, True
    if not person.is_person and not person.called_it:
        # "the chairman of Harbour Patriots": a title before "of" is not this name's, nor
        # one before a place's ("one stallholder in Port Vila, who ...")
        placed = _written_as_place(before) and _placed_again(cast.text, name)
        near = before[-2:] if not before or (before[-1] not in _LINKS and not placed) else []
        # an age set off by commas ("Ines Okoro, 34, said") or before the name
        # ("24-year-old Meron Girma") is said of people only
        aged = age_closed_by(tokens, j) is not None or bool(
            before and _AGE_BEFORE.fullmatch(before[-1])
        )
        # a role or relative explained by the name ("his coach, Kerin Vale,",
        # "her son, Corin Vale,") is said of people only
        explained = near[-1:] == [","] and bool(set(near[:1]) & _APPOSITIVE_PERSON_NOUNS)
        # (an appositive after a place's name is the place's: "in Port Vila, the capital")
        described = None if placed else _appositive_head(after)
        # "Dele Marchbank, who toured with her" / ", the saxophonist who toured": "who"
        # is said of people; not of a place's name ("one stallholder in Port Vila, who
        # asked not to be named": the stallholder's)
        who = "who" in after[:4] and not placed
        # "Mount Sinai Hospital", "South Francisco Avenue"; not "Detective Mark Road"
        titled = bool((set(title) | set(near)) & _PERSON_TITLES)
        # a title opening the next name after the comma is that name's, not a role of this
        # one ("The Minister of Education and Scientific Research, Prof. Gaspard ...")
        named_next = [t[0] for t in tokens[j + 2 : j + 4] if t[0] != "."][:1]
        retitled = (
            j + 1 < len(tokens)
            and tokens[j][0] == ","
            and _honorific(tokens[j + 1][0])
            and bool(named_next)
            and named_next[0][:1].isupper()
        )
        thing = not titled and _names_a_thing(name)
        person.is_person = (
            not thing
            and (
                first_name_gender(parts[0]) is not None  # census lists, then world-wide counts
                or family_first(parts)
                or aged
                or who
                or explained
                or described is not None
                or (len(parts) > 1 and _compound_person_head(after) and not is_polity(name))
                or bool(
                    (set(title) | set(near) | set(after[:1] if not retitled else ()))
                    & _TITLES_AND_ROLES
                )
                or _bare_role(after)
                or _holds_office(tokens, i)
            )
        )
        if explained and person.gender is None:
            person.gender = _RELATIVE_GENDER.get(near[0])
        if described is not None and person.gender is None:
            person.gender = _RELATIVE_GENDER.get(described)
    if mention:
        cast.mentions.append((start, name))


_NEGATIONS = words("negations")


def _head_before_of(tokens: list[tuple[str, int, int]], i: int) -> set[str]:
    """The head of a long role set off before the name at token i, past the six words
    the context reads: "leader" of "The leader of the subcontract workers' union branch,
    Bae Sung-hoon" (what "the union leader" later means)."""
    if i < 2 or tokens[i - 1][0] != ",":
        return set()
    head: set[str] = set()
    for k in range(i - 2, max(0, i - _ROLE_REACH) - 1, -1):
        word = tokens[k][0]
        if word in {".", "!", "?", ",", ";", ":", '"', "“", "”"}:
            break
        if word in {"of", "for"} and k > 0:
            # the first "of" of the phrase: "The leader of the local branch of the union"
            before = tokens[k - 1][0]
            head = {before.casefold()} if before.isalpha() and before.islower() else set()
    return head


_ROLE_REACH = 12  # tokens from the comma before a name back to the "of" after its role


def _abbreviation_before_name(window: list[tuple[str, int, int]], n: int) -> bool:
    """Whether the full stop at `n`, the last token before a name, ends a short form of
    a given name glued to it ("Md." for Mohammad, `data/name_abbreviations.txt`); a
    short surname or place ending a sentence ("a nurse, Ana Lee. Tom Hale ...") does not."""
    if n != len(window) - 1 or n == 0:
        return False
    word, _, end = window[n - 1]
    return word in _NAME_ABBREVIATIONS and end == window[n][1]


_NAME_ABBREVIATIONS = words("name_abbreviations")


def _owns_a_body(parts: list[str], tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether a name with no known first name stands before an apostrophe and a
    capitalised head of an organisation ("Rail Drivers' Union", "Harbour Pilots'
    Association"): the run is the first part of a body's name, no person."""
    return (
        j + 1 < len(tokens)
        and tokens[j][0] in {"'", "’"}
        and tokens[j + 1][0][:1].isupper()
        and tokens[j + 1][0].casefold() in _ORG_HEADS
        and first_name_gender(parts[0]) is None
    )


def _compound_person_head(after: list[str]) -> bool:
    """An appositive whose head needs a word before it to be a person's: "a committee
    member whose ...", "a senior member of ..." (data/compound_person_heads.txt); a
    country's name before it stays a country ("South Korea, a founding member")."""
    if not after or after[0] not in _APPOSITIVE_DETERMINERS:
        return False
    phrase = _appositive_phrase(after[1:])
    return (
        len(phrase) >= 2
        and phrase[-1] in _COMPOUND_PERSON_HEADS
        and phrase[-2].isalpha()
        and phrase[-2].islower()
    )


_COMPOUND_PERSON_HEADS = words("compound_person_heads")


def _bare_role(after: list[str]) -> bool:
    """An appositive that is a role with no article: "Pankaj Pandey, senior analyst at
    ICICI,", "Ana Ruiz, managing director of ...": up to three words before "of", "at"
    or the like, the last a role or title."""
    phrase = _appositive_phrase(after)
    return (
        0 < len(phrase) <= 3
        and phrase[-1] in _TITLES_AND_ROLES
        and all(w.isalpha() for w in phrase)
    )


def _appositive_phrase(words: list[str]) -> list[str]:
    """The words of an appositive up to its first preposition, "of", relative or "and":
    the noun phrase whose last word is its head."""
    return list(takewhile(lambda word: word not in _APPOSITIVE_STOPS, words))


def _appositive_head(after: list[str]) -> str | None:
    """The person noun of an appositive after a name, or None.

    "Kerin Whitfield, a local teacher," / "Nkosana Dube, the mayor," /
    "Aarav Mehta, a commuter from Lyle,": a determiner, then a noun phrase
    whose head (its last word before a preposition, "of", a relative or
    "and") is a role, office or relative noun; "Kerin Whitfield, who
    teaches ...": "who" is said of people ("who" itself is returned). A
    head outside those lists ("Harwick Transit, the bus operator,") says
    nothing.
    """
    if after[:1] == ["who"]:
        return "who"
    if not after or after[0] not in _APPOSITIVE_DETERMINERS:
        return None
    phrase = _appositive_phrase(after[1:])
    if not phrase or not (
        phrase[-1] in _APPOSITIVE_HEADS or _occupation(phrase[-1]) or _closed_compound(phrase[-1])
    ):
        return None
    return phrase[-1]


def _closed_compound(noun: str) -> bool:
    """A person noun written as one word with a word before it ("schoolteacher",
    "shopkeeper", "stepfather"): it ends in a tail of `data/compound_person_tails.txt`
    after COMPOUND_HEAD letters or more (a wheelchair or a screwdriver is no person)."""
    return noun.isalpha() and any(
        noun[at:] in _COMPOUND_TAILS for at in range(COMPOUND_HEAD, len(noun) - 1)
    )


COMPOUND_HEAD = 4  # "school" of "schoolteacher"; not "co" of "coworker"
_COMPOUND_TAILS = words("compound_person_tails")


def _either_gender(first: str) -> bool:
    """Whether the census lists the first name for both genders ("Dana", "Jordan")."""
    return _census_first_names().get(first.casefold(), ("", False))[1]


def _appositive_gender(gender: str | None, head: str | None, parts: list[str]) -> str | None:
    """A name's gender after an appositive whose noun has one.

    "Dana Whitfield, a spokesman for the office," / "Jordan Kell, a mother of
    two,": a relative or a person noun with a gender decides it, as the
    census's count for a first name that both genders bear cannot; a role
    word written with a gender ("spokesman"), which news also writes for
    the other, gives a name with no gender yet its own and leaves open a
    name both genders bear ("Dana") that it contradicts; a name of one
    gender ("Mary Kell, a spokesman") keeps it."""
    if head is None:
        return gender
    said = _RELATIVE_GENDER.get(head) or _PERSON_NOUN_GENDER.get(head)
    if said:
        return said
    role = _TITLE_GENDER.get(head, "")
    if not role.endswith("-role") or gender == role[0]:
        return gender
    if gender is None:
        return role[0]
    return None if _either_gender(given_name(parts)) else gender


def _occupation(noun: str) -> bool:
    """A noun for someone by what they do or study ("astrophysicist", "technician"):
    an ending of `data/occupation_endings.txt` on a word of seven letters or more."""
    return (
        len(noun) >= 7
        and noun.isalpha()
        and noun.endswith(_OCCUPATION["endings"])
        and noun not in _OCCUPATION["not"]
    )


_OCCUPATION = pairs("occupation_endings")


_APPOSITIVE_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "our"})
_APPOSITIVE_STOPS = words("prepositions") | words("relatives") | {"of", "and", "or", "who"}
_ROLE_HEADS_ONLY = words("role_heads")


def is_age(word: str) -> bool:
    """A number a person's age can be: decimal digits (not "²", which int() cannot
    read) for 1 to 119."""
    return word.isdecimal() and 0 < int(word) < 120


def age_closed_by(tokens: list[tuple[str, int, int]], j: int) -> str | None:
    """What closes an age set off by a comma after token j - 1 ("Sutrisno, 52, a cook":
    ","; "Ines Okoro, 34." "."; "" at the text's end), said of people only; None when
    no age stands there."""
    if not (j + 1 < len(tokens) and tokens[j][0] == "," and is_age(tokens[j + 1][0])):
        return None
    closer = tokens[j + 2][0] if j + 2 < len(tokens) else ""
    return closer if closer in {",", ".", ";", ""} else None


# The words of a clause in which someone unnamed gives a name (read here and by the
# grammar): verbs, objects, and the words between the object and the name.
NAME_GIVING = {key: frozenset(values) for key, values in pairs("name_giving").items()}
_GIVER_GENDER = {"his": "m", "himself": "m", "her": "f", "herself": "f"}


def name_given(tokens: list[tuple[str, int, int]], at: int) -> tuple[str, int] | None:
    """The name an unnamed speaker gives in the relative clause at token `at`: "said a
    man who gave only his first name, Dale, who ..." -> "Dale"; "a spectator who gave
    his name only as Budi." -> "Budi" (the words are `data/name_giving.txt`). The name
    must close the clause: a comma, a stop or the text's end after it."""
    if at >= len(tokens) or tokens[at][0].casefold() != "who":
        return None
    given = next(
        (
            k
            for k in range(at + 1, min(len(tokens), at + 10))
            if tokens[k][0].casefold() in NAME_GIVING["objects"]
            and any(t[0].casefold() in NAME_GIVING["verbs"] for t in tokens[at + 1 : k])
        ),
        None,
    )
    if given is None:
        return None
    first = given + 1
    while (
        first < len(tokens)
        and first < given + 5
        and tokens[first][0].casefold() in NAME_GIVING["between"]
    ):
        first += 1
    last = first
    while last < len(tokens) and last < first + 3 and name_token(tokens, last):
        last += 1
    closed = last >= len(tokens) or tokens[last][0] in {",", ".", ";", "!", "?"}
    if last == first or not closed or not tokens[first][0][:1].isupper():
        return None
    return join_tokens(tokens[first:last]), tokens[first][1]


def is_firm_name(words: Sequence[str]) -> bool:
    """A firm named after its partners: capitalised words joined by "&" ("Fenwick &
    Lowe", "Johnson & Johnson"), which `name_in` reads as no person's name; not two
    people's full names ("Ana Ruiz & Tom Hale")."""
    if "&" not in words[1:-1] or not all(w[:1].isupper() for w in words if w != "&"):
        return False
    at = list(words).index("&")
    sides = (words[:at], words[at + 1 :])
    return not all(len(side) > 1 and first_name_gender(side[0]) is not None for side in sides)


def join_tokens(tokens: Sequence[tuple[str, int, int]]) -> str:
    """Tokens as the text wrote them: a space only where the text had one."""
    out = ""
    prev_end = None
    for tok, start, end in tokens:
        if prev_end is not None and start > prev_end:
            out += " "
        out += tok
        prev_end = end
    return out


def _name_given_before(tokens: list[tuple[str, int, int]], i: int) -> str | None:
    """Whether the name at token i is one someone unnamed gave ("who gave only his
    first name, Marco", "identified herself only as Bev"): the gender the clause
    says ("m", "f"), "" when it says none, None when no name was given there.

    The relative clause `name_given` reads from its "who" (however long: "who asked
    to be identified only by her first name, Anjali"), else the few words right
    before the name: a verb and what is given ("A shopper identified herself only as
    Bev and said ...", no "who", nor a stop after the name)."""
    for w in range(i - 1, max(-1, i - _GIVING_REACH), -1):
        if tokens[w][0].casefold() == "who":
            given = name_given(tokens, w)
            if given is not None and given[1] == tokens[i][1]:
                return _giver_gender([t[0].casefold() for t in tokens[w:i]])
            break
    k = i - 1
    while k >= 0 and k > i - 6 and tokens[k][0].casefold() in NAME_GIVING["between"]:
        k -= 1
    if k < 1 or tokens[k][0].casefold() not in NAME_GIVING["objects"]:
        return None
    clause = [t[0].casefold() for t in tokens[max(0, k - 4) : i]]
    if not any(w in NAME_GIVING["verbs"] for w in clause[:-1]) or "its" in clause:
        return None  # "a stall that gave its name as Bahia": no person's
    return _giver_gender(clause)


def _giver_gender(clause: list[str]) -> str:
    """The gender a name-giving clause says by its "his", "her", "himself" or
    "herself" ("m", "f"), "" when it says none or both."""
    genders = {_GIVER_GENDER[w] for w in clause if w in _GIVER_GENDER}
    return genders.pop() if len(genders) == 1 else ""


# How many tokens before a given name its clause's "who" may stand.
_GIVING_REACH = 12


def _first_name_appositive(name: str, tokens: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """A lone first name set off by commas after a family noun: "Tarrant's wife, Melania, ...".

    The story names a relative by first name alone, and later "she said"
    means her. A census first name counts, or any other word when the family
    noun gives a gender ("his wife, Sulastri,": names of many countries are no
    census's); alone between commas right after the noun (`data/kinship.txt`);
    anywhere else a lone first name stays unknown, as before.
    """
    noun = _kin_before(tokens, i)
    return (
        noun is not None
        and j < len(tokens)
        and (tokens[j][0] == "," or (tokens[i - 1][0] != "," and tokens[j][0] == "."))
        and j == i + 1
        and (name.casefold() in first_names() or (noun in _RELATIVE_GENDER and name.isalpha()))
    )


def _character_of(name: str, tokens: list[tuple[str, int, int]], i: int, j: int) -> str | None:
    """Whether a lone name at tokens i..j is a person the text names by that word
    alone: its gender ("m", "f", "" for none said), or None when it is not.

    A review's cast list in its prose: the character's name, then its actor in
    brackets ("Levan (Giorgi Chikovani)", "Zurab (a wonderfully hangdog Merab
    Kapanadze)"), or set off by a relative noun ("Eteri, the grandmother,"). A
    family noun before it ("his sister Mariam") or the census says the gender;
    the relative noun after it does too; a lone word neither gives is no character's
    name but a party's, a film's or a firm's ("Fidesz (Viktor Orban)"), and a place's
    has no relative noun after it ("Brazil, the host,") nor a name in brackets
    ("Georgia (the country)")."""
    if not name.isalpha() or is_polity(name) or j + 1 >= len(tokens):
        return None
    gender = _RELATIVE_GENDER.get(_kin_before(tokens, i) or "") or _gender(name, []) or ""
    if tokens[j][0] == "(":
        if not gender:
            return None  # "Fidesz (Viktor Orban)", "Oppenheimer (Christopher Nolan)": no person
        inside = list(takewhile(lambda t: t[0] != ")", tokens[j + 1 : j + 9]))
        closed = j + 1 + len(inside) < len(tokens) and tokens[j + 1 + len(inside)][0] == ")"
        actor = name_in([t[0] for t in inside]) if closed and inside else None
        return gender if actor is not None and len(actor.split()) > 1 else None
    if tokens[j][0] == "," and j + 3 < len(tokens) and tokens[j + 3][0] == ",":
        det, noun = tokens[j + 1][0].casefold(), tokens[j + 2][0].casefold()
        if det in {"the", "a", "an", "his", "her", "their"} and noun in _RELATIVE_GENDER:
            return _RELATIVE_GENDER[noun]
    return None


def _actor_of_character(cast: Cast, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the name at token i is the actor in brackets after a character
    ("Levan (Giorgi Chikovani)"): an aside of the review, so no mention for
    pronouns, which go on meaning the character."""
    for k in range(i - 1, max(-1, i - 6), -1):
        word = tokens[k][0]
        if word == ")":
            return False
        if word == "(":
            person = cast.people.get(tokens[k - 1][0]) if k > 0 else None
            return person is not None and "character" in person.context
    return False


def _kin_before(tokens: list[tuple[str, int, int]], i: int) -> str | None:
    """The family noun right before a name at token i, set off by a comma ("his wife,
    Sulastri,") or after an owner ("her son Babacar, 19,", "Diop's son Babacar.")."""
    if i >= 2 and tokens[i - 1][0] == ",":
        noun = tokens[i - 2][0].casefold()
        return noun if noun in _KINSHIP else None
    if i < 2:
        return None
    noun, owner = tokens[i - 1][0].casefold(), tokens[i - 2][0].casefold()
    owned = owner in _OWNER_PRONOUNS or owner.endswith(("'s", "’s"))
    return noun if owned and noun in _KINSHIP else None


_OWNER_PRONOUNS = frozenset({"his", "her", "their", "my", "our"})
OWNER_GENDER = {"his": "m", "her": "f"}  # an owner pronoun's gender
_OWNER_MARK = "owner:"  # a context word naming whose the person is
TITLE_REACH = 16  # characters before a mention read for its title
# A title's written forms, each for any of them: "Prof Lim" of "Professor Lim Boon Heng"
# (data/title_forms.txt, one title a line).
_TITLE_FORMS = {
    form: forms
    for forms in (frozenset(line.split()) for line in phrases("title_forms"))
    for form in forms
}


def _kin_marker(tokens: list[tuple[str, int, int]], i: int) -> set[str]:
    """{"kin:her:husband"} for a name at token i introduced as "her husband, Baraka," or
    "her son Babacar", for a later "Her husband" (Cast.by_kin); else nothing."""
    kin = _kin_before(tokens, i)
    at = i - 3 if i >= 3 and tokens[i - 1][0] == "," else i - 2
    owner = tokens[at][0].casefold() if kin and at >= 0 else ""
    return {f"kin:{owner}:{kin}"} if owner in _OWNER_PRONOUNS else set()


_KINSHIP = words("kinship")
_RELATIVE_GENDER = {w: g for g, ws in pairs("kinship_gender").items() for w in ws}
# Nouns an appositive name explains ("her son, Corin Vale,"): only people are.
_APPOSITIVE_PERSON_NOUNS = frozenset(_RELATIVE_GENDER) | _NAME_ROLES | _PERSON_TITLES
# One person's nouns, with the gender each gives ("" for either).
_PERSON_NOUN_GENDER = {w: g.strip("-") for g, ws in pairs("person_nouns").items() for w in ws}
PERSON_NOUN_GENDER = _RELATIVE_GENDER | _PERSON_NOUN_GENDER
_APPOSITIVE_HEADS = _APPOSITIVE_PERSON_NOUNS | _ROLE_HEADS_ONLY
_TITLES_AND_ROLES = _PERSON_TITLES | _NAME_ROLES


# Titles that make a lone surname a person ("Mr. Obama", "Sen. Feinstein").
_SURNAME_TITLES = words("surname_titles")


_TITLE_GENDER = {w: g for g, ws in pairs("title_gender").items() for w in ws}


def _gender(first: str, title: list[str]) -> str | None:
    """A person's gender from an honorific, else from a role word and the first name.

    A role word and a first name that disagree leave it open: news writes
    "spokesman" and "chairman" for women ("Trump spokesman Hope Hicks ... she
    said"), and the census lists men's names of other languages as women's
    ("Senate chairman Andrea Bellucci ... he said")."""
    kinds = {_TITLE_GENDER.get(t) for t in title}
    for gender in ("f", "m"):
        if gender in kinds:
            return gender
    named = None
    if first:
        named = _MIDDLE_GENDER.get(first.casefold()) or first_name_gender(first)
    role = next((g for g in ("f", "m") if g + "-role" in kinds), None)
    if role is not None and named is not None and role != named:
        return None
    return role or named


# Where a description's head ends: at a comma, a preposition or a relative ("a woman in
# the queue", "a spokeswoman for Ellery Aid", "a man who saw it").
_DESCRIPTION_HEAD_END = re.compile(r",|\s(?:for|of|at|in|with|from|who|whose|that|which)\s")


def description_gender(description: str) -> str | None:
    """The gender an indefinite description brings in with someone new ("a spokeswoman
    for Ellery Aid", "a woman who found him"), from its head: the last word before
    a preposition, a comma or a relative; None when it gives none. A definite one
    ("the mother") mostly stands for someone named before, who stays the referent."""
    head = _DESCRIPTION_HEAD_END.split(description)[0].split()
    if len(head) < 2 or head[0].casefold() not in _INDEFINITE:
        return None
    noun = head[-1].casefold()
    return _gender("", [noun]) or PERSON_NOUN_GENDER.get(noun) or None


def add_speakers(cast: Cast, text: str, mentions: list[str]) -> None:
    """Names used as the subject of a speech verb are people ("Cruz said").

    A lone surname or a first name missing from the census lists ("Jeb Bush")
    does not make a person in `build_cast`; said by someone, it does, so that a
    later "he said" can point back at them. Every capitalised mention of the
    name joins the cast's mentions; the gender comes from its first name when
    the name lists know it ("Kieran"), else from the pronouns that follow its
    first mention.
    """
    added = False
    for mention in dict.fromkeys(mentions):
        words = token_words(mention)
        if not words or words[0].casefold() in _DEFINITE | _INDEFINITE or _body_joined(words):
            continue  # (not "Heritage" of "the Ministry of Culture and Heritage")
        name = _name_before_of(words) or name_in(words)
        if name is None or name.casefold() in PRONOUNS or name.isupper():
            continue
        if _written_lower(name, text):
            continue  # "Officials said": a common noun that opens a sentence
        if is_place(name, cast) and name.split()[0].casefold() not in first_names():
            continue  # "Portland said": a city speaking is its officials, not a person
        full = cast.full_name(name)
        if full == name and " " not in name:
            # "Dewi said" after "Dewi Kartika Sari": her, called by her first name, no
            # one new (whom an "its" nearby would make a body)
            full = cast.by_first_name(name) or name
            if full == name and cast.body_by_first_word(name) is not None:
                continue  # "Kuura said" after "Kuura Systems": the firm, no one new
        person = cast.people.get(full)
        body = _body_appositive(full, text)  # "Ofwat, the water regulator, said"
        if person is not None:
            if body:
                person.is_person, person.called_it = False, True
            elif not person.is_person and not _names_a_thing(full):
                person.is_person = True  # not "Eirlink Networks says"
            continue
        if body:  # a body speaking, never a "she"
            cast.people[full] = Person(full, None, is_person=False, called_it=True)
        else:
            cast.people[full] = Person(full, _gender(full.split()[0], []), is_person=True)
        for m in re.finditer(r"\b" + re.escape(full) + r"\b(?!\s+[A-Z])", text):
            # not the first word of a longer name ("Pimchanok Rattanakul"): a mention
            # of its own, which the cast holds already
            cast.mentions.append((m.start(), full))
        added = True
    if added:
        cast.mentions.sort()
        learn_genders(cast, text)


def _body_appositive(name: str, text: str) -> bool:
    """Whether the text describes `name` as a body in an appositive right after it:
    "Ofwat, the water regulator,", "Harwick Transit, a bus company," (a head of
    `body_heads.txt` or `org_heads.txt`, and a comma closing it: in "According to Sam
    Clemens, a group of five people were ..." a clause follows the name)."""
    written = name + ","
    at = text.find(written)  # a plain search first: most names never stand before a comma
    while at >= 0:
        start = at
        at = text.find(written, at + 1)
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # inside a longer word
        spaces = _SPACES.match(text, start + len(written))
        if spaces is None:
            continue
        closed = _CLOSED_APPOSITIVE.match(text, spaces.end())
        after = [w.casefold() for w in token_words(closed.group(1))] if closed else []
        if after[:1] in (["the"], ["a"], ["an"]) and 1 < len(after) <= 8:
            phrase = _appositive_phrase(after[1:])
            if phrase and phrase[-1] in _BODY_HEADS:
                return True
    return False


# A short appositive closed by a comma: "the water regulator,".
_CLOSED_APPOSITIVE = re.compile(r"([^,.;:()\n]{1,60}),")
_SPACES = re.compile(r"\s+")


def _names_a_thing(name: str) -> bool:
    """A name with a word of bodies, works or streets after its first ("Eirlink
    Networks", "Boreal Ridge Minerals"), or ending in an acronym that is no letters
    after a name ("Roth IRA", not "Ana Ruiz KC")."""
    parts = name.split()
    last = parts[-1] if len(parts) > 1 else ""
    acronym = len(last) >= 3 and last.isascii() and last.isupper() and last.isalpha()
    acronym = acronym and not _ROMAN.fullmatch(last)
    return (acronym and last not in _POST_NOMINALS) or any(
        word.casefold() in _NOT_PERSON_NAME for word in parts[1:]
    )


_ROMAN = re.compile(r"[IVX]+")


def _written_lower(name: str, text: str) -> bool:
    """Whether a one-word name also stands in the text as a lower-case word.

    The pattern is made for the name: it is compiled only when the lower-case
    form occurs in the text at all."""
    low = name.lower()
    return (
        " " not in name
        and low in text
        and re.search(r"\b" + re.escape(low) + r"\b", text) is not None
    )


def learn_genders(cast: Cast, text: str) -> None:
    """Genders from the pronouns that follow each person's mentions.

    After every mention outside a quotation, up to the next mention of someone
    else (at most 200 characters, quotations skipped), "he" and "she" are counted. A
    person with no gender yet takes the only kind seen. A gender guessed from
    the first name (census frequencies: "Lindsey" is mostly a woman's name)
    gives way, for a first name both genders use, when the text says otherwise
    twice and never agrees: Lindsey Graham followed by "he said" is a
    man.
    """
    votes: dict[str, list[int]] = {}
    mentions = cast.mentions
    for k, (offset, name) in enumerate(mentions):
        person = cast.people.get(name)
        if person is None or (cast.quoted and cast.in_quotation(offset)):
            continue
        stop = len(text)
        for later, other in islice(mentions, k + 1, None):  # no copy of the rest per mention
            if later > offset and other != name and not cast.in_quotation(later):
                stop = later
                break
        window = _outside_quotations(text, offset, stop, cast.quoted, 200).casefold()
        tally = votes.setdefault(name, [0, 0])
        tally[0] += window.count(" he ") + window.count("\nhe ")
        tally[1] += window.count(" she ") + window.count("\nshe ")
    first_seen: set[str] = set()
    for offset, name in mentions:
        person = cast.people.get(name)
        if person is None or person.gender is not None or name in first_seen:
            continue
        first_seen.add(name)
        window = _OWN_CLAUSE_OBJECT.sub(_blank_objects, _past_own_words(text, offset, cast.quoted))
        window = window.casefold()
        if (
            person.is_person
            and not human_evidence(person)
            # "it" of the narrative only: 'Sato ... said the lander had come to rest
            # "on its side"' calls nothing Sato "it"
            and _called_it(
                _outside_quotations(text, offset, len(text), cast.quoted, 250).casefold()
            )
        ):
            # "Brightwave said ... on its site": a name known only as a speech verb's
            # subject that the text calls "it" is an organisation; a later
            # "she" is someone else
            person.is_person = False
            person.called_it = True
            continue
        he, she = len(_HE.findall(window)), len(_SHE.findall(window))
        if she and not he:
            person.gender = "f"
        elif he and not she:
            person.gender = "m"
        if not person.is_person and not person.called_it:
            person.is_person = _family_of_known(cast, name) or (
                person.gender is not None and _subject_then_pronoun(cast, text, offset, name)
            )
        votes.pop(name, None)  # the gender came from the text itself
    for name, (he, she) in votes.items():
        person = cast.people[name]
        first = name.split()[0].casefold()
        if not _either_gender(first):
            # "Ted", "Hillary": one gender in the census, no reason to doubt, unless the
            # name is rare there and the text says so right after it: "Gwyn Hughes
            # said he planned" (a Welsh man's name, a rare American woman's)
            rare = _census_counts().get(first, ("", False, False))[2]
            said = (
                _says_gender(text, name) if rare or (he + she >= 2 and not (he and she)) else None
            )
            if said is not None and person.gender is not None and said != person.gender:
                # the text says so right after the name, and (for a common name) never
                # the other pronoun after it: "Jess Bowden, who grows wheat ..., said she"
                person.gender = said
            continue
        if person.gender == "f" and he >= 2 and not she:
            person.gender = "m"
        elif person.gender == "m" and she >= 2 and not he:
            person.gender = "f"


def _says_gender(text: str, name: str) -> str | None:
    """The gender of the pronoun right after "NAME said" (or "says", "added"), when
    the text uses one and only one kind there."""
    if not any(f"{name}{after}" in text for after in (" said", " says", " added", " told", ",")):
        return None  # no such sentence: no pattern to build
    found = {
        "m" if m.group(1).casefold() == "he" else "f"
        for m in re.finditer(
            re.escape(name)
            + r"(?:,[^.,;]{1,120}(?:,[^.,;]{1,120})?,)?\s+(?:said|says|added|told\s+\w+)\s+"
            r"(?:that\s+)?(he|she)\b",
            text,
        )
    }
    return found.pop() if len(found) == 1 else None


def _outside_quotations(
    text: str, start: int, stop: int, quoted: list[tuple[int, int]], size: int
) -> str:
    """Up to `size` characters of text[start:stop] that lie outside the quotations."""
    out: list[str] = []
    total = 0
    pos = start
    at = bisect_left(quoted, (start, -1))
    if at > 0 and quoted[at - 1][1] > start:
        at -= 1
    while pos < stop and total < size:
        if at < len(quoted) and quoted[at][0] <= pos:
            pos = max(pos, quoted[at][1] + 1)
            at += 1
            continue
        end = min(stop, quoted[at][0] if at < len(quoted) else stop, pos + size - total)
        out.append(text[pos:end])
        total += end - pos
        pos = end
    return " ".join(out)


def _family_of_known(cast: Cast, name: str) -> bool:
    """Whether a full name starts with the first name of someone the text already
    showed to be a person ("her husband, Hamisi," then "Hamisi Chande")."""
    parts = name.split()
    known = cast.people.get(parts[0])
    return (
        len(parts) > 1
        and known is not None
        and known.is_person
        and bool(known.context & {"first-name", "given"})  # not "Mr. Trump", "Trump Tower"
        and not _names_a_thing(name)
        and parts[-1].casefold() not in _PLACE_ENDS  # "Kibo Ridge" after "her son, Kibo,"
    )


def _subject_then_pronoun(cast: Cast, text: str, offset: int, name: str) -> bool:
    """Whether a name opens a sentence that goes on about "he" or "she" with nobody
    else named in it ("Mwanaisha Chande heard the elephants before she saw them"), or
    that the next sentence follows with "He" or "She" when nobody of that gender was
    named before: a person, though no list holds the first name. Never a body's or a
    place's name, nor one whose first word is also written in lower case or whose last
    is a known person's surname."""
    before = text[:offset].rstrip(' "”’')
    if before and before[-1] not in ".!?\n":
        return False
    parts = name.split()
    if _names_a_thing(name) or parts[-1].casefold() in _PLACE_ENDS or is_polity(name):
        return False  # "Harbour Bank reported a loss. He said": a body's, a place's
    if _written_lower(parts[0], text) or any(
        other != name and other.split()[-1] == parts[-1] and person.is_person
        for other, person in cast.people.items()
    ):
        return False  # "Top Clinton aide ...", "Qualifier Halvorsen": a word before a name
    end = sentence_end(text, offset)
    others = bisect_left(cast.mentions, (offset + len(name), ""))
    if any(at < end and other != name for at, other in cast.mentions[others:]):
        return False
    rest = text[offset + len(name) : end].casefold()
    if _IT.search(rest) or _OBJECT_PRONOUN.search(rest):
        return False  # "Dorrin Falls lost its doctor when he ...", "dismissed her after she"
    if _SUBJECT_PRONOUN.search(rest):
        return True  # "... before she saw them"
    # the next sentence opening "She woke ...", when nobody she could be was named before
    opens = _OPENS_WITH_PRONOUN.match(text, end)
    gender = "f" if opens and opens.group(1) == "She" else "m"
    return bool(opens) and cast.last_person(offset, gender) is None


def _past_own_words(text: str, offset: int, quoted: list[tuple[int, int]]) -> str:
    """The 250 characters after a person's first mention, without the quotations of
    its own paragraph: '"...," said Dewi Sari, who ..., "... Bima climbed back into
    his cage."' is her speaking of someone else, and no one calls themself "he"."""
    stop = text.find("\n", offset)
    stop = len(text) if stop < 0 else stop
    window = text[offset : offset + 250]
    for start, end in islice(quoted, max(0, bisect_left(quoted, (offset, -1)) - 1), None):
        if start >= stop or start >= offset + 250:
            break
        if end > offset:
            a, b = max(start, offset) - offset, min(end, offset + 250) - offset
            window = window[:a] + " " * (b - a) + window[b:]
    return window


# "NAME, who stood beside him,": an object pronoun in a person's own relative
# clause is someone else (no one stands beside themself)
_OWN_CLAUSE_OBJECT = re.compile(
    r"\A(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*,\s+(?:\d{1,3},\s+)?who\s[^,.;\n]*"
)
_OBJECT = re.compile(
    r"\bhim\b|\bher\b(?=\s*(?:[,.;]|$|\s(?:for|to|at|on|with|in|from|by|about|into)\b))"
)


def _blank_objects(clause: re.Match[str]) -> str:
    """The relative clause with its object pronouns blanked out."""
    return _OBJECT.sub(lambda m: " " * len(m.group()), clause.group())


def human_evidence(person: Person) -> bool:
    """A name that shows a human: a census first name, a personal title or an age
    before it ("seven-year-old Luka Vidović"; "its classroom" after it is a school's)."""
    return (
        person.name.split()[0].casefold() in first_names()
        or bool(person.context & (_PERSON_TITLES | _SURNAME_TITLES))
        or (
            any(_AGE_BEFORE.fullmatch(w) for w in person.context)
            and "which" not in person.context  # "The 90-year-old Penrose Harwood, which"
        )
    )


def _called_it(window: str) -> bool:
    """Whether "it"/"its" refers back before any "he"/"she" in the words after a mention."""
    it = _IT.search(window)
    if it is None:
        return False
    person = _HE_OR_SHE.search(window)
    return person is None or it.start() < person.start()


_IT = re.compile(r"\b(?:its|itself)\b")
_HE_OR_SHE = re.compile(r"\b(?:he|him|his|she|her|hers)\b")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b")
_OPENS_WITH_PRONOUN = re.compile(r"[.!?]?[ \t]+(He|She)\b")
_OBJECT_PRONOUN = re.compile(r"\b[a-z]+ed\s+(?:her|him)\b")  # "dismissed her"
_HE = re.compile(r"\b(?:he|him|his)\b")
_SHE = re.compile(r"\b(?:she|her|hers)\b")


def resolve(
    mention: str | None, position: int, cast: Cast, last_speaker: tuple[int, str] | None
) -> str | None:
    """The full name a speaker mention stands for; a description if nobody is named; or None.

    `position` is where the mention is, `last_speaker` the (offset, name) of
    the previous attributed speaker, preferred for pronouns because news
    text uses "he said" for whoever was just quoted.
    """
    if not mention:
        return None
    words = token_words(mention)
    if "'" in mention or "’" in mention:
        words = _glued_apostrophes(words)  # "the Kakheti Winemakers' Guild"
    if not words:
        return None
    low = mention.casefold().strip()
    if initials(mention.strip()):
        low = mention.strip()  # "WHO", "US": a body's initials, not the pronoun
    if low in PRONOUNS and (surname := _pronoun_surname(mention.strip(), position, cast)):
        return surname  # '"...," Her said' of Mai Her: a pronoun never is a subject so
    if low in PRONOUNS:
        gender = PRONOUNS[low]
        if last_speaker is not None and position - last_speaker[0] < 1500:
            person = cast.people.get(last_speaker[1])
            if person is None:
                if description_gender(last_speaker[1]) == gender:
                    return last_speaker[1]  # "a spokeswoman for Ellery Aid said ... She said"
            elif (
                not person.called_it
                and (person.is_person or not names_a_body(person.name))
                and (person.gender is None or person.gender == gender)
            ):
                return last_speaker[1]  # a pronoun never stands for an organisation
        return cast.last_person(position, gender)
    if low in OTHER_PRONOUNS:
        return None
    first = words[0].casefold()
    if first == "the" and _title_after_the(words):
        # "The Rev. Carl Guidry of First Bayou Church": a title and a name, the person's
        titled = mention[mention.index(words[1]) :]
        return resolve(titled, position + mention.index(words[1]), cast, last_speaker)
    if len(words) == 1 and (first in _INDEFINITE or first in _DEFINITE or first == "others"):
        return None  # "said another": no more telling than a pronoun
    if first in _INDEFINITE or first in _DEFINITE:
        # "the campaign manager Jeff Weaver" names him; "the Florida senator"
        # and "a longtime adviser to Trump" are descriptions.
        run = len(words)
        while run > 1 and words[run - 1][:1].isupper():
            run -= 1
        before = words[run - 1].casefold()
        ahead = {w.casefold() for w in words[max(0, run - 2) : run]}
        # "a reporter for the Shinji Shimbun", "a reporter from the regional daily Shinji
        # Shimbun": the name ends a phrase after a preposition, the paper's, not hers (a
        # spokesman's body speaks through him, and is kept)
        linked = next((k for k in range(1, run - 1) if words[k].casefold() in _LINKS), None)
        in_phrase = (
            linked is not None
            and words[linked - 1].casefold() in _PRESS_NOUNS
            and words[linked + 1].casefold() in _DEFINITE | _INDEFINITE
        )
        if (
            run < len(words)
            and not in_phrase
            and before not in _LINKS | _INDEFINITE  # "The Committee for a Responsible Budget"
            and not before.endswith(("'s", "’s"))
            and not (  # "one man at the Ship Inn": where he was
                ahead & _SETTING_PREPOSITIONS
                and not {w.casefold() for w in words[:run]} & _DOCUMENT_NOUNS
            )
        ):
            name = name_in(words[run:])
            body = name is not None and "'" in name.replace("’", "'") and names_a_body(name)
            if name is not None and (len(name.split()) > 1 or name in cast.people) and not body:
                # (a body's name holding a plural's apostrophe, "the Bangladesh Garment
                # Exporters' Federation", is a description given whole)
                return cast.full_name(name)
        if len(words) == 2 and first in _OWNER_PRONOUNS and words[1].casefold() in _KINSHIP:
            named = cast.by_kin(first, words[1].casefold(), position)
            if named is not None:
                # "Her husband" after "she woke her husband, Baraka," (Baraka Wekesa)
                return (cast.by_first_name(named) if " " not in named else None) or named
        if first in _DEFINITE and _names_body_of_role(words[1:], cast.text):
            # "The Health and Safety Executive said" after "A Health and Safety Executive
            # inspector, Priya Nair,": the body whose inspector she is, not her
            return _description(mention)
        if first in _DEFINITE:
            described = cast.by_description(words, position)
            if described is not None:
                return described
            if len(words) == 2 and words[1].casefold() in _ORG_HEADS:
                named = cast.by_organisation(words[1], position)
                if named is not None:
                    return named  # "the ministry" -> "Russian Foreign Ministry"
        # An indefinite description ("a Democratic strategist", "one source")
        # brings in someone new: never a person named earlier.
        return _without_place(_description(mention), cast)
    if len(words) > 2 and words[1] in {"of", "for"} and words[0].casefold() in _GROUP_HEADS:
        return _description(mention)  # "Friends of Lara said": they speak, not Lara
    if is_firm_name(words) or _body_joined(words):
        # "Johnson & Johnson": a firm, no surname; "Ministry of Infrastructure and
        # Sustainable Energy": one body, not its last part
        return " ".join(mention.split())
    words = _without_portfolio(words, cast)  # "Transport Lindiwe Zulu" of "MEC for ..."
    name = _name_before_of(words) or name_in(words)
    if (
        name is not None
        and len(words) > 1
        and words[-1] == name
        and is_polity(name)
        and all(w[:1].isupper() and w.casefold() in _BODY_HEADS for w in words[:-1])
    ):
        return " ".join(words)  # "Police Scotland": a body, not the place
    if (
        name is not None
        and len(words) > 1
        and words[-1] == name
        and name.casefold() in _BODY_HEADS
        and all(w[:1].isupper() for w in words)
    ):
        return " ".join(words)  # "Dunmere General Hospital": a body's name, whole
    if name is not None and " " not in name:
        titles = [w.casefold() for w in words[: words.index(name)]] if name in words else []
        holder = cast.by_title(name, titles)
        if holder is not None:
            return holder  # "Prof Lim" of Professor Lim Boon Heng, not Dr Lim Wei Ling
        return cast.surname_owner(name, _gender("", titles), position)
    if name is not None:
        return cast.full_name(name)
    if len(words) == 1 and words[0][:1].isupper():
        # "Read said" after "Rory Read": a surname that also opens sentences ("Read
        # more") is the surname of the person the text named in full
        full = cast.full_name(words[0])
        if full != words[0] and full in cast.people and cast.people[full].is_person:
            return full
    described = cast.by_description(words, position)
    if described is not None:
        return described
    if any(w[:1].isupper() for w in words) or words[-1].casefold() in _BODIES:
        return _description(mention)  # "Sheriff's deputies", "police", "state officials"
    return None


def _names_body_of_role(words: Sequence[str], text: str) -> bool:
    """Whether capitalised words joined by "and" (three or more: "Health and Safety
    Executive") are a body's name the text also sets before a role's noun ("a Health and
    Safety Executive inspector"): the body, which that role serves, not the role (a
    title, "The Chief Medical Officer", joins no "and")."""
    if (
        len(words) < BODY_NAME_WORDS
        or "and" not in words
        or not all(w[:1].isupper() or w in {"and", "of"} for w in words)
    ):
        return False
    before_role = re.finditer(re.escape(" ".join(words)) + r"\s+([a-z]+)\b", text)
    return any(m.group(1) in _ROLE_HEADS for m in before_role)


BODY_NAME_WORDS = 3  # a body's name of several words ("Health and Safety Executive")


_DEFINITE = words("definite")
_TITLES_AFTER_THE = words("titles_after_the")
_TITLE_DEGREES = frozenset({"very", "most", "right", "rt"})


def _title_after_the(words: Sequence[str]) -> bool:
    """Whether a mention's words after "the" open with a person's title and go on to a
    name ("the Rev. Carl Guidry", "the Very Rev. Ama Boateng"; not "the most senior
    officer")."""
    at = 2 if len(words) > 2 and words[1].casefold().rstrip(".") in _TITLE_DEGREES else 1
    if len(words) <= at + 1 or words[at].casefold().rstrip(".") not in _TITLES_AFTER_THE:
        return False
    # a name of two words or more next, not an office ("the Right Reverend Bishop of
    # Pikeford", "the Reverend Mother of St Anne's Convent")
    named = name_in(list(takewhile(lambda word: word[:1].isupper(), words[at + 1 :])))
    return named is not None and " " in named


_SETTING_PREPOSITIONS = words("place_prepositions")
_DOCUMENT_NOUNS = words("document_nouns")
# Bodies and groups that speak without a determiner ("..., police said.").
_BODIES = words("group_nouns")
# Nouns for people that head "Friends of Lara", "Lawyers for Ruiz": a group or a relative.
_GROUP_HEADS = words("group_nouns") | words("group_words") | words("kinship")


_INDEFINITE = words("indefinite")


_LINKS = words("links")
_PRESS_NOUNS = words("press_nouns")


# Words that end a description used as a speaker: a verb.
# "first" is an adverb there ("The email first went ..."), but not in a title
# ("the former first lady", "the first minister").
_DESCRIPTION_END = re.compile(
    r"(?:\s+(?:went|makes|made|took|also|then|had|has|have|was|is"
    r"|were|are|would|will|later|recently|responded|spoke)"
    r"|\s+first(?!\s+(?:lady|minister|secretary|deputy)\b))\b.*$",
    re.IGNORECASE | re.DOTALL,
)


_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whose|that)\s+\S+\s+\S+", re.IGNORECASE)


_ANONYMITY = words("anonymity_words")
_RELATIVE_START = re.compile(r"\s(?:who|whose|that)\s", re.IGNORECASE)
_DANGLING_RELATIVE = re.compile(r"[\s,]+(?:who|which|that|whose)\s*$")  # not "the WHO"


def _body_joined(words: Sequence[str]) -> bool:
    """A body's name whose last part follows "and" ("Ministry of Culture and Heritage"):
    capitalised words around the "and", a body's name before it, and after it no first
    name the lists know ("the Ministry of Health and Amina Yusuf" are two)."""
    if "and" not in words[1:-1]:
        return False
    at = words.index("and")
    before, after = words[:at], words[at + 1 :]
    return (
        before[-1][:1].isupper()
        and all(w[:1].isupper() or w in {"of", "for", "the"} for w in after)
        and first_name_gender(after[0]) is None
        and after[0].casefold().rstrip(".") not in _PERSON_TITLES | _TITLE_WORDS
        # "Group Manager Kwame Asante-Hill of ... Fire and Rescue Service": a person's
        and not any(first_name_gender(w) is not None for w in before)
        and names_a_body(" ".join(before))
    )


def _pronoun_surname(mention: str, position: int, cast: Cast) -> str | None:
    """The one person of the cast whose family name is the capitalised pronoun
    `mention` ("Mai Her", "Lu He"; data/word_surnames.txt), where the pronoun cannot
    be one: "Her" as a subject, or "He" inside a sentence ('"...," He said'); None
    elsewhere ("He said." opening a sentence is the pronoun)."""
    if mention.casefold() not in _WORD_SURNAMES or not mention[:1].isupper():
        return None
    people = [full for full in cast.names_ending(mention) if cast.people[full].is_person]
    if len(people) != 1 or (mention == "He" and opens_sentence_at(cast.text, position)):
        return None
    return people[0]


def opens_sentence_at(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence or paragraph: nothing but spaces after
    a full stop, question or exclamation mark, or the text's start (a few characters
    before it are read, not the text up to it)."""
    before = text[max(0, at - _OPENING_REACH) : at].rstrip(" \t")
    if before.endswith(_CLOSING_MARKS) and before.rstrip("".join(_CLOSING_MARKS)).endswith(
        (".", "?", "!")
    ):
        return True  # '"We tested it twice." He said': the sentence ended inside the marks
    return not before or before.endswith(("\n", ".", "?", "!"))


_CLOSING_MARKS = (*_CLOSE, "’", "'")  # a quotation's closing marks, a single one too


_OPENING_REACH = 12  # characters before a word read for the end of a sentence


def _description(mention: str) -> str:
    """A speaker description without a trailing verb; a relative clause stays.

    "The email went on to" -> "The email"; "a Democratic strategist who advises
    the campaign" keeps its clause (news text and PolNeAR treat it as part of
    who the source is), unless the clause only says why the source goes
    unnamed ("who spoke on condition of anonymity", data/anonymity_words.txt);
    a dangling "who" is dropped.
    """
    mention = _DANGLING_RELATIVE.sub("", mention.strip())
    if _RELATIVE_CLAUSE.search(mention):
        # the relative clause holding a word of anonymity is why the source goes
        # unnamed, not who it is: "one owner of a shop that sells shoes who
        # declined to be named" is "one owner of a shop that sells shoes"
        starts = [m.start() for m in _RELATIVE_START.finditer(mention)]
        unnamed = [a for a in starts if _ANONYMITY & set(token_words(mention[a:].casefold()))]
        if unnamed:
            return mention[: unnamed[-1]].strip(" ,")
        return mention.strip(" ,")  # the clause is part of the description
    cut = _DESCRIPTION_END.sub("", mention)
    return cut.strip(" ,") or mention


def _without_place(description: str, cast: Cast) -> str:
    """The description without where a body is ("the Museo del Valle Medio in Trelew",
    "The Indian Navy in November"): after a name of two capitalised words or more
    (particles between), "in" and a place the text writes as one elsewhere too, a
    country or a month; as it was otherwise ("the Campaign for Women in Science")."""
    body = _BODY_THEN_PLACE.match(description)
    if body is None:
        return description
    place = body.group(2).strip()
    # a place the text writes as one elsewhere too: this "in" alone does not say so
    elsewhere = len(re.findall(rf"\b(?:in|near|at|from)\s+{re.escape(place)}\b", cast.text)) > 1
    known = elsewhere or is_polity(place) or place.casefold() in _MONTHS
    return body.group(1) if known else description


_BODY_THEN_PLACE = re.compile(
    r"^(.*\b[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*)+)\s+in\s+"
    r"((?:[A-Z][\w'’.-]*\s?){1,3})$"
)


def speaker_kind(speaker: str | None, cast: Cast) -> SpeakerKind | None:
    """ "person" for a name the document shows to be a person, else organisation or description.

    A person is a full name the cast marked as human (a known first name, a
    personal title, or the subject of a speech verb) that is not a country,
    state or city; a lone word is a person only with a personal title ("Mr.
    Obama"): "Portland said" or "Execution said", with no full name anywhere in
    the text, is no resolved human name, and such a lone word is a
    description (someone, or something, the text does not name in full). A
    capitalised speaker that is not such a person ("the White House",
    "Reuters", "Japan") is an organisation; a lower-case one ("a campaign
    spokesman") a description.
    """
    if not speaker:
        return None
    person = cast.people.get(speaker)
    if (
        person is not None
        and person.is_person
        and not is_polity(speaker)
        and not _body_alone(speaker)
    ):
        if " " in speaker or person.context & _SURNAME_TITLES:
            return "person"
        return "description"  # one word the text never ties to a full name
    if " " not in speaker and cast.by_first_name(speaker) is not None:
        # "Batisse said" after "Batisse Wilson": the first name of a person the text
        # names in full, which the story's pages resolve to that name (merge)
        return "description"
    words = token_words(speaker)
    content = [w for w in words if w.casefold() not in _DEFINITE | _INDEFINITE]
    if content and all(w[:1].isupper() or w in {"of", "-", "&", "and", "'", "’"} for w in content):
        return "organisation"  # (the mark of "Residents' Forum" a token of its own)
    return "description"


def _body_alone(speaker: str) -> bool:
    """A body's name with no first name in it ("Mining Service", "Wildlife Service"),
    which the cast took for a person's as the subject of a speech verb."""
    return names_a_body(speaker) and not any(w.casefold() in first_names() for w in speaker.split())


# "in Portland", "In Portland,", "across South Ellery": a name after a locative
# preposition (and not a possessive: "in Trump's speech") is a place. The
# look-ahead for the prepositions' first letters lets the search skip ahead.
_LOCATIVE_WORDS = ("in", "across", "throughout", "near", "outside", "inside")
_LOCATIVE = re.compile(
    r"(?=[IiAaTtNnOo])\b(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _LOCATIVE_WORDS)
    + r")\s+(?:the\s+)?((?:[A-Z][\w.\-]*(?:['’]s\b)?\s?){1,4})"
)
_SETTLEMENT_NOUNS = words("settlement_nouns")
# "the village of Gornja Rečica": a name after a settlement noun and "of"
_PLACE_OF = re.compile(r"\b([a-z]+)\s+of\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")
_ON_PLACE = re.compile(r"\b[Oo]n\s+((?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w\-]*)\b(?!['’])")
_LOWER_WORD = re.compile(r"(?<![\w/.@-])[a-z][a-z'’-]*(?=[\s,;:.!?)]|$)")


_NOT_LOCATIVE = words("not_locative")
# The words right before a name written as a place: the locatives of `_LOCATIVE` ("in
# Mae Sot", "near Mae Sot"), and "of" after a settlement noun ("the town of Mae Sot");
# not "from" or "at", which stand before people as often ("a call from Dana Price").
_PLACE_BEFORE = frozenset(_LOCATIVE_WORDS)


def _written_as_place(before: Sequence[str]) -> bool:
    """Whether the lower-case words right `before` a name write it as a place: a
    locative preposition ("in", "near") last, not after a word that makes "in NAME" a
    person ("confidence in Rubio")."""
    return (
        bool(before)
        and before[-1] in _PLACE_BEFORE
        and not (len(before) > 1 and before[-2] in _NOT_LOCATIVE)
    )


def _placed_again(text: str, name: str) -> bool:
    """Whether the text writes `name` as a place more than once, each time right after a
    locative ("in Port Vila" twice): a place's name, not a person's a phrase sets after
    "in" once ("a new captain in NAME, who joined in May")."""
    return len(re.findall(rf"\b(?:{'|'.join(_LOCATIVE_WORDS)}) {re.escape(name)}\b", text)) > 1


def _places(text: str) -> frozenset[str]:
    """Every capitalised run (and its leading parts) that follows a locative preposition."""
    found: set[str] = set()
    for m in _LOCATIVE.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].split()[-1:]
        if before and before[0].casefold() in _NOT_LOCATIVE:
            continue  # "confidence in Rubio", "believes in Sanders": not a place
        run = m.group(1).rstrip(". ").split()
        for n in range(1, len(run) + 1):
            if re.search(r"['’]s$", run[n - 1]):
                break
            found.add(" ".join(run[:n]))
    for m in _PLACE_OF.finditer(text):
        if m.group(1) in _SETTLEMENT_NOUNS:
            found.add(m.group(2))
    for m in _ON_PLACE.finditer(text):
        # "on Meritas Drive", "on Walker Street": "on" names a place when the run ends like one
        if m.group(1).rsplit(" ", 1)[-1].casefold() in _PLACE_ENDS:
            found.add(m.group(1))
    return frozenset(found)


def is_place(name: str, cast: Cast) -> bool:
    """A place: a country, US state or large city, or a name the document uses as a
    place ("in Portland", "across South Ellery")."""
    return is_polity(name) or name in cast.places


def is_polity(name: str) -> bool:
    """A country, US state or large city: its government may speak ("Japan said")."""
    return name in phrases("places")


_CLOSED_CLASS = NOT_NAME | _DEFINITE | _INDEFINITE | _LINKS | words("not_speaker_end")


def plausible_speaker(speaker: str, cast: Cast) -> bool:
    """Whether a resolved speaker can stand under a quote; when in doubt, no speaker at all.

    Rejected: a possessive ("Trump's"), a phrase cut after a function word
    ("This task can", "a member of the"), a lone closed-class or dateline
    word ("What", "Thursday", "WASHINGTON"), a lone common noun the text also
    writes in lower case ("Execution"), a lone language ("English"), and a
    place ("Portland", "Germany") that nothing shows to be a person.
    """
    tokens = token_words(speaker)
    words = [w for w in tokens if w[:1].isalnum()]
    if not words:
        return False
    last = words[-1]
    in_question = [w.casefold() for w in words[-2:]] == ["in", "question"]  # "the man in question"
    if re.search(r"\w['’]s?$", speaker) or (
        last.islower() and last in _CLOSED_CLASS and not in_question
    ):
        return False
    if any(_CONTRACTION.search(w) for w in words):
        return False  # "We're", "He'd": a clause cut after its subject, not a name
    person = cast.people.get(speaker)
    if person is not None and person.is_person and speaker.split()[0].casefold() in first_names():
        return True
    content = [w for w in words if w.casefold() not in _DEFINITE | _INDEFINITE]
    if not content:
        return False
    if len(content) == 1 and len(words) == 1:
        word = content[0]
        low = word.casefold()
        if initials(word) and len(word) < 5:
            return True  # a body's initials: "WHO", "FBI", "UN"
        if low in NOT_NAME or low in _MONTHS_AND_DAYS:
            return False
        if word.isupper() and len(word) >= 5 and not _capitals_in_running_text(word, cast.text):
            return False  # a dateline ("WASHINGTON —"), not a body ("SEACOM said")
        if low in _NOT_NAME_START or low.split("-")[0] in _NUMBERS:
            return False  # "Therefore", "See", "Forty-one"
        if low in _LANGUAGES:
            return False  # 'a slogan in Malayalam and English: "..."'
        if not low.endswith("s") and low in cast.lower_words and low not in _BODIES:
            return False  # a common noun opening a sentence ("Execution"; "Officials" may speak)
    capitals = [w for w in words if w.isupper() and len(w) >= 2]
    long_capitals = [w for w in capitals if len(w) >= 6]
    if long_capitals and (
        len(capitals) >= 2 or any(w.casefold() in cast.lower_words for w in long_capitals)
    ):
        # a headline in capitals ("IOWA POLLS NOT NECESSARILY WRONG"), or a common word
        # in capitals ("SOURCE Summit Entertainment"); not a body's long initials in a
        # description ("A UNICEF spokeswoman in Islamabad")
        return False
    if _is_date(words):
        return False  # "A March 2, 2015 exchange ... has Podesta saying": a date
    if _counts_things(words):
        return False  # "the number of conflicts reported in villages rose": a count
    name = " ".join(content)
    if name_in(content) == name and not is_polity(name) and is_place(name, cast):
        return person is not None and person.is_person and _titled(person)
    return True


def _counts_things(words: Sequence[str]) -> bool:
    """Whether a description is headed by a count or a measure of things before "of"
    ("the number of conflicts"), no speaker; a count of people ("a number of Democrats",
    "the share of residents") may speak."""
    low = [w.casefold() for w in words]
    if "of" not in low[1:] or low[0] != "the":
        return False  # (not "A number of people", "A total of nine residents")
    at = low.index("of")
    counted = [w for w in words[at + 1 :] if w.casefold() not in _DEFINITE | _INDEFINITE]
    return (
        low[at - 1] in _MEASURE_NOUNS
        and bool(counted)
        and counted[0].islower()
        and counted[0] not in _GROUP_NOUNS
    )


_MEASURE_NOUNS = words("measure_nouns")
_GROUP_NOUNS = words("group_nouns")


def _capitals_in_running_text(word: str, text: str) -> bool:
    """Whether a word in capitals stands inside a sentence somewhere in the text ("on the
    SEACOM cable", '..." SEACOM tweeted'), as a body's name does; a dateline only opens
    its paragraph ("WASHINGTON (AP) —")."""
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = text[max(0, match.start() - 40) : match.start()].rstrip(" \t")
        if before and before[-1] != "\n":
            return True
    return False


def _is_date(words: list[str]) -> bool:
    """Whether a month name followed by a day number stands among the words ("March 2");
    a month and a year may name a document that speaks ("a January 2016 study")."""
    return any(
        a.casefold().rstrip(".") in _MONTHS and b.isdecimal() and 0 < int(b) <= 31
        for a, b in pairwise(words)
    )


def _titled(person: Person) -> bool:
    return bool(person.context & _PERSON_TITLES)


_CONTRACTION = re.compile(r"\w['’](?:re|d|ll|ve|m|t)\Z", re.IGNORECASE)
_MONTHS_AND_DAYS = words("months_and_days")
_MONTHS = words("months")
_NUMBERS = words("numbers")
