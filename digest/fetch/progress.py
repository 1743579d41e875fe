"""A one-line progress bar on stderr, for people watching `digest fetch` in a terminal.

Off when stderr is not a terminal (CI logs, pipes, tests) or with -q. A
warning clears the bar first, so messages are never drawn over it.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

_WIDTH = 24


class Progress:
    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.total = 0
        self._drawn = False

    def start(self, total: int) -> None:
        self.total = total

    def update(self, done: int, label: str) -> None:
        """Show `done` of `total`; `done` counts the item now in progress."""
        if not self.enabled or not self.total:
            return
        filled = round(_WIDTH * (done - 1) / self.total)
        columns = shutil.get_terminal_size((80, 20)).columns
        head = f"fetch [{'#' * filled}{'.' * (_WIDTH - filled)}] {done}/{self.total} "
        room = max(columns - len(head) - 1, 0)
        shown = "".join(ch for ch in label if ch.isprintable())
        if len(shown) > room:
            shown = "…" + shown[-(room - 1) :] if room > 1 else ""
        self.stream.write("\r\x1b[K" + head + shown)
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
