"""Stage 1, sources: bad files become one-line warnings naming the file; good ones decode right."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from digest import sources
from digest.sources import SourceLimits, decode_bytes, read_source, read_sources
from tests.conftest import REPO, copy_project, run_digest
from tests.fixtures.bad_input import (
    JAPANESE,
    JAPANESE_TITLE,
    LOGIN_PAGE,
    MENU_PAGE,
    SHORT_TEXT,
    WESTERN,
    article_html,
    binary_bytes,
)

LIMITS = SourceLimits()


def _read(path: Path, limits: SourceLimits = LIMITS):
    return read_source(path, path.name, limits)


def _one_warning(caplog: pytest.LogCaptureFixture, name: str, *words: str) -> str:
    """Exactly one warning, on one line, naming the file and saying what is wrong."""
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(messages) == 1, messages
    message = messages[0]
    assert "\n" not in message
    assert message.startswith(f"{name}: ")
    for word in words:
        assert word in message
    return message


# --- files that are skipped --------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t  "], ids=["empty", "whitespace"])
def test_empty_file_is_skipped(tmp_path, caplog, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert _read(path) is None
    _one_warning(caplog, "empty.txt", "empty")


@pytest.mark.parametrize("name", ["photo.txt", "archive.html", "notes.md"])
def test_binary_data_under_a_text_name_is_skipped(tmp_path, caplog, name):
    path = tmp_path / name
    path.write_bytes(binary_bytes())
    assert _read(path) is None
    _one_warning(caplog, name, "binary")


def test_binary_without_nul_bytes_is_still_binary(tmp_path, caplog):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in binary_bytes(20000) if b))
    assert _read(path) is None
    _one_warning(caplog, "noise.txt", "binary")


def test_very_large_file_is_refused_before_reading(tmp_path, caplog):
    """50 MB over a 20 MB limit: warned from stat() alone, memory stays small."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        line = b"All work and no play makes a very long news article. " * 20 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    try:
        assert _read(path, SourceLimits(max_bytes=20_000_000)) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
    _one_warning(caplog, "huge.txt", "52.4 MB", "20.0 MB", "max_file_mb")


def test_size_limit_is_configurable(tmp_path):
    from digest.config import config_from_mapping

    config = config_from_mapping({"max_file_mb": 0.001}, root=tmp_path)
    path = tmp_path / "a.txt"
    path.write_text(WESTERN * 3, encoding="utf-8")
    assert _read(path, SourceLimits(int(config.max_file_mb * 1e6))) is None
    assert _read(path, SourceLimits(int(1 * 1e6))) is not None


def test_unreadable_file_is_skipped(tmp_path, caplog):
    path = tmp_path / "secret.txt"
    path.write_text(WESTERN, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            _read_without_root_powers(path)
            return
        assert _read(path) is None
        _one_warning(caplog, "secret.txt", "cannot read")
    finally:
        path.chmod(0o644)


DROP_READ_POWERS = ("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search")


def _read_without_root_powers(path: Path) -> None:
    """As root, permissions bind only once the capabilities that bypass them are gone.

    A child process started without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
    (util-linux `setpriv`) reads the file the way an ordinary user would.
    """
    if not Path("/usr/bin/setpriv").exists():
        pytest.skip("running as root without setpriv: permissions do not stop reading")
    script = (
        "import logging, pathlib, sys\n"
        "from digest.sources import SourceLimits, read_source\n"
        "logging.basicConfig(level=logging.WARNING, format='%(message)s')\n"
        "doc = read_source(pathlib.Path(sys.argv[1]), 'secret.txt', SourceLimits())\n"
        "print('none' if doc is None else 'read')\n"
    )
    result = subprocess.run(
        [*DROP_READ_POWERS, sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "none"
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith("secret.txt: ") and "cannot read" in warnings[0]


def test_read_error_is_a_warning(tmp_path, caplog, monkeypatch):
    """The unreadable-file path even when running as root (permissions do not bite)."""
    path = tmp_path / "locked.txt"
    path.write_text(WESTERN, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources.os, "open", refuse)
    assert _read(path) is None
    _one_warning(caplog, "locked.txt", "cannot read file (Permission denied)")


def test_broken_and_looping_symlinks_are_skipped(tmp_path, caplog):
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.txt").write_text(WESTERN, encoding="utf-8")
    (content / "broken.txt").symlink_to(tmp_path / "missing.txt")
    (content / "loop-a.txt").symlink_to(content / "loop-b.txt")
    (content / "loop-b.txt").symlink_to(content / "loop-a.txt")
    (content / "self").symlink_to(content, target_is_directory=True)  # not followed
    docs = read_sources(content, SourceLimits(root=content, follow_symlinks=True))
    assert [d.path for d in docs] == ["good.txt"]
    messages = sorted(r.getMessage() for r in caplog.records)
    assert messages == [
        "broken.txt: broken or looping symbolic link, skipped",
        "loop-a.txt: broken or looping symbolic link, skipped",
        "loop-b.txt: broken or looping symbolic link, skipped",
    ]


def test_fifo_is_refused_instead_of_blocking(tmp_path, caplog):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert _read(path) is None
    _one_warning(caplog, "pipe.txt", "not a regular file")


# --- encodings and line endings ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (WESTERN, "cp1252"),
        (f"{JAPANESE_TITLE}\n\n{JAPANESE}", "shift_jis"),
        (f"{JAPANESE_TITLE}\n\n{JAPANESE}", "euc_jp"),
        (WESTERN, "utf-16"),  # Python writes the BOM
        (f"{JAPANESE_TITLE}\n\n{JAPANESE}", "utf-16"),
        (WESTERN, "utf-8-sig"),
        (WESTERN, "utf-8"),
    ],
)
def test_text_files_decode_to_the_original_text(tmp_path, caplog, text, codec):
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(codec))
    doc = _read(path)
    assert doc is not None
    assert doc.text == text
    assert caplog.records == []


def test_shift_jis_html_page_with_its_meta_charset(tmp_path):
    path = tmp_path / "nikkei.html"
    path.write_bytes(article_html(JAPANESE_TITLE, [JAPANESE], "Shift_JIS").encode("shift_jis"))
    doc = _read(path)
    assert doc is not None and doc.encoding == "cp932"
    assert JAPANESE in doc.text and JAPANESE_TITLE in doc.text


def test_utf8_page_with_a_wrong_meta_charset_is_read_as_utf8(tmp_path):
    path = tmp_path / "wrong.html"
    path.write_bytes(article_html("Café", [WESTERN], "iso-8859-1").encode("utf-8"))
    doc = _read(path)
    assert doc is not None and doc.encoding == "utf-8"
    assert WESTERN in doc.text


def test_declared_latin1_means_windows_1252(tmp_path):
    """Browsers read iso-8859-1 as windows-1252: curly quotes and € survive."""
    path = tmp_path / "legacy.html"
    path.write_bytes(article_html("Café", [WESTERN], "ISO-8859-1").encode("cp1252"))
    doc = _read(path)
    assert doc is not None and WESTERN in doc.text


def test_windows_bytes_under_an_iso_8859_label_are_read_in_the_windows_page(tmp_path):
    """Windows-1250 bytes saved under an ISO-8859-2 label: "Š" and "š" are bytes 0x8A and
    0x9A there, controls in ISO-8859-2; the Windows page reads the whole text."""
    central = "Šentjur in Śląsk: źródło ąę, Žiga Šuštar plačata sto evrov."
    path = tmp_path / "central.html"
    path.write_bytes(article_html("Novice", [central], "ISO-8859-2").encode("cp1250"))
    doc = _read(path)
    assert doc is not None and central in doc.text and doc.encoding == "cp1250"
    # true ISO-8859-2 bytes, with no control among them, stay ISO-8859-2
    path.write_bytes(article_html("Novice", ["Łódź, źdźbło"], "ISO-8859-2").encode("iso-8859-2"))
    doc = _read(path)
    assert doc is not None and "Łódź, źdźbło" in doc.text and doc.encoding == "iso-8859-2"


def test_latin_9_bytes_under_a_latin_1_label_read_the_euro(tmp_path):
    """ISO-8859-15 bytes under an ISO-8859-1 label: byte 0xA4 beside a number is the
    euro there, and the generic currency sign "¤" as labelled; with no byte of
    windows-1252's own (0x80-0x9F) and none other the two read apart, the page is read
    as ISO-8859-15."""
    southern = "La entrada costará 12 €, y el balneario abrirá en mayo."
    path = tmp_path / "latin9.html"
    path.write_bytes(article_html("Noticias", [southern], "ISO-8859-1").encode("iso8859_15"))
    doc = _read(path)
    assert doc is not None and southern in doc.text and "¤" not in doc.text
    # windows-1252 bytes (a curly quote at 0x93) keep the label's reading
    western = "“Fair,” she said, and paid 12 € for the ticket."
    path.write_bytes(article_html("News", [western], "ISO-8859-1").encode("cp1252"))
    doc = _read(path)
    assert doc is not None and western in doc.text
    # so do a menu's "¤" separators and a recipe's "½" in a true Latin-1 page
    recipe = "Home ¤ Recipes ¤ Baking. Add ½ cup of flour and 2 eggs."
    path.write_bytes(article_html("Recipe", [recipe], "ISO-8859-1").encode("latin-1"))
    doc = _read(path)
    assert doc is not None and recipe in doc.text


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        # labels read as browsers read them, and labels Python's codecs do not know
        ("gb2312", "gbk", "镕基总理访问了珺县，市民们热烈欢迎。"),  # GBK's characters
        ("euc-kr", "cp949", "똠방각하 서울시는 오늘 새 정책을 발표했다."),  # 949's syllable
        ("iso-8859-8-i", "iso8859_8", "שלום לכל תושבי העמק, הכביש נפתח היום."),
        ("x-mac-roman", "mac_roman", "Café crème — “déjà vu” in the façade."),
        ("tis-620", "cp874", "คณะเทคโนโลยีการเกษตร “อบรม” เกษตรกร"),
        ("ISO-8859-9", "cp1254", "İzmir’de “yeni” park açıldı – belediye"),
        # seven-bit ISO-2022 escapes, which also read as UTF-8
        ("iso-2022-jp", "iso2022_jp", "東京都は本日、新しい公園の開園を発表した。"),
        # Cyrillic bytes of another code page than the one declared
        ("windows-1251", "koi8_r", "Муниципальная котельная будет переведена на газ."),
        ("koi8-r", "cp1251", "Муниципальная котельная будет переведена на газ."),
        ("windows-1251", "koi8_u", "Київська міська рада ухвалила рішення: це є історична подія."),
        # KOI8-U's letters, which KOI8-R draws boxes with, under a KOI8-R label
        ("koi8-r", "koi8_u", "У Старогірську знову їздить річковий трамвай, ґанок відремонтовано."),
        # windows-1255's shekel sign at 0xA4 beside a number, under an ISO-8859-8 label
        ("iso-8859-8", "cp1255", "הנהג מצא תיק ובו 42 אלף ₪ במזומן על אחד המושבים."),
    ],
)
def test_a_page_is_read_in_the_code_page_its_bytes_were_written_in(tmp_path, label, codec, text):
    path = tmp_path / "page.html"
    path.write_bytes(article_html("News", [text], label).encode(codec))
    doc = _read(path)
    assert doc is not None and text in doc.text, (label, codec)


def test_cyrillic_in_its_declared_code_page_stays_in_it():
    """Words in capitals, in small letters or capitalised keep the declared page; so does
    a page written mostly in capitals."""
    text = "ООО «Теплосеть» и МУП ЖКХ: котельная Школьной улицы переведена на газ."
    html = article_html("Новости", [text], "windows-1251").encode("cp1251")
    decoded, codec = decode_bytes(html, "html")
    assert decoded is not None and text in decoded and codec == "windows-1251"
    capitals = "ФОТОГАЛЕРЕЯ: ДЕНЬ ГОРОДА | ГЛАВНАЯ | НОВОСТИ | ФОТО | ВИДЕО | КОНТАКТЫ"
    for label, codec in (("windows-1251", "cp1251"), ("koi8-r", "koi8_r")):
        html = article_html(capitals, ["Праздник прошёл."], label).encode(codec)
        decoded, used = decode_bytes(html, "html")
        assert decoded is not None and capitals in decoded, label


def test_box_drawing_and_the_currency_sign_stay_where_they_are_no_letter():
    """A KOI8-R page's box corner standing apart from words, and a Hebrew page's "¤"
    with no number beside it, keep the label's reading."""
    boxed = "Расписание ╕ автобусов: маршрут номер семь отменён до весны."
    decoded, codec = decode_bytes(
        article_html("Новости", [boxed], "koi8-r").encode("koi8_r"), "html"
    )
    assert decoded is not None and boxed in decoded and codec == "koi8-r"
    footer = "Accueil ¤ Actualités ¤ Sports ¤ Météo. © 2010 Courrier ¤ Contact."
    html = article_html("Nouvelles", [footer], "ISO-8859-1").encode("latin-1")
    decoded, codec = decode_bytes(html, "html")
    assert decoded is not None and footer in decoded  # a year and a name are no price
    menu = "ראשי ¤ חדשות ¤ ספורט. העירייה פתחה היום את הגן החדש."
    html = article_html("חדשות", [menu], "iso-8859-8").encode("iso8859_8")
    decoded, codec = decode_bytes(html, "html")
    assert decoded is not None and menu in decoded and codec == "iso-8859-8"


def test_iso_2022_kr_bytes_are_read_as_korean():
    html = "<html><body><p>서울시는 오늘 새 정책을 발표했다.</p></body></html>"
    decoded, codec = decode_bytes(html.encode("iso2022_kr"), "html")
    assert decoded is not None and "서울시는 오늘" in decoded and codec == "iso2022_kr"


def test_undeclared_cp1252_is_not_mistaken_for_japanese():
    for text in ["naïve", "Zoë Ångström naïveté", WESTERN]:
        decoded, _ = decode_bytes(text.encode("cp1252"), "text")
        assert decoded == text


def test_mixed_line_endings_are_normalised(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Title\r\n\r\nFirst line.\rSecond line.\nThird line.\r\n\x0cFourth.")
    doc = _read(path)
    assert doc is not None
    assert doc.text == "Title\n\nFirst line.\nSecond line.\nThird line.\n\nFourth."


def test_control_characters_are_dropped(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_text(WESTERN + "\nA\x02 story\x03 with\x1b junk\x7f.\u2028Next.", encoding="utf-8")
    doc = _read(path)
    assert doc is not None and doc.text == WESTERN + "\nA story with junk.\nNext."


# --- metadata ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        ("url: [unclosed\n", "is unreadable"),
        ("- just\n- a list\n", "must be a mapping"),
        ("tags: NATO\n", "'tags' must be a list of strings"),
        ("url: 42\n", "'url' must be text"),
        ("title: {a: b}\n", "'title' must be text"),
        ("colour: red\n", "unknown field 'colour'"),
        ("date: ../../etc\n", "'date' must be an ISO 8601 date"),
        ("date: 2025-02-30\n", "day is out of range"),
        ("date: '<img src=x onerror=alert(1)>'\n", "'date' must be an ISO 8601 date"),
        ("title: " + "x" * 1_000_001 + "\n", "larger than 1000 kB"),
        (b"title: caf\xe9\n", "is unreadable"),
    ],
)
def test_bad_sidecar_is_a_warning_and_the_source_is_kept(tmp_path, caplog, sidecar, expected):
    path = tmp_path / "story.txt"
    path.write_text(WESTERN, encoding="utf-8")
    side = tmp_path / "story.txt.meta.yml"
    side.write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode())
    doc = _read(path)
    assert doc is not None and doc.text == WESTERN
    _one_warning(caplog, "story.txt", "sidecar story.txt.meta.yml", expected)


def test_good_sidecar_and_front_matter(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(WESTERN, encoding="utf-8")
    (tmp_path / "a.meta.yml").write_text(
        "url: https://example.org/a\ndate: 2025-04-08\ntags: [Cafés]\n", encoding="utf-8"
    )
    doc = _read(tmp_path / "a.txt")
    assert doc.meta_dict() == {
        "url": "https://example.org/a",
        "date": "2025-04-08",
        "tags": ("Cafés",),
    }
    (tmp_path / "b.md").write_text("---\ntitle: [x\n---\n\n" + WESTERN, encoding="utf-8")
    doc = _read(tmp_path / "b.md")
    assert doc.text.strip() == WESTERN
    _one_warning(caplog, "b.md", "front matter")


# --- whole builds -------------------------------------------------------------


def _bad_content(content: Path) -> dict[str, str]:
    """Write one of each bad file; returns {file name: words its warning must contain}."""
    article = article_html("Parking meters", [WESTERN, WESTERN.replace("Tuesday", "Monday")])
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "image.txt": (binary_bytes(), "binary"),
        "image.html": (binary_bytes(seed=1), "binary"),
        "menu.html": (MENU_PAGE.encode(), ""),
        "login.html": (LOGIN_PAGE.encode(), ""),
        "short.txt": (SHORT_TEXT.encode(), ""),
        "copy-of-demo.txt": ((content / "000_ecd63f8d682de304.txt").read_bytes(), "same content"),
        "bad-sidecar.txt": (
            (WESTERN + "\n\n" + WESTERN.replace("Tuesday", "Monday") + "\n").encode(),
            "sidecar",
        ),
    }
    for name, (data, _) in files.items():
        (content / name).write_bytes(data)
    (content / "bad-sidecar.txt.meta.yml").write_text("tags: [unclosed\n", encoding="utf-8")
    (content / "dangling.txt").symlink_to(content / "nowhere.txt")
    # Truncated and malformed HTML must not crash anything (kept or warned).
    (content / "truncated.html").write_text(article[: len(article) // 2 + 7], encoding="utf-8")
    (content / "malformed.html").write_text(
        "<html><body><p>Unclosed <b>bold <i>italic</p></span></div><table><tr><td>"
        + WESTERN
        + "<p>"
        + WESTERN.replace("café", "bar")
        + "<!-- unterminated comment",
        encoding="utf-8",
    )
    expected = {name: words for name, (_, words) in files.items()}
    expected["dangling.txt"] = "symbolic link"
    return expected


def test_build_skips_bad_files_and_builds_the_rest(tmp_path):
    from digest.config import load_config
    from digest.pipeline import build

    root = copy_project(tmp_path / "project")
    expected = _bad_content(root / "content")
    result = build(load_config(root))
    assert (root / "site" / "index.html").is_file()
    assert any("Japan" in s.title for s in result.stories)  # the demo story survived
    for name, words in expected.items():
        mine = [w for w in result.warnings if w.startswith(f"{name}: ")]
        if name == "bad-sidecar.txt":
            assert len(mine) == 1 and "sidecar" in mine[0], result.warnings
            continue
        assert len(mine) == 1, (name, result.warnings)
        assert words in mine[0]
    assert all("\n" not in w for w in result.warnings)
    built_sources = {a.source for s in result.stories for a in s.articles}
    assert not built_sources & {"menu.html", "login.html", "short.txt", "empty.txt"}


def test_strict_build_fails_with_a_summary_and_keeps_no_new_site(tmp_path):
    root = copy_project(tmp_path / "project")
    (root / "content" / "empty.txt").write_bytes(b"")
    (root / "content" / "image.html").write_bytes(binary_bytes())
    command = [sys.executable, "-m", "digest", "build", "--root", str(root)]
    strict = subprocess.run([*command, "--strict"], capture_output=True, text=True, cwd=REPO)
    assert strict.returncode == 1
    assert "Traceback" not in strict.stderr
    summary = strict.stderr[strict.stderr.index("digest: error:") :]
    assert summary.startswith("digest: error: 2 warning(s) with --strict")
    assert "empty.txt: empty file, skipped" in summary
    assert "image.html: binary data, not text, skipped" in summary
    assert not (root / "site").exists()
    lenient = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert lenient.returncode == 0, lenient.stderr
    assert "WARNING: empty.txt: empty file, skipped" in lenient.stderr
    assert (root / "site" / "index.html").is_file()


@pytest.mark.parametrize(
    ("config", "named"),
    [
        ("colour: red\n", "unknown key 'colour'"),
        ("max_file_mb: lots\n", "'max_file_mb'"),
        ("max_file_mb: .inf\n", "'max_file_mb'"),
        ("min_article_words: -5\n", "'min_article_words'"),
        ("key_quotes: [1\n", "invalid YAML"),
    ],
)
def test_bad_configuration_is_one_line_naming_the_key(tmp_path, config, named):
    root = copy_project(tmp_path / "project", with_content=False)
    (root / "digest.yml").write_text(config, encoding="utf-8")
    done = run_digest("build", "--root", str(root))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("digest: error: digest.yml")
    assert named in done.stderr


@pytest.mark.parametrize(
    "key",
    [
        "docs_dir: content",
        "docs_dir: .",
        "site_dir: content",
        "site_dir: content/out",
        "site_dir: ..",
    ],
)
def test_output_folder_that_would_replace_inputs_is_refused(tmp_path, key):
    root = copy_project(tmp_path / "project")
    mkdocs = root / "mkdocs.yml"
    name = key.split(":")[0]
    mkdocs.write_text(
        "\n".join(line for line in mkdocs.read_text().splitlines() if not line.startswith(name))
        + f"\n{key}\n",
        encoding="utf-8",
    )
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    done = run_digest("build", "--root", str(root))
    assert done.returncode == 1, done.stderr
    assert f"digest: error: {name}" in done.stderr and "Traceback" not in done.stderr
    assert all((root / p).exists() for p in before)
    assert (root / "content" / "000_ecd63f8d682de304.txt").is_file()


def test_file_name_with_newline_and_escape_gives_a_one_line_warning(tmp_path, caplog):
    path = tmp_path / "evil\nname\x1b[2J.txt"
    path.write_bytes(b"")
    read_sources(tmp_path)
    _one_warning(caplog, "evil\\nname\\x1b[2J.txt", "empty")


def test_a_crashing_extractor_costs_one_file_not_the_build(tmp_path, monkeypatch):
    import digest.extract.stage
    from digest.config import load_config
    from digest.pipeline import build

    real = digest.extract.stage.extract_document

    def fragile(doc, shared=frozenset()):
        if "poison" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, shared)

    monkeypatch.setattr(digest.extract.stage, "extract_document", fragile)
    root = copy_project(tmp_path / "project")
    (root / "content" / "poison.txt").write_text("poison\n\n" + WESTERN, encoding="utf-8")
    result = build(load_config(root), run_site=False)
    assert result.warnings == [
        "poison.txt: extraction failed (RecursionError: maximum recursion depth exceeded), skipped"
    ]
    assert result.articles == 2


def _secret(tmp_path: Path) -> Path:
    """A file outside the content folder, as a checkout's .git/config would be."""
    secret = tmp_path / "outside" / "config"
    secret.parent.mkdir()
    secret.write_text(
        "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n" + WESTERN * 3,
        encoding="utf-8",
    )
    return secret


def test_links_out_of_the_content_folder_are_refused_even_when_following(tmp_path, caplog):
    content = tmp_path / "content"
    (content / "sub").mkdir(parents=True)
    (content / "good.txt").write_text(WESTERN, encoding="utf-8")
    secret = _secret(tmp_path)
    (content / "notes.md").symlink_to(secret)
    (content / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    (content / "sub" / "up.txt").symlink_to(Path("..") / ".." / "outside" / "config")
    for follow in (False, True):
        caplog.clear()
        docs = read_sources(content, SourceLimits(root=content, follow_symlinks=follow))
        assert [d.path for d in docs] == ["good.txt"]
        assert all("c2VjcmV0" not in d.text for d in docs)
        refused = sorted(r.getMessage().split(":")[0] for r in caplog.records)
        assert refused == ["elsewhere", "notes.md", "sub/up.txt"]
        assert all("outside the content folder" in r.getMessage() for r in caplog.records)


def test_linked_sidecar_out_of_the_content_folder_is_ignored(tmp_path, caplog):
    content = tmp_path / "content"
    content.mkdir()
    (content / "story.txt").write_text(WESTERN, encoding="utf-8")
    secret = tmp_path / "outside.yml"
    secret.write_text("publisher: SECRET-TOKEN\n", encoding="utf-8")
    (content / "story.meta.yml").symlink_to(secret)
    docs = read_sources(content, SourceLimits(root=content, follow_symlinks=True))
    assert len(docs) == 1 and docs[0].meta_dict() == {}
    _one_warning(caplog, "story.txt", "sidecar story.meta.yml: symbolic link to a place outside")


def test_links_inside_the_content_folder_are_followed_only_when_allowed(tmp_path, caplog):
    content = tmp_path / "content"
    (content / "real").mkdir(parents=True)
    (content / "real" / "story.txt").write_text(WESTERN, encoding="utf-8")
    (content / "real" / "story.meta.yml").write_text("publisher: Example\n", encoding="utf-8")
    (content / "alias.txt").symlink_to(content / "real" / "story.txt")
    (content / "mirror").symlink_to(content / "real", target_is_directory=True)
    docs = read_sources(content, SourceLimits(root=content))
    assert [d.path for d in docs] == ["real/story.txt"]
    assert sorted(r.getMessage().split(":")[0] for r in caplog.records) == ["alias.txt", "mirror"]
    assert all("follow_symlinks" in r.getMessage() for r in caplog.records)
    caplog.clear()
    docs = read_sources(content, SourceLimits(root=content, follow_symlinks=True))
    # The linked folder is not walked: its files are read once, by their real path.
    assert sorted(d.path for d in docs) == ["alias.txt", "real/story.txt"]
    assert not caplog.records
    by_path = {d.path: d.meta_dict() for d in docs}
    assert by_path == {"alias.txt": {}, "real/story.txt": {"publisher": "Example"}}


def test_build_publishes_nothing_a_link_points_at(tmp_path):
    from digest.config import load_config
    from digest.pipeline import build

    root = copy_project(tmp_path / "project")
    secret = _secret(tmp_path)
    (root / "content" / "notes.md").symlink_to(secret)
    (root / "content" / "passwd.txt").symlink_to("/etc/passwd")
    result = build(load_config(root))
    assert sum("outside the content folder" in w for w in result.warnings) == 2
    for path in (root / "site").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".md", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "c2VjcmV0" not in text and "root:x:0:0" not in text, path
    assert (root / "site" / "index.html").is_file()


def test_sources_read_in_two_processes_are_those_read_in_one(tmp_path, caplog, monkeypatch):
    """With the second half read in a forked process, the documents and the warnings
    (each half's, in file order) are those of reading every file here."""
    content = tmp_path / "content"
    content.mkdir()
    for number in range(12):
        body = "" if number in (2, 9) else f"Harbour notes, entry {number}.\n" * (20 + number)
        (content / f"note-{number:02d}.txt").write_text(body, encoding="utf-8")
    (content / "note-05.meta.yml").write_text("colour: teal\n", encoding="utf-8")
    monkeypatch.setattr(sources, "FORK_MIN_FILES", 4)
    forked = []  # the documents the forked reader handed back

    class RecordedFork(sources.Forked):
        def result(self):
            value = super().result()
            forked.append(value)
            return value

    monkeypatch.setattr(sources, "Forked", RecordedFork)

    def read() -> tuple[list, list[str]]:
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="digest"):
            docs = read_sources(content)
        return docs, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]

    forked_docs, forked_warnings = read()
    assert (len(forked) == 1 and forked[0][0]) or not sources.can_fork()
    monkeypatch.setattr(sources, "can_fork", lambda: False)
    docs, warnings = read()
    assert forked_docs == docs and forked_warnings == warnings
    assert [w.split(":")[0] for w in warnings] == ["note-02.txt", "note-05.txt", "note-09.txt"]
    assert len(docs) == 10


def test_sources_too_big_for_one_message_are_read_in_one_process(tmp_path, monkeypatch):
    """Above FORK_MAX_BYTES no half goes through a forked process (it would be held
    twice while it arrives); the documents are read all the same."""
    content = tmp_path / "content"
    content.mkdir()
    for number in range(6):
        text = f"Lighthouse log, night {number}.\n" * 30
        (content / f"log-{number}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(sources, "FORK_MIN_FILES", 2)
    monkeypatch.setattr(sources, "FORK_MAX_BYTES", 100)
    forked = []
    monkeypatch.setattr(sources, "Forked", lambda job: forked.append(job))
    docs = read_sources(content)
    assert forked == []
    assert sorted(d.path for d in docs) == [f"log-{n}.txt" for n in range(6)]


# --- sources saved compressed ------------------------------------------------------


def test_a_gzip_compressed_page_is_read_as_the_page(tmp_path, caplog):
    """`page.html.gz` is the saved page it holds: the same text, kind and hash as the page
    itself (so the two collapse to one article), and a build reads it from content/."""
    import gzip

    page = article_html("Harbour bridge opens after ten years", WESTERN).encode("utf-8")
    plain = tmp_path / "page.html"
    plain.write_bytes(page)
    packed = tmp_path / "packed.html.gz"
    packed.write_bytes(gzip.compress(page, mtime=0))
    a, b = _read(plain), _read(packed)
    assert a is not None and b is not None
    assert (b.kind, b.text, b.sha256) == (a.kind, a.text, a.sha256)
    assert b.path == "packed.html.gz"
    assert [d.path for d in read_sources(tmp_path)] == ["packed.html.gz", "page.html"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    "data,words",
    [
        (b"this is not gzip data at all", ("not valid gzip",)),
        ("garbage", ("not valid gzip",)),
        ("cut", ("cut short",)),
        ("bomb", ("once decompressed", "max_file_mb")),
    ],
    ids=["not-gzip", "trailing-garbage", "truncated", "inflates-past-the-limit"],
)
def test_a_bad_gzip_source_is_one_warning(tmp_path, caplog, data, words):
    """Not gzip, cut short, or inflating past the size limit (capped while inflating):
    one warning naming the file, nothing read."""
    import gzip

    whole = gzip.compress(b"<html><body><p>" + b"word " * 50_000 + b"</p></body></html>")
    if data == "cut":
        data = whole[: len(whole) // 2]
    elif data == "garbage":
        data = whole + b"not gzip"
    elif data == "bomb":
        data = gzip.compress(b" " * 5_000_000)  # about 5 KB that inflate to 5 MB
    path = tmp_path / "bad.html.gz"
    path.write_bytes(data)
    assert _read(path, SourceLimits(max_bytes=1_000_000)) is None
    _one_warning(caplog, "bad.html.gz", *words)


def test_a_compressed_source_takes_its_sidecar_and_all_its_members(tmp_path):
    """`page.html.gz` takes `page.meta.yml` as `page.html` does; members written one after
    another (`cat a.gz b.gz`) are all read; zero padding after them is allowed."""
    import gzip

    page = article_html("Harbour bridge opens after ten years", WESTERN).encode("utf-8")
    head, tail = page[: len(page) // 2], page[len(page) // 2 :]
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(head, mtime=0) + gzip.compress(tail, mtime=0) + b"\0\0")
    (tmp_path / "page.meta.yml").write_text("publisher: Harbour Post\n", encoding="utf-8")
    doc = _read(packed)
    assert doc is not None
    assert dict(doc.meta)["publisher"] == "Harbour Post"
    plain = tmp_path / "plain.html"
    plain.write_bytes(page)
    plain_doc = _read(plain)
    assert plain_doc is not None and doc.text == plain_doc.text
