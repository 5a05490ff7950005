"""Light, dark or the system's palette; focus and check boxes everyone can see."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

if TYPE_CHECKING:  # theme.AccessibleStyle still names it (see __getattr__)
    from briefing_app.ui.widgets.accessible_style import AccessibleStyle as AccessibleStyle

#: Check box and radio button outlines at 3:1 or more against the window and the base
#: colours (WCAG 1.4.11): Fusion draws them a shade off the window colour (about 2:1).
INDICATOR_OUTLINE = {"light": "#767676", "dark": "#8d9096"}


def __getattr__(name: str) -> object:
    """``theme.AccessibleStyle``: made on first use (ui/widgets/accessible_style.py)."""
    if name == "AccessibleStyle":
        from briefing_app.ui.widgets.accessible_style import AccessibleStyle

        return AccessibleStyle
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def show_focus(app: QApplication) -> None:
    """Wrap the system's style (the "system" theme) in :class:`AccessibleStyle`.

    Called once the window has painted: a style change repolishes every widget.
    """
    from briefing_app.ui.widgets.accessible_style import AccessibleStyle

    if isinstance(app.style(), AccessibleStyle):
        return
    base = QStyleFactory.create(app.style().name())
    if base is not None:
        app.setStyle(AccessibleStyle(base))
    readable_secondary_text(app)


#: WCAG 1.4.3: normal text against its background.
TEXT_CONTRAST = 4.5


def mute(widget: QWidget) -> None:
    """Show *widget*'s text as secondary (a hint, a save state, a value for reference).

    In the placeholder colour, which every theme keeps at 4.5:1 or more
    (:func:`readable_secondary_text`); never by disabling the widget, whose grey is
    about 1.6:1 on the window colour.
    """
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mixed(a: QColor, b: QColor, share_of_a: float) -> QColor:
    rest = 1 - share_of_a
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * rest,
        a.greenF() * share_of_a + b.greenF() * rest,
        a.blueF() * share_of_a + b.blueF() * rest,
    )


def readable_secondary_text(app: QApplication) -> None:
    """Raise the system palette's placeholder colour to 4.5:1 on the window and base
    colours when it is fainter (Qt's default is half-transparent text, about 4:1 on the
    window colour), keeping its hue: a shade nearer the text colour."""
    palette = app.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    seen = _mixed(placeholder, window, placeholder.alphaF())  # as drawn on the window
    seen.setAlphaF(1.0)
    if min(contrast(seen, window), contrast(seen, base)) >= TEXT_CONTRAST:
        return
    share = 0.5
    while share < 1.0:
        candidate = _mixed(text, window, share)
        if min(contrast(candidate, window), contrast(candidate, base)) >= TEXT_CONTRAST:
            break
        share += 0.05
    else:
        candidate = QColor(text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, candidate)
    app.setPalette(palette)


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
        QPalette.ColorRole.Highlight: "#2f69c0",  # white on it: 5.4:1 (was #3d7bd9, 4.2)
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


def light_palette(base: QPalette | None = None) -> QPalette:
    """Fusion's light palette, with selected text and placeholders at 4.5:1 or more."""
    palette = QPalette(base) if base is not None else QPalette()
    # Fusion's #308cc6 under white text is 3.7:1; its placeholder (half-transparent
    # black) about 4:1 on the window colour.
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a6fb0"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b6b6b"))
    return palette


def error_colour(palette: QPalette) -> QColor:
    """Error text on *palette*'s window colour, at 4.5:1 or more in either theme."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80" if dark else "#b3261e")


#: Fusion draws frames a shade darker than the window: on a dark window they vanish.
DARK_STYLE = (
    "QLineEdit, QPlainTextEdit { border: 1px solid #8d9096; border-radius: 3px; }"
    " QLineEdit { padding: 2px 4px; }"
    " QLineEdit:focus, QPlainTextEdit:focus { border-color: #3d7bd9; }"
    " QTextBrowser#markdownField { border: 1px solid #8d9096; border-radius: 3px; }"
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
    from briefing_app.ui.widgets.accessible_style import AccessibleStyle

    if name == "dark":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(AccessibleStyle(fusion, INDICATOR_OUTLINE["dark"]))
        app.setPalette(dark_palette())
        app.setStyleSheet(DARK_STYLE)
        return
    app.setStyleSheet("")
    if name == "light":
        # Made only when used: a style is costly to make (most of a start's theme time).
        fusion = QStyleFactory.create("Fusion")
        palette = light_palette(fusion.standardPalette() if fusion is not None else None)
        if fusion is not None:  # the proxy owns the base style from here on
            app.setStyle(AccessibleStyle(fusion, INDICATOR_OUTLINE["light"]))
        app.setPalette(palette)
    else:
        style = app.style()
        if isinstance(style, AccessibleStyle):
            style.outline = None  # the system's own outlines with its own colours
        app.setPalette(style.standardPalette())
        readable_secondary_text(app)
