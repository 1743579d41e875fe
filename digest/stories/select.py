"""Topic selection: a build over a general crawl renders only the stories of its topic.

A month of a public news crawl holds every subject; the digest is about the
few its taxonomy names. With `tagged_stories_only`, a story is rendered when it
carries at least one taxonomy tag (a page tag that names a taxonomy entry, or
enough mentions in its text: `stories.tags.tag_story`), and the build reports
how many stories it kept and left out, so a taxonomy too narrow for the crawl
shows at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.errors import log
from digest.models import DigestStory


def topic_stories(stories: Sequence[DigestStory], tagged_only: bool) -> list[DigestStory]:
    """The stories to render: all of them, or (`tagged_only`) those with a tag; order kept."""
    if not tagged_only:
        return list(stories)
    kept = [story for story in stories if story.tags]
    log.info(
        "topic: %d of %d stories carry a taxonomy tag and are rendered, %d left out "
        "(tagged_stories_only)",
        len(kept),
        len(stories),
        len(stories) - len(kept),
    )
    return kept
