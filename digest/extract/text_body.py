"""Boilerplate removal for plain-text copies of web pages (select-all/copy, text dumps).

A text copy carries every menu, caption, related-links list and footer of the
page. The article is the one dense run of prose in it, possibly interrupted by
a block of links. The cleaner therefore:

1. labels every non-blank line from its own features, in the spirit of jusText:
   length, share of stop words (language guessed from jusText's stoplists),
   terminal punctuation, title case, bullets, furniture wording, photo credits,
   and whether the line repeats across other pages of the same batch;
2. gives each label a score (prose positive, furniture negative) and takes the
   run of lines with the highest total (a maximum-sum segment, linear time):
   menus before it and footers after it fall away, a short links block inside
   it costs less than the prose around it and is crossed;
3. keeps, inside that run, the prose lines and the headings that introduce
   prose; captions, link lists, media teasers (the caption under a carousel's
   "Video" or "02:31", a "Watch: ..." line) and furniture inside the run are dropped.

Everything is linear in the number of lines, and no input makes it raise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.article_end import end_of_run

GOOD, BULLET_PROSE, TABLE, PROSE, HEADING, CAPTION, NAME, LINKS, FURNITURE, OTHER, TOC = (
    "good",
    "bullet",
    "table",
    "prose",
    "heading",
    "caption",
    "name",
    "links",
    "furniture",
    "other",
    "toc",
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TRUNCATED = re.compile(r"\w…\W*$")
# A line cut off mid-sentence with an ellipsis, as a teaser's lead is ("... said that close
# to two million residents may soon..."): a word, then the dots, at the line's end.
_CUT_SHORT = re.compile(r"[^\W\d](?:…|\.\.\.)$")
# A teaser card copied without its line breaks: a headline glued to its first sentence
# ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left ...").
_GLUED_TEASER = re.compile(r"^(?P<head>\S.{10,150}?[a-z0-9%?!’'])(?P<rest>[A-Z][a-z]*\s.{20,})$")
TEASER_HEAD_WORDS = 4  # words of a glued teaser's headline, at least
_FULL_STOP = re.compile(r"[^.][.!?][\"'”’»)\]]*$")
_CELL_GAP = re.compile(r"\S(?:\t| {3,})(?=\S)")
_META_LINE = re.compile(
    r"^\W*(?:by\s|\d+\s+min(?:ute)?s?\s+read\b|(?:first\s+)?published\b|posted\b|updated\b"
    r"|last\s+updated\b)",
    re.I,
)


@dataclass(frozen=True)
class Line:
    """One non-blank line of the copy with the features the labels come from."""

    index: int
    text: str
    tokens: tuple[str, ...]
    length: int  # words; CJK characters count as half a word each
    density: float  # share of stop words
    label: str = OTHER


@dataclass(frozen=True)
class Cleaned:
    """The article part of a text copy, plus what was set aside on the way."""

    lines: tuple[Line, ...]  # all non-blank lines, labelled
    body: tuple[int, ...]  # indexes (into `lines`) of the kept body lines, in order
    captions: tuple[str, ...]
    standfirst: str
    language: str  # jusText stoplist name, e.g. "English"
    stops: frozenset[str]

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(self.lines[i].text for i in self.body)

    @property
    def start(self) -> int:
        """Index of the first body line (len(lines) when there is none)."""
        return self.body[0] if self.body else len(self.lines)


@lru_cache(maxsize=1 << 16)
def line_key(text: str) -> str:
    """Comparison key of a line: case, punctuation and spacing ignored.

    Cached: the cleaner compares each line with its neighbours, the shared lines
    and the kept ones, asking for the same key about six times per line."""
    # (case folding reads each character alone: the joined words folded at once)
    return " ".join(bp.words(unicodedata.normalize("NFKC", text))).casefold()


def split_lines(text: str) -> list[str]:
    """Non-blank lines, stripped, with bullets of nested menus kept as written."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def measure(
    index: int,
    text: str,
    stops: frozenset[str],
    use_density: bool,
    tokens: Sequence[str] | None = None,
) -> Line:
    """Compute the features of one line (`tokens`: its words, when already found)."""
    words = tuple(bp.words(text) if tokens is None else tokens)
    cjk = len(_CJK.findall(text))
    length = len(words) + cjk // 2
    density = bp.stop_density(list(words), stops) if use_density else 0.3
    return Line(index, text, words, length, density)


def label_line(
    line: Line,
    neighbours: tuple[str, str],
    shared: Collection[str],
    furniture: Collection[str] = frozenset(),
) -> str:
    """The label of a line from its own features and the text of the lines around it.

    `furniture` holds keys of lines the page's outlet repeats around other
    stories (digest.extract.furniture): furniture even when written as sentences."""
    text = line.text
    if furniture and line_key(text) in furniture:
        return FURNITURE
    bulleted = bool(bp.BULLET.match(text))
    if line_key(text) in (line_key(neighbours[0]), line_key(neighbours[1])):
        return CAPTION  # an image's alt text and caption, one after the other
    if bp.has_photo_credit(text) and line.length <= 60:
        return CAPTION
    if bp.is_furniture(text) or (_META_LINE.match(text) and line.length <= 15):
        return FURNITURE
    sentence = bp.ends_like_sentence(text)
    if _TRUNCATED.search(text) and line.length < 25:
        return LINKS  # a teaser cut short: "21 things every…"
    if bulleted and _CUT_SHORT.search(text):
        return LINKS  # a list of teasers, each a headline and a lead cut short: "... may soon..."
    if _glued_teaser(text):
        return LINKS
    if bp.URL.search(text) and line.length < 30:
        return OTHER  # a link or a post quoted with its link, not the article's prose
    if len(_CELL_GAP.findall(text)) >= 2:
        return TABLE
    if (
        bulleted
        and line.length >= 4
        and line.density >= 0.15
        and not bp.is_title_case(list(line.tokens))
    ):
        return BULLET_PROSE  # a list item written as prose: part of the article or of a teaser list
    if line.length >= 10 and line.density >= 0.2:
        if not sentence and (line.length < 20 or bp.is_title_case(list(line.tokens))):
            return LINKS  # a headline of another story, a menu entry
        if bulleted:
            return BULLET_PROSE
        return FURNITURE if line_key(text) in shared and not sentence else GOOD
    if line_key(text) in shared:
        return FURNITURE
    if bulleted:
        return LINKS
    if _names_only(line.tokens, line.density):
        return NAME
    if sentence and line.length >= 2 and (line.density > 0 or line.length >= 6):
        return PROSE
    if 1 <= line.length <= 15 and not sentence and text[:1].isalpha():
        return HEADING
    return OTHER


def _glued_teaser(text: str) -> bool:
    """A headline in Title Case glued to a sentence that follows it with no space: another
    story's teaser card flattened into one line ("Ford Recalls F-150s; Loose Cable Can
    Cause StallingFord is recalling ..."). The glued word must not be a name written
    with an inner capital ("McDonald", "iPhone"): the headline's last word before the
    glue is a whole word of three letters or more, and the sentence ends like one."""
    glued = _GLUED_TEASER.match(text)
    if glued is None:
        return False
    head = bp.words(glued["head"])
    last = glued["head"].split()[-1]
    whole_word = len(last) >= 3 and (last[:1].isupper() or last[:1].isdigit())
    return (
        len(head) >= TEASER_HEAD_WORDS
        and whole_word
        and bp.is_title_case(head)
        and bp.ends_like_sentence(glued["rest"])
    )


def _names_only(tokens: tuple[str, ...], density: float) -> bool:
    """A short line of capitalised words and no function word: a name or a caption."""
    alpha = [t for t in tokens if t[:1].isalpha() and (len(t) > 1 or t.isupper())]
    return 0 < len(alpha) <= 8 and density < 0.25 and all(t[0].isupper() for t in alpha)


def relabel_link_lists(lines: list[Line]) -> list[Line]:
    """After 'Related posts' / 'READ ALSO', everything up to the next prose is links."""
    out: list[Line] = []
    in_list = False
    for line in lines:
        label = line.label
        if bp.is_link_list_label(line.text):
            in_list, label = True, LINKS
        elif in_list and label in (GOOD, PROSE) and bp.ends_like_sentence(line.text):
            in_list = False
        elif in_list and not _is_caption(line):
            label = LINKS
        out.append(_with_label(line, label))
    return out


def relabel_contents(lines: list[Line]) -> list[Line]:
    """A list item naming a heading that comes later and opens prose is a table of contents.

    Such an entry belongs to the article's page, not to the site: it costs little
    (the prose above a table of contents stays with the article) and is not kept.
    """
    headings: set[str] = set()
    out = list(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        key = line_key(line.text)
        if bp.BULLET.match(line.text):
            if key in headings and line.length <= 15:
                out[i] = _with_label(line, TOC)
        elif line.length <= 15 and any(
            n.label in (GOOD, PROSE, BULLET_PROSE) for n in lines[i + 1 : i + 3]
        ):
            headings.add(key)
    return out


def relabel_media_teasers(lines: list[Line]) -> list[Line]:
    """A video or audio carousel's items are teasers, not the article: the line after an
    item's marker ("Video", "▶ 02:31", "Now playing") is its caption, and a short line
    labelled "Watch:" or "VIDEO |" is one too. Written as sentences, often quoting a
    celebrity, such captions would otherwise read as prose (and as the story's quotes).
    """
    out = list(lines)
    markers = [bp.is_media_marker(line.text) for line in lines]
    for i, line in enumerate(lines):
        if line.label in (CAPTION, FURNITURE):
            continue  # a photo's caption stays one (captions are kept apart)
        if bp.is_media_teaser(line.text) or (
            i > 0 and markers[i - 1] and not markers[i] and line.length <= bp.MEDIA_TEASER_WORDS
        ):
            out[i] = _with_label(line, LINKS)
    return out


DATE_ROWS = 3


def relabel_date_rows(lines: list[Line]) -> list[Line]:
    """Three or more lines in a row, each a date with words of its own, are a table.

    A schedule or a results list ("3rd leg: 8 April – Curitiba") is the
    article's data, not a menu; teaser lists put their dates on lines of their own.
    """
    out = list(lines)
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if (
            line is not None
            and line.label in (OTHER, HEADING, NAME, LINKS)
            and not bp.BULLET.match(line.text)
            and 3 <= line.length <= 20
            and md.leading_day_month(line.text)
        ):
            run.append(i)
            continue
        if len(run) >= DATE_ROWS:
            for j in run:
                out[j] = _with_label(lines[j], TABLE)
        run = []
    return out


def _is_caption(line: Line) -> bool:
    """A caption, even inside a list: a repeated or credited line, or a punctuated name line."""
    return line.label == CAPTION or (line.label == NAME and line.text.endswith("."))


def _with_label(line: Line, label: str) -> Line:
    """The line with another label (the line itself when it has that one already)."""
    if label == line.label:
        return line
    return Line(line.index, line.text, line.tokens, line.length, line.density, label)


def scores(lines: list[Line]) -> list[float]:
    """Prose pays by its length; other lines cost more the longer the run they stand in.

    A few lines of links or captions inside an article cost little and are crossed;
    a long stretch of furniture (between the article and a footer full of teasers)
    costs more than any footer can pay back. List items and table rows pay little: a
    list of teasers must not attract the run, a list or table inside the article is kept.
    """
    out: list[float] = []
    gap = 0
    for line in lines:
        if line.label == GOOD:
            out.append(float(line.length))
            gap = 0
        elif line.label == PROSE:
            out.append(max(1.0, line.length / 2))
            gap = 0
        elif line.label in (BULLET_PROSE, TABLE):
            out.append(LIST_PAY * line.length)
            if line.label == TABLE or _FULL_STOP.search(line.text):
                gap = 0  # a row of data, an item written as a sentence: not another story's
        elif _is_soft(line) or line.label == TOC:
            out.append(-SOFT_COST)
        else:
            gap += 1
            base = 1.0 if line.label == HEADING else 2.0 if line.label in (CAPTION, NAME) else 3.0
            out.append(-base * (1 + gap / 5))
    return out


SOFT_COST = 1.0
LIST_PAY = 0.3
_CODE_OR_DATA = re.compile(r"[(){}\[\];=<>│$%]|^[\W\d]+$|^[a-z]")


def _is_soft(line: Line) -> bool:
    """Code, figures or table cells: part of an article's text, never a site's furniture."""
    return (
        line.label in (OTHER, HEADING, NAME)
        and not bp.BULLET.match(line.text)
        and bool(_CODE_OR_DATA.search(line.text))
    )


def densest_run(scores: list[float]) -> tuple[int, int]:
    """[start, end) of the segment with the highest total score (Kadane), (0, 0) if none."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


_BODY_LABELS = (GOOD, PROSE, BULLET_PROSE, TABLE)


def keep_in_run(lines: list[Line], start: int, end: int) -> list[int]:
    """Prose lines of the run, and the headings that introduce prose."""
    kept = []
    for i in range(start, end):
        label = lines[i].label
        if (
            label in _BODY_LABELS
            or (_is_soft(lines[i]) and (label == HEADING or len(lines[i].tokens) >= 2))
            or (label == HEADING and _introduces_prose(lines[i + 1 : min(i + 4, end)]))
        ):
            kept.append(i)
    return kept


def _introduces_prose(following: list[Line]) -> bool:
    """Prose follows within three lines, with nothing but captions in between."""
    for line in following:
        if line.label in _BODY_LABELS:
            return True
        if line.label not in (CAPTION, NAME, OTHER):
            return False
    return False


_LIST_ITEM_LABELS = (NAME, HEADING, OTHER, LINKS, BULLET_PROSE, TABLE)
MAX_LIST = 80


def add_announced_lists(lines: list[Line], kept: list[int]) -> list[int]:
    """A body line ending in a colon announces a list: its items are the article's.

    The items run until furniture, a caption, a link-list label or a short menu
    entry; lines kept already are kept anyway.
    """
    keep = set(kept)
    for i in kept:
        if not lines[i].text.rstrip().endswith(":") or lines[i].label not in (GOOD, PROSE):
            continue
        for j in range(i + 1, min(i + 1 + MAX_LIST, len(lines))):
            if j in keep:
                continue
            if not _is_list_item(lines[j]):
                break
            keep.add(j)
    return sorted(keep)


def _is_list_item(line: Line) -> bool:
    if line.label not in _LIST_ITEM_LABELS or bp.is_link_list_label(line.text):
        return False
    return not (bp.BULLET.match(line.text) and line.label == LINKS and line.length <= 3)


def split_standfirst(lines: list[Line], kept: list[int]) -> tuple[list[int], str]:
    """One or two prose lines above the byline or dateline are the standfirst, not the body."""
    for pos in range(1, min(3, len(kept))):
        between = range(kept[pos - 1] + 1, kept[pos])
        if any(is_header_meta(lines[i].text) for i in between):
            if pos == 1 and _headline_shaped(lines[kept[0]]):
                return kept[1:], ""  # the headline itself, left to the title finder
            return kept[pos:], " ".join(lines[i].text for i in kept[:pos])
    return kept, ""


HEADLINE_WORDS = 20


def split_headline(lines: list[Line], kept: list[int]) -> list[int]:
    """A short first body line with a byline under it is the headline, not a paragraph
    (a headline written as a question or a sentence scores as prose)."""
    if len(kept) < 2 or lines[kept[0]].length > HEADLINE_WORDS:
        return kept
    between = range(kept[0] + 1, kept[1])
    if any(_is_byline(lines[i].text) for i in between):
        return kept[1:]
    return kept


def _headline_shaped(line: Line) -> bool:
    """Short, and not ending in a full stop: a headline (perhaps a question), not a standfirst."""
    return line.length <= HEADLINE_WORDS and not _STOP_AT_END.search(line.text)


_STOP_AT_END = re.compile(r"[.…:;][\"'”’»)\]]*\s*$")
_BY = re.compile(r"^\W*by\s", re.I)


def _is_byline(text: str) -> bool:
    return len(bp.words(text)) <= 16 and bool(_BY.match(text) or md.find_byline([text])[0])


@lru_cache(maxsize=1 << 16)
def is_header_meta(text: str) -> bool:
    """A byline, a dateline or a reading-time stamp.

    Cached: the standfirst split and the headline finder's anchors ask about the
    same header lines."""
    if len(bp.words(text)) > 16:
        return False
    return bool(_META_LINE.match(text) or md.parse_date(text) or md.find_byline([text])[0])


def drop_repeats(lines: list[Line], kept: list[int]) -> tuple[list[int], str]:
    """Drop a body line that a later body line repeats (a standfirst restated in the text).

    Returns the remaining indexes and the dropped first line as standfirst, if any.
    """
    keys = [line_key(lines[i].text) for i in kept]
    repeated = _repeated_later(keys)
    remaining: list[int] = []
    standfirst = ""
    for pos, i in enumerate(kept):
        if repeated[pos]:
            if not remaining:
                standfirst = lines[i].text
            continue
        remaining.append(i)
    return remaining, standfirst


REPEAT_CHARS = 30  # keys longer than this are compared: a shorter line may recur by chance


def _repeated_later(keys: list[str]) -> list[bool]:
    """Per key, whether a later key starts with it or begins it, both longer than
    REPEAT_CHARS.

    Two such keys share their first REPEAT_CHARS + 1 characters, so each key is
    compared only with the later keys that begin alike (all later keys, each
    time, made a long article's cleaning quadratic)."""
    repeated = [False] * len(keys)
    later: dict[str, list[str]] = {}
    for pos in range(len(keys) - 1, -1, -1):
        key = keys[pos]
        if len(key) <= REPEAT_CHARS:
            continue
        alike = later.setdefault(key[: REPEAT_CHARS + 1], [])
        repeated[pos] = any(k.startswith(key) or key.startswith(k) for k in alike)
        alike.append(key)
    return repeated


def trim_headings(lines: list[Line], kept: list[int]) -> list[int]:
    """A body neither starts nor ends with a heading."""
    while kept and lines[kept[0]].label == HEADING:
        kept = kept[1:]
    while kept and lines[kept[-1]].label == HEADING:
        kept = kept[:-1]
    return kept


def clean_text(
    text: str, shared: Collection[str] = frozenset(), furniture: Collection[str] = frozenset()
) -> Cleaned:
    """Find the article in a text copy; `shared` holds keys of lines other pages repeat,
    `furniture` those the page's outlet repeats around other stories."""
    raw = split_lines(text)
    tokens = [bp.words(line) for line in raw]  # each line's words, found once
    # The language is the article's: an outlet's furniture may be in another one.
    own = [n for n, line in enumerate(raw) if not furniture or line_key(line) not in furniture]
    all_tokens = [t for n in own or range(len(raw)) for t in tokens[n]]
    language = bp.guess_language(all_tokens)
    stops = bp.stoplist(language)
    use_density = bp.stop_density(all_tokens, stops) >= 0.08
    lines: list[Line] = []
    for i, line_text in enumerate(raw):
        line = measure(i, line_text, stops, use_density, tokens[i])
        neighbours = (raw[i - 1] if i else "", raw[i + 1] if i + 1 < len(raw) else "")
        lines.append(_with_label(line, label_line(line, neighbours, shared, furniture)))
    lines = relabel_link_lists(lines)
    lines = relabel_media_teasers(lines)
    lines = relabel_contents(lines)
    lines = relabel_date_rows(lines)
    start, end = densest_run(scores(lines))
    # readers' comments are prose too: the run ends at their heading
    end = end_of_run([line.text for line in lines], start, end)
    kept = keep_in_run(lines, start, end)
    kept = add_announced_lists(lines, kept)
    kept, standfirst = drop_repeats(lines, kept)
    kept, lead = split_standfirst(lines, kept)
    standfirst = standfirst or lead
    kept = split_headline(lines, kept)
    kept = trim_headings(lines, kept)
    captions = tuple(
        dict.fromkeys(
            line.text
            for line in lines
            if line.label in (CAPTION, NAME) and start - 15 <= line.index < end
        )
    )
    return Cleaned(tuple(lines), tuple(kept), captions, standfirst, language, stops)
