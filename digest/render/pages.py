"""The Markdown pages (with front matter) the site generator turns into the site.

Pure: `render_site` returns {relative path: file content}; writing them is
`digest.site.docs_dir`'s job. Every value that comes from a source
reaches a template through the `md`/`html`/`yaml` filters (see digest.safe):
source text is never template syntax, Markdown or HTML.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import yaml

if TYPE_CHECKING:
    import jinja2

from digest.config import Config
from digest.models import DigestStory
from digest.parallel import Forked, ForkedJobFailed, can_fork
from digest.render import ranking, views
from digest.render.feeds import FeedSpec, feed_files, newest_first, rfc3339, story_updated
from digest.render.permalinks import STORIES_DIR, redirect_pages
from digest.safe import html_text, md_quoted, md_text, slugify

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"  # shipped with the package
PROJECT_TEMPLATES = "site_templates"  # a project's own templates, overriding by name
TAGS_DIR = "tags"
# Per-tag feeds sit at the site root (feed-SLUG.xml): Material's script fetches
# sitemap.xml beside every <link rel="alternate">, which only exists at the root.
TAG_FEED_PREFIX = "feed-"
ARCHIVE_DIR = "archive"
SOURCES_DIR = "sources"
EXPORT_FILE = "export.json"
STYLESHEET = "assets/digest.css"  # listed in mkdocs.yml's extra_css
SEARCH_SCRIPT_NAME = "digest-search.js"  # beside the templates; the search page loads it
SEARCH_SCRIPT = f"assets/{SEARCH_SCRIPT_NAME}"
# Story pages to render before a cold build renders them (and the people pages) in a
# forked worker while this process renders the rest: below this, the fork costs more.
FORK_MIN_STORY_PAGES = 100


@dataclass(frozen=True)
class SiteInfo:
    """Site-wide facts the pages need, from mkdocs.yml and the sources."""

    site_url: str = ""
    site_name: str = "News digest"
    newest_date: str | None = None  # the date of the newest source: never "now"


def render_site(
    stories: Sequence[DigestStory],
    config: Config,
    site: SiteInfo | None = None,
    known_stories: Mapping[str, str] | None = None,
    extras: views.StoryExtras | None = None,
    templates_cache: Path | None = None,
) -> dict[str, str]:
    """Every generated page and data file, keyed by path relative to docs_dir.

    `known_stories` ({story page path: page}) holds story pages the caller
    knows to be current: rendered earlier from the same `story_page_keys` key,
    config, site and templates. They are taken as they are. Story pages are
    most of the rendering time, and adding one article changes one of them.
    `extras` are `story_extras(stories)` when the caller has them already (the
    build computes them once for the page keys and the pages).
    `templates_cache` is a folder where Jinja keeps the compiled templates
    between builds (None: compiled in memory each time).
    """
    site = site or SiteInfo()
    known_stories = known_stories or {}
    env = template_environment(config.root / PROJECT_TEMPLATES, templates_cache)
    ordered = newest_first_order(stories)
    by_tag = stories_by_tag(ordered)
    tag_slugs = unique_slugs(sorted(by_tag, key=str.casefold))
    extras = extras if extras is not None else story_extras(ordered)
    to_render = [s for s in ordered if story_path(s) not in known_stories]

    def story_pages() -> list[str]:
        """The story pages not known, in the order of `to_render`."""
        if not to_render:
            return []
        template = env.get_template("story.md.j2")
        return [
            template.render(
                story=story,
                config=config,
                site=site,
                outlet=ranking.outlet_name,
                tag_slugs=tag_slugs,
                person_slugs=extras.person_slugs,
                related=extras.related.get(story.id, ()),
                carried_by=views.CARRIED_BY,
            )
            for story in to_render
        ]

    def story_and_people_pages() -> tuple[list[str], dict[str, str]]:
        """A worker's share of a cold build: about half of the rendering."""
        return story_pages(), views.people_pages(env, ordered, extras.person_slugs)

    worker = None
    if len(to_render) >= FORK_MIN_STORY_PAGES and can_fork():
        env.get_template("story.md.j2")  # a syntax error is raised here, not in the worker
        worker = Forked(story_and_people_pages)
    else:
        rendered = story_pages()
    try:
        rest = _listing_pages(env, ordered, by_tag, tag_slugs, extras, config, site)
    except BaseException as exc:
        if worker is not None:
            worker.close()
            if isinstance(exc, Exception):
                story_pages()  # a broken story page is the error a serial build raises first
        raise
    if worker is None:
        people = views.people_pages(env, ordered, extras.person_slugs)
    else:
        try:
            rendered, people = worker.result()
        except ForkedJobFailed:  # the worker raised or died: this raises what it raised
            rendered, people = story_and_people_pages()
    fresh = iter(rendered)  # in the order of `to_render`, which is listing order
    pages = {}
    for story in ordered:
        path = story_path(story)
        known = known_stories.get(path)
        pages[path] = known if known is not None else next(fresh)
    pages.update(rest)
    pages.update(people)
    return pages


def _listing_pages(
    env: jinja2.Environment,
    ordered: Sequence[DigestStory],
    by_tag: Mapping[str, list[DigestStory]],
    tag_slugs: Mapping[str, str],
    extras: views.StoryExtras,
    config: Config,
    site: SiteInfo,
) -> dict[str, str]:
    """Every page and file but the story and people pages: listings, export, feeds, views."""
    pages: dict[str, str] = {}
    for tag, tag_stories in sorted(by_tag.items()):
        pages[f"{TAGS_DIR}/{tag_slugs[tag]}.md"] = env.get_template("tag.md.j2").render(
            tag=tag, stories=tag_stories, site=site, feed=TAG_FEED_PREFIX + tag_slugs[tag]
        )
    pages[f"{TAGS_DIR}/index.md"] = env.get_template("tags_index.md.j2").render(
        tags=[(t, tag_slugs[t], len(by_tag[t])) for t in sorted(by_tag, key=str.casefold)],
        site=site,
    )
    months = stories_by_month(ordered)
    for month, month_stories in months.items():
        pages[f"{ARCHIVE_DIR}/{month}.md"] = env.get_template("archive_month.md.j2").render(
            month=month, stories=month_stories, site=site
        )
    pages[f"{ARCHIVE_DIR}/index.md"] = env.get_template("archive.md.j2").render(
        months=[(m, len(s)) for m, s in months.items()], site=site
    )
    outlets = stories_by_outlet(ordered)
    outlet_slugs = unique_slugs(sorted(outlets, key=str.casefold))
    for name, outlet_stories in outlets.items():
        pages[f"{SOURCES_DIR}/{outlet_slugs[name]}.md"] = env.get_template("source.md.j2").render(
            outlet=name, stories=outlet_stories, site=site
        )
    pages[f"{SOURCES_DIR}/index.md"] = env.get_template("sources_index.md.j2").render(
        outlets=[(n, outlet_slugs[n], len(outlets[n])) for n in sorted(outlets, key=str.casefold)],
        site=site,
    )
    pages[EXPORT_FILE] = export_json(ordered)
    pages[STYLESHEET] = stylesheet(config.root / PROJECT_TEMPLATES)
    specs = feed_specs(ordered, by_tag, tag_slugs, config, site)
    pages.update(feed_files(specs, site.site_url, site.site_name))
    tags = [(t, tag_slugs[t], len(by_tag[t])) for t in sorted(by_tag, key=str.casefold)]
    pages.update(
        views.reader_pages(
            env,
            ordered,
            extras,
            tag_slugs,
            tags,
            specs,
            site.site_url,
            site.site_name,
            config.home_stories,
        )
    )
    pages[SEARCH_SCRIPT] = stylesheet(config.root / PROJECT_TEMPLATES, SEARCH_SCRIPT_NAME)
    pages.update(redirect_pages(ordered, site.site_url))
    return pages


def newest_first_order(stories: Sequence[DigestStory]) -> list[DigestStory]:
    """The order of every listing: latest update first (the story id breaks ties)."""
    return sorted(stories, key=lambda s: (s.last_published or "", s.id), reverse=True)


def story_extras(stories: Sequence[DigestStory]) -> views.StoryExtras:
    """What a story page shows of other stories (people's page slugs, related
    stories), computed over the stories in listing order."""
    return views.story_extras(newest_first_order(stories), unique_slugs)


def story_page_keys(
    stories: Sequence[DigestStory],
    extras: views.StoryExtras,
    records: Sequence[str],
) -> dict[str, str]:
    """A key for each story page (by path): everything its template is given besides
    config, site and the templates themselves, namely the story, the tag slugs
    (which depend on every story's tags, so a new tag changes every key), and
    what other stories decide: its people's page slugs and its related stories
    (`extras`). `records` are the stories' reprs, which the caller hashes too."""
    tag_slugs = unique_slugs(sorted(stories_by_tag(stories), key=str.casefold))
    slugs = repr(sorted(tag_slugs.items()))
    keys = {}
    for story, record in zip(stories, records, strict=True):
        h = hashlib.sha256(record.encode())
        h.update(b"\0" + slugs.encode())
        h.update(b"\0" + views.extras_key(extras, story).encode())
        keys[story_path(story)] = h.hexdigest()
    return keys


def feed_specs(
    stories: Sequence[DigestStory],
    by_tag: Mapping[str, Sequence[DigestStory]],
    tag_slugs: Mapping[str, str],
    config: Config,
    site: SiteInfo,
) -> list[FeedSpec]:
    """The whole-digest feed (`feed.xml`/`feed.json`) and one per tag (`feed-SLUG.*`)."""
    specs = [FeedSpec(site.site_name, "feed", "", newest_first(stories, config.feed_entries))]
    for tag in sorted(by_tag, key=str.casefold):
        specs.append(
            FeedSpec(
                f"{site.site_name}: {tag}",
                f"{TAG_FEED_PREFIX}{tag_slugs[tag]}",
                f"{TAGS_DIR}/{tag_slugs[tag]}/",
                newest_first(by_tag[tag], config.feed_entries),
            )
        )
    return specs


def template_environment(
    templates_dir: Path = TEMPLATES_DIR, templates_cache: Path | None = None
) -> jinja2.Environment:
    """Jinja for Markdown output: no autoescape (it is not HTML), explicit filters.

    A project's own `templates_dir` is searched first, name by name, then the
    templates shipped with the package; `digest/NAME` always names the shipped
    one, so a project's template can extend the template it replaces. With a
    `templates_cache` folder, compiled templates are kept there (Jinja's own
    bytecode cache, checked against each template's source).
    """
    import jinja2  # here: a rebuild with no page to render never needs it

    shipped = jinja2.FileSystemLoader(str(TEMPLATES_DIR))
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"digest": shipped})]
    if templates_dir.is_dir() and templates_dir.resolve() != TEMPLATES_DIR:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([*loaders, shipped]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(templates_cache),
    )
    env.filters["md"] = lambda v: md_text(str(v)) if v is not None else ""
    env.filters["html"] = lambda v: html_text(str(v)) if v is not None else ""
    env.filters["md_quoted"] = lambda v: md_quoted(str(v)) if v is not None else ""
    env.filters["yaml"] = _yaml_scalar
    env.filters["day"] = lambda v: (v or "")[:10]
    env.filters["story_url"] = story_path
    env.filters["safe_url"] = safe_url
    env.filters["updated"] = story_updated
    env.filters["outlet_count"] = ranking.coverage
    env.filters["moment"] = moment
    return env


def _bytecode_cache(folder: Path | None) -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates in `folder`, or None without a usable one."""
    import jinja2

    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # an unwritable cache folder only costs the compiling
    return jinja2.FileSystemBytecodeCache(str(folder))


def stylesheet(templates_dir: Path, name: str = "digest.css") -> str:
    """The site's extra CSS (or script), kept beside the templates (docs_dir is generated)."""
    path = templates_dir / name
    return (path if path.is_file() else TEMPLATES_DIR / name).read_text(encoding="utf-8")


def moment(value: str | None) -> str:
    """A source's date or time for a reader: "2025-01-02", or "2025-01-02 14:05 UTC"."""
    if not value:
        return ""
    if len(value.strip()) <= 10:
        return value.strip()[:10]
    text = rfc3339(value)
    if text is None:
        return value[:10]
    return f"{text[:10]} {text[11:16]} UTC"


def safe_url(url: str | None) -> str:
    """An http(s) URL made inert for a Markdown link, or '' for anything else."""
    if not url:
        return ""
    url = url.strip()
    if not re.match(r"https?://[^\s/]", url, re.I):
        return ""
    return quote(url, safe=":/?#@!$&*+,;=%~.-_")


def _yaml_scalar(value: Any) -> str:
    """A front-matter value: HTML-escaped strings, YAML-quoted, on one line.

    Text of printable characters only is written as a JSON string or list
    (valid YAML, and a tenth of the cost of the YAML emitter, which was a third
    of the render stage); anything else goes through the emitter, which escapes
    the characters YAML does not allow raw.
    """
    if isinstance(value, str):
        value = html_text(" ".join(value.split()))
    elif isinstance(value, list | tuple):
        value = [html_text(str(v)) for v in value]
    texts = [value] if isinstance(value, str) else value
    if isinstance(texts, list) and all(isinstance(t, str) and t.isprintable() for t in texts):
        return json.dumps(value, ensure_ascii=False)
    return (
        yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6)
        .strip()
        .removesuffix("\n...")
        .strip()
    )


def story_path(story: DigestStory) -> str:
    return f"{STORIES_DIR}/{story.slug}.md"


def stories_by_tag(stories: Sequence[DigestStory]) -> dict[str, list[DigestStory]]:
    by_tag: dict[str, list[DigestStory]] = defaultdict(list)
    for story in stories:
        for tag in story.tags:
            by_tag[tag].append(story)
    return dict(by_tag)


def stories_by_outlet(stories: Sequence[DigestStory]) -> dict[str, list[DigestStory]]:
    """Stories each outlet carries a variant of (a story counts once per outlet)."""
    by_outlet: dict[str, list[DigestStory]] = defaultdict(list)
    for story in stories:
        for name in ranking.outlets(story):
            by_outlet[name].append(story)
    return dict(sorted(by_outlet.items(), key=lambda item: item[0].casefold()))


def stories_by_month(stories: Sequence[DigestStory]) -> dict[str, list[DigestStory]]:
    """Stories grouped by the month of their first publication, newest month first."""
    months: dict[str, list[DigestStory]] = defaultdict(list)
    for story in stories:
        month = (story.first_published or "")[:7] or "undated"
        months[month].append(story)
    return dict(sorted(months.items(), reverse=True))


LISTING_PAGES = ("index", "readme")  # MkDocs makes index.md/README.md a folder's page


def unique_slugs(names: Sequence[str], reserved: Sequence[str] = LISTING_PAGES) -> dict[str, str]:
    """A distinct slug per name (two names that slug alike get a numbered suffix).

    A slug never takes a `reserved` name: an outlet called "Index" must not
    overwrite the sources index (it becomes `index-2`).
    """
    used: set[str] = set(reserved)
    result = {}
    for name in names:
        base = slug = slugify(name)
        number = 1
        while slug in used:  # "a b", "a-b" and "a-b 2" must not share a page
            number += 1
            slug = f"{base}-{number}"
        used.add(slug)
        result[name] = slug
    return result


def export_json(stories: Sequence[DigestStory]) -> str:
    """The machine-readable export of every story, variant, quote and tag."""
    data = {
        "version": 1,
        "stories": [
            {
                "id": s.id,
                "url": f"{STORIES_DIR}/{s.slug}/",
                "title": s.title,
                "first_published": s.first_published,
                "last_published": s.last_published,
                "tags": list(s.tags),
                "canonical": s.comparison.canonical_id,
                "variants": [
                    {
                        "id": a.id,
                        "source": a.source,
                        "title": a.title,
                        "publisher": a.publisher,
                        "authors": list(a.authors),
                        "published": a.published,
                        "url": a.url,
                        "lang": a.lang,
                        "words": len(a.text.split()),
                        "tags": list(a.tags),
                    }
                    for a in s.articles
                ],
                "quotes": [
                    {
                        "quote": q.text,
                        "speaker": q.speaker,
                        "type": q.type,
                        "outlets": list(q.outlets),
                        "articles": list(q.article_ids),
                        "key": q in s.key_quotes,
                    }
                    for q in s.quotes
                ],
            }
            for s in stories
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
