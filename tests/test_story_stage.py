"""The stories stage: stories assembled in the quote workers as their quotes come in
are those assembled after all quotes are in; each article's quotes arrive once."""

from __future__ import annotations

import pytest

from digest import parallel
from digest.cache import CACHE_FILE, Cache
from digest.config import load_config
from digest.models import Article
from digest.stories.stage import QuotesAhead, article_quotes, assemble_stories
from tests.conftest import copy_project

PLACES = ["Arnvik", "Belmora", "Castelune", "Dorrow", "Elsmere", "Fenhollow", "Gravine"]


def _article(aid: str, place: str, variant: int) -> Article:
    """A variant of the invented story about `place`, its lead rewritten per variant."""
    return Article(
        id=aid,
        source=f"{aid}.txt",
        title=f"Bridge in {place} reopens",
        paragraphs=(
            f"The old bridge in {place} reopened on Monday after {variant + 2} months of repairs.",
            f'"We are glad to cross it again," said Mara Quell, who runs a bakery in {place}.',
            "Council engineer Tomas Vey said the deck was replaced. Traffic resumed at noon.",
        ),
        published=f"2025-03-0{variant + 1}",
    )


def _groups() -> list[list[Article]]:
    return [
        [_article(f"{place.lower()}-{v}", place, v) for v in range(1 + i % 3)]
        for i, place in enumerate(PLACES)
    ]


@pytest.fixture
def config(tmp_path):
    return load_config(copy_project(tmp_path / "project", with_content=False))


def test_stories_assembled_as_their_quotes_come_are_those_assembled_after(
    tmp_path, monkeypatch, config
):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    # Two articles a batch: a story's articles arrive in different batches.
    monkeypatch.setattr(parallel.InBackground, "CHUNK", 2)
    monkeypatch.setattr(parallel.InBackground, "AHEAD_CHUNK", 2)
    groups = _groups()
    articles = [a for group in groups for a in group]
    after = assemble_stories(groups, config, Cache(None))
    cache = Cache(tmp_path / CACHE_FILE)
    article_quotes(articles[:3], cache)  # some quotes known before the build
    ahead = QuotesAhead(articles[3:])
    in_the_workers = []
    also = ahead.also
    monkeypatch.setattr(
        ahead, "also", lambda *job: in_the_workers.append(len(job[1])) or also(*job)
    )
    try:
        as_they_come = assemble_stories(groups, config, cache, ahead=ahead)
    finally:
        ahead.close()
    assert sum(in_the_workers) == len(groups)  # every story assembled in the quote workers
    assert as_they_come == after
    assert [s.id for s in after] == [group[0].id for group in groups]
    assert any(s.quotes for s in after)  # quotes were found, not left out


def test_each_articles_quotes_arrive_once_the_cached_first(tmp_path):
    articles = [a for group in _groups() for a in group][:5]
    cache = Cache(tmp_path / CACHE_FILE)
    article_quotes(articles[:2], cache)
    batches: list[list[str]] = []
    quotes = article_quotes(articles, cache, arrived=lambda found: batches.append(list(found)))
    assert batches == [[a.id for a in articles[:2]], [a.id for a in articles[2:]]]
    assert sorted(quotes) == sorted(a.id for a in articles)
