"""Extract stage: the text-copy cleaner, the metadata finders, trafilatura post-processing.

Fixtures under tests/fixtures/extract/ are written for these tests (invented
outlets and stories in real page furniture shapes); the seed files in content/
are the demo corpus and must come out exactly as issue 2 states.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.evaluate.extraction import average_scores, doc_counts
from digest.extract import text_metadata as md
from digest.extract.core import extract_document, extract_documents
from digest.extract.text_body import BULLET_PROSE, CAPTION, LINKS, TABLE, TOC, clean_text, scores
from digest.models import Article, SourceDoc
from digest.sources import read_paths

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
BS = REPO / "content" / "000_ecd63f8d682de304.txt"
VAULTZ = REPO / "content" / "003_addfdb7bc321adbd.txt"


def text_doc(text: str, path: str = "t.txt", meta: tuple = ()) -> SourceDoc:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return SourceDoc(path=path, kind="text", text=text, sha256=sha, meta=meta)


def extracted_lines(lines: list[str]) -> Article:
    """The article `extract_document` finds in a text copy of these paragraphs."""
    article = extract_document(text_doc("\n\n".join(lines)))
    assert article is not None
    return article


def extract_files(*paths: Path) -> list[Article]:
    docs = read_paths(paths)
    articles = extract_documents([d for d in docs if d is not None])
    assert all(a is not None for a in articles)
    return articles  # type: ignore[return-value]


@pytest.fixture(scope="module")
def seeds() -> tuple[Article, Article]:
    business_standard, vaultz = extract_files(BS, VAULTZ)
    return business_standard, vaultz


# --- the seed case (issue 2) -------------------------------------------------


def test_business_standard_seed_metadata(seeds):
    article = seeds[0]
    assert (
        article.title == "Japan interested in joining Nato command for supporting Ukraine's mission"
    )
    assert article.publisher == "Business Standard"
    assert article.authors == ("AP",)
    assert article.published == "2025-04-08T21:50:00+05:30"
    assert article.tags == ("NATOJapanUkraine",)
    assert "Yen, Japan Currency" in article.captions
    assert any("(Photo: shutterstock)" in c for c in article.captions)


def test_business_standard_seed_body_is_the_article_and_nothing_else(seeds):
    article = seeds[0]
    assert article.paragraphs[0].startswith("Japan on Tuesday expressed interest")
    assert article.paragraphs[-1].endswith(
        "worried that Washington may move to form a NATO-like alliance in the region."
    )
    assert len(article.paragraphs) == 19
    for furniture in (
        "4 min read",
        "syndicated feed",
        "Subscribe",
        "₹",
        "More From This Section",
        "Topics",
        "shutterstock",
        "Yen, Japan Currency",
        "AP Tokyo",
    ):
        assert furniture not in article.text
    # the standfirst is not repeated: its sentence occurs once, in the body
    assert article.text.count("would help Tokyo learn lessons from Russia's invasion") == 1


def test_vaultz_seed_metadata(seeds):
    article = seeds[1]
    assert article.title == "Japan Seeks To Join NSATU"
    assert article.publisher == "The Vaultz News"
    assert article.authors == ("Comfort Ampomaa",)
    assert article.published == "2025-04-08"  # not the page-saved date in the header
    assert article.tags and article.tags[0].startswith("JapanJapan Self Defense Force")
    assert "Japan’s Defense Minister, Gen Nakatani." in article.captions
    assert "NATO Secretary-General, Mark Rutte." in article.captions


def test_vaultz_seed_body_keeps_subheading_and_drops_furniture(seeds):
    article = seeds[1]
    assert article.paragraphs[0].startswith(
        "Japan has expressed interest in participating in NATO Security Assistance"
    )
    assert article.paragraphs[-1].endswith("though he has not given details.")
    assert "China, A Threat In The Region" in article.paragraphs
    for furniture in (
        "RelatedPosts",
        "Nepal Appoints",
        "READ ALSO",
        "Tags:",
        "Mark Rutte\n",
        "Secretary-General, Mark Rutte.",
        "Gen Nakatani.\n",
        "login",
        "Previous Post",
        "Related Posts",
        "Recent News",
        "Copyright",
        "Top Stories",
        "September 13",
    ):
        assert furniture not in article.text
    assert "Mark Rutte" not in article.paragraphs
    assert len(article.paragraphs) == 23  # 22 paragraphs and the sub-heading


# --- heuristics, one fixture each ----------------------------------------------


@pytest.fixture(scope="module")
def ferry() -> Article:
    return extract_files(FIXTURES / "menu_related_caption.txt")[0]


def test_menu_run_before_the_article_is_dropped(ferry):
    assert ferry.paragraphs[0].startswith("The town council on Monday approved")
    assert "Home" not in ferry.text and "Business" not in ferry.text


def test_related_links_block_inside_the_body_is_crossed_and_dropped(ferry):
    assert "Related Posts" not in ferry.text
    assert "Local Bakery Wins National Award" not in ferry.text
    # prose on both sides of the block survives
    assert any(p.startswith("Councillors voted nine to two") for p in ferry.paragraphs)
    assert any(p.startswith("Details of the timetable") for p in ferry.paragraphs)
    assert ferry.paragraphs[-1].startswith("Residents who opposed the plan")


def test_caption_goes_to_captions_and_subheading_stays(ferry):
    assert "The old ferry terminal at dawn." in ferry.captions
    assert "The old ferry terminal at dawn." not in ferry.text
    assert "A New Landing Stage" in ferry.paragraphs


def test_glued_byline_gives_the_author_once(ferry):
    assert ferry.authors == ("Dana Whitfield",)
    assert md.find_byline(["Comfort Ampomaaby Comfort Ampomaa"])[0] == ("Comfort Ampomaa",)
    assert md.find_byline(["By JANE DOE and Li Wei | March 3, 2024"])[0] == ("Jane Doe", "Li Wei")


def test_page_saved_date_in_the_header_is_not_the_publication_date(ferry):
    assert ferry.published == "2031-03-02"
    assert ferry.publisher == "The Harbour Courier"
    assert ferry.tags == ("FerryHarbourIslands",)


def test_last_updated_stamp_loses_to_the_publication_date():
    article = extract_files(FIXTURES / "updated_stamp.txt")[0]
    assert article.published == "2030-06-11T22:40:00+01:00"
    assert article.updated == "2030-06-12T11:05:00+01:00"
    assert article.authors == ("Reuters",)
    assert article.publisher == "The Evening Ledger"
    assert article.tags == ("Rail", "Strikes", "Transport")
    # the standfirst above the byline is not body text, the disclaimer is not either
    assert article.paragraphs[0].startswith("Unions and the national rail operator")
    assert article.standfirst.startswith("Unions and the rail operator reached a deal")
    assert "syndicated" not in article.text and "Subscribe" not in article.text
    assert article.captions == ("A commuter train in the station (Photo: Example Agency)",)


def test_lone_updated_stamp_is_used_when_nothing_else_dates_the_page():
    published, updated = md.pick_dates(md.dates_in(["Updated: 5 May 2024"], [0]), [])
    assert published == updated == "2024-05-05"


def test_parse_date_forms():
    assert md.parse_date("Apr 08 2025 | 9:50 PM IST")[0] == "2025-04-08T21:50:00+05:30"
    assert md.parse_date("Saturday, September 13, 2025")[0] == "2025-09-13"
    assert md.parse_date("21 December 2018 12:55")[0] == "2018-12-21T12:55:00"
    assert md.parse_date("2019-10-18T17:23:34Z")[0] == "2019-10-18T17:23:34+00:00"
    assert md.parse_date("no date here") is None


def test_dates_in_other_languages_and_all_digit_forms():
    assert md.parse_date("AFP 2 juin 2031 à 07:19 (Mis à jour : 2 juin 2031)")[0] == (
        "2031-06-02T07:19:00"
    )
    assert md.parse_date("14 de março de 2031")[0] == "2031-03-14"
    assert md.parse_date("7.dez.2031 às 12h55")[0] == "2031-12-07T12:55:00"
    assert md.parse_date("3. Oktober 2031")[0] == "2031-10-03"
    assert md.parse_date("2031/04/09")[0] == "2031-04-09"
    assert md.parse_date("新闻站 2031年4月9日")[0] == "2031-04-09"
    # all digits: month first on English pages unless a part is over 12
    assert md.parse_date("04.09.31 in Gadgets")[0] == "2031-04-09"
    assert md.parse_date("04.09.31", day_first=True)[0] == "2031-09-04"
    assert md.parse_date("10.25.31")[0] == "2031-10-25"
    assert md.parse_date("25/10/2031")[0] == "2031-10-25"
    # version numbers, addresses and fractions are not dates; "gen" is no month inside a word
    for text in ("version 0.17.0", "192.168.1.10", "open 24/7/365", "the genre 4 2031"):
        assert md.parse_date(text) is None, text
    found = md.dates_in(["Mis à jour le 3 mai 2031", "Publié le 2 mai 2031"], [0, 1])
    assert [d.kind for d in found] == ["updated", "published"]


def test_lines_repeating_across_pages_of_a_batch_are_furniture():
    footer = "Thank you for reading our paper.\n"
    story = (
        "Heavy snow closed the mountain pass for the second time this week, and drivers were "
        "told to expect delays of several hours on the valley road.\n"
    )
    other = (
        "The city museum will lend three paintings to a gallery abroad, the first such loan in "
        "more than a decade, its director said on Friday.\n"
    )
    a, b = extract_documents([text_doc(story + footer, "a.txt"), text_doc(other + footer, "b.txt")])
    assert a is not None and b is not None
    assert "Thank you" not in a.text and "Thank you" not in b.text
    alone = extract_document(text_doc(story + footer))
    assert alone is not None and "Thank you for reading" in alone.text


def test_syndicated_prose_shared_by_two_pages_is_kept():
    sentence = (
        "The minister said the agreement would be signed next month after both parliaments "
        "had approved it.\n"
    )
    docs = [text_doc("Menu\n" + sentence, "a.txt"), text_doc("Home\n" + sentence, "b.txt")]
    assert all(a is not None and sentence.strip() in a.text for a in extract_documents(docs))


def test_sidecar_metadata_overrides_what_the_page_says():
    doc = text_doc(
        BS.read_text(encoding="utf-8"),
        meta=(("publisher", "Wire Desk"), ("date", "2025-04-09"), ("title", "Given title")),
    )
    article = extract_document(doc)
    assert article is not None
    assert (article.publisher, article.published, article.title) == (
        "Wire Desk",
        "2025-04-09",
        "Given title",
    )


def test_link_list_label_turns_following_headlines_into_links():
    cleaned = clean_text(
        "A long enough paragraph of prose that is clearly part of the article we want to keep.\n"
        "Read more\nAnother Story Headline Here\n"
    )
    labels = {line.text: line.label for line in cleaned.lines}
    assert labels["Another Story Headline Here"] == LINKS
    assert clean_text("Photo one\nPhoto one\n").lines[0].label == CAPTION


def test_unusable_text_gives_none_with_a_warning(caplog):
    assert extract_document(text_doc("Home\nAbout\nContact\n", "menu.txt")) is None
    assert "menu.txt" in caplog.text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    result = extract_document(text_doc(text))
    assert result is None or isinstance(result, Article)


# --- HTML through trafilatura ------------------------------------------------------


def test_html_page_body_and_metadata():
    article = extract_files(FIXTURES / "article.html")[0]
    assert article.title == "Library opens late on Fridays"
    assert article.paragraphs[0].startswith("The central library will stay open")
    assert article.paragraphs[-1].startswith("The change is a trial for six months")
    assert "Sign up for our newsletter" not in article.text  # a prompt left in the body
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.authors == ("Sam Ortega",)
    assert article.publisher == "The Valley Post"
    assert article.published == "2025-09-14"


def test_html_without_article_text_gives_none():
    doc = SourceDoc(path="x.html", kind="html", text="<html><body></body></html>", sha256="0" * 64)
    assert extract_document(doc) is None


# --- the evaluation's scoring ------------------------------------------------------


def test_scores_follow_the_benchmark_definition():
    assert doc_counts("a b c d", "a b c d", 1) == (1.0, 0.0, 0.0)
    tp, fp, fn = doc_counts("a b c d", "a b x", 1)
    assert (tp, fp, fn) == pytest.approx((2 / 5, 1 / 5, 2 / 5))
    scores = average_scores([(tp, fp, fn), (0.0, 0.0, 1.0)])
    # the empty prediction counts for recall only
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx((0.5 + 0.0) / 2)


# --- recall: what lies between prose lines of the article ---------------------------


def test_code_and_chart_inside_the_article_are_crossed_and_code_kept():
    text = (FIXTURES / "code_and_chart.txt").read_text(encoding="utf-8")
    article = extract_document(text_doc(text))
    assert article is not None
    # a long code block and its output do not cut the article in two
    assert article.paragraphs[-1].startswith("The chart makes the spike obvious")
    assert "date_trunc('day', created) AS day," in article.paragraphs
    assert "count(*) AS visits" in article.paragraphs
    for furniture in ("Share", "Popular Tutorials", "Writing Window Functions Without Tears"):
        assert furniture not in article.text


def test_list_announced_by_a_colon_belongs_to_the_article():
    text = (FIXTURES / "lists.txt").read_text(encoding="utf-8")
    article = extract_document(text_doc(text))
    assert article is not None
    assert "April 4 -- Town Hall, Northfield" in article.paragraphs
    assert article.paragraphs[-1] == "April 25 -- Riverside Theatre, Westhaven"
    assert "Facebook" not in article.text and "Most Popular" not in article.text


def test_article_written_as_a_bullet_list_beats_the_comments_under_it():
    text = (FIXTURES / "bullet_notes.txt").read_text(encoding="utf-8")
    article = extract_document(text_doc(text))
    assert article is not None
    assert any(p.startswith("* The sync service now retries") for p in article.paragraphs)
    assert any(p.startswith("* Memory use while scrolling") for p in article.paragraphs)
    assert "Home" not in article.text


def test_readers_comments_under_a_text_copy_are_left_out():
    article_lines = [
        "Harbour trams return to the seafront",
        "The seafront tram line reopened on Monday after two years of repairs to its track "
        "and overhead wires, the city transport office said.",
        "Engineers replaced nine hundred metres of rail and rebuilt the junction at Pier "
        "Street, where the old points had failed twice in one winter.",
        "The first tram left the depot at six in the morning with a handful of passengers "
        "who had waited since dawn to ride it.",
        "Fares stay the same until the end of the year, and a late service runs on Fridays "
        "and Saturdays through the summer season.",
    ]
    comments = [
        "Top Rated Comments",
        "tramfan88",
        "2 days ago at 07:52 am",
        "It is good to see the old line running again after all this time, well done to all.",
        "Rating: 36 Votes",
        "seasider",
        "2 days ago at 08:10 am",
        "Shame they took so long about it, the buses were slow and crowded every single day.",
        "Rating: 12 Votes",
    ]
    article = extracted_lines(article_lines + comments)
    assert article.paragraphs[-1].startswith("Fares stay the same")
    assert "tramfan88" not in article.text and "buses were slow" not in article.text


def test_teaser_cards_glued_to_their_first_sentence_are_left_out():
    teasers = [
        "Harbour Council Votes To Close Two Piers For RepairsThe council voted on Monday "
        "to close the north and south piers until the spring.",
        "Ferry Fares To Rise By 12%The operator said fuel costs had risen again and fares "
        "would follow.",
        "Five Cafés To Try Along The Old Canal This WeekendWondering where to stop for "
        "coffee on a walk by the canal? Here are five places.",
    ]
    article_lines = [
        "WESTPORT (AP) — A storm flooded the lower town on Tuesday night, closing the "
        "harbour road and cutting power to four hundred homes.",
        "Crews worked through the night to pump water from the streets, and the road "
        "reopened before noon on Wednesday.",
        "The town's emergency office said no one was hurt and asked drivers to keep away "
        "from the quay while the clean-up goes on.",
    ]
    article = extracted_lines(teasers + article_lines)
    assert article.paragraphs[0].startswith("WESTPORT (AP)")
    assert "piers" not in article.text and "canal" not in article.text


def test_a_name_with_an_inner_capital_is_no_glued_teaser():
    lines = [
        "The Ronald McDonald House Charities said on Monday that it would open a second "
        "house beside the children's hospital next year.",
        "The charity's chief executive said the new house would have twenty rooms for "
        "families who travel from across the region.",
        "Building work starts in March and is paid for by a gift from a local family and "
        "by money raised at the town's summer fair.",
    ]
    assert extracted_lines(lines).paragraphs[0].startswith("The Ronald McDonald House Charities")


def test_a_list_item_written_as_a_sentence_restarts_the_cost_of_furniture():
    def costs(item: str) -> list[float]:
        text = f"Section\nAnother Section\nThird Section\n* {item}\nPerformance\n"
        lines = list(clean_text(text).lines)
        assert lines[3].label == BULLET_PROSE
        return scores(lines)

    # after an item written as a sentence, the next line costs as much as a first one ...
    assert costs("The sync service now retries failed uploads automatically.")[4] == pytest.approx(
        -2.4
    )
    # ... after a headline-like item (another story's) the count goes on
    assert costs("Weekend deals on laptops you should not miss")[4] < -2.4


# --- titles of text copies -------------------------------------------------------------


def test_headline_is_the_line_above_the_standfirst_and_byline():
    text = (FIXTURES / "headline_above_byline.txt").read_text(encoding="utf-8")
    article = extract_document(text_doc(text))
    assert article is not None
    # not the teaser headline sharing words with the body, not the price above the body,
    # not the standfirst; the "Section | Headline" page title gives way to the headline
    assert article.title == "Glacier Retreat Reveals Ancient Forest Floor"
    assert article.authors == ("Priya Raman",)
    assert article.published == "2031-05-12"


def test_section_prefix_is_dropped_when_the_headline_stands_alone():
    lines = ["Economy | Prices Rise Again In Spring", "Prices Rise Again In Spring"]
    body = {"prices", "rise", "spring"}
    title = md.find_title(list(enumerate(lines[:1])), body, frozenset(), 5, {}, (), {})
    assert title == "Economy | Prices Rise Again In Spring"  # nothing to compare it with
    assert md._headline_part(lines[0], lines) == "Prices Rise Again In Spring"


def test_bare_name_under_the_headline_is_the_author():
    assert md.name_line("Dana Whitfield - Apr 16, 2031 8:02 pm UTC") == "Dana Whitfield"
    assert md.name_line("Li Wei • 8h") == "Li Wei"
    assert md.name_line("Share Tweet Share") is None
    assert md.name_line("The Harbour Courier") is None
    text = (
        "* Home\n* News\nHarbour Ferry Gets A Second Route\nDana Whitfield • 3h\n"
        "The town council on Monday approved a second ferry route linking the harbour with "
        "the northern islands, ending a debate that had lasted for more than two years.\n"
        "Councillors voted nine to two in favour of the plan, which the harbour authority "
        "says will cut the crossing time for islanders by almost half.\n"
    )
    article = extract_document(text_doc(text))
    assert article is not None and article.title == "Harbour Ferry Gets A Second Route"
    assert article.authors == ("Dana Whitfield",)


def test_headline_link_survives_a_comment_counter_and_beats_a_heading_below_the_byline():
    body = (
        "The harbour board agreed on Tuesday to rebuild the old ferry pier before winter, "
        "after divers found the wooden piles had rotted far faster than expected.\n"
        "Work on the release of the funds starts next month, the board's chair said, and the "
        "ferry timetable will not change while the pier is rebuilt.\n"
    )
    # a counter line ("12") between the headline and the body does not break the link
    text = "* Home\n* Sport\nHarbour Board Will Rebuild Ferry Pier\n12\n" + body
    article = extract_document(text_doc(text))
    assert article is not None and article.title == "Harbour Board Will Rebuild Ferry Pier"
    # the headline stands above its byline; a heading between byline and body is a section's
    text = (
        "* Home\n* Sport\nHarbour Notes #12 - pier in sight\n"
        "Posted by mira, Tom Hale on 2031-02-14, all posts\n"
        "The release of the pier funds (mira)\n" + body
    )
    article = extract_document(text_doc(text))
    assert article is not None and article.title == "Harbour Notes #12 - pier in sight"


def test_prose_above_a_table_of_contents_stays_with_the_article():
    intro = (
        "Most small teams find out about a broken nightly job only when a customer writes in, "
        "and by then the damage has been done for several days in a row.\n"
        "This guide shows how to watch the job's own log with a few lines of shell, so that "
        "nothing more than a cron entry is needed to get an alert the same morning.\n"
    )
    names = "Reading Counting Sending Testing Scheduling Logging Rotating Archiving Wrapping"
    headings = [f"{name} the Log Lines" for name in names.split()]
    contents = "Contents\n" + "".join(f"* {h}\n" for h in headings)
    text = "* Home\n* Blog\nWatching Nightly Jobs\n" + intro + contents
    for n, heading in enumerate(headings):
        text += (
            f"{heading}\n{heading.split()[0]} is step {n} of the guide, and it needs only the "
            "log itself and a few lines of shell that any team can keep in its own repository.\n"
        )
    cleaned = clean_text(text)
    assert cleaned.paragraphs[0].startswith("Most small teams")
    assert "* Reading the Log Lines" not in cleaned.paragraphs
    assert "Sending the Log Lines" in cleaned.paragraphs  # the heading itself stays
    # a menu entry that names no heading of the page costs as before
    assert [line.label for line in cleaned.lines[:2]] != [TOC, TOC]


def test_a_schedule_of_date_rows_is_the_article_not_furniture():
    assert md.leading_day_month("3rd leg: 8 de abril – Curitiba")
    assert md.leading_day_month("June 9 – Arena Norte, Valverde")
    # a citation's date at its end is not a schedule row
    assert not md.leading_day_month('Harbour Review, "Piers of the north coast," Aug. 22, 2031')
    rows = "".join(
        f"Round {n}: {d} de {m} – {place}\n"
        for n, (d, m, place) in enumerate(
            [
                (10, "março", "Vila Nova"),
                (8, "abril", "Porto Alto"),
                (22, "abril", "Serra Baixa"),
                (6, "maio", "Campo Largo"),
                (20, "maio", "Rio Claro"),
                (5, "agosto", "Monte Azul"),
                (19, "agosto", "Lagoa Seca"),
                (9, "setembro", "Vale Verde"),
            ],
            start=1,
        )
    )
    comments = (
        "Comentários com textos ofensivos ou que faltem com respeito ao leitor não serão "
        "aprovados pelo moderador do site em nenhuma hipótese.\n"
    )
    text = "* Início\n* Corridas\nCalendário da Taça 2031\n" + rows + "* Partilhar\n" + comments
    cleaned = clean_text(text)
    assert cleaned.paragraphs[0] == "Round 1: 10 de março – Vila Nova"
    assert "Round 8: 9 de setembro – Vale Verde" in cleaned.paragraphs
    # two date lines in a row are not a table
    two = "".join(rows.splitlines(keepends=True)[:2])
    labels = [line.label for line in clean_text("* Início\n" + two + comments).lines]
    assert TABLE not in labels


def test_date_just_above_the_headline_is_used_only_when_nothing_dates_the_page_below():
    body = (
        "The harbour board agreed on Tuesday to rebuild the old ferry pier before winter, "
        "after divers found the wooden piles had rotted far faster than expected.\n"
        "Work starts next month, the board's chair said, and the ferry timetable will not "
        "change while the pier is rebuilt by the town's own crews.\n"
    )
    top = "Mira Holt\n* About\n* 14 March 2031\n* Notes\nHarbour Board Will Rebuild Ferry Pier\n"
    article = extract_document(text_doc(top + body))
    assert article is not None and article.published == "2031-03-14"
    dated = top + "Published 16 March 2031\n" + body
    article = extract_document(text_doc(dated))
    assert article is not None and article.published == "2031-03-16"


# --- notices, table rows, headline-shaped first lines, bylines (round four) -----------

FERRY_BODY = (
    "The harbour board agreed on Tuesday to rebuild the old ferry pier before winter, "
    "after divers found the wooden piles had rotted far faster than expected.\n"
    "Work on the release of the funds starts next month, the board's chair said, and the "
    "ferry timetable will not change while the pier is rebuilt.\n"
    "Islanders who use the pier every morning said they were glad the board had not waited "
    "for another storm season before it acted on the divers' report.\n"
)


def test_a_pop_up_notice_above_the_headline_is_not_the_first_paragraph():
    from digest.extract import boilerplate as bp

    notice = (
        "This post is visible only to its readers, which means only people with a link can "
        "see it. Are you sure you want to share it?Yes, share it"
    )
    assert bp.is_furniture(notice)
    assert bp.is_furniture("Please turn off your ad blocker to keep reading our stories.")
    assert not bp.is_furniture("Are you sure, the mayor asked, that the pier will hold?")
    text = "* Home\n" + notice + "\nHarbour Board Will Rebuild Ferry Pier\n* Share\n" + FERRY_BODY
    article = extract_document(text_doc(text))
    assert article is not None and article.title == "Harbour Board Will Rebuild Ferry Pier"
    assert not any("sure you want" in p for p in article.paragraphs)


def test_a_headline_in_a_table_like_row_is_found_in_its_cell():
    from digest.extract.core import row_cells

    assert row_cells("Pier Rebuild Approved      Share on Facebook") == [
        "Pier Rebuild Approved      Share on Facebook",
        "Pier Rebuild Approved",
        "Share on Facebook",
    ]
    assert row_cells("Pier Rebuild Approved ··· 3 min")[1:] == ["Pier Rebuild Approved", "3 min"]
    assert row_cells("A plain line") == ["A plain line"]
    text = (
        "* Home\n* News\nHarbour Board Will Rebuild Ferry Pier        Share on Facebook\n"
        "* Weather\n" + FERRY_BODY
    )
    article = extract_document(text_doc(text))
    assert article is not None and article.title == "Harbour Board Will Rebuild Ferry Pier"


def test_a_headline_ending_in_a_full_stop_is_a_candidate_when_title_cased():
    body = {"ferry", "pier", "rebuild", "board", "harbour", "worry"}
    title = "Harbour Board Will Rebuild Ferry Pier. Why Islanders Should Not Worry."
    assert md.find_title([(0, title)], body, frozenset(), 2, {}, (), {}) == title
    sentence = "The harbour board will rebuild the ferry pier."
    assert md.find_title([(0, sentence)], body, frozenset(), 2, {}, (), {}) is None


def test_a_question_headline_above_the_byline_is_the_title_not_the_first_paragraph():
    text = (
        "* Home\n* Fact checks\nWill The Ferry Pier Really Be Rebuilt Before Winter?\n"
        "By Tom Hale on Monday, March 3rd, 2031\n" + FERRY_BODY
    )
    article = extract_document(text_doc(text))
    assert article is not None
    assert article.title == "Will The Ferry Pier Really Be Rebuilt Before Winter?"
    assert article.paragraphs[0].startswith("The harbour board agreed")
    assert article.authors == ("Tom Hale",)


def test_byline_variants():
    assert md.find_byline(["Tuesday 15 October 2031 by Mira Costa"])[0] == ("Mira Costa",)
    assert md.find_byline(["por", "* Lucía Ferrer", "1 de marzo de 2031"])[0] == ("Lucía Ferrer",)
    assert md.find_byline(["Von", "Jonas Weber"])[0] == ("Jonas Weber",)
    assert md.find_byline(["by Tom Hale @tomhale March 3, 2031"])[0] == ("Tom Hale",)
    assert md.name_by_date(["* Sport", "Mira Costa", "3/11/31 10:00AM"]) == ("Mira Costa",)
    assert md.name_by_date(["Mira Costa", "on Mar 3 4 min"]) == ("Mira Costa",)
    assert md.name_by_date(["Mira Costa", "Read the full story"]) == ()
    # a reporter's name over the agency's dateline beats the agency
    text = (
        "* Home\nHarbour Board Will Rebuild Ferry Pier\n* Share\nMIRA COSTA\n"
        "Associated PressMarch 3, 2031\n" + FERRY_BODY
    )
    article = extract_document(text_doc(text))
    assert article is not None and article.authors == ("Mira Costa",)


def test_drop_repeats_compares_long_lines_that_begin_alike():
    from digest.extract.text_body import drop_repeats, measure

    standfirst = "Harbour ferry to run again from Monday, the council says"
    texts = [
        standfirst,
        "Ferries stopped in March after the old pier was found unsafe by engineers.",
        standfirst + ", after a year of repairs to the pier.",  # restates the standfirst
        "Ferries stopped in March after the old pier was found unsafe, said Ana Lind.",
        "Short line",
        "Short line",  # too short to count as a repeat
        "Timetables are on the notice board at the pier and in the library.",
        "Timetables are on the board",  # like the line above, but short
        "Fares stay the same as last year for adults and children alike.",
        "Fares stay the same",
    ]
    lines = [measure(i, text, frozenset(), False) for i, text in enumerate(texts)]
    kept, dropped = drop_repeats(lines, list(range(len(lines))))
    assert dropped == standfirst
    # lines sharing their first 31 characters but neither beginning the other both stay
    assert kept == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    longer = "Fares stay the same as last year for adults"  # over 30 characters, begins line 8
    lines.append(measure(len(lines), longer, frozenset(), False))
    kept, _ = drop_repeats(lines, [8, 10])
    assert kept == [10]


def test_a_page_declares_its_site_name_in_either_attribute_order():
    from digest.extract.html import declared_site_name

    assert declared_site_name('<head><meta property="og:site_name" content="BGR"></head>') == "BGR"
    assert (
        declared_site_name("<meta content='Harbour &amp; Dock News' property='og:site_name' />")
        == "Harbour & Dock News"
    )
    assert declared_site_name('<meta property="og:title" content="A headline">') is None
    assert declared_site_name('<meta property="og:site_name" content="  ">') is None


def test_an_apps_name_gives_way_to_the_name_the_title_ends_with():
    from digest.extract.html import site_name_in_title

    head = (
        '<head><meta property="al:iphone:app_name" content="HarbourTimes" />'
        '<meta name="twitter:site" content="@HarbourNewsOnline" />'
        "<title>Ferry fares rise again - The Harbour Times</title></head>"
    )
    assert site_name_in_title("HarbourTimes", head) == "The Harbour Times"
    barrons = head.replace("The Harbour Times", "Harbour News").replace("HarbourTimes", "X")
    assert site_name_in_title("HarbourNewsOnline", barrons) == "Harbour News"
    # a name the page declares as the site's own stays; so does one the title does not spell
    assert site_name_in_title("Quay Daily", head) == "Quay Daily"
    assert site_name_in_title("HarbourTimes", head.replace("The Harbour Times", "Ferries")) == (
        "HarbourTimes"
    )
