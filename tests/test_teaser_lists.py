"""Other stories' teasers set as a list inside or under the article: each item a link of
a headline's length and a sentence about that story. Flattened into text, the headline
and its summary read as one of the article's sentences. Every page and line is invented
for these tests."""

from __future__ import annotations

from digest.extract import ensemble
from digest.extract.html import extract_html

STORY = [
    "The county will close the old ferry landing at Marsh End for six weeks from Monday "
    "while divers replace the timber piles that hold up the pier, officials said.",
    "The ferry will run from the boatyard slip instead, a quarter of a mile upstream, and "
    "a shuttle bus will carry foot passengers from the car park every twenty minutes.",
    "Harbour master Lena Osei said the piles had been in the water since 1961 and that two "
    "of them had split in the cold snap last February, forcing a weight limit on the pier.",
    "Work will cost about 410,000 dollars, most of it from a state grant for small ports. "
    "Fares will not change while the landing is closed, the county said in its notice.",
    "Residents of the island who need the landing for medical trips can call the harbour "
    "office, which will arrange a crossing from the slip at any hour of the day or night.",
]

TEASERS = [
    (
        "/news/2011/03/library-reopens",
        "Library reopens after roof repair",
        "Readers returned on Saturday to find the children's corner moved upstairs. The "
        "reading room keeps its old hours, and the café by the entrance opens in April.",
    ),
    (
        "/news/2011/03/school-bus-route",
        "School bus route changes next week",
        "Two stops on Mill Road will move to the church car park from Tuesday. Parents say "
        "the new stop is safer, though the walk from the far end of the lane is longer.",
    ),
    (
        "/news/2011/03/bakery-award",
        "Marsh End bakery wins county award",
        "The judges praised its rye loaf and its apple turnovers for a second year. The "
        "owners plan to take on an apprentice and to open on Sunday mornings in summer.",
    ),
]


def page(items: list[tuple[str, str, str]], heading: str = "More local news") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    listed = "".join(
        f'<li><a href="{href}">{head}</a><p>{summary}</p></li>' for href, head, summary in items
    )
    return (
        "<html><head><title>Ferry landing to close for repairs</title></head><body>"
        '<div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>'
        '<div class="article"><h1>Ferry landing to close for repairs</h1>'
        f'{paragraphs}</div><div class="more"><h3>{heading}</h3><ul>{listed}</ul></div>'
        '<div id="footer"><p>Copyright 2011 The Marsh End Courier.</p></div>'
        "</body></html>"
    )


def test_a_list_of_other_stories_teasers_is_no_article_text():
    result = extract_html(page(TEASERS))
    assert result is not None
    text = "\n".join(result.paragraphs)
    for paragraph in STORY:
        assert paragraph in text
    for _, head, summary in TEASERS:
        assert summary not in text
        assert head not in text


def test_a_list_of_the_articles_own_items_is_no_teaser_box():
    assert ensemble.Page(page(TEASERS)).teaser_items()  # the box the rule finds
    # a link going on in its own sentence: the article's own list of places
    places = [
        (href, head, ", " + summary[0].lower() + summary[1:]) for href, head, summary in TEASERS
    ]
    assert not ensemble.Page(page(places, "Where to board")).teaser_items()
    # one item alone is no box of other stories
    assert not ensemble.Page(page(TEASERS[:1], "Also read")).teaser_items()
    # a link that ends in a colon opens the item's own sentence ("Timetable: ...")
    labelled = [(href, head + ":", summary) for href, head, summary in TEASERS]
    assert not ensemble.Page(page(labelled, "Notes")).teaser_items()
    # the same list among the article's paragraphs is its own ("books of the year")
    inside = page(TEASERS).replace('</div><div class="more">', "")
    assert not ensemble.Page(inside).teaser_items()
    # links within the page (questions and their answers), or a question as the link
    answers = [("#q1", head, summary) for _, head, summary in TEASERS]
    assert not ensemble.Page(page(answers, "Questions")).teaser_items()
    asked = [(href, head + "?", summary) for href, head, summary in TEASERS]
    assert not ensemble.Page(page(asked, "Questions")).teaser_items()
    # a short link, a word or two, is a name in the item, not a headline
    named = [(href, "Ferries", summary) for href, _, summary in TEASERS]
    assert not ensemble.Page(page(named, "Notes")).teaser_items()


def test_the_pages_own_story_in_its_most_read_list_keeps_its_lead():
    own = ("/news/2011/03/ferry", "Ferry landing to close for repairs", STORY[0])
    found = ensemble.Page(page([own, *TEASERS])).teaser_items()
    assert ensemble.line_words(TEASERS[0][2]) in found
    assert ensemble.line_words(STORY[0]) not in found
    # the list's headline a shorter form of the page's, under a logo's <h1>
    short = ("/news/2011/03/ferry", "Ferry landing to close", STORY[0])
    logo = page([short, *TEASERS]).replace("<body>", '<body><h1><img src="/logo.gif" /></h1>')
    assert ensemble.line_words(STORY[0]) not in ensemble.Page(logo).teaser_items()


def continued_page(between: str, second_class: str = "story-body") -> str:
    """A story set in two elements of one class, with `between` them."""
    first = "".join(f"<p>{p}</p>" for p in STORY[:3])
    second = "".join(f"<p>{p}</p>" for p in STORY[3:])
    return (
        "<html><head><title>Ferry landing to close for repairs</title></head><body>"
        '<div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>'
        '<div id="main"><h1>Ferry landing to close for repairs</h1>'
        f'<div class="story-body">{first}</div>{between}'
        f'<div class="{second_class}">{second}</div></div>'
        '<div id="footer"><p>Copyright 2011 The Marsh End Courier.</p></div>'
        "</body></html>"
    )


RELATED_BOX = (
    '<div class="story-continues">Story continues below</div>'
    '<div class="related"><h3>Related coverage</h3><ul>'
    + "".join(
        f'<li><a href="{href}">{head}</a><p>{summary}</p></li>' for href, head, summary in TEASERS
    )
    + "</ul></div>"
)


def test_an_article_going_on_in_a_second_element_of_its_class_is_kept_whole():
    result = extract_html(continued_page(RELATED_BOX))
    assert result is not None
    text = "\n".join(result.paragraphs)
    for paragraph in STORY:
        assert paragraph in text
    # in the article's order, and without the box between its two parts
    assert text.index(STORY[2]) < text.index(STORY[3])
    assert TEASERS[0][2] not in text


def test_another_posts_body_after_a_title_is_not_the_article_going_on():
    layout = ensemble.Layout.of(ensemble.parse_html(continued_page(RELATED_BOX)))
    assert layout.later_bodies(STORY[0])[1] == tuple(STORY[3:])
    titled = continued_page('<div class="post-title">Fares rise in April</div>')
    assert ensemble.Layout.of(ensemble.parse_html(titled)).later_bodies(STORY[0])[1] == ()
    headed = continued_page("<h2>Fares rise in April</h2>")
    assert ensemble.Layout.of(ensemble.parse_html(headed)).later_bodies(STORY[0])[1] == ()
    # another class is another part of the page
    other = continued_page(RELATED_BOX, "sidebar-body")
    assert ensemble.Layout.of(ensemble.parse_html(other)).later_bodies(STORY[0])[1] == ()


def test_another_posts_or_a_comments_body_is_not_the_article_going_on():
    first = "".join(f"<p>{p}</p>" for p in STORY[:3])
    second = "".join(f"<p>{p}</p>" for p in STORY[3:])
    # a blog's index: each post's heading in a header before its body
    index = (
        f'<div id="main"><div class="post-header"><h2>Ferry landing to close</h2></div>'
        f'<div class="post-body">{first}</div>'
        f'<div class="post-header"><h2>Fares rise in April</h2></div>'
        f'<div class="post-body">{second}</div></div>'
    )
    assert ensemble.Layout.of(ensemble.parse_html(index)).later_bodies(STORY[0])[1] == ()
    # a comment set in the class of the article's text
    comment = (
        f'<div id="main"><div class="text">{first}</div>'
        f'<div id="comments"><div class="text">{second}</div></div></div>'
    )
    assert ensemble.Layout.of(ensemble.parse_html(comment)).later_bodies(STORY[0])[1] == ()


def test_a_later_bodys_paragraphs_are_its_text_as_shown():
    first = "".join(f"<p>{p}</p>" for p in STORY[:3])
    later = (
        "<p>The new launch, the <i>Osprey</i>, has 40 m<sup>2</sup> of deck, said "
        "skipper Ian Mc<b>Allister</b>, who will take her out first.</p>"
        "<figure><p>The Osprey at the boatyard slip on Friday.</p></figure>"
        "<p><script>showAdvert('mpu');</script></p>"
    )
    html = (
        f'<div id="main"><div class="story-body">{first}</div>{RELATED_BOX}'
        f'<div class="story-body">{later}</div></div>'
    )
    found = ensemble.Layout.of(ensemble.parse_html(html)).later_bodies(STORY[0])[1]
    assert found == (
        "The new launch, the Osprey, has 40 m2 of deck, said skipper Ian McAllister, who "
        "will take her out first.",
    )
