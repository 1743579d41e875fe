"""Words a thing shows, however far back the thing stands before "reads", with an aside
after the verb, with a participle and "with the words", or right after "slogan"; an
office before the name in a chain with a relative clause; a court's ordinal after a
judge's name; a body set off by commas between a name and "who"; a body's name joined
by "and" before a relative clause; an office's long name, or its place, before the name
it sets off; "Late in the afternoon," opening a sentence. And where each must hold
back. Text of our own."""

from __future__ import annotations

from digest.quotes import extract_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def test_words_a_thing_shows_are_nobodys_statement() -> None:
    shown = [
        'A yellow sign at the top of the pass, peppered with birdshot, reads "Steep descent:'
        ' use low gear", and residents say five lorries have left the road.',
        "A hand-painted sign that farmers wired to a fence post a few metres from the break"
        ' last winter reads "Road in danger".',
        'A new board by the gate reads, in two languages, "Members only beyond this point".',
        'Many wore T-shirts printed with the words "Hands off the lido" to the meeting.',
        'Fans had hung a bedsheet over the fence with the words "Coach out" painted on it.',
        'A faded decal beside the hatch reads "DANGER: Flowing grain can kill".',
        'One fan account posted a picture of a T-shirt printed with the words "No Ana, no club".',
    ]
    for text in shown:
        assert _found(text) == [], text
    # a person who posts, ends a speech or reads out words says them
    spoken = [
        (
            "The club's captain, Ana Lind, posted a photograph of the badge online with the"
            " words: “Whatever happens upstairs, we play on Sunday.”",
            "Ana Lind",
        ),
        ('She ended her speech with the words "We will not be moved," Tom Hale said.', "Tom Hale"),
        (
            'The mayor, Ana Lind, reads "We will rebuild," from her notes every morning.',
            "Ana Lind",
        ),
    ]
    for text, speaker in spoken:
        assert [who for _, who in _found(text)] == [speaker], text


def test_an_office_before_the_name_in_a_chain_with_a_relative_clause() -> None:
    text = (
        "The state’s Secretary of Culture, Beatriz Altamirano Reyes, who presented the band"
        " with a plaque, said the village bands were “the true conservatories of this state”."
    )
    assert [who for _, who in _found(text)] == ["Beatriz Altamirano Reyes"]
    # a body with a relative clause speaks as itself, its whole name
    body = (
        "The national Bureau of Arts and Culture, which paid for the roof, said in a"
        " statement that the house was “the finest example of its kind”."
    )
    assert [who for _, who in _found(body)] == ["Bureau of Arts and Culture"]
    # two people joined by "and" before "who": not one body's name
    people = 'Ana Ruiz and Tom Hale, who run the mill, said it was "closing for good".'
    assert [who for _, who in _found(people)] != ["Ana Ruiz and Tom Hale"]


def test_a_judge_of_an_ordinal_court_and_a_name_set_off_from_its_body() -> None:
    judge = (
        "In her ruling, Judge Cláudia Maciel of the 14th Civil Court wrote that the lease had"
        " expired and that “cultural importance does not create a right of possession”."
    )
    assert [who for _, who in _found(judge)] == ["Cláudia Maciel"]
    crew = (
        "The first crew was led by firefighter Iván Díaz Prieto, of the regional emergency"
        " service, who described the scene:\n\n“When we got down to it, the bus was lying on"
        " its side against two chestnuts.”"
    )
    assert [who for _, who in _found(crew)] == ["Iván Díaz Prieto"]
    # "which" after the body set off: the body's own clause, the name still speaks
    body = (
        "Tom Hale, of the Ostby Mill Trust, which owns the building, said: “We are done with it.”"
    )
    assert [who for _, who in _found(body)] == ["Tom Hale"]


def test_an_office_named_at_length_before_the_name_it_sets_off() -> None:
    cases = [
        (
            "The Minister of Agriculture, Rural Development and Environment, Marinos"
            " Hadjipetrou, came out to speak to the farmers and later told reporters that"
            " inspectors had taken samples from “every major dairy” since January.",
            "Marinos Hadjipetrou",
        ),
        (
            "The minister responsible for transport, Bárður á Rógvi, told reporters that the"
            ' ferry routes would be "reviewed, not closed".',
            "Bárður á Rógvi",
        ),
        (
            "The provincial director for Mineral Resources and Energy in Tete, Carlos"
            " Chaúque, told reporters that a team would visit “this week, not next month”.",
            "Carlos Chaúque",
        ),
    ]
    for text, speaker in cases:
        assert [who for _, who in _found(text)] == [speaker], text
    # a place ending the description, no name after it: the description's head speaks
    # for itself, no place does
    place = "The director of the museum in Tete said the roof was “beyond repair”."
    assert [who for _, who in _found(place)] != ["Tete"]


def test_a_time_phrase_opening_the_sentence_before_its_subject() -> None:
    text = (
        'Kenrick Flowers said the season was "too short by half".\n\n'
        "Late in the afternoon, James Young weighed his sacks on the co-op scale: 31 pounds"
        " of tails between the two brothers.\n\n"
        '"A bad Christmas, but not the worst one," he said.'
    )
    assert [who for _, who in _found(text)] == ["Kenrick Flowers", "James Young"]


def test_a_slogan_in_marks_is_nobodys_statement() -> None:
    text = (
        'Supporters, with the slogan "Leave the cape to the birds", sang outside the hall'
        " until after midnight."
    )
    assert _found(text) == []
    appositive = 'Splitly\'s slogan, "Pay in three, smile in one", drew complaints last year.'
    assert _found(appositive) == []
    # a speaker who says a slogan aloud is quoted as usual
    said = 'Ana Lind said: "Our slogan is simple. We stay."'
    assert [who for _, who in _found(said)] == ["Ana Lind"]


def test_a_name_set_off_after_an_office_in_a_sentence_opening_with_a_time_phrase() -> None:
    text = (
        "“We used the minimum force necessary,” Tom Hale said.\n\n"
        "Later in the afternoon the state’s Personnel and Administrative Reforms Minister,"
        " Vikho Kire, met the protesters. Afterwards he told reporters that the results would"
        " be published “before the end of September”."
    )
    assert [who for _, who in _found(text)] == ["Tom Hale", "Vikho Kire"]
    # a place after a place opening the sentence is still skipped for the name after it
    place = "In Kochi, Yumiko Tanabe, 72, said the ferry was “late every single day”."
    assert [who for _, who in _found(place)] == ["Yumiko Tanabe"]


def test_statements_about_things_that_show_words_are_still_quoted() -> None:
    spoken = [
        (
            'Johnson said of the slogan: "I stand by every word of it, and so does the party."',
            "Johnson",
        ),
        (
            'Opposition leader Ana Ruiz called the slogan "deeply offensive to every family'
            ' who lost someone."',
            "Ana Ruiz",
        ),
        ('Police said the decals "were found on at least a dozen cars" in the area.', "Police"),
        (
            "The hospital posted a photo of the nurses' badges with the words: \"Thank you for"
            ' everything you do."',
            "The hospital",
        ),
        (
            'Tom Hale handed in his notice with the words "I have had enough of this place."',
            "Tom Hale",
        ),
        (
            'The retailer withdrew the T-shirts on Monday, saying, in a statement, "We'
            ' apologise for any offence caused."',
            "The retailer",
        ),
        (
            'School board president Ana Ruiz read, in a shaking voice, "We have lost'
            ' confidence in the superintendent."',
            "Ana Ruiz",
        ),
        (
            "The police statement on the graffiti, which appeared overnight on the wall,"
            ' reads: "This is being treated as a hate crime."',
            "The police statement",
        ),
        (
            'Ana Ruiz, who chairs the school board, reads, in a quiet voice, "We failed these'
            ' children."',
            "Ana Ruiz",
        ),
        ("Early voting was heavy, Dana Kim said.", "Dana Kim"),
    ]
    for text, speaker in spoken:
        assert [who for _, who in _found(text)] == [speaker], text


def test_bodies_lists_and_places_around_a_name_set_off_by_commas() -> None:
    cases = [
        (
            'Greater Manchester Police, who arrested Tom Hale, 34, of Lind, said: "He was armed."',
            "Greater Manchester Police",
        ),
        (
            'The couple, Tom and Ana Hale, of Ostby, lost their home in the fire and said: "We'
            ' have nothing left."',
            "The couple",
        ),
        (
            "At the Office of the Chief Minister, Kohima, Neiphiu Rio met the students and"
            ' said: "We will act."',
            "Neiphiu Rio",
        ),
        (
            "Following talks with the Chief Minister, Neiphiu Rio, the delegation left Kohima"
            ' and said: "We are hopeful."',
            "the delegation",
        ),
        (
            'Early Childhood Minister Ana Ruiz, 45, met parents and said: "Places will double."',
            "Ana Ruiz",
        ),
        (
            'The Ministry of Health and Dr Boateng, who leads the campaign, said: "Vaccines work."',
            "Boateng",
        ),
        (
            'The owner of the restaurant, Ruiz, Casa Blanca, said business was "down by half".',
            "Ruiz",
        ),
    ]
    for text, speaker in cases:
        assert [who for _, who in _found(text)] == [speaker], text
    for text in (
        'The district office for Water and Sanitation in Gulu, Uganda, said: "Wells are dry."',
        'A spokesman for Ostby Fire and Rescue in Lind, Norway, said: "Two people died."',
    ):
        assert [who for _, who in _found(text)] == [None], text


def test_documents_people_and_places_around_the_mended_rules() -> None:
    # a document that "reads, in part," with a board or a cap in its clause; a person
    # named by the surname alone who reads out; a headline ending in "slogan"
    spoken = [
        (
            'The complaint filed with the state medical board reads, in part, "Dr. Hale'
            ' prescribed opioids without examination."',
            "The complaint filed with the state medical board",
        ),
        (
            'The ordinance, which caps rent increases at 5 percent, reads, in part, "No'
            ' landlord shall raise rent more than once a year."',
            "The ordinance",
        ),
        (
            'Ruiz, who chairs the school board, reads, in a quiet voice, "We failed these children."',
            "Ruiz",
        ),
        ('Asked about the slogan, "It was never meant to offend," Smith said.', "Smith"),
        (
            'Party unveils new slogan\n\n"We are ready to govern," said party leader Tom Reid.',
            "Tom Reid",
        ),
        (
            "At a meeting with the Chief Secretary, Kohima, convened on Friday, the union"
            ' leader, Vikho Kire, called off the strike and said: "We have been heard."',
            "Vikho Kire",
        ),
        (
            "The Minister of Education, Science and Technology, Prof. George Magoha, visited"
            ' the school and said: "Exams will go on."',
            "George Magoha",
        ),
    ]
    for text, speaker in spoken:
        assert [who for _, who in _found(text)] == [speaker], text
    # a region of two words after the place is no person; a person others are "of" is
    # not whom the relative clause after the body means
    region = (
        "The chief medical officer for Health and Family Welfare in Lucknow, Uttar Pradesh,"
        ' told reporters that beds were "running out".'
    )
    assert [who for _, who in _found(region)] == [None]
    neighbours = (
        'Police questioned neighbours of Tom Hale of the Ostby Road estate, who said: "He'
        ' kept to himself."'
    )
    assert "Tom Hale" not in [who for _, who in _found(neighbours)]
    # words a thing shows: lower case on a banner, a flag bearing them, a sign after a
    # phrase of place
    for text in (
        'Fans held up a banner "bring back Ruiz" during the second half.',
        'Fans unfurled a banner bearing the words "we will never forget you, Ana" in the 80th minute.',
        'In Kohima, a yellow sign at the top of the pass, peppered with birdshot, reads "Steep'
        ' descent: use low gear".',
    ):
        assert _found(text) == [], text
