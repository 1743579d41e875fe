"""No module of the package binds one top-level name twice: a constant set again further
down a long module silently changes what every rule above it reads (a deck's length read
as 50 words where a rule was written and measured with another figure)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "digest"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {
        str(path.relative_to(PACKAGE)): sorted(n for n, c in names.items() if c > 1)
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := _top_level_names(ast.parse(path.read_text("utf-8"))))
    }
    assert {path: found for path, found in twice.items() if found} == {}


def test_a_name_bound_twice_is_found() -> None:
    names = _top_level_names(ast.parse("WORDS = 40\ndef f(): pass\nWORDS = 50\n"))
    assert names["WORDS"] == 2
