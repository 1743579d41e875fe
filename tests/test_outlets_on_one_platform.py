"""Saved pages of three outlets built on one publishing platform: the platform prints
the same skip link, menu labels and section names on all of them, and each outlet adds
its own masthead, sections, footer and a notice under every article. The outlets stay
three, so each learns its own notice as furniture; taken as one outlet of twelve pages,
a notice on four of them was no template's line and stayed in every article. Text and
markup of our own."""

from __future__ import annotations

import hashlib
from collections import Counter

from digest.extract.core import extract_documents, source_profile
from digest.extract.furniture import group_outlets
from digest.models import SourceDoc

PLATFORM_LINES = (
    "Skip to main content",
    "Main menu",
    "You are here",
    "Home",
    "News",
    "Business",
    "Politics",
    "Sport",
    "Opinion",
    "About us",
    "Terms of use",
    "Privacy policy",
)

OUTLETS = (
    (
        "The Harbour Ledger",
        ("Docks", "Fishing", "Ferries", "Island life", "Tides", "Boat sales", "Lifeboats"),
        ("Crab prices hold", "Ferry timetable changes", "Pier lights fixed", "Regatta dates"),
        "The Harbour Ledger, 4 Quay Street, Port Elwin. Printed and published weekly.",
        "Tips about the harbour reach our newsroom on the quay every weekday morning.",
    ),
    (
        "Upland Courier",
        ("Farming", "Markets", "Weather", "Hill roads", "Shows", "Forestry", "Walking"),
        ("Lamb sale record", "Snow gates shut", "Sheepdog trial winners", "Mill reopens"),
        "Upland Courier, The Old Mill, Carrow Bridge. Registered as a newspaper.",
        "Farm prices in this report come from the Carrow Bridge livestock mart each week.",
    ),
    (
        "Southgate Evening Post",
        ("Crime", "Courts", "Schools", "Transport", "Health", "Property", "Nightlife"),
        ("Ring road delays", "School meals survey", "Clinic hours cut", "Flats approved"),
        "Southgate Evening Post, Unit 9, Riverside Park, Southgate. All rights reserved.",
        "Court reports in the Evening Post follow the guidance of the county's judges.",
    ),
)

PLACES = ("Elwin", "Carrow", "Southgate", "Mossley")
DEEDS = (
    ("a new footbridge over the river", "engineers from the county"),
    ("the reopening of the library", "volunteers from the reading club"),
    ("a longer bus route to the hospital", "drivers and the union"),
    ("repairs to the sea wall", "a contractor from the coast"),
)


def story(outlet: int, n: int) -> list[str]:
    """Three sentences of prose of one story, different for every outlet and page."""
    place, (deed, who) = PLACES[n], DEEDS[(n + outlet) % len(DEEDS)]
    return [
        f"Councillors in {place} agreed on {('Monday', 'Tuesday', 'Friday')[outlet]}"
        f" to spend {outlet + 2}{n} thousand pounds on {deed} before the winter.",
        f"The work will be done by {who}, who said it would take {n + outlet + 3} weeks"
        f" if the weather in {place} stayed dry.",
        f"Residents of {place} who wrote to the council about {deed} will be invited"
        f" to a meeting in the {('church', 'school', 'town')[outlet]} hall next month.",
    ]


def page(outlet: int, n: int, notice: str = "", byline: str = "", bio: str = "") -> str:
    name, sections, most_read, footer, own_notice = OUTLETS[outlet]
    notice = notice or own_notice
    skip, main_menu, here, *menu = PLATFORM_LINES
    entries = "".join(f"<li><a href='#'>{w}</a></li>" for w in (*menu, *sections))
    body = "".join(f"<p>{p}</p>" for p in story(outlet, n))
    box = "".join(f"<li><a href='#'>{w}</a></li>" for w in most_read)
    return (
        f"<html><head><title>{name}</title></head><body>"
        f"<a href='#main'>{skip}</a><div class='masthead'>{name}</div>"
        f"<h2>{main_menu}</h2><ul class='menu'>{entries}</ul><div class='crumbs'>{here}</div>"
        f"<div id='main'><h1>{name}: story {n} from {PLACES[n]}</h1>{byline}"
        f"<div class='field-item'>{body}<p><i>{notice}</i></p>{bio}</div></div>"
        f"<div class='most-read'><h3>Most read in {name}</h3><ol>{box}</ol></div>"
        f"<div class='footer'>{footer}</div></body></html>"
    )


def docs() -> list[SourceDoc]:
    htmls = [page(outlet, n) for outlet in range(len(OUTLETS)) for n in range(4)]
    return [
        SourceDoc(
            path=f"{i}.html", kind="html", text=h, sha256=hashlib.sha256(h.encode()).hexdigest()
        )
        for i, h in enumerate(htmls)
    ]


def test_outlets_sharing_a_platform_s_lines_stay_apart():
    profiles = [source_profile(d) for d in docs()]
    counts = Counter(k for p in profiles for k in p.keys)  # type: ignore[union-attr]
    groups = group_outlets(profiles, counts)  # type: ignore[arg-type]
    assert [len(set(groups[o * 4 : o * 4 + 4])) for o in range(3)] == [1, 1, 1]
    assert len({groups[0], groups[4], groups[8]}) == 3


def test_each_outlet_learns_its_own_notice_under_the_article():
    articles = extract_documents(docs())
    for i, article in enumerate(articles):
        assert article is not None
        outlet = i // 4
        assert OUTLETS[outlet][4] not in article.text
        assert story(outlet, i % 4)[2] in article.text


PRINT_NOTE = (
    "This article appeared in the print edition of the Upland Courier on Thursday, May 3, 2007."
)
WRITER = "Orla Kinsella"
BIO = f"{WRITER} is the Courier's farming editor and has covered the marts since 1998. E-mail: orla@example.ie"


def test_a_writer_s_card_with_an_address_under_the_print_note_is_no_article_text():
    """The outlet prints a note that the article ran in print under every article, and
    under two of them its writer's card with an e-mail address: the card is the outlet's,
    and the note gives the day where the page shows no stamp. (A page alone keeps the
    card: a note about the writer may be the article's own.)"""
    byline = f"<p class='byline'>By {WRITER}</p>"
    htmls = [
        page(1, n, PRINT_NOTE, byline, f"<p><i>{BIO}</i></p>" if n % 2 == 0 else "")
        for n in range(4)
    ]
    docs = [
        SourceDoc(
            path=f"{n}.html", kind="html", text=h, sha256=hashlib.sha256(h.encode()).hexdigest()
        )
        for n, h in enumerate(htmls)
    ]
    articles = extract_documents(docs)
    for n, article in enumerate(articles):
        assert article is not None
        assert article.authors == (WRITER,)
        assert "farming editor" not in article.text and "print edition" not in article.text
        assert story(1, n)[2] in article.text
        assert article.published is not None and article.published.startswith("2007-05-03")
    alone = extract_documents(docs[:1])[0]
    assert alone is not None and "farming editor" in alone.text
