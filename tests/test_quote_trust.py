"""Speaker rules of the trust round: each on an invented text, what it gives and refuses."""

from __future__ import annotations

from digest.quotes import extract_quotes
from tests.quotes import speaker_of


def test_one_word_opener_then_a_name_with_an_appositive_makes_the_name_the_subject():
    text = (
        'Tom Becker, the harbour master, spoke first. "We will open the gates," Becker said.\n\n'
        "Critics of the plan say the water is too shallow. Recently, Owen Tarrant, the "
        "ferry captain who runs the night crossing, was asked about the gates. "
        '"They will flood the lower town," he said.'
    )
    assert speaker_of(text, "flood the lower town") == "Owen Tarrant"


def test_name_of_a_body_is_the_person_not_the_body():
    text = (
        "Voting ended on Sunday in the northern provinces.\n\n"
        '"People queued for hours in the sun," said Meera Okonjo of Harbour Watch, '
        "who observed the count."
    )
    assert speaker_of(text, "queued for hours") == "Meera Okonjo"


def test_pronoun_after_a_possessive_subject_is_its_owner():
    text = (
        "Ines Harlow won the vote for the council on Sunday.\n\n"
        '"The count was fair," said Meera Okonjo of Harbour Watch.\n\n'
        "Harlow's future is still unclear, but she told reporters last week that "
        'she would lead the council. "I will sit above the mayor," she said.'
    )
    assert speaker_of(text, "sit above the mayor") == "Ines Harlow"


def test_pronoun_after_a_relative_of_someone_is_not_that_someone():
    text = (
        '"The count was fair," said Tom Becker, a retired judge.\n\n'
        "Owen Tarrant's son told a radio show in 2013 that workers should not complain. "
        '"You should go and teach kindergarten," he said.'
    )
    assert speaker_of(text, "teach kindergarten") != "Owen Tarrant"


def test_closing_attribution_of_a_sentence_without_a_quote_sets_who_speaks_next():
    text = (
        '"The harbour can take two more ships," said Owen Tarrant, a port engineer.\n\n'
        "Tom Becker, a retired captain, has sailed the route for thirty years.\n\n"
        "With its small fleet, the port might judge that its best move is to close "
        "first, Becker said.\n\n"
        '"If they see the storm coming, they have to choose early," he said.'
    )
    assert speaker_of(text, "choose early") == "Tom Becker"


def test_a_question_in_a_subordinate_clause_does_not_set_who_speaks_next():
    text = (
        '"We will hold the line," said Owen Tarrant, the council leader.\n\n'
        "Tarrant also sounded unsure when Tom Becker asked whether the council would "
        "keep its seats.\n\n"
        '"You can never predict a year like this one," he said.'
    )
    assert speaker_of(text, "predict a year") == "Owen Tarrant"


def test_two_apostrophes_quote_like_double_marks_and_keep_offsets():
    text = (
        "Ines Harlow, the ferry captain, spoke on Sunday.\n\n"
        "''We will not sail in this weather,'' Harlow said. ''The harbour is closed.''"
    )
    marked = text.replace("''", '"')
    quotes = extract_quotes(text)
    expected = extract_quotes(marked)
    assert [(q.text, q.speaker, q.type) for q in quotes] == [
        (q.text, q.speaker, q.type) for q in expected
    ]
    assert quotes[0].speaker == "Ines Harlow" and quotes[0].type == "direct"
    assert "harbour is closed" in quotes[0].text
    # offsets point into the text as given
    assert text[quotes[0].start : quotes[0].start + 7] == "We will"
    assert text[quotes[0].end - 7 : quotes[0].end] == "closed."


def test_a_full_name_is_not_taken_for_a_longer_name_with_the_same_surname():
    text = (
        "Former mayor Ana M. Lind opened the debate on Monday.\n\n"
        "Last week, Jeb Lind told a crowd in Molde that the ferry is failing. "
        '"This is the place that the council called a success," Lind said.'
    )
    assert speaker_of(text, "ferry is failing") == "Jeb Lind"


def test_a_surname_means_the_person_not_a_phrase_ending_in_it():
    text = (
        "Team Lind sees the convention as a second chance.\n\n"
        "Ana Lind, the candidate, spoke for an hour on Monday. "
        '"We will win the harbour towns," Lind said.'
    )
    assert speaker_of(text, "harbour towns") == "Ana Lind"


def test_a_title_before_of_does_not_make_the_body_a_person():
    text = (
        "Dahlia Okoro is listed as the chairman of Harbour Patriots for Lind. "
        'Recently she announced on her page, "I am boarding the Lind train!"'
    )
    assert speaker_of(text, "Lind train") != "Harbour Patriots"


def test_pronoun_after_a_subject_with_a_lower_case_title_is_that_person():
    text = (
        '"It was a narrow win," said Tom Becker, the council leader.\n\n'
        "Former Ellery governor Owen Tarrant, one of the mayor's allies, was even "
        'more resolute. "Absolutely not," he said of a recount.'
    )
    assert speaker_of(text, "Absolutely not") == "Owen Tarrant"


def test_a_name_with_an_age_is_a_person_for_later_pronouns():
    text = (
        '"The march was peaceful," said Tom Becker, a spokesman for the city.\n\n'
        "Zoltan Aberash, 13, of Molde sold water on Main Street. He said he came up "
        'with the sign himself: "Water $1, shade for free."'
    )
    assert speaker_of(text, "shade for free") == "Zoltan Aberash"


def test_unattributed_quotation_after_a_newly_named_subject_is_theirs():
    text = (
        '"It has become a joke," said Fallon Ires, 20, a nursing student.\n\n'
        "Her friend Brenna Lockhart, 20, a history student from Molde, chimed in. "
        '"I never thought I would vote for the other side. Now I will."'
    )
    assert speaker_of(text, "vote for the other side") == "Brenna Lockhart"


def test_a_quoted_title_is_no_quote_but_a_title_case_claim_or_shout_is():
    text = (
        "Ines Harlow, the author, spoke at the harbour library on Monday.\n\n"
        'Her new book is out in May. "A Time for Harbours," Harlow said.\n\n'
        '"Ellery Is Our Home," Harlow said of the town.\n\n'
        '"WE WILL NOT MOVE," the crowd shouted back.'
    )
    texts = [q.text for q in extract_quotes(text)]
    assert not any(t == "A Time for Harbours" for t in texts)
    assert any("Ellery Is Our Home" in t for t in texts)
    assert any("WE WILL NOT MOVE" in t for t in texts)


def test_a_titled_name_of_a_state_is_the_person():
    text = (
        "Senators met on Tuesday to discuss the rules.\n\n"
        '"We should get rid of them entirely," said Sen. Tobias Wren of Oregon, '
        "the only senator to back the plan."
    )
    assert speaker_of(text, "get rid of them") == "Tobias Wren"


def test_as_for_a_name_then_a_pronoun_makes_that_name_the_speaker():
    text = (
        "Owen Tarrant warned against a contested vote. "
        '"That would be a disaster," the harbour master said.\n\n'
        "As for Tom Becker, he said he was not worried. "
        '"I think I will have the votes," he said.'
    )
    assert speaker_of(text, "have the votes") == "Tom Becker"


def test_a_name_before_a_role_and_a_full_name_is_whose_role_it_is():
    text = (
        "Ana Lind opened her campaign in Molde on Monday.\n\n"
        '"This is simple: the plan is dangerous," said Lind campaign manager Owen Tarrant.\n\n'
        '"The ferry will run on time," said former Ellery congressman Tom Becker.\n\n'
        "The council met again on Friday."
    )
    assert speaker_of(text, "plan is dangerous") == "Owen Tarrant"
    assert speaker_of(text, "ferry will run") == "Tom Becker"


def test_a_parenthetical_according_to_keeps_the_rest_of_the_sentence():
    text = (
        "The harbour has been quiet for months.\n\n"
        "Since last November, according to Harbour Watch, the port has lost more "
        "than 400 jobs to the new bridge."
    )
    quotes = [q for q in extract_quotes(text) if q.cue == "according to"]
    assert quotes and "lost more than 400 jobs" in quotes[0].text
    assert quotes[0].speaker == "Harbour Watch"


def test_a_source_with_a_relative_clause_is_not_the_rest_of_the_sentence():
    text = "The ferry was late again, according to Ana Ruiz, who runs the ticket office."
    quotes = [q for q in extract_quotes(text) if q.cue == "according to"]
    assert quotes and quotes[0].text == "The ferry was late again"


def test_a_label_pinned_by_the_reporter_is_no_key_quote_nor_on_a_person_page():
    """`described the address as "very disappointing"`: out of its sentence the words read
    wrongly under the speaker's name, so neither the story page nor the person's page shows
    them; the same speaker's statement still is a key quote."""
    from digest.models import Article
    from digest.quotes import merge_story_quotes
    from digest.quotes.merge import is_statement, key_quotes
    from digest.render.people import quotes_by_person
    from tests.stories import story_of

    paragraphs = (
        "Opposition leader Lee Jae-myung spoke after the speech on Tuesday night.",
        "Lee Jae-myung described the president's address as \"very disappointing and "
        'empty of any plan for the country."',
        '"We will hold the government to account for every promise it made," Lee Jae-myung said.',
    )
    article = Article(id="lee", source="lee.txt", title="", paragraphs=paragraphs)
    merged = merge_story_quotes([(article, extract_quotes(article.text))])
    label = next(q for q in merged if "disappointing" in q.text)
    statement = next(q for q in merged if "hold the government" in q.text)
    assert label.cue == "described"
    assert not is_statement(label)
    assert is_statement(statement)
    keys = key_quotes(merged, 5)
    assert statement in keys
    assert label not in keys
    story = story_of("lee", [article], quotes=merged, key_quotes=keys)
    listed = [q.text for q in quotes_by_person([story]).get("Lee Jae-myung", ())]
    assert any("hold the government" in text for text in listed)
    assert not any("disappointing" in text for text in listed)


def test_requests_beliefs_and_uncued_fragments_are_no_statements():
    """`asked the public to help find "..."`, `thought voters would ...` and a scare-quoted
    word with no cue are the reporter's sentences, not the speaker's statements."""
    from digest.models import QuoteType, StoryQuote
    from digest.quotes.merge import is_statement

    def quote(kind: QuoteType, cue: str | None) -> StoryQuote:
        return StoryQuote("words", "Ana Ruiz", kind, ("a",), ("Outlet",), cue=cue)

    assert is_statement(quote("direct", None))
    assert is_statement(quote("mixed", "said"))
    assert is_statement(quote("indirect", "told"))
    for cue in ("asked", "Urged", "thought", "believes", "called", "described", None):
        assert not is_statement(quote("mixed", cue)), cue
