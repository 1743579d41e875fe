"""Who speaks where the paragraph under an uncued quotation says its speaker "said this",
and where a name no first-name list knows is set off after a person's noun and its
"who" clause; and where each of those rules must hold back. Invented text throughout."""

from digest.quotes.assembly import extract_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in extract_quotes(text) if q.type != "indirect"]


def test_said_this_under_a_quotation_names_its_speaker() -> None:
    quotation = '"Every spring we lose the road to the river, and every spring we wait."\n\n'
    for under in (
        "Dorje Wangchuk, 61, a herder from Tashigang, said this standing beside his truck.",
        "Margaret Olsen said this as the water rose behind her.",
    ):
        speakers = _speakers(quotation + under + "\n")
        assert speakers[0][1] == under.split(",")[0].split(" said")[0], under
    # "this" heading a phrase ("this week", "this plan") says nothing of the quotation,
    # and a name no list knows with no age after it is nobody's for sure
    for under in (
        "Margaret Olsen said this week that the ferry would run again in May.",
        "Dorje Wangchuk said this standing beside his truck.",
    ):
        assert _speakers(quotation + under + "\n")[0][1] is None, under


def test_a_name_set_off_after_a_persons_noun_and_its_clause_is_a_person() -> None:
    text = (
        "Afiavi Kpodo, who sells cloth by the gate, was in tears. \u201cThey came at"
        " dawn,\u201d she said.\n\n"
        "The neighbour who raised the alarm, Sèna Houénou, sells fish two rows away."
        " \u201cI saw the bulldozer and I ran,\u201d she said.\n"
    )
    assert _speakers(text) == [
        ("They came at dawn", "Afiavi Kpodo"),
        ("I saw the bulldozer and ", "Sèna Houénou"),
    ]
    # after a thing's noun and its "which" clause, or with the clause cut by a comma,
    # the unknown name stays no one's for sure
    text = (
        "Afiavi Kpodo, who sells cloth by the gate, was in tears. \u201cThey came at"
        " dawn,\u201d she said.\n\n"
        "The market, which the council built in 1998, Sèna Houénou, sells fish two rows"
        " away. \u201cI saw the bulldozer and I ran,\u201d she said.\n"
    )
    assert _speakers(text)[1][1] != "Sèna Houénou"


def test_an_office_in_capitals_before_the_persons_name_is_no_name() -> None:
    text = (
        "The Chief Town Planner, Beverley Clarke-Skeete, said in a statement that the"
        ' permit had been issued because the warehouse "is not among the listed'
        ' buildings".\n\n"We will look at it again," Clarke-Skeete said.\n'
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Beverley Clarke-Skeete"] * 2


def test_a_statement_read_from_its_writer_is_the_writers() -> None:
    text = (
        "Inspector Dueck then read a statement from Flett's wife, Marlene Flett, who stayed"
        ' at home with their grandchildren:\n\n"Ray, if you can hear this on the radio, hang'
        ' on. The whole community is out looking for you."\n'
    )
    assert _speakers(text)[0][1] == "Marlene Flett"
    # the reading done before the speaking: the reader's own words
    text = (
        "The mayor, who read a letter from the council on Friday, said:\n\n"
        '"We will not close the pool this summer."\n'
    )
    assert _speakers(text)[0][1] != "the council"


def test_a_group_after_and_speaks_in_its_own_clause() -> None:
    for group in ("officials", "local residents"):
        text = (
            f"A storm has wrecked forty boats in the harbour, and {group} said on Monday that"
            ' the port was "closed until further notice".\n'
        )
        assert _speakers(text)[0][1] == group
    # an unknown group gives no one rather than the storm; a verb after "and" is no group
    text = (
        "A brown bear has wrecked forty hives in two nights, and beekeepers said on Monday"
        ' that the state was "counting bears while we count our losses".\n'
    )
    assert _speakers(text)[0][1] is None
    text = 'Mayor Ann Lee toured the harbour and said the port was "closed until further notice".\n'
    assert _speakers(text)[0][1] == "Ann Lee"
