"""Accessibility walkers the tests share (issue 17): names, focus order, contrast, clipping.

Each walker takes a shown widget (the main window, a dialog) and reports what a user of
a screen reader or of the keyboard alone would miss, as readable lines a test asserts
empty. :func:`every_view` and :func:`every_dialog` open what the app has.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow

#: The kinds of widget a user operates (and a screen reader must name).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
)


def _internal(widget: QWidget) -> bool:
    """A part Qt builds inside a control: named (or hidden) through the control itself."""
    if widget.objectName().startswith("qt_") or isinstance(widget, (QScrollBar, QHeaderView)):
        return True  # a view's header is named section by section (its model's headerData)
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True  # the editor of a spin box, date edit or editable combo box
    if isinstance(widget, QToolButton) and isinstance(parent, QLineEdit):
        return True  # a line edit's clear button (not focusable: Esc or Ctrl+A, Del)
    if isinstance(widget, QToolButton) and isinstance(parent, QTabBar):
        return True  # the tab bar's scroll arrows (Qt names them)
    # A combo box's popup list (its container is a private QFrame subclass).
    return parent is not None and type(parent).__name__ == "QComboBoxPrivateContainer"


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and (widget is root or widget.isVisibleTo(root))


def interactive_controls(root: QWidget) -> list[QWidget]:
    """The controls under *root* (itself included) a user can see and operate."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if isinstance(widget, INTERACTIVE) and shown(widget, root) and not _internal(widget)
    ]


def accessible_name(widget: QWidget | QMenu) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""


def accessible_description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Description) if iface is not None else ""


def _says_something(name: str) -> bool:
    """A name a screen reader can speak: words, not only a glyph (★, ✕, ◀) or dots."""
    return bool(re.search(r"\w\w", name))


def describe(widget: QWidget) -> str:
    """Where a widget is, for a failure message: its class, text and parents."""
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        label = type(current).__name__
        if current.objectName():
            label += f"#{current.objectName()}"
        parts.append(label)
        current = current.parentWidget()
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit, QLabel)) else ""
    return f"{' < '.join(parts)} text={text!r} tooltip={widget.toolTip()!r}"


def nameless_controls(root: QWidget) -> list[str]:
    """Controls under *root* a screen reader would announce by role alone."""
    found = []
    for widget in interactive_controls(root):
        name = accessible_name(widget)
        if not _says_something(name):
            found.append(f"{describe(widget)} name={name!r}")
        elif isinstance(widget, QAbstractButton) and not widget.text() and not widget.toolTip():
            found.append(f"{describe(widget)}: an icon-only button without a tooltip")
    return found + nameless_header_sections(root)


def nameless_header_sections(root: QWidget) -> list[str]:
    """Shown column headers of views under *root* that have no title to speak."""
    found = []
    for view in interactive_controls(root):
        if not isinstance(view, QAbstractItemView) or view.model() is None:
            continue
        header = getattr(view, "horizontalHeader", getattr(view, "header", None))
        if header is None or not callable(header) or header() is None or header().isHidden():
            continue
        model = view.model()
        for section in range(model.columnCount()):
            if header().isSectionHidden(section):
                continue
            texts = [
                model.headerData(section, Qt.Orientation.Horizontal, role)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            ]
            if not any(isinstance(t, str) and _says_something(t) for t in texts):
                found.append(f"{describe(view)}: column {section} has no title ({texts})")
    return found


def labels_hiding_their_text(root: QWidget) -> list[str]:
    """Shown text labels under *root* whose accessible name replaces what they say.

    A label's name is what a screen reader reads for it (Orca read "What to do first"
    for the first-run panel's instructions): a label's text must be its name; a
    word of context belongs in its description.
    """
    found = []
    for label in root.findChildren(QLabel):
        if not shown(label, root) or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        text = re.sub(r"<[^>]+>", "", label.text()).replace("&", "").strip()
        if not text:
            continue
        name = accessible_name(label)
        if text[:20].casefold() not in name.casefold():
            found.append(f"{describe(label)}: read as {name!r}, shows {text[:40]!r}")
    return found


def unlabelled_combo_boxes(root: QWidget) -> list[str]:
    """Shown combo boxes under *root* a screen reader on Linux announces by value alone.

    On Linux Qt gives a combo box its current text as its name (what it is comes from
    a label whose buddy it is): without one, its description (or tooltip) says it.
    """
    labelled = {id(label.buddy()) for label in root.window().findChildren(QLabel) if label.buddy()}
    return [
        f"{describe(combo)} (named {combo.accessibleName()!r}, which Linux does not read)"
        for combo in interactive_controls(root)
        if isinstance(combo, QComboBox)
        and id(combo) not in labelled
        and not accessible_description(combo).strip()
    ]


# ---- menus -----------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter after a single & in *text* (lower case), or None."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).lower() if match else None


def menu_problems(menus: list[QMenu]) -> list[str]:
    """Menu items without a mnemonic or shortcut, and mnemonics used twice in one menu."""
    found = []
    for menu in menus:
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            text = action.text()
            letter = mnemonic(text)
            if letter is None and action.shortcut().isEmpty():
                found.append(f"{menu.title()!r} › {text!r}: no mnemonic and no shortcut")
            if letter is not None:
                if letter in seen:
                    found.append(
                        f"{menu.title()!r}: &{letter} in both {seen[letter]!r} and {text!r}"
                    )
                seen[letter] = text
    return found


def mnemonic_problems(
    root: QWidget, *, letters_needed: bool = True, also: tuple[str, ...] = ()
) -> list[str]:
    """Labels that name a control (a buddy) without an Alt+letter to reach it (unless not
    *letters_needed*), and letters after & used twice among the shown buttons, labels
    and tabs of *root* and the texts *also* (the menu bar's titles, for a view: Alt+letter
    there is one set)."""
    seen: dict[str, str] = {}
    found = []
    texts = list(also)
    for widget in root.findChildren(QWidget):
        if not shown(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            if letters_needed and mnemonic(widget.text()) is None:
                found.append(f"{describe(widget)}: names {describe(widget.buddy())} with no &")
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen and seen[letter] != text:
            found.append(f"&{letter} in both {seen[letter]!r} and {text!r}")
        seen[letter] = text
    return found


# ---- focus ------------------------------------------------------------------------


def focusable(root: QWidget) -> list[QWidget]:
    """The controls under *root* that Tab should reach (shown, enabled, taking Tab focus)."""
    return [
        widget
        for widget in interactive_controls(root)
        if widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    ]


def focus_chain(root: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from *start* until focus comes back to it (or *limit* steps).

    Focus that never returns to *start* (a trap, or a dialog that lets it out) leaves
    a chain of *limit* widgets, which callers assert against.
    """
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None, f"{describe(start)} took no focus"
    chain = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QCoreApplication.processEvents()
        after = QApplication.focusWidget()
        if after is None or after is first:
            break
        if after is not chain[-1]:  # a text browser's Tab steps through its links first
            chain.append(after)
    return chain


def _control_of(widget: QWidget) -> QWidget:
    """The control a focused widget belongs to (a spin box for its editor, and so on)."""
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def unreached(root: QWidget, chain: list[QWidget]) -> list[str]:
    """Controls Tab should reach but did not."""
    reached = {id(_control_of(w)) for w in chain}
    missed = []
    for widget in focusable(root):
        if id(widget) in reached:
            continue
        # One that hands its focus on (a rendered field opening its editor) is reached
        # through the control it hands it to.
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QCoreApplication.processEvents()
        now = QApplication.focusWidget()
        if now is None or now is widget or id(_control_of(now)) not in reached:
            missed.append(describe(widget))
    return missed


def _rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def from_reading_start(chain: list[QWidget], root: QWidget) -> list[QWidget]:
    """A closed Tab cycle turned to begin at its first control in reading order.

    The step from the last control back to the first is the cycle's wrap and is never
    compared: a cycle walked from elsewhere (the first focusable child Qt lists, the
    default button) would count that wrap as going back, and miss the real one.
    """
    if len(chain) < 2:
        return chain
    first = min(
        range(len(chain)),
        key=lambda i: (_rect_in(chain[i], root).top(), _rect_in(chain[i], root).left()),
    )
    return chain[first:] + chain[:first]


def order_breaks(root: QWidget, chain: list[QWidget], tolerance: int = 4) -> list[str]:
    """Steps of *chain* that go back up the screen inside one group of controls.

    Reading order is top to bottom, left to right: between two controls in the same
    container, Tab may go right (on about the same line) or down, never up and left.
    Moving into another pane (a splitter's other side, the next group box) is free.
    """
    found = []
    for a, b in itertools.pairwise(chain):
        # Only siblings in one layout are compared: controls of different panes are free.
        if a.parentWidget() is not b.parentWidget():
            continue
        ra, rb = _rect_in(a, root), _rect_in(b, root)
        same_line = abs(ra.center().y() - rb.center().y()) <= max(ra.height(), rb.height()) // 2
        went_up = rb.bottom() < ra.top() - tolerance
        went_left = rb.right() < ra.left() - tolerance
        if (same_line and went_left) or (went_up and not rb.left() > ra.right() - tolerance):
            found.append(f"{describe(a)} → {describe(b)} goes back ({ra} → {rb})")
    return found


def focus_shows(widget: QWidget, elsewhere: QWidget) -> bool:
    """Whether *widget* looks different with keyboard focus than without it.

    The window is marked as moved through by the keyboard (as a Tab press does): styles
    draw the focus frame of buttons and check boxes only then.
    """
    images = []
    for focused in (elsewhere, widget, elsewhere):  # a first focus in a box may paint late
        focused.setFocus(Qt.FocusReason.TabFocusReason)
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        QCoreApplication.processEvents()
        images.append(widget.grab().toImage())
    return bool(images[1] != images[2])


# ---- contrast ---------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (alpha ignored)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = relative_luminance(QColor(a)), relative_luminance(QColor(b))
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """*colour* drawn with its alpha over an opaque *background*."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def colour_pairs(style_sheet: str) -> list[tuple[str, str]]:
    """(colour, background) pairs a style sheet sets in one rule, as written."""
    pairs = []
    for body in re.findall(r"\{([^}]*)\}", style_sheet):
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,8})", body)
        background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,8})", body)
        if colour and background:
            pairs.append((colour.group(1), background.group(1)))
    return pairs


# ---- clipped text -----------------------------------------------------------------


def clipped_texts(root: QWidget) -> list[str]:
    """Shown labels and buttons under *root* narrower or lower than their text needs."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget, root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if (
                widget.wordWrap()
                or not widget.text()
                or widget.textFormat() == Qt.TextFormat.RichText
            ):
                if widget.wordWrap() and widget.text():
                    needed = widget.heightForWidth(widget.width())
                    if needed > widget.height() + 1:
                        found.append(f"{describe(widget)}: {widget.height()} high, needs {needed}")
                continue
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            metrics = QFontMetrics(widget.font())
            margins = widget.contentsMargins()
            text_width = metrics.horizontalAdvance(widget.text().replace("&", ""))
            room = widget.width() - margins.left() - margins.right() - 2 * widget.margin()
            if text_width > room + 1 and "…" not in widget.text():
                found.append(f"{describe(widget)}: {room} px wide, its text needs {text_width}")
        elif isinstance(widget, (QPushButton, QToolButton)) and widget.text():
            hint = widget.sizeHint()
            width = max(hint.width(), text_and_arrow_width(widget))
            if width > widget.width() + 1 or hint.height() > widget.height() + 1:
                found.append(
                    f"{describe(widget)}: {widget.width()}×{widget.height()}, "
                    f"its text needs {width}×{hint.height()}"
                )
    return found


#: The least a button's frame and padding take around its text, each side.
BUTTON_EDGE = 4


def text_and_arrow_width(button: QPushButton | QToolButton) -> int:
    """The width *button*'s text, icon and menu arrow take side by side, measured
    without asking the button (a tool button's size hint leaves out the arrow Qt draws
    over the end of its text when its menu opens on a click)."""
    if button.menu() is None or (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    ):
        return 0
    text = re.sub(r"&(.)", r"\1", button.text())
    width = QFontMetrics(button.font()).horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + BUTTON_EDGE
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return width + arrow + 2 * BUTTON_EDGE


# ---- what the app has: views and dialogs ------------------------------------------


def every_view(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each tab of *window* shown in turn (built if not yet), with its title."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        view = window.tabs.widget(index)  # the built view (a lazy tab replaces its slot)
        yield window.tabs.tabText(index), view


def every_dialog(window: MainWindow, store: Store, scratch: Path) -> Iterator[QDialog]:
    """Each of the app's non-modal dialogs, opened on *window* in turn (closed after each yields).

    The list is :func:`support.dialogs.dialog_walks`; modal boxes (``exec``) are walked by
    :func:`support.dialogs.walk_modal` over ``box_walks`` and ``file_dialog_walks``.
    """
    from support.dialogs import dialog_walks

    for walk in dialog_walks(window, store, scratch):
        dialog = walk.open()
        assert isinstance(dialog, QDialog), walk.name
        dialog.show()
        QCoreApplication.processEvents()
        yield dialog
        dialog.close()
        QCoreApplication.processEvents()


def modal_boxes(triggers: list[Callable[[], object]], inspect: Callable[[QWidget], None]) -> int:
    """Run each trigger (one that shows a modal box); *inspect* each box, then close it.

    Returns how many boxes were inspected.
    """
    seen = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, look)
            return
        inspect(box)
        seen.append(box)
        box.close()

    for trigger in triggers:
        QTimer.singleShot(0, look)
        trigger()
        QCoreApplication.processEvents()
    return len(seen)
