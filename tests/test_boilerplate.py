"""The stoplists the text cleaner reads are jusText's, read without importing jusText."""

from __future__ import annotations

import subprocess
import sys

import justext

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
