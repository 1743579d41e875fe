"""The words a case-blind pattern's matches need: a text without them is never a match."""

from __future__ import annotations

import _sre
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.extract import boilerplate as bp
from digest.extract import gate

EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_fold_turns_what_ignorecase_takes_for_an_ascii_letter_into_that_letter() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = re.findall(letter, EVERY_CHARACTER, re.I)
        assert len(matched) >= 2, letter
        assert {gate.fold(char) for char in matched} == {letter}, letter


def test_a_plain_character_is_one_the_engine_matches_by_itself_only() -> None:
    for char in "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n":
        assert gate._plain(char) and not _sre.unicode_iscased(ord(char)), repr(char)
    for char in EVERY_CHARACTER:
        if not char.isascii() and gate._plain(char):
            assert not _sre.unicode_iscased(ord(char)), hex(ord(char))


def test_any_of_patterns_is_tried_on_a_text_holding_a_word_of_one_of_them() -> None:
    phrases = gate.AnyOf([re.compile(r"we use cookies", re.I), re.compile(r"follow us", re.I)])
    assert phrases.words == {"we use cookies", "follow us"}
    assert phrases.found_in("Follow Us", gate.fold("Follow Us"))
    assert not phrases.found_in("Follow the money", gate.fold("Follow the money"))


def test_a_literal_run_is_a_word() -> None:
    assert gate.needed_words(re.compile(r"\bview full caption\b", re.I)) == {"view full caption"}
    assert gate.needed_words(re.compile(r"Order Reprints")) == {"order reprints"}


def test_an_alternation_needs_one_word_of_each_branch() -> None:
    found = gate.needed_words(re.compile(r"we use cookies|(?:accept|refuse) cookies", re.I))
    assert found == {"we use cookies", " cookies"}


def test_the_longest_needed_word_of_a_sequence_is_taken() -> None:
    found = gate.needed_words(re.compile(r"^\W*photos?:.{0,80}?\bimage \d+ of\b", re.I))
    assert found == {"image "}


def test_what_may_be_left_out_needs_nothing() -> None:
    assert gate.needed_words(re.compile(r"(?:please )?\d+", re.I)) is None
    assert gate.needed_words(re.compile(r"cookies|\d+", re.I)) is None
    assert gate.needed_words(re.compile(r"(?=share)\w+", re.I)) is None
    assert gate.needed_words(re.compile(r"(?:share)+", re.I)) == {"share"}


def test_a_cased_letter_beyond_ascii_ends_a_word_and_a_caseless_sign_does_not() -> None:
    assert gate.needed_words(re.compile(r"comentários", re.I)) == {"coment"}
    assert gate.needed_words(re.compile(r"© 2024", re.I)) == {"© 2024"}


GATED = [
    *bp._FURNITURE_PHRASES.gated,
    bp._COOKIE_NOTICE,
    bp._READER_NOTICE,
    bp._POST_FOOTER,
    bp._PHOTO_CREDIT,
    bp._MEDIA_FURNITURE,
]
# Letters IGNORECASE matches beyond their two ASCII cases.
ODD_CASES = {"i": "İı", "s": "ſ", "k": "K"}


def _pieces() -> list[str]:
    words = sorted({w for g in GATED for w in g.words or ()})
    odd = [w.replace(a, b) for w in words for a, bs in ODD_CASES.items() for b in bs if a in w]
    return [*words, *odd, " ", "  ", ":", "(", ")", "2024", "3 of 12", "-", "–"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_pieces()) | st.text(max_size=4), max_size=8),
    st.lists(st.booleans(), min_size=1, max_size=40),
)
def test_a_text_the_gate_stops_matches_no_pattern(parts: list[str], upper: list[bool]) -> None:
    text = "".join(parts)
    text = "".join(c.upper() if upper[i % len(upper)] else c for i, c in enumerate(text))
    for gated in GATED:
        assert bool(gated.search(text, gate.fold(text))) == bool(gated.pattern.search(text))


def test_the_gated_patterns_find_what_they_found_in_the_fixtures() -> None:
    folder = Path(__file__).parent / "fixtures"
    lines = [
        line
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix in {".txt", ".html", ".md", ".json"}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    assert len(lines) > 100
    for line in lines:
        folded = gate.fold(line)
        for gated in GATED:
            assert bool(gated.search(line, folded)) == bool(gated.pattern.search(line)), line


def test_many_words_are_looked_for_at_once_with_the_same_answer():
    # a tree of shared beginnings: "share", "shared", "sharing", "sh" and words apart
    words = frozenset(
        ["share", "shared", "sharing", "sh", "print", "printer", "e-mail", "a.m.", "(c)", "x"]
    )
    assert len(words) > gate.FEW_WORDS
    texts = [
        "",
        "s",
        "shx",
        "she",
        "sharp",
        "print this",
        "pri",
        "send by e-mail",
        "email",
        "at 9 a.m.",
        "am",
        "(c) 2010",
        "(d)",
        "the end",
        "box",
        "sharin",
    ]
    for text in texts:
        assert gate.passes(text, words) == any(word in text for word in words), text
