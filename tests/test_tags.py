"""Tags: taxonomy matches, run-together page tags, the controlled vocabulary."""

from __future__ import annotations

from digest.config import TagRule
from digest.models import Article
from digest.stories.tags import normalise_tag, split_page_tags, tag_story

TAXONOMY = (
    TagRule("Japan", aliases=("Japanese", "Tokyo")),
    TagRule("NATO", aliases=("Nato",)),
    TagRule("Ukraine", aliases=("Ukrainian",)),
    TagRule("Russia-Ukraine war", patterns=(r"Russia[-–]Ukraine war",)),
)


def _article(title: str, text: str, tags: tuple[str, ...] = ()) -> Article:
    return Article(id="a" * 16, source="a.txt", title=title, paragraphs=(text,), tags=tags)


def test_run_together_tags_are_split():
    assert split_page_tags(["NATOJapanUkraine"], TAXONOMY) == ["NATO", "Japan", "Ukraine"]


def test_unknown_remainder_is_kept_whole():
    assert split_page_tags(["JapanSomething Else"], TAXONOMY) == ["Japan", "Something Else"]


def test_page_tags_map_through_aliases_and_patterns():
    assert normalise_tag("nato", TAXONOMY) == "NATO"
    assert normalise_tag("Russia-Ukraine war", TAXONOMY) == "Russia-Ukraine war"
    assert normalise_tag("Mark Rutte", TAXONOMY) is None


def test_story_tags_need_enough_mentions():
    once = _article("Markets", "Tokyo shares rose.")
    assert tag_story([once], TAXONOMY, min_mentions=2) == ()
    title = _article("Japanese markets rally", "Shares rose.")
    assert tag_story([title], TAXONOMY, min_mentions=2) == ("Japan",)


def test_page_tags_count_even_without_mentions():
    tagged = _article("Markets", "Shares rose.", tags=("NATOUkraine",))
    assert tag_story([tagged], TAXONOMY) == ("NATO", "Ukraine")


def test_words_inside_other_words_do_not_match():
    article = _article("Natorp and Japanesque", "Natorp Japanesque Natorp Japanesque")
    assert tag_story([article], TAXONOMY) == ()


def test_run_together_multiword_tags_keep_their_words():
    line = (
        "JapanJapan Self Defense ForceMark RutteNATO Security Assistance and Training "
        "for Ukraine (NSATU)Russia-Ukraine war"
    )
    assert split_page_tags([line], TAXONOMY) == [
        "Japan",
        "Japan Self Defense Force",
        "Mark Rutte",
        "NATO Security Assistance and Training for Ukraine (NSATU)",
        "Russia-Ukraine war",
    ]


def test_short_camel_prefixes_are_not_boundaries():
    assert split_page_tags(["McDonald"], TAXONOMY) == ["McDonald"]


def test_acronyms_run_into_words_split_without_a_taxonomy():
    assert split_page_tags(["NATOJapanUkraine"], ()) == ["NATO", "Japan", "Ukraine"]
