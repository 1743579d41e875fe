"""Sentence splitting shared by the comparison and the lead: quotations, abbreviations,
missing spaces (invented sentences)."""

from __future__ import annotations

import pytest

from digest.textutil import match_key, split_sentences


@pytest.mark.parametrize(
    "paragraph,sentences",
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        (
            "Mr. Ruiz met U.S. officials in Oslo. They talked.",
            ["Mr. Ruiz met U.S. officials in Oslo.", "They talked."],
        ),
        (
            "The man ran into the bar.Police said he was armed.",
            ["The man ran into the bar.", "Police said he was armed."],
        ),
        ('"On it!" Ana Ruiz said. Then she left.', ['"On it!" Ana Ruiz said.', "Then she left."]),
        ('"Why?" he asked.', ['"Why?" he asked.']),
        (
            'She said: "I came. I saw." Then he left.',
            ['She said: "I came. I saw."', "Then he left."],
        ),
        (
            'While the "Meth. Lab" show ran, ratings fell. Fine.',
            ['While the "Meth. Lab" show ran, ratings fell.', "Fine."],
        ),
        ('"Stop!" The crowd ran.', ['"Stop!"', "The crowd ran."]),
        (
            "It cost 3.5 million. Visit example.com today.",
            ["It cost 3.5 million.", "Visit example.com today."],
        ),
        # a mark left open runs to the paragraph's end, as a long quotation's first
        # paragraphs do in news style: the one splitter does not cut inside it
        ('A stray " mark. Next one.', ['A stray " mark. Next one.']),
    ],
)
def test_split_sentences(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


def test_split_keeps_every_character_of_prose():
    paragraph = 'One. "Two! Three?" he asked.Four, Mr. Five. Six'
    joined = " ".join(split_sentences(paragraph))
    assert joined.replace(" ", "") == paragraph.replace(" ", "")


def test_match_key_is_the_same_for_plain_text_and_its_unicode_renderings():
    plain = "The DEFENCE centre's plan, 2024"
    assert match_key(plain) == "the defense center s plan 2024"
    assert match_key(
        "The \uff24\uff25\uff26\uff25\uff2e\uff23\uff25 centre\u2019s plan, 2024"
    ) == match_key(plain)
    assert match_key("Stra\u00dfe in \u0130zmir") == "strasse in i\u0307zmir"


def test_sentences_given_twice_are_not_one_list():
    first = split_sentences("He left. She stayed.")
    first.append("changed by a caller")
    assert split_sentences("He left. She stayed.") == ["He left.", "She stayed."]
