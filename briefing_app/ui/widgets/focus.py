"""Where the keyboard focus starts: the first control of a view, not the tab bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


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
