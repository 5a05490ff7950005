"""The one place errors and sync summaries reach the user: a dismissable banner.

A failed sync, a failed import, a store that could not be written: each shows
here with its cause and, where trying again makes sense, a Retry button.
Sync summaries show here too, with a button that opens the change list. The
banner never blocks: the window stays usable under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

Kind = Literal["error", "info"]

_STYLES = {
    "error": "QFrame#messageBanner { background: #fdecea; border: 1px solid #e0a39a;"
    " border-radius: 4px; } QFrame#messageBanner QLabel { color: #5f2120; }"
    # Its ✕ too: the dark theme's light text was near-invisible on the pale red.
    " QFrame#messageBanner QToolButton { color: #5f2120; }",
    "info": "QFrame#messageBanner { background: palette(alternate-base);"
    " border: 1px solid palette(mid); border-left: 4px solid palette(highlight);"
    " border-radius: 4px; }",
}


class MessageBanner(QFrame):
    """Shows one message at a time; a newer one replaces it.

    Signals:
        dismissed(): the user closed the banner.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(self.tr("Message"))
        self.kind: Kind = "info"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Message text"))
        layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._button_row = QHBoxLayout()
        layout.addLayout(self._button_row)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss (Esc)"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(
        self,
        text: str,
        kind: Kind = "info",
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
    ) -> None:
        """Show *text*; each action is a button that runs its callback and closes the banner."""
        self.kind = kind
        self.setStyleSheet(_STYLES[kind])
        self.label.setText(text)
        self.setAccessibleDescription(text)
        for button in self._buttons:
            self._button_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop's next turn
            button.deleteLater()
        self._buttons = []
        for label, callback in actions:
            self.add_action(label, callback)
        self.show()

    def add_action(self, label: str, callback: Callable[[], object]) -> None:
        """One more button on the message shown: runs *callback* and closes the banner."""
        button = QPushButton(label)
        button.setAccessibleName(label)
        button.clicked.connect(lambda _checked=False, run=callback: self._run(run))
        self._button_row.addWidget(button)
        self._buttons.append(button)

    def _run(self, callback: Callable[[], object]) -> None:
        self.hide()
        callback()

    def button(self, label: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == label), None)

    def text(self) -> str:
        """The message shown ("" once dismissed)."""
        return "" if self.isHidden() else self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
