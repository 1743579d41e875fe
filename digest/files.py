"""Writing a file so that a reader sees its old bytes or its new ones, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMPORARY_SUFFIX = ".part"  # hidden `.NAME.*.part` files are what an interrupted write leaves


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a hidden temporary file beside `path`, then rename it over `path`.

    `durable` flushes the bytes to disk before the rename. Fetched pages need
    it (they are the only copy of what was downloaded); generated pages do not
    (the next build writes them again), and syncing thousands of them would
    cost a build seconds.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
