"""Line-level signs of page furniture, shared by the text cleaner and the HTML post-processor.

A line of page furniture (share buttons, newsletter prompts, "read more" links,
copyright notes, login forms) is recognised by its wording and its shape, not
by which site it comes from: the patterns below name the furniture every news
site has, in the handful of words such a line consists of.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path

from digest import safeyaml
from digest.extract import gate

# The wording lists are data beside the code (data/furniture.yml).
PATTERNS: dict[str, list[str]] = safeyaml.safe_load(
    (Path(__file__).parent / "data" / "furniture.yml").read_text(encoding="utf-8")
)

# A word: letters and digits, with the vowel signs and other marks that Indic and Thai
# letters carry (Python's \w takes them for no letter, cutting "महिलाओं" into three)
WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+")
BULLET = re.compile(r"^\s*(?:[*•·▪►»–+o-]|\d{1,3}[.)])\s+")
URL = re.compile(r"https?://|www\.\w")

# Short lines made only of these are navigation, sharing or form furniture.
_FURNITURE_WORDS = PATTERNS["furniture_lines"]
_FURNITURE_LINE = re.compile(r"^\W*(?:" + "|".join(_FURNITURE_WORDS) + r")\W*$", re.I)
# A toolbar: several of those in a row ("E-mail story | Print story | Comments (8)").
_FURNITURE_ITEM = r"(?:" + "|".join(_FURNITURE_WORDS) + r")"
# Its items stand apart by spaces, bars or bullets, not by full stops: "Watch. Share.
# Subscribe." is a slogan written as sentences.
_FURNITURE_RUN = re.compile(
    rf"^\W*{_FURNITURE_ITEM}(?:[^\w.!?]+{_FURNITURE_ITEM})+[^\w.!?]*$", re.I
)
TOOLBAR_CHARS = 100

# Phrases that make a whole (short) line furniture wherever they stand.
# One pattern per entry of the list, tried in turn: as one alternation of all of them
# the engine tried every phrase at every position of the line, which took twice as long.
# Each is gated by the words one of which its matches hold (digest.extract.gate).
_FURNITURE_PHRASES = gate.AnyOf(
    re.compile(entry, re.I) for entry in (*PATTERNS["furniture_phrases"], *PATTERNS["print_notes"])
)
# A web copy's note that the article ran in print (data print_notes).
_PRINT_NOTE = re.compile("|".join(PATTERNS["print_notes"]), re.I)


# Where a media player's controls, a gallery or a reprint link starts inside a paragraph,
# gated by the words its matches need (every line of every article is asked, hardly any
# holds one, and the case-blind search of a long paragraph is ten times slower than
# looking for the words).
_MEDIA_FURNITURE = gate.Gated(re.compile("|".join(PATTERNS["media_furniture"]), re.I))


def cut_media_furniture(text: str) -> str:
    """The paragraph up to where a flattened player, gallery or reprint link starts
    ("... said police. View Full Caption DNAinfo/..." keeps the sentence); "" when
    the paragraph opens with it."""
    found = media_furniture_match(text)
    return text if found is None else text[: found[0]].rstrip(" -–|")


def may_hold_media_furniture(text: str) -> bool:
    """Whether `text` (a whole article) holds a word some player, gallery or reprint link
    needs: one look at the whole text spares asking line by line when none is there."""
    return gate.passes(gate.fold(text), _MEDIA_FURNITURE.words)


def media_furniture_match(text: str) -> tuple[int, str] | None:
    """Where a flattened player, gallery or reprint link starts in `text`, and the words
    that matched, if it holds one."""
    match = _MEDIA_FURNITURE.search(text, gate.fold(text))
    return None if match is None else (match.start(), match.group().strip())


# A line that marks a carousel's video or audio item, and a line labelled as a media teaser.
_MEDIA_MARKER = re.compile(r"^[\W_]*(?:" + "|".join(PATTERNS["media_markers"]) + r")[\W_]*$", re.I)
_MEDIA_TEASER = re.compile(
    r"^\W*(?:" + "|".join(PATTERNS["media_teaser_labels"]) + r")\s*(?::|\||\s[–—-]\s)", re.I
)
MEDIA_TEASER_WORDS = 30  # a longer line is a paragraph, whatever stands before it


_RUNNING_TIME = re.compile(
    r"^[^\w*•·+-]*(?:" + "|".join(PATTERNS["media_running_times"]) + r")\W*$", re.I
)


def is_media_marker(line: str) -> bool:
    """'Video', '▶ 02:31', 'Now playing': the label of a carousel's item, not text
    (a bulleted time is a live blog's entry, not a running time)."""
    line = line.strip()
    return len(line) <= 40 and bool(_MEDIA_MARKER.match(line) or _RUNNING_TIME.match(line))


@lru_cache(maxsize=1 << 14)
def is_media_teaser(line: str) -> bool:
    """'Watch: Jane Star on her comeback', 'VIDEO | Storm hits coast', 'Ferry dock torn
    apart by ice (2:14)': a teaser of a video, gallery or podcast (a title with its
    running time), not the article's text."""
    if len(words(line)) > MEDIA_TEASER_WORDS:
        return False
    return bool(_MEDIA_TEASER.match(line)) or (
        _TITLED_RUNNING_TIME.search(line) is not None and not ends_like_sentence(line)
    )


# A video's title ending in its running time in brackets: "Storm hits coast (2:14)".
_TITLED_RUNNING_TIME = re.compile(
    r"\w.*\(\s*(?:" + "|".join(PATTERNS["media_running_times"]) + r")\s*\)\s*$"
)


# A line that introduces a list of links to other stories.
_LINK_LIST_LABELS = PATTERNS["link_list_labels"]
# (a label in two languages counts: "Articole similare / Related articles")
_LINK_LIST_LABEL = re.compile(
    r"^\W*(?:" + "|".join(_LINK_LIST_LABELS) + r")(?:\s*/\s*[^/]{1,40})?\W*$", re.I
)

_PHOTO_WORDS = "|".join(PATTERNS["photo_credit_words"])
_PHOTO_CREDIT = gate.Gated(
    re.compile(
        r"\((?:photo|image|picture|file photo|credit)\b[^)]*\)"
        r"|^\W*(?:photo|image|picture|credit|photograph)\s*(?:credit)?\s*:"
        # a caption's credit after its last sentence: "... built in 1911. Foto: Henrik Dahl"
        r"|[.!?]\s+(?:" + _PHOTO_WORDS + r")\s*:\s*"
        r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\W*$"
        r"|\([^()]{0,40}\b(?:image|picture|" + _PHOTO_WORDS + r")\b[^()]{0,60}\)\W*$"
        # the same abbreviated, as Polish and Czech papers write it: "... garażach. Fot.
        # NAME / Agency"
        r"|[.!?]\s+fot\.\s+(?-i:[A-Z])[^.!?]{2,60}$"
        # a Chinese paper's credit in brackets: "（記者NAME攝）", "(NAME/摄)" (each character
        # a branch of its own: the gate reads a word in each)
        r"|[（(][^（）()]{1,24}攝[）)]\s*$|[（(][^（）()]{1,24}摄[）)]\s*$"
        r"|\b(?:getty images|shutterstock|istock(?:photo)?|photo by|file photo)\b"
        r"|^\W*photograph(?:s|y)? by\b"
        # a caption's own credit at its end: "... on July 1. Courier-Post photo / Ray Delgado"
        r"|\b(?:photo|photograph)\s*/\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\W*$"
        # a credit line of its own, naming who gave the picture in a name's words: "Courtesy
        # of the Smith family", "Courtesy state Department of Fish and Wildlife", "Courtesy
        # photo"; not a subheading ("Courtesy at the merge", "Courtesy Counts on a Crowded
        # Trail")
        r"|^\W*(?:photos?\s+)?courtesy\s+(?-i:of)\s+(?:the\s+)?(?-i:[A-Z0-9])[^.!?]{2,80}$"
        r"|^\W*(?:photos?\s+)?courtesy(?:\s+(?-i:[a-z]+))?\s+(?-i:[A-Z])[\w'’.&/-]*"
        r"(?:\s+(?:(?-i:[A-Z])[\w'’.&/-]*|of|the|and|for|de|del|la|y|du|des|von|van))*\W*$"
        r"|^\W*courtesy\s+(?:photo|image|picture)s?\W*$",
        re.I,
    )
)


def words(line: str) -> tuple[str, ...]:
    """The line's words. A line's are cached: every rule that weighs a line counts its
    words, a line is weighed by a dozen rules, and finding them was a twentieth of the
    time; a longer text (a page's whole text, met once) is not kept."""
    if len(line) > CACHED_LINE_CHARS:
        return tuple(WORD.findall(line))
    return _line_words(line)


# Characters of a line whose words are cached at most: a long paragraph is ~1,500.
CACHED_LINE_CHARS = 2000


@lru_cache(maxsize=1 << 14)
def _line_words(line: str) -> tuple[str, ...]:
    return tuple(WORD.findall(line))


# A picture's credit alone on its line, the photographer's name and the outlet joined by
# a slash: "Wendell Aukes/Sentinel", "Ana Ruiz / The Harbour Gazette".
_NAME_SLASH_OUTLET = re.compile(
    r"\W*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s*/\s*(?:The\s+)?[A-Z][\w'’.&-]+"
    r"(?:\s+[A-Z][\w'’.&-]+){0,2}\W*"
)


def is_slash_credit(line: str) -> bool:
    """A line that is only a picture's credit written "Name Surname/Outlet"."""
    return "/" in line and _NAME_SLASH_OUTLET.fullmatch(line) is not None


_COOKIE_NOTICE = gate.Gated(
    re.compile(r"\bcookies?\b.*\b(?:website|browser|consent|privacy|opt.out)\b", re.I)
)
# A pop-up or notice addressed to the reader: a confirmation dialog, an ad-blocker or
# paywall notice. Written as prose, so told apart by its wording alone.
_READER_NOTICE = gate.Gated(re.compile("|".join(PATTERNS["reader_notices"]), re.I))
# The line a blog theme writes under a post ("This entry was posted on ... and is filed
# under ... You can follow any responses to this entry through the RSS 2.0 feed.").
_POST_FOOTER = gate.Gated(re.compile("|".join(PATTERNS["post_footers"]), re.I))
NOTICE_WORDS = 80


# A menu laid out as a table row or a pipe-separated line: five or more items of one to
# three capitalised words, "Home" or "News" among them, no digits and no sentence
# punctuation (a table's header row names no "Home").
_MENU_ROW = re.compile(
    r"^(?=.*\b(?:Home|News)\s*(?:\||$))\|?\s*(?:[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}\s*\|\s*){4,}[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}\s*\|?$"
)


def is_print_note(line: str) -> bool:
    """A web copy's note that the article ran in print ("This article appeared in the
    print edition of ... on Thursday, March 15, 2007.")."""
    return _PRINT_NOTE.search(composed(BULLET.sub("", line).strip())) is not None


def composed(line: str) -> str:
    """The line with its letters and their marks composed (Unicode NFC): a page in a
    code page that writes tone marks apart (Vietnamese windows-1258) decodes them as
    letters and combining marks, which the patterns, written composed, would miss."""
    return line if line.isascii() else unicodedata.normalize("NFC", line)


@lru_cache(maxsize=1 << 16)
def is_furniture(line: str) -> bool:
    """Navigation, sharing, newsletter, copyright, cookie or login wording.

    Cached: a line is asked about by the labeller, the headline finder and the
    byline finder, and a site's menu and footer lines recur in each of its copies;
    the furniture phrases (`_FURNITURE_PHRASES`) are most of a text copy's cleaning time.
    The case-blind patterns are searched only in lines holding their words (`gate`)."""
    stripped = composed(BULLET.sub("", line).strip())
    folded = gate.fold(stripped)
    if _COOKIE_NOTICE.search(stripped, folded):
        return True  # cookie notices are long and written as prose
    count = len(words(stripped))
    if count <= NOTICE_WORDS and (
        _READER_NOTICE.search(stripped, folded) or _POST_FOOTER.search(stripped, folded)
    ):
        return True
    if len(stripped) <= 60 and _FURNITURE_LINE.match(stripped):
        return True
    if len(stripped) <= TOOLBAR_CHARS and _FURNITURE_RUN.match(stripped):
        return True
    if "|" in stripped and _MENU_ROW.match(stripped):  # (its look-ahead reads the whole line)
        return True  # "| Home | News | Weather | Sports | Video | About Us |"
    if "|" in stripped and count <= TOOL_ROW_WORDS and _pager_row(stripped):
        return True  # "<< 2008 Fair News | Back to top"
    # a long paragraph that merely mentions "copyright" or "read also" is prose
    return count <= 40 and _FURNITURE_PHRASES.found_in(stripped, folded)


# Words a row of page tools holds at most ("<< 2008 Fair News | Back to top").
TOOL_ROW_WORDS = 12
# A part set in guillemets on both sides: a quotation ("« Nous rouvrirons »").
_GUILLEMETED = re.compile(r"^[«‹].*[»›]$")
# A link to the page before or after, by its arrows: "<< 2008 Fair News", "Older posts »".
_PAGER_LINK = re.compile(r"^(?:<<|«|‹)\s*\S.{0,60}$|^.{1,60}\S\s*(?:>>|»|›)$")


def _pager_row(line: str) -> bool:
    """A row of page tools between bars, each a pager's link or furniture, one at least
    a pager's link: "<< 2008 Fair News | Back to top", "« Older | Newer »"."""
    parts = [part.strip() for part in line.split("|") if part.strip()]
    pagers = [bool(_PAGER_LINK.match(part)) and not _GUILLEMETED.match(part) for part in parts]
    return (
        len(parts) >= 2
        and any(pagers)
        and all(pager or is_furniture(part) for part, pager in zip(parts, pagers, strict=True))
    )


def is_link_list_label(line: str) -> bool:
    """'Related posts', 'READ ALSO', 'More From This Section': a list of links follows."""
    return len(line) <= LINK_LIST_LABEL_CHARS and bool(_LINK_LIST_LABEL.match(line.strip()))


LINK_LIST_LABEL_CHARS = 50  # a link list's label, at most


# A label's beginning alone: `_LINK_LIST_LABEL` less its end, which needs the label whole.
# The alternatives look at no character past what they take (no lookahead, no "\b", no
# "$"), so whatever string starts with a label's beginning this matches too.
_LINK_LIST_LABEL_START = re.compile(r"^\W*(?:" + "|".join(_LINK_LIST_LABELS) + r")", re.I)


def may_open_with_link_list_label(text: str) -> bool:
    """Whether a text, its spaces tidied, may open with a link list's label
    (`is_link_list_label`): False when no label of LINK_LIST_LABEL_CHARS characters at
    most can start it. Read from the text's beginning only, as long as it takes to
    tidy that many characters (a wrapper's text runs to thousands)."""
    end = 4 * LINK_LIST_LABEL_CHARS
    opening = " ".join(text[:end].split())  # (the tidied beginning of the tidied whole)
    while len(opening) < LINK_LIST_LABEL_CHARS and end < len(text):
        end *= 4
        opening = " ".join(text[:end].split())
    return bool(_LINK_LIST_LABEL_START.match(opening[:LINK_LIST_LABEL_CHARS]))


_LINK_LIST_OPENER = re.compile(r"^\W*(?:" + "|".join(_LINK_LIST_LABELS) + r")\b", re.I)


def labels_link_list(line: str) -> bool:
    """A short line opening with a link list's label, a colon after it allowed ("Related
    stories on pinewoodsentinel.com:")."""
    return len(line) <= 80 and bool(_LINK_LIST_OPENER.match(line))


def opens_with_link_list_label(text: str) -> bool:
    """'Related stories Harbour market opens ...': a box of links flattened into one block."""
    return bool(_LINK_LIST_OPENER.match(text)) and not ends_like_sentence(text)


# The label, then a separator or a headline's capital: "Related stories: Merchants brace
# ...", not "Top stories of the year: ..." or "More from the coach ...".
_LINK_BOX_OPENER = re.compile(
    r"^\W*(?:" + "|".join(_LINK_LIST_LABELS) + r")\s*(?:[:|·•>»–—-]|(?-i:[A-Z0-9\"“]))", re.I
)


def opens_link_box(line: str) -> bool:
    """A box of links flattened into a line: a link-list label, then headlines."""
    return bool(_LINK_BOX_OPENER.match(line)) and not ends_like_sentence(line)


# A line of a box of facts ("Where: Gaslight Repertory Theatre, 214 Mercer St.").
_FACT_LINE = re.compile(r"^\W*(?:" + "|".join(PATTERNS["fact_box_labels"]) + r")\s*:\s*\S", re.I)
# How many such lines in a row make a box, and how long one may be.
FACT_BOX_LINES = 3
FACT_LINE_WORDS = 30
# The heading over such a box ("Details:", "If you go:").
_BOX_HEADING = re.compile(r"^\W*(?:" + "|".join(PATTERNS["fact_box_headings"]) + r")\W*$", re.I)


# "Chandpura at a glance", "Key facts": a short heading that names a box of facts ...
_TITLED_BOX_HEADING = re.compile(
    r"^(?:[\w'’ -]{0,40}\s)?(?:" + "|".join(PATTERNS["titled_box_headings"]) + r")\W*$", re.I
)
# ... and any line of it: a short capitalised label, a colon, a value
_LABELLED_LINE = re.compile(r"^[A-Z][\w'’ ()-]{0,40}:\s+\S")


def _titled_box_end(lines: Sequence[str], at: int) -> int:
    """Where the box of facts under a heading at `at` ends (past its "Label: value"
    lines, FACT_BOX_LINES of them at least), or `at` when no box stands there."""
    if not _TITLED_BOX_HEADING.match(lines[at]) or len(words(lines[at])) > TITLED_HEADING_WORDS:
        return at
    return _box_items_end(lines, at, _box_fact)


def _box_items_end(lines: Sequence[str], at: int, is_item: Callable[[str], bool]) -> int:
    """Where the items of a box under its heading at `at` end, when FACT_BOX_LINES of
    them at least stand there; else `at`."""
    end = at + 1
    while end < len(lines) and is_item(lines[end]):
        end += 1
    return end if end - at - 1 >= FACT_BOX_LINES else at


def _box_fact(line: str) -> bool:
    """A line of a titled box of facts: a short label and a value, not a sentence ("Update:
    The death toll rose to four."), an interview's "Q:" or "A:", or a dateline in capitals
    ("NEW DELHI: Railway minister ...")."""
    label = _LABELLED_LINE.match(line)
    if label is None or len(words(line)) > FACT_LINE_WORDS:
        return False
    name = line.split(":", 1)[0].strip()
    return not (ends_like_sentence(line) or name in {"Q", "A"} or name.isupper())


TITLED_HEADING_WORDS = 8  # "Chandpura at a glance": a heading, no sentence


_BRIEF_BOX_HEADING = re.compile(
    r"^\W*(?:" + "|".join(PATTERNS["brief_box_headings"]) + r")\W*$", re.I
)


def _brief_box_end(lines: Sequence[str], at: int) -> int:
    """Where a box summing the story up in a list ends, under its heading at `at` ("Pe
    scurt", then "- 28 de paturi ...": `brief_box_headings`), past its list items
    (FACT_BOX_LINES of them at least, each of FACT_LINE_WORDS words at most); `at` when
    no such box stands there."""
    if not _BRIEF_BOX_HEADING.match(lines[at]):
        return at
    return _box_items_end(
        lines, at, lambda line: bool(BULLET.match(line)) and len(words(line)) <= FACT_LINE_WORDS
    )


def without_fact_boxes(lines: Sequence[str]) -> list[str]:
    """Lines without the boxes of facts set beside a review or an event story: a run
    of `FACT_BOX_LINES` lines or more that each open with a label of the box
    (data/furniture.yml `fact_box_labels`) and hold `FACT_LINE_WORDS` words at most,
    and the box's heading right above the run (`fact_box_headings`); and under a heading
    that names a box of facts ("Chandpura at a glance", `titled_box_headings`), its
    short "Label: value" lines, whatever the labels; and under a heading that sums the
    story up ("In brief", "Pe scurt"), its list items. No label is a name or "Q": an
    interview's "Q:" and "NAME:" lines are the article."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        titled = max(_titled_box_end(lines, at), _brief_box_end(lines, at))
        if titled > at:
            at = titled  # "Chandpura at a glance" over "Population: about 2,100", ...
            continue
        end = at
        while (
            end < len(lines)
            and _FACT_LINE.match(lines[end])
            and len(words(lines[end])) <= FACT_LINE_WORDS
        ):
            end += 1
        if end - at >= FACT_BOX_LINES:
            if out and _BOX_HEADING.match(out[-1]):
                out.pop()
            at = end
            continue
        out.append(lines[at])
        at += 1
    return out


# A line that opens the readers' comments (or one comment's author-and-date line).
_COMMENT_HEADING = re.compile(r"^\W*(?:" + "|".join(PATTERNS["comment_headings"]) + r")\W*$", re.I)


_END_MARKS = "|".join(PATTERNS["end_marks"])
_RELEASE_CONTACTS = "|".join(PATTERNS["release_contacts"])
_WIRE_END_MARKS = "|".join(PATTERNS["wire_end_marks"])
_ARTICLE_END = re.compile(
    rf"^\W*(?:{_END_MARKS}|{_WIRE_END_MARKS}|(?:{_RELEASE_CONTACTS})\s*:?)\W*$", re.I
)


def is_article_end(line: str) -> bool:
    """'###' or '-30-' under a press release or a wire story, a wire's '(END)', or a
    release's 'Media contact:'."""
    return len(line) <= 60 and bool(_ARTICLE_END.match(line.strip().strip("|").strip()))


_END_MARK = re.compile(rf"^\W*(?:{_END_MARKS})\W*$")
_RELEASE_MARK = re.compile(
    "|".join(PATTERNS["release_marks"]) + rf"|\b(?:{_RELEASE_CONTACTS})\b", re.I
)


def is_end_mark(line: str) -> bool:
    """'###' or '-30-' alone on its line (not a contact's heading)."""
    return bool(_END_MARK.match(line.strip().strip("|").strip()))


RELEASE_MARK_WORDS = 12  # a heading, a label or a contact's line, not a sentence about one


def shows_release(text: str) -> bool:
    """Whether the page's text shows it is a press release ("FOR IMMEDIATE RELEASE",
    "News Release", "Media contact", or an "About NAME" heading with an end mark,
    "###", under it): on a short line, not in a sentence of the article
    ("the county sent out a news release Friday"). One search of the whole text, then
    a look at the lines it finds: most pages hold no such words at all."""
    for match in _RELEASE_MARK.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : len(text) if end < 0 else end]
        if len(words(line)) <= RELEASE_MARK_WORDS and not ends_like_sentence(line):
            return True
    # "About Brenner Fluid Systems" over a paragraph naming the sender, an end mark
    # ("###") under them: a release that gives no other sign of being one (not a menu's
    # "About Us" over a blog's section break)
    if _ABOUT_HEADING.search(text) is None or _END_MARK_LINE.search(text) is None:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    return any(
        about_section(lines, at) and any(map(is_end_mark, lines[at + 1 :]))
        for at in range(len(lines))
        if lines[at].lstrip().startswith("About")
    )


_END_MARK_LINE = re.compile(rf"^[^\w\n]*(?:{_END_MARKS})[^\w\n]*$", re.M)


# "About Brennick Foods": a heading of up to six capitalised words after "About".
_ABOUT_HEADING = re.compile(
    r"About\s+((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})\s*:?"
)


def about_section(lines: Sequence[str], at: int) -> bool:
    """Whether line `at` heads a press release's paragraph about its sender: "About
    NAME" alone on its line, and the next line with words naming it in its opening
    words ("Brennick Foods (NYSE: BRNK) is ...", "Founded in 1924, the Halvorsen
    Museum of Maritime History collects ...")."""
    match = _ABOUT_HEADING.fullmatch(lines[at].strip())
    if match is None:
        return False
    name = _THE.sub("", match.group(1)).strip()
    following = next((line.strip() for line in lines[at + 1 :] if line.strip()), "")
    if _THE.sub("", following).startswith(name):
        return bool(name)
    # further in, a name of two words or more ("About Jim" over "When I first met Jim" is
    # a section of the release's own)
    opening = " ".join(following.split()[:ABOUT_NAME_REACH])
    named = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", opening) is not None
    return len(name.split()) > 1 and named


ABOUT_NAME_REACH = 16  # words of the paragraph under "About NAME" that may name its sender


_THE = re.compile(r"^the\s+", re.I)


@lru_cache(maxsize=1 << 14)
def is_comment_heading(line: str) -> bool:
    """'Reader Comments (3)', '4 Responses to "..."', 'orchardguy wrote on 4/16/2009 3:02 PM:'."""
    return len(line) <= 160 and bool(_COMMENT_HEADING.match(line.strip().strip("|").strip()))


_COMMENT_INVITATION = re.compile(
    r"^\W*(?:"
    + "|".join(PATTERNS["comment_invitations"])
    + r")\W*(?P<count>\(\d+(?:\s+\w+)?\))?\W*$",
    re.I,
)
_COMMENT_SIGNATURE = re.compile(r"^\W*(?:" + "|".join(PATTERNS["comment_signatures"]) + r")$", re.I)


@lru_cache(maxsize=1 << 14)
def comment_invitation(line: str) -> str | None:
    """'counted' for 'Your views (3)' or 'Have your say (12 comments)', 'plain' for 'What
    readers are saying' (the readers' comments only when a signed one follows), None for
    any other line."""
    match = _COMMENT_INVITATION.match(line.strip().strip("|").strip()) if len(line) <= 60 else None
    if match is None:
        return None
    return "counted" if match["count"] else "plain"


def is_comment_rules(line: str) -> bool:
    """A comment form's rules: "Comments are read by the editors before they appear ..."
    (data comment_rules)."""
    return _COMMENT_RULES.search(line) is not None


_COMMENT_RULES = re.compile("|".join(PATTERNS["comment_rules"]), re.I)


def is_comment_signature(line: str) -> bool:
    """'dogmom77 wrote: Finally!!': a reader's comment opening with its writer's name."""
    return len(line) <= 600 and bool(_COMMENT_SIGNATURE.match(line.strip()))


@lru_cache(maxsize=1 << 16)
def has_photo_credit(line: str) -> bool:
    """Cached: the labeller and the headline finder both ask about each line."""
    return bool(_PHOTO_CREDIT.search(line, gate.fold(line)))


# (with the full stops of scripts other than the Latin one: Devanagari "।" and "॥",
# Arabic "؟", Urdu "۔", Armenian "։", Ethiopic "።", Burmese "။")
_SENTENCE_END = re.compile(r"[.!?…:;。！？।॥؟۔։።။][\"'”’»)\]]*\s*$")


def ends_like_sentence(line: str) -> bool:
    """Prose ends with terminal punctuation, possibly followed by a closing quote or bracket."""
    return bool(_SENTENCE_END.search(line))


def is_title_case(tokens: Sequence[str]) -> bool:
    """Most words capitalised, function words included: a headline, not a sentence."""
    alpha = [t for t in tokens if t[:1].isalpha()]
    if len(alpha) < 3:
        return False
    capital = sum(1 for t in alpha if t[0].isupper())
    return capital >= 0.8 * len(alpha)


@lru_cache(maxsize=1)
def _stoplists_folder() -> Path | None:
    """jusText's folder of stoplists (one `<Language>.txt` each), found without
    importing jusText: its import (lxml, urllib) was half the cost of reading the
    stoplists when an incremental build cleans one text copy and nothing else
    needs jusText."""
    spec = importlib.util.find_spec("justext")
    places = spec.submodule_search_locations if spec is not None else None
    return Path(places[0]) / "stoplists" if places else None


@lru_cache(maxsize=1)
def _stoplist_names() -> tuple[str, ...]:
    folder = _stoplists_folder()
    if folder is None or not folder.is_dir():
        raise RuntimeError("the justext package (its stoplists) is not installed")
    return tuple(sorted(p.stem for p in folder.iterdir() if p.suffix == ".txt"))


@lru_cache(maxsize=256)
def stoplist(language: str) -> frozenset[str]:
    """jusText's stop words for `language`, as `justext.get_stoplist` gives them
    (one word a line, lower-cased; tests/test_boilerplate.py compares the two)."""
    if language not in _stoplist_names():
        raise ValueError(f"no jusText stoplist for {language!r}")
    folder = _stoplists_folder()
    assert folder is not None
    text = (folder / f"{language}.txt").read_bytes().decode("utf-8")
    # The lines as bytes.splitlines cuts them (at \n, \r\n or \r), lower-cased at once.
    lines = text.lower().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if text.endswith(("\n", "\r")):
        lines.pop()
    return frozenset(lines)


@lru_cache(maxsize=1)
def _any_stopword() -> frozenset[str]:
    return frozenset().union(*(stoplist(language) for language in _stoplist_names()))


def guess_language(tokens: Sequence[str]) -> str:
    """The jusText language whose stoplist covers most of the tokens (English when none does).

    Each language's vote is how many tokens its stoplist holds, tallied over
    the page's distinct words that some stoplist holds, each through the
    languages whose lists hold it (`_languages_of`). That word -> languages
    table is filled as words are met, not up front: building it for every
    stoplist word first cost half a second of each process that cleans a text
    copy (an incremental build). Most words of a page were met on earlier
    pages, so a page costs a few dozen lookups where intersecting its words
    with each of the hundred lists cost a hundred set operations (on the
    1,000 sources of the build benchmark, 0.23 s instead of 0.53 s).

    The votes are a list by language, in name order: a page adds about a thousand
    of them (a stop word is in eleven lists on average), and adding to a list
    item took a third of the time of a dictionary's get and set (over the
    benchmark's sources, 0.17 s -> 0.12 s for the whole function). Ties go to the
    first language by name, as they did when the votes were a dictionary.
    """
    counts = Counter(map(str.casefold, tokens[:5000]))
    languages = _stoplist_names()
    votes = [0] * len(languages)
    for word in frozenset(counts) & _any_stopword():
        count = counts[word]
        for at in _languages_of(word):
            votes[at] += count
    best = max(range(len(languages)), key=votes.__getitem__)  # the first of the most voted
    return languages[best] if votes[best] else "English"


@lru_cache(maxsize=1)
def _stoplists() -> tuple[frozenset[str], ...]:
    """Each language's stoplist, in the order of `_stoplist_names`."""
    return tuple(stoplist(language) for language in _stoplist_names())


@cache
def _languages_of(word: str) -> tuple[int, ...]:
    """The positions (in `_stoplist_names`) of the languages whose stoplist holds `word`
    (asked for words of `_any_stopword` only, so what is kept is bounded by the stoplists)."""
    return tuple(at for at, words in enumerate(_stoplists()) if word in words)


# ISO 639-1 codes of the stoplist languages news pages are mostly written in.
LANGUAGE_CODES = {
    "English": "en",
    "French": "fr",
    "German": "de",
    "Spanish": "es",
    "Portuguese": "pt",
    "Italian": "it",
    "Dutch": "nl",
    "Russian": "ru",
    "Polish": "pl",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian_Bokmal": "nb",
    "Finnish": "fi",
    "Turkish": "tr",
    "Indonesian": "id",
    "Czech": "cs",
    "Romanian": "ro",
    "Hungarian": "hu",
    "Greek": "el",
    "Ukrainian": "uk",
    "Catalan": "ca",
    "Croatian": "hr",
    "Slovak": "sk",
    "Bulgarian": "bg",
}


def stop_density(tokens: Sequence[str], stops: frozenset[str]) -> float:
    if not tokens:
        return 0.0
    return sum(map(stops.__contains__, map(str.casefold, tokens))) / len(tokens)
