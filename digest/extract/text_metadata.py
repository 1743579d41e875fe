"""Metadata found in the text of a page: dates, bylines, publisher, tags, title.

Used on text copies (which carry no markup) and to complete what trafilatura
finds in HTML. Each finder is a pure function over lines of text; all of them
return None or an empty tuple rather than guess wildly.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from digest.datafiles import DataFile
from digest.extract import boilerplate as bp
from digest.extract.gate import any_of, fold

# The words and patterns these finders look for are data beside the code, read once.
_DATA = DataFile.read(Path(__file__).parent / "data" / "text_metadata.yml")


def _any(key: str) -> str:
    """The patterns of a data list as alternatives: 'a|b|c'."""
    return "|".join(_DATA.patterns(key))


def _char_class(key: str) -> str:
    """The characters of a data list as a character class: '[ab]'."""
    return "[" + "".join(re.escape(c) for c in _DATA.words(key)) + "]"


_MONTHS = {
    name.lower(): number
    for number, names in enumerate(_DATA.groups("months", 12), start=1)
    for name in names
}
# English month names: each month's first (data: "january"), its first three letters, "sept".
_ENGLISH_MONTHS = frozenset(
    [*(name for names in _DATA.groups("months", 12) for name in (names[0], names[0][:3])), "sept"]
)
# The months by their names as the date patterns match them: case-blind, where the engine
# takes the Turkish dotless "ı" and dotted "İ" for an "i" ("KASIM", "Kasim", "NİSAN").
_MONTH_OF = {fold(name): number for name, number in _MONTHS.items()}
_MONTH = (
    r"(?P<month>"
    + any_of(_MONTHS)  # (as a tree of shared beginnings: three hundred names, each tried)
    # not \b: a Hindi month ends in a vowel sign ("जनवरी"), and a vowel sign or another
    # letter after it goes on with a longer word ("जून" of "जूनियर")
    + r")(?![\w\u0900-\u0903\u093a-\u094f])\.?"
)
_ORDINAL = "(?:" + _any("ordinals") + ")?"  # "May 20th"
_ORDINAL_BEFORE_MONTH = "(?:" + _any("ordinals") + "|" + _any("ordinals_before_month") + ")?"
# "10 de março de 2018", "21.dez.2018"
_DE = (
    r"(?:\s*,?\s+(?:"
    + "|".join(w + r"\s+" for w in _DATA.patterns("date_connectors"))
    + r")?|\s*[./-]\s*)"
)
_ERA_STARTS = {era: int(year) for era, year in _DATA.table("calendar_eras").items()}
_THAI_MONTHS = {name: number for number, name in enumerate(_DATA.words("buddhist_era_months"), 1)}
BUDDHIST_ERA_AHEAD = 543  # a Buddhist-era year less this is the common era's
_NUMERIC = r"(?P<a>[012]?\d|3[01])(?P<sep>[./])(?P<b>[012]?\d|3[01])(?P=sep)(?P<y>(?:19|20)?\d\d)"
# "08-27-2011 11:48 PM": hyphens, as forums and US sites write a date, with a four-digit
# year (not a range of scores or a phone number); "05-08-2011", written both ways, only
# where the page's language writes the day first (`_hyphenated_reads`)
_HYPHENATED = re.compile(
    r"(?<![\w.,/:-])(?P<a>[012]?\d|3[01])-(?P<b>[012]?\d|3[01])-(?P<y>(?:19|20)\d\d)(?![\w-])"
)
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/](?P<mon>[01]\d)[-/](?P<day>[0-3]\d)(?!\d)"),
    # "2012.05.20 21:47 KST": the year first between full stops, as Korean and Chinese
    # sites write a date (two digits each for month and day, and no letter before the
    # year, so no version number: "v2011.03.08")
    re.compile(
        r"(?<![\w.])(?P<year>(?:19|20)\d\d)\.(?P<mon>[01]\d)\.(?P<day>[0-3]\d)(?![\d.]\d|\d)"
    ),
    # (not a month's name ending a hyphenated word: "Wal-Mart 24, 2010")
    re.compile(
        r"(?<!-)\b"
        + _MONTH
        + r"\s+(?P<day>[0-3]?\d)"
        + _ORDINAL
        + r",?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<day>[0-3]?\d)"
        + _ORDINAL_BEFORE_MONTH
        + r"\.?"
        + _DE
        + _MONTH
        + _DE
        + r"(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # "2009. október 7.": the year first, as Hungarian writes a date
    # (opening the line or a field of it, after a bar or a label's colon and a space or
    # two, not "in 2019. Mar 4.")
    re.compile(
        r"(?:^|(?<=[|·•:])|(?<=[|·•:]\s)|(?<=[|·•:]\s\s))(?P<year>(?:19|20)\d\d)\.\s+"
        + _MONTH
        + r"\s+(?P<day>[0-3]?\d)\.(?!\d)",
        re.I,
    ),
    # "2013. gada 2. oktobrī": the Latvian year ("gada": of the year), then day and month;
    # "2012 m. balandžio 18 d.": the Lithuanian year ("m.": year), month and day ("d.")
    re.compile(
        r"(?<![\d.])(?P<year>(?:19|20)\d\d)\.\s+gada\s+(?P<day>[0-3]?\d)\.\s+" + _MONTH,
        re.I,
    ),
    re.compile(
        r"(?<![\d.])(?P<year>(?:19|20)\d\d)\s*m\.\s+" + _MONTH + r"\s+(?P<day>[0-3]?\d)\s*d\.",
        re.I,
    ),
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*"
        + _char_class("cjk_year_marks")
        + r"\s*(?P<mon>[01]?\d)\s*"
        + _char_class("cjk_month_marks")
        + r"\s*(?P<day>[0-3]?\d)\s*"
        + _char_class("cjk_day_marks")
        + "?"
    ),
    # "22 Márta / March 2010": a bilingual page's month in its two languages, the
    # second one known, opening the line or a labelled field ("Published: 22 ...", not
    # "Issue 3 April / May 2010")
    re.compile(
        r"(?:^|(?<=[:|]\s))(?P<day>[0-3]?\d)\s+[^\W\d_]{3,12}\s*/\s*"
        + _MONTH
        + r"\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # "24. 5. 2008": day, month and year each closed by a full stop and a space, as
    # Czech, Slovak, German and the South Slavic languages write a date (day first)
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.\s(?P<mon>[01]?\d)\.\s(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"(?<![\d.,/:])" + _NUMERIC + r"(?![\d/]|\.\d)"),
    _HYPHENATED,
)
# Dates in the calendars of other eras, searched for only in a line holding a year's
# mark or a Thai letter: "民國99年04月12日", "平成22年6月1日", a year counted in an
# era (_ERA_STARTS); "15 มีนาคม 2554", "15 มีนาคม พ.ศ. 2554", a Thai day, month and
# Buddhist-era year
_ERA_DATE = re.compile(
    r"(?P<era>"
    + "|".join(map(re.escape, _ERA_STARTS))
    + r")\s*(?P<eyear>\d{1,3}|元)\s*年\s*(?P<mon>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"
)
_THAI_DATE = re.compile(
    r"(?P<day>[0-3]?\d)\s*(?P<thai>"
    + "|".join(_THAI_MONTHS)
    + r")\s*(?:พ\.\s?ศ\.\s*)?(?P<beyear>2[45]\d\d)(?!\d)"
)
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
# "Thu Oct 14 21:07:33 EDT 2010": the clock and the zone between the day and the year, as
# Unix mail and list archives print a message's date; searched for only where a day and a
# clock stand side by side (the month names make the search slow on every line)
_CLOCK_INSIDE = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)\s+(?P<h>[0-2]\d):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"\s+(?:(?P<tz>(?-i:(?![AP]M\b)[A-Z]{2,4}))\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_DAY_THEN_CLOCK = re.compile(r"\d\s+[0-2]\d:[0-5]\d")
_TIME = re.compile(
    r"^(?:T|[\s,|@–-]*(?:(?:"
    + _any("time_prepositions")
    + r")\s+)?)"
    # a weekday between the date and its time: "2011. március 4., péntek 16:20"
    + r"(?:(?:"
    + "|".join(re.escape(w) for w in (*_DATA.words("weekdays"), *_DATA.words("stamp_weekdays")))
    + r")\.?,?\s+)?(?P<h>[0-2]?\d)[:.h](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?\s*"
    # a zone is written in capitals ("4:15 PM EST"): "10:15 am by Jane Doe" has none
    # or as hours from GMT ("08:15 GMT+7", "UTC+05:30")
    r"(?P<ampm>[ap]\.?m\.?)?\s*(?:(?P<offset>Z|[+-][01]\d:?[0-5]\d)"
    r"|(?-i:GMT|UTC)(?P<shift>[+-][01]?\d)(?::?(?P<shift_m>[0-5]\d))?(?!\d)"
    r"|(?P<tz>(?-i:[A-Z]{2,4}))\b)?",
    re.I,
)


def _zone_offsets() -> dict[str, str]:
    """The offsets of the zone abbreviations news sites print next to a time: {"IST": "+05:30"}."""
    zones = {zone.upper(): offset for zone, offset in _DATA.table("time_zones").items()}
    for zone, offset in zones.items():
        if not re.fullmatch(r"[+-][01]\d:[0-5]\d", offset):
            raise _DATA.error("time_zones", f"{zone}: {offset!r} is no offset like '+05:30'")
    return zones


_ZONES = _zone_offsets()
_UPDATED = re.compile(r"\b(?:" + _any("updated_labels") + r")\b", re.I)
_PUBLISHED = re.compile(
    r"\b(?:" + _any("published_labels") + "|" + _any("date_labels") + r")\b", re.I
)
_SAYS_PUBLISHED = re.compile(r"\b(?:" + _any("published_labels") + r")\b", re.I)

AGENCY_NAMES = _any("news_agencies")  # the news agencies' names, as alternatives
# (a place after it, set off by a space or a separator: "AP Tokyo", "EFE | Valdecuervos";
# not a slash, which a picture's credit sets: "Reuters/Ana Ruiz", "AFP/Getty Images")
_AGENCY_LINE = re.compile(
    r"^(?P<name>" + AGENCY_NAMES + r")(?:(?:\s*[|,·–—-]\s*|\s+)[A-Z][\w.'-]+){0,3}\W*$"
)
_AGENCY_TAIL = re.compile(r"[\s,/-]+(?:the\s+)?(?:" + _any("news_agencies") + r")$")
_GLUED_BYLINE = re.compile(
    r"^(?P<name>[^\W\d][\w.'’ -]{2,60}?)\s*(?:" + _any("glued_byline_openers") + r")\s+(?P=name)\b",
    re.I,
)
# "By / Par Ana Ruiz", "Автор / Author: Olena Kravets": a bilingual site writes the
# opener in both its languages, a label's colon after the second only.
_LABEL_FIRST = "|".join(w[:-1] for w in _DATA.patterns("byline_openers") if w.endswith(":"))
_OPENERS = (
    r"(?:(?:" + _any("byline_openers") + "|" + _LABEL_FIRST + r")\s*/\s*)?"
    r"(?:" + _any("byline_openers") + r")"
)
_BY_LINE = re.compile(r"^\W*" + _OPENERS + r"\s+(?P<rest>[^\W\d].*)$", re.I)
_BILINGUAL_LABEL = re.compile(r"^\W*(?:" + _LABEL_FIRST + r")\s*/\s*", re.I)
# "Af", "Av": openers that are also short forms open a byline before a first name only.
_FIRST_NAME_OPENER = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in _DATA.words("first_name_openers")) + r")\s"
)
# "By" alone on its line, the name on the next; not a label ("Author:"), which the
# name follows on its own line. (Also with the words that joined two names an extractor
# left out, their links: "Par et".)
_BY_ALONE = re.compile(
    r"^\W*(?:"
    + "|".join(w for w in _DATA.patterns("byline_openers") if not w.endswith(":"))
    + r")(?:\s+(?:"
    + _any("name_joiners")
    + r"))*\W*$",
    re.I,
)
# What separates a byline's name from what follows it: "Ana Lind | May 2", "Ana Lind - Staff",
# a forum's "by NAME » Tue Mar 09, 2010", a site's "by NAME [ updated ... ]".
_BYLINE_SEPARATOR = r"[|•·,;–—(\[»]|\s-\s"
_NAME_END = re.compile(
    # an e-mail address after the name ends it whole: "By Marta Kell mkell@example.com"
    r"\s*(?:[\w.+-]+@|@|"
    + _BYLINE_SEPARATOR
    + "|"
    + "|".join(rf"\b{w}\b" for w in _DATA.patterns("name_enders"))
    + "|"
    + "|".join(rf"\b{re.escape(w)}\b" for w in _DATA.words("weekdays"))
    + r"|\d|"
    + _MONTH.replace("(?P<month>", "(?:")
    + r"\s+\d)",
    re.I,
)
_NAME_JOINER = re.compile(r"\s+(?:" + _any("name_joiners") + r")\s+|,\s*")
_TAGS_LINE = re.compile(r"^\W*(?:" + _any("tag_labels") + r")\s*:\s*(?P<tags>.+)$", re.I)
_COPYRIGHT = re.compile(_DATA.pattern("copyright_notice", groups=("name",)), re.I)
_SUBSCRIBE = re.compile(_DATA.pattern("subscribe_offer", groups=("name",)))
_OUTLET_MENTIONS = [re.compile(pattern) for pattern in _DATA.patterns("outlet_mentions")]
_NOT_OUTLET_MENTIONS = frozenset(_DATA.words("not_outlet_mentions"))
if any("name" not in pattern.groupindex for pattern in _OUTLET_MENTIONS):
    raise ValueError("data/text_metadata.yml: outlet_mentions: every pattern needs a group 'name'")
_OUTLET_TAIL = re.compile(r"\s+(?:" + _any("outlet_name_tails") + r")\.?$", re.I)
_NOT_OUTLET_STARTS = _DATA.words("not_outlet_starts")
_PRODUCTS = frozenset(_DATA.words("subscription_products"))
_PLATFORMS = frozenset(_DATA.words("platform_hosts"))
_ADDRESS = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?(?P<host>(?:[a-z0-9][a-z0-9-]*\.)+(?:"
    + _any("web_address_endings")
    + r"))(?![\w-]|\.[a-z0-9])",
    re.I,
)
_OWN_ADDRESS_CUE = re.compile(r"\b(?:" + _any("own_address_cues") + r")\W*$", re.I)
_ADDRESS_LABEL = re.compile(
    r"\b(?:" + _any("address_labels") + "|" + _any("tag_labels") + r")\b", re.I
)
_NAVIGATION = frozenset(_DATA.words("navigation_words"))
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_MENU_SEPARATORS = re.compile(r"\s+[|•·/]\s+|\s*\|\s*|\s+::\s+|\s{2,}")
OWN_ADDRESS_WORDS = 8  # a line giving its site's own address is short: no sentence

_FILE_NAME = re.compile(r"\.(?:" + _any("file_extensions") + r")\b", re.I)
_CAPTION_CUES = _DATA.words("caption_cues")


DATES_PER_LINE = 4  # a header line states a date or two; more are a list, not stamps


@dataclass(frozen=True)
class FoundDate:
    """A date in a line, how it is labelled there, and the line's position."""

    iso: str
    kind: str  # "published", "updated" or "" (no label)
    index: int


_DIGIT = re.compile(r"\d")  # every date pattern holds a digit (a day, a year)


@lru_cache(maxsize=1 << 16)
def parse_date(text: str, day_first: bool = False) -> tuple[str, int, int] | None:
    """The first date in `text` as ISO 8601 (with time and offset when given), and its span.

    Month names count in several languages ("30 avril 2015", "21.dez.2018"); an
    all-digit date ("11.03.17", "9/11/13") is month-first unless a part is over 12
    or `day_first` (a page not in English) says otherwise.

    Cached, and a line without a digit is answered at once: the header, byline and
    date finders ask about the same lines, most of which hold no date at all.
    """
    if not _DIGIT.search(text):
        return None
    best = None
    inside: tuple[re.Pattern[str], ...] = (_CLOCK_INSIDE,) if _DAY_THEN_CLOCK.search(text) else ()
    if "年" in text:
        inside += (_ERA_DATE,)
    if _THAI_LETTER.search(text):
        inside += (_THAI_DATE,)
    for pattern in (*_DATE_PATTERNS, *inside):
        match = pattern.search(text)
        if match and pattern is _HYPHENATED and not _hyphenated_reads(match, day_first):
            continue
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    groups = best.groupdict()
    if groups.get("a"):
        month, day, year = _numeric_date(groups, day_first, _weekday_before(text, best.start()))
    elif groups.get("era"):
        first = 1 if groups["eyear"] == "元" else int(groups["eyear"])  # 元年: the era's first
        month, day, year = (
            int(groups["mon"]),
            int(groups["day"]),
            _ERA_STARTS[groups["era"]] + first,
        )
    elif groups.get("thai"):
        month, day = _THAI_MONTHS[groups["thai"]], int(groups["day"])
        year = int(groups["beyear"]) - BUDDHIST_ERA_AHEAD
    else:
        month = int(groups["mon"]) if groups.get("mon") else _MONTH_OF[fold(groups["month"])]
        day, year = int(groups["day"]), int(groups["year"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    end = best.end()
    if groups.get("h") and int(groups["h"]) < 24:
        # the clock stands inside the date (a mail's "Thu Oct 14 21:07:33 EDT 2010")
        iso += f"T{int(groups['h']):02d}:{int(groups['m']):02d}:{int(groups['s'] or 0):02d}"
        return iso + _ZONES.get((groups["tz"] or "").upper(), ""), best.start(), end
    time = _TIME.match(text[end : end + 30])
    if time:
        hour, minute = int(time["h"]), int(time["m"])
        ampm = (time["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24:
            iso += f"T{hour:02d}:{minute:02d}:{int(time['s'] or 0):02d}"
            iso += (
                _offset(time["offset"])
                or _shifted(time["shift"], time["shift_m"])
                or _ZONES.get((time["tz"] or "").upper(), "")
            )
            end += time.end()
    return iso, best.start(), end


# What sets parts of one line side by side: a byline and post tools ("Posted by Ana Ruiz
# on May 3 · Filed under Reviews"), or two stamps ("Posted: ... | Last Updated: ...").
_TOOL_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def tool_parts(line: str) -> list[str]:
    """The parts of a line that story tools share ("12 comments · Print · Email")."""
    return _TOOL_SEPARATOR.split(line)


# "Text:" opens a byline only before a known first name ("Text: Anna Gurevich | Photo:
# ..."), as it also labels a font-size tool.
_TEXT_LABEL = re.compile(r"\W*text\s*:", re.I)
# "Story:" opens a byline before a known first name, or on a credits line that also
# names a photographer ("Story: Losana Faleolo  Photo: ..."); not a kicker ("Story: Elm
# Street Shooting").
_STORY_LABEL = re.compile(r"\W*story\s*:", re.I)
_PHOTO_CREDIT = re.compile(r"\b(?:photos?|pictures?|images?)\s*:", re.I)
# Where a field of a stamp line of labelled fields starts: "2010-08-14 09:31 Source:
# Lingjiang Daily Author: Zhou Lan Font size: L M S".
_LABELLED_FIELD = re.compile(r"\s+(?=[A-Z][a-z]+(?: [a-z]+)?:\s)")
STAMP_WORDS = 14  # a date stamp is a short line; a longer one holding a date is a sentence
STAMP_REST_WORDS = 3  # words a stamp may carry besides its date: "Posted on", a weekday
STAMP_NAME_WORDS = 4  # and, after a byline opener ("Posted by"), the author's name
STAMP_PART_WORDS = 6  # a field beside a stamp on its line: a name, an outlet and a town
# What may stand beside the date in a stamp: words, spaces and separators; a digit or
# code punctuation left over ("│ 200 │", "> '...'::") makes a data row or code, not a stamp.
_STAMP_REST = re.compile(r"(?:[^\W\d_]|[\s,.:|/()\[\]·•–—«»‹›@-])*")


# A time zone written as its offset: "(GMT+7)", "UTC-05:00", "GMT +0530".
_ZONE_OFFSET = re.compile(r"\(?\b(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)?")
_CLOCK_FIRST = re.compile(r"\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b", re.I)
# A clock time right before the date, after a label, with its zone: "Published: 11:30PM
# GMT 02 Feb 2008".
_CLOCK_BEFORE_DATE = re.compile(
    r"(?<!\d)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?[\s,]*$", re.I
)


def _without_weekday(text: str) -> str:
    """The text with a weekday's name that ends it taken off ("9:47 am, Sun" -> "9:47 am")."""
    words = text.rstrip(" ,").split()
    if words and is_weekday(words[-1].rstrip(".,").casefold()):
        return text.rstrip(" ,")[: -len(words[-1])]
    return text


def _capitalised_field(part: str) -> bool:
    """Whether a field beside a stamp is a name's, an outlet's or a section's: every word
    capitalised or a number, no sentence."""
    return all(w[:1].isupper() or w[:1].isdigit() for w in bp.words(part))


@lru_cache(maxsize=1 << 16)
def date_stamp(line: str) -> str | None:
    """'timed' for a line that is a date and a clock time and at most a few words
    (_one_stamp), or publishing stamps side by side (_stamps_side_by_side); 'labelled'
    for a date under a publication or update label and nothing else; None for any other
    line. Cached: the rules ask about the same lines many times."""
    return _one_stamp(line) or _stamps_side_by_side(line)


# A clock time anywhere: "10:02", "09.14" (after a date's removal), "17h48", "11:42 PM".
_CLOCK = re.compile(
    r"(?<![\d.:])\d{1,2}(?:[:.h]\d{2})(?:[:.]\d{2})?(?![\d.:])(?:\s*[ap]\.?m\.?)?", re.I
)
_STAMP_SMALL_WORDS = frozenset(_DATA.words("stamp_small_words"))


def _stamps_side_by_side(line: str) -> str | None:
    """'timed' for a line of a page's publishing stamps that the one-stamp test misses:
    dates, clock times, publication and update labels, weekdays and the small words
    between them ("at", "ore", "hrs", "last"), set off by separators, and beside a label
    at most one short field of capitalised words (an outlet's or a commenter's name):
    "03.02.2010 | 12:05 — Actualizado: 14:27", "12 marzo 2011 — ultimo aggiornamento:
    13 marzo 2011 ore 10:02", "(Le Journal du Lac) Créé: 25.09.2011, 17h48";
    'labelled' for such a line with labels and no clock time. A date and a clock time
    or a label must be among them: a date alone is a bare date (is_bare_date), and a
    sentence leaves words over; two clock times with no label are an event's hours."""
    if not _DIGIT.search(line) or not (_SET_OFF.search(line) or _CLOCK.search(line)):
        return None  # neither a separator between stamps nor a clock time
    words = bp.words(line)
    if len(words) > 2 * STAMP_WORDS:
        return None
    # a sentence has more words than a stamp's name, labels and small words: the
    # dates are then not looked for (the date reader is slow on a line it has not seen)
    other = [
        word
        for word in words
        if word.isalpha()
        and word.casefold() not in _STAMP_SMALL_WORDS
        and fold(word) not in _MONTH_OF
        and not is_weekday(word.casefold())
    ]
    if len(other) > STAMP_PART_WORDS + STAMP_LABEL_WORDS:
        return None
    if not _CLOCK.search(line) and not _STAMP_LABEL.search(line):
        return None  # neither a clock time nor a label: a date alone
    rest, dates, timed = line, 0, False
    while dates < STAMP_DATES and (parsed := parse_date(rest)) is not None:
        iso, start, end = parsed
        rest, dates, timed = f"{rest[:start]} | {rest[end:]}", dates + 1, timed or "T" in iso
    if not dates:
        return None
    rest, clocks = _CLOCK.subn(" | ", rest)
    rest, labels = _STAMP_LABEL.subn(" | ", rest)
    if not (timed or clocks or labels) or (timed + clocks >= 2 and not labels):
        return None  # no clock nor label; or an event's hours ("June 11, 2011 - 19.30 - 21.30")
    kind = "timed" if timed or clocks else "labelled"
    left = [
        word
        for word in bp.words(rest)
        if word.casefold() not in _STAMP_SMALL_WORDS and not is_weekday(word.casefold())
    ]
    if not left:
        return kind
    # one short field of a name beside labelled stamps: the outlet's or a commenter's (not
    # an event's title over its date and hour, "Spring Concert — June 11, 2011 — 19:30")
    fields = [part for part in re.split(r"[|·•—–()]|\s-\s", rest) if bp.words(part)]
    if (
        labels
        and len(fields) == 1
        and len(bp.words(fields[0])) <= STAMP_PART_WORDS
        and _named_field(fields[0])
        and _STAMP_REST.fullmatch(rest)
    ):
        return kind
    return None


def _named_field(part: str) -> bool:
    """Whether a field is a name's or an outlet's: capitalised words, and the particles
    of names between them ("Le Journal du Lac", "Henk van Dijk")."""
    words = bp.words(part)
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words)
    )


# What sets stamps and a name apart on one line: a bar, a dot, a dash, a slash, brackets.
_SET_OFF = re.compile(r"[|·•—–(]|\s[-/]\s")
STAMP_DATES = 3  # dates a line of stamps holds at most: published, updated, printed
STAMP_LABEL_WORDS = 4  # words of its labels: "Publié le", "ultimo aggiornamento", "Mis à jour"
# an update's label or a publication's (_UPDATED, _SAYS_PUBLISHED), either
_STAMP_LABEL = re.compile(f"{_UPDATED.pattern}|{_SAYS_PUBLISHED.pattern}", re.I)


def _one_stamp(line: str) -> str | None:
    """'timed' for a line that is a date and a clock time and at most a few words
    ("posted on April 21, 2015, at 11:29 a.m.", "sexta-feira, 22 de outubro de 2010
    às 20:13", "Posted by Jane Doe on March 3, 2009 at 10:14 am"), or such a stamp among
    short fields of names set off by bars, one number at most ("2009. október 7. 11:30 |
    Gábor Halmi | Issue 40/2009"); 'labelled' for a date under a publication or update
    label and nothing else ("- Published 18 November 2019"); None for any other line.

    Such a line is the page's stamp, set by its publishing system beside the
    headline, a post or a comment: an article's own date lines ("Sept. 25, 2018"
    over a section of a timeline) seldom carry a clock time or a label.
    """
    if not line or len(bp.words(line)) > 2 * STAMP_WORDS:
        return None
    parts = _TOOL_SEPARATOR.split(line)
    if len(parts) > 1:
        # "Posted: Jan 27, 2011 1:52 PM ET | Last Updated: Jan 27, 2011 6:40 PM ET":
        # stamps side by side, each a stamp of its own
        kinds = [_one_stamp(part) for part in parts]
        if all(kinds):
            return kinds[0]
        fields = [part for part, kind in zip(parts, kinds, strict=True) if not kind]
        if (
            "timed" in kinds
            and all(len(bp.words(part)) <= STAMP_PART_WORDS for part in fields)
            and all(_capitalised_field(part) for part in fields)
            and sum(any(c.isdigit() for c in part) for part in fields) <= 1
        ):
            # "2009. október 7. 11:30 | Gábor Halmi | Issue 40/2009", "NAME, Outlet, City |
            # Thu, 04/29/2010 10:23 AM | Headlines": a stamp among short fields of names,
            # one number at most (not a score's "Lakers 102 | Celtics 99", nor a live
            # update's "10:42 AM | Crews reopen the northbound lanes")
            return "timed"
    if len(bp.words(line)) > STAMP_WORDS:
        return None
    parsed = parse_date(line)
    if parsed is None:
        return None
    iso, start, end = parsed
    before = line[:start]
    clock = _CLOCK_FIRST.match(before)  # "9:58am Tuesday 14th April 2009 in News"
    if clock:
        before = before[clock.end() :]
    elif _DIGIT.search(before) and (
        clock := _CLOCK_BEFORE_DATE.search(before)
        or _CLOCK_BEFORE_DATE.search(_without_weekday(before))
    ):
        # "Published: 11:30PM GMT 02 Feb 2008", "Updated: 9:47 am, Sun Oct 16, 2011"
        before = before[: clock.start()]
    rest = _ZONE_OFFSET.sub(" ", before + " " + line[end:])  # "14:20 (GMT+7)"
    allowed = STAMP_REST_WORDS + (STAMP_NAME_WORDS if _BY_LINE.match(line) else 0)
    if len(bp.words(rest)) > allowed or not _STAMP_REST.fullmatch(rest):
        return None
    if "T" in iso or clock:
        return "timed"
    return "labelled" if _PUBLISHED.search(rest) or _UPDATED.search(rest) else None


BARE_DATE_WORDS = 1  # besides its date, a bare date line holds a weekday at most
_WEEKDAYS = frozenset(_DATA.words("weekdays")) | frozenset(_DATA.words("other_weekdays"))


def is_bare_date(line: str) -> bool:
    """A line that is a date (and a clock time) alone, a weekday at most beside it:
    "Tuesday, October 14, 2008", "10/14/2008 5:42 PM" (not "Date: June 12, 2010")."""
    parsed = parse_date(line)
    if parsed is None:
        return False
    _, start, end = parsed
    rest = bp.words(line[:start] + " " + line[end:])
    return len(rest) <= BARE_DATE_WORDS and all(w.casefold() in _WEEKDAYS for w in rest)


def says_published(line: str) -> bool:
    """Whether the line labels a date as the publication's own ("Published", "Posted",
    "Publié"), not with the word "date" alone, which also labels an event or a release."""
    return bool(_SAYS_PUBLISHED.search(line))


def is_weekday(word: str) -> bool:
    """A weekday's name or short form, in lower case ("tuesday", "tue", "dienstag")."""
    return word in _WEEKDAYS or word in _WEEKDAY_SHORT


_WEEKDAY_SHORT = frozenset(day[:3] for day in _WEEKDAYS if len(day) > 3)


def says_updated(line: str) -> bool:
    """Whether the line labels a date as an update's ("Updated", "Last modified")."""
    return bool(_UPDATED.search(line))


_DAY_MONTH = re.compile(
    r"\b(?:[0-3]?\d"
    + _ORDINAL_BEFORE_MONTH
    + r"\.?"
    + _DE
    + _MONTH.replace("(?P<month>", "(?:")
    + r"|"
    + _MONTH.replace("(?P<month>", "(?:")
    + r"\s+[0-3]?\d"
    + _ORDINAL
    + r")(?!\d)",
    re.I,
)


def leading_day_month(text: str) -> bool:
    """A day and a month name, with or without a year, near the start of the line:
    "8 de abril – Curitiba", "3rd leg: May 20th – Arena" (not a citation's date at its end)."""
    match = _DAY_MONTH.search(text) if _DIGIT.search(text) else None  # no day without a digit
    return match is not None and match.start() <= max(20, len(text) // 4)


def _hyphenated_reads(match: re.Match[str], day_first: bool) -> bool:
    """Whether a date written with hyphens says which part is the month: a day over 12,
    both parts the same, or a page whose language writes the day first ("05-08-2011"
    is 5 August in Dutch, 8 May on a US forum)."""
    a, b = int(match["a"]), int(match["b"])
    return day_first or a > 12 or b > 12 or a == b


def _numeric_date(
    groups: dict[str, str], day_first: bool, weekday: int | None = None
) -> tuple[int, int, int]:
    """(month, day, year) of "11.03.17" or "21/09/2020".

    Full stops with a four-digit year ("12.04.2011") are written day first wherever
    they are used, English pages of European outlets included. A weekday written
    before the date ("Tue, 11/09/2010": 9 November was a Tuesday, 11 September a
    Saturday) settles the order where one reading falls on it and the other does not."""
    a, b, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
    dotted = groups.get("sep") == "." and len(groups["y"]) == 4
    if year < 100:
        year += 2000 if year < 70 else 1900
    if a > 12:
        return b, a, year
    if weekday is not None and b <= 12 and not dotted:
        on_day = [_falls_on(year, month, day, weekday) for month, day in ((a, b), (b, a))]
        if on_day[0] != on_day[1]:
            return (a, b, year) if on_day[0] else (b, a, year)
    if (day_first or dotted) and b <= 12:
        return b, a, year
    return a, b, year


def written_day_first(text: str) -> bool | None:
    """Whether the dates `text` writes in an order no reader can mistake put the day
    first: all-digit ones with a part over 12 ("20/06/2009", "06/20/2009"), else those
    with the English month's name ("20 June 2009", "June 20, 2009"); None when they
    tie or there are none."""
    parts = [
        (int(d.group("first")), int(d.group("second"))) for d in _ALL_DIGIT_DATE.finditer(text)
    ]
    day = sum(first > 12 >= second for first, second in parts)
    month = sum(second > 12 >= first for first, second in parts)
    if day == month:
        named = [d.group("day") is not None for d in _NAMED_MONTH_DATE.finditer(text)]
        day, month = named.count(True), named.count(False)
    return None if day == month else day > month


_ALL_DIGIT_DATE = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<mark>[/.-])(?P<second>\d{1,2})(?P=mark)(?:19|20)\d\d(?![\d/.-])"
)
_ENGLISH_MONTH = "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True))
_NAMED_MONTH_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_ENGLISH_MONTH})\b\.?|"
    rf"(?:{_ENGLISH_MONTH})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b",
    re.I,
)


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether the day is a real one and falls on `weekday` (Monday 0)."""
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _weekday_before(text: str, at: int) -> int | None:
    """The weekday (Monday 0) named right before `at` ("Tue, ", "Tuesday "), opening the
    text or after a label ("Published: Tue, ", "Posted on Tuesday "), or None: not a
    paper's name or a surname ("The Sun, ", "By Mei Sun ")."""
    found = _WEEKDAY_BEFORE.search(text[max(0, at - WEEKDAY_REACH) : at])
    if found is None or not _WEEKDAY_OPENS.search(text[: at - len(found.group(0))]):
        return None
    return _WEEKDAY_NUMBER.get(found.group(1).casefold())


WEEKDAY_REACH = 16  # characters before a date its weekday stands in
# What stands before a stamp's weekday: nothing, a label's colon or bar, or "on".
_WEEKDAY_OPENS = re.compile(r"(?:^|[:|(\[]|\b(?:on|posted|published|updated))\W*$", re.I)
# English weekdays by name, Monday 0, in full and in three letters (pages in other
# languages write the day first in any case).
_WEEKDAY_NUMBER = {
    **{day: n for n, day in enumerate(_DATA.words("weekdays"))},
    **{day[:3]: n for n, day in enumerate(_DATA.words("weekdays"))},
}
_WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)("
    + "|".join(sorted(map(re.escape, _WEEKDAY_NUMBER), key=len, reverse=True))
    + r")\.?,?\s*(?:the\s+)?$",
    re.I,
)


def _shifted(hours: str | None, minutes: str | None) -> str:
    """'+7' (and '30') of "GMT+7:30" as an ISO offset."""
    if not hours:
        return ""
    return f"{hours[0]}{int(hours[1:]):02d}:{minutes or '00'}"


def _offset(text: str | None) -> str:
    """'Z', '+0530' or '-04:00' as an ISO offset."""
    if not text:
        return ""
    if text == "Z":
        return "+00:00"
    digits = text[1:].replace(":", "")
    return f"{text[0]}{digits[:2]}:{digits[2:]}"


def dates_in(
    lines: Sequence[str], indexes: Sequence[int], day_first: bool = False
) -> list[FoundDate]:
    """Dates of the given lines, each labelled by the words just before it.

    A line may carry several ("Updated: 9 Jan 2025 | Published: 3 Mar 2020"):
    each date is labelled by the words between the previous date and itself,
    so the publication date is found wherever the line puts it."""
    found = []
    for i in indexes:
        line = lines[i]
        pos = 0
        for _ in range(DATES_PER_LINE):
            parsed = parse_date(line[pos:], day_first)
            if parsed is None:
                break
            iso, start, end = parsed
            before = line[pos : pos + start]
            kind = (
                "updated"
                if _UPDATED.search(before)
                else "published"
                if _PUBLISHED.search(before)
                else ""
            )
            if kind or pos == 0:  # an unlabelled date after the first is no stamp of the page
                found.append(FoundDate(iso, kind, i))
            pos += max(end, start + 1)
    return found


def pick_dates(
    header: list[FoundDate], elsewhere: list[FoundDate]
) -> tuple[str | None, str | None]:
    """(published, updated): a labelled publication date wins, then the first unlabelled
    date of the header, then an update stamp; a lone 'updated' stamp is also the update."""
    published = [d for d in header + elsewhere if d.kind == "published"]
    plain = [d for d in header if d.kind == ""]
    updated = [d for d in header + elsewhere if d.kind == "updated"]
    pub = published[0].iso if published else plain[0].iso if plain else None
    upd = updated[0].iso if updated else None
    if pub is None and upd is not None:
        pub = upd
    return pub, upd


_NAME_OPENERS = frozenset(_DATA.words("name_openers"))
_NAME_PARTICLES = frozenset(_DATA.words("name_particles"))
_PLACE_OR_BODY_ENDS = frozenset(_DATA.words("place_or_body_ends"))


# Words of a role written after the name, in languages that set it so (Korean "기자").
_ROLES_AFTER_NAME = _DATA.words("roles_after_name")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _tidy_name(name: str) -> str:
    name = _without_role_label(_before_link(re.sub(r"\s+", " ", name)))
    # a forum's "TrailBossMike » Tue Mar 09": no name goes on past it
    name = next((part for part in name.split("»") if part.strip()), name)
    head, *rest = tool_parts(name)
    others = [part.split()[0] for part in rest if part.split()]
    if (
        rest
        and len(head.split()) >= 2
        and opens_with_first_name(head)
        and not any(_known_first_name(first) for first in others)  # "Ana Ruiz | Tom Hale"
    ):
        # "Gene Haller · Millbrook Herald · March": the name, then its outlet and date
        # (a wire's "Harbor Press · 9:14 AM" names no one, and stays dropped)
        name = head
    name = _before_glued_role(name.strip(" .,:;-–—|/\\"))
    opened = _BY_LINE.match(name)
    if (
        opened is not None
        and not _NAME_OPENERS & set(name[: opened.start("rest")].casefold().split())
        and (
            opens_with_first_name(opened.group("rest"))
            or name[: opened.start("rest")].rstrip().endswith(":")
            or not _LATIN_LETTER.match(opened.group("rest"))
        )
    ):
        # a declared author with its opener: "Par Marie-Ève Thibodeau" of "By / Par ...",
        # a label's "Autor: Jana Nováková", "מאת שירה לוי" in a script no first names
        # of the data are written in (not "Di Thomas" nor "Von der Leyen": names that
        # open so)
        name = opened.group("rest")
    bare = _AGENCY_TAIL.sub("", name)
    if bare != name and len(bare.split()) >= 2:
        name = bare  # "JANE DOE Associated Press": the reporter, of the agency
    words = name.split()
    if len(words) >= 2 and words[-1] in _ROLES_AFTER_NAME:
        words = words[:-1]  # "최민준 기자": the reporter's name, then "reporter"
        name = " ".join(words)
    if len(words) >= 3 and words[-1].casefold() in _DATE_WORDS and not _written_family_first(name):
        # "Mara Lind Monday", "Tobias Wren November", "Tobias Wren May" (not "Goh Siew
        # Mei", a name written family name first whose given name is also a month's)
        name = " ".join(words[:-1])
    elif len(words) == 4 and words[-1].casefold() in _ROLE_WORDS and _known_first_name(words[0]):
        # "Lorraine Whitcombe-Ames Courts reporter": the role's own element joined to a
        # first name and a surname with no comma; longer runs ("Eleanor Vance Sentinel
        # Staff Writer") may hold the outlet's name and are left to other lines
        name = " ".join(words[:2])
    head, slash, town = name.partition(" / ")
    if (
        slash
        and len(head.split()) >= 2
        and (_dateline_town(town) or is_role_line(town, plural=True))
    ):
        # "Murat Kaya / ANTALYA", "Rosa Elena Quiñónez / Corresponsal": the dateline's town
        # or the writer's role after the name
        name = head
    if name.count("(") != name.count(")"):
        name = name.strip(" ()")  # "(By Lin Pei-hsuan)": the byline's own brackets
    if name.isupper() and len(name) > 3 and (" " in name or not agency_initials(name)):
        name = name.title()  # "MARA LIND", "ADAMS"; not an agency's initials ("SAPN")
    return _before_bio(_before_lower_words(name))


# A graduate's class year after the name, as alumni and school papers write it.
_CLASS_YEAR = re.compile(r"\s+['’‘]\d{2}\b")


def _dateline_town(words: str) -> bool:
    """A town as a dateline writes it after a signature's slash: one word in capitals
    ("ANTALYA"), or two whose first opens places' names ("SAN JOSE"); "AYŞE DEMİR" is a
    second name."""
    parts = words.split()
    if not words.isupper() or not 1 <= len(parts) <= 2:
        return False
    return len(parts) == 1 or parts[0].casefold() in _NOT_CORRESPONDENT


# "Gábor Halmi covers city hall and the districts": a full name, then a clause
_NAME_THEN_CLAUSE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+(?P<verb>[a-z]+)(?:\s+\S+){2,}$"
)


_PRESENT_VERB = re.compile(r"[a-z]{2,}s")  # an author note's verb: "covers", "writes"


def _before_bio(name: str) -> str:
    """A full name cut before the author note it runs on into ("Gábor Halmi covers city
    hall and the districts for ...", an author box read as the byline): a known first
    name, a surname, then a clause in lower case of three words or more opening with a
    verb in "-s" ("Jen M says" is no such note, and stays to the name checks; nor is "By
    Victoria Day the pools ..." nor "Jane Doe and Mark Lee")."""
    found = _NAME_THEN_CLAUSE.match(name)
    if (
        found is None
        or not _PRESENT_VERB.fullmatch(found["verb"])  # "covers", "writes"; not "and", "the"
        or found["verb"] in _NAME_OPENERS | _NAME_PARTICLES
        or found["name"].endswith(("'s", "’s"))  # "By Grace Kelly's standards ..."
        or not opens_with_first_name(name)
    ):
        return name
    return found["name"]


def _before_glued_role(name: str) -> str:
    """A full name cut where a word runs on into a capital ("Mehmet Ali KaradumanSarıkent
    Muhabiri": the name's element and its role's, read with no space between), when what
    stands before opens with a known first name and the role goes on past that word;
    "McDonald" or "DeShawn", whose capital follows fewer than GLUED_AFTER small letters,
    and a name's last word ("Karen VanderMeer", "Mohamed AbdelRahman") are one name."""
    words = name.split()
    for at, word in enumerate(words[:-1]):
        for i in range(GLUED_AFTER + 1, len(word) - 1):
            before = word[i - GLUED_AFTER : i]
            if (
                word[i].isupper()
                and word[i + 1].islower()
                and before.isalpha()
                and before.islower()
            ):
                head = " ".join([*words[:at], word[:i]])
                return head if len(head.split()) >= 2 and opens_with_first_name(head) else name
    return name


GLUED_AFTER = 4  # small letters a capital inside a word follows where two elements ran on


def _before_lower_words(name: str) -> str:
    """A full name cut before its own words repeated in lower case: "Anna Lindqvist
    anna lindqvist se Translation Ian Forsyth" is a byline block's name, then its
    e-mail address (anna.lindqvist@...) with the punctuation gone and a translator's
    credit, read as one. Other lower-case words are left to the name checks ("Jen M
    says" is a comment's heading, no byline)."""
    words = name.split()
    if len(words) < 4 or not any(w[:1].islower() for w in words[2:]):
        return name  # most names: no lower-case word after the second (a plain test first)
    for at in range(2, len(words) - 1):
        lowered = [w.casefold() for w in words[:at]]
        # (a role's word may stand between: "Karin Ljungdahl Skolreporter karin ljungdahl se")
        if any(lowered == words[at + gap : 2 * at + gap] for gap in range(ROLE_BEFORE_ADDRESS + 1)):
            return " ".join(words[:at])
    return name


ROLE_BEFORE_ADDRESS = 1  # words of a role between a name and its e-mail address


_ROLE = "(?:" + _any("byline_role_labels") + ")"
_ROLE_JOINER = "(?:" + _any("byline_role_joiners") + ")"
# the labels, then a colon or a dash, or "by" ("Interview by Pete Lowry", "Text by Jane Doe")
_ROLE_LABELS = re.compile(
    rf"^{_ROLE}(?:\s*{_ROLE_JOINER}\s*{_ROLE})*\b\s*(?:[:：|/–—-]|by\b)?\s*", re.I
)
_CMS_ACCOUNT = re.compile("(?:" + _any("cms_account_names") + ")", re.I)
_WEB_ADDRESS_WORDS = frozenset(_DATA.words("web_address_words"))
_LINK_REMNANTS = frozenset(_DATA.words("link_remnants"))
_PUBLISHER_NAMES = frozenset(" ".join(n.casefold().split()) for n in _DATA.words("publisher_names"))
_DOTTED_HOST = re.compile(r"\w\.(?:" + "|".join(_DATA.words("web_address_words")) + r")\b", re.I)


def initials_as_shown(name: str, page: str) -> str:
    """A name whose initials lost their full stops ("Nelson D Schwartz", as the page's
    metadata reader gives it) spelled as the page shows it ("Nelson D. Schwartz")."""
    words = name.split()
    if len(words) < 2 or not any(len(w) == 1 and w.isupper() for w in words):
        return name
    shown = r"\s+".join(
        re.escape(w) + r"\." if len(w) == 1 and w.isupper() else re.escape(w) for w in words
    )
    found = re.search(rf"(?<!\w){shown}(?!\w)", page)
    return " ".join(found.group(0).split()) if found else name


def _before_link(name: str) -> str:
    """A byline name up to what is left of a link after it ("Jane Doe http" -> "Jane Doe")."""
    words = name.split()
    for i, word in enumerate(words):
        if word.casefold().strip(":/.") in _LINK_REMNANTS or "://" in word:
            return " ".join(words[:i])
    return name


def _without_role_label(name: str) -> str:
    """A name without the contribution labels before it ("Text: Jane Doe", "Фото и текст
    Jane Doe", "Interview by Jane Doe" -> "Jane Doe"); a label alone is left as it is
    (no person: see is_person_name)."""
    match = _ROLE_LABELS.match(name)
    if match is None or not name[match.end() :].strip():
        return name
    return name[match.end() :]


def is_non_person_name(name: str) -> bool:
    """A byline that names no person by its wording: a contribution label alone ("Text",
    "Фото"), a publishing software's account ("admin", "Web Desk"), a web address or one
    turned into words ("ebb.org", "Ebb Org"), a publishing company ("Condé Nast"), or
    a byline naming no one ("La Rédaction", is_nameless_byline)."""
    folded = " ".join(name.casefold().split())
    if not folded:
        return True
    if _ROLE_LABELS.fullmatch(folded) or _CMS_ACCOUNT.fullmatch(folded):
        return True
    if is_nameless_byline(folded):
        return True
    if folded.split()[-1].strip(".") in _WEB_ADDRESS_WORDS or _DOTTED_HOST.search(folded):
        return True
    return folded in _PUBLISHER_NAMES


def is_person_name(name: str) -> bool:
    """Could `name` be a person's, as a byline gives it? Not a role ("Staff writer"), a
    phrase ("The Russian"), a credential ("RDN"), a lone all-caps word ("KPLX"), a
    label, an account, a web address or a publishing company (is_non_person_name)."""
    if _AGENCY_LINE.match(re.sub(r"^the\s+", "", name, flags=re.I)):
        return True  # "AP", "The Associated Press": an agency's byline
    words = name.split()
    if not words or any(
        w.casefold().strip(".,:;៖") in _NOT_NAME_WORDS  # (and the Khmer colon "៖")
        for at, w in enumerate(words)
        if not (at and _INITIAL.fullmatch(w))  # "John A. Smith": an initial, no article
    ):
        return False
    if _EAST_ASIAN_LABEL.search(name):
        return False  # "（责任编辑：赵红梅）": an editor's credit, written with no space
    if is_non_person_name(name):
        return False
    if len(words) == 1 and (
        name.isupper() or (len(name) <= 3 and not _EAST_ASIAN_NAME.match(name))
    ):
        return False  # (Chinese and Korean names are two to four characters, one word)
    return not any(c.isdigit() for c in name)


_INITIAL = re.compile(r"[A-Z]\.")
_EAST_ASIAN = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]")
_EAST_ASIAN_LABEL = re.compile(
    "|".join(re.escape(w) for w in sorted(_DATA.words("not_name_words")) if _EAST_ASIAN.match(w))
)
_EAST_ASIAN_NAME = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]{2,4}$")


def tidy_authors(names: Sequence[str]) -> tuple[str, ...]:
    """Byline names kept once (case ignored: "MARA LIND" is "Mara Lind",
    the mixed-case spelling kept), non-names dropped; an agency only when no reporter is
    named ("Jane Doe" of "Jane Doe, Associated Press" or "Jane Doe", "AP"). Cached: the
    HTML extraction asks about the same names a dozen times a page."""
    return _tidy_authors(tuple(names))


@lru_cache(maxsize=1 << 12)
def _tidy_authors(names: tuple[str, ...]) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    desk = False  # a credit that names no one: "Staff Reporter"
    for raw in (part for listed in names for part in _listed_people(listed)):
        name = _tidy_name(raw)
        if not is_person_name(name):
            desk = desk or _names_a_desk(name)
            continue
        key = name.casefold()
        if key not in kept or kept[key].isupper():
            kept[key] = name
    found = list(kept.values())
    if desk:
        # "Staff Reporter | Sonpatti": one word beside the desk's credit is its town
        found = [n for n in found if len(n.split()) >= 2]
    people = [n for n in found if len(n.split()) >= 2 and not is_agency_name(n)]
    if people:
        return tuple(people)  # the reporters, not also their agency
    return tuple(found)


def agency_initials(word: str) -> bool:
    """A word of AGENCY_INITIALS capital letters at most ("SAPN", "IANS", "NZPA"): an
    agency's initials; a longer word ("ADAMS") or one with a hyphen ("JO-ANN") is a name."""
    return len(word) <= AGENCY_INITIALS and word.isalpha() and word.isupper()


AGENCY_INITIALS = 4


def _names_a_desk(credit: str) -> bool:
    """A byline of a staff role and no name ("Staff Reporter", "Our Correspondent")."""
    words = credit.casefold().split()
    return 2 <= len(words) <= 3 and words[-1] in _ROLE_WORDS and words[0] in _DESK_OPENERS


def ends_like_a_place(name: str) -> bool:
    """Whether a name ends in a word of a place's or a body's ("Virginia Beach", "Grace
    Community Church", "Madison Square Garden"), no person's surname."""
    words = name.split()
    return bool(words) and words[-1].casefold() in _PLACE_OR_BODY_ENDS


def is_agency_name(name: str) -> bool:
    """A news agency's name ("AFP", "The Associated Press")."""
    return bool(_AGENCY_LINE.match(re.sub(r"^the\s+", "", name, flags=re.I)))


def without_outlet(authors: Sequence[str], publisher: str | None) -> tuple[str, ...]:
    """Byline names that are not the outlet's own name: a site that signs its pages with
    its name ("Acmenews" on Acmenews, "Acme Insider" on Acme Insider Berlin) names no
    reporter. A full name that is the whole site's name is kept when alone: a personal
    site is named after its author ("Jane Doe" on Jane Doe)."""
    if not publisher:
        return tuple(authors)
    outlet = _outlet_words(publisher)

    def is_outlet(author: str) -> bool:
        name = _outlet_words(author)
        if name == outlet:
            # beside a reporter ("Rohan Kulkarni, Samachar Junction") the outlet
            return len(name.split()) < 2 or len(authors) > 1
        if " " not in name and len(name) >= SITE_PREFIX_LETTERS and outlet.startswith(name):
            return True  # "Vortex" on vortexcannon.org: the site's name, cut short
        return outlet.startswith(name + " ")

    return tuple(a for a in authors if not is_outlet(a))


def _outlet_words(name: str) -> str:
    """A name's words in lower case, a web address's stops as spaces: the site
    "zinvartai.lt" is the byline's "Zinvartai Lt" (an initial's stop, "M. Kuhn", stays)."""
    return " ".join(_ADDRESS_STOP.sub(" ", name.casefold()).split())


_ADDRESS_STOP = re.compile(r"(?<=\w)\.(?=\w)")


SITE_PREFIX_LETTERS = 4  # a one-word byline this long that starts the site's name is the site


def without_holder(authors: Sequence[str], holder: str | None) -> tuple[str, ...]:
    """Byline names without the page's copyright holder when it stands beside others
    ("Condé Nast", "Jane Doe" on a page "© Condé Nast"): the company that signs every
    page, not a reporter. Alone it is kept: a personal site is its author's."""
    if not holder or len(authors) < 2:
        return tuple(authors)
    owner = " ".join(holder.casefold().split())
    return tuple(a for a in authors if " ".join(a.casefold().split()) != owner)


_ROLE_WORDS = frozenset(_DATA.words("byline_role_words"))
_DESK_OPENERS = frozenset(_DATA.words("desk_openers"))
_NAMELESS_BYLINE = re.compile(r"^\W*(?:" + _any("nameless_bylines") + r")\W*$", re.I)
_PICTURE_ROLES = frozenset(_DATA.words("picture_roles"))
_PICTURE_CREDIT_OPENERS = frozenset(_DATA.words("picture_credit_openers"))
ROLE_LINE_WORDS = 5


# Roles a name signing a post off may hold besides a byline's ("Outreach Committee Chair").
_SIGN_OFF_ROLES = _ROLE_WORDS | frozenset(_DATA.words("sign_off_roles"))


def is_role_line(line: str, roles: frozenset[str] = _ROLE_WORDS, plural: bool = False) -> bool:
    """A byline's second line, the staff role under the name ("Gazette Staff Writer");
    with the sign-off `roles`, also an office under a name signing a post off; with
    `plural`, a role of several too ("Corresponsales" after two names and a slash: not
    on a line of its own, where "Paper lays off its photographers" is a headline)."""
    tokens = bp.words(line)
    last = tokens[-1].casefold() if tokens else ""
    return (
        0 < len(tokens) <= ROLE_LINE_WORDS
        and (last in roles or (plural and _plural_of(last, roles)))
        and not bp.ends_like_sentence(line)
    )


def _plural_of(word: str, roles: frozenset[str]) -> bool:
    """Whether a word is the plural of one of `roles` ("Corresponsales", "Reporteros",
    "Staff Writers" under two names)."""
    return any(word.endswith(ending) and word[: -len(ending)] in roles for ending in ("s", "es"))


def is_nameless_byline(line: str) -> bool:
    """A byline naming no one: "Staff Report", "From staff and wire reports"."""
    return bool(_NAMELESS_BYLINE.match(line))


def opens_byline(line: str) -> bool:
    """Whether a line opens as a byline does: "By", "Written by", a label ("Author:",
    "Reporter:"), not a bare name nor an agency's credit ("AP Photo")."""
    return _BY_LINE.match(line) is not None


# the label opening the line or its last sentence, the name ending the line
_STORY_AND_PICTURES = re.compile(
    r"(?:^|[.!?]\s+)(?:" + _any("story_and_pictures_labels") + r")\s*(?:by\b|:)\s*"
    r"(?P<rest>[^\W\d][^.!?]{2,80})$",
    re.I,
)


def story_and_pictures_by(lines: Sequence[str]) -> tuple[str, ...]:
    """The author credited with both the story and its pictures on one of the `lines`
    ("Comets pitcher ... after the final out. Story and photos by Ray Tulloch"): a
    caption or a credits line may end with it."""
    for line in lines:
        found = _STORY_AND_PICTURES.search(line.strip())
        if found is None or bp.opens_with_link_list_label(line):
            continue  # none, or another story's teaser ("Related: ... Story and photos by")
        if name_line(found["rest"]) == found["rest"].strip():
            return (found["rest"].strip(),)
    return ()


def credits_picture(line: str) -> bool:
    """A byline of the picture, not the article: "By Ann Lee, Staff Photographer",
    "Photos by Ann Lee" (not "By Greg Tanaka, Photo Editor", who writes too, nor "By Amy
    Lutz | Photos by Marco Reyes", whose first name is the writer's)."""
    tokens = [w.casefold() for w in bp.words(line)]
    return bool(tokens) and (tokens[-1] in _PICTURE_ROLES or tokens[0] in _PICTURE_CREDIT_OPENERS)


def _byline_before_date(line: str) -> tuple[str, ...]:
    """The names of a "By NAME" opening a line of stamps (no sentence), read up to the
    line's first date, when that part is of a byline's length and each name is a
    person's opening with a first name the lists know; none otherwise."""
    if bp.ends_like_sentence(line):
        return ()  # "By Grace Hopper's own account, the team worked ... 1947 ...": prose
    dated = parse_date(line)
    head = line[: dated[1]] if dated else ""
    by = _BY_LINE.match(head) if _byline_words(head) <= 16 else None
    names = _byline_names(by["rest"], _labelled(by)) if by else ()
    # (people by their known first names, no place's: not "By Christmas Eve, 24 December
    # 2013", "By Lincoln Park on 3 May")
    return (
        names
        if names
        and all(
            opens_with_first_name(name) and is_person_name(name) and not ends_like_a_place(name)
            for name in names
        )
        else ()
    )


def find_byline(lines: Sequence[str]) -> tuple[tuple[str, ...], int | None]:
    """Authors named by the first byline among `lines`, and that line's position in it.

    Recognises "By NAME ...", "DATE by NAME", "By" alone with the name on the next
    line, "NAMEby NAME" (a copy that glued the author link to
    the byline), a news agency with its dateline ("AP Tokyo") and a correspondent's
    "From NAME, TOWN"; a label in two languages ("Автор / Author: NAME") is one label.
    """
    for pos, whole in enumerate(lines):
        # "Posted by Ana Ruiz on May 3 · Filed under Reviews · 18 Comments": the byline
        # is the first part of a line that tools share
        line = _TOOL_SEPARATOR.split(whole, maxsplit=1)[0] if _byline_words(whole) > 16 else whole
        # a stamp line of labelled fields ("DATE Source: OUTLET Author: NAME Font size: L
        # M S"): its "Author:" field names the author, on a long line too
        # (not a bilingual label's second language: "Автор / Author: Olena Kravets")
        bilingual = _BILINGUAL_LABEL.match(line) is not None
        fields = _LABELLED_FIELD.split(line) if ":" in line and not bilingual else [line]
        later = fields[1:] if parse_date(line) else []  # another field: a stamp's only
        parts = _TOOL_SEPARATOR.split(whole) if not later and ":" in whole else []
        if len(parts) > 1 and _undated_stamp(parts[0]):
            # "Posted: 12 มี.ค. 53 - 09:30 น. | By NAME": a stamp in a calendar the date
            # reader does not know, then the byline in the same row (every word of it
            # capitalised: not "Von Linmouth nach Kestrel")
            later = [part for part in parts[1:] if all(w[:1].isupper() for w in part.split())]
        if _byline_words(line) > 16:
            by = next(filter(None, map(_BY_LINE.match, later)), None)
            found = _byline_names(by["rest"], _labelled(by)) if by and len(fields) > 2 else ()
            if not found:
                # "Par A et B Publié le 23 mai 2014 à 11h20 Mis à jour le ...": a byline
                # that runs on into its stamps, read up to the first date
                found = _byline_before_date(line)
            if found:
                return found, pos
            continue
        if _BY_ALONE.match(line) and pos + 1 < len(lines):
            name = name_line(bp.BULLET.sub("", lines[pos + 1]))
            if name:  # "por" on a line, the author's link on the next
                return (name,), pos
        dated = parse_date(line)
        if dated and _BY_LINE.match(line[dated[2] :]):
            line = line[dated[2] :]  # "Tuesday 15 October 2019 by Jane Doe", "... 10:15 am by"
        clocked = None if dated else _CLOCK_THEN_BY.match(line)
        if clocked:
            line = line[clocked.end() :]  # "Posted 4:41 pm by Jose Ramirez": a day's post
        led = _SITE_THEN_BYLINE.match(" ".join(line.split()))
        if led and _BY_LINE.match(led["byline"]) and _site_like(led["site"])[0]:
            line = led["byline"]  # "Marston Valley Business Record - by Gary Pendleton"
        glued = _GLUED_BYLINE.match(line)
        if glued:
            return (_tidy_name(glued["name"]),), pos
        # after a date cut off above
        first = line if bilingual else _LABELLED_FIELD.split(line, maxsplit=1)[0]
        by = _BY_LINE.match(first) or next(filter(None, map(_BY_LINE.match, later)), None)
        found = _byline_names(by["rest"], _labelled(by)) if by else ()
        if by and found and _TEXT_LABEL.match(by.string) and not opens_with_first_name(found[0]):
            found = ()  # "Text: Larger | Smaller": a tool's label, no author
        if (
            by
            and found
            and _STORY_LABEL.match(by.string)
            and not opens_with_first_name(found[0])
            and not _PHOTO_CREDIT.search(line)
        ):
            found = ()  # "Story: Elm Street Shooting": a kicker, no author
        if by and found and _FIRST_NAME_OPENER.match(by.string):
            found = found if opens_with_first_name(found[0]) else ()  # "Av Paulista"
        if found:
            return found, pos
        agency = _AGENCY_LINE.match(line)
        if agency:
            return (agency["name"],), pos
        sent = _FROM_CORRESPONDENT.match(line)
        if sent and _correspondent(sent["name"]) and not is_nameless_byline(line):
            return (sent["name"],), pos  # "From Ibiso Dagogo, Port Harcourt"
        placed = _NAME_SLASH_PLACE.match(line)
        if placed and _files_from(placed["place"]) and _correspondent(placed["name"]):
            return (placed["name"],), pos  # "Selin Aydoğdu / KARAÇAMLI"
    return (), None


# A site's name, a dash or a bar, then its byline: the outlet signing, then its reporter.
_SITE_THEN_BYLINE = re.compile(r"^(?P<site>[^\W\d][^|·•–—:\d]*?)\s+[-–—|·•]\s+(?P<byline>\S.*)$")


def _undated_stamp(field: str) -> bool:
    """A stamp's field whose date the date reader cannot read: a label with its colon,
    then a clock time ("Posted: 12 มี.ค. 53 - 09:30 น.")."""
    return _STAMP_LABEL_FIELD.match(field) is not None and _CLOCK_TIME.search(field) is not None


# A post's stamp of a clock time alone, labelled or with its "am" or "pm", then its
# byline: "Posted 4:41 pm by NAME" (not "10:30 by Lake Ostby", a time and a place).
_CLOCK_THEN_BY = re.compile(
    r"^\W*(?:(?:posted|published|updated)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?)?"
    r"|\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\b\.?)\s*(?=by\s)",
    re.I,
)
_STAMP_LABEL_FIELD = re.compile(r"^\W*(?:posted|published|updated|created)\s*:", re.I)
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _correspondent(name: str) -> bool:
    """Whether the name of a "From NAME, TOWN" line may be a person's: no place's first
    word, day, month or joiner in it ("From Los Angeles, California", "From Friday To
    Sunday, Tickets")."""
    words = {w.casefold().strip(".") for w in name.split()}
    return is_person_name(name) and not words & (_NOT_CORRESPONDENT | _DATE_WORDS)


_NOT_CORRESPONDENT = frozenset(_DATA.words("not_correspondent_words"))


# A correspondent's byline as Nigerian and Ghanaian papers set it: "From NAME, TOWN",
# alone on its line (not "From the archives", which has no comma and town).
_FROM_CORRESPONDENT = re.compile(
    r"^\W*(?-i:From)\s+(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}),"
    r"\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\W*$"
)


# A reporter's name, a slash between spaces and the town she files from, as Turkish and
# other papers set a byline ("Selin Aydoğdu / KARAÇAMLI"); _files_from tells the town
# from a picture's credit.
_NAME_SLASH_PLACE = re.compile(
    r"^\W*(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,2})\s+/\s+"
    r"(?P<place>[^\W\d_]{3,}(?:[\s-][^\W\d_]{2,})?)\W*$"
)
_CREDIT_WORDS = (
    frozenset(_DATA.words("picture_credit_words"))
    | frozenset(_DATA.words("picture_credit_openers"))
    | frozenset(_DATA.words("picture_roles"))
)
_AGENCY_WORD = re.compile(r"\b(?:" + AGENCY_NAMES + r")\b", re.I)


def _files_from(place: str) -> bool:
    """Whether the words after a byline's slash are a town in capitals (one or two
    words), not a picture's credit: no agency or outlet ("Ana Ruiz / Reuters", "NAME /
    AFP PHOTO") and no credit's word, alone or ending a word ("NAME / STAFF", "NAME /
    GETTY IMAGES", "NAME / AIMMEDIA"); a credit with no spaces around its slash
    ("Amy Dunn/AIMMEDIA") is no byline either."""
    return (
        place.isupper()
        and not _AGENCY_WORD.search(place)
        and not any(
            word.casefold() in _CREDIT_WORDS or word.casefold().endswith(_CREDIT_ENDINGS)
            for word in place.split()
        )
    )


# the end of an outlet's name run together: "AIMMEDIA", "CITYPRESS", "NEWSPHOTO"
_CREDIT_ENDINGS = tuple(sorted(word for word in _CREDIT_WORDS if len(word) >= 5))


def _byline_words(line: str) -> int:
    """A byline line's length in words, a dated line's numbers left out: a stamp's day,
    year and clock times ("posted Mar 3, 2011, 7:42 PM by NAME [ updated Mar 4, 2011,
    9:15 AM ]") make no line longer than a byline (a deck's figures, "By Christmas
    2011, 1,200 of the 3,400 homes ...", still count)."""
    words = bp.words(line)
    if not any(word.isdigit() for word in words) or parse_date(line) is None:
        return len(words)
    return sum(not word.isdigit() for word in words)


def _byline_names(rest: str, labelled: bool = False) -> tuple[str, ...]:
    """The authors a byline names after its opener ("Ana Lind and Omar Dey, Staff"); after
    a label with its colon also a name in a script with no capitals (`_uncased_name`)."""
    rest = _CLASS_YEAR.sub("", rest)  # "Theo Lindgren ’98": an alumni magazine's class year
    cut = _NAME_END.split(rest, maxsplit=1)[0]
    head, slash, after = cut.partition(" / ")
    if slash and not is_person_name(after.strip()):
        cut = head  # "Gail Mossop / The Weekly Times": the name, then its outlet or role
    names = [
        _tidy_name(n)
        for joined in _NAME_JOINER.split(cut)
        for n in _full_names(joined)
        if n.strip()
    ]
    # (names written family name first only after a label: "Szerző: Fodor Lilla, Bakos
    # Ervin", not "By Okonkwo James, Port Louis")
    family_first = labelled and _family_first(names)
    names += _co_authors_after_comma(rest[len(cut) :], family_first=family_first)
    return tidy_authors(
        [
            n
            for n in names
            if (1 <= len(n.split()) <= 5 and n[:1].isupper())
            # (not a label of its own: "作者：" of "来源：... 作者： 责任编辑：...")
            or (labelled and _uncased_name(n) and not re.search(rf"{re.escape(n)}\s*[:：]", rest))
        ]
    )


def _full_names(names: str) -> list[str]:
    """Two full names a joiner of full names holds (`full_name_joiners`: "Tihana Rukavina
    i Ivan Barišić"), each of two words or more, the second opening with a known first
    name; else the names as they are ("Josep Puig i Cadafalch" is one)."""
    parts = _FULL_NAME_JOINER.split(names)
    if (
        len(parts) == 2
        and all(len(p.split()) >= 2 for p in parts)
        and opens_with_first_name(parts[1].strip())
    ):
        return parts
    return [names]


_FULL_NAME_JOINER = re.compile(r"\s+(?:" + _any("full_name_joiners") + r")\s+")


def _labelled(by: re.Match[str]) -> bool:
    """Whether a byline's opener is a label ending in a colon ("כתבה:", "Author:")."""
    return by.string[: by.start("rest")].rstrip().endswith((":", "："))


def _uncased_name(name: str) -> bool:
    """A person's name as scripts with no capitals and with spaces write it: two or
    three words of letters ("מיכל אבירם"); no phrase or sentence ("כל הזכויות שמורות
    לאתר"). (A run with no spaces, as Chinese writes a name, is as often a label:
    "作者".)"""
    words = name.split()
    return 2 <= len(words) <= UNCASED_NAME_WORDS and all(
        w.isalpha() and w == w.upper() == w.lower() for w in words
    )


UNCASED_NAME_WORDS = 3  # a Hebrew or Arabic name: a given name and one or two family names


def _known_first_name(word: str) -> bool:
    """A first name the quote finder's name lists know (census and world-wide counts).
    Imported on first use: the lists' module costs an extraction-only process a
    twentieth of a second to load."""
    from digest.quotes.speakers import first_name_gender

    return first_name_gender(word) is not None


def _family_first(names: Sequence[str]) -> bool:
    """Whether byline names are all written family name first (`_written_family_first`)."""
    return bool(names) and all(_written_family_first(n) for n in names)


def _written_family_first(name: str) -> bool:
    """Whether a name is written family name first: it ends with a known first name and
    opens with none ("Halmi Dóra", "Goh Siew Mei")."""
    return _ends_with_first_name(name) and not opens_with_first_name(name)


def _ends_with_first_name(name: str) -> bool:
    """Whether a name of two words or more ends with a first name the lists know."""
    words = name.split()
    return len(words) >= 2 and _known_first_name(words[-1])


def opens_with_first_name(name: str) -> bool:
    """Whether a byline part opens with a first name the name lists know ("Denise
    Kowalski", not "UTW Local")."""
    words = name.split()
    return bool(words) and _known_first_name(words[0])


def _listed_people(names: str) -> list[str]:
    """One byline entry that lists people with commas or a joining word ("Ana Lind, Omar
    Dey", "Ana Lind ve Omar Dey"), as its people when every part opens with a known first
    name; else the entry as it is ("Ana Lind, Staff Writer" is cut to the name later)."""
    parts = [" ".join(p.split()) for p in _NAME_JOINER.split(names)]
    if len(parts) > 1 and all(1 < len(p.split()) <= 4 and opens_with_first_name(p) for p in parts):
        return parts
    return [names]


def _co_authors_after_comma(tail: str, family_first: bool = False) -> list[str]:
    """Names after the first byline name's comma that open with a known first name
    ("By Ana Lind, Omar Dey and Mia Holt"), or, after a name written family name first
    (`family_first`: "Szerzők: Halmi Dóra, Nagy Péter"), end with one: co-authors, not a
    role or a place ("By Ana Lind, Staff Writer", "By Ana Lind, New York")."""
    found: list[str] = []
    known = _ends_with_first_name if family_first else opens_with_first_name
    while (part := _COMMA_NAMES.match(tail)) is not None:
        names = [" ".join(n.split()) for n in _NAME_JOINER.split(part["names"]) if n.strip()]
        if not names or not all(known(n) for n in names):
            break
        found += names
        tail = tail[part.end() :]
    return found


# A capital of the Latin alphabets ("Ádám", "Łukasz"), then the word's letters.
_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME_WORD = rf"[A-Z{_CAPITALS}][\w'’.-]*"
_FULL_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3}"
_COMMA_NAMES = re.compile(
    rf"\s*,\s*(?P<names>{_FULL_NAME}(?:\s+(?:and|&)\s+{_FULL_NAME})?)"
    rf"(?=\s*(?:{_BYLINE_SEPARATOR}|$)|\.(?:\s|$))"
)
_NAME_LINE = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?P<name>" + _FULL_NAME + r")"
    r"\s*(?:$|[,|•·–—]|\s-\s|\s@)"
)


_BY_WORD = re.compile(r"^\W*by\s", re.I)  # no name starts so (unlike "Di Stefano", "Von Ark")


def name_line(text: str) -> str | None:
    """The author's name of a bare byline under a headline: "Jane Doe", "Jane Doe - May 2"."""
    if len(text) > 120 or bp.is_furniture(text) or _BY_WORD.match(text):
        return None  # a "By ..." line is a byline, read (or rejected) by find_byline
    match = _NAME_LINE.match(text.strip())
    if not match:
        return None
    name = match["name"]
    if any(w.casefold() in _NOT_NAME_WORDS for w in name.split()):
        return None
    rest = text.strip()[match.end() :]
    if len(bp.words(rest)) > NAME_LINE_TAIL and parse_date(rest) is None:
        return None  # "Jane Doe, who was shot at her home ...": a caption naming someone
    return _tidy_name(name)


def stamp_line(line: str) -> bool:
    """A publishing stamp's line: one the stamp reader knows, or a short line that opens
    with a date, one word at most before it, a weekday or a label ("2009-04-22,
    ostatnia aktualizacja 2009-04-22 14:10", "Tuesday, June 8, 2010; 12:00 PM")."""
    dated = parse_date(line)
    if dated is None:
        return False
    opens = len(bp.words(line[: dated[1]])) <= 1
    return bool(date_stamp(line)) or (opens and len(bp.words(line)) <= STAMP_WORDS)


def is_sign_off_role(line: str) -> bool:
    """A role line under a name signing a post off ("Outreach Committee Chair")."""
    return is_role_line(line, _SIGN_OFF_ROLES)


_AUTHOR_BOX_LABEL = re.compile(r"^\W*(?:" + _any("author_box_labels") + r")\W*$", re.I)
# The same label opening a longer line: a box beside the article read whole as its
# author by another extractor ("Autors Ilze Kalniņa DR").
_AUTHOR_BOX_OPENING = re.compile(r"^\W*(?:" + _any("author_box_labels") + r")\s+\S", re.I)
# A field of a box about a reviewed book, film or record ("Publisher: Fourth Estate").
_WORK_FIELD = re.compile(r"^\W*(?:" + _any("work_fields") + r")\s*:", re.I)
# "Reporter: Sofie Vermeulen" in such a box, label and name on one line
_AUTHOR_BOX_LINE = re.compile(
    r"^\W*(?:" + _any("author_box_labels") + r")\s*:\s*(?P<name>\S.{2,60})$", re.I
)


def author_note(line: str) -> str | None:
    """What follows the label of a note about the writer and its colon opening the line
    ("About the author: Jane Doe is ...", data author_note_labels); None without one."""
    found = _AUTHOR_NOTE.match(line)
    return found["rest"] if found else None


_AUTHOR_NOTE = re.compile(
    r"^\W*(?:" + _any("author_note_labels") + r")\s*:\s*(?P<rest>\S.*)$", re.I | re.S
)


def leading_name(text: str) -> str | None:
    """The name a sentence opens with: its capitalised words and the particles between
    them ("Ana Lucía de la Vega is ...", "Karin Holm, a reporter ..."), up to the first
    other word or a comma; None when it opens otherwise."""
    words: list[str] = []
    for word in text.split():
        bare = word.rstrip(",")
        if not (bare[:1].isupper() or (words and bare in _NAME_PARTICLES)):
            break
        words.append(bare)
        if bare != word:
            break  # "Karin Holm, a reporter": the name ends at its comma
    while words and words[-1] in _NAME_PARTICLES:
        words.pop()
    return " ".join(words) or None


def by_alone(line: str) -> bool:
    """Whether the line is a byline's opener alone ("By", "Written by"), or with the
    joiner of two names an extractor left out ("Par et"): the names on the next line,
    or gone."""
    return _BY_ALONE.match(line) is not None


def opens_with_box_label(name: str) -> bool:
    """Whether an author's name read elsewhere opens with an author box's heading and
    goes on ("Autors Ilze Kalniņa DR"): the box run together, the name inside it."""
    return bool(_AUTHOR_BOX_OPENING.match(name))


def boxed_byline(lines: Sequence[str]) -> tuple[str, ...]:
    """The writer a box beside the article names under its heading ("Autor" /
    "Miroslav Kuchta") or after its label ("Reporter: Sofie Vermeulen"): a name line
    opening with a known first name, or of two words right under the heading that do
    not end like a place or a body (first names of the chrome's language, "Ilze
    Kalniņa", are often unknown to the lists; "Editorial Board" and a place's longer
    name, "Spišská Nová Ves", are no writer's); none when the page holds two such (a
    list of the site's writers)."""
    shown = [line for line in lines if line.strip()]
    under = [line for label, line in pairwise(shown) if _AUTHOR_BOX_LABEL.match(label)]
    labelled = [
        m["name"]
        for at, line in enumerate(shown)
        if (m := _AUTHOR_BOX_LINE.match(line))
        # not a reviewed book's "Title: ... / Author: ... / Publisher: ..." box
        and not any(_WORK_FIELD.match(near) for near in shown[max(0, at - 3) : at + 4])
    ]
    found = [
        name
        for at, line in enumerate([*under, *labelled])
        if (name := name_line(line)) is not None
        and (
            opens_with_first_name(name)
            or (at < len(under) and len(name.split()) == 2 and not ends_like_a_place(name))
        )
        and is_person_name(name)
    ]
    return (found[0],) if len(found) == 1 else ()


def bio_opening_name(author: str) -> str | None:
    """The full name a sentence about the author opens with, where a page declares that
    sentence (or its first part, cut at a comma) as the author: "NAME covers local
    government" (of "NAME covers local government, water and housing for the Ledger");
    None for a name alone, or a name with its particles ("Maria Luisa da Souza")."""
    words = author.split()
    opening = leading_name(author)  # ("Maria de la Cruz writes about farms": its particles)
    at = len(opening.split()) if opening is not None and len(opening) < len(author) else None
    if at is None or at < 2 or len(words) - at < BIO_WORDS:
        return None
    name = " ".join(words[:at])
    rest = words[at:]
    # (not the name's words again: an e-mail address run on, "NAME Reporter name se"; nor
    # a capital after: more of the name, "José Luis de los Santos", "Ali al-Tikriti", or a
    # second author, "Marie Dupont et Jean Martin")
    again = {word.casefold() for word in words[:at]} & {word.casefold() for word in rest}
    capital = any(char.isupper() for word in rest for char in word)
    return name if is_person_name(name) and not again and not capital else None


BIO_WORDS = 2  # lower-case words after the name, at least: a sentence going on


def name_with_role(line: str) -> str | None:
    """The name of a bare byline whose staff role follows it after a comma, a slash or a
    bar ("Sophie Marchant, Reporter", "Tom Delaney, Chief Photographer", "Maria Santos/
    Correspondent", "Hernán Peñaloza | Corresponsal"), or the news agency the reporter
    writes for ("Adnan Hodžić, FENA"): a name opening with a known first name, a role
    line (`is_role_line`) or an agency after the last comma, slash or bar; else None."""
    separator = next((mark for mark in (",", "/", "|") if mark in line), ",")
    head, comma, role = line.rpartition(separator)
    # (the agency's name alone: not "AP Photo", a picture's credit)
    agency = re.fullmatch(AGENCY_NAMES, role.strip()) is not None
    if not comma or not (is_role_line(role.strip()) or agency):
        return None
    name = name_line(head)
    return name if name and opens_with_first_name(name) else None


def signed_name(lines: Sequence[str]) -> str | None:
    """The name of a name line with a known first name over a role line ("Gloria Benton"
    / "Outreach Committee Chair"), the first two of `lines`, with no contact's line (a
    telephone number, an e-mail address) right after them; else None."""
    if len(lines) < 2 or not is_sign_off_role(lines[1]):
        return None
    if any(_CONTACT.search(line) for line in lines[2:3]):
        return None  # "Denise Carter" / "Volunteer Coordinator" / "Phone: ...": a contact
    name = name_line(lines[0])
    return name if name and opens_with_first_name(name) else None


# A contact's line: a telephone number, an e-mail address or their label.
_CONTACT = re.compile(r"\d{3}[\s.-]\d{4}|@|\b(?:phone|tel|fax|e-?mail|contact)\b", re.I)


def name_by_date(lines: Sequence[str], under_stamp: bool = False) -> tuple[str, ...]:
    """A name alone on a line with a date on the next: "Jane Doe" / "May 2, 2031 10:00AM";
    with `under_stamp`, only a name that opens with a known first name (not a forum's
    "Site Admin" over "Joined: 14 Mar 2005"), and also one under a stamp ("2009-04-22,
    ostatnia aktualizacja 2009-04-22 14:10" / "Marta Wiśniewska"), one opening the stamp
    line itself ("Ricardo Tavares, da Redação Publicado em 08/03/2012, às 16h45") or
    the one name among its fields ("2009. október 7. 11:30 | Gábor Halmi | Issue 40/2009")."""

    def person(line: str) -> str | None:
        name = name_line(line)
        if not name or _AGENCY_LINE.match(name):
            return None
        return name if not under_stamp or opens_with_first_name(name) else None

    if under_stamp:
        for line in lines:
            name = person(_name_before_stamp(line))
            if name:
                return (name,)  # "Ricardo Tavares, da Redação Publicado em 08/03/2012"
            parts = tool_parts(line)
            if len(parts) > 1 and date_stamp(line) == "timed":
                # "2009. október 7. 11:30 | Gábor Halmi | Issue 40/2009": a field of the stamp
                named = [name for name in map(person, parts) if name]
                if len(named) == 1:
                    return (named[0],)

    def people(line: str) -> tuple[str, ...]:
        """The person of a name line, or two or three joined ("A and B", "A, B & C"),
        each opening with a known first name."""
        names = _NAMES_JOINED.split(_ROLE_AFTER_NAMES.sub("", line.strip()))
        named = tuple(
            n
            for n in names
            if person(n) == n
            and opens_with_first_name(n)
            and is_person_name(n)
            and not ends_like_a_place(n)  # "Virginia Beach and Charlotte Harbor"
            and not any(word.isupper() and len(word) > 1 for word in n.split())
        )
        if 1 < len(names) <= 3 and len(named) == len(names):
            return named
        name = person(line)
        return (name,) if name else ()

    for pos in range(len(lines) - 1):
        following = lines[pos + 1]
        if parse_date(following) or leading_day_month(following):
            signed = people(lines[pos])
            if signed:
                return signed
        if under_stamp and stamp_line(lines[pos]):
            signed = people(following)
            if signed:
                return signed
    return ()


# What joins two or three names on a byline's line: "A and B", "A, B & C", "A ve B"
# (data name_joiners).
_NAMES_JOINED = re.compile(
    r"\s*,\s*(?:(?:" + _any("name_joiners") + r")\s+)?|\s+(?:" + _any("name_joiners") + r")\s+"
)


# The names' shared role after a dash or a comma, in lower case in the site's language:
# "Petr Kubíček, Lenka Horáková - redaktoři", "A, B, redaktori", "A and B - staff writers".
_ROLE_AFTER_NAMES = re.compile(
    r"(?:\s+[-–—]\s+|\s*,\s*)(?-i:[a-z\u00df-\u024f])[^\W\d]*(?:\s+[^\W\d]+)?$"
)


def _name_before_stamp(line: str) -> str:
    """What a stamp line holds before its publication label or date, a desk in lower
    case after a comma dropped ("Ricardo Tavares, da Redação Publicado em ..." ->
    "Ricardo Tavares"); "" when the line has no such label or date, or nothing before."""
    dated = parse_date(line)
    label = _SAYS_PUBLISHED.search(line)
    if dated is None or not (label or "T" in dated[0]):
        return ""  # a stamp: a publication label or a clock time ("Virginia Beach, March 3")
    starts = [at for at in (dated[1], label.start() if label else None) if at]
    if not starts:
        return ""
    head = line[: min(starts)].strip(" ,|·•-–—")
    if len(head.split()) > NAME_BEFORE_STAMP_WORDS + DESK_WORDS:
        return ""  # a caption's sentence ("Maria Lopez, a volunteer with the group, sorts")
    head = _LOWER_DESK.sub("", head)
    return head if len(head.split()) <= NAME_BEFORE_STAMP_WORDS else ""


NAME_BEFORE_STAMP_WORDS = 4  # a name before a stamp on its line, no sentence
DESK_WORDS = 3  # and a desk after it: "da Redação", "staff writer"
_LOWER_DESK = re.compile(r",\s+(?-i:[a-z])[^,]{0,30}$")  # ", da Redação", ", staff writer"


_NOT_NAME_WORDS = frozenset(_DATA.words("not_name_words"))
_DATE_WORDS = frozenset(_DATA.words("weekdays")) | frozenset(_MONTHS)
NAME_LINE_TAIL = 4  # words a bare byline may carry after the name besides a date


def find_tags(lines: Sequence[str]) -> tuple[tuple[str, ...], int | None]:
    """The page's own tags from a 'Tags:' / 'Topics :' line, split at obvious separators."""
    for pos, line in enumerate(lines):
        match = _TAGS_LINE.match(line)
        if match:
            parts = [p.strip(" #") for p in re.split(r"\s*[,;|•·]\s*|\s+#", match["tags"])]
            return tuple(p for p in parts if p), pos
    return (), None


def find_publisher(lines: Sequence[str]) -> str | None:
    """The outlet named by a copyright notice, else by a 'Subscribe to NAME' offer
    (without the product offered: "Subscribe to Acme Courier Newsletter")."""
    for pattern in (_COPYRIGHT, _SUBSCRIBE):
        for line in lines:
            if len(line) > 200:
                continue
            match = pattern.search(line)
            if match:
                name = _OUTLET_TAIL.sub("", match["name"].strip()).strip(" .,")
                if pattern is _SUBSCRIBE:
                    name = _without_products(name)
                if 2 <= len(name) <= 60 and not name.lower().startswith(_NOT_OUTLET_STARTS):
                    return name
    return None


def outlet_mention(line: str) -> tuple[str, int] | None:
    """The outlet a line of its furniture names ("More from Sportsnet", "Advertise with
    Indiewire"; data/text_metadata.yml `outlet_mentions`) and which pattern found it, or
    None; a leading "The" left out, so that two lines spell it alike."""
    if len(line) > MENTION_LINE:
        return None
    for kind, pattern in enumerate(_OUTLET_MENTIONS):
        match = pattern.search(line)
        if match:
            name = re.sub(r"^the\s+", "", match["name"].strip(" .,"), flags=re.I)
            if 2 <= len(name) <= 60 and name.casefold() not in _NOT_OUTLET_MENTIONS:
                return name, kind
    return None


MENTION_LINE = 500  # characters: a longer line is an article's paragraph, not furniture


_URL_NAME = re.compile(r"(?:https?://|www\.)", re.I)
_NAME_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_TAG = re.compile(r"<[^>]*>")


def tidy_publisher(name: str | None, url: str | None, page: str = "") -> str | None:
    """A page's site name as a reader should see it.

    Site metadata (og:site_name) is not always a name: a tagline after the name
    ("Acme Courier | Your local news", kept: "Acme Courier"), a web address
    ("https://www.acmecourier.com": the page's copyright notice's name, else
    "acmecourier.com"), stray punctuation
    ("Acme_"), or the label of the host's first part ("Hosted" on hosted.example.org):
    the page's own copyright notice, else its host, names the outlet then.
    """
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    if _URL_NAME.match(name) and _ADDRESS.fullmatch(name.removesuffix("/")):
        return named_in(page) or _host_of(name)  # not "Acme.info", a name written so
    name = _NAME_PARTS.split(name)[0].strip(" _-–—|:;,.·•")
    short = _SITE_NAME_TAIL.sub("", name).strip(" _-–—|:;,.·•")
    if len(short) < 2:
        return None
    host = _host_of(url or "")
    if is_slogan(short):
        return _slogans_site(short, host, page)
    if short != name:
        return short  # "Fandom" of "Fandom powered by Wikia": the site's name as it says it
    labels = host.split(".") if host else []
    site = _site_labels(labels)
    if len(labels) > site and name.casefold() == labels[0]:
        return named_in(page) or ".".join(labels[-site:])  # a subdomain's label, not the site
    return name


_SITE_NAME_TAIL = re.compile(r"\s+(?:" + _any("site_name_tails") + r")\b.*$", re.I)
SLOGAN_WORDS = 3  # a shorter site name is a name, whatever its case


def is_slogan(name: str) -> bool:
    """A site's slogan given as its name: a phrase of SLOGAN_WORDS words or more holding,
    after its first word, a lower-case word no name holds ("Expert how-to for English
    Riders", "Kabar tentang Dunia Islam"; not "Mensagens de Reflexão", "pv magazine")."""
    words = name.split()
    if len(words) < SLOGAN_WORDS:
        return False
    allowed = _SITE_JOINERS | _SITE_WORDS | _SITE_PARTICLES
    return any(w[:1].islower() and w.casefold() not in allowed for w in words[1:])


def _slogans_site(slogan: str, host: str | None, page: str) -> str:
    """The name of a site whose metadata gives its slogan: the part before a colon
    ("Acme Courier: the best news about Riverton"), else the site's host, else the
    page's copyright holder, else the slogan itself (better than no outlet)."""
    head = slogan.split(": ", 1)[0].strip()
    if head != slogan and not is_slogan(head):
        return head
    if host:
        labels = host.split(".")
        return ".".join(labels[-_site_labels(labels) :])
    return named_in(page) or slogan


def _site_labels(labels: Sequence[str]) -> int:
    """How many of a host's last labels name the site: "example.com", "example.co.uk"
    (a short second level under a two-letter country code)."""
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return 3
    return 2


def _host_of(address: str) -> str | None:
    """The host of a web address without "www." (lower case), or None."""
    match = _ADDRESS.match(address.strip())
    if not match:
        return None
    host = match["host"].casefold()
    return host.removeprefix("www.")


def named_in(page: str) -> str | None:
    """The outlet a page's copyright notice names (the page's last notice: its footer's)."""
    if not page:
        return None
    import html

    lines = [" ".join(x.split()) for x in html.unescape(_TAG.sub("\n", page)).splitlines()]
    return find_publisher([x for x in reversed(lines) if x])


def _without_products(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _PRODUCTS:
        words.pop()
    return " ".join(words)


def is_web_address(line: str) -> bool:
    """A line that is a web address and nothing more ("calloway-tribune.com")."""
    return _ADDRESS.fullmatch(line.strip().rstrip("/")) is not None


def find_web_address(line: str) -> str | None:
    """The first web address's host in a line ("NYPost.com", "news.example.co.uk"),
    leaving out e-mail addresses (a person's or a desk's, "letters@example.com") and the
    platforms every outlet links to."""
    match = next(_web_addresses(line), None)
    return match["host"] if match else None


def _web_addresses(line: str) -> Iterator[re.Match[str]]:
    if len(line) > 300:
        return
    for match in _ADDRESS.finditer(line):
        if line[: match.start()].endswith("@"):
            continue  # an e-mail address: a person or a desk, not the site
        folded = match["host"].casefold()
        if not any(folded == p or folded.endswith("." + p) for p in _PLATFORMS):
            yield match


def find_own_address(line: str) -> str | None:
    """The web address a furniture line gives as its own site's, or None.

    Only a line that stands for the site counts: the address alone ("www.acme.com"), in
    a copyright notice ("© 2019 Acme.info"), after words by which a site points to itself
    ("Visit Acme.com", "Trending now on Acme.com"), or as a menu entry among navigation
    words ("Acme.com | Home | Contact us"). An address after a label ("Tag: acme.com",
    "More from acme.com", "via acme.com"), an e-mail address, a link to one page
    ("acme.com/submit-review") or one inside a sentence names another site, a topic or a
    person: an outlet named after it would be named wrong, so it names none.
    """
    if "." not in line:
        return None  # no host name without a dot
    line = " ".join(line.split())
    if len(line.split()) > OWN_ADDRESS_WORDS * 2:
        return None
    addresses = list(_web_addresses(line))  # found once, not again for every menu cell
    if not addresses:
        return None
    cells = _MENU_SEPARATORS.split(line)
    start = 0
    for n, cell in enumerate(cells):
        at = line.find(cell, start)
        start = at + len(cell)
        for match in addresses:
            if at <= match.start() < start:
                others = [*cells[:n], *cells[n + 1 :]]
                if _stands_as_own(cell, match.start() - at, match.end() - at, others):
                    return match["host"]
    return None


def _stands_as_own(cell: str, begin: int, end: int, others: Sequence[str]) -> bool:
    """Whether the address at cell[begin:end] is given as the site's own (see
    find_own_address); `others` are the line's other menu cells."""
    before, after = cell[:begin], cell[end:]
    if re.match(r"/[^\s/]", after):
        return False  # a link to one page of the site ("acme.com/submit-review")
    if _ADDRESS_LABEL.search(before) or len(cell.split()) > OWN_ADDRESS_WORDS:
        return False
    if not re.search(r"\w", before + after):  # the address alone, or as a menu entry
        entries = [c.strip(" .:;,-–—").casefold() for c in others]
        return all(not e or e in _NAVIGATION for e in entries)
    if _COPYRIGHT_MARK.search(before):
        return True
    return bool(_OWN_ADDRESS_CUE.search(before)) and len(after.split()) <= 3


def content_words(text: str, stops: frozenset[str]) -> set[str]:
    """The words of three letters or more that are no stop words, case folded (each once)."""
    found = bp.words(text)
    folded = map(str.casefold, found)
    return {f for w, f in zip(found, folded, strict=True) if len(w) > 2 and f not in stops}


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·_-]\s+|\s*[|_]\s*(?=\S)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
ANCHOR_BONUS = 3.0
LONG_TITLE_COST = 0.15  # per word beyond 14: a standfirst or a teaser, not a headline
TITLE_WORDS = 25  # a longer line is a headline only right above its byline or date line ...
LONG_HEADLINE_WORDS = 40  # ... and up to this many words (a lede written as the headline)
DATE_IN_TITLE_WORDS = 5  # words besides its date that make a line a headline naming a day


def title_length(text: str) -> int:
    """Words of a line; CJK characters count as half a word each."""
    return len(bp.words(text)) + len(_CJK.findall(text)) // 2


def find_title(
    candidates: Sequence[tuple[int, str]],
    body_words: set[str],
    stops: frozenset[str],
    body_start: int,
    counts: dict[str, int],
    exclude: Collection[str] = (),
    anchored: dict[int, float] | None = None,
) -> str | None:
    """The headline among the lines before the body.

    A headline shares words with the body, is usually repeated near the top (page
    title and heading), stands close to where the body starts and, above all, right
    above the byline, the dateline or the first paragraph (`anchored` holds those
    positions, each with a weight). A line ending in a full stop is a sentence unless its
    words are capitalised like a headline's ("Stock Falls. Why You Shouldn't Worry."). Lines in `exclude` (the standfirst, the author's name) are not
    candidates. "Section | Headline" gives the headline when it stands alone too.
    """
    best, best_score = None, 0.0
    for index, text in candidates:
        n = title_length(text)
        longest = LONG_HEADLINE_WORDS if (anchored or {}).get(index, 0.0) >= 1.0 else TITLE_WORDS
        if (
            not 2 <= n <= longest
            or text in exclude
            or (text.rstrip().endswith(".") and not bp.is_title_case(bp.words(text)))
            or bp.BULLET.match(text)
        ):
            continue
        if bp.is_furniture(text) or _dated(text) or find_byline([text])[0]:
            continue
        if (" " not in text.strip() and not _CJK.search(text)) or _FILE_NAME.search(text):
            continue
        if text.lower().startswith(_CAPTION_CUES) or _COMMENT_COUNT.search(text):
            continue  # a caption, or a post's row of byline and comment count
        if sum(1 for w in bp.words(text) if w[:1].isalpha()) < 2 and not _CJK.search(text):
            continue  # a price, a score, a number with a word
        own = content_words(text, stops) or {text.casefold()}
        shared = len(own & body_words) or _cjk_shared(text, body_words)
        if shared == 0 and ((anchored or {}).get(index, 0.0) < 1.0 or n < 4):
            continue  # shares no word with the body, unless it heads the byline or dateline
        # many shared words, few words of its own that the body never uses
        value = shared * shared / len(own) + (1.5 if counts.get(text, 0) > 1 and n >= 3 else 0.0)
        value += ANCHOR_BONUS * (anchored or {}).get(index, 0.0) if n >= 3 else 0.0
        value -= 0.02 * (body_start - index) + LONG_TITLE_COST * max(0, n - 14)
        if value > best_score:
            best, best_score = text, value
    if not best:
        return None
    return strip_marks(_headline_part(best, [text for _, text in candidates])) or None


# A post's count of its comments closing a line ("by India Post News 0 Comments").
_COMMENT_COUNT = re.compile(r"\b\d+\s+comments?\W*$", re.I)


def _dated(text: str) -> bool:
    """A date line ("Posted: May 2, 2015 10:00 AM"), not a headline that names a day
    ("Shooting, theft and fraud: May 2, 2015 police log"): few words besides the date."""
    found = parse_date(text)
    if found is None:
        return False
    _, start, end = found
    return len(bp.words(text[:start] + " " + text[end:])) < DATE_IN_TITLE_WORDS


_MARKS = "".join(_DATA.words("headline_marks"))


def strip_marks(title: str) -> str:
    """A headline without the close/play glyphs a page's buttons leave at its ends."""
    return title.strip(_MARKS + " \t")


_SITE_WORDS = frozenset(_DATA.words("site_name_words"))
_SITE_JOINERS = frozenset(_DATA.words("site_name_joiners"))
_SITE_PARTICLES = frozenset(_DATA.words("site_name_particles"))
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+\|(?=\S)|(?<=\S)\|\s+")
_WEB_ADDRESS = re.compile(r"\w\.(?:com|net|org|tv|co|us|uk|info|news)\b", re.I)
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")
SITE_HEAD_WORDS = 3  # the headline left after cutting a site's name keeps this many words


def _site_like(part: str) -> tuple[bool, bool]:
    """(name-like, marked): every word capitalised, a number or a joiner; and holding a
    site word, a web address or a call sign."""
    words = part.replace(",", " ").split()
    if not words:
        return True, False
    marked = bool(_WEB_ADDRESS.search(part))
    for word in words:
        bare = word.strip(".:;!?()'\"")
        if not bare:
            continue
        if bare.casefold() in _SITE_WORDS or _CALL_SIGN.match(bare):
            marked = True
        elif not (
            bare[:1].isupper()
            or bare[:1].isdigit()
            or bare.casefold() in _SITE_JOINERS
            or _WEB_ADDRESS.search(bare)
        ):
            return False, False
    return True, marked


def without_site_name(title: str, names: Collection[str] = ()) -> str:
    """A page title without the site's name its page appended ("Man charged - KSLA News 12
    Shreveport, Louisiana News Weather & Sports" -> "Man charged").

    Cut at the first " - " or " | " after which every part reads as a site's name
    (capitalised words), one of them marked as such (a site word, a web address, a
    call sign) or equal to one of `names` (the outlets carrying the story); the
    headline must keep SITE_HEAD_WORDS words.
    """
    known = {" ".join(n.casefold().split()) for n in names}
    cuts = [m for m in _SITE_SEPARATOR.finditer(title)]
    for cut in cuts:
        head, tail = title[: cut.start()].rstrip(), title[cut.end() :]
        if len(bp.words(head)) < SITE_HEAD_WORDS:
            continue
        parts = [p.strip(" |") for p in _SITE_SEPARATOR.split(tail) if p.strip(" |")]
        if not parts:
            continue
        looks = [_site_like(p) for p in parts]
        named = any(" ".join(p.casefold().split()) in known for p in parts)
        if all(ok for ok, _ in looks) and (named or any(m for _, m in looks)):
            return head.rstrip(" -–—|")
    return title


def _cjk_shared(text: str, body_words: set[str]) -> int:
    """CJK text has no spaces: count its two-character pieces found in the body's words."""
    chars = "".join(_CJK.findall(text))
    if len(chars) < 4:
        return 0
    body = "".join(w for w in body_words if _CJK.search(w))
    pieces = {chars[i : i + 2] for i in range(len(chars) - 1)}
    return sum(1 for piece in pieces if piece in body) // 2


def _headline_part(title: str, lines: Sequence[str]) -> str:
    """'Economy | Headline' -> 'Headline' when the headline also stands on a line alone."""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    alone = {" ".join(line.split()).casefold() for line in lines}
    for part in parts:
        if len(bp.words(part)) >= 3 and " ".join(part.split()).casefold() in alone:
            return part
    return title
