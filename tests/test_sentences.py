"""The project's one sentence splitter (digest.quotes.lexer.split_sentences).

tests/fixtures/sentences/cases.jsonl holds invented paragraphs with the
sentences a reader sees in them: quotations, abbreviations, numbers, domain
names and full stops with no space after them. benchmarks/sentences.py scores
other splitters (pySBD, the two this one replaced) on the same cases.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from digest.extract.core import extract_documents
from digest.extract.prose import prose_problem, word_count
from digest.models import SourceDoc
from digest.quotes import extract_quotes
from digest.quotes.lexer import _quotation_spans, _sentences, split_sentences
from digest.quotes.lexicon import closes_abbreviation
from digest.stories.compare import _sentences as article_sentences
from digest.textutil import split_sentences as textutil_split

CASES = Path(__file__).resolve().parent / "fixtures" / "sentences" / "cases.jsonl"
CASE_LIST = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASE_LIST, ids=[c["paragraph"][:40] for c in CASE_LIST])
def test_written_cases(case):
    assert split_sentences(case["paragraph"]) == case["sentences"]


def test_one_splitter_for_stories_and_quotes():
    """The comparison, the lead and the quote finder cut a paragraph at the same places."""
    for case in CASE_LIST:
        text = case["paragraph"]
        spans = _quotation_spans(text, 0, len(text))
        by_quotes = [text[a:b].strip() for a, b in _sentences(text, 0, len(text), spans)]
        assert textutil_split(text) == by_quotes == case["sentences"]


@pytest.mark.parametrize(
    "before,abbreviation",
    [
        ("Mr.", True),
        ("the U.S.", True),
        ("a Ph.D.", True),
        ("e.g.", True),
        ("author J.", True),
        ("No.", True),
        ("said no.", False),
        ("the bar.", False),
        ("in 2020.", False),
        ("the USA.", False),
        ("at 3 a.m.", False),  # often the end of a sentence: "began at 3 a.m. Firefighters ..."
    ],
)
def test_abbreviations(before, abbreviation):
    assert closes_abbreviation(before) is abbreviation


def test_every_character_is_kept():
    paragraph = 'One. "Two! Three?" he asked.Four, Mr. Five. Six e.g. Seven.Eight'
    joined = " ".join(split_sentences(paragraph))
    assert joined.replace(" ", "") == paragraph.replace(" ", "")


def test_a_quotation_left_open_runs_to_the_paragraph_end():
    """News style opens each paragraph of a long quotation and closes only the last:
    an open quotation is not cut, whatever its full stops."""
    paragraph = '"We will rebuild. We will not leave. Not this year.'
    assert split_sentences(paragraph) == [paragraph]


def test_a_quotation_ending_in_an_exclamation_keeps_its_attribution_in_quotes():
    text = '"On it!" Ana Ruiz said. Then she left the room and closed the door.'
    [quote] = [q for q in extract_quotes(text) if "On it" in q.text]
    assert quote.speaker == "Ana Ruiz"


# --- full stops with no space after them -------------------------------------------

_GLUED = re.compile(r"([.!?][\"”’]?) +(?=[\"“]?[A-Z])")
BAR = (
    "A man walked into the bar on Main Street late on Friday night. Police said he was "
    "carrying a knife. Officers arrived within minutes and arrested him. The owner said "
    "the staff had never seen him before. He will appear in court on Monday."
)


def _doc(text: str, kind: str) -> SourceDoc:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return SourceDoc(path=f"bar.{kind}", kind=kind, text=text, sha256=sha)


def test_glued_full_stops_count_the_same_words():
    glued = _GLUED.sub(r"\1", BAR)
    assert "bar on Main Street late on Friday night.Police said" in glued
    assert word_count(glued) == word_count(BAR) == 44


@pytest.mark.parametrize("kind", ["text", "html"])
def test_an_article_with_glued_full_stops_is_prose_and_splits(kind):
    glued = _GLUED.sub(r"\1", BAR)
    paragraphs = [glued, glued.replace("Main Street", "Elm Street")]
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        text = f"<html><body><article><h1>Arrest at a bar</h1>{body}</article></body></html>"
    else:
        text = "Arrest at a bar\n\n" + "\n\n".join(paragraphs) + "\n"
    [article] = extract_documents([_doc(text, kind)])
    assert article is not None
    assert prose_problem(article.paragraphs, 40) is None
    sentences = article_sentences(article)
    assert sentences[:2] == [
        "A man walked into the bar on Main Street late on Friday night.",
        "Police said he was carrying a knife.",
    ]
    assert len(sentences) == 10
