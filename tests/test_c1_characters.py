"""Sources' C1 control characters are read as the windows-1252 punctuation they stand for."""

from __future__ import annotations

from digest.sources import c1_as_cp1252


def test_c1_characters_read_as_windows_1252_and_plain_text_unchanged() -> None:
    assert c1_as_cp1252("wasn\x92t \x93so\x94 \x96 fine") == "wasn’t “so” – fine"
    assert c1_as_cp1252("a\x81b") == "a\x81b"  # undefined in windows-1252: left as it was
    plain = "Nothing to map here: ’ “ ” – é ü 中文"
    assert c1_as_cp1252(plain) is plain  # the text itself, not a copy
