"""Words a thing shows, however far back the thing stands before "reads", with an aside
after the verb, or "with the words" after it; a first name only someone's quotation
writes alone; an office before the name in a chain with a relative clause; a court's
ordinal after a judge's name; a body set off by commas between a name and "who"; a
body's name joined by "and" before a relative clause. And where each must hold back.
Text of our own."""

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


def test_a_first_name_only_a_quotation_writes_alone_does_not_set_a_relative_apart() -> None:
    text = (
        "The driver, Juan Fernández Álvarez, 58, spoke from the hospital.\n\n"
        "“I heard the mountain before I saw it,” he said.\n\n"
        "Fernández, who has driven the route for sixteen years, said he had told the"
        " children to “hold on to the seat in front”.\n\n"
        "“He told me, ‘Mamá, Juan said we were brave,’” one mother said.\n\n"
        "Fernández’s daughter, Noelia Fernández Ordóñez, is a nurse at the hospital."
    )
    speakers = [who for _, who in _found(text)]
    # the bare surname is no longer the daughter's (two of that first surname: it stays
    # as written, no one's full name)
    assert speakers[:2] == ["Juan Fernández Álvarez", "Fernández"]
    # the report's own first name still sets him apart: the bare surname is then the
    # relative's whom the report never calls by her first name
    named = text.replace(
        "one mother said.", "one mother said.\n\nJuan, as the children call him, waved."
    )
    assert [who for _, who in _found(named)][1] == "Noelia Fernández Ordóñez"


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
            "The provincial director for Mineral Resources and Energy in Tete, Benedito"
            " Chaúque, told reporters that a team would visit “this week, not next month”.",
            "Benedito Chaúque",
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
