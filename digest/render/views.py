"""The reader's ways into the digest besides a story page itself.

The front page (top stories by the score in digest.ranking, as cards), the
"most covered" and "latest" views, the paged list of all stories (every
story within three clicks of the front page, no search needed), a page per
person quoted and their index, the search page and the OPML list of feeds.
Pure: each function returns {docs-relative path: content}.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from digest.models import DigestStory
from digest.render import ranking
from digest.render.feeds import FeedSpec
from digest.render.opml import OPML_FILE, opml
from digest.render.people import name_forms, pages_of, quotes_by_person, story_people
from digest.render.related import related_stories

if TYPE_CHECKING:
    import jinja2

PEOPLE_DIR = "people"
ALL_DIR = "all"
ALL_PAGE_SIZE = 100  # stories a page of the "all stories" list holds
CARRIED_BY = 5  # outlets a quote's "carried by" line names before folding the rest
RELATED = 5  # related stories at the foot of a story page


@dataclass(frozen=True)
class StoryExtras:
    """What a story page shows about other stories: people's page slugs, related stories."""

    person_slugs: Mapping[str, str]
    related: Mapping[str, tuple[DigestStory, ...]]


def story_extras(
    stories: Sequence[DigestStory], unique_slugs: Callable[[Sequence[str]], dict[str, str]]
) -> StoryExtras:
    """Slugs of every person's page (every spelling of the name leads to it) and
    each story's related stories."""
    forms = name_forms(stories)
    slugs = unique_slugs(pages_of(forms))
    slugs.update({form: slugs[page] for form, page in forms.items()})
    return StoryExtras(slugs, related_stories(stories, RELATED))


def extras_key(extras: StoryExtras, story: DigestStory) -> str:
    """The part of a story page's cache key that other stories decide."""
    people = [(p, extras.person_slugs.get(p)) for p in story_people(story)]
    related = [
        (s.slug, s.title, s.first_published, s.last_published, len(s.articles), s.tags)
        for s in extras.related.get(story.id, ())
    ]
    return repr((people, related))


def reader_pages(
    env: jinja2.Environment,
    stories: Sequence[DigestStory],
    extras: StoryExtras,
    tag_slugs: Mapping[str, str],
    tags: Sequence[tuple[str, str, int]],
    feeds: Sequence[FeedSpec],
    site_url: str,
    site_name: str,
    top: int,
) -> dict[str, str]:
    """Front page, views, all stories, search page and OPML (people pages: `people_pages`)."""
    pages: dict[str, str] = {}
    reference = ranking.reference_date(stories)
    common = {"tag_slugs": tag_slugs, "person_slugs": extras.person_slugs, "total": len(stories)}
    pages["index.md"] = env.get_template("home.md.j2").render(
        stories=ranking.top_stories(stories, reference, top),
        tags=tags,
        site={"site_name": site_name},
        **common,
    )
    views = {
        "most-covered.md": (
            "Most covered",
            "The stories carried by the most outlets",
            ranking.most_covered(stories, top),
        ),
        "latest.md": ("Latest", "The most recently updated stories", ranking.latest(stories, top)),
    }
    for path, (title, description, chosen) in views.items():
        pages[path] = env.get_template("view.md.j2").render(
            title=title, description=description, stories=chosen, **common
        )
    chunks = ranking.paged(ranking.latest(stories), ALL_PAGE_SIZE)
    for number, chunk in enumerate(chunks, start=1):
        path = f"{ALL_DIR}/index.md" if number == 1 else f"{ALL_DIR}/{number}.md"
        pages[path] = env.get_template("all_stories.md.j2").render(
            stories=chunk,
            number=number,
            count=len(chunks),
            size=ALL_PAGE_SIZE,
            total=len(stories),
        )
    pages["search/index.md"] = env.get_template("search.md.j2").render()
    pages[OPML_FILE] = opml(feeds, site_url, site_name)
    return pages


def people_pages(
    env: jinja2.Environment, stories: Sequence[DigestStory], slugs: Mapping[str, str]
) -> dict[str, str]:
    """A page per person quoted, and the index of people."""
    pages = {}
    index = []
    for name, quotes in quotes_by_person(stories).items():
        slug = slugs[name]
        pages[f"{PEOPLE_DIR}/{slug}.md"] = env.get_template("person.md.j2").render(
            name=name, quotes=quotes
        )
        index.append((name, slug, len(quotes), len({q.story_id for q in quotes})))
    pages[f"{PEOPLE_DIR}/index.md"] = env.get_template("people_index.md.j2").render(people=index)
    return pages
