"""Paragraphs, quotation-mark spans and sentences that never break inside a quotation.

The first pass of the quote finder: it turns a document into paragraphs, finds
the spans between quotation marks (straight or typographic, and quotations
running over several paragraphs) and cuts sentences at full stops that are
not inside a quotation, an abbreviation or a quotation's own attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, takewhile

from digest.quotes.lexicon import (
    _AFTER_QUOTE_CUES,
    _CLOSE,
    _CUES,
    _OPEN,
    closes_abbreviation,
    words,
)
from digest.quotes.marks import normalise_marks
from digest.quotes.speakers import (
    first_names,
    tokenize,
)

# A full stop before a space and a capital (an opening mark between them may
# have a space of its own: 'says Hayes. " He was'), or with no space at all between a
# word and a capitalised one ("the bar.Police said", "in 2020.Analysts said",
# "outside.I wish", "pregnant.T'Kira"), also when an opening mark, typographic or
# straight, stands glued between them ("in town.“We want ...", 'night."I was').
# "example.com", "3.5", "No.1" and "Node.js" have no capital word after the stop.
# Both forms open with the stop itself (the glued one checks the two characters
# before it afterwards), so the search skips ahead to stops: a look-behind first
# made it try every position of the paragraph.
_SENTENCE_END = re.compile(
    r"[.!?](?:[\"”’')\]]*\s+(?=[\"“‘(\[]{0,2}[A-Z0-9]|[\"“] [A-Z])"
    r"|(?<=[a-z0-9][a-z0-9][.!?])(?=[“\"]?[A-Z][a-z'’]|[“\"]?[AI]\s))"
)

# "8 p.m. Friday", "10 a.m. Jan. 5": a clock time's "a.m."/"p.m." before a day or month.
_CLOCK = re.compile(r"(?<![\w.])[ap]\.m\.$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_CALENDAR = words("months_and_days")


_ZONES = words("time_zones")
_ZONE_NAME = re.compile(
    r"\s+(?:Eastern|Central|Mountain|Pacific|Atlantic)\s+(?i:time|standard|daylight)\b"
)


def _clock_runs_on(text: str, stop: int, end: int) -> bool:
    """Whether the full stop before `stop` closes a clock time that a day, a month or a
    time zone follows ("about 8 p.m. Friday, ...", "7 a.m. Eastern time, ...",
    "9 p.m. ET"): the sentence goes on."""
    if not _CLOCK.search(text, max(0, stop - 5), stop):
        return False
    after = _NEXT_WORD.match(text, stop, end)
    if after is None:
        return False
    word = after.group(1)
    return (
        word.casefold() in _CALENDAR
        or word in _ZONES
        or _ZONE_NAME.match(text, stop, end) is not None
    )


_STREET_ENDS = words("street_ends")
_STREET_END = re.compile(r"([A-Z][\w'’-]*)\s+(\w+)\.$")
_NEXT_TWO = re.compile(r"\s+([A-Za-z]+)\s+(\S)")
_COMPASS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})
_DIRECTIONS = frozenset({"North", "South", "East", "West"})


def _street_ends(text: str, start: int, stop: int, end: int) -> bool:
    """Whether the full stop before `stop` closes a street's name and its sentence:
    "near Main St. Officials said" (not "Pennsylvania Ave. NW", "in St. Louis",
    "South St. Lawrence Avenue", where two capitalised words follow)."""
    found = _STREET_END.search(text, start, stop)
    if found is None or found.group(2) not in _STREET_ENDS or found.group(1) in _DIRECTIONS:
        return False
    saint = _NEXT_WORD.match(text, stop, end) if found.group(2) == "St" else None
    if saint is not None and saint.group(1).casefold() in first_names():
        return False  # "Alima St. Clair", "Jean St. Pierre": a saint's name, as `tokenize` reads it
    after = _NEXT_TWO.match(text, stop, end)
    return after is None or (after.group(1) not in _COMPASS and not after.group(2).isupper())


@dataclass(frozen=True)
class _Span:
    """A quotation: the text between its marks (inner offsets), and whether it closed."""

    start: int
    end: int
    closed: bool


@lru_cache(maxsize=2)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: news copies put one paragraph per line.

    A line is cut where a sentence end is glued to the next sentence ("...
    said Palmer.Scott lives", 'too distraught to speak."That group'): a copy
    that lost the line breaks between paragraphs, whose quotations would
    otherwise all share one paragraph and pass their speakers on. Finding
    quotes and resolving their speakers both ask for a text's paragraphs: the
    last texts' are kept.
    """
    spans = []
    pos = 0
    for line in _width_lines(text) if _width_wrapped(text) else text.split("\n"):
        end = pos + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            start, stop = pos + lead, pos + len(line.rstrip())
            bullet = _BULLET.match(text, start, stop)
            if bullet is not None:
                start = bullet.end()  # "• A man was shot ...": a list's mark, no one's word
            credit = _POST_CREDIT.search(text, start, stop) if "(@" in line else None
            if credit is not None and credit.start() > start:
                stop = credit.start()  # an embedded post's credit line is no one's words
            for cut in _glued_cuts(text, start, stop):
                spans.append((start, cut))
                start = cut
            spans.append((start, stop))
        pos = end + 1
    return tuple(_rejoin_wrapped(text, spans))


# A copy wrapped at a width: most lines inside its paragraphs break a sentence
# before a lower-case word, and none is longer than a wrapping width.
_WRAP_WIDTH = 100
_WRAPPED_SHARE = 0.5
_WRAPPED_MIN_LINES = 3
_LINE_END = re.compile(r"[.!?:;\"”’)\]}]\s*$")


def _width_wrapped(text: str) -> bool:
    """Whether a copy breaks its paragraphs' lines at a width (a plain-text copy, an
    e-mail), with blank lines between paragraphs: most lines followed by another line
    of the same paragraph end in mid-sentence before a lower-case word ("... the
    harbour\nwarehouses."). Lists and tables break before capitals and figures."""
    if "\n\n" not in text:
        return False
    pairs = [
        (line, after)
        for block in text.split("\n\n")
        for line, after in pairwise(block.strip("\n").split("\n"))
        if line.strip()
    ]
    if len(pairs) < _WRAPPED_MIN_LINES or max(len(line) for line, _ in pairs) > _WRAP_WIDTH:
        return False
    broken = sum(
        1 for line, after in pairs if not _LINE_END.search(line) and after.lstrip()[:1].islower()
    )
    return broken >= _WRAPPED_MIN_LINES and broken >= _WRAPPED_SHARE * len(pairs)


def _width_lines(text: str) -> list[str]:
    """A width-wrapped copy's lines with each paragraph's breaks turned into spaces, so
    offsets stay those of the text: a paragraph is a line again."""
    return re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", lambda m: " " * len(m.group()), text).split("\n")


# How many lines after the one that opens it a wrapped quotation may take to close.
_WRAPPED_LINES = 6


def _rejoin_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that are one paragraph broken inside a quotation, joined again.

    Some copies break lines inside paragraphs: one sentence a line, or a width
    ('"They should be taken to book.\nThey should adhere to the law," Deng
    said.'). A paragraph of a long quotation may end open only when the next
    opens with a mark (news style); so a line that ends inside a quotation,
    followed by lines that open with no mark and hold none, then one whose
    first mark closes it, within a few lines, is one paragraph with them. Lines
    apart by a blank line stay apart, and so does a quotation that never
    closes, or one whose next mark opens a quotation of its own ('... was
    "beyond anything," ...' after an unclosed "a turning point.').
    """
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, stop = spans[i]
        last = i
        if _ends_open(text, start, stop):
            for j in range(i + 1, min(i + 1 + _WRAPPED_LINES, len(spans))):
                prev_stop, (next_start, next_stop) = spans[j - 1][1], spans[j]
                if text[prev_stop:next_start].count("\n") != 1 or text[next_start] in '“"':
                    break
                first = _QUOTE_MARK.search(text, next_start, next_stop)
                if first is None:
                    continue  # a line inside the quotation
                if _closing_mark(text, first.start()) and not _CREDIT_LINE.match(
                    text, next_start, next_stop
                ):
                    last = j
                break
        joined.append((start, spans[last][1]))
        i = last + 1
    return joined


# A pulled quotation's credit, inside its marks on a line of its own: 'Jane Roe,
# campaign chairman."' or 'Roe, head coach."' ends the quotation, it does not
# continue it.
_CREDIT_LINE = re.compile(
    r"[A-Z][\w.'’-]*(?:(?: [A-Z][\w.'’-]*)+(?:,[^\"”\n]*)?|,[^\"”\n]*)\.?[\"”]\s*$"
)

# A double quotation mark that is no inch sign ('8" of snow', not '"Nava 5",').
_QUOTE_MARK = re.compile(r'(?<![0-9])"|"(?! [a-z])|[“”]')


_INCH = re.compile(r'[0-9]" [a-z]')


def _marks(text: str, start: int, stop: int) -> str:
    """The double quotation marks of a line, in order, inch signs left out."""
    return "".join(m.group() for m in _QUOTE_MARK.finditer(text, start, stop))


def _closing_mark(text: str, i: int) -> bool:
    """Whether the mark at i closes: ” always, a straight one unless a word follows it
    right away after a space or a line's start ('"beyond' opens; 'back",' and
    'regulations, " Deng' close)."""
    if text[i] != '"':
        return text[i] == "”"
    opens_word = i + 1 < len(text) and text[i + 1].isalnum()
    return not (opens_word and (i == 0 or text[i - 1].isspace()))


def _ends_open(text: str, start: int, stop: int) -> bool:
    """The line ends inside a quotation: an odd number of straight marks, or a
    last typographic opening with no closing after it."""
    line = text[start:stop]
    if "“" in line:
        return line.rfind("“") > line.rfind("”")
    straight = line.count('"')
    if not straight or (straight % 2 == 0 and not _INCH.search(line)):
        return False  # most lines: no mark, or marks in pairs
    return _marks(text, start, stop).count('"') % 2 == 1


_BULLET = re.compile(r"[•◦▪‣·*]\s+(?=\S)")


# The credit an embedded social-media post ends with, and the links before it:
# "... in custody https://t.co/x pic.twitter.com/y — Ana Ruiz (@anaruiz) March 17, 2017".
_POST_CREDIT = re.compile(
    r"(?:\s+(?:pic\.twitter\.com|https?://t\.co)/\S+)*\s+[—–]\s+[^\n()]{1,80}"
    r"\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$"
)


# A full stop, "!" or "?" after two letters or digits ("OK."), maybe a closing mark,
# then a capitalised word with no space: a sentence end glued to the next.
# The stop comes first and the look-behind after it, so the search skips ahead to
# stops (as in _SENTENCE_END).
_GLUED = re.compile(
    r"[.!?](?<=[A-Za-z0-9][a-z0-9A-Z][.!?])(?P<mark>[”\"]?)(?=[“\"]?(?:[A-Z][a-z'’]|[AI]\s))"
)


# A name of up to four capitalised words or "The" and a noun, then a cue and a stop
# or comma: what follows a closing mark when it attributes the quotation ("Ben Diaz
# asked.", "The mayor said,"), not a new sentence ("Ruiz said the city would").
_ATTRIBUTION_AHEAD = re.compile(
    r"(?:The\s+[a-z]+\s+|(?:[A-Z][\w.'’-]*\s+){1,4})(?:" + "|".join(sorted(_CUES)) + r")\s*[.,]"
)


def _glued_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a paragraph run together with the next is cut: after the stop and its
    closing mark; a straight mark after the stop closes a quotation only when an odd
    number of straight marks stand before it in the line, and otherwise opens the
    next paragraph's. A stop inside an open quotation with no mark after it is the
    quotation's own ('"It was awful.They ran," Diaz said'); abbreviations
    ("Sgt.Smith") are no sentence end, and a closing mark keeps its glued
    attribution ('"Why now?"Ben Diaz asked.')."""
    cuts = []
    for m in _GLUED.finditer(text, start, end):
        if closes_abbreviation(text[max(start, m.start() - 12) : m.start() + 1]):
            continue
        cut = m.end()
        straight = text.count('"', start, m.start())
        if not m.group("mark") and (
            straight % 2 or text.count("“", start, m.start()) > text.count("”", start, m.start())
        ):
            continue  # '"It was awful.They ran," Diaz said': inside a quotation
        if m.group("mark") == '"' and straight % 2 == 0:
            cut -= 1
        elif m.group("mark") and _ATTRIBUTION_AHEAD.match(text, cut, end):
            continue  # '"Why now?"Ben Diaz asked.': the quotation's own attribution
        cuts.append(cut)
    return cuts


# Any quotation mark: the pairing below looks at these characters only.
_MARK = re.compile("[" + re.escape(_OPEN + _CLOSE) + "]")


def _quotation_spans(text: str, start: int, end: int) -> list[_Span]:
    """Quotation-mark spans of one paragraph, pairing marks left to right.

    Typographic marks pair by direction; a straight mark closes an open
    quotation and opens one otherwise. A quotation left open at the end of
    the paragraph is kept (`closed=False`): news style opens each paragraph
    of a long quotation and closes only the last one.
    """
    spans: list[_Span] = []
    open_at = -1
    nested_straight = False  # a straight mark opened inside a typographic quotation
    nested = 0  # typographic openings inside the open quotation still to close
    for mark in _MARK.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        if nested and ch == "”":
            nested -= 1  # closes a nested “…” ('“He told me “go home” and left,” she said')
            continue
        if open_at < 0:
            if ch == "”" and i > start and not (i + 1 < end and text[i + 1].isalnum()):
                continue  # a stray closing mark (at the paragraph start it opens: '” … they')
            if ch in "”»" and i > start and text[i - 1].isalnum():
                continue
            if ch == '"' and i > start and text[i - 1].isdigit():
                continue  # an inch sign ('around 5\'1" and', '8" of snow') opens nothing
            open_at = i
            nested_straight = False
            nested = 0
        elif ch == "“" and text[open_at] == "“" and not _closing_position(text, i, end):
            # a nested typographic opening; keep the outer one. One that opens a
            # word (after a space, before a letter) and has its own ” and the
            # outer one still to come in the paragraph is a quotation inside the
            # quotation, whose ” does not close the outer one.
            word_start = i + 1 < end and text[i + 1].isalnum() and not text[i - 1].isalnum()
            if word_start and text.count("”", i + 1, end) >= nested + 2:
                nested += 1
            continue
        elif (
            ch == '"'
            and text[open_at] == "“"
            and "”" in text[i + 1 : end]
            and (nested_straight or not _closing_position(text, i, end))
        ):
            # straight marks inside a typographic quotation are its own, paired
            # among themselves ('“He called it "a joke" twice.”')
            nested_straight = not nested_straight
            continue
        elif ch == '"' and text[open_at] == '"' and _reopens(text, i, end):
            # '"We will appeal. "The court was wrong," he said': a paragraph
            # break lost before a quotation's next paragraph, which opens again;
            # the lost closing mark stood before the space
            spans.append(_Span(open_at + 1, _before_spaces(text, i, open_at), True))
            open_at = i
        else:
            # a straight mark, or an opening mark after a word, closing a
            # typographic quotation is a slip of the marks ('“We will win,"
            # he said. "They know it.”', '“Apparently not,“ he said'), not
            # a nested quote
            spans.append(_Span(open_at + 1, i, True))
            open_at = -1
    if open_at >= 0 and end - open_at > 1:
        spans.append(_Span(open_at + 1, end, False))
    return [s for s in spans if text[s.start : s.end].strip()]


def _reopens(text: str, i: int, end: int) -> bool:
    """A straight mark after a sentence's end and a space, right before a capital: it
    opens a quotation ('appeal. "The court'), so the open one ended at the space."""
    stop = _before_spaces(text, i, 0)
    return (
        stop < i
        and text[stop - 1 : stop] in (".", "!", "?")
        and i + 1 < end
        and text[i + 1].isupper()
    )


def _before_spaces(text: str, i: int, floor: int) -> int:
    """The offset where the spaces just before `i` begin (not below `floor`)."""
    while i > floor and text[i - 1] == " ":
        i -= 1
    return i


def _closing_position(text: str, i: int, end: int) -> bool:
    """A mark after a word or punctuation and before a space or the paragraph end: it closes."""
    after_word = i > 0 and not text[i - 1].isspace() and text[i - 1] not in '“"(['
    return after_word and (i + 1 >= end or text[i + 1].isspace())


def _sentences(text: str, start: int, end: int, spans: Sequence[_Span]) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of a paragraph, never breaking inside a quotation."""
    cuts = [start]
    starts = [s.start for s in spans]
    closing = {s.end for s in spans if s.closed}  # offsets of closing marks
    chunk = text[start:end]
    for m in _SENTENCE_END.finditer(chunk):
        at = start + m.end()
        stop = start + m.start() + 1
        if at in closing:
            at += 1  # `"I quit."Then`: a glued mark after the stop closes the quotation
        if (
            text[stop - 1] == "."
            and closes_abbreviation(text[max(start, stop - 12) : stop])
            and not _street_ends(text, max(start, stop - 40), stop, end)
        ):
            continue
        if _clock_runs_on(text, stop, end):
            continue
        if _in_span(spans, starts, at, 0) or _in_span(spans, starts, stop - 1, 1):
            continue
        if _attribution_follows(text, start + m.start(), at, end):
            continue
        cuts.append(at)
    cuts.append(end)
    return [(a, b) for a, b in pairwise(cuts) if text[a:b].strip()]


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph: the project's one sentence splitter.

    The quote finder cuts its paragraphs with the same rules (`_sentences`), so
    a story's comparison, its lead and its quotes see the same sentences: no
    cut inside a quotation, at an abbreviation ("Mr.", "U.S.", "e.g."), or
    between a quotation and its bare attribution (`"On it!" Ana Ruiz said.`);
    a cut where a full stop has no space after it ("the bar.Police said").
    Single, guillemet and low-high marks count as quotation marks by the rule
    of `digest.quotes.marks`.
    """
    text = paragraph.strip()
    spans = _quotation_spans(normalise_marks(text), 0, len(text))
    return [text[a:b].strip() for a, b in _sentences(text, 0, len(text), spans)]


def _attribution_follows(text: str, mark: int, at: int, end: int) -> bool:
    """`"...!" Cruz said.`: a quotation ending in ! or ? keeps its attribution.

    After a full stop only a bare attribution joins (`"... missing." Trump
    said.`, `"...." said Ortiz, adding ...`), never a new report (`Trump said
    the ...`).
    """
    if text[mark] not in "!?." or text[mark + 1 : mark + 2] not in _CLOSE:
        return False
    head = tokenize(text[at : min(end, at + 80)])[:6]
    if text[mark] == ".":
        return _bare_attribution(head)
    for tok, _, _ in head:
        if tok in _CUES or tok in _AFTER_QUOTE_CUES:  # '"Why?" Ruiz pressed.'
            return True
        if tok in {".", "!", "?", "“", '"'}:
            return False
    return False


def _bare_attribution(head: list[tuple[str, int, int]]) -> bool:
    """`Trump said.`, `Ana Ruiz said,` or `said Ortiz.`: a cue and a name, nothing else."""
    words = [t[0] for t in head]
    for k, word in enumerate(words):
        if word in {".", ","}:
            return False
        if word in _CUES:
            before, after = words[:k], words[k + 1 :]
            if before and 0 < len(before) <= 3 and all(w[:1].isupper() for w in before):
                return bool(after) and after[0] in {".", ","}
            if not before:
                names = list(takewhile(lambda w: w[:1].isupper(), after))
                rest = after[len(names) :]
                return 0 < len(names) <= 3 and bool(rest) and rest[0] in {".", ","}
            return False
    return False


def _in_span(spans: Sequence[_Span], starts: list[int], pos: int, shrink: int) -> bool:
    """Whether pos lies inside a quotation (start < pos < end - shrink; sorted spans)."""
    i = bisect_right(starts, pos - (1 if shrink == 0 else 0)) - 1
    if i < 0:
        return False
    s = spans[i]
    return (s.start < pos if shrink == 0 else s.start <= pos) and pos < s.end - shrink


def _flags(
    tokens: Sequence[tuple[str, int, int]], intervals: Sequence[tuple[int, int]]
) -> list[bool]:
    """For each token, whether it starts inside one of the sorted [a, b) intervals."""
    out = []
    i = 0
    for _, start, _ in tokens:
        while i < len(intervals) and intervals[i][1] <= start:
            i += 1
        out.append(i < len(intervals) and intervals[i][0] <= start)
    return out


class TextTokens:
    """The tokens of a whole text (`tokenize`), and those of any range of it.

    The quote finder tokenised the text once for its cast of names and then
    every sentence again, and the text between quotations a third time: a
    range's tokens are a slice of the text's, found by bisection. The slice
    is exactly what tokenising the range alone gives; where it could differ
    (a token across either edge, or a last token "J." whose lookahead for a
    capital after it reads past the range) the range is tokenised on its own.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self._starts = [start for _, start, _ in self.tokens]

    def between(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """`tokenize(text[start:end], start)`: the tokens of a range, at their offsets."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        inside = self.tokens[lo:hi]
        across_start = lo > 0 and self.tokens[lo - 1][2] > start
        if across_start or (inside and _edge_differs(inside[-1], end)):
            return tokenize(self.text[start:end], start)
        return inside


def _edge_differs(last: tuple[str, int, int], end: int) -> bool:
    """Whether a range's last token, as the whole text has it, may not be the range's own:
    it runs past the range's end, or it is an initial ("J.", the only two-character
    token with a full stop) that the capital after it made one token."""
    token, _, stop = last
    return stop > end or (len(token) == 2 and token[1] == ".")
