"""Helpers the site tests share: fixture articles, a static HTTP server, link walking."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

_WORDS = [
    "harbour",
    "bridge",
    "council",
    "river",
    "school",
    "budget",
    "railway",
    "festival",
    "museum",
    "election",
    "vaccine",
    "drought",
    "orchard",
    "factory",
    "airport",
    "library",
    "stadium",
    "tunnel",
    "ferry",
    "clinic",
    "market",
    "forest",
    "pension",
    "court",
    "senate",
    "strike",
    "bakery",
    "wildfire",
    "glacier",
    "satellite",
    "reactor",
    "canal",
    "vineyard",
]


_SYLLABLES = ("ka", "lo", "mer", "sin", "tu", "vra", "pel", "dor", "ni", "qua", "bes", "ho")


def _sentence(seed: str, n: int) -> str:
    """A sentence of made-up words derived from the seed.

    Words are built from syllables (about 1,700 possible words), so two
    unrelated seeds share almost no words, as two unrelated real stories would;
    a few common words from `_WORDS` keep the sentence looking like text.
    """
    data = hashlib.sha256(seed.encode()).digest() + hashlib.sha256(seed.encode() + b"+").digest()
    words = []
    for i in range(n):
        a, b, c = data[i], data[i + 1], data[i + 2]
        if i % 4 == 3:
            words.append(_WORDS[a % len(_WORDS)])
        else:
            words.append(_SYLLABLES[a % 12] + _SYLLABLES[b % 12] + _SYLLABLES[c % 12])
    return " ".join(words).capitalize() + "."


def write_article(
    content: Path, name: str, title: str, date: str, topic: str, publisher: str = "Example Times"
) -> Path:
    """A Markdown source with front matter, long enough for any extractor to keep.

    The body depends on `topic` only: two files with the same topic are copies
    of one story, files with different topics have (almost) nothing in common.
    """
    body = "\n\n".join(
        f"{topic} {_sentence(topic + str(i), 24)} {_sentence(topic + 'x' + str(i), 20)}"
        for i in range(3)
    )
    path = content / name
    path.write_text(
        f"---\ntitle: {title}\ndate: '{date}'\npublisher: {publisher}\n"
        f"url: https://example.com/{name}\n---\n\n# {title}\n\n{body}\n",
        encoding="utf-8",
    )
    return path


@contextlib.contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve a folder on a free localhost port in a thread; yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


_LINK = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
_REFRESH = re.compile(r"""http-equiv=["']refresh["'][^>]*content=["']\d+;\s*url=([^"']+)""", re.I)


def internal_links(html: str) -> list[str]:
    """Every href/src that points inside the site (no scheme, no protocol-relative URL)."""
    links = []
    for raw in _LINK.findall(html):
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//|^#", raw, re.I):
            continue
        links.append(raw)
    return links


def resolve_on_disk(site: Path, page: Path, link: str, base_path: str = "/") -> Path | None:
    """The file a link from `page` reaches, as a static server would serve it.

    `base_path` is the path the site is published under (site_url's path, e.g.
    "/digest/"): root-relative links, such as the 404 page's, must start with it.
    """
    base_path = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    target = unquote(urlsplit(urljoin(base_path + page.relative_to(site).as_posix(), link)).path)
    if not target.startswith(base_path):
        return None
    target = target[len(base_path) - 1 :]
    candidate = site / target.lstrip("/")
    if target.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def follow_redirects(site: Path, url_path: str, limit: int = 5) -> Path | None:
    """The page a site-relative URL ends on after following meta-refresh redirects."""
    page = resolve_on_disk(site, site / "index.html", url_path)
    for _ in range(limit):
        if page is None:
            return None
        match = _REFRESH.search(page.read_text(encoding="utf-8"))
        if not match:
            return page
        page = resolve_on_disk(site, page, match.group(1))
    return None
