"""A real collection: furniture learned from it, metadata from the article, stories by
agreement, clustering that furniture cannot chain, warnings that name odd stories.

The collection (tests/collection.py) is three fake outlets wrapping six short
stories; every test runs the real extractor, clusterer and build.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from digest.cluster.core import ClusterItem, cluster_items
from digest.cluster.similarity import glue_paragraphs, paragraph_key
from digest.config import load_config
from digest.extract import furniture
from digest.extract.core import extract_document, extract_documents
from digest.models import Article
from digest.pipeline import build
from digest.sources import read_paths
from digest.stories.agreement import agreed_headline, agreed_lead, cleanest, first_sentences
from digest.stories.assemble import assemble_story
from digest.stories.checks import story_warnings
from digest.stories.compare import compare_variants
from tests.collection import (
    COPIES,
    OUTLETS,
    STORIES,
    copy_name,
    copy_text,
    furniture_sentences,
    write_collection,
)
from tests.conftest import copy_project, run_digest


@pytest.fixture(scope="module")
def collection(tmp_path_factory) -> tuple[list[Path], list[Article]]:
    paths = write_collection(tmp_path_factory.mktemp("collection"))
    articles = extract_documents([d for d in read_paths(paths) if d is not None])
    assert all(a is not None for a in articles)
    return paths, articles  # type: ignore[return-value]


def test_teasers_bios_and_wrapper_lines_are_furniture_in_a_collection(collection):
    _, articles = collection
    leftovers = furniture_sentences()
    for (outlet, story, _), article in zip(COPIES, articles, strict=True):
        assert list(article.paragraphs) == STORIES[story][1], (outlet, story)
        assert not any(line in article.text for line in leftovers)


def test_a_short_sentence_several_outlets_carry_is_the_story_s():
    """'No arrests have been made.' is in three copies of one story, in three outlets."""
    profiles = [furniture.profile(copy_text(*c)) for c in COPIES]
    contexts = furniture.learn(profiles)
    key = "no arrests have been made"
    holders = [i for i, p in enumerate(profiles) if key in p.keys]
    assert len(holders) == 3
    assert all(key not in contexts[i].shared and key not in contexts[i].furniture for i in holders)


def test_outlets_are_grouped_by_their_frames_not_by_shared_stories():
    profiles = [furniture.profile(copy_text(*c)) for c in COPIES]
    counts = furniture.Counter(k for p in profiles for k in p.keys)
    groups = furniture.group_outlets(profiles, counts)
    by_outlet = {}
    for (outlet, _, _), group in zip(COPIES, groups, strict=True):
        by_outlet.setdefault(outlet, set()).add(group)
    assert all(len(g) == 1 for g in by_outlet.values())
    assert len({next(iter(g)) for g in by_outlet.values()}) == len(OUTLETS)


def test_headline_byline_and_outlet_come_from_the_article_not_the_wrapper(collection):
    _, articles = collection
    for (outlet, story, date), article in zip(COPIES, articles, strict=True):
        assert article.title == STORIES[story][0]
        assert article.authors == ()  # the wrapper page's byline is not this article's
        assert article.published == date
        expected = {"herald": "Harbour Herald", "courier": "Valley Courier", "gazette": None}
        assert article.publisher == expected[outlet]  # the gazette's footer names nobody


def test_one_page_alone_is_cleaned_as_before(collection):
    """Alone, a page keeps its article whole; only the collection tells teasers apart."""
    paths, _ = collection
    (doc,) = read_paths([paths[0]])
    assert doc is not None
    alone = extract_document(doc)
    assert alone is not None
    assert all(p in alone.paragraphs for p in STORIES["bridge"][1])


def test_one_story_saved_again_from_one_outlet_keeps_its_text(tmp_path):
    """An update saved next to the first copy, and the same page saved three more times:
    what they share is the story, not the outlet's furniture."""
    paths = write_collection(tmp_path, COPIES)
    first = copy_text("herald", "orchard", "2025-05-07")
    again = [tmp_path / f"herald-orchard-{n}.txt" for n in range(4)]
    again[0].write_text(first.replace("1961.", "1961, a day later."), "utf-8")
    for n, path in enumerate(again[1:], 1):
        path.write_text(first + "\n" * n, "utf-8")
    docs = [d for d in read_paths([*paths, *again]) if d is not None]
    for article in extract_documents(docs)[-4:]:
        assert article is not None
        assert article.paragraphs[1:] == tuple(STORIES["orchard"][1][1:])
        assert not any(line in article.text for line in furniture_sentences())


def test_clustering_the_collection_gives_its_stories(collection):
    _, articles = collection
    items = [ClusterItem(a.id, a.title, a.text, a.published) for a in articles]
    stories = cluster_items(items)
    by_story: dict[str, set[str]] = {}
    for (_, story, _), article in zip(COPIES, articles, strict=True):
        by_story.setdefault(story, set()).add(stories[article.id])
    assert all(len(ids) == 1 for ids in by_story.values())
    assert len({next(iter(ids)) for ids in by_story.values()}) == len(STORIES)


def test_a_teaser_block_left_in_every_copy_does_not_chain_stories():
    """Furniture the cleaner missed: the same block in every page of different stories."""
    block = [
        "Readers' favourites this week include a bakery that has sold bread on the same corner "
        "for a hundred years and a choir that sings in the old railway station.",
        "Our newsletter brings the best of the week's reporting to your inbox every Friday "
        "morning, with recipes and the weekend's events.",
    ]
    texts = ["\n\n".join([*STORIES[s][1][:2], *block]) for s in STORIES]
    assert glue_paragraphs(texts) == {paragraph_key(b) for b in block}
    items = [ClusterItem(s, STORIES[s][0], t) for s, t in zip(STORIES, texts, strict=True)]
    assert len(set(cluster_items(items).values())) == len(STORIES)
    copies = [ClusterItem(f"{s}-copy", "", "\n\n".join(STORIES[s][1])) for s in STORIES]
    both = cluster_items(items + copies)
    assert all(both[s] == both[f"{s}-copy"] for s in STORIES)
    assert len(set(both.values())) == len(STORIES)


def _variant(aid: str, title: str, paragraphs: list[str], day: str) -> Article:
    return Article(aid, f"{aid}.txt", title, tuple(paragraphs), published=day)


def test_headline_by_agreement_and_the_cleanest_copy():
    title, paragraphs = STORIES["marathon"]
    teaser = OUTLETS["herald"]["footer"][1]
    variants = [
        _variant("a", "Marathon expects record field", [*paragraphs, teaser], "2025-05-10"),
        _variant("b", title, paragraphs, "2025-05-10"),
        _variant("c", title, paragraphs[:3], "2025-05-11"),
    ]
    assert agreed_headline(variants, "a") == title  # two agree; the longest copy does not
    comparison = compare_variants(variants)
    # the longest copy carries a teaser nobody else has: the complete clean one is chosen
    assert comparison.canonical_id == "b"
    assert cleanest(variants[:1], []) == "a"
    lead = agreed_lead(variants[0], comparison, variants)
    assert lead.startswith(paragraphs[0][:40]) and teaser[:30] not in lead
    assert agreed_headline([_variant("x", "", paragraphs, "2025-05-10")]) == ""


def test_a_lede_rewritten_by_one_outlet_stays_in_the_lead():
    title, paragraphs = STORIES["ferry"]
    rewritten = "Northport's islands got their first silent, diesel-free ferry crossing on Friday."
    a = _variant("a", title, [rewritten, *paragraphs[1:]], "2025-05-12")
    b = _variant("b", title, paragraphs[1:], "2025-05-12")
    comparison = compare_variants([a, b])
    assert agreed_lead(a, comparison, [a, b]).startswith(rewritten)


def test_warnings_name_odd_stories_and_their_files(tmp_path):
    title, paragraphs = STORIES["museum"]
    other_title, other = STORIES["orchard"]
    glued = [
        _variant("a", title, paragraphs, "2025-01-02"),
        _variant("b", other_title, other, "2025-05-02"),
    ]
    config = load_config(copy_project(tmp_path / "project", with_content=False))
    story = assemble_story(glued, config)
    (line,) = story_warnings([story])
    assert "no sentence shared by all variants" in line and "days apart" in line
    assert "a.txt" in line and "b.txt" in line
    fine = assemble_story(glued[:1], config)
    assert story_warnings([fine]) == []


def test_a_story_no_copy_titles_is_headed_by_its_first_words_and_warned(tmp_path):
    _, paragraphs = STORIES["museum"]
    config = load_config(copy_project(tmp_path / "project", with_content=False))
    story = assemble_story([_variant("a", "", paragraphs, "2025-01-02")], config)
    first_words = paragraphs[0].split()[:12]
    assert not story.headline_found
    assert story.title.startswith(" ".join(first_words[:6])) and story.title != "Untitled story"
    assert len(story.title.split()) <= 12
    (line,) = story_warnings([story])
    assert "no headline" in line and "a.txt" in line


def test_build_of_the_collection_names_unknown_outlets_honestly(tmp_path, caplog):
    root = copy_project(tmp_path / "project", with_content=False)
    write_collection(root / "content")
    (root / "content" / "glued.txt").write_text(
        "\n\n".join([STORIES["museum"][0], *STORIES["museum"][1][:2], *STORIES["ferry"][1][2:]]),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="digest"):
        result = build(load_config(root), strict=True, run_site=False)
    assert result.warnings == []  # advice on stories does not fail --strict
    shown = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert shown and all(line.startswith("story ") for line in shown), shown
    # a page made of two stories joins them: the one story warned about, with its files
    (line,) = shown
    assert "glued.txt" in line and "no sentence shared by all variants" in line
    assert len(result.stories) == len(STORIES) - 1
    bridge = next(s for s in result.stories if s.title == STORIES["bridge"][0])
    assert len(bridge.articles) == 3
    page = next(p for path, p in result.pages.items() if path == f"stories/{bridge.slug}.md")
    assert "**Unknown outlet** <small>gazette\\-bridge\\.txt</small>" in page  # the timeline
    assert "Harbour Herald" in page and "Tom Reed" not in page
    outlets = {o for s in result.stories for q in s.quotes for o in q.outlets}
    assert "Unknown outlet" in outlets and not any(o.endswith(".txt") for o in outlets)
    assert not any(line[:40] in page for line in furniture_sentences())


def test_a_build_over_a_cache_of_an_earlier_collection_equals_a_cold_build(tmp_path):
    """Outlets learned from fewer copies must not linger once more copies arrive."""
    warm = copy_project(tmp_path / "warm", with_content=False)
    write_collection(warm / "content", COPIES[:5])
    build(load_config(warm), strict=True, run_site=False)
    write_collection(warm / "content", COPIES)
    (warm / "content" / copy_name(*COPIES[0][:2])).unlink()  # and one copy goes away
    warm_result = build(load_config(warm), strict=True, run_site=False)
    cold = copy_project(tmp_path / "cold", with_content=False)
    write_collection(cold / "content", COPIES[1:])
    config = load_config(cold)
    cold_result = build(config, strict=True, run_site=False)
    assert warm_result.pages == cold_result.pages
    again = build(load_config(warm), strict=True, run_site=False)
    assert again.pages == warm_result.pages


def test_eval_syndication_scores_a_labelled_collection(tmp_path):
    corpus = tmp_path / "corpus"
    paths = write_collection(corpus / "dumps")
    with (corpus / "articles.jsonl").open("w", encoding="utf-8") as out:
        for path, (outlet, story, date) in zip(paths, COPIES, strict=True):
            title, paragraphs = STORIES[story]
            row = {
                "id": path.stem,
                "story": story,
                "title": title,
                "text": "\n\n".join(paragraphs),
                "date": date,
                "source": outlet,
            }
            out.write(json.dumps(row) + "\n")
    done = run_digest("eval", "syndication", str(corpus))
    assert done.returncode == 0, done.stderr
    assert "bag-of-words (n=1)       1.000" in done.stdout
    assert "B-cubed F1 1.000" in done.stdout
    assert f"headline exact match: {len(COPIES)}/{len(COPIES)}" in done.stdout
    assert "byline errors: 0" in done.stdout


def test_glue_from_shared_paragraphs_is_the_glue_from_whole_profiles():
    """Leaving out the paragraphs only one article holds (their words still counted) and
    the articles holding no paragraph of three or more holders changes no decision,
    whichever paragraphs repeat: random collections built from a small pool of
    paragraphs, so that many repeat and some are glue."""
    import random

    from digest.cluster.similarity import GLUE_HOLDERS, glue_among, glue_among_shared

    found_glue = 0
    for seed in range(40):
        rng = random.Random(seed)
        pool = [(f"p{i}", rng.randint(1, 60)) for i in range(rng.randint(5, 40))]
        profiles = [
            list(dict(rng.sample(pool, rng.randint(1, min(8, len(pool))))).items())
            for _ in range(rng.randint(3, 30))
        ]
        holders: dict[str, int] = {}
        for profile in profiles:
            for key, _ in profile:
                holders[key] = holders.get(key, 0) + 1
        relevant = [p for p in profiles if any(holders[k] >= GLUE_HOLDERS for k, _ in p)]
        shared = [[(k, n) for k, n in p if holders[k] >= 2] for p in relevant]
        words = [sum(n for _, n in p) for p in relevant]
        expected = glue_among(profiles)
        assert glue_among_shared(shared, words) == expected, seed
        found_glue += bool(expected)
    assert found_glue >= 5  # the collections did exercise the decision


# --- media carousels in text copies -------------------------------------------------------

_ARTICLE = [
    "The council of Riverton voted on Tuesday to close the Elm Street bridge for repairs "
    "after engineers found cracks in two of its supporting beams during an inspection.",
    "Drivers will be sent over the Mill Road crossing while the work lasts, which the city "
    "expects to take at least four months, a spokeswoman for the council said.",
    "The bridge carries about twelve thousand cars a day and was last repaired in 1998, "
    "according to records kept by the county's transport department.",
]


def _cleaned_paragraphs(*inserted: str) -> tuple[str, ...]:
    from digest.extract.text_body import clean_text

    lines = ["Home", "News", _ARTICLE[0], _ARTICLE[1], *inserted, _ARTICLE[2], "Contact us"]
    return clean_text("\n\n".join(lines)).paragraphs


def test_the_caption_under_a_carousels_video_marker_is_no_article_text():
    caption = 'Mira Vell: "I would never go back to that show, not for any money."'
    for marker in ("Video", "▶ 02:31", "Now Playing"):
        kept = _cleaned_paragraphs(marker, caption)
        assert caption not in kept, marker
        assert kept[-1] == _ARTICLE[2]


def test_a_line_labelled_as_a_video_teaser_is_no_article_text():
    for teaser in ("Watch: Mira Vell talks about her return to the stage", "VIDEO | Bridge closed"):
        kept = _cleaned_paragraphs(teaser)
        assert teaser not in kept
        assert _ARTICLE[2] in kept


def test_a_live_blogs_bulleted_time_keeps_its_entry():
    entry = "Point of order."
    kept = _cleaned_paragraphs("* 12:21", entry)
    assert entry in kept


def test_a_carousel_caption_gives_the_story_no_quote(tmp_path):
    from digest.extract.text_body import clean_text
    from digest.quotes.assembly import extract_quotes

    caption = '"I would never go back to that show, not for any money," Mira Vell said.'
    lines = ["Home", _ARTICLE[0], _ARTICLE[1], "Video", caption, _ARTICLE[2]]
    body = "\n\n".join(clean_text("\n\n".join(lines)).paragraphs)
    assert not [q for q in extract_quotes(body) if "never go back" in q.text]


# --- a mixed collection: many sites' pages share only the menu entries every site has ----

_COMMON_MENU = [
    "Home", "News", "Sports", "Weather", "Opinion", "Contact us", "Privacy policy",
    "Business", "Health", "Travel", "Video", "Podcasts", "Obituaries", "Newsletters",
]  # fmt: skip


def _site_page(site: int, story: int, menu: list[str], own_lines: int) -> str:
    own = [f"Section {site}-{n} of Outlet{site}" for n in range(own_lines)]
    prose = (
        f"Story {story} of the collection is told here in a long sentence about the "
        f"council of town number {story} and its plans for the coming year."
    )
    return "\n\n".join([*menu, *own, prose, prose.replace("told", "retold")]) + "\n"


def test_pages_of_many_sites_that_share_only_common_menu_entries_are_no_outlet():
    """A page alone from its site repeats only the menu entries every site has (its own
    lines are in no other copy); one big site's pages hold them all. Matched against
    all the lines a growing group had gathered, every such page joined the big site's
    group and took its outlet name."""
    pages = [_site_page(0, n, _COMMON_MENU, 12) for n in range(4)]  # one site, four pages
    pages += [
        _site_page(site, 10 + site, _COMMON_MENU[2 * site - 2 : 2 * site], 6)
        for site in range(1, 8)
    ]
    profiles = [furniture.profile(p) for p in pages]
    counts = furniture.Counter(k for p in profiles for k in p.keys)
    groups = furniture.group_outlets(profiles, counts)
    assert len(set(groups[:4])) == 1
    assert len(set(groups[4:])) == len(groups[4:])
    assert groups[0] not in groups[4:]


def test_a_paragraph_left_without_its_stop_ends_a_sentence_of_the_lead():
    paragraphs = [
        "Two men opened fire at a party and the suspects are still on the loose",
        "Police say about 25 people were at the party.",
    ]
    assert first_sentences(paragraphs) == (
        "Two men opened fire at a party and the suspects are still on the loose. "
        "Police say about 25 people were at the party."
    )
    assert first_sentences(paragraphs[:1]) == paragraphs[0]  # nothing added at the end
