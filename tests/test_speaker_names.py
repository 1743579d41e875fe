"""Who may stand under a key quote and get a people page: human names only, one per person."""

from __future__ import annotations

import pytest

from digest.models import Article, Comparison, DigestStory, Quote, StoryQuote
from digest.quotes import extract_quotes, key_quotes, merge_story_quotes
from digest.quotes.names import is_human_name, name_key, short_name_target
from digest.render.people import people_in, quotes_by_person


def _article(aid: str, outlet: str, *paragraphs: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title="", paragraphs=paragraphs, publisher=outlet)


def _merged(*articles: Article) -> list[StoryQuote]:
    return merge_story_quotes([(a, extract_quotes(a.text)) for a in articles])


def _story(sid: str, articles: tuple[Article, ...], quotes: list[StoryQuote]) -> DigestStory:
    return DigestStory(
        id=sid,
        slug=f"story-{sid}",
        title=f"Story {sid}",
        articles=articles,
        comparison=Comparison(canonical_id=articles[0].id, earliest_id=articles[0].id, shared=()),
        quotes=tuple(quotes),
        key_quotes=tuple(key_quotes(quotes, 5)),
        tags=(),
        first_published="2024-01-01",
        last_published="2024-01-01",
    )


@pytest.mark.parametrize(
    "name",
    [
        "Neighbors",
        "Deputies",
        "Relatives",
        "Americans",
        "Witness",
        "He'd",
        "We’re",
        "Avenue J. Leyton",
        "Dell G3",
        "Francisco Chronicle",
        "JAMA Psychiatry",
        "Kotak Institutional Equities",
        "Big Machine",
        "France Telecom",
        "HPD Homicide Division",
        "Trump's",
    ],
)
def test_not_human_names(name):
    assert not is_human_name(name)


@pytest.mark.parametrize(
    "name",
    ["Mark Rutte", "T.J. Smith", "TJ Smith", "Jordan Smith", "Tim O’Sullivan", "Park Geun-hye"],
)
def test_human_names(name):
    assert is_human_name(name)


def test_spellings_of_initials_share_a_key():
    assert name_key("T.J. Smith") == name_key("TJ Smith") == name_key("T. J. Smith")
    assert name_key("TJ Smith") != name_key("TJ Smyth")


def test_short_name_needs_exactly_one_full_name():
    assert short_name_target("Worthy", ["Kym Worthy", "Jane Doe"]) == "Kym Worthy"
    assert short_name_target("Noah", ["Noah Jones"]) == "Noah Jones"
    assert short_name_target("Riddle", ["Jim Riddle", "Trish Riddle"]) is None
    assert short_name_target("Owen Dempsey", ["Owen John Dempsey"]) == "Owen John Dempsey"


def test_group_noun_never_gets_a_people_page_nor_a_key_quote():
    """A document reading that took "Neighbors" for a person is overruled at story level."""
    article = _article(
        "n0",
        "Outlet A",
        "Three people were found dead in a home on Tuesday, police said.",
        "“We never saw anything like this on our street, not once,” Neighbors said.",
    )
    wrong = Quote(
        "We never saw anything like this on our street, not once",
        "Neighbors",
        "direct",
        score=0.95,
        speaker_kind="person",
    )
    merged = merge_story_quotes([(article, [wrong])])
    assert [q.speaker for q in merged] == ["Neighbors"]
    assert merged[0].speaker_kind != "person"
    assert key_quotes(merged, 5) == []
    story = _story("n", (article,), merged)
    assert "Neighbors" not in quotes_by_person([story])
    assert people_in([story]) == []


def test_short_name_resolves_to_the_story_full_name():
    """One outlet names the prosecutor in full, behind her title; the other only says "Worthy"."""
    first = _article(
        "w0",
        "Outlet A",
        "DETROIT — Two grandparents were charged on Wednesday in the death of a boy.",
        "“Everybody in this city knows that we have an issue with guns left loaded at home,”"
        " said Wayne County Prosecutor Kym Worthy at a news conference.",
    )
    second = _article(
        "w1",
        "Outlet B",
        "Two grandparents were charged on Wednesday in the death of a boy.",
        "“How many more deaths do we need before strong, swift action is taken?” Worthy said.",
    )
    merged = _merged(first, second)
    speakers = {q.speaker for q in merged if q.speaker}
    assert "Worthy" not in speakers
    assert speakers == {"Kym Worthy"}
    story = _story("w", (first, second), merged)
    assert people_in([story]) == ["Kym Worthy"]


def test_titles_and_countries_glued_to_names_are_stripped():
    text = (
        "Three people were found dead in a McLean home on Monday.\n\n"
        "Neighbor Khale Murad says “We're just praying for the family.”\n\n"
        "A girl was shot at a home in Henderson County.\n\n"
        "Major Frank Stout, of Henderson County Sheriff’s Office, says “We’re still"
        " investigating. We’re not sure of the exact details yet.”\n\n"
        "China’s ambassador to Britain Liu Xiaming has said that China has the resolution"
        " and the power to end the unrest."
    )
    speakers = {q.speaker for q in extract_quotes(text)}
    assert {"Khale Murad", "Frank Stout"} <= speakers
    assert not speakers & {"Neighbor Khale Murad", "Major Frank Stout", "We’re", "We're"}
    assert "Britain Liu Xiaming" not in speakers


def test_a_relative_sharing_the_surname_is_not_the_named_person():
    text = (
        "Steven Teitsort, 44, is forever changed after the Aug. 12 shooting.\n\n"
        "His sister said he was helping a friend remodel his home.\n\n"
        "“He remembered hearing the guy shout and remembers falling over the bannister,”"
        " Teitsort said of her brother’s recollection."
    )
    quotes = [q for q in extract_quotes(text) if "bannister" in q.text]
    assert quotes
    assert all(q.speaker != "Steven Teitsort" for q in quotes)


def test_a_weak_quote_is_not_lifted_by_another_quote_of_the_same_article():
    article = _article("c0", "Outlet A", "Text.")
    strong = Quote(
        "The bridge will reopen on Monday once the last inspection of the deck is done",
        "Jane Doe",
        "direct",
        score=0.95,
        speaker_kind="person",
    )
    weak = Quote(
        "once the last inspection of the deck is done we will know more about the cost",
        "Jane Doe",
        "indirect",
        start=200,
        score=0.3,
        speaker_kind="person",
    )
    merged = merge_story_quotes([(article, [strong, weak])])
    by_text = {q.text: q for q in merged}
    assert by_text[weak.text].confidence == pytest.approx(0.3)
    assert by_text[strong.text].confidence == pytest.approx(0.95)
    assert [q.text for q in key_quotes(merged, 5)] == [strong.text]


def test_spellings_of_one_name_share_one_people_page():
    a = _article("t0", "Outlet A", "Text.")
    b = _article("u0", "Outlet B", "Text.")
    one = StoryQuote(
        "We are going to find who did this.", "T.J. Smith", "direct", ("t0",), ("Outlet A",),
        confidence=0.9, speaker_kind="person",
    )  # fmt: skip
    two = StoryQuote(
        "The investigation is still going on.", "TJ Smith", "direct", ("u0",), ("Outlet B",),
        confidence=0.9, speaker_kind="person",
    )  # fmt: skip
    stories = [_story("t", (a,), [one]), _story("u", (b,), [two])]
    people = quotes_by_person(stories)
    assert list(people) == ["T.J. Smith"]
    assert len(people["T.J. Smith"]) == 2
    assert people_in(stories) == ["T.J. Smith"]
