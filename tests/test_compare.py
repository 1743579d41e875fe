"""Compare: shared sentences, variant-only sentences, the canonical variant."""

from __future__ import annotations

from digest.models import Article
from digest.stories.compare import compare_variants


def _article(aid: str, title: str, paragraphs: list[str], published: str) -> Article:
    return Article(
        id=aid, source=f"{aid}.txt", title=title, paragraphs=tuple(paragraphs), published=published
    )


WIRE = [
    "The minister announced the plan on Tuesday in Tokyo.",
    "“We will work together,” she said.",
    "Talks will continue next month.",
]


def test_stripped_quotes_and_spelling_still_align():
    a = _article("a", "Plan announced", WIRE, "2025-04-08")
    b = _article(
        "b",
        "Minister unveils plan",
        [
            "The minister announced the plan on Tuesday in Tokyo.",
            "We will work together, she said.",
        ],
        "2025-04-09",
    )
    result = compare_variants([b, a])
    assert result.earliest_id == "a"
    assert result.canonical_id == "a"  # the fullest
    assert len(result.shared) == 2
    only_a = next(d for d in result.variants if d.article_id == "a").only_here
    assert only_a == ("Talks will continue next month.",)
    missing_b = next(d for d in result.variants if d.article_id == "b").missing
    assert missing_b == ("Talks will continue next month.",)
    assert {h for _, h in result.headlines} == {"Plan announced", "Minister unveils plan"}


def test_single_variant_has_no_diffs():
    a = _article("a", "Plan", WIRE, "2025-04-08")
    result = compare_variants([a])
    assert result.variants == ()
    assert len(result.shared) == 3
