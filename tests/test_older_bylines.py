"""Bylines and stamps of older pages that ran on into what stood beside them: a role
line under the name, a forum's "by NAME » DATE", a byline block's e-mail address and
translator, a site's "posted DATE by NAME [ updated DATE ]", a name alone beside the
stamp or over its role line, a sign-off under the post or as its last paragraph, a
stamp in brackets, and a date under the byline where the headline shown is not the one
read; with the lines those rules leave alone. Every page and line is invented for
these tests."""

from __future__ import annotations

from digest.extract import boilerplate as bp
from digest.extract import text_metadata as md
from digest.extract.html import (
    extract_html,
    footer_byline,
    header_byline,
    stamped_date,
)
from tests.collection import SHOOTING_REPORT as BODY

HEADLINE = "Riverton man charged with manslaughter in shooting"


def _page(byline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    return (
        f"<html><head><title>Local 12 - News</title></head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/news/">News</a></div>'
        f'<div id="main"><h2>{HEADLINE}</h2>{byline}<p class="posted">Posted 04/28/2010</p>'
        f'<div class="story">{paragraphs}</div></div>'
        "<div id='foot'>Contact us</div></body></html>"
    )


def _opening(first: str) -> str:
    """The page with its first paragraph written as `first`."""
    return _page("").replace(f"<p>{BODY[0]}</p>", f"<p>{first}</p>")


def _ending(fragment: str) -> str:
    """The page with `fragment` at the end of the article's block."""
    return _page("").replace(
        "</div></div><div id='foot'>", f"{fragment}</div></div><div id='foot'>"
    )


def _beside(fragment: str, byline: str = "") -> str:
    """The page (with `byline` over the article) with `fragment` after the article's
    column, before the page's foot: a box beside the text, the readers' comments."""
    return _page(byline).replace("<div id='foot'>", f"{fragment}<div id='foot'>")


def test_a_role_line_under_the_name_is_no_part_of_it():
    html = _page(
        '<p class="byline">By Dora Kessel<br><span class="role">Recording Secretary, '
        "Riverton Local 12</span></p>"
    )
    assert extract_html(html).authors == ("Dora Kessel",)


def test_a_forums_guillemet_ends_the_posters_name():
    line = "by TrailBossMike » Tue Mar 09, 2010 8:14 pm"
    assert md.find_byline([line]) == (("TrailBossMike",), 0)
    assert md.tidy_authors(["TrailBossMike » Tue Mar"]) == ("TrailBossMike",)


def test_a_byline_blocks_e_mail_and_translator_are_no_part_of_the_name():
    assert md.tidy_authors(["Anna Lindqvist anna lindqvist se Translation Ian Forsyth"]) == (
        "Anna Lindqvist",
    )
    # other lower-case words are left to the name checks: a comment's heading is none
    assert md.tidy_authors(["Jen M says"]) == ()
    assert md.tidy_authors(["Ursula von der Leyen"]) == ("Ursula von der Leyen",)


def test_a_stamp_with_the_name_inside_and_an_update_after_it():
    line = "posted Mar 3, 2011, 7:42 PM by Linda Park [ updated Mar 4, 2011, 9:15 AM ]"
    assert md.find_byline([line]) == (("Linda Park",), 0)
    line = "Posted March 3, 2011 at 7:42 PM by Linda Park in News"
    assert md.find_byline([line]) == (("Linda Park",), 0)
    # a long line of words is still no byline
    line = (
        "Linda Park said on Tuesday that the residents of the avenue have asked the "
        "council for speed humps for many years and by now expect them soon"
    )
    assert md.find_byline([line]) == ((), None)


def test_a_name_alone_beside_the_stamp_is_the_byline():
    header = [
        "Strona główna » In English » News from Wierzbin",
        "2009-04-22, ostatnia aktualizacja 2009-04-22 14:10",
        "Marta Wiśniewska",
        "Councillors cut the rent of the milk bar after thousands signed a petition.",
    ]
    assert header_byline(header, "Council cuts rent for milk bar") == ("Marta Wiśniewska",)
    # a forum's rank over "Joined:" names no author
    header = ["Author", "Message", "JBarraclough", "Site Admin", "Joined: 14 Mar 2005"]
    assert header_byline(header, "Harbour board approves pontoon") == ()


def test_a_date_under_the_byline_where_the_headline_shown_is_another():
    header = [
        "Home > News > Islands",
        "Three small islands face winter without a ferry",
        "By Eleni Marou, Stavros Dimas and Katerina Vlachou",
        "Friday, 6 November 2009",
        "Print | E-mail | Add to favourites",
    ]
    headline = "Ferry company ends winter link to the islands"
    assert stamped_date(header, True, headline) == "2009-11-06"
    # a date alone with no byline over it, above a headline not found, stays unread
    header = ["Friday, 6 November 2009", "Home > News > Islands", "Print | E-mail"]
    assert stamped_date(header, True, headline) is None


def test_a_name_over_its_role_line_signs_the_post_off():
    footer = ["Gloria Benton", "Outreach Committee Chair", "Categories: Newsletter", "0 Comments"]
    assert footer_byline(footer) == ("Gloria Benton",)
    # a name over a line that is no role, and a role line under no known first name
    assert footer_byline(["Gloria Benton", "Categories: Newsletter, Outreach"]) == ()
    assert footer_byline(["Pantry Shelves", "Outreach Committee Chair"]) == ()


def test_a_hosts_name_and_role_over_the_stamp_is_the_byline():
    header = [
        "Live Discussions » Metro",
        "Transit Talk: New light-rail schedule, bus cuts",
        "Gail Merritt",
        "Herald Transportation Writer",
        "Tuesday, June 8, 2010; 12:00 PM",
    ]
    assert header_byline(header, "Live Q&A: Your questions") == ("Gail Merritt",)


def test_the_author_signing_the_article_off_is_no_paragraph():
    signed = "Dora Kessel, Traffic Committee chair"
    html = _page('<p class="byline">By Dora Kessel</p>').replace(
        "</div></div><div id='foot'>", f"<p>{signed}</p></div></div><div id='foot'>"
    )
    result = extract_html(html)
    assert result is not None and result.authors == ("Dora Kessel",)
    assert signed not in result.paragraphs and result.paragraphs[-1] == BODY[-1]
    # a sentence about the author at the end stays
    thanked = "Dora Kessel, who chairs the committee, thanked the volunteers for their work."
    html = _page('<p class="byline">By Dora Kessel</p>').replace(
        "</div></div><div id='foot'>", f"<p>{thanked}</p></div></div><div id='foot'>"
    )
    result = extract_html(html)
    assert result is not None and result.paragraphs[-1] == thanked


def test_the_author_signing_off_on_two_lines_is_no_paragraph():
    html = _page('<p class="byline">By Dora Kessel</p>').replace(
        "</div></div><div id='foot'>",
        "<p>Dora Kessel</p><p>Outreach Committee Chair</p></div></div><div id='foot'>",
    )
    result = extract_html(html)
    assert result is not None and result.paragraphs[-1] == BODY[-1]


def test_an_update_stamp_in_brackets_is_a_stamp():
    assert md.date_stamp("[ updated Mar 4, 2011, 9:15 AM ]") == "timed"


def test_where_those_rules_stop():
    """Pages and lines the rules above must leave as they were."""
    # a teaser's byline and date above the headline shown are no stamp of the article
    header = ["Latest column", "Why the bus cuts hurt", "By John Smith", "March 3, 2009"]
    header += [HEADLINE, "By Jane Doe", "April 2, 2011"]
    assert stamped_date(header, False, HEADLINE) == "2011-04-02"
    # a picture's caption naming someone the article tells of, over the date
    html = _page('<div class="photo"><p>Carla Mendes</p></div>').replace(
        BODY[-1], BODY[-1] + " Superintendent Carla Mendes said the school would reopen."
    )
    result = extract_html(html)
    assert result is not None and result.authors == ()
    # a county or a district is no name beside a stamp
    assert header_byline([HEADLINE, "Tuesday, May 4, 2010", "Warren County"], HEADLINE) == ()
    # a co-author the page declares and the byline shown leaves out stays
    html = _page('<p class="byline">By Jane Doe</p>').replace(
        "<title>", '<meta name="author" content="Jane Doe; Oluwaseun Adeyemi"><title>'
    )
    result = extract_html(html)
    assert result is not None and result.authors == ("Jane Doe", "Oluwaseun Adeyemi")
    # a contact box under the article signs nothing off
    assert footer_byline(["Denise Carter", "Volunteer Coordinator", "Phone: 555-0134"]) == ()
    # a deck opening with "By" and holding figures is no byline
    deck = "By Christmas 2011, 1,200 of the 3,400 homes in 12 towns will have fibre, 3 firms say"
    assert header_byline(["Home | News", HEADLINE, deck], HEADLINE) == ()
    # a Dutch name's particle after "in" is no section ("in News")
    assert md.find_byline(["By Marieke in het Veld"])[0] != ("Marieke",)
    # a guillemet opening the declared name leaves the name
    assert md.tidy_authors(["» Jane Doe"]) == ("Jane Doe",)


def _stamped_page(stamp: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    return (
        "<html><head><title>City Weekly</title></head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/city/">City</a></div>'
        f'<div id="main"><h1>{HEADLINE}</h1><p class="meta">{stamp}</p>'
        f'<div class="story">{paragraphs}</div></div>'
        "<div id='foot'>Contact us</div></body></html>"
    )


def test_a_stamp_among_short_fields_on_its_line_dates_the_page():
    # the year first, as Hungarian writes it, or a month-first stamp between a byline
    # and a section, each part set off by a bar
    page = _stamped_page("2009. október 7. 11:30 | Réka Torma | Issue 40/2009")
    assert extract_html(page).date == "2009-10-07"
    page = _stamped_page(
        "Ana Ruiz, The Harbour Courier, Semarang | Thu, 04/29/2010 10:23 AM | News"
    )
    assert extract_html(page).date == "2010-04-29"
    # a long field beside it is no stamp's: a teaser of another story with its date
    line = "Council votes to close the old mill after seventy years of work | May 3, 2010 10:14"
    assert md.date_stamp(line) is None


def test_dates_and_bylines_in_scandinavian_central_european_and_romanian_words():
    assert md.parse_date("Offentliggjort 23. august 2010 kl. 06:00")[0] == "2010-08-23T06:00:00"
    assert md.parse_date("Publicerad 3 mars 2011 kl. 08.15")[0] == "2011-03-03T08:15:00"
    assert md.parse_date("12 października 2010")[0] == "2010-10-12"
    assert md.parse_date("5. března 2012")[0] == "2012-03-05"
    assert md.parse_date("2009. október 7.")[0] == "2009-10-07"
    assert md.parse_date("14 noiembrie 2011")[0] == "2011-11-14"
    assert md.says_published("Offentliggjort 23. august 2010")
    assert not md.says_published("Opdateret 23. august 2010")
    assert md.find_byline(["Af Mette Holm"])[0] == ("Mette Holm",)
    assert md.find_byline(["Av Lars Berg"])[0] == ("Lars Berg",)


def test_a_byline_set_under_the_article_names_its_author():
    assert footer_byline(["By Kofi Mensah", "Share this story"]) == ("Kofi Mensah",)
    assert footer_byline(["Автор / Author: Olena Kravets"]) == ("Olena Kravets",)
    assert footer_byline(["Reporter: Sofie Vermeulen"]) == ("Sofie Vermeulen",)
    # a sentence is no byline, nor a line further down (a comment's)
    assert footer_byline(["By Friday the bridge was open again."]) == ()
    below = ["Readers write", "I walked that bridge as a boy. Good to see it back.", "By Kofi"]
    assert footer_byline(below) == ()


def test_a_correspondents_from_name_and_town_is_a_byline():
    assert md.find_byline(["From Chidi Okonkwo, Port Harcourt"]) == (("Chidi Okonkwo",), 0)
    # "From" before no name and town is no byline
    for line in ("From the archives", "From Staff Reports, Lagos", "From our correspondent, Abuja"):
        assert md.find_byline([line]) == ((), None)
    page = _page("<p>Written by Administrator</p><p>From Chidi Okonkwo, Port Harcourt</p>")
    assert extract_html(page).authors == ("Chidi Okonkwo",)


def test_a_name_opening_the_stamp_line_is_the_byline():
    line = (
        "Ricardo Tavares, da Redação Publicado em 08/03/2012, às 16h45 | Atualizado em 08/03/2012"
    )
    assert md.name_by_date([line], under_stamp=True) == ("Ricardo Tavares",)
    # a sentence holding a date, or a stamp alone, names no one
    assert md.name_by_date(["Ana Ruiz said on 3 May 2010 that"], under_stamp=True) == ()
    assert md.name_by_date(["Publicado em 08/03/2012, às 16h45"], under_stamp=True) == ()


def test_a_byline_run_into_the_first_paragraph_is_the_author_and_no_text():
    first = f"By Andrei Munteanu – {BODY[0]}"
    html = _opening(first)
    found = extract_html(html)
    assert found.authors == ("Andrei Munteanu",)
    assert found.paragraphs[0] == BODY[0]
    # "By" opening a sentence that runs on is the article's own
    first = f"By noon – {BODY[0]}"
    found = extract_html(_opening(first))
    assert found.paragraphs[0] == first


def test_a_name_among_the_fields_of_a_stamp_line_is_the_byline():
    line = "2009. október 7. 11:30 | Réka Torma | Issue 40/2009"
    assert md.name_by_date([line], under_stamp=True) == ("Réka Torma",)
    page = _stamped_page(line)
    assert extract_html(page).authors == ("Réka Torma",)
    # a line of fields with no clock time is no stamp's
    assert md.name_by_date(["Réka Torma | Issue 40/2009"], under_stamp=True) == ()


def test_lines_that_only_look_like_the_new_stamps_and_bylines_are_not():
    # a score or a live update beside a clock time is no stamp
    assert md.date_stamp("Sat, May 3, 2014 7:30 PM | Lakers 102 | Celtics 99") is None
    assert md.date_stamp("June 5, 2011 10:42 AM | Crews reopen the northbound lanes") is None
    # a place before a date, or a caption's sentence, is no name before a stamp
    assert md.name_by_date(["Virginia Beach, March 3, 2010"], under_stamp=True) == ()
    caption = "Maria Lopez, a volunteer with the group, sorts donations on December 3, 2010"
    assert md.name_by_date([caption], under_stamp=True) == ()
    # short forms written like the Scandinavian openers, and places after "From"
    for line in ("AF Academy Cadets Win National Title", "AV Equipment Rental", "Av Paulista"):
        assert md.find_byline([line]) == ((), None), line
    for line in ("From Los Angeles, California", "From Friday To Sunday, Tickets"):
        assert md.find_byline([line]) == ((), None), line
    # a field of a stamp line after a slash keeps its label
    line = "2010-08-14 09:31 Source: Lingjiang Daily / Author: Zhou Lan"
    assert md.find_byline([line])[0] == ("Zhou Lan",)
    # a year first counts only opening a line or a field
    assert md.parse_date("Sales fell in 2019. Mar 4.") is None
    assert md.parse_date("2015. máj. 3.")[0] == "2015-05-03"


def test_under_the_article_a_credit_or_a_teasers_byline_names_no_author():
    assert footer_byline(["AP Photo"]) == ()
    assert footer_byline(["Mayor seeks second term", "By Tom Hale"]) == ()


def test_a_run_in_byline_needs_a_full_name_and_leaves_its_role_out():
    first = f"By Christmas – {BODY[0]}"
    found = extract_html(_opening(first))
    assert found.paragraphs[0] == first
    first = f"By Ana Ruiz - Staff Writer - {BODY[0]}"
    found = extract_html(_opening(first))
    assert found.authors == ("Ana Ruiz",)
    assert found.paragraphs[0] == BODY[0]


def test_a_name_alone_ending_the_article_with_no_byline_above_signs_it():
    html = _ending('<p class="signature" style="text-align:right"><em>Dora Kessel</em></p>')
    result = extract_html(html)
    assert result is not None and result.authors == ("Dora Kessel",)
    assert result.paragraphs[-1] == BODY[-1]
    # a last line that is no person's name (a place, a company) signs nothing
    html = _ending("<p>Riverton Community Trust</p>")
    result = extract_html(html)
    assert result is not None and result.authors == ()


def test_a_date_of_day_month_and_year_each_with_a_full_stop_and_a_space():
    assert md.parse_date("Publikované: 24. 5. 2008 09:15")[0] == "2008-05-24T09:15:00"
    assert md.parse_date("1. 12. 2010")[0] == "2010-12-01"  # day first, whatever the page
    assert md.says_published("Publikované: 24. 5. 2008")
    assert not md.says_published("Aktualizované: 24. 5. 2008 13:40")
    # a year ending a sentence before two numbers is no such date
    assert md.parse_date("in 2019. 5. 2008") is None


def test_a_box_beside_the_article_headed_author_names_its_writer():
    lines = [
        "Forest railway to run again",
        "Autor",
        "",
        "Mirela Kostka",
        "redaktorka",
        "Najčítanejšie",
    ]
    assert md.boxed_byline(lines) == ("Mirela Kostka",)
    # a heading over a place or over two writers' boxes names nobody
    assert md.boxed_byline(["Autor", "Spišská Nová Ves"]) == ()
    assert md.boxed_byline(["Author", "Mirela Kostka", "Author", "Ivan Horak"]) == ()
    # label and name on one line, in a credits box beside the article
    assert md.boxed_byline(["Reportage", "Reporter: Mirela Kostka", "Camera: Jens Vos"]) == (
        "Mirela Kostka",
    )
    page = _beside(
        "<div class='side'><h4>Reporter</h4><p><b>Mirela Kostka</b><br>staff writer</p></div>"
    )
    assert extract_html(page).authors == ("Mirela Kostka",)


def test_a_written_by_label_alone_over_the_name_in_a_column_beside_the_text():
    # read nearest the article first, the name still follows its label
    header = [
        "Cut off for a fortnight, the valley asks for its tunnel",
        "Written by",
        "Sigrún Hallsdóttir",
        "sigrun@example.is",
        "Published",
        "14.02.2013 | 10:24",
        "Share on Facebook",
    ]
    assert header_byline(header, "Valley renews tunnel call") == ("Sigrún Hallsdóttir",)


def test_dates_and_bylines_in_hindi_words_around_an_english_article():
    assert md.parse_date("प्रकाशित: 12 जनवरी 2011, 09:05 IST")[0] == "2011-01-12T09:05:00+05:30"
    assert md.parse_date("3 फ़रवरी 2012")[0] == "2012-02-03"
    assert md.says_published("प्रकाशित: 12 जनवरी 2011")
    assert not md.says_published("अपडेटेड: 12 जनवरी 2011, 21:15 IST")
    assert md.find_byline(["रिपोर्टर: Meera Kulkarni, Sagar"])[0] == ("Meera Kulkarni",)


def test_a_dateline_after_a_run_in_byline_stays_with_the_first_sentence():
    first = f"By Nuwan Perera, Galle Group Corr. RIVERTON – {BODY[0]}"
    found = extract_html(
        _page("").replace(f"<p>{BODY[0]}</p>", f"<p><b>{first[:34]}</b>{first[34:]}</p>")
    )
    assert found.authors == ("Nuwan Perera",)
    assert found.paragraphs[0] == f"RIVERTON – {BODY[0]}"


def test_an_author_note_run_on_after_the_name_is_no_part_of_it():
    note = "Réka Torma covers city hall and the districts for the Pest Side Weekly"
    assert md.tidy_authors([note]) == ("Réka Torma",)
    # a particle inside the name, and a comment's "NAME says", are left as they were
    assert md.tidy_authors(["Ana Lucía de la Vega"]) == ("Ana Lucía de la Vega",)
    assert md.tidy_authors(["Jen M says"]) == ()


def test_review_mends_of_bylines_read_at_the_articles_end_and_beside_it():
    # a list of names, a place or a body ending the article signs nothing
    listed = _ending(
        "<p>Three candidates filed papers for the seat:</p><p>Ana Ruiz</p><p>Mark Lee</p>"
        "<p>Emily Carter</p>"
    )
    found = extract_html(listed)
    assert found.authors == () and "Emily Carter" in found.paragraphs
    church = _ending("<p>Grace Community Church</p>")
    assert extract_html(church).authors == ()
    # a reviewed book's author in its box of fields is not the article's
    box = ["Title: Wolf Country", "Author: Hilary Marsh", "Publisher: Fourth Gate"]
    assert md.boxed_byline(box) == ()
    # a byline run into the first paragraph beats a box beside the article
    first = f"By Dora Kessel – {BODY[0]}"
    html = _opening(first)
    html = html.replace(
        "<div id='foot'>", "<div><h4>Author</h4><p>Hilary Marsh</p></div><div id='foot'>"
    )
    assert extract_html(html).authors == ("Dora Kessel",)


def test_review_mends_of_names_and_datelines_after_by():
    # an author note is cut only at a verb in "-s"; a deck opening with "By" and a
    # possessive, or two names joined by "and", are no notes
    assert md.find_byline(["By Jane Doe and Mark Lee"])[0] == ("Jane Doe", "Mark Lee")
    assert md.tidy_authors(["Mary Ellen op den Akker"]) == ("Mary Ellen op den Akker",)
    assert md.find_byline(["By Victoria Day the outdoor pools will all be open again"])[0] == ()
    # a name in capitals, or an agency, after a run-in byline is no dateline
    first = f"By MARY K. JONES – {BODY[0]}"
    found = extract_html(_opening(first))
    assert found.paragraphs[0] == BODY[0]
    first = f"By Jane Doe, AFP – {BODY[0]}"
    found = extract_html(_opening(first))
    assert found.paragraphs[0] == BODY[0]
    # a Hindi month is no start of a longer word ("जून" of "जूनियर")
    assert md.parse_date("5 जूनियर खिलाड़ी 2010") is None


def test_reported_by_redaction_and_story_labels_open_bylines():
    assert extract_html(_page("<p>Reported by <b>Rania Soliman</b></p>")).authors == (
        "Rania Soliman",
    )
    html = _page("<p class='signature'>Rédaction : Maëlle Gosselin, Service des communications</p>")
    assert extract_html(html).authors == ("Maëlle Gosselin",)
    credits = (
        "<p><strong>Story:</strong> Tavita Leaupepe &nbsp; <strong>Photo:</strong> Ana Tui</p>"
    )
    assert extract_html(_page(credits)).authors == ("Tavita Leaupepe",)


def test_a_commenters_lone_name_declared_gives_way_to_the_byline_shown():
    comments = (
        "<div id='comments'><h4>Comments (2)</h4><div class='comment'>"
        "<span class='author'>Sefo</span> <span>2011-04-12 09:14</span>"
        "<p>Well done to everyone who worked on this, it was a long time coming.</p></div>"
    )
    byline = "<p><strong>Story:</strong> Tavita Leaupepe <strong>Photo:</strong> Ana Tui</p>"
    html = _beside(comments + "</div>", byline)
    html = html.replace("<head>", "<head><meta name='author' content='Sefo'>")
    assert extract_html(html).authors == ("Tavita Leaupepe",)


def test_an_author_box_names_a_writer_whose_first_name_no_list_knows():
    assert md.boxed_byline(["Autors", "Dzintra Ozoliņa", "DR1 Ziņu dienests"]) == (
        "Dzintra Ozoliņa",
    )
    # a lone word or a long line under the heading is still no name
    assert md.boxed_byline(["Autors", "Redakcija"]) == ()
    page = _beside(
        "<div class='box author'><h4>Autors</h4><p><strong>Dzintra Ozoliņa</strong><br>"
        "DR1 Ziņu dienests</p></div>"
    )
    assert extract_html(page).authors == ("Dzintra Ozoliņa",)


def test_a_dash_led_signature_may_add_an_outlet_or_a_role():
    found = extract_html(_ending("<p>— Marian Calloway, Juniper Lane Records</p>"))
    assert found.authors == ("Marian Calloway",)
    assert found.paragraphs[-1] == BODY[-1]
    # without the dash, a name and a comma's tail is a sentence's start, no signature
    found = extract_html(_ending("<p>Marian Calloway, Juniper Lane Records</p>"))
    assert found.authors == ()


def test_a_pager_row_is_furniture_and_a_guestbook_a_comment_heading():
    tail = (
        "<p>– Marian Calloway, Fair Publicity Chair</p><p>&lt;&lt; 2008 Fair News | Back to top</p>"
    )
    found = extract_html(_ending(tail))
    assert found.authors == ("Marian Calloway",)
    assert found.paragraphs[-1] == BODY[-1]
    assert bp.is_furniture("« Older posts | Newer posts »")
    assert not bp.is_furniture("Prices rose 5% | shares fell")
    # the invitation to sign a guest book heads one, whoever's book it is
    assert bp.is_comment_heading("Guestbook – Sign our guestbook!")


def test_a_korean_sites_dotted_stamp_and_its_reporters_line_under_the_story():
    assert md.parse_date("입력 2011.03.08 09:05 KST | 수정 2011.03.08 18:40 KST")[0] == (
        "2011-03-08T09:05:00+09:00"
    )
    assert md.says_published("입력 2011.03.08 09:05 KST")
    # no version number nor a longer run of numbers is a date
    assert md.parse_date("release v2011.03.08.2") is None
    assert md.parse_date("ref 12011.03.08") is None
    found = extract_html(_ending("<p>Lee Min-seo / Staff Reporter minseo@example.co.kr</p>"))
    assert found.authors == ("Lee Min-seo",)
    # a slash between a name and words that are no role is no signature
    found = extract_html(_ending("<p>Lee Min-seo / Seoul, Busan and Daegu</p>"))
    assert found.authors == ()


def test_a_notices_dated_label_and_a_date_in_two_calendars_under_the_h1():
    assert md.says_published("Dated: 12.09.2011")
    assert not md.says_published("in a letter dated 12.09.2011")
    header = ["News & Events", "Dated: 12.09.2011", HEADLINE]
    assert stamped_date(header, True, HEADLINE, "2011-11-12") == "2011-09-12"
    # the headline read (og:title) is not the one shown; the day under the <h1> is the
    # page's, in both calendars, not the update's under it nor the one read elsewhere
    header = [
        "Business",
        HEADLINE,
        "Thursday, 14 July 2011 | 13 Sha'ban 1432 AH",
        "Last update: 15/07/2011 10:05",
    ]
    read = "Teacher charged after shooting"
    assert stamped_date(header, True, read, "2011-07-15", shown_headlines=[HEADLINE]) == (
        "2011-07-14"
    )
    assert stamped_date(header, True, read, "2011-07-15") is None


def test_a_run_in_byline_beats_a_blog_account_declared_as_author():
    first = f"By Sipho Mahlangu | RIVERTON – {BODY[0]}"
    html = _opening(first).replace("<head>", "<head><meta name='author' content='Riverton Times'>")
    assert extract_html(html).authors == ("Sipho Mahlangu",)
    # a person declared stays the author
    html = _opening(first).replace("<head>", "<head><meta name='author' content='Mary Hollis'>")
    assert extract_html(html).authors == ("Mary Hollis",)


def test_a_commenters_name_read_as_the_author_is_dropped():
    comments = (
        "<div class='commententry'><h3>Comments</h3><div class='com-list'>"
        "<div class='com-meta'><strong>#1</strong> <span class='com-author'>Pat Rowe</span> "
        "<span class='com-date'>(Wednesday, 16 May 2012 09:12)</span></div>"
        "<p class='com-text'>What a brilliant idea, and a great comfort to everyone on the "
        "estate.</p></div></div>"
    )
    # read from the comment's author box, no name the page declares
    page = _beside(comments)
    assert extract_html(page).authors == ()
    # the same name also over the article is the writer's
    page = _beside(comments, "<p>By Pat Rowe</p>")
    assert extract_html(page).authors == ("Pat Rowe",)
    # a box's "Reporter: NAME" set after the comments is a byline
    box = "<div class='side'><p>Reporter: Pat Rowe</p></div>"
    page = _beside(comments + box)
    assert extract_html(page).authors == ("Pat Rowe",)


def _h2_headline_page(h1s: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    return (
        "<html><head><title>Riverton District Court</title>"
        "<meta property='og:title' content='Court settles 1,412 cases'></head><body>"
        f"{h1s}<div id='nav'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        "<div id='main'><div class='story'>"
        "<h2>Riverton man charged with manslaughter after night of gunfire</h2>"
        f"{paragraphs}</div></div><div id='foot'>Contact us</div></body></html>"
    )


def test_a_headline_set_as_an_h2_over_the_text_is_no_paragraph():
    # neither the title read nor an <h1>: the page's heading over the first paragraph
    assert extract_html(_h2_headline_page()).paragraphs[0] == BODY[0]
    # a page that sets its subheadings as <h1> too keeps an <h2> opening the text
    found = extract_html(_h2_headline_page("<h1>One</h1><h1>Two</h1>"))
    assert found.paragraphs[0].startswith("Riverton man charged")


def test_a_permalink_post_footer_is_furniture_but_still_signs_the_post():
    assert bp.is_furniture("Entry posted by webmaster on 04/19/2010 at 08:42 AM · Permalink")
    assert bp.is_furniture("Permalink")
    assert not bp.is_furniture("Posted by Jane Doe, who called it a permalink of sorts")
    found = extract_html(_ending("<p>Entry posted by webmaster on 04/19/2010 · Permalink</p>"))
    assert found.paragraphs[-1] == BODY[-1]
    footer = ["Posted by Leonie Marsh at 9:14 PM | Permalink", "Labels: council"]
    assert footer_byline(footer) == ("Leonie Marsh",)


def test_a_table_row_holding_only_a_label_is_no_paragraph():
    from digest.extract.html import _labels_only

    assert _labels_only("| Flash News:  |")
    assert _labels_only("|  |  |")
    # a label with its value, or a cell of words, is the table's content
    assert not _labels_only("| Fares: | $2 for adults |")
    assert not _labels_only("| Route 6 closes on Monday |")


def test_a_bilingual_stamps_month_in_two_languages():
    assert md.parse_date("Foilsithe / Published: 22 Márta / March 2010")[0] == "2010-03-22"
    assert md.parse_date("on 3 of / May 2010") is None


def test_a_date_in_two_calendars_under_an_h2_headline():
    header = [
        "ENGLISH NEWS / Local",
        HEADLINE,
        "平成22年11月4日 ／ Nov. 4, 2010",
    ]
    read = "Teacher charged after shooting"
    assert stamped_date(header, False, read, None, shown_headlines=["One", HEADLINE]) == (
        "2010-11-04"
    )
    # a part between the bars that holds no number is no calendar's date
    header[2] = "Nov. 4, 2010 ／ Local News Desk"
    assert stamped_date(header, False, read, None, shown_headlines=[HEADLINE]) is None


def test_review_mends_of_this_rounds_bylines_dates_and_furniture():
    # no version number or run of words is a date
    assert md.parse_date("release v2011.03.08") is None
    assert md.parse_date("build2011.03.08") is None
    assert md.parse_date("Issue 3 April / May 2010") is None
    assert md.parse_date("Page 2 News / March 2010") is None
    assert not md.says_published("Letter (dated 12.09.2011)")
    # a row of quotations in guillemets is no pager
    assert not bp.is_furniture("« Nous rouvrirons l'école lundi » | « Les parents sont soulagés »")
    # a data table's header row is the table's
    from digest.extract.html import _bare_date_line, _labels_only

    assert not _labels_only("| Winner: | Runner-up: | Turnout: |")
    # an event's price beside its date makes no stamp
    assert not _bare_date_line("Saturday, 21 August 2011 | Tickets £12")
    assert _bare_date_line("Monday, 3 May 2010 | 10:05")
    # a masthead's date of the day under the site's name is not the article's
    header = ["Riverton Daily Courier", "Monday, 28 November 2011", "Home News", HEADLINE]
    header.append("Thursday, 14 July 2011")
    shown = ["Riverton Daily Courier", HEADLINE]
    assert stamped_date(header, True, "Other", None, shown_headlines=shown) == "2011-07-14"
    # a contact under a colon, a photographer, and a quotation's credit sign nothing
    contact = "<p>For more information contact:</p><p>Dana Whitfield / Communications Director</p>"
    assert extract_html(_ending(contact)).authors == ()
    assert extract_html(_ending("<p>Kim Soo-jin / Staff Photographer</p>")).authors == ()
    quoted = (
        "<p>“We will rebuild the hall before winter.”</p><p>— Dana Whitfield, Riverton mayor</p>"
    )
    assert extract_html(_ending(quoted)).authors == ()
    hyphen = extract_html(_ending("<p>- Marian Calloway, Juniper Lane Records</p>"))
    assert hyphen.authors == ("Marian Calloway",)
    # a kicker after "Story:" is no byline; a two-word body under "Author" is no writer
    assert md.find_byline(["Story: Flooding closes Main Street"])[0] == ()
    assert md.boxed_byline(["Author", "Editorial Board"]) == ()


def test_an_author_declared_in_the_head_who_answers_in_the_comments_stays():
    comments = (
        "<div class='comments'><h3>Comments</h3>"
        "<p><span class='com-author'>Pat Rowe</span> (Wednesday, 16 May 2012 09:12)</p>"
        "<p>Thanks for reading, and for all the kind words about the estate.</p></div>"
    )
    page = _beside(comments).replace("<head>", "<head><meta name='author' content='Pat Rowe'>")
    assert extract_html(page).authors == ("Pat Rowe",)


def test_a_subheading_after_key_points_stays_with_them():
    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY)
    page = (
        "<html><head><title>Riverton Courier</title>"
        "<meta property='og:title' content='Council votes on budget'></head><body>"
        "<div id='main'><div class='story'><h2>Riverton man charged after night of gunfire</h2>"
        "<ul><li>Three shots were fired near the station</li><li>No one was hurt</li></ul>"
        f"<h2>What the police said</h2>{paragraphs}</div></div>"
        "<div id='foot'>Contact us</div></body></html>"
    )
    found = extract_html(page)
    assert any("Three shots were fired" in p for p in found.paragraphs)
    assert "What the police said" in found.paragraphs
