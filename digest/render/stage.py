"""The render stage as a build runs it: only what changed is rendered and written.

When the stories, settings, templates and renderer are those of the last
build and the docs folder still holds exactly the pages written then, nothing
is rendered. Otherwise a story page whose story (and tag slugs) are unchanged
is read back from the docs folder if it still holds what was written then,
and only the others are rendered. Unchanged files are never rewritten, so
`digest serve` (the site generator watching the docs folder) does not rebuild
for nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from digest.cache import Cache, code_version, fingerprint
from digest.config import Config
from digest.errors import BuildError
from digest.models import DigestStory
from digest.render.pages import (
    PROJECT_TEMPLATES,
    TEMPLATES_DIR,
    SiteInfo,
    render_site,
    story_extras,
    story_page_keys,
)
from digest.render.views import StoryExtras
from digest.site.docs_dir import read_docs, write_docs


def render_docs(
    stories: Sequence[DigestStory], config: Config, site: SiteInfo, docs_dir: Path, cache: Cache
) -> tuple[dict[str, str], bool]:
    """The pages, written into docs_dir; True if anything there changed.

    Every page is a function of `base` (code, settings, site facts, templates) and
    the stories in their order, so those stories unchanged since the last build
    (`same`, a hash of each story's record) and docs_dir still holding what was
    written then means nothing is rendered, and nothing is computed across
    stories either (people's page slugs and related stories, which need the quote
    finder's name rules: most of a no-change build's render stage)."""
    base = render_key(config, site)
    records = [repr(s) for s in stories]  # once: `same` and the page keys both hash them
    same = fingerprint([("base", base), *zip((s.id for s in stories), records, strict=True)])
    stored = cache.get("render")
    if not isinstance(stored, dict):
        stored = {}
    on_disk: dict[str, str] | None = None
    if stored.get("same") == same:
        on_disk = read_docs(docs_dir)
        if on_disk is not None and pages_fingerprint(on_disk) == stored.get("pages"):
            return on_disk, False
    extras = story_extras(stories)  # once: the page keys and the pages both need them
    story_keys = story_page_keys(stories, extras, records)
    key = fingerprint([("base", base), *story_keys.items()])
    if stored.get("key") == key:
        on_disk = on_disk if on_disk is not None else read_docs(docs_dir)
        if on_disk is not None and pages_fingerprint(on_disk) == stored.get("pages"):
            cache.set("render", {**stored, "same": same})
            return on_disk, False
    known: dict[str, str] = {}
    earlier = stored.get("stories")
    if stored.get("base") == base and isinstance(earlier, dict):
        on_disk = on_disk if on_disk is not None else read_docs(docs_dir) or {}
        for path, story_key in story_keys.items():
            page = on_disk.get(path)
            if page is not None and earlier.get(path) == [story_key, _page_hash(page)]:
                known[path] = page
    templates_cache = config.cache_dir / "render-templates" if config.cache_dir else None
    pages = render_guarded(stories, config, site, known, extras, templates_cache)
    written = write_docs(pages, docs_dir)
    cache.set(
        "render",
        {
            "same": same,
            "key": key,
            "pages": pages_fingerprint(pages),
            "base": base,
            "stories": {path: [k, _page_hash(pages[path])] for path, k in story_keys.items()},
        },
    )
    return pages, written


def _page_hash(page: str) -> str:
    return hashlib.sha256(page.encode()).hexdigest()


def render_key(config: Config, site: SiteInfo) -> str:
    """Everything the rendered pages depend on besides the stories: renderer code,
    settings, site facts and templates (records' reprs are deterministic)."""
    parts: list[tuple[str, str | bytes]] = [
        ("code", code_version("digest.render.pages")),
        ("config", repr(config)),
        ("site", repr(site)),
    ]
    for folder in dict.fromkeys((config.root / PROJECT_TEMPLATES, TEMPLATES_DIR)):
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            parts.append((f"template:{file.as_posix()}", file.read_bytes()))
    return fingerprint(parts)


def pages_fingerprint(pages: Mapping[str, str]) -> str:
    return fingerprint((rel, pages[rel]) for rel in sorted(pages))


def render_guarded(
    stories: Sequence[DigestStory],
    config: Config,
    site: SiteInfo,
    known_stories: Mapping[str, str] | None = None,
    extras: StoryExtras | None = None,
    templates_cache: Path | None = None,
) -> dict[str, str]:
    """Render the pages; a broken template is a one-line error, not a traceback."""
    import jinja2  # here: a rebuild with no page to render never needs it

    try:
        return render_site(stories, config, site, known_stories, extras, templates_cache)
    except jinja2.TemplateError as exc:
        where = f"{exc.name}:{exc.lineno}: " if isinstance(exc, jinja2.TemplateSyntaxError) else ""
        raise BuildError(f"template error: {where}{exc.message}") from None
