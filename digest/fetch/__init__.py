"""`digest fetch`: bring new articles from feeds, sitemaps and single URLs into content/.

One run: read the state; ask every feed and sitemap whether it changed
(conditional requests); collect the article URLs not fetched before (deduped
by normalised URL, too old ones left out); download at most `max_pages` of
them, newest first, each stored atomically with its sidecar; record each in
the state as it lands. A feed's validators are stored only once every entry
it listed was dealt with, so an interrupted run, or one cut short by
`max_pages`, reads that feed again next time and carries on where it stopped.

Modules: `settings` (the `fetch:` block), `http` (the polite, safe client),
`feeds` and `sitemaps` (discovery), `pages` (HTML check, canonical URL),
`store` (files, sidecars, state), `progress` (the terminal bar).
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from digest.errors import ConfigError, log, one_line
from digest.fetch.entries import DiscoveryError, Entry
from digest.fetch.http import Client, FetchError, Response, conditional_headers, validators
from digest.fetch.progress import Progress
from digest.fetch.settings import FetchSettings, SourceSpec, parse_fetch_settings
from digest.fetch.store import (
    FetchState,
    clean_leftovers,
    load_state,
    save_state,
    store_page,
    url_key,
    utc_stamp,
)

__all__ = ["FetchSettings", "FetchSummary", "fetch", "parse_fetch_settings"]

MAX_CHILD_SITEMAPS = 50  # per sitemap index, newest first: an archive of years is not news
MAX_INDEX_DEPTH = 2
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
SITEMAP_ACCEPT = "application/xml, text/xml;q=0.9, application/gzip;q=0.8, */*;q=0.1"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass(frozen=True)
class FetchSummary:
    """What a run did: pages written, feeds and sitemaps that had not changed, failures."""

    new: int
    unchanged: int
    failed: int
    would_fetch: tuple[str, ...] = ()  # --dry-run: the URLs a real run would download
    written: tuple[Path, ...] = ()

    def line(self) -> str:
        return f"{self.new} new, {self.unchanged} unchanged feeds, {self.failed} failed"


@dataclass
class _Run:
    """The mutable bookkeeping of one run (kept out of the frozen results)."""

    settings: FetchSettings
    client: Client
    state: FetchState
    cutoff: datetime.datetime | None
    say: Callable[[str, str], None]
    candidates: dict[str, Entry] = field(default_factory=dict)
    covers: dict[str, set[str]] = field(default_factory=dict)  # source -> url keys it listed
    finished: dict[str, dict[str, Any]] = field(default_factory=dict)  # source -> new state
    visited: set[str] = field(default_factory=set)
    unchanged: int = 0
    failed: int = 0


def fetch(
    config: Any,
    *,
    dry_run: bool = False,
    progress: bool | None = None,
    out: TextIO | None = None,
    now: datetime.datetime | None = None,
) -> FetchSummary:
    """Run `digest fetch` for a loaded configuration (`digest.config.Config`).

    `progress` forces the bar on or off (default: on when stderr is a terminal
    and info messages are shown). With `dry_run` the feeds are read but no
    page is downloaded and nothing is written: the URLs that would be fetched
    go to `out` (stdout), one a line.
    """
    raw = getattr(config, "fetch", None)
    if raw is None:
        raise ConfigError(
            "digest.yml has no 'fetch:' block: list feeds, sitemaps or pages to fetch "
            "(see the README, section `digest fetch`)"
        )
    settings = parse_fetch_settings(raw)
    folder = _folder(config.content_dir, settings.folder)
    now = now or datetime.datetime.now(datetime.UTC)
    state = load_state(folder)
    if not dry_run:
        clean_leftovers(folder)
    show = progress if progress is not None else _terminal()
    bar = Progress(enabled=show)

    def say(url: str, problem: str) -> None:
        bar.clear()
        log.warning("%s: %s", one_line(url), one_line(problem))

    client = Client(
        delay_seconds=settings.delay_seconds,
        timeout_seconds=settings.timeout_seconds,
        max_bytes=settings.max_bytes,
        allow_private=settings.allow_private_addresses,
        robots_cache=state.robots,
        now=lambda: now,
    )
    cutoff = now - datetime.timedelta(days=settings.max_age_days) if settings.max_age_days else None
    run = _Run(settings=settings, client=client, state=state, cutoff=cutoff, say=say)
    try:
        for spec in settings.feeds:
            _discover(run, spec, "feed", 0)
        for spec in settings.sitemaps:
            _discover(run, spec, "sitemap", 0)
        for spec in settings.pages:
            _add(run, Entry(url=spec.url, source="fetch.pages", publisher=spec.publisher))
        queue = sorted(run.candidates.items(), key=_newest_first)
        todo, later = queue[: settings.max_pages], queue[settings.max_pages :]
        if later:
            log.info(
                "fetch: max_pages (%d) reached; %d more pages wait for the next run",
                settings.max_pages,
                len(later),
            )
        if dry_run:
            return _dry_run(run, todo, out or sys.stdout)
        written, deferred = _download(run, folder, todo, bar, now)
        _finish_sources(run, {k for k, _e in later} | deferred)
        save_state(folder, state)
    finally:
        bar.clear()
        client.close()
    summary = FetchSummary(
        new=len(written), unchanged=run.unchanged, failed=run.failed, written=tuple(written)
    )
    log.info("fetch: %s", summary.line())
    return summary


def _dry_run(run: _Run, todo: list[tuple[str, Entry]], out: TextIO) -> FetchSummary:
    """List the pages a real run would download (robots.txt and addresses checked)."""
    listed = []
    for _key, entry in todo:
        refusal = run.client.refusal(entry.url)
        if refusal:
            log.info("fetch (dry run): %s would be skipped: %s", one_line(entry.url), refusal)
            continue
        out.write(entry.url + "\n")
        listed.append(entry.url)
    log.info(
        "fetch (dry run): %d pages would be fetched, %d unchanged feeds, %d failed",
        len(listed),
        run.unchanged,
        run.failed,
    )
    return FetchSummary(
        new=0, unchanged=run.unchanged, failed=run.failed, would_fetch=tuple(listed)
    )


def _folder(content_dir: Path, name: str) -> Path:
    """content/<folder>, refused if a symbolic link would put it outside the content folder."""
    folder = content_dir / name
    resolved = folder.resolve()
    root = content_dir.resolve()
    if resolved != root and root not in resolved.parents:
        raise ConfigError(f"fetch.folder: {folder} leads outside the content folder; refused")
    return folder


def _terminal() -> bool:
    return sys.stderr.isatty() and log.isEnabledFor(logging.INFO)


def _newest_first(item: tuple[str, Entry]) -> tuple[int, float]:
    moment = item[1].moment
    return (1, 0.0) if moment is None else (0, -moment.timestamp())


def _discover(run: _Run, spec: SourceSpec, kind: str, depth: int) -> None:
    """Ask a feed or sitemap for its entries (conditionally) and add the new ones."""
    url = spec.url
    if url in run.visited:
        return
    run.visited.add(url)
    stored = run.state.sources.get(url)
    stored = stored if isinstance(stored, dict) else {}
    accept = FEED_ACCEPT if kind == "feed" else SITEMAP_ACCEPT
    try:
        answer = run.client.get(url, {"Accept": accept, **conditional_headers(stored)})
    except FetchError as exc:
        if exc.deferred:
            log.info("fetch: %s: %s", one_line(url), one_line(str(exc)))
        else:
            run.say(url, f"{kind} not read: {exc}")
            run.failed += 1
        return
    fingerprint = hashlib.sha256(answer.body).hexdigest() if answer.status == 200 else None
    if answer.status == 304 or (fingerprint and fingerprint == stored.get("sha256")):
        run.unchanged += 1
        log.debug("fetch: %s unchanged", one_line(url))
        if answer.status == 200:
            run.finished[url] = {**stored, **validators(answer.headers)}
        for child in stored.get("children") or ():
            if isinstance(child, str) and depth < MAX_INDEX_DEPTH:
                _discover(run, SourceSpec(child, spec.publisher), "sitemap", depth + 1)
        return
    record: dict[str, Any] = {**validators(answer.headers), "sha256": fingerprint}
    try:
        entries, children = _parse(run, answer, kind, spec)
    except DiscoveryError as exc:
        run.say(url, str(exc))
        run.failed += 1
        return
    if children:
        record["children"] = children
    run.finished[url] = record
    run.covers[url] = set()
    for entry in entries:
        key = _add(run, entry)
        if key:
            run.covers[url].add(key)
    for child in children:
        if depth < MAX_INDEX_DEPTH:
            _discover(run, SourceSpec(child, spec.publisher), "sitemap", depth + 1)
        else:
            run.say(child, "sitemap index nested too deep, not followed")


def _parse(
    run: _Run, answer: Response, kind: str, spec: SourceSpec
) -> tuple[tuple[Entry, ...], list[str]]:
    if kind == "feed":
        from digest.fetch.feeds import parse_feed

        return parse_feed(answer.body, answer.url, answer.content_type, spec.publisher), []
    from digest.fetch.sitemaps import parse_sitemap

    sitemap = parse_sitemap(answer.body, answer.url, run.settings.max_bytes, spec.publisher)
    children = [
        (loc, _moment(lastmod))
        for loc, lastmod in sitemap.children
        if not _too_old(run, _moment(lastmod))
    ]
    children.sort(key=lambda c: (c[1] is None, -(c[1].timestamp() if c[1] else 0.0)))
    return sitemap.entries, [loc for loc, _m in children[:MAX_CHILD_SITEMAPS]]


def _moment(date: str | None) -> datetime.datetime | None:
    return Entry(url="", source="", date=date).moment


def _too_old(run: _Run, moment: datetime.datetime | None) -> bool:
    return run.cutoff is not None and moment is not None and moment < run.cutoff


def _add(run: _Run, entry: Entry) -> str | None:
    """Queue an entry unless it is old, known or already queued; returns its URL key."""
    if _too_old(run, entry.moment):
        log.debug("fetch: %s older than max_age_days, skipped", one_line(entry.url))
        return None
    key = url_key(entry.url)
    if run.state.known(key) or key in run.candidates:
        return key
    run.candidates[key] = entry
    return key


def _download(
    run: _Run,
    folder: Path,
    todo: list[tuple[str, Entry]],
    bar: Progress,
    now: datetime.datetime,
) -> tuple[list[Path], set[str]]:
    """Download each queued page, store it with its sidecar, record it.

    Returns the new files, and the keys of pages left for the next run because
    their site's robots.txt asks for a longer pause than a run waits.
    """
    from digest.fetch.pages import canonical_url, html_problem

    state = run.state
    written: list[Path] = []
    deferred: set[str] = set()
    bar.start(len(todo))
    for number, (key, entry) in enumerate(todo, 1):
        bar.update(number, entry.url)
        try:
            answer = run.client.get(entry.url, {"Accept": PAGE_ACCEPT})
            if answer.status != 200:
                raise FetchError(f"unexpected HTTP {answer.status}")
            problem = html_problem(answer.content_type, answer.body)
            if problem:
                raise FetchError(problem, permanent=True)
        except FetchError as exc:
            if exc.deferred:
                bar.clear()
                log.info("fetch: %s: %s", one_line(entry.url), one_line(str(exc)))
                deferred.add(key)
                continue
            if exc.disallowed:  # the site's wish, not a failure: said, not warned
                bar.clear()
                log.info("fetch: %s skipped: %s", one_line(entry.url), one_line(str(exc)))
            else:
                run.say(entry.url, f"not fetched: {exc}")
                run.failed += 1
            if exc.permanent:
                state.skipped[key] = str(exc)
            save_state(folder, state)
            continue
        final = url_key(answer.url)
        canonical = canonical_url(answer.body, answer.url)
        keys = dict.fromkeys(k for k in (key, final, canonical and url_key(canonical)) if k)
        twin = next((state.fetched[k] for k in keys if k != key and k in state.fetched), None)
        if twin is not None:
            log.info("fetch: %s is %s, fetched before", one_line(entry.url), one_line(twin))
            for k in keys:
                state.fetched.setdefault(k, twin)
            save_state(folder, state)
            continue
        meta = {
            "url": answer.url,
            "title": entry.title,
            "publisher": entry.publisher,
            "author": entry.author,
            "date": entry.date,
            "tags": entry.tags,
            "fetched": utc_stamp(now),
        }
        path = store_page(folder, answer.url, answer.body, meta)
        relative = path.relative_to(folder).as_posix()
        for k in keys:
            state.fetched[k] = relative
        written.append(path)
        save_state(folder, state)
        log.debug("fetch: %s -> %s", one_line(answer.url), relative)
    bar.clear()
    return written, deferred


def _finish_sources(run: _Run, left: set[str]) -> None:
    """Keep validators of the sources whose every entry was dealt with; drop forgotten ones.

    A source with an entry still waiting (max_pages) keeps its old validators,
    so the next run reads it in full again rather than getting a 304.
    """
    sources: dict[str, dict[str, Any]] = {}
    for url in sorted(run.visited):
        if url in run.finished and not (run.covers.get(url, set()) & left):
            sources[url] = {k: v for k, v in run.finished[url].items() if v is not None}
        elif isinstance(run.state.sources.get(url), dict):
            sources[url] = run.state.sources[url]
    run.state.sources = sources
    used = run.client.robots_origins()
    for origin in [o for o in run.state.robots if o not in used]:
        del run.state.robots[origin]  # a host not asked this run: its copy would only go stale
