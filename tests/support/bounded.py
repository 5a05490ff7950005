"""Running a command under test without letting it hang the suite (there is no pytest-timeout)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from briefing_app.cli.main import main


def run_bounded(
    work: Callable[[], Any], guard: float, *, unblock: Callable[[], None] | None = None
) -> tuple[Any, float]:
    """Run *work* in a thread: (its result or the exception it raised, seconds taken).

    If it is still running after *guard* seconds the test fails ("it hangs"),
    after *unblock* (if given) had a chance to release it.
    """
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:
            outcome.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(guard)
    elapsed = time.monotonic() - started
    if thread.is_alive():
        if unblock is not None:
            unblock()
            thread.join(guard)
        pytest.fail(f"still running after {guard:g} s: it hangs")
    return outcome[0], elapsed


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``briefing-app ARGV`` in this process: (exit code, stdout, stderr)."""
    try:
        code = main(list(argv), setup_logs=False)
    except SystemExit as exc:  # argparse's own errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
