"""Who speaks where a priest's short title, an aside before a coordinated cue, a party
before a name, a statement read into the record, a passive sentence's doer, a family's
two forms of its name, a coordinated cue after an office, or "That was NAME" under the
quotation stands in the way; and where each of those rules must hold back. Invented text
throughout."""

from digest.quotes.assembly import extract_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in extract_quotes(text)]


def test_a_priests_short_title_with_its_stop_is_no_speaker() -> None:
    text = (
        '"We ran down to the jetty with the altar boys," said Fr. Anselm Varghese, the'
        " vicar of the parish.\n\n"
        '"The boats had done most of the work by then," Fr. Varghese said.\n'
    )
    assert _speakers(text) == [
        ("We ran down to the jetty", "Anselm Varghese"),
        ("The boats had done most ", "Anselm Varghese"),
    ]


def test_a_cue_after_and_and_an_aside_is_the_first_verbs_subjects() -> None:
    text = (
        "Dr Liesma Kalnina was the last to leave the ward. She hung her coat on its hook"
        " and, on the way out, told the porter: \u201cLeave it there. Someone will need"
        " it.\u201d\n"
    )
    assert _speakers(text) == [("Leave it there. Someone ", "Liesma Kalnina")]


def test_a_party_before_a_name_no_list_knows_is_not_the_name() -> None:
    for party in ("Liberal Democrat", "Labour", "Independent"):
        text = (
            f"{party} Seonaid Brodie, who held the seat by 38 votes, said the night had"
            " been grim for her party.\n"
        )
        assert _speakers(text) == [("the night had been grim ", "Seonaid Brodie")]
    # a first name the lists know, and a body's name, keep their first word
    text = "Tory Lee Burch said the shop would close.\n"
    assert _speakers(text) == [("the shop would close", "Tory Lee Burch")]
    text = "The Green Bay Packers said the stadium would reopen on Sunday.\n"
    assert _speakers(text) == [("the stadium would reopen", "Green Bay Packers")]


def test_a_report_read_into_the_record_reads_out_nothing_itself() -> None:
    text = (
        "According to the Harbour Safety Board, whose report was read into the record,"
        " the trawler had been carrying more pots than its papers allowed, which left"
        ' her "less able to recover from a large roll".\n'
    )
    assert _speakers(text) == [("the trawler had been car", "the Harbour Safety Board")]
    # what was read, right after the comma, is a quotation still
    text = 'A letter from Omar Dey was read to the court, "I am deeply sorry for what I did."\n'
    assert _speakers(text) == [("I am deeply sorry for wh", "A letter from Omar Dey")]


def test_the_doer_a_passive_sentence_brings_in_takes_the_next_he() -> None:
    text = (
        "Dr Ingrid Solvang led the survey of the gulls.\n\n"
        "Tomasz Wierzba, a retired ferryman, said he had been counting nests for"
        ' years "for nobody but myself".\n\n'
        "The maps of the colony were drawn by Dr Solvang's husband, Dr Arne Solvang, a"
        " surveyor at the same institute.\n\n"
        '"The gulls never once looked at my maps," he said.\n'
    )
    assert _speakers(text)[-1] == ("The gulls never once loo", "Arne Solvang")


def test_a_family_named_in_both_forms_gives_genders_where_the_lists_do_not() -> None:
    text = (
        "Across the lane lives Dilfuza Rakhimova, 41, whose husband, Bakhtiyor Rakhimov,"
        " is still in Kazan. He has not sent money since March.\n\n"
        "His last letter arrived in May. Rakhimova unfolded it on Sunday and read it"
        " aloud. He wrote:\n\n"
        '"Do not worry about me. There is work for one day, then none for three, but I'
        ' eat."\n'
    )
    assert _speakers(text) == [("Do not worry about me. T", "Bakhtiyor Rakhimov")]
    text = (
        "Jana Nováková waited at the station. Petr Novák arrived on the late train."
        ' "We had not met in years," he said.\n'
    )
    assert _speakers(text) == [("We had not met in years", "Petr Novák")]
    # "Martina" and "Martin" are not one family's forms
    text = (
        "Cuco Martina, a defender, joined from Ajax. Dion Martin signed him. Martina said he"
        ' was happy. "It is a big club," he said.\n'
    )
    assert _speakers(text)[-1] == ("It is a big club", "Cuco Martina")


def test_that_was_a_named_person_credits_the_quotation_above_it() -> None:
    quote = '"We counted every paper twice. Let anyone who doubts it count them again."\n\n'
    text = quote + (
        "That was the district returning officer, Simon Okello Mukasa, shortly after he"
        " declared the result.\n"
    )
    assert _speakers(text) == [("We counted every paper t", "Simon Okello Mukasa")]
    for sentence in ("That was a long night for everyone.", "That was the board's answer."):
        assert _speakers(quote + sentence + "\n") == [("We counted every paper t", None)]
    # two quotations in the paragraph, the last is the one named
    two = '"We counted every paper twice." "Then we counted them all again."\n\n'
    text = two + "That was the returning officer, Simon Okello Mukasa, speaking at dawn.\n"
    assert _speakers(text)[-1] == ("Then we counted them all", "Simon Okello Mukasa")


def test_a_passive_doer_takes_no_he_from_a_body_a_report_or_mid_paragraph() -> None:
    texts = [
        # a body as the doer
        "Omar Dey, a baker, opened early.\n\nThe bread was delivered by the Northfield"
        " Millers Cooperative.\n\n"
        '"It arrived stale," he said.\n',
        # the passive is what someone reports
        "Omar Dey runs the shop. The shirt had been signed by Aron Vale, the shop's owner"
        ' said. "I bought it in 1998," he said.\n',
        # a sentence in the middle of a speaker's paragraph
        'Omar Dey, the curator, showed us round. "This room is my favourite," he said. The'
        ' mural was painted by Jon Berg in 1950. "It took him three years," he said.\n',
    ]
    for text in texts:
        assert _speakers(text)[-1][1] == "Omar Dey", text


def test_a_coordinated_cue_after_an_office_with_and_in_it_is_the_holders() -> None:
    text = (
        "Quebec's Minister of Transport and Sustainable Mobility, Nathalie Brassard-Ouimet,"
        ' posted on Facebook that she had "spoken to both parties this morning" and urged'
        ' them to "get back to the table today".\n'
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Nathalie Brassard-Ouimet"] * 2
    # the first cue in a clause of its own is not the one "and" joins
    for text in (
        'When Tom Reed announced the closure, Sara Holm stood up and said "this town'
        ' deserves better."\n',
        "Sara Holm, whom Tom Reed said he trusted, walked out of the meeting and told"
        ' reporters "I have never trusted him."\n',
    ):
        assert _speakers(text)[-1][1] == "Sara Holm", text
