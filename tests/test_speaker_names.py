"""Who may stand under a key quote and get a people page: human names only, one per person."""

from __future__ import annotations

import pytest

from digest.models import Article, DigestStory, Quote, StoryQuote
from digest.quotes import extract_quotes, key_quotes, merge_story_quotes, read_quotes
from digest.quotes.names import is_human_name, name_key, short_name_target
from digest.quotes.speakers import build_cast, named_people, plausible_speaker
from digest.render.people import people_in, quotes_by_person
from tests.quotes import speaker_of
from tests.stories import story_of


def _article(aid: str, outlet: str, *paragraphs: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title="", paragraphs=paragraphs, publisher=outlet)


def _merged(*articles: Article) -> list[StoryQuote]:
    return merge_story_quotes([(a, extract_quotes(a.text)) for a in articles])


def _story(sid: str, articles: tuple[Article, ...], quotes: list[StoryQuote]) -> DigestStory:
    return story_of(sid, articles, quotes, key_quotes(quotes, 5))


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
        "Avenue K. Marlow",
        "Vortex X7",
        "Ellery Chronicle",
        "KLMR Psychiatry",
        "Marlow Institutional Equities",
        "Big Lantern",
        "Peru Cement",
        "PEPD Harbour Division",
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
    assert short_name_target("Okafor", ["Dana Okafor", "Jane Doe"]) == "Dana Okafor"
    assert short_name_target("Ines", ["Ines Dale"]) == "Ines Dale"
    assert short_name_target("Harrow", ["Jim Harrow", "Trish Harrow"]) is None
    assert short_name_target("Owen Tarrant", ["Owen Paul Tarrant"]) == "Owen Paul Tarrant"


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
    """One outlet names the prosecutor in full, behind her title; the other only says "Okafor"."""
    first = _article(
        "w0",
        "Outlet A",
        "PORT ELLERY — Two landlords were charged on Wednesday over a boarding-house fire.",
        "“Everybody in this town knows that we have a problem with locked fire exits,”"
        " said Harbour County Prosecutor Dana Okafor at a news conference.",
    )
    second = _article(
        "w1",
        "Outlet B",
        "Two landlords were charged on Wednesday over a boarding-house fire.",
        "“How many more fires will it take before the rules are finally enforced?” Okafor said.",
    )
    merged = _merged(first, second)
    speakers = {q.speaker for q in merged if q.speaker}
    assert "Okafor" not in speakers
    assert speakers == {"Dana Okafor"}
    story = _story("w", (first, second), merged)
    assert people_in([story]) == ["Dana Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        "“How many more fires will it take?” Okafor said. Prosecutor Dana Okafor and"
        " Mayor Jim Harrow spoke after Ms. Lena Brook left.",
        # Markup the quote finder blanks out before reading: the names are still
        # those of the text as it is.
        'Jim Harrow said “It is over.” <tweet author="Mayor Dana Okafor">Done.</tweet>',
        "",
        "   \n\n ",
    ],
)
def test_read_quotes_gives_the_quotes_and_the_people_of_the_text(text):
    """One reading serves both: the quotes of `extract_quotes`, the names of `named_people`."""
    reading = read_quotes(text)
    assert list(reading.quotes) == extract_quotes(text)
    assert reading.people == named_people(text)


def test_story_merge_gives_the_same_names_from_the_readings_as_from_the_texts():
    """Short names resolved against the people each article's reading kept are those a
    scan of the variants' texts finds: the story's quotes are the same either way."""
    first = _article(
        "w0",
        "Outlet A",
        "PORT ELLERY — Two landlords were charged on Wednesday over a boarding-house fire.",
        "Harbour County Prosecutor Dana Okafor spoke at a news conference on Wednesday.",
    )
    second = _article(
        "w1",
        "Outlet B",
        "Two landlords were charged on Wednesday over a boarding-house fire.",
        "“How many more fires will it take before the rules are finally enforced?” Okafor said.",
    )
    readings = {a.id: read_quotes(a.text) for a in (first, second)}
    assert "Dana Okafor" in readings["w0"].people
    variants = [(a, readings[a.id].quotes) for a in (first, second)]
    people = {article_id: r.people for article_id, r in readings.items()}
    merged = merge_story_quotes(variants, people)
    assert merged == merge_story_quotes(variants)
    assert {q.speaker for q in merged} == {"Dana Okafor"}
    # The readings are what is used: names a variant's reading did not keep are not found.
    assert {q.speaker for q in merge_story_quotes(variants, {"w0": (), "w1": ()})} == {"Okafor"}


def test_titles_and_countries_glued_to_names_are_stripped():
    text = (
        "A barn burned down on a farm near Port Ellery on Monday.\n\n"
        "Neighbor Ines Dale says “We're all thinking of the family tonight.”\n\n"
        "A boat ran aground off the coast of Harbour County.\n\n"
        "Major Tobias Wren, of Harbour County Sheriff’s Office, says “We’re still"
        " looking into it. We’re not sure what caused it yet.”\n\n"
        "Norway’s ambassador to Britain Chen Arlo has said that Norway has the will"
        " and the means to settle the dispute."
    )
    speakers = {q.speaker for q in extract_quotes(text)}
    assert {"Ines Dale", "Tobias Wren"} <= speakers
    assert not speakers & {"Neighbor Ines Dale", "Major Tobias Wren", "We’re", "We're"}
    assert "Britain Chen Arlo" not in speakers


def test_a_word_opening_the_sentence_is_no_part_of_the_speaker():
    text = (
        "The ferry board met on Tuesday in Port Ellery.\n\n"
        "Board member Ines Dale called the plan “a real step forward for the harbour.”\n\n"
        "And Dale called the old terminal “a disgrace we put up with for far too long.”\n\n"
        "As the Harbour Gazette reported, the board had been split: “We argued for"
        " three hours before anyone gave way,” one member said.\n\n"
        "Maybe Dale went on to praise the crews, saying they had “kept the ferries"
        " running through the worst winter in years.”\n\n"
        "But residents said the fares were “far too high for families who cross daily.”\n\n"
        "Stated Dale: “We will bring the fares down next spring, I promise you that.”"
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers.count("Ines Dale") >= 4
    assert "residents" in speakers
    joined = " | ".join(s or "" for s in speakers)
    for opener in ("And ", "As ", "Maybe ", "But ", "Stated "):
        assert opener not in joined


def test_a_relative_sharing_the_surname_is_not_the_named_person():
    text = (
        "Anton Voss, 44, has not been the same since his fall at the quarry in May.\n\n"
        "His sister said he was helping a friend clear the site.\n\n"
        "“He remembered hearing a man call out and then sliding down the gravel slope,”"
        " Voss said of her brother’s account."
    )
    quotes = [q for q in extract_quotes(text) if "gravel" in q.text]
    assert quotes
    assert all(q.speaker != "Anton Voss" for q in quotes)


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


def test_a_bodys_name_in_capitals_speaks_where_the_text_runs_it_in_a_sentence():
    # "SEACOM" stands inside sentences: a body's name, not a dateline
    text = (
        "Users complained about problems on the SEACOM cable this morning.\n\n"
        '"We can confirm the outage," SEACOM said on its Twitter account.'
    )
    assert speaker_of(text, "confirm the outage") == "SEACOM"
    # a word in capitals that only opens a paragraph is a dateline, no speaker
    text = 'WASHINGTON — The talks ended late.\n\n"We are close," an aide said.'
    assert not plausible_speaker("WASHINGTON", build_cast(text))
    assert plausible_speaker("SEACOM", build_cast("Problems hit the SEACOM cable."))


def test_an_office_in_capitals_before_a_name_is_no_part_of_it():
    text = (
        "ATI Technologies India MD Dasaradha R Gude told reporters that the merger "
        'would help.\n"Our work does not overlap," he said.'
    )
    assert speaker_of(text, "does not overlap") == "Dasaradha R Gude"
    assert speaker_of('"It is patched," said Qualys CTO Wolfgang Kandek.', "patched") == (
        "Wolfgang Kandek"
    )
