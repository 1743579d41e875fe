"""The stories stage as a build runs it: cached per group of variants, in parallel.

A group whose articles are unchanged comes from the cache; a cached story
stores its articles' ids only (the articles themselves are the group's, whose
content is the key), so they are not decoded twice. Quotes are cached per
article, so a story that gains a variant finds quotes in the new text only.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from digest import parallel
from digest.cache import Cache, code_version, fingerprint, record_from_json, record_to_json, reuse
from digest.config import Config
from digest.distributed import Executor, LocalExecutor, or_local
from digest.errors import log
from digest.models import Article, ArticleQuotes, DigestStory
from digest.parallel import InBackground, Records, replay
from digest.stories.assemble import assemble_story, read_quotes
from digest.stories.select import topic_articles


class QuotesAhead:
    """The quotes of articles the cache has none for, being found in worker processes
    while the main process clusters (see `quotes_ahead`)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._ids = [a.id for a in articles]
        self._work = InBackground(read_quotes, [a.text for a in articles])

    def results(self) -> dict[str, tuple[ArticleQuotes, Records]]:
        """Each article's quotes and what finding them logged, by article id (waits)."""
        log.debug(
            "stories: quotes of %d of %d articles found while clustering",
            self._work.finished,
            len(self._ids),
        )
        return dict(zip(self._ids, self._work.results(), strict=True))

    def close(self) -> None:
        self._work.close()


def quotes_ahead(
    articles: Sequence[Article], config: Config, cache: Cache, executor: Executor | None = None
) -> QuotesAhead | None:
    """Start finding the quotes of the articles the cache has none for, or None.

    An article's quotes depend on its text alone, not on its story, and the
    main process clusters on one core: the workers find quotes on the others
    meanwhile (`InBackground`), and the stories stage takes the results. Not on
    a Dask cluster (its workers are not this machine's spare cores), not for a
    few articles (an incremental build), and not when only tagged stories are
    kept (most articles' quotes would never be needed).
    """
    if executor is not None and not isinstance(executor, LocalExecutor):
        return None
    if parallel.worker_count() < 2 or topic_articles(config) is not None:
        return None
    if len(articles) < parallel.PARALLEL_MIN_ITEMS:
        return None
    version = code_version("digest.quotes.assembly")
    stored = cache.stored_keys("quotes", (a.id for a in articles), version)
    missing = list({a.id: a for a in articles if a.id not in stored}.values())
    if len(missing) < parallel.PARALLEL_MIN_ITEMS:
        return None
    return QuotesAhead(missing)


def assemble_stories(
    groups: Sequence[Sequence[Article]],
    config: Config,
    cache: Cache,
    executor: Executor | None = None,
    ahead: QuotesAhead | None = None,
) -> list[DigestStory]:
    """One DigestStory per group, in the order of the groups; `ahead` holds quotes
    being found since before clustering."""
    version = code_version("digest.stories.assemble", _story_settings(config))
    keys = [fingerprint((a.id, repr(a)) for a in group) for group in groups]

    def decode(position: int, data: Any) -> DigestStory:
        by_id = {a.id: a for a in groups[position]}
        if sorted(data["articles"]) != sorted(by_id):  # every article, each once
            raise ValueError("stored story does not hold its group's articles")
        articles = tuple(by_id[article_id] for article_id in data["articles"])
        return replace(record_from_json(DigestStory, data | {"articles": []}), articles=articles)

    def compute(todo: list[int]) -> list[DigestStory]:
        quotes = article_quotes([a for i in todo for a in groups[i]], cache, executor, ahead)
        jobs = [(groups[i], config, {a.id: quotes[a.id] for a in groups[i]}) for i in todo]
        stories = []
        for story, records in or_local(executor).map(_assemble_job, jobs):
            replay(records)
            stories.append(story)
        return stories

    def encode(story: DigestStory) -> dict[str, Any]:
        return record_to_json(replace(story, articles=())) | {
            "articles": [a.id for a in story.articles]
        }

    stories = reuse(cache, "story", version, keys, decode, compute, encode)
    cache.retain("story", keys)
    cache.retain("quotes", (a.id for group in groups for a in group))
    return stories


def article_quotes(
    articles: Sequence[Article],
    cache: Cache,
    executor: Executor | None = None,
    ahead: QuotesAhead | None = None,
) -> dict[str, ArticleQuotes]:
    """Every article's quotes and named people (by article id), from the cache where
    the text was seen before, else from `ahead` (found while clustering) or found now."""
    version = code_version("digest.quotes.assembly")
    keys = [a.id for a in articles]

    def compute(todo: list[int]) -> list[ArticleQuotes]:
        early = ahead.results() if ahead is not None else {}
        rest = [i for i in todo if articles[i].id not in early]
        now = or_local(executor).map(read_quotes, [articles[i].text for i in rest])
        found = dict(zip(rest, now, strict=True))
        outcomes = [early[articles[i].id] if i not in found else found[i] for i in todo]
        for _, records in outcomes:  # in the order a build without a head start logs them
            replay(records)
        return [quotes for quotes, _ in outcomes]

    quotes = reuse(
        cache,
        "quotes",
        version,
        keys,
        lambda _, data: record_from_json(ArticleQuotes, data),
        compute,
        record_to_json,
    )
    return dict(zip(keys, quotes, strict=True))


def _assemble_job(
    job: tuple[Sequence[Article], Config, Mapping[str, ArticleQuotes]],
) -> DigestStory:
    return assemble_story(*job)


def _story_settings(config: Config) -> str:
    """The settings a story depends on (taxonomy, quotes shown, tag threshold)."""
    return json.dumps(
        [
            [dataclasses.astuple(rule) for rule in config.taxonomy],
            config.key_quotes,
            config.min_tag_mentions,
        ]
    )
