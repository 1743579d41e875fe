"""Stage 5, quotes: attributed statements, speakers resolved, merged across variants.

`extract_quotes` reads one document the way a reader does:

1. paragraphs, then quotation-mark spans in each (straight or typographic,
   and quotes running over several paragraphs), then sentences that never
   break inside a quotation;
2. per sentence, a direct quote (the quotation is a whole clause, with an
   attribution such as `, he said` or `Rutte said:` around it), a mixed quote
   (a quoted fragment inside reported speech, `X said that ... "..."`) or
   reported speech without marks (`X said (that) ...`, `..., X said`,
   `according to X, ...`);
3. the speaker mention found next to the attribution cue is resolved with
   `digest.speakers` to the full name the article uses ("Rutte" and "he" ->
   Mark Rutte), and quotation paragraphs without their own attribution carry
   the previous speaker.

All matching runs over tokens or over linear regular expressions, so any
input, however long or odd, is processed in linear time without raising.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, takewhile

from digest.models import Article, Quote, QuoteType, StoryQuote
from digest.speakers import (
    NOT_NAME as _NOT_NAME,
)
from digest.speakers import (
    OTHER_PRONOUNS,
    PRONOUNS,
    Cast,
    add_speakers,
    build_cast,
    first_names,
    learn_genders,
    name_in,
    resolve,
    tokenize,
)
from digest.textutil import match_key


def _wordset(words: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(words.split())


_OPEN = '"“”„«'
_CLOSE = '"”“»'

# Attribution verbs. Those in _OBJECT_CUES take an addressee before the content
# ("told reporters that ..."). _CLAUSE_CUES introduce reported speech without
# quotation marks; the wider _CUES also attribute a quotation.
_CLAUSE_CUES = _wordset(
    """said says say saying told tells tell telling added adds adding argued argues arguing
    claimed claims claiming warned warns warning insisted insists noted notes noting
    stressed stresses explained explains explaining acknowledged acknowledges admitted
    admits suggested suggests predicted predicts announced announces maintained
    maintains contended contends wrote writes tweeted tweets asserted asserts emphasized
    emphasised agreed agrees conceded concedes complained complains indicated indicates
    reported reports promised promises vowed vows pledged pledges believes believe
    believed thinks think thought hopes hoped expects expected fears feared recalled
    recalls acknowledging announcing asserting insisting predicting suggesting stating
    stated states declared declares confirmed confirms replied replies responded
    responds countered cautioned observed remarked reiterated testified assured assures
    reminded reminds informed informs"""
)
_CUES = _CLAUSE_CUES | _wordset(
    """asked asks asking continued continues continuing concluded concludes shouted yelled
    joked jokes quipped boasted boasts urged urges demanded demands exclaimed whispered
    answered answers posted texted emailed e-mailed wondered wonders mused chanted read
    reads charged lamented laments recounted thundered called calls calling described
    describes describing accused accuses accusing slammed blasted praised dubbed labeled
    labelled branded commented comments commenting derided denounced denounces referenced
    cited cites citing dismissed criticized criticised blamed credited proclaimed
    repeated mocked touted defended questioned echoed hailed lauded condemned ridiculed
    complaining declaring vowing pledging promising referring interjected interjects
    advised advises remembered gushed raved exhorted retorted scoffed sneered marveled
    marvelled bragged griped fumed"""
)
# Verbs that attribute only with their particle: "shot back", "went on".
_PHRASAL_CUES = {"shot": "back", "fired": "back", "hit": "back", "snapped": "back", "went": "on"}
_OBJECT_CUES = _wordset(
    """told tells tell telling asked asks asking urged urges assured assures reminded
    reminds informed informs warned warns warning called calls calling accused accuses
    accusing described describes describing slammed blasted praised dubbed labeled
    labelled branded"""
)
# Words that may stand between a subject and its cue ("Rutte also said").
_BETWEEN = _wordset(
    """also then later has had have would will was is previously once again recently
    repeatedly publicly privately earlier still further even reportedly has already
    often frequently never always simply just"""
)
_INVERTING = _wordset(
    """said says added adds wrote writes asked asks continued explained noted replied
    responded argued insisted recalled told tweeted declared warned"""
)
# Cues that report speech without "that" ("Rutte said China is ...").
_SAY = _wordset(
    """said says say told tells added adds argued argues claimed claims insisted insists
    warned warns believes believe thinks think thought wrote writes tweeted tweets
    stressed noted explained hopes hoped"""
)
_VERBISH = _wordset("is was are were has had have will would could can should may")
_PREPOSITIONS = _wordset("at in on during after before for with from by about over")
_NOT_SUBJECT = _wordset(
    """the a an in on at after before when while but and so as if then yet also still
    meanwhile however instead later earlier during for with from by it this that there"""
)
_DETERMINERS = _wordset("the a an this that his her their its our one another")
_BOUNDARY_WORDS = _wordset(
    """in on at during after before while when to for with from by about as because since
    of and but or than into last this"""
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Co|Corp|Ltd|"
    r"No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rev|Adm|Maj)|\b[A-Z]|\.[A-Z])\.$"
)
_MIN_QUOTE_WORDS = 3
_WEEKDAYS = _wordset("monday tuesday wednesday thursday friday saturday sunday")


@dataclass(frozen=True)
class _Span:
    """A quotation: the text between its marks (inner offsets), and whether it closed."""

    start: int
    end: int
    closed: bool


@dataclass
class _Found:
    """A quote being assembled, with the speaker mention before resolution."""

    pieces: list[tuple[int, int]]
    type: QuoteType
    mention: str | None
    mention_at: int
    cue: str | None
    paragraph: int

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


# --- paragraphs, quotation spans, sentences ----------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: news copies put one paragraph per line."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos = end + 1
    return spans


def _quotation_spans(text: str, start: int, end: int) -> list[_Span]:
    """Quotation-mark spans of one paragraph, pairing marks left to right.

    Typographic marks pair by direction; a straight mark closes an open
    quotation and opens one otherwise. A quotation left open at the end of
    the paragraph is kept (`closed=False`): news style opens each paragraph
    of a long quotation and closes only the last one.
    """
    spans: list[_Span] = []
    open_at = -1
    for i in range(start, end):
        ch = text[i]
        if ch not in _OPEN and ch not in _CLOSE:
            continue
        if open_at < 0:
            if ch == "”" and not (i + 1 < end and text[i + 1].isalnum()):
                continue  # a stray closing mark
            if ch in "”»" and i > start and text[i - 1].isalnum():
                continue
            open_at = i
        elif ch == "“" and text[open_at] == "“":
            continue  # a nested typographic opening; keep the outer one
        else:
            spans.append(_Span(open_at + 1, i, True))
            open_at = -1
    if open_at >= 0 and end - open_at > 1:
        spans.append(_Span(open_at + 1, end, False))
    return [s for s in spans if text[s.start : s.end].strip()]


def _sentences(text: str, start: int, end: int, spans: Sequence[_Span]) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of a paragraph, never breaking inside a quotation."""
    cuts = [start]
    starts = [s.start for s in spans]
    chunk = text[start:end]
    for m in _SENTENCE_END.finditer(chunk):
        at = start + m.end()
        stop = start + m.start() + 1
        if _ABBREVIATION.search(text[max(start, stop - 8) : stop]):
            continue
        if _in_span(spans, starts, at, 0) or _in_span(spans, starts, stop - 1, 1):
            continue
        if _attribution_follows(text, start + m.start(), at, end):
            continue
        cuts.append(at)
    cuts.append(end)
    return [(a, b) for a, b in pairwise(cuts) if text[a:b].strip()]


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
        if tok in _CUES:
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


# --- attribution frames ----------------------------------------------------------


def _subject_before(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The subject noun phrase ending just before token k (a cue), and its offset.

    Adverbs and auxiliaries between subject and cue are skipped ("Rutte also
    said"), so are an appositive ("Jan Brewer, an early supporter, said") and a
    prepositional phrase ("Trump at the time said").
    """
    j = k - 1
    while j >= 0 and (tokens[j][0].casefold() in _BETWEEN or tokens[j][0].endswith("ly")):
        if tokens[j][0][:1].isupper():
            break
        j -= 1
    if j < 0:
        return None
    if tokens[j][0] == ")":  # "Rep. Earl Blumenauer (D-Ore.) said"
        for c in range(j - 1, max(-1, j - 8), -1):
            if tokens[c][0] == "(":
                j = c - 1
                break
        if j < 0 or tokens[j][0] == ")":
            return None
    if tokens[j][0] == ",":
        relative = _relative_subject(tokens, j)
        if relative is not None:
            return relative
        for c in range(j - 1, max(-1, j - 40), -1):
            if tokens[c][0] == "." and c > 0 and len(tokens[c - 1][0]) <= 4:
                continue  # "Mitch McConnell, R-Ky., said"
            if tokens[c][0] in {".", ";", ":", "“", "”", '"'}:
                break
            if tokens[c][0] == ",":
                found = _np_ending_at(tokens, c - 1)
                if found and (
                    found[0][:1].isupper() or found[0].split()[0].casefold() in _DETERMINERS
                ):
                    appositive = tokens[c + 1 : j]
                    head = found[0].split()[-1]
                    if (
                        head.islower()
                        and 0 < len(appositive) <= 6
                        and all(t[0][:1].isupper() or t[0] in {"of", "-"} for t in appositive)
                        and name_in([t[0] for t in appositive]) is not None
                    ):
                        # "Sanders's campaign manager, Jeff Weaver, said": the name
                        return _join(appositive), appositive[0][1]
                    return found
                break
        return None
    for _ in range(3):
        found = _np_ending_at(tokens, j)
        if found is None:
            return None
        at = next(i for i in range(j, -1, -1) if tokens[i][1] == found[1])
        if at > 0 and tokens[at - 1][0].casefold() in _PREPOSITIONS:
            j = at - 2  # "Trump at the time said": skip the phrase
            if j < 0:
                return None
            continue
        return found
    return None


_APPOSITIVE_OPENERS = _wordset(
    """a an the his her their its who whose of from in at during on with for one another
    now then formerly also former himself herself"""
)


def _appositive_like(segment: list[tuple[str, int, int]]) -> bool:
    """A piece between commas that describes the subject: `31`, `of Flint`, `Mich.`, `who ...`."""
    if not segment or len(segment) > 15:
        return False
    first = segment[0][0]
    low = first.casefold()
    if first[:1].isdigit() or low in _APPOSITIVE_OPENERS or low in _ROLE_WORDS:
        return True
    if low.endswith(("'s", "’s")) and first[:1].isupper():
        return True  # "Clinton's rival"
    return all(t[0][:1].isupper() or t[0] in {".", "-"} for t in segment)


def _relative_subject(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """The subject before a chain of appositives, j being the comma before the cue.

    `Swanson, who is a pastor at the Church of X, Colorado, said`, `Cory
    James, 22, of Flint, Mich., said`, `Clinton, during a town hall in
    Columbus, Ohio, said`: the name before the first of the pieces, when
    every piece describes it. Only chains of two pieces or more (or one
    relative clause) are handled here.
    """
    commas = [j]
    for c in range(j - 1, max(-1, j - 45), -1):
        tok = tokens[c][0]
        if tok in {";", ":", "“", "”", '"'} or (tok == "." and not _abbrev_dot(tokens, c)):
            break
        if tok == ",":
            commas.append(c)
    best = None
    for m in range(1, len(commas)):
        c = commas[m]
        if not _appositive_like(tokens[c + 1 : commas[m - 1]]):
            break
        if c == 0 or not tokens[c - 1][0][:1].isupper():
            continue
        found = _np_ending_at(tokens, c - 1)
        if found is None or not found[0][:1].isupper():
            continue
        at = next(i for i in range(c - 1, -1, -1) if tokens[i][1] == found[1])
        if at > 0 and tokens[at - 1][0].casefold() in _PREPOSITIONS | {"of"}:
            continue  # "of Flint,": an inner phrase
        first = found[0].split()[0].casefold()
        if first in _WEEKDAYS or first in _MONTHS or first in _NOT_NAME:
            break  # "Still, Petrilli, who ..., said"
        lead = next((i + 1 for i in range(at - 1, -1, -1) if tokens[i][0] == ","), 0)
        if lead < at and tokens[lead][0].casefold() in _INTRO:
            break  # "In a statement to the Observer, ..."
        relative = tokens[c + 1][0].casefold() in {"who", "whose"}
        if m >= 2 or relative:
            best = found
    return best


def _abbrev_dot(tokens: list[tuple[str, int, int]], c: int) -> bool:
    """A full stop that ends an abbreviation ("Mich.", "N.C.") rather than a sentence."""
    return c > 0 and len(tokens[c - 1][0]) <= 4 and tokens[c - 1][0][:1].isupper()


_POSTMODIFIERS = _wordset("of to for at from in with")
_DEMONSTRATIVES = _wordset("that this these those")
_PHRASE_OPENERS = _DETERMINERS | _wordset("one another some several two three four")


def _np_ending_at(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """A noun phrase ending at token j, with the head it modifies ("a source close to
    the campaign", "a spokesman for Hillary Clinton", "the head of the agency")."""
    found = _np_core(tokens, j)
    for _ in range(3):
        if found is None or found[0].casefold() in PRONOUNS:
            return found
        i = next(c for c in range(j, -1, -1) if tokens[c][1] == found[1])
        if i < 2 or tokens[i - 1][0] not in _POSTMODIFIERS:
            return found
        for d in range(i - 2, max(-1, i - 8), -1):
            w = tokens[d][0]
            if not (w.isalpha() or w.endswith(("'s", "’s")) or w == "-"):
                return found
            if w.casefold() in _PHRASE_OPENERS:
                found = _join(tokens[d : j + 1]), tokens[d][1]
                break
        else:
            return found
    return found


def _np_core(tokens: list[tuple[str, int, int]], j: int) -> tuple[str, int] | None:
    """A pronoun, capitalised name run or determiner phrase that ends at token j."""
    if j < 0:
        return None
    word = tokens[j][0]
    low = word.casefold()
    if low == "who" and j >= 2 and tokens[j - 1][0] == ",":
        return _np_core(tokens, j - 2)
    if low in PRONOUNS or low in OTHER_PRONOUNS:
        if low in {"that", "which", "this", "these", "those", "who"}:
            return None
        return word, tokens[j][1]
    if word[:1].isupper() and word != "I":
        i = j
        while i - 1 >= 0 and i > j - 8:
            prev = tokens[i - 1][0]
            if prev[:1].isupper() or (
                prev in {"of", "-"} and i - 2 >= 0 and tokens[i - 2][0][:1].isupper()
            ):
                i -= 1
            else:
                break
        return _join(tokens[i : j + 1]), tokens[i][1]
    if word.isalpha() and word.islower():
        for i in range(j, max(-1, j - 6), -1):
            w = tokens[i][0]
            if not (w.isalpha() or w.endswith("'s") or w.endswith("’s") or w == "-"):
                return None
            if w.casefold() in _DETERMINERS or w.endswith("'s") or w.endswith("’s"):
                if w.casefold() == "that":
                    return None
                return _join(tokens[i : j + 1]), tokens[i][1]
    return None


def _subject_after(tokens: list[tuple[str, int, int]], k: int) -> tuple[str, int] | None:
    """The subject after an inverted cue ("said Mark Rutte, NATO's chief")."""
    j = k + 1
    if j >= len(tokens):
        return None
    word = tokens[j][0]
    low = word.casefold()
    if low in PRONOUNS or low in {"they", "it", "we", "i"}:
        return word, tokens[j][1]
    if low in _WEEKDAYS:
        return None  # "said Tuesday"
    if word.islower() and word.isalpha() and low not in _DETERMINERS:
        # "said spokesman Josh Schwerin", "said former Gov. Jim Hodges"
        lead = j
        while lead < len(tokens) and lead < j + 3 and tokens[lead][0].isalpha():
            if not tokens[lead][0].islower() or tokens[lead][0].casefold() in _VERBISH:
                break
            lead += 1
        if lead < len(tokens) and lead > j and tokens[lead][0][:1].isupper():
            found = _subject_after(tokens, lead - 1)
            if found is not None:
                return _join(tokens[j:lead]) + " " + found[0], tokens[j][1]
        return None
    end = j
    if word[:1].isupper():
        while (
            end < len(tokens)
            and end < j + 8
            and (tokens[end][0][:1].isupper() or tokens[end][0] in {"of", "-"})
        ):
            end += 1
        while end > j + 1 and tokens[end - 1][0] in {"of", "-"}:
            end -= 1  # "Stephen Vladeck of the University ..."
    elif (low in _DETERMINERS or low in _PHRASE_OPENERS) and low not in _DEMONSTRATIVES:
        # "said a source close to the campaign", "said one of two witnesses"
        while end < len(tokens) and end < j + 12:
            w = tokens[end][0]
            wl = w.casefold()
            if w in {",", ".", ";", ":", "!", "?", "(", "“", "”", '"'} or wl == "who":
                break
            if (
                end > j
                and wl in _BOUNDARY_WORDS
                and not (
                    wl in _POSTMODIFIERS
                    and end + 1 < len(tokens)
                    and tokens[end + 1][0].casefold() not in _WEEKDAYS | _PHRASE_STOP
                    and end - j < 8
                )
            ):
                break
            end += 1
        if end > j:
            relative = _relative_to_end(tokens, end)
            if any(t[0].casefold() in _VERBISH for t in tokens[j:end]):
                return None  # "said the program is ...": a clause, not a speaker
            if relative is not None:
                return _join(tokens[j:relative]), tokens[j][1]
    else:
        return None
    if end == j:
        return None
    if any(t[0].casefold() in _VERBISH for t in tokens[j:end]):
        return None  # "said the program is ...": a clause, not a speaker
    return _join(tokens[j:end]), tokens[j][1]


_RELATIVES = _wordset("who that whose")


def _relative_to_end(tokens: list[tuple[str, int, int]], end: int) -> int | None:
    """The end of a relative clause at token `end` that closes the sentence.

    `..., said a longtime GOP data expert who has worked for one of Trump's
    rivals.`: the clause belongs to the description (PolNeAR keeps it), so
    the speaker runs to the full stop or the next comma. None when no such
    clause is there.
    """
    if end >= len(tokens) or tokens[end][0].casefold() not in _RELATIVES:
        return None
    for c in range(end + 1, min(len(tokens), end + 30)):
        tok = tokens[c][0]
        if tok in {"“", "”", '"', ";", ":", "(", "!", "?"}:
            return None
        if tok == "," or (tok == "." and not _abbrev_dot(tokens, c)):
            return c if c > end + 2 else None
    return len(tokens) if len(tokens) - end <= 30 and len(tokens) > end + 2 else None


def _join(tokens: Sequence[tuple[str, int, int]]) -> str:
    out = ""
    prev_end = None
    for tok, start, end in tokens:
        if prev_end is not None and start > prev_end:
            out += " "
        out += tok
        prev_end = end
    return out


def _cue_subject(
    tokens: list[tuple[str, int, int]], k: int, sentence: list[tuple[str, int, int]] | None
) -> tuple[str, int] | None:
    """Who the cue at token k attributes to.

    A participle ("..., saying", "issued a statement saying") and a verb
    coordinated with an earlier one ("Clinton stressed ... and said") take the
    subject of the sentence; otherwise the subject before the cue, or the one
    after an inverted cue ("..., said Rutte").
    """
    tok = tokens[k][0]
    j = k - 1
    while j >= 0 and tokens[j][0].casefold() in _BETWEEN and tokens[j][0].islower():
        j -= 1
    prev = tokens[j][0].casefold() if j >= 0 else ""
    auxiliary = prev in _VERBISH or prev in {"be", "been", "being", "kept", "keeps"}
    if sentence and ((tok.endswith("ing") and not auxiliary) or prev in {"and", "but", "or"}):
        subject = _sentence_subject(sentence)
        if subject is not None and subject[1] < tokens[k][1]:
            return subject
    subject = _subject_before(tokens, k)
    if subject is None and (
        (tok in _INVERTING and (k == 0 or tokens[k - 1][0] in {",", "—", "–", "-"}))
        or (k == 0 and tok in _CUES)  # `"...," suggests Molitor.`: right after the quotation
    ):
        subject = _subject_after(tokens, k)
    if subject is None and tok.endswith("ing") and sentence:
        subject = _sentence_subject(sentence)
    return subject


_NOUN_MARKERS = _DETERMINERS | _wordset("my your these those such")


def _is_cue(tokens: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k is a cue verb, not a noun ("Trump's comments", "his claims")."""
    if tokens[k][0] not in _CUES:
        return False
    if k == 0:
        return True
    low = tokens[k - 1][0].casefold()
    return not (low.endswith(("'s", "’s")) or (low in _NOUN_MARKERS and low != "that"))


def _find_attribution(
    tokens: list[tuple[str, int, int]],
    cues: frozenset[str] = _CUES,
    sentence: list[tuple[str, int, int]] | None = None,
    last: bool = False,
) -> tuple[str, int, str, int] | None:
    """(speaker mention, its offset, cue, index of the cue token) in a frame, or None.

    "according to X" first; then a cue word (the first, or with `last` the one
    nearest the end) with a subject before it, inverted after it ("said X"),
    or, for a participle ("..., saying"), the subject that opens the sentence.
    A frame that ends in "Name:" attributes to that name.
    """
    for k, (tok, _, _) in enumerate(tokens):
        if tok.casefold() == "according" and k + 2 < len(tokens) and tokens[k + 1][0] == "to":
            subject = _subject_after(tokens, k + 1)
            if subject:
                return subject[0], subject[1], "according to", k
    order = range(len(tokens) - 1, -1, -1) if last else range(len(tokens))
    for k in order:
        tok = tokens[k][0]
        phrasal = (
            cues is _CUES
            and tok in _PHRASAL_CUES
            and k + 1 < len(tokens)
            and tokens[k + 1][0] == _PHRASAL_CUES[tok]
        )
        if not phrasal and (tok not in cues or not _is_cue(tokens, k)):
            continue  # "States", "his claims": no cue
        subject = _cue_subject(tokens, k, sentence)
        if subject is not None:
            return subject[0], subject[1], tok, k
    if len(tokens) >= 2 and tokens[-1][0] == ":":
        subject = _np_ending_at(tokens, len(tokens) - 2)
        if subject is None or not subject[0][:1].isupper():
            subject = _sentence_subject(tokens)  # "Weber was blunt: ..."
        if subject is not None:
            return subject[0], subject[1], ":", len(tokens) - 1
    return None


_INTRO = _wordset(
    """in on at during after before when while as since although though if because despite
    with without following amid under for from by over upon unlike like monday tuesday
    wednesday thursday friday saturday sunday last earlier later yesterday today asked
    speaking writing addressing in an to among between given inside outside throughout
    across toward towards within beyond against"""
)
_POSSESSIVES = _wordset("his her their its our")
_QUANTIFIERS = _wordset("one another some several many most two three four five")
# Lower-case words that may stand inside a title before a name.
_ROLE_WORDS = _wordset(
    """campaign chairman chairwoman manager director spokesman spokeswoman adviser advisor
    strategist chief secretary press communications policy national state deputy senior
    aide lawyer attorney pollster official leader executive"""
)
_SUBJECT_STOP = _BETWEEN | _wordset(
    """is was are were has had have will would could can should may might did does do
    said says told added who which that took made gave went came got kept wrote found
    left brought thought became began ran sent spent won lost held stood saw put"""
)


_DASHES = frozenset("-—–―")
_ADVERB_ENDINGS = ("ally", "ately", "ously", "ntly", "tly", "ively", "edly", "ssly", "fully")
_MONTHS = _wordset(
    """january february march april june july august september october november december"""
)
# Words that end a determiner-phrase subject: verbs, time phrases ("The campaign
# on Monday said", "The senator sought to ...").
_PHRASE_STOP = _wordset(
    """on in at during last this next yesterday today tonight less more than sought
    told took made gave went came got kept wrote found left brought thought became
    began ran sent spent won lost held stood saw put sat met led paid felt meant
    heard knew grew drew shot struck fought"""
)


def _skip_intro(sentence: list[tuple[str, int, int]], i: int) -> int:
    """Index after an introductory phrase at i, or i.

    Datelines ("WASHINGTON ―"), phrases opened by a preposition, adverb or
    participle ("In an interview with CNN,", "Shortly after the vote,",
    "Asked about it,") and the short pieces that continue them (", Ohio,",
    ", on Saturday,") are skipped.
    """
    n = len(sentence)
    if (
        i + 1 < n
        and sentence[i][0].isupper()
        and len(sentence[i][0]) > 1
        and sentence[i + 1][0] in _DASHES
    ):
        i += 2  # a dateline
    if i >= n:
        return i
    word = sentence[i][0]
    first = word.casefold()
    adverb = (
        first.endswith("ly")
        and i + 1 < n
        and (
            sentence[i + 1][0].islower()
            or (sentence[i + 1][0] == "," and first.endswith(_ADVERB_ENDINGS))
        )
        and first not in first_names()
    )  # "Shortly after ...,", "Separately," but not "Carly Fiorina", "Jolly,"
    intro = first in _INTRO or (word[:1].isupper() and (first.endswith(("ed", "ing")) or adverb))
    if not intro:
        return i
    for c in range(i, min(n, i + 30)):
        if sentence[c][0] == ",":
            i = c + 1
            break
    else:
        return i
    # ", Ohio," / ", on Saturday,": short pieces that continue the phrase
    for _ in range(3):
        nxt = next((c for c in range(i, min(n, i + 4)) if sentence[c][0] == ","), None)
        if nxt is None or nxt == i:
            break
        piece = sentence[i:nxt]
        lead = piece[0][0]
        if (
            lead.casefold() in _PREPOSITIONS
            or lead.casefold() in _WEEKDAYS
            or (
                len(piece) <= 2
                and all(t[0][:1].isupper() for t in piece)
                and sentence[i - 2][0][:1].isupper()
            )
        ):
            i = nxt + 1
        else:
            break
    return i


def _appositive_name(sentence: list[tuple[str, int, int]], e: int) -> tuple[str, int] | None:
    """The name in an appositive at e: "One of its executives, Michael Sexton, said"."""
    if e >= len(sentence) or sentence[e][0] != ",":
        return None
    end = next((c for c in range(e + 1, min(len(sentence), e + 9)) if sentence[c][0] == ","), None)
    if end is None or end == e + 1:
        return None
    words = sentence[e + 1 : end]
    if words[0][0].casefold() == "the" and len(words) > 1:
        words = words[1:]
    if (
        not all(
            t[0][:1].isupper() or t[0] in {"of", "-"} or t[0].casefold() in _ROLE_WORDS | {"former"}
            for t in words
        )
        or not words[-1][0][:1].isupper()
    ):
        return None
    return _join(sentence[e + 1 : end]), sentence[e + 1][1]


def _sentence_subject(sentence: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """The subject of a sentence's main clause: a pronoun, a name or a determiner phrase.

    An introductory phrase ("In an interview with CNN, Trump said", "Sunday
    morning, Clinton ...", "Asked about it, he said") is skipped.
    """
    i = 0
    while i < len(sentence) and sentence[i][0] in _OPEN + _CLOSE + "(":
        i += 1
    if i < len(sentence):
        i = _skip_intro(sentence, i)
    for j in range(i, min(len(sentence), i + 12)):
        tok, start, _ = sentence[j]
        low = tok.casefold()
        if low in {"he", "she"}:
            return tok, start
        if low in _WEEKDAYS or low in _MONTHS:
            continue
        if (
            tok[:1].isupper()
            and low not in _NOT_SUBJECT
            and low not in _POSSESSIVES
            and low not in _QUANTIFIERS
            and tok not in _OPEN + _CLOSE
        ):
            if low in _INTRO and j == i:
                continue
            e = j
            # "Harbour master Tom Reyes has ...", "Trump campaign chairman Paul
            # Manafort said": lower-case titles inside the name
            f = e + 1
            while (
                f < len(sentence)
                and f <= e + 3
                and sentence[f][0].isalpha()
                and sentence[f][0].islower()
                and sentence[f][0] not in _SUBJECT_STOP
                and not _verbish(sentence[f][0])
                and (f == e + 1 or sentence[f][0] in _ROLE_WORDS)
            ):
                f += 1
            if f > e + 1 and f < len(sentence) and sentence[f][0][:1].isupper():
                j = e = f
                start = sentence[j][1]
            while e + 1 < len(sentence) and (
                sentence[e + 1][0][:1].isupper()
                or (
                    sentence[e + 1][0] in {"of", "-"}
                    and e + 2 < len(sentence)
                    and sentence[e + 2][0][:1].isupper()
                )
            ):
                e += 1
            return _join(sentence[j : e + 1]), start
        if (low in {"the", "a", "an"} or low in _POSSESSIVES or low in _QUANTIFIERS) and j == i:
            e = j + 1
            while (
                e < len(sentence)
                and e < j + 7
                and sentence[e][0].casefold() not in _SUBJECT_STOP
                and sentence[e][0].casefold() not in _PHRASE_STOP
                and sentence[e][0].casefold() not in _WEEKDAYS
                and sentence[e][0] not in {",", ".", ";", ":", "(", "“", "”", '"'}
                and not (sentence[e][0].islower() and sentence[e][0].endswith(("ed", "ly")))
                and not (
                    e + 1 < len(sentence)
                    and e > j + 1
                    and sentence[e + 1][0].casefold() in _DETERMINERS
                    and sentence[e][0].casefold() not in _PREPOSITIONS | {"of", "to"}
                )
            ):
                e += 1
            if e > j + 1:
                named = _appositive_name(sentence, e)
                return named if named is not None else (_join(sentence[j:e]), start)
            return None
        if tok in {",", "“", "”", '"'}:
            continue
    return None


def _content_start(tokens: list[tuple[str, int, int]], k: int) -> int:
    """Token index where reported content starts after the cue at k.

    Skips an addressee ("told reporters"), time phrases ("said Tuesday") and
    the complementiser "that".
    """
    j = k + 1
    cue = tokens[k][0].casefold()
    if cue == "according":
        j = k + 2
        while j < len(tokens) and tokens[j][0] != ",":
            j += 1
        return j + 1
    if cue in _OBJECT_CUES:
        limit = j + 6
        probe = j
        while probe < len(tokens) and probe < limit and tokens[probe][0].casefold() != "that":
            if tokens[probe][0] in {",", ":"}:
                break
            probe += 1
        if probe < len(tokens) and tokens[probe][0].casefold() == "that":
            return probe + 1
        if cue in {
            "called",
            "calls",
            "calling",
            "described",
            "describes",
            "describing",
            "accused",
            "accuses",
            "accusing",
            "dubbed",
            "labeled",
            "labelled",
            "branded",
            "urged",
            "urges",
            "asked",
            "asks",
            "asking",
        }:
            return j
        # told NAME / told reporters: one short addressee phrase
        while (
            j < len(tokens)
            and j < k + 4
            and (
                tokens[j][0][:1].isupper()
                or tokens[j][0].casefold()
                in {
                    "reporters",
                    "the",
                    "a",
                    "journalists",
                    "supporters",
                    "him",
                    "her",
                    "them",
                    "me",
                    "us",
                    "audience",
                    "crowd",
                    "group",
                    "lawmakers",
                }
            )
        ):
            j += 1
    while j < len(tokens) and tokens[j][0].casefold() in {
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "earlier",
        "later",
        "again",
        "also",
    }:
        j += 1
    while j < len(tokens) and tokens[j][0] in {",", ":"}:
        j += 1
    if j < len(tokens) and tokens[j][0].casefold() == "that":
        j += 1
    return j


# --- one document --------------------------------------------------------------


# An embedded markup tag (`<tweet author="@x" ...>`): its attribute values are no quotations.
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,400})?/?>")


def extract_quotes(text: str) -> list[Quote]:
    """All quotes of one document (direct, mixed, indirect), in text order."""
    if not text or not text.strip():
        return []
    text = _MARKUP.sub(lambda m: " " * len(m.group()), text)  # offsets stay valid
    cast = build_cast(text)
    learn_genders(cast, text)
    subjects: list[tuple[int, str, int]] = []
    found = _find_all(text, subjects, cast.quoted)
    # Quoted titles ("on NBC's "Meet the Press"") quote no one; they still
    # count for who was speaking when the next quotation is resolved.
    titles = {
        (f.start, f.end) for f in found if f.type == "mixed" and _only_titles(text, f, cast.quoted)
    }
    add_speakers(
        cast, text, [f.mention for f in found if f.mention and f.cue not in {None, "according to"}]
    )
    quotes = _resolve_all(text, found, cast, subjects)
    return [q for q in quotes if (q.start, q.end) not in titles]


_TITLE_SMALL = _wordset(
    "a an the of and or to in on for at with by from is as but vs nor it its & -"
)
# What comes before the title of a work, show or campaign: "on Fox News's", "in",
# "the podcast", "a ... tote bag".
_TITLE_CONTEXT = re.compile(
    r"(?:\b(?:on|in|of|from|during|to)\s+(?:(?:[A-Z][\w.&]*\s+){0,3}[A-Z][\w.&]*['’]s\s+)?"
    r"|[A-Z][\w.&]*['’]s\s+"
    r"|\b(?:show|program|programme|podcast|book|memoir|film|movie|series|song|anthem|album"
    r"|documentary|column|editorial|essay|titled|entitled|hashtag|tour|campaign|movement"
    r"|hat|bag|shirt|theme|syllabus|musical|play|novel|magazine|newsletter|video|ad)\s+)$"
)


def _is_title(text: str, start: int, end: int, cue: str | None) -> bool:
    """A quotation that names a work, show or campaign ("Meet the Press") rather than quoting.

    Every content word is capitalised and it does not end like an exclamation;
    with a cue in the sentence it must also follow a title context ("on
    NBC's", "in", "the podcast"), since a cue can quote a capitalised
    phrase ("tweeted she was "Disgraceful!"").
    """
    inner = text[start:end].strip(" ,.;:")
    words = re.findall(r"[^\W\d_][\w'’]*", inner)
    content = [w for w in words if w.casefold() not in _TITLE_SMALL]
    if not content or not all(w[:1].isupper() for w in content) or inner.endswith(("!", "?")):
        return False
    if cue is None and len(content) >= 2:
        return True
    head = text[max(0, start - 60) : start].rstrip(_OPEN + " ")
    return _TITLE_CONTEXT.search(head + " ") is not None


def _only_titles(text: str, f: _Found, quoted: Sequence[tuple[int, int]]) -> bool:
    """A mixed quote whose every quoted fragment is a title: no one is quoted."""
    spans = [(a, b) for a, b in quoted if f.start - 1 <= a and b <= f.end + 1]
    return bool(spans) and all(_is_title(text, a, b, f.cue) for a, b in spans)


# A credit line under a quotation: "- Bernie Sanders." or "— Ana Ruiz, mayor of Molde".
_CREDIT_LINE = re.compile(r"[-—–―]+\s*((?:[A-Z][\w'’.\-]*\s?){1,4})(?:,[^\n]{0,80})?[.]?\s*$")


def _find_all(
    text: str,
    subjects: list[tuple[int, str, int]] | None = None,
    quoted: list[tuple[int, int]] | None = None,
) -> list[_Found]:
    """Every quote candidate with its raw speaker mention, before resolution.

    `subjects` collects (offset, mention, paragraph) of each sentence's subject
    when it is a name, for pronoun resolution; `quoted` the quotation spans.
    """
    found: list[_Found] = []
    carry_open = False  # the previous paragraph ended inside a quotation
    lead_in: tuple[str, int, str] | None = None  # "X said in a statement:" closing a paragraph
    for p, (pstart, pend) in enumerate(_paragraphs(text)):
        credit = _CREDIT_LINE.match(text, pstart, pend)
        if credit and found and found[-1].paragraph == p - 1 and found[-1].type == "direct":
            if found[-1].mention is None:
                # "- Bernie Sanders." under a quotation paragraph: its speaker
                name = credit.group(1).strip()
                found[-1].mention = name[:-1] if name.endswith(".") and len(name) > 3 else name
                found[-1].mention_at = pstart + credit.start(1) - credit.start()
                found[-1].cue = "—"
            continue
        spans = _quotation_spans(text, pstart, pend)
        if quoted is not None:
            quoted.extend((s.start, s.end) for s in spans)
        sentences = _sentences(text, pstart, pend, spans)
        paragraph_quotes: list[_Found] = []
        starts = [s.start for s in spans]
        for sstart, send in sentences:
            lo, hi = bisect_left(starts, sstart + 1), bisect_right(starts, send)
            inside = [s for s in spans[lo:hi] if s.end <= send]
            if subjects is not None:
                sentence_tokens = list(_sentence_tokens(text, sstart, send))
                flags = _flags(sentence_tokens, [(s.start - 1, s.end + 1) for s in inside])
                plain = [t for t, f in zip(sentence_tokens, flags, strict=True) if not f]
                subject = _sentence_subject(plain)
                if subject is not None and subject[0][:1].isupper():
                    subjects.append((subject[1], subject[0], p))
            if inside:
                paragraph_quotes.extend(_quoted_sentence(text, sstart, send, inside, p))
            else:
                indirect = _reported_sentence(text, sstart, send, p)
                if indirect is not None:
                    paragraph_quotes.append(indirect)
        paragraph_quotes = _group_direct(paragraph_quotes)
        starts_quoted = bool(spans) and spans[0].start - 1 == pstart
        if (
            lead_in is not None
            and starts_quoted
            and paragraph_quotes
            and paragraph_quotes[0].type == "direct"
            and paragraph_quotes[0].mention is None
        ):
            # "Reporter Jane Roe says:" / "The Times reported:" above a quotation paragraph
            first = paragraph_quotes[0]
            first.mention, first.mention_at, first.cue = lead_in
        lead_in = _lead_in(text, sentences[-1] if sentences else None, spans)
        if (
            carry_open
            and starts_quoted
            and found
            and paragraph_quotes
            and paragraph_quotes[0].type == "direct"
            and paragraph_quotes[0].mention is None
        ):
            found[-1].pieces.extend(paragraph_quotes.pop(0).pieces)
        found.extend(paragraph_quotes)
        carry_open = bool(spans) and not spans[-1].closed
    return found


def _lead_in(
    text: str, sentence: tuple[int, int] | None, spans: Sequence[_Span]
) -> tuple[str, int, str] | None:
    """The attribution of a paragraph that ends with a colon outside any quotation.

    "Reporter Jane Roe says:", "The Times confirmed it, reporting:" or "Transcript
    as follows:" introduce the quotation paragraph below: (mention, offset, cue).
    """
    if sentence is None:
        return None
    sstart, send = sentence
    body = text[sstart:send].rstrip()
    if not body.endswith(":") or any(s.end >= sstart + len(body) - 1 for s in spans):
        return None
    tokens = tokenize(body, sstart)
    flags = _flags(tokens, [(s.start - 1, s.end + 1) for s in spans])
    plain = [t for t, f in zip(tokens, flags, strict=True) if not f]
    attribution = _find_attribution(plain, sentence=plain, last=True)
    if attribution is None:
        return None
    mention, at, cue, _ = attribution
    return mention, at, cue


def _quoted_sentence(
    text: str, sstart: int, send: int, spans: list[_Span], paragraph: int
) -> list[_Found]:
    """Quotes of one sentence that contains quotation marks.

    Quotations that form whole clauses are direct and share the sentence's
    attribution; a quoted fragment inside a clause makes that clause a mixed
    quote, attributed by the cue before it.
    """
    frame_tokens: list[tuple[str, int, int]] = []
    pos = sstart
    direct: list[_Span] = []
    embedded: list[_Span] = []
    for s in spans:
        frame_tokens.extend(tokenize(text[pos : s.start - 1], pos))
        lead = text[sstart : s.start - 1].rstrip()
        opens_clause = not lead or lead[-1] in ",:;—–-(" or lead.endswith("...")
        first = text[s.start : s.end].lstrip()[:1]
        continues = bool(direct) and _is_attribution_between(text, direct[-1].end, s.start - 1)
        if not continues and (
            not opens_clause or (lead and lead[-1] in ",;—–-(" and not first.isupper())
        ):
            embedded.append(s)
        else:
            direct.append(s)
        pos = s.end + (1 if s.closed else 0)
    frame_tokens.extend(tokenize(text[pos:send], pos))
    whole = list(_sentence_tokens(text, sstart, send))
    out: list[_Found] = []
    if direct:
        attribution = _direct_attribution(frame_tokens, direct)
        words = sum(len(text[s.start : s.end].split()) for s in direct)
        if words >= _MIN_QUOTE_WORDS or attribution is not None:
            pieces = [(s.start, _trim_inner(text, s.start, s.end)) for s in direct]
            if attribution is None:
                out.append(_Found(pieces, "direct", None, sstart, None, paragraph))
            else:
                mention, at, cue, _ = attribution
                out.append(_Found(pieces, "direct", mention, at, cue, paragraph))
    if embedded:
        region = max([sstart] + [d.end for d in direct if d.end < embedded[0].start])
        out.extend(_mixed_quotes(text, region, send, embedded, whole, paragraph))
    return sorted(out, key=lambda f: f.start)


def _is_attribution_between(text: str, start: int, end: int) -> bool:
    """True for a short `, she said,` between two pieces of one quotation."""
    between = tokenize(text[start:end])
    words = [t[0] for t in between if t[0] not in {",", "”", '"', "“"}]
    return (
        0 < len(words) <= 8
        and any(w in _CUES for w in words)
        and text[start:end].rstrip(" \u00a0").endswith(",")
    )


def _direct_attribution(
    frame: list[tuple[str, int, int]], direct: list[_Span]
) -> tuple[str, int, str, int] | None:
    """The attribution of a sentence's direct quotations: the cue nearest to them.

    First the words right after the first quotation ("...," Trump said), then
    the words before it, nearest cue first ("When Ryan said ..., Trump
    responded, ...").
    """
    after = [t for t in frame if t[1] >= direct[0].end]
    found = _find_attribution(after, sentence=frame)
    if found is not None:
        return found
    before = [t for t in frame if t[1] < direct[0].start]
    return _find_attribution(before, sentence=frame, last=True)


def _mixed_quotes(
    text: str,
    region: int,
    send: int,
    embedded: list[_Span],
    whole: list[tuple[str, int, int]],
    paragraph: int,
) -> list[_Found]:
    """Reported clauses around quoted fragments, one per attribution cue.

    Each fragment belongs to the nearest cue before it ("X said (that) ...
    "..."", content from the cue to the clause end), else to a cue right after
    it (`... "...," X said`, content from the clause start). A fragment with
    no cue at all is still a quotation: its clause is kept, attributed to the
    sentence subject when that is a name or a pronoun.
    """
    toks = [t for t in whole if t[1] >= region]
    if not toks:
        return []
    marks = [(s.start - 1, s.end + (1 if s.closed else 0)) for s in embedded]
    quoted = _flags(toks, marks)
    positions = [t[1] for t in toks]
    frags: list[tuple[int, int, _Span]] = []  # first and last token index of each fragment
    for s, (a, b) in zip(embedded, marks, strict=True):
        first, last = bisect_left(positions, a), bisect_left(positions, b) - 1
        if first <= last:
            frags.append((first, last, s))
    if not frags:
        return []
    cues = [
        k
        for k, t in enumerate(toks)
        if not quoted[k]
        and (
            _is_cue(toks, k)
            or (t[0].casefold() == "according" and k + 1 < len(toks) and toks[k + 1][0] == "to")
        )
    ]
    # group fragments by the nearest cue before them (None: no cue before)
    groups: list[tuple[int | None, list[tuple[int, int, _Span]]]] = []
    for f in frags:
        at = bisect_left(cues, f[0])
        k = cues[at - 1] if at > 0 else None
        if at > 1 and k is not None:
            k = _outer_cue(toks, quoted, cues[at - 2], k)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(f)
        else:
            groups.append((k, [f]))
    out: list[_Found] = []
    floor = 0  # token index where the next content may start
    for g, (k, members) in enumerate(groups):
        last_i = members[-1][1]
        limit = groups[g + 1][1][0][0] if g + 1 < len(groups) else len(toks)
        found = _mixed_before_cue(text, toks, quoted, cues, floor, members, limit, paragraph)
        if found is None and k is not None:
            found = _mixed_after_cue(text, toks, quoted, k, members, last_i, limit, send, paragraph)
        if found is None:
            found = _mixed_without_cue(text, toks, quoted, floor, members, limit, send, paragraph)
        if found is not None:
            out.append(found)
            floor = max(
                floor, next((i for i, t in enumerate(toks) if t[1] >= found.end), len(toks))
            )
    return out


def _outer_cue(toks, quoted, c: int, k: int) -> int:
    """`Trump said Duterte's comments showed "..."`: the say-cue that reports the clause.

    PolNeAR credits a nested report to its outer source; the inner cue must
    follow the outer one within the same clause (no punctuation between).
    """
    if (
        toks[c][0] in _SAY
        and 0 < k - c <= 12
        and not any(quoted[c : k + 1])
        and not any(t[0] in {",", ";", ":", "—", "–", "(", ")"} for t in toks[c + 1 : k])
        and _subject_before(toks, c) is not None
    ):
        return c
    return k


def _mixed_after_cue(text, toks, quoted, k, members, last_i, limit, send, paragraph):
    """`X said (that) ... "fragment" ...`: content from the cue to the clause end."""
    cue = toks[k][0]
    first_open = members[0][2].start - 1
    if cue.casefold() == "according":
        subject = _subject_after(toks, k + 1)
        if k > 0 and toks[k - 1][0] == ",":
            return None  # "..., according to X": the content is before the cue
        mention, at = subject if subject else (None, toks[k][1])
        begin_i = _content_start(toks, k)
        cue = "according to"
    else:
        plain = [t for t, q in zip(toks, quoted, strict=True) if not q]
        subject = _cue_subject(toks, k, plain)
        if subject is None:
            words = sum(len(text[s.start : s.end].split()) for _, _, s in members)
            if k > 0 and toks[k - 1][0] == "," and words < _MIN_QUOTE_WORDS:
                return None  # "the plan, dubbed the "green deal" by critics": a label
            subject = _sentence_subject([t for t, q in zip(toks, quoted, strict=True) if not q])
        mention, at = subject if subject else (None, toks[k][1])
        begin_i = _content_start(toks, k)
    if begin_i >= len(toks):
        return None
    begin = min(toks[begin_i][1], first_open)
    end = _clause_stop(text, toks, quoted, last_i, limit, send)
    if end <= begin:
        return None
    return _Found([(begin, _trim_end(text, begin, end))], "mixed", mention, at, cue, paragraph)


def _mixed_before_cue(text, toks, quoted, cues, floor, members, limit, paragraph):
    """`... "fragment," X said`: content from the clause start to the attribution."""
    last_i = members[-1][1]
    after = [c for c in cues if last_i < c < min(limit, last_i + 8)]
    gap = toks[last_i + 1 : after[0]] if after else []
    fragment_comma = text[members[-1][2].start : members[-1][2].end].rstrip().endswith(",")
    end_i = last_i
    if after and (fragment_comma or (gap and gap[0][0] == ",")):
        k = after[0]
    elif toks[floor][0].casefold() in _SUBORDINATORS and any(
        floor <= c < members[0][0] for c in cues
    ):
        return None  # "While X said ... "fragment" and more, he said": X's clause
    else:
        # "... "fragment" more words, Gilberthorpe said."
        # "... "fragment," Howard Dean, the former governor of Vermont, proclaimed":
        # the content ends at the first comma, the subject may carry an appositive
        k = -1
        first_comma = last_i + 1 if fragment_comma else None  # token after it when inside
        for i in range(last_i + 1, min(limit, len(toks))):
            if quoted[i] or toks[i][0] in {";", "."}:
                break
            if toks[i][0] == ",":
                if first_comma is None:
                    first_comma = i
                elif i - first_comma > 16:
                    break
                near = [c for c in cues if i < c <= i + 5]
                if near:
                    k, end_i = near[0], i - 1
                    if first_comma < i:
                        subject = _subject_before(toks, k)
                        start = first_comma if fragment_comma else first_comma + 1
                        if subject is not None and subject[1] == toks[start][1]:
                            end_i = first_comma - 1
                    break
        if k < 0:
            return None
    if toks[k][0].casefold() == "according":
        subject = _subject_after(toks, k + 1)
        cue = "according to"
    else:
        subject = _subject_before(toks, k)
        if subject is None or subject[1] < toks[last_i][1]:
            subject = _subject_after(toks, k) if toks[k][0] in _INVERTING else None
        cue = toks[k][0]
    if subject is None:
        return None
    begin = toks[floor][1] if floor < len(toks) else toks[members[0][0]][1]
    begin = min(begin, toks[members[0][0]][1])
    while floor < members[0][0] and toks[floor][0] in {",", ";", ":", "—", "–", "-"}:
        floor += 1
        begin = toks[floor][1]
    if subject[1] < toks[end_i][1]:
        return None
    end = toks[end_i][2]
    return _Found(
        [(begin, _trim_end(text, begin, end))], "mixed", subject[0], subject[1], cue, paragraph
    )


_SUBORDINATORS = _wordset("while although though when as because after before since if whereas")
_CLAUSE_OPENERS = _wordset("as that which who whom whose where while because although")


def _mixed_without_cue(text, toks, quoted, floor, members, limit, send, paragraph):
    """A quoted fragment with no cue: its clause, said by the sentence subject if named."""
    words = sum(len(text[s.start : s.end].split()) for _, _, s in members)
    if words < _MIN_QUOTE_WORDS:
        return None
    i = members[0][0]
    steps = 0
    while i - 1 >= floor and steps < 10:
        prev = toks[i - 1][0]
        if quoted[i - 1]:
            i -= 1
            continue
        if (
            prev in {",", ";", ":", "—", "–", "(", "."}
            or _verbish(prev)
            or prev.casefold() in _CLAUSE_OPENERS
        ):
            break
        i -= 1
        steps += 1
    begin = toks[i][1]
    end = _clause_stop(text, toks, quoted, members[-1][1], limit, send)
    if end <= begin:
        return None
    subject = _sentence_subject([t for t, q in zip(toks, quoted, strict=True) if not q])
    mention, at = (None, begin)
    if subject and (subject[0].casefold() in PRONOUNS or subject[0][:1].isupper()):
        mention, at = subject
    return _Found([(begin, _trim_end(text, begin, end))], "mixed", mention, at, None, paragraph)


_VERB_FORMS = _wordset(
    """is was are were be been being has have had do does did call calls called
    say says said put puts show shows"""
)


def _verbish(word: str) -> bool:
    """A lower-case word that looks like a finite verb or participle."""
    low = word.casefold()
    if not word.islower() or not word.isalpha():
        return False
    return low in _VERB_FORMS or low in _CUES or (len(low) > 4 and low.endswith(("ed", "ing")))


_CONJUNCTIONS = _wordset("and but while whereas")


def _clause_stop(text, toks, quoted, last_i, limit, send) -> int:
    """End of reported content after the last fragment (token last_i).

    The sentence end, the next group's start, a new clause with its own cue
    (", and suggested ...", "while adding", ", X said") or ", but ...".
    """
    for i in range(last_i + 1, min(limit, len(toks))):
        if quoted[i]:
            continue
        tok = toks[i][0]
        low = tok.casefold()
        if tok in {",", ";", "—", "–"} or low in _CONJUNCTIONS:
            nxt = toks[i + 1 : i + 5]
            if low in {"but", "whereas"} or (nxt and nxt[0][0].casefold() in {"but", "whereas"}):
                return toks[i][1]
            if tok == ";":
                return toks[i][1]
            if any(t[0] in _CUES or t[0].casefold() == "according" for t in nxt):
                return toks[i][1]
    if limit < len(toks):
        return toks[limit - 1][2] if limit > 0 else send
    return send


def _trim_inner(text: str, start: int, end: int) -> int:
    """End of a quotation's words, without a trailing comma or space."""
    while end > start and text[end - 1] in " ,\u00a0":
        end -= 1
    return end


def _trim_end(text: str, start: int, end: int) -> int:
    """End of reported content, without the final full stop or separator.

    A closing quotation mark stays when the content opened one, so a mixed
    quote shows which words are verbatim.
    """
    while end > start and text[end - 1] in " .\"”’',;:\u00a0":
        end -= 1
    inner = text[start:end]
    unbalanced = inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1
    if unbalanced and end < len(text) and text[end] in '”"':
        end += 1
    return end


@lru_cache(maxsize=1024)
def _sentence_tokens(text: str, sstart: int, send: int) -> tuple[tuple[str, int, int], ...]:
    """The tokens of one sentence, at their offsets in `text`.

    Cached: finding a sentence's subject and then its quotes or reported
    speech tokenised each sentence twice, a fifth of the quote finder's time.
    """
    return tuple(tokenize(text[sstart:send], sstart))


def _reported_sentence(text: str, sstart: int, send: int, paragraph: int) -> _Found | None:
    """Reported speech without quotation marks in one sentence, if any."""
    tokens = list(_sentence_tokens(text, sstart, send))
    if len(tokens) < 5:
        return None
    attribution = _find_attribution(tokens, _CLAUSE_CUES)
    if attribution is None:
        return None
    mention, at, cue, k = attribution
    if cue == "according to":
        if k == 0:
            begin = _content_start(tokens, k)
            if begin < len(tokens):
                return _Found(
                    [(tokens[begin][1], _trim_end(text, sstart, send))],
                    "indirect",
                    mention,
                    at,
                    cue,
                    paragraph,
                )
            return None
        if tokens[k - 1][0] == ",":
            return _Found([(sstart, tokens[k - 1][1])], "indirect", mention, at, cue, paragraph)
        return None
    # the subject's token (for an inverted "..., said X." the cue's)
    first = k if at > tokens[k][1] else next(i for i, t in enumerate(tokens) if t[1] == at)
    tail = tokens[k + 1 :]
    if (
        first > 0
        and tokens[first - 1][0] == ","
        and len(tail) <= 12
        and not any(t[0].casefold() == "that" for t in tail)
    ):
        # "CONTENT, X said (on Tuesday)." — content is everything before the comma
        if first - 1 >= 4:
            return _Found([(sstart, tokens[first - 1][1])], "indirect", mention, at, cue, paragraph)
        return None
    begin = _content_start(tokens, k)
    if len(tokens) - begin < 5:
        return None
    if cue not in _SAY and (begin == 0 or tokens[begin - 1][0].casefold() != "that"):
        return None  # "announced his interest": an object, not reported speech
    if first > 0 and tokens[first - 1][0] not in {",", ";", ":"} and first > 3:
        return None  # the subject is buried in a longer clause: not a speech report
    return _Found(
        [(tokens[begin][1], _trim_end(text, sstart, send))], "indirect", mention, at, cue, paragraph
    )


def _group_direct(quotes: list[_Found]) -> list[_Found]:
    """Join a paragraph's direct quotations that share one attribution.

    `"A," he said. "B."` is one quote of two pieces; so is `"A." "B," he said.`
    """
    out: list[_Found] = []
    pending: list[_Found] = []  # unattributed direct quotes waiting for a frame
    for q in quotes:
        if q.type != "direct":
            out.extend(pending)
            pending = []
            out.append(q)
            continue
        if q.mention is None:
            if out and out[-1].type == "direct" and out[-1].mention is not None:
                out[-1].pieces.extend(q.pieces)
            else:
                pending.append(q)
            continue
        for p in pending:
            q.pieces[:0] = p.pieces
        pending = []
        out.append(q)
    out.extend(pending)
    for q in out:
        q.pieces.sort()
    return out


def _resolve_all(
    text: str,
    found: list[_Found],
    cast: Cast,
    subjects: Sequence[tuple[int, str, int]] = (),
) -> list[Quote]:
    """Resolve speakers in text order; unattributed quotations take the previous speaker.

    "he"/"she" is the person who was last the subject of a sentence (this
    paragraph or the one before) if that came after the previous speaker,
    since news text introduces a new voice before quoting them; otherwise the
    previous speaker or the last person of matching gender.
    """
    people: list[tuple[int, str, int]] = []
    for offset, mention, paragraph in subjects:
        name = resolve(mention, offset, cast, None)
        if name is not None and name in cast.people and cast.people[name].is_person:
            people.append((offset, name, paragraph))
    quotes: list[Quote] = []
    last: tuple[int, str] | None = None
    said_by: str | None = None  # the latest speaker, a person or a description
    last_paragraph = -10
    for f in found:
        pronoun = (f.mention or "").casefold() in {"he", "she"}
        recent = _recent_subject(people, f, cast, last) if pronoun else None
        speaker: str | None
        if recent is not None:
            speaker = recent
        elif f.mention is None and f.type == "mixed":
            # A quoted fragment in a clause that names no speaker: the previous
            # speaker of a whole quotation is no reason to credit it.
            continue
        elif f.mention is None:
            if said_by and f.paragraph - last_paragraph <= 1:
                speaker = said_by
            elif cast.last_person(f.start, None, window=400) is not None:
                # A quotation on its own (no attribution in its sentence, its
                # paragraph or the one before) next to a person the text names
                # but does not credit: a document excerpt, a post, a slogan, or
                # their words; which, nothing says, so it is left out rather
                # than credited to a guess.
                continue
            else:  # nobody named near it: a quotation with no speaker
                speaker = None
        else:
            speaker = resolve(f.mention, f.mention_at, cast, last)
        if speaker is not None and speaker in cast.people:
            last = (f.mention_at, speaker)
            last_paragraph = f.paragraph
            said_by = speaker
        elif f.mention is not None and speaker is not None:
            last_paragraph = f.paragraph
            said_by = speaker  # a description ("the committee") speaks on, too
        content = " ".join(text[a:b].strip() for a, b in f.pieces if text[a:b].strip())
        if not content:
            continue
        quotes.append(Quote(content, speaker, f.type, f.start, f.end, f.cue))
    return quotes


def _recent_subject(
    people: list[tuple[int, str, int]], f: _Found, cast: Cast, last: tuple[int, str] | None
) -> str | None:
    """The latest named sentence subject before a pronoun mention, matching its gender."""
    gender = PRONOUNS[(f.mention or "").casefold()]
    since = last[0] if last is not None else -1
    for offset, name, paragraph in reversed(people):
        if offset >= f.mention_at:
            continue
        if offset <= since or paragraph < f.paragraph - 1:
            return None
        g = cast.people[name].gender
        if g is None or g == gender:
            return name
    return None


# --- across variants -----------------------------------------------------------------


_TYPE_RANK = {"direct": 0, "mixed": 1, "indirect": 2}
_MIN_CONTAINED_WORDS = 4


def merge_story_quotes(
    variants: Sequence[tuple[Article, Sequence[Quote]]],
) -> list[StoryQuote]:
    """One StoryQuote per distinct statement, listing the outlets that carry it, ranked.

    Quotes are compared by `match_key` (case, quotation marks, punctuation and
    a few spellings ignored), so the same sentence with and without marks is
    one statement; a shorter quote contained in a longer one (an outlet that
    split a quotation in two) joins it. A variant whose text carries the
    statement without any attribution the extractor could see (marks stripped,
    the cue in another sentence) still counts as carrying it. Speaker and type
    come from the clearest variant: direct before mixed before indirect, a
    named speaker before none.
    """
    found: list[tuple[Quote, Article]] = [(q, a) for a, quotes in variants for q in quotes]
    found.sort(key=lambda qa: (_clarity(qa[0]), qa[1].id, qa[0].start))
    groups: list[_Group] = []
    for quote, article in found:
        key = match_key(quote.text)
        if not key:
            continue
        group = next((g for g in groups if g.accepts(key)), None)
        if group is None:
            groups.append(_Group(key, quote, [(quote, article)]))
        else:
            group.members.append((quote, article))
    texts = {a.id: (a, f" {match_key(a.text)} ") for a, _ in variants}
    merged = []
    for order, group in enumerate(groups):
        articles = {a.id: a for _, a in group.members}
        if len(group.key.split()) >= _MIN_CONTAINED_WORDS:
            for article, text in texts.values():
                if f" {group.key} " in text:
                    articles.setdefault(article.id, article)
        merged.append((group.story_quote(articles), order))
    merged.sort(key=lambda so: (-so[0].score, so[1]))
    return [story_quote for story_quote, _ in merged]


def _clarity(quote: Quote) -> tuple[int, int, int]:
    """Sort key: clearest first (type, a named speaker, then the longer text)."""
    return (_TYPE_RANK.get(quote.type, 3), 0 if quote.speaker else 1, -len(quote.text))


@dataclass
class _Group:
    """Renderings of one statement across variants; `best` is the clearest."""

    key: str
    best: Quote
    members: list[tuple[Quote, Article]]

    def accepts(self, key: str) -> bool:
        if key == self.key:
            return True
        if len(key.split()) < _MIN_CONTAINED_WORDS:
            return False
        return f" {key} " in f" {self.key} " or f" {self.key} " in f" {key} "

    def story_quote(self, articles: dict[str, Article]) -> StoryQuote:
        speaker = self.best.speaker or next((q.speaker for q, _ in self.members if q.speaker), None)
        outlets = tuple(sorted({a.publisher or a.source for a in articles.values()}))
        base = StoryQuote(
            text=self.best.text,
            speaker=speaker,
            type=self.best.type,
            article_ids=tuple(sorted(articles)),
            outlets=outlets,
        )
        return StoryQuote(**{**base.__dict__, "score": _score(base)})


def _is_named(speaker: str | None) -> bool:
    """A speaker given by name ("Mark Rutte"), not a description ("a spokesman")."""
    if not speaker:
        return False
    first = speaker.split()[0]
    return first[:1].isupper() and first.casefold() not in {"the", "a", "an"}


def _score(quote: StoryQuote) -> float:
    """Rank: carried by more outlets, said by a named person, verbatim, substantive."""
    words = len(quote.text.split())
    score = 10.0 * len(quote.outlets)
    score += 4.0 if _is_named(quote.speaker) else (1.0 if quote.speaker else 0.0)
    score += {"direct": 2.0, "mixed": 1.5, "indirect": 0.0}[quote.type]
    score += min(words, 25) / 10.0
    if words < 5:
        score -= 5.0  # "It's huge": filler, not a key quote
    return round(score, 3)


def key_quotes(quotes: Sequence[StoryQuote], limit: int) -> list[StoryQuote]:
    """The top few quotes for a story page: attributed, substantive, best first."""
    if limit <= 0:
        return []
    ranked = sorted(quotes, key=lambda q: -q.score)
    keep = [q for q in ranked if q.speaker and len(q.text.split()) >= 5]
    return keep[:limit]
