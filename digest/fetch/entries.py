"""What discovery hands to the downloader: one frozen record per article URL."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """An article a feed, a sitemap or the configuration points at, with what it says about it."""

    url: str
    source: str  # the feed, sitemap or configuration entry it came from
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO 8601, as it goes into the sidecar
    tags: tuple[str, ...] = ()

    @property
    def moment(self) -> datetime.datetime | None:
        """The date as an aware datetime (UTC when the source gave no zone), for age checks."""
        if not self.date:
            return None
        try:
            moment = datetime.datetime.fromisoformat(self.date.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


class DiscoveryError(Exception):
    """A feed or sitemap that cannot be read; the message is one line for a warning."""


def iso_from_parts(value: object) -> str | None:
    """An ISO 8601 timestamp from a date string in any of the common feed formats, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if len(text) == 10 and moment.tzinfo is None and text[4] == "-":
        return moment.date().isoformat()  # a plain day stays a day
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def one_line_field(value: object) -> str | None:
    """One line of plain text from a feed field, or None if there is none."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
