"""The range of dates a page may carry: 1970 to 2106.

A date ends up in places with fixed-width time fields: the build's
SOURCE_DATE_EPOCH becomes the modification time in the gzip header of
`sitemap.xml.gz` (an unsigned 32-bit count of seconds since 1970, so from
1970-01-01 up to 2106-02-07), and Atom and JSON feeds carry RFC 3339 dates.
A date outside that range in a sidecar or a page is a typo or an attack
("date: 9999-12-31"); it is refused with a warning rather than allowed to stop
the build when MkDocs writes the sitemap.
"""

from __future__ import annotations

EARLIEST = "1970-01-01"
LATEST = "2106-02-06"  # the last whole day an unsigned 32-bit epoch reaches
MAX_EPOCH = 2**32 - 1


def in_range(iso: str) -> bool:
    """Whether an ISO 8601 date or datetime falls on a day from EARLIEST to LATEST."""
    return EARLIEST <= iso[:10] <= LATEST


def range_problem(iso: str) -> str | None:
    """The warning text for a date outside the range, or None when it is inside."""
    if in_range(iso):
        return None
    return f"date {iso[:10]} is outside {EARLIEST[:4]}..{LATEST[:4]}"


def clamp_epoch(seconds: int) -> int:
    """Seconds since 1970 brought into what a 32-bit unsigned time field holds."""
    return min(max(seconds, 0), MAX_EPOCH)
