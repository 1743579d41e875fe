"""Shipped templates and theme overrides, and a project's own on top of them."""

from __future__ import annotations

import re

import yaml

from digest.config import load_config
from digest.pipeline import build
from digest.site.theme import THEME_DIR, THEME_ROOT, load_site_config
from tests.conftest import REPO, own_theme_override

EXTENDED = """{% extends "digest/main.html" %}
{% block extrahead %}{{ super() }}<meta name="x-own-override" content="yes">{% endblock %}
"""
REPLACED = """{% extends "base.html" %}
{% block extrahead %}<meta name="x-own-override" content="replaced">{% endblock %}
"""


def _home(root) -> str:
    return (root / "site" / "index.html").read_text(encoding="utf-8")


def test_the_repository_needs_no_overrides_folder_of_its_own():
    settings = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "custom_dir" not in settings["theme"]
    assert not (REPO / "overrides").exists()
    assert (THEME_DIR / "main.html").is_file()


def test_shipped_overrides_apply_to_a_project_without_any(demo_build):
    root, result = demo_build
    story = result.stories[0]
    html = (root / "site" / "stories" / story.slug / "index.html").read_text(encoding="utf-8")
    assert 'property="og:title"' in html and 'rel="alternate"' in html
    assert "x-own-override" not in html


def test_a_projects_override_can_extend_the_shipped_one(project):
    own_theme_override(project, "main.html", EXTENDED)
    build(load_config(project), strict=True)
    home = _home(project)
    assert '<meta name="x-own-override" content="yes">' in home
    assert 'property="og:title"' in home  # the shipped block still renders (super())


def test_a_projects_override_replaces_the_shipped_one_of_that_name(project):
    own_theme_override(project, "main.html", REPLACED)
    build(load_config(project), strict=True)
    home = _home(project)
    assert 'content="replaced"' in home
    assert 'property="og:title"' not in home  # the shipped main.html is not used
    sitemap = (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<sitemapindex" in sitemap  # the other shipped overrides still apply


def test_theme_search_order(project):
    own_theme_override(project, "main.html", EXTENDED)
    (project / "build" / "docs").mkdir(parents=True)
    theme = load_site_config(project / "mkdocs.yml").theme
    assert theme.dirs[0] == str(project / "overrides")
    assert theme.dirs[1] == str(THEME_DIR)
    assert theme.dirs[-1] == str(THEME_ROOT)
    (project / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    plain = load_site_config(project / "mkdocs.yml").theme
    assert plain.dirs[0] == str(THEME_DIR) and plain.dirs.count(str(THEME_DIR)) == 1


def test_a_projects_page_template_extends_the_shipped_one(project):
    own = project / "site_templates" / "home.md.j2"
    own.parent.mkdir()
    own.write_text(
        '{% extends "digest/home.md.j2" %}\n'
        "{% block intro %}\nCollected by the harbour office.\n\n{% endblock %}\n"
        "{% block links %}{% endblock %}\n",
        encoding="utf-8",
    )
    build(load_config(project), run_site=False)
    home = (project / "build" / "docs" / "index.md").read_text(encoding="utf-8")
    assert "Collected by the harbour office." in home
    assert "## Top stories" in home  # the shipped block
    assert "[By month]" not in home  # the emptied block


def _doc_examples() -> dict[str, str]:
    """The worked examples of docs/getting-started.md, by the path they go to."""
    text = (REPO / "docs" / "getting-started.md").read_text(encoding="utf-8")
    found = re.findall(r"<!-- example: (\S+) -->\n```\w*\n(.*?)```", text, re.S)
    return dict(found)


def test_the_documented_examples_work(project):
    examples = _doc_examples()
    assert set(examples) == {"site_templates/home.md.j2", "overrides/main.html"}
    (project / "site_templates").mkdir()
    (project / "site_templates" / "home.md.j2").write_text(
        examples["site_templates/home.md.j2"], encoding="utf-8"
    )
    own_theme_override(project, "main.html", examples["overrides/main.html"])
    build(load_config(project), strict=True)
    markdown = (project / "build" / "docs" / "index.md").read_text(encoding="utf-8")
    assert "collected by the harbour office." in markdown
    assert "## Top stories" in markdown and "[Sources]" not in markdown
    home = _home(project)
    assert "Every story page lists each outlet" in home
    assert "Collected by the harbour office." in home  # the footer line
    assert 'property="og:title"' in home  # the shipped main.html still does its part
    assert "md-footer" in home  # super(): Material's own footer is kept
