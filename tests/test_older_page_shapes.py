"""Shapes of pages of 2008-2013 that gave wrong bylines, dates or extra text: a site
signing its pages as their author, a byline sharing its line with post tools, a deck
and byline kept as text, an obituary's guest book and stamp, a stamp with the clock
time first, a print view's foot, a bilingual byline, a page turn, a reference box,
a reuse note, a box of facts, a print edition's note, a contact line, a reader poll,
a view count, a comments heading in two languages, an outlet after a middle dot and a
"Last update" stamp, a forum stamp between guillemets, a "Text:" credit, a dotted
date, a network's members-only note and a wiki's skip link, an author among a stamp's
labelled fields, a "filed" stamp among story tools, and lines those rules leave alone;
the site's name at the other end of the <title> from the headline; a print view named
only for its site; a deck over the byline. Every page is invented for these tests."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.html import (
    _dated_teaser_runs,
    checked_title,
    clean_paragraphs,
    extract_html,
    stamped_date,
)
from tests.collection import SHOOTING_REPORT as BODY

HEADLINE = "Riverton man charged with manslaughter in shooting"


def _page(header: str, footer: str = "", body: tuple[str, ...] = BODY) -> str:
    """A page whose `footer` stands in the article's own block, as on pages with no
    markup telling the parts apart."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/news/">News</a></div>'
        f'<div id="main"><h1>{HEADLINE}</h1>{header}<div class="story">{paragraphs}'
        f"{footer}</div></div><div id='foot'>Contact us</div></body></html>"
    )


def test_the_site_signing_its_pages_gives_way_to_the_byline_shown():
    html = _page('<p class="byline">by Monique Arsena<br>Record Correspondent</p>').replace(
        f"<title>{HEADLINE}</title>",
        f'<title>Harlow Junction Record :: {HEADLINE}</title><meta name="Author" '
        'content="Harlow Junction Record">',
    )
    assert extract_html(html).authors == ("Monique Arsena",)


def test_the_outlet_beside_a_reporter_is_no_author():
    assert md.without_outlet(("Rohan Kulkar", "Samachar Junction"), "Samachar Junction") == (
        "Rohan Kulkar",
    )
    assert md.without_outlet(("Jane Doerr",), "Jane Doerr") == ("Jane Doerr",)  # her own site


def test_a_byline_sharing_its_line_with_post_tools_and_a_comment_signature():
    line = (
        "Posted by Owen Tressel on October 3rd, 2008 at 11:15 pm · Filed under Reviews, "
        "Netbooks, Linux · 18 Comments"
    )
    assert md.find_byline([line]) == (("Owen Tressel",), 0)
    assert md.tidy_authors(["Marek said"]) == ()


def test_a_deck_and_byline_kept_as_text_are_the_header():
    deck = "In a brick building by the rail yards, three printers keep an old trade alive."
    body = (
        deck,
        "By Helena Marchbank · Photographs by Ivo Brant",
        "Published March 4, 2013",
        *BODY,
    )
    found = extract_html(_page("", body=body))
    assert found.authors == ("Helena Marchbank",)
    assert found.paragraphs[0] == BODY[0]


def test_an_obituarys_guest_book_ends_it_and_its_stamp_dates_it():
    footer = (
        "<p>Published in the Dellwood Gazette on March 4, 2010</p>"
        "<p>Hagedorn Funeral Home</p><p>412 N. Main St.</p><p>(555) 010-3340</p>"
        "<p>Guest Book</p><p>Showing 1 - 2 of 27 entries</p>"
        "<p>Eleanor was my nurse when my first son was born. I never forgot her kindness "
        "and the way she sat with me half the night, and I think of her every spring.</p>"
        "<p>Joan Kettle, Orrin Falls | March 4, 2010</p>"
    )
    obituary = (
        "Eleanor Ruth Vandermere, 78, of Dellwood, died peacefully Monday at Dellwood "
        "Memorial Hospital, with her family at her side.",
        "She was born on the family farm near Orrin Falls, the youngest of six children, "
        "and graduated from Dellwood High School before training as a nurse in Pella.",
        "She worked nights on the maternity floor for thirty years, quilted for the "
        "hospital auxiliary and never missed a Thursday card game at the church hall.",
        "She is survived by three children, eight grandchildren and a sister. Services "
        "will be held Saturday at First Reformed Church in Dellwood.",
    )
    found = extract_html(_page("", footer=footer, body=obituary))
    text = "\n".join(found.paragraphs)
    assert found.paragraphs[0] == obituary[0]
    assert "Eleanor was my nurse" not in text
    assert "010-3340" not in text and "Main St." not in text
    assert found.date == "2010-03-04"


def test_a_stamp_with_the_clock_time_first_dates_the_page():
    header = (
        '<p class="firstPublished">9:58am Tuesday 14th April 2009 in <a href="/news/">News'
        "</a> &raquo;</p><p>By Sarah Pendle &raquo;</p>"
    )
    assert md.date_stamp("9:58am Tuesday 14th April 2009 in News »") == "timed"
    assert extract_html(_page(header)).date == "2009-04-14"


def test_a_print_views_foot_is_no_text():
    footer = (
        "<p>Article printed from The Port Alder Sentinel: "
        "http://www.portaldersentinel.example/news/story.html?id=1017744</p>"
        "<p>URL to article: http://www.portaldersentinel.example/news/local/1017744/story.html</p>"
    )
    text = "\n".join(extract_html(_page("", footer=footer)).paragraphs)
    assert "printed from" not in text and "URL to article" not in text


def test_a_menu_row_a_caption_credit_and_an_agency_credit_are_furniture():
    from digest.extract import boilerplate as bp

    assert bp.is_furniture("| Home | News | Weather | Sports | Video | Community | About Us |")
    assert not bp.is_furniture("| Name | Age | Town | Team | Goals |")  # a table's header
    assert bp.is_furniture("(With inputs from agencies)")
    caption = "Riders wait for the bus on Wednesday. Courier-Post photo / Ray Delgad"
    assert bp.has_photo_credit(caption)
    assert not bp.has_photo_credit("Riders wait for the bus on Wednesday.")


def test_a_stamp_line_kept_as_a_paragraph_above_the_article_is_no_text():
    body = ("Wednesday, August 19, 2009", *BODY)
    found = extract_html(_page('<p class="byline">by Monique Arsena</p>', body=body))
    assert found.paragraphs[0] == BODY[0]


def test_story_by_and_commentary_by_open_a_byline_and_first_published_ends_it():
    line = "Story by Wendell Aukes, Sentinel staff writer | Posted: Tuesday, March 9, 2010 4:05 pm"
    assert md.find_byline([line])[0] == ("Wendell Aukes",)
    line = "Commentary by Gareth Lyle First published: 15/09/2012 14:30"
    assert md.find_byline([line])[0] == ("Gareth Lyle",)


def test_a_labelled_stamp_earlier_than_the_declared_date_is_the_publication():
    header = '<p class="dates">Posted: Nov 03, 2011 6:47 AM EDT</p>'
    declared = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2014-06-02T10:00:00Z"}</script>'
    html = _page(header).replace("</head>", declared + "</head>")
    assert extract_html(html).date == "2011-11-03"
    # a later stamp ("Posted" on a re-run) does not move the declared day
    html = _page('<p class="dates">Posted: Jun 05, 2014</p>').replace(
        "</head>", declared + "</head>"
    )
    assert extract_html(html).date[:10] == "2014-06-02"


def test_media_teasers_read_links_and_slash_credits_are_no_text():
    body = (
        BODY[0],
        "VIDEO: Fire crews battle flames on Harlan Road",
        "READ: Councillors file complaint over market deal",
        "Dana Okoro/Sentinel",
        *BODY[1:],
        "PHOTOS: The Regent through the years (9 photos)",
    )
    found = extract_html(_page("", body=body))
    assert list(found.paragraphs) == list(BODY)
    assert "Dana Okoro/Sentinel" in found.captions


def test_two_stamps_on_a_line_a_photograph_credit_and_a_video_title_are_no_text():
    line = "Posted: Jan 27, 2011 1:52 PM ET | Last Updated: Jan 27, 2011 6:40 PM ET"
    assert md.date_stamp(line) == "timed"
    assert md.date_stamp("By Ana Ruiz | Posted: Jan 27, 2011 1:52 PM") == "timed"
    body = (
        BODY[0],
        line,
        "Ferry dock torn apart by ice (2:14)",
        "Photograph by Marguerite Devlin",
        *BODY[1:],
    )
    found = extract_html(_page("", body=body))
    assert list(found.paragraphs) == list(BODY)
    # a sentence that ends in a time in brackets is text
    assert not bp.is_media_teaser("The match was stopped at 2-1 (90:00).")


def test_a_post_footer_signs_the_post_when_no_byline_stands_above_it():
    footer = (
        "<p>Share this:</p><ul><li>Twitter</li><li>Facebook</li></ul>"
        '<p class="post-footer">Posted by Devika Rama on April 12, 2011 at 10:47 am in '
        "Databases</p>"
    )
    assert extract_html(_page("", footer=footer)).authors == ("Devika Rama",)
    # a comment's signature further down is no byline
    comments = "<h3>4 Responses</h3>" + "".join(
        f"<p>Comment {n}: interesting read, thanks.</p>" for n in range(4)
    )
    footer = comments + "<p>Posted by Lee Cairn on April 13, 2011</p>"
    assert extract_html(_page("", footer=footer)).authors == ()


def test_the_sites_own_name_and_a_web_address_are_no_headline():
    # a blog's name in the <h1> over every post and at the end of the <title>; the
    # post's own heading, an <h2>, words it a little differently from the <title>
    html = (
        _page("")
        .replace(
            f"<title>{HEADLINE}</title>",
            "<title>Riverton man charged in shooting - Harbour Line Hoops</title>"
            '<meta property="og:site_name" content="Harbour Line Hoops">'
            '<meta property="og:title" content="Riverton manslaughter charge">',
        )
        .replace(f"<h1>{HEADLINE}</h1>", f"<h1>Harbour Line Hoops</h1><h2>{HEADLINE}</h2>")
    )
    # (the heading shown over the post, not the site's name nor og:title's shorter
    # wording that the page shows nowhere)
    assert extract_html(html).title == HEADLINE
    # a web address among the <title>'s parts, with a word of the article in it
    html = "<title>Waiting for help | riverton-record.com | The Record</title>"
    found = checked_title("Waiting for help", html, ["Riverton's ambulances are slow."])
    assert found == "Waiting for help"


def test_a_town_beside_a_staff_credit_is_no_author():
    # "Staff Reporter | Sonpatti", which trafilatura reads as two authors
    assert md.tidy_authors(["Staff Reporter", "Kheripur"]) == ()
    assert md.tidy_authors(["Our Correspondent", "Kheripur"]) == ()
    # a reporter's name beside a staff role stays
    assert md.tidy_authors(["Jane Okafor", "Staff Writer"]) == ("Jane Okafor",)
    assert md.tidy_authors(["Kheripur"]) == ("Kheripur",)  # alone, nothing says otherwise


def test_an_office_or_a_service_signing_a_page_is_no_author():
    assert md.tidy_authors(["Regional Weather Service", "Calverton Forecast Office"]) == ()
    assert md.tidy_authors(["Dana Whitfield", "Continental Wire Service"]) == ("Dana Whitfield",)


def test_a_role_joined_to_a_name_without_a_comma_is_cut_off():
    line = "By Corinna Vale-Hughes Courts reporter | February 14, 2012 5:32 pm"
    assert md.find_byline([line]) == (("Corinna Vale-Hughes",), 0)
    assert md.tidy_authors(["Harold Quist Gazette Columnist"]) == ("Harold Quist",)
    # a longer run may hold the outlet's name: no guess at where the name ends
    assert md.tidy_authors(["Eleanor Vance Sentinel Staff Writer"]) == ()


def test_a_fact_box_set_with_blank_lines_leaves_the_stamp_above_it_in_reach():
    # the page's own marker gives the day it was last modified; the stamp over the
    # article, above a box of 17 lines, half of them empty, the day it was published
    box = "".join(
        f"<b>{n}</b> calls in {y}<br><br>\n"
        for n, y in zip(range(10, 18), range(2001, 2009), strict=True)
    )
    html = _page(
        '<div class="byline">By Ruth Abernethy</div>'
        '<div class="pubdate">Published: Sunday, April 12, 2009<br>'
        "Last Modified: Monday, April 13, 2009</div>"
        f'<div class="factbox"><b>BY THE NUMBERS</b><br><br>\n{box}</div>'
    ).replace("<head>", '<head><meta name="pubdate" content="20090413">')
    assert extract_html(html).date == "2009-04-12"


def test_a_menus_by_location_is_no_byline():
    assert md.find_byline(["By Industry", "By Location", "Multimedia"]) == ((), None)
    assert md.find_byline(["By Region"]) == ((), None)


def test_a_caption_box_kept_as_text_is_dropped_but_a_byline_in_a_credits_box_is_not():
    caption = (
        "Anselm Treyer, 67, a retired forester, practises turning the community bus on "
        "a narrow road above the village on June 18."
    )
    html = _page(
        '<p class="credits">By Helena Marchbank · Photographs by Ivo Brant</p>',
        body=(BODY[0], f'</p><p class="Caption">{caption}</p><p>', *BODY[1:]),
    )
    found = extract_html(html)
    assert caption not in found.paragraphs
    assert found.authors == ("Helena Marchbank",)
    assert BODY[1] in found.paragraphs


def test_a_press_releases_about_section_ends_it():
    about = (
        "Harrowgate Foods (NYSE: HRWG) is a maker of bakery and frozen foods sold under "
        "four brands. It employs 6,200 people at nine bakeries."
    )
    body = (
        *BODY,
        "The company will move the pastry line from its plant in Quebec to the Corliss "
        "bakery next spring, adding 180 jobs over two years, it said on Tuesday.",
        "Production of the frozen croissants is expected to start in March, and the "
        "company said it would hire bakers, mechanics and drivers from the county.",
    )
    footer = f"<p>About Harrowgate Foods</p><p>{about}</p>"
    found = extract_html(_page("<p>FOR IMMEDIATE RELEASE</p>", footer=footer, body=body))
    assert "About Harrowgate Foods" not in found.paragraphs
    assert about not in found.paragraphs
    assert found.paragraphs[-1] == body[-1]
    # in a news story, a heading of that shape is the story's own
    assert about in extract_html(_page("", footer=footer, body=body)).paragraphs
    # the paragraph may name its sender after a phrase of its own, "the" before it
    founded = (
        "Founded in 1921 by the heirs of the baker Ada Corliss, the Harrowgate Foods "
        "company makes bread and frozen pastry at nine bakeries in three states."
    )
    footer = f"<p>About the Harrowgate Foods</p><p>{founded}</p>"
    found = extract_html(_page("<p>FOR IMMEDIATE RELEASE</p>", footer=footer, body=body))
    assert founded not in found.paragraphs
    assert found.paragraphs[-1] == body[-1]
    # a paragraph that names it only far into its text is not about it
    late = (
        "The ovens were fired for the first time in the winter of 1921, when the heirs of "
        "the baker Ada Corliss sold the building to Harrowgate Foods."
    )
    footer = f"<p>About the Harrowgate Foods</p><p>{late}</p>"
    found = extract_html(_page("<p>FOR IMMEDIATE RELEASE</p>", footer=footer, body=body))
    assert late in found.paragraphs
    # a one-word name further in is a section of the release's own ("About Jim")
    memory = "When I first met Jim in 1998, he was already baking bread for half the county."
    footer = f"<p>About Jim</p><p>{memory}</p>"
    found = extract_html(_page("<p>FOR IMMEDIATE RELEASE</p>", footer=footer, body=body))
    assert memory in found.paragraphs


def test_credits_share_rows_and_sponsor_lines_are_furniture():
    for line in (
        "Share Twitter Share on Facebook",
        "Views: 341",
        "Media Credit: Lena Oduya / Photo Editor",
        "Translated from the German by the International desk.",
        "This article was translated from Norwegian by the English desk. Read the original",
        "Support for WXRV comes from Dalby Dental, welcoming new patients of all ages.",
        "Hear the radio version of this story, which aired on Morning Edition.",
        "Keywords: Tram line 4, Weissbach, Oberau",
    ):
        assert bp.is_furniture(line), line
    for line in (
        "Twitter and Facebook were down for hours on Tuesday, the company said.",
        "The letter was translated from Spanish by her son and read aloud.",
    ):
        assert not bp.is_furniture(line), line


def test_the_byline_shown_refines_the_author_declared():
    byline = '<p class="byline">Posted by Jill Amaro, Vice President, Corporate Affairs</p>'
    html = _page(byline).replace(
        f"<title>{HEADLINE}</title>",
        f'<title>{HEADLINE}</title><meta name="author" content="Story by Jill Amaro">',
    )
    assert extract_html(html).authors == ("Jill Amaro",)
    # a second writer the metadata leaves out
    byline = '<p class="byline">By Rania Haddad and Yousef Marri, Staff Reporters</p>'
    html = _page(byline).replace(
        f"<title>{HEADLINE}</title>",
        f'<title>{HEADLINE}</title><meta name="author" content="Rania Haddad">',
    )
    assert extract_html(html).authors == ("Rania Haddad", "Yousef Marri")
    # another name shown over the article leaves the declared author
    byline = '<p class="byline">By Tom Hale</p>'
    html = _page(byline).replace(
        f"<title>{HEADLINE}</title>",
        f'<title>{HEADLINE}</title><meta name="author" content="Rania Haddad">',
    )
    assert extract_html(html).authors == ("Rania Haddad",)


def test_offices_and_a_blogs_menu_are_no_names():
    assert md.tidy_authors(["Jill Amaro", "Vice President", "Corporate Communications"]) == (
        "Jill Amaro",
    )
    assert md.tidy_authors(["All Blog Posts My Blog Add"]) == ()


def test_a_deck_over_the_byline_and_stamp_is_no_article_text():
    deck = "The city may turn ships away at a day's notice when smog is forecast."
    byline = (
        "<div class='byline'><span>Ingrid Haslund</span> <span>ih@example.no</span></div>"
        "<p class='stamp'>Published: 14.09.2010 10:42</p>"
    )
    body = (deck, f"</p>{byline}<p>{BODY[0]}", *BODY[1:])
    html = _page("", body=body).replace(
        f"<title>{HEADLINE}</title>",
        f'<title>{HEADLINE}</title><meta name="author" content="Ingrid Haslund">',
    )
    found = extract_html(html)
    assert deck not in found.paragraphs
    assert found.paragraphs[0] == BODY[0]
    # with no byline or stamp under it, a short first paragraph stays the article's
    assert extract_html(_page("", body=(deck, *BODY))).paragraphs[0] == deck


def _levy_page(lede: str, between: str = "") -> str:
    """A page with its byline and stamp over the lede, and `between` after it."""
    rest = "".join(
        f"<p>{p}</p>"
        for p in (
            "The levy, which takes effect in June, will charge each ship a flat fee plus "
            "an amount per passenger, and officials expect it to raise two million a year.",
            "Opponents said the fee would drive cruise lines to neighbouring ports, costing "
            "shops and restaurants in the old town business during the summer months.",
            "Supporters said the piers were crumbling and that the city could no longer pay "
            "for repairs out of its general budget without raising taxes on residents.",
        )
    )
    return (
        "<html><head><title>Council approves harbour levy</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Council approves harbour levy</h1><p class='byline'>By Ingrid Aasen</p>"
        f"<p class='date'>March 4, 2019</p><div class='entry'>{lede}{between}{rest}</div>"
        "</article><footer>Copyright 2019</footer></body></html>"
    )


LEDE = (
    "The city council voted 7-2 on Monday night to approve a levy on cruise ships "
    "docking in the harbour, ending a year of debate."
)


def test_the_lede_stays_under_a_drop_cap_or_over_another_storys_box():
    found = extract_html(_levy_page(f"<p class='has-drop-cap'>{LEDE}</p>"))
    assert found.paragraphs[0] == LEDE
    related = (
        "<aside class='related'><div>Related story</div><div>Harbour traffic hits record "
        "high</div><div>By Tom Hale</div><div>February 11, 2019</div></aside>"
    )
    found = extract_html(_levy_page(f"<p>{LEDE}</p>", related))
    assert found.paragraphs[0] == LEDE


def test_the_byline_rules_read_whole_names_and_a_capital_the():
    from digest.extract.boilerplate import about_section
    from digest.extract.html import _refined

    assert about_section(["About The Hershon Company", "The Hershon Company is a maker"], 0)
    assert _refined(("Dan Smithson",), ("Dan Smith",)) == ("Dan Smithson",)


def test_a_page_the_parser_cannot_read_gives_no_caption_and_no_crash():
    page = _levy_page(f"<p>{LEDE}\ud800</p>")
    assert extract_html(page) is not None


def test_a_bilingual_byline_opener_is_no_part_of_the_name():
    # a site in two languages writes "By / Par"; the page's parser may declare the
    # author as "By; Par NAME"
    assert md.find_byline(["By / Par Océane Laberge-Roy"])[0] == ("Océane Laberge-Roy",)
    assert md.tidy_authors(["By", "Par Océane Laberge-Roy"]) == ("Océane Laberge-Roy",)
    html = _page('<p class="author">By / Par <a href="/team/ol">Océane Laberge-Roy</a></p>')
    assert md.tidy_authors(extract_html(html).authors) == ("Océane Laberge-Roy",)
    # an opener that also begins names stays
    assert md.tidy_authors(["Von der Brelen"]) == ("Von der Brelen",)
    assert md.tidy_authors(["Di Thomas"]) == ("Di Thomas",)


def test_a_page_turn_a_reference_box_and_a_reuse_note_are_no_article_text():
    footer = (
        "<p>Journal reference: Annals of Coastal Ecology, DOI: 10.5555/ace.2010.0412</p>"
        "<p>If you would like to reuse any content from Tidewater, in print or online, "
        "please contact the syndication desk first for permission. Tidewater does not own "
        "the rights to all photographs, but licences for our articles are available.</p>"
    )
    kept = extract_html(_page("<p>Continued from page 1</p>", footer)).paragraphs
    assert not any(
        line.startswith(("Journal reference", "If you would like", "Continued from"))
        for line in kept
    )
    assert list(kept) == list(BODY)
    # a story about reusing content is no such note
    assert not bp.is_furniture(
        "The papers say the firm wanted to reuse content from their archives without "
        "asking permission, and ignored their lawyers' letters for a year."
    )


def test_comments_each_closed_by_their_time_end_the_article():
    prose = [
        f"Paragraph {n} of the story says what the council decided about the old mill. It "
        "adds a second sentence about the library, the volunteers and the opening day."
        for n in "ABC"
    ]
    comments = [
        "Congratulations! I walked past the old mill for years. (2008-11-03 16:40:12)",
        "We will bring the children on Saturday ^^ (2008-11-03 18:05:47)",
    ]
    assert clean_paragraphs([*prose, *comments])[0] == tuple(prose)
    # a table of comments: a row of the name and the time, the comment, the next row
    rows = [
        "| Ruti from Neve Tsuf | Tue 14 April 2009, 12:05 |",
        "| At last! Three years I drove my son to the station at midnight. |  |",
        "| Uri B. | Tue 14 April 2009, 13:47 |",
    ]
    assert clean_paragraphs([*prose, *rows])[0] == tuple(prose)
    # one such row, or a stamp's labelled rows, end nothing
    details = ["| Reporter | Ronen Almog |", prose[0]]
    assert clean_paragraphs([*prose, *details])[0][-1] == prose[0]
    stamps = ["| Created: | 14/02/2011 11:42 |", "| Modified: | 17/02/2011 09:10 |", prose[0]]
    assert clean_paragraphs([*prose, *stamps])[0][-1] == prose[0]
    # one bracketed time in the article ("... at the hearing (2011-05-02 10:00)") ends nothing
    timed = "The hearing was set for the morning (2011-05-02 10:00)"
    assert clean_paragraphs([*prose[:2], timed, prose[2]])[0] == (*prose[:2], timed, prose[2])


def test_a_box_summing_the_story_up_in_a_list_is_no_article_text():
    box = ["Pe scurt", "- 28 de paturi, față de 36", "- 2 săli de naștere", "- 4 incubatoare"]
    assert bp.without_fact_boxes([*BODY, *box]) == list(BODY)
    assert bp.without_fact_boxes(["In brief:", "• one", "• two", "• three", BODY[0]]) == [BODY[0]]
    # the article's own list under a heading of its own, or two items, stay
    own = ["What the council decided", "- one", "- two", "- three"]
    assert bp.without_fact_boxes(own) == own
    two = ["In short", "- one", "- two"]
    assert bp.without_fact_boxes(two) == two


def test_a_box_of_facts_beside_a_review_is_no_article_text():
    box = (
        "<h4>If you go:</h4><p><b>What:</b> “The Salt Room,” by Ines Varga</p>"
        "<p><b>Where:</b> Harbour Lane Playhouse, 12 Quay St.</p>"
        "<p><b>When:</b> 7:30 p.m. Thursdays-Saturdays, through May 4</p>"
        "<p><b>Tickets:</b> $18-$35; 555-0142</p>"
    )
    kept = extract_html(_page("", footer=box)).paragraphs
    assert list(kept) == list(BODY)
    # in the middle of the article too, where other extractors keep the box
    middle = (*BODY[:2], box, *BODY[2:])
    html = _page("", body=middle).replace(f"<p>{box}</p>", box)
    assert list(extract_html(html).paragraphs) == list(BODY)
    # a sentence ending in a colon over such lines is the article's
    demands = [
        "She listed three demands:",
        "Price: the fare must fall to a dollar.",
        "Hours: buses must run past midnight.",
        "Parking: the depot lot must reopen.",
    ]
    assert bp.without_fact_boxes(demands)[:1] == ["She listed three demands:"]
    # two such lines, or an interview's turns, are text
    assert bp.without_fact_boxes(["Where: the quay", "When: noon", "She left."]) == [
        "Where: the quay",
        "When: noon",
        "She left.",
    ]
    turns = ["Q: Where were you?", "A: At home.", "Q: When?", "A: All night."]
    assert bp.without_fact_boxes(turns) == turns


def test_a_print_note_a_contact_line_a_poll_and_a_view_count_are_no_article_text():
    footer = (
        "<p>Published in The Marlow Courier, April 2nd, 2011.</p>"
        "<p>For more information, contact the parks office at (555) 010-4417 or "
        "parks@marlow.example.gov.</p>"
    )
    poll = (
        "<p>Reader poll</p><p>This poll is not scientific and reflects the opinions of only "
        "those readers who have chosen to take part.</p>"
    )
    html = _page(
        "<p>Riverton man charged Posted: Tue 05 Apr 2011, 09:12 | By: News Desk | "
        "Viewed 2,041 times</p>",
        footer,
        body=(*BODY[:2], poll, *BODY[2:]),
    ).replace(f"<p>{poll}</p>", poll)
    assert list(extract_html(html).paragraphs) == list(BODY)
    assert bp.is_furniture("submitted Mar 16, 2010 9:12 am by river_pete · made popular")
    assert bp.is_furniture("Submitted by jfarrow on Wed, 06/02/2010 - 11:27")
    # the same words inside the article's sentences stay
    for line in (
        "The plan was submitted by the council on Monday, 3 June 2010, and approved in July.",
        "The study was published in the Marlow Courier, April 2, 2011, and in two journals "
        "the year after, when the council first asked the parks office to act on it.",
        "For more information about the fire, residents waited three days.",
        "The poll of 400 voters was not scientific, the mayor said, but it was a start.",
        "The district surveyed 1,200 families. The survey, which was not a scientific poll, "
        "found that 62 percent favoured a later start.",
        "The poll is not scientific, but it suggests most residents oppose the new stadium.",
        "Latest poll",
    ):
        assert not bp.is_furniture(line)


def test_a_comments_heading_in_two_languages_ends_the_article():
    footer = (
        "<p>Comentarios / Comments (2)</p><p>Muy buena nota, gracias.</p>"
        "<p>Great piece, we need more of this reporting.</p>"
    )
    body = (
        *BODY,
        "The man, 34, was held overnight at the county jail and is due in court on Monday "
        "morning, a spokesman for the sheriff said.",
    )
    assert list(extract_html(_page("", footer, body=body)).paragraphs) == list(body)


def test_a_declared_author_carries_no_outlet_after_a_middle_dot():
    assert md.tidy_authors(["Gene Halloran · Millbrook Herald ·"]) == ("Gene Halloran",)
    # a wire's credit with its time names no one, as before
    assert md.tidy_authors(["Harbor Press · 9:14 AM"]) == ()


def test_a_last_update_label_marks_an_update():
    line = "Last update: Nov. 3, 2010 12:41 a.m. | Posted: Nov. 2, 2010 7:00 p.m."
    assert [(d.iso[:10], d.kind) for d in md.dates_in([line], [0])] == [
        ("2010-11-03", "updated"),
        ("2010-11-02", "published"),
    ]


def test_a_forum_posts_stamp_between_guillemets_is_a_stamp():
    assert md.date_stamp("« on: March 3, 2010, 09:41:07 PM »") == "timed"
    assert md.date_stamp("‹ on: March 3, 2010, 10:02:55 PM ›") == "timed"


def test_a_text_credit_beside_a_photo_credit_names_the_author():
    line = "03.05.2011 09:10 | Text: Irina Sokolova | Photo: Pavel Marin | Original in Russian"
    assert md.find_byline([line])[0] == ("Irina Sokolova",)
    # full stops and a four-digit year: day first, as wherever they are written
    assert md.parse_date(line)[0].startswith("2011-05-03")
    assert md.parse_date("06.15.09, 14:20")[0].startswith("2009-06-15")  # the month can't be 15


def test_a_networks_members_note_and_a_wikis_skip_link_are_furniture():
    assert bp.is_comment_heading("You need to be a member of Elm Row Neighbors to add comments!")
    assert bp.is_comment_heading("Comment by Lorna Vickery on May 2, 2010 at 8:14am")
    assert bp.is_furniture("Jump to: navigation, search")
    assert bp.is_furniture("View Blog")
    # in a sentence, the same words stay
    assert not bp.is_comment_heading("You need to be a member of the club to vote, she said.")
    assert not bp.is_furniture("Visitors can view the blog of the expedition every evening.")


def test_an_author_field_among_a_stamp_lines_labelled_fields_is_the_byline():
    line = "2011-03-09 08:12  Source: Qinghe Evening News  Author: Liu Fang  Font size: L M S"
    assert md.find_byline([line])[0] == ("Liu Fang",)
    assert md.find_byline(["Author: Liu Fang  Font size: L M S"])[0] == ("Liu Fang",)
    # a source alone names no author
    assert md.find_byline(["2011-03-09 08:12  Source: Qinghe Evening News"])[0] == ()


def test_a_filed_stamp_in_a_line_of_tools_under_the_story_dates_it():
    tools = "<p>4 comments · filed 03/09/2010 under Local News · Print · Email</p>"
    html = _page("").replace("</div></div><div id='foot'>", f"</div>{tools}</div><div id='foot'>")
    assert extract_html(html).date == "2010-03-09"


def test_labels_tools_and_footers_name_and_date_only_what_they_should():
    # fields of a box that is no stamp (no date) name no author
    box = "Title: The Salt Road Author: Mira Castell Publisher: Velden Press Price: 12.99"
    assert md.find_byline([box])[0] == ()
    # "Text:" over a font-size tool names no one
    assert md.find_byline(["Text: Larger | Smaller | Reset"])[0] == ()
    # another story's date in a related line under the article dates nothing
    related = (
        "Related: Velden council votes to close the old harbour mill after seventy years"
        " | Posted: March 3, 2009"
    )
    assert stamped_date([], footer=[related]) is None
    # a court's "Claim filed:" is no publication
    assert [d.kind for d in md.dates_in(["Claim filed: June 2, 2008"], range(1))] == [""]
    assert not bp.is_comment_heading(
        "Comment by Governor Ana Ruiz on March 3, 2010 drew a sharp rebuke from the union."
    )


def test_the_site_at_the_other_end_of_the_title_from_the_headline():
    from digest.extract.html import site_end_of_title

    headline = "Pool at Ashby Leisure Centre to reopen after refit"
    page = f"<html><head><title>{headline} - Marlow Borough Council</title></head></html>"
    assert site_end_of_title(page, headline) == "Marlow Borough Council"
    page = f"<html><head><title>Wexby Sailing Club :: View topic - {headline}</title></head></html>"
    assert site_end_of_title(page, headline) == "Wexby Sailing Club"
    # the headline alone, or not at an end: no site
    assert site_end_of_title(f"<title>{headline}</title>", headline) is None
    page = f"<title>Marlow :: {headline} :: News</title>"
    assert site_end_of_title(page, "Another headline entirely here") is None


def test_a_print_view_named_only_for_its_site_takes_the_headline_over_the_byline():
    page = (
        "<html><head><title>Marlow Valley Sentinel - Printer Friendly Version</title></head>"
        "<body><p><b>Marlow Valley Sentinel</b></p>"
        "<p><b>Riverton man charged with manslaughter in Elm Street shooting</b></p>"
        "<p><i>Neighbours heard three shots shortly after midnight</i></p>"
        "<p>By Ana Lindqvist<br>Sentinel Staff Writer<br>Tuesday, March 9, 2010</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>Copyright © 2010 Marlow Valley Sentinel. All rights reserved.</p></body></html>"
    )
    found = extract_html(page)
    assert found.title == "Riverton man charged with manslaughter in Elm Street shooting"
    assert found.authors == ("Ana Lindqvist",)
    # a stamp with an at sign before its clock time is a stamp
    assert md.date_stamp("Posted on Saturday, May 09, 2009 @ 18:05:44 CDT") == "timed"


def test_a_headline_naming_its_outlet_or_under_a_tagline_stays_the_headline():
    # the site's name at the start of a headline: the headline
    page = (
        "<html><head><title>Harlow Record</title></head><body><h1>Harlow Record wins award</h1>"
        "<p>By Ana Ruiz<br>March 3, 2011</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>Copyright © 2011 Harlow Record</p></body></html>"
    )
    assert extract_html(page).title == "Harlow Record wins award"
    # a print view: a tagline over the headline is no headline
    page = (
        "<html><head><title>Harlow Record</title></head><body><p><b>Harlow Record</b></p>"
        "<p>Serving the Harlow valley and its villages since 1902</p>"
        "<p><b>Council approves flood budget</b></p><p>By Ana Ruiz<br>March 3, 2011</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>Copyright © 2011 Harlow Record</p></body></html>"
    )
    assert extract_html(page).title == "Council approves flood budget"


def test_a_deck_over_the_byline_is_no_article_text():
    page = (
        "<html><head><title>Riverton man charged - The Marlow Sentinel</title></head><body>"
        "<h1>Riverton man charged with manslaughter in Elm Street shooting</h1>"
        "<p>Neighbours heard three shots shortly after midnight, police say</p>"
        "<p>By Ana Lindqvist<br>Sentinel Staff Writer<br>Tuesday, March 9, 2010</p>"
        "<p>Police tape surrounds the house on Elm Street on Tuesday.</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</body></html>"
    )
    kept = extract_html(page).paragraphs
    assert "Neighbours heard three shots shortly after midnight, police say" not in kept
    assert kept[-len(BODY) :] == tuple(BODY)


def test_a_captions_credit_after_its_last_sentence_marks_it():
    assert bp.has_photo_credit(
        "Two teachers in front of the school, which was built in 1911. Foto: Henrik Dahl"
    )
    assert bp.has_photo_credit("Villagers take down their houses on Thursday. Photo: Padma Times")
    # a sentence that goes on to a photo of its own is prose
    assert not bp.has_photo_credit("He showed the council a photo: it was of the old mill.")


def test_a_list_of_other_stories_with_their_dates_in_brackets_is_no_text():
    related = (
        "<h3>Súvisiace články</h3><ul>"
        "<li>Tatra rail line gets new carriages (12. 4. 2008)</li>"
        "<li>Ice plant opens at the harbour (24.08.2011)</li>"
        "<li>Pension costs squeeze the city, manager warns (4/14/2010)</li></ul>"
    )
    found = extract_html(_page("", footer=related))
    assert list(found.paragraphs) == list(BODY)
    # list items with a year alone in brackets, or a sentence's stop, stay
    kept = (
        "<ul><li>The council first voted on the plan in spring (2010)</li>"
        "<li>The mayor signed it into law in the summer (2011).</li></ul>"
    )
    found = extract_html(_page("", footer=kept))
    assert any("first voted on the plan" in p for p in found.paragraphs)
    assert any("signed it into law" in p for p in found.paragraphs)


def test_a_titled_box_of_facts_about_a_place_is_no_article_text():
    box = [
        "Harwick at a glance",
        "Population: about 2,100",
        "Distance from the district town: 22 km",
        "Wells: 4 (all dry since April)",
    ]
    lines = [BODY[0], *box, BODY[1]]
    assert bp.without_fact_boxes(lines) == [BODY[0], BODY[1]]
    # under a heading that names no box, or with two such lines only, all stay
    assert bp.without_fact_boxes(["The village", *box[1:]]) == ["The village", *box[1:]]
    assert bp.without_fact_boxes(box[:3]) == box[:3]


def test_a_pull_quote_repeating_the_articles_words_is_no_text():
    said = "Every ring is a growing season, and in those years the rings are as thin as paper."
    body = (
        BODY[0],
        f"“{said}”",
        "— Elise Hartung",
        *BODY[1:],
        f"“{said}” said Elise Hartung, the study’s lead author.",
    )
    found = extract_html(_page("", body=body))
    assert list(found.paragraphs) == [*BODY, body[-1]]
    # a quotation in a paragraph of its own that the article does not repeat is its text
    alone = "“We will not close the station while I am the mayor of this town.”"
    found = extract_html(_page("", body=(BODY[0], alone, *BODY[1:])))
    assert alone in found.paragraphs


def test_a_link_to_the_article_in_another_language_is_furniture():
    for line in (
        "» Version française : Les coopératives face aux intermédiaires",
        "Українська версія: Дах ринку замінять до Євро-2012",
        "English version: Council cuts rent for the milk bar",
    ):
        assert bp.is_furniture(line), line
    # a sentence that speaks of a version is the article's
    assert not bp.is_furniture("The final version of the plan was approved on Monday.")


def test_review_mends_of_boxes_lists_pull_quotes_and_version_links():
    # a titled box ends at a sentence, an interview's turn or a dateline in capitals
    box = ["Rail budget at a glance", "New trains: 57", "New lines: 1,021 km", "Freight: 944 Mt"]
    dateline = "NEW DELHI: The railway minister on Friday presented a budget of cuts."
    assert bp.without_fact_boxes([*box, dateline]) == [dateline]
    turns = ["Q: Why now?", "A: Because the money ran out.", "Q: And next year?"]
    assert bp.without_fact_boxes([*box, *turns]) == turns
    # a timeline the article introduces with a colon is its text; a run of dated
    # headlines with no such line is a box of links, one dated item alone is not
    items = [
        "- Shots reported at the Elm Street home (14.04.2010)",
        "- Suspect arrested at a motel near the interstate (15.04.2010)",
    ]
    assert 1 not in _dated_teaser_runs(["How the case unfolded:", *items])
    assert 1 in _dated_teaser_runs(["Related", *items])
    assert 1 in _dated_teaser_runs(["Related stories on sentinel.com:", *items])
    assert 1 not in _dated_teaser_runs(["Related", items[0], "The end came quickly."])
    # a quotation the article introduces, then repeats as a pull quote: the first stays
    said = "Every ring is a growing season, and in those years the rings are as thin as paper."
    body = (
        BODY[0],
        "Elise Hartung, the study's lead author, put it simply:",
        f"“{said}”",
        *BODY[1:],
        f"“{said}”",
        "— Elise Hartung",
    )
    found = extract_html(_page("", body=body))
    assert found.paragraphs.count(f"“{said}”") == 1 and "— Elise Hartung" not in found.paragraphs
    # an article of the same quotation twice is kept, not emptied
    twice = ("“The river has never been this low in the sixty years I have fished it.”",) * 2
    assert extract_html(_page("", body=twice)) is not None
    # "Short version:" opening a paragraph is the article's
    assert not bp.is_furniture("Short version: the county will run out of money by March.")
