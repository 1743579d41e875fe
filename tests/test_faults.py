"""Faults and attacks: one bad file never stops a build, nothing shown lies.

One real build of the demo project plus a set of faulty and hostile sources
(an undefined charset, out-of-range dates, YAML bombs, invisible characters,
an outlet called "Index", two stories whose URLs would collide, a huge
one-line text, mostly-valid UTF-8) checks that the build finishes, warns once
per problem, keeps every good article and publishes nothing misleading.
"""

from __future__ import annotations

import gzip
import json
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.safe import INVISIBLE_CHARS
from tests.conftest import REPO, copy_project, run_digest

# Two stories with one headline whose founders' ids (sha256 of the bytes) share
# their first 8 hex characters: found by a birthday search over the file number.
COLLIDING_TITLE = "Storm closes the harbour"
COLLIDING = {
    "harbour-a.md": (
        "# Storm closes the harbour\n\nA winter storm closed the northern harbour on Monday, "
        "the port authority said, stranding dozens of fishing boats and delaying ferries to "
        "the islands for most of the day while crews cleared debris.\n\nOfficials expect the "
        "harbour to reopen on Wednesday once the wind drops and divers have inspected the "
        "damaged breakwater near the lighthouse.\n\nFile 85491.\n"
    ),
    "harbour-b.md": (
        "# Storm closes the harbour\n\nThe city council approved a new budget for public "
        "libraries on Thursday, adding evening hours at six branches and funding a mobile "
        "library that will visit villages without a branch of their own.\n\nLibrarians "
        "welcomed the decision, saying demand for study space and free internet access has "
        "grown every year since the pandemic ended.\n\nFile 16364.\n"
    ),
}

# Distinct stories (so each faulty file is its own story and is easy to find).
TOPICS = {
    "water": (
        "The regional water board said on Monday that reservoir levels had recovered after "
        "weeks of steady rain, and that restrictions on garden watering would end at the close "
        "of the month. Engineers will keep monitoring the dams through the spring, because the "
        "ground is saturated and further storms could bring floods to the valley."
    ),
    "cafe": (
        "Owners of the old café on the market square reopened on Tuesday after the spring flood "
        "had filled its cellar with mud. Neighbours helped carry out the ruined furniture, and "
        "the baker next door lent them an oven until their own could be repaired by the town's "
        "only electrician."
    ),
    "rail": (
        "The national rail operator announced on Wednesday that the coastal line will close for "
        "three weeks in August while engineers replace a bridge built in the nineteenth century. "
        "Replacement buses will run every half hour, and season tickets will be extended by a "
        "month to make up for the slower journeys."
    ),
    "school": (
        "Teachers at the city's largest secondary school voted on Thursday to accept a new pay "
        "offer, ending a dispute that had closed classrooms for four days this term. The union "
        "said the agreement also limits class sizes and funds two more counsellors for pupils "
        "preparing for their final examinations."
    ),
    "museum": (
        "The maritime museum will reopen its restored sailing ship to visitors on Friday after "
        "a two-year renovation paid for by a public appeal. Carpenters replaced most of the deck "
        "with oak from local forests, and volunteers repainted the hull in the colours it wore "
        "when it first left the harbour in 1874."
    ),
    "orchard": (
        "Fruit growers in the valley expect a record apple harvest this autumn after a mild "
        "spring without late frosts, their cooperative said on Saturday. Pickers from "
        "neighbouring villages have been hired for September, and the cider press by the river "
        "will run day and night for the first time in a decade."
    ),
    "library": (
        "The county library service will add Sunday opening hours at four branches from next "
        "month, its director said, after a survey found that many families could only visit at "
        "weekends. The change is funded by closing two rarely used mobile routes and by a grant "
        "from a charity that supports reading in rural areas."
    ),
    "bridge": (
        "Cyclists and pedestrians will be able to cross the new footbridge over the estuary from "
        "next week, the council confirmed on Monday. The bridge shortens the walk between the "
        "two halves of the town by almost an hour, and its lights are designed to stay dim so "
        "that migrating birds are not disturbed at night."
    ),
    "ferry": (
        "The island ferry company has ordered two electric boats to replace its diesel vessels "
        "by 2027, its chief executive said on Tuesday. Charging points will be built at both "
        "piers, and the crossing will take five minutes longer, a delay that passengers told a "
        "consultation they would accept for quieter and cleaner boats."
    ),
    "market": (
        "Stallholders at the Saturday market have agreed to stop using plastic bags from the "
        "first of May, the market association said. Shoppers will be offered paper bags or "
        "cloth ones sold at cost, and a stall by the fountain will collect old bags for "
        "recycling until the end of the summer season."
    ),
}


def _article(topic: str) -> str:
    return TOPICS[topic]


def write_faulty_sources(content: Path) -> None:
    """The faulty and hostile sources, beside the demo corpus."""
    # A page that declares a charset no codec has, with one byte that is not UTF-8.
    (content / "undefined-charset.html").write_bytes(
        b'<html><head><meta charset="undefined"><title>Charset undefined</title></head><body>'
        b"<article><h1>Charset undefined</h1><p>"
        + (_article("water") + " Caf\xe9.").encode("latin-1")
        + b"</p></article></body></html>"
    )
    # Mostly-valid UTF-8 with two stray bytes: stays UTF-8.
    (content / "mostly-utf8.txt").write_bytes(
        "Café owners reopen after the flood\n\n".encode()
        + _article("cafe").encode()
        + b" \x92 \x93 "
        + "Le café est ouvert, à côté de l'église, près du marché.\n".encode()
    )
    # Dates no sitemap can hold: a sidecar and a front matter.
    (content / "far-future.txt").write_text(
        "Reservoirs full again\n\n" + _article("rail"), encoding="utf-8"
    )
    (content / "far-future.txt.meta.yml").write_text(
        "date: 9999-12-31\npublisher: Future Times\n", encoding="utf-8"
    )
    (content / "long-ago.md").write_text(
        "---\ndate: 1850-01-01\ntitle: Long ago\n---\n\n" + _article("school"),
        encoding="utf-8",
    )
    # YAML nested 1,000 deep (front matter) and an alias bomb (sidecar).
    (content / "deep-yaml.md").write_text(
        "---\ntitle: " + "[" * 1000 + "]" * 1000 + "\n---\n\n# Deep YAML\n\n" + _article("museum"),
        encoding="utf-8",
    )
    (content / "alias-bomb.txt").write_text(
        "Alias bomb\n\n" + _article("orchard"), encoding="utf-8"
    )
    bomb = "a: &a " + "x" * 200_000 + "\n" + "".join(f"k{i}: *a\n" for i in range(300))
    (content / "alias-bomb.txt.meta.yml").write_text(bomb, encoding="utf-8")
    # Invisible characters in a title, a publisher, a file name and the body.
    (content / "bidi\u202egnp.exe.md").write_text(
        "# Safe \u202egnp.exe and a zero\u200bwidth title\n\n"
        + _article("library")
        .replace("county", "county\u2066")
        .replace("weekends", "week\u200dends"),
        encoding="utf-8",
    )
    (content / "bidi\u202egnp.exe.md.meta.yml").write_text(
        'publisher: "Outlet \\u202Egnp.exe"\n', encoding="utf-8"
    )
    # An outlet whose name is a listing page's.
    (content / "index-outlet.md").write_text(
        "# Index outlet story\n\n" + _article("bridge"), encoding="utf-8"
    )
    (content / "index-outlet.md.meta.yml").write_text("publisher: Index\n", encoding="utf-8")
    for name, text in COLLIDING.items():
        (content / name).write_text(text, encoding="utf-8")
    # One line of 1 MB: split and capped, never minutes.
    sentence = "The minister said talks with allies would continue next week in Brussels. "
    (content / "one-line.txt").write_text(sentence * (1_000_000 // len(sentence)))


@pytest.fixture(scope="module")
def faulty_build(tmp_path_factory: pytest.TempPathFactory):
    """The demo project plus the faulty sources and a tag named "Index", built by the CLI."""
    root = copy_project(tmp_path_factory.mktemp("faults") / "project")
    write_faulty_sources(root / "content")
    with (root / "taxonomy.yml").open("a", encoding="utf-8") as handle:
        handle.write("\nIndex:\n  aliases: [ferry, footbridge, estuary]\n")
    start = time.monotonic()
    result = run_digest("build", "--root", str(root))
    return root, result, time.monotonic() - start


def _warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("WARNING:")]


def _site_texts(site: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in {".html", ".xml", ".json", ".md", ".txt"}:
            texts[path.relative_to(site).as_posix()] = path.read_text(encoding="utf-8")
    return texts


def test_faulty_build_finishes_with_warnings_and_no_traceback(faulty_build):
    root, result, seconds = faulty_build
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (root / "site" / "index.html").is_file()
    assert seconds < 300  # the 1 MB one-line text no longer costs minutes
    for line in result.stderr.splitlines():
        assert line.startswith(("WARNING:", "INFO:")), line


def test_each_fault_is_one_warning_naming_its_file(faulty_build):
    _, result, _ = faulty_build
    warnings = "\n".join(_warnings(result))
    assert "far-future.txt: sidecar far-future.txt.meta.yml: date 9999-12-31 is outside" in warnings
    assert "long-ago.md: front matter: date 1850-01-01 is outside 1970..2106, ignored" in warnings
    assert "deep-yaml.md: invalid YAML front matter (nested more than 64 levels" in warnings
    assert (
        "alias-bomb.txt: sidecar alias-bomb.txt.meta.yml is unreadable (aliases expand" in warnings
    )
    assert re.search(r"one-line\.txt: text is [\d,]+ characters, only the first", warnings)
    assert "xxxxxxxxxx" not in warnings  # no message prints the expanded value
    assert all(len(w) < 400 for w in _warnings(result))


def test_every_good_article_is_kept(faulty_build):
    root, _, _ = faulty_build
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    sources = {v["source"] for s in export["stories"] for v in s["variants"]}
    expected = {
        "000_ecd63f8d682de304.txt",
        "003_addfdb7bc321adbd.txt",
        "undefined-charset.html",
        "mostly-utf8.txt",
        "far-future.txt",
        "long-ago.md",
        "deep-yaml.md",
        "alias-bomb.txt",
        "bidignp.exe.md",  # shown without its right-to-left override
        "index-outlet.md",
        "harbour-a.md",
        "harbour-b.md",
        "one-line.txt",
    }
    assert expected <= sources


def test_mostly_valid_utf8_stays_utf8(faulty_build):
    root, _, _ = faulty_build
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    titles = {v["title"] for s in export["stories"] for v in s["variants"]}
    assert "Café owners reopen after the flood" in titles
    assert not any("Ă©" in t or "Ã©" in t for t in titles)


def test_dates_out_of_range_are_dropped_and_the_sitemap_is_written(faulty_build):
    root, _, _ = faulty_build
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    dates = [v["published"] for s in export["stories"] for v in s["variants"] if v["published"]]
    assert all("1970" <= d[:4] <= "2106" for d in dates)
    with gzip.open(root / "site" / "sitemap.xml.gz") as handle:
        assert b"<sitemapindex" in handle.read()  # the index (digest/site/theme/digest)
    assert "<urlset" in (root / "site" / "sitemap-pages.xml").read_text(encoding="utf-8")


def test_no_invisible_characters_in_anything_shown(faulty_build):
    root, _, _ = faulty_build
    texts = _site_texts(root / "site")
    for name, fragment in _search_fragments(root / "site").items():
        texts[name] = fragment  # what search results show
    for name in ("index.html", "feed.xml", "feed.json", "all/index.html"):
        assert name in texts
    for name, text in texts.items():
        found = INVISIBLE_CHARS.search(text)
        assert found is None, f"{name}: U+{ord(found.group()):04X}"
    # The bidi story is there, showing what its title says.
    assert "Safe gnp.exe and a zerowidth title" in texts["feed.xml"]
    assert any("Safe gnp.exe" in t for n, t in texts.items() if n.startswith("pagefind/"))
    assert "Outlet gnp.exe" in texts["sources/index.html"]
    story = next(text for name, text in texts.items() if name.startswith("stories/safe-gnp-exe"))
    assert 'property="og:title" content="Safe gnp.exe and a zerowidth title"' in story


def _search_fragments(site: Path) -> dict[str, str]:
    """The search index's page fragments (gzip-compressed JSON after a signature)."""
    fragments = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")
        fragments[path.relative_to(site).as_posix()] = data.decode("utf-8")
    return fragments


def test_colliding_story_urls_get_a_longer_id(faulty_build):
    root, _, _ = faulty_build
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    harbour = [s for s in export["stories"] if s["title"] == COLLIDING_TITLE]
    assert len(harbour) == 2
    first, second = sorted(harbour, key=lambda s: len(s["url"]))
    assert first["id"][:8] == second["id"][:8]  # the test really forces a collision
    assert first["url"] == f"stories/storm-closes-the-harbour-{first['id'][:8]}/"
    assert second["url"] == f"stories/storm-closes-the-harbour-{second['id'][:12]}/"
    for story in harbour:
        page = (root / "site" / story["url"] / "index.html").read_text(encoding="utf-8")
        assert story["variants"][0]["source"] in page


def test_outlet_and_tag_called_index_keep_the_listing_pages(faulty_build):
    root, _, _ = faulty_build
    docs = root / "build" / "docs"
    sources_index = (docs / "sources" / "index.md").read_text(encoding="utf-8")
    assert "index-2" in sources_index  # the listing, linking the outlet's own page
    assert 'title: "Source: Index"' not in sources_index
    outlet_page = (docs / "sources" / "index-2.md").read_text(encoding="utf-8")
    assert 'title: "Source: Index"' in outlet_page
    tags_index = (docs / "tags" / "index.md").read_text(encoding="utf-8")
    assert "index-2" in tags_index
    assert (docs / "tags" / "index-2.md").is_file()


def test_site_and_docs_folders_have_ordinary_permissions(faulty_build):
    root, _, _ = faulty_build
    for folder in (root / "site", root / "build" / "docs"):
        mode = stat.S_IMODE(folder.stat().st_mode)
        assert mode & 0o055 == 0o055, f"{folder}: {oct(mode)}"  # group and others may read


# --- configuration files -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("digest.yml", "a: " + "[" * 1000 + "]" * 1000 + "\n", "nested more than 64 levels"),
        (
            "taxonomy.yml",
            "x: &x " + "y" * 100_000 + "\n" + "".join(f"T{i}: [*x]\n" for i in range(50)),
            "aliases expand the document",
        ),
        ("mkdocs.yml", "site_name: " + "[" * 1000 + "]" * 1000 + "\n", "nested more than 64"),
        ("digest.yml", "key_quotes: [" + ", ".join(["word"] * 5000) + "]\n", "got 'list'"),
    ],
)
def test_hostile_configuration_is_one_short_error(tmp_path, name, text, expected):
    root = copy_project(tmp_path / "project")
    (root / name).write_text(text, encoding="utf-8")
    result = run_digest("build", "--root", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digest: error: ")
    assert expected in lines[0]
    assert len(lines[0]) < 400


# --- JSON Lines ----------------------------------------------------------------------


def _jsonl(tmp_path: Path) -> Path:
    deep = "[" * 200_000 + "]" * 200_000
    lines = [
        json.dumps({"id": "a", "title": "A", "text": "Plain text.", "date": 20250408}),
        json.dumps(
            {"id": "b", "title": "Rutte speaks", "text": '"We stand together," Rutte said.'}
        ),
        b"\xff\xfe not utf-8",
        json.dumps({"id": "b", "text": "again"}),
        json.dumps([1, 2]),
        json.dumps({"text": "no id"}),
        json.dumps({"id": {"nested": 1}}),
        json.dumps({"id": "c", "text": ["not", "text"]}),
        deep,
        "{not json",
        json.dumps({"id": 7, "title": "Seven", "text": "Numbers as ids are fine."}),
    ]
    data = b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n"
    path = tmp_path / "bad.jsonl"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("command", ["cluster", "quotes"])
def test_bad_json_lines_are_warned_and_skipped(tmp_path, command):
    path = _jsonl(tmp_path)
    result = run_digest(command, str(path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    # cluster stringifies ids (its contract); quotes gives them back as given and
    # does not read `date`, so line 1 is fine for it.
    expected_ids = ["b", "7"] if command == "cluster" else ["a", "b", 7]
    assert ids == expected_ids
    warnings = result.stderr
    for line, problem in [
        (1, "'date' must be a string or null, got a number"),
        (3, "not UTF-8 text"),
        (4, "duplicate id 'b' (first on line 2)"),
        (5, "not a JSON object"),
        (6, "record has no 'id'"),
        (7, "'id' must be a string or a whole number, got an object"),
        (8, "'text' must be a string or null, got a list"),
        (9, "JSON nested too deeply"),
        (10, "not valid JSON"),
    ]:
        if command == "quotes" and line == 1:
            continue  # quotes reads id and text only
        assert f"bad.jsonl:{line}: {problem}" in warnings, warnings


def test_json_lines_from_stdin_with_bad_bytes(tmp_path):
    path = _jsonl(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "digest", "quotes"],
        input=path.read_bytes(),
        capture_output=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0
    assert b"<stdin>:3: not UTF-8 text, skipped" in result.stderr
    assert b"Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_extract_warns_about_a_path_given_twice_and_still_answers_each():
    path = "content/000_ecd63f8d682de304.txt"
    result = run_digest("extract", path, path)
    assert result.returncode == 0
    assert f"{path}: given more than once" in result.stderr
    assert len(result.stdout.splitlines()) == 2
