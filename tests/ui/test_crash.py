"""An unexpected error shows a dialog with the log path instead of dying silently."""

from __future__ import annotations

import logging
from pathlib import Path

from briefing_app.ui.crash import make_excepthook


def test_excepthook_logs_and_shows_the_log_path(qapp, caplog, tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    hook = make_excepthook(tmp_path / "briefing-app.log", show=lambda t, d: shown.append((t, d)))
    try:
        raise ValueError("boom in a slot")
    except ValueError as error:
        with caplog.at_level(logging.CRITICAL):
            hook(ValueError, error, error.__traceback__)
    ((text, details),) = shown
    assert "ValueError: boom in a slot" in text
    assert str(tmp_path / "briefing-app.log") in text
    assert "Traceback" in details and "raise ValueError" in details
    assert any("Unexpected error" in r.message for r in caplog.records)


def test_a_broken_dialog_does_not_crash_the_hook(qapp) -> None:
    def broken(_text: str, _details: str) -> None:
        raise RuntimeError("no display")

    hook = make_excepthook(None, show=broken)
    try:
        raise KeyError("x")
    except KeyError as error:
        hook(KeyError, error, error.__traceback__)  # must not raise
