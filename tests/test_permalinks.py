"""Permalinks: story URLs come from articles, and old ones redirect after merges and splits."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable, Sequence

import pytest

from digest.config import load_config
from digest.models import Article
from digest.pipeline import build
from digest.render.permalinks import article_slug, redirect_html, story_aliases
from tests.sitecheck import follow_redirects, serve_directory, write_article


def _grouping(
    groups: Sequence[Sequence[str]],
) -> Callable[..., list[list[Article]]]:
    """A stand-in for the clustering decision: which titles form one story.

    The test is about what the site does when the clustering changes its
    mind, so the decision itself is fixed here; everything else is real.
    """

    def cluster(
        articles: Sequence[Article],
        cache: object = None,
        executor: object = None,
        keep_text: object = None,
    ) -> list[list[Article]]:
        by_title = {a.title: a for a in articles}
        return [
            sorted((by_title[t] for t in group), key=lambda a: (a.published or "", a.id))
            for group in groups
        ]

    return cluster


FIRST = [["Alpha", "Alpha again"], ["Beta"], ["Gamma", "Gamma again"]]
# "Merger" (earlier than all) joins Alpha and Beta; Gamma splits, "Gamma more" joins its second half.
SECOND = [["Merger", "Alpha", "Alpha again", "Beta"], ["Gamma"], ["Gamma again", "Gamma more"]]


def test_every_recorded_url_still_resolves_after_merge_and_split(project, monkeypatch):
    content = project / "content"
    for path in content.iterdir():
        path.unlink()
    for name, title, date in [
        ("a1.md", "Alpha", "2025-01-01"),
        ("a2.md", "Alpha again", "2025-01-03"),
        ("b1.md", "Beta", "2025-01-02"),
        ("c1.md", "Gamma", "2025-01-01"),
        ("c2.md", "Gamma again", "2025-01-05"),
    ]:
        write_article(content, name, title, date, topic=title)
    monkeypatch.setattr("digest.pipeline.cluster_articles", _grouping(FIRST))
    first = build(load_config(project), strict=True)
    recorded = {s.slug: {a.id for a in s.articles} for s in first.stories}
    assert len(recorded) == 3

    write_article(content, "m.md", "Merger", "2024-12-30", topic="Merger")
    write_article(content, "c3.md", "Gamma more", "2025-01-06", topic="Gamma more")
    monkeypatch.setattr("digest.pipeline.cluster_articles", _grouping(SECOND))
    second = build(load_config(project), strict=True)
    site = project / "site"
    now = {s.slug: {a.id for a in s.articles} for s in second.stories}
    assert set(recorded) - set(now), "the merge should have moved at least one story"

    for slug, article_ids in recorded.items():
        landed = follow_redirects(site, f"/stories/{slug}/")
        assert landed is not None, slug
        final_slug = landed.parent.name
        assert final_slug in now, (slug, final_slug)
        # the story it lands on holds at least one of the articles it was derived from
        assert now[final_slug] & article_ids, (slug, final_slug)

    with serve_directory(site) as base:
        for slug in recorded:
            with urllib.request.urlopen(f"{base}stories/{slug}/", timeout=5) as response:
                assert response.status == 200


def test_aliases_are_the_other_articles_slugs():
    from digest.models import Comparison, DigestStory

    a = Article(id="a" * 16, source="a", title="First report", paragraphs=("x",))
    b = Article(id="b" * 16, source="b", title="Second report", paragraphs=("x",))
    story = DigestStory(
        id=a.id,
        slug=article_slug(a),
        title="First report",
        articles=(a, b),
        comparison=Comparison(canonical_id=a.id, earliest_id=a.id, shared=()),
        quotes=(),
        key_quotes=(),
        tags=(),
        first_published=None,
        last_published=None,
    )
    assert story_aliases(story) == ("second-report-bbbbbbbb",)
    assert story_aliases(story, taken={"second-report-bbbbbbbb"}) == ()
    page = redirect_html(story, "https://user.github.io/repo")
    assert '<meta http-equiv="refresh" content="0; url=../first-report-aaaaaaaa/">' in page
    assert (
        '<link rel="canonical" href="https://user.github.io/repo/stories/first-report-aaaaaaaa/">'
        in page
    )


@pytest.mark.parametrize("title", ["<b>bold</b>", "Ünïcödé title!", ""])
def test_slugs_are_url_safe(title):
    slug = article_slug(Article(id="0123456789abcdef", source="s", title=title, paragraphs=()))
    assert slug.endswith("-01234567")
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
