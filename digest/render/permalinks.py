"""Permalinks that never break: story slugs and the redirect pages for old ones.

A story's URL is the slug its founding (earliest) article gives. When a new
article merges two stories, or a story splits, the founder of a story can
change, and so can its URL. Rather than keeping a record of past URLs, every
article of a story also yields the slug it *would* give as founder; each such
slug that is not the story's own becomes a small static redirect page. Any URL
ever derived from an article therefore resolves to the story that holds that
article now, from the current input alone: deterministic and stateless.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from urllib.parse import urljoin

from digest.models import Article, DigestStory, publication_order
from digest.safe import html_text, slugify

STORIES_DIR = "stories"


def article_slug(article: Article, id_chars: int = 8) -> str:
    """The slug a story gets when this article founds it: its title plus its id prefix.

    The id prefix keeps two stories with the same headline apart; the title
    keeps the URL readable. Both come from the article's bytes, never from a
    position or a counter, so adding unrelated sources never moves a story.
    """
    return f"{slugify(article.title or 'story', 50)}-{article.id[:id_chars]}"


def unique_story_slugs(stories: Sequence[DigestStory]) -> list[DigestStory]:
    """The stories with distinct slugs: page paths are unique by construction.

    Eight hex characters of an id tell stories apart until two stories with the
    same headline have founders whose ids share them (a search of a second
    finds such a pair). Of stories sharing a slug, the one whose founder comes
    first (by date, then id) keeps it, so an existing URL stays put; each
    other gets a longer id prefix (12, 16, ... characters) until its slug is
    free. The result depends only on the set of stories, never on their order.
    """
    by_slug: dict[str, list[DigestStory]] = {}
    for story in stories:
        by_slug.setdefault(story.slug, []).append(story)
    if all(len(group) == 1 for group in by_slug.values()):
        return list(stories)
    taken = set(by_slug)
    renamed: dict[int, DigestStory] = {}
    for slug in sorted(by_slug):
        group = sorted(by_slug[slug], key=_founder_order)
        for story in group[1:]:
            founder = min(story.articles, key=publication_order) if story.articles else None
            new_slug = _longer_slug(story, founder, taken)
            taken.add(new_slug)
            renamed[id(story)] = replace(story, slug=new_slug)
    return [renamed.get(id(story), story) for story in stories]


def _longer_slug(story: DigestStory, founder: Article | None, taken: set[str]) -> str:
    base = story.slug.rsplit("-", 1)[0]
    ident = founder.id if founder is not None else story.id
    for chars in range(12, len(ident) + 1, 4):
        candidate = f"{base}-{ident[:chars]}"
        if candidate not in taken:
            return candidate
    number = 2
    while f"{base}-{ident}-{number}" in taken:
        number += 1
    return f"{base}-{ident}-{number}"


def _founder_order(story: DigestStory) -> tuple[str, str, str]:
    return (story.first_published or "9999", story.id, story.title)


def story_aliases(story: DigestStory, taken: Iterable[str] = ()) -> tuple[str, ...]:
    """Every slug one of the story's articles gives, except the story's own and `taken`."""
    skip = {story.slug, *taken}
    return tuple(sorted({article_slug(a) for a in story.articles} - skip))


def redirect_pages(stories: Sequence[DigestStory], site_url: str = "") -> dict[str, str]:
    """{docs-relative path: HTML} of one redirect page per alias slug.

    Plain HTML (MkDocs copies it as a static file): a meta refresh to the
    story's relative URL, so it works on any host and under any base path,
    and a canonical link to the absolute URL when site_url is known.
    """
    live = {s.slug for s in stories}
    pages = {}
    for story in sorted(stories, key=lambda s: s.slug):
        for alias in story_aliases(story, live):
            pages[f"{STORIES_DIR}/{alias}/index.html"] = redirect_html(story, site_url)
    return pages


def redirect_html(story: DigestStory, site_url: str = "") -> str:
    """A static page that sends browsers and crawlers on to the story's current URL."""
    target = f"../{story.slug}/"
    canonical = urljoin(base_url(site_url), f"{STORIES_DIR}/{story.slug}/") if site_url else ""
    title = html_text(story.title)
    canonical_link = f'<link rel="canonical" href="{html_text(canonical)}">\n' if canonical else ""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Moved: {title}</title>\n"
        f"{canonical_link}"
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        "</head>\n<body>\n"
        f'<p>This story now lives at <a href="{target}">{title}</a>.</p>\n'
        "</body>\n</html>\n"
    )


def base_url(site_url: str) -> str:
    """site_url with exactly one trailing slash, so urljoin keeps a project's /REPO/ path."""
    return site_url.rstrip("/") + "/" if site_url else ""
