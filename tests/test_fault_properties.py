"""Random bytes, random YAML and random JSON Lines at the readers: no exception escapes.

Plus the unit rules behind issue 13's fixes: YAML limits, decoding, the date
range, paragraph splitting, unique slugs, and cache rows checked on read.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest.cache import record_from_json, record_to_json
from digest.config import load_config
from digest.errors import ConfigError
from digest.guards import MAX_ARTICLE_CHARS, split_paragraph, within_size
from digest.jsonlines import Field, read_records
from digest.models import Article, Comparison, DigestStory
from digest.render.pages import unique_slugs
from digest.render.permalinks import article_slug, unique_story_slugs
from digest.safeyaml import YAMLLimitError, check_limits, safe_load
from digest.site.mkdocs import _epoch
from digest.sources import SourceLimits, decode_bytes, read_sidecar, read_source
from tests.conftest import copy_project

FAST = settings(
    max_examples=int(os.environ.get("DIGEST_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# JSON-like values, and YAML built from them with anchors, aliases, deep nesting,
# tags and broken syntax mixed in.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
YAML_BITS = [
    "&a ",
    "*a",
    "&b [",
    "*b",
    "<<: *a",
    "!!python/object:os.system ",
    "!!binary ",
    "[",
    "]",
    "{",
    "}",
    "- ",
    ": ",
    "\n",
    "  ",
    "'",
    '"',
    "---\n",
    "? ",
    "|\n  ",
    "%YAML 1.1\n",
    "date: 9999-12-31\n",
    "title: ",
    "tags: [",
]


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return yaml.safe_dump(draw(json_values), allow_unicode=True)
    if kind == 1:
        depth = draw(st.integers(0, 300))
        return "a: " + "[" * depth + "]" * depth
    if kind == 2:
        count = draw(st.integers(0, 400))
        return (
            "x: &x "
            + "y" * draw(st.integers(0, 5000))
            + "\n"
            + "".join(f"k{i}: *x\n" for i in range(count))
        )
    return "".join(draw(st.lists(st.sampled_from(YAML_BITS) | st.text(max_size=5), max_size=40)))


@FAST
@given(yaml_texts())
def test_yaml_loader_only_raises_yaml_errors(text):
    with contextlib.suppress(yaml.YAMLError):
        safe_load(text)


@FAST
@given(yaml_texts())
def test_sidecars_and_front_matter_never_raise(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("side")
    source = folder / "a.md"
    source.write_text(f"---\n{text}\n---\n\n# Title\n\nSome text here.\n", encoding="utf-8")
    (folder / "a.md.meta.yml").write_text(text, encoding="utf-8")
    limits = SourceLimits(root=folder)
    assert isinstance(read_sidecar(source, "a.md", limits), dict)
    doc = read_source(source, "a.md", limits)
    assert doc is None or isinstance(doc.text, str)


@FAST
@given(yaml_texts(), st.sampled_from(["digest.yml", "taxonomy.yml"]))
def test_configuration_files_raise_only_config_errors(tmp_path_factory, text, name):
    root = tmp_path_factory.mktemp("config")
    (root / name).write_text(text, encoding="utf-8")
    try:
        load_config(root)
    except ConfigError as exc:
        assert "\n" not in str(exc).split(": ", 1)[0]
        assert len(str(exc)) < 2000


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["x.html", "x.txt", "x.md"]))
@example(b'<meta charset="undefined"><p>caf\xe9</p>', "x.html")
@example(b'<meta charset="rot13"><p>caf\xe9</p>', "x.html")
@example(b'<?xml version="1.0" encoding="idna"?><p>\xff\xfe</p>', "x.html")
def test_random_bytes_never_raise(tmp_path_factory, data, name):
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / name
    path.write_bytes(data)
    doc = read_source(path, name, SourceLimits(root=folder))
    assert doc is None or isinstance(doc.text, str)


json_line = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"id": json_values, "title": json_values, "text": json_values, "date": json_values}
    ).map(lambda v: json.dumps(v).encode()),
    st.integers(0, 5000).map(lambda n: b"[" * n + b"]" * n),
    st.binary(max_size=60),
)


@FAST
@given(st.lists(json_line, max_size=12))
def test_random_json_lines_never_raise(lines):
    stream = io.BytesIO(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    fields = (Field("title"), Field("text"), Field("date"))
    seen = set()
    for _, record in read_records(None, fields, stdin=stream):
        assert isinstance(record["id"], str | int) and not isinstance(record["id"], bool)
        assert str(record["id"]) not in seen
        seen.add(str(record["id"]))
        for field in ("title", "text", "date"):
            assert record.get(field) is None or isinstance(record[field], str)


# --- the rules ---------------------------------------------------------------------


def test_yaml_limits():
    check_limits("a: [1, 2, {b: c}]\nd: &d {e: 1}\nf: {<<: *d, g: 2}\n")
    with pytest.raises(YAMLLimitError, match="nested more than 64 levels"):
        check_limits("[" * 65 + "]" * 65)
    check_limits("[" * 64 + "]" * 64)
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n"
        for p, n in zip("abcdefg", "bcdefgh", strict=True)
    )
    with pytest.raises(YAMLLimitError, match="aliases expand"):
        check_limits(laughs)


@pytest.mark.parametrize(
    ("data", "kind", "text", "codec"),
    [
        (b'<meta charset="undefined"><p>caf\xe9 au lait</p>', "html", "café au lait", None),
        ("Un café, très bon. Déjà vu.".encode() + b" \x92", "text", "Un café, très bon.", "utf-8"),
        ("Un café très bon".encode("cp1252"), "text", "Un café très bon", "cp1252"),
    ],
)
def test_decoding(data, kind, text, codec):
    decoded, used = decode_bytes(data, kind)
    assert decoded is not None and text in decoded
    if codec:
        assert used == codec


def test_mostly_valid_utf8_replaces_only_the_bad_bytes():
    decoded, codec = decode_bytes("café crème brûlée".encode() + b"\xff", "text")
    assert (decoded, codec) == ("café crème brûlée\ufffd", "utf-8")


def test_sitemap_epoch_is_clamped_to_32_bits():
    assert _epoch("9999-12-31") == 2**32 - 1
    assert _epoch("1850-01-01") == 0
    assert _epoch("2025-04-08") == 1744070400


def test_long_paragraphs_are_split_at_sentence_ends():
    text = "This is one sentence of the paragraph. " * 500
    pieces = split_paragraph(text, 4000)
    assert all(len(p) <= 4000 for p in pieces) and len(pieces) > 1
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces).split() == text.split()
    assert split_paragraph("x" * 9000, 4000) == ["x" * 4000, "x" * 4000, "x" * 1000]


def test_huge_text_is_capped_with_a_warning(caplog):
    article = Article(id="a" * 16, source="big.txt", title="T", paragraphs=("Word. " * 100_000,))
    capped = within_size(article, "big.txt")
    assert sum(len(p) for p in capped.paragraphs) <= MAX_ARTICLE_CHARS
    assert "big.txt: text is 600,000 characters, only the first" in caplog.text


def test_listing_names_are_never_slugs():
    slugs = unique_slugs(["Index", "index", "README", "News"])
    assert slugs == {"Index": "index-2", "index": "index-3", "README": "readme-2", "News": "news"}


def _story(article: Article) -> DigestStory:
    return DigestStory(
        id=article.id,
        slug=article_slug(article),
        title=article.title,
        articles=(article,),
        comparison=Comparison(canonical_id=article.id, earliest_id=article.id, shared=()),
        quotes=(),
        key_quotes=(),
        tags=(),
        first_published=article.published,
        last_published=article.published,
    )


def test_story_slugs_are_unique_whatever_the_order():
    base = Article(id="0123456789abcdef", source="a", title="Same headline", paragraphs=("x",))
    stories = [
        _story(replace(base, published="2025-01-02")),
        _story(replace(base, id="0123456799999999", source="b", published="2025-01-01")),
        _story(replace(base, id="0123456789abffff", source="c", published="2025-01-03")),
    ]
    first = unique_story_slugs(stories)
    second = unique_story_slugs(list(reversed(stories)))
    assert len({s.slug for s in first}) == 3
    assert {s.id: s.slug for s in first} == {s.id: s.slug for s in second}
    by_id = {s.id: s.slug for s in first}
    assert by_id["0123456799999999"] == "same-headline-01234567"  # the earliest keeps its URL
    assert by_id["0123456789abcdef"] == "same-headline-0123456789ab"
    assert by_id["0123456789abffff"] == "same-headline-0123456789abffff"


def test_cache_rows_of_the_wrong_shape_are_misses():
    article = Article(id="x", source="s", title="t", paragraphs=("p",), published="2020-01-01")
    stored = json.loads(json.dumps(record_to_json(article)))
    assert record_from_json(Article, stored) == article
    for bad in (
        {**stored, "title": 5},
        {**stored, "paragraphs": "text"},
        {**stored, "paragraphs": [1, 2]},
        {**stored, "published": 20200101},
        {**stored, "authors": [["nested"]]},
        [stored],
        "text",
    ):
        with pytest.raises((TypeError, ValueError)):
            record_from_json(Article, bad)  # type: ignore[arg-type]


def test_a_poisoned_cache_builds_like_a_cold_one(tmp_path):
    import sqlite3

    from digest.pipeline import build

    root = copy_project(tmp_path / "project")
    cold = build(load_config(root), run_site=False)
    db = sqlite3.connect(root / ".digest-cache" / "cache.sqlite3")
    with db:
        db.execute(
            "UPDATE entries SET data = json_set(data, '$.article.title', 5) WHERE kind = 'extract'"
        )
        db.execute("UPDATE entries SET data = '[1, 2]' WHERE kind = 'quotes'")
        db.execute(
            "UPDATE entries SET data = json_set(data, '$.articles', json('[]')) WHERE kind = 'story'"
        )
        db.execute("UPDATE state SET data = '{\"assignment\": {\"x\": 1}}' WHERE name = 'cluster'")
    kinds = {kind for (kind,) in db.execute("SELECT DISTINCT kind FROM entries")}
    assert {"extract", "quotes", "story"} <= kinds
    assert db.total_changes >= 4
    db.close()
    warm = build(load_config(root), run_site=False)
    assert warm.pages == cold.pages
    assert [s.id for s in warm.stories] == [s.id for s in cold.stories]
    assert Path(root / ".digest-cache" / "cache.sqlite3").is_file()


def test_a_page_of_very_many_tags_is_read_as_plain_text(caplog):
    import time

    from digest.extract.core import extract_document
    from digest.models import SourceDoc

    sentence = "<p>The council met on <b>Monday</b> to discuss the <i>new</i> harbour plan.</p>"
    html = "<html><body><article>" + sentence * 4500 + "</article></body></html>"
    doc = SourceDoc(path="many.html", kind="html", text=html, sha256="f" * 64)
    start = time.monotonic()
    article = extract_document(doc)
    assert time.monotonic() - start < 60
    assert "many.html: 27,006 HTML tags, over 25,000: read as plain text" in caplog.text
    assert article is not None and "harbour plan" in article.text
