"""A small exception hierarchy and the one warning channel of the build.

Per-document problems are warnings (one line naming the file; the document is
skipped and the build goes on). `--strict` turns any warning into a failing
exit. Exceptions are for problems that stop the whole build; the CLI turns them
into a one-line message, never a traceback.
"""

from __future__ import annotations

import logging

log = logging.getLogger("digest")


class DigestError(Exception):
    """Base class: a problem that stops the command."""


class ConfigError(DigestError):
    """The configuration (digest.yml, taxonomy, mkdocs.yml) is invalid."""


class BuildError(DigestError):
    """The site generator failed, or `--strict` found warnings."""


def warn_file(path: str, message: str) -> None:
    """The one-line warning for a source file that is skipped or degraded.

    File names may contain newlines or terminal escapes; they are shown escaped
    so a warning is always one line and cannot rewrite the terminal.
    """
    log.warning("%s: %s", one_line(path), one_line(message))


def one_line(text: str) -> str:
    """Control characters (newline, escape, ...) as visible escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


class WarningCounter(logging.Handler):
    """Counts (and keeps) the warnings logged during a build, for --strict.

    A warning logged with `extra=NOT_STRICT` is shown but not counted: it is
    about the machine, not the input (a discarded build cache changes nothing
    in the output, so it must not fail a --strict build).
    """

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "strict", True):
            self.messages.append(record.getMessage())


NOT_STRICT = {"strict": False}
