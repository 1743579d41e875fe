"""gzip data from outside (a compressed source, a compressed sitemap), unpacked with a cap.

A few kilobytes can inflate to gigabytes, so the output is capped as it is made:
what is over the cap is never held whole. Members written one after another are
all read and zero padding after the last is allowed, as `gzip` reads them.
"""

from __future__ import annotations

import gzip
import io
import zlib


class GzipProblem(Exception):
    """gzip data that cannot be used; the message says why in a few words."""


class GzipTooLarge(GzipProblem):
    """gzip data that unpacks to more than the cap."""


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """The unpacked bytes of `data`, at most `max_bytes` of them.

    Raises GzipTooLarge when there would be more, and GzipProblem when the data is
    not gzip ("not valid gzip data") or ends before its last member does ("gzip data
    cut short").
    """
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as archive:
            out = archive.read(max_bytes + 1)
    except EOFError:
        raise GzipProblem("gzip data cut short") from None
    except (OSError, zlib.error):
        raise GzipProblem("not valid gzip data") from None
    if len(out) > max_bytes:
        raise GzipTooLarge(f"over {max_bytes / 1e6:.1f} MB once unpacked")
    return out
