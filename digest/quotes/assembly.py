"""Stage 5, quotes of one document: quotations and reported speech with their speakers.

`extract_quotes` reads one document the way a reader does:

1. paragraphs, then quotation-mark spans in each (straight or typographic,
   and quotes running over several paragraphs), then sentences that never
   break inside a quotation (`digest.quotes.lexer`);
2. per sentence, a direct quote (the quotation is a whole clause, with an
   attribution such as `, he said` or `Rutte said:` around it), a mixed quote
   (a quoted fragment inside reported speech, `X said that ... "..."`) or
   reported speech without marks (`X said (that) ...`, `..., X said`,
   `according to X, ...`), framed by `digest.quotes.grammar`;
3. the speaker mention found next to the attribution cue is resolved with
   `digest.quotes.speakers` to the full name the article uses ("Rutte" and
   "he" -> Mark Rutte), and quotation paragraphs without their own
   attribution carry the previous speaker.

All matching runs over tokens or over linear regular expressions, so any
input, however long or odd, is processed in linear time without raising.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile

from digest.models import ArticleQuotes, Quote, QuoteType
from digest.quotes.confidence import Evidence, probability
from digest.quotes.grammar import (
    _DAY_PARTS,
    _NATIONALITIES,
    _PERSON_HEAD_WORDS,
    _SPEECH_NOUNS,
    _SUBJECT_PRONOUNS,
    CLAUSE_JOINERS,
    OBJECT_THAT_REACH,
    PASSIVE_BE,
    POSSESSIVE_END,
    UNNAMED,
    _content_start,
    _cue_subject,
    _find_attribution,
    _is_cue,
    _np_ending_at,
    _one_persons_noun,
    _sentence_subject,
    _skip_intro,
    _subject_after,
    _subject_before,
    _verb_like,
    _verbish,
    clause_comma,
    far_that,
    finite,
    past_time_words,
    person_name_in,
)
from digest.quotes.lexer import (
    TextTokens,
    _flags,
    _paragraphs,
    _quotation_spans,
    _sentences,
    _Span,
)
from digest.quotes.lexicon import (
    _AFTER_QUOTE_CUES,
    _CLAUSE_CUES,
    _CLAUSE_OPENERS,
    _CLOSE,
    _CONJUNCTIONS,
    _CUES,
    _DEMONYM_ADJECTIVES,
    _INTRO,
    _INVERTING,
    _OBJECT_CUES,
    _OPEN,
    _PAST_TENSES,
    _PHRASAL_CUES,
    _POSSESSIVES,
    _PREPOSITIONS,
    _ROLE_WORDS,
    _SAY,
    _SAY_CUES,
    _SUBORDINATORS,
    _TITLE_SMALL,
    _VERBISH,
    pairs,
    phrases,
    title_cased,
    words,
)
from digest.quotes.marks import normalise_marks
from digest.quotes.speakers import (
    _APPOSITIVE_PERSON_NOUNS,
    _DOCUMENT_NOUNS,
    _RELATIVE_GENDER,
    AGE_BEFORE_NAME,
    NAME_PARTICLES,
    NOT_NAME,
    OWNER_GENDER,
    PERSON_NOUN_GENDER,
    PRONOUNS,
    Cast,
    add_speakers,
    age_closed_by,
    build_cast,
    description_gender,
    first_name_gender,
    first_names,
    is_polity,
    join_tokens,
    learn_genders,
    name_in,
    named_people,
    names_a_body,
    opens_sentence_at,
    people_of,
    plausible_speaker,
    resolve,
    sentence_end,
    speaker_kind,
    tokenize,
)

_MIN_QUOTE_WORDS = 3


def _asked_before(text: str, found: Sequence[_Found]) -> bool:
    """Whether a quotation found so far was cued as asked: the text is an interview."""
    return any(_cued_as_asked(text, f) for f in found)


def _cued_as_asked(text: str, f: _Found) -> bool:
    """Whether quote `f` is cued as a question put to someone: "asked", or a question
    opener ("began", "pressed": data/question_openers.txt) after a question."""
    cue = (f.cue or "").casefold()
    return cue in _ASKING_CUES or (
        cue in _QUESTION_OPENERS and text[f.start : f.end].rstrip(" ”\"’'").endswith("?")
    )


def _question_turn(text: str, direct: Sequence[_Span]) -> bool:
    """A short question that is a paragraph of its own ('"Why lamps?"'): in an
    interview (the caller asks only there), an interviewer's turn, however few its
    words, where a short phrase in marks elsewhere is a title or a scare quote.
    Dropped, it would break the turns that credit the uncued answers after it."""
    if len(direct) != 1 or not direct[0].closed:
        return False
    span = direct[0]
    before = text[: span.start - 1]
    after = text[span.end + 1 :]
    return (
        text[span.start : span.end].rstrip().endswith("?")
        and not before.rsplit("\n", 1)[-1].strip()
        and not after.split("\n", 1)[0].strip()
    )


# Words an attribution and its phrase may take between two pieces of one quotation.
_INTERRUPTION_WORDS = 25


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


# An embedded markup tag (`<tweet author="@x" ...>`): its attribute values are no quotations.
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,400})?/?>")


def extract_quotes(text: str) -> list[Quote]:
    """All quotes of one document (direct, mixed, indirect), in text order, each scored."""
    return [quote for quote, _ in quotes_with_evidence(text)]


def read_quotes(text: str) -> ArticleQuotes:
    """`extract_quotes`, and the full names of the people the text names (`named_people`).

    Both come from one reading: the people are those of the cast the quote
    finder builds anyway, so a story merging its variants' quotes need not
    build every variant's cast a second time to resolve short names."""
    found, people = _read(text)
    return ArticleQuotes(tuple(quote for quote, _ in found), people)


def quotes_with_evidence(text: str) -> list[tuple[Quote, Evidence]]:
    """`extract_quotes` with each quote's evidence (what the confidence model is fitted on)."""
    return _read(text)[0]


def _read(text: str) -> tuple[list[tuple[Quote, Evidence]], tuple[str, ...]]:
    """The quotes with their evidence, and `named_people(text)`."""
    if not text or not text.strip():
        return [], ()
    text = _blank_media_players(text)
    unmarked = _MARKUP.sub(lambda m: " " * len(m.group()), text)  # offsets stay valid
    unmarked, nicknames = _blank_nicknames(unmarked)
    unmarked, removed = _double_apostrophes(unmarked)
    shown = unmarked  # the marks as the source wrote them, for the quotes' text
    unmarked = normalise_marks(unmarked)  # same offsets, marks the lexer reads
    tokens = TextTokens(unmarked)
    cast = build_cast(unmarked, tokens.tokens)
    # The people before quotes add speakers to the cast; a text that markup,
    # nicknames or doubled apostrophes changed is read again as it is, so the
    # names are always those `named_people(text)` finds.
    people = people_of(cast) if unmarked == text else named_people(text)
    text = unmarked
    subjects: list[tuple[int, str, int]] = []
    found = _find_all(tokens, subjects, cast.quoted)
    cast.quoted.sort()
    learn_genders(cast, text)  # after the quotations are known: their pronouns do not count
    # Quoted titles ("on NBC's "Meet the Press"") quote no one; they still
    # count for who was speaking when the next quotation is resolved. A clause a
    # say-cue reports around them ('Rep. Dan Oyo said the "Fair Wages Act" would
    # raise pay') is still a report, of no words in marks: indirect.
    titles = set()
    for f in found:
        if f.type == "mixed" and _only_titles(text, f, cast.quoted):
            if _reported_clause(text, f):
                f.type = "indirect"
                f.pieces = _after_title_that(text, f.pieces)
            else:
                titles.add((f.start, f.end))
    add_speakers(
        cast, text, [f.mention for f in found if f.mention and f.cue not in {None, "according to"}]
    )
    scored = [
        (
            replace(
                quote,
                text=_restore_nicknames(quote, nicknames),
                start=_original(quote.start, removed),
                end=_original(quote.end, removed),
                score=probability(evidence),
            ),
            evidence,
        )
        for quote, evidence in _resolve_all(text, found, cast, subjects, shown)
        if (quote.start, quote.end) not in titles
    ]
    return scored, people


# What comes before the title of a work, show or campaign: "on Fox News's", "in",
# "the podcast", "a ... tote bag".
_TITLE_CONTEXT = re.compile(
    r"(?:\b(?i:on|in|of|from|during|to)\s+(?:(?:[A-Z][\w.&]*\s+){0,3}[A-Z][\w.&]*['’]s\s+)?"
    r"|\b(?i:on|in)\s+(?:the\s+)?(?:[A-Z][\w.&]*\s+){1,3}(?:channel|network|station)['’]s\s+"
    r"|[A-Z][\w.&]*['’]s\s+"
    r"|\b(?:told|tells)\s+"  # `told "Fox and Friends,"`: whom it was told, a show
    r"|\b(?:" + "|".join(sorted(map(re.escape, words("work_words")))) + r")\s+)$"
)


def _titled_work(text: str, start: int, end: int) -> bool:
    """Whether a quotation is a work's title, in sentence case too: `under the title
    "Darkness, devices and sleep ..."`, `the paper's title, "...", undersold`, `a report
    titled "..."`, `The paper, "Heat exposure and ...," appeared in` (the noun opening
    the sentence); of one sentence, and with no cue after it in its sentence (`Asked how
    it felt to win the title, "It still hasn't sunk in," Marta Keller said`)."""
    head = text[max(0, start - 60) : start].rstrip(_OPEN + " ")
    inner = text[start:end].strip(' ,.;:"“”')
    if _TITLED.search(head) is None or re.search(r"[.!?]\s", inner):
        return False
    after = _SENTENCE_STOP.split(text[end : end + 120], maxsplit=1)[0]
    # a cue and its speaker right after it ('," Marta Keller said', '," said Rina Osei', '," he
    # said'; not '", reported no serious ...', the title the sentence's subject)
    cue_words = re.findall(r"[\w'’]+", after)[:TITLE_CUE_WORDS]
    return not (
        any(word.casefold() in _CUES for word in cue_words)
        and any(word[:1].isupper() or word in PRONOUNS for word in cue_words)
    )


TITLE_CUE_WORDS = 4  # words after a quotation its cue stands among ('," Marta Keller said')


# Right before a work's title in marks: "under the title", "the paper's title,", a work
# "titled", "entitled" or "headlined" (after a noun, not "felt entitled"), or a noun of a
# work opening the sentence, set off by a comma ("The paper, "...", appeared in").
_WORKS = "|".join(sorted(pairs("titled_works")["works"]))
_TITLED = re.compile(
    r"(?i:\b(?:under|with)\s+the\s+title\s*:?"
    r"|['’]s\s+title\s*[,:]?"
    r"|\b(?:"
    + "|".join(sorted({*pairs("titled_works")["works"], *pairs("titled_works")["named"]}))
    + r")\s*,?\s+(?:[a-z]+ly\s+)?(?:titled|entitled|headlined)\s*[,:]?)$"
    rf"|(?:^|[.!?]\s+|\n)(?:The|Its|Their|His|Her|A|An)\s+(?:{_WORKS})\s*,$"
)


# A quoted nickname inside a name: `Juan "Chico" Okonjo`, `Marcia “Cia” Lind`.
# The first name's capital comes first and what stands before it is checked
# after (no letter or apostrophe), so the search skips ahead to capitals.
_NICKNAME = re.compile(
    r"([A-Z](?<![\w'’][A-Z])[a-z]+)[ \u00a0]+([\"“])([A-Z][\w'’.\-]*(?: [A-Za-z][\w'’.\-]*){0,2})"
    r"([\"”]|’’|'')"
    r"(?=[ \u00a0]+[A-Z][a-z])"
)


def _blank_media_players(text: str) -> str:
    """The text with each line's flattened media player, gallery or reprint link (as
    `digest.extract.boilerplate.cut_media_furniture` finds them) turned to spaces, so
    offsets stay valid: a video carousel's captions ("CLOSE Skip in Skip x Embed x
    Share ... Theresa May said ...") quote other stories' people. The full text keeps
    them, as story leads skip them."""
    from digest.extract.boilerplate import may_hold_media_furniture, media_furniture_match

    if not may_hold_media_furniture(text):
        return text  # most texts hold none of the players' words: no line to look at
    lines = text.split("\n")
    for i, line in enumerate(lines):
        found = media_furniture_match(line)
        if found is None:
            continue
        at, matched = found
        # "Print article" or "Order reprints" may also be prose ("ran a print article
        # on the case"): a two-word phrase counts only where it opens the line
        if len(matched.split()) > 2 or not line[:at].strip(" -–|•*"):
            lines[i] = line[:at] + " " * (len(line) - at)
    return "\n".join(lines)


def _blank_nicknames(text: str) -> tuple[str, list[tuple[int, str, str]]]:
    """The text with each nickname and its marks blanked, and (offset, blanked, original) of each.

    A nickname in quotation marks between a first name and a surname is part
    of the name, not a quotation: left in, it splits the name in two and pairs
    its marks as a quotation. Blanking keeps every offset valid; the first name
    must be in the census lists, so `Lind "Harbour" Days` is left alone.
    """
    found: list[tuple[int, str, str]] = []

    def blank(m: re.Match[str]) -> str:
        if m.group(1).casefold() not in first_names():
            return m.group()
        blanked = m.group(1) + " " * (len(m.group()) - len(m.group(1)))
        found.append((m.start(), blanked, m.group()))
        return blanked

    return _NICKNAME.sub(blank, text), found


def _restore_nicknames(quote: Quote, nicknames: Sequence[tuple[int, str, str]]) -> str:
    """The quote's text with the nicknames blanked inside it written back as given."""
    content = quote.text
    for at, blanked, original in nicknames:
        if quote.start <= at < quote.end:
            content = content.replace(blanked, original, 1)
    return content


def _is_title(text: str, start: int, end: int, cue: str | None) -> bool:
    """A quotation that names a work, show or campaign ("Meet the Press"), or words on
    display (a sign's), rather than quoting.

    Every content word is capitalised and it does not end like an exclamation;
    with a cue in the sentence it must also follow a title context ("on
    NBC's", "in", "the podcast"), since a cue can quote a capitalised
    phrase ("tweeted she was "Disgraceful!"").
    """
    if _displayed(text, start):
        return True
    if _titled_work(text, start, end) or _nicknamed(text, start):
        # `who have nicknamed the arrangement "the Carmarthen shuffle"`: a name given
        return True
    inner = text[start:end].strip(" ,.;:")
    if not title_cased(inner):
        return False
    words = re.findall(r"[^\W\d_][\w'’]*", inner)
    content = [w for w in words if w.casefold() not in _TITLE_SMALL]
    if cue is None and len(content) >= 2:
        return True
    head = text[max(0, start - 60) : start].rstrip(_OPEN + " ")
    if _TITLE_CONTEXT.search(head + " ") is not None or _NAMING.search(head + " "):
        return True
    if not text[start:end].rstrip()[-1:].isalnum():
        return False  # closed by a stop or a comma: a clause of its own
    # `"CBS This Morning" co-host`: right before a noun of shows and events
    tail = re.match(r"[\"”’']?\s+([\w-]+)", text[end : end + 30])
    if len(content) >= 2 and tail is not None and tail.group(1).casefold() in _TITLE_NOUNS:
        return True
    if content and _before_maker(text, end):
        return True  # `"Twilight" author Stephenie Meyer`
    # `the "Protect Our Elections Rally" hosted by`: a phrase with no verb after an
    # article (`wrote that the "Election Was Stolen From Us."` quotes a claim), or
    # the object of a gerund that reports nothing (`Reviewing "Night Ferry" on its release`)
    verb = any(_verb_like(w.casefold()) for w in words)
    gerund = _GERUND_BEFORE.search(head + " ")
    return not verb and (
        _ARTICLE_BEFORE.search(head + " ") is not None
        or (gerund is not None and gerund.group(1).casefold() not in _CUES)
    )


_DISPLAY_NOUNS = words("display_nouns")
_DISPLAY_BOARDS = words("display_boards")
# (lower case, right before the marks on the same line: "Sang" is a surname, and a
# subheading "Learning to sing" is no verb of the quotation under it)
_SONG_VERB = re.compile(r"\b(?:" + "|".join(sorted(words("song_verbs"))) + r")\Z")
_CHANT_VERB = re.compile(r"\b(?:" + "|".join(sorted(words("chant_verbs"))) + r")\Z")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_DISPLAY_REACH = 12  # words before a colon or "read" searched for a display noun
# words of a sentence before "reads" searched for its thing ("a hand-painted sign that
# residents wired to a fence post a few metres from the break last winter reads")
_READS_REACH = 18
_DISPLAY_HEAD = 160  # characters before a quotation read for the thing showing it
_DISPLAY_VERB = re.compile(
    r"(?:(?:\b(?:that|which)[ \t]+)?\b(?:read|reads|reading|saying)"
    r"|\b(?:that|which)[ \t]+(?:says|said))[ \t]*[:,]?[ \t]*$"  # "a scarf that says"
)


def _opens_capital(text: str, start: int) -> bool:
    """Whether the words in marks at `start` open with a capital letter ("Été" does,
    "été" does not)."""
    first = _FIRST_LETTER.search(text, start, start + 8)
    return first is not None and first.group().isupper()


def _displayed(text: str, start: int) -> bool:
    """A quotation a sign, a banner or a shirt shows (`placards reading "No Cuts"`,
    `a banner above the door that read "Thank you"`, `hangs a sign: "..."`, `the
    painted motto "..."`, `had written on a cardboard sign in marker pen: "..."`):
    words on display, nobody's statement, whatever their case; also a crowd's chant
    right after its verb (`chanted "MVP! MVP!"`), and a song opening with a capital
    (`sang "Barnabas till I die"`; not `had sung "at the stream, when ..."`, her words
    going on)."""
    head = text[max(0, start - 80) : start].rstrip(_OPEN + " \t")
    if _CHANT_VERB.search(head) or (_SONG_VERB.search(head) and _opens_capital(text, start)):
        return True
    return _shown_on(text, start)


def _shown_on(text: str, start: int) -> bool:
    """The half of `_displayed` that reads a thing showing the words (a sign, a banner,
    a board that "reads"), not a crowd chanting them (the development labels credit a
    chant to the crowd)."""
    head = text[max(0, start - 80) : start].rstrip(_OPEN + " \t")
    named = head.rstrip(":,").split()[-1:]
    if named and named[0].casefold() in _DISPLAY_NOUNS and not _predicate_of(text, start):
        return True  # "hangs a hand-lettered sign: ...", "the motto "...""
    if named and _slogan(named[0], head, text, start):
        return True
    if head.endswith(":"):
        # "a sign hand-lettered by Ana Ruiz:": a display noun in the clause before
        # the colon, and no speech verb ("held up a sign and said:" speaks)
        before = re.split(r"[.;!?\"“”\n]", head[:-1])[-1].split()[-_DISPLAY_REACH:]
        said = {w.casefold().strip(",") for w in before}
        if said & _DISPLAY_NOUNS and not said & _CUES:
            return True
    if _read_on_a_thing(text, start) or _printed_with_words(text, start, head):
        return True
    verb = _DISPLAY_VERB.search(head)
    if verb is None:
        return False
    # "a tattoo on his arm, which reads": the clause before the comma of "which"
    pieces = re.split(r"[.;:!?,\"“”\n]", head[: verb.start()])
    clause = pieces[-1] if pieces[-1].strip() or len(pieces) < 2 else pieces[-2]
    words_before = [w.casefold() for w in clause.split()[-_DISPLAY_REACH:]]
    # a board that "reads" words shows them; "the board, saying" speaks, and so does a
    # board's letter or statement that "read"
    boards = "read" in verb.group() and not set(words_before) & _DOCUMENT_NOUNS
    shown_on = _DISPLAY_NOUNS | (_DISPLAY_BOARDS if boards else frozenset())
    return any(w in shown_on for w in words_before)


def _predicate_of(text: str, start: int) -> bool:
    """Whether the words in marks at `start` open with an auxiliary in lower case (data
    predicate_openers.txt): the rest of a sentence whose subject the display noun is
    ("Police said the decals "were found on a dozen cars""), not words the thing shows
    ("held up a banner "bring back Ruiz"")."""
    first = re.match(r"\W*([^\W\d_]+)", text[start : start + 40])
    return first is not None and first.group(1) in _PREDICATE_OPENERS


def _slogan(noun: str, head: str, text: str, start: int) -> bool:
    """A short quotation opening with a capital right after "slogan" (data
    slogan_nouns.txt: `with the slogan "Leave the cape to the birds"`): words carried or
    chanted, nobody's statement, after a comma too (`Pask's slogan, "A nurse, not a
    party",`); not after a colon (`said of the slogan: "I stand by it"`), nor after a
    comma with a speech verb right after it (`Asked about the slogan, "It was never
    meant to offend," NAME said`), nor in the next paragraph, nor a quotation that runs
    long or opens in lower case (`called the slogan "deeply offensive to every
    family"`)."""
    if noun.casefold() not in _SLOGAN_NOUNS or head.endswith(":"):
        return False
    if "\n" in text[max(0, start - 4) : start]:
        return False  # a headline ending in the word, its story's first quotation under it
    if not _opens_capital(text, start):
        return False
    close = _closing_after(text, start)
    close = len(text) if close is None else close
    after = {w.casefold().strip(".,;:") for w in text[close + 1 : close + 60].split()[:5]}
    if head.endswith(",") and after & _CUES:
        return False  # `Asked about the slogan, "It was never meant to offend," Smith said`
    return len(text[start:close].split()) <= SLOGAN_WORDS


SLOGAN_WORDS = 8  # a slogan's words, at most
_SLOGAN_NOUNS = words("slogan_nouns")
_PREDICATE_OPENERS = words("predicate_openers")


def _read_on_a_thing(text: str, start: int) -> bool:
    """Whether the words follow "reads" whose subject, however far back and past commas,
    is a thing that shows words ("A yellow sign at the top, peppered with birdshot,
    reads", "A new board by the gate reads, in two languages,"): the head of the clause's
    subject, among its first THING_HEAD_WORDS words, is a display noun or a board; not a
    document ("The complaint filed with the state medical board reads, in part,"), nor
    a person ("Ruiz, who chairs the school board, reads"). An opening phrase of place
    or a dateline before it is passed ("In Kohima, a yellow sign ...")."""
    head = text[max(0, start - _DISPLAY_HEAD) : start].rstrip(_OPEN + " \t")
    verb = _THING_READS.search(head)
    if verb is None:
        return False
    # (the clause of "reads": "Women may not play the drums, and a new board by the gate
    # reads")
    clause = _OPENING_PLACE.sub("", _CLAUSE_BREAK.split(head[: verb.start()])[-1])
    # (the subject's words up to its first comma: "The ordinance, which caps rents,")
    subject = [w.casefold() for w in clause.split(",")[0].split()[:THING_HEAD_WORDS]]
    return any(word in _DISPLAY_NOUNS | _DISPLAY_BOARDS for word in subject) and not any(
        word in _DOCUMENT_NOUNS for word in subject
    )


THING_HEAD_WORDS = 4  # "A hand-painted sign", "A faded decal": the subject's first words
# A phrase of place or a dateline opening a clause: "In Kohima, ", "OSTBY, Norway (AP) — ".
_OPENING_PLACE = re.compile(
    r"^\s*(?:(?:In|At|On|Near|Outside|Inside|Along|Beside|Across)\b[^,]{0,40},\s*"
    r"|[^—–]{0,40}[—–]\s*)"
)


def _printed_with_words(text: str, start: int, head: str) -> bool:
    """Whether the words in marks are a thing's, given "with the words" (or "bearing the
    words"): right after a display noun and its participle ("T-shirts printed with the
    words", "a flag bearing the words"), or with a participle after the quotation ("hung
    a bedsheet over the fence with the words "..." painted on it"); not words someone
    ends a speech or a post with
    ("posted a photo of the badges with the words:", "signs off with the words")."""
    found = _WITH_THE_WORDS.search(head)
    if found is None:
        return False
    before = [w.casefold().strip(",") for w in head[: found.start()].split()]
    if len(before) >= 2 and before[-1] in _DISPLAY_PARTICIPLES and before[-2] in _DISPLAY_NOUNS:
        return True
    if found.group().lstrip().startswith("bearing") and before and before[-1] in _DISPLAY_NOUNS:
        return True  # "a flag bearing the words"
    close = _closing_after(text, start)
    after = _PARTICIPLE_AFTER.match(text, close + 1) if close is not None else None
    clause = re.split(r"[.;:!?,\"“”\n]", head[: found.start()])[-1].split()
    return after is not None and bool(
        {w.casefold() for w in clause[-_DISPLAY_REACH:]} & _DISPLAY_NOUNS
    )


def _closing_after(text: str, start: int) -> int | None:
    """Where the first closing mark after the quotation opening at `start` stands."""
    return next((at for at in range(start + 1, len(text)) if text[at] in _CLOSE), None)


_DISPLAY_PARTICIPLES = words("display_participles")
_CLAUSE_BREAK = re.compile(r"[.;!?\"“”\n]|,\s+(?:and|but)\s+")
_WITH_THE_WORDS = re.compile(r"\b(?:with|bearing)[ \t]+the[ \t]+words?[ \t]*[:,]?[ \t]*$")
# (an aside between the verb and the words: "reads, in Kirundi and French,")
_THING_READS = re.compile(r"\breads(?:,[^,.;:!?\"“”\n]{1,40},)?[ \t]*[:,]?[ \t]*$")
_PARTICIPLE_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(_DISPLAY_PARTICIPLES)) + r")\b", re.IGNORECASE
)


# Before a capitalised quoted phrase, a naming verb (`dubbed "Operation Allies Refuge"`)
# or a determiner (`the "Protect Our Elections Rally"`, `its "CookMate Duo" cookers`,
# read with the phrase itself).
# ("known across the estate as "Miss Bev"": a few words may stand between "known" and "as")
_NAMING = re.compile(
    r"\b(?:dubbed|nicknamed|billed as|known(?:\s+[\w'’]+){0,4}\s+as|called|calls|call)\s+$"
)
_GERUND_BEFORE = re.compile(r"\b([A-Za-z]+ing)\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")
# Nouns after a capitalised quoted phrase that make it a title (`"CBS This Morning" co-host`).
_TITLE_NOUNS = words("title_nouns")
_MAKER_NOUNS = words("maker_nouns")
_MAKER_AFTER = re.compile(r"[\"”’']?\s*([\w-]+)\s+[A-Z]")
TITLE_BEFORE_MAKER_WORDS = 6  # words of a title in marks before its maker's noun, at most


def _before_maker(text: str, end: int) -> bool:
    """Whether a phrase in quotation marks ending at `end` stands before a maker's noun
    and a name (`"The Wire" creator David Simon`): the name of a work, not speech.
    A phrase closed by a stop or a comma (`"We won," coach Ana Lind said`) is speech."""
    inner = text[max(0, end - 120) : end].rstrip(_CLOSE + "'’ ")
    if inner[-1:] in {",", ".", "!", "?", ";", ":"}:
        return False
    maker = _MAKER_AFTER.match(text, end, end + 40)
    return maker is not None and maker.group(1).casefold() in _MAKER_NOUNS


# Two apostrophes standing for a double quotation mark (''like this''), a convention of
# wire and archive text; a lone one is an apostrophe or a single quotation mark.
_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")


def _double_apostrophes(text: str) -> tuple[str, list[int]]:
    """Text whose ''quotations'' are written with two apostrophes, with one `"` for each pair.

    Returns the text and, sorted, the offsets (in the returned text) after
    which one character was removed, so `_original` maps an offset back to the
    text as given.
    """
    if "''" not in text:
        return text, []
    out: list[str] = []
    removed: list[int] = []
    pos = 0
    for m in _paired_apostrophes(text):
        out.append(text[pos : m.start()])
        out.append('"')
        pos = m.end()
        removed.append(m.start() - len(removed) + 1)
    out.append(text[pos:])
    return "".join(out), removed


def _paired_apostrophes(text: str) -> list[re.Match[str]]:
    """The two-apostrophe marks that quote, in text order.

    Only an opening at a word start (`''We`) starts a quotation; the next
    two-apostrophe mark in its paragraph closes it, and one left open runs to
    the paragraph's end like any unclosed quotation. A mark after a word that
    nothing opened closes only a quotation a straight double mark opened
    (`"We will sail,'' Lind said`); otherwise it is a single-quoted title's
    close before an apostrophe (`'CHiPs''`) and stays as written.
    """
    kept: list[re.Match[str]] = []
    for pstart, pend in _paragraphs(text):
        pending: re.Match[str] | None = None
        seen, straight = pstart, 0  # straight double marks before `seen`
        for m in _TWO_APOSTROPHES.finditer(text, pstart, pend):
            straight += text.count('"', seen, m.start())
            seen = m.start()
            before = text[m.start() - 1] if m.start() > pstart else " "
            after = text[m.end()] if m.end() < pend else " "
            if pending is not None:
                kept += [pending, m]
                pending = None
            elif after.isalnum() and not before.isalnum():
                pending = m
            elif straight % 2 == 1 and not after.isalnum():
                kept.append(m)
                straight += 1
        if pending is not None:
            kept.append(pending)
    return kept


def _original(offset: int, removed: Sequence[int]) -> int:
    """An offset of the text `_double_apostrophes` returned, in the text it was given."""
    return offset + bisect_right(removed, offset)


def _reported_clause(text: str, f: _Found) -> bool:
    """Whether a say-cue reports a clause around a quoted title: a finite verb right
    after it, or after one noun, or "that" after a show told (`the "Fair Wages Act"
    would raise pay`, `the "Walk For Clean Water" event drew`, `told the "Harbor
    Talk" podcast that`; not `on NBC's "Meet the Press" Sunday`)."""
    if f.cue is None or f.cue.casefold() not in _SAY:
        return False
    content = " ".join(text[a:b] for a, b in f.pieces)
    told = f.cue.casefold() in {"told", "tells", "tell"}  # the title is whom it was told
    return any(
        finite(w) or (told and w == "that")
        for m in _TITLE_THEN_WORDS.finditer(content)
        for w in m.groups()
        if w
    )


def _after_title_that(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A report's pieces starting after the "that" a quoted title leads to (`told
    "Meet the Press" that the campaign ...` reports `the campaign ...`)."""
    a, b = pieces[0]
    m = _TITLE_THAT.search(text, a, b)
    return [(m.end(), b), *pieces[1:]] if m is not None and m.end() < b else pieces


_TITLE_THAT = re.compile(r"[\"”]\s+(?:[a-z]+\s+)?that\s+")


# A phrase in marks and the one or two lower-case words after it.
_TITLE_THEN_WORDS = re.compile(r"[\"“][^\"“”]*[\"”]\s+([a-z]+)(?:\s+([a-z]+))?")


def _only_titles(text: str, f: _Found, quoted: Sequence[tuple[int, int]]) -> bool:
    """A mixed quote whose every quoted fragment is a title or a term spoken of: no one
    is quoted."""
    # (`quoted` is sorted: the quote's own spans are read, not all of them for each)
    first = bisect_left(quoted, (f.start - 1,))
    spans = list(takewhile(lambda span: span[0] <= f.end + 1, quoted[first:]))
    spans = [(a, b) for a, b in spans if b <= f.end + 1]
    return bool(spans) and (
        all(_is_title(text, a, b, f.cue) or _is_term(text, a) for a, b in spans)
        # `signs along the road read "..." and "..."`: words on display, each of them, cued
        # by what shows them ("read"; not "the flag "represents ..."", nor "saying")
        or (
            (f.cue or "").casefold() in _SHOWING_CUES
            and all(_shown_on(text, a) or _after_shown(text, a, spans) for a, _ in spans)
        )
    )


def _nicknamed(text: str, start: int) -> bool:
    """Whether the quoted piece at `start` is the nickname right after "nicknamed" and a
    few words of what is named (not an earlier nickname's in the same sentence)."""
    return any(
        m.end() == start for m in _NICKNAMED.finditer(text, max(0, start - _NICKNAME_REACH), start)
    )


def _after_shown(text: str, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a quoted piece follows the piece before it in the same list of what a
    sign shows (`read "A" and "B"`: "B" after "and")."""
    before = [b for _, b in spans if b <= start]
    between = text[before[-1] : start] if before else ""
    return (
        bool(before) and re.fullmatch(r"[\s\"“”]*(?:,|and|or|, and)[\s\"“”]*", between) is not None
    )


# "nicknamed the arrangement "...": up to three words of what is named (not "dubbed", with
# which a speaker may call a bill "a disgrace")
_NICKNAMED = re.compile(r"\bnicknamed\s+(?:[\w'’-]+\s+){0,3}?[\"“”]")
_NICKNAME_REACH = 60  # characters before a quotation read for the naming verb


def _is_term(text: str, start: int) -> bool:
    """A quoted word that the sentence speaks of as a word ("Asked whether the word
    "steal" was fair", "what each observer meant by "frozen""): no one's statement."""
    head = text[max(0, start - 40) : start].rstrip(" \"“‘'")
    return _TERM_BEFORE.search(head) is not None


# What stands before a word spoken of as a word.
_TERM_BEFORE = re.compile(
    r"\b(?:the|that|this) (?:word|term|phrase|expression)$|\b(?:meant|means|mean) by$",
    re.IGNORECASE,
)


# A credit line under a quotation: "- Tobias Wren." or "— Ana Ruiz, mayor of Molde".
_CREDIT_LINE = re.compile(r"[-—–―]+\s*((?:[A-Z][\w'’.\-]*\s?){1,4})(?:,[^\n]{0,80})?[.]?\s*$")
# ... or a longer one, with a title, a bracket and where it was said: "— Republican Party
# Chair Ana Ruiz, in a tweet, April 26, 2021", "— Sen. Tom Cole (R-Okla.), in a
# statement"; only when it holds a person's name (not "— Posted By Harbor Gazette Staff").
_LONG_CREDIT_LINE = re.compile(
    r"[-—–―]+\s*((?:[A-Z][\w'’.\-]*\s?){1,7})(?:\([^()\n]{1,20}\))?(?:,[^\n]{0,140})?[.]?\s*$"
)


# A reporter's contact line under a sign-off: an e-mail address, a social-media
# handle or a telephone number opening the next paragraph.
_CONTACT_LINE = re.compile(
    r"\s*(?:[\w.+-]+@[\w-]+\.[\w.]+|Twitter\b|X:|@\w|\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b)"
)


def _reporter_credit(line: str) -> bool:
    """Whether a credit line reads as a reporter's sign-off: a name alone, or a name
    and an outlet ("— Nell Ashby, Quenby Gazette"); "— Greta Holm, Felsham" signs
    a letter."""
    _, comma, rest = line.partition(",")
    return not comma or names_a_body(rest.strip(" .\n"))


def _spoke_before(found: Sequence[_Found], paragraph: int) -> bool:
    """Whether someone was credited in the two paragraphs before the quotation that
    ends at paragraph `paragraph - 1`."""
    return any(
        f.mention is not None and paragraph - 3 <= f.paragraph < paragraph - 1 for f in found
    )


def _credit_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """A credit line filling the paragraph text[start:end], if it is one."""
    short = _CREDIT_LINE.match(text, start, end)
    if short is not None:
        return short
    long = _LONG_CREDIT_LINE.match(text, start, end)
    if long is None:
        return None
    return long if person_name_in(long.group(1).split()) is not None else None


def _who_that_was(sentence: Sequence[tuple[str, int, int]]) -> tuple[str, int] | None:
    """Who a sentence opening "That was ..." or "Those were the words of ..." names, the
    speaker of the quotation just above it, when it is a person's name ("That was the
    returning officer, Joseph Kiggundu, ..."); None for another sentence ("That was a
    long night", "That was the message from the board")."""
    words = [t[0].casefold() for t in sentence[:5]]
    if words[:2] in (["that", "was"], ["this", "was"]):
        at = 1
    elif words[:5] == ["those", "were", "the", "words", "of"]:
        at = 4
    else:
        return None
    who = _subject_after(list(sentence), at)
    if who is None:
        return None
    if person_name_in(who[0].split()) is not None:
        return who
    # "the returning officer, Joseph Kiggundu,": the name set off after the description
    end = _index_after(sentence, who, len(sentence))
    if end + 1 < len(sentence) and sentence[end][0] == ",":
        run = list(takewhile(lambda t: t[0][:1].isupper(), sentence[end + 1 :]))
        name = person_name_in([t[0] for t in run])
        if name is not None and run:
            return name, run[0][1]
    return None


def _who_said_this(sentence: Sequence[tuple[str, int, int]]) -> tuple[str, int] | None:
    """Who a sentence names as having "said this", the speaker of the quotation just above
    it, when the subject of that "said" is a person's name ("NAME, 58, a farmer from ...,
    said this standing beside ..."); None for "said this morning that ...", "said this:"
    (the words that follow), a "said" of someone else's ("the man who said this", "when
    her son said this") or a denial ("never said this": a pronoun's)."""
    words = [t[0].casefold() for t in sentence]
    at = next(
        (
            i
            for i in range(len(words) - 1)
            if words[i] in ("said", "says") and words[i + 1] == "this"
        ),
        None,
    )
    if at is None:
        return None
    after = words[at + 2] if at + 2 < len(words) else "."
    beyond = words[at + 3] if at + 3 < len(words) else "."
    standing = (
        after.endswith("ing")
        and after not in _DAY_PARTS | {"spring"}  # "said this morning at the hall"
        and beyond in _SAID_THIS_LINKS
    )
    if after == ":" or (after[:1].isalpha() and after not in _SAID_THIS_LINKS and not standing):
        return None  # "said this week", "said this morning", "said this plan", "said this:"
    tokens = list(sentence)
    subject = _subject_before(tokens, at)
    if subject is None or not subject[0][:1].isupper():
        return None
    end = _index_after(tokens, subject, at)
    if person_name_in(subject[0].split()) is None and age_closed_by(tokens, end) != ",":
        return None  # (a name no list knows, unless an age follows it: "NAME, 58,")
    return subject


def _index_after(
    tokens: Sequence[tuple[str, int, int]], mention: tuple[str, int], default: int
) -> int:
    """The index of the first token after a mention (its words and offset), else
    `default`."""
    end = mention[1] + len(mention[0])
    return next((i for i, t in enumerate(tokens) if t[1] >= end), default)


# Words that may follow "said this" where "this" stands alone for what was said (and
# follow a participle there: "said this standing beside").
_SAID_THIS_LINKS = frozenset(
    ("as", "while", "when", "after", "before", "at", "on", "in", "from", "beside", "by", "outside")
)


def _framing_direct(found: Sequence[_Found]) -> _Found | None:
    """The attributed direct quote an unattributed one continues, if nothing else spoke since.

    The last quote, when it is direct and attributed; or the last direct quote
    followed only by quoted fragments of its own attribution sentence (the same
    speaker mention, e.g. a programme title after "told").
    """
    between: list[_Found] = []
    for q in reversed(found):
        if q.type == "direct":
            if q.mention is None or any(m.mention_at != q.mention_at for m in between):
                return None
            return q
        if q.type != "mixed" or q.mention is None:
            return None
        between.append(q)
    return None


def _find_all(
    tokens: TextTokens,
    subjects: list[tuple[int, str, int]] | None = None,
    quoted: list[tuple[int, int]] | None = None,
) -> list[_Found]:
    """Every quote candidate of the tokenised text with its raw speaker mention, before
    resolution.

    `subjects` collects (offset, mention, paragraph) of each sentence's subject
    when it is a name, for pronoun resolution; `quoted` the quotation spans.
    """
    text = tokens.text
    found: list[_Found] = []
    carry_open = False  # the previous paragraph ended inside a quotation
    lead_in: tuple[str, int, str] | None = None  # "X said in a statement:" closing a paragraph
    previous = (0, 0)  # the previous paragraph's (start, end)
    interview = False  # a quotation found so far was cued as asked
    last_said = 0  # where the previous paragraph's last sentence starts
    marks_lost = not any(mark in text for mark in (*_OPEN, *_CLOSE, "''", "‘‘", "’’"))
    for p, (pstart, pend) in enumerate(_paragraphs(text)):
        credit = _credit_line(text, pstart, pend)
        if (
            credit
            and _CONTACT_LINE.match(text, pend)
            and _spoke_before(found, p)
            and _reporter_credit(credit.group())
        ):
            # "— Pamela Lehman" above her e-mail address, under a quotation that goes on
            # from someone credited just before it: the reporter signs off (a letter's
            # or a quote feature's signature over words of its own stays a credit)
            credit = None
        if credit and found and found[-1].paragraph == p - 1 and found[-1].type == "direct":
            if found[-1].mention is None:
                # "- Tobias Wren." under a quotation paragraph: its speaker
                name = credit.group(1).strip()
                found[-1].mention = name[:-1] if name.endswith(".") and len(name) > 3 else name
                found[-1].mention_at = pstart + credit.start(1) - credit.start()
                found[-1].cue = "—"
            continue
        spans = _quotation_spans(text, pstart, pend)
        if quoted is not None:
            quoted.extend((s.start, s.end) for s in spans)
        sentences = _sentences(text, pstart, pend, spans)
        if found and found[-1].paragraph == p - 1 and found[-1].mention is None and sentences:
            # '"We counted every paper twice."' / "That was the returning officer, NAME,
            # shortly after ...": the paragraph names who said the quotation above it
            opening = tokens.between(*sentences[0])
            who = _who_that_was(opening) or _who_said_this(opening)
            if who is not None and found[-1].type == "direct":
                found[-1].mention, found[-1].mention_at, found[-1].cue = who[0], who[1], "was"
        paragraph_quotes: list[_Found] = []
        starts = [s.start for s in spans]
        # Sentences opening the paragraph with no quote of their own: the words
        # of a "CONTENT, X said." that ends it, when the copy lost its marks
        # (with marks, such sentences are the reporter's own narrative).
        unclaimed: list[tuple[int, int]] | None = [] if marks_lost else None
        for sstart, send in sentences:
            lo, hi = bisect_left(starts, sstart + 1), bisect_right(starts, send)
            inside = [s for s in spans[lo:hi] if s.end <= send]
            sentence_tokens = tokens.between(sstart, send)
            if subjects is not None:
                plain = _unquoted(sentence_tokens, inside)
                main = _topic(text, sstart, send) or _sentence_subject(plain)
                joined = _joined_clause_subject(plain, main)
                # (a doer brought in by a paragraph's opening sentence, named there first)
                agent = _passive_agent_subject(plain, main) if sstart == pstart else None
                if agent is not None and text.find(agent[0], 0, sstart) >= 0:
                    agent = None
                for subject in (main, joined, agent):
                    if subject is not None and (
                        subject[0][:1].isupper()
                        or subject[0].startswith("the ")
                        # after an opening phrase: "At the kiosk, one woman in the queue
                        # said" (not "At the briefing, a reporter asked", nor '"...?"
                        # another reporter called': an answer's pronoun after a question
                        # is the one asked)
                        or (
                            subject[0].startswith(("a ", "an ", "one ", "another "))
                            and not any(
                                tok[0] in _ASKING_CUES or tok[0] == "?"
                                for tok in sentence_tokens
                                if tok[1] > subject[1] or tok[0] == "?"
                            )
                        )
                    ):
                        subjects.append((subject[1], subject[0], p))
            if inside:
                paragraph_quotes.extend(
                    _quoted_sentence(tokens, sstart, send, sentence_tokens, inside, p, interview)
                )
            else:
                reports = [
                    r
                    for r in _reported_sentence(text, sstart, send, sentence_tokens, p)
                    if not _introduces_only(text, r, sentence_tokens)
                ]
                if reports:
                    indirect = reports[0]
                    if (
                        unclaimed
                        and len(unclaimed) <= 2
                        and indirect.start == sstart
                        and indirect.mention_at > indirect.end
                        and not _names_speaker(text, unclaimed, indirect.mention)
                    ):
                        lead = [(a, a + len(text[a:b].rstrip())) for a, b in unclaimed]
                        indirect.pieces[:0] = lead
                    paragraph_quotes.extend(reports)
                    unclaimed = None
                else:
                    if subjects is not None:
                        _credited(sentence_tokens, p, subjects)
                    if unclaimed is not None:
                        unclaimed.append((sstart, send))
        paragraph_quotes = _group_direct(text, paragraph_quotes)
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
        lead_in = _lead_in(tokens, sentences[-1] if sentences else None, spans)
        if (
            carry_open
            and starts_quoted
            and found
            and found[-1].end >= previous[0]  # the open quotation is the one found last
            and paragraph_quotes
            and paragraph_quotes[0].type == "direct"
            and paragraph_quotes[0].mention is None
        ):
            found[-1].pieces.extend(paragraph_quotes.pop(0).pieces)
        elif (
            carry_open
            and starts_quoted
            and found
            and paragraph_quotes
            and paragraph_quotes[0].type == "direct"
            and paragraph_quotes[0].mention is not None
            and found[-1].type == "direct"
            and found[-1].mention is None
            and found[-1].end >= previous[0]
            and _only_opening_mark(text, *previous)
            and text[previous[0]] == text[pstart]
        ):
            # A quotation over several paragraphs, attributed only where it
            # closes ("...nine.\n"Lunch ...," Ms. Lind said.): one quote. The
            # paragraph before holds its opening mark and no other, so no
            # attribution of its own hides behind a mark set the wrong way,
            # and opens with the same mark (a quoted report in straight
            # marks is not continued by a reply in typographic ones).
            paragraph_quotes[0].pieces[:0] = found.pop().pieces
        elif _continues_quotation(
            text, found, paragraph_quotes, spans, (pstart, pend), previous, last_said, interview
        ):
            found[-1].pieces.extend(paragraph_quotes.pop(0).pieces)
        found.extend(paragraph_quotes)
        # once per quote; or a paragraph saying who put the questions ("under
        # questioning by"): a question in a paragraph of its own is then the next turn
        interview = (
            interview
            or _asked_before(text, paragraph_quotes)
            or _QUESTIONED_BY.search(text, pstart, pend) is not None
            or any(_puts_it_to(text, q, (pstart, pend)) for q in paragraph_quotes)
        )
        last_said = sentences[-1][0] if sentences else pstart
        previous = (pstart, pend)
        carry_open = bool(spans) and not spans[-1].closed
    return found


def _introduces_only(text: str, found: _Found, tokens: Sequence[tuple[str, int, int]]) -> bool:
    """Whether a sentence ending on a colon only introduces what follows it.

    `He told his Democratic audience, to rowdy applause:` names whom and how,
    `One big difference between Page and her neighbours, said Yeager:` what the
    quotation below is about (no verb in either), and the quotation below is what
    was said; `Trump said the council made three mistakes:` reports a clause of
    its own before its list.
    """
    if not tokens or tokens[-1][0] != ":":
        return False
    content = " ".join(text[a:b] for a, b in found.pieces)
    addressed = (found.cue or "").casefold() in _OBJECT_CUES or "," in content
    before_speaker = found.mention_at > found.end  # "CONTENT, said Yeager:"
    words = [w.strip(".,;:!?\"'“”’") for w in content.split()]
    return (addressed or before_speaker) and not any(_verb_like(w) for w in words)


def _continues_quotation(
    text: str,
    found: Sequence[_Found],
    paragraph_quotes: Sequence[_Found],
    spans: Sequence[_Span],
    paragraph: tuple[int, int],
    previous: tuple[int, int],
    last_sentence: int,
    interview: bool = False,
) -> bool:
    """Whether a paragraph that is one quotation goes on with the quote just before it.

    `"A," said Ana Ruiz.` then a paragraph `"B."` with no attribution: news
    copy gives a speaker's next paragraph without naming them again, so B is
    more of Ruiz's statement (the development corpus joins 36 such pairs and
    keeps 5 apart). The quote before must be direct, attributed, and in the
    last sentence of the paragraph before: after `Jones disagreed.` the
    quotation is Jones's, and no one's words are joined to Ruiz's. That
    paragraph must not end on a closing mark (`Ruiz said, "A."`): a quotation
    running on to the next paragraph leaves its closing mark out there (joined
    by the `carry_open` rule of `_find_all`), so a closed one has ended. The
    quotation must end on a stop: a line in marks without one (`"… prevent
    the evacuation of the camp"` under a video) is a caption or a pull quote.
    """
    if not found or len(paragraph_quotes) != 1 or len(spans) != 1:
        return False
    quote, before, span = paragraph_quotes[0], found[-1], spans[0]
    pstart, pend = paragraph
    closed_before = text[previous[0] : previous[1]].rstrip().endswith(tuple(_CLOSE))
    asked = _cued_as_asked(text, before)
    # an `interview` ('"Why now?" Furlong asked.' before): a question in a paragraph of
    # its own is the next turn, not more of the statement before it. In a transcript
    # (uncued quotations since the first question), where someone cut in right after an
    # uncued turn, a paragraph in marks after them is the next turn, not more of their
    # words (the count read last, only where the rest holds)
    transcript = (
        interview
        and len(found) >= 2
        and found[-2].type == "direct"
        and found[-2].mention is None
        and found[-2].paragraph >= before.paragraph - 1
        and _uncued_after_asking(text, found) >= _TRANSCRIPT_TURNS
    )
    question = text[span.start : span.end].rstrip().endswith("?")
    cut_off = _cut_off(text, before.end)  # '"... since he was in nappies —" he began.'
    # in an exchange, a short paragraph with words put to the one who just spoke ('"You
    # were standing four metres away."') or the asker's own ("my question") is the other
    # side's next turn
    retort = interview and (
        _answers_back(text[span.start : span.end]) or _PUTS_IT_TO_YOU.match(text, span.start)
    )
    return (
        not closed_before
        and not asked  # `"Will you run?" a reporter asked Ruiz.`: the answer is someone else's
        and not (interview and question)
        and not transcript
        and not retort
        and not cut_off
        and len(text[span.start : span.end].split()) >= _CONTINUATION_WORDS
        and quote.type == "direct"
        and quote.mention is None
        and span.closed
        and span.start - 1 == pstart
        and not text[span.end + 1 : pend].strip()
        and text[span.start : span.end].rstrip().endswith((".", "!", "?", "…"))
        and before.type == "direct"
        and before.mention is not None
        and before.paragraph == quote.paragraph - 1
        and max(before.end, before.mention_at) >= last_sentence
        # '"B." / NAME gave that warning on Monday', '"B." / That was how NAME described
        # it': the next sentence names its speaker
        and _GAVE_THOSE_WORDS.match(text, quote.end) is None
        and _NAMED_AFTER.match(text, quote.end) is None
    )


# Cues of a question put to someone, whose answer is someone else's words.
_ASKING_CUES = words("asking_cues")


_CUT_OFF_CUES = words("cut_off_cues")


def _cut_off(text: str, end: int) -> bool:
    """Whether the quotation ending at `end` (its closing mark) ends on a dash ("since he
    was in nappies —"): cut off or trailing off, it goes on in no next paragraph (who
    spoke next, `_CUT_OFF_CUES` tells)."""
    return text[max(0, end - 4) : end].rstrip().endswith(("—", "–", " -", "--"))


def _puts_it_to(text: str, f: _Found, paragraph: tuple[int, int]) -> bool:
    """Whether quote `f` is counsel's "put it to him that …" (a question put as a
    statement, whose answer is the witness's), not "as Ruiz put it"."""
    return (f.cue or "").casefold() in {"put", "puts"} and (
        _PUT_IT_TO.search(text, *paragraph) is not None
    )


_PUT_IT_TO = re.compile(r"\bputs? it to\b", re.IGNORECASE)


def _answers_back(quoted: str) -> bool:
    """Whether a short quotation in an exchange is the other side's answer back rather
    than more of the words before it: a sentence put to the one who just spoke ("You
    were standing four metres away.") or the asker's own ("That is not an answer to my
    question."). A longer one goes on with the statement ("You learn quickly that
    nothing moves without the council. It took me six months ..."), and so does a short
    one without such words ("Not before autumn," she answered. "The contractor starts in
    June.")."""
    return len(quoted.split()) <= RETORT_WORDS and _ANSWERS_BACK.search(quoted) is not None


RETORT_WORDS = 12  # an answer back in an exchange: a sentence or two of a line
# A sentence opening on "You" or "Your", or the asker's "my question".
_ANSWERS_BACK = re.compile(r"(?:\A|[.?!] )[\"“]?(?:You|Your)\b|\bmy question\b")
# Counsel's challenge opening a quotation: "I put it to you that ...".
_PUTS_IT_TO_YOU = re.compile(r"\s*[\"“]?I put it to you\b")
_QUESTION_OPENERS = words("question_openers")


def _uncued_after_asking(text: str, found: Sequence[_Found]) -> int:
    """How many direct quotations with no speaker named follow the first question cued
    as asked (the turns `_resolve_all` credits are counted there, as they are taken)."""
    asked = next((i for i, f in enumerate(found) if _cued_as_asked(text, f)), None)
    if asked is None:
        return 0
    return sum(1 for f in found[asked + 1 :] if f.type == "direct" and f.mention is None)


# Words a paragraph in marks needs to be read as more of the speaker's statement
# rather than a chant or a shout from someone else ("Lock her up!").
_CONTINUATION_WORDS = 6


def _unquoted(
    tokens: list[tuple[str, int, int]], spans: Sequence[_Span]
) -> list[tuple[str, int, int]]:
    """The tokens outside the quotations `spans` (marks included); all of them when the
    sentence quotes nothing, as most do."""
    if not spans:
        return tokens
    flags = _flags(tokens, [(s.start - 1, s.end + 1) for s in spans])
    return [t for t, f in zip(tokens, flags, strict=True) if not f]


def _only_opening_mark(text: str, start: int, end: int) -> bool:
    """A paragraph opening with a quotation mark and holding no other one."""
    return (
        end > start
        and text[start] in _OPEN
        and not any(c in _OPEN or c in _CLOSE for c in text[start + 1 : end])
    )


# "As for Lind, she said ...": the topic named before a pronoun subject is who it is.
_TOPIC = re.compile(r"As for ((?:[A-Z][\w.'’\-]*\s){0,3}[A-Z][\w'’\-]*),\s+(?:he|she)\b")


# "The village's mayor, also named Giovanni, is Giovanni Bruna, who ...": a
# definite description, then "is" or "was" and a full name closing the clause.
_COPULAR_NAME = re.compile(
    r"(?:The|Her|His|Their|[A-Z][\w\-]*['’]s)\s[^.;:\"“”]{1,80}?\s(?:is|was)\s+"
    r"((?:[A-Z][\w.'’\-]*\s){1,3}[A-Z][\w\-]*)(?=[,.;]|\s+(?:who|and)\b)"
)


# "The farmhouse now belongs to Tomasz Lis, a software developer who ...", "The last
# team was led by Chea Sophal, 44, who ...": a thing's sentence that brings in a
# person, described, after "by" or "to" in its first clause (not "The film follows
# NAME, played by NAME, an actress": the character is the subject's business).
_BROUGHT_IN = re.compile(
    r"(?:The|A|An|This|That|Its)\s[^.,;:\"“”]{1,80}?\s(?:by|to)\s+"
    r"((?:[A-Z][\w.'’\-]*\s){1,3}[A-Z][\w\-]*),\s+(?:\d{1,3},\s+)?(?:who\b|an?\s)"
)


def _topic(text: str, sstart: int, send: int) -> tuple[str, int] | None:
    """The name an "As for X, he ..." sentence opens with, as its subject; or the
    name a description is said to be ("The mayor is Giovanni Bruna, who ..."), or a
    thing's sentence brings in ("The farm belongs to Ana Ruiz, a nurse who ...")."""
    m = _TOPIC.match(text, sstart, send)
    if m:
        return m.group(1), m.start(1)
    m = _COPULAR_NAME.match(text, sstart, send)
    if m and person_name_in(m.group(1).split()) == m.group(1):
        return m.group(1), m.start(1)
    m = _BROUGHT_IN.match(text, sstart, send)
    if (
        m
        and name_in(m.group(1).split()) == m.group(1)
        # not "The club's owner said the shirt was signed by NAME, a former captain who"
        and not any(w in _CUES for w in text[m.start() : m.start(1)].split())
    ):
        return m.group(1), m.start(1)  # a person if the cast makes the name one
    return None


def _joined_clause_subject(
    sentence: list[tuple[str, int, int]], first: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The subject of a second main clause joined by ", and" or ", but" after the
    first clause's subject ("Others joined in, and the chair, Cllr Dan Roe, ordered
    the hall cleared"): the later of a sentence's two subjects, whom a "he said"
    in the next sentence most often means.

    Only a subject that opens its clause before any verb (not "and mocked him
    ... alongside Ana Roe") and has a verb after it (not a list's last name), owns
    nothing ("and Ana Roe's design ... achieves"), in a sentence that reports no
    one's words ("he testified, and Tim Lowe was armed"). None when there is no such
    clause.
    """
    if first is None or any(t[0] in _CUES for t in sentence):
        return None
    for k in range(len(sentence) - 2, 0, -1):
        if sentence[k][1] <= first[1]:
            return None
        if sentence[k][0] == "," and sentence[k + 1][0].casefold() in {"and", "but"}:
            second = _sentence_subject(sentence[k + 2 :])
            if second is None or second[1] <= first[1] or "'" in second[0] or "’" in second[0]:
                return None
            lead = [t[0] for t in sentence[k + 2 :] if t[1] < second[1]]
            if any(_verbal(w) for w in lead):
                return None
            # its own verb after it (not a list's last name: "picked Ben Ash, Carl Hay,
            # and Dan Roe for the final")
            end = second[1] + len(second[0])
            verb = next(
                (t[0] for t in sentence if t[1] >= end and t[0] != "," and not t[0].isdigit()),
                "",
            )  # past an appositive's comma and an age ("Nkem Eze, 19, played")
            return second if _verbal(verb) or finite(verb.casefold()) else None
    return None


def _passive_agent_subject(
    sentence: list[tuple[str, int, int]], subject: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The person a passive sentence about a thing brings in after "by" ("The models were
    built by Dr Lind's husband, Dr Omar Lind, a statistician"): the doer, whom the next
    quotation's "he" most often means. None when the subject is a name (a person's
    sentence is about them), when the passive is in what someone says ("The owner said
    the shirt had been signed by Aron Vale"), or when there is no such agent."""
    if subject is None or not subject[0].casefold().startswith(("the ", "a ", "an ")):
        return None
    if any(token[0] in _CUES for token in sentence):
        return None  # a report: its passive is the speaker's words, or the speaker's own
    for k in range(2, len(sentence) - 1):
        if (
            sentence[k][0] == "by"
            and sentence[k - 1][0].isalpha()
            and sentence[k - 1][0].islower()
            and sentence[k - 2][0].casefold() in PASSIVE_BE
            and sentence[k + 1][0][:1].isupper()
        ):
            agent = _subject_after(sentence, k)
            # a person's name (not "the Northfield Bakers' Cooperative")
            named = agent is not None and person_name_in(agent[0].split()) is not None
            return agent if named else None
    return None


def _verbal(word: str) -> bool:
    """A verb form by its shape or the verb lists, a negated auxiliary too ("wasn't")."""
    return _verb_like(word) or _verbish(word) or word.casefold().endswith("n't")


def _credited(
    tokens: list[tuple[str, int, int]], paragraph: int, subjects: list[tuple[int, str, int]]
) -> None:
    """A name credited at the end of a sentence that yields no quote counts as its subject.

    "With its small fleet, the port may close first, Ruiz said." gives no
    quote (the opening phrase hides where the report starts), but Ruiz is who
    spoke last: a "he said" in the next paragraph means Ruiz, not a speaker
    quoted before. `tokens` are the sentence's.
    """
    commas = [i for i, t in enumerate(tokens) if t[0] == ","]
    tail = tokens[commas[-1] + 1 :] if commas else []
    if not 2 <= len(tail) <= 8:
        return  # only a closing ", X said." (not "when X asked whether ...")
    attribution = _find_attribution(tail)
    if attribution is None:
        return
    mention, at, _, _ = attribution
    if mention[:1].isupper() and mention.casefold() not in PRONOUNS:
        subjects.append((at, mention, paragraph))
        subjects.sort()


def _names_speaker(text: str, spans: Sequence[tuple[int, int]], mention: str | None) -> bool:
    """Whether the sentences name the speaker (then they are about them, not their words)."""
    words = [w for w in (mention or "").split() if w[:1].isupper()]
    if not words:
        return True
    return any(re.search(r"\b" + re.escape(words[-1]) + r"\b", text[a:b]) for a, b in spans)


def _lead_in(
    text_tokens: TextTokens, sentence: tuple[int, int] | None, spans: Sequence[_Span]
) -> tuple[str, int, str] | None:
    """The attribution of a paragraph that ends with a colon outside any quotation.

    "Reporter Jane Roe says:", "The Times confirmed it, reporting:" or "Transcript
    as follows:" introduce the quotation paragraph below: (mention, offset, cue).
    """
    if sentence is None:
        return None
    sstart, send = sentence
    body = text_tokens.text[sstart:send].rstrip()
    if not body.endswith(":") or any(s.end >= sstart + len(body) - 1 for s in spans):
        return None
    tokens = text_tokens.between(sstart, sstart + len(body))
    plain = _unquoted(tokens, spans)
    attribution = _find_attribution(plain, sentence=plain, last=True)
    if attribution is None:
        return None
    mention, at, cue, _ = attribution
    return mention, at, cue


def _quoted_sentence(
    text_tokens: TextTokens,
    sstart: int,
    send: int,
    whole: list[tuple[str, int, int]],
    spans: list[_Span],
    paragraph: int,
    interview: bool = False,
) -> list[_Found]:
    """Quotes of one sentence that contains quotation marks (`whole`: its tokens).

    Quotations that form whole clauses are direct and share the sentence's
    attribution; a quoted fragment inside a clause makes that clause a mixed
    quote, attributed by the cue before it. In an `interview` (a question cued as
    asked before), a short question alone in its paragraph is a turn.
    """
    text = text_tokens.text
    frame_tokens: list[tuple[str, int, int]] = []
    pos = sstart
    direct: list[_Span] = []
    embedded: list[_Span] = []
    for s in spans:
        frame_tokens.extend(text_tokens.between(pos, s.start - 1))
        lead = text[sstart : s.start - 1].rstrip()
        opens_clause = not lead or lead[-1] in ",:;—–-(" or lead.endswith("...")
        first = text[s.start : s.end].lstrip()[:1]
        continues = bool(direct) and (
            _is_attribution_between(text, direct[-1].end, s.start - 1)
            or _interrupted_quotation(text, direct[-1], s)
        )
        if not continues and (
            not opens_clause or (lead and lead[-1] in ",;—–-(" and not first.isupper())
        ):
            embedded.append(s)
            inner = text[s.start : s.end].rstrip()
            if inner.endswith(","):
                # `... better at "smaller schools," Tarrant said:`: the comma the
                # quotation closes on still ends the clause around it, so the
                # words before and after it do not join into one phrase
                at = s.start + len(inner) - 1
                frame_tokens.append((",", at, at + 1))
        else:
            direct.append(s)
        pos = s.end + (1 if s.closed else 0)
    frame_tokens.extend(text_tokens.between(pos, send))
    out: list[_Found] = []
    if direct:
        attribution = _direct_attribution(frame_tokens, direct)
        words = sum(len(text[s.start : s.end].split()) for s in direct)
        turn = interview and _question_turn(text, direct)
        if words >= _MIN_QUOTE_WORDS or attribution is not None or turn:
            groups = _direct_groups(text, direct)
            if attribution is not None and attribution[1] < direct[0].start:
                groups = _split_introduced(text, frame_tokens, groups, attribution)
            for i, group in enumerate(groups):
                pieces = [(s.start, _trim_inner(text, s.start, s.end)) for s in group]
                own = attribution
                if i > 0:
                    own = _introduced_by(text, frame_tokens, groups[i - 1][-1], group[0]) or own
                if own is None:
                    out.append(_Found(pieces, "direct", None, sstart, None, paragraph))
                else:
                    mention, at, cue, _ = own
                    out.append(_Found(pieces, "direct", mention, at, cue, paragraph))
    if embedded:
        region = max([sstart] + [d.end for d in direct if d.end < embedded[0].start])
        out.extend(_mixed_quotes(text, region, send, embedded, whole, paragraph))
    return sorted(out, key=lambda f: f.start)


# Words of a first quotation short enough to be a sentence broken after its subject.
_UNFINISHED_WORDS = 3


def _introduced_by(
    text: str, frame: list[tuple[str, int, int]], before: _Span, quotation: _Span
) -> tuple[str, int, str, int] | None:
    """The attribution that introduces a later quotation of a sentence, if its own.

    `"A," Cruz said as the heckler yelled: "B!"`: the words between the two
    quotations end on a second cue with a subject of its own, which is who
    says B. A frame ending on a colon or a comma introduces what follows, unless
    a short first quotation goes on in lower case after it.
    """
    between = [t for t in frame if before.end <= t[1] < quotation.start]
    if len(between) < 3 or between[-1][0] not in {":", ","}:
        return None
    unfinished = len(text[before.start : before.end].split()) <= _UNFINISHED_WORDS
    continues = not text[quotation.start : quotation.end].lstrip()[:1].isupper()
    if between[-1][0] == "," and unfinished and continues:
        # `"The city," Ruiz said, and Diaz agreed, "cannot afford it."`: one quotation
        # broken after its subject; `"The city can pay," Ruiz said, and Diaz replied,
        # "not without new taxes."` is Diaz's
        return None
    found = _find_attribution(between[:-1], sentence=frame, last=True)
    if found is None or found[3] == 0:
        return None
    return found


def _split_introduced(
    text: str,
    frame: list[tuple[str, int, int]],
    groups: list[list[_Span]],
    attribution: tuple[str, int, str, int],
) -> list[list[_Span]]:
    """Groups split where someone else's cue introduces the next quotation, when the
    sentence's attribution opens its first one: `Clinton responded, "A?" Mills then
    writes back, "B."` is two quotes, not one of Clinton's in two pieces."""
    out: list[list[_Span]] = []
    for group in groups:
        out.append([group[0]])
        for prev, s in pairwise(group):
            other = _introduced_by(text, frame, prev, s)
            # a pronoun ('Fallon fired back: "A," he wrote, "B."') goes on with the speaker
            if other is not None and other[0] != attribution[0] and other[0] not in PRONOUNS:
                out.append([s])
            else:
                out[-1].append(s)
    return out


def _direct_groups(text: str, direct: list[_Span]) -> list[list[_Span]]:
    """A sentence's direct quotations, split where a second cue introduces the next one.

    `"A," she said, adding, "B."` reports two statements, each with its own cue
    ("said", "adding"), so A and B are two quotes of the same speaker;
    `"A," she said, "B."` is one quote in two pieces.
    """
    groups = [[direct[0]]]
    for prev, s in pairwise(direct):
        if _second_cue(text, prev.end + (1 if prev.closed else 0), s.start - 1):
            groups.append([s])
        else:
            groups[-1].append(s)
    return groups


def _is_attribution_between(text: str, start: int, end: int) -> bool:
    """True for a short `, she said,` between two pieces of one quotation."""
    between = tokenize(text[start:end])
    words = [t[0] for t in between if t[0] not in {",", "”", '"', "“"}]
    return (
        0 < len(words) <= 8
        and any(w in _CUES for w in words)
        and text[start:end].rstrip(" \u00a0").endswith(",")
    )


def _interrupted_quotation(text: str, first: _Span, second: _Span) -> bool:
    """True for one quotation broken by its attribution and a phrase about it:
    `"I was cooking," Williams said about the call, "and I hope ..."`.

    The first piece stops on a comma inside its marks and the second goes on in
    lower case, so neither is a sentence of its own, and does not open with a verb
    (another subject's: `..., but her rival, Ben Ruiz, "is not worried"`) unless
    the first piece is its subject (`"This accord," said ..., "was signed ..."`). The
    words between open with the attribution (a cue among their first four words,
    and no ", but" or ", and" after it opening another clause) or end with its
    cue (`Kaplan, a collector of rare decks, says,`), hold no other cue and no
    "that" (`she said, adding that it "was ..."` reports a clause, a mixed quote),
    and end on a comma.
    """
    if not first.closed or not text[first.start : first.end].rstrip().endswith(","):
        return False
    opening = text[second.start : second.end].lstrip()[:1]
    between = text[first.end + 1 : second.start - 1]
    if not opening.islower() or not between.rstrip(" \u00a0").endswith(","):
        return False
    tokens = [t[0] for t in tokenize(between)]
    words = [w for w in tokens if w[:1].isalnum()]
    cues = [i for i, w in enumerate(words) if w in _CUES]
    if len(words) > _INTERRUPTION_WORDS or len(cues) != 1 or "that" in map(str.casefold, words):
        return False
    if _verbish(text[second.start : second.end].split()[0].strip(",.")) and not _subject_only(
        text[first.start : first.end]
    ):
        return False  # `..., but her rival, Ben Ruiz, "is not worried"`: another subject's
    if cues[0] == len(words) - 1:
        return True  # `Kaplan, a collector of rare cards, says,`
    # after the cue, a phrase about the saying; a comma and a conjunction open a new clause
    clause = any(
        a == "," and b.casefold() in _CONJUNCTIONS | _SUBORDINATORS for a, b in pairwise(tokens)
    )
    return cues[0] < 4 and not clause


def _subject_only(quoted: str) -> bool:
    """A quotation of a few words with no verb (`"This accord,"`, `"Mathematics,"`):
    the subject of the quotation's verb after the attribution, not a clause."""
    words = [w.strip(",.").casefold() for w in quoted.strip(' ,"“”').split()]
    return 0 < len(words) <= _SUBJECT_WORDS and not any(
        _verbish(w) or w in _CLAUSE_MARKERS for w in words
    )


_SUBJECT_WORDS = 4
# Words that make a few quoted words a clause of their own ("I am fine", "we won").
_CLAUSE_MARKERS = frozenset({"i", "we", "you", "he", "she", "they", "am", "is", "are", "was"})


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
    wept = _wept_after(after)
    if wept is not None and (found is None or wept[1] < found[1]):
        # '"...," he sings, before Ana Ruiz answers: "..."': the nearer verb is his
        found = wept
    before = [t for t in frame if t[1] < direct[0].start]
    # The cue that opens the first quotation says it when the attribution after it
    # opens the next one (`Clinton responded, "A?" Mills then writes back, "B."`) or
    # only records it (`One of the gunmen said, "...," according to the report`).
    opens_next = found is not None and len(direct) > 1 and _introduces(after, found[3], direct[1])
    if opens_next or (found is not None and found[2] == "according to"):
        own = _find_attribution(before, sentence=frame, last=True)
        outer = {"according to"} if opens_next else {"according to", ":"}
        if own is not None and own[2] not in outer and _cue_ends(before, own[3]):
            return own
    if found is not None:
        return found
    return (
        _relayed_source(before)
        or _find_attribution(before, sentence=frame, last=True)
        or _cut_attribution(after)
    )


def _relayed_source(before: list[tuple[str, int, int]]) -> tuple[str, int, str, int] | None:
    """Whose words someone reads out or shares before a colon: `Begum-Shah read out a
    message from a constituent who swims in the river: "..."` is the constituent's,
    `... shared a letter from Tom Hale:` Tom Hale's; the reader only carries them.
    A relaying verb, "out" or "aloud" at most, a determiner at most, a noun of
    something written (data/document_nouns.txt), "from", then the source to the colon.
    """
    if len(before) < 5 or before[-1][0] != ":":
        return None
    for k in range(len(before) - 5, -1, -1):
        if before[k][0] not in _RELAYING:
            continue
        if k > 0 and before[k - 1][0].casefold() == "having":
            return None  # "Having read a letter from X, Ann Cole said:": read, then spoke
        at = k + 1
        if before[at][0] in {"out", "aloud"}:
            at += 1
        if before[at][0].casefold() in _DETERMINERS | _POSSESSIVES:
            at += 1
        if (
            at + 2 < len(before) - 1
            and before[at][0].casefold() in _DOCUMENT_NOUNS
            and before[at + 1][0] == "from"
        ):
            source = list(takewhile(lambda t: t[0] != ",", before[at + 2 : -1]))
            if not _can_write(source):
                return None  # "a note from her hospital bed", "a message from Paris"
            # "a letter from Tom Hale, a farmer:": the name before its appositive
            return join_tokens(source), source[0][1], before[k][0], k
        return None
    return None


def _can_write(source: list[tuple[str, int, int]]) -> bool:
    """Whether the words after "a message from" name someone who writes: a full name
    ("Tom Hale"), a body's name, or a description of a person or a group ("a
    constituent who swims in the river", "the family"); not a place or a time."""
    words_ = [t[0] for t in source]
    if not words_:
        return False
    if words_[0].casefold() in _DETERMINERS | _POSSESSIVES:
        head = _head_words(" ".join(words_))
        return len(head) > 1 and head[-1].casefold() in _WRITERS
    name = " ".join(words_)
    return len(words_) > 1 and (person_name_in(words_) == name or names_a_body(name))


_RELAYING = words("relaying_verbs")


def _introduces(after: list[tuple[str, int, int]], cue: int, quotation: _Span) -> bool:
    """Whether the cue at token `cue` of the words after a quotation ends right before
    the next quotation: it opens that one ("writes back,", "added later:" before it)."""
    if cue >= len(after) or after[cue][1] >= quotation.start:
        return False
    rest = [t[0] for t in after[cue + 1 :] if t[1] < quotation.start]
    return _opens_quotation(rest, 2, lambda w: w.isalpha() and w.islower(), comma=True)


def _cue_ends(before: list[tuple[str, int, int]], cue: int) -> bool:
    """Whether the cue at token `cue` ends the words before a quotation (`X said,
    "..."`, `X replied to Mills with, "..."`)."""
    rest = [t[0] for t in before[cue + 1 :]]
    return _opens_quotation(
        rest, _CUE_PHRASE_WORDS, lambda w: w.isalnum() and not _verb_like(w), comma=False
    )


def _opens_quotation(rest: list[str], most: int, word_ok, comma: bool) -> bool:
    """Whether the tokens after a cue lead straight to a quotation: at most `most`
    words that `word_ok` accepts, then a comma or a colon (needed with `comma`, or
    after any word) and nothing but the opening mark."""
    words = list(takewhile(word_ok, rest))
    marks = rest[len(words) :]
    punctuated = bool(marks) and marks[0] in {",", ":"}
    return (
        len(words) <= most
        and (punctuated or not (words or comma))
        and all(w in {",", ":"} or w in _OPEN for w in marks)
    )


# Words between a cue and the comma before its quotation at most ("to Mills with").
_CUE_PHRASE_WORDS = 4


# Words of a name and its description before a feed summary's cut at most.
_CUT_REACH = 14


def _cut_attribution(after: list[tuple[str, int, int]]) -> tuple[str, int, str, int] | None:
    """The speaker named right after a quotation where a summary was cut off.

    Feeds cut their summaries mid-sentence: `"...," Treasury Secretary Janet
    Yellen...` or `"...," Sen. Cory Booker, a New Jersey Democrat who joined
    in reform talks for…` lost the cue, not the name. Only a personal name
    (a census first name or a title before it, up to three lower-case role words
    before that) that opens the words after the quotation, when those words end
    the sentence on an ellipsis.
    """
    stop = len(after)
    while stop > 0 and after[stop - 1][0] in {".", "…"}:
        stop -= 1
    cut = "".join(t[0] for t in after[stop:])
    if stop == 0 or stop > _CUT_REACH or cut not in {"...", "…"}:
        return None
    words = after[:stop]
    end = next((i for i, t in enumerate(words) if t[0] == ","), len(words))
    found = _np_ending_at(words, end - 1) if end > 0 else None
    if found is None or person_name_in(found[0].split()) is None:
        return None
    # lower-case role words may stand before the name ("union leader Sam Ortiz...")
    lead = [t[0] for t in words if t[1] < found[1]]
    if len(lead) > 3 or not all(w.isalpha() and w.islower() and not _verb_like(w) for w in lead):
        return None
    return found[0], found[1], "…", 0


_WEPT_REACH = 8  # tokens from the quotation to such a verb at most


def _wept_after(after: list[tuple[str, int, int]]) -> tuple[str, int, str, int] | None:
    """'"...," his mother wept.': a verb of `data/after_quote_cues.txt` right after
    the quotation, its subject alone between them (or right after the verb),
    reports what was said."""
    words_after = [t for t in after if t[0] not in _OPEN + _CLOSE]
    while words_after and words_after[0][0] == ",":
        words_after = words_after[1:]
    for k, (tok, _, _) in enumerate(words_after[:_WEPT_REACH]):
        if tok in _AFTER_QUOTE_CUES:
            subject = words_after[:k]
            if any(t[0].casefold() in _CONJUNCTIONS for t in subject):
                return None  # '..., and the crowd wept': a clause of its own
            # '"...," screamed a woman in the crowd': the subject after the verb
            found = _subject_before(words_after, k) if k else _subject_after(words_after, 0)
            return (found[0], found[1], tok, k) if found is not None else None
    return None


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
            k = _outer_cue(toks, quoted, cues[: at - 1], k)
            k = _coordinated_report(toks, quoted, cues[: cues.index(k)], k, f[0])
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
            source = _parenthetical_source(toks, k, members[0][0])
            if found is not None and source is not None:
                # "Climate change, according to X, an agronomist, is "...": X's words
                found.mention, found.mention_at, found.cue = source[0], source[1], "according to"
        if found is not None:
            out.append(found)
            floor = max(
                floor, next((i for i, t in enumerate(toks) if t[1] >= found.end), len(toks))
            )
    return out


def _outer_cue(toks, quoted, earlier: list[int], k: int) -> int:
    """`Trump said Duterte's comments showed "..."`: the say-cue that reports the clause.

    PolNeAR credits a nested report to its outer source; each inner cue must
    follow the one outside it within the same clause (no punctuation between),
    and the chain is followed outwards (`Obama said he expected that Americans
    will say "no"`: Obama's).
    """
    outer, inner = k, k
    for c in reversed(earlier):
        # (further back for a cue whose object and settings lead to its "that", when the
        # clause's own cue has its subject right after it: `told a briefing at the hospital
        # on Thursday that laboratory tests had confirmed "..."`)
        # (or for a second "that" clause of the same report: `argued that his client had
        # kept the books ... and that the deacons had agreed to "..."`)
        that = far_that(toks, c + 2, c + 1 + OBJECT_THAT_REACH)
        start = _subject_start(toks, inner)
        long_object = (
            that is not None
            and start is not None
            and that <= start <= that + THAT_SUBJECT_REACH
            # (the clause's subject, no second clause's: "that the plan was dead and the
            # mayor later said")
            and not any(
                t[0].casefold() in CLAUSE_JOINERS | _SUBORDINATORS | {"who", "which"}
                or not t[0][:1].isalnum()
                for t in toks[that + 1 : start]
            )
        )
        reach = (
            OUTER_THAT_REACH
            if long_object or (start is not None and _joined_that_clause(toks, start))
            else OUTER_REACH
        )
        if not (
            0 < inner - c <= reach
            and not any(quoted[c : inner + 1])
            and not any(t[0] in {",", ";", ":", "—", "–", "(", ")"} for t in toks[c + 1 : inner])
        ) or _coordinated_subject(toks, c, inner):
            break
        # (a say-verb, or a verb's past reporting a "that" clause whose own verb is no
        # plain speech verb: "countered that people had complained "..."", not a noun's
        # "reports that", nor "complained that her landlord told her", whose words are
        # the landlord's, nor "recalled that morning when the foreman told ...")
        reports = toks[c][0] in _SAY or (
            toks[c][0] in _CLAUSE_CUES
            and toks[c][0].endswith("ed")
            and toks[c + 1][0].casefold() == "that"
            and toks[inner][0].casefold() not in _SAY_CUES
            # (its subject right after "that": not "recalled that once the inspectors
            # warned", "that the day the inspectors warned", a clause of time first)
            and _subject_start(toks, inner) in (c + 1, c + 2)
        )
        if reports and _subject_before(toks, c) is not None:
            outer = c
        inner = c
    return outer


OUTER_REACH = 12  # tokens from a reporting cue to the cue of the clause it reports
OUTER_THAT_REACH = 24  # ... when the reporting cue's long object leads to its "that"
THAT_SUBJECT_REACH = 4  # tokens from that "that" to the reported clause's subject, at most


def _joined_that_clause(toks, start: int) -> bool:
    """Whether the subject opening at token `start` opens a "that" clause joined to one
    before it ("... and that the deacons had agreed"): the clause goes on reporting."""
    at = start if toks[start][0].casefold() == "that" else start - 1
    return (
        at > 0 and toks[at][0].casefold() == "that" and toks[at - 1][0].casefold() in CLAUSE_JOINERS
    )


def _subject_start(toks, k: int) -> int | None:
    """The index of the first token of the subject of the cue at token k, else None."""
    subject = _subject_before(toks, k)
    if subject is None:
        return None
    return next((i for i in range(k - 1, -1, -1) if toks[i][1] == subject[1]), None)


def _coordinated_subject(toks, c: int, k: int) -> bool:
    """Whether the speech verb at token k, the report's own verb at token c again, has a
    subject of its own opened by a conjunction, after a clause of the report (`its
    supporters said it would save money and its opponents said it would "..."`): a
    second report beside the first, not one inside it ("Ruiz said she phoned the
    hospital and a nurse told her ..." is Ruiz's). Not a pronoun ("Hill said he had
    warned the club and he said ...": his own words go on), nor a subject of two names
    joined ("Ruiz said Tom Hill and Ana Okafor said ...": no verb before the
    conjunction)."""
    if toks[k][0].casefold() != toks[c][0].casefold():
        return False
    opens = c + 2 if c + 2 < len(toks) and toks[c + 1][0].casefold() == "that" else c + 1
    if opens < len(toks) and toks[opens][0].casefold() in _SUBJECT_PRONOUNS:
        return False  # "Ruiz said she phoned ... and a nurse said ...": her own account
    at = _subject_start(toks, k)
    return (
        at is not None
        and at > 0
        and toks[at][0].casefold() not in _SUBJECT_PRONOUNS
        and toks[at - 1][0].casefold() in CLAUSE_JOINERS
        and any(_verb_like(t[0]) for t in toks[c + 1 : at - 1])
    )


def _coordinated_report(toks, quoted, earlier: list[int], k: int, fragment: int) -> int:
    """`X wrote that members had reported threats and that many more "pay in silence"`:
    the fragment stands in a second "that" clause, joined by "and" to the first, whose
    cue is X's; the cue inside the first clause (k) reports something else. The say-cue
    whose "that" opens the first clause, with no stop between, else k."""
    joined = any(
        toks[i][0].casefold() in {"and", "or"} and toks[i + 1][0].casefold() == "that"
        for i in range(k + 1, fragment - 1)
        if not quoted[i] and not quoted[i + 1]
    )
    if not joined:
        return k
    for c in reversed(earlier):
        between = toks[c + 1 : k]
        if (
            k - c > _COORDINATED_REACH
            or any(quoted[c : k + 1])
            or any(t[0] in {",", ";", ":", "(", ")"} for t in between)
        ):
            return k  # (a comma: "who said that ..., told reporters": another clause)
        if (
            toks[c][0] in _SAY
            and any(t[0].casefold() == "that" for t in between)
            and _subject_before(toks, c) is not None
        ):
            return c
    return k


_COORDINATED_REACH = 30  # tokens from a say-cue to a cue inside its "that" clause


def _parenthetical_source(toks, k: int | None, fragment: int) -> tuple[str, int] | None:
    """The source of a mid-sentence ", according to X, ..." that a quoted fragment
    (starting at token `fragment`) follows in the sentence's main clause, or None."""
    if k is None or k == 0 or toks[k][0].casefold() != "according" or toks[k - 1][0] != ",":
        return None
    rest = _after_parenthetical_source(toks, k)
    if rest is None or rest > fragment:
        return None
    return _subject_after(toks, k + 1)


def _name_after_source(
    toks: list[tuple[str, int, int]], at: int, source: str | None
) -> tuple[str, int, int] | None:
    """The name set off by commas at token `at` after an "according to" source that
    describes one person ("her co-author", "the mayor"): (the name, its offset, the
    token after its comma); None when the source is a name or a group, or no name
    closed by a comma and followed by words stands there ("Ana Ruiz, 45, was")."""
    if not source or (
        source[:1].isupper() and source.split()[0].casefold() not in _DETERMINERS | _POSSESSIVES
    ):
        return None  # a name ("According to Ana Ruiz, ..."), not "Her co-author"
    if not _one_persons_noun(source.split()[-1].split("-")[-1]):  # "co-author": an author
        return None
    end = at
    while end < len(toks) and end < at + 5 and toks[end][0][:1].isupper():
        end += 1
    words = [t[0] for t in toks[at:end]]
    if (
        end - at < 2
        or end + 1 >= len(toks)
        or toks[end][0] != ","
        or not toks[end + 1][0][:1].isalpha()
        or name_in(words) != " ".join(words)
    ):
        return None
    return " ".join(words), toks[at][1], end + 1


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
        named = _name_after_source(toks, begin_i, mention)
        if named is not None:
            # "According to her co-author, Ana Ruiz, the frog ...": the one person the
            # source describes, named; what was said opens after the name
            mention, at, begin_i = named
        elif subject and begin_i < len(toks) and toks[begin_i][1] == at:
            # "According to the mayor, Ana Ruiz, the plan ...": the source read as the
            # name already; what was said opens after it and its comma
            after = begin_i + len(mention.split())
            if after < len(toks) and toks[after][0] == ",":
                begin_i = after + 1
        cue = "according to"
    else:
        plain = [t for t, q in zip(toks, quoted, strict=True) if not q]
        subject = _cue_subject(toks, k, plain)
        if subject is None and (k > 0 or cue.islower()):  # not an opening participle's
            words = sum(len(text[s.start : s.end].split()) for _, _, s in members)
            if k > 0 and toks[k - 1][0] == "," and words < _MIN_QUOTE_WORDS:
                return None  # "the plan, dubbed the "green deal" by critics": a label
            subject = _sentence_subject(plain)
        mention, at = subject if subject else (None, toks[k][1])
        begin_i = _content_start(toks, k)
    if begin_i >= len(toks):
        return None
    if (
        begin_i + 1 < len(toks)
        and toks[begin_i][0].casefold() in _CUE_PARTICLES
        and quoted[begin_i + 1]
    ):
        begin_i += 1  # "called out "Liar!"": the particle is the cue's
    begin = min(toks[begin_i][1], first_open)
    end = _clause_stop(text, toks, quoted, last_i, limit, send)
    if quoted[begin_i] and _next_act(toks, last_i):
        # `called out "Liar!" and was led from the courtroom`: the quotation is the
        # cue's object, what follows the speaker's next act
        end = min(end, toks[last_i][2])
    end = min(end, _embedded_report_end(text, toks, quoted, k, last_i))
    if k == 0 and cue[:1].isupper() and mention is not None and begin < at < end:
        # an opening participle's clause ends at its comma, before the main clause
        comma = clause_comma(toks[begin_i:])
        main = begin_i + comma + 1 if comma is not None else len(toks)
        while main < len(toks) and toks[main][0] in _CLOSE:
            main += 1
        end = min(at, toks[main][1]) if main < len(toks) else at
    closing = _second_attribution(toks, begin_i)  # `..., according to charging documents`
    after = range(closing + 1, len(toks))
    if (
        closing
        and toks[closing][1] < end
        and not any(quoted[i] and toks[i][0] not in _CLOSE for i in after)
    ):
        # the comma may close the quotation (`boy," according to`): keep its mark
        end = toks[closing + 1][2] if toks[closing + 1][0] in _CLOSE else toks[closing][1]
    if end <= begin:
        return None
    return _Found([(begin, _trim_end(text, begin, end))], "mixed", mention, at, cue, paragraph)


# Particles of a phrasal speech verb right before its quotation ("called out").
_CUE_PARTICLES = frozenset({"out", "aloud", "back", "up"})
# Words that open the speaker's next act right after a quotation that is the cue's
# object ("shouted "Liar!" and was led away", "... before walking out").
_NEXT_ACT = frozenset({"and", "before", "after"})
_ACT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "his", "her", "their"})


def _next_act(toks, last_i: int) -> bool:
    """Whether the words after the quotation ending at token `last_i` open another act
    of its speaker: "and" before a verb ("and was led"), "before" or "after" before a
    gerund or a pronoun ("before walking out", "before she was led away"); not a
    report going on ("and that", "and would"), a second thing said ("and staff
    shortages had forced it") nor a condition of what is said ("as long as ...")."""
    if last_i + 1 >= len(toks) or toks[last_i + 1][0].casefold() not in _NEXT_ACT:
        return False
    following = toks[last_i + 2][0] if last_i + 2 < len(toks) else ""
    low = following.casefold()
    if low in _REPORT_GOES_ON:
        return False
    after = toks[last_i + 3][0] if last_i + 3 < len(toks) else ""
    if toks[last_i + 1][0].casefold() == "and":
        # "and was led", "and sang", "and swears Latinos love him" (a verb in "-s" before a
        # name, a pronoun or "that"; not "and costs rose")
        present = low.endswith("s") and (
            after[:1].isupper() or after.casefold() in PRONOUNS or after == "that"
        )
        return following.islower() and (
            finite(following) or _verb_like(following) or low in _PAST_TENSES or present
        )
    # "before walking out", "before optimistically predicting", "before she was led away"
    gerund = low.endswith("ing") or (low.endswith("ly") and after.endswith("ing"))
    return gerund or low in _ACT_PRONOUNS


def _mixed_before_cue(text, toks, quoted, cues, floor, members, limit, paragraph):
    """`... "fragment," X said`: content from the clause start to the attribution."""
    last_i = members[-1][1]
    after = [c for c in cues if last_i < c < min(limit, last_i + _CUE_REACH)]
    inner = text[members[-1][2].start : members[-1][2].end].rstrip()
    fragment_comma = inner.endswith(",")
    cue_before = any(floor <= c < members[0][0] for c in cues)
    if not after and fragment_comma and not cue_before:
        after = _cue_after_long_subject(toks, cues, last_i, last_i + _CUE_REACH, limit)
    gap = toks[last_i + 1 : after[0]] if after else []
    # `Long "had nothing to do with it." said Ana Ruiz`: a stop closing the fragment,
    # the cue right after it
    stop_then_cue = bool(after) and after[0] == last_i + 1 and inner.endswith((".", "!", "?"))
    end_i = last_i
    if after and (fragment_comma or stop_then_cue or (gap and gap[0][0] == ",")):
        if cue_before and any(t[0].casefold() in _CONJUNCTIONS | _SUBORDINATORS for t in gap):
            return None  # `X said ... "frag," while Y agreed`: X's clause, Y's is another
        k = after[0]
    elif toks[floor][0].casefold() in _SUBORDINATORS and cue_before:
        return None  # "While X said ... "fragment" and more, he said": X's clause
    else:
        # "... "fragment" more words, Gilberthorpe said."
        # "... "fragment," Howard Dean, the former governor of Vermont, proclaimed":
        # the content ends at the first comma, the subject may carry an appositive
        k = -1
        first_comma = last_i + 1 if fragment_comma else None  # token after it when inside
        for i in range(last_i + 1, min(limit, len(toks))):
            if quoted[i] or toks[i][0] == ";" or (toks[i][0] == "." and not _decimal(toks, i)):
                break
            if toks[i][0] == ",":
                if first_comma is None:
                    first_comma = i
                elif i - first_comma > 16:
                    break
                near = [c for c in cues if i < c <= i + 5]
                if not near and not cue_before:
                    near = _cue_after_long_subject(toks, cues, i, i + 6, limit)
                if near and _next_clause_cue(toks, cues, floor, members[0][0], i):
                    return None  # `X said ... "fragment" ..., and Y said`: X's clause
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
    if subject[1] <= toks[end_i][1]:
        return None  # the subject stands inside the content ("an attack on Trump, who said")
    end = toks[end_i][2]
    pieces = [(begin, _trim_end(text, begin, end))]
    opens = floor < len(toks) and toks[floor][0].casefold() in _SUBORDINATORS
    rest = _after_parenthetical_attribution(toks, k, opens) if cue != "according to" else None
    if rest is not None and not any(quoted[rest:limit]):
        # `While some carry two phones, and "we love you for that," Cook said, most do
        # ...`: the sentence goes on after the attribution, and is the report's too
        stop = _clause_stop(text, toks, quoted, rest, limit, toks[-1][2])
        if stop > toks[rest][1]:
            pieces.append((toks[rest][1], _trim_end(text, toks[rest][1], stop)))
    return _Found(pieces, "mixed", subject[0], subject[1], cue, paragraph)


# Tokens from a quoted fragment to the cue after it: a subject of a few words.
_CUE_REACH = 8
# ... or a longer one, a name with a role before it ("top U.S. infectious disease
# expert Dr. Anthony Fauci said"), when nothing between is a verb or a stop.
_LONG_SUBJECT_REACH = 16


def _cue_after_long_subject(toks, cues, last_i: int, nearest: int, limit: int) -> list[int]:
    """The cue after token `last_i` (a comma, or a fragment closed by one) when a long
    subject stands between; cues before token `nearest` were looked at already.

    `... "things are going to get worse," top U.S. infectious disease expert Dr.
    Anthony Fauci said`: the words between are the subject's name and the role
    before it, with no verb, comma or mark among them (`..."worse," as the
    variant fuels a surge, Fauci said` is another clause).
    """
    reach = min(limit, last_i + _LONG_SUBJECT_REACH, len(toks))
    for c in cues:
        if not nearest <= c < reach or toks[c][0].casefold() == "according":
            continue
        subject = _subject_before(toks, c)
        if subject is None or not subject[0][:1].isupper():
            return []
        start = next((i for i in range(c - 1, last_i, -1) if toks[i][1] == subject[1]), None)
        if start is None:
            return []  # the subject reaches back past the fragment
        role = [t[0] for t in toks[last_i + 1 : start] if t[0] not in _CLOSE]
        if all(w[:1].isalnum() and not _verb_like(w) and w not in _NOT_ROLE for w in role):
            return [c]
        return []
    return []


# Words that open another clause or phrase, never part of a role before a name
# (`... "cycle," while Sen. Ann Cole and Rep. Ray Moss suggested`).
_NOT_ROLE = _CONJUNCTIONS | _SUBORDINATORS | _PREPOSITIONS


def _decimal(toks, i: int) -> bool:
    """Whether the full stop at token i is a decimal point ("$1.2 trillion")."""
    return (
        0 < i < len(toks) - 1
        and toks[i - 1][0].isdigit()
        and toks[i + 1][0].isdigit()
        and toks[i - 1][2] == toks[i][1]
        and toks[i][2] == toks[i + 1][1]
    )


def _next_clause_cue(toks, cues, floor: int, first: int, comma: int) -> bool:
    """`Police said the teens were "self-admitted" gang members, and Orozco said ...`:
    a cue already reports the fragment's clause (one stands between the clause start and
    the fragment), and the comma after it opens a new clause ("and", "but"), so the
    next cue is that clause's own."""
    opens = comma + 1 < len(toks) and toks[comma + 1][0].casefold() in _CONJUNCTIONS
    return opens and any(floor <= c < first for c in cues)


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
    plain = [t for t, q in zip(toks, quoted, strict=True) if not q]
    subject = _sentence_subject(plain)
    mention, at = (None, begin)
    # '..., in the words of her daughter, "about 2,000 people ..."': the one named there
    words_of = _IN_THE_WORDS_OF.search(text, toks[floor][1], members[0][2].start - 1)
    if words_of is not None and _someone(words_of["who"]):
        mention, at = words_of["who"], words_of.start("who")
    elif (
        subject
        and (subject[0].casefold() in PRONOUNS or subject[0][:1].isupper())
        and not _told_passive(plain, subject)
        and not _described_in_marks(text, members, subject)
    ):
        mention, at = subject
    return _Found([(begin, _trim_end(text, begin, end))], "mixed", mention, at, None, paragraph)


def _someone(phrase: str) -> bool:
    """Whether a phrase may name whose words follow ("her daughter", "the rescuer who
    reached them first", "Ana Ruiz"), not a saying or a text ("the old proverb", "the
    Psalm", "the report": data/sayings.txt, the document nouns and the works a title
    names)."""
    head = list(takewhile(lambda w: w.casefold() not in _HEAD_ENDS, phrase.split()))
    return bool(head) and head[-1].casefold() not in _SAID_BY_NO_ONE


_HEAD_ENDS = frozenset({"who", "whose", "that", "which", "of", "from", "in", "at", "on", "with"})
_SAID_BY_NO_ONE = words("sayings") | _DOCUMENT_NOUNS | frozenset(pairs("titled_works")["works"])


# "in the words of her daughter," right before a quotation: whose words they are.
_IN_THE_WORDS_OF = re.compile(
    r"\bin the (?:words|phrase) of (?P<who>[^,;:\"“”]{2,60}?),?\s*\Z", re.IGNORECASE
)


def _described_in_marks(text: str, members, subject: tuple[str, int]) -> bool:
    """Whether the marks open right after a person, with no cue, on words about them
    that are not their own: `Felt "disgraced himself and dishonored everything ..."`
    and `Biden "kind of misspoke."` quote someone describing the subject; `She "did
    all I could"` (in the first person) is still hers, and a body's wording its own."""
    name, at = subject
    words = name.split()
    person = name_in(words)  # a surname alone ("Felt", "Governor Meriwan") or a full name
    body = names_a_body(name) or (
        person is not None and " " in person and person_name_in(words) is None
    )
    if body:
        return False  # 'The airline "regrets ..."', 'Quenby Mills "is cooperating"': a body's
    opening = members[0][2].start - 1  # the opening mark
    if not text.startswith(name, at) or at + len(name) > opening:
        return False  # the subject comes after the marks
    if text[at + len(name) : opening].strip():
        return False  # words of the sentence stand between the subject and the marks
    inside = text[members[0][2].start : members[-1][2].end]
    return _FIRST_PERSON.search(inside) is None


def _told_passive(tokens: list[tuple[str, int, int]], subject: tuple[str, int]) -> bool:
    """Whether the subject only heard it: "The court was told that ...", "Residents
    were told ..."."""
    at = next((i for i, t in enumerate(tokens) if t[1] == subject[1]), None)
    if at is None:
        return False
    end = at + len(subject[0].split())
    verb = [t[0].casefold() for t in tokens[end : end + 2]]
    return len(verb) == 2 and verb[0] in PASSIVE_BE and verb[1] in {"told", "informed"}


def _clause_stop(text, toks, quoted, last_i, limit, send) -> int:
    """End of reported content after the last fragment (token last_i).

    The sentence end, the next group's start, a new clause with its own cue
    (", and suggested ...", "while adding", ", X said"), ", but ..." (not ", but
    that ...", a second report of the same cue), ", and" right after the fragment
    opening the speaker's next act or the writer's clause (not ", and that", ", and
    would ..."), or the
    speaker's own action right after the fragment: a participle clause
    (`... "king of debt," noting that ...`, the comma often inside the
    mark) or a subordinator with a gerund (`... "properly" before floating
    ...`), whose subject is the speaker, not the content; and an adverbial clause
    about the speaker after a comma (`..., as he deflected attacks`).
    """
    for i in range(last_i + 1, min(limit, len(toks))):
        if quoted[i]:
            continue
        tok = toks[i][0]
        low = tok.casefold()
        after_comma = tok == "," or (i > 0 and quoted[i - 1] and _quoted_comma(text, toks[i - 1]))
        nxt_word = toks[i + 1][0] if tok == "," and i + 1 < len(toks) else tok
        if (after_comma and _participle(nxt_word)) or (
            low in _SUBORDINATORS and i + 1 < len(toks) and _participle(toks[i + 1][0])
        ):
            return toks[i][1]
        opener = nxt_word.casefold() if after_comma else ""
        if opener in _MEANWHILE and _meanwhile_clause(toks, i, opener, tok == ","):
            # `..."duty" to report it, as he deflected attacks`: narration; `..."this
            # cycle," while Sen. Ann Cole suggested ...`: another subject's clause
            return toks[i][1]
        if tok in {",", ";", "—", "–"} or low in _CONJUNCTIONS:
            nxt = toks[i + 1 : i + 5]
            contrast = toks[i : i + 2] if low in {"but", "whereas"} else nxt[:2]
            if contrast and contrast[0][0].casefold() in {"but", "whereas"}:
                if contrast[1:] and contrast[1][0].casefold() == "that":
                    continue  # "..., but that it could not ...": the cue's second report
                return toks[i][1]
            if tok == ";":
                return toks[i][1]
            if any(t[0] in _CUES or t[0].casefold() == "according" for t in nxt):
                return toks[i][1]
            joined = nxt[:2] if tok == "," else []
            right_after = quoted[i - 1] or (i > 1 and quoted[i - 2])
            if (
                right_after
                and joined[:1]
                and joined[0][0] == "and"
                and not (joined[1:] and joined[1][0] in _REPORT_GOES_ON)
            ):
                # `... "well known", and declined to comment`, `... "fist", and her
                # portraits ...`: the speaker's next act or the writer's own clause (not
                # `, and that ...`, `, and would ask ...`: the report goes on)
                return toks[i][1]
    if limit < len(toks):
        return toks[limit - 1][2] if limit > 0 else send
    return send


# Words after ", and" that carry a report on: a second "that" clause, a modal of
# reported speech ("would ask"), a negation ("and not have someone else ...").
_REPORT_GOES_ON = frozenset(
    {"that", "would", "could", "should", "might", "must", "will", "can", "may", "not"}
)


def _in_relative_clause(toks, k: int) -> bool:
    """Whether the cue at k stands in a relative clause set off by a comma (`Ana Lind,
    who Tom Park said was "...," died`): ", who" or ", which" before it, no comma
    between."""
    for r in range(k - 1, 0, -1):
        if toks[r][0] == ",":
            return False
        if toks[r][0].casefold() in {"who", "whom", "which"}:
            return toks[r - 1][0] == ","
    return False


def _embedded_report_end(text, toks, quoted, k: int, last_i: int) -> int:
    """Where an opening phrase or a relative clause that holds the report ends: `In a
    crime that Chief Ana Lind says "shocks the conscience," a mother ... are dead`,
    `Ana Lind, who Tom Park said was "the best mayor we ever had," died`: the
    sentence's own clause starts after the comma that closes the fragment. Else the
    sentence's end."""
    opens = bool(toks) and toks[0][0].casefold() in _PREPOSITIONS
    relative = any(t[0].casefold() in {"that", "which"} for t in toks[1:k])
    opening = opens and relative and not any(t[0] == "," for t in toks[:k])
    if not opening and not _in_relative_clause(toks, k):
        return len(text)
    for i in range(last_i, len(toks)):
        if quoted[i] and _quoted_comma(text, toks[i]) and toks[i][0] != ",":
            return toks[i][2]  # the comma inside the closing mark
        if not quoted[i] and toks[i][0] == ",":
            return toks[i][1]
    return len(text)


def _meanwhile_clause(toks, i: int, opener: str, comma: bool) -> bool:
    """Whether "as" or "while" after a fragment's comma (token i, or the comma inside
    the marks before it) opens a clause of someone's: "he", "she" or "they" after
    it, or for "while" a capitalised subject or a cue within eight tokens."""
    subject = toks[i + 2 if comma else i + 1][0] if i + 2 < len(toks) else ""
    if subject in _THIRD_PERSON:
        return True
    return opener == "while" and (
        (subject[:1].isupper() and subject != "I")
        or any(t[0] in _CUES for t in toks[i + 1 : i + 9])  # "while Jo Park said"
    )


_ING_PREPOSITIONS = words("ing_prepositions")
_THIRD_PERSON = frozenset({"he", "she", "they"})  # the speaker, as the narration names them
# What the speaker did meanwhile (", as he deflected attacks"); "because he ..." may
# still give the speaker's own reason, and stays.
_MEANWHILE = frozenset({"as", "while"})


def _participle(word: str) -> bool:
    """A lower-case -ing word that heads a participle clause ("noting", not "including")."""
    return (
        len(word) > 4 and word.endswith("ing") and word.islower() and word not in _ING_PREPOSITIONS
    )


def _quoted_comma(text: str, tok: tuple[str, int, int]) -> bool:
    """Whether a quoted token is a comma or a closing mark right after one (`debt,”`)."""
    if tok[0] == ",":
        return True
    if tok[0] not in {"”", '"'}:
        return False
    k = tok[1]
    while k and text[k - 1].isspace():  # no copy of the text before the mark
        k -= 1
    return k > 0 and text[k - 1] == ","


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
    given = end
    while end > start and text[end - 1] in " .\"”’',;:\u00a0":
        end -= 1
    inner = text[start:end]
    unbalanced = inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1
    if unbalanced:
        # the closing mark may sit after the fragment's own comma ('debt,”')
        close = next((k for k in range(end, min(given, end + 3)) if text[k] in '”"'), -1)
        if close >= 0:
            return close + 1
        if end < len(text) and text[end] in '”"':
            end += 1
    return end


def _reported_sentence(
    text: str, sstart: int, send: int, tokens: list[tuple[str, int, int]], paragraph: int
) -> list[_Found]:
    """Reported speech without quotation marks in one sentence (`tokens`): none, one,
    or two when a participle cue and "that" carry on after the first report's
    attribution (`A, X said, adding that B`: A and B)."""
    if len(tokens) < 5:
        return []
    attribution = _find_attribution(tokens, _CLAUSE_CUES)
    if attribution is None:
        return []
    mention, at, cue, k = attribution
    if cue == "according to":
        if k == 0:
            begin = _content_start(tokens, k)
            if begin < len(tokens):
                return [
                    _Found(
                        [(tokens[begin][1], _trim_end(text, sstart, send))],
                        "indirect",
                        mention,
                        at,
                        cue,
                        paragraph,
                    )
                ]
            return []
        if tokens[k - 1][0] == ",":
            pieces = [(sstart, tokens[k - 1][1])]
            rest = _after_parenthetical_source(tokens, k)
            if rest is not None:
                # "Since May, according to X, the port has lost ...": the report
                # is the whole sentence around the parenthetical source
                pieces.append((tokens[rest][1], _trim_end(text, sstart, send)))
            return [_Found(pieces, "indirect", mention, at, cue, paragraph)]
        return []
    if _no_report_after(tokens, k):
        return []
    # the subject's token (for an inverted "..., said X." the cue's)
    first = k if at > tokens[k][1] else next(i for i, t in enumerate(tokens) if t[1] == at)
    tail = tokens[k + 1 :]
    after = _content_start(tokens, k)
    # "CONTENT, said X, a professor of ...": the speaker right after the cue
    # and a long appositive after them; the content is still before the comma.
    inverted = first == k and k + 1 < len(tokens) and tokens[k + 1][1] == at
    if not inverted:
        first = _role_before_name(tokens, first)  # "At the diner, retired farmer Dale Orr said"
    participle = _participle_after(tokens, k, after, inverted)
    lead = tokens[0][0]
    opening = lead.casefold() in _INTRO | _SUBORDINATORS or lead.endswith("ing")
    rest = _after_parenthetical_attribution(tokens, k, lead.casefold() in _SUBORDINATORS)
    joined = (
        _joined_by_connective(tokens, first, k)
        # "His father, Kevin Brooks, said the family ...": the head is the speaker's
        or (k > 0 and tokens[k - 1][0] == "," and _description_head(tokens, first))
    ) and len(tokens) - after >= _OPENED_CLAUSE_TOKENS
    if (
        first > 0
        and not joined
        and tokens[first - 1][0] == ","
        and not _named_in_whose_clause(tokens, first)
        and not (
            not inverted
            and rest is None
            and after < len(tokens)
            and tokens[after][0].casefold() not in _PREPOSITIONS  # not "said in a release"
            and _setting_before(tokens, first)
        )
        and (inverted or not _opens_clause(tokens, after))
        and (
            len(tail) <= 12
            or inverted
            or participle
            or (after < len(tokens) and tokens[after][0] in _SUBORDINATORS | {"and", "but"})
        )
        and (participle or not any(t[0].casefold() == "that" for t in tail))
    ):
        # "CONTENT, X said (on Tuesday)." — content is everything before the comma,
        # unless that is only an introductory phrase ("Though ..., X said", "With 214
        # delegates at stake, X said"): then the report is elsewhere, or after the
        # cue when a clause follows it ("On Monday, Ruiz said the city would pay.")
        if opening and rest is None and _skip_intro(tokens, 0) > first - 4:
            return []  # no clause between the opening phrase and the speaker
        if k > 0 and tokens[k - 1][0] == ",":
            first = _described_from(tokens, first)  # "..., his aunt, Teshauna Isaac, said"
        if first - 1 >= 4 or (rest is not None and first - 1 >= 1):
            # "If charged, Patton would serve 45 years, Rietz said": the opening
            # phrase belongs to what was said; "The ferry, Ruiz said, will run ...":
            # a short head with the rest of its clause after the attribution
            pieces = [(sstart, tokens[first - 1][1])]
            if rest is not None:
                clause = _last_clause_start(tokens, first)
                if clause is not None:
                    pieces = [(tokens[clause][1], tokens[first - 1][1])]
                pieces.append((tokens[rest][1], _trim_end(text, sstart, send)))
            reports = [_Found(pieces, "indirect", mention, at, cue, paragraph)]
            if (
                participle
                and tokens[participle][0] in _CLAUSE_CUES
                and participle + 1 < len(tokens)
                and tokens[participle + 1][0].casefold() == "that"
            ):
                # "A, X said, adding that B": B is a second report of X's ("adding to
                # her list of wins" is not one)
                begin = _content_start(tokens, participle)
                if len(tokens) - begin >= 5:
                    piece = (tokens[begin][1], _trim_end(text, sstart, send))
                    second = tokens[participle][0]
                    reports.append(_Found([piece], "indirect", mention, at, second, paragraph))
            return reports
        return []
    begin = after  # where content starts after the cue
    if len(tokens) - begin < 5:
        return []
    if cue == "told" and tokens[begin][0] == "to" and begin == k + 1:
        return []  # "Mahoe Bay told to boil water": a headline's order heard, nothing said
    if cue not in _SAY and (begin == 0 or tokens[begin - 1][0].casefold() != "that"):
        return []  # "announced his interest": an object, not reported speech
    # "derided by Ana Ruiz, who suggested that", "released by the Harbor Food Bank, a
    # charity, which warned that": the report of the name the relative clause hangs on
    # (not "by parents in Texas, who said": a place, nor a description)
    relative = (
        k >= 2
        and tokens[k - 2][0] == ","
        and (
            tokens[k - 1][0] == "who"
            # "which wrote and adopted the form": a deed; "which warned that", "which
            # said it had": a report
            or (
                tokens[k - 1][0] == "which"
                and (cue in _SAID or (k + 1 < len(tokens) and tokens[k + 1][0] == "that"))
            )
        )
        and mention is not None
        and _may_report(mention)
    )
    if (
        first > 0
        and tokens[first - 1][0] not in {",", ";", ":"}
        and first > 3
        and not joined
        and not relative
    ):
        return []  # the subject is buried in a longer clause: not a speech report
    stop = (
        _narration_turn(tokens, begin)
        or _aside_then_narration(tokens, begin)
        or _second_attribution(tokens, begin)
    )
    end = tokens[stop][1] if stop else _trim_end(text, sstart, send)
    return [_Found([(tokens[begin][1], end)], "indirect", mention, at, cue, paragraph)]


_ASIDE_MARKS = frozenset({",", "-", "—", "–"})
_SAID = frozenset({"said", "says", "say"})  # a body's report with no "that" after "which"


def _may_report(mention: str) -> bool:
    """Whether the subject a relative clause hangs on can report: a name (not a polity's:
    "by parents in Texas, who said"), a body ("the Danish navy") or someone described
    ("another teen"), not a place ("most farmers in the valley, who say")."""
    words = mention.split()
    if all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in words):
        return not is_polity(mention)
    head = words[-1].casefold()
    return names_a_body(mention) or head in PERSON_NOUN_GENDER or head in _GROUP_NOUNS


_NOT_ROLE_EITHER = frozenset({"of", "the", "a", "an", "to", "by"})


def _named_in_whose_clause(tokens: list[tuple[str, int, int]], first: int) -> bool:
    """Whether the subject at token `first` is the name a "whose" clause gives its role
    ("The union, whose president, Abdulmalik Yusuf, said the strike would go ahead"):
    the report follows the cue, the words before the name are its sentence's subject."""
    return any(
        tokens[c][0] == "whose" and tokens[c - 1][0] == ","
        for c in range(first - 2, max(0, first - 6), -1)
    )


def _role_before_name(tokens: list[tuple[str, int, int]], first: int) -> int:
    """Where a subject opens when lower-case words naming a role stand before its name
    ("..., retired wheat farmer Dale Orr said"): the first of them when the noun right
    before the name is a person's, at most two words stand before that noun, and no
    lower-case word before them; else `first`."""
    if first < 1 or tokens[first - 1][0] not in _PERSON_HEAD_WORDS:
        return first
    lead = first - 1
    while lead > 0 and first - lead < 3 and tokens[lead - 1][0].isalpha():
        word = tokens[lead - 1][0]
        joins_roles = (
            word == "and" and tokens[lead][0] in _PERSON_HEAD_WORDS
        )  # "journalist and author"
        if (
            not word.islower()
            or word in _NOT_ROLE_EITHER
            or (word in _NOT_ROLE and not joins_roles)
        ):
            break
        lead -= 1
    # not after a lower-case word: in "Lawyers for former president Ana Ruiz said" the
    # name is buried in a longer subject, and stays so
    return first if lead > 0 and tokens[lead - 1][0].islower() else lead


def _relative_with_source(tokens: list[tuple[str, int, int]], c: int) -> bool:
    """A relative clause with a source of its own at token c (a comma): `her son, Moe
    Allen, whom police say was one of the gunmen`: the police's words, not hers."""
    if tokens[c][0] != "," or tokens[c + 1][0].casefold() not in {"who", "whom"}:
        return False
    if tokens[c + 2][0].casefold() in {*PRONOUNS, "they", "i", "we"}:
        return False  # "his nephew, who he said had been shot before": the speaker's still
    return any(t[0] in _SAY for t in tokens[c + 2 : c + 2 + _RELATIVE_SOURCE_REACH])


_RELATIVE_SOURCE_REACH = 3  # words of the source and its cue after "who" / "whom"


def _aside_then_narration(tokens: list[tuple[str, int, int]], begin: int) -> int:
    """Where a report starting at `begin` ends at an aside that repeats its attribution
    and the sentence goes on with the reporter's words (`Holmes said police were
    seeking the shooters - one of whom used an AK-47, he said - and police announced
    a reward` reports up to the aside), or at a relative clause with a source of its
    own (`_relative_with_source`). The index of the aside's first mark, or 0."""
    for c in range(begin + 3, len(tokens) - 3):
        if _relative_with_source(tokens, c):
            return c
        if (
            c < len(tokens) - 5
            and tokens[c][0] in _ASIDE_MARKS
            and tokens[c + 1][0].casefold() in {"he", "she", "they"}
            and tokens[c + 2][0] in _SAY
            and tokens[c + 3][0] in _ASIDE_MARKS
            and tokens[c + 4][0].casefold() in {"and", "but"}
            and tokens[c + 5][0].casefold() != "that"  # "..., he said, and that ...": his
        ):
            return c
    return 0


_NARRATION_TURNS = phrases("narration_turns")
_TURN_SUBJECTS = frozenset({"he", "she", "they"})


_CONNECTIVES = words("connectives")


def _joined_by_connective(tokens: list[tuple[str, int, int]], first: int, cue: int) -> bool:
    """Whether the speaker at `first` opens a clause joined on by a lone connective.

    "However, Ruiz said ...", "The park is near; however, Ruiz said ...",
    "The park is near, but Ruiz said ...": what was said is then after the
    cue, and the words before are the reporter's. A connective set off by
    commas inside a sentence ("The plan, however, Ruiz said, is dead") is
    the content's own, and so is one with nothing after the cue.
    """
    i = first - 1
    if i > 0 and tokens[i][0] == ",":
        i -= 1  # "However, Ruiz" / "; however, Ruiz": only at the start or after ";"
        return tokens[i][0].casefold() in _CONNECTIVES and (i == 0 or tokens[i - 1][0] == ";")
    # "but" and "yet" need no comma after them: "..., but Ruiz said"
    if (
        i >= 0
        and tokens[i][0].casefold() in {"but", "yet"}
        and (i == 0 or tokens[i - 1][0] in {",", ";"})
    ):
        return True
    # "The couple waited all night, and Mrs Ruiz said ...": a clause of its own
    # after a comma when a name is followed right by the cue (at `cue`), unless
    # "and" ends a list of names ("Ana Ruiz, Tom Park, and Joe Lee said")
    return (
        i >= 5
        and tokens[i][0] == "and"
        and tokens[i - 1][0] == ","
        and all(t[0] != "," for t in tokens[i - 5 : i - 1])
        and 0 < cue - first <= 3
        and all(t[0][:1].isupper() for t in tokens[first:cue])
    )


def _narration_turn(tokens: list[tuple[str, int, int]], begin: int) -> int:
    """Where reported content that starts at `begin` turns to what the speaker would not say.

    `said the girl was hurt, but did not say how`: the content ends before the
    comma. Only turns to saying or commenting count: in `said the suspect tried
    to flee, but could not get away` the turn is still the content's. 0 when
    the content runs to the end.
    """
    for c in range(begin + 3, len(tokens) - 1):
        if tokens[c][0] == ",":
            following = [t[0].casefold() for t in tokens[c + 1 : c + 6]]
            if len(following) > 1 and following[1] in _TURN_SUBJECTS:
                del following[1]  # "although he wouldn't say"
            turn = " ".join(following[:4])
            if any(turn.startswith(phrase) for phrase in _NARRATION_TURNS):
                return c
    return 0


_AFTER_CUE_WORDS = words("after_cue")
_TAIL_MARKS = frozenset({".", "!", "?"}) | frozenset(_CLOSE)


def _second_attribution(tokens: list[tuple[str, int, int]], begin: int) -> int:
    """The comma before an attribution that closes reported content starting at `begin`.

    `Becker told police they heard shots, the release states.`: what Becker
    told police ends before the document's own attribution. The words after
    the last comma are a body of one to four words and a cue ("the Sun
    reports"), or "according to" and a document in lower case, and nothing
    else but time words and the stop; 0 when there is none.
    """
    commas = [c for c in range(begin + 3, len(tokens)) if tokens[c][0] == ","]
    if not commas:
        return 0
    tail = [t[0] for t in tokens[commas[-1] + 1 :] if t[0] not in _TAIL_MARKS]
    while tail and tail[-1].casefold() in _AFTER_CUE_WORDS:
        tail.pop()
    if len(tail) >= 3 and [w.casefold() for w in tail[:2]] == ["according", "to"]:
        document = tail[2:]  # "..., according to charging documents"
        lower = all(w.isalpha() and w.islower() for w in document)
        manner = document[-1] in _MANNER_PHRASES  # "according to plan"
        return commas[-1] if len(document) <= _DOCUMENT_WORDS and lower and not manner else 0
    if not 2 <= len(tail) <= 5 or tail[-1].casefold() not in _CLOSING_CUES:
        return 0
    opener = tail[0]
    # a body: "the release", "police", "the Sun"; not "whatever the governor says",
    # "and the manager agreed"
    named = opener[:1].isupper() or opener in _BODY_OPENERS or tail[-2] in _GROUP_NOUNS
    return commas[-1] if named and all(w.isalpha() for w in tail[:-1]) else 0


# Verbs of a closing attribution: saying and reporting ("..., the Sun reports").
_CLOSING_CUES = _SAY | {"reported", "reports", "report", "states", "stated", "state"}
_GROUP_NOUNS = words("group_nouns")  # "..., city officials said"
_BODY_OPENERS = words("determiners") | _GROUP_NOUNS | words("quantifiers") | {"those", "these"}


# Words a document after a closing "according to" may take ("court papers filed in
# the case"); capitalised words are a source's name, which that frame credits.
_DOCUMENT_WORDS = 8
_MANNER_PHRASES = words("manner_phrases")


def _description_head(tokens: list[tuple[str, int, int]], first: int) -> bool:
    """Whether all before the speaker's name (at `first`, after a comma) describes them.

    "His father, Kevin Brooks, said ...", "The coach, Kevin Brooks, said ...",
    "The victim's mother, Karen Bialas, said ...": up to four words from the
    sentence's start, opening with a determiner or possessive, in lower case
    after it, ending in a noun for a person; that noun may own a short phrase
    of "of" or "for" ("The governor of Unity State, Taban Deng, said ..."), or a
    longer one naming an office's portfolios in capitals ("The Minister of Lands,
    Housing and Urban Development, Kofi Mensah, said ..."). A body's name may stand
    before the noun, in capitals ("A Health and Safety Executive inspector, Priya
    Nair, told ..."), up to DESCRIBED_BODY_WORDS words in all.
    """
    head = [t[0] for t in tokens[: first - 1]]
    if head and head[0].casefold() in {"but", "and"}:
        head = head[1:]  # "But the state's Commissioner for Planning, Ana Ruiz, said"
    cut = next((i for i, w in enumerate(head) if i >= 2 and w in {"of", "for"}), len(head))
    own, owned = head[:cut], head[cut + 1 :]
    named_body = all(w[:1].isupper() or w in {"and", "of", "&"} for w in own[1:-1])
    return (
        first >= 2
        and tokens[first - 1][0] == ","
        and 2 <= len(own) <= (DESCRIBED_BODY_WORDS if named_body else 4)
        and own[0].casefold() in _POSSESSIVES | _DETERMINERS
        and all(
            w.replace("'", "").replace("’", "").replace("&", "and").isalpha()
            and (w.islower() or w.casefold() in _APPOSITIVE_PERSON_NOUNS or named_body)
            for w in own[1:]
        )
        and own[-1].casefold() in _APPOSITIVE_PERSON_NOUNS  # a person's noun: not "The vote"
        and (cut == len(head) or 0 < len(owned) <= _OWNED_PHRASE_WORDS or _portfolios(owned))
    )


_OWNED_PHRASE_WORDS = 5  # "of the Patna High Court": a body or a place, not a clause


def _portfolios(words: list[str]) -> bool:
    """Whether the words after an office's "of" name its portfolios, each in capitals,
    joined by commas and "and" ("Agriculture, Rural Development and Environment"):
    no clause, however many words."""
    return 0 < len(words) <= _PORTFOLIO_WORDS and all(
        w[:1].isupper() or w in {",", "and", "&"} for w in words
    )


_PORTFOLIO_WORDS = 12
DESCRIBED_BODY_WORDS = 7  # "A Health and Safety Executive inspector": a body's name, then the noun


def _described_from(tokens: list[tuple[str, int, int]], first: int) -> int:
    """Where a speaker's description before their name starts, or `first` (the name).

    `He graduated in May, his aunt, Teshauna Isaac, said.`: "his aunt, " is
    the speaker's, not the content's: up to four lower-case words between
    commas that open with a possessive or a determiner. Called only when the
    name is itself set off by a comma before the cue (in `..., their car, their
    savings, Ruiz said` the words are the content's list).
    """
    if first < 3 or tokens[first - 1][0] != ",":
        return first
    for c in range(first - 2, max(-1, first - 7), -1):
        if tokens[c][0] == ",":
            piece = [t[0] for t in tokens[c + 1 : first - 1]]
            described = (
                piece
                and piece[0].casefold() in _POSSESSIVES | _DETERMINERS
                and all(w.isalpha() and w.islower() for w in piece)
            )
            return c + 1 if described else first
    return first


# Subordinators whose clause belongs to what was said ("If the levy fails, ...").
_CONDITIONS = words("conditions")


def _setting_before(tokens: list[tuple[str, int, int]], first: int) -> bool:
    """Whether all that comes before the speaker (at `first`) is a short setting phrase.

    "On Monday, Ruiz said the city would pay", "In a statement, Ruiz said ...",
    "Having said that, Ruiz noted ...": a time, place or medium with no verb of
    its own (or "Having said that"), so what was said follows the cue. A
    condition ("If the levy fails, Ruiz said ...") or a clause ("On Monday, the
    ferry was canceled, Ruiz said ...") belongs to the content. Asked only when
    the attribution does not stand in the middle of the content ("As the storm
    hit, Ruiz said, the pumps failed").
    """
    # a connective before the phrase ("Now after two shootings nearby, Ruiz said")
    opens = 1 if len(tokens) > 1 and tokens[0][0].casefold() in _SETTING_LEADS else 0
    lead = tokens[opens][0].casefold()
    if lead == "having":
        return _skip_intro(tokens, opens) == first
    if lead not in _INTRO - _DETERMINERS or lead in _CONDITIONS:
        return False
    if not 2 <= first - opens <= _SETTING_TOKENS:
        return False
    phrase = tokens[opens + 1 : first - 1]
    verb = any(t[0] in _VERBISH or (len(t[0]) > 4 and t[0].endswith("ed")) for t in phrase)
    return _skip_intro(tokens, opens) == first and not verb  # "After the meeting," has none


# Words that may stand before a setting phrase: "Now after the vote, Ruiz said ...".
_SETTING_LEADS = _CONNECTIVES | {"now", "and", "so", "also", "then"}


# Tokens a setting phrase before the speaker may take, its comma included.
_SETTING_TOKENS = 7


def _participle_after(
    tokens: list[tuple[str, int, int]], k: int, after: int, inverted: bool
) -> int:
    """The index of a participle that follows the attribution at cue k after a comma, or 0.

    `A, X said, adding that B`, `A, said X, adding that B` and `A, X said,
    referring to the fact that C`: the participle opens a second report or the
    reporter's own phrase, so what X said first is A, before the comma,
    however long the rest. `after` is where content would start after the cue.
    """
    if inverted:
        after = k + 1
        while after < len(tokens) and tokens[after][0][:1].isupper():
            after += 1  # "said Tom Becker, adding"
        after += 1
    if after >= len(tokens) or after <= k + 1 or tokens[after - 1][0] != ",":
        return 0
    word = tokens[after][0]
    participle = word.isalpha() and word.islower() and len(word) > 4 and word.endswith("ing")
    return after if participle else 0


_RELATIVE_OPENERS = frozenset({"who", "which", "whose", "where"})


_SAY_OBJECTS = phrases("say_objects")


_PLURAL_VERBS = words("plural_verbs")


_CLAIM_OBJECTS = words("claim_objects")


_NUMBERS = words("numbers")


def _no_report_after(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the words after the cue at k show that it reports nothing.

    "their smiles said a lot", "the records say nothing about it", "said
    nothing at the meeting": the cue has an object of its own, and no verb
    follows it (in "said nothing in the report was new" the word opens the
    reported clause). "claimed responsibility for the attack": a claim verb's
    own objects; "added 101 yards": a number after "added" (not "added 20
    officers would join"). "Rust Belt states that have suffered": "that"
    before a plural verb is a relative pronoun and "states" a noun.
    """
    rest = [t[0].casefold() for t in tokens[k + 1 : k + 4]]
    cue = tokens[k][0].casefold()
    if not rest:
        return False
    if cue.startswith("claim") and rest[0] in _CLAIM_OBJECTS:
        return not _verb_follows(tokens, k + 2)
    if cue.startswith("claim") and rest[0] in _DETERMINERS and rest[0] != "that":
        # "claimed the prize for exceeding expectations", "claimed the lives of":
        # a claim verb's object is a determiner and a noun before a preposition or
        # the stop ("claimed the mayor lied", "claimed the man ran" are clauses)
        after = tokens[k + 3][0] if k + 3 < len(tokens) else "."
        return (
            rest[1:2] != []
            and rest[1].isalpha()
            and after in _PREPOSITIONS | {"of", "."}
            and not _verb_follows(tokens, k + 3, finite=True)  # "the vote in X had been"
        )
    if cue in {"added", "adds"} and (rest[0][:1].isdigit() or rest[0] in _NUMBERS):
        return not _verb_follows(tokens, k + 2)
    for size in (1, 2, 3):
        if " ".join(rest[:size]) in _SAY_OBJECTS:
            return not _verb_follows(tokens, k + 1 + size, finite=True)
    return len(rest) >= 2 and rest[0] == "that" and rest[1] in _PLURAL_VERBS


def _verb_follows(tokens: list[tuple[str, int, int]], start: int, finite: bool = False) -> bool:
    """Whether a word like a finite verb ("Would" too) comes within `_VERB_REACH`
    tokens of `start`, before any punctuation; with `finite`, a participle in
    "-ing" does not count."""
    for tok, _, _ in tokens[start : start + _VERB_REACH]:
        if not tok[:1].isalnum():
            return False
        if finite and tok.endswith("ing"):
            continue
        if _verb_like(tok) or tok.casefold() in _VERBISH or tok in _PAST_TENSES:
            return True
    return False


_VERB_REACH = 6


def _opens_clause(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """Whether token `at`, right after a cue, opens a clause with a subject pronoun.

    "A white accountant from Apollo Beach, Shenefield says she's been a
    lifelong Democrat": what was said follows the cue, and the phrase before
    the comma only introduces the speaker.
    """
    if len(tokens) - at < _OPENED_CLAUSE_TOKENS:
        return False  # "The plan will fail, Ruiz said she believed.": a frame, not the content
    word = tokens[at][0].casefold()
    pronoun, contracted, _ = word.replace("’", "'").partition("'")
    if pronoun not in {"he", "she", "they", "we", "i"}:
        return False
    following = tokens[at + 1][0]
    # "she heard ...", not "said she, in a statement"
    return bool(contracted) or (
        following.isalpha() and following.islower() and following not in _PREPOSITIONS
    )


# Tokens a clause after the cue needs (its stop included) to be what was said
# ("she never liked it."), rather than a trailing "she believed" or "we should expect".
_OPENED_CLAUSE_TOKENS = 5


def _after_parenthetical_attribution(
    tokens: list[tuple[str, int, int]], k: int, open_clause: bool = False
) -> int | None:
    """Where the content goes on after a mid-sentence ", X said," (the cue at k), or None.

    "The other three men, all in their early 20s, Ruiz said, were taken to
    hospitals": the sentence's predicate follows the attribution, so it is the
    content's second piece. Only a finite verb carries the clause on (`were`,
    `has`, `would`, `decided`), with three tokens after it; or, when the content
    so far is a subordinate clause (`open_clause`: "While some carry two
    phones, ..., Cook said, most do ..."), the main clause that completes it.
    A phrase about the saying (", in a statement", ", without giving details",
    ", then left") is the reporter's.
    """
    j = past_time_words(tokens, k + 1)
    if j >= len(tokens) or tokens[j][0] != ",":
        return None
    rest = j + 1
    if len(tokens) - rest < 3:
        return None
    word = tokens[rest][0]
    low = word.casefold()
    if not (word.isalpha() and word.islower()) or low.endswith("ing") or low in _CUES:
        return None
    if low in _CONJUNCTIONS | _SUBORDINATORS | _RELATIVE_OPENERS | _PREPOSITIONS:
        return None
    if _verb_like(word) or (open_clause and low not in _NOT_CONTINUING):
        return rest
    return None


def _last_clause_start(tokens: list[tuple[str, int, int]], first: int) -> int | None:
    """Where the last of two joined clauses starts before a mid-sentence attribution
    (the subject's token at `first`), or None when the words before it are one clause.

    "Decks went out of print, and demand, Ruiz says, is steady": the attribution
    splits the last clause, which alone is the speaker's. What precedes ", and" must
    be a clause (no list of commas, or a verb): "The driver, a passenger, and a
    bystander, Ruiz said, were ..." is one subject.
    """
    for i in range(first - 3, 0, -1):
        if tokens[i - 1][0] != "," or tokens[i][0].casefold() not in _CONJUNCTIONS:
            continue
        before = tokens[: i - 1]
        if all(t[0] != "," for t in before) or any(_verbish(t[0]) for t in before):
            return i + 1
    return None


# Words after ", X said," that begin the reporter's own phrase, not the content's clause.
_NOT_CONTINUING = frozenset({"then", "not", "also", "too", "later", "again"})


def _after_parenthetical_source(tokens: list[tuple[str, int, int]], k: int) -> int | None:
    """Where a sentence goes on after a mid-sentence ", according to X, ...", or None.

    Only for a short opening before the source (an introductory phrase or a
    subject, at most eight tokens); an appositive or relative clause after
    the source ("X, a former envoy,", "X, who ...,") is part of the source, and so
    is a name ending the sentence ("X's lawyer, Ana Ruiz."). At least three tokens
    must follow, or the sentence ended with the source.
    """
    if k > 9:
        return None
    commas = [i for i in range(k + 2, len(tokens)) if tokens[i][0] == ","]
    if not commas:
        return None
    rest = commas[0] + 1
    if rest < len(tokens):
        opener = tokens[rest][0].casefold()
        close = next((c for c in commas[1:] if c - rest <= 14), None)
        if close is None and len(tokens) - rest <= 15:
            close = len(tokens)  # "..., according to X, a supervisor in the unit."
        appositive = close is not None and not any(_verbish(t[0]) for t in tokens[rest:close])
        if opener in _RELATIVE_OPENERS or (
            appositive and opener in words("determiners") | words("indefinite")
        ):
            rest = close + 1 if close is not None and close < len(tokens) else len(tokens)
    if len(tokens) - rest < 3 or tokens[rest][0].casefold() in _RELATIVE_OPENERS:
        return None
    tail = [t[0] for t in tokens[rest:] if t[0] not in {".", "!", "?"}]
    if len(tail) <= 5 and all(w[:1].isupper() for w in tail):
        return None  # "..., according to Lind's lawyer, Ana Ruiz.": a named appositive
    return rest


def _group_direct(text: str, quotes: list[_Found]) -> list[_Found]:
    """Join a paragraph's direct quotations that share one attribution.

    `"A," he said. "B."` is one quote of two pieces; so is `"A." "B," he said.`
    A quoted title or phrase inside that attribution (`"A," Trump told NBC's
    "Today." "B."`) is a quote of its own and does not split A from B. Narration
    of two sentences or more between them (`"A." Just those words. Brafman
    beamed, as if to say, "B?"`) ends the first speaker's turn.
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
            frame = _framing_direct(out)
            if frame is not None and _narrated_between(text, frame.end, q.start):
                frame = None
            if frame is not None:
                frame.pieces.extend(q.pieces)
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


# A sentence end in running text: a lower-case word, a stop, a capital after (not the
# stop of "Mr." or "T." inside an attribution).
_SENTENCE_END = re.compile(r"\b[a-z]{2,}[.!?][\"”’]?\s+[\"“]?[A-Z]")


def _narrated_between(text: str, end: int, start: int) -> bool:
    """Whether two sentences or more of narration stand between two quotations."""
    return len(_SENTENCE_END.findall(text, end, start)) >= 2


def _second_cue(text: str, start: int, end: int) -> bool:
    """Whether the words between two quotations hold two cues and lead into the second.

    `"A," she said, adding, "B."`: the second cue ("adding") reports B on its
    own; the words must end in a comma or colon, the way a cue introduces a
    quotation, and hold no other quotation.
    """
    between = text[start:end]
    if any(m in between for m in '“”"') or not between.rstrip(' \u00a0“"').endswith((",", ":")):
        return False
    tokens = [t[0] for t in tokenize(between)]
    # `"A," said Liu, before Zhang cut in: "B."`: a phrasal cue counts with its particle
    # after a name, a pronoun or "then", not "as the count went on"
    phrasal = sum(
        1
        for before, w, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if _PHRASAL_CUES.get(w) == after and (before[:1].isupper() or before in _PHRASAL_SUBJECTS)
    )
    return sum(1 for w in tokens if w in _CUES) + phrasal >= 2


# Words before a phrasal cue between two quotations that leave it a cue of its own.
_PHRASAL_SUBJECTS = frozenset({"he", "she", "they", "then", "and"})


def _resolve_all(
    text: str,
    found: list[_Found],
    cast: Cast,
    subjects: Sequence[tuple[int, str, int]] = (),
    shown: str | None = None,
) -> list[tuple[Quote, Evidence]]:
    """Resolve speakers in text order; unattributed quotations take the previous speaker.

    `shown` is the text with the quotation marks the source used (same offsets
    as `text`, see `digest.quotes.marks`): each quote's words are taken from it.

    "he"/"she" is the person who was last the subject of a sentence (this
    paragraph or the one before) if that came after the previous speaker,
    since news text introduces a new voice before quoting them; otherwise the
    previous speaker or the last person of matching gender.
    """
    people: list[tuple[int, str, int]] = []
    relatives: dict[int, str | None] = {}  # offset of a possessive-described subject: gender
    owners: dict[int, str | None] = {}  # offset of a possessive-described subject: its owner
    # Subjects that can introduce the next quotation's speaker: names,
    # possessive descriptions ("Lind's son"), and a pronoun only for the person
    # named subject in its paragraph or the one before.
    introducers: list[tuple[int, str, int]] = []
    paragraphs = _paragraphs(text)
    speaking: dict[int, list[_Found]] = {}  # a speaker mention's offset: its quotes
    for f in found:
        if f.mention is not None:
            speaking.setdefault(f.mention_at, []).append(f)
    pronoun_quotes = sorted(
        (f.mention_at, f.paragraph, f.start, (f.mention or "").casefold())
        for f in found
        if f.type == "direct" and (f.mention or "").casefold() in {"he", "she"}
    )
    for offset, mention, paragraph in subjects:
        # "Lind's plan drew fire, but she said ...": the owner of a possessive
        # subject is who the next pronoun most often means; "Lind's son",
        # "Lind's 10-year-old Jeb" or "Lind's spokesman" is someone else, not
        # Lind: a quotation they introduce is theirs, described, not Lind's.
        owner, at = mention, offset
        end = offset + len(mention)
        if mention.endswith("s") and _BARE_APOSTROPHE.match(text, end):
            end += 1  # "Sanders' mother": the apostrophe is not part of the token
        if end > offset + len(mention) or POSSESSIVE_END.search(mention):
            owned = _owned_person_end(text, end)
            named = _named_appositive(text, owned, cast) if owned is not None else None
            if named is not None:
                named = _untitled(named)  # "Saad's lawyer, Dr Amina Farouk,"
            if named is not None and name_in(named[0].split()) == named[0]:
                owner, at = named  # "Lind's lawyer, Ana Ruiz,"
            elif owned is not None:
                described = text[offset:owned]
                introducers.append((offset, described, paragraph))
                people.append((offset, described, paragraph))
                head = described.split()[-1].casefold()
                # "Wilk's supporters ... She told the crowd": many are never he or she
                relatives[offset] = _PLURAL if _plural_head(head) else _RELATIVE_GENDER.get(head)
                owner = POSSESSIVE_END.sub("", text[offset:end].rstrip("'’"))
                owners[offset] = resolve(owner, offset, cast, None)
                continue
            else:
                owner = POSSESSIVE_END.sub("", mention)
        owner, at = _title_then_name(text, owner, at, cast)  # "Former Ohio governor Ana Ruiz"
        name = resolve(owner, at, cast, None)
        given = _name_given_in_clause(text, name, offset, cast)
        if given is not None:
            # "A younger drinker, who would give only his first name, Lukas, was more
            # relaxed": the subject, named
            people.append((offset, given, paragraph))
            introducers.append((offset, given, paragraph))
            continue
        if name is not None and name not in cast.people and " " not in name:
            name = cast.by_first_name(name) or name  # "Tetiana laughed. ... she said"
        gender = _one_person_described(name, cast)
        own = (
            None
            if gender is not None
            else _described_gender(name, cast, text, offset + len(mention))
        )
        if (
            name is not None
            and (gender is not None or own is not None)
            and offset in speaking
            and (
                own
                or not _person_named_near(cast, paragraphs, paragraph, offset)
                # "Her mother says her daughter ...": a relative of someone named, not
                # that person (not when the report names someone: "His brother says
                # Hale has been looking for work" leaves Hale the next "he")
                or (_relative_of_someone(name) and not _names_someone(text, offset, cast))
            )
        ):
            # "The clerk said he is used to it. ... he said": the clerk, not a
            # name from before; given as the description, its gender from its noun.
            # Only a description that speaks ("The victim was taken to a hospital"
            # does not), with nobody named in its paragraph or the one before: in
            # "Ana Ruiz ran the shop. A colleague said she was tireless. ... she
            # said" the pronoun is the named person's
            # A description whose own clause says "she" ("An engineer who asked not to
            # be named because she ...") is that one woman, named people near or not.
            people.append((offset, name, paragraph))
            relatives[offset] = gender or own or None
        elif (
            name is not None
            and (
                offset not in speaking
                or _one_of_many(name)
                or not _reports_someone(text, speaking[offset], cast)
                # "a mother returning books said she had not heard": of herself, as her
                # noun's gender says (not "A colleague said she was tireless")
                or (gender or None) == _report_gender(text, speaking[offset], cast) is not None
            )
            and (
                pronoun_gender := _brought_in_before_quote(
                    text,
                    name,
                    offset,
                    paragraph,
                    paragraphs,
                    pronoun_quotes,
                    cast,
                    speaking.get(offset, ()),
                )
            )
            is not None
        ):
            # "Another neighbor, who asked that his name not be used, was less
            # surprised. "...," he said.": someone new, brought in right before the
            # quotation that a pronoun credits, in the same paragraph or opening the next;
            # of that pronoun's gender when the noun has none ("One of the eleven")
            people.append((offset, name, paragraph))
            relatives[offset] = gender or pronoun_gender
        elif (
            name is not None
            and name in cast.people
            and cast.people[name].is_person
            and not cast.names_a_place(name)  # "A neighbor on Meritas Drive, who ..."
        ):
            people.append((offset, name, paragraph))
            if mention.casefold() not in PRONOUNS or (
                # "She sighs." right after McCaughey was the subject: still her
                introducers and introducers[-1][1] == name and introducers[-1][2] >= paragraph - 1
            ):
                introducers.append((offset, name, paragraph))
    introducers.sort()
    quotes: list[tuple[Quote, Evidence]] = []
    last: tuple[int, str] | None = None
    said_by: str | None = None  # the latest speaker, a person or a description
    spoke_before: str | None = None  # the person who spoke before `said_by`, another
    addressed: str | None = None  # the person a question calls by name, who answers it
    last_paragraph = -10
    last_at = 0
    prior_route = ""  # how the latest speaker was named (a carried quote inherits it)
    spoken: set[str] = set()  # people credited by their full name so far
    surname_means: dict[str, str] = {}  # a bare surname the text showed to be a relative's
    credited: set[str] = set()  # people credited so far, by any name
    question: tuple[str | None, int, int] | None = None  # a question's asker, paragraph, end
    asker = False  # whether that question was cued as asked by a person ("...?" X asked)
    exchange: tuple[str, str] | None = None  # an interview's asker and answerer
    taking_turns = False  # whether they are taking turns now
    # whether the text says anywhere who put the questions ("under questioning by"): read
    # once, not for every cued quotation
    questioning = _QUESTIONED_BY.search(text) is not None
    uncued_turns = 0  # how many uncued quotations the turns credited: a transcript's
    prior_asks = False  # whether the latest quotation holds a question
    prior_put = False  # whether it was counsel's "put it to him that"
    prior_cut = False  # whether it was cut off, its marks closing on a dash
    group: tuple[str, int] | None = None  # the latest speaker of many ("U.S. officials"), paragraph
    for f in found:
        retorts = False  # whether an uncued quotation is the other side's answer back
        if f.type == "direct" and (f.mention or "").casefold() == "you":
            # "if you tell people, 'We have to ...'": a quotation credited to
            # "you" is imagined or the interviewer's; no one to credit
            continue
        pronoun = (f.mention or "").casefold() in {"he", "she"}
        # "She read aloud a letter left by ...": the writer's words (resolved below)
        read_out = (
            _read_out_writer(text, f.mention or "", f.mention_at, f.start) if pronoun else None
        )
        reads_out = read_out is not None and read_out[1] != f.mention_at
        recent = (
            _recent_subject(people, relatives, owners, f, cast, last)
            if pronoun and not reads_out
            else None
        )
        if recent is not None and (asked := _one_asked(text, f, recent, cast, last)) is not None:
            recent = asked  # "Fadda asked Porcu whether she ... "...," she said": Porcu
        speaker: str | None
        route = "pronoun-subject"
        distance = _distance(f)
        if recent is not None:
            speaker = recent
        elif f.mention == UNNAMED:
            speaker, route = None, "none"  # "Residents were told: ...": by someone unnamed
        elif f.mention is None and f.type == "mixed":
            # A quoted fragment in a clause that names no speaker: the previous
            # speaker of a whole quotation is no reason to credit it.
            continue
        elif f.mention is None:
            introduced = _introduced_speaker(introducers, f, last_at)
            put = (
                _indirect_question_before(text, f, paragraphs, cast, last_at)
                if said_by is not None
                and f.paragraph - last_paragraph == 2
                # (in a hearing under way: someone answered a question put to them)
                and exchange is not None
                and said_by in exchange
                else None
            )
            answerer = (put[1] or said_by) if put is not None else None
            if put is not None and answerer is not None and answerer != put[0]:
                # 'Gwarzo asked how much had been spent on site. / "About N900 million."':
                # a question put without marks, after someone answered another's; the
                # answer in marks is theirs again (or the one the question names), and
                # the two take turns
                exchange, taking_turns = (put[0], answerer), True
                said_by, prior_asks, last_paragraph = put[0], True, f.paragraph - 1
                introduced = None
            named_after = _named_right_after(text, f, cast)
            if named_after is not None:
                # '"..." That was how coach Ben Amadi summed it up': the sentence
                # after the quotation names whose words they were
                speaker = named_after
                route = "named" if named_after in cast.people else "description"
            elif _UNNAMED_VOICE.match(text, f.end):
                speaker, route = None, "none"  # '"...," someone called out
            elif introduced is not None:
                # "Her friend Ana Ruiz, 20, chimed in. "...": the person the
                # paragraph has just made its subject, not the previous speaker
                speaker, route = introduced[0], "subject"
                distance = max(0, f.start - introduced[1])
            elif (
                exchange is not None
                and taking_turns
                and uncued_turns >= _TRANSCRIPT_TURNS
                and f.paragraph - last_paragraph <= _NARRATION_IN_TRANSCRIPT + 1
                and text[f.start : f.end].rstrip(' ”"').endswith("?")
                and _share_of_paragraph(f, paragraphs) >= _WHOLE_PARAGRAPH
                and _put_question(text[f.start : f.end])
            ):
                # a transcript's questions go on after a paragraph of narration ("Her
                # father, 78, still comes to most of her matches."): the asker's again,
                # a question put as one sentence or to "you" (not the answerer's own
                # "I gave seventeen years. And what did I get?")
                speaker, route = exchange[0], "carried"
                said_by, prior_asks = exchange[0], True
                distance = max(0, f.start - last_at)
            elif (
                prior_cut
                and spoke_before is not None
                and spoke_before != said_by
                and f.paragraph - last_paragraph <= 1
            ):
                # '"I have known him since he was in nappies —" Leslie began. / "Then
                # you'll know ..."': who cut the speaker off, the one who spoke before
                speaker, route = spoke_before, "carried"
            elif said_by and f.paragraph - last_paragraph <= 1:
                asks_now = "?" in text[f.start : f.end]
                if (
                    exchange is not None
                    and uncued_turns
                    and said_by not in exchange
                    and text[f.start : f.end].rstrip(' ”"').endswith("?")
                    and _share_of_paragraph(f, paragraphs) >= _WHOLE_PARAGRAPH
                ):
                    # a transcript's interview (uncued turns before) resumes after
                    # someone else spoke: an uncued question is the asker's again, and
                    # the two take turns from there; elsewhere the question is the
                    # last speaker's own ("Who would believe that?")
                    taking_turns = True
                    said_by, prior_asks = exchange[1], False
                elif (
                    exchange is not None
                    and uncued_turns >= _TRANSCRIPT_TURNS
                    and said_by not in exchange
                    and not (asker and spoke_before is not None and spoke_before not in exchange)
                    and not asks_now
                    and _share_of_paragraph(f, paragraphs) >= _WHOLE_PARAGRAPH
                ):
                    # in a transcript, an uncued reply to someone who cut in ("That
                    # is a lie. It is also true.") is the answerer's: the interview
                    # goes on, and its next question is the asker's (not when someone new
                    # was cued as asking whoever spoke last, outside the two: their
                    # exchange begins)
                    taking_turns = True
                    said_by, prior_asks = exchange[0], True
                answerer = spoke_before
                if addressed is not None and addressed != said_by:
                    answerer = addressed  # "..., Mma Molefe. Would you call that ...?"
                if (
                    answerer is None
                    and last is not None
                    and last[1] == said_by
                    and question is not None
                    and _interview_opens(text, paragraphs, question[1], said_by, last[0])
                ):
                    # the interview's first question: put to the person named last
                    # before it ("She spoke to Thushara Gunawardena ...")
                    answerer = cast.last_person(
                        last[0], None, window=_INTERVIEW_INTRO_REACH, but=said_by, unlisted=True
                    )
                if (
                    (exchange is None or said_by not in exchange)  # or a new asker's
                    and asker
                    and answerer is not None
                    and not asks_now
                    and _share_of_paragraph(f, paragraphs) >= _WHOLE_PARAGRAPH
                ):
                    # "...?" Nurul Huda asked. "I do not know.": an uncued answer to a
                    # question its asker was cued for is not the asker's, but the
                    # answer of whoever spoke before the question (or, first, was
                    # named before it); the two take turns
                    exchange, taking_turns = (said_by, answerer), True
                # a short quotation with words put to the one who just spoke, or the
                # asker's own: the other side answers back
                retorts = (
                    exchange is not None and taking_turns and _answers_back(text[f.start : f.end])
                )
                # (a question the answerer asks at the end of their own words, "I trusted
                # him. Why would I have doubted him?", is no turn of the asker's)
                speaker = _next_turn(
                    exchange if taking_turns else None,
                    said_by,
                    prior_asks,
                    asks_now and _asks_another(text[f.start : f.end]),
                    retorts,
                )
                if exchange is not None and taking_turns and _PUTS_IT_TO_YOU.match(text, f.start):
                    # counsel's "I put it to you that ..." in marks of its own: the asker's,
                    # however long, and put to the other side as a question is
                    speaker, retorts = exchange[0], True
                uncued_turns += taking_turns and speaker != said_by
                route = "carried"
                distance = max(0, f.start - last_at)
            elif (
                opener := _about_to_speak(text, introducers, f, last_at, paragraphs, cast)
            ) is not None:
                # "Tiiu Saar ... had a question, and she asked it before anyone else
                # could." / "...?": the person the paragraph before ends on, about to speak
                speaker, route = opener[0], "subject"
                distance = max(0, f.start - opener[1])
            elif cast.last_person(f.start, None, window=400) is not None:
                # A quotation on its own (no attribution in its sentence, its
                # paragraph or the one before) next to a person the text names
                # but does not credit: a document excerpt, a post, a slogan, or
                # their words; which, nothing says, so it is left out rather
                # than credited to a guess.
                continue
            else:  # nobody named near it: a quotation with no speaker
                speaker = None
                route = "none"
        else:
            mention, at = _possessive_head(text, f.mention, f.mention_at)
            mention, at = _title_then_name(text, mention, at)
            mention, at = _writer_of_document(text, mention, at, f.cue, cast)
            mention, at = (
                read_out
                if read_out is not None and (mention, at) == (f.mention, f.mention_at)
                else _read_out_writer(text, mention, at, f.start)
            )
            if pronoun and question is not None and _answers(text, f, question, cast):
                # '"Is this a verdict?" one reporter called out. "...," he replied':
                # whoever the question was put to, named last; not its asker
                gender = PRONOUNS[mention.casefold()]
                if addressed is not None and cast.people[addressed].gender in {None, gender}:
                    # '"Nino, ... Is that true?" asked a reporter. "...," she said': the
                    # one the question called by name
                    speaker = addressed
                elif (f.cue or "").casefold() in _REPLY_CUES:
                    speaker = cast.last_person(at, gender, window=1500, but=question[0])
                else:
                    # a plain "said": the person the narration made its subject before
                    # the question ("Mkrtchyan was asked about ..."), not an object
                    # named since ("He praised the referee, Dan Ortiz")
                    asked = _subject_before_question(people, question, gender, cast)
                    speaker = asked or resolve(mention, at, cast, last)
            else:
                speaker = resolve(mention, at, cast, last)
            speaker = _speaking_relative(text, mention, at, speaker, cast, spoken, credited)
            if speaker is not None and _relative_speaks(text, mention, at, speaker, cast):
                # a relative who shares the surname: not the named person, but the one
                # other person of that surname and of the other gender, if there is one,
                # whom the bare surname then means on ("Leak said ... her son. ... Leak said")
                speaker = _other_of_family(mention, speaker, cast)
                if speaker is not None:
                    surname_means[mention.strip()] = speaker
            elif speaker is not None and mention.strip() in surname_means:
                speaker = surname_means[mention.strip()]
            route = _route(mention, speaker, cast)
            if speaker is None and mention.casefold() in _BODY_PRONOUNS:
                speaker = _body_subject(text, subjects, f, cast, mention.casefold())
                if speaker is None and mention.casefold() == "they" and group is not None:
                    # 'U.S. officials said ... "...," they said': the latest speakers
                    # of many, in this paragraph or the one before
                    speaker = group[0] if group[1] >= f.paragraph - 1 else None
                route = "pronoun" if speaker is not None else route
            if speaker is not None and route == "named":
                spoken.add(speaker)
            if speaker is not None:
                credited.add(speaker)
        if speaker is not None and not plausible_speaker(speaker, cast):
            speaker, route = None, "rejected"  # no speaker rather than a wrong one
        elif speaker is not None and _bare_demonym(speaker, text, f.mention_at):
            speaker, route = None, "rejected"  # "American" of "American negotiators"
        named_next = _named_in_next_paragraph(text, speaker, f.paragraph, paragraphs, cast)
        if named_next is not None:
            # "said one woman at the tanker." / "The woman, NAME, 61,": the name, and the
            # subject a pronoun after it in that paragraph means ("She is NAME ... she said")
            speaker, named_at = named_next
            if speaker in cast.people:
                insort(people, (named_at, speaker, f.paragraph + 1))
        content = _join_pieces(text, f.pieces, shown)
        # a quote dropped below (a title, a sign, a credit) is nobody's turn: it
        # leaves the latest speaker as it was
        if (
            not _has_word(content)
            or _is_credit(content, f)
            or _is_introduction(content, f, speaker)
            or (
                f.type == "direct"
                and (
                    _is_title_phrase(content)
                    or _displayed(text, f.start)
                    or _titled_work(text, f.start, f.end)
                    or (
                        len(content.split()) <= TITLE_BEFORE_MAKER_WORDS
                        and _before_maker(text, f.end)
                    )
                )
            )
            or (f.type != "direct" and _relative_clause(text, f, content))
        ):
            continue
        if speaker is not None and _many(speaker):
            group = (speaker, f.paragraph)
        asks = f.type == "direct" and content.rstrip(' ”"').endswith("?")
        asking = (f.cue or "").casefold() in _ASKING_CUES or (
            _cued_as_asked(text, f)
            and speaker is not None
            and _introduced_as_interviewer(text, paragraphs, f.paragraph, speaker)
        )
        if (
            question is not None
            and asker
            and speaker is not None
            and question[0] is not None
            and speaker in cast.people
            and speaker != question[0]
            and f.paragraph == question[1] + 1
        ):
            exchange = (question[0], speaker)  # "...?" X asked. "...," Y said.
            taking_turns = True
        elif (
            # (or the answerer replies to someone new: the defence's advocate after
            # the prosecutor, "X put it to her that ..." / "...," Y replied; or counsel
            # puts it to a new witness: the turns are theirs now)
            (
                exchange is None
                or (
                    said_by not in exchange
                    and (
                        speaker == exchange[1]
                        # (the one it was put to, who spoke before counsel, or anyone
                        # with a reply's cue; not the other side objecting)
                        or (
                            prior_put
                            and ((f.cue or "").casefold() in _REPLY_CUES or speaker == spoke_before)
                        )
                    )
                )
            )
            and ((f.cue or "").casefold() in _REPLY_CUES or prior_put)
            and said_by in cast.people
            and speaker in cast.people
            and speaker != said_by
            and f.paragraph == last_paragraph + 1
        ):
            # '"Tell the court what you saw," X said. / "...," Y replied.': X put it to
            # Y, and the uncued turns after take it in turn
            exchange, taking_turns = (said_by, speaker), True
        elif (
            f.mention is not None
            and speaker is not None
            and questioning
            and (questioner := _questioner(text, f, paragraphs[f.paragraph], speaker, cast))
            is not None
        ):
            # '"...," Mänd said under questioning by the prosecutor, NAME.': NAME puts
            # the questions, and the uncued turns after take it in turn
            exchange, taking_turns = (questioner, speaker), True
        elif exchange is not None and f.mention is not None:
            # someone else speaks, or the asker writes or says: the turns pause, until
            # the asker asks again ("Would you go back?" Sadiq asked)
            taking_turns = _keeps_turns(exchange, speaker, asking)
        asker = asks and asking and speaker in cast.people
        question = (speaker, f.paragraph, f.end) if asks else None
        addressed = _addressee(content, cast) if asks else None
        # an asker's retort ("That is not an answer to my question.") is put to the
        # answerer as a question is
        prior_asks = "?" in content or (retorts and exchange is not None and speaker == exchange[0])
        prior_put = _puts_it_to(text, f, paragraphs[f.paragraph])
        prior_cut = _cut_off(text, f.end) and (f.cue or "").casefold() in _CUT_OFF_CUES
        inherited = prior_route if speaker is not None and speaker == said_by else ""
        if speaker is not None and speaker in cast.people:
            last = (f.mention_at, speaker)
            last_paragraph = f.paragraph
            last_at = f.end
            if said_by is not None and said_by != speaker and said_by in cast.people:
                spoke_before = said_by
            said_by = speaker
            prior_route = route if route in {"named", "short"} else inherited
        elif f.mention is not None and speaker is not None:
            last_paragraph = f.paragraph
            last_at = f.end
            said_by = speaker  # a description ("the committee") speaks on, too
            prior_route = ""
            if description_gender(speaker) is not None:
                last = (f.mention_at, speaker)  # "a spokeswoman for ..." is the next "she"

        kind = speaker_kind(speaker, cast)
        first = (speaker or "").split()[:1]
        evidence = Evidence(
            type=f.type,
            cue=f.cue,
            route=route,
            speaker_kind=kind or "none",
            distance=distance,
            words=len(content.split()),
            pieces=len(f.pieces),
            first_name=bool(first) and first[0].casefold() in first_names(),
            rivals=cast.rivals(speaker, min(f.start, f.mention_at)) if speaker else 0,
            mentions=cast.mention_count(speaker),
            after=f.mention is not None and f.mention_at > f.start,
            paragraph=_share_of_paragraph(f, paragraphs),
            named_before=route in {"carried", "pronoun", "pronoun-subject"} and bool(inherited),
            first_person=_FIRST_PERSON.search(content) is not None,
            lower_start=content[:1].islower(),
            clause_start=_opening_word(content) in _CLAUSE_INNER,
            speaker_words=len((speaker or "").split()),
            speaker_head_speaks=_head_speaks(speaker),
            speaker_has_verb=any(_verbish(w) for w in (speaker or "").split()[1:]),
            polity=bool(speaker) and is_polity(speaker or ""),
        )
        quote = Quote(content, speaker, f.type, f.start, f.end, f.cue, speaker_kind=kind)
        quotes.append((quote, evidence))
    return quotes


# How a quote opens when it is the rest of a clause, not speech (a confidence feature).
_CLAUSE_INNER = words("prepositions") | words("determiners") | words("clause_inner_starts")


def _opening_word(content: str) -> str:
    """The quote's first word, lower-cased, without opening quotation marks."""
    first = content.split()[:1]
    return first[0].strip(_OPEN + "'‘(").casefold() if first else ""


def _head_speaks(speaker: str | None) -> bool:
    """Whether the speaker ends in a noun of people, offices or bodies (or is no description).

    "a campaign spokesman" and "the ministry" can speak; "its own website" or
    "the department no longer existed" (a clause read as a speaker) cannot.
    """
    if not speaker:
        return False
    head = speaker.split()[-1].casefold()
    return any(h in _SPEAKING_HEADS for h in (head, head.rstrip("s"), head.removesuffix("es")))


# ", Anna Jackson,", also after an age (", 57-year-old Anna Jackson,").
_APPOSITIVE_NAME = re.compile(
    rf",\s+(?:{AGE_BEFORE_NAME}\s+)?([A-Z][\w.'’\-]*\s+(?:(?:[A-Z][\w.'’\-]*|{NAME_PARTICLES})\s+)"
    rf"{{0,2}}[A-Z][\w'’\-]*),"
)
_APPOSITIVE_WORD = re.compile(r",\s+([A-Z][\w'’\-]*),")
# "Lind's son, filmmaker Owen Tarrant (born 1980),": a role word before the name,
# a parenthesis after it.
_ROLE_THEN_NAME = re.compile(
    r",\s+([a-z][\w\-]*)\s+((?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]*)(?:\s+\([^()\n]*\))?,"
)
_APPOSITIVE_ROLES = words("role_words") | words("person_titles")
# "Lund's coach, the Argentine Sebastián Ibarra,": a nationality, then the name.
_DEMONYM_THEN_NAME = re.compile(
    r",\s+the\s+([A-Z][\w\-]*)\s+((?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]*),"
)
# "Lund's coach, her older brother Erik Lund,": a relative of someone, then the name.
_KIN_THEN_NAME = re.compile(
    r",\s+(?:her|his|their)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z]+)(?:-in-law)?\s+"
    r"((?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]*),"
)


def _named_appositive(text: str, at: int, cast: Cast) -> tuple[str, int] | None:
    """The name in an appositive at `at` and its offset ("Lind's lawyer, Ana Ruiz,"),
    also after a lower-case role word and before a parenthesis ("Lind's son,
    filmmaker Owen Tarrant (born 1980),"), a relative ("Lund's coach, her brother Erik
    Lund,") or a nationality ("Lund's coach, the Argentine Sebastián Ibarra,"), or a
    one-word name the cast knows as a relative's ("Sutrisno's wife, Yuliani,")."""
    named = _APPOSITIVE_NAME.match(text, at) or _APPOSITIVE_WORD.match(text, at)
    one = named.group(1) if named is not None else ""
    if named is not None and (" " in one or (one in cast.people and cast.people[one].is_person)):
        return named.group(1), named.start(1)
    role = _ROLE_THEN_NAME.match(text, at)
    if role is None or role.group(1) not in _APPOSITIVE_ROLES:
        role = _KIN_THEN_NAME.match(text, at)
        if role is None or role.group(1) not in _KINSHIP:
            role = _DEMONYM_THEN_NAME.match(text, at)
            if (
                role is None
                or role.group(1).casefold() not in _NATIONALITIES
                or first_name_gender(role.group(2).split()[0]) is None  # "the American Red Cross"
            ):
                return None
    return role.group(2), role.start(2)


def _untitled(named: tuple[str, int]) -> tuple[str, int]:
    """A name and its offset without the personal titles before it ("Dr Amina Farouk"
    is Amina Farouk, "Ntate Rethabile Molapo" Rethabile Molapo): the name speaks."""
    name, at = named
    found = name_in(name.split())
    if found and name.endswith(" " + found):
        return found, at + len(name) - len(found)
    return named


_HEAD_STOP = words("subject_stop") | _CONJUNCTIONS | _SUBORDINATORS
# Nouns that can head a possessive speaker: people, offices and bodies ("Trump's
# campaign manager", "Cruz's lawyers"), not things ("Trump's gloomy tone").
_SPEAKING_HEADS = (
    words("role_heads")
    | words("group_nouns")
    | words("org_words")
    | words("title_words")
    | words("person_titles")
    | words("role_words")
)
_ROLE_MODIFIERS = words("role_modifiers")
_NAME_AFTER = re.compile(
    r"[ \t]+((?:(?:[A-Z]\.|[A-Z][a-z]{1,3}\.|[A-Z][\w'’\-]*)[ \t]+){1,3}[A-Z][\w'’\-]*)\b"
)


def _possessive_head(text: str, mention: str, at: int) -> tuple[str, int]:
    """A possessive speaker mention with the noun it owns: (mention, offset).

    "Donald Trump's campaign manager says" is the manager, not Trump, and
    "Carter's press secretary, Peter Cook, told" is Peter Cook; a possessive on
    its own never speaks. Up to three lower-case words after the possessive
    (no verb, no clause word) make the head; a name set off by commas right
    after it, or right after it ("campaign manager Robby Mook"), is who the
    head is. The head must be a noun of people or bodies (data lists of
    roles, titles, groups and organisations), or follow a word that stands
    before a role ("Pakistan's chief selector": data/role_modifiers.txt).
    """
    if not text.startswith(mention, at):
        return mention, at
    end = at + len(mention)
    if mention.endswith("s") and re.match(r"['’]\s", text[end : end + 2]):
        end += 1  # a plural or -s name's possessive: "Sanders’ campaign"
    elif not re.search(r"['’]s$", mention):
        return mention, at
    head: list[tuple[str, int]] = []
    for m in re.finditer(r"\s+([a-z][\w\-]*)", text[end : end + 60]):
        if m.start() != (head[-1][1] if head else 0) or len(head) == 3:
            break
        word = m.group(1)
        if _verbish(word) or word in _HEAD_STOP:
            break
        head.append((word, m.end()))
    # "Pakistan's chief selector": a role word before the head's last word makes
    # that word a role, listed or not
    if not (len(head) > 1 and head[-2][0] in _ROLE_MODIFIERS):
        while (
            head
            and head[-1][0] not in _SPEAKING_HEADS
            and head[-1][0].rstrip("s") not in (_SPEAKING_HEADS)
        ):
            head.pop()  # "Trump's gloomy tone": no one who speaks
    if not head:
        return mention, at
    end += head[-1][1]
    named = _APPOSITIVE_NAME.match(text, end) or _NAME_AFTER.match(text, end)
    if named is not None and name_in(named.group(1).split()) == named.group(1):
        return named.group(1), named.start(1)
    return text[at:end], at


# Lower-case title words, then a name on the same line whose inner words are
# initials, short titles ("Sen.") or plain words ("Frank." ends a sentence).
_TITLE_RUN = re.compile(
    r"((?:[ \t]+[a-z][\w\-]*){1,5})[ \t]+"
    r"((?:(?:[A-Z]\.|[A-Z][a-z]{1,3}\.|[A-Z][\w'’\-]*)[ \t]+){1,3}[A-Z][\w'’\-]*)\b"
)
_TITLE_GLUE = words("title_glue")


def _title_then_name(text: str, mention: str, at: int, cast: Cast | None = None) -> tuple[str, int]:
    """A capitalised fragment that opens a title before a name: the name.

    "Former US secretary of state Mara Lind" and "Republican
    Presidential hopeful Sen. Tobias Wren" reach the resolver cut at the first
    lower-case word ("Former US", "Republican Presidential"); when nothing in
    the fragment is a name and lower-case title words (roles, offices, "of
    state") lead to a full name, that name is the speaker. With `cast`, a
    fragment whose name is no person of the cast ("Former Ellery": a place)
    counts as holding no name. A name followed by a role noun and a full name
    ("former Lind adviser Owen Tarrant", "Ellery delegate Ana Ruiz") is
    whose the role is: the full name after it speaks.
    """
    words = mention.split()
    if not words or not words[-1][:1].isupper() or not text.startswith(mention, at):
        return mention, at
    m = _TITLE_RUN.match(text, at + len(mention))
    if m is None:
        return mention, at
    run = m.group(1).split()
    if not all(w in _SPEAKING_HEADS or w in _TITLE_GLUE for w in run):
        return mention, at
    inner = name_in(words)
    if inner is not None and cast is not None:
        known = cast.people.get(cast.full_name(inner))
        if known is None or not known.is_person:
            inner = None
    if inner is not None and not any(w in _SPEAKING_HEADS for w in run):
        return mention, at  # a name, and only glue words after it: the name speaks
    name = name_in(m.group(2).split())
    if name is None or " " not in name:
        return mention, at
    return name, m.start(2) + m.group(2).index(name.split()[0])


def _is_introduction(content: str, f: _Found, speaker: str | None) -> bool:
    """Reported "content" that is only the speaker's own introduction, not what they said.

    "..., said Elin Marsh, a professor of geology at Port Ellery
    University" read backwards gives "Elin Marsh, a professor of ..." as
    the content: it opens with the speaker's name and a comma and has no verb.
    """
    if f.type != "indirect" or not speaker or " " not in speaker:
        return False
    last = speaker.split()[-1]
    # the pattern is made for this speaker: compiled only when the name opens the content
    if not content.startswith((speaker, last)) or not re.match(
        rf"(?:{re.escape(speaker)}|{re.escape(last)})\s*,", content
    ):
        return False
    return not any(_verbish(w.strip(".,;:!?\"'“”’")) for w in content.split())


# A word of speech: letters, with inner apostrophes or hyphens ("don't", "so-called").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WORD_EDGES = _OPEN + _CLOSE + "'‘’.,;:!?()[]…"


def _has_word(content: str) -> bool:
    """Whether a quotation holds at least one word.

    A quoted token with no word in it (a tattoo "BO$", a code "X-9", a price)
    quotes no one, however near a speaker it stands.
    """
    return any(_WORD.fullmatch(t.strip(_WORD_EDGES)) for t in content.split())


_LINKING_VERBS = frozenset({"is", "are", "was", "were", "am", "be"})


# How many words a title in marks has at most; one with a subtitle after a colon
# ("The Secret Man: The Story of Watergate's Deep Throat") may have more.
_TITLE_WORDS = 8
_SUBTITLED_WORDS = 14


def _is_title_phrase(content: str) -> bool:
    """A quotation that is the name of a book, show or slogan, not speech.

    Two to eight words whose every content word is capitalised ("A Time for
    Truth", "Doomed to Succeed", "The Overthrow Show"): no exclamation or
    question, not written all in capitals (a shouted line), no "I" and no
    linking verb ("Nusra Is Al Qaeda" is a claim).
    """
    words = re.findall(r"[^\W\d_][\w'’]*", content)
    content_words = [w for w in words if w.casefold() not in _TITLE_SMALL]
    longest = _SUBTITLED_WORDS if ":" in content else _TITLE_WORDS
    return (
        2 <= len(words) <= longest
        and len(content_words) >= 2
        and all(w[:1].isupper() for w in content_words)
        and not content.isupper()
        and not content.rstrip(_CLOSE + "'’ ").endswith(("!", "?"))
        and not any(w == "I" or w.casefold() in _LINKING_VERBS for w in words)
    )


_CREDIT_OPENERS = words("credit_openers")


def _is_credit(content: str, f: _Found) -> bool:
    """A byline or picture credit, not a quote: `Ines Harlow: "for the Port Ellery Courier"`.

    A short quotation, introduced by a colon, a dash or nothing, that opens in
    lower case with a credit word ("for", "by", "via", "courtesy") and has no
    verb is who made or supplied something, not speech.
    """
    words = content.split()
    return (
        f.type == "direct"
        and f.cue in {None, ":", "—"}
        and len(words) <= 12
        and content[:1].islower()
        and words[0].casefold() in _CREDIT_OPENERS
        and not any(_verbish(w.strip(".,;:!?\"'“”’")) for w in words)
    )


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b")


# The share of its paragraph a quotation fills to be a paragraph of its own (its
# marks and a stop outside them aside).
_WHOLE_PARAGRAPH = 0.9


def _indirect_question_before(
    text: str, f: _Found, paragraphs: Sequence[tuple[int, int]], cast: Cast, after: int
) -> tuple[str, str | None] | None:
    """The asker and, when the question names them, the one asked, of a question put
    without marks that ends the paragraph right before quote `f`, a paragraph all in
    marks ("Hon. Hadiza Gwarzo asked how much had been spent on site.", "Lowe asked
    Trethowan whether ..."): a person of the cast, a cue of asking, a question word.
    None for anything else, or a paragraph starting before `after`."""
    if f.type != "direct" or _share_of_paragraph(f, paragraphs) < _WHOLE_PARAGRAPH:
        return None
    if f.paragraph < 1 or text[f.start : f.end].rstrip(' ”"').endswith("?"):
        return None
    start, end = paragraphs[f.paragraph - 1]
    if start < after:
        return None
    found = _ASKED_HOW.search(text, start, end)
    if found is None or text[found.end() : end].strip():
        return None
    if _BEING_ASKED.search(text, start, found.start()):
        return None  # "Nwankwo was asked how ...": the one asked is the sentence's subject
    named = _people_named(cast, start, found.start())
    if not named:
        return None
    asker = named[-1]
    asked = found["asked"]
    return asker, (resolve(asked, found.start("asked"), cast, None) if asked else None)


# The last sentence of a paragraph putting a question without marks: "asked (NAME) how
# ... ." (data/asking_cues.txt and question_words.txt; not "wondered", narration, nor
# "questioned", doubted).
_ASKED_HOW = re.compile(
    r"\b(?:" + "|".join(sorted(_ASKING_CUES - {"wondered", "questioned", "asking"})) + r")\s+"
    r"(?:(?P<asked>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+)?(?:"
    + "|".join(sorted(words("question_words")))
    + r")\b(?:[^.?!\"“”]|(?<=\d)\.(?=\d))*[.?]\s*$",
    re.IGNORECASE,
)
# The asker's sentence in the passive: the one asked is its subject.
_BEING_ASKED = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:also|then|later|again|\w+ly)\s+)?$",
    re.IGNORECASE,
)


def _share_of_paragraph(f: _Found, paragraphs: Sequence[tuple[int, int]]) -> float:
    """How much of its paragraph the quote fills (1.0: a paragraph that is all quotation)."""
    if not 0 <= f.paragraph < len(paragraphs):
        return 0.0
    start, end = paragraphs[f.paragraph]
    return min(1.0, (f.end - f.start) / max(1, end - start))


def _join_pieces(text: str, pieces: Sequence[tuple[int, int]], shown: str | None = None) -> str:
    """A quote's pieces joined, each keeping its own sentence end.

    `"I had to experiment," he said. "We are playing a lot."`: the attribution
    ends a sentence, so the first piece ends one too; its comma stood for a
    full stop. The same holds when the attribution between the pieces has no
    full stop of its own (`"I had to experiment" - he said - "We are ..."`,
    `"...," he said, "We are ..."`) but the next piece opens a new sentence.
    `"When I use a word," she said, "it means ..."` runs on. The words are
    taken from `shown` when given (the same offsets, the source's own marks).
    """
    source = text if shown is None else shown
    out: list[str] = []
    previous_end = None
    for a, b in pieces:
        piece = source[a:b].strip()
        if not piece:
            continue
        if out and previous_end is not None:
            between = text[previous_end:a].rstrip(" \u00a0\n\r\t" + _OPEN + _CLOSE)
            ended = out[-1].endswith((".", "!", "?", "…"))
            if not ended and (
                between.endswith((".", "!", "?"))
                or (any(c.isalpha() for c in between) and _opens_sentence(text, piece))
            ):
                out[-1] = out[-1].rstrip(",;:-—– ") + "."
            elif (
                text[previous_end : previous_end + 1] == ","
                and out[-1][-1:].isalnum()
                and (text[previous_end + 1 : previous_end + 2] in _CLOSE or _open_aside(out[-1]))
            ):
                # the quotation's own comma, trimmed from its end; or the comma that
                # closes an aside ("The three men, all in their 20s, were taken ...")
                out[-1] += ","
        out.append(piece)
        previous_end = b
    return " ".join(out)


def _open_aside(piece: str) -> bool:
    """Whether a piece ends inside an aside its comma opened ("The men, all in their 20s");
    commas inside numbers ("40,000") open none."""
    return len(_ASIDE_COMMA.findall(piece)) % 2 == 1


_ASIDE_COMMA = re.compile(r",(?!\d)")


def _opens_sentence(text: str, piece: str) -> bool:
    """Whether a quotation piece starts a sentence: a capitalised first word that is no
    name ("We", "The", "That"; the text writes it in lower case elsewhere).

    "I" and a word the text only ever capitalises ("Trump") may continue a
    sentence, so they do not count.
    """
    first = re.match(r"[^\W\d_][\w'’]*", piece.lstrip(_OPEN + " "))
    if first is None:
        return False
    word = first.group()
    if not word[:1].isupper() or word in {"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll"}:
        return False
    low = word.casefold()
    return low in NOT_NAME or re.search(r"(?<![\w'’])" + re.escape(low) + r"\b", text) is not None


# Pronouns a body speaks with ("it said in a statement"; "they" in British news).
_BODY_PRONOUNS = frozenset({"it", "they"})


def _body_subject(
    text: str, subjects: Sequence[tuple[int, str, int]], f: _Found, cast: Cast, pronoun: str
) -> str | None:
    """The organisation an "it said" or "they said" stands for: the subject of the
    latest sentence before it (this paragraph or the one before), when that subject
    is a body ("The Food Standards Agency warned ... "...," it said"). A person, a
    description or nothing there: nobody (the pronoun may be a thing's)."""
    for offset, mention, paragraph in reversed(subjects):
        if offset >= f.mention_at:
            continue
        if paragraph < f.paragraph - 1:
            return None
        following = text[offset + len(mention) : offset + len(mention) + 30].split()[:1]
        word = following[0] if following else ""
        if word.isalpha() and not _verb_like(word) and word not in _PREPOSITIONS:
            return None  # "Republican leaders say": only part of the subject was read
        owner, at = _title_then_name(text, mention, offset, cast)
        name = resolve(owner, at, cast, None)
        if name is None or speaker_kind(name, cast) != "organisation" or is_polity(name):
            return None
        if not names_a_body(name):
            return None  # "Europe", "Nonetheless": no body's name
        if pronoun == "it" and name.casefold() in _GROUP_NOUNS:
            return None  # "Police said ... it said": groups with no determiner are "they"
        return name
    return None


def _bare_demonym(speaker: str, text: str, at: int) -> bool:
    """A nationality adjective read as the speaker (mentioned at `at`) without an
    article before it: the first word of a longer subject ("American negotiators"),
    no one's name ("the Colombian said" is one person, described)."""
    if speaker.casefold() not in _DEMONYM_ADJECTIVES:
        return False
    before = text[max(0, at - 12) : at].split()[-1:]
    return not (before and before[0].casefold() in _DETERMINERS)


# A sentence right after a quotation that says whose words they were: "That was how
# X put it", "Those were the words of X", "That blunt summary comes from X",
# "The verdict came from X".
_SPEECH_NOUN = "|".join(sorted(_SPEECH_NOUNS))
# Verbs of writing a document by someone: "written by", "signed by"; and the ways a
# message after a quotation is said to have been set down.
_WRITTEN_BY = frozenset({"written", "signed", "sent", "posted", "penned"})
_SET_DOWN_BY = _WRITTEN_BY - {"penned"} | {"typed", "scrawled", "left", "recorded"}
_NAMED_AFTER = re.compile(
    r"[\"”’\s\u00a0]*(?:That|This|Those|These|Such|The)\s+(?:(?:was|is|were|are)\s+(?P<how>how"
    rf")|(?:was|is|were|are)\s+the\s+(?:word|{_SPEECH_NOUN})\s+of"
    rf"|(?:[a-z]+\s+){{0,2}}(?:{_SPEECH_NOUN})\s+(?:(?:comes?|came)\s+from|belong(?:s|ed)?\s+to)"
    # "That message, sent by the tour guide Mitchell Dunstan to his father, ..."
    rf"|(?:[a-z]+\s+){{0,2}}(?:{_SPEECH_NOUN}|post|entry),?"
    r"\s+(?:" + "|".join(sorted(_SET_DOWN_BY)) + r")\s+by)\s+"
    # "So began the last column by the Ledger's editor, Marcy Delacroix, ..."
    r"|[\"”’\s\u00a0]*So\s+(?:began|begins|ended|ends|opened|opens|closed|closes|went|goes)"
    r"\s+(?:[\w'’]+\s+){0,5}?(?:by|from)\s+"
    # "The speaker was NAME, 63, ...", "The words were those of a nurse at ...": the
    # paragraph after a quotation with no cue says whose it was
    r"|[\"”’\s\u00a0]*The\s+speaker\s+(?:was|is)\s+"
    rf"|[\"”’\s\u00a0]*(?:The|Those|These)\s+(?:{_SPEECH_NOUN})\s+(?:were|are|was|is)\s+"
    r"(?:those|the\s+words|the\s+voice)\s+of\s+"
)


# The sentence right after a quotation that says who gave it: "NAME gave that warning
# on Monday", "The soum's only veterinarian, NAME, made those remarks as ...".
# (not "made those same comments in 2015": words said again, elsewhere; nor "issued this
# statement on Friday:", the words after it)
_GAVE_THOSE_WORDS = re.compile(
    r"[\"”’\s\u00a0]*(?P<subject>[A-Z][^.!?\n\"“”]{0,120}?)\s+(?:gave|made|issued|sounded|offered)"
    r"\s+(?:that|this|those|these)\s+(?!(?:same|similar|identical|other|earlier|previous)\b)"
    rf"(?:[a-z]+\s+)?(?:{_SPEECH_NOUN})\b(?![^.!?\n]*:\s*$)",
    re.MULTILINE,
)


def _writer_of_document(
    text: str, mention: str, at: int, cue: str | None, cast: Cast
) -> tuple[str, int]:
    """The writer named right after a document that speaks ("One entry, written by a
    lighthouse keeper named Johan Lindroos in May 1891, reads:", "The letter, signed by
    Ana Ruiz, said:"): the document carries the writer's words. A document that "reads"
    (`cue`) with no writer after it: the one who wrote in the sentences before
    (_document_writer_before). Else the mention."""
    words = mention.casefold().split()
    if not words or not set(words[:3]) & _DOCUMENT_NOUNS:
        return mention, at
    head = mention.rsplit(None, 1)[0] if words[-1] in _WRITTEN_BY else mention
    found = _WRITTEN_BY_AFTER.match(text, at + len(head))
    if found is None:
        if (cue or "").casefold() not in _READS:
            return mention, at  # "the memo stated": the document, as a source of its own
        return _document_writer_before(text, words, mention, at, cast)
    phrase, _ = _phrase_from(text, found.end(), verbs=False)  # "a keeper named Johan Lindroos"
    if not phrase or name_in(phrase) is None:
        return mention, at
    return " ".join(phrase), found.end()


# "Sani, who is also the association's secretary, wrote to the ministry last month. The
# letter reads, in part:": the one who wrote, in the sentences before the document speaks.
_WROTE_BEFORE = re.compile(
    r"(?P<who>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))(?:,[^.,;:\"“”]{1,100},)?"
    r"\s+(?:wrote|had\s+written|has\s+written|penned)\b"
)
_READS = frozenset({"reads", "read"})  # what a document's text "reads": its writer's words
_SHOWING_CUES = _READS | {"reading"}  # what a sign's words are cued by
WRITER_BEFORE_CHARS = 400  # a sentence or two before the document that speaks
_THE_DOCUMENT = frozenset({"the", "this", "that", "his", "her", "their"})
# What a person writes to someone: a body's statement, report or study is its own source.
_PERSONAL_DOCUMENTS = frozenset(
    {"letter", "note", "email", "e-mail", "message", "memo", "diary", "entry", "postcard", "card"}
)
# A sentence's end before the document's sentence ("... last month. The letter reads")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’)]*\s")


def _document_writer_before(
    text: str, words: list[str], mention: str, at: int, cast: Cast
) -> tuple[str, int]:
    """The writer of "the letter" (or "his note", "that message") that speaks, named as
    the one who wrote in the sentence right before it; else the mention."""
    if len(words) != 2 or words[0] not in _THE_DOCUMENT or words[1] not in _PERSONAL_DOCUMENTS:
        return mention, at
    # the sentence right before the document's: none between ("The ministry replied.")
    window = max(0, at - WRITER_BEFORE_CHARS)
    # (a full stop inside a quotation ends none: '"... since May. Our children are
    # sick," the letter reads')
    ends = [
        m.end()
        for m in _SENTENCE_END_BEFORE.finditer(text, window, at)
        if not cast.in_quotation(m.start())
    ]
    start = ends[-2] if len(ends) > 1 else window
    found = [m for m in _WROTE_BEFORE.finditer(text, start, at) if "\n\n" not in text[m.end() : at]]
    if not found or name_in(found[-1]["who"].split()) is None:
        return mention, at
    return found[-1]["who"], found[-1].start()


def _phrase_from(text: str, at: int, verbs: bool) -> tuple[list[str], str]:
    """The words of a speaker's phrase from `at`, to a comma or a stop (kept out) or to
    the lower-case preposition (or, with `verbs`, verb) that ends it, and that word
    ("" for none): "the tour guide Mitchell Dunstan to his father" gives the guide."""
    phrase: list[str] = []
    for word in text[at : at + 120].split():
        bare = word.rstrip(",.;:")
        ends = bare.islower() and (
            (verbs and _verb_like(bare)) or bare in _PREPOSITIONS or bare in _PHRASE_ENDS
        )
        if ends or not bare:
            return phrase, bare
        phrase.append(bare)
        if bare != word:
            break  # a comma or a stop ends the phrase
    return phrase, ""


def _read_out_writer(text: str, mention: str, at: int, start: int) -> tuple[str, int]:
    """The writer of what the speaker reads out right before the quotation at `start`
    ("read aloud a letter left at the town hall by a goaltender named Felix:", "read
    out her grandfather's words:", "had written a statement that his son read outside
    the court:"): the words are the writer's. Else the mention."""
    lead = max(0, start - _READ_OUT_REACH)
    before = text[lead:start].rstrip(" \n\"“'‘")
    written = _WRITTEN_FOR_READING.search(before)
    if written is not None:
        writer = _writer_before(text, lead + written.start())
        if writer is not None:
            return writer
    read = _READ_OUT.search(before) or _read_from(before)
    if read is None:
        return mention, at
    what, offset = read["what"], lead + read.start("what")
    if at >= offset and mention.casefold() not in PRONOUNS:
        # "read out a message from a constituent who ...": the writer found already, or
        # "from the plant's owner, Hraunvik Seafood, which": the name it is given
        return _named_after(text, mention.split(), at) or (mention, at)
    by = _WRITER_IN.search(what)
    if by is not None:
        begin = offset + by.end()
        phrase, _ = _phrase_from(text, begin, verbs=False)
        named = _named_after(text, phrase, begin) if phrase else None
        if named is not None:
            return named
        # a writer: a name or someone's noun ("a goaltender named Felix", "the
        # ward's midwives"), not a place it was read from ("the steps of the hall")
        head = list(takewhile(lambda w: w != "of", phrase))
        if head and (name_in(phrase) is not None or head[-1].casefold() in _WRITERS):
            return " ".join(phrase), begin
    sent = _SENT_IN.search(what)
    if sent is not None and not set(sent["clause"].casefold().split()) & _SUBORDINATORS:
        # (not "the letter that the council received after Tom Hale left office:", where
        # the verb of sending is another clause's)
        # "read out the message that the tenant ..., Kemi Adeyemi, had sent with it:"
        # the subject of the relative clause's verb of sending or writing
        begin = offset + sent.start("clause")
        verb = offset + sent.start("verb")
        tokens = [(w, a + begin, b + begin) for w, a, b in tokenize(text[begin:verb])]
        if tokens:
            tokens.append(("sent", verb, verb + 1))
            writer = _subject_before(tokens, len(tokens) - 1)
            if writer is not None and writer[0].casefold() not in PRONOUNS:
                return writer
    owner = _OWNER_OF_WORDS.fullmatch(what)
    if owner is not None:
        return owner["owner"], offset
    return mention, at


def _writer_before(text: str, verb: int) -> tuple[str, int] | None:
    """The subject of the verb of writing at offset `verb` ("Leah's father, Francis
    Fernandes, who ..., had written", "the court that Mira Holt had written"), read in
    its sentence as a speech verb's subject is; None when there is none."""
    begin = max(text.rfind(mark, 0, verb) for mark in (". ", "? ", "! ", "\n")) + 1
    tokens = [(w, a + begin, b + begin) for w, a, b in tokenize(text[begin:verb])]
    if not tokens:
        return None
    tokens.append(("written", verb, verb + 1))  # the verb itself, as a cue's place
    return _subject_before(tokens, len(tokens) - 1)


def _named_after(text: str, phrase: list[str], at: int) -> tuple[str, int] | None:
    """The name set off after a description's `phrase` at `at` (", Hraunvik Seafood,")."""
    named = _NAME_AFTER_COMMA.match(text, at + len(" ".join(phrase)))
    if (
        named is None
        or name_in(phrase) is not None  # a name itself: no description to explain
        or name_in(named.group(1).split()) != named.group(1)
    ):
        return None
    return named.group(1), named.start(1)


_READ_OUT_REACH = 200  # characters before a quotation its reading-out may take
# "read aloud a letter ...:", "read out her grandfather's words:", "read the court a
# letter from ...:" ending right before a quotation; not "who read a letter from the
# council on Friday, said:", where the reading is done before the speaking.
_READ_OUT = re.compile(
    r"\b(?:read|reads|reading)\s+(?:(?:out|aloud)\s+|(?:to\s+)?(?:the\s+[a-z]+|them|him|her|us)\s+"
    r"(?=(?:a|an|the|his|her|their)\s))(?P<what>(?:[^:\"“”.]|(?<=\b(?:St|Mt))\.){1,160}):$"
)
# What is read out is a document, or someone's words: "a letter from", "her grandfather's
# words".
_READ_NOUNS = "|".join(sorted(_DOCUMENT_NOUNS | {"words", "text", "poem", "card", "plea"}))
_WRITER_IN = re.compile(
    r"\b(?:(?:" + "|".join(sorted(_WRITTEN_BY | {"left"})) + r")\b[^:]*?\bby"
    r"|(?:" + _READ_NOUNS + r")\s+from)\s+"
)
# "then read a statement from Flett's wife, NAME, who stayed at home:": a document and
# its writer after a plain "read" (_read_from)
_READ_FROM = re.compile(
    r"\b(?:read|reads)\s+(?P<what>(?:a|an|the|his|her|their)\s+(?:"
    + _READ_NOUNS
    + r")\s+from\s+(?:[^:\"“”.]|(?<=\b(?:St|Mt|Dr|Mr|Ms))\.){1,140}):$"
)
_GOES_ON = re.compile(r",\s*(?:and|but)\b|\bthen\b")


def _read_from(before: str) -> re.Match[str] | None:
    """A plain "read a statement from WRITER ...:" right before a quotation (_READ_FROM),
    unless the sentence goes on past the reading to a verb of the reader's own: a cue
    ("who had read a letter from the council, replied:", where the reading is done before
    the speaking) or another clause ("..., and then gave her own view:")."""
    found = _READ_FROM.search(before)
    if found is None:
        return None
    what = found["what"]
    if _GOES_ON.search(what) or any(word in _CUES for word in what.casefold().split()):
        return None
    return found


# "had written a statement that his son, Aaron, read outside the court:" ending right
# before a quotation: the words are the writer's, whoever reads them.
_WRITTEN_FOR_READING = re.compile(
    r"\b(?:written|wrote|prepared|penned)\s+(?:a|an)\s+(?:" + _READ_NOUNS + r")\s+"
    r"(?:that|which)\s+[^:\"“”.]{0,80}?\bread\b[^:\"“”.,]{0,60}:$"
)
# "the message that Kemi Adeyemi had sent with it": a relative clause whose verb is
# one of sending or writing, after the document read out.
_SENT_IN = re.compile(
    r"^(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _READ_NOUNS + r")\s+"
    r"(?:that|which)\s+(?P<clause>.{1,120}?)\s+(?:had\s+|has\s+)?"
    r"(?P<verb>" + "|".join(sorted(_WRITTEN_BY | {"wrote", "left", "texted"})) + r")\b"
)
_OWNER_OF_WORDS = re.compile(
    r"(?P<owner>(?:[\w-]+\s+){0,3}?[\w-]+?)['’]s?\s+(?:own\s+)?(?:" + _READ_NOUNS + r")"
)
_WRITTEN_BY_AFTER = re.compile(r",?\s+(?:" + "|".join(sorted(_WRITTEN_BY)) + r")\s+by\s+")


# A name set off after a description: ", Marcy Delacroix," (or its full stop).
_NAME_AFTER_COMMA = re.compile(r",?\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*[,.]")
# Words that end a speaker's phrase after "sent by": "the guide Mitchell Dunstan to his father".
_PHRASE_ENDS = frozenset({"to", "at", "on", "in", "for", "from", "with", "about"})
# "Rosa Quispe Mamani says this the way ...": a name right after the quotation, saying it.
_SAYS_IT_AFTER = re.compile(
    r"[\"”’\s\u00a0]*(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al-\w+)){0,4})"
    r"\s+(?:says|said)\s+(?:this|so|it(?!\s+(?:was|is|were|would|will|had|has|could|might)\b))\b"
)


# How "this", "so" or "it" was said: a manner, a time or a place after it, or the
# sentence's end ("said this with some satisfaction", "said it to the crowd", "said so.").
_SAID_IT_HOW = re.compile(
    r"\s*(?:[,.;]|\s(?:with|to|in|at|on|from|after|before|while|as|when|without|during|"
    r"like|the\s+way|"
    r"through|over|under|outside|inside|later|again|twice|once|yesterday|today|last|"
    r"herself|himself|themselves|proudly|quietly|softly|loudly|slowly|calmly|firmly|"
    r"flatly|simply|bluntly|angrily|sadly|plainly|openly|publicly|privately|repeatedly)\b)"
)


# The sentence after a quotation names its owner: "That was Hazel Mahomet's verdict on
# ...", "Ruth Abel was still dripping when she said it."
_OWNED_AFTER = re.compile(
    r"[\"”’\s\u00a0]*(?:That|This|Those|These)\s+(?:was|is|were|are)\s+"
    r"(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,3})['’]s?\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{_SPEECH_NOUN})\b"
    r"|[\"”’\s\u00a0]*(?P<subject>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,3})\s+(?P<between>[^.!?\"“”]{0,80}?)"
    r"\bwhen\s+(?P<pronoun>she|he)\s+said\s+(?:it|this|that|so)\b"
)


_UNNAMED_VOICE = re.compile(
    r"[\"”’,!?.\s\u00a0]*(?:"
    + "|".join(re.escape(p) for p in sorted(phrases("unnamed_voices"), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# "... ." That was Frost again, at the top of the slope. / That is Sukarta.
_THAT_WAS = re.compile(
    r"[\"”’\s\u00a0]*That\s+(?:was|is)\s+(?P<who>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
    r"(?P<again>\s+again)?\s*[,.;]"
)


def _named_right_after(text: str, f: _Found, cast: Cast) -> str | None:
    """The speaker a sentence right after an unattributed quotation names
    (`_NAMED_AFTER`): the words up to the first verb or comma, read as a speaker
    mention, when they hold a name or open with a determiner ("one parent")."""
    said_it = _SAYS_IT_AFTER.match(text, f.end)
    if said_it is not None and name_in(said_it.group("who").split()) is not None:
        who = resolve(said_it.group("who"), said_it.start("who"), cast, None)
        person = cast.people.get(who or "")
        # where the words after show "this" is what was said ("said this with some
        # satisfaction"; not "said it hurt", "said this was absurd", "said so far"), the
        # name or a surname alone of a person the text named in full
        if _SAID_IT_HOW.match(text, said_it.end()) is not None and (
            " " in said_it.group("who") or (person is not None and person.is_person)
        ):
            return who
    that_was = _THAT_WAS.match(text, f.end)
    spoken = " ".join(text[start:end] for start, end in f.pieces)
    if (
        that_was is not None
        and name_in(that_was["who"].split()) == that_was["who"]
        # "again" (the speaker heard before), or words spoken as "I", "we" or "you":
        # not a description of the one named ("... like he owned the school." That was Beck)
        and (that_was["again"] or _FIRST_PERSON.search(spoken) or _YOU.search(spoken))
    ):
        # "That was Frost again, at the top of the slope": a person the text named
        who = resolve(that_was["who"], that_was.start("who"), cast, None)
        person = cast.people.get(who or "")
        if person is not None and person.is_person:
            return who
    owned = _OWNED_AFTER.match(text, f.end)
    if owned is not None and (owned.group("who") or _said_it_herself(owned)):
        group = "who" if owned.group("who") else "subject"
        if name_in(owned.group(group).split()) == owned.group(group):
            return resolve(owned.group(group), owned.start(group), cast, None)
    gave = _GAVE_THOSE_WORDS.match(text, f.end)
    if gave is not None:
        phrase, _ = _phrase_from(text, gave.start("subject"), verbs=True)
        named = _named_after(text, phrase, gave.start("subject"))
        if named is not None:
            return resolve(named[0], named[1], cast, None)
        if phrase and name_in(phrase) == " ".join(phrase):
            return resolve(" ".join(phrase), gave.start("subject"), cast, None)
    m = _NAMED_AFTER.match(text, f.end)
    if m is None:
        return None
    phrase, verb = _phrase_from(text, m.end(), verbs=True)
    if m.group("how") and not verb:
        # "That was how Kerry Blaine, standing at the back, put it": the verb
        # after the appositive, in the same sentence
        rest = re.split(r"[.!?]", text[m.end() : m.end() + 200])[0].split()
        verb = next((w for w in rest if w in _CUES or w in _PHRASAL_CUES), "")
    if m.group("how") and verb not in _CUES and verb not in _PHRASAL_CUES:
        return None  # "That was how the storm ended": no one's words
    if not phrase or (name_in(phrase) is None and phrase[0].casefold() not in _DETERMINERS):
        return None  # a name ("coach Ben Amadi") or a description ("one parent")
    if "belong" in m.group() and name_in(phrase) is None:
        return None  # "The joke belongs to another age": to no one
    at = m.end()
    # "by the Ledger's editor, Marcy Delacroix,": the name the description gives
    named = _named_after(text, phrase, at)
    if named is not None:
        return resolve(named[0], named[1], cast, None)
    later = _described_then_named(text, phrase, at)
    if later is not None:
        return resolve(later[0], later[1], cast, None)
    return resolve(" ".join(phrase), at, cast, None)


def _described_then_named(text: str, phrase: list[str], at: int) -> tuple[str, int] | None:
    """The name a later sentence of the paragraph gives the one a description names
    ("The words were those of a senior nurse at ..., who spoke ... The nurse, NAME,
    said ..."): "The" and the description's noun, then the name set off by commas."""
    if not phrase or phrase[0].casefold() not in _DETERMINERS - {"the"}:
        return None
    end = text.find("\n", at)
    found = _NAMED_NEXT.search(text, at, len(text) if end < 0 else end)
    if found is None or found["noun"] is None or not _names_described(found, phrase):
        return None
    return found["name"], found.start("name")


def _names_described(found: re.Match[str], description: Sequence[str]) -> bool:
    """Whether a `_NAMED_NEXT` match names the one a description's words describe: a full
    name, after "The" and one of the description's nouns ("The nurse, NAME," of "a senior
    nurse at ..."; not "The council, ...") or after a pronoun (read by the caller)."""
    if name_in(found["name"].split()) != found["name"]:
        return False
    noun = found["noun"]
    return noun is None or noun in {word.casefold() for word in description[1:4]}


# The paragraph after an unnamed speaker's quotation naming them: "The woman, Nokuthula
# Gxasheka, 61, has come ...", "The man, W.M. Gunapala, 72, ...", "She is Morjina Begum,
# 35, from ..." (not "She was NAME, 34, a nurse": whom the speaker spoke of, as often).
_NAMED_NEXT = re.compile(
    r"\s*(?:The\s+(?P<noun>[a-z]+)\s*,\s+|(?P<pronoun>She|He)\s+is\s+)"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*,"
)


def _named_in_next_paragraph(
    text: str,
    speaker: str | None,
    paragraph: int,
    paragraphs: Sequence[tuple[int, int]],
    cast: Cast,
) -> tuple[str, int] | None:
    """The name (and where it stands) the next paragraph gives someone a quotation's cue
    described only ("said one woman waiting at the tanker"): it opens with the
    description's noun, or a pronoun of its gender, and the name set off by commas
    (`_NAMED_NEXT`)."""
    if speaker is None or paragraph + 1 >= len(paragraphs):
        return None
    head = _head_words(speaker)
    if len(head) < 2 or head[0].casefold() not in _NEW_SOMEONE:
        return None
    found = _NAMED_NEXT.match(text, paragraphs[paragraph + 1][0])
    if found is None or not _names_described(found, head):
        return None
    if found["noun"] is None:
        nouns = [PERSON_NOUN_GENDER.get(word.casefold()) for word in head[1:4]]
        gender = next(filter(None, nouns), None) or description_gender(speaker)
        if gender != PRONOUNS[found["pronoun"].casefold()]:
            return None  # "said one woman ..." / "He is NAME": someone else
    named = resolve(found["name"], found.start("name"), cast, None)
    return (named, found.start("name")) if named is not None else None


def _said_it_herself(owned: re.Match[str]) -> bool:
    """Whether the "she" or "he" of "NAME was still dripping when she said it" is NAME:
    no one else named or owned between them ("Dora Keane laughed at Tom Reyes when he
    said it", "... glared at her husband when he said that"), and the first name's
    gender, where the lists know it, is the pronoun's."""
    between = owned.group("between")
    if re.search(r"[A-Z]|\b(?:his|her|their)\b", between):
        return False
    gender = first_name_gender(owned.group("subject").split()[0])
    return gender is None or gender == PRONOUNS[owned.group("pronoun")]


def _distance(f: _Found) -> int:
    """Characters between a speaker mention and the nearest edge of its quotation."""
    if f.mention is None:
        return 0
    if f.mention_at < f.start:
        return max(0, f.start - f.mention_at - len(f.mention))
    return max(0, f.mention_at - f.end)


def _route(mention: str, speaker: str | None, cast: Cast) -> str:
    """How a mention reached its speaker (a feature of the confidence model)."""
    low = mention.casefold()
    if low in PRONOUNS:
        return "pronoun" if speaker else "none"
    if speaker is None:
        return "none"
    if speaker in cast.people:
        if speaker == mention or mention.endswith(speaker):
            return "named"
        return "short" if mention[:1].isupper() else "described"
    if " " not in speaker and cast.by_first_name(speaker) is not None:
        return "named"  # "Batisse said" after "Batisse Wilson": her, by her first name
    return "description"


_BARE_APOSTROPHE = re.compile(r"['’][ \t]")
_KINSHIP = words("kinship")
# Nouns of a person a possessive can own: relatives and people's roles (not bodies).
_PERSON_HEADS = _KINSHIP | words("role_heads") | words("person_titles")
_DETERMINERS = words("determiners")


_PLURAL = "plural"  # a described subject's "gender" that no pronoun of one person has
_ATTRIBUTION_END = re.compile(r"[\"“”‘\n]|[.!?](?:\s|$)")


def _many(speaker: str) -> bool:
    """Whether a speaker is many people: a description whose head is a plural of people
    ("U.S. officials", "the researchers")."""
    head = speaker.split()[-1].casefold()
    return head in _GROUP_NOUNS or _plural_head(head)


def _plural_head(word: str) -> bool:
    """A plural of a person noun ("supporters", "parents", "bodyguards"), not a
    singular ending in s ("boss")."""
    if word in _PERSON_HEADS or not word.endswith("s"):
        return False
    return word[:-1] in _PERSON_HEADS or (word.endswith("ies") and word[:-3] + "y" in _PERSON_HEADS)


def _other_of_family(surname: str, speaker: str, cast: Cast) -> str | None:
    """The one other person of the cast with `surname` whose gender is known and is not
    the speaker's ("Leak said ... her son" is Claressa Leak, not her son Antonio), or
    None."""
    gender = cast.people[speaker].gender
    others = [
        full
        for full in cast.names_ending(surname.strip())
        if full != speaker
        and cast.people[full].is_person
        and cast.people[full].gender not in {None, gender}
    ]
    return others[0] if len(others) == 1 else None


def _relative_speaks(text: str, mention: str, at: int, speaker: str, cast: Cast) -> bool:
    """A bare surname that the attribution shows to be someone else of the family.

    "Voss said of her brother's account", in a story whose only full
    name is Anton Voss: the speaker is his sister, who shares the
    surname. When a lone surname was mapped to a longer full name and the
    words right after it, in its sentence, speak of "her"/"his" relative in the
    other gender from that person's, the full name is not who spoke ("said
    Noble. LePage and her children" is no relative of Noble's).
    """
    if " " in mention.strip() or " " not in speaker:
        return False
    person = cast.people.get(speaker)
    if person is None or person.gender is None:
        return False
    # the attribution's own words: up to a quotation mark or the sentence's end
    following = text[at + len(mention) : at + len(mention) + 60]
    if re.match(r",\s*(?:his|her)\s", following):
        return False  # "Hurst, her husband of 41 years, said": the name's own appositive
    after = _ATTRIBUTION_END.split(following, maxsplit=1)[0]
    for m in re.finditer(r"\b(his|her)\s+([a-z]+)", after):
        noun = re.sub(r"['’]s$", "", m.group(2))
        if noun in _KINSHIP:
            return OWNER_GENDER[m.group(1)] != person.gender
    return False


def _introduced_speaker(
    introducers: Sequence[tuple[int, str, int]], f: _Found, since: int
) -> tuple[str, int] | None:
    """The named subject of a sentence just before an unattributed quotation, in its
    paragraph and after the previous quote ended: (name or description, offset).

    `introducers` are the sentence subjects in text order that can introduce a
    voice: names, and a person a possessive describes ("Lind's mother", given
    as that description). A pronoun subject ("He craned his neck") counts only
    when the subject just before it, in its paragraph or the one before, is the
    person it resolves to: a guess from the whole text is no reason to credit
    the quotation.
    """
    i = bisect_left(introducers, (f.start,)) - 1
    if i < 0:
        return None
    offset, name, paragraph = introducers[i]
    if offset < since or paragraph != f.paragraph:
        return None
    return name, offset


def _about_to_speak(
    text: str,
    introducers: Sequence[tuple[int, str, int]],
    f: _Found,
    since: int,
    paragraphs: Sequence[tuple[int, int]],
    cast: Cast,
) -> tuple[str, int] | None:
    """The person named as the subject of the paragraph right before a quotation that
    fills its own paragraph, when the name opens the paragraph's last sentence and the
    sentence says they were about to speak: a question, a speech verb or noun in it
    ("Tiiu Saar ... had a question for the engineer, and she asked it before anyone
    else could." / "...?"). A person the paragraph only tells of ("Ana Ruiz lives near
    the plant.") gives nothing."""
    if f.paragraph < 1 or _share_of_paragraph(f, paragraphs) < _WHOLE_PARAGRAPH:
        return None
    i = bisect_left(introducers, (f.start,)) - 1
    if i < 0:
        return None
    offset, name, paragraph = introducers[i]
    if offset < since or paragraph != f.paragraph - 1:
        return None
    person = cast.people.get(name)
    sentence = text[offset : paragraphs[paragraph][1]]
    opening = re.findall(r"[\w'’.-]+", sentence)[:_NAME_OPENING_WORDS]
    if person is None or not person.is_person or name.split()[-1] not in opening:
        # the subject written there as the name ("Tiiu Saar", "Mr Gates"), not "His
        # doctor" read as one
        return None
    if re.search(r"[.!?]\s+\S", sentence.rstrip()):
        return None  # another sentence follows the subject's in the paragraph
    if not opens_sentence_at(text, offset):
        return None  # the name opens its sentence ("And ..., Trump's reversals ..." does not)
    words = {w.casefold() for w in re.findall(r"[\w'’]+", sentence)}
    return (name, offset) if words & _ABOUT_TO_SPEAK else None


_NAME_OPENING_WORDS = 4  # words opening a sentence that may hold its subject's name

# What says that the person a paragraph ends on speaks next: a question, a cue or a
# speech noun ("had a question for the engineer, and she asked it", "chimed in").
_ABOUT_TO_SPEAK = _CUES | _SPEECH_NOUNS | words("about_to_speak")


# An age between a possessive and what it owns: "Lind's 10-year-old son", "Lind's 4-year-old".
_AGE_WORD = re.compile(r"[ \t]+\d+(?:[\- ](?:years?|months?|weeks?)[\- ]old)?\b", re.IGNORECASE)
_OWNED_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")


def _owned_person_end(text: str, end: int) -> int | None:
    """Where the person a possessive ending at `end` owns ends, if it owns one
    ("Lind's mother", "Lind's 10-year-old son", "Lind's campaign manager",
    "Lind's 10-year-old Jeb"); None for a thing ("Lind's plan", "Lind's
    campaign") or a contraction ("It's become a ...").

    Up to three words after it are read: an age or lower-case describing words
    may stand before the head, a relative or a person's role (data lists); a
    name right after an age is a person too.
    """
    pos, aged, head_end = end, False, None
    for _ in range(3):
        age = _AGE_WORD.match(text, pos)
        if age is not None:
            pos, aged = age.end(), True
            continue
        m = _OWNED_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if word[:1].isupper():
            # "Lind's 10-year-old Jeb"; not "Lind's Senate seat"
            return m.end() if aged and head_end is None else head_end
        low = word.casefold()
        if low in _PERSON_HEADS or low.rstrip("s") in _PERSON_HEADS:
            head_end = m.end()
        elif head_end is not None and _names_follow(text, m.end(), low):
            return m.end()  # "Lind's head coach, Ana Ruiz,": a role of two words
        elif head_end is not None or _verbish(low) or low in _HEAD_STOP | _DETERMINERS:
            break
        pos = m.end()
    return head_end


def _names_follow(text: str, at: int, word: str) -> bool:
    """Whether the lower-case `word` ending at `at` ends a role that a name set off by
    commas explains ("head coach, Ana Ruiz,")."""
    return (
        not _verbish(word)
        and word not in _HEAD_STOP | _DETERMINERS
        and _APPOSITIVE_NAME.match(text, at) is not None
    )


# Uncued turns an interview must have taken to be read as a transcript, whose
# questions resume after narration; and how many paragraphs of narration may stand
# between a turn and the next question.
_TRANSCRIPT_TURNS = 2
_NARRATION_IN_TRANSCRIPT = 2


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)


def _asks_another(quotation: str) -> bool:
    """Whether a quotation ending in a question asks it of someone else: put to them
    (_put_question), or a last sentence that asks nothing of the speaker's own ("Six
    kilometres an hour. Would that have made a difference?"; not "I trusted him. Why
    would I have doubted him?")."""
    if _put_question(quotation):
        return True
    last = re.split(r"(?<=[.!])\s+", quotation.strip(' "“”'))[-1]
    return _FIRST_PERSON.search(last) is None


def _put_question(quotation: str) -> bool:
    """Whether a quotation is a question put to someone: one sentence, or one that
    says "you" ("Is it true he once told a bowler to stop?", "Do players treat you
    differently?"); not a speaker's words ending in a question of their own."""
    words = quotation.strip(' "“”')
    return _YOU.search(words) is not None or len(_sentences(words, 0, len(words), ())) <= 1


def _interview_opens(
    text: str, paragraphs: Sequence[tuple[int, int]], paragraph: int, asker: str, cue_at: int
) -> bool:
    """Whether a question its asker was cued for opens an interview: the question says
    "you", or the text before it names the asker as the one spoken to ("She spoke to
    Thushara Gunawardena", "told Gunawardena", "interviewed by ..."); not someone's
    own question in a story ("How long must we wait?" Ruiz asked)."""
    start, end = paragraphs[paragraph] if 0 <= paragraph < len(paragraphs) else (0, 0)
    if _YOU.search(text[start:end]):
        return True
    return _introduced_as_interviewer(text, paragraphs, paragraph, asker)


def _introduced_as_interviewer(
    text: str, paragraphs: Sequence[tuple[int, int]], paragraph: int, asker: str
) -> bool:
    """Whether the text before the paragraph names `asker` as the interviewer: the one
    spoken to ("She spoke to Thushara Gunawardena", "told Gunawardena", "interviewed
    by ...") or the one speaking to someone ("Reporter Tomas Berhane spoke to Ana Ruiz")."""
    start = paragraphs[paragraph][0] if 0 <= paragraph < len(paragraphs) else 0
    surname = re.escape(asker.split()[-1])
    before = text[max(0, start - _INTERVIEW_INTRO_REACH) : start]
    return (
        re.search(
            rf"\b(?:spoke|speaking|talked|talking|told|interviewed)\s+(?:to|with|by)?\s*"
            rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname}\b",
            before,
        )
        is not None
        # "Reporter Tomas Berhane spoke to Ana Ruiz": the asker as the one speaking
        or re.search(
            rf"\b{surname}\b[^.!?\n]{{0,60}}\b(?:spoke|talked)\s+(?:to|with)\s+[A-Z]"
            rf"|\b{surname}\b[^.!?\n]{{0,60}}\binterviewed\s+[A-Z]",
            before,
        )
        is not None
    )


_INTERVIEW_INTRO_REACH = 1500  # characters before the first question its introduction may stand


def _subject_before_question(
    people: Sequence[tuple[int, str, int]],
    question: tuple[str | None, int, int],
    gender: str,
    cast: Cast,
) -> str | None:
    """The latest person a sentence made its subject in the two paragraphs before the
    question's, of the pronoun's gender and not its asker; None when there is none."""
    asker, paragraph, _ = question
    for _, name, at_paragraph in reversed(people):
        if at_paragraph >= paragraph:
            continue
        if at_paragraph < paragraph - 2:
            return None
        person = cast.people.get(name)
        if person is None or not person.is_person or name == asker:
            continue
        if person.gender is None or person.gender == gender:
            return name
    return None


def _keeps_turns(exchange: tuple[str, str], speaker: str | None, asking: bool) -> bool:
    """Whether a cued quotation keeps an interview going: the answerer's, or the
    asker's put as a question ("...?" X asked); a third speaker, or the asker's
    words cued otherwise ("X wrote in the column"), end it."""
    asker, answerer = exchange
    return speaker == answerer or (speaker == asker and asking)


# A name a question calls its answerer by: opening a sentence before a comma
# ("Chimwemwe, how many ...?") or closing one after a comma ("..., Mma Molefe.").
_VOCATIVE = re.compile(
    r"(?:^|[.?!]\s+)((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s"
    r"|,\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)[.?!]"
)


# A description set beside a name, after it ("Tembo, your manager, ...") or before it
# ("your manager, Joseph Tembo?"): the name is someone spoken of, not spoken to.
# After it, a description closed by a comma in its sentence ("Gvarami, the girl from
# Kutaisi who never lost, beat you"; but "Nino, your father says ...?" calls Nino by
# name, of her father), an age ("Gvarami, at 24, is"), or more names of a list
# ("Gvarami, Dimacal and the referee").
_APPOSITION_AFTER = re.compile(
    r"(?:(?:your|his|her|their|our|my|the|a|an)\s[^,.?!]*,"
    r"|at\s+\d+,"
    r"|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,|\s+and\b)))",
    re.I,
)
_APPOSITION_BEFORE = re.compile(
    r"\b(?:your|his|her|their|our|my|the)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\Z", re.I
)


def _addressee(question: str, cast: Cast) -> str | None:
    """The one person of the cast a question calls by name, else None: an interview's
    first answer is theirs, whoever spoke before the question. Of a title and a name
    ("Mr Ramotswa"), the name's last word is who is meant. A name with a description
    beside it ("your manager, Joseph Tembo") is someone the question speaks of."""
    meant = set()
    for match in _VOCATIVE.finditer(question):
        if match.group(1) and _APPOSITION_AFTER.match(question, match.end()):
            continue  # "Tembo, your manager, says ...": the sentence's subject
        if match.group(2) and _APPOSITION_BEFORE.search(question, 0, match.start()):
            continue  # "... with your manager, Joseph Tembo?": whom the question names
        words = (match.group(1) or match.group(2)).split()
        for name in (" ".join(words), words[-1]):
            person = cast.by_first_name(name) if len(name.split()) == 1 else None
            person = person or cast.full_name(name)
            if person in cast.people and cast.people[person].is_person:
                meant.add(person)
                break
    return meant.pop() if len(meant) == 1 else None


# "under questioning by", "cross-examined by": the one named next put the questions
_QUESTIONED_BY = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(phrases("questioned_by"), key=len, reverse=True))
    + r")\s+",
    re.IGNORECASE,
)
# A run of capitalised words, a name's shape
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
QUESTIONER_REACH = 80  # characters after "under questioning by" its name may stand within
# Nothing, or an article or owner's word and up to three words of a role, then a comma
_QUESTIONER_ROLE = re.compile(
    r"(?:(?:the|his|her|their|its|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,\s+)?"
)


def _questioner(
    text: str, f: _Found, paragraph: tuple[int, int], speaker: str, cast: Cast
) -> str | None:
    """The person the sentence of a cued quotation says put the questions to its speaker
    ('"...," Mänd said under questioning by the prosecutor, NAME.', "Questioned by his
    own counsel, NAME, the defendant said ..."): a person the text names, not the
    speaker; None when no such phrase names one."""
    if speaker not in cast.people:
        return None
    start = max(paragraph[0], min(f.start, f.mention_at) - QUESTIONER_REACH * 2)
    found = _QUESTIONED_BY.search(text, start, paragraph[1])
    if found is None:
        return None
    reach = text[found.end() : min(paragraph[1], found.end() + QUESTIONER_REACH)]
    reach = re.split(r"[.;!?](?:\s|$)", reach)[0]
    run = _CAPITAL_RUN.search(reach)
    # the name right after the phrase, or after a role with its article ("by the
    # prosecutor, NAME", "by his own counsel, NAME"); not "by police over the death of
    # his neighbour, NAME", "from reporters alongside NAME"
    if run is None or not _QUESTIONER_ROLE.fullmatch(reach[: run.start()]):
        return None
    name = name_in(run.group().rstrip(".").split())
    who = resolve(name, found.end() + run.start(), cast, None) if name else None
    person = cast.people.get(who or "")
    return who if person is not None and person.is_person and who != speaker else None


def _next_turn(
    exchange: tuple[str, str] | None, said_by: str, prior_asks: bool, asks: bool, retorts: bool
) -> str:
    """Who speaks an uncued quotation right after `said_by`'s, in an interview.

    Once one person asked ("...?" X asked) and another answered, the two take
    turns: an uncued answer after the asker's question is the answerer's, an
    uncued question after the answerer's words the asker's (`prior_asks`,
    `asks`: whether the quotation before, and this one, hold a question mark),
    and words answering back (`retorts`) the other side's. Anywhere else the
    speaker of the quotation before goes on, as news text writes a speech over
    several paragraphs.
    """
    if exchange is None or said_by not in exchange:
        return said_by
    asker, answerer = exchange
    if retorts:
        return answerer if said_by == asker else asker
    if said_by == asker and prior_asks and not asks:
        return answerer
    if said_by == answerer and asks and not prior_asks:
        return asker
    return said_by


def _answers(text: str, f: _Found, question: tuple[str | None, int, int], cast: Cast) -> bool:
    """Whether quote `f`, by a cue of answering, follows a question of its paragraph or
    the one before with nobody named in between ("Later, when I emailed Brafman,
    he replied" may be the asker answering a question of his own); or, by a plain
    "said", stands in the paragraph right after a question someone unnamed asked, or
    someone named of no gender the pronoun has, or put to a "you" ('"Will you keep his
    deputies?" asked a reporter. / "I will keep everyone ...," she said.'): the answer of
    whoever the question was put to."""
    asker, paragraph, end = question
    cue = (f.cue or "").casefold()
    # (a plain "said" in the next paragraph answers whoever asked: unnamed, or named and
    # of no gender the pronoun has, '"Did you ask?" Mockus asked. / "Once," she said.';
    # not an asker of the pronoun's gender answering her own question)
    asker_gender = cast.people[asker].gender if asker in cast.people else None
    pronoun = PRONOUNS.get((f.mention or "").casefold())
    other = (
        asker not in cast.people
        or asker_gender is None
        or asker_gender != pronoun
        # a question put to someone ("What do you tell them?"), not the asker's own
        or _PUT_TO_YOU.search(_question_words(text, end)) is not None
    )
    if cue not in _REPLY_CUES and not (cue in _SAY and f.paragraph == paragraph + 1 and other):
        return False
    if f.paragraph - paragraph > 1:
        return False
    # from the question's paragraph end, when the answer opens the next: the asker's
    # own description there ("asked a reporter from the daily Shinji Shimbun") names
    # nobody the answer may be
    since = text.find("\n", end) if f.paragraph == paragraph + 1 else -1
    between = set(_CAPITALISED.findall(text, since if since >= 0 else end, f.mention_at))
    return not any(
        person.is_person and person.name.split()[-1] in between for person in cast.people.values()
    )


_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]+")
# A question put to someone: it speaks to a "you".
_PUT_TO_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def _question_words(text: str, end: int) -> str:
    """The words of the quotation that ends at `end` (a question), from its opening mark."""
    opened = max(text.rfind(mark, 0, end - 1) for mark in ('"', "“"))
    return text[opened + 1 : end] if opened >= 0 else ""


_REPLY_CUES = words("reply_cues")


def _one_of_many(description: str) -> bool:
    """A description that picks one of a crowd ("One member", "One visitor, who ..."):
    a "she" in what that one is reported to say ("said she had voted yes") is taken
    for the one speaking. It may mean a woman named before ("Ana Ruiz lost her seat.
    One member said she had been pushed out"), whose next words are then credited to
    the member: the lesser error, as crediting a named person with a stranger's
    words would show a wrong name."""
    return description.casefold().split(maxsplit=1)[:1] == ["one"]


def _reports_someone(text: str, reports: Sequence[_Found], cast: Cast) -> bool:
    """Whether what a speaker is reported to say (`reports`, the quotes of one mention)
    speaks of a "he" or "she" outside its quotation marks ("A colleague said she was
    tireless"), someone else the next pronoun may mean."""
    return any(word in PRONOUNS for word in _report_pronouns(text, reports, cast))


def _report_pronouns(text: str, reports: Sequence[_Found], cast: Cast) -> Iterator[str]:
    """The "he", "him", "she", "her" and "his" (case-folded) of what a speaker is reported
    to say (`reports`), outside its quotation marks, in order."""
    for f in reports:
        for m in _WORD.finditer(text, f.start, f.end):
            word = m.group().casefold()
            if (word in PRONOUNS or word in OWNER_GENDER) and not cast.in_quotation(m.start()):
                yield word


def _start_of(paragraphs: Sequence[tuple[int, int]], paragraph: int, default: int) -> int:
    """Where paragraph number `paragraph` starts (`default` past the last one)."""
    return paragraphs[paragraph][0] if 0 <= paragraph < len(paragraphs) else default


def _brought_in_before_quote(
    text: str,
    name: str,
    offset: int,
    paragraph: int,
    paragraphs: Sequence[tuple[int, int]],
    pronoun_quotes: Sequence[tuple[int, int, int, str]],
    cast: Cast,
    reports: Sequence[_Found] = (),
) -> str | None:
    """The gender ("m" or "f") of the pronoun that credits the quotation right after an
    indefinite description of someone ("A government backbencher", "Another neighbor,
    who asked ...") subject of a sentence at `offset`: the quotation follows in the same
    paragraph, or opens the next one, with no person of the cast named in between.
    None when there is no such quotation, or the description names no one.

    The description names someone when a noun of one person heads it, or, when it is
    credited with words of its own (`reports`: "One shearer said there was no work"),
    when its head is a noun of someone by what they do that no list knows (`_doer`:
    "One copra cutter", "One of the pickers"). Its own report's "he" or "she" ("said
    he had not been paid") must be the pronoun's."""
    if name.split(maxsplit=1)[0].casefold() not in _NEW_SOMEONE or name in cast.people:
        return None  # most subjects: a name, or a definite description
    head = _head_words(name)
    if len(head) < 2:
        return None
    noun = next((w for w in head[1:DESCRIBED_NOUN_REACH] if w in _SOMEONE_NOUNS), None)
    if noun is None and [w.casefold() for w in head[:2]] == ["one", "of"]:
        # one of many, named by their plural, maybe further on: "One of the few women
        # working underground"
        noun = next(
            (
                one
                for w in head[2 : DESCRIBED_NOUN_REACH + 2]
                if (one := _singular(w)) in _SOMEONE_NOUNS
            ),
            None,
        )
    if noun is None and reports and _someone_by_head(head):
        noun = _described_noun(head)
    if noun is None:
        return None  # "A few minutes later, he added": a time, no one
    at = bisect_right(pronoun_quotes, (offset, paragraph))
    if at == len(pronoun_quotes):
        return None
    mention_at, quote_paragraph, quote_start, pronoun = pronoun_quotes[at]
    if PERSON_NOUN_GENDER.get(noun, PRONOUNS[pronoun]) not in {"", PRONOUNS[pronoun]}:
        return None  # "A boy was shot ... "He is strong," she said": his mother
    if _report_gender(text, reports, cast) not in {None, PRONOUNS[pronoun]}:
        return None  # "One cutter said he had not been paid. ... "...," she said"
    if quote_paragraph != paragraph and not (
        quote_paragraph == paragraph + 1
        and not text[_start_of(paragraphs, quote_paragraph, quote_start) : quote_start].strip(
            " \n\"“‘'"
        )
    ):
        return None
    if _ASKED_SOMEONE.search(text, offset, mention_at):
        return None  # "One reporter asked the Premier whether ...": the answer is hers
    # nobody named in the paragraph before the quotation, the description's
    # sentence included: "Dunmore did not attend. A colleague read a statement on
    # her behalf. "...," she said." may be Dunmore's
    named = _people_named(cast, _start_of(paragraphs, paragraph, offset), mention_at)
    return None if named else PRONOUNS[pronoun]


DESCRIBED_NOUN_REACH = 4  # words of a description read for its noun ("A young farmer")


def _described_noun(head: Sequence[str]) -> str:
    """The noun a description's head words end on: the last, or in "A group of traders"
    the one before "of" (but "One of the pickers": one of them, the pickers')."""
    if "of" in head[1:] and head[0].casefold() != "one":
        return head[head.index("of", 1) - 1]
    return head[-1]


def _singular(noun: str) -> str:
    """A plural noun of people as one ("women" -> "woman", "pickers" -> "picker"): read
    only of nouns of people and doers, whose plurals take a plain "s"."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else noun


def _someone_by_head(head: Sequence[str]) -> bool:
    """Whether a description's head words name one person by their noun's ending
    (`_doer`; a plural only as one of them: "One of the pickers", not "A dozen
    farmers"), or pick one of a number of people ("One of the eleven who voted
    against")."""
    partitive = [w.casefold() for w in head[:2]] == ["one", "of"]
    noun = _described_noun(head)
    if partitive:
        return _doer(_singular(noun)) or noun.casefold() in _NUMBERS
    return _singular(noun) == noun and _doer(noun)


def _doer(word: str) -> bool:
    """Whether a word in lower case is a noun of someone by what they do, by its ending
    (data/doer_endings.txt: "cutter", "supervisor", "boatman", "pickers"), of four
    letters or more; not a thing's ("letter", "poster", "monitor")."""
    return (
        len(word) >= 4
        and word == word.casefold()
        and word.endswith(_DOER["endings"])
        and word not in _DOER["not"]
    )


_DOER = pairs("doer_endings")


def _report_gender(text: str, reports: Sequence[_Found], cast: Cast) -> str | None:
    """The gender of the first "he", "she", "his" or "her" in what a speaker is reported
    to say, outside quotation marks ("said he had not been paid": "m"); None if none."""
    word = next(_report_pronouns(text, reports, cast), None)
    return None if word is None else PRONOUNS.get(word) or OWNER_GENDER[word]


# "asked the Premier", "questioned Ruiz", "asked whether": a question put to someone.
_ASKED_SOMEONE = re.compile(
    r"\b(?:"
    + "|".join(sorted(_ASKING_CUES))
    + r")\s+(?:(?:the\s+)?(?-i:[A-Z])|(?:"
    + "|".join(sorted(words("question_words")))
    + r")\b)",
    re.IGNORECASE,
)
# Determiners that bring in someone new: "a", "an", "another", "one".
_NEW_SOMEONE = frozenset({"a", "an", "another", "one"})
# Nouns of one person such a description ends in (a role, a relative, "farmer").
_SOMEONE_NOUNS = frozenset(PERSON_NOUN_GENDER) | _APPOSITIVE_PERSON_NOUNS | _ROLE_WORDS | _KINSHIP
# Nouns of whoever writes what is read out: a person, a group, a body.
_WRITERS = _SOMEONE_NOUNS | _GROUP_NOUNS | words("group_words") | words("org_words")


def _person_named_near(
    cast: Cast, paragraphs: Sequence[tuple[int, int]], paragraph: int, offset: int
) -> bool:
    """Whether a person of the cast is named (outside quotations) between the start of
    the paragraph before `paragraph` and `offset`."""
    start = paragraphs[max(0, paragraph - 1)][0] if paragraphs else 0
    return bool(_people_named(cast, start, offset))


def _people_named(cast: Cast, start: int, end: int) -> list[str]:
    """The people of the cast named between `start` and `end`, outside quotations, in
    order (each mention once)."""
    lo = bisect_left(cast.mentions, (start, ""))
    hi = bisect_left(cast.mentions, (end, ""))
    return [
        name
        for at, name in cast.mentions[lo:hi]
        if (person := cast.people.get(name)) is not None
        and person.is_person
        and not cast.in_quotation(at)
    ]


def _head_words(description: str) -> list[str]:
    """A description's words before any comma or relative clause ("A woman who lives
    nearby" -> "A woman"), where its head noun is the last."""
    return _CLAUSE_OR_COMMA.split(description, maxsplit=1)[0].split()


_CLAUSE_OR_COMMA = re.compile(r",|\s(?:who|whose|that|which)\s")


def _one_person_described(name: str | None, cast: Cast) -> str | None:
    """The gender ("m", "f" or "" for either) of a description of one person, else None.

    "The clerk", "A woman who lives nearby", "the victim's mother": a
    description (no name of the cast) whose head noun, the last word before
    any clause or comma, is a noun for one person.
    """
    head = _described_head(name, cast)
    return PERSON_NOUN_GENDER.get(head[-1].casefold()) if head else None


def _described_gender(name: str | None, cast: Cast, text: str, end: int) -> str | None:
    """The gender ("m" or "f") a relative clause gives a description of one word after
    its determiner, of a head no list need know: "An engineer who asked not to be
    named because she ..." (the description ending at `end` in `text`) is one woman.
    None when no "who" follows, or the clause says no "he" or "she", or both."""
    head = _described_head(name, cast)
    if not head or len(head) != len((name or "").split()) or not head[-1].islower():
        return None
    clause = _WHO_CLAUSE.match(text, end)
    if clause is None:
        return None
    kinds = {w[0].casefold() for w in _SUBJECT_HE_SHE.findall(clause.group(1))}
    return {"h": "m", "s": "f"}.get(kinds.pop()) if len(kinds) == 1 else None


def _described_head(name: str | None, cast: Cast) -> list[str] | None:
    """A description's words up to its head noun ("A woman" of "A woman who lives
    nearby"), when it opens with a determiner or a possessive and names no one of
    the cast; None for anything else."""
    if name is None or name in cast.people:
        return None
    head = _head_words(name)
    if len(head) < 2 or head[0].casefold() not in _DESCRIPTION_OPENERS:
        return None
    return head


_DESCRIPTION_OPENERS = _DETERMINERS | _POSSESSIVES
# The relative clause right after a description, to the sentence's end at most.
_WHO_CLAUSE = re.compile(r"\s+who\s+([^.;:!?\"“”]{1,200})")


def _speaking_relative(
    text: str,
    mention: str,
    at: int,
    speaker: str | None,
    cast: Cast,
    named: set[str],
    credited: set[str],
) -> str | None:
    """The relative a bare surname stands for when the person it was resolved to has died.

    "Dan Caron was remembered ... said his daughter Nicole Caron. ... Caron
    recalled": the person the surname was resolved to is dead (a sentence
    naming them in full says so, data/death_words.txt) and was never credited
    in the article, and exactly one other person of that surname was credited
    by full name before (`named`; `credited` holds everyone credited so far):
    the surname is that relative, unless a subject he/she after the surname
    in its sentence does not fit the relative's gender. Otherwise the surname
    keeps its person: news text writes the bare surname for a story's main
    person, alive ("Hillary Carson unveiled a plan ... Bill Carson said ...
    Carson said"), and a relative named in full again later leaves it to them.
    """
    surname = mention.strip()
    if speaker is None or " " in surname or not speaker.endswith(" " + surname):
        return speaker
    sharers = [n for n in named if n != speaker and n.endswith(" " + surname)]
    if len(sharers) != 1 or sharers[0] not in cast.people or speaker not in cast.people:
        return speaker
    relative = sharers[0]
    if not cast.people[relative].is_person or speaker in credited:
        return speaker  # "Celebrating Clinton"; or the surname already stood for them
    gender = cast.people[relative].gender
    evidence = _pronoun_gender(text, at, cast)
    if evidence is not None and gender is not None and evidence != gender:
        return speaker  # "Grayson said ... he": not the woman credited before
    if any(offset > at for offset in _written_in_full(relative, text, cast)):
        # "... Williams said. ... Rosalind Williams said": a relative the text goes on
        # naming in full leaves the bare surname to the other person
        return speaker
    return relative if _died(speaker, text, cast) else speaker


def _written_in_full(name: str, text: str, cast: Cast) -> list[int]:
    """Where the cast's `name` is written out in full, outside quotations."""
    return [
        offset
        for offset, mentioned in cast.mentions
        if mentioned == name and text.startswith(name, offset) and not cast.in_quotation(offset)
    ]


def _died(name: str, text: str, cast: Cast) -> bool:
    """Whether a sentence naming `name` in full, outside quotations, says they died."""
    for offset in _written_in_full(name, text, cast):
        start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
        stop = _SENTENCE_STOP.search(text, offset)
        sentence = text[start : stop.start() if stop else len(text)].casefold()
        if any(word in _DEATH_WORDS for word in re.findall(r"[a-z]+", sentence)):
            return True
    return False


_DEATH_WORDS = words("death_words")


def _pronoun_gender(text: str, at: int, cast: Cast) -> str | None:
    """The gender of the first he/she after `at` in its sentence, outside quotations ("his"
    and "her" are as often someone else's: "Moss said his friends")."""
    stop = _SENTENCE_STOP.search(text, at)
    for m in _SUBJECT_HE_SHE.finditer(text, at, stop.start() if stop else len(text)):
        if not cast.in_quotation(m.start()):
            return PRONOUNS[m.group().casefold()]
    return None


_SUBJECT_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


# A relative pronoun opening the words after a comma: in 'Cook told Benioff, which
# meant making the "best system"' the clause is the writer's. After the cue itself
# it opens a question that is the subject ('said which route it takes "is up to
# them"') and the words are reported.
_RELATIVE_OPENING = re.compile(r"(?:which|whom|whose)\b")


def _name_given_in_clause(text: str, subject: str | None, offset: int, cast: Cast) -> str | None:
    """The name a described subject gives in its own relative clause, before the
    sentence's end ("A younger drinker at the next table, who would give only his first
    name, Lukas, was ..."): the person the cast registered as giving it."""
    if subject is None or subject in cast.people or not subject[:1].isupper():
        return None
    if subject.split(maxsplit=1)[0].casefold() not in _NEW_SOMEONE:
        return None
    stop = sentence_end(text, offset)
    lo = bisect_left(cast.mentions, (offset, ""))
    for at, name in cast.mentions[lo:]:
        if at >= stop:
            break
        person = cast.people.get(name)
        if person is not None and "given" in person.context:
            # the subject's own clause: ", who" after it and no verb of saying before
            # the name ("One resident said her neighbour, who gave her name only as
            # Joyce, ..." gives the neighbour's name, not the resident's)
            between = text[offset:at]
            own = _OWN_RELATIVE.search(between) is not None
            saying = _SAY.intersection(re.findall(r"[a-z]+", between))
            return name if own and not saying else None
    return None


_OWN_RELATIVE = re.compile(r",\s+who\b")


def _names_someone(text: str, offset: int, cast: Cast) -> bool:
    """Whether the sentence from `offset` to its end names a person of the cast after
    its first words (the subject's)."""
    stop = sentence_end(text, offset)
    lo = bisect_left(cast.mentions, (offset + 1, ""))
    hi = bisect_left(cast.mentions, (stop, ""))
    return any(
        (person := cast.people.get(name)) is not None and person.is_person
        for _, name in cast.mentions[lo:hi]
    )


def _relative_of_someone(description: str) -> bool:
    """A description that is a relative owned by a pronoun ("Her mother", "his
    brother"): someone other than the person the pronoun stands for."""
    words = description.casefold().split()
    return len(words) == 2 and words[0] in {"her", "his"} and words[1] in _RELATIVE_GENDER


def _relative_clause(text: str, f: _Found, content: str) -> bool:
    """Whether a quote's words are a relative clause after a comma, not a report."""
    return bool(_RELATIVE_OPENING.match(content)) and text[: f.start].rstrip().endswith(",")


# "asked NAME whether": the person a yes-or-no question, or one about themselves ("how
# she learned"), was put to, in the sentence right before a quotation ("why" or "how"
# about a thing as often asks for the asker's own argument: "Udo asked Hale why the
# report was late. "I want it by Friday," he said").
_ASKED_WHOM = re.compile(
    r"\b(?:asked|asks)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*|him|her)\s+"
    r"(?:whether|if|(?:how|why|what|when|where)\s+(?:she|he)\b)"
    r"(?:[^.?!\"“”]|\.(?=\d))*[.?!]\s*[\"“]?\Z"
)
_ASKED_REACH = 300  # characters before a quotation its sentence before is read in


def _one_asked(
    text: str, f: _Found, subject: str, cast: Cast, last: tuple[int, str] | None
) -> str | None:
    """The person the subject asked something in the sentence right before a quotation
    cued by a pronoun: "Fadda asked Michela Porcu whether she had ever wanted to
    sing. "...," she said" is Porcu's answer, not the asker's, when Porcu may be
    the pronoun's gender, the quotation opens the sentence right after the question
    and does not speak of Porcu; "Lyimo asked him whether he had been paid ..." asks
    the one quoted last (`last`), "him" of the pronoun's gender. None when no such
    question stands there."""
    start = max(text.rfind("\n", 0, f.start) + 1, f.start - _ASKED_REACH)
    m = _ASKED_WHOM.search(text, start, f.start)
    if m is None or (f.mention_at < f.start and f.type == "direct"):
        return None  # no question right before; or the cue stands before the quotation
    gender = PRONOUNS[(f.mention or "").casefold()]
    if m.group(1) in {"him", "her"}:
        if PRONOUNS[m.group(1)] != gender or last is None:
            return None
        name: str | None = last[1]  # the witness just heard
    else:
        name = resolve(m.group(1), m.start(1), cast, None)
    person = cast.people.get(name or "")
    if name is None or person is None or not person.is_person or name == subject:
        return None
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", text[f.start : f.end]):
        return None  # "Hale has had three chances": the asker's words about Hale
    asked_by = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if person.gender in (None, gender) and subject.split()[-1] in asked_by:
        return name
    return None


def _recent_subject(
    people: list[tuple[int, str, int]],
    relatives: dict[int, str | None],
    owners: dict[int, str | None],
    f: _Found,
    cast: Cast,
    last: tuple[int, str] | None,
) -> str | None:
    """The latest named sentence subject before a pronoun mention, matching its gender.

    A subject a possessive describes ("Lind's mother", at an offset in
    `relatives`, with its gender if the relative noun gives one) is given as
    that description: "Lind's mother spoke. ... she said" is not Lind. When
    the pronoun cannot be that description ("Vidal's students have asked ...
    she said", "Lind's son ... she said"), it is the owner if the owner is a
    person of the pronoun's gender (`owners`).
    """
    gender = PRONOUNS[(f.mention or "").casefold()]
    since = last[0] if last is not None else -1
    for offset, name, paragraph in reversed(people):
        if offset >= f.mention_at:
            continue
        if offset <= since or paragraph < f.paragraph - 1:
            return None
        g = relatives[offset] if offset in relatives else cast.people[name].gender
        if g is None or g == gender:
            return name
        owner = cast.people.get(owners.get(offset) or "")
        if owner is not None and owner.is_person and owner.gender == gender:
            return owner.name
    return None
