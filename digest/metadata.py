"""Metadata found in the text of a page: dates, bylines, publisher, tags, title.

Used on text copies (which carry no markup) and to complete what trafilatura
finds in HTML. Each finder is a pure function over lines of text; all of them
return None or an empty tuple rather than guess wildly.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from digest import boilerplate as bp

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(
        _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
        + _MONTH
        + r",?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
)
_TIME = re.compile(
    r"^(?:T|[\s,|@–-]*(?:at\s+)?)(?P<h>[0-2]?\d)[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?\s*"
    r"(?P<ampm>[ap]\.?m\.?)?\s*(?:(?P<offset>Z|[+-][01]\d:?[0-5]\d)|(?P<tz>[A-Z]{2,4})\b)?",
    re.I,
)
# Offsets of the zone abbreviations news sites print next to a time.
_ZONES = {
    "UTC": "+00:00",
    "GMT": "+00:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "IST": "+05:30",
    "PKT": "+05:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "AEST": "+10:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "PST": "-08:00",
    "PDT": "-07:00",
}
_UPDATED = re.compile(r"\b(?:updated|modified|edited)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|first published|created|released|date)\b", re.I)

_AGENCIES = (
    r"AP|Associated Press|Reuters|AFP|Agence France-Presse|PTI|Press Trust of India|IANS|ANI|"
    r"Bloomberg|dpa|Xinhua|UPI|EFE|ANSA|Kyodo|Yonhap|TASS"
)
_AGENCY_LINE = re.compile(r"^(?P<name>" + _AGENCIES + r")(?:\s+[A-Z][\w.'-]+){0,3}\W*$")
_GLUED_BYLINE = re.compile(r"^(?P<name>[^\W\d][\w.'’ -]{2,60}?)\s*by\s+(?P=name)\b", re.I)
_BY_LINE = re.compile(
    r"^\W*(?:by|written by|posted by|author:|par|por|von|di|door)\s+(?P<rest>[^\W\d].*)$", re.I
)
_NAME_END = re.compile(
    r"\s*(?:[|•·,;–—(]|\s-\s|\bon\b|\bat\b|\bupdated\b|\bpublished\b|\bposted\b|\d|"
    + _MONTH.replace("(?P<month>", "(?:")
    + r"\s+\d)",
    re.I,
)
_TAGS_LINE = re.compile(
    r"^\W*(?:tags?|topics?|filed under|categories|keywords)\s*:\s*(?P<tags>.+)$", re.I
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?"
    r"(?:by\s+)?(?P<name>[A-Z][^.|,©]{1,60}?)\s*(?:[.|,]|\ball rights\b|$)",
    re.I,
)
_SUBSCRIBE = re.compile(r"\b(?i:subscribe to) (?:the )?(?P<name>(?:[A-Z][\w&'’.-]*(?:\s+|$)){1,5})")


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|mp4|pdf)\b", re.I)
_CAPTION_CUES = ("media caption", "image caption", "caption", "photo", "image")


@dataclass(frozen=True)
class FoundDate:
    """A date in a line, how it is labelled there, and the line's position."""

    iso: str
    kind: str  # "published", "updated" or "" (no label)
    index: int


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date in `text` as ISO 8601 (with time and offset when given), and its span."""
    best = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    groups = best.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else _MONTHS[groups["month"].lower()]
    day, year = int(groups["day"]), int(groups["year"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    end = best.end()
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
            iso += _offset(time["offset"]) or _ZONES.get((time["tz"] or "").upper(), "")
            end += time.end()
    return iso, best.start(), end


def _offset(text: str | None) -> str:
    """'Z', '+0530' or '-04:00' as an ISO offset."""
    if not text:
        return ""
    if text == "Z":
        return "+00:00"
    digits = text[1:].replace(":", "")
    return f"{text[0]}{digits[:2]}:{digits[2:]}"


def dates_in(lines: Sequence[str], indexes: Sequence[int]) -> list[FoundDate]:
    """Dates of the given lines, each labelled by the words just before it."""
    found = []
    for i in indexes:
        parsed = parse_date(lines[i])
        if parsed is None:
            continue
        iso, start, _ = parsed
        before = lines[i][:start]
        kind = (
            "updated"
            if _UPDATED.search(before)
            else "published"
            if _PUBLISHED.search(before)
            else ""
        )
        found.append(FoundDate(iso, kind, i))
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


def _tidy_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,:;-–—|")
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def find_byline(lines: Sequence[str]) -> tuple[tuple[str, ...], int | None]:
    """Authors named by the first byline among `lines`, and that line's position in it.

    Recognises "By NAME ...", "NAMEby NAME" (a copy that glued the author link to
    the byline) and a news agency with its dateline ("AP Tokyo").
    """
    for pos, line in enumerate(lines):
        if len(bp.words(line)) > 16:
            continue
        glued = _GLUED_BYLINE.match(line)
        if glued:
            return (_tidy_name(glued["name"]),), pos
        by = _BY_LINE.match(line)
        if by:
            rest = _NAME_END.split(by["rest"], maxsplit=1)[0]
            names = [
                _tidy_name(n) for n in re.split(r"\s+(?:and|&|y|et|und)\s+|,\s*", rest) if n.strip()
            ]
            names = [n for n in names if 1 <= len(n.split()) <= 5 and n[:1].isupper()]
            if names:
                return tuple(names), pos
        agency = _AGENCY_LINE.match(line)
        if agency:
            return (agency["name"],), pos
    return (), None


def find_tags(lines: Sequence[str]) -> tuple[tuple[str, ...], int | None]:
    """The page's own tags from a 'Tags:' / 'Topics :' line, split at obvious separators."""
    for pos, line in enumerate(lines):
        match = _TAGS_LINE.match(line)
        if match:
            parts = [p.strip(" #") for p in re.split(r"\s*[,;|•·]\s*|\s+#", match["tags"])]
            return tuple(p for p in parts if p), pos
    return (), None


def find_publisher(lines: Sequence[str]) -> str | None:
    """The outlet named by a copyright notice, else by a 'Subscribe to NAME' offer."""
    for pattern in (_COPYRIGHT, _SUBSCRIBE):
        for line in lines:
            if len(line) > 200:
                continue
            match = pattern.search(line)
            if match:
                name = re.sub(
                    r"\s+(?:all rights.*|inc|ltd|llc)\.?$", "", match["name"].strip(), flags=re.I
                )
                name = name.strip(" .,")
                if 2 <= len(name) <= 60 and not name.lower().startswith(
                    ("all rights", "the author")
                ):
                    return name
    return None


def content_words(text: str, stops: frozenset[str]) -> set[str]:
    return {w.casefold() for w in bp.words(text) if len(w) > 2 and w.casefold() not in stops}


def find_title(
    candidates: Sequence[tuple[int, str]],
    body_words: set[str],
    stops: frozenset[str],
    body_start: int,
    counts: dict[str, int],
    exclude: Collection[str] = (),
) -> str | None:
    """The headline among the lines before the body.

    A headline shares words with the body, is usually repeated near the top (page
    title and heading), and stands close to where the body starts. Lines in
    `exclude` (the standfirst) are not candidates.
    """
    best, best_score = None, 0.0
    for index, text in candidates:
        n = len(bp.words(text))
        if (
            not 2 <= n <= 25
            or text in exclude
            or text.rstrip().endswith(".")
            or bp.BULLET.match(text)
        ):
            continue
        if bp.is_furniture(text) or parse_date(text) or find_byline([text])[0]:
            continue
        if " " not in text.strip() or _FILE_NAME.search(text):
            continue
        if text.lower().startswith(_CAPTION_CUES):
            continue
        own = content_words(text, stops)
        shared = len(own & body_words)
        if shared == 0:
            continue
        # many shared words, few words of its own that the body never uses
        value = shared * shared / len(own) + (1.5 if counts.get(text, 0) > 1 else 0.0)
        value -= 0.02 * (body_start - index)
        if value > best_score:
            best, best_score = text, value
    return best
