"""`digest fetch` against real HTTP servers on loopback, started by the tests themselves.

The news site serves RSS, Atom, JSON Feed, a news sitemap behind a sitemap
index, robots.txt, ETags, a 404, a page that answers too late and redirects
to places a fetch must not go. Nothing here reaches the internet.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import itertools
import json
import logging
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from digest import __version__
from digest.config import load_config
from digest.errors import ConfigError
from digest.fetch import fetch
from digest.fetch.http import Client, FetchError, address_refusal
from digest.fetch.progress import Progress
from digest.fetch.settings import parse_fetch_settings
from digest.fetch.store import STATE_FILE, url_key
from tests.conftest import REPO, copy_project, run_digest

NOW = datetime.datetime.now(datetime.UTC).replace(microsecond=0)


# --- a news site on loopback -------------------------------------------------------------


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering
    headers: dict[str, str] = field(default_factory=dict)
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    at: float


class NewsSite:
    """A ThreadingHTTPServer on 127.0.0.1 serving `routes`; records every request it gets."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.seen.append(Seen(self.path, dict(self.headers.items()), time.monotonic()))
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                if (
                    route.last_modified
                    and self.headers.get("If-Modified-Since") == route.last_modified
                ):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.length:
                    self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(OSError):  # the client gave up (a timeout test)
                    self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hung up on a slow answer is what some tests want

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[NewsSite]:
    server = NewsSite()
    yield server
    server.close()


# --- articles: our own short texts, two outlets' versions of one story -----------------

HARBOUR = [
    "The city council voted on Monday to reopen the old harbour bridge to cyclists and walkers after a two-year repair.",
    "Engineers replaced the rusted steel deck and added a wider footpath on the seaward side of the span.",
    "Council leader Maria Okafor said the bridge would open at dawn on Saturday with a small ceremony for the workers.",
    "Shop owners on the quay said they expected more visitors once the crossing opened again to people on foot.",
    "The repair cost eleven million euros, about a fifth more than first planned, because of delays in steel deliveries.",
    "Cars will stay banned from the bridge, and a night bus will use the new ring road instead of the old quay.",
]
HARBOUR_B = [
    *HARBOUR[:4],
    "A local cycling club plans a slow ride across the span on Saturday afternoon for families.",
    *HARBOUR[4:],
]
LIBRARY = [
    "The national library has finished scanning its collection of handwritten ship logs from the nineteenth century.",
    "Volunteers transcribed more than forty thousand pages over three winters, often working late into the evening.",
    "Historians say the logs record weather, cargo and the daily life of sailors in unusual detail for the period.",
    "The library will publish the scans online next month, free of charge and with a search by ship and by port.",
    "Its director said the project showed what patient volunteers could do for an archive that had been closed for years.",
]
ORCHARD = [
    "Apple growers in the northern valley expect their smallest harvest in a decade after a late frost in April.",
    "The frost arrived on two nights when the trees were in full blossom, and many flowers did not set fruit.",
    "Farmers said prices at the market would rise, though the cooperative promised to keep selling to local schools.",
    "The regional government is considering emergency loans so that young orchards can be replanted next spring.",
    "Weather experts say late frosts have become less common but more damaging because trees now blossom earlier.",
]
COMET = [
    "Amateur astronomers photographed a faint comet low in the western sky shortly after sunset on Thursday.",
    "The comet will be visible with binoculars for about two weeks before it fades as it moves away from the sun.",
    "Observers are asked to look for it away from city lights, just above the horizon where the sun went down.",
    "The local astronomy society will open its small observatory to the public on two evenings next week.",
    "Its members said a clear sky and patience matter more than an expensive telescope for seeing this comet.",
]


def article(title: str, sentences: list[str], extra_head: str = "") -> bytes:
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{extra_head}"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}"
        f"</article><footer>Copyright the outlet</footer></body></html>"
    ).encode()


def rfc822(days_ago: float) -> str:
    return format_datetime(NOW - datetime.timedelta(days=days_ago), usegmt=True)


def iso(days_ago: float) -> str:
    return (NOW - datetime.timedelta(days=days_ago)).isoformat().replace("+00:00", "Z")


def rss(site: NewsSite, items: list[tuple[str, str, float]], title: str = "Harbour Times") -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{site.url(p)}</link><pubDate>{rfc822(age)}</pubDate>"
        f"<dc:creator>Ana Lima</dc:creator><category>Local</category><category>Transport</category></item>"
        for t, p, age in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{title}</title><link>{site.base}</link>{body}</channel></rss>"
    ).encode()


def atom(site: NewsSite, items: list[tuple[str, str, float]]) -> bytes:
    body = "".join(
        f"<entry><title>{t}</title><link href='{site.url(p)}'/><id>{site.url(p)}</id>"
        f"<updated>{iso(age)}</updated><published>{iso(age)}</published>"
        f"<author><name>Ben Osei</name></author><category term='Culture'/></entry>"
        for t, p, age in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Quay Post</title><id>{site.base}/atom</id><updated>{iso(0)}</updated>{body}</feed>"
    ).encode()


def json_feed(site: NewsSite, items: list[tuple[str, str, float]]) -> bytes:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Valley Courier",
            "items": [
                {
                    "id": p,
                    "url": site.url(p),
                    "title": t,
                    "date_published": iso(age),
                    "authors": [{"name": "Chen Wei"}],
                    "tags": ["Farming"],
                }
                for t, p, age in items
            ],
        }
    ).encode()


def news_sitemap(site: NewsSite, items: list[tuple[str, str, float]]) -> bytes:
    body = "".join(
        f"<url><loc>{site.url(p)}</loc><news:news><news:publication><news:name>Sky Weekly</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{iso(age)}"
        f"</news:publication_date><news:title>{t}</news:title><news:keywords>Astronomy, Comets"
        f"</news:keywords></news:news></url>"
        for t, p, age in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + body + "</urlset>"
    ).encode()


def sitemap_index(site: NewsSite, children: list[tuple[str, float]]) -> bytes:
    body = "".join(
        f"<sitemap><loc>{site.url(p)}</loc><lastmod>{iso(age)}</lastmod></sitemap>"
        for p, age in children
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + body
        + "</sitemapindex>"
    ).encode()


def serve_news_site(site: NewsSite) -> None:
    """The whole site of the end-to-end test (see the module docstring)."""
    xml = "application/xml"
    site.routes.update(
        {
            "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/rss.xml": Route(
                rss(
                    site,
                    [
                        ("Harbour bridge to reopen", "/harbour/bridge-reopens.html", 1),
                        ("Ship logs scanned", "/culture/ship-logs.html", 2),
                        ("Members only", "/private/members.html", 1),
                        ("Old news", "/old/ancient.html", 90),
                    ],
                ),
                "application/rss+xml",
                etag='"rss-1"',
            ),
            "/atom.xml": Route(
                atom(
                    site,
                    [
                        ("Bridge reopens on Saturday", "/quay/bridge-saturday.html", 1),
                        # the same article as the RSS feed's, with a tracking parameter
                        ("Ship logs scanned", "/culture/ship-logs.html?utm_source=atom", 2),
                        ("Gone", "/missing.html", 1),
                    ],
                ),
                "application/atom+xml",
                last_modified=rfc822(0.5),
            ),
            "/feed.json": Route(
                json_feed(
                    site,
                    [
                        ("Frost hits apple harvest", "/valley/frost.html", 3),
                        ("Too slow to wait for", "/valley/slow.html", 1),
                    ],
                ),
                "application/feed+json",
                etag='"json-1"',
            ),
            "/sitemap-index.xml": Route(
                sitemap_index(site, [("/sitemap-news.xml", 1), ("/sitemap-2019.xml", 2000)]),
                xml,
                etag='"index-1"',
            ),
            "/sitemap-news.xml": Route(
                news_sitemap(site, [("Comet visible at dusk", "/sky/comet.html", 0.5)]),
                xml,
                etag='"news-1"',
            ),
            "/harbour/bridge-reopens.html": Route(article("Harbour bridge to reopen", HARBOUR)),
            "/quay/bridge-saturday.html": Route(article("Bridge reopens on Saturday", HARBOUR_B)),
            "/culture/ship-logs.html": Route(article("Ship logs scanned", LIBRARY)),
            "/valley/frost.html": Route(article("Frost hits apple harvest", ORCHARD)),
            "/valley/slow.html": Route(article("Slow", ORCHARD), delay=1.5),
            "/sky/comet.html": Route(article("Comet visible at dusk", COMET)),
            "/private/members.html": Route(article("Members", LIBRARY)),
            "/old/ancient.html": Route(article("Old", LIBRARY)),
        }
    )


def make_project(tmp_path: Path, fetch_block: dict[str, object]) -> Path:
    root = copy_project(tmp_path / "project", with_content=False)
    config = yaml.safe_load((root / "digest.yml").read_text(encoding="utf-8")) or {}
    config["fetch"] = fetch_block
    (root / "digest.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root


def quick(**extra: object) -> dict[str, object]:
    """Settings that keep the tests fast: no pause between requests, short timeouts."""
    return {"delay_seconds": 0, "timeout_seconds": 0.5, "allow_private_addresses": True, **extra}


def sidecars(folder: Path) -> dict[str, dict[str, object]]:
    found = {}
    for path in sorted(folder.glob("*/*.meta.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["url"]] = {
            **data,
            "_page": path.with_name(path.name.replace(".meta.yml", ".html")),
        }
    return found


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


# --- the whole run ------------------------------------------------------------------------


def test_news_site_fetched_once_politely_then_built(site, tmp_path, caplog):
    serve_news_site(site)
    root = make_project(
        tmp_path,
        {
            "feeds": [
                site.url("/rss.xml"),
                {"url": site.url("/atom.xml"), "publisher": "The Quay Post"},
                site.url("/feed.json"),
            ],
            "sitemaps": [site.url("/sitemap-index.xml")],
            **quick(),
        },
    )
    config = load_config(root)
    caplog.set_level(logging.INFO, logger="digest")
    first = fetch(config, progress=False)
    folder = root / "content" / "fetched"
    host = folder / "127.0.0.1"
    meta = sidecars(folder)

    # every distinct article once, each with its sidecar, in content/fetched/<host>/
    expected = {
        "/harbour/bridge-reopens.html": ("Harbour Times", "Ana Lima"),
        "/quay/bridge-saturday.html": ("The Quay Post", "Ben Osei"),
        "/culture/ship-logs.html": ("Harbour Times", "Ana Lima"),
        "/valley/frost.html": ("Valley Courier", "Chen Wei"),
        "/sky/comet.html": ("Sky Weekly", None),
    }
    assert set(meta) == {site.url(p) for p in expected}
    for path, (publisher, author) in expected.items():
        entry = meta[site.url(path)]
        assert entry["_page"].parent == host and entry["_page"].is_file()
        assert entry["_page"].read_bytes() == site.routes[path].body  # the page's own bytes
        assert entry["publisher"] == publisher
        assert entry["author"] == author  # every key is there, null where the entry gave none
        assert entry["title"] and entry["date"] and entry["fetched"]
        assert site.paths().count(path) == 1
    assert meta[site.url("/harbour/bridge-reopens.html")]["tags"] == ["Local", "Transport"]
    assert meta[site.url("/sky/comet.html")]["tags"] == ["Astronomy", "Comets"]
    assert meta[site.url("/valley/frost.html")]["tags"] == ["Farming"]
    assert not any(p.name.startswith(".") for p in folder.rglob("*"))  # no temporary files

    # polite: robots.txt asked once and obeyed, an honest User-Agent on every request
    assert site.paths().count("/robots.txt") == 1
    assert not any(p.startswith(("/private/", "/old/")) for p in site.paths())
    assert all(s.headers["User-Agent"].startswith(f"digest/{__version__}") for s in site.seen)
    assert "/sitemap-2019.xml" not in site.paths()  # older than max_age_days

    # failures are one-line warnings naming the URL; the run goes on
    warned = warnings_of(caplog)
    assert any(
        w.startswith(site.url("/missing.html")) and "HTTP 404 Not Found" in w for w in warned
    )
    assert any(w.startswith(site.url("/valley/slow.html")) and "timed out" in w for w in warned)
    assert len(warned) == 2  # a page robots.txt disallows is not a failure: said at info level
    assert (
        f"{site.url('/private/members.html')} skipped: disallowed by the site's robots.txt"
        in caplog.text
    )
    assert all("\n" not in w for w in warned)
    assert (first.new, first.unchanged, first.failed) == (5, 0, 2)
    assert "5 new, 0 unchanged feeds, 2 failed" in caplog.text

    state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    assert state["sources"][site.url("/rss.xml")]["etag"] == '"rss-1"'
    assert "last_modified" in state["sources"][site.url("/atom.xml")]

    # the second run only asks whether anything changed, and downloads nothing
    before = len(site.seen)
    caplog.clear()
    second = fetch(load_config(root), progress=False)
    again = site.seen[before:]
    assert (second.new, second.failed) == (0, 0)
    assert second.unchanged == 5  # three feeds, the sitemap index and its news sitemap
    assert sorted(s.path for s in again) == sorted(
        ["/rss.xml", "/atom.xml", "/feed.json", "/sitemap-index.xml", "/sitemap-news.xml"]
    )
    assert all("If-None-Match" in s.headers or "If-Modified-Since" in s.headers for s in again)
    assert "0 new, 5 unchanged feeds, 0 failed" in caplog.text
    assert sidecars(folder).keys() == meta.keys()

    # the build reads the fetched pages like hand-saved ones: the story links both outlets
    done = run_digest("build", "--root", str(root), "--strict")
    assert done.returncode == 0, done.stderr
    export = json.loads((root / "site" / "export.json").read_text(encoding="utf-8"))
    harbour = next(s for s in export["stories"] if len(s["variants"]) == 2)
    assert {v["url"] for v in harbour["variants"]} == {
        site.url("/harbour/bridge-reopens.html"),
        site.url("/quay/bridge-saturday.html"),
    }
    html = (root / "site" / harbour["url"] / "index.html").read_text(encoding="utf-8")
    for variant in harbour["variants"]:
        assert f'href="{variant["url"]}"' in html


# --- safety: addresses, redirects, sizes, types ------------------------------------------


def test_loopback_is_not_requested_unless_allowed(site, tmp_path, caplog):
    serve_news_site(site)
    root = make_project(
        tmp_path,
        {
            "feeds": [site.url("/rss.xml")],
            "pages": [site.url("/sky/comet.html")],
            **quick(allow_private_addresses=False),
        },
    )
    summary = fetch(load_config(root), progress=False)
    assert site.seen == []  # not even robots.txt
    assert summary.new == 0 and summary.failed == 2
    warned = warnings_of(caplog)
    assert len(warned) == 2
    for url, message in zip(
        (site.url("/rss.xml"), site.url("/sky/comet.html")), warned, strict=True
    ):
        assert message.startswith(url)
        assert "127.0.0.1 is a loopback address" in message
        assert "allow_private_addresses" in message
    assert not list((root / "content").rglob("*.html"))


def test_localhost_by_name_is_checked_on_its_resolved_address(site, tmp_path, caplog):
    serve_news_site(site)
    url = site.url("/sky/comet.html").replace("127.0.0.1", "localhost")
    root = make_project(tmp_path, {"pages": [url], **quick(allow_private_addresses=False)})
    fetch(load_config(root), progress=False)
    assert site.seen == []
    assert any("localhost resolves to" in w and "loopback" in w for w in warnings_of(caplog))


def test_redirects_are_checked_hop_by_hop(site, tmp_path, caplog):
    serve_news_site(site)
    metadata = "http://169.254.169.254/latest/meta-data/"
    site.routes.update(
        {
            "/go/metadata": Route(b"", status=302, headers={"Location": metadata}),
            "/go/file": Route(b"", status=301, headers={"Location": "file:///etc/passwd"}),
            "/go/loop": Route(b"", status=307, headers={"Location": "/go/loop"}),
            "/go/comet": Route(b"", status=301, headers={"Location": "/sky/comet.html"}),
        }
    )
    pages = ["/go/metadata", "/go/file", "/go/loop", "/go/comet"]
    root = make_project(tmp_path, {"pages": [site.url(p) for p in pages], **quick()})
    summary = fetch(load_config(root), progress=False)
    warned = {w.split(": ", 1)[0]: w for w in warnings_of(caplog)}
    assert "link-local" in warned[site.url("/go/metadata")]
    assert "169.254.169.254" in warned[site.url("/go/metadata")]
    assert "not an http or https URL" in warned[site.url("/go/file")]
    assert "redirects" in warned[site.url("/go/loop")]
    assert site.paths().count("/go/loop") == 6  # the first request and five redirects
    # a good redirect is followed, and the sidecar names the final URL
    assert summary.new == 1 and summary.failed == 3
    assert list(sidecars(root / "content" / "fetched")) == [site.url("/sky/comet.html")]


@pytest.mark.parametrize(
    ("address", "allowed", "refused"),
    [
        ("93.184.215.14", True, True),
        ("2606:4700::1111", True, True),
        ("127.0.0.1", True, False),
        ("::1", True, False),
        ("10.1.2.3", True, False),
        ("172.16.0.9", True, False),
        ("192.168.1.1", True, False),
        ("100.64.0.1", True, False),  # carrier-grade NAT: not public
        ("fd00::1", True, False),
        ("::ffff:127.0.0.1", True, False),
        ("2002:7f00:1::", True, False),  # 6to4 around a loopback address
        ("169.254.169.254", False, False),  # metadata services: refused even when allowed
        ("fe80::1", False, False),
        ("0.0.0.0", False, False),
        ("224.0.0.1", False, False),
    ],
)
def test_address_policy(address, allowed, refused):
    ip = ipaddress.ip_address(address)
    public = address_refusal(ip, allow_private=False) is None
    assert public is refused  # for a public address "refused" names the expected outcome: kept
    assert (address_refusal(ip, allow_private=True) is None) is allowed


def test_size_cap_type_and_broken_feeds_are_warnings(site, tmp_path, caplog):
    serve_news_site(site)
    big = article("Big", HARBOUR * 400)
    site.routes.update(
        {
            "/big.html": Route(big),
            "/big-unsized.html": Route(big, length=False),
            "/paper.pdf": Route(b"%PDF-1.7 not a page", "application/pdf"),
            "/broken.xml": Route(b"<rss><channel><item><title>never closed", "application/rss+xml"),
            "/moved.xml": Route(b"<html><body>We moved our feeds</body></html>", "text/html"),
        }
    )
    root = make_project(
        tmp_path,
        {
            "feeds": [site.url("/broken.xml"), site.url("/moved.xml"), site.url("/rss.xml")],
            "pages": [site.url(p) for p in ("/big.html", "/big-unsized.html", "/paper.pdf")],
            **quick(max_page_mb=0.05),
        },
    )
    summary = fetch(load_config(root), progress=False)
    warned = {w.split(": ", 1)[0]: w for w in warnings_of(caplog)}
    assert "over the 0.05 MB limit" in warned[site.url("/big.html")]
    assert "over the 0.05 MB limit" in warned[site.url("/big-unsized.html")]
    assert "not an HTML page (application/pdf)" in warned[site.url("/paper.pdf")]
    assert "not a readable feed" in warned[site.url("/broken.xml")]
    assert "not a readable feed" in warned[site.url("/moved.xml")]
    assert summary.new == 2  # the RSS feed's two allowed articles still came in
    assert summary.failed == 5
    assert len(warnings_of(caplog)) == 5


def test_a_length_header_of_no_number_is_read_as_no_length(site, tmp_path, caplog):
    # "²" passes str.isdigit() but is no number int() reads; the page is fetched whole
    serve_news_site(site)
    site.routes["/odd.html"] = Route(
        article("Odd header", HARBOUR), length=False, headers={"Content-Length": "\u00b2"}
    )
    root = make_project(tmp_path, {"pages": [site.url("/odd.html")], **quick()})
    summary = fetch(load_config(root), progress=False)
    assert summary.new == 1
    assert summary.failed == 0


# --- dedupe, canonical URLs, resumable runs ------------------------------------------------


def test_url_key_ignores_what_does_not_name_another_article():
    same = [
        "https://Example.com/a/b?utm_source=x&id=3",
        "http://example.com:80/a/b/?id=3#comments",
        "https://example.com/a/b?id=3&fbclid=zz",
    ]
    assert len({url_key(u) for u in same}) == 1
    assert url_key("https://example.com/a/b?id=4") != url_key(same[0])
    assert url_key("https://example.org/a/b?id=3") != url_key(same[0])


def test_canonical_twin_is_not_stored_twice(site, tmp_path):
    serve_news_site(site)
    canonical = f"<link rel='canonical' href='{site.url('/sky/comet.html')}'>"
    site.routes["/amp/comet.html"] = Route(article("Comet visible at dusk", COMET, canonical))
    root = make_project(
        tmp_path,
        {"pages": [site.url("/sky/comet.html"), site.url("/amp/comet.html")], **quick()},
    )
    summary = fetch(load_config(root), progress=False)
    assert summary.new == 1
    assert len(list((root / "content" / "fetched").rglob("*.html"))) == 1


def _interruptible() -> None:
    """In the child before it runs: SIGINT at its default and not blocked, as a shell
    starts a command (a test run may have left it blocked in the threads it spawns)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_max_pages_and_an_interrupted_run_continue_next_time(site, tmp_path):
    serve_news_site(site)
    items = [(f"Story {n}", f"/n/{n}.html", n / 10) for n in range(6)]
    for _title, path, _age in items:
        site.routes[path] = Route(article(path, COMET))
    # the third page answers late: time to interrupt the run even on a loaded machine
    site.routes["/n/2.html"].delay = 2.0
    site.routes["/many.xml"] = Route(rss(site, items), "application/rss+xml", etag='"m"')
    root = make_project(tmp_path, {"feeds": [site.url("/many.xml")], **quick(timeout_seconds=5)})
    folder = root / "content" / "fetched"

    # a run stopped by Ctrl-C (SIGINT) while the third page downloads; the run starts as
    # from a shell, SIGINT handled and unblocked whatever the test process left them as
    run = subprocess.Popen(
        [sys.executable, "-m", "digest", "fetch", "--root", str(root)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 20
    while "/n/2.html" not in site.paths() and time.monotonic() < deadline:
        time.sleep(0.02)
    run.send_signal(signal.SIGINT)
    _out, err = run.communicate(timeout=20)
    assert run.returncode == 130, err
    assert sorted(sidecars(folder)) == [site.url("/n/0.html"), site.url("/n/1.html")]
    assert not [p for p in folder.rglob("*") if p.name.startswith(".")]
    state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    assert len(set(state["fetched"].values())) == 2
    assert site.url("/many.xml") not in state["sources"]  # its entries are not all in yet

    # the next run reads the feed in full again, skips what it has, stops at max_pages
    config = yaml.safe_load((root / "digest.yml").read_text(encoding="utf-8"))
    config["fetch"]["max_pages"] = 3
    (root / "digest.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    before = len(site.seen)
    summary = fetch(load_config(root), progress=False)
    assert summary.new == 3
    asked = site.paths()[before:]
    assert "If-None-Match" not in site.seen[before].headers
    assert [p for p in asked if p.startswith("/n/")] == ["/n/2.html", "/n/3.html", "/n/4.html"]

    # and the one after that fetches the last page, then the feed is done: 304 from then on
    assert fetch(load_config(root), progress=False).new == 1
    state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    assert state["sources"][site.url("/many.xml")]["etag"] == '"m"'
    assert len(sidecars(folder)) == 6
    last = fetch(load_config(root), progress=False)
    assert (last.new, last.unchanged) == (0, 1)


def test_lost_state_file_is_rebuilt_from_the_sidecars(site, tmp_path, caplog):
    serve_news_site(site)
    root = make_project(tmp_path, {"pages": [site.url("/sky/comet.html")], **quick()})
    assert fetch(load_config(root), progress=False).new == 1
    state_file = root / "content" / "fetched" / STATE_FILE
    state_file.write_text("{not json", encoding="utf-8")
    before = len(site.seen)
    assert fetch(load_config(root), progress=False).new == 0
    assert "/sky/comet.html" not in site.paths()[before:]
    assert any("fetch state unreadable" in w for w in warnings_of(caplog))
    assert json.loads(state_file.read_text(encoding="utf-8"))["fetched"]


# --- politeness ------------------------------------------------------------------------------


def test_crawl_delay_and_our_own_delay_space_the_requests(site, tmp_path):
    serve_news_site(site)
    site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 0.4\n", "text/plain")
    pages = ["/sky/comet.html", "/valley/frost.html", "/culture/ship-logs.html"]
    root = make_project(
        tmp_path, {"pages": [site.url(p) for p in pages], **quick(delay_seconds=0.1)}
    )
    fetch(load_config(root), progress=False)
    times = [s.at for s in site.seen if s.path in pages]
    assert len(times) == 3
    assert all(b - a >= 0.35 for a, b in itertools.pairwise(times))


def test_robots_txt_for_digest_by_name(site, tmp_path):
    serve_news_site(site)
    site.routes["/robots.txt"] = Route(
        b"User-agent: digest\nDisallow: /sky/\n\nUser-agent: *\nDisallow: /\n", "text/plain"
    )
    root = make_project(
        tmp_path,
        {"pages": [site.url("/sky/comet.html"), site.url("/valley/frost.html")], **quick()},
    )
    assert fetch(load_config(root), progress=False).new == 1
    assert "/sky/comet.html" not in site.paths() and "/valley/frost.html" in site.paths()


def test_unreadable_robots_txt_means_the_site_waits(site, tmp_path, caplog):
    serve_news_site(site)
    site.routes["/robots.txt"] = Route(b"oops", "text/plain", status=503)
    root = make_project(tmp_path, {"pages": [site.url("/sky/comet.html")], **quick()})
    assert fetch(load_config(root), progress=False).new == 0
    assert "/sky/comet.html" not in site.paths()
    assert any("robots.txt: cannot be read" in w for w in warnings_of(caplog))


# --- command line, settings, progress -------------------------------------------------------


def test_cli_dry_run_lists_and_writes_nothing_and_strict_fails_on_warnings(site, tmp_path):
    serve_news_site(site)
    root = make_project(
        tmp_path, {"feeds": [site.url("/rss.xml"), site.url("/atom.xml")], **quick()}
    )
    done = run_digest("fetch", "--root", str(root), "--dry-run")
    assert done.returncode == 0, done.stderr
    listed = done.stdout.split()
    assert site.url("/harbour/bridge-reopens.html") in listed
    assert site.url("/missing.html") in listed and len(listed) == len(set(listed)) == 4
    assert not (root / "content" / "fetched").exists()
    assert not any(p.startswith(("/harbour/", "/missing")) for p in site.paths())

    done = run_digest("fetch", "--root", str(root), "--strict")
    assert done.returncode == 1
    assert "3 new, 0 unchanged feeds, 1 failed" in done.stderr
    assert "warning(s) with --strict" in done.stderr
    quiet = run_digest("fetch", "--root", str(root), "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_fetch_without_a_fetch_block_is_an_error(tmp_path):
    root = copy_project(tmp_path / "project", with_content=False)
    done = run_digest("fetch", "--root", str(root))
    assert done.returncode == 1
    assert "no 'fetch:' block" in done.stderr


@pytest.mark.parametrize(
    ("block", "named"),
    [
        ({"feeds": ["https://a.example/rss"], "max_pages": "many"}, "fetch.max_pages"),
        ({"feeds": ["https://a.example/rss"], "delay_seconds": -1}, "fetch.delay_seconds"),
        ({"feeds": ["https://a.example/rss"], "timeout_seconds": 0}, "fetch.timeout_seconds"),
        ({"feeds": ["ftp://a.example/rss"]}, "fetch.feeds[0]"),
        ({"feeds": [{"url": "https://a.example/rss", "publisher": 3}]}, "fetch.feeds[0].publisher"),
        ({"sitemaps": [{"href": "https://a.example/s.xml"}]}, "fetch.sitemaps[0].href"),
        ({"feeds": ["https://a.example/rss"], "folder": "../outside"}, "fetch.folder"),
        (
            {"feeds": ["https://a.example/rss"], "allow_private_addresses": "yes"},
            "fetch.allow_private_addresses",
        ),
        ({"feeds": ["https://a.example/rss"], "max_page": 3}, "fetch.max_page"),
        ({"folder": "fetched"}, "fetch.feeds"),
        (["https://a.example/rss"], "'fetch'"),
    ],
)
def test_bad_fetch_settings_name_the_key(block, named, tmp_path):
    with pytest.raises(ConfigError, match=named.replace("[", r"\[").replace("]", r"\]")):
        parse_fetch_settings(block)
    root = make_project(tmp_path, block)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=named.replace("[", r"\[").replace("]", r"\]")):
        load_config(root)  # what `digest build` loads first


def test_digest_build_refuses_a_bad_fetch_block(tmp_path):
    root = make_project(tmp_path, {"feeds": ["https://a.example/rss"], "max_pages": -5})
    done = run_digest("build", "--root", str(root), "--no-site")
    assert done.returncode == 1
    assert "'fetch.max_pages' must not be negative" in done.stderr


def test_good_settings_and_their_defaults():
    settings = parse_fetch_settings(
        {
            "feeds": "https://a.example/rss",
            "pages": [{"url": "https://b.example/x", "publisher": "B"}],
        }
    )
    assert settings.feeds[0].url == "https://a.example/rss"
    assert settings.pages[0].publisher == "B"
    assert (settings.folder, settings.max_pages, settings.delay_seconds) == ("fetched", 200, 1.0)
    assert settings.allow_private_addresses is False


def test_progress_bar_draws_and_clears():
    from io import StringIO

    stream = StringIO()
    bar = Progress(enabled=True, stream=stream)
    bar.start(4)
    bar.update(3, "https://example.com/a\x1b[2J")
    assert "3/4" in stream.getvalue() and "[############" in stream.getvalue()
    assert "\x1b[2J" not in stream.getvalue()  # a URL cannot drive the terminal
    bar.clear()
    assert stream.getvalue().endswith("\r\x1b[K")
    quiet = StringIO()
    Progress(enabled=False, stream=quiet).update(1, "x")
    assert quiet.getvalue() == ""


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_checks_the_certificate_against_the_host_name(tmp_path, monkeypatch):
    """The client connects to the address it checked, yet verifies the certificate by name."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"),
            *("-addext", "subjectAltName=DNS:localhost"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    site = NewsSite()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    site.server.socket = context.wrap_socket(site.server.socket, server_side=True)
    site.routes["/a.html"] = Route(article("Comet", COMET))
    port = site.server.server_address[1]
    try:

        def client() -> Client:
            return Client(delay_seconds=0, timeout_seconds=2, max_bytes=10**6, allow_private=True)

        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
            client().get(f"https://localhost:{port}/a.html", robots=False)
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # now the certificate is trusted
        answer = client().get(f"https://localhost:{port}/a.html", robots=False)
        assert answer.status == 200 and answer.body == site.routes["/a.html"].body
        assert site.seen[-1].headers["Host"] == f"localhost:{port}"
        with pytest.raises(FetchError, match=r"CERTIFICATE_VERIFY_FAILED|match"):
            client().get(f"https://127.0.0.1:{port}/a.html", robots=False)  # not its name
    finally:
        site.close()


def test_a_crawl_delay_longer_than_a_run_waits_leaves_pages_for_later(
    site, tmp_path, monkeypatch, caplog
):
    import digest.fetch.http

    monkeypatch.setattr(digest.fetch.http, "MAX_WAIT_SECONDS", 0.3)  # instead of a minute
    serve_news_site(site)
    site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    # a second of timeout: the slow page (1.5 s) still times out, the frost page has
    # room to answer on a loaded machine
    settings = quick(timeout_seconds=1.0)
    root = make_project(tmp_path, {"feeds": [site.url("/feed.json")], **settings})
    first = fetch(load_config(root), progress=False)
    # robots.txt was the one request this run could make: the rest waits, nothing failed
    assert (first.new, first.failed) == (0, 0)
    assert [w for w in warnings_of(caplog) if "robots.txt asks for 1 s" in w]
    assert site.paths() == ["/robots.txt"]
    folder = root / "content" / "fetched"
    assert json.loads((folder / STATE_FILE).read_text())["sources"] == {}
    time.sleep(1.0)  # the next run comes later (in CI: hours later)
    monkeypatch.setattr(digest.fetch.http, "MAX_WAIT_SECONDS", 5.0)
    second = fetch(load_config(root), progress=False)
    assert second.new == 1  # the frost article; the slow one times out
    assert site.paths() == ["/robots.txt", "/feed.json", "/valley/slow.html", "/valley/frost.html"]
    times = [s.at for s in site.seen[1:]]
    assert all(b - a >= 0.95 for a, b in itertools.pairwise(times))  # Crawl-delay: 1
    assert json.loads((folder / STATE_FILE).read_text())["sources"][site.url("/feed.json")]


def test_each_checked_address_is_tried_until_one_takes_the_connection(site):
    """`localhost` is often ::1 first while a server listens on 127.0.0.1 only."""
    serve_news_site(site)
    port = site.server.server_address[1]
    client = Client(delay_seconds=0, timeout_seconds=2, max_bytes=10**6, allow_private=True)
    status, _headers, body = client._send(
        "http", "localhost", port, ["::1", "127.0.0.1"], "/sky/comet.html", {}, 10**6
    )
    assert status == 200 and body == site.routes["/sky/comet.html"].body
    site.close()  # nothing listens any more
    with pytest.raises(FetchError, match=r"^cannot connect \(.*refused") as refused:
        Client(delay_seconds=0, timeout_seconds=2, max_bytes=10**6, allow_private=True).get(
            f"http://127.0.0.1:{port}/sky/comet.html", robots=False
        )
    assert "object at 0x" not in str(refused.value)


def test_feed_entries_as_plain_records():
    from digest.fetch.feeds import parse_feed

    rss_body = (
        b'<rss version="2.0"><channel><title>Quay</title><item>'
        b"<title>A &lt;b&gt;bold&lt;/b&gt; move</title><link>/news/1.html</link>"
        b"<author>desk@example.com</author><pubDate>Tue, 08 Apr 2025 09:50:00 +0900</pubDate>"
        b"</item><item><title>no link</title></item></channel></rss>"
    )
    (entry,) = parse_feed(rss_body, "https://example.com/feed.xml")
    assert entry.url == "https://example.com/news/1.html"  # relative links resolved
    assert entry.title == "A bold move"
    assert entry.author is None  # an e-mail address is not a byline
    assert entry.date == "2025-04-08T09:50:00+09:00"
    json_body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1",
            "title": "Old JSON",
            "items": [{"id": "1", "url": "a.html", "author": {"name": "Ana Lima"}}, "junk"],
        }
    ).encode()
    (item,) = parse_feed(json_body, "https://example.org/f.json", "application/json", "Mine")
    assert (item.url, item.author, item.publisher) == (
        "https://example.org/a.html",
        "Ana Lima",
        "Mine",
    )
