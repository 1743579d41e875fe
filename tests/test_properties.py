"""Property-based tests: arbitrary text never breaks the cleaner, the quote
extractor, the slug maker or the Markdown escaping."""

from __future__ import annotations

import os
import re
from functools import cache

import lxml.html
import markdown
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest.extract.core import extract_document
from digest.models import SourceDoc
from digest.quotes import extract_quotes
from digest.safe import md_quoted, md_text, slugify
from digest.sources import normalise_text
from tests.conftest import REPO

FAST = settings(
    max_examples=int(os.environ.get("DIGEST_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text as sources deliver it: any Unicode, plus the characters Markdown, HTML and
# Jinja care about, heavily over-represented so that short examples hit them.
SYNTAX = [
    *"\\`*_{}[]()<>#+-.!|~^=:&\"'?$%@/;\n\t ",
    "javascript:",
    "data:",
    "<script>",
    "{{",
    "}}",
    "{%",
    "!!! note",
    "??? ",
    "---",
    "1. ",
    "[^1]",
    "&amp;",
    "&#60;",
    "http://x.org",
    "<!--",
    "{: .x }",
    "    ",
]
text_strategy = st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=4)), max_size=25).map(
    "".join
)


def _expected(text: str) -> str:
    """What a page should show for `text`: same characters, whitespace folded."""
    return " ".join(normalise_text(text).split())


@cache
def _markdown_extensions() -> tuple[list, dict]:
    """MkDocs' default extensions plus the ones mkdocs.yml enables."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = ["toc", "tables", "fenced_code"], {}
    for item in config.get("markdown_extensions", []):
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        if options:
            configs[name] = options
    return names, configs


def _render(source: str) -> lxml.html.HtmlElement:
    names, configs = _markdown_extensions()
    html = markdown.Markdown(extensions=names, extension_configs=configs).convert(source)
    return lxml.html.fragment_fromstring(html, create_parent="div")


def _elements(root: lxml.html.HtmlElement) -> set[str]:
    return {el.tag for el in root.iter() if isinstance(el.tag, str)} - {"div"}


@FAST
@given(text_strategy)
@example("[x](javascript:alert(1)) <http://evil.org> ![i](data:x) <b onclick=1>")
@example('??? note "t"')
@example('{: onclick="alert(1)" }')
@example("1. item")
@example("Title\n===")
def test_md_text_round_trips_as_one_plain_paragraph(text):
    root = _render(md_text(text))
    expected = _expected(text)
    if not expected:
        assert _elements(root) == set()
        return
    assert _elements(root) == {"p"}
    assert " ".join(root.text_content().split()) == expected


@FAST
@given(text_strategy)
def test_md_text_is_plain_text_in_every_place_the_templates_use_it(text):
    expected = _expected(text)
    if not expected:
        return
    escaped = md_text(text)
    page = _render(
        f"# {escaped}\n\n- {escaped}\n\n> “{escaped}”\n\n"
        f"| A | B |\n| --- | --- |\n| {escaped} | x |\n\n"
        f'??? note "{md_quoted(text)}"\n\n    {escaped}\n'
    )
    assert _elements(page) <= {
        "h1",
        "ul",
        "li",
        "blockquote",
        "p",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "details",
        "summary",
    }
    assert " ".join(page.xpath("string(//h1)").split()) == expected
    assert " ".join(page.xpath("string(//li)").split()) == expected
    assert " ".join(page.xpath("string(//blockquote)").split()) == f"“{expected}”"
    assert " ".join(page.xpath("string(//tbody//td[1])").split()) == expected
    assert " ".join(page.xpath("string(//summary)").split()) == expected
    assert " ".join(page.xpath("string(//details/p[last()])").split()) == expected
    for element in page.iter():
        for name in element.attrib:
            assert not name.startswith("on")


@FAST
@given(st.text(max_size=300), st.integers(min_value=10, max_value=80))
@example("東京（共同）日本政府は８日", 60)
@example("----", 60)
@example("", 60)
def test_slugs_are_always_safe_bounded_and_stable(text, max_length):
    slug = slugify(text, max_length)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug)
    assert not slug.endswith("-") and "--" not in slug
    assert len(slug) <= max(max_length, 12)
    assert slugify(text, max_length) == slug


def test_different_japanese_titles_get_different_stable_slugs():
    first, second = slugify("日本、ＮＡＴＯ司令部参加に関心"), slugify("北朝鮮がミサイル発射")
    assert first != second
    assert first == slugify("日本、ＮＡＴＯ司令部参加に関心")


@FAST
@given(
    st.text(max_size=400) | text_strategy,
    st.sampled_from(["html", "text", "markdown"]),
)
def test_extract_document_never_raises(text, kind):
    doc = SourceDoc(path="x." + kind, kind=kind, text=text, sha256="0" * 64)
    article = extract_document(doc)
    assert article is None or article.source == "x." + kind


@FAST
@given(st.text(max_size=600) | text_strategy)
@example("“" * 50 + "said" + "”" * 50)
@example("He said: “" + "a " * 200)
def test_extract_quotes_never_raises(text):
    for quote in extract_quotes(text):
        assert isinstance(quote.text, str)
        assert 0 <= quote.start <= quote.end <= len(text)


@FAST
@given(
    st.lists(
        st.text(max_size=12) | st.sampled_from(["a b", "a-b", "a-b 2", "A B", "日本", "中国"]),
        unique=True,
        max_size=12,
    )
)
def test_tag_slugs_are_unique_and_safe(names):
    from digest.render.pages import unique_slugs

    slugs = unique_slugs(names)
    assert len(set(slugs.values())) == len(names)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", s) for s in slugs.values())
