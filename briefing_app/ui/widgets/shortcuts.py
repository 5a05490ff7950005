"""Keyboard shortcuts the platform's standard keys leave out."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

#: Settings everywhere: the platform's Preferences key has no binding on Linux or Windows.
SETTINGS_KEY = "Ctrl+,"


def preferences_shortcuts() -> list[QKeySequence]:
    """Ctrl+, first (the menu shows the first), then the platform's own Preferences keys.

    ``QKeySequence.StandardKey.Preferences`` is Cmd+, on macOS (which Qt spells
    Ctrl+,) and nothing on Linux and Windows, where a shortcut set from it alone
    does nothing and the menu shows none.
    """
    ours = QKeySequence(SETTINGS_KEY)
    keys = [ours]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
