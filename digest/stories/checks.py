"""Stories an editor should look at: the build summary names them.

A story whose variants are not one story (glued together by furniture the
cleaner kept, or by a generic article) shows in a few plain signs: it is
unusually large, it has no headline, its variants share no sentence, or its
dates lie far apart. Each sign is a warning naming the story and its files, so
the editor can open them; none changes the site, and none fails `--strict`
(they are advice about the stories, not broken input: rewrites of one event
may share no sentence at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from digest.models import DigestStory

MAX_VARIANTS = 30
MAX_DAYS_APART = 30
FILES_SHOWN = 8
UNTITLED = "Untitled story"


def story_problems(story: DigestStory) -> list[str]:
    """What looks wrong with one story (empty when nothing does)."""
    problems = []
    n = len(story.articles)
    if n > MAX_VARIANTS:
        problems.append(f"{n} variants (more than {MAX_VARIANTS})")
    if not story.headline_found or not story.title or story.title == UNTITLED:
        problems.append("no headline")
    if n > 1 and not story.comparison.shared:
        problems.append("no sentence shared by all variants")
    days = _days_apart(story.first_published, story.last_published)
    if days is not None and days > MAX_DAYS_APART:
        problems.append(f"dates {days} days apart")
    return problems


def story_warnings(stories: Sequence[DigestStory]) -> list[str]:
    """One line per suspicious story: its headline, slug, problems and files."""
    lines = []
    for story in stories:
        problems = story_problems(story)
        if not problems:
            continue
        files = [a.source for a in story.articles]
        shown = ", ".join(files[:FILES_SHOWN])
        more = f" and {len(files) - FILES_SHOWN} more" if len(files) > FILES_SHOWN else ""
        lines.append(
            f'story "{story.title}" ({story.slug}): {"; ".join(problems)}; files: {shown}{more}'
        )
    return lines


def _days_apart(first: str | None, last: str | None) -> int | None:
    if not first or not last:
        return None
    try:
        return (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    except ValueError:
        return None
