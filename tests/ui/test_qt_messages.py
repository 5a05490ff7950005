"""Qt's messages cannot deadlock the window (ui/qt_messages.py).

A Python message handler runs with the GIL on whatever thread Qt writes from, and Qt's
font database writes notes while it holds its font lock; the GUI thread holds the GIL
while ``QProgressBar.setValue`` repaints and waits for that lock. Each run is a child
process with a timeout: a deadlock cannot be interrupted from inside.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "support" / "pack_while_painting.py"
#: A 100-session pack takes ~3 s here alone; a loaded machine is given far more.
TIMEOUT_S = 120


def _run(folder: Path, mode: str, **env: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, str(SCRIPT), str(folder), mode],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{mode}: the pack and the painted progress bar deadlocked")


@pytest.mark.slow
def test_the_window_writes_a_pack_while_it_paints_progress(tmp_path: Path) -> None:
    """Routed as run_gui routes them, Qt's messages need no GIL: this hung before."""
    result = _run(tmp_path, "window")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("done ")
    assert "OpenType support missing" not in result.stderr  # a note, switched off in Qt


@pytest.mark.slow
def test_a_python_handler_is_not_called_from_inside_the_font_lock(tmp_path: Path) -> None:
    """pytest-qt's capture (a Python handler) stays in the suite: the quiet rules keep
    Qt's font notes from reaching any handler, so the pack tests cannot hang on it."""
    result = _run(tmp_path, "python-handler")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("done ")
    assert "qt: OpenType support missing" not in result.stderr


def test_after_the_start_qt_writes_its_own_messages(tmp_path: Path) -> None:
    """Qt's handler, in the app's pattern: time, kind, category, message."""
    code = (
        "from PySide6.QtCore import QLoggingCategory, qCWarning\n"
        "from briefing_app.ui.app import route_qt_messages, window_application\n"
        "route_qt_messages()\n"
        "app = window_application()\n"
        "qCWarning(QLoggingCategory('briefing.test'), 'a warning after the start')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    line = result.stderr.splitlines()[-1]
    assert line.endswith(" briefing-app qt warning (briefing.test): a warning after the start")
