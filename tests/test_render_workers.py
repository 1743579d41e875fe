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


@pytest.fixture
def forks(monkeypatch):
    """Render through the worker even for a few stories, and count the workers started."""
    if not parallel.can_fork():
        pytest.skip("no fork here, or other threads running")
    started = []

    class Counted(parallel.Forked):  # the real worker, counted
        def __init__(self, job):
            started.append(job)
            super().__init__(job)

    monkeypatch.setattr(render_pages, "FORK_MIN_STORY_PAGES", 10)
    monkeypatch.setattr(render_pages, "Forked", Counted)
    return started


def _serial(stories, config, **options):
    saved = render_pages.FORK_MIN_STORY_PAGES
    render_pages.FORK_MIN_STORY_PAGES = 10**9
    try:
        return render_site(stories, config, **options)
    finally:
        render_pages.FORK_MIN_STORY_PAGES = saved


def test_worker_renders_the_pages_one_process_renders(project: Path, forks):
    config = load_config(project)
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


def test_a_template_failing_in_the_worker_raises_what_one_process_raises(project: Path, forks):
    templates = project / render_pages.PROJECT_TEMPLATES
    templates.mkdir(exist_ok=True)
    (templates / "story.md.j2").write_text(
        "# {{ story.title }}\n\n{{ story.no_such_field }}\n",
        encoding="utf-8",
    )
    config = load_config(project)
    stories = _stories(20)
    with pytest.raises(jinja2.UndefinedError) as serial:
        _serial(stories, config)
    with pytest.raises(jinja2.UndefinedError) as forked:
        render_site(stories, config)
    assert len(forks) == 1
    assert str(forked.value) == str(serial.value)
