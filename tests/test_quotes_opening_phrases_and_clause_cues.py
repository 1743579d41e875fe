"""Who speaks after a phrase that opens the sentence (a participle's, a preposition's, a
"where" clause's): the description and the name that follow it, a bare role ("counsel
for ..."), and a one-word subject with an aside after it; and a quotation inside a
"that" clause any cue reports ("countered that ..."). Invented text throughout."""

from digest.quotes.assembly import extract_quotes
from digest.quotes.grammar import _sentence_subject, _subject_before
from digest.quotes.speakers import tokenize


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text) if q.type != "indirect"]


def _subject(sentence: str, cue: str) -> str | None:
    tokens = tokenize(sentence)
    at = max(i for i, token in enumerate(tokens) if token[0] == cue)
    found = _subject_before(tokens, at)
    return found[0] if found else None


def test_a_description_and_name_after_an_opening_phrase() -> None:
    sentence = (
        "Standing at the gate, where nurses held up placards reading “No Pay, No Work”, the"
        " president of the Nurses Union of Trinidad and Tobago, Marva Phillip, told reporters:"
    )
    assert _subject(sentence, "told") == "Marva Phillip"
    assert _subject("After the vote, the mayor's aide, Marva Phillip, told them:", "told") == (
        "Marva Phillip"
    )
    text = f"{sentence}\n\n“We are not the ones making patients wait.”\n"
    assert _speakers(text) == ["Marva Phillip"]


def test_a_bare_role_after_an_opening_phrase() -> None:
    sentence = "Under cross-examination, counsel for Omake, Elize Cloete, put it to him that"
    assert _subject(sentence + " he had signed.", "put") == "Elize Cloete"


def test_where_opens_a_clause_of_the_opening_phrase() -> None:
    sentence = (
        "At the town hall, where about 140 people spent a third night on stretchers and in"
        " their cars, Deb Marshall, 58, sat with two dogs."
    )
    assert _sentence_subject(tokenize(sentence)) == ("Deb Marshall", sentence.index("Deb"))
    text = (
        "Anita Verhoeven said the change had been forecast.\n\n"
        '"It will not be the end of it," she warned.\n\n'
        f"{sentence}\n\n"
        '"I grabbed the birds, the dogs and my tax file, in that order," she said.\n'
    )
    assert _speakers(text)[-1] == "Deb Marshall"


def test_a_where_clause_set_apart_by_commas_and_a_place_before_an_aside() -> None:
    for sentence, subject in (
        (
            "In Riverton, where unemployment is 14 per cent, the highest in the state, the mayor was blunt.",
            "the mayor",
        ),
        (
            "At the clinic, where Dr Okafor, a surgeon from Lagos, works unpaid, Ruiz was blunt.",
            "Ruiz",
        ),
        ("In Riverton, Ohio, speaking to reporters, Kowalski was blunt.", "Kowalski"),
    ):
        found = _sentence_subject(tokenize(sentence))
        assert found is not None and found[0] == subject, sentence
    text = 'In Lagos, Nigeria, speaking at a church service, the bishop was blunt: "We mourn."\n'
    assert "Nigeria" not in _speakers(text)


def test_a_one_word_subject_with_an_aside_after_the_opening_phrase() -> None:
    sentence = (
        "At a press conference at the Office of the Prime Minister, Acevedo, speaking"
        " through an interpreter, said the boats were not hers."
    )
    assert _sentence_subject(tokenize(sentence)) == ("Acevedo", sentence.index("Acevedo"))
    # a place after the phrase goes on to the subject, or to more of the phrase
    assert _sentence_subject(tokenize("In Columbus, Ohio, the mayor said it."))[0] == "the mayor"
    sentence = "At a rally in Birmingham, Alabama, on Saturday, Ana Ruiz spoke."
    assert _sentence_subject(tokenize(sentence))[0] == "Ana Ruiz"


def test_a_that_clause_any_cue_reports_holds_the_quotation() -> None:
    text = (
        "Shane Wilkes, 41, lives next door.\n\n"
        "Mr Wilkes countered that people in the street had complained about the dogs"
        " “at least three times” since Christmas.\n"
    )
    assert _speakers(text) == ["Shane Wilkes"]
    # not a noun's "fears that" or "reports that", nor a report whose own words are
    # someone else's ("complained that her landlord told her"), nor "that morning when"
    for sentence, speaker in (
        (
            'Amid fears that the company told investors the mine was "exhausted", shares fell.',
            "the company",
        ),
        (
            'News reports that the coach told players they were "a disgrace" angered fans.',
            "the coach",
        ),
        (
            'Okafor recalled that morning when the foreman told the crew the shaft was "sealed".',
            "the foreman",
        ),
        (
            'Ruiz complained that her landlord told her the heating was "not his problem".',
            "her landlord",
        ),
        (
            'Ana Ruiz recalled that once the inspectors warned of "serious cracks" nobody came.',
            "the inspectors",
        ),
    ):
        assert _speakers(sentence + "\n") == [speaker], sentence


def test_words_that_call_someone_by_name_leave_the_pronoun_after_them_alone() -> None:
    # thanks, a dismissal or a name as the subject: the one who spoke goes on
    text = (
        "Judge Helen Wright thanked the witness, Sarah Smith, a teacher.\n\n"
        '"Thank you, Mrs Smith. You may step down," Wright said.\n\n'
        '"We will resume at ten tomorrow," she said.\n'
    )
    assert [q.speaker for q in extract_quotes(text)][-1] == "Helen Wright"


def _turns_taken(asker: str, asker_surname: str, answerer: str, answerer_surname: str) -> str:
    """Paragraphs of a question cued as asked, its answer, then an uncued question and an
    uncued answer: the two take turns."""
    return (
        f"{asker} questioned {answerer}.\n\n"
        f'"What did you see?" {asker_surname} asked.\n\n'
        f'"Water over the weir," {answerer_surname} said.\n\n'
        '"Did you warn anyone?"\n\n'
        '"I did, twice."\n\n'
    )


def test_counsel_putting_it_to_a_new_witness_takes_the_turns() -> None:
    text = _turns_taken(
        "The coroner, Helen Morgan,", "Morgan", "the canoe instructor, Iwan Parry", "Parry"
    ) + (
        "The estate's manager, Trefor Watkin, said the sign had been checked every spring.\n\n"
        "Mrs Lloyd-Rees, for the family, put it to him that the sign had been"
        ' "in the nettles since the winter floods".\n\n'
        '"I can only tell you it was up when I last looked," Watkin replied.\n\n'
        '"And when was that?"\n\n'
        '"October, I think."\n'
    )
    # the other side objecting after counsel put it to the witness takes no turns
    objection = _turns_taken(
        "Prosecutor Anna Marsh", "Marsh", "the first witness, Kevin Lowe", "Lowe"
    ) + (
        "Defence counsel Simon Grant later questioned the baker, Tom Birch. Grant put it to"
        ' him that he had "made the whole story up".\n\n'
        '"My lord, my learned friend has no basis for that allegation," Marsh said.\n\n'
        '"Where is his evidence for it?"\n'
    )
    for hearing, last in ((text, "Trefor Watkin"), (objection, "Anna Marsh")):
        speakers = [q.speaker for q in extract_quotes(hearing) if q.type == "direct"]
        assert speakers[-1] == last
