"""Small helpers for the app's plain-text editors."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def replace_keeping_caret(editor: QPlainTextEdit, text: str) -> None:
    """Show *text* in *editor* without a textChanged signal, the caret and scroll kept.

    For text that changed elsewhere (another window, a command): the editor
    shows it, and the user's place in it stays where it was (or at the end).
    """
    position = editor.textCursor().position()
    scroll = editor.verticalScrollBar().value()
    editor.blockSignals(True)
    editor.setPlainText(text)
    editor.blockSignals(False)
    cursor = editor.textCursor()
    cursor.setPosition(min(position, len(text)))
    editor.setTextCursor(cursor)
    editor.verticalScrollBar().setValue(scroll)
