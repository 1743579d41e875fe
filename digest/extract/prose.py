"""Whether a cleaned text reads like an article at all (menus, login forms and
link lists do not), whatever extractor produced it."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+|\d+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
PROSE_PARAGRAPH_WORDS = 6


def word_count(text: str) -> int:
    """Words in a text; Chinese and Japanese (no spaces) count two characters as a word."""
    wide = len(_WIDE.findall(text))
    return len(_WORD.findall(_WIDE.sub(" ", text))) + (wide + 1) // 2


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
