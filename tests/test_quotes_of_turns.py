"""Turns of an interview written as a transcript: a question of one or two words in a
paragraph of its own is a turn, not a scare quote; once uncued turns have been
taken, a third person cutting in with a cue does not take the next uncued paragraph
as more of their words, and the answerer's reply to them keeps the turns going.
Invented texts."""

from __future__ import annotations

from digest.quotes import extract_quotes
from tests.quotes import quote_with, speaker_of

_PODCAST = (
    "Lindiwe Chirwa repairs radios at a market stall in Mzuzu, and spoke to Agnes Mhango, "
    "who hosts a weekly programme on small traders.\n\n"
    '"Lindiwe, how many radios have you mended?" Mhango asked.\n\n'
    '"More than my mother has cooked meals, she says. I stopped counting."\n\n'
    '"Why radios?"\n\n'
    '"Because my father kept one by his bed and it broke when I was nine. Nobody could '
    'open it but me."\n\n'
    '"Who showed you?"\n\n'
    '"Nobody. A screwdriver and a lot of patience, and one radio I ruined completely."\n\n'
    "Her nephew, Kondwani Banda, 19, who now runs a stall of his own, sat in. "
    '"She ruined two. I was there for the second one," he said.\n\n'
    '"That is not true. It is also not false."\n\n'
    '"Do you make money from it?"\n\n'
    '"Enough to pay for my daughter\'s school. Not enough to buy a new radio."'
)


def test_a_short_question_alone_is_a_turn():
    texts = [q.text for q in extract_quotes(_PODCAST)]
    assert "Why radios?" in texts
    assert speaker_of(_PODCAST, "Why radios?") == "Agnes Mhango"
    assert speaker_of(_PODCAST, "Because my father") == "Lindiwe Chirwa"
    assert speaker_of(_PODCAST, "Who showed you?") == "Agnes Mhango"
    assert speaker_of(_PODCAST, "A screwdriver") == "Lindiwe Chirwa"


def test_a_short_phrase_in_marks_inside_prose_is_still_no_quote():
    text = (
        'The stall has a sign reading "Why not?" above the counter, and a radio that plays all day.'
    )
    assert extract_quotes(text) == []


def test_after_someone_cuts_in_the_next_uncued_paragraph_is_the_answerers():
    texts = [q.text for q in extract_quotes(_PODCAST)]
    # not joined to the nephew's words
    assert "That is not true. It is also not false." in texts
    assert speaker_of(_PODCAST, "She ruined two") == "Kondwani Banda"
    assert speaker_of(_PODCAST, "That is not true") == "Lindiwe Chirwa"
    assert speaker_of(_PODCAST, "Do you make money") == "Agnes Mhango"
    assert speaker_of(_PODCAST, "Enough to pay") == "Lindiwe Chirwa"


def test_outside_a_transcript_a_speakers_next_paragraph_is_still_theirs():
    text = (
        "The council leader, Ruth Okafor, defended the cuts on Monday.\n\n"
        '"We had no choice. The grant was halved and the bills were not," Okafor said.\n\n'
        '"I would rather close a building than close a service for good."'
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ruth Okafor"
    assert "close a service" in quotes[0].text


_HEARING = (
    "Tendai Moyo, 31, told the labour court that she was dismissed after she reported a "
    "missing pallet.\n\n"
    "Her supervisor, Farai Ncube, who left the firm in June, told an inquiry in April: "
    '"I do not recall any conversation about a pallet."\n\n'
    "Under cross-examination by the company's advocate, Simba Dube, Moyo accepted that "
    "she had been late four times.\n\n"
    '"Four times in a month, Ms Moyo. Is that a good record?" Dube asked.\n\n'
    '"It is not. It is the same record as everybody on my shift."\n\n'
    '"The court has the records. Please move on," said the judge, Rudo Chikore.\n\n'
    "The personnel officer, Ruvimbo Sithole, told the court the word had meant "
    '"lateness and nothing else".\n\n'
    'Moyo\'s lawyer, Nyasha Marufu, said the email was "the whole case".\n\n'
    '"Then why did you write to the director and not to her supervisor?" Marufu asked.\n\n'
    '"Because the director asked to hear about every difficult worker."\n\n'
    '"How many others did you tell him about?"\n\n'
    '"I do not remember."'
)


def test_a_question_that_calls_someone_by_name_is_answered_by_them():
    # the supervisor was named last before the question, but the question calls Moyo
    assert speaker_of(_HEARING, "It is not. It is the same record") == "Tendai Moyo"


def test_a_new_asker_opens_new_turns():
    assert speaker_of(_HEARING, "Because the director asked") == "Ruvimbo Sithole"
    assert speaker_of(_HEARING, "How many others") == "Nyasha Marufu"
    assert speaker_of(_HEARING, "I do not remember") == "Ruvimbo Sithole"


def test_a_place_written_only_after_in_or_of_is_no_she():
    # "Mae" is a woman's first name, but the text writes "Mae Kon" only as a place
    text = (
        "The school's founder, Naw Eh Htoo, moved to the border town of Mae Kon in 2015.\n\n"
        "Naw Eh Htoo said the school had started selling the pupils' drawings at a café "
        "in Mae Kon. She took a call from a parent while she was speaking.\n\n"
        '"He asks if he should buy the uniform for next year. I told him yes," she said.'
    )
    assert speaker_of(text, "buy the uniform") == "Naw Eh Htoo"


def test_a_role_at_a_body_before_a_name_is_the_names():
    texts = [
        "An engineer at Lindholm University, Karsten Vejle, said such faults were "
        '"extremely rare", and that the bolts were the likeliest cause.',
        "A flood-risk engineer at Vestby Coastal Research Centre, Mette Skov Aagaard, said "
        'the dune had "held for now", and that the next storm would test it.',
    ]
    assert speaker_of(texts[0], "extremely rare") == "Karsten Vejle"
    assert speaker_of(texts[1], "held for now") == "Mette Skov Aagaard"


def test_a_reporter_for_a_paper_asks_and_the_one_asked_answers():
    text = (
        "Irena Vasko, 68, won the mayoral election on Sunday by 300 votes.\n\n"
        "Her opponent's campaign manager, Dana Keller, said the mayor had been beaten "
        '"by someone who knows every family".\n\n'
        "At a news conference on Monday, Vasko was asked first about her age.\n\n"
        '"You are 68. Will you serve the full term?" asked a reporter from the regional daily '
        "Horna Vesna.\n\n"
        '"I will serve until the clinic reopens. After that, the town can decide," she said.'
    )
    question = quote_with(text, "serve the full term")
    assert question.speaker == "a reporter from the regional daily Horna Vesna"
    assert speaker_of(text, "until the clinic reopens") == "Irena Vasko"
    # a spokesman's body still speaks through him
    text = 'A spokesman for the Horna Vesna Trust said the paper was "not for sale".'
    assert speaker_of(text, "not for sale") == "Horna Vesna Trust"


def test_a_relatives_name_with_jr_and_an_age_before_a_relative_clause_speaks():
    text = (
        "His son, Aldo Breaux Jr., 46, who has run the farm since 2019, said the family had "
        'spent "$38,000 on diesel" this spring.'
    )
    assert speaker_of(text, "38,000 on diesel") == "Aldo Breaux Jr"


def test_honorifics_of_africa_and_myanmar_are_no_part_of_the_name():
    text = (
        "The club's president, Pa Etienne Nkwi Tabi, 68, a retired cooperative manager, pays "
        'the team\'s travel. He said he had sold "two bags of coffee for the bus" last week.'
    )
    assert speaker_of(text, "two bags of coffee") == "Etienne Nkwi Tabi"
    text = 'The chairman, Hajji Yusuf Kaweesa, said the riders had "no quarrel with order".'
    assert speaker_of(text, "no quarrel") == "Yusuf Kaweesa"
    text = 'The head teacher, Daw Mya Thida, said the school was "still open".'
    assert speaker_of(text, "still open") == "Mya Thida"


def test_a_bodys_name_with_and_in_it_speaks_whole_and_is_no_she():
    text = (
        "The singer Rehema Juma Khamis died on Friday.\n\n"
        'The Ministry of Culture and Heritage said she had been "a living library of songs".\n\n'
        "Asked in 1998 when she would stop performing, she said: "
        '"When the wedding guests stop crying, I will stop singing."'
    )
    assert speaker_of(text, "a living library") == "The Ministry of Culture and Heritage"
    assert speaker_of(text, "wedding guests") == "Rehema Juma Khamis"
    # two people joined by "and" are no body's name
    text = 'Simon Lake and Rosa Vale said they had been "friends for forty years".'
    assert speaker_of(text, "friends for forty years") != "Simon Lake and Rosa Vale"
    # nor are two groups of one word each
    text = 'Republicans and Democrats said the bill was "a good start" on Tuesday.'
    assert speaker_of(text, "a good start") != "Republicans and Democrats"


def test_a_name_after_a_long_relative_clause_ending_in_no_noun_speaks():
    text = (
        "The 71-year-old retired signalman who restored the line's first carriage in a "
        "borrowed shed in 1994 and has driven the works train on most Sundays since, "
        'Wojciech Brzozowski, said the society had "never faced a bill like this".'
    )
    assert speaker_of(text, "never faced a bill") == "Wojciech Brzozowski"
    # no "who" before the comma: a clause of its own, no description's name
    text = (
        "The line has run on most Sundays since, Wojciech Brzozowski said, and the society "
        'had "never faced a bill like this".'
    )
    assert speaker_of(text, "never faced a bill") == "Wojciech Brzozowski"


def test_where_a_body_is_is_no_part_of_who_speaks():
    text = (
        "The bone was found in March, according to the Museo del Alto Valle in Esquel, "
        'which said it was "among the largest yet found". It goes on show in Esquel in May.'
    )
    assert speaker_of(text, "among the largest") == "the Museo del Alto Valle"
    # a name that ends in "in" and more capitals, where nothing says they are a place
    text = 'A spokeswoman for the Campaign for Women in Science said it was "a disaster".'
    assert speaker_of(text, "a disaster") == "A spokeswoman for the Campaign for Women in Science"
    text = 'A man in Esquel said the bone was "older than the hills".'
    assert speaker_of(text, "older than the hills") == "A man in Esquel"


def test_review_mends_of_this_rounds_quote_rules():
    # after the interview, a speaker's next paragraph is still theirs
    text = _PODCAST + (
        "\n\nLater in the evening the market's treasurer, Pavel Novak, spoke about fees.\n\n"
        '"We have a gap of forty thousand kwacha this year," Novak said.\n\n'
        '"Nobody in this market will lose a stall over it, and I will say so to the council."'
    )
    novak = [q for q in extract_quotes(text) if "forty thousand" in q.text]
    assert len(novak) == 1 and "lose a stall" in novak[0].text
    assert novak[0].speaker == "Pavel Novak"
    # a name beside a description in the question is spoken of, not to
    hearing = (
        "Grace Phiri, a packer, told the tribunal she had worked unpaid overtime.\n\n"
        '"Did you ever raise the overtime with your manager, Joseph Tembo?" Mwale asked.\n\n'
        '"Twice, in writing. Nobody answered either letter."'
    )
    assert speaker_of(hearing, "Twice, in writing") == "Grace Phiri"
    # "from" and "at" stand before people too: no place made of a person
    text = (
        "Harlow Town brought in Dana Price as head coach in May. A call from Dana Price "
        'came at dawn. She said the squad was "fitter than it has been in years".'
    )
    assert speaker_of(text, "fitter than") == "Dana Price"
    # a given name that is also an honorific, before a name of one word
    text = 'Ma Jun, the director of an environmental group, said the river was "dying".'
    assert speaker_of(text, "dying") == "Ma Jun"
    # outside an interview, a short question in marks is a banner's, no one's turn
    text = (
        '"We had no choice. The grant was halved," Okafor said.\n\n"Why us?"\n\n'
        "That was the question painted on a banner outside the library on Tuesday."
    )
    assert "Why us?" not in [q.text for q in extract_quotes(text)]
    # a body and a person joined by "and" are not one body
    text = 'The Ministry of Health and Amina Yusuf said the clinics were "ready".'
    assert speaker_of(text, "ready") != "The Ministry of Health and Amina Yusuf"
    # a phrase before "who" that is the object, not the sentence's opening, names nobody
    text = (
        "Police thanked the neighbours who ran out with buckets and stayed until dawn, "
        'Ana Costa, said on Monday that the fire was "out by six".'
    )
    assert speaker_of(text, "out by six") != "Ana Costa"
