"""Quotation-mark conventions: one per document, rewritten to the one the lexer reads.

The lexer pairs double marks (straight or typographic, and `„`). Other
conventions are rewritten here to double typographic marks, one character for
one character, so every offset of the rewritten text is an offset of the text
as given and quotes can be shown with the marks the source used:

- Guillemets: `« … »` (French, inner spaces allowed) or `» … «` (German and
  Scandinavian). A document whose `»` opens words (`»Wir`) more often than
  `«` does (`«Nous`, `« Nous`) reads `» … «`; `‹ ›` are the nested marks of
  either and become single marks (never quotations of their own).
- Low-high marks: `„ … “` (and `„ … ”`): the mark closing a `„` becomes `”`.
- Single marks as the primary quotation marks (British and Commonwealth
  style: `‘We will go,’ Ms Ruiz said.`, double marks nested inside). In each
  paragraph a single mark opens at a word start (after a space, a bracket, a
  dash or the paragraph start, not `'n'`, `'til`, `'90s`) and closes after a
  non-space and before a space, punctuation or the paragraph end; a mark
  between letters (`it’s`, `O’Neill`) never closes, nor does a plural
  possessive (`the Smiths’ house`: after `s`, before a lower-case word that is
  no reporting verb or pronoun). A pair enclosing fewer than two letters
  (`'n'`) is no quotation. The document rule: single marks are primary when
  the pairs outside any double-mark quotation outnumber the double-mark
  quotations outside any single pair (so a document with no double marks at
  all and one single-quoted sentence qualifies, while an American-style
  document nesting ‘…’ inside “…” does not). A paragraph of a double-mark
  document also reads its single pairs when it has no double mark and a pair
  sits next to a reporting verb (`…,’ she said`, `said: ‘…`; a Title Case
  name, `‘The Long Road’, drew crowds, said …`, only with the verb within two
  words of its close, the rule `lexicon.title_cased` that also keeps titles in
  double marks from quoting). Then each pair
  becomes `“ … ”`, a single mark left open at a paragraph start or after a colon (a
  quotation running on to the next paragraph) opens with `“`, and the double
  marks inside a pair become single marks, nested and inert. A single mark
  left open may also close with `”` (`‘My boys are hurt,” Simpson said`, a
  slip of the marks) when that is the paragraph's only double mark and a
  reporting verb follows it within three words.

Dialogue dashes are not quotation marks and stay out of scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.quotes.lexicon import _CUES, title_cased, words

_ELISIONS = words("elisions")

# Characters after which a single mark opens a quotation (besides whitespace).
_OPENS_AFTER = '([{“"—–-/«»„'
# Characters before which a single mark closes one (besides whitespace).
_CLOSES_BEFORE = ',.;:!?)]}—–-”"…«»'
_SINGLE_MARK = re.compile("[‘’'‛]")
_DOUBLE_MARK = re.compile('[“”"]')
_SINGLE_OR_CLOSING_DOUBLE = re.compile("[‘’'‛”]")
# How many words after a closing mark a reporting verb may come ('…,” Simpson said').
_REPORT_REACH = 3
_LOW_HIGH = re.compile("[„“”]")
_GUILLEMET = re.compile("[«»‹›]")
# A word opened by an elision mark just before a mark: "’n’" in "rock ’n’ roll".
_MARKED_ELISION = re.compile(r"(?:^|\s)[‘’'‛]([A-Za-z]+)$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_LETTERS = re.compile(r"[^\W\d_]")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# A single pair votes for single primary marks when it holds a clause, not a
# term ('Remain', 'Hail Carly': American headlines quote terms in single marks).
_MIN_VOTE_WORDS = 4
_DOUBLES = {"“": "‘", "”": "’", '"': "'"}
# Words after a single-quoted Title Case phrase within which a reporting verb
# still attributes it (', she said'); further on, the verb belongs to the sentence.
_TITLE_REACH = 2


@dataclass(frozen=True)
class SinglePair:
    """A single-mark quotation in a paragraph: its opening mark, its closing mark or -1."""

    open_at: int
    close_at: int


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line: the unit the lexer pairs marks in."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """Whether the single mark at i can open a quotation: at a word start, no elision."""
    if i + 1 >= end or text[i + 1].isspace():
        return False
    if i > start and not (text[i - 1].isspace() or text[i - 1] in _OPENS_AFTER):
        return False
    word = re.match(r"[A-Za-z0-9]+", text[i + 1 : min(end, i + 12)])
    if word is None:
        return text[i + 1] in '“"(' or text[i + 1].isalpha()
    token = word.group().casefold()
    return token not in _ELISIONS and re.fullmatch(r"\d\ds", token) is None


def _closes(text: str, i: int, start: int, end: int) -> bool:
    """Whether the single mark at i can close a quotation: after a word, before a break."""
    if i == start or text[i - 1].isspace():
        return False
    if i + 1 < end and not (text[i + 1].isspace() or text[i + 1] in _CLOSES_BEFORE):
        return False  # between letters: an apostrophe
    elision = _MARKED_ELISION.search(text, max(start, i - 12), i)
    if elision is not None and elision.group(1).casefold() in _ELISIONS:
        return False  # "rock ’n’ roll" inside a quotation
    if text[i - 1] in "sS" and i + 1 < end and text[i + 1].isspace():
        nxt = _NEXT_WORD.match(text, i + 1, end)
        if nxt is not None and nxt.group(1)[:1].islower():
            word = nxt.group(1)
            return word in _CUES or word in _PRONOUNS  # else "the Smiths’ house"
    return True


def _reported(text: str, i: int, end: int) -> bool:
    """Whether a reporting verb follows the mark at i closely, after a comma or speech end."""
    if text[i - 1] not in ",!?" and text[i + 1 : i + 2] != ",":
        return False
    after = re.findall(r"[A-Za-z]+", text[i + 1 : min(end, i + 60)])
    return any(w in _CUES for w in after[:_REPORT_REACH])


def single_pairs(text: str, start: int, end: int) -> list[SinglePair]:
    """The single-mark quotations of one paragraph, paired left to right.

    An opening mark waits for the next closing one; a second opening mark
    while one waits is an apostrophe or a slip and is passed over. A mark
    left open counts only at the paragraph start or after a colon (`said:
    ‘…`), a quotation continued in the next paragraph; a pair with fewer than
    two letters inside is none.
    """
    pairs: list[SinglePair] = []
    pending = -1
    for mark in _SINGLE_OR_CLOSING_DOUBLE.finditer(text, start, end):
        i = mark.start()
        if text[i] == "”":
            # '…,” Simpson said: a slip closing a single mark with a double one, when
            # that mark is the paragraph's only double mark (else it closes its own)
            if (
                pending >= 0
                and len(_DOUBLE_MARK.findall(text, start, end)) == 1
                and _closes(text, i, start, end)
                and _reported(text, i, end)
            ):
                pairs.append(SinglePair(pending, i))
                pending = -1
            continue
        if pending < 0:
            # ’ opens only before a capital: some sources set it for both marks
            opening = text[i] != "’" or text[i + 1 : i + 2].isupper()
            if opening and _opens(text, i, start, end):
                pending = i
            continue
        if text[i] != "‘" and _closes(text, i, start, end):
            if len(_LETTERS.findall(text[pending + 1 : i])) >= 2:
                pairs.append(SinglePair(pending, i))
            pending = -1
    if pending >= 0 and (
        not text[start:pending].strip() or text[start:pending].rstrip()[-1:] == ":"
    ):
        pairs.append(SinglePair(pending, -1))
    return pairs


def _double_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of double-mark pairs in a paragraph, paired left to right."""
    spans = []
    open_at = -1
    for mark in _DOUBLE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if open_at < 0:
            if ch != "”":
                open_at = i
        elif ch != "“":
            spans.append((open_at, i))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, end))
    return spans


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < at < b for a, b in spans)


def _singles_as_spans(pairs: list[SinglePair], end: int) -> list[tuple[int, int]]:
    return [(p.open_at, p.close_at if p.close_at >= 0 else end) for p in pairs]


def _words_inside(text: str, pair: SinglePair, end: int) -> int:
    return len(text[pair.open_at + 1 : pair.close_at if pair.close_at >= 0 else end].split())


def _attributed(text: str, pair: SinglePair, start: int, end: int) -> bool:
    """A single pair next to a reporting verb: `…,’ she said`, `…’, said Ms Ruiz`, `said: ‘…`."""
    if pair.close_at >= 0:
        follows = text[pair.close_at + 1 : min(end, pair.close_at + 60)]
        inner_end = text[pair.close_at - 1]
        if inner_end in ",!?" or follows.startswith(","):
            after = re.findall(r"[A-Za-z]+", follows)
            # a Title Case name ('The Long Road', drew ...) is attributed only
            # by a verb right after it (', she said'), not one further on
            reach = _TITLE_REACH if title_cased(text[pair.open_at + 1 : pair.close_at]) else 4
            if any(w in _CUES for w in after[:reach]):
                return True
    before = text[max(start, pair.open_at - 30) : pair.open_at].rstrip()
    words_before = re.findall(r"[A-Za-z]+", before)
    return before.endswith((":", ",")) and bool(words_before) and words_before[-1] in _CUES


def normalise_marks(text: str) -> str:
    """The text with its quotation marks rewritten to double typographic marks (same length)."""
    chars = list(text)
    _guillemets(text, chars)
    _low_high(text, chars)
    if any(c in text for c in "‘’'"):
        _singles(text, chars)
    return "".join(chars)


def _guillemets(text: str, chars: list[str]) -> None:
    """`« … »` to `“ … ”`, or `» … «` when the document opens words with `»`; `‹ ›` likewise."""
    if "«" not in text and "»" not in text and "‹" not in text:
        return
    german = len(re.findall(r"[»›](?=\w)", text))
    french = len(re.findall(r"[«‹][ \u00a0\u202f]?(?=\w)", text))
    opening, closing = ("»", "«") if german > french else ("«", "»")
    small_open, small_close = ("›", "‹") if german > french else ("‹", "›")
    for mark in _GUILLEMET.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == opening:
            chars[i] = "“"
        elif ch == closing:
            chars[i] = "”"
        elif ch == small_open:
            chars[i] = "‘"
        elif ch == small_close:
            chars[i] = "’"


def _low_high(text: str, chars: list[str]) -> None:
    """`„ … “`: the typographic mark closing a low opening mark becomes `”`."""
    if "„" not in text:
        return
    for start, end in _paragraph_bounds(text):
        open_low = False
        for mark in _LOW_HIGH.finditer(text, start, end):
            i = mark.start()
            if text[i] == "„":
                open_low = True
                chars[i] = "“"
            elif open_low and text[i] in "“”":
                chars[i] = "”"
                open_low = False


def _singles(text: str, chars: list[str]) -> None:
    """Single primary marks to double ones, by the document rule, then the paragraph rule."""
    paragraphs = []
    single_votes = double_votes = 0
    for start, end in _paragraph_bounds(text):
        pairs = single_pairs(text, start, end)
        doubles = _double_spans(text, start, end)
        singles = _singles_as_spans(pairs, end)
        single_votes += sum(
            1
            for p in pairs
            if not _inside(p.open_at, doubles)
            and (_words_inside(text, p, end) >= _MIN_VOTE_WORDS or _attributed(text, p, start, end))
        )
        double_votes += sum(1 for a, _ in doubles if not _inside(a, singles))
        paragraphs.append((start, end, pairs, doubles))
    primary = single_votes > double_votes
    for start, end, pairs, doubles in paragraphs:
        if not pairs:
            continue
        singles = _singles_as_spans(pairs, end)
        free = [d for d in doubles if not _inside(d[0], singles)]
        if not primary and (doubles or not any(_attributed(text, p, start, end) for p in pairs)):
            continue
        for pair in pairs:
            if _inside(pair.open_at, free):
                continue  # nested in a double-mark quotation: its own inner quote
            chars[pair.open_at] = "“"
            stop = pair.close_at if pair.close_at >= 0 else end
            if pair.close_at >= 0:
                chars[pair.close_at] = "”"
            for k in range(pair.open_at + 1, stop):
                if text[k] in _DOUBLES and chars[k] == text[k]:
                    chars[k] = _DOUBLES[text[k]]
