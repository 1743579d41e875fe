"""The reader's pages: ranking, people, related stories, OPML, and every story in reach."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from digest.models import Article, DigestStory, StoryQuote
from digest.render import ranking
from digest.render.feeds import FeedSpec
from digest.render.opml import opml
from digest.render.people import is_person, looks_like_person, quotes_by_person
from digest.render.related import related_stories
from tests.sitecheck import _sentence, internal_links, resolve_on_disk, write_article
from tests.stories import story_of


def _story(
    sid: str,
    date: str,
    outlets: int = 1,
    tags: tuple[str, ...] = (),
    quotes: tuple[StoryQuote, ...] = (),
    key: bool = True,
) -> DigestStory:
    articles = tuple(
        Article(
            id=f"{sid}{n}",
            source=f"{sid}{n}.md",
            title=f"Story {sid}",
            paragraphs=("Text.",),
            publisher=f"Outlet {n}",
            published=date,
        )
        for n in range(outlets)
    )
    return story_of(sid, articles, quotes, quotes if key else (), tags, date)


def _quote(speaker: str | None, text: str = "We will act.", kind: str = "direct", ids=("a0",)):
    """A quote as an older cache holds it: no speaker kind, so the name test decides."""
    return StoryQuote(text, speaker, kind, ids, ("Outlet 0",), confidence=0.9)  # type: ignore[arg-type]


# --- ranking ---------------------------------------------------------------------------


def test_score_rises_with_coverage_and_halves_every_half_life():
    now = "2025-05-10"
    wide, narrow = _story("w", now, outlets=7), _story("n", now, outlets=1)
    assert ranking.score(wide, now) == pytest.approx(3.0)  # log2(1 + 7)
    assert ranking.score(narrow, now) == pytest.approx(1.0)
    older = _story("o", "2025-05-07", outlets=7)  # HALF_LIFE_DAYS (3) earlier
    assert ranking.score(older, now) == pytest.approx(1.5)
    assert ranking.score(_story("u", ""), now) == 0.0  # undated


def test_front_page_order_trades_coverage_against_age():
    stories = [
        _story("fresh1", "2025-05-10", outlets=1),
        _story("day-old-many", "2025-05-09", outlets=8),
        _story("month-old-many", "2025-04-10", outlets=20),
        _story("undated", "", outlets=30),
    ]
    now = ranking.reference_date(stories)
    assert now == "2025-05-10T00:00:00Z"
    top = [s.id for s in ranking.top_stories(stories, now, 10)]
    assert top == ["day-old-many", "fresh1", "month-old-many", "undated"]
    assert [s.id for s in ranking.most_covered(stories, 2)] == ["undated", "month-old-many"]
    assert [s.id for s in ranking.latest(stories)][:2] == ["fresh1", "day-old-many"]


def test_paged_keeps_every_story_once_in_order():
    stories = [_story(f"s{i:03}", f"2025-01-{1 + i % 28:02}") for i in range(250)]
    ordered = ranking.latest(stories)
    pages = ranking.paged(ordered, 100)
    assert [len(p) for p in pages] == [100, 100, 50]
    assert [s.id for p in pages for s in p] == [s.id for s in ordered]
    assert ranking.paged([], 100) == [[]]


# --- people ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Mark Rutte", True),
        ("Gen Nakatani", True),
        ("Xi Jinping", True),
        ("Ursula von der Leyen", True),
        ("Kim Jong Un", True),
        ("North Korea", False),
        ("White House", False),
        ("NATO", False),
        ("Japan", False),
        ("the minister", False),
        ("a spokesperson for the ministry", False),
        ("European Commission", False),
        ("Defense Ministry", False),
        ("US State Department", False),
        (None, False),
    ],
)
def test_only_persons_get_a_page(name, person):
    assert looks_like_person(name) is person
    assert is_person(_quote(name)) is person


def test_a_quote_that_says_what_its_speaker_is_decides():
    org = replace(_quote("Mark Rutte"), speaker_kind="organisation")
    person = replace(_quote("Acme Widgets"), speaker_kind="person")
    assert not is_person(org)
    assert is_person(person)
    assert not is_person(replace(_quote(None), speaker_kind="person"))


def test_a_persons_quotes_across_stories_newest_first():
    old = _story(
        "old", "2024-01-02", quotes=(_quote("Mark Rutte", "Old words here.", ids=("old0",)),)
    )
    new = _story(
        "new",
        "2025-03-04",
        quotes=(
            _quote("Mark Rutte", "New words here.", ids=("new0",)),
            _quote("NATO", "An alliance speaks."),
        ),
    )
    paraphrase = _story(
        "para",
        "2025-06-01",
        quotes=(_quote("Mark Rutte", "he said something", kind="indirect", ids=("para0",)),),
        key=False,
    )
    people = quotes_by_person([old, new, paraphrase])
    assert list(people) == ["Mark Rutte"]
    rutte = people["Mark Rutte"]
    assert [q.text for q in rutte] == ["New words here.", "Old words here."]
    assert [q.story_slug for q in rutte] == ["story-new", "story-old"]
    assert rutte[0].date == "2025-03-04"


# --- related stories -------------------------------------------------------------------


def test_related_stories_share_people_or_tags_and_are_close_in_time():
    rutte = (_quote("Mark Rutte"),)
    a = _story("a", "2025-03-01", tags=("NATO",), quotes=rutte)
    b = _story("b", "2025-03-05", tags=("Japan",), quotes=rutte)  # same person, close
    c = _story("c", "2025-03-02", tags=("NATO",))  # same tag, close
    d = _story("d", "2021-03-02", tags=("NATO",), quotes=rutte)  # same, years away
    e = _story("e", "2025-03-01", tags=("Sport",))  # nothing shared
    fillers = [_story(f"f{i}", "2025-02-01", tags=("NATO",)) for i in range(6)]
    related = related_stories([a, b, c, d, e, *fillers], limit=3)
    assert [s.id for s in related["a"]][:2] == ["b", "c"]
    assert "e" not in {s.id for s in related["a"]}
    assert related["e"] == ()
    assert "d" not in {s.id for s in related["a"]}  # fillers, nearer in time, outrank it
    again = related_stories([a, b, c, d, e, *fillers], limit=3)
    assert again == related


# --- OPML ------------------------------------------------------------------------------


def test_opml_lists_the_site_feed_and_every_tag_feed():
    specs = [
        FeedSpec("Digest", "feed", "", ()),
        FeedSpec("Digest: NATO", "feed-nato", "tags/nato/", ()),
        FeedSpec("Digest: Japan & Korea", "feed-japan-korea", "tags/japan-korea/", ()),
    ]
    text = opml(specs, "https://example.org/digest", "Digest")
    root = ET.fromstring(text.encode())
    assert root.tag == "opml" and root.get("version") == "2.0"
    feeds = root.findall(".//outline[@type='rss']")
    assert [f.get("xmlUrl") for f in feeds] == [
        "https://example.org/digest/feed.xml",
        "https://example.org/digest/feed-nato.xml",
        "https://example.org/digest/feed-japan-korea.xml",
    ]
    assert feeds[2].get("text") == "Digest: Japan & Korea"
    assert root.find("body/outline[@text='Topics']") is not None


# --- built sites -----------------------------------------------------------------------


def test_demo_site_has_people_pages_views_and_opml(demo_build):
    root, result = demo_build
    site = root / "site"
    story = result.stories[0]
    home = (site / "index.html").read_text(encoding="utf-8")
    for href in ('href="most-covered/"', 'href="latest/"', 'href="all/"', 'href="feeds.opml"'):
        assert href in home, href
    assert 'href="people/mark-rutte/"' in home  # the top quote's speaker
    person = (site / "people" / "mark-rutte" / "index.html").read_text(encoding="utf-8")
    assert f'href="../../stories/{story.slug}/"' in person
    rutte = [quote for quote in story.key_quotes if quote.speaker == "Mark Rutte"]
    assert rutte
    for quote in rutte:
        assert quote.text[:30] in person.replace("&rsquo;", "’")
    page = (site / "stories" / story.slug / "index.html").read_text(encoding="utf-8")
    assert 'href="../../people/mark-rutte/"' in page
    index = (site / "people" / "index.html").read_text(encoding="utf-8")
    assert "Mark Rutte" in index and "Japan</a>" not in index
    assert not (site / "people" / "japan").exists()
    outlines = ET.fromstring((site / "feeds.opml").read_bytes()).findall(".//outline[@type='rss']")
    assert len(outlines) == 1 + len(story.tags)


def test_no_page_loads_a_whole_site_search_index(demo_build):
    root, _ = demo_build
    site = root / "site"
    assert not (site / "search" / "search_index.json").exists()
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "search_index.json" not in html, page
        assert ("pagefind-ui.js" in html) == (page == site / "search" / "index.html"), page


def _reach(site: Path, start: Path, depth: int) -> dict[Path, int]:
    """Every page reachable from `start` in at most `depth` clicks, with its distance."""
    seen = {start: 0}
    frontier = [start]
    for distance in range(1, depth + 1):
        following = []
        for page in frontier:
            for link in internal_links(page.read_text(encoding="utf-8")):
                target = resolve_on_disk(site, page, link.split("#")[0] or "./", "/digest/")
                if target is not None and target.suffix == ".html" and target not in seen:
                    seen[target] = distance
                    following.append(target)
        frontier = following
    return seen


def test_every_story_is_three_clicks_from_the_front_page(tmp_path):
    from digest.config import load_config
    from digest.pipeline import build
    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project", with_content=False)
    for i in range(230):  # more than two pages of the "all stories" list
        write_article(
            project / "content",
            f"a{i:03}.md",
            f"Event number {i} in the valley",
            f"2024-{1 + i % 12:02}-{1 + i % 28:02}",
            f"topic{i}",
            publisher=f"Outlet {i % 7}",
        )
    result = build(load_config(project), strict=True)
    assert len(result.stories) == 230
    site = project / "site"
    reached = _reach(site, site / "index.html", 3)
    missing = [
        s.slug for s in result.stories if site / "stories" / s.slug / "index.html" not in reached
    ]
    assert missing == []
    pages = sorted(p.relative_to(site).as_posix() for p in (site / "all").rglob("index.html"))
    assert pages == ["all/2/index.html", "all/3/index.html", "all/index.html"]
    first = (site / "all" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="3/"', first)  # the pager links every page


def _quoted_article(content: Path, name: str, publisher: str, topic: str, date: str) -> None:
    """A Markdown source in which a named person is quoted about NATO."""
    filler = " ".join(_sentence(f"{topic}{i}", 20) for i in range(4))
    content.joinpath(name).write_text(
        f"---\ntitle: NATO talks on {topic}\ndate: '{date}'\npublisher: {publisher}\n"
        f"url: https://example.com/{name}\n---\n\n"
        f"NATO Secretary General Mark Rutte met ministers in Brussels about {topic}. {filler}\n\n"
        f'"We will stand together on {topic} and we will not be divided by anyone," Rutte said.\n\n'
        f"The NATO meeting on {topic} ended late on Tuesday. {filler}\n",
        encoding="utf-8",
    )


def test_long_carried_by_lists_fold_and_related_stories_link(tmp_path):
    from digest.config import load_config
    from digest.pipeline import build
    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project", with_content=False)
    for n in range(8):
        _quoted_article(project / "content", f"wide{n}.md", f"Outlet {n}", "harbours", "2025-03-01")
    (project / "content" / "other.md").write_text(
        "---\ntitle: Shipyard visit in the north\ndate: '2025-03-04'\npublisher: Outlet 9\n---\n\n"
        + " ".join(_sentence(f"ship{i}", 22) for i in range(5))
        + '\n\n"Our shipyards must build faster than ever before," NATO chief Mark Rutte said.\n\n'
        + " ".join(_sentence(f"yard{i}", 22) for i in range(5))
        + "\n",
        encoding="utf-8",
    )
    result = build(load_config(project), strict=True)
    wide = next(s for s in result.stories if len(s.articles) == 8)
    other = next(s for s in result.stories if s is not wide)
    assert any(q.speaker == "Mark Rutte" for q in wide.key_quotes)
    html = (project / "site" / "stories" / wide.slug / "index.html").read_text(encoding="utf-8")
    assert "and 3 more" in html  # 8 outlets: five named, three folded
    folded = html.split("and 3 more", 1)[1]
    assert "<details" in folded.split("</div>", 1)[0] and "Outlet 7" in folded
    related = html.split('class="related"', 1)[1]
    assert f'href="../{other.slug}/"' in related
    assert "data-pagefind-ignore" in related.split(">", 1)[0]  # search skips the block
    assert 'href="../../people/mark-rutte/"' in html


def test_older_stories_keep_their_full_text_out_of_the_search_index(demo_build):
    from dataclasses import replace

    from digest.config import load_config
    from digest.render.pages import render_site, story_path

    root, result = demo_build
    story = result.stories[0]
    config = load_config(root)
    indexed = render_site([story], config)[story_path(story)]
    older = render_site([replace(story, search_full_text=False)], config)[story_path(story)]
    assert "data-pagefind-ignore" not in indexed.split("## Full text")[0].rsplit("\n\n", 2)[-1]
    before, after = older.split("## Full text", 1)
    assert before.rstrip().endswith('<div class="full-text" data-pagefind-ignore="all" markdown>')
    assert "</div>" in after


def test_the_projects_theme_keeps_mkdocs_page_results_reusable(demo_build):
    """The overrides (search page scripts, sitemap index) must not make the theme read
    the list of all pages, or every rebuild would convert every page again."""
    from mkdocs.config import load_config as mkdocs_load_config

    from digest.site.memo import unsupported

    root, _ = demo_build  # a copy of the project's mkdocs.yml and overrides, built
    assert unsupported(mkdocs_load_config(config_file=str(root / "mkdocs.yml"))) is None


def test_people_are_filed_under_their_surname():
    """The people index files a person under the surname as the name is written: a
    capitalised particle belongs to it, a lower-case one is passed over, and a name
    written family name first (a hyphenated given name after it) is filed under its first word."""
    from digest.render.people import sort_name, surname

    assert surname("Mark Rutte") == "Rutte"
    assert surname("Jason La Canfora") == "La Canfora"
    assert surname("Luis de Miranda") == "Miranda"
    assert surname("Lee Jae-myung") == "Lee"
    assert surname("Mary-Kate Olsen") == "Olsen"
    names = ["Ana Mason", "Marine Le Pen", "Lee Jae-myung", "Ben Kim", "Luis de Miranda"]
    assert sorted(names, key=sort_name) == [
        "Ben Kim",
        "Marine Le Pen",
        "Lee Jae-myung",
        "Ana Mason",
        "Luis de Miranda",
    ]
