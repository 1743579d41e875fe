"""Who speaks where the paragraph under an uncued quotation says its speaker "said this",
an office is written in capitals before the name, a statement is read out from its
writer, or a group speaks after "and"; and where each of those rules must hold back.
Invented text throughout."""

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
    # "this" heading a phrase ("this week", "this morning", "this plan") or opening the
    # words that follow ("said this:") says nothing of the quotation; nor does someone
    # else's "said", a denial, or a name no list knows with no age after it
    for under in (
        "Margaret Olsen said this week that the ferry would run again in May.",
        "Margaret Olsen said this morning that the bridge would stay shut.",
        "Margaret Olsen, 61, said this spring at the hall that it would stay shut.",
        'Margaret Olsen, 61, said this: "We built the levee ourselves."',
        "Margaret Olsen, 61, disagreed with the man who said this at the meeting.",
        "Margaret Olsen, 61, wept when the minister said this.",
        "Margaret Olsen, 61, denied that she had ever said this.",
        "Dorje Wangchuk said this standing beside his truck.",
    ):
        assert _speakers(quotation + under + "\n")[0][1] is None, under


def test_a_name_after_a_who_clause_may_name_the_clauses_own_noun() -> None:
    # "The farmer who supplies the chain, Greenvale Market,": the chain's name, no one's
    text = (
        "The farmer who supplies the chain, Greenvale Market, spoke on Monday.\n\n"
        '"They pay us ninety days late," he said.\n'
    )
    assert _speakers(text)[0][1] != "Greenvale Market"


def test_an_office_in_capitals_before_the_persons_name_is_no_name() -> None:
    text = (
        "The Chief Town Planner, Beverley Clarke-Skeete, said in a statement that the"
        ' permit had been issued because the warehouse "is not among the listed'
        ' buildings".\n\n"We will look at it again," Clarke-Skeete said.\n'
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Beverley Clarke-Skeete"] * 2
    # the same words as a surname after a first name or a title stay a person's
    for name, pronoun in (
        ("Ruth Planner", "she"),
        ("Dr Ruth Auditor", "she"),
        ("Owen Surveyor", "he"),
    ):
        text = (
            f"{name}, a nurse, has lived on Mill Lane for twenty years.\n\n"
            f'"I have stopped unpacking the boxes," {pronoun} said.\n'
        )
        assert _speakers(text)[0][1] == name.removeprefix("Dr "), name


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
    # a reader's own cue or clause after the reading: the reader's words
    for after in (
        "who had read a letter from Tomas Brekke, replied:",
        "read a statement from Tomas Brekke, the council leader, and then gave her own view:",
    ):
        text = f'Mayor Joan Harte, {after}\n\n"We will not close the pool this summer."\n'
        assert _speakers(text)[0][1] == "Joan Harte", after


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
