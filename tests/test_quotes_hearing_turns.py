"""Turns in a hearing: counsel's "I put it to you that ..." in marks of its own, and a
question put without marks before the answers in marks. Invented text throughout."""

from digest.quotes.assembly import extract_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in extract_quotes(text) if q.type == "direct"]


def test_counsels_challenge_in_marks_of_its_own_is_the_askers_turn() -> None:
    text = (
        '"So your drawings were made from photographs?" Pellow asked.\n\n'
        '"From photographs and from the survey plans," Anstey said.\n\n'
        '"I put it to you that you were hired to reach a conclusion, not to test one."\n\n'
        '"You can put it to me. I have given evidence to panels for twenty years and I '
        'have recommended approval more often than refusal."\n'
    )
    assert _speakers(text) == [
        ("So your drawings were ma", "Pellow"),
        ("From photographs and fro", "Anstey"),
        ("I put it to you that you", "Pellow"),
        ("You can put it to me. I ", "Anstey"),
    ]


def test_answers_in_marks_after_a_question_put_without_them_take_turns() -> None:
    text = (
        '"We were told the road was finished. Where is the road?" the chairman, Emeka'
        " Obi, asked the contractor's director, Obiora Nwankwo.\n\n"
        '"The road is in the bush because the money is in the ministry," Nwankwo'
        " replied.\n\n"
        "A member of the committee, Hon. Zainab Bello Yakasai, asked how much of the "
        "N2.1 billion had been spent on the site.\n\n"
        '"About half of it, Honourable. The rest went into equipment."\n\n'
        '"Equipment which is where?"\n\n'
        '"Some is in our yard in Onitsha. Some was moved to another site."\n'
    )
    assert _speakers(text) == [
        ("We were told the road wa", "Emeka Obi"),
        ("The road is in the bush ", "Obiora Nwankwo"),
        ("About half of it, Honour", "Obiora Nwankwo"),
        ("Equipment which is where", "Zainab Bello Yakasai"),
        ("Some is in our yard in O", "Obiora Nwankwo"),
    ]


def test_a_question_without_marks_by_whoever_spoke_last_passes_no_turn() -> None:
    text = (
        '"We will publish the figures in May," said the minister, Ines Carvalho.\n\n'
        "Carvalho asked why the board had waited so long.\n\n"
        '"Nobody told us the money had arrived. We found out from the newspapers."\n'
    )
    found = _speakers(text)
    assert found[-1][1] in {"Ines Carvalho", None}


def test_the_answerers_own_i_suggest_to_you_stays_theirs() -> None:
    text = (
        '"Will you resign over the delays?" the presenter, Mara Lindqvist, asked.\n\n'
        '"No. I was elected to fix the line, not to run from it," Ola Bergstrand said.\n\n'
        '"I suggest to you that your viewers care far more about the trains running'
        ' than about who runs them."\n'
    )
    assert _speakers(text)[-1][1] == "Ola Bergstrand"


def test_a_newcomers_question_without_marks_then_their_own_words_stay_theirs() -> None:
    text = (
        '"The new timetable starts in May," the transport minister, Lucia Ferraz, said.\n\n'
        "Rui Santos, a commuter from the valley, asked why the trains were always late.\n\n"
        '"Every morning I stand on that platform for forty minutes and nobody tells us'
        ' anything."\n'
    )
    assert _speakers(text)[-1][1] == "Rui Santos"


def test_a_rhetorical_question_after_a_reply_stays_the_replys() -> None:
    """A reply to a statement made days before is no hearing: the question in a
    paragraph of its own after it is more of the reply."""
    text = (
        'Driver Tobias Grell said on Monday: "The depot is finished and everyone in the'
        ' yard knows it."\n\n'
        '"We have kept that depot open for eleven years through two budgets," council'
        " leader Maren Oakes replied on Tuesday.\n\n"
        '"Who else would run the night buses for the estate?"\n'
    )
    assert _speakers(text)[-1][1] == "Maren Oakes"


def test_a_passive_question_with_an_adverb_leaves_the_one_asked_to_answer() -> None:
    text = (
        '"Where is the road we paid for?" the chairman, Emeka Obi, asked the'
        " contractor's director, Obiora Nwankwo.\n\n"
        '"The road is in the bush because the money is in the ministry," Nwankwo'
        " replied.\n\n"
        "Nwankwo was also asked how much of the N2.1 billion had been spent on the site.\n\n"
        '"About half of it. The rest went into equipment."\n'
    )
    assert _speakers(text)[-1] == ("About half of it. The re", "Obiora Nwankwo")
