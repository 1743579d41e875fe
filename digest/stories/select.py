"""Topic selection: a build over a general crawl renders only the stories of its topic.

A month of a public news crawl holds every subject; the digest is about the
few its taxonomy names. With `tagged_stories_only`, a story is rendered when it
carries at least one taxonomy tag (a page tag that names a taxonomy entry, or
enough mentions in its text: `stories.tags.tag_story`), and the build reports
how many stories it kept and left out, so a taxonomy too narrow for the crawl
shows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from digest.config import Config
from digest.errors import log
from digest.models import Article
from digest.stories.tags import tag_story


def topic_groups(groups: Sequence[list[Article]], config: Config) -> list[list[Article]]:
    """The groups (stories to be) to assemble and render: all of them, or (with
    `tagged_stories_only`) those whose story will carry a tag; order kept.

    Decided before a story is assembled: its tags are those of `tag_story`, which
    reads its articles' page tags and texts only, so the stories left out cost no
    assembly (quotes, comparison) and their articles can be let go at once.
    """
    if not config.tagged_stories_only:
        return list(groups)
    taxonomy, least = config.taxonomy, config.min_tag_mentions
    kept = [group for group in groups if tag_story(group, taxonomy, least)]
    log.info(
        "topic: %d of %d stories carry a taxonomy tag and are rendered, %d left out "
        "(tagged_stories_only)",
        len(kept),
        len(groups),
        len(groups) - len(kept),
    )
    return kept


def topic_articles(config: Config) -> Callable[[Article], bool] | None:
    """With `tagged_stories_only`, whether an article carries a tag by itself (a story
    carries one when one of its articles does): those are the articles whose stories
    are rendered. None without it."""
    if not config.tagged_stories_only:
        return None
    return partial(_tagged, config)


def _tagged(config: Config, article: Article) -> bool:
    return bool(tag_story([article], config.taxonomy, config.min_tag_mentions))
