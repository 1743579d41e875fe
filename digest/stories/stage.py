"""The stories stage as a build runs it: cached per group of variants, in parallel.

A group whose articles are unchanged comes from the cache; a cached story
stores its articles' ids only (the articles themselves are the group's, whose
content is the key), so they are not decoded twice. Quotes are cached per
article, so a story that gains a variant finds quotes in the new text only.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
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
    while the main process clusters (see `quotes_ahead`); the same workers then
    assemble the stories (`also`)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        by_text = ids_by_text(articles)
        self._ids = list(by_text.values())  # the articles of each text sent, in order
        self._work = InBackground(read_quotes, list(by_text))

    def found(self) -> Iterator[dict[str, tuple[ArticleQuotes, Records]]]:
        """Each batch of articles' quotes and what finding them logged, by article id,
        as the batches come in (waits for each)."""
        log.debug(
            "stories: quotes of %d of %d texts found while clustering",
            self._work.finished,
            len(self._ids),
        )
        ids = iter(self._ids)
        for chunk in self._work.chunks():
            yield {article_id: outcome for outcome in chunk for article_id in next(ids)}

    def also(self, function: Callable[[Any], Any], items: Sequence[Any]) -> Future[list[Any]]:
        """`function` over `items` in the same workers (see `InBackground.also`)."""
        return self._work.also(function, items)

    def close(self) -> None:
        self._work.close()


def quotes_ahead(
    articles: Sequence[Article], config: Config, cache: Cache, executor: Executor | None = None
) -> QuotesAhead | None:
    """Start finding the quotes of the articles the cache has none for, or None.

    An article's quotes depend on its text alone, not on its story, and the
    main process clusters on one core: the workers find quotes on the others
    meanwhile (`InBackground`), then assemble each story in the stories stage
    as soon as its articles' quotes are in (`assemble_stories`). Not on
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
    # the quote finder and its name lists, loaded before its workers fork (this process
    # imports it later anyway, for the people pages)
    from digest.quotes.speakers import load_name_lists

    load_name_lists()
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
        todo_groups = [groups[i] for i in todo]
        if ahead is not None:
            outcomes = _assembled_as_quotes_come(todo_groups, config, cache, ahead)
        else:
            articles = [a for group in todo_groups for a in group]
            quotes = article_quotes(articles, cache, executor)
            jobs = [(group, config, {a.id: quotes[a.id] for a in group}) for group in todo_groups]
            outcomes = or_local(executor).map(_assemble_job, jobs)
        stories = []
        for story, records in outcomes:
            replay(records)
            stories.append(story)
        return stories

    def encode(story: DigestStory) -> dict[str, Any]:
        return record_to_json(replace(story, articles=())) | {
            "articles": [a.id for a in story.articles]
        }

    stories = reuse(cache, "story", version, keys, decode, compute, encode)
    if ahead is not None:  # every story is in: the workers can go
        ahead.close()
    cache.retain("story", keys)
    cache.retain("quotes", (a.id for group in groups for a in group))
    return stories


def _assembled_as_quotes_come(
    groups: Sequence[Sequence[Article]], config: Config, cache: Cache, ahead: QuotesAhead
) -> list[tuple[DigestStory, Records]]:
    """Each group's story and what assembling it logged, in the order of the groups.

    A story is assembled in `ahead`'s workers, which are warm, as soon as the
    quotes of all its articles are in: the first stories are assembled while
    the last quotes are being found, and no second pool starts.
    """
    waiting = [{a.id for a in group} for group in groups]  # articles whose quotes are not in
    stories_of: dict[str, list[int]] = {}
    for position, article_ids in enumerate(waiting):
        for article_id in article_ids:
            stories_of.setdefault(article_id, []).append(position)
    quotes: dict[str, ArticleQuotes] = {}
    tasks: dict[int, tuple[Future[list[Any]], int]] = {}  # by group: its task, its place there

    def arrived(found: Mapping[str, ArticleQuotes]) -> None:
        quotes.update(found)
        ready = []
        for article_id in found:
            for position in stories_of.pop(article_id, ()):
                waiting[position].discard(article_id)
                if not waiting[position]:
                    ready.append(position)
        for start in range(0, len(ready), InBackground.CHUNK):
            batch = ready[start : start + InBackground.CHUNK]
            jobs = [(groups[i], config, {a.id: quotes[a.id] for a in groups[i]}) for i in batch]
            task = ahead.also(_assemble_job, jobs)
            for index, position in enumerate(batch):
                tasks[position] = (task, index)

    article_quotes([a for group in groups for a in group], cache, ahead=ahead, arrived=arrived)
    outcomes = []
    for position in range(len(groups)):  # in the order of the groups, whatever came first
        task, index = tasks[position]
        outcomes.append(task.result()[index])
    return outcomes


def article_quotes(
    articles: Sequence[Article],
    cache: Cache,
    executor: Executor | None = None,
    ahead: QuotesAhead | None = None,
    arrived: Callable[[Mapping[str, ArticleQuotes]], None] | None = None,
) -> dict[str, ArticleQuotes]:
    """Every article's quotes and named people (by article id), from the cache where
    the text was seen before, else from `ahead` (found while clustering) or found now.

    `arrived`, if given, is called with each batch of them as they come in
    (the cache's first, then `ahead`'s as its workers find them), each article once.
    """
    version = code_version("digest.quotes.assembly")
    keys = [a.id for a in articles]
    told: set[str] = set()

    def tell(found: Mapping[str, ArticleQuotes]) -> None:
        new = {article_id: q for article_id, q in found.items() if article_id not in told}
        told.update(new)
        if arrived is not None and new:
            arrived(new)

    stored: dict[str, ArticleQuotes] = {}

    def decode(position: int, data: Any) -> ArticleQuotes:
        stored[keys[position]] = quotes = record_from_json(ArticleQuotes, data)
        return quotes

    def compute(todo: list[int]) -> list[ArticleQuotes]:
        tell(stored)
        early: dict[str, tuple[ArticleQuotes, Records]] = {}
        for batch in ahead.found() if ahead is not None else ():
            early.update(batch)
            tell({article_id: quotes for article_id, (quotes, _) in batch.items()})
        rest = [i for i in todo if articles[i].id not in early]
        now = _quotes_of_texts([articles[i].text for i in rest], executor)
        found = dict(zip(rest, now, strict=True))
        outcomes = [early[articles[i].id] if i not in found else found[i] for i in todo]
        for _, records in outcomes:  # in the order a build without a head start logs them
            replay(records)
        return [quotes for quotes, _ in outcomes]

    quotes = reuse(cache, "quotes", version, keys, decode, compute, record_to_json)
    by_id = dict(zip(keys, quotes, strict=True))
    tell(by_id)  # those computed now, or all of them when none was to compute
    return by_id


def ids_by_text(articles: Sequence[Article]) -> dict[str, list[str]]:
    """The ids of the articles with each text, the texts in order of first appearance.

    Quotes depend on an article's text alone, and a collection of syndicated copies
    holds many texts more than once (the same report under another outlet's headline,
    a page saved twice): each text is read once, its quotes shared by its articles."""
    by_text: dict[str, list[str]] = {}
    for article in articles:
        by_text.setdefault(article.text, []).append(article.id)
    return by_text


def _quotes_of_texts(
    texts: Sequence[str], executor: Executor | None
) -> list[tuple[ArticleQuotes, Records]]:
    """`read_quotes` of each text, and what it logged, lined up with `texts`; a text
    that comes again is read once (its outcome, warnings included, is the same)."""
    distinct = list(dict.fromkeys(texts))
    outcomes = dict(zip(distinct, or_local(executor).map(read_quotes, distinct), strict=True))
    return [outcomes[text] for text in texts]


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
