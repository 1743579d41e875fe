"""Where an article's text ends before the page goes on: readers' comments under it, or the
end mark of a press release before its contacts.

Both extraction paths ask it: the saved page's (`html.clean_paragraphs`, over the text
trafilatura kept) and the text copy's (`text_body.clean_text`, over the densest run of
prose), for comments are prose too, and a run of prose that holds them ends too late.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from digest.extract import boilerplate as bp
from digest.extract import ensemble
from digest.extract import text_metadata as md

# Words of prose (paragraphs or table cells of two sentences or more) that must come before
# a comment heading for it to end the article: a "Comments" link beside the headline stands
# above the article's prose, or after a one-sentence standfirst at most.
PROSE_BEFORE_COMMENTS = 60
# The line an e-mail's signature opens with ("-- ", RFC 3676): a page of a mailing list's
# archive shows the mail's text, then its writer's signature and the list's footer.
SIGNATURE_DELIMITER = "--"
SIGNATURE_LINES = 1  # the line under the name: a role or a motto, no prose
SENTENCE_PARAGRAPH_WORDS = 15  # a news paragraph of one sentence; a headline or a label is shorter


@lru_cache(maxsize=1 << 14)
def prose_words(line: str) -> int:
    """Words of the paragraph, or of its table cells, that hold two sentences or more, or
    one sentence as long as a news story's one-sentence paragraphs."""
    return sum(
        len(words)
        for part in ensemble.table_cells(line) or [line]
        for words in [bp.words(part)]
        if ensemble.is_prose(part)
        or (bp.ends_like_sentence(part) and len(words) >= SENTENCE_PARAGRAPH_WORDS)
    )


# A comment closed by the date and time it was posted, in brackets, as boards print them.
_STAMPED_COMMENT = re.compile(
    r"[(\[](?:19|20)\d\d[-./]\d\d?[-./]\d\d?[ T]\d\d?:\d\d(?::\d\d)?[)\]]\s*$"
)
COMMENTS_BETWEEN_ROWS = 3  # lines from one comment's name-and-time row to the next one's
SIGNED_STAMP_WORDS = 12  # a label, a name or handle, a date and a time ("... el ... a las")
NAME_CELL_WORDS = 4  # a commenter's name or handle
TIME_CELL_WORDS = 8  # a weekday, a date and a time
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


@lru_cache(maxsize=1 << 14)
def _signed_and_timed(line: str) -> bool:
    """A short line, no sentence, of a name and the day and time with its year ("Escrito
    por xuanin_58 el 14/02/2012 a las 10:20", "Submitted by maruja on Tue, 02/14/2012 -
    10:20"): a comment's heading, where comments are paragraphs with nothing else to
    mark them. Not a labelled field ("Kick-off: ...", an event's time) nor a match's
    fixture ("Brazil v Croatia, ..."); a live blog's entries, each by the same writer,
    are told apart by _heads_comments."""
    clock = _CLOCK.search(line) if ":" in line else None  # most lines hold no clock time
    if clock is None or line.startswith("|") or _FIXTURE.search(line):
        return False
    if len(bp.words(line)) > SIGNED_STAMP_WORDS or bp.ends_like_sentence(line):
        return False
    if ":" in line[: clock.start()] and not md.opens_byline(line.replace(":", "", 1)):
        return False  # "Kick-off: Saturday ...": a labelled field, not "Posted by: NAME"
    when, besides = _besides_date(line)
    if when is None or "T" not in when:
        return False
    # the rest names: words only, no figure of its own (a data table's row of a time
    # and its counts, "500 │ 2020-08-01 17:58:00+00 │ 2 │ 4.84 │ t", is no heading)
    rest = bp.words(besides)
    return all(re.search(r"[^\W\d]", word) for word in rest) and any(
        sum(ch.isalpha() for ch in word) >= 2 for word in rest
    )


# "Brazil v Croatia": two sides of a match, no commenter
_FIXTURE = re.compile(r"\s(?:v|vs)\.?\s", re.I)


def _heads_comments(lines: Sequence[str], at: int) -> bool:
    """Whether the line `at` heads the first of readers' comments that name their
    writer and time (_signed_and_timed): another such line, naming someone else, stands
    below it with a comment's text between."""
    if not _signed_and_timed(lines[at]) or at + 1 >= len(lines):
        return False
    if _signed_and_timed(lines[at + 1]):
        return False  # a list of such lines, a schedule: no comment between
    writer = _named_part(lines[at])
    return any(
        _signed_and_timed(after) and _named_part(after) != writer
        for after in lines[at + 2 : at + 1 + COMMENTS_BETWEEN_ROWS]
    )


def _named_part(line: str) -> str:
    """A comment heading's words besides its date, time and weekday: its writer and
    labels, lower case."""
    rest = _besides_date(line)[1]
    return " ".join(w for w in bp.words(rest.casefold()) if not md.is_weekday(w))


def _besides_date(line: str) -> tuple[str | None, str]:
    """The line's first date (ISO 8601, with its time where given) and the line without
    it; (None, the line) for a line with no date."""
    found = md.parse_date(line)
    if found is None:
        return None, line
    when, start, end = found
    return when, f"{line[:start]} {line[end:]}"


def _signs_mail(lines: Sequence[str], at: int) -> bool:
    """Whether the line `at` opens a mail's signature: "--" alone, a name on the next line
    and no prose in the line under it (a role, a motto; a list's footer may follow);
    not a section break over a team's name and its report, nor an e-mail quoted in an
    article."""
    if lines[at].strip() != SIGNATURE_DELIMITER or at + 1 >= len(lines):
        return False
    return md.name_line(lines[at + 1]) is not None and not any(
        prose_words(after) for after in lines[at + 2 : at + 2 + SIGNATURE_LINES]
    )


def _dated_comments(lines: Sequence[str], at: int) -> bool:
    """Whether the line `at` is the first of readers' comments each headed by a line of
    its own that closes with the day it was posted: numbered ("1. Well done! 11.03.10")
    or signed ("radu_sb - 22.09.2011", "Maria K., 17/03/2010"), as portals set them
    before about 2012. A list of dated events set item under item is none: a comment's
    text stands between two headings."""
    if not _dated_heading(lines[at]) or at + 1 >= len(lines) or _dated_heading(lines[at + 1]):
        return False
    return any(_dated_heading(after) for after in lines[at + 2 : at + 2 + COMMENTS_BETWEEN_ROWS])


# a date in figures, as comment systems print one ("22.09.2011", "17/03/2010", "11.03.10")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s+\S")
# a name, a separator, then the date: "Elena M. - ", "Giannis from Syros, "
_SIGNED = re.compile(r"[^\W\d][\w.' -]*?\s*(?:[-–—|·]|,)\s*$")


@lru_cache(maxsize=1 << 14)
def _dated_heading(line: str) -> bool:
    """A short line closed by a date in figures, a comment's number or its writer's name
    before it: "1. Well done! 11.03.10", "radu_sb - 22.09.2011"; not a weekday's
    ("Monday, 12.03.2010": a diary's day) nor a date in words ("Mill closes, 12 March
    2009": a timeline's step)."""
    if len(bp.words(line)) > SIGNED_STAMP_WORDS:
        return False
    found = md.parse_date(line)
    if found is None or line[found[2] :].strip(" )|"):
        return False
    if not _NUMERIC_DATE.fullmatch(line[found[1] : found[2]].strip()):
        return False  # "Mill closes, 12 March 2009": a timeline's step, in words
    before = line[: found[1]]
    if _NUMBERED.match(before):
        return True
    return _SIGNED.fullmatch(before) is not None and not any(
        md.is_weekday(word.casefold()) for word in bp.words(before)
    )


def _name_and_time_row(line: str) -> bool:
    """A table row of two cells, a short name and the day and time it posted ("| Dani |
    Tue 14 April 2009, 16:20 |"): a comment's heading in a table of comments."""
    cells = ensemble.table_cells(line)
    if len(cells) != 2:
        return False
    name, when = cells
    return (
        len(bp.words(name)) <= NAME_CELL_WORDS
        # no sentence (an initial's stop may end it: "Uri B."), no stamp's label ("Created:")
        and not re.search(r"[!?:]|\w\w\.$", name)
        and len(bp.words(when)) <= TIME_CELL_WORDS
        and _CLOCK.search(when) is not None
        and re.search(r"\b\d{1,2}\b(?!:)", _CLOCK.sub("", when)) is not None
    )


PROSE_AFTER_END = 0.5  # share of the article's prose that may follow its end (its "About")
COMMENT_SIGNATURE_LINES = 2  # lines after an invitation where the first comment's signature stands
# Lines that mark one reader's comment, and how many lines after one the next stands:
# two of them that close, or open, comments in a row are the comments.
_COMMENT_MARKS: tuple[tuple[Callable[[str], bool], int], ...] = (
    (lambda line: _STAMPED_COMMENT.search(line) is not None, COMMENT_SIGNATURE_LINES),
    (_name_and_time_row, COMMENTS_BETWEEN_ROWS),
)


# Whether the page shows it is a press release: known, or a test asked only when needed
# (most pages hold no end mark, and the test reads the page's whole text).
Release = bool | Callable[[], bool]


def _shows_release(release: Release, lines: Sequence[str]) -> bool:
    shown = release() if callable(release) else release
    return shown or bp.shows_release("\n".join(lines))


def ends_article(lines: Sequence[str], at: int, prose_seen: int, release: Release = False) -> bool:
    """Whether the line `at`, after `prose_seen` words of the article's prose, ends the
    article.

    A comment heading does ("Reader Comments (3)"); an invitation to comment ("What
    readers are saying", "Join the conversation") when it counts the comments, ends the
    lines, the form's rules follow it ("Comments are read before they appear ...") or a
    signed comment does ("farmwife_59 9/8/2011 5:02 PM", "dogmom77 wrote:"),
    for the same words also head a part of an article that quotes readers' letters.
    A press release's end ("###", "-30-", "Media contact:") does when the page shows
    it is a release (`release`, or the lines say "FOR IMMEDIATE RELEASE" or give a
    contact), the mark stands once on the page and less than half as much prose
    follows it as precedes it: its "About the company" paragraph and contacts; so
    does, on such a page, an "About NAME" heading over a paragraph that opens with
    NAME or names it in its first words (the release's boilerplate about its sender); "###"
    set twice, or in a blog, is a section break, and a contact given after the lead is
    followed by the release.
    """
    line = lines[at]
    if bp.is_comment_heading(line):
        return True
    # "Congratulations! ... (2008-11-03 16:40:12)", each of a board's comments closed by
    # the time it was posted; "| Ruti from Neve Tsuf | Tue 14 April 2009, 12:05 |", a
    # comment, then the next one's row: a table of readers' comments
    for is_comment, reach in _COMMENT_MARKS:
        if is_comment(line) and any(is_comment(after) for after in lines[at + 1 : at + 1 + reach]):
            return True
    if _heads_comments(lines, at) or _dated_comments(lines, at):
        return True
    invitation = bp.comment_invitation(line)
    if invitation is not None:
        # (a heading with nothing under it heads no part of the article)
        return (
            invitation == "counted"
            or at == len(lines) - 1
            or any(
                bp.is_comment_signature(after)
                for after in lines[at + 1 : at + 1 + COMMENT_SIGNATURE_LINES]
            )
            or any(bp.is_comment_rules(after) for after in lines[at + 1 : at + 2])
        )
    if _signs_mail(lines, at) and not any(_signs_mail(lines, j) for j in range(at)):
        # "-- " over "Marisol Ábrego-Finch" / "Newsletter editor, ...": a mail's signature,
        # then a list archive's footer (not a line of code's comment marks); the first
        # only (a thread's later messages are read once, not once for each signature)
        return sum(prose_words(after) for after in lines[at + 1 :]) < prose_seen * PROSE_AFTER_END
    if bp.about_section(lines, at):
        # "About Brennick Foods", then "Brennick Foods (NYSE: BRNK) is a leading ...":
        # the release's boilerplate about its sender, on a page that shows it is a
        # release, or up to the release's end mark ("###") under it
        end = next((j for j in range(at + 1, len(lines)) if bp.is_end_mark(lines[j])), None)
        if end is not None or _shows_release(release, lines):
            after = lines[at + 1 : end]
            return sum(map(prose_words, after)) < prose_seen * PROSE_AFTER_END
    if not bp.is_article_end(line) or (bp.is_end_mark(line) and not _shows_release(release, lines)):
        return False
    marker = " ".join(line.split()).casefold()
    if sum(" ".join(other.split()).casefold() == marker for other in lines) > 1:
        return False
    return sum(prose_words(after) for after in lines[at + 1 :]) < prose_seen * PROSE_AFTER_END


def end_of_run(texts: Sequence[str], start: int, end: int) -> int:
    """The end of the article's run of lines [start, end): the first line in it that
    `ends_article` after enough of the article's prose (PROSE_BEFORE_COMMENTS), else
    `end`."""
    run = texts[:end]
    prose_seen = 0
    for at in range(start, end):
        if prose_seen >= PROSE_BEFORE_COMMENTS and ends_article(run, at, prose_seen):
            return at
        prose_seen += prose_words(run[at])
    return end
