"""Headlines, bylines and leads that page furniture used to supply (reader review classes
8, 9 and 11), and windows-1252 punctuation left as C1 controls."""

from __future__ import annotations

from digest.extract.boilerplate import cut_media_furniture
from digest.extract.core import extract_documents
from digest.extract.text_metadata import (
    find_byline,
    find_own_address,
    find_publisher,
    find_web_address,
    name_line,
    strip_marks,
    tidy_authors,
    tidy_publisher,
    without_outlet,
    without_site_name,
)
from digest.models import Article
from digest.sources import c1_as_cp1252, normalise_text, read_paths
from digest.stories.agreement import agreed_lead
from digest.stories.compare import compare_variants
from tests.collection import SHOOTING_REPORT as BODY
from tests.collection import extracted


def _page(*header: str) -> str:
    return "\n\n".join(["Home", "News", "Sports", *header, *BODY, "Contact us"]) + "\n"


def _title(text: str, tmp_path) -> str:
    return extracted(tmp_path, "copy.txt", text).title


def test_a_dateline_section_label_or_caption_under_the_date_line_is_no_headline(tmp_path):
    headline = "Riverton man charged with manslaughter in shooting"
    for below in (
        "RIVERTON POLICE",
        "RIVERTON, Ill",
        "Police at the scene on Elm Street (Source: WXYZ)",
    ):
        assert _title(_page(headline, "Published 2025-05-08", below), tmp_path) == headline


def test_a_close_glyph_is_no_part_of_the_headline(tmp_path):
    headline = "Riverton man charged with manslaughter in shooting"
    assert _title(_page("× " + headline, "Published 2025-05-08"), tmp_path) == headline
    assert strip_marks("► " + headline + " ×") == headline


def test_the_headline_other_copies_repeat_still_heads_its_date_line(tmp_path):
    """The same story's headline in several outlets is a line other copies repeat."""
    headline = "Riverton man charged with manslaughter in shooting"
    paths = []
    for n, menu in enumerate((["Home", "Weather"], ["Start", "Traffic"], ["Index", "Radio"])):
        text = "\n\n".join([*menu, headline, f"Published 2025-05-0{n + 1}", "RIVERTON, Ill", *BODY])
        path = tmp_path / f"copy-{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    docs = [d for d in read_paths(paths) if d is not None]
    titles = [a.title for a in extract_documents(docs) if a is not None]
    assert titles == [headline] * 3


def test_a_lede_sentence_above_the_date_line_heads_the_copy_when_nothing_else_does(tmp_path):
    """Some copies head the article with a sentence-length lede ending in a full stop,
    longer than any headline: it is still the line right above the date line."""
    lede = (
        "A man from Riverton was charged on Tuesday with manslaughter after a late-night "
        "shooting at a home on Elm Street left one of his neighbours dead, police said."
    )
    page = _page(lede, "Published 2025-05-08")
    article = extracted(tmp_path, "copy.txt", page)
    assert article.title == lede
    assert article.standfirst == ""  # not shown twice


def test_a_lede_is_no_headline_where_a_real_headline_stands_above_it(tmp_path):
    headline = "Riverton man charged with manslaughter in shooting"
    lede = (
        "A man from Riverton was charged on Tuesday with manslaughter after a late-night "
        "shooting at a home on Elm Street left one of his neighbours dead, police said."
    )
    assert _title(_page(headline, lede, "Published 2025-05-08"), tmp_path) == headline


def test_a_headline_naming_a_day_is_no_date_line(tmp_path):
    headline = "Thefts, fights and a runaway goat: May 7, 2025 Riverton police log"
    assert _title(_page(headline, "Published 2025-05-08"), tmp_path) == headline
    assert _title(_page("Posted: May 7, 2025 10:00 AM", "Published 2025-05-08"), tmp_path) != (
        "Posted: May 7, 2025 10:00 AM"
    )


def test_site_name_suffixes_are_cut_from_the_story_headline_only_when_they_read_as_one():
    assert without_site_name("Man charged in shooting - KSLA News 12 Shreveport, Louisiana") == (
        "Man charged in shooting"
    )
    assert without_site_name("Police search for suspect - WSVN-TV | wsvn.com") == (
        "Police search for suspect"
    )
    assert without_site_name("Storm hits the coast - Acme Courier", ["Acme Courier"]) == (
        "Storm hits the coast"
    )
    for kept in ("Arsenal 2 - 1 Chelsea", "Storm hits coast - live updates", "A - News"):
        assert without_site_name(kept) == kept


def test_bylines_keep_people_and_drop_roles_stations_dates_and_case_twins():
    assert find_byline(["By Ines Dale and KPLX 7 Staff"])[0] == ("Ines Dale",)
    assert find_byline(["By Mara Lind Monday, March 3"])[0] == ("Mara Lind",)
    assert find_byline(["By Tobias Wren November"])[0] == ("Tobias Wren",)
    assert find_byline(["By April Green"])[0] == ("April Green",)
    assert find_byline(["By Staff writer"])[0] == ()
    assert find_byline(["By Owen P Tarrant http://example.org/ot"])[0] == ("Owen P Tarrant",)
    assert find_byline(["By The Associated Press"])[0] == ("The Associated Press",)
    assert tidy_authors(["ELIN MARSH", "Elin Marsh"]) == ("Elin Marsh",)
    assert tidy_authors(["The Russian", "RDN", "Jane Doe"]) == ("Jane Doe",)
    assert tidy_authors(["AFP"]) == ("AFP",)


def test_a_caption_naming_someone_is_no_bare_byline():
    assert name_line("Jane Doe") == "Jane Doe"
    assert name_line("Jane Doe - May 2, 2025") == "Jane Doe"
    assert name_line("Xavier Moss, who was pulled from the river at Riverton yesterday") is None


def test_the_lead_leaves_out_a_flattened_player_gallery_or_reprint_link():
    assert cut_media_furniture("Police said. View Full Caption HarbourPix/Jo Roe") == "Police said."
    assert cut_media_furniture("CLOSE Skip in Skip x Embed x Share TODAY'S TOP STORIES") == ""
    assert cut_media_furniture("A sentence. - Order Reprints - Print Article") == "A sentence."
    plain = "He took a photo of the scene; the image showed 3 of them."
    assert cut_media_furniture(plain) == plain
    article = Article(
        id="a",
        source="a.txt",
        title="T",
        paragraphs=(
            "CLOSE Skip in Skip x Embed x Share TODAY'S TOP STORIES Other news | 1:07",
            *BODY,
        ),
    )
    lead = agreed_lead(article, compare_variants([article]), [article])
    assert lead.startswith("A man was charged") and "Skip" not in lead


def test_c1_controls_are_read_as_windows_1252_punctuation():
    assert (
        normalise_text(c1_as_cp1252("This kid wasn\x92t \x93here\x94 \x96 ok\x81"))
        == "This kid wasn’t “here” – ok"
    )


def test_a_source_file_holding_c1_controls_reads_with_quote_marks(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text("Coroner: This kid wasn\x92t doing anything\n", encoding="utf-8")
    (doc,) = read_paths([path])
    assert doc is not None and "wasn’t" in doc.text


def test_outlet_names_leave_out_products_taglines_and_hosting_labels():
    assert find_publisher(["* Subscribe to Acme Courier PRO"]) == "Acme Courier"
    assert find_publisher(["Click here to subscribe to The Valley Newsletter"]) == "The Valley"
    assert find_publisher(["© 2025 HARBOURWATCH.info All Rights Reserved."]) == (
        "HARBOURWATCH.info"
    )
    assert find_publisher(["Copyright 2025 KPLX. All rights reserved."]) == "KPLX"
    footer = "<footer><p>&copy;2025 The Valley Wire. All rights reserved.</p></footer>"
    assert tidy_publisher("Hosted", "https://hosted.valleywire.org/a/1", footer) == (
        "The Valley Wire"
    )
    assert tidy_publisher("Hosted", "https://hosted.valleywire.org/a/1") == "valleywire.org"
    assert tidy_publisher("https://www.acmecourier.com", "https://www.acmecourier.com/x") == (
        "acmecourier.com"
    )
    assert tidy_publisher("Acme Courier | Your local news", None) == "Acme Courier"
    assert tidy_publisher("Acme_", None) == "Acme"
    # a site's own name that looks like a host or a first label is left as it is
    assert tidy_publisher("Acme.info", "https://acme.info/x") == "Acme.info"
    assert tidy_publisher("Harbourbikes", "https://www.harbourbikes.co.uk/x") == "Harbourbikes"
    assert tidy_publisher("Valley Live", "https://valley.acmelocal.com/x") == "Valley Live"


def test_web_addresses_in_furniture_leave_out_platforms():
    assert find_web_address("Trending now on ValleyPost.com") == "ValleyPost.com"
    assert find_web_address("Write to letters@valleypost.com.") is None  # an e-mail address
    assert find_web_address("pic.twitter.com/abc and facebook.com/valley") is None
    assert find_web_address("It was 9 a.m. in St.Ives") is None


def test_a_sites_own_address_is_the_address_it_gives_as_its_own():
    assert find_own_address("www.valleypost.com") == "valleypost.com"
    assert find_own_address("© 2024 ValleyPost.com. All rights reserved") == "ValleyPost.com"
    assert find_own_address("Visit ValleyPost.com") == "ValleyPost.com"
    assert find_own_address("Trending now on ValleyPost.com") == "ValleyPost.com"
    assert find_own_address("Home | ValleyPost.com | Contact us") == "ValleyPost.com"
    # a label, an e-mail address, one page, a sentence, a title: another site or none
    assert find_own_address("Tag: hillcrest.org") is None
    assert find_own_address("Topics: hillcrest.org, Weather") is None
    assert find_own_address("More from Hillcrest.org") is None
    assert find_own_address("Source: hillcrest.org") is None
    assert find_own_address("Photo via hillcrest.org") is None
    assert find_own_address("letters@valleypost.com") is None
    assert find_own_address("www.valleypost.com/send-a-tip") is None
    assert (
        find_own_address("valleypost.com brings you the latest news from the valley and more")
        is None
    )
    assert find_own_address("Storm closes roads - ValleyPost.com | Weather") is None


def test_a_reporter_of_an_agency_is_shown_not_the_agency():
    assert tidy_authors(["Mara Lind", "TOBIAS WREN Associated Press"]) == (
        "Mara Lind",
        "Tobias Wren",
    )
    assert tidy_authors(["Mara Lind", "AFP"]) == ("Mara Lind",)
    assert tidy_authors(["AFP"]) == ("AFP",)
    assert without_outlet(("Acmenews",), "Acmenews") == ()
    assert without_outlet(("Mara Lind", "Acme Insider"), "Acme Insider Berlin") == ("Mara Lind",)
    assert without_outlet(("Mara Lind",), "Mara Lind") == ("Mara Lind",)  # a personal site


# --- a saved page's title ------------------------------------------------------------

_PROMO_PAGE = """<html><head><title>{title}</title>{og}</head><body>
<aside><h1>Information and Resources</h1><ul><li><a href="/a">Health A-Z</a></li></ul></aside>
<article>
<p>Bacteria that shrug off the strongest antibiotics are spreading in hospitals, and
doctors say the next few years will decide how far they get.</p>
<p>The germs pass from patient to patient on hands and equipment, and a routine
operation can become dangerous when no drug works against an infection.</p>
<p>Hospitals that screen every new patient and isolate carriers have cut the spread,
researchers reported this week in a study of forty wards over three years.</p>
</article></body></html>"""


def test_a_sidebar_heading_is_not_the_title_the_page_declares():
    """A page whose only <h1> heads a sidebar: its <title> names the article, shares no
    word with that heading, and is the title (the site's name after "|" cut off)."""
    from digest.extract.html import extract_html

    page = _PROMO_PAGE.format(
        title="Superbugs: What They Are and How You Get Them | Health Site", og=""
    )
    result = extract_html(page)
    assert result is not None
    assert result.title == "Superbugs: What They Are and How You Get Them"


def test_a_found_title_sharing_words_with_the_declared_one_stays():
    """A headline the outlet shortened in og:title still shares its words: it is kept; a
    heading sharing none gives way to the declared title the article's words back."""
    from digest.extract.html import checked_title

    page = _PROMO_PAGE.format(
        title="Superbugs spread | Health Site",
        og='<meta property="og:title" content="Superbugs spread in hospitals">',
    )
    body = ["Superbugs are spreading in hospitals, doctors say."]
    found = "How superbugs spread through hospital wards"
    assert checked_title(found, page, body) == found
    assert checked_title("Information and Resources", page, body) == "Superbugs spread in hospitals"
    assert checked_title(None, page, body) is None


def test_a_site_name_or_a_generic_title_never_replaces_the_headline():
    """`<title>The Acme Daily Herald</title>`, `Home | Acme Daily News`, a site tagline in
    og:title: none shares a word with the article, so the found headline stays."""
    from digest.extract.html import checked_title

    body = ["The council approved a new bridge over the river on Monday after a long debate."]
    found = "Council approves new bridge over river"
    for head in (
        "<title>The Acme Daily Herald</title>",
        "<title>Home | Acme Daily News</title>",
        '<title>x</title><meta property="og:title" content="Acme News: Breaking News and '
        'Latest Headlines">',
    ):
        page = f"<html><head>{head}</head><body></body></html>"
        assert checked_title(found, page, body, "Acme Daily News") == found, head


def test_a_name_under_the_headline_that_the_article_then_writes_is_no_byline(tmp_path):
    headline = "Three charged with murder of Riverton girl"
    subject = "Mara Lindqvist"
    lede = f"Three suspects were charged on Tuesday in the shooting death of 4-year-old {subject}."
    page = "\n\n".join(["Home", "News", headline, "Published 2025-05-08", subject, lede, *BODY])
    assert extracted(tmp_path, "victim.txt", page + "\n").authors == ()
    page = "\n\n".join(["Home", "News", headline, "Published 2025-05-08", "Jo Ellery", lede, *BODY])
    assert extracted(tmp_path, "author.txt", page + "\n").authors == ("Jo Ellery",)
