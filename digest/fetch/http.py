"""The one way `digest fetch` talks to the network: a polite client that refuses to be misused.

Feeds are written by other people, and a scheduled CI run has things worth
stealing next to it (the runner's cloud metadata service, services on its
private network). So every request, including each redirect hop and each
robots.txt, is held to the same rules before a byte is sent:

- http and https only, at most `MAX_REDIRECTS` redirects;
- the host name is resolved here, every address it resolves to must be public
  (unless `allow_private_addresses`), and the connection goes to the address
  that was checked, so a second, different DNS answer cannot slip through;
  link-local addresses (where metadata services answer) are refused always;
- robots.txt is obeyed (per origin, cached, with its crawl delay when that is
  longer than ours), and the User-Agent says honestly who is asking;
- one pause between two requests to the same host; a timeout on connecting, on
  each read and on the whole answer; a size cap on the answer.

urllib3 does the HTTP (timeouts, TLS with certificate checks against the host
name, chunked bodies); protego reads robots.txt (wildcards, longest match and
Crawl-delay, which the standard library's parser does not all support).
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from protego import Protego

from digest import __version__
from digest.errors import log, one_line

MAX_REDIRECTS = 5
ROBOTS_TOKEN = "digest"
USER_AGENT = (
    f"digest/{__version__} (news digest generator; reads the feeds, sitemaps and pages "
    "listed in a project's digest.yml; obeys robots.txt)"
)
ROBOTS_MAX_BYTES = 500 * 1024  # what the robots.txt standard (RFC 9309) asks crawlers to read
ROBOTS_FRESH = datetime.timedelta(hours=24)  # RFC 9309: a cached copy may be used this long
_REDIRECTS = (301, 302, 303, 307, 308)
# The longest pause a run sits through for one request. A robots.txt asking for more
# (Crawl-delay: 3600 exists) is obeyed by leaving that site's pages to later runs.
MAX_WAIT_SECONDS = 60.0
_CHUNK = 16 * 1024  # the cap is checked per decoded chunk: a gzip bomb stops early

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A request that did not give a usable answer; the message is one line for a warning.

    `permanent` says whether asking again later is pointless (a 404, a refused
    address) or may well work (a timeout, a 503).
    """

    def __init__(self, message: str, permanent: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.status = status  # the HTTP status, when the server answered with an error
        self.disallowed = False  # robots.txt said no
        self.deferred = False  # the site asks for a longer pause than a run waits: next run


@dataclass(frozen=True)
class Response:
    """A complete answer: status 200 with its body, or 304 with none."""

    url: str  # the final URL, after redirects
    status: int
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def address_refusal(address: IPAddress, allow_private: bool) -> str | None:
    """Why a request to this address must not be made, or None if it may.

    Link-local, multicast, unspecified and reserved addresses are never news
    sites: they are refused even with `allow_private`. An IPv6 address that
    embeds an IPv4 one (mapped, 6to4) is judged by the embedded address.
    """
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return address_refusal(embedded, allow_private)
    if address.is_link_local:
        return (
            f"{address} is a link-local address (where cloud metadata services answer), "
            "refused always"
        )
    if address.is_multicast or address.is_unspecified:
        return f"{address} is not an address of a web server, refused always"
    if allow_private:
        return None
    if address.is_loopback:
        kind = "a loopback address (this machine)"
    elif address.is_private:
        kind = "a private-network address"
    elif not address.is_global:
        kind = "not a public address"
    else:
        return None
    return f"{address} is {kind}, refused (set fetch.allow_private_addresses: true to allow it)"


def resolve(host: str, port: int, allow_private: bool) -> list[str]:
    """The checked addresses to connect to, in the resolver's order; FetchError if any is refused.

    All addresses are checked, not only the first: a name that answers with a
    public and a private address is refused as a whole.
    """
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        candidates: list[IPAddress] = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {host} ({exc})") from None
        candidates = []
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            if address not in candidates:
                candidates.append(address)
        if not candidates:
            raise FetchError(f"host {host} has no address")
    for address in candidates:
        refusal = address_refusal(address, allow_private)
        if refusal:
            if literal is not None:
                raise FetchError(f"not requested: {refusal}", permanent=True)
            raise FetchError(f"not requested: {host} resolves to {address}: {refusal}", True)
    return [str(address) for address in candidates]


@dataclass
class _Robots:
    rules: Protego | None  # None: everything allowed
    disallow_all: bool = False

    def allowed(self, url: str) -> bool:
        if self.disallow_all:
            return False
        return self.rules is None or bool(self.rules.can_fetch(url, ROBOTS_TOKEN))

    def delay(self) -> float:
        if self.rules is None:
            return 0.0
        delay = self.rules.crawl_delay(ROBOTS_TOKEN)
        rate = self.rules.request_rate(ROBOTS_TOKEN)
        seconds = float(delay or 0.0)
        if rate is not None and rate.requests:
            seconds = max(seconds, rate.seconds / rate.requests)
        return seconds


class Client:
    """GET with the rules above. One per run; not thread-safe (requests are sequential).

    `robots_cache` is the part of the fetch state that keeps robots.txt files
    between runs (body, validators, when checked); it is updated in place.
    """

    def __init__(
        self,
        *,
        delay_seconds: float,
        timeout_seconds: float,
        max_bytes: int,
        allow_private: bool,
        robots_cache: dict[str, Any] | None = None,
        now: Callable[[], datetime.datetime] | None = None,
        max_wait: float | None = None,
    ) -> None:
        self.delay_seconds = delay_seconds
        self.timeout = timeout_seconds
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self.robots_cache = robots_cache if robots_cache is not None else {}
        self.now = now or (lambda: datetime.datetime.now(datetime.UTC))
        self.max_wait = MAX_WAIT_SECONDS if max_wait is None else max_wait
        self.requests = 0  # requests actually sent, for the summary and tests
        self._robots: dict[str, _Robots] = {}
        self._last: dict[str, float] = {}
        self._slow_hosts: set[str] = set()
        self._pools: dict[tuple[str, str, int, str], urllib3.HTTPConnectionPool] = {}

    def robots_origins(self) -> set[str]:
        """The origins whose robots.txt this run consulted."""
        return set(self._robots)

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()

    def get(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        *,
        max_bytes: int | None = None,
        robots: bool = True,
    ) -> Response:
        """The answer to GET `url`, following redirects; FetchError for anything unusable.

        Statuses other than 200 and 304 are errors (404 and 410 permanent).
        """
        for _hop in range(MAX_REDIRECTS + 1):
            scheme, host, port, target = _split(url)
            addresses = resolve(host, port, self.allow_private)
            rules = self._robots_for(scheme, host, port) if robots else None
            if rules is not None and not rules.allowed(url):
                refused = FetchError("disallowed by the site's robots.txt, not requested", True)
                refused.disallowed = True
                raise refused
            self._wait(host, rules.delay() if rules else 0.0)
            status, answer_headers, body = self._send(
                scheme, host, port, addresses, target, headers or {}, max_bytes or self.max_bytes
            )
            if status in _REDIRECTS and answer_headers.get("location"):
                next_url = urljoin(url, answer_headers["location"].strip())
                log.debug("fetch: %s redirects to %s", one_line(url), one_line(next_url))
                url = next_url
                continue
            if status in (200, 304):
                return Response(url=url, status=status, headers=answer_headers, body=body)
            permanent = status in (404, 410) or (400 <= status < 500 and status not in (408, 429))
            raise FetchError(f"HTTP {status} {_phrase(status)}".strip(), permanent, status)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects, given up")

    def refusal(self, url: str) -> str | None:
        """Why `url` would not be requested (scheme, address, robots.txt), or None.

        For --dry-run: may ask for the host's robots.txt, never for the page.
        """
        try:
            scheme, host, port, _target = _split(url)
            resolve(host, port, self.allow_private)  # raises when refused
            if not self._robots_for(scheme, host, port).allowed(url):
                return "disallowed by the site's robots.txt"
        except FetchError as exc:
            return str(exc)
        return None

    def _wait(self, host: str, robots_delay: float) -> None:
        delay = max(self.delay_seconds, robots_delay)
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > self.max_wait:
                if host not in self._slow_hosts:
                    self._slow_hosts.add(host)
                    log.warning(
                        "%s: robots.txt asks for %g s between requests, longer than a run "
                        "waits (%g s); one request per run, the rest is left for later runs",
                        one_line(host),
                        delay,
                        self.max_wait,
                    )
                later = FetchError(
                    f"the site asks for {delay:g} s between requests (robots.txt); "
                    "left for the next run"
                )
                later.deferred = True
                raise later
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _send(
        self,
        scheme: str,
        host: str,
        port: int,
        addresses: list[str],
        target: str,
        headers: Mapping[str, str],
        max_bytes: int,
    ) -> tuple[int, dict[str, str], bytes]:
        """One GET to the first of the checked addresses that takes the connection."""
        default_port = 443 if scheme == "https" else 80
        host_header = host if port == default_port else f"{host}:{port}"
        if ":" in host and port == default_port:
            host_header = f"[{host}]"
        elif ":" in host:
            host_header = f"[{host}]:{port}"
        sent = {
            "Host": host_header,
            "User-Agent": USER_AGENT,
            "Accept-Encoding": "gzip, deflate",
            **headers,
        }
        started = time.monotonic()
        self.requests += 1
        for number, address in enumerate(addresses, 1):
            pool = self._pool(scheme, host, port, address)
            try:
                answer = pool.urlopen(
                    "GET",
                    target,
                    headers=sent,
                    redirect=False,
                    retries=False,
                    preload_content=False,
                    assert_same_host=False,
                )
                break
            except urllib3.exceptions.NewConnectionError as exc:
                if number < len(addresses):
                    continue  # e.g. ::1 refused, 127.0.0.1 listens: the next address
                raise FetchError(f"cannot connect ({_reason(exc)})") from None
            except urllib3.exceptions.ConnectTimeoutError:
                if number < len(addresses):
                    continue
                raise FetchError(
                    f"timed out: no connection within {self.timeout:g} s (fetch.timeout_seconds)"
                ) from None
            except urllib3.exceptions.TimeoutError:
                raise FetchError(
                    f"timed out: no answer within {self.timeout:g} s (fetch.timeout_seconds)"
                ) from None
            except urllib3.exceptions.HTTPError as exc:
                raise FetchError(f"request failed ({_reason(exc)})") from None
        else:  # pragma: no cover - resolve() never returns an empty list
            raise FetchError(f"host {host} has no address")
        try:
            answer_headers = {k.lower(): v for k, v in answer.headers.items()}
            length = answer_headers.get("content-length", "")
            if answer.status != 200:
                # a 304 or a redirect has (almost) no body: read it to reuse the connection;
                # an error page of unknown or large size is not read at all
                if answer.status == 304 or (length.isdecimal() and int(length) <= _CHUNK):
                    answer.drain_conn()
                else:
                    answer.close()
                return answer.status, answer_headers, b""
            if length.isdecimal() and int(length) > max_bytes:
                raise FetchError(_too_large(int(length), max_bytes), permanent=True)
            body = bytearray()
            for chunk in answer.stream(_CHUNK, decode_content=True):
                body += chunk
                if len(body) > max_bytes:
                    raise FetchError(_too_large(len(body), max_bytes, "over"), permanent=True)
                if time.monotonic() - started > 2 * self.timeout:
                    raise FetchError(f"answer took longer than {2 * self.timeout:g} s, given up")
            return answer.status, answer_headers, bytes(body)
        except urllib3.exceptions.TimeoutError:
            raise FetchError(
                f"timed out: the answer stalled for {self.timeout:g} s (fetch.timeout_seconds)"
            ) from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"answer broken off ({_reason(exc)})") from None
        finally:
            answer.release_conn()

    def _pool(self, scheme: str, host: str, port: int, address: str) -> urllib3.HTTPConnectionPool:
        key = (scheme, host, port, address)
        pool = self._pools.get(key)
        if pool is None:
            timeout = urllib3.Timeout(connect=self.timeout, read=self.timeout)
            if scheme == "https":
                pool = urllib3.HTTPSConnectionPool(
                    address,
                    port,
                    timeout=timeout,
                    retries=False,
                    cert_reqs="CERT_REQUIRED",
                    assert_hostname=host,
                    server_hostname=host,
                )
            else:
                pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
            self._pools[key] = pool
        return pool

    def _robots_for(self, scheme: str, host: str, port: int) -> _Robots:
        origin = f"{scheme}://{host}:{port}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        return self._robots[origin]

    def _load_robots(self, origin: str) -> _Robots:
        """The origin's robots.txt: from the cache while fresh, else asked for (conditionally).

        RFC 9309: a missing robots.txt (4xx) allows everything; one that cannot
        be read (5xx, timeout) means the site is not crawled, here for this run.
        """
        cached = self.robots_cache.get(origin)
        now = self.now()
        if isinstance(cached, dict) and isinstance(cached.get("body"), str):
            checked = _parse_time(cached.get("checked"))
            if checked is not None and timedelta_ok(now - checked):
                return _robots_from(cached["body"])
        headers = {}
        if isinstance(cached, dict):
            headers = conditional_headers(cached)
        try:
            answer = self.get(
                f"{origin}/robots.txt", headers, max_bytes=ROBOTS_MAX_BYTES * 4, robots=False
            )
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                body = ""  # no robots.txt: no rules
            else:
                log.warning(
                    "%s/robots.txt: cannot be read (%s); that site is not fetched this run",
                    one_line(origin),
                    one_line(str(exc)),
                )
                return _Robots(rules=None, disallow_all=True)
            self.robots_cache[origin] = {"checked": _stamp(now), "body": body}
            return _robots_from(body)
        if answer.status == 304 and isinstance(cached, dict):
            body = str(cached.get("body", ""))
        else:
            body = answer.body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
        entry = {"checked": _stamp(now), "body": body}
        entry.update(validators(answer.headers))
        self.robots_cache[origin] = entry
        return _robots_from(body)


def timedelta_ok(age: datetime.timedelta) -> bool:
    return datetime.timedelta(0) <= age < ROBOTS_FRESH


def _robots_from(body: str) -> _Robots:
    if not body.strip():
        return _Robots(rules=None)
    return _Robots(rules=Protego.parse(body))


def conditional_headers(entry: Mapping[str, Any]) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from a stored ETag / Last-Modified."""
    headers = {}
    if isinstance(entry.get("etag"), str):
        headers["If-None-Match"] = entry["etag"]
    if isinstance(entry.get("last_modified"), str):
        headers["If-Modified-Since"] = entry["last_modified"]
    return headers


def validators(headers: Mapping[str, str]) -> dict[str, str]:
    """The ETag and Last-Modified of an answer, under the names the state file uses."""
    kept = {}
    if headers.get("etag"):
        kept["etag"] = headers["etag"]
    if headers.get("last-modified"):
        kept["last_modified"] = headers["last-modified"]
    return kept


def _split(url: str) -> tuple[str, str, int, str]:
    """(scheme, ASCII host, port, path?query) of an http(s) URL, or a permanent FetchError."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        raise FetchError("not a valid URL", permanent=True) from None
    if scheme not in ("http", "https"):
        raise FetchError(f"not an http or https URL ({scheme or 'no'} scheme)", permanent=True)
    if not host:
        raise FetchError("URL has no host", permanent=True)
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError("host name is not valid", permanent=True) from None
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return scheme, host, port or (443 if scheme == "https" else 80), target


def _too_large(size: int, limit: int, how: str = "") -> str:
    amount = f"{how} {size / 1048576:.1f} MB" if how else f"{size / 1048576:.1f} MB"
    return (
        f"answer is {amount.strip()}, over the {limit / 1048576:.3g} MB limit (fetch.max_page_mb)"
    )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    text = str(reason).splitlines()[0] if str(reason) else type(exc).__name__
    return text.split("Failed to establish a new connection: ")[-1]  # not urllib3's object repr


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: object) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)
