"""Word lists and patterns shipped beside the code: a malformed file stops the command with
one line naming the file and the key, and the shipped files are well formed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.datafiles import DataFile, DataFileError
from tests.conftest import REPO


def data_file(tmp_path: Path, text: str) -> DataFile:
    path = tmp_path / "words.yml"
    path.write_text(text, encoding="utf-8")
    return DataFile.read(path)


def test_well_formed_lists_are_read_as_written(tmp_path):
    data = data_file(
        tmp_path,
        "labels: [updated, 'mis à jour']\n"
        "enders: ['on', at]\n"
        "tails: ['all rights.*', inc]\n"
        "notice: '(?P<name>[A-Z]\\w+) all rights'\n"
        "months: [[jan, january], [feb]]\n"
        "zones: {IST: '+05:30'}\n",
    )
    assert data.words("labels") == ("updated", "mis à jour")
    assert data.words("enders") == ("on", "at")
    assert data.patterns("tails") == ("all rights.*", "inc")
    assert data.pattern("notice", groups=("name",)) == r"(?P<name>[A-Z]\w+) all rights"
    assert data.groups("months", 2) == (("jan", "january"), ("feb",))
    assert data.table("zones") == {"IST": "+05:30"}


@pytest.mark.parametrize(
    ("text", "read", "problem"),
    [
        ("other: [a]\n", lambda d: d.words("enders"), "missing"),
        ("enders: [on, at]\n", lambda d: d.words("enders"), "item 1 is True"),  # YAML's 'on'
        ("enders: at\n", lambda d: d.words("enders"), "expected a non-empty list"),
        ("enders: []\n", lambda d: d.words("enders"), "expected a non-empty list"),
        ("enders: [at, 12]\n", lambda d: d.words("enders"), "item 2 is 12"),
        ("tails: ['inc', 'ltd(']\n", lambda d: d.patterns("tails"), "item 2 ('ltd(') is no"),
        ("notice: '(\\w+)'\n", lambda d: d.pattern("notice", ("name",)), "no group named 'name'"),
        ("notice: [a]\n", lambda d: d.pattern("notice"), "expected a pattern"),
        ("months: [[jan], [feb]]\n", lambda d: d.groups("months", 12), "a list of 12 lists"),
        ("months: [[jan], feb]\n", lambda d: d.groups("months", 2), "item 2 is 'feb'"),
        ("months: [[jan], [1]]\n", lambda d: d.groups("months", 2), "other than words"),
        ("zones: [IST]\n", lambda d: d.table("zones"), "expected a non-empty mapping"),
        ("zones: {IST: 5}\n", lambda d: d.table("zones"), "entry 'IST': 5 is not a string"),
    ],
)
def test_a_malformed_key_is_named_with_its_file(tmp_path, text, read, problem):
    data = data_file(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        read(data)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'words.yml'}: key '")
    assert problem in message and "\n" not in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- a\n- b\n", "expected a mapping of named lists"),
        ("labels: [a\nother: b\n", "cannot be read: line"),  # unclosed list, with its line
        ("\n", "expected a mapping of named lists"),
    ],
)
def test_a_file_that_is_no_mapping_is_named(tmp_path, text, problem):
    with pytest.raises(DataFileError) as caught:
        data_file(tmp_path, text)
    assert str(caught.value).startswith(str(tmp_path / "words.yml"))
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match=r"nothing\.yml: cannot be read"):
        DataFile.read(tmp_path / "nothing.yml")


def test_a_malformed_shipped_file_stops_the_command_with_one_line(tmp_path):
    """The real command, run from a copy of the package whose month list lost a month."""
    package = tmp_path / "digest"
    shutil.copytree(REPO / "digest", package, ignore=shutil.ignore_patterns("__pycache__"))
    words = package / "extract" / "data" / "text_metadata.yml"
    text = words.read_text(encoding="utf-8")
    words.write_text(re.sub(r"\n  - \[december[^\n]*", "", text), encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Storm closes the harbour\n\nBy Jane Doe\n\nThe harbour closed.\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "digest", "extract", str(page)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == f"digest: error: {words}: key 'months': expected a list of 12 lists\n"


def test_every_key_of_the_metadata_words_is_read_by_the_finders():
    """A key the code never reads (a misspelt one) would be silently ignored."""
    from digest.extract import text_metadata as md

    source = Path(md.__file__).read_text(encoding="utf-8")
    data = DataFile.read(Path(md.__file__).parent / "data" / "text_metadata.yml")
    keys = [str(k) for k in data.content]
    assert len(keys) >= 20
    for key in keys:
        assert re.search(rf"\(\s*\"{key}\"", source), key
