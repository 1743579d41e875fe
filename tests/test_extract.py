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

from digest import metadata as md
from digest.evaluate.extraction import average_scores, doc_counts
from digest.extract import extract_document, extract_documents
from digest.models import Article, SourceDoc
from digest.sources import read_paths
from digest.textclean import CAPTION, LINKS, clean_text

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
BS = REPO / "content" / "000_ecd63f8d682de304.txt"
VAULTZ = REPO / "content" / "003_addfdb7bc321adbd.txt"


def text_doc(text: str, path: str = "t.txt", meta: tuple = ()) -> SourceDoc:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return SourceDoc(path=path, kind="text", text=text, sha256=sha, meta=meta)


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
