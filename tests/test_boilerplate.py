"""The stoplists the text cleaner reads are jusText's, read without importing jusText."""

from __future__ import annotations

import subprocess
import sys

import justext
import pytest

from digest.extract import boilerplate as bp


def test_every_stoplist_is_the_one_justext_gives() -> None:
    names = set(justext.get_stoplists())
    assert len(names) > 50  # jusText ships about a hundred
    assert set(bp._stoplist_names()) == names
    for language in sorted(names):
        assert bp.stoplist(language) == justext.get_stoplist(language), language


def test_unknown_language_is_an_error() -> None:
    try:
        bp.stoplist("Klingon")
    except ValueError as exc:
        assert "Klingon" in str(exc)
    else:
        raise AssertionError("no error for a language without a stoplist")


def test_guessing_a_language_does_not_import_justext() -> None:
    code = (
        "import sys\n"
        "from digest.extract import boilerplate as bp\n"
        "words = 'der Hund und die Katze sind nicht in dem Haus'.split()\n"
        "print(bp.guess_language(words), 'justext' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["German", "False"]


def _language_by_each_list(tokens: list[str]) -> str:
    """The language guess as defined: each stoplist's count of the tokens it holds."""
    words = [token.casefold() for token in tokens[:5000]]
    votes = {}
    for language in bp._stoplist_names():
        stops = bp.stoplist(language)
        vote = sum(1 for word in words if word in stops)
        if vote:
            votes[language] = vote
    return max(sorted(votes), key=lambda lang: votes[lang]) if votes else "English"


@pytest.mark.parametrize(
    "text",
    [
        "The council said on Monday that the bridge would open in May, and the mayor agreed.",
        "Der Stadtrat sagte am Montag, dass die Brücke im Mai eröffnet werden soll.",
        "Le conseil a dit lundi que le pont ouvrirait en mai, et le maire est d'accord.",
        "El consejo dijo el lunes que el puente se abriría en mayo.",
        "Rada miasta powiedziała w poniedziałek, że most zostanie otwarty w maju.",
        "THE AND OF The and of de la le " * 40,  # ties and case: decided as by each list
        "zzzz qqqq 12345",  # no stop word at all
        "",
    ],
)
def test_language_guess_is_the_vote_of_each_stoplist(text):
    tokens = bp.words(text)
    assert bp.guess_language(tokens) == _language_by_each_list(tokens)
    assert bp.guess_language(tokens) == bp.guess_language(tokens)  # the word table kept
