"""Pages of newsroom systems of 2008-2012: article columns beside side columns of
furniture written in full sentences, headlines far above the article (the
twenty-third older-pages part's shapes, with text of our own)."""

from __future__ import annotations

from digest.extract.boilerplate import is_furniture
from digest.extract.dates import address_date
from digest.extract.ensemble import Page, line_words
from digest.extract.html import (
    MAX_COLUMN_GROUPS,
    _without_side_columns,
    extract_html,
    shown_headline,
)

BRIEF = [
    "The footbridge over Miller Slough will stay shut through the end of May while"
    " county engineers replace two rotted support beams, the road department said Monday.",
    "Walkers headed to the Elm Street school will be sent along Quarry Road, where"
    " volunteers will staff a crossing from 7:30 to 8:15 each weekday morning.",
    "\u201cWe would rather lose a month than find out the hard way,\u201d county"
    " engineer Maribel Ocasio said.",
]

OBITUARIES = [
    "Gunnar P. Lindqvist, 91, of Orrville, died Friday at the Pine Ridge home. He ran the"
    " feed store on Main Street for forty years.",
    "Ethel M. Drummond, 77, of Baylor, died Sunday in Kearney. Services are pending at"
    " First Methodist Church.",
    "Vernon T. Quist, 68, formerly of Orrville, died March 2 in Omaha. A memorial is"
    " planned for the summer.",
]

SIDEBAR = [
    *OBITUARIES,
    "FOR SALE: Oak dining table with six chairs, good shape, asking $350. Call evenings"
    " after supper.",
    "The Gazette is printed Tuesday and Friday. A year's subscription costs $48 in the"
    " county and brings full access to this website.",
    "Orrville: Sunny and breezy today, high 61. Showers likely tomorrow afternoon.",
]

HEADLINES = [
    "School board names new principal at Baylor Elementary. The board picked a"
    " teacher of twelve years from four finalists.",
    "Lady Cougars fall in district semifinal. A late run left Orrville two points"
    " short at the buzzer.",
]


def table_page() -> str:
    """A table of three cells: the day's headlines and the weather, the story's cell,
    and a right column of obituaries, classifieds and a subscription offer, each
    holding more prose than the brief itself."""
    left = "".join(f'<p class="small">{line}</p>' for line in HEADLINES)
    right = (
        '<p class="colhead">OBITUARIES</p>'
        + "".join(f'<p class="small">{line}</p>' for line in OBITUARIES)
        + '<p class="colhead">CLASSIFIEDS</p>'
        + f'<p class="small">{SIDEBAR[3]}</p>'
        + '<p class="colhead">SUBSCRIBE</p>'
        + f'<p class="small">{SIDEBAR[4]}</p>'
    )
    body = "".join(f"<p>{line}</p>" for line in BRIEF)
    return (
        "<html><head><title>The Orrville Gazette | News | Footbridge</title>"
        '<meta property="og:title" content="Slough footbridge stays shut until June">'
        "</head><body><table><tr>"
        f'<td class="leftcol" width="180"><p class="colhead">TODAY\u2019S HEADLINES</p>{left}'
        f'<p class="colhead">WEATHER</p><p class="small">{SIDEBAR[5]}</p></td>'
        '<td class="storycol" width="480"><p class="section">Local News</p>'
        '<p class="headline"><b>Miller Slough footbridge to stay closed through May</b></p>'
        '<p class="byline">By Dana Whitlock</p>'
        '<p class="posted">Posted: Tuesday, April 12, 2011 12:00 am</p>'
        f'<div class="storytext">{body}</div>'
        '<p class="tools"><a href="/print">Print this story</a></p></td>'
        f'<td class="rightcol" width="300">{right}</td>'
        "</tr></table></body></html>"
    )


def test_a_brief_beside_side_columns_of_prose_is_the_article_alone() -> None:
    result = extract_html(table_page())
    assert result is not None
    assert list(result.paragraphs) == BRIEF


def test_the_article_column_named_left_is_kept_and_the_right_one_dropped() -> None:
    """A layout whose article column is called "leftCol": the side column is the one
    beside it holding less of the kept prose."""
    story = " ".join(
        f"<p>{line}</p>"
        for line in [
            *BRIEF,
            "Engineers first found the damage in February, when a jogger reported a"
            " sagging plank near the east landing and the county closed the bridge for"
            " an inspection that took three days.",
            "The repair will cost about $84,000, paid from the county's bridge"
            " maintenance fund, which the commissioners topped up last fall after a"
            " wet summer washed out two culverts.",
        ]
    )
    boxes = "".join(f'<div class="boxModule"><p>{line}</p></div>' for line in SIDEBAR)
    comments = "".join(
        f'<div class="comment"><div class="commentBody">{line}</div></div>'
        for line in [
            "Ten weeks is a long time for the kids to walk the long way round.",
            "Good. That bridge has been a worry since the flood two years back.",
        ]
    )
    html = (
        "<html><head><title>Footbridge closed | Orrville Gazette</title></head><body>"
        '<div id="pageBody"><div id="leftCol"><h1>Miller Slough footbridge to stay closed'
        f'</h1><div class="storyText">{story}</div>'
        f'<div id="comments" class="comments">{comments}</div></div>'
        f'<div id="rightCol">{boxes}</div></div></body></html>'
    )
    result = extract_html(html)
    assert result is not None
    text = "\n".join(result.paragraphs)
    for line in BRIEF:
        assert line in text
    for line in SIDEBAR:
        assert line not in text


def test_columns_are_read_from_class_and_id_names() -> None:
    page = Page.parse(table_page())
    # (read twice: by the cells' names, and by their widths)
    assert len(page.columns()) == 2
    for group in page.columns():
        assert group.side == (True, False, True)
        assert group.story == (False, True, False)
        assert "miller slough" in group.words[1]


def test_a_side_named_box_inside_the_article_column_is_no_column_of_its_own() -> None:
    """A fact box named "sidebar" among the article's paragraphs: its parent holds no
    other column, so no column is read and the box is left to the other rules."""
    html = (
        '<html><body><div id="content"><h1>Footbridge</h1>'
        + "".join(f"<p>{line}</p>" for line in BRIEF)
        + '<div class="sidebar-box"><p>Closed: Miller Slough footbridge, to June 1.</p></div>'
        + "</div></body></html>"
    )
    page = Page.parse(html)
    assert not page.columns()


def test_the_one_h1_is_the_headline_over_a_deck_a_byline_and_a_row_of_share_buttons() -> None:
    """og:title and <title> word the story otherwise; the <h1> the page shows stands
    eleven lines over the article's first paragraph, its share buttons a line each."""
    headline = "Walkers face a long way round as the old slough footbridge waits for new beams"
    html = (
        "<html><head><title>Slough bridge shut to June - News - The Orrville Gazette</title>"
        '<meta property="og:title" content="Footbridge repairs to take six weeks">'
        f"</head><body><h1>{headline}</h1></body></html>"
    )
    header = [
        "News",
        headline,
        "For ninety years the plank bridge has carried children over the slough.",
        "By Dana Whitlock, Roads Reporter",
        "Published 09:12 BST, 12 April 2011",
        *(f"\u2022 {name}" for name in ["Email", "Print", "Comments (4)", "Facebook", "Twitter"]),
        "The footbridge from the east bank on Monday.",
        "Picture: Orrville Gazette",
    ]
    found = "Footbridge repairs to take six weeks"
    assert shown_headline(header, headline, html, found) == headline


def test_the_day_an_address_is_filed_under_is_read_from_its_path_alone() -> None:
    def canonical(address: str) -> str:
        return f'<html><head><link rel="canonical" href="{address}" /></head></html>'

    assert address_date(canonical("http://www.x.com/article/20100312/NEWS01/303120012")) == (
        "2010-03-12"
    )
    assert address_date(canonical("https://x.com/news/2009/nov/12/library-sundays/")) == (
        "2009-11-12"
    )
    assert address_date(canonical("https://x.com/2011/06/08/bridge.html")) == "2011-06-08"
    og = '<meta property="og:url" content="https://x.com/local/2012/02/14/dog-walker/">'
    assert address_date(f"<html><head>{og}</head></html>") == "2012-02-14"
    # a story's number of eight figures, a month 13, a date in the query or the host
    assert address_date(canonical("https://x.com/story/12345678/bridge")) is None
    assert address_date(canonical("https://x.com/article/20101340/x")) is None
    assert address_date(canonical("https://x.com/story?date=20100312")) is None
    assert address_date(canonical("https://2010.x.com/03/12/x")) is None


def test_a_page_dated_only_by_its_address_has_that_day() -> None:
    """The header shows the day the page was saved; the address, the day it was filed."""
    html = (
        "<html><head><title>Footbridge shut - The Orrville Gazette</title>"
        '<link rel="canonical" href="http://www.orrvillegazette.com/article/20110412/NEWS/304120007"'
        ' /></head><body><div id="today">Saturday, April 16, 2011</div>'
        "<h1>Miller Slough footbridge to stay closed through May</h1>"
        + "".join(f"<p>{line}</p>" for line in BRIEF)
        + "</body></html>"
    )
    result = extract_html(html)
    assert result is not None
    assert result.date == "2011-04-12"


def test_a_video_players_title_and_description_are_no_article_text() -> None:
    """A station's story page: the player's description is written in sentences, and
    every extractor keeps it with the story under it."""
    description = (
        "Our crew was at the slough as the last plank came up. Neighbours say the"
        " bridge has creaked for years and they are glad to see it fixed."
    )
    html = (
        "<html><head><title>Footbridge closed | KORV 7</title></head><body>"
        "<h1>Miller Slough footbridge to stay closed through May</h1>"
        '<div class="video-player"><object data="player.swf"></object>'
        '<p class="video-title">VIDEO: Crews pull up the old footbridge</p>'
        f'<p class="video-desc">{description}</p></div>'
        '<div class="story-body">'
        + "".join(f"<p>{line}</p>" for line in BRIEF)
        + '<div class="inline-video"><p class="inline-video-desc">'
        + "The engineer walked us along the span on Monday. She pointed out each of"
        " the rotted beams the crews will replace.</p></div>" + "</div></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    assert list(result.paragraphs) == BRIEF


def test_calls_for_readers_pictures_pitches_and_long_rights_notices_are_furniture() -> None:
    for line in [
        "Seen something newsworthy? Send your pictures to the Gazette newsroom. If we"
        " print your photo we will send you a free copy of the paper and a mug.",
        "Send us your flood pictures. Did you catch the water rising on your street?"
        " Upload them to our reader gallery or email them to the newsdesk with your name.",
        "Enjoyed this story? The Gazette has sat through every council meeting in Orrville"
        " since 1911. Subscribe to the print edition or the e-Edition to keep us there.",
        "\u00a9 Orrville Gazette 2011. All rights reserved. Readers may print extracts of"
        " this website's content for their own personal and non-commercial use only. No"
        " part of it may be copied, sold or sent to others without the written permission"
        " of the publisher, which may be sought from the syndication desk by letter.",
    ]:
        assert is_furniture(line), line
    for line in [
        "The volunteers sent us your photos of the flood, the editor wrote.",
        "Copyright law protects the band's old songs, the judge said on Monday.",
        "Anyone who saw something unusual near the slough is asked to call the police.",
    ]:
        assert not is_furniture(line), line


def test_a_related_box_of_paragraphs_and_a_caption_with_its_credit_go() -> None:
    """A metro daily's story cell: a photo's cutline and credit run together, and a
    table of related stories set as paragraphs (a linked headline, a line break, a
    summary) between the article's paragraphs."""
    related = "".join(
        f'<p><a href="/news/{n}.html"><b>{head}</b></a><br>{summary}</p>'
        for n, (head, summary) in enumerate(
            [
                (
                    "Parents split over longer walk to school",
                    "Some families welcomed the volunteers. Others said the road has no"
                    " sidewalk for half its length.",
                ),
                (
                    "County bridge budget stretched thin",
                    "Engineers say eleven more crossings need new decks within five years.",
                ),
            ]
        )
    )
    html = (
        "<html><head><title>Footbridge - Orrville Gazette</title></head><body>"
        '<div class="storyCol"><h1>Miller Slough footbridge to stay closed through May</h1>'
        '<div class="storyPhoto"><img src="b.jpg"><br><span class="cutline">The old'
        " footbridge over Miller Slough on Monday. Its planks were laid in 1931 and last"
        ' replaced in 1978.</span> <span class="photoCredit">(Lee Danner / The'
        " Gazette)</span></div>"
        f'<div class="storyBody"><p>{BRIEF[0]}</p><p>{BRIEF[1]}</p>'
        '<table class="relatedBox" align="right"><tr><td><p class="relatedHead">RELATED'
        f" STORIES</p>{related}</td></tr></table><p>{BRIEF[2]}</p></div>"
        "</div></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    assert list(result.paragraphs) == BRIEF


def test_unnamed_cells_sized_by_width_and_a_floated_box_of_briefs_are_side_columns() -> None:
    """A hand-made table layout: no class names, the story's cell the widest; inside it
    a box of the paper's briefs floated to the right."""
    briefs = "".join(
        f"<tr><td><b>{head}</b><br>{line}</td></tr>"
        for head, line in [
            (
                "Grange hall hosts blood drive",
                "The Orrville Grange will host a blood drive from 1 to 6 p.m. Thursday."
                " Organisers say supplies are low after the storms.",
            ),
            (
                "Deputies seek help over smashed mailboxes",
                "The sheriff's office asks anyone who saw the vandals on Ridge Road to"
                " call the department.",
            ),
        ]
    )
    html = (
        "<html><head><title>Orrville Gazette</title></head><body>"
        '<table width="770"><tr><td width="130"><a href="/">Home</a><br><a href="/news">'
        'News</a></td><td width="420"><h1>Miller Slough footbridge to stay closed through'
        ' May</h1><table width="200" align="right"><tr><td><b>GAZETTE BRIEFS</b></td></tr>'
        f"{briefs}</table>"
        + "".join(f"<p>{line}</p>" for line in BRIEF)
        + f'</td><td width="205">{"".join(f"<p>{line}</p>" for line in SIDEBAR)}</td>'
        "</tr></table></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    assert list(result.paragraphs) == BRIEF
    page = Page.parse(html)
    sized = next(group for group in page.columns() if len(group.words) == 3)
    assert sized.side == (True, False, True)
    assert sized.story == (False, True, False)


def test_an_address_the_parser_refuses_or_a_day_no_calendar_has_gives_no_date() -> None:
    def canonical(address: str) -> str:
        return f'<html><head><link rel="canonical" href="{address}" /></head></html>'

    assert address_date(canonical("http://[broken/news/2011/04/12/bridge")) is None
    assert address_date(canonical("https://x.com/news/2011/02/30/bridge/")) is None
    # a tag in a comment is none of the page's; a related story's og:url in the body
    # neither; a bad day in the canonical link leaves the og:url to be read
    commented = '<!-- <link rel="canonical" href="https://x.com/2008/01/01/sample/"> -->'
    assert address_date(f"<html><head>{commented}</head><body></body></html>") is None
    card = '<meta property="og:url" content="https://x.com/2009/06/30/old-story/">'
    assert address_date(f"<html><head></head><body>{card}</body></html>") is None
    both = (
        '<html><head><link rel="canonical" href="https://x.com/2011/02/30/a">'
        '<meta property="og:url" content="https://x.com/2011/03/01/a"></head></html>'
    )
    assert address_date(both) == "2011-03-01"
    page = canonical("http://[broken/news/2011/04/12/bridge").replace(
        "</head></html>",
        "</head><body><h1>Miller Slough footbridge to stay closed through May</h1>"
        + "".join(f"<p>{line}</p>" for line in BRIEF)
        + "</body></html>",
    )
    result = extract_html(page)
    assert result is not None
    assert list(result.paragraphs) == BRIEF


def test_quoted_words_and_a_list_item_are_no_readers_pitch_or_rights_notice() -> None:
    for line in [
        "\u201cSend us your photos of the missing heifer, any sighting at all,\u201d"
        " Constable Ruth Amadi said on Tuesday.",
        '"Like what you see?" the potter asked each visitor who stopped at her stall.',
        "(c) 2011 figures from the council show that thirty shops closed on Main Street.",
    ]:
        assert not is_furniture(line), line


def test_a_short_story_beside_a_longer_rail_keeps_its_column() -> None:
    """Both columns named as side ones ("leftCol", "rightCol"), the rail holding more
    prose than the brief: the column holding the page's one <h1> is the article's."""
    html = (
        "<html><head><title>Footbridge | Orrville Gazette</title></head><body>"
        '<div id="pageBody"><div id="leftCol"><h1>Miller Slough footbridge to stay closed'
        ' through May</h1><div class="storyText">'
        + "".join(f"<p>{line}</p>" for line in BRIEF)
        + '</div></div><div id="rightCol">'
        + "".join(f'<div class="boxModule"><p>{line}</p></div>' for line in SIDEBAR)
        + "</div></div></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    text = "\n".join(result.paragraphs)
    for line in BRIEF:
        assert line in text


def test_an_article_set_in_two_columns_of_like_length_loses_neither() -> None:
    halves = [BRIEF[:2], [*BRIEF[2:], SIDEBAR[5]]]
    html = (
        '<html><head><title>Footbridge</title></head><body><div class="story">'
        + "".join(
            f'<div class="{name}">' + "".join(f"<p>{line}</p>" for line in half) + "</div>"
            for name, half in zip(["col-left", "col-right"], halves, strict=True)
        )
        + "</div></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    text = "\n".join(result.paragraphs)
    for line in BRIEF:
        assert line in text


def test_a_lead_set_with_a_drop_cap_stays_when_a_rail_repeats_it() -> None:
    lead = BRIEF[0]
    html = (
        "<html><head><title>Footbridge | Orrville Gazette</title></head><body>"
        '<div id="main"><div id="storyCol"><h1>Miller Slough footbridge to stay closed</h1>'
        f'<p><span class="dropcap">{lead[0]}</span>{lead[1:]}</p>'
        + "".join(f"<p>{line}</p>" for line in BRIEF[1:])
        + f'</div><div id="rightRail"><p>{lead}</p>'
        + "".join(f"<p>{line}</p>" for line in SIDEBAR[:3])
        + "</div></div></body></html>"
    )
    result = extract_html(html)
    assert result is not None
    assert result.paragraphs[0] == lead


def test_a_blogs_name_in_the_h1_over_a_menu_and_the_posts_heading_is_no_headline() -> None:
    name = "Notes From a Riverside Allotment Garden"
    html = f"<html><body><h1>{name}</h1></body></html>"
    header = [
        name,
        "A plot, a shed and far too many marrows",
        "Home",
        "About",
        "Recipes",
        "Archive",
        "Why I lift and split my rhubarb every autumn",
        "October 12, 2011",
    ]
    headings = [line_words(name), line_words("Why I lift and split my rhubarb every autumn")]
    assert (
        shown_headline(header, name, html, "Rhubarb: when to divide it", lambda: headings) is None
    )
    # a deck right under the <h1> leaves it the headline
    deck = [name, header[6], "By Ann Orr", "October 12, 2011"]
    assert shown_headline(deck, name, html, "Rhubarb", lambda: headings) == name


def test_a_grid_of_many_rows_of_named_cells_is_data_not_a_layout() -> None:
    """A timetable of 40 rows, each a "left" cell of a time beside a "right" cell of an
    event: more groups of columns than a layout has, so no cell loses its line."""
    rows = "".join(
        f'<div class="row"><div class="left">{8 + n // 4}:{15 * (n % 4):02d}</div>'
        f'<div class="right">Stage {n} of the relay passes the slough footbridge.</div></div>'
        for n in range(40)
    )
    html = f"<html><body><h1>Relay timetable</h1>{rows}</body></html>"
    page = Page.parse(html)
    assert len(page.columns()) > MAX_COLUMN_GROUPS
    lines = [f"{8 + n // 4}:{15 * (n % 4):02d}" for n in range(40)]
    assert _without_side_columns(lines, page) == tuple(lines)


def test_an_element_classed_headline_is_the_title_where_no_h1_is_one() -> None:
    """A table page's headline set as `<p class="headline">`, and a site's logo in the
    one <h1> over an `<h2 class="headline">`: og:title words both otherwise."""
    headline = "Miller Slough footbridge to stay closed through the end of May"
    story = "".join(f"<p>{line}</p>" for line in BRIEF)
    og = '<meta property="og:title" content="Footbridge shut for repairs">'
    for shown in (
        f'<p class="headline"><font size="5"><b>{headline}</b></font></p>',
        f'<h1><a href="/">The Orrville Gazette</a></h1><h2 class="storyHeadline">{headline}</h2>',
    ):
        html = (
            f"<html><head><title>Orrville Gazette | News</title>{og}</head><body>"
            f'{shown}<p class="byline">By Dana Whitlock</p>{story}</body></html>'
        )
        result = extract_html(html)
        assert result is not None
        assert result.title == headline, shown


def test_a_page_of_several_h1_takes_no_element_classed_headline() -> None:
    """A video's "cnnHeadline" beside two <h1>: the page set its headline in an <h1>."""
    html = (
        '<html><body><div class="cnnHeadline">Inside the workshop that mends old'
        " footbridges</div><h1>Miller Slough footbridge to stay closed</h1><h1>Sign in</h1>"
        "</body></html>"
    )
    assert Page.parse(html).classed_headline() is None
    alone = html.replace("<h1>Sign in</h1>", "").replace("h1>", "h3>")
    assert Page.parse(alone).classed_headline() == (
        "Inside the workshop that mends old footbridges"
    )
