"""Second opinions on trafilatura's paragraphs: a per-paragraph vote among extractors.

Extractors err in different places: trafilatura keeps a teaser block or a
sidebar that readability drops, readability drops a list trafilatura keeps.
A comparison of many extractors (Bevendorff et al., SIGIR 2023) found that a
vote among them beats each one alone. The vote here is per paragraph, with
trafilatura's paragraphs (after the furniture pass) as the skeleton: their
order and wording are what the article shows, and the vote only removes.

- Two other extractors read the same page: readability (the copy trafilatura
  ships) and resiliparse's main-content text put through the project's
  text-copy cleaner.
- One of them "keeps" a paragraph when at least half of the paragraph's word
  trigrams occur in its text (a paragraph of one or two words must occur
  there whole).
- A paragraph stays when a strict majority of the extractors that answered,
  trafilatura counted as one, keep it: two of three when both others answer.
- Between the first and the last paragraph that won the vote (the article's
  stretch), one vote fewer is enough, so there trafilatura's own word stands:
  lists, tables and short lines inside the article are where extractors
  disagree most, and there they are rarely furniture. Outside the stretch,
  what neither other extractor keeps goes: teasers, sidebars, link lists
  trafilatura took in at either end.
- A table row is voted on cell by cell (a page laid out with a table gives
  navigation, article and sidebar as cells of one row). In a row where one
  cell is prose (two sentences or more) and others are not, the row is the
  page's layout, and a cell that is not prose (a menu, a column of
  headlines, a toolbar) stays only when every other extractor keeps it:
  readability often takes the whole layout row, so one vote is no evidence.
- A table after the article's last winning sentence (a box score, a standings or
  results table, a schedule beside the story) stays only where every other
  extractor keeps every cell of a row: such tables sit in the story's column but
  the labels of news collections leave them out, and a row kept in part would be
  numbers without their labels. A row laying out the page (one cell of prose)
  is voted as above.
- An extractor that fails or finds nothing abstains; if no paragraph wins,
  trafilatura's paragraphs stay as they are.
- On a page laid out with tables (common before about 2012) trafilatura
  sometimes cannot tell the article's cell from the rest and keeps the page
  whole: navigation, columns of other stories' teasers, readers' comments.
  Its paragraphs are then no opinion, only the skeleton: a unit stays when
  every other extractor keeps it (`unanimous`), with no stretch.

When trafilatura finds nothing, readability's text becomes the skeleton and
the other opinion votes on it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, pairwise
from typing import Any
from urllib.parse import urlsplit

from digest.extract.boilerplate import (
    CACHED_LINE_CHARS,
    LINK_LIST_LABEL_CHARS,
    PATTERNS,
    WORD,
    is_link_list_label,
    may_open_with_link_list_label,
    words,
)
from digest.extract.dates import own_addresses
from digest.extract.prose import more_words_than, word_count

# Share of a paragraph's word trigrams another extractor's text must hold for
# that extractor to count as keeping the paragraph: above half, a paragraph
# split or joined differently by the other extractor still matches; a
# paragraph of furniture sharing a few phrases with the article does not.
SUPPORT_SHARE = 0.5
SHINGLE = 3
MENU_ENTRY_CHARS = 30  # characters of a menu's entry at most: "Abonnementen", "Local News"
# Share of another extractor's word trigrams a table's prose cell must hold for
# that extractor to count as keeping the cell: the cell holds the article it found, with
# the readers' comments under it that make the cell too long for SUPPORT_SHARE. The cell
# is then cut at the extractors' blocks and each block voted on again.
HELD_SHARE = 0.8
CROSSHEAD_WORDS = 12  # words of an article's subheading at most
HEADING_LINE_WORDS = 30  # words of an element set as a heading at most
# The elements set as headings, highest rank first
_HEADING_RANKS = ("h1", "h2", "h3", "h4", "b, strong, [class*=title], [class*=head]")

# A sentence's end: a full stop, question or exclamation mark before a space, or one of
# the scripts that write no space after it (Chinese and Japanese "。", Devanagari "।",
# Armenian "։", Ethiopic "።", Burmese "။").
_SENTENCE_END = re.compile(r"[.!?…؟][\"'”’»)\]]*(?:\s|$)|[。！？।։።။۔]")
# Thai, Lao and Khmer mark no sentence's end: a space closes a long run of their letters.
_UNSTOPPED_SENTENCE = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]{24,}(?:\s|$)")


@lru_cache(maxsize=1 << 14)
def is_prose(text: str) -> bool:
    """Two sentences or more: an article's paragraph or cell, not a menu or a headline."""
    stops = len(_SENTENCE_END.findall(text))
    # (the scripts that mark no sentence's end are looked for only when the stops are few)
    return stops >= 2 or stops + len(_UNSTOPPED_SENTENCE.findall(text)) >= 2


_ENDS_SENTENCE = re.compile(r"(?:[.!?…][\"'”’»)\]]*|[。！？।][」』）”]*)\s*$")
SENTENCE_WORDS = 6  # a headline, a byline or a stamp without a full stop is shorter or has none


@lru_cache(maxsize=1 << 14)
def is_sentence(text: str) -> bool:
    """A unit ending as a sentence does, of a few words at least: the article's body."""
    if len(_words(text)) < SENTENCE_WORDS and (
        # (Chinese and Japanese count in characters: word_count, asked of a short line)
        text.isascii() or word_count(text) < SENTENCE_WORDS
    ):
        return False
    return bool(_ENDS_SENTENCE.search(text))


def _words(text: str) -> tuple[str, ...]:
    """The text's words, case-folded; a line's cached, as `boilerplate.words` caches
    them (the vote, the furniture pass and the page's boxes ask about the same lines)."""
    if len(text) > CACHED_LINE_CHARS:
        return words(text.casefold())
    return _folded_words(text)


@lru_cache(maxsize=1 << 14)
def _folded_words(text: str) -> tuple[str, ...]:
    return words(text.casefold())


def _shingles(words: Sequence[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(zip(*(words[i:] for i in range(SHINGLE)), strict=False))


@dataclass(frozen=True)
class Opinion:
    """What one extractor kept of a page, in the form the vote compares."""

    name: str
    text: str
    spaced: str  # its words joined by single spaces, padded: short paragraphs are looked up here
    shingles: frozenset[tuple[str, ...]]
    lines: frozenset[str]  # the words of each of its lines, joined as in `spaced`
    # its lines with words, in order, each as (its words joined by spaces, the line)
    keyed: tuple[tuple[str, str], ...] = ()


def opinion(name: str, text: str) -> Opinion:
    # each line's words once: no word runs over a line's end, so the text's words are
    # its lines' words in turn
    per_line = [(found, line) for line in text.split("\n") if (found := _words(line))]
    words = [word for found, _ in per_line for word in found]
    keyed = tuple((" ".join(found), " ".join(line.split())) for found, line in per_line)
    lines = frozenset(" " + key + " " for key, _ in keyed)
    return Opinion(name, text, " " + " ".join(words) + " ", _shingles(words), lines, keyed)


def keeps(view: Opinion, paragraph: str) -> bool:
    """Whether this extractor kept (most of) the paragraph."""
    return _Paragraph.of(paragraph).kept_by(view)


def keeps_all(views: Sequence[Opinion], paragraph: str) -> bool:
    """Whether every one of these extractors kept (most of) the paragraph."""
    return _Paragraph.of(paragraph).votes(views) == len(views)


@dataclass(frozen=True)
class _Paragraph:
    """A skeleton paragraph's words and trigrams, computed once for all voters."""

    spaced: str
    shingles: frozenset[tuple[str, ...]]
    short: bool

    @classmethod
    def of(cls, paragraph: str) -> _Paragraph:
        """The paragraph's words and trigrams, found once per paragraph (_paragraph_of):
        the vote, the gaps restored and the repeats test ask about the same ones."""
        return _paragraph_of(paragraph)

    @classmethod
    def _of(cls, paragraph: str) -> _Paragraph:
        words = _words(paragraph)
        return cls(" " + " ".join(words) + " ", _shingles(words), len(words) < SHINGLE)

    def votes(
        self, views: Sequence[Opinion], whole_lines: bool = False, holding: bool = False
    ) -> int:
        """How many of the extractors keep the paragraph (a short one as a line of their
        own, with `whole_lines`); with `holding`, an extractor whose text the paragraph
        holds nearly whole counts too (a table's cell holding the article it finds)."""
        return sum(
            self.kept_by(view, whole_lines) or (holding and self.holds(view)) for view in views
        )

    def holds(self, view: Opinion) -> bool:
        """Whether the paragraph holds most of the extractor's text (HELD_SHARE), an
        article's worth (ARTICLE_WORDS: not a footer's sentence an extractor kept alone)."""
        return len(view.shingles) >= ARTICLE_WORDS and len(
            self.shingles & view.shingles
        ) >= HELD_SHARE * len(view.shingles)

    def kept_by(self, view: Opinion, whole_lines: bool = False) -> bool:
        if not self.spaced.strip():
            return True  # no words: nothing to disagree about
        if self.short:
            return self.spaced in (view.lines if whole_lines else view.spaced)
        return len(self.shingles & view.shingles) >= SUPPORT_SHARE * len(self.shingles)


@lru_cache(maxsize=1 << 12)
def _paragraph_of(paragraph: str) -> _Paragraph:
    return _Paragraph._of(paragraph)


def votes_needed(answered: int) -> int:
    """Other extractors that must agree for a strict majority, the skeleton counted as one."""
    return (answered + 1) // 2


def vote(
    paragraphs: Sequence[str],
    views: Sequence[Opinion],
    unanimous: bool = False,
    going_on: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The skeleton's paragraphs that a majority of extractors keep (see the module text);
    with `unanimous`, the paragraphs every other extractor keeps; those `going_on` (the
    blocks of a cell kept as the article going on, _continued) need one vote fewer."""
    if not views or not paragraphs:
        return tuple(paragraphs)
    # the units voted on: each paragraph, or each cell of a table row, with its row and
    # whether it is a layout row's cell that is not prose
    rows = [table_cells(p) for p in paragraphs]  # each row's cells, read once
    units = [
        (row, unit, layout and not is_prose(unit))
        for row, (p, cells) in enumerate(zip(paragraphs, rows, strict=True))
        for layout in [_is_layout_row(cells)]
        for unit in cells or [p]
    ]
    # a table's prose cells: one may hold the article every other extractor finds
    in_cells = [bool(rows[row]) and is_prose(unit) for row, unit, _ in units]
    need = len(views) if unanimous else votes_needed(len(views))
    # unanimous: a word or two of a menu ("Sports") occurs in any article's text, so a
    # short unit counts as kept only where an extractor kept it as a line of its own
    voted = [_Paragraph.of(unit) for _, unit, _ in units]
    counts = [
        p.votes(views, unanimous, holding) for p, holding in zip(voted, in_cells, strict=True)
    ]
    # whether enough extractors keep a unit as text: a menu's entry (a word or two,
    # "Uit", "Sport", occurs in any article's text) as a line of its own, or as a cell of
    # a row whose words they keep (a data table's "Pos Driver Points")
    rows_kept = {
        row: _Paragraph.of(" ".join(cells)).votes(views) >= need
        for row, cells in enumerate(rows)
        if cells
    }
    as_text = [
        not p.short
        or len(unit) > MENU_ENTRY_CHARS  # (a line of Thai or Chinese: few spaces, no menu)
        or rows_kept.get(row, False)
        or p.votes(views, whole_lines=True) >= need
        for p, (row, unit, _) in zip(voted, units, strict=True)
    ]
    won = [i for i, n in enumerate(counts) if n >= need]
    if not won:
        # no unit every other extractor keeps: they do not find the article where
        # trafilatura does (verse, a <pre> block, a results table), so a majority decides
        return vote(paragraphs, views) if unanimous else tuple(paragraphs)
    # unanimous: the stretch runs between winning sentences, the article's body; a
    # headline, a kicker or a stamp above it stays outside; otherwise between winners
    # kept as text
    body = [i for i in won if (is_sentence(units[i][1]) if unanimous else as_text[i])]
    first, last = (body[0], body[-1]) if body else (0, 0)
    if unanimous and body:
        last = _continued(units, voted, views, last, need) + 1  # the cells it goes on in
    # a table after the article's last winning sentence (a box score, a standings or
    # results table beside the story) stays only where every extractor keeps all of a
    # row: a row kept in part would be numbers without their labels
    last_sentence = max((i for i in won if is_sentence(units[i][1])), default=len(units))
    last_row = units[last_sentence][0] if last_sentence < len(units) else len(paragraphs)
    doubtful = {
        row
        for i, (row, _, _) in enumerate(units)
        if row > last_row
        and counts[i] < len(views)
        and (cells := table_cells(paragraphs[row]))
        and not any(is_prose(cell) for cell in cells)  # not a row laying out the page
    }
    kept: dict[int, list[str]] = {}
    for i, ((row, unit, furniture_cell), n) in enumerate(zip(units, counts, strict=True)):
        if row in doubtful:
            stays = False
        elif furniture_cell:
            stays = n >= len(views)
        elif first < i < last or unit in going_on:
            # between the first and the last unit that wins, one vote fewer is enough: a
            # heading, a list item or a short line of the article one extractor drops
            # (kept anywhere in the others' text: inside the article, a menu's words are
            # not met)
            stays = (voted[i].votes(views) if unanimous else n) >= need - 1 and not (
                n == 0 and len(_words(unit)) >= ARTICLE_WORDS
            )
        else:
            stays = n >= need and as_text[i]
        if stays:
            kept.setdefault(row, []).append(unit)
    return tuple(_rebuilt(paragraphs[row], units_kept) for row, units_kept in kept.items())


# Words of a prose cell after the article's stretch that make it the article going on
# (a layout's second cell after an advertisement's row), not a caption or a teaser.
CONTINUED_WORDS = 100
SPACER_WORDS = 2  # a row between the article's cells: "ADVERTISEMENT", "Story continues"


def _continued(
    units: Sequence[tuple[int, str, bool]],
    voted: Sequence[_Paragraph],
    views: Sequence[Opinion],
    last: int,
    need: int,
) -> int:
    """The stretch's last unit, moved on over the long prose cells right after it that
    one vote fewer keeps: on a page trafilatura took whole, the article laid out in two
    cells with an advertisement's row between, where readability keeps the first only."""
    if need < 2:
        return last  # one other extractor answering: one vote fewer would be none
    for i in range(last + 1, len(units)):
        unit = units[i][1]
        if not is_prose(unit):
            if len(_words(unit)) <= SPACER_WORDS:
                continue  # "ADVERTISEMENT", an empty cell
            break  # a headline between the cells: another story
        if len(_words(unit)) < CONTINUED_WORDS or voted[i].votes(views) < need - 1:
            break
        last = i
    return last


# trafilatura "took the page whole" when its text holds this share of the page's visible
# words while no other extractor keeps as much as OTHERS_SHARE of trafilatura's words. On
# the development pages trafilatura keeps 0.85 or more of a page only where the page is
# nearly all article, and there the other extractors keep about as much as it does.
WHOLE_PAGE_SHARE = 0.85
OTHERS_SHARE = 0.9


def took_page_whole(
    text: str, page_words: int | Callable[[], int], views: Sequence[Opinion]
) -> bool:
    """Whether trafilatura's `text` is the page's whole visible text (`page_words` words,
    or a function counting them: asked only when the other extractors keep less)
    rather than an article found in it: see the module text."""
    kept = len(_words(text))
    if not views or not all(len(view.spaced.split()) < OTHERS_SHARE * kept for view in views):
        return False
    words = page_words() if callable(page_words) else page_words
    return bool(words) and kept >= WHOLE_PAGE_SHARE * words


# trafilatura "missed the article" when its text holds no paragraph of prose outside a
# table's rows and less than this share of the words of the shortest text another
# extractor keeps, every one of them keeping at least ARTICLE_WORDS: in fast mode it may
# take a layout table's first row (a date, a title and the side column) for the page's
# text and leave the article in the cell's blocks out.
MISSED_SHARE = 1 / 3
ARTICLE_WORDS = 150


def missed_article(text: str, views: Sequence[Opinion]) -> bool:
    """Whether trafilatura's `text` is a scrap beside the article every other extractor
    finds (see MISSED_SHARE)."""
    if not views or any(is_prose(p) for p in text.split("\n") if not table_cells(p)):
        return False
    others = [len(view.spaced.split()) for view in views]
    return min(others) >= ARTICLE_WORDS and len(_words(text)) < MISSED_SHARE * min(others)


def _is_layout_row(cells: Sequence[str]) -> bool:
    """A table row that lays out a page: one cell of prose beside cells that are not."""
    prose = [is_prose(cell) for cell in cells]
    return any(prose) and not all(prose)


def _rebuilt(paragraph: str, kept_units: list[str]) -> str:
    """The paragraph as it was when all of it was kept, else the row of its kept cells."""
    whole = table_cells(paragraph) or [paragraph]
    return paragraph if len(kept_units) == len(whole) else join_cells(kept_units)


_CELL_BORDER = re.compile(r"(?<!\\)\|")


def table_cells(paragraph: str) -> list[str]:
    """The non-empty cells of a table row as trafilatura writes it ("| a | b |"), else []."""
    line = paragraph.strip()
    if not (line.startswith("|") and line.endswith("|") and len(line) > 1):
        return []
    cells = [c.strip().replace("\\|", "|") for c in _CELL_BORDER.split(line[1:-1])]
    return [c for c in cells if c]


def join_cells(cells: Sequence[str]) -> str:
    """A row of the kept cells; a single cell (a layout table's article) stands as plain text."""
    return cells[0] if len(cells) == 1 else "| " + " | ".join(cells) + " |"


# Words a block of another extractor must have to mark where a flattened cell is cut: a
# one-word line ("Share") may stand inside any sentence.
BLOCK_WORDS = 2


def layout_cells(paragraphs: Sequence[str]) -> frozenset[str]:
    """The prose cells of the skeleton's table rows, as the vote writes a lone kept cell."""
    return frozenset(
        cell for p in paragraphs for cell in table_cells(p) if is_prose(cell) and len(cell) > 1
    )


def split_at_blocks(text: str, views: Sequence[Opinion]) -> list[str]:
    """A flattened table cell cut where the other extractors' blocks begin and end.

    trafilatura writes a table cell as one line, whatever blocks it holds: on a
    page laid out with a table, the article's cell comes out as one paragraph
    holding the headline, a date stamp, the article, a "Posted by" line and a
    comment form's notice, so no rule for a line can reach them. Readability
    and resiliparse keep the cell's blocks one a line; where their lines occur
    in the cell (whole, at word boundaries, longest first), the cell is cut,
    and what lies between them is a piece of its own. [text] when no block of
    theirs marks a cut.
    """
    blocks = sorted(
        {
            " ".join(line.split())
            for view in views
            for line in view.text.split("\n")
            if len(_words(line)) >= BLOCK_WORDS
        },
        key=lambda b: (-len(b), b),
    )
    taken: list[tuple[int, int]] = []
    for block in blocks:
        start = text.find(block)
        while start >= 0:
            end = start + len(block)
            bounded = (start == 0 or text[start - 1] == " ") and (
                end == len(text) or text[end] == " "
            )
            if bounded and all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
                break
            start = text.find(block, start + 1)
    cuts = sorted({0, len(text), *(i for span in taken for i in span)})
    pieces = [text[a:b].strip() for a, b in pairwise(cuts)]
    pieces = [piece for piece in pieces if WORD.search(piece)]
    return pieces if len(pieces) > 1 else [text]


# --- the extractors ------------------------------------------------------------


@dataclass
class Page:
    """A saved page as the other extractors get it: its HTML, and its parsed tree
    when the caller parsed it already.

    Parsing is a sizeable share of an extractor's time. trafilatura works on a
    copy of the tree it is given, so the tree parsed for it is left whole and is
    handed to one more extractor, which may change it (readability removes
    elements); any other extractor asking for a tree parses the page afresh.
    """

    html: str
    parsed: Any = None  # an lxml tree no one has changed, or None
    _text_tree: Any = None  # resiliparse's own parse of the page, read by two callers
    _picture_text: str | None = None  # read only when a line may be put back
    _caption_boxes: frozenset[str] | None = None
    _visible_text: str | None = None  # read for the metadata and by a few rules
    _visible_words: str | None = None
    _headings: tuple[str, ...] | None = None  # read under the headline and for its stamp
    _layout: Layout | None = None  # read before readability changes the tree
    _headline: tuple[str | None] | None = None  # asked by several rules
    _classed_headline: tuple[str | None] | None = None  # asked when no <h1> is the headline
    _h1s: list[Any] | None = None  # the page's <h1> elements (h1_elements)
    _link_texts: frozenset[str] | None = None  # read when a box of links may hold teasers
    _decks: frozenset[str] | None = None  # read of the article's first paragraph
    _promotions: frozenset[str] | None = None  # read when a paragraph is kept
    _heading_lines: dict[str, int] | None = None  # read when the <title> is not shown

    def text_tree(self) -> Any:
        """The page parsed by resiliparse (which changes nothing in it), parsed once for
        its main-content text and for the page's whole visible text."""
        if self._text_tree is None:
            from resiliparse.parse.html import HTMLTree

            self._text_tree = HTMLTree.parse(self.html)
        return self._text_tree

    def picture_text(self) -> str:
        """The words of the page's captions, credits and galleries (<figcaption>, and
        elements whose class names one: data/furniture.yml `caption_boxes` and
        `picture_boxes`), each box padded with spaces, in the form `line_words` gives
        a line."""
        if self._picture_text is None:
            self._picture_text = " " + "  ".join(self._box_words(_PICTURE_BOXES)) + " "
        return self._picture_text

    def caption_boxes(self) -> frozenset[str]:
        """The words of each caption or credit box of the page that holds one
        paragraph's worth at most (`CAPTION_WORDS`), in the form `line_words` gives
        a line: a line that is one of them whole is no article text, wherever an
        extractor keeps it. Larger boxes are left out: a site may name the class
        of a whole photo story's column after its pictures."""
        if self._caption_boxes is None:
            self._caption_boxes = frozenset(
                t for t in self._box_words(_CAPTION_BOXES) if len(t.split()) <= CAPTION_WORDS
            )
        return self._caption_boxes

    def promotions(self) -> frozenset[str]:
        """The words of each element in a box whose class names a promotion
        (data/furniture.yml `promotion_boxes`: "inlinePromo", "promo-box"), and of the
        box whole, in the form `line_words` gives a line: a competition's or an offer's
        sentence and its label, set between the article's paragraphs, are no text of it.
        A box of more than PROMOTION_WORDS words is left out (a column named so), and so
        is a list's item, a box in one or one of a series of its class (a teaser's card,
        "promo-card", whose summary may be the page's own lead)."""
        if self._promotions is None:
            boxes = [
                element
                for element in self._elements(_PROMOTION_SELECTOR)
                # (no list's item: _PROMOTION_TAGS)
                if (element.tag or "").casefold() in _PROMOTION_TAGS
                and _promotion_class(_box_names(element))
                and not more_words_than(element.text, PROMOTION_WORDS)  # (no column named so)
                # (not a teaser's card, "promo-card" in a list or a series of them: the
                # teaser rules read it)
                and not _in_box(element)
                and not _one_of_a_series(element)
            ]
            # another story's card set inside the article as an <article> of its own (a
            # block of "homepage articles" with a headline and an excerpt); not a
            # reader's comment, which some themes set so
            boxes += [
                element
                for element in self._elements("article article")
                if "comment" not in (element.getattr("class") or "").casefold()
                and not more_words_than(element.text, PROMOTION_WORDS)
                # (a card's headline links to its story: not a live blog's entry or an
                # embedded post)
                and any(
                    word_count(link.text) >= CARD_HEADLINE_WORDS
                    for link in element.query_selector_all(_HEADING_LINKS).values()
                )
            ]
            # a card under a label ("READ:", "Read more", "Te puede interesar:") with a
            # link to another story and its summary, whatever its class
            # (an element whose text opens with no label's beginning is none: its text is
            # quick to read, its children slow, each made an object, and few pass; and
            # one of a shape no card has is not even asked: _CARD_SELECTOR)
            boxes += [
                element
                for element in self._elements(_CARD_SELECTOR)
                if may_open_with_link_list_label(element.text or "") and _labelled_card(element)
            ]
            self._promotions = frozenset(
                words
                for element in boxes
                for text in [
                    *(part.text for part in [element, *element.query_selector_all("*").values()]),
                    *_inline_runs(element),
                    *_inline_runs(element, _LINE_ENDS),
                ]
                if (words := line_words(text))
            )
        return self._promotions

    def decks(self) -> frozenset[str]:
        """The words of each paragraph (<p> or <div>) of the page whose class names it a
        deck (data/furniture.yml `deck_boxes`: "standfirst", "StandFirst", "article-dek"),
        in the form `line_words` gives a line, and of each point of a deck's list; not
        one in a list's item or an aside, a box's teaser of a story, nor one of more than
        DECK_WORDS words (Drupal's body field, "field-type-text-with-summary")."""
        if self._decks is None:
            self._decks = frozenset(
                line_words(part.text)
                for element in self._elements(_DECK_SELECTOR)
                if (element.tag or "").casefold() in _DECK_TAGS
                if _deck_class(element.getattr("class") or "")
                and not _in_box(element)
                # (not a body whose field its class names "text-with-summary")
                and not more_words_than(element.text, DECK_WORDS)
                # a deck of points ("In Summary" over a list): each point, and its label (a
                # heading, or a paragraph of a label's length: not a short body's paragraphs)
                for part in [element, *element.query_selector_all("li, p, h2, h3, h4").values()]
                if part is element
                or (part.tag or "").casefold() != "p"
                or word_count(part.text) <= DECK_LABEL_WORDS
            )
        return self._decks

    def deck_only(self, line: str) -> bool:
        """Whether a line is a deck's (`decks`) and no other paragraph's of the page
        outside a box: a standfirst that repeats the lead word for word is the lead's
        too. Read only for a line some deck's words are."""
        words = line_words(line)
        if words not in self.decks():
            return False
        return not any(
            line_words(element.text) == words and not _in_box(element) and not _in_deck(element)
            for element in self._elements("p")
        )

    def comment_boxes(self) -> tuple[CommentBox, ...]:
        """The elements of the page whose class or id names readers' comments, in page
        order (Layout.comments)."""
        return self.layout().comments

    def visible_words(self) -> str:
        """The words of the page's whole visible text, padded with spaces, in the form
        `line_words` gives a line ("" for a page resiliparse cannot read)."""
        if self._visible_words is None:
            self._visible_words = f" {line_words(self.visible_text())} "
        return self._visible_words

    def visible_text(self) -> str:
        """The page's whole visible text, one block a line ("" when it cannot be read)."""
        if self._visible_text is None:
            from resiliparse.extract.html2text import extract_plain_text

            try:
                self._visible_text = extract_plain_text(
                    self.text_tree(), preserve_formatting=True, alt_texts=False
                )
            except Exception:  # a malformed page: no text, and no rule that needs it applies
                self._visible_text = ""
        return self._visible_text

    def teaser_items(self) -> frozenset[str]:
        """The words of each list item or <div> block of the page that is another
        story's teaser, in the form `line_words` gives a line (Layout.teasers)."""
        return self.layout().teasers

    def columns(self) -> tuple[Columns, ...]:
        """The page's blocks set side by side, one at least a side column (Layout.columns)."""
        return self.layout().columns

    def later_bodies(self, first: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The paragraphs of the element that holds the article's paragraph `first`, and
        those of the elements of its class after it (Layout.later_bodies)."""
        return self.layout().later_bodies(first)

    def layout(self) -> Layout:
        """What the page's elements show of its layout, read once from the tree before
        any extractor changes it (Page.tree hands it over), or from a fresh parse."""
        if self._layout is None:
            tree = self.parsed if self.parsed is not None else parse_html(self.html)
            self._layout = Layout.of(tree, self.html)
        return self._layout

    def set_large(self) -> list[str]:
        """The words of each box a page sets a pull quote in (a <blockquote>, an <aside>,
        an element whose class names a pull quote, a quote, a highlight or a citation), in
        the form `line_words` gives a line."""
        return self._box_words(_SET_LARGE)

    def _box_words(self, selector: str) -> list[str]:
        """The words of each element the CSS `selector` finds, as `line_words` gives
        them (none when the page cannot be parsed: no rule that needs them applies)."""
        return [words for box in self._elements(selector) if (words := line_words(box.text))]

    def _elements(self, selector: str) -> list[Any]:
        """The elements the CSS `selector` finds in the page's body; none for a page
        resiliparse cannot read ("\ud800")."""
        try:
            tree = self.text_tree()
            # .values(): one list at once; list() of the collection makes every node of it
            # again for each item read (quadratic: 457 links took 0.35 s)
            return tree.body.query_selector_all(selector).values() if tree.body is not None else []
        except Exception:  # a page resiliparse cannot read: no elements, and no crash
            return []

    def heading_lines(self) -> dict[str, int]:
        """The words (`line_words`) of the elements the page sets as headings, each with
        its rank: <h1> to <h4> 1 to 4, bold type and elements whose class names a title or
        a head(ing) 5; of a heading's length (HEADING_LINE_WORDS words at most); a line set
        so twice keeps its higher rank."""
        if self._heading_lines is None:
            ranks: dict[str, int] = {}
            for rank, selector in enumerate(_HEADING_RANKS, start=1):
                for words in self._box_words(selector):
                    if len(words.split()) <= HEADING_LINE_WORDS:
                        ranks.setdefault(words, rank)
            self._heading_lines = ranks
        return self._heading_lines

    def crossheads(self) -> tuple[tuple[str, str, str], ...]:
        """(words of the paragraph before, the heading's text, words of the paragraph
        after) of each <h2> to <h4> set between two <p> elements, of a crosshead's length
        and no link's: the article's subheadings, as the page sets them."""
        found = []
        for heading in self._elements("h2, h3, h4"):
            before, after = heading.prev_element, heading.next_element
            text = " ".join((heading.text or "").split())
            if (
                before is None
                or after is None
                or (before.tag, after.tag) != ("p", "p")
                or not text
                or len(text.split()) > CROSSHEAD_WORDS
                or heading.query_selector("a") is not None
                or _hidden(heading)
            ):
                continue
            found.append((line_words(before.text), text, line_words(after.text)))
        return tuple(found)

    def is_link_text(self, line: str) -> bool:
        """Whether the line's words are the words of one of the page's links: a box's
        headline of another story, where a line of the article's own is none."""
        if self._link_texts is None:
            self._link_texts = frozenset(self._box_words("a"))
        return line_words(line) in self._link_texts

    def headline(self) -> str | None:
        """The text of the page's one <h1> element, its headline, or of its one <h1>
        beside the site's name in another (a theme's "site-title" linking home); None
        with none or several (pages that set the article's subheadings as <h1> too), or
        a page resiliparse cannot read."""
        if self._headline is None:
            found = self.h1_elements()
            if len(found) > 1:
                found = [h1 for h1 in found if not _names_home(h1)]
            self._headline = (found[0].text if len(found) == 1 else None,)
        return self._headline[0]

    def h1_elements(self) -> list[Any]:
        """The page's <h1> elements (resiliparse's), found once: the headline, the
        masthead and the classed headline all ask for them."""
        if self._h1s is None:
            self._h1s = self._elements("h1")
        return self._h1s

    def classed_headline(self) -> str | None:
        """The text of the page's one element whose class names it the headline
        ("headline", "storyHeadline", "art-headline": a word ending so; not
        "headlines", a list's, nor "subheadline", the deck's), where the page sets its
        headline in no <h1> of its own (`<p class="headline"><font size="5">`, an `<h2
        class="headline">` under a logo's <h1>); with none so named, of its one <h2>
        whose class names a title or a heading (WordPress's "entry-title", Joomla's
        "contentheading", "itemTitle"), then of its one <h2> an article's microdata
        names ("itemprop=name"), then, on a page with no <h1>, of its one <h2> linking
        to the page's own address; None with none or several, or on a page of several
        <h1> (which has set its headline in one of them)."""
        if self._classed_headline is None:
            several = len(self.h1_elements()) > 1
            found = (
                []
                if several
                else [
                    element.text
                    for element in self._elements("[class*=headline i]")
                    if _headline_class(element.getattr("class") or "")
                ]
            )
            if not found and not several:
                # none so named in English: the one block whose class is the word for a
                # headline in the site's language (`<div class="naslov">`; not a teaser's
                # link so classed, and not when several are)
                local = [
                    element.text
                    for element in self._elements(_LOCAL_HEADLINE_SELECTOR)
                    if _LOCAL_HEADLINE_CLASSES
                    & set((element.getattr("class") or "").casefold().split())
                ]
                found = local if len(local) == 1 else []
            if not found and not several:
                # none so named: the one <h2> whose class names a title or a heading
                # ("entry-title", "itemTitle", "contentheading"), a CMS's article title,
                # or the one table cell with words so named (Joomla 1.5's `<td
                # class="contentheading">`, beside its empty "buttonheading" cells)
                found = [
                    element.text
                    for element in self._elements("h2[class], td[class]")
                    if _titled_class(element.getattr("class") or "")
                    and (element.tag != "td" or line_words(element.text))
                ]
            if not found and not several:
                # none so classed: the one <h2> whose microdata names it the article's
                # headline or name (Joomla 3's `<h2 itemprop="name">` in its page header;
                # not a Person's name, the author's)
                found = [
                    element.text
                    for element in self._elements("h2[itemprop]")
                    if (element.getattr("itemprop") or "").casefold() in ("headline", "name")
                    and _article_item(element)
                ]
            if not found and not several and not self.h1_elements():
                # nor so named: the one <h2> linking to the page's own address (Joomla
                # 2.5's `<h2><a href="/news/1431-bridge-closes">`), its headline
                own = {path for address in own_addresses(self.html) if (path := _path(address))}
                found = [
                    element.text
                    for element in self._elements("h2 a[href]")
                    if own and _path(element.getattr("href") or "") in own
                ]
            self._classed_headline = (found[0] if len(found) == 1 else None,)
        return self._classed_headline[0]

    def masthead(self) -> bool:
        """Whether the page's one <h1> is a link to the site's home page, its words the
        link's: a blog's or a site's name over every page, not a story's headline."""
        found = self.h1_elements()
        return len(found) == 1 and _names_home(found[0])

    def headings(self) -> tuple[str, ...]:
        """The texts of the page's <h1> and <h2> elements, in page order, as `line_words`
        gives them; none for a page with several <h1> (its subheadings set so) or one
        resiliparse cannot read."""
        if self._headings is None:
            # <h1> with words: not a logo's (the <h1> elements read once, for both uses)
            several = sum(1 for h1 in self.h1_elements() if line_words(h1.text)) > 1
            self._headings = () if several else tuple(self._box_words("h1, h2"))
        return self._headings

    @classmethod
    def parse(cls, html: str) -> Page:
        """The page with its tree parsed now (to be shared as the class says)."""
        return cls(html, parse_html(html))

    def share_parent(self, first: str, second: str) -> bool | None:
        """Whether the innermost elements whose whole text is `first` and `second` stand
        under one parent (the article's paragraphs do; a deck set in the header does
        not); None when either text is no element's, or no element of the first stands
        above one of the second. Where a text is more than one element's (a deck or a
        lead that a box of the site's stories repeats), the two nearest each other are
        read. From a fresh parse, asked rarely (a deck over a stamp)."""
        tree = parse_html(self.html)
        if tree is None:
            return None
        # (a deck or a lead that a box of the site's stories repeats, "Most read": the
        # two that stand nearest, the first above the second)
        order = {element: at for at, element in enumerate(tree.iter())}
        pairs = [
            (order[b] - order[a], a, b)
            for a in _innermost_holders(tree, first)
            for b in _innermost_holders(tree, second)
            if order[a] < order[b]
        ]
        if not pairs:
            return None
        _, above, below = min(pairs, key=lambda pair: pair[0])
        return above.getparent() is below.getparent()

    def tree(self) -> Any:
        """The page's tree for a caller that may change it (None: not parseable)."""
        if self.parsed is not None:
            self.layout()  # read now: the caller may change the tree
        tree, self.parsed = self.parsed, None
        return tree if tree is not None else parse_html(self.html)


def _innermost_holders(tree: Any, text: str) -> list[Any]:
    """The innermost elements whose whole text is `text` (its words, `line_words`),
    found from the text nodes that hold its first words and climbing from them while
    an element's text is the start of `text`."""
    wanted = line_words(text)
    probe = " ".join(text.split()[:PROBE_WORDS])
    if not wanted or not probe:
        return []
    holders = []
    for node in tree.xpath("//text()[contains(normalize-space(.), $probe)]", probe=probe):
        element = node.getparent()
        if element is not None and node.is_tail:
            element = element.getparent()
        while element is not None:
            words = line_words(element.text_content())
            if words == wanted:
                holders.append(element)
                break
            if not wanted.startswith(words):
                break
            element = element.getparent()
    return holders


PROBE_WORDS = 3  # of a text, looked for in the page's text nodes


# How many words a picture's caption box holds at most (a long caption runs to ~80).
CAPTION_WORDS = 120


# The elements that hold a picture's caption, credit or gallery, as one CSS selector.
def _class_holds(entry: str, attribute: str = "class") -> str:
    """The selector of the elements whose class (or another `attribute`) holds an entry's
    words, in any case; an entry of several joined by "+" ("video+desc") holds each of
    them ("video-embed__desc", "VideoEmbed_desc", "field-videodescription")."""
    return "".join(f"[{attribute}*={word} i]" for word in entry.split("+"))


def _box_names(element: Any) -> str:
    """An element's class and the test id a component library sets beside hashed class
    names (`data-testid="newsletter-signup"` on `class="sc-1m0xq7h-0 cJsWbn"`): the names
    that tell what kind of box it is."""
    return f"{element.getattr('class') or ''} {element.getattr('data-testid') or ''}"


_PICTURE_BOXES = ", ".join(
    [
        "figcaption",
        *map(_class_holds, PATTERNS["caption_boxes"] + PATTERNS["picture_boxes"]),
    ]
)


def _class_words(names: str) -> set[str]:
    """The words of a class attribute, case folded, split at spaces, hyphens and
    underscores, and again where a lower-case letter meets a capital ("StandFirst":
    "standfirst", "stand", "first")."""
    whole = [word for word in re.split(r"[\s_-]+", names) if word]
    return {w.casefold() for w in whole} | {
        w.casefold() for w in _NAME_WORD_BREAK.split(names) if w
    }


def _inline_runs(element: Any, ends: frozenset[str] | None = None) -> list[str]:
    """The texts of an element's runs of inline children between its block ones (or
    between the tags `ends` names: _LINE_ENDS, a line break too, where some extractors
    end a line), as an extractor gives them, one line each ("Related" and a headline in
    two <span>s, then a <p>: "Related The bakery ..."); a comment in the markup is none."""
    ends = _BLOCK_TAGS if ends is None else ends
    runs: list[str] = []
    run: list[str] = []
    for node in element.child_nodes.values():  # (.values(): a list made at once)
        tag = (node.tag or "").casefold()
        if tag in ends:
            runs.append(" ".join(run))
            run = []
        elif tag != "#comment":
            run.append(node.text or "")
    runs.append(" ".join(run))
    return [text for text in runs if text.strip()]


_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "aside", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"figure", "figcaption", "blockquote", "table", "form", "header", "footer"}
)
_LINE_ENDS = _BLOCK_TAGS | {"br"}  # where an extractor ends a box's line


def _hidden(element: Any) -> bool:
    """Whether an element is set not to show: the `hidden` attribute, `aria-hidden`,
    `display:none` or `visibility:hidden` in its style, or a class naming it hidden
    for screens ("visually-hidden", "sr-only", "element-invisible")."""
    style = "".join((element.getattr("style") or "").casefold().split())
    classes = (element.getattr("class") or "").casefold()
    return (
        element.hasattr("hidden")
        or (element.getattr("aria-hidden") or "").casefold() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
        or any(word in classes for word in _HIDDEN_CLASSES)
    )


_HIDDEN_CLASSES = tuple(PATTERNS["hidden_classes"])


def _in_box(element: Any) -> bool:
    """Whether an element stands in a list's item or an <aside> (a box of teasers)."""
    return _among_ancestors(
        element.parent, lambda above: (above.tag or "").casefold() in {"li", "aside"}
    )


def _among_ancestors(element: Any, test: Callable[[Any], bool]) -> bool:
    """Whether the element or one of its BOX_DEPTH nearest ancestors passes `test`."""
    for _ in range(BOX_DEPTH):
        if element is None or not hasattr(element, "getattr"):
            return False  # (above the root: the document)
        if test(element):
            return True
        element = element.parent
    return False


def _one_of_a_series(element: Any) -> bool:
    """Whether an element stands beside another of its class (a box's cards in a row)."""
    names = element.getattr("class")
    return any(
        sibling is not None and sibling.getattr("class") == names
        for sibling in (element.previous_element_sibling, element.next_element_sibling)
    )


def _in_deck(element: Any) -> bool:
    """Whether an element is a deck's, or stands in one (`<div class="standfirst"><p>`)."""
    return _among_ancestors(
        element,
        lambda e: _deck_class(e.getattr("class") or ""),
    )


def _deck_class(names: str) -> bool:
    """Whether a class attribute names a deck's element: one of its words (data
    `deck_boxes`; not in a class naming a post's tag or category, "tag-summary"), or one
    of its classes whole (data `deck_classes`: SPIP's "chapo", eZ Publish's
    "attribute-short", the intro field it sets between the byline and the body's
    "attribute-long"; not a word of a term's class, "temas-el-chapo")."""
    if _DECK_CLASSES.intersection(names.casefold().split()):
        return True
    names = " ".join(name for name in names.split() if not _TERM_CLASS.match(name))
    return bool(_DECK_BOX_WORDS.intersection(_class_words(names)))


BOX_DEPTH = 12  # ancestors of a deck read for a box holding it
# A class naming a post's tag or category ("tag-el-chapo", "category-news"): a term's
# words, no box's kind.
_TERM_CLASS = re.compile(r"(?:tag|category)-", re.IGNORECASE)


# The words of a class that name a deck's element.
_DECK_BOX_WORDS = frozenset(PATTERNS["deck_boxes"])
_DECK_CLASSES = frozenset(PATTERNS["deck_classes"])
DECK_WORDS = 120  # a deck's element: a sentence or two, or a few points
DECK_LABEL_WORDS = 3  # a deck box's label in a <p> ("Claves", "Key points")
# The elements whose class holds one of those words, in any case (which `Page.decks` then
# reads word by word, and whose tag it tests: a <p>, <div> or <section>): a query for
# every element with a class made an object of each, a page's thousands.
_DECK_SELECTOR = ", ".join(f"[class*={word} i]" for word in sorted(_DECK_BOX_WORDS | _DECK_CLASSES))
_DECK_TAGS = frozenset({"p", "div", "section"})


# The words of a class that name a promotion's box, and the elements holding one (read
# word by word as the deck's are).
_PROMOTION_BOX_WORDS = frozenset(PATTERNS["promotion_boxes"])


def _promotion_class(names: str) -> bool:
    """Whether a class attribute names a promotion's box: one of its words, one of the
    hyphenated pairs as written ("paywall-offer"), or each word of an entry joined by "+"
    ("AuthorCard_bio"); a class naming a post's tag or category ("tag-whatsapp") is
    none."""
    names = " ".join(name for name in names.split() if not _TAXONOMY_CLASS.match(name))
    folded = names.casefold()
    return bool(_PROMOTION_BOX_WORDS.intersection(_class_words(names))) or any(
        ("-" in entry or "+" in entry) and all(part in folded for part in entry.split("+"))
        for entry in _PROMOTION_BOX_WORDS
    )


# A class naming a post's tag, category, type or state: "tag-whatsapp", "category-apps".
_TAXONOMY_CLASS = re.compile(
    r"(?:" + "|".join(PATTERNS["taxonomy_class_prefixes"]) + r")[-_]", re.IGNORECASE
)


PROMOTION_WORDS = 80  # a promotion's box: a label, a sentence or two and a link
# The elements a card of another story is set in (<div>, <aside>, <section>, <p>, <a>)
# that may be one, as `_labelled_card` reads them: a card's label is its
# first child that shows text, an element; a block's card holds a link, and a paragraph's
# has one right after its label. Two thirds of a page's blocks are not, and each node a
# query gives is made a Python object, which costs more than the query (lexbor's `:has`).
_CARD_SELECTOR = ":is(div, aside, section):has(a[href]):has(> *), p:has(> a), a:has(> *)"
_HEADING_LINKS = "h2 a[href], h3 a[href], h4 a[href], h5 a[href]"  # a card's headline


def _labelled_card(element: Any) -> bool:
    """Whether an element is another story's card: of a promotion's size, opening with a
    label of links to other stories (a line of its own: "READ:", "Read more", "Leia
    também"), and a link of a headline's words (the element itself, or the one in it)."""
    # the label first: few elements open with one, and it is read up to the first text
    # (an element of its own: "Read <a>the new policy</a> closely" is a sentence)
    label = _label_element_text(element, LINK_LIST_LABEL_CHARS)
    if not label or len(label.split()) > CARD_LABEL_WORDS or not is_link_list_label(label):
        return False
    if more_words_than(element.text, PROMOTION_WORDS):
        return False
    if (element.tag or "").casefold() == "a":
        return word_count(element.text) - len(label.split()) >= CARD_HEADLINE_WORDS
    if (element.tag or "").casefold() == "p" and not _link_after_label(element):
        return False  # "<p><b>Latest news:</b> The region said <a>...</a> would ...": text
    # one link (a most-read box's list of several, where the page's own story may stand
    # with its lead, is the teaser rules')
    links = element.query_selector_all("a[href]").values()
    return len(links) == 1 and word_count(links[0].text) >= CARD_HEADLINE_WORDS


def _link_after_label(element: Any) -> bool:
    """Whether the node right after an element's label (its first node holding text) is
    a link, spaces and comments aside: a paragraph that is a card ("<p><strong>ALSO
    READ:</strong> <a>headline</a><br/>summary</p>"), not one whose sentence runs on
    after its label."""
    shown = _shown_nodes(element)
    next(shown, None)  # the label
    after = next(shown, None)
    return after is not None and after[0].tag == "a"


def _shown_nodes(element: Any) -> Iterator[tuple[Any, str]]:
    """An element's child nodes that show text, with it (spaces alone show none, nor a
    comment in the markup), read node by node from the first (a NodeList read item by
    item makes its nodes again each time, and a card's check reads every block)."""
    node = element.first_child
    while node is not None:
        text = node.text if node.tag != "#comment" else ""
        if text and not text.isspace():
            yield node, text
        node = node.next


def _label_element_text(element: Any, most: int) -> str | None:
    """The text of an element's first child node that holds any, spaces tidied, when
    that node is an element ("" when it is a text, or there is none; None when its text
    is longer than `most` characters, told by its beginning; `_shown_nodes`)."""
    first = next(_shown_nodes(element), None)
    if first is None or first[0].tag == "#text":
        return ""
    text = first[1]
    if len(text) > 4 * most and len(" ".join(text[: 4 * most].split())) > most:
        return None  # (a wrapper's text: its tidied beginning is longer already)
    return " ".join(text.split())


CARD_LABEL_WORDS = 4  # a card's label: "READ:", "Read more", "Te puede interesar:"
CARD_HEADLINE_WORDS = 4  # the words of a link to another story's headline, at least
_PROMOTION_SELECTOR = ", ".join(
    _class_holds(word, attribute)
    for word in sorted(_PROMOTION_BOX_WORDS)
    for attribute in ("class", "data-testid")
)
_PROMOTION_TAGS = frozenset({"div", "aside", "section", "p", "a"})  # (read as _DECK_TAGS are)


# The boxes a pull quote is set in (Page.set_large).
_SET_LARGE = (
    "blockquote, aside, [class*=pull i], [class*=quote i], [class*=highlight i], [class*=cita i]"
)


# The elements that hold a caption or a credit, not a gallery: a site names a photo
# story's column or a gallery strip after its pictures, and their text is no caption.
_CAPTION_BOXES = ", ".join(["figcaption", *map(_class_holds, PATTERNS["caption_boxes"])])


def _names_home(h1: Any) -> bool:
    """Whether an <h1>'s words are those of a link in it to the site's home page: the
    site's name over every page, not a story's headline."""
    return any(
        _leads_home(link.getattr("href") or "") and line_words(link.text) == line_words(h1.text)
        for link in h1.query_selector_all("a[href]").values()
    )


def _leads_home(href: str) -> bool:
    """Whether a link leads to a site's home page: the site's root (_HOME_PATHS), or a
    path whose last part is "home" (a portal's "/web/guest/home"), its parameters
    (";jsessionid=...") aside; not a link that cannot be read
    ("http://[your-blog].example.com/")."""
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    path = path.split(";", 1)[0].rstrip("/")
    return path in _HOME_PATHS or path.rsplit("/", 1)[-1] == "home"


# The paths of a site's home page, which a masthead's link leads to (a story's own
# address may end in "/index.html" too, deeper down).
_HOME_PATHS = frozenset(
    ["", "/index.html", "/index.htm", "/index.php", "/index.asp", "/default.asp", "/default.aspx"]
)

# A word of a class or an id that names readers' comments (_names_comments).
_COMMENT_BOX_WORD = re.compile("|".join(PATTERNS["comment_box_words"]))
# The words of a class or an id: "nv-comment", "comment_list", "forumInfo".
_NAME_WORD_BREAK = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")


def _names_comments(*names: str | None) -> bool:
    """Whether one word of an element's id or class is a comment box's
    (data/furniture.yml `comment_box_words`), in a class (or id) that says no more than
    that: "comments-enabled" or "has-comments" (`comment_state_words`) is a post's state,
    set on the article's own wrapper."""
    return any(
        any(_COMMENT_BOX_WORD.fullmatch(word.casefold()) for word in words)
        and not any(word.casefold() in _COMMENT_STATE_WORDS for word in words)
        for name in names
        if name and _COMMENT_BOX_WORD.search(name.casefold())  # (most names hold none)
        for part in name.split()
        for words in [_NAME_WORD_BREAK.split(part)]
    )


_COMMENT_STATE_WORDS = frozenset(PATTERNS["comment_state_words"])


# A teaser list item (Layout.teasers), or a <div> block set as one: a link of
# TEASER_HEAD_WORDS or more, then TEASER_SUMMARY_WORDS or more ending a sentence, in a
# list of TEASER_ITEMS such items (words counted as prose.word_count counts them).
TEASER_HEAD_WORDS = 3
TEASER_SUMMARY_WORDS = 5
TEASER_ITEMS = 2
TEASER_PARTS = 4  # elements of an item: the link, a summary, a date or a picture, a line break
BODY_CONTAINERS = 3  # elements of one class an article may be set in (Layout.later_bodies)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True)
class _Body:
    """An element of a class the page sets on a few elements (Layout.later_bodies)."""

    key: tuple[str, str]  # its tag and class
    paragraphs: tuple[str, ...]  # the text of each <p> inside it
    own: frozenset[str]  # the words of each <p> right under it
    place: tuple[int, tuple[str, str] | None, int]  # its parent, or its parent's kind and parent
    headed: bool  # it is marked as another story's (Layout.later_bodies)


@dataclass(frozen=True)
class CommentBox:
    """An element holding a reader's comment in paragraphs (Layout.comments)."""

    words: str  # its words, padded with spaces, in the form `line_words` gives a line
    within: int  # the index of the comment box it stands in, or -1


@dataclass(frozen=True)
class Columns:
    """Blocks of a page set side by side, one at least a side column beside the
    article's: named so, narrower than the widest cell of a layout table's row, or a
    table floated beside the text it stands in (Layout.columns)."""

    words: tuple[str, ...]  # each one's words, padded with spaces, as `line_words` gives them
    side: tuple[bool, ...]  # each one is a side column (_column_kind, _widths_row, _floated_box)
    story: tuple[bool, ...]  # each one is the article's (named so, or the widest cell)


@dataclass(frozen=True)
class Layout:
    """What a page's elements show that no extractor's text does: the list items and
    blocks that are other stories' teasers, the elements an article may be set in twice
    or three times (its body going on after an advertisement and a related box), the
    elements holding readers' comments, and the columns set beside the article's."""

    teasers: frozenset[str] = frozenset()
    bodies: tuple[_Body, ...] = ()
    comments: tuple[CommentBox, ...] = ()
    columns: tuple[Columns, ...] = ()

    @classmethod
    def of(cls, tree: Any, html: str = "") -> Layout:
        """The layout of the page `tree` was parsed from (`html`: its source, whose head
        gives the page's own addresses)."""
        if tree is None:
            return cls()
        try:
            return cls(_teasers(tree, html), _bodies(tree), _comments(tree), _columns(tree))
        except (ValueError, TypeError):  # a tree lxml cannot walk: no layout, no crash
            return cls()

    def later_bodies(self, first: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The paragraphs of the element holding the article's paragraph `first`, and
        those of the elements after it with its tag, class and place in the layout
        (under its parent, or under parents of one kind that share theirs: a grid's
        rows), up to one marked as another story's: a headline of its own, a title
        or heading between them (a blog's next post; not a related box's label), or
        a place in the readers' comments. Nothing when the class is missing or set on
        more than BODY_CONTAINERS elements (a blog's index of posts)."""
        words = line_words(first)
        for at, body in enumerate(self.bodies):
            if words in body.own:
                later: list[str] = []
                for other in self.bodies[at + 1 :]:
                    if other.key != body.key:
                        continue
                    if other.place != body.place or other.headed:
                        break
                    later.extend(other.paragraphs)
                return body.paragraphs, tuple(later)
        return (), ()


def _element_text(element: Any) -> str:
    """An element's text with its children's texts apart (lxml runs them together)."""
    return " ".join(" ".join(element.itertext()).split())


def _teasers(tree: Any, html: str = "") -> frozenset[str]:
    """The words of each teaser list item (or <div> block, or <p> of a link, a line
    break and a summary) whole, and of its headline and its summary alone where an
    extractor keeps them apart (not for the page's own story in a most-read list,
    whose summary may be its lead)."""
    lists: dict[Any, list[tuple[str, str, str]]] = {}
    paragraphs: Counter[Any] = Counter()  # the items set as <p>, per box
    for item in _xpaths()["linked_items"](tree):
        found = _teaser_words(item)
        if found is not None:
            box = _teaser_box(item)
            lists.setdefault(box, []).append((*found, item[0].get("href")))
            paragraphs[box] += item.tag == "p"
    if not lists:
        return frozenset()
    headlines = [words for h in tree.iter("h1") if (words := line_words(_element_text(h)))]
    if not headlines:
        # no <h1>: the one <h2> or table cell a CMS classes as the article's title
        # (Joomla 1.5's `<td class="contentheading">`, as Page.classed_headline reads it)
        classed = [
            words
            for e in tree.iter("h2", "td")
            if _titled_class(e.get("class") or "") and (words := line_words(_element_text(e)))
        ]
        headlines = classed if len(classed) == 1 else []
    own = frozenset(path for address in own_addresses(html) if (path := _path(address)))
    # the headline the page declares (og:title, <title>), which a most-read box may give
    # where the page shows another over the article
    declared = [
        words
        for e in tree.iter("meta", "title")
        if e.tag == "title" or (e.get("property") or e.get("name") or "").casefold() == "og:title"
        if (words := line_words(e.get("content") or "" if e.tag == "meta" else _element_text(e)))
    ]
    boxes = {
        box
        for box, listed in lists.items()
        if len(listed) >= TEASER_ITEMS and not _among_paragraphs(box, paragraphs[box])
    }
    summaries = {summary for box in boxes for _, summary, _ in lists[box]}
    leads = _own_leads(tree, boxes, summaries)
    return frozenset(
        words
        for box in boxes
        for head, summary, href in lists[box]
        for words in (
            f"{head} {summary}",
            *(
                ()
                if _own_story(head, headlines)
                or _path(href) in own
                or _declared_own(head, declared)
                # (the page's own story however the box words its headline, on a page
                # that gives no address of its own to tell its link by: the summary is a
                # paragraph of the article's body too, its lead)
                or (not own and summary in leads)
                else (head, summary)
            ),
        )
        if words
    )


def _own_leads(tree: Any, boxes: set[Any], summaries: set[str]) -> frozenset[str]:
    """The teasers' `summaries` that the page also prints as a paragraph (<p>) of a body
    outside the teaser `boxes`, an element holding BODY_PARAGRAPHS of them or more: the
    article's own lead, which a most-read box repeats word for word (one such summary;
    not a related block's one teaser, nor teasers the article's container repeats)."""
    if not summaries:
        return frozenset()
    # (the elements themselves, held: lxml gives a held element's node the same object)
    boxed = {p for box in boxes for p in box.iter("p")}
    told = frozenset(
        words
        for p in tree.iter("p")
        if p not in boxed
        and (words := line_words(_element_text(p))) in summaries
        and (parent := p.getparent()) is not None
        and sum(1 for _ in parent.iterchildren("p")) >= BODY_PARAGRAPHS
    )
    # one story's lead; several told so are teasers set in the article's container too
    return told if len(told) == 1 else frozenset()


BODY_PARAGRAPHS = 3  # paragraphs of an article's body in one element, at least


# The word for a headline, as a class names it, in the languages of the pages' sites
# (data headline_classes): "naslov" (Croatian, Serbian, Slovenian), "nadpis" (Czech,
# Slovak), "tytul" (Polish), "titular" (Spanish), "baslik" (Turkish without its marks).
_LOCAL_HEADLINE_CLASSES = frozenset(PATTERNS["headline_classes"])
_LOCAL_HEADLINE_SELECTOR = ", ".join(
    f"{tag}[class*={name} i]" for name in sorted(_LOCAL_HEADLINE_CLASSES) for tag in ("div", "td")
)


def _article_item(element: Any) -> bool:
    """Whether an element's nearest microdata item (the closest element above it, or it,
    with `itemscope`) is an article ("Article", "NewsArticle", "BlogPosting"), not a
    person or an organisation."""
    node = element
    for _ in range(ITEM_REACH):
        if node is None or not hasattr(node, "hasattr"):
            return False
        if node.hasattr("itemscope"):
            kind = (node.getattr("itemtype") or "").rsplit("/", 1)[-1]
            return kind.endswith(("Article", "Posting"))
        node = node.parent
    return False


ITEM_REACH = 12  # elements up from a heading to its item's element


def _headline_class(names: str) -> bool:
    """Whether a class attribute names its element the headline: a word ending in
    "headline" ("headline", "storyHeadline", "art-headline"), but no sub-headline
    ("subheadline lead", "sub-headline", "subHeadline": the deck under it)."""
    words = [word.casefold() for word in _NAME_WORD_BREAK.split(names) if word]
    return any(
        word.endswith("headline")
        and not word.startswith("sub")
        and (at == 0 or words[at - 1] != "sub")
        for at, word in enumerate(words)
    )


def _titled_class(names: str) -> bool:
    """Whether a class names its element a title or a heading ("entry-title",
    "itemTitle", "contentheading"): a CMS's article title, where no <h1> gives one
    (Page.classed_headline, and _teasers' own story)."""
    return any(
        word.casefold().endswith(("title", "heading")) for word in _NAME_WORD_BREAK.split(names)
    )


def _declared_own(head: str, declared: Sequence[str]) -> bool:
    """Whether a teaser's headline of OWN_TITLE_WORDS words or more is the one the page
    declares as its own (og:title, or inside its <title> with the site's name)."""
    return len(head.split()) >= OWN_TITLE_WORDS and any(
        f" {head} " in f" {title} " for title in declared
    )


OWN_TITLE_WORDS = 4  # a headline's words, not a section's name a <title> also holds


def _path(address: str) -> str:
    """An address's path without its last "/", and its query ("/story.php?id=7": older
    sites tell their stories apart by it); "" for the home page or a bad address."""
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return ""
    path = parts.path.rstrip("/")
    return f"{path}?{parts.query}" if path and parts.query else path


# The elements a comment box is: blocks, not a code listing's span that a highlighter
# names "comment" ("// load the module").
_COMMENT_BOX_TAGS = frozenset(
    [
        "div",
        "section",
        "aside",
        "article",
        "ol",
        "ul",
        "li",
        "dl",
        "table",
        "tbody",
        "tr",
        "td",
        "p",
        "footer",
        "form",
    ]
)


def _comments(tree: Any) -> tuple[CommentBox, ...]:
    """The elements whose id or class names readers' comments (_names_comments) and that
    hold paragraphs: themselves, or a few levels down in two wrappers or more
    (COMMENT_BOX_REACH: a section "hozzaszolasok" around each comment's own wrapper of
    paragraphs; not a "posting" wrapper around one block of an article's paragraphs), in
    page order, each with the one it stands in."""
    holders: dict[Any, int] = {}  # each element named so: how many holders it holds
    for holder in _xpaths()["paragraph_holders"](tree):
        if _comment_box(holder):
            holders[holder] = COMMENT_HOLDERS  # (a holder itself: a box whatever it holds)
        for up in islice(holder.iterancestors(), COMMENT_BOX_REACH):
            if up in holders or _comment_box(up):
                holders[up] = holders.get(up, 0) + 1
    named = {
        box: words
        for box, count in holders.items()
        if count >= COMMENT_HOLDERS and (words := line_words(_element_text(box)))
    }
    found = {box: at for at, box in enumerate(_in_page_order(named))}
    # (the box each stands in, read once all are found: one reached from a later holder
    # may hold one found before it)
    return tuple(
        CommentBox(
            f" {named[box]} ", next((found[up] for up in box.iterancestors() if up in found), -1)
        )
        for box in found
    )


def _in_page_order(elements: Any) -> list[Any]:
    """Elements of one tree in the order the page has them (an ancestor before what it
    holds): sorted by their ancestors' positions among their siblings."""

    def path(element: Any) -> list[int]:
        steps = []
        while (parent := element.getparent()) is not None:
            steps.append(parent.index(element))
            element = parent
        return steps[::-1]

    return sorted(elements, key=path)


COMMENT_HOLDERS = 2  # holders of paragraphs a comment box above them holds, at least
COMMENT_BOX_REACH = 3  # levels above a holder of paragraphs a comment box may stand


def _comment_box(element: Any) -> bool:
    """Whether an element is a block whose id or class names readers' comments."""
    ident, names = element.get("id"), element.get("class")
    return (
        element.tag in _COMMENT_BOX_TAGS and bool(ident or names) and _names_comments(ident, names)
    )


# The elements a column of the layout is: blocks, not a list item or a paragraph.
_COLUMN_TAGS = frozenset(["div", "td", "section", "aside", "article", "main", "nav", "ul"])
_SIDE_NAME = re.compile("|".join(PATTERNS["side_column_names"]))
_STORY_NAME = re.compile("|".join(PATTERNS["story_column_names"]))


def _columns(tree: Any) -> tuple[Columns, ...]:
    """The groups of columns of the page: each row of a layout table whose cells are
    sized (_widths_row), each table floated beside its text (_floated_box), and for each
    element named as a side column (data/furniture.yml `side_column_names`: "rightCol",
    "sidebar", "right-rail"), it and the blocks beside it under its parent that hold
    words, each with its kind (the one holding the page's one <h1> is the article's)."""
    parents: dict[Any, None] = {}
    rows: list[Columns | None] = []
    floated: list[Columns | None] = []
    side = _SIDE_NAME.search
    # one walk over the page's blocks, rows and tables: each walk of a tree costs as
    # much as the query it answers, whatever the few elements it finds
    for element in tree.iter(*_COLUMN_TAGS, "tr", "table"):
        if element.tag == "tr":
            if _sized_row(element):
                rows.append(_widths_row(element))
            continue
        if element.tag == "table":
            if element.get("align", "").strip().casefold() in {"left", "right"}:
                floated.append(_floated_box(element))
            continue
        # (its class and id read as plain strings: an XPath query's attribute results
        # each carry their element, twice the time)
        names, ident = element.get("class"), element.get("id")
        # (a word of it, below; the two tested in turn, not by a generator: every block
        # of the page is asked)
        if (names and side(names.casefold())) or (ident and side(ident.casefold())):
            parent = element.getparent()
            if parent is not None and _column_kind(element)[0]:
                parents.setdefault(parent, None)
    groups = rows + floated
    headlines = list(tree.iter("h1")) if parents else []
    for parent in parents:
        blocks = list(parent.iterchildren(*_COLUMN_TAGS))
        if len(blocks) < 2:
            continue  # a side column alone in its parent (half of them): no text read
        held = [
            (words, side and not headed, story or headed)
            for child in blocks
            if (words := line_words(_element_text(child)))
            for side, story in [_column_kind(child)]
            # the one <h1> of the page stands in the article's column, whatever its name
            for headed in [len(headlines) == 1 and _holds(child, headlines[0])]
        ]
        if len(held) >= 2 and any(side for _, side, _ in held):
            groups.append(
                Columns(
                    tuple(f" {text} " for text, _, _ in held),
                    tuple(side for _, side, _ in held),
                    tuple(story for _, _, story in held),
                )
            )
    return tuple(group for group in groups if group is not None)


def _holds(element: Any, inner: Any) -> bool:
    """Whether `inner` stands inside `element`."""
    return any(up is element for up in inner.iterancestors())


_WIDTH = re.compile(r"\s*(\d{1,4})\s*(%?)\s*$")


def _sized_row(row: Any) -> bool:
    """Whether a table's row holds two cells or more with a width attribute."""
    return sum(cell.get("width") is not None for cell in row.iterchildren("td")) >= 2


def _widths_row(row: Any) -> Columns | None:
    """A layout table's row of cells sized by their width attributes (`<td
    width="480">` beside `<td width="180">`, as pages were laid out before about
    2012), as columns: the widest is the article's, the others side ones; None for a
    row with fewer than two cells holding words, a cell of no width or widths of
    different units, or no one widest."""
    cells = []
    for cell in row.iterchildren("td"):
        words = line_words(_element_text(cell))
        if not words:
            continue
        sized = _WIDTH.match(cell.get("width") or "")
        if sized is None:
            return None
        cells.append((f" {words} ", int(sized.group(1)), sized.group(2)))
    if len(cells) < 2 or len({unit for _, _, unit in cells}) > 1:
        return None
    widest = max(width for _, width, _ in cells)
    if sum(width == widest for _, width, _ in cells) > 1:
        return None
    return Columns(
        tuple(words for words, _, _ in cells),
        tuple(width < widest for _, width, _ in cells),
        tuple(width == widest for _, width, _ in cells),
    )


def _floated_box(table: Any) -> Columns | None:
    """A table floated to one side of the text it stands in (`<table align="right">`: a
    box of briefs, of related stories, of a box score or of the paper's files beside an
    article) as a side column beside the rest of its parent, the column holding that
    text; None when either holds no words."""
    parent = table.getparent()
    if parent is None:
        return None
    rest = [parent.text or ""]
    for child in parent.iterchildren():
        if child is not table:
            rest.append(_element_text(child) if isinstance(child.tag, str) else "")
        rest.append(child.tail or "")
    words, boxed = line_words(" ".join(rest)), line_words(_element_text(table))
    if not words or not boxed:
        return None
    return Columns((f" {words} ", f" {boxed} "), (False, True), (True, False))


def _column_kind(element: Any) -> tuple[bool, bool]:
    """Whether an element's class or id names a side column, and whether it names the
    article's: a word of them begins so (data/furniture.yml `side_column_names`,
    `story_column_names`); one named both ways ("content-right") is the article's."""
    names = [
        word.casefold()
        for name in (element.get("class"), element.get("id"))
        if name
        for word in _NAME_WORD_BREAK.split(name)
    ]
    story = any(_STORY_NAME.match(word) for word in names)
    return not story and any(_SIDE_NAME.match(word) for word in names), story


def _among_paragraphs(box: Any, items: int = 0) -> bool:
    """Whether a list stands among paragraphs: the list's parent holds two <p> or more,
    or for items set as <div> blocks, the element holding them does; for `items` set as
    <p> (a headline's link, a line break and its summary), the element holding them
    holds two <p> more than those, past a label's. The article's own list ("books of the
    year", each title with a line about it), not a box of other stories set apart with
    its label."""
    parent = box.getparent()
    if items:
        others = sum(
            1
            for child in box.iterchildren("p")
            if word_count(_element_text(child)) > TEASER_LABEL_WORDS
        )
        return others - items >= 2
    return any(
        element is not None and sum(1 for _ in element.iterchildren("p")) >= 2
        for element in (parent, box)
    )


TEASER_LABEL_WORDS = 4  # a box's label ("RELATED STORIES", "More on this story")


def _own_story(head: str, headlines: list[str]) -> bool:
    """Whether a teaser's headline is the page's own (in a most-read list): one of the
    page's <h1> holds it or is held by it. (_teasers also takes a teaser whose link is
    the page's own address for its own story, however the box words the headline.)"""
    return any(head in headline or headline in head for headline in headlines)


@cache
def _xpaths() -> dict[str, Any]:
    """The compiled queries the layout is read with: lxml picks the few elements a rule
    needs faster than Python walks them all (every element it hands over costs)."""
    from lxml import etree

    return {
        # list items whose link a summary follows, in an element or as text: one query
        # over every list item, cheaper than a scan of the page's source
        # (and over every <div>, whose items are blocks of a headline and a sentence; two
        # queries joined cost a third of one asking each element whether it is either)
        "linked_items": etree.XPath(
            " | ".join(
                f"//{item}/a[1]"
                "[following-sibling::*[1][self::p or self::span or self::div or self::br]"
                " or normalize-space(following-sibling::node()[1][self::text()])]/.."
                for item in ("li", "div", "p")
            )
        ),
        "classes": etree.XPath("//p/../@class"),
        # the elements holding paragraphs (or a <pre> block), and the paragraphs with a
        # class: a comment's text stands in one of its own ("<div
        # class=\"kommentar\"><p>...</p></div>", "<p class=\"comments\">"); a query
        # for the comment words among every element's class and id costs a hundred
        # times as much
        "paragraph_holders": etree.XPath("//p/.. | //pre/.. | //p[@class]"),
    }


def _teaser_box(item: Any) -> Any:
    """The box a teaser belongs to: its parent, or, where the parent wraps it alone with
    its rank ("1" beside the headline and summary) and is one of a series of its kind,
    the series' parent (a most-read rail's `div.most__item` > `div.most__text`)."""
    parent = item.getparent()
    outer = parent.getparent() if parent is not None else None
    if outer is None or len(parent) > TEASER_WRAP_PARTS or not parent.get("class"):
        return parent
    alike = sum(1 for e in outer if e.tag == parent.tag and e.get("class") == parent.get("class"))
    return outer if alike >= TEASER_ITEMS else parent


TEASER_WRAP_PARTS = 2  # a teaser's wrapper: the teaser, and its rank or picture


def _teaser_words(item: Any) -> tuple[str, str] | None:
    """The words of a list item's (or a <div> block's) link and of the summary after
    it, for an item that opens with a link of a headline's length and goes on in a
    sentence of its own ("Water cut in east zone on Thursday / Supply will be
    suspended ..."); None for any other item."""
    if (item.text or "").strip() or not 0 < len(item) <= TEASER_PARTS:
        return None  # (a <div> holding a whole article that opens with a link, read fast)
    link = item[0]
    href = link.get("href") or ""
    if link.tag != "a" or not href or href.startswith("#"):
        return None  # no link, or one within the page (a list of questions and answers)
    shown = _element_text(link)
    if word_count(shown) < TEASER_HEAD_WORDS:
        return None
    raw = _element_text(item)
    head, whole = line_words(shown), line_words(raw)
    rest = raw[len(shown) :].lstrip() if raw.startswith(shown) else ""
    if (
        word_count(shown) < TEASER_HEAD_WORDS
        or not whole.startswith(head)
        or word_count(rest) < TEASER_SUMMARY_WORDS
        or shown.endswith((".", ":", "?", "。", "？"))
        # a sentence of its own ("Readers returned ..."), not the link's going on
        # (", where the shuttle stops."); a script with no capitals opens any
        or not (rest[:1].isupper() or _uncased_letter(rest[:1]))
        or not rest.endswith((".", "!", "?", "。", "！", "？"))
    ):
        return None
    return head, whole[len(head) :].strip()


def _uncased_letter(char: str) -> bool:
    """A letter of a script with no capitals (Chinese, Japanese, Arabic, Hebrew)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _bodies(tree: Any) -> tuple[_Body, ...]:
    """The elements holding paragraphs whose class the page sets on two to
    BODY_CONTAINERS of them of one tag, each class's in page order. (The class is
    counted first among all elements holding paragraphs, whatever their tag: one set
    on more than twice BODY_CONTAINERS of them is no body's, and its elements are not
    handed over.)"""
    # the class attributes of the elements holding paragraphs, in page order, each able
    # to give its element: only those of a class set a few times are handed over
    classes = _xpaths()["classes"](tree)
    counts = Counter(" ".join(str(kind).split()) for kind in classes)
    grouped: dict[tuple[str, str], list[Any]] = {}
    for kind in classes:
        name = " ".join(str(kind).split())
        if 2 <= counts[name] <= BODY_CONTAINERS * 2:
            element = kind.getparent()
            grouped.setdefault((element.tag, name), []).append(element)
    ids: dict[Any, int] = {}  # the parents and grandparents met, numbered
    bodies = []
    for key, same in grouped.items():
        if not 2 <= len(same) <= BODY_CONTAINERS:
            continue
        places = [_place(element, ids) for element in same]
        if len(set(places)) == len(places):
            continue  # no two in one place of the layout: no article goes on in them
        for at, element in enumerate(same):
            apart = at > 0 and _set_apart(same[at - 1], element)
            bodies.append(_body(key, element, places[at], apart))
    return tuple(bodies)


def _place(element: Any, ids: dict[Any, int]) -> tuple[int, tuple[str, str] | None, int]:
    """Where an element stands in the layout: under its parent, or under a parent of its
    kind under its grandparent (a grid's rows), numbered by `ids`."""
    parent = element.getparent()
    kind = parent.get("class") if parent is not None else None
    grand = parent.getparent() if parent is not None else None
    return (
        -1 if kind else ids.setdefault(parent, len(ids)),
        (parent.tag, kind) if kind else None,
        ids.setdefault(grand, len(ids)),
    )


def _body(
    key: tuple[str, str],
    element: Any,
    place: tuple[int, tuple[str, str] | None, int],
    apart: bool,
) -> _Body:
    """One element of a class set on a few (Layout.later_bodies), at its `place`;
    `apart`: something between it and the one before marks it as another story's
    (_set_apart)."""
    paragraphs = tuple(
        text for p in element.iter("p") if _in_text(p, element) and (text := _paragraph_text(p))
    )
    own = frozenset(line_words(_paragraph_text(p)) for p in element.iterchildren("p"))
    headed = (
        apart
        or element.find(".//h1") is not None
        or element.find(".//h2") is not None
        or _titled(_element_before(element))
        or _in_comments(element)
    )
    return _Body(key, paragraphs, own, place, headed)


def _paragraph_text(p: Any) -> str:
    """A paragraph's text as shown, its inline elements' words run on as they stand."""
    return " ".join("".join(p.itertext()).split())


_NOT_TEXT = frozenset({"figure", "figcaption", "aside", "script", "style", "noscript"})


def _in_text(p: Any, body: Any) -> bool:
    """Whether a <p> of a body is its text: not in a figure, an aside or a caption box
    on the way up to the body, and holding no script (an advertisement's slot)."""
    if p.find(".//script") is not None:
        return False
    node = p.getparent()
    while node is not None and node is not body:
        if node.tag in _NOT_TEXT or "caption" in (node.get("class") or "").casefold():
            return False
        node = node.getparent()
    return True


def _element_before(element: Any) -> Any:
    """The element right before `element` among its siblings, past comments."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


def _titled(before: Any) -> bool:
    """Whether an element is a title: a heading, or one whose class names it so
    ("posttitle", "entry-title")."""
    if before is None:
        return False
    return before.tag in _HEADINGS or "title" in (before.get("class") or "").casefold()


def _set_apart(first: Any, later: Any) -> bool:
    """Whether something between two bodies of one class marks the later as another
    story's: a heading or a title among the elements between them (or between their
    parents, a grid's rows), unless it labels a list (a box of related links, "Related
    coverage"), or a post's header holding one."""
    start, stop = first, later
    if first.getparent() is not later.getparent():
        start, stop = first.getparent(), later.getparent()
        if start is None or stop is None:
            return True
    for between in start.itersiblings():
        if between is stop:
            return False
        if not isinstance(between.tag, str):
            continue
        headings = [between] if _titled(between) else list(between.iter(*_HEADINGS))
        if any(not _labels_list(heading) for heading in headings):
            return True
    return True  # the later one is not after the first in this place


def _labels_list(heading: Any) -> bool:
    """Whether a heading labels a list beside it (a box of links under its label)."""
    parent = heading.getparent()
    return parent is not None and (parent.find("ul") is not None or parent.find("ol") is not None)


def _in_comments(element: Any) -> bool:
    """Whether an element stands in the readers' comments (an ancestor's class or id
    names them)."""
    node = element
    while node is not None:
        if isinstance(node.tag, str):
            names = f"{node.get('class') or ''} {node.get('id') or ''}".casefold()
            if "comment" in names:
                return True
        node = node.getparent()
    return False


def parse_html(html: str) -> Any:
    """The page's tree as trafilatura parses it, or None when it cannot.

    Parsed as trafilatura's `load_html` parses a page given as text (its repairs of
    the markup, its parser's settings), by a parser that gives every element lxml.html's
    one element class (`_html_parser`). The tree is then the same, element for
    element, and every extractor reading it is quicker.
    """
    try:
        from trafilatura.utils import is_dubious_html, repair_faulty_html
    except ImportError:  # another trafilatura: its own parse, with lxml.html's classes
        from trafilatura import load_html

        return _quietly(load_html, html)
    beginning = html[:50].lower()
    markup = repair_faulty_html(html, beginning)
    as_bytes = False
    try:
        tree = _parsed(markup)
    except ValueError:  # a page declaring its encoding: lxml reads it as bytes
        tree, as_bytes = _quietly(_parsed, markup.encode("utf8", "surrogatepass")), True
    except Exception:  # a parser error (a lone surrogate): tried again as bytes below
        tree = None
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _quietly(_parsed, markup.encode("utf8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # not a page: trafilatura's own test
    return tree


def _parsed(markup: str | bytes) -> Any:
    import lxml.html

    return lxml.html.fromstring(markup, parser=_html_parser())


def _quietly(parse: Callable[[Any], Any], markup: Any) -> Any:
    """A parse's tree, or None when it raises."""
    try:
        return parse(markup)
    except Exception:  # a malformed page: no tree
        return None


@cache
def _html_parser() -> Any:
    """trafilatura's parser settings, with one element class for every element.

    lxml.html's own parser chooses each element's class in Python (forms, inputs and
    labels get classes of their own, which no extractor here uses) every time any
    code touches an element: 600,000 calls over the development pages, about 3% of
    the extraction's time. A lookup in lxml's C code gives the plain classes at once.
    """
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


def _readability(page: Page) -> str:
    """Readability's main block, as trafilatura ships it for its own fallback.

    trafilatura carries a trimmed copy of readability-lxml (its module
    `readability_lxml`); the full readability-lxml package agrees on the same
    paragraphs of the development pages but takes about 1.5 times as long as
    all of trafilatura, over the time budget (docs/speed.md).
    """
    import lxml.html
    from trafilatura.readability_lxml import Document

    tree = page.tree()
    if tree is None:
        return ""
    summary = Document(tree).summary()
    if not isinstance(summary, str):
        summary = lxml.html.tostring(summary, encoding="unicode")
    return _html_text(summary)


def _resiliparse_cleaned(page: Page) -> str:
    """resiliparse's main-content text, then the project's text-copy cleaner.

    resiliparse alone keeps nearly everything around the article (on the
    development pages it finds 99% of the article text at 91% precision), so
    it would almost never vote a paragraph out. The text-copy cleaner
    (digest.extract.text_body), which finds the article's run of prose lines
    in a page's visible text, makes it an opinion of its own.
    """
    from resiliparse.extract.html2text import extract_plain_text

    from digest.extract.text_body import clean_text

    text = extract_plain_text(
        page.text_tree(),
        main_content=True,
        preserve_formatting=True,
        comments=False,
        alt_texts=False,
    )
    cleaned = clean_text(text)
    return "\n".join((cleaned.standfirst, *cleaned.paragraphs))


def _html_text(fragment: str) -> str:
    """Text of an HTML fragment, one block element a line."""
    if not fragment.strip():
        return ""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(
        fragment, preserve_formatting=True, list_bullets=False, alt_texts=False
    )


# (name, function from a page to the text it keeps)
Extractor = tuple[str, Callable[[Page], str]]

EXTRACTORS: tuple[Extractor, ...] = (
    ("readability", _readability),
    ("resiliparse+cleaner", _resiliparse_cleaned),
)


def second_opinions(
    html: str | Page, extractors: Sequence[Extractor] = EXTRACTORS
) -> tuple[Opinion, ...]:
    """What each other extractor keeps of the page; one that fails or finds nothing abstains."""
    page = html if isinstance(html, Page) else Page(html)
    views = []
    for name, extract in extractors:
        try:
            text = extract(page)
        except Exception:  # any extractor may choke on a malformed page: it abstains
            continue
        if text and WORD.search(text):
            views.append(opinion(name, text))
    return tuple(views)


# Lines another extractor keeps between two of the article's paragraphs that may be put
# back: a list or a few short paragraphs, not a box of other stories.
GAP_LINES = 12


def restored(
    paragraphs: Sequence[str], views: Sequence[Opinion], fits: Callable[[str], bool]
) -> tuple[str, ...]:
    """The paragraphs with what every other extractor keeps between two neighbours that
    trafilatura left out put back between them (readability's wording).

    trafilatura's default settings drop some lists, headings and short blocks inside an
    article (a damage survey's list of what was hit, each item ending in a semicolon)
    that readability and resiliparse both keep, in the same place: between the same two
    paragraphs (or, for an extractor that dropped the paragraph before, between the one
    LOOK_BACK paragraphs up that it keeps and the next). The lines every other
    extractor keeps there come back, at most GAP_LINES of them, with the lines of no
    sentence the first of them keeps between two of those (a list's short item another
    dropped), unless one of them
    does not `fit` an article's text (a caption, a credit, a gallery's link, a
    comment's stamp: the gap is then a box, and nothing of it comes back) or repeats
    the article's words (_repeats: a pull quote). With fewer than two other extractors
    nothing comes back: one extractor's word is no agreement.
    """
    if len(views) < 2 or len(paragraphs) < 2:
        return tuple(paragraphs)
    keyed = [view.keyed for view in views]
    places = [{key: at for at, (key, _) in enumerate(lines)} for lines in keyed]
    keys = [line_words(p) for p in paragraphs]
    kept = set(keys)
    said: Opinion | None = None  # the article's words, read when a line may come back
    out = [paragraphs[0]]
    for at, (after, after_paragraph) in enumerate(zip(keys[1:], paragraphs[1:], strict=True)):
        gaps = []
        for lines, place in zip(keyed, places, strict=True):
            # the paragraph before, or where this extractor dropped it (a pull quote the
            # others keep), the one before that
            start = next(
                (
                    place[keys[k]]
                    for k in range(at, max(at - LOOK_BACK, -1), -1)
                    if keys[k] in place
                ),
                None,
            )
            stop = place.get(after)
            if start is None or stop is None or not 1 < stop - start <= GAP_LINES + 1:
                break
            gaps.append(lines[start + 1 : stop])
        if len(gaps) == len(views):
            shared = set.intersection(*({key for key, _ in gap} for gap in gaps))
            # and a line with no sentence's end between two of those that one
            # extractor's cleaner dropped (a list's short item, "copying and faxing"), if
            # it fits (an "Advertisement" label between the items stays out, and does
            # not keep the items out)
            ends = [i for i, (k, _) in enumerate(gaps[0]) if k in shared]
            back = [
                (k, line)
                for i, (k, line) in enumerate(gaps[0])
                if k
                and k not in kept
                and (
                    k in shared
                    or (
                        ends
                        and ends[0] < i < ends[-1]
                        and not _SENTENCE_END.search(line)
                        and fits(line)
                    )
                )
            ]
            # (the lines only one extractor keeps were fitted above)
            if back and all(fits(line) for key, line in back if key in shared):
                said = said or opinion("kept", "\n".join(paragraphs))
                for key, line in back:
                    if not _repeats(line, said):
                        out.append(line)
                        kept.add(key)
        out.append(after_paragraph)
    return tuple(out)


def _repeats(line: str, said: Opinion) -> bool:
    """Whether the article (`said`) says a line's words already: most of its trigrams, or
    for a line of fewer than REPEAT_WORDS words that is no quotation (a subheading, "Un
    camino de siglos" over a paragraph on "un camino de tierra"), the line's words in
    a row; a short pull quote, trimmed from the speaker's words, is a repeat by trigrams."""
    paragraph = _Paragraph.of(line)
    if len(paragraph.spaced.split()) < REPEAT_WORDS and not line.lstrip().startswith(
        _OPENING_MARKS
    ):
        return paragraph.spaced in said.spaced
    return paragraph.kept_by(said)


_OPENING_MARKS = ('"', "“", "„", "«", "‘", "'")


LOOK_BACK = 2  # paragraphs before a gap looked at for one an extractor keeps
REPEAT_WORDS = 6  # a pull quote repeats a sentence; a subheading shares a phrase at most


def line_words(line: str) -> str:
    """A line's words, lower case, joined by single spaces: how lines are compared (a
    line's cached, as `_words` caches them)."""
    if len(line) > CACHED_LINE_CHARS:
        return " ".join(_words(line))
    return _joined_words(line)


@lru_cache(maxsize=1 << 14)
def _joined_words(line: str) -> str:
    return " ".join(_words(line))


def paragraphs_of(text: str) -> list[str]:
    """Non-blank lines, whitespace collapsed."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]
