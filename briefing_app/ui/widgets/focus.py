"""Where the keyboard focus starts: the first control of a view, not the tab bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


def first_control(view: QWidget) -> QWidget | None:
    """The first control under *view* that Tab reaches (shown, enabled, taking Tab focus)."""
    widget = view.nextInFocusChain()
    while widget is not view and widget is not None:
        if (
            view.isAncestorOf(widget)
            and widget.isVisibleTo(view.window())
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
        if widget is view.window():
            break
    return None


def focus_first_control(view: QWidget | None) -> None:
    """Put the focus on *view*'s first control (the Sessions tab's search box).

    A window's focus otherwise starts on its first control in the chain: the tab bar,
    where Fusion shows no mark until a key was pressed.
    """
    control = first_control(view) if view is not None else None
    if control is not None:
        control.setFocus(Qt.FocusReason.OtherFocusReason)


class _EscapeClears(QObject):
    """Escape in a view's search box with text in it empties the box, as in a browser."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            isinstance(watched, QLineEdit)
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and watched.text()
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the box takes Escape while it has text to clear
                return False
            watched.clear()
            return True
        return super().eventFilter(watched, event)


def escape_clears(edit: QLineEdit) -> None:
    """Make Escape empty *edit* (a view's search or filter box) when it has text."""
    edit.installEventFilter(_EscapeClears(edit))
