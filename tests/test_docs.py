"""The README is the user's one reference: it must name every command and setting."""

from __future__ import annotations

from digest.cli import EVALUATIONS, _parser
from digest.config import schema_rows
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_documented():
    for name in _subcommands():
        if name == "eval":
            for stage in EVALUATIONS:
                assert f"`digest eval {stage}" in README, stage
        else:
            assert f"`digest {name}" in README, name


def test_every_setting_is_documented_with_its_default():
    for key, _default, _description in schema_rows():
        assert f"| `{key}` |" in README, key


def test_every_command_option_has_help():
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        for action in command._actions:
            if action.dest != "help":
                assert action.help, f"digest {name} {action.dest} has no help text"
