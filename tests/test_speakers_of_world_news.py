"""Speakers in news from beyond the development corpus's US politics: first names the
US census lists miss, a relative only in the attribution's own sentence, a name
after a description that owns a phrase. Invented texts."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from digest.quotes import extract_quotes
from digest.quotes.speakers import first_name_gender
from tests.quotes import speaker_of


@pytest.mark.parametrize(
    ("first", "gender"),
    [
        ("Tomasz", "m"),  # in the world-wide counts, not in the US lists
        ("Philippa", "f"),
        ("Stavros", "m"),
        ("Zoë", "f"),  # written with its accent, counted in plain letters
        ("Bjørn", "m"),  # a letter no decomposition makes plain
        ("Łukasz", "m"),
        ("Mary", "f"),  # the US lists still first
        ("Skyler", None),  # given to men and women alike: no gender
        ("Harbourside", None),  # no first name at all
    ],
)
def test_a_first_name_gives_a_gender_only_when_it_is_clear(first, gender):
    assert first_name_gender(first) == gender


def test_she_passes_over_a_man_whose_first_name_the_us_lists_miss():
    text = (
        "Philippa Dunmore ran the Harbour Street kitchen for eleven years.\n\n"
        'Speaking outside the tribunal, Tomasz Wrobel told reporters: "I only asked '
        'for a fan." He added that he now works at a hotel in Leith.\n\n'
        "Dunmore did not attend the last day. A colleague read a statement on her "
        'behalf. "We are considering an appeal," she said.'
    )
    assert speaker_of(text, "considering an appeal") == "Philippa Dunmore"


def test_a_speaker_known_by_first_name_alone_has_its_gender():
    text = (
        "Marguerite Devlin is seventy-one and still runs the club.\n\n"
        'Kieran says his mother has no plans to retire. "I have tried," he says.\n\n'
        "Asked whether she will ever stop, she laughs. "
        '"When they carry me out of here," she says.'
    )
    assert speaker_of(text, "carry me out") == "Marguerite Devlin"


def test_a_possessive_role_of_two_words_is_explained_by_the_name_after_it():
    text = (
        "Harbour City won 3-2 on Sunday.\n\n"
        "Northvale\u2019s head coach, Sofie Engqvist, was blunt. "
        "\u201cWe stopped playing,\u201d she said."
    )
    assert speaker_of(text, "stopped playing") == "Sofie Engqvist"


def test_she_is_never_a_possessives_many():
    text = (
        "Agnieszka Wilk led the polls.\n\n"
        "At a rally on Tuesday, Wilk's supporters waved flags and chanted her name. "
        'She told the crowd: "They say this city wants a manager."'
    )
    assert speaker_of(text, "wants a manager") == "Agnieszka Wilk"


def test_a_full_name_after_an_opening_place_is_the_subject_not_more_of_the_place():
    text = (
        "At Shin-Osaka station, Bec Hollingworth, a tourist from Brisbane, sat on her "
        'suitcase. "Now it is a one-day plan," she said.\n\n'
        "In Kochi, Yumiko Tanabe, 72, who runs a small guesthouse, had taped her "
        'windows. "My mother taught me to do this," she said.'
    )
    assert speaker_of(text, "mother taught me") == "Yumiko Tanabe"


def test_a_role_described_as_the_subject_is_who_the_next_he_is():
    text = (
        "Japan's foreign minister, Kenji Morikawa, said Tokyo had backed the pause.\n\n"
        "The UN's special envoy, Lars Edvinsson, called the vote a beginning. "
        '"Resolutions do not stop ships," he told reporters.\n\n'
        "Asked whether Japan would pass its own law, the minister was cautious. "
        '"That is a question for our parliament," he said.'
    )
    assert speaker_of(text, "question for our parliament") == "Kenji Morikawa"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # a title written without its full stop, as British and Indian papers do
            "Prof Harish Venugopal leads the work. \u201cSleep under a net,\u201d said "
            "Prof Venugopal.",
            "under a net",
            "Harish Venugopal",
        ),
        (  # a first name of two joined parts
            "Coun. Marie-\u00c8ve Lachance, one of two councillors who voted against, said "
            'council had rushed. Gilles Thibodeau disagreed.\n\n"We received a 600-page '
            'report on a Friday," she said.',
            "600-page report",
            "Marie-\u00c8ve Lachance",
        ),
        (  # a capital with an accent; a company that 'says' is no 'she'
            "07:35 \u2013 The network operator, Eirlink Networks, says 64,000 homes are "
            "without power.\n\n08:20 \u2013 Reader \u00dana Gallagher in Salthill sent us "
            "a photo. \u201cThe waves are coming over the wall,\u201d she writes.",
            "waves are coming",
            "\u00dana Gallagher",
        ),
    ],
)
def test_names_as_papers_beyond_the_us_write_them(text, words, speaker):
    assert speaker_of(text, words) == speaker


def test_a_bare_surname_is_the_first_full_name_before_a_relative_named_later():
    text = (
        "On a Monday morning in Patna, Rukmini Sahay has 40 files and four hours.\n\n"
        '"That is the number I look for first," says Sahay, 52.\n\n'
        'Her husband, Alok Sahay, a bank officer, said: "We eat beside the files."'
    )
    assert speaker_of(text, "number I look for") == "Rukmini Sahay"


def test_a_bare_surname_is_not_a_child_the_text_calls_by_first_name():
    text = (
        "The boy, identified as Jordy Vance, was injured on Sunday.\n\n"
        "Jordy's uncle, Ervin Vance, called 911, said Detective Ken Nixon.\n\n"
        '"No one saw it happen," Nixon said.\n\n'
        'In the call, Vance sounded panicked. "My nephew shot himself," he said.'
    )
    assert speaker_of(text, "nephew shot himself") == "Ervin Vance"


def test_a_police_rank_described_is_the_officer_named_with_it():
    text = (
        "At a press conference on Sunday, Chief Superintendent Alison Garrow read a "
        "statement.\n\n"
        'Dr Rhiannon Pryce said: "Two children remain in hospital."\n\n'
        "A journalist asked about the driver. The chief superintendent paused.\n\n"
        '"The driver\u2019s hours will be part of our investigation," she said.'
    )
    assert speaker_of(text, "part of our investigation") == "Alison Garrow"


def test_a_relative_after_the_attributions_sentence_is_not_the_speakers():
    text = (
        "A Westbury mother shot her two children before turning the gun on herself, "
        "police said.\n\n"
        '"The victims were the children of the woman who was shot," said Capt. '
        "Howard Pell.\n\n"
        '"Marion Teague is believed to have fired the gun," said Pell.\n\n'
        "Teague and her children were found in an upstairs room."
    )
    assert speaker_of(text, "believed to have fired") == "Howard Pell"


def test_a_relative_in_the_attributions_sentence_still_tells_a_sister():
    text = (
        "Anton Voss was charged on Monday.\n\n"
        '"He was home all night," Voss said of her brother\'s account.'
    )
    assert speaker_of(text, "home all night") != "Anton Voss"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Speaking on Monday, the senior coroner for South Yorkshire, Philippa Wragg, "
            "said the death had been \u201centirely avoidable\u201d.",
            "entirely avoidable",
            "Philippa Wragg",
        ),
        (
            "The chief executive of Halden Foods, Mara Okonjo, said the results were "
            '"disappointing".',
            "disappointing",
            "Mara Okonjo",
        ),
        (
            '"The death was entirely avoidable," said the senior coroner for South '
            "Yorkshire, Philippa Wragg, on Monday.",
            "entirely avoidable",
            "Philippa Wragg",
        ),
    ],
)
def test_the_name_after_a_description_with_of_or_for_is_the_speaker(text, words, speaker):
    assert speaker_of(text, words) == speaker


def test_the_name_after_an_inverted_description_may_say_where_it_works():
    text = (
        '"Will each of you concede if you lose?" asked the moderator, Jenna Hollis of '
        "Buckeye Public Media."
    )
    assert speaker_of(text, "concede if you lose") == "Jenna Hollis"


def test_what_a_described_speaker_reports_is_after_the_cue_not_the_description():
    from digest.quotes import extract_quotes

    text = "The governor of Unity State, Taban Deng, said Mr Bashir should be held responsible."
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.text) == ("Taban Deng", "Mr Bashir should be held responsible")


@pytest.mark.parametrize(
    "text",
    [
        '"This accord," said Farhan Qureshi, spokesperson for the Jan Shakti Party, '
        '"was signed in a hotel room."',
        '"Mathematics," said Joseph Barasa, who has taught at the school for 19 years, '
        '"is only patience written down."',
    ],
)
def test_a_quoted_subject_and_its_verb_around_a_long_attribution_are_one_quote(text):
    from digest.quotes import extract_quotes

    [quote] = extract_quotes(text)
    assert quote.type == "direct"
    assert quote.text.split()[-1] in {"room.", "down."}
    assert quote.speaker in {"Farhan Qureshi", "Joseph Barasa"}


def test_a_body_named_with_of_is_no_description_of_a_person():
    text = 'The Ministry of Defence, in a statement, said: "We found nothing."'
    assert speaker_of(text, "found nothing") == "The Ministry of Defence"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers handed out water beneath a hand-painted banner reading "
        "\u201cThank you firefighters\u201d.",
        'She held a placard that read: "No cuts to our schools!"',
        "At a rally in Dayton, where supporters held signs reading \u201cFarms Not "
        "Favors\u201d, Ines Ibarra told the crowd that she would win.",
    ],
)
def test_words_on_a_sign_are_nobodys_quote(text):
    from digest.quotes import extract_quotes

    assert [q for q in extract_quotes(text) if q.type != "indirect"] == []


def test_a_sign_introduced_with_a_colon_is_nobodys_quote_and_above_is_no_name():
    from digest.quotes import extract_quotes

    text = (
        "The repair caf\u00e9 meets monthly. Above its tea urn hangs a hand-lettered "
        "sign: \u201cNothing Is Broken Until Bev Says So.\u201d"
    )
    assert [q for q in extract_quotes(text) if q.type != "indirect"] == []


def test_a_person_of_a_body_whose_kind_is_written_before_its_name_is_the_speaker():
    text = (
        "Liam Shortall of the patient group Rural Health Voice said: "
        "\u201cWe keep hearing about reviews.\u201d"
    )
    assert speaker_of(text, "hearing about reviews") == "Liam Shortall"


def test_a_statement_saying_something_is_still_a_quote():
    text = 'The statement from the board, saying "We regret the delay," was read out.'
    assert speaker_of(text, "regret the delay") == "The statement from the board"


def test_a_language_is_never_a_speaker():
    text = (
        "Posters in his area carry a simple slogan in Malayalam and English: "
        "\u201cDon\u2019t cut, go to hospital.\u201d"
    )
    # the posters' words are on display (no quote at all since the display noun is
    # searched twelve words back); were they read as a quote, no language speaks
    assert all(q.speaker is None for q in extract_quotes(text))
    text = 'A slogan in Malayalam and English says: "Don\u2019t cut, go to hospital."'
    assert all(q.speaker not in {"Malayalam", "English"} for q in extract_quotes(text))


INVENTED = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "invented_quotes"
PARTS = sorted(path.stem for path in INVENTED.glob("*.jsonl"))


def test_every_invented_part_is_there():
    """The README lists fifty-five parts; each is checked below."""
    assert len(PARTS) == 55
    readme = (INVENTED / "README.md").read_text("utf-8")
    assert all(f"`{part}.jsonl`" in readme for part in PARTS)


@pytest.mark.parametrize("part", PARTS)
def test_the_invented_articles_labels_are_well_formed(part):
    """benchmarks/data/invented_quotes: each label's spans give its quote, in order."""
    rows = [
        json.loads(line) for line in (INVENTED / f"{part}.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(rows) == 25
    assert len({row["id"] for row in rows}) == 25
    for row in rows:
        for quote in row["quotes"]:
            spans = quote["spans"]
            assert all(a < b for a, b in spans)
            assert all(b <= c for (_, b), (c, _) in pairwise(spans))
            assert quote["quote"] == " ".join(row["text"][a:b] for a, b in spans)
            assert quote["type"] in {"direct", "mixed"}
