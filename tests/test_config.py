"""Configuration: defaults, validation messages that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import config_from_mapping, load_config, load_taxonomy
from digest.errors import ConfigError


def test_defaults_without_a_config_file(tmp_path: Path):
    config = load_config(tmp_path)
    assert config.content_dir == tmp_path / "content"
    assert config.full_text == "fullest"
    assert config.key_quotes == 5


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ({"colour": "red"}, "colour"),
        ({"key_quotes": "five"}, "key_quotes"),
        ({"strict": "yes"}, "strict"),
        ({"full_text": "some"}, "full_text"),
        ({"home_stories": -1}, "home_stories"),
        ({"max_file_mb": True}, "max_file_mb"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, raw, named):
    with pytest.raises(ConfigError, match=named):
        config_from_mapping(raw, root=tmp_path)


def test_invalid_yaml_is_a_config_error(tmp_path: Path):
    (tmp_path / "digest.yml").write_text("key_quotes: [1,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_config(tmp_path)


def test_taxonomy_forms_and_errors(tmp_path: Path):
    path = tmp_path / "taxonomy.yml"
    path.write_text("NATO:\n  aliases: [Nato]\nJapan: [Japanese]\nUkraine:\n", encoding="utf-8")
    rules = {r.name: r for r in load_taxonomy(path)}
    assert rules["NATO"].aliases == ("Nato",)
    assert rules["Japan"].aliases == ("Japanese",)
    assert rules["Ukraine"].aliases == ()
    path.write_text("NATO:\n  alias: [Nato]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="alias"):
        load_taxonomy(path)
    path.write_text("NATO:\n  patterns: ['(']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad pattern"):
        load_taxonomy(path)
