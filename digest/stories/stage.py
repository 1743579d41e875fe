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

from digest.cache import Cache, code_version, fingerprint, record_from_json, record_to_json, reuse
from digest.config import Config
from digest.distributed import Executor, or_local
from digest.models import Article, ArticleQuotes, DigestStory
from digest.parallel import replay
from digest.stories.assemble import assemble_story, read_quotes


def assemble_stories(
    groups: Sequence[Sequence[Article]],
    config: Config,
    cache: Cache,
    executor: Executor | None = None,
) -> list[DigestStory]:
    """One DigestStory per group, in the order of the groups."""
    version = code_version("digest.stories.assemble", _story_settings(config))
    keys = [fingerprint((a.id, repr(a)) for a in group) for group in groups]

    def decode(position: int, data: Any) -> DigestStory:
        by_id = {a.id: a for a in groups[position]}
        if sorted(data["articles"]) != sorted(by_id):  # every article, each once
            raise ValueError("stored story does not hold its group's articles")
        articles = tuple(by_id[article_id] for article_id in data["articles"])
        return replace(record_from_json(DigestStory, data | {"articles": []}), articles=articles)

    def compute(todo: list[int]) -> list[DigestStory]:
        quotes = article_quotes([a for i in todo for a in groups[i]], cache, executor)
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
    articles: Sequence[Article], cache: Cache, executor: Executor | None = None
) -> dict[str, ArticleQuotes]:
    """Every article's quotes and named people (by article id), from the cache where
    the text was seen before."""
    version = code_version("digest.quotes.assembly")
    keys = [a.id for a in articles]

    def compute(todo: list[int]) -> list[ArticleQuotes]:
        found = []
        texts = [articles[i].text for i in todo]
        for quotes, records in or_local(executor).map(read_quotes, texts):
            replay(records)
            found.append(quotes)
        return found

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
