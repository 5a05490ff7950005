"""Light, dark or the system's palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#26282b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#2b2d31",
        QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2f3136",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#6fb3ff",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


#: Fusion draws frames a shade darker than the window: on a dark window they vanish.
DARK_STYLE = (
    "QLineEdit, QPlainTextEdit { border: 1px solid #55585e; border-radius: 3px; }"
    " QLineEdit { padding: 2px 4px; }"
    " QLineEdit:focus, QPlainTextEdit:focus { border-color: #3d7bd9; }"
    " QTextBrowser#markdownField { border: 1px solid #55585e; border-radius: 3px; }"
)


#: The application property naming the theme applied last (unset: none yet).
_APPLIED = "briefingTheme"


def apply_theme(app: QApplication, name: str) -> None:
    """Apply *name* ("system", "light" or "dark"); unknown names mean "system"."""
    applied = app.property(_APPLIED)
    app.setProperty(_APPLIED, name)
    if applied is None and name not in ("dark", "light"):
        # Nothing applied before: the system's palette is there. (Asking the style for
        # its own makes Python wrap QStyle and its many enums: 10-40 ms of a start.)
        return
    if name == "dark":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(dark_palette())
        app.setStyleSheet(DARK_STYLE)
        return
    app.setStyleSheet("")
    if name == "light":
        # Made only when used: a style is costly to make (most of a start's theme time).
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(fusion.standardPalette() if fusion is not None else QPalette())
    else:
        app.setPalette(app.style().standardPalette())
