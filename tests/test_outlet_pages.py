"""Saved pages of a handful of outlets, as a collection holds them: what one outlet's
template prints inside the article's container on every page (a corrections notice,
"Report a typo" tools, a reprints note) is learned from the collection and leaves each
article; what a page alone cannot tell stays when the page is alone, and an article's
own lines stay whatever its outlet repeats. Also a deck over a "First published" stamp
and a post's stamp over the story it carries. Text and markup of our own."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from digest.extract.core import extract_document, extract_documents, source_profile
from digest.extract.furniture import learn
from digest.extract.html import extract_html
from digest.models import SourceDoc
from tests.conftest import run_digest

NOTICE = (
    "Valley Radio News works to get every fact right, and when we make a mistake we"
    " correct it on the story and say so here."
)
TOOLS = "Our editors read every note from listeners and answer each one within the hour."

STORIES = [
    [
        "The ferry between Ostby and the island will run twice a day from Monday while"
        " its second engine is repaired, the operator said on Tuesday.",
        "Passengers with cars are asked to book ahead, and the last crossing will leave"
        " the island at half past six in the evening.",
        "The operator said the repair would take about three weeks because the part had"
        " to be made at a yard on the mainland.",
    ],
    [
        "Ostby's town council voted on Wednesday to close the old swimming baths at the"
        " end of the summer and to build a new pool beside the school.",
        "The baths opened in 1931 and need a new roof, pumps and changing rooms, which"
        " engineers priced at more than the cost of a new building.",
        "A residents' group that has campaigned to keep the baths said it would ask the"
        " council to protect the building's tiled entrance hall.",
    ],
    [
        "Snow closed the mountain road above Ostby for the third time this winter on"
        " Thursday, leaving two villages reachable only by the valley railway.",
        "Ploughs worked through the night, and the road authority said it hoped to open"
        " one lane by noon if the wind dropped as forecast.",
        "The railway added two trains in each direction and said it would keep them"
        " running until the road was clear in both lanes.",
    ],
    [
        "A farm shop that sells only food grown within twenty kilometres of Ostby marked"
        " ten years in business on Saturday with a market in its yard.",
        "Its owners said they started with eggs and potatoes from their own fields and now"
        " buy from forty farms, a cheese dairy and two bakeries.",
        "Customers queued for an hour for the shop's apple cake, which the owners said"
        " they bake to a recipe from one of the first farms to sell there.",
    ],
]


def outlet_page(n: int, story: list[str], notice: bool = True) -> str:
    """One page of the outlet's template: menu, headline, the article's container with
    the story and, after it, the notice and the tools (on every page), a footer."""
    body = "".join(f"<p>{p}</p>" for p in story)
    furniture = f'<p class="notice">{NOTICE}</p><p class="tools">{TOOLS}</p>' if notice else ""
    menu = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("News", "Sport", "Weather"))
    return (
        f"<html><head><title>Story {n} - Valley Radio</title></head><body>"
        f'<ul class="menu">{menu}</ul><div id="story"><h1>Story number {n} of the day</h1>'
        f'<div class="text">{body}{furniture}</div></div>'
        "<div class='footer'>Valley Radio, Station Road, Ostby</div></body></html>"
    )


def page_doc(name: str, html: str) -> SourceDoc:
    return SourceDoc(
        path=name, kind="html", text=html, sha256=hashlib.sha256(html.encode()).hexdigest()
    )


def outlet_docs() -> list[SourceDoc]:
    return [page_doc(f"p{n}.html", outlet_page(n, story)) for n, story in enumerate(STORIES)]


def test_what_an_outlet_prints_on_every_page_leaves_each_article() -> None:
    articles = extract_documents(outlet_docs())
    for article, story in zip(articles, STORIES, strict=True):
        assert article is not None
        assert list(article.paragraphs) == story


def test_a_page_alone_keeps_what_it_cannot_tell_from_its_article() -> None:
    """The notice and the tools read as sentences set in the article's container: one
    page cannot tell them from the article's, the collection can."""
    article = extract_document(outlet_docs()[0])
    assert article is not None
    assert NOTICE in article.text and TOOLS in article.text


def test_a_line_on_fewer_than_half_of_an_outlets_pages_stays() -> None:
    """A subheading two of the outlet's six articles share is theirs, not its template's."""
    stories = [*STORIES, *(list(reversed(s)) for s in STORIES[:2])]
    heading = "What happens next"
    pages = [
        outlet_page(n, [*story[:2], heading, story[2]] if n in (1, 4) else story)
        for n, story in enumerate(stories)
    ]
    articles = extract_documents([page_doc(f"p{n}.html", html) for n, html in enumerate(pages)])
    assert all(a is not None for a in articles)
    assert heading in articles[1].paragraphs and heading in articles[4].paragraphs
    assert not any(NOTICE in a.text for a in articles if a is not None)


def test_one_story_saved_again_and_again_keeps_its_text() -> None:
    """Six saves of one story from one outlet (an hourly crawl): every line repeats, and
    none of the article's leaves it."""
    pages = [outlet_page(n, STORIES[0]).replace("<title>", f"<title>Save {n} ") for n in range(6)]
    articles = extract_documents([page_doc(f"s{n}.html", html) for n, html in enumerate(pages)])
    for article in articles:
        assert article is not None
        assert all(p in article.paragraphs for p in STORIES[0])


def test_a_pages_profile_reads_its_whole_visible_text() -> None:
    """A page's lines are kept as their keys' digests with their words; the menu is its
    frame; it learns only its outlet's furniture, no outlet name or group."""
    from digest.extract.furniture import key_words, page_line_key

    profile = source_profile(outlet_docs()[0])
    assert profile is not None and profile.page
    assert {page_line_key(w) for w in ("news", "sport", "weather")} <= profile.frame
    notice = page_line_key(" ".join(NOTICE.casefold().replace(",", "").rstrip(".").split()))
    assert notice in profile.keys and notice not in profile.frame
    assert key_words(notice) == len(NOTICE.split())
    assert not profile.sentences and not profile.notices
    contexts = learn([source_profile(doc) for doc in outlet_docs()])
    assert all(notice in c.furniture for c in contexts)
    assert all(not c.shared and c.outlet is None and c.group is None for c in contexts)


def test_extract_command_learns_from_the_pages_it_is_given(tmp_path: Path) -> None:
    paths = []
    for doc in outlet_docs():
        path = tmp_path / doc.path
        path.write_text(doc.text, encoding="utf-8")
        paths.append(str(path))
    done = run_digest("extract", *paths)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [row["text"] for row in rows] == ["\n\n".join(s) for s in STORIES]
    alone = run_digest("extract", paths[0])
    assert NOTICE in json.loads(alone.stdout)["text"]


DECK = "Swimmers face another fortnight without the town pool while a new pump is shipped."


def stamped_page(byline: str = "") -> str:
    """A regional paper's story header: headline, deck, "Updated" over "First published",
    share tools, a captioned picture; the site's date of the day in the masthead."""
    tools = "".join(f"<li>{w}</li>" for w in ("Email", "Print", "Facebook", "Tweet", "Comment"))
    return (
        "<html><head><title>Pool shut - The Ostby Leader</title></head><body>"
        '<div class="top"><span class="today">Saturday, 28 May 2011</span></div>'
        '<div class="story"><div class="story-header"><h1>Pool closure extended</h1>'
        f'<p class="standfirst">{DECK}</p><div class="meta">'
        '<p class="updated">Updated: 10 Mar 2011, 8:30 AM</p>'
        f'<p class="published">First published: 9 Mar 2011, 1:45 PM</p>{byline}</div>'
        f'<ul class="tools">{tools}</ul></div>'
        '<div class="photo"><img src="pool.jpg" alt=""><p class="caption">The empty pool on'
        " Wednesday morning, a week after the pump failed. Picture: Kim Ash</p></div>"
        '<div class="body">' + "".join(f"<p>{p}</p>" for p in STORIES[1]) + "</div></div>"
        "</body></html>"
    )


def test_a_deck_over_a_first_published_stamp_is_no_text_and_the_stamp_dates_the_page() -> None:
    for byline in ("", '<p class="byline">By Hamish Rook</p>'):
        found = extract_html(stamped_page(byline))
        assert found is not None
        assert DECK not in found.paragraphs
        assert list(found.paragraphs) == STORIES[1]
        assert found.date == "2011-03-09"  # not the masthead's day, not the update's


def test_a_posts_stamp_gives_way_to_the_day_of_the_story_it_carries() -> None:
    """A link-sharing site's post: "submitted" a day after the story it previews, whose
    byline gives the story's own day."""
    story = "".join(f"<p>{p}</p>" for p in STORIES[2])
    html = (
        "<html><head><title>Road closed again - Linkshare</title></head><body>"
        "<h1>Snow closes the mountain road for the third time</h1>"
        '<p class="source">ostbyleader.example - Third closure this winter, and the'
        " railway is the only way in. Posting because my sister lives up there.</p>"
        '<p class="submitter">submitted Mar 16, 2010 9:12 am by hillwalker</p>'
        '<div class="preview"><p class="byline">By Ana Berg &middot; Ostby Leader'
        f' &middot; March 14, 2010</p><div class="text">{story}</div></div></body></html>'
    )
    found = extract_html(html)
    assert found is not None
    assert found.date == "2010-03-14"


def test_a_byline_led_by_the_sites_name_names_its_reporters() -> None:
    from digest.extract import text_metadata as md

    line = "Harbour Valley Business Weekly - by Lena Strand and Tomas Vik"
    assert md.find_byline([line]) == (("Lena Strand", "Tomas Vik"), 0)
    assert md.find_byline(["The Weekly | By Lena Strand"]) == (("Lena Strand",), 0)
    assert md.find_byline(["Sport - by the numbers"]) == ((), None)


def weekly_page(byline: str, story: list[str], extra: str = "") -> str:
    """A business weekly's table layout: the story cell under a byline that the site's
    name leads, then a footer row of links, copyright and address."""
    body = "".join(f"<p>{p}</p>" for p in story)
    return (
        "<html><head><title>Story - Harbour Valley Business Weekly</title>"
        '<meta property="og:site_name" content="Harbour Valley Business Weekly"></head><body>'
        '<table width="980"><tr><td width="160">Industries<br>Banking<br>Retail</td>'
        '<td width="500"><h1>The headline of the story</h1>'
        f'<div class="byline">{byline}</div>'
        '<div class="date">Tuesday, July 14, 2009, 6:52pm EDT</div>'
        f'<div id="storyBody">{body}{extra}</div></td><td width="300">Advertisement</td></tr>'
        '<tr><td colspan="3"><a href="/about">About Us</a> | <a href="/contact">Contact Us</a>'
        "<br>&copy; 2009 Harbour Valley Business Weekly. All rights reserved.<br>"
        "Harbour Valley Business Weekly, 12 Quay Street, Ostby</td></tr></table></body></html>"
    )


def test_two_reporters_under_the_sites_name_are_the_authors() -> None:
    found = extract_html(
        weekly_page(
            'Harbour Valley Business Weekly - by <a href="/a">Lena Strand</a> and '
            '<a href="/b">Tomas Vik</a>',
            STORIES[0],
        )
    )
    assert found is not None
    assert [a for a in found.authors if a != "Harbour Valley Business Weekly"] == [
        "Lena Strand",
        "Tomas Vik",
    ]


def test_a_releases_about_box_ends_it_where_an_end_mark_follows() -> None:
    about = (
        "<p><b>About Ostby Pumpworks</b><br>Founded in 1958, Ostby Pumpworks designs and"
        " services pumps and valves for water utilities and food processors across the"
        " region.</p><p>Contact:<br>Kim Ash, Marketing Manager<br>kim@pumpworks.example</p>"
        '<p align="center">###</p>'
    )
    story = [*STORIES[3], *STORIES[2]]
    found = extract_html(weekly_page("Harbour Valley Business Weekly", story, about))
    assert found is not None
    assert not any("Founded in 1958" in p for p in found.paragraphs)
    assert not any("kim@pumpworks" in p for p in found.paragraphs)
    assert found.paragraphs[: len(story)] == tuple(story)


def test_a_footer_row_its_outlet_repeats_leaves_the_text() -> None:
    """The footer row's one cell runs the links, the copyright and the address together;
    the page's visible text gives them as lines, which the outlet's pages repeat."""
    docs = [
        page_doc(
            f"w{n}.html",
            weekly_page(f"By Reporter {n}", story).replace("<title>Story", f"<title>Story {n}"),
        )
        for n, story in enumerate(STORIES)
    ]
    for article in extract_documents(docs):
        assert article is not None
        assert not any("All rights reserved" in p for p in article.paragraphs)


def test_two_pages_of_an_outlet_keep_the_lines_their_stories_share() -> None:
    """Two follow-up stories of one outlet share a crosshead and a paragraph of
    background: too few pages to tell a template by, and theirs."""
    background = (
        "The storm that struck the valley last week killed twelve people and left two"
        " thousand homes without power for four days."
    )
    heading = "Why it matters"
    pages = [
        outlet_page(n, [story[0], heading, background, *story[1:]], notice=False)
        for n, story in enumerate(STORIES[:2])
    ]
    articles = extract_documents([page_doc(f"f{n}.html", html) for n, html in enumerate(pages)])
    for article in articles:
        assert article is not None
        assert heading in article.paragraphs and background in article.paragraphs


def test_background_its_stories_share_in_their_middle_stays() -> None:
    """Four stories of one outlet repeat a paragraph of background between their own:
    prose in the article's middle is the stories', whatever their template repeats."""
    background = (
        "The storm that struck the valley last week killed twelve people and left two"
        " thousand homes without power for four days."
    )
    pages = [outlet_page(n, [story[0], background, *story[1:]]) for n, story in enumerate(STORIES)]
    articles = extract_documents([page_doc(f"b{n}.html", html) for n, html in enumerate(pages)])
    for article in articles:
        assert article is not None
        assert background in article.paragraphs
        assert NOTICE not in article.text  # the notice after the article still goes


def test_a_saved_page_changes_no_text_copys_cleaning() -> None:
    """Pages learn from pages, text copies from text copies: a page of the same site
    (its menu, a crosshead, its footer a year on) beside a text copy leaves the copy's
    outlet, group and lines as they were."""
    from digest.extract.furniture import profile

    heading = "Why it matters"
    menu = ["News", "Sport", "Weather"]
    notice = "Copyright 2019 Valley Courier. All rights reserved."
    copy = "\n".join(
        [*menu, "Ferry runs twice a day", STORIES[0][0], heading, *STORIES[0][1:], notice]
    )
    page = outlet_page(1, [STORIES[1][0], heading, *STORIES[1][1:]]).replace(
        "Valley Radio, Station Road, Ostby", "Copyright 2020 Valley Courier. All rights reserved."
    )
    alone = learn([profile(copy)])
    beside = learn([profile(copy), source_profile(page_doc("p.html", page))])
    assert beside[0] == alone[0]


def test_an_about_us_link_over_a_section_break_makes_no_release() -> None:
    from digest.extract import boilerplate as bp

    text = "Home\nAbout Us\nContact\n" + "\n".join(STORIES[0]) + "\n###\n" + STORIES[1][0]
    assert not bp.shows_release(text)
    release = (
        "\n".join(STORIES[0])
        + "\nAbout Ostby Pumpworks\nOstby Pumpworks designs and services pumps for water"
        " utilities.\n###\n"
    )
    assert bp.shows_release(release)


def test_a_related_boxs_byline_above_the_stamp_dates_nothing() -> None:
    from digest.extract.html import stamped_date

    header = [
        "Related: Council delays vote",
        "By Tom Hale · February 11, 2009",
        "Council passes budget",
        "By Ann Lee",
        "Published: March 3, 2010",
    ]
    assert stamped_date(header) == "2010-03-03"


def test_reading_quietly_hushes_the_reading_only(caplog) -> None:
    """The first reading's own warnings wait for the second; what the caller logs
    between two documents (a cache, a cluster) is heard."""
    import logging

    from digest.errors import log
    from digest.sources import quietly

    def read():
        for n in range(3):
            log.warning("reading %d", n)
            yield n

    with caplog.at_level(logging.INFO, logger=log.name):
        for n in quietly(read()):
            log.warning("between %d", n)
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["between 0", "between 1", "between 2"]
