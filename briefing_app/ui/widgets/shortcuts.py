"""Keyboard shortcuts the platform's standard keys leave out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

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


class ActionKeysFirst(QObject):
    """An event filter: *actions*' keys trigger them even in a text field that takes them.

    A ``QLineEdit`` claims Ctrl+E ("end of line", the X11 key bindings) before the window's
    shortcuts see it: File › Export did nothing from the search box. Installed on a field,
    this declines the field's claim (``ShortcutOverride``) for those keys only, so the
    shortcut runs; every other key (Ctrl+A, Ctrl+Z…) stays the field's.
    """

    def __init__(self, actions: Sequence[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = list(actions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for action in self.actions:
                if action.isEnabled() and any(
                    key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()
                ):
                    event.ignore()
                    return True  # not the field's: the shortcut map runs the action
        return super().eventFilter(watched, event)
