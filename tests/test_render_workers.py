"""A cold build's story and people pages rendered in a forked worker: the same pages."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from digest import parallel
from digest.config import load_config
from digest.models import Article, StoryQuote
from digest.render import pages as render_pages
from digest.render.pages import render_site, story_path
from tests.fresh import NO_FORK, in_fresh_process
from tests.stories import story_of

SPEAKERS = ("Dana Okafor", "Mark Rutte", "Ines Alvarez", "the minister", "NATO")


def _stories(count: int):
    stories = []
    for n in range(count):
        articles = tuple(
            Article(
                id=f"s{n}a{v}",
                source=f"s{n}a{v}.md",
                title=f"Story {n}, variant {v}",
                paragraphs=(f"Paragraph one of {n}.", f"Paragraph two, said {SPEAKERS[n % 5]}."),
                publisher=f"Outlet {v}",
                published=f"2024-0{1 + n % 9}-{10 + v:02d}",
            )
            for v in range(1 + n % 3)
        )
        quote = StoryQuote(
            f"Words number {n}",
            SPEAKERS[n % 5],
            "direct",
            tuple(a.id for a in articles),
            tuple(a.publisher or "" for a in articles),
            confidence=0.9,
            speaker_kind="person" if n % 5 < 3 else "organisation",
        )
        tags = ("Politics",) if n % 2 else ("Health", "Science")
        date = f"2024-0{1 + n % 9}-{10 + n % 17:02d}"
        stories.append(story_of(str(n), articles, (quote,), (quote,), tags, date))
    return stories


def _counting_forks() -> list[object] | None:
    """Render through the worker even for a few stories, counting the workers started
    (the real worker); None where this process cannot fork."""
    if not parallel.can_fork():
        print(NO_FORK)
        return None
    started: list[object] = []

    class Counted(parallel.Forked):  # type: ignore[type-arg]
        def __init__(self, job):
            started.append(job)
            super().__init__(job)

    render_pages.FORK_MIN_STORY_PAGES = 10
    render_pages.Forked = Counted  # type: ignore[misc]
    return started


def _serial(stories, config, **options):
    saved = render_pages.FORK_MIN_STORY_PAGES
    render_pages.FORK_MIN_STORY_PAGES = 10**9
    try:
        return render_site(stories, config, **options)
    finally:
        render_pages.FORK_MIN_STORY_PAGES = saved


def check_same_pages(root: str) -> None:
    """(In a new process) the worker's pages are one process's, byte for byte."""
    forks = _counting_forks()
    if forks is None:
        return
    config = load_config(root)
    stories = _stories(40)
    serial = _serial(stories, config)
    assert not forks
    forked = render_site(stories, config)
    assert len(forks) == 1
    assert forked == serial  # every page, byte for byte
    assert any(path.startswith("people/") and "okafor" in path for path in forked)
    known = {story_path(s): serial[story_path(s)] for s in stories[:35]}
    assert render_site(stories, config, known_stories=known) == serial
    assert len(forks) == 1  # five to render: below the threshold, no worker


def check_template_failure(root: str) -> None:
    """(In a new process) a story template failing in the worker raises the serial error."""
    forks = _counting_forks()
    if forks is None:
        return
    config = load_config(root)
    stories = _stories(20)
    with pytest.raises(jinja2.UndefinedError) as serial:
        _serial(stories, config)
    with pytest.raises(jinja2.UndefinedError) as forked:
        render_site(stories, config)
    assert len(forks) == 1
    assert str(forked.value) == str(serial.value)


def test_worker_renders_the_pages_one_process_renders(project: Path):
    in_fresh_process("tests.test_render_workers", "check_same_pages", str(project))


def test_a_template_failing_in_the_worker_raises_what_one_process_raises(project: Path):
    templates = project / render_pages.PROJECT_TEMPLATES
    templates.mkdir(exist_ok=True)
    (templates / "story.md.j2").write_text(
        "# {{ story.title }}\n\n{{ story.no_such_field }}\n", encoding="utf-8"
    )
    in_fresh_process("tests.test_render_workers", "check_template_failure", str(project))
