"""The build cache may make a build faster, never different.

Every test compares a build that used the cache with a cold build of the same
content (real extraction, real clustering, real MkDocs), and checks that the
warm build really skipped the work (the stage functions are wrapped to count
their calls).
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import digest.parallel as parallel
import digest.pipeline as pipeline
from digest.cache import (
    CACHE_FILE,
    Cache,
    code_version,
    forget_versions,
    record_from_json,
    record_to_json,
)
from digest.cluster import similarity
from digest.config import load_config
from digest.extract.stage import extract_articles
from digest.models import Article, Comparison, DigestStory, StoryQuote, VariantDiff
from digest.pipeline import build
from digest.render.pages import TEMPLATES_DIR
from tests.conftest import OTHER_STORY, make_project, syndicated_copy, without_cache


def generated(root: Path) -> dict[str, bytes]:
    """Every generated page and the site's export, as bytes, by path."""
    docs = root / "build" / "docs"
    files = {
        f"docs/{p.relative_to(docs).as_posix()}": p.read_bytes()
        for p in docs.rglob("*")
        if p.is_file()
    }
    files["site/export.json"] = (root / "site" / "export.json").read_bytes()
    return files


def stories_of(result) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((s.id, tuple(a.id for a in s.articles)) for s in result.stories)


# Where the build looks each stage's function up.
CALLED_FROM = {
    "extract_document": "digest.extract.stage",
    "cluster_items": "digest.cluster.stage",
    "read_quotes": "digest.stories.stage",
    "compare_variants": "digest.stories.assemble",
    "render_site": "digest.render.stage",
    "run_mkdocs": "digest.site.mkdocs",
    "write_docs": "digest.render.stage",
}


class Calls:
    """Wraps a function a build stage calls and records the calls that reach it.
    The calls are made in this process: no worker is forked for a few items
    (a forked worker's calls would be recorded in its own copy of the list)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
        self.calls: list[tuple] = []
        monkeypatch.setattr(parallel, "can_fork", lambda: False)
        module = importlib.import_module(CALLED_FROM[name])
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            self.calls.append(args)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)


@pytest.fixture
def cold_copy(tmp_path: Path):
    """A second copy of the project, built cold without cache: the reference."""

    def make(extra: dict[str, str] | None = None):
        root = make_project(tmp_path / "reference")
        for name, text in (extra or {}).items():
            (root / "content" / name).write_text(text, encoding="utf-8")
        return root, build(without_cache(load_config(root)), strict=True)

    return make


def test_cached_rebuild_is_byte_identical_and_skips_all_work(tmp_path, monkeypatch, cold_copy):
    root = make_project(tmp_path / "project")
    first = build(load_config(root), strict=True)
    assert (root / ".digest-cache" / CACHE_FILE).is_file()
    extract = Calls(monkeypatch, "extract_document")
    cluster = Calls(monkeypatch, "cluster_items")
    quotes = Calls(monkeypatch, "read_quotes")
    compare = Calls(monkeypatch, "compare_variants")
    render = Calls(monkeypatch, "render_site")
    mkdocs = Calls(monkeypatch, "run_mkdocs")
    write = Calls(monkeypatch, "write_docs")
    again = build(load_config(root), strict=True)
    assert extract.calls == [] and cluster.calls == [] and quotes.calls == []
    assert compare.calls == []
    assert render.calls == [] and mkdocs.calls == [] and write.calls == []
    assert again.pages == first.pages
    monkeypatch.undo()
    reference_root, reference = cold_copy()
    assert len(reference.stories) == 3
    assert generated(root) == generated(reference_root)


def test_adding_one_article_gives_the_stories_of_a_cold_build(tmp_path, monkeypatch, cold_copy):
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True)
    (root / "content" / "storm-copy.txt").write_text(syndicated_copy(root), encoding="utf-8")
    extract = Calls(monkeypatch, "extract_document")
    render = Calls(monkeypatch, "render_site")
    counted: list[tuple[str, str]] = []
    real_counts = similarity.term_counts

    def counting(title: str, text: str):
        counted.append((title, text))
        return real_counts(title, text)

    monkeypatch.setattr(similarity, "term_counts", counting)
    warm = build(load_config(root), strict=True)
    # Only the new copy, and the copy whose repeated lines it changes, are extracted.
    extracted = {call[0].path for call in extract.calls}
    assert "storm-copy.txt" in extracted and extracted <= {"storm-copy.txt", "storm.txt"}
    # Clustering tokenised only the new copy (and the copy it shares lines with): the
    # other articles' term counts came from the cache.
    storm_texts = {
        (a.title, a.text) for s in warm.stories for a in s.articles if "storm" in a.source
    }
    assert counted and set(counted) <= storm_texts
    # The pages of the stories the copy did not join are reused, not rendered again.
    (call,) = render.calls
    reused = set(call[3])
    assert reused and not any("storm" in path for path in reused)
    monkeypatch.undo()
    reference_root, cold = cold_copy({"storm-copy.txt": syndicated_copy(root)})
    assert stories_of(warm) == stories_of(cold)
    storm = [s for s in warm.stories if len(s.articles) == 2 and "storm" in s.title.lower()]
    assert storm, "the copy should join the storm story"
    assert generated(root) == generated(reference_root)


def test_an_edited_story_page_in_docs_dir_is_rendered_again(tmp_path, cold_copy):
    """A story page is reused from docs_dir only if it still holds what was written."""
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True)
    pages = sorted((root / "build" / "docs" / "stories").glob("*.md"))
    page = next(p for p in pages if "storm" not in p.name)  # a story the copy leaves alone
    page.write_text("edited by hand\n", encoding="utf-8")
    (root / "content" / "storm-copy.txt").write_text(syndicated_copy(root), encoding="utf-8")
    build(load_config(root), strict=True)
    reference_root, _ = cold_copy({"storm-copy.txt": syndicated_copy(root)})
    assert generated(root) == generated(reference_root)


def test_corrupt_cache_is_discarded_with_a_warning(tmp_path, monkeypatch, cold_copy, caplog):
    root = make_project(tmp_path / "project")
    build(load_config(root))
    cache_file = root / ".digest-cache" / CACHE_FILE
    cache_file.write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="digest"):
        result = build(load_config(root), strict=True)
    shown = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("cache unreadable" in m and CACHE_FILE in m for m in shown), shown
    # About the machine, not the input: shown, but it does not fail --strict.
    assert result.warnings == []
    reference_root, reference = cold_copy()
    assert generated(root) == generated(reference_root)
    # The discarded cache was replaced by a working one.
    extract = Calls(monkeypatch, "extract_document")
    build(load_config(root), strict=True)
    assert extract.calls == []


def test_changing_a_source_file_re_extracts_only_that_file(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True, run_site=False)
    storm = root / "content" / "storm.txt"
    storm.write_text(
        OTHER_STORY
        + "\nPower was cut to some eleven thousand homes along the coast overnight, and repair crews were waiting for the wind to drop.\n",
        encoding="utf-8",
    )
    extract = Calls(monkeypatch, "extract_document")
    result = build(load_config(root), strict=True, run_site=False)
    assert [call[0].path for call in extract.calls] == ["storm.txt"]
    texts = [a.text for s in result.stories for a in s.articles if a.source == "storm.txt"]
    assert "eleven thousand homes" in texts[0]


def test_extraction_warnings_are_replayed_from_the_cache(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")
    (root / "content" / "empty.txt").write_text("Menu\nHome\nSubscribe\n", encoding="utf-8")
    cold = build(load_config(root), run_site=False)
    extract = Calls(monkeypatch, "extract_document")
    warm = build(load_config(root), run_site=False)
    assert extract.calls == []
    assert any(w.startswith("empty.txt:") for w in cold.warnings)
    assert warm.warnings == cold.warnings


def test_parallel_extraction_gives_the_serial_result(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")
    for i in range(3):
        (root / "content" / f"copy-{i}.txt").write_text(
            syndicated_copy(root) + f"\nEditor's note {i}.\n", encoding="utf-8"
        )
    serial = build(without_cache(load_config(root)), run_site=False)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ITEMS", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    started = []  # quotes found in workers while the main process clusters

    def quotes_ahead(*args, **kwargs):
        started.append(real_quotes_ahead(*args, **kwargs))
        return started[-1]

    real_quotes_ahead = pipeline.quotes_ahead
    monkeypatch.setattr(pipeline, "quotes_ahead", quotes_ahead)
    spread = build(without_cache(load_config(root)), run_site=False)
    assert len(started) == 1 and started[0] is not None
    assert spread.pages == serial.pages
    assert spread.warnings == serial.warnings


def test_site_is_rebuilt_when_it_was_deleted(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True)
    export = (root / "site" / "export.json").read_bytes()
    shutil.rmtree(root / "site")
    mkdocs = Calls(monkeypatch, "run_mkdocs")
    build(load_config(root), strict=True)
    assert len(mkdocs.calls) == 1
    assert (root / "site" / "export.json").read_bytes() == export


def test_a_code_change_invalidates_cached_results(tmp_path):
    cache = Cache(tmp_path / CACHE_FILE)
    cache.put_many("extract", {"k": {"x": 1}}, "version-a")
    assert cache.get_many("extract", ["k"], "version-a") == {"k": {"x": 1}}
    assert cache.get_many("extract", ["k"], "version-b") == {}
    cache.close()
    # The version key covers the extractor and the digest modules it imports.
    assert code_version("digest.extract.core") != code_version("digest.quotes")
    assert code_version("digest.extract.core", "trafilatura 1") != code_version(
        "digest.extract", "trafilatura 2"
    )


def test_stored_keys_are_those_of_the_version(tmp_path):
    cache = Cache(tmp_path / CACHE_FILE)
    cache.put_many("quotes", {"a": [1], "b": []}, "version-a")
    assert cache.stored_keys("quotes", ["a", "b", "c", "a"], "version-a") == {"a", "b"}
    assert cache.stored_keys("quotes", ["a"], "version-b") == set()
    assert cache.stored_keys("extract", ["a"], "version-a") == set()
    cache.close()
    assert Cache(None).stored_keys("quotes", ["a"], "version-a") == set()


def test_records_round_trip_through_json():
    article = Article(
        id="a1", source="x.txt", title="T", paragraphs=("one", "two"), authors=("A B",)
    )
    assert record_from_json(Article, record_to_json(article)) == article
    with pytest.raises(ValueError):
        record_from_json(Article, {"id": "a1"})


def test_nested_records_become_the_json_dataclasses_asdict_gives():
    """record_to_json is a quicker asdict: the same JSON for records within records,
    tuples of them, tuples of pairs and empty values, and it round-trips."""
    article = Article(
        id="a1", source="x.txt", title="T", paragraphs=("one", "two"), authors=("A B",)
    )
    quote = StoryQuote(
        text="We will stand together.",
        speaker="Mark Rutte",
        type="direct",
        article_ids=("a1",),
        outlets=("Wire Daily",),
        score=0.5,
        confidence=0.9,
    )
    story = DigestStory(
        id="s1",
        slug="nato-japan",
        title="NATO and Japan",
        articles=(article,),
        comparison=Comparison(
            canonical_id="a1",
            earliest_id="a1",
            shared=("one",),
            variants=(VariantDiff(article_id="a1", only_here=("two",)),),
            headlines=(("a1", "T"),),
        ),
        quotes=(quote,),
        key_quotes=(quote,),
        tags=("NATO", "Japan"),
        first_published=None,
        last_published="2024-05-01",
    )
    for record in (article, quote, story):
        ours = json.dumps(record_to_json(record), sort_keys=True)
        assert ours == json.dumps(dataclasses.asdict(record), sort_keys=True)
        assert record_from_json(type(record), json.loads(ours)) == record


def test_a_template_change_renders_the_pages_again(tmp_path):
    root = make_project(tmp_path / "project")
    build(load_config(root), strict=True, run_site=False)
    template = root / "site_templates" / "story.md.j2"
    template.parent.mkdir(exist_ok=True)
    shipped = (TEMPLATES_DIR / "story.md.j2").read_text(encoding="utf-8")
    template.write_text(shipped + "\nCurated weekly.\n")
    result = build(load_config(root), strict=True, run_site=False)
    stories = [text for path, text in result.pages.items() if path.startswith("stories/")]
    assert stories and all("Curated weekly." in text for text in stories if "---" in text)


def test_per_document_extraction_matches_the_extractors_batch(tmp_path):
    """The build extracts file by file (to cache and spread the work); the result must be
    what the extractor gives for the whole batch, text copies cleaned together."""
    from digest.extract.core import extract_documents
    from digest.sources import read_sources

    root = make_project(tmp_path / "project")
    (root / "content" / "storm-copy.txt").write_text(syndicated_copy(root), encoding="utf-8")
    docs = read_sources(root / "content")
    assert extract_articles(docs, Cache(None)) == extract_documents(docs)


def test_a_packages_word_lists_are_part_of_its_code_version(monkeypatch):
    """Editing a word list must invalidate cached results like editing code does."""
    from digest import cache as cache_module

    folder = Path(similarity.__file__).parent
    assert folder / "data" / "stopwords.txt" in cache_module._data_files(folder)
    with_lists = code_version.__wrapped__("digest.cluster.similarity")
    cache_module.forget_versions()
    monkeypatch.setattr(cache_module, "_data_files", lambda folder: ())
    try:
        assert code_version.__wrapped__("digest.cluster.similarity") != with_lists
    finally:
        monkeypatch.undo()
        cache_module.forget_versions()
    assert code_version("digest.cluster.similarity") == with_lists


def test_the_extraction_version_covers_the_metadata_words():
    """The words and patterns of the text-metadata finders are part of the extractor's
    version: editing them re-extracts cached pages."""
    from digest import cache as cache_module
    from digest.cache import _digest_imports
    from digest.extract import text_metadata

    assert "digest.extract.text_metadata" in _digest_imports("digest.extract.core")
    folder = Path(text_metadata.__file__).parent
    assert folder / "data" / "text_metadata.yml" in cache_module._data_files(folder)


def test_a_data_file_change_changes_the_code_version(tmp_path, monkeypatch):
    """Word lists and coefficients beside a module are part of its version."""
    package = tmp_path / "digest_probe"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("WORDS = 'data/cues.txt'\n", encoding="utf-8")
    (package / "data" / "cues.txt").write_text("said says\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = code_version("digest_probe")
    assert code_version("digest_probe") == before
    (package / "data" / "cues.txt").write_text("said says told\n", encoding="utf-8")
    forget_versions()  # versions are computed once per process, like the source
    assert code_version("digest_probe") != before
    (package / "data" / "cues.txt").write_text("said says\n", encoding="utf-8")
    forget_versions()
    assert code_version("digest_probe") == before


def test_the_quote_ranking_is_outside_the_per_article_quote_version():
    """Changing how a story ranks its quotes must not invalidate every article's quotes."""
    from digest.cache import _digest_imports

    per_article = _digest_imports("digest.quotes.assembly")
    assert "digest.quotes.lexer" in per_article
    assert "digest.quotes.merge" not in per_article


def test_code_versions_are_found_without_importing_the_modules():
    """A rebuild with nothing to do asks for every stage's code version; finding the
    modules must not import them (the fetcher and the quote finder cost a tenth of a
    second to import, on builds that need neither)."""
    probe = (
        "import sys\n"
        "from digest.cache import code_version\n"
        "code_version('digest.stories.assemble')\n"
        "code_version('digest.render.pages')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('digest.fetch', 'digest.quotes'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    # The modules those imports name are still part of the version.
    from digest.cache import _digest_imports

    assert {"digest.fetch.settings", "digest.quotes.merge"} <= _digest_imports(
        "digest.stories.assemble"
    )


def test_installed_versions_are_those_importlib_metadata_reads(tmp_path, monkeypatch):
    """Library versions in the version keys are read from the `.dist-info` folder
    names; they must be what the distributions' metadata says, for the installed
    libraries, an absent one, a distribution found on a path entry added later,
    and two copies of one distribution (the first on the path, as importlib says)."""
    import importlib.metadata

    import digest.cache as cache_module

    def metadata_version(name: str) -> str | None:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return None

    for folder, version in (("one", "1.2.3"), ("two", "2.0"), ("three", "3.0rc1")):
        for name in ("Digest_Probe-Lib", f"probe_{folder}"):
            info = tmp_path / folder / f"{name.lower().replace('-', '_')}-{version}.dist-info"
            info.mkdir(parents=True)
            (info / "METADATA").write_text(
                f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
            )
    (tmp_path / "three" / "probe_egg.egg-info").mkdir()
    (tmp_path / "three" / "probe_egg.egg-info" / "PKG-INFO").write_text(
        "Metadata-Version: 1.0\nName: probe-egg\nVersion: 0.5\n", encoding="utf-8"
    )
    names = ["mkdocs-material", "Markdown", "pyyaml", "trafilatura", "no-such-library-here"]
    names += ["digest-probe.lib", "probe-one", "probe_two", "probe-three", "probe-egg"]
    for extra in ([], ["one"], ["two", "one"], ["one", "two", "three"]):
        monkeypatch.setattr(sys, "path", [*sys.path, *(str(tmp_path / f) for f in extra)])
        cache_module._dist_info_versions.cache_clear()
        importlib.invalidate_caches()
        for name in names:
            assert cache_module.installed_version(name) == metadata_version(name), (extra, name)
        monkeypatch.undo()
    cache_module._dist_info_versions.cache_clear()
    assert cache_module.installed_version("digest-probe-lib") is None
