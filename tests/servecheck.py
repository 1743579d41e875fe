"""A real `digest serve` process on a free loopback port, stopped however the test ends."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import REPO


def free_port() -> int:
    """A port nobody listens on now (the server binds it a moment later)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(
    project: Path, *options: str, stdout: int | None = None
) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`digest serve` on the project, with its process and port; terminated on exit."""
    port = free_port()
    address = f"127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "digest",
            "serve",
            *options,
            "--root",
            str(project),
            "--dev-addr",
            address,
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL if stdout is None else stdout,
        stderr=subprocess.PIPE if stdout is None else subprocess.DEVNULL,
        text=True,
    )
    try:
        yield server, port
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
