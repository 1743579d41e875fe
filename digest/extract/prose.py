"""Whether a cleaned text reads like an article at all (menus, login forms and
link lists do not), whatever extractor produced it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

_WORD = re.compile(r"[^\W\d_]+|\d+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
PROSE_PARAGRAPH_WORDS = 6


def word_count(text: str) -> int:
    """Words in a text; Chinese and Japanese (no spaces) count two characters as a word."""
    wide = len(_WIDE.findall(text))
    return len(_WORD.findall(_WIDE.sub(" ", text))) + (wide + 1) // 2


def more_words_than(text: str, limit: int) -> bool:
    """Whether a text holds more than `limit` words (`word_count`), read no further than
    it takes to tell: an element's text that a page's wrapper holds runs to thousands of
    words, and its first ones tell (a text's beginning holds no more words than the
    whole, and its runs of spaces, a page's indentation, none)."""
    if len(text) <= limit:
        return False  # (a word is a character at least)
    end = FIRST_CHARS
    while end < len(text):
        if _over(" ".join(text[:end].split()), limit):
            return True
        end *= 4
    return _over(" ".join(text.split()), limit)


FIRST_CHARS = 1024  # characters of a text read first (more_words_than), then four times more


def _over(text: str, limit: int) -> bool:
    """Whether word_count(text) > limit, counting a text without Chinese or Japanese only
    up to the limit (its words are then the pattern's matches)."""
    if text.isascii() or _WIDE.search(text) is None:
        return next(islice(_WORD.finditer(text), limit, None), None) is not None
    return word_count(text) > limit


def prose_problem(paragraphs: Iterable[str], min_words: int) -> str | None:
    """Why an extracted text is not an article, or None if it reads like one.

    Menus, login forms and link lists are many short lines: only paragraphs of
    at least PROSE_PARAGRAPH_WORDS words count as prose. Applied after
    extraction, so the check is the same whatever extractor produced the text.
    """
    prose = 0
    for paragraph in paragraphs:
        words = word_count(paragraph)
        if words >= PROSE_PARAGRAPH_WORDS:
            prose += words
            if prose >= min_words:
                return None  # enough: the rest need not be counted (every build checks)
    return f"not an article: only {prose} words of prose (min_article_words is {min_words})"
