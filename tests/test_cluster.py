"""Story clustering: syndicated copies join, look-alike incidents stay apart.

The fixture articles are written for these tests (invented people and places);
the corpus test at the end builds syndicated copies from the clustering corpus
at run time and is skipped when the corpus is absent.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from digest.cluster.core import ClusterItem, average_link, cluster_items
from digest.cluster.similarity import (
    names,
    near_copies,
    site_tails,
    term_counts,
    tokens,
    without_contacts,
    without_site_tail,
)
from digest.evaluate.clustering import score

DAYTON = [
    "Police in Dayton said a 34-year-old man, Marcus Lindell, was shot and killed outside "
    "a convenience store on Wayne Avenue late Saturday night.",
    "Officers found Lindell with several gunshot wounds shortly after 11:40 p.m. He was taken "
    "to Miami Valley Hospital, where he died early Sunday, according to the Montgomery County "
    "coroner's office.",
    '"We believe this was a targeted attack and not a random act," Lieutenant Janet Okafor '
    "told reporters on Sunday morning.",
    "Witnesses described a dark gray sedan leaving the parking lot at high speed. Detectives "
    "are reviewing footage from cameras along Wayne Avenue and Wyoming Street.",
    "Lindell, a father of two, worked as a forklift operator at a warehouse in Moraine, his "
    'sister Danielle Lindell said. "He was the one who held this family together," she said.',
    "Anyone with information is asked to call the Dayton Police Department tip line at "
    "937-555-0143. No arrests have been made.",
]

TOLEDO = [
    "A 19-year-old woman was wounded in a shooting on Dorr Street in Toledo on Tuesday "
    "afternoon, police said.",
    "Keisha Barnwell was struck in the leg while sitting on a porch in the 2300 block of Dorr "
    "Street around 3:15 p.m., Sergeant Paul Mertz of the Toledo Police Department said.",
    "She was taken to ProMedica Toledo Hospital with injuries that are not life-threatening.",
    "Police said two men on bicycles fired several shots toward the house before riding away "
    "toward Detroit Avenue. Investigators recovered eight shell casings.",
    '"It is broad daylight and kids are walking home from school," neighbor Alvin Crenshaw '
    "said. Police have not identified any suspects.",
]

BUDGET = [
    "The Springfield city council approved a $412 million budget on Monday after a "
    "four-hour debate over library hours and road repairs.",
    "Council member Rosa Delgado said the plan restores weekend hours at three branch "
    "libraries that were cut two years ago.",
    "Mayor Tom Whitcombe called the vote a compromise. The budget takes effect on July 1.",
]

QUAKE = [
    "A magnitude 6.1 earthquake struck off the coast of the Karvan peninsula early Thursday, "
    "damaging dozens of homes in the fishing town of Orlesk.",
    "The regional emergency ministry said 14 people were injured and two bridges were closed "
    "for inspection. No tsunami warning was issued.",
    "Residents spent the night outdoors as more than 40 aftershocks rattled the area, the "
    "ministry said.",
]

# An independent report of the Dayton shooting: other words, same facts and names.
DAYTON_REWRITE = [
    "Marcus Lindell, 34, died after being shot several times in a store parking lot on Wayne "
    "Avenue in Dayton on Saturday night.",
    "Lieutenant Janet Okafor said investigators think Lindell was targeted. Officers are "
    "looking for a dark gray sedan seen speeding away from the store.",
    "Lindell's sister, Danielle Lindell, said he worked at a warehouse in Moraine and had two "
    "children. Dayton police asked witnesses to call the tip line.",
]


def article(article_id: str, title: str, paragraphs: list[str], when: str | None) -> ClusterItem:
    return ClusterItem(article_id, title, "\n".join(paragraphs), when)


def background() -> list[ClusterItem]:
    """Unrelated stories, so term weights are not computed from one story alone."""
    return [
        article("toledo", "Woman wounded in Toledo porch shooting", TOLEDO, "2023-05-09"),
        article("budget", "Springfield council passes budget", BUDGET, "2023-05-08"),
        article("quake", "Strong quake hits Karvan coast", QUAKE, "2023-05-11"),
    ]


def strip_quotes(text: str) -> str:
    return re.sub('["“”]', "", text)


def syndicated_copies() -> list[ClusterItem]:
    """The Dayton wire report as other outlets republish it."""
    when = "2023-05-07"
    return [
        article("dayton-a", "Man shot dead outside Dayton store", DAYTON, when),
        article("dayton-b", "Father of two killed in Wayne Avenue shooting", DAYTON, when),
        article(
            "dayton-c",
            "Man shot dead outside Dayton store",
            [strip_quotes(p) for p in DAYTON],
            when,
        ),
        article("dayton-d", "Man shot dead outside Dayton store", DAYTON[:4], "2023-05-08"),
        article("dayton-e", "Dayton man killed", DAYTON[:2] + DAYTON[3:], when),
        article(
            "dayton-f",
            "Police: man killed in targeted attack",
            [*DAYTON[:3], "READ ALSO: Springfield council passes budget", *DAYTON[3:]],
            when,
        ),
    ]


def test_syndicated_copies_always_join() -> None:
    items = syndicated_copies() + background()
    stories = cluster_items(items)
    dayton = {stories[it.id] for it in items if it.id.startswith("dayton")}
    assert dayton == {"dayton-a"}
    others = {stories["toledo"], stories["budget"], stories["quake"]}
    assert len(others) == 3 and "dayton-a" not in others


def test_independent_report_of_same_event_joins() -> None:
    items = [
        *background(),
        article("x-wire", "Man shot dead outside Dayton store", DAYTON, "2023-05-07"),
        article("y-local", "Dayton father of two killed", DAYTON_REWRITE, "2023-05-08"),
    ]
    stories = cluster_items(items)
    assert stories["x-wire"] == stories["y-local"]


def test_two_shootings_in_one_state_stay_apart() -> None:
    items = [
        article("dayton", "Man shot dead outside Ohio store", DAYTON, "2023-05-07"),
        article("toledo", "Woman wounded in Ohio porch shooting", TOLEDO, "2023-05-09"),
        article("budget", "Springfield council passes budget", BUDGET, "2023-05-08"),
        article("quake", "Strong quake hits Karvan coast", QUAKE, "2023-05-11"),
    ]
    stories = cluster_items(items)
    assert stories["dayton"] != stories["toledo"]


def test_dates_constrain_merges() -> None:
    """The same rewrite joins when published the next day, not three years later."""
    wire = article("a-wire", "Man shot dead outside Dayton store", DAYTON, "2023-05-07")
    close = article("b-rewrite", "Dayton father of two killed", DAYTON_REWRITE, "2023-05-08")
    far = article("b-rewrite", "Dayton father of two killed", DAYTON_REWRITE, "2026-06-01")
    assert cluster_items([*background(), wire, close])["b-rewrite"] == "a-wire"
    assert cluster_items([*background(), wire, far])["b-rewrite"] == "b-rewrite"


def test_near_copies_join_whatever_the_dates() -> None:
    """A republished wire report is the same story even if an outlet misdates it."""
    items = [
        *background(),
        article("a", "Man shot dead outside Dayton store", DAYTON, "2023-05-07"),
        article("b", "Dayton shooting", DAYTON[:3], "2033-01-01"),
    ]
    assert cluster_items(items)["b"] == "a"


def test_near_copy_check_uses_containment_of_the_shorter_text() -> None:
    full = "\n".join(DAYTON)
    excerpt = strip_quotes("\n".join(DAYTON[1:3])) + "\nRead also: Springfield passes budget"
    other = "\n".join(TOLEDO)
    left, right = np.array([0, 0]), np.array([1, 2])
    assert near_copies([full, excerpt, other], left, right, np.array([0.9, 0.9])) == [(0, 1)]
    # Pairs below the cosine pre-filter are not even looked at.
    assert near_copies([full, excerpt, other], left, right, np.array([0.0, 0.0])) == []


def test_missing_and_malformed_dates_are_tolerated() -> None:
    items = [
        *background(),
        article("a", "Man shot dead outside Dayton store", DAYTON, None),
        article("b", "Man shot dead outside Dayton store", DAYTON[:5], "not a date"),
    ]
    assert cluster_items(items)["b"] == "a"


def test_story_ids_do_not_depend_on_input_order() -> None:
    items = syndicated_copies() + background()
    expected = cluster_items(items)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = items[:]
        rng.shuffle(shuffled)
        assert cluster_items(shuffled) == expected
    assert set(expected.values()) == {"dayton-a", "toledo", "budget", "quake"}


def test_empty_and_single_inputs() -> None:
    assert cluster_items([]) == {}
    assert cluster_items([ClusterItem("only", "", "", None)]) == {"only": "only"}


def test_incremental_places_new_article_in_existing_story() -> None:
    first = [
        *background(),
        article("m-wire", "Man shot dead outside Dayton store", DAYTON, "2023-05-07"),
    ]
    previous = cluster_items(first)
    # The new copy's id sorts first, yet the story keeps the id it already had.
    new = article("a-copy", "Dayton man killed", DAYTON[:4], "2023-05-08")
    stories = cluster_items([*first, new], previous=previous)
    assert stories["a-copy"] == previous["m-wire"] == "m-wire"
    assert all(stories[k] == v for k, v in previous.items())


def test_incremental_does_not_revisit_old_decisions() -> None:
    """Two earlier stories that now look alike stay apart without a new article."""
    items = [
        *background(),
        article("a", "Man shot dead outside Dayton store", DAYTON, "2023-05-07"),
        article("b", "Man shot dead outside Dayton store", DAYTON, "2023-05-07"),
    ]
    previous = {"a": "story-a", "b": "story-b", "toledo": "t", "budget": "s", "quake": "q"}
    assert cluster_items(items, previous=previous) == previous


def test_new_article_bridging_two_stories_merges_them_under_the_larger_id() -> None:
    # Groups {0, 1, 2} and {3, 4} come from an earlier run; 5 is new.
    edges = [(0, 1, 9.0), (1, 2, 9.0), (0, 2, 9.0), (3, 4, 9.0)]
    edges += [(i, j, 6.0) for i in (0, 1, 2) for j in (3, 4)]
    start = [[0, 1, 2], [3, 4], [5]]
    frozen = {0, 1, 2, 3, 4}
    alone = average_link(6, edges, threshold=5.0, start=start, frozen=frozen)
    assert sorted(map(sorted, alone)) == [[0, 1, 2], [3, 4], [5]]
    bridged = average_link(
        6, [*edges, *[(5, j, 10.0) for j in range(5)]], threshold=5.0, start=start, frozen=frozen
    )
    assert sorted(map(sorted, bridged)) == [[0, 1, 2, 3, 4, 5]]


def test_merged_story_keeps_the_larger_earlier_id() -> None:
    from digest.cluster.core import _story_ids

    ids = ["a", "b", "c", "d"]
    previous = {"a": "small", "b": "big", "c": "big"}
    assert _story_ids(ids, [[0, 1, 2, 3]], previous) == dict.fromkeys(ids, "big")


def test_average_link_refuses_chaining_through_one_article() -> None:
    """One article close to two tight groups does not glue them together."""
    edges = [(0, 1, 9.0), (2, 3, 9.0), (1, 4, 9.0), (4, 2, 9.0)]
    groups = average_link(5, edges, threshold=5.0)
    assert not any({0, 3} <= set(g) for g in groups)


def test_names_skip_sentence_openers_and_keep_numbers() -> None:
    found = names("Police said Marcus Lindell, 34, was shot. He died in Dayton.")
    assert found == ["marcus", "lindell", "34", "dayton"]


def test_names_know_sentence_openers_across_lines_quotes_and_spacing() -> None:
    text = (
        "Tolvane met Brisk.  Orla came.\nWend left:\n  Pell stayed. "
        '"Quill," said Rusk\u2019s aide, and o\u2019Dane and iKnot.'
    )
    assert names(text) == ["brisk", "quill", "rusk\u2019s"]
    assert names("x Ab'Cd 7'Ef gh'Ij") == ["ab'cd", "7'Ef"]  # one word, apostrophe and all


def test_term_counts_keep_first_occurrence_order() -> None:
    from digest.cluster.similarity import token_counts

    text = "Rivers rose; the river's banks broke. Banks and rivers, rivers again."
    counted = token_counts(text)
    assert list(counted.items()) == [("river", 4), ("rose", 1), ("bank", 2), ("broke", 1)]
    assert counted == Counter(tokens(text))


def test_tokens_fold_plurals_and_drop_stopwords() -> None:
    assert tokens("The shootings and the shooting's victims") == [
        "shooting",
        "shooting",
        "victim",
    ]


def test_score_matches_hand_computed_values() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    pred = {"a": "x", "b": "y", "c": "y"}
    s = score(gold, pred)
    assert s["b3_p"] == pytest.approx((1 + 0.5 + 0.5) / 3)
    assert s["b3_r"] == pytest.approx((0.5 + 0.5 + 1) / 3)
    assert s["pair_p"] == 0.0 and s["pair_r"] == 0.0


# --- synthetic syndication on the real corpus ------------------------------------------

CORPUS = Path("shared/corpora/clustering/articles.jsonl")


def _corpus_path() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        if (parent / CORPUS).exists():
            return parent / CORPUS
    return None


def syndicate(record: dict, other_title: str, rng: random.Random) -> ClusterItem:
    """Republish an article the way outlets do: new headline, quotes stripped, end cut,
    a paragraph dropped, a "read also" line inserted, posted up to two days later."""
    paragraphs = [strip_quotes(p) for p in record["text"].split("\n") if p.strip()]
    if len(paragraphs) >= 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    words = "\n".join(paragraphs).split(" ")
    cut = words[: max(30, int(len(words) * rng.uniform(0.6, 0.85)))]
    body = " ".join(cut).split("\n")
    teaser = " ".join(other_title.split()[:12])  # a headline, as "read also" lines carry
    body.insert(min(len(body), 1), f"Read also: {teaser}")
    first = body[0].split()
    headline = " ".join(first[:12]).rstrip(",.;:")
    when = record.get("date")
    if when:
        when = (date.fromisoformat(when) + timedelta(days=rng.randint(0, 2))).isoformat()
    return ClusterItem(f"{record['id']}~copy", headline, "\n".join(body), when)


@pytest.mark.corpus
def test_syndicated_copies_of_corpus_articles_join_their_originals() -> None:
    path = _corpus_path()
    if path is None:
        pytest.skip("clustering corpus not found (../shared/corpora/clustering)")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(2024)
    chosen = rng.sample(records, 400)
    items = [ClusterItem(r["id"], r["title"] or "", r["text"], r["date"]) for r in records]
    copies = [syndicate(r, rng.choice(records)["title"] or "", rng) for r in chosen]
    stories = cluster_items(items + copies)
    joined = sum(stories[c.id] == stories[r["id"]] for c, r in zip(copies, chosen, strict=True))
    assert joined / len(copies) >= 0.99


def test_stored_term_counts_give_the_same_stories() -> None:
    """Counts read back from the cache (as lists of terms and numbers) change nothing."""
    from digest.cluster.similarity import term_counts
    from digest.cluster.stage import _decode_counts, _encode_counts

    items = background() + syndicated_copies()
    stored = {
        it.id: _decode_counts(
            0, json.loads(json.dumps(_encode_counts(term_counts(it.title, it.text))))
        )
        for it in items
    }
    for it in items:
        for back, counted in zip(stored[it.id], term_counts(it.title, it.text), strict=True):
            assert list(back.items()) == list(counted.items())
    plain = cluster_items(items)
    assert cluster_items(items, counts=stored) == plain
    previous = {k: v for k, v in sorted(plain.items())[::2]}
    assert cluster_items(items, previous, stored) == cluster_items(items, previous)


def test_stored_copy_checks_give_the_same_stories_without_comparing_again(monkeypatch) -> None:
    """Near-copy comparisons kept from an earlier run are reused, never changing the result."""
    import digest.cluster.similarity as similarity

    items = syndicated_copies() + background()
    checks: dict[str, bool] = {}
    assert cluster_items(items, copy_checks=checks) == cluster_items(items)
    assert checks and any(checks.values())  # the copies were compared and recorded
    shingled: list[str] = []
    real = similarity.shingles

    def counting(text):
        shingled.append(text)
        return real(text)

    monkeypatch.setattr(similarity, "shingles", counting)
    kept = dict(checks)
    reused = cluster_items(items, copy_checks=checks)
    compared = [len(shingled)]  # texts shingled by the run with the stored comparisons
    plain = cluster_items(items)
    compared.append(len(shingled) - compared[0])
    assert reused == plain
    assert compared[0] == 0 and compared[1] > 0  # reused run compared nothing; plain run did
    assert checks == kept
    # A changed text is compared again; its old comparisons are dropped.
    edited = [dataclasses.replace(items[0], text=items[0].text + " Updated."), *items[1:]]
    assert cluster_items(edited, copy_checks=checks) == cluster_items(edited)
    assert checks != kept


def test_a_lede_standing_in_for_a_headline_is_body_evidence_only():
    from digest.cluster.similarity import is_lede, term_counts

    lede = "Heavy rain flooded the lower town of Marlow on Sunday, forcing forty families out."
    assert is_lede(lede)
    assert not is_lede("Floods force forty families out of Marlow")
    assert not is_lede("Floods in Marlow. What now?")  # short, headline-shaped
    body, headline, _ = term_counts(lede, "The river rose two metres overnight.")
    assert not headline and body["flooded"] == 1
    _, headline, _ = term_counts("Floods force forty families out of Marlow", "The river rose.")
    assert headline


# A product launch and a shopping list naming the same products: word overlap, no one story.
LAUNCH = [
    "Orbis on Tuesday launched the Lumen 5 noise-cancelling headphones and the Lumen Dock "
    "speaker, its first new audio products in three years, at an event in Portvale.",
    "The Lumen 5 costs $249 and lasts 40 hours on a charge, Orbis chief executive Nadia "
    "Feld said, adding that the Lumen Dock would ship in time for the holidays.",
    "Analysts at Harrow Research said the headphones would compete with models from Velto "
    "and Marisco, whose sales slowed this year.",
]
GUIDE = [
    "Orbis Lumen 5 headphones, $249: noise cancelling that lasts 40 hours on a charge, for "
    "the commuter who wants quiet on the Portvale line.",
    "Orbis Lumen Dock speaker: the holidays' best small speaker, and it ships in time.",
    "Velto Arc earbuds and Marisco Tune headphones: cheaper picks from the same shelf, both "
    "with noise cancelling and long battery life.",
]


def test_a_shopping_list_joins_no_news_story_but_its_own_copies() -> None:
    from digest.cluster.similarity import is_listing

    assert is_listing("Gift guide: what to buy the commuter in your life")
    assert is_listing("The 12 best headphones of the year")
    assert not is_listing("Orbis launches Lumen 5 headphones")
    assert not is_listing("Trade deal on steel signed")
    launch = article("launch", "Orbis launches Lumen 5 headphones", LAUNCH, "2023-11-20")
    plain = article("guide", "Orbis Lumen 5 and Lumen Dock for the commuter", GUIDE, "2023-11-21")
    joined = cluster_items([*background(), launch, plain])
    assert joined["guide"] == joined["launch"]  # the overlap alone would join them
    listed = dataclasses.replace(plain, title="Gift guide: the Orbis Lumen 5 for the commuter")
    copy = dataclasses.replace(listed, id="guide-copy")
    stories = cluster_items([*background(), launch, listed, copy])
    assert stories["guide"] != stories["launch"]
    assert stories["guide-copy"] == stories["guide"]


# Two unrelated shootings on one city desk's beat: each report ends with the police
# department's tip lines, in the desk's own words each time.
CALDER_ROBBERY = [
    "Calder police are investigating after a man was shot during a robbery attempt in the "
    "Millbrook section overnight.",
    "A 27-year-old man walked into Saint Ione Hospital at about 2:15 a.m. with a gunshot "
    "wound to his side, police said.",
    "He told officers two men tried to rob him near Tanner Street before one of them fired.",
    "Citywide shooting detectives ask anyone with information to call 555-318-4470 or "
    "Metro Crime Stoppers at 1-888-5TIPNOW.",
]
CALDER_UPTON = [
    "Three people were found with gunshot wounds in the Fenwick neighborhood of Calder "
    "after officers heard shots during a traffic stop on Wednesday.",
    "A 21-year-old, a 31-year-old and a 16-year-old were taken to hospitals with wounds "
    "that are not life-threatening.",
    "Police said the three were standing outside a corner store on Orchard Lane when an "
    "unidentified man opened fire.",
    "Anyone with information is asked to contact citywide shooting detectives at "
    "555-318-4470 or Metro Crime Stoppers at 1-888-5TIPNOW.",
]
# Another desk's rewrite of the robbery report: the same facts in other words.
CALDER_ROBBERY_REWRITE = [
    "A man, 27, was wounded in a robbery attempt in Millbrook early on Saturday, Calder "
    "police said.",
    "He reached Saint Ione Hospital on his own and told police that two men tried to rob him "
    "on Tanner Street.",
    "Tips: call 555-318-4470 or 1-888-5TIPNOW.",
]


def test_shared_tip_lines_do_not_join_unrelated_reports() -> None:
    """Phone numbers say whom to call, not what happened: the same tip lines under two
    shootings are no evidence that they are one story, while a rewrite still joins."""
    items = [
        *background(),
        article("robbery", "Man shot in Millbrook robbery attempt", CALDER_ROBBERY, "2023-02-04"),
        article("upton", "Three shot in Fenwick overnight", CALDER_UPTON, "2023-02-08"),
        article(
            "robbery-rewrite",
            "Millbrook robbery victim shot",
            CALDER_ROBBERY_REWRITE,
            "2023-02-04",
        ),
    ]
    stories = cluster_items(items)
    assert stories["robbery"] != stories["upton"]
    assert stories["robbery-rewrite"] == stories["robbery"]


def test_contacts_are_blanked_out_of_term_counts() -> None:
    body, _, found = term_counts(
        "Man shot", "Call 555-318-4470, 1-888-5TIPNOW or tips@calder.example (www.calder.example)."
    )
    assert not any(ch.isdigit() for term in [*body, *found] for ch in term)
    assert "tips" not in body and "calder" not in body
    for spelt in ("1-888-5TIPNOW", "888-5TIPNOW", "1-888-5-TIPNOW", "1-800-TIP-LINE"):
        assert without_contacts(f"call {spelt} now").split() == ["call", "now"]
    unchanged = "In 2023 the 100 block saw a 3-2 vote; 800-1000 people came, 800 people left"
    assert without_contacts(unchanged) == unchanged


def test_glued_story_report_names_the_stories_and_the_terms_that_joined_them() -> None:
    from digest.evaluate.glued import glued_story_report

    items = [
        *background(),
        article("robbery", "Man shot in Millbrook robbery attempt", CALDER_ROBBERY, "2023-02-04"),
        article("upton", "Three shot in Fenwick overnight", CALDER_UPTON, "2023-02-08"),
    ]
    gold = {it.id: it.id for it in items}
    predicted = {**gold, "upton": "robbery"}  # a grouping that glued two stories
    lines = glued_story_report(items, gold, predicted)
    assert lines[0] == "glued story robbery: 2 articles of 2 gold stories"
    pair = next(line for line in lines if line.startswith("  robbery ~ upton"))
    assert "4 days apart" in pair
    names = next(line for line in lines if line.startswith("    names:"))
    assert "stoppers" in names  # the tip line's name, all that is left of the furniture
    assert glued_story_report(items, gold, gold) == []


# One station's pages: every headline ends in its name, and its reporters cover one city.
STATION = " - WQRT 7 Lakeport, Ohio News Weather & Sports"
LAKEPORT_FIRE = [
    "A fire gutted a vacant warehouse on Canal Street in Lakeport early Tuesday, "
    "firefighters said.",
    "Crews from three stations fought the blaze for four hours. No one was hurt.",
    "The cause is under investigation, Lakeport fire chief Dana Ostrowski said.",
]
LAKEPORT_SHOOTING = [
    "A 22-year-old man was shot in the arm outside a bar on Harbor Avenue in Lakeport "
    "late Friday, police said.",
    "He was taken to Mercy Lakeport Hospital and is expected to recover.",
    "Lakeport police have not named a suspect.",
]
# Another outlet's report of the fire.
LAKEPORT_FIRE_REWRITE = [
    "Firefighters spent four hours putting out a fire in an empty Canal Street warehouse "
    "in Lakeport on Tuesday morning.",
    "Chief Dana Ostrowski said nobody was injured and investigators are looking for the cause.",
]


def lakeport() -> list[ClusterItem]:
    return [
        *background(),
        article("fire", "Fire guts Canal Street warehouse" + STATION, LAKEPORT_FIRE, "2023-03-07"),
        article("shot", "Man shot outside bar" + STATION, LAKEPORT_SHOOTING, "2023-03-10"),
    ]


def test_a_site_name_ending_headlines_does_not_join_unrelated_reports(monkeypatch) -> None:
    """The station's name after the dash is half of each headline's words: left out, the
    two reports stay apart, and another outlet's report of the fire still joins it."""
    import digest.cluster.similarity as similarity

    stories = cluster_items(lakeport())
    assert stories["fire"] != stories["shot"]
    rewrite = article("fire-b", "Warehouse fire in Lakeport", LAKEPORT_FIRE_REWRITE, "2023-03-07")
    assert cluster_items([*lakeport(), rewrite])["fire-b"] == "fire"
    # Counted as headline words, the site name is what glues them.
    monkeypatch.setattr(similarity, "SITE_TAIL_HEADLINES", 1000)
    glued = cluster_items(lakeport())
    assert glued["fire"] == glued["shot"]


def test_site_tails_are_endings_of_different_headlines() -> None:
    titles = [
        "Fire guts warehouse - WQRT 7",
        "Man shot outside bar - WQRT 7",
        "Man shot outside bar - WQRT 7",  # a copy: the same headline counts once
        "Drive-by shooting on Elm Street",  # a hyphen inside a word is no separator
        "Storm closes schools | Lakeport Ledger",
        "Bridge reopens - Lakeport Ledger",
        "Council votes - Budget",
    ]
    tails = site_tails(titles)
    assert tails == frozenset({"wqrt 7", "lakeport ledger"})
    assert without_site_tail("Fire guts warehouse -  WQRT 7", tails) == "Fire guts warehouse"
    assert without_site_tail("Council votes - Budget", tails) == "Council votes - Budget"
    assert without_site_tail("Drive-by shooting on Elm Street", tails) == (
        "Drive-by shooting on Elm Street"
    )


def _gallery(caption: str, images: int) -> str:
    """An outlet's photo gallery flattened into one paragraph, as text copies hold it."""
    cells = " ".join(
        f"Photo: Harbor 7 Video Image {n} of {images} {caption} {caption}"
        for n in range(1, images + 1)
    )
    return f"Photo: Harbor 7 Video Image 1 of / {images} Caption Close {cells} Back to Gallery"


def test_two_stories_sharing_only_an_outlets_gallery_controls_stay_apart() -> None:
    first = [
        _gallery("Molde police investigate a fatal shooting on the Northeast Side.", 6),
        "MOLDE - A man was fatally shot early Sunday after the passenger in his car "
        "played with a gun, police said.",
        "The driver was taken to Northeast Baptist Hospital, where he died.",
    ]
    second = [
        _gallery(
            "Molde police say four people were injured in a shooting on the Northeast Side.", 6
        ),
        "Four people were shot at a party on the Northeast Side on Sunday, police said.",
        "About 25 people were at the party when two men opened fire, and the suspects fled.",
    ]
    items = [
        *background(),
        article("june", "Man playing with gun kills driver", first, "2016-06-19"),
        article("november", "Four wounded in party shooting", second, "2016-11-13"),
    ]
    stories = cluster_items(items)
    assert stories["june"] != stories["november"]
