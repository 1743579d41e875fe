"""Counting a story's outlets when copies name no publisher (digest.stories.outlets)."""

from __future__ import annotations

from digest.extract.core import extract_documents
from digest.models import Article, StoryQuote
from digest.sources import read_paths
from digest.stories.assemble import _named_outlets
from digest.stories.outlets import distinct_outlets, outlet_key, url_host
from tests.collection import OUTLETS, STORIES, write_collection


def _article(i: int, **fields: object) -> Article:
    return Article(id=f"a{i}", source=f"copy-{i}.txt", title="T", paragraphs=("x",), **fields)  # type: ignore[arg-type]


def test_outlet_key_prefers_the_name_then_the_furniture_group_then_the_host():
    named = _article(1, publisher="Harbour  Herald", outlet_group="g1")
    assert outlet_key(named) == outlet_key(_article(2, publisher="harbour herald"))
    assert outlet_key(_article(3, outlet_group="g1")) == outlet_key(_article(4, outlet_group="g1"))
    assert outlet_key(_article(3, outlet_group="g1")) != outlet_key(_article(5, outlet_group="g2"))
    by_host = [
        _article(6, url="https://www.example.org/a"),
        _article(7, url="http://example.org/b"),
    ]
    assert outlet_key(by_host[0]) == outlet_key(by_host[1])
    # nothing tells two unnamed copies apart: each is an outlet of its own, never lumped
    assert outlet_key(_article(8)) != outlet_key(_article(9))
    assert url_host("javascript:alert(1)") is None and url_host("not a url") is None


def test_unnamed_outlets_are_counted_apart_and_one_outlets_copies_once():
    articles = (
        _article(1, publisher="Harbour Herald"),
        _article(2, outlet_group="g1"),
        _article(3, outlet_group="g1"),
        _article(4, outlet_group="g2"),
        _article(5),
    )
    assert distinct_outlets(articles) == 4
    carried = ("copy-2.txt", "copy-3.txt", "copy-4.txt", "copy-5.txt")
    quote = StoryQuote("x", None, "direct", ("a2", "a3", "a4", "a5"), carried)
    (labelled,) = _named_outlets([quote], list(articles))
    assert labelled.outlets == ("Unknown outlet", "Unknown outlet (2)", "Unknown outlet (3)")


def _mirror(line: str) -> str:
    """Another outlet's furniture: the gazette's lines under another name (none in common)."""
    return "Tribune " + line


def test_two_unnamed_outlets_of_a_collection_are_two_outlets(tmp_path):
    paths = write_collection(tmp_path)
    gazette = OUTLETS["gazette"]
    for story in ("bridge", "orchard", "library"):
        title, paragraphs = STORIES[story]
        header = [_mirror(line) for line in gazette["header"]]
        footer = [_mirror(line) for line in gazette["footer"]]
        lines = [*header, title, "Published 2025-05-09", *paragraphs, *footer]
        path = tmp_path / f"mirror-{story}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    docs = [d for d in read_paths(paths) if d is not None]
    articles = {a.source.rsplit("/", 1)[-1]: a for a in extract_documents(docs) if a is not None}
    gazette_copies = [a for name, a in articles.items() if name.startswith("gazette-")]
    mirror_copies = [a for name, a in articles.items() if name.startswith("mirror-")]
    assert all(not a.publisher for a in gazette_copies + mirror_copies)  # neither names itself
    assert len({a.outlet_group for a in gazette_copies}) == 1 and gazette_copies[0].outlet_group
    assert len({a.outlet_group for a in mirror_copies}) == 1
    assert gazette_copies[0].outlet_group != mirror_copies[0].outlet_group
    bridge = [a for name, a in articles.items() if name.endswith("-bridge.txt")]
    assert len(bridge) == 4 and distinct_outlets(bridge) == 4  # was 3: two "Unknown outlet"s


def test_an_outlet_whose_furniture_repeats_a_web_address_is_named_by_it(tmp_path):
    gazette = OUTLETS["gazette"]
    paths = []
    for story in ("bridge", "orchard", "library"):
        title, paragraphs = STORIES[story]
        footer = [
            *gazette["footer"],
            "Trending now on CityGazette.net",
            "Follow us: twitter.com/citygazette",
        ]
        lines = [*gazette["header"], title, "Published 2025-05-09", *paragraphs, *footer]
        path = tmp_path / f"gazette-{story}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    docs = [d for d in read_paths(paths) if d is not None]
    names = {a.publisher for a in extract_documents(docs) if a is not None}
    assert names == {"CityGazette.net"}  # as written; the platform's address names no outlet


def test_an_address_on_one_copy_only_names_no_outlet(tmp_path):
    gazette = OUTLETS["gazette"]
    paths = []
    for n, story in enumerate(("bridge", "orchard", "library")):
        title, paragraphs = STORIES[story]
        extra = ["Trending now on CityGazette.net"] if n == 0 else []
        lines = [*gazette["header"], title, "Published 2025-05-09", *paragraphs]
        path = tmp_path / f"gazette-{story}.txt"
        path.write_text("\n\n".join([*lines, *gazette["footer"], *extra]) + "\n", "utf-8")
        paths.append(path)
    docs = [d for d in read_paths(paths) if d is not None]
    assert {a.publisher for a in extract_documents(docs) if a is not None} == {None}


def _gazette_names(tmp_path, extra_footer: list[str]) -> set[str | None]:
    """The outlet names given to three gazette copies whose footer ends with `extra_footer`."""
    gazette = OUTLETS["gazette"]
    paths = []
    for story in ("bridge", "orchard", "library"):
        title, paragraphs = STORIES[story]
        lines = [*gazette["header"], title, "Published 2025-05-09", *paragraphs]
        path = tmp_path / f"gazette-{story}.txt"
        lines += [*gazette["footer"], *extra_footer]
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    docs = [d for d in read_paths(paths) if d is not None]
    return {a.publisher for a in extract_documents(docs) if a is not None}


def test_a_topic_link_address_in_the_furniture_names_no_outlet(tmp_path):
    # the only address the furniture repeats is a topic's: another site, not the outlet
    assert _gazette_names(tmp_path, ["Tag: quillmarket.net"]) == {None}
    assert _gazette_names(tmp_path, ["More from QuillMarket.net", "via quillmarket.net"]) == {None}


def test_an_e_mail_address_in_the_furniture_names_no_outlet(tmp_path):
    footer = ["Send your letters to the editor to letters@citygazette.net", "desk@citygazette.net"]
    assert _gazette_names(tmp_path, footer) == {None}


def test_a_footer_giving_the_outlets_own_address_names_it(tmp_path):
    assert _gazette_names(tmp_path, ["www.CityGazette.net"]) == {"CityGazette.net"}
    menu = ["Tag: quillmarket.net", "CityGazette.net | Home | Contact us | Privacy policy"]
    assert _gazette_names(tmp_path, menu) == {"CityGazette.net"}  # the topic link loses
