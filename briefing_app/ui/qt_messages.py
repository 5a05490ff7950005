"""Where Qt's own messages go once the window runs: Qt's C++ handler, never Python.

Why (see docs/architecture.md, "Qt's messages and the GIL"): PySide calls a Python
message handler (``qInstallMessageHandler``) on whatever thread Qt emits from, taking
the GIL first, and Qt emits some messages while it holds its own locks: the font
database writes "OpenType support missing for …" while it holds its mutex. Most PySide
calls do *not* release the GIL (PySide releases it only for calls marked
``allow-thread``, such as ``exec()`` and ``processEvents()``), so the GUI thread holds
it while ``QProgressBar.setValue`` repaints the bar and measures its text, which takes
that same font mutex. A worker laying out the briefing pack then waits for the GIL
inside the font lock and the GUI thread waits for the font lock holding the GIL: the
window hangs for good (seen in a test run; reproduced in
``tests/ui/test_qt_messages.py``).

So the Python handler (:func:`briefing_app.ui.app.route_qt_messages`) covers only the
start, while the GUI thread is the only one running Qt code (a platform that cannot
start is said in one line there). Before the window opens, :func:`hand_to_qt` puts
Qt's own C++ handler back: it needs no GIL, and it writes to stderr in
:data:`MESSAGE_PATTERN` (time, kind, category). :data:`QUIET_RULES` switch off, in Qt
itself, the notes nobody can act on, so no handler of any kind (pytest-qt's, in the
tests, is a Python one too) is called from inside the font lock.
"""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory, qInstallMessageHandler, qSetMessagePattern

#: Qt's logging rules the app sets (``QT_LOGGING_RULES`` in the environment still wins):
#: the font database's notes ("OpenType support missing for "DejaVu Sans", script 11":
#: Qt shapes the text with a fallback font) are written while Qt holds its font lock.
QUIET_RULES = "qt.text.font.db.info=false\nqt.text.font.db.debug=false"

#: How Qt's C++ handler writes a message (``QT_MESSAGE_PATTERN`` in the environment wins).
MESSAGE_PATTERN = (
    "%{time yyyy-MM-dd hh:mm:ss,zzz} briefing-app qt %{type}"
    "%{if-category} (%{category})%{endif}: %{message}"
)


def quiet_qt_notes() -> None:
    """Switch off, in Qt, the notes it writes while holding its font lock (idempotent)."""
    QLoggingCategory.setFilterRules(QUIET_RULES)


def hand_to_qt() -> None:
    """From now on Qt's messages go through Qt's C++ handler to stderr, not through Python.

    Call it on the GUI thread once the QApplication exists and before any worker starts.
    """
    quiet_qt_notes()
    qInstallMessageHandler(None)  # Qt's default handler: C++, no GIL
    qSetMessagePattern(MESSAGE_PATTERN)  # QT_MESSAGE_PATTERN, when set, wins (Qt's rule)
