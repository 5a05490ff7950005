"""The style that shows which list or text pane has the keyboard focus, and draws edges
everyone can see (issue 17).

Its own module, made when first used (:func:`.theme.show_focus` after the first paint, or a
light or dark theme): a Python subclass of QProxyStyle makes PySide build QStyle's Python
class and its enums (18 of them, some 700 values, 5 ms), which the first paint does not need.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSpinBox,
    QStyleOptionToolButton,
    QTabBar,
    QWidget,
)

#: Room added each side of a column title (px), over the style's own margin.
HEADER_PADDING = 4


class AccessibleStyle(QProxyStyle):
    """A style that shows which list or text pane has the keyboard focus (a highlight
    frame: an empty list or a read-only text has no cursor to show it), and, given
    *outline*, draws the edges of text fields, spin boxes, lists and check boxes in
    that colour (Fusion's own are about 2:1 against the window: WCAG 1.4.11 asks 3:1)."""

    def __init__(self, base: QStyle | None, outline: str | None = None) -> None:
        super().__init__(base)
        self.outline = QColor(outline) if outline else None

    def _edge(
        self, painter: QPainter, rect: QRect, *, radius: float = 0, round_: bool = False
    ) -> None:
        if self.outline is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(edge)
        else:
            painter.drawRoundedRect(edge, radius, radius)
        painter.restore()

    def sizeFromContents(  # noqa: N802
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]  # Qt takes a null widget; the stubs say QWidget
        if kind == QStyle.ContentsType.CT_TabBarTab:
            # Fusion draws a tab not selected 2 px lower, clipping what rises above the
            # capitals: the accent of "Études de cas" went missing. A little more room.
            found.setHeight(found.height() + 4)
        elif kind == QStyle.ContentsType.CT_HeaderSection:
            # A column sized to its contents, with no row wider than its title (an empty
            # My agenda), left "Quand" 4 px from each edge: some room to read it apart.
            found.setWidth(found.width() + 2 * HEADER_PADDING)
        elif kind == QStyle.ContentsType.CT_ToolButton and _arrow_over_text(option):
            # A tool button whose menu opens on a click draws its arrow in its bottom
            # right corner, over the text: Qt's size hint leaves no room for it (only a
            # split button's gets some), so "Présence : non notée" lost its last "e".
            arrow = self.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, widget)
            found.setWidth(found.width() + arrow)
        return found

    def drawControl(  # noqa: N802
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton:
            self._push_button_focus(option, painter)
            return
        if (
            element == QStyle.ControlElement.CE_TabBarTab
            and isinstance(widget, QTabBar)
            and widget.hasFocus()
            and option.state & QStyle.StateFlag.State_Selected
        ):
            # The tab bar has the focus (at start, or by Tab): the current tab says so
            # whether or not the keyboard moved it there (Fusion's dotted frame needs that).
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(3, 3, -3, -3))
            painter.restore()
            return
        if element != QStyle.ControlElement.CE_ShapedFrame or not isinstance(
            widget, QAbstractScrollArea
        ):
            return
        if widget.hasFocus():
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
        elif self.outline is not None and widget.frameShape() != QFrame.Shape.NoFrame:
            self._edge(painter, option.rect)

    @staticmethod
    def _push_button_focus(option: QStyleOption, painter: QPainter) -> None:
        """A dotted frame inside a push button with keyboard focus, in its text's colour.

        Fusion marks a focused button and the default button alike (a highlighted edge):
        Tab onto a dialog's OK changed nothing a user could see.
        """
        wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if option.state & wanted != wanted:
            return
        painter.save()
        pen = QPen(option.palette.color(QPalette.ColorRole.ButtonText), 1)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(3, 3, -4, -4))
        painter.restore()

    def drawComplexControl(  # noqa: N802
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (
            self.outline is not None
            and control == QStyle.ComplexControl.CC_SpinBox
            and isinstance(option, QStyleOptionSpinBox)
            and option.frame
            and not option.state & QStyle.StateFlag.State_HasFocus
        ):
            self._edge(painter, option.rect, radius=2)

    def drawPrimitive(  # noqa: N802
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if self.outline is None:
            return
        state = option.state
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            if not state & QStyle.StateFlag.State_HasFocus:  # focused: the highlight
                self._edge(painter, option.rect, radius=2)
            return
        kinds = (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        )
        if element not in kinds:
            return
        if state & QStyle.StateFlag.State_HasFocus and state & (
            QStyle.StateFlag.State_KeyboardFocusChange
        ):
            return  # Fusion draws the focused one in the highlight colour
        round_ = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        self._edge(painter, option.rect, round_=round_)


def _arrow_over_text(option: QStyleOption) -> bool:
    """Whether *option* is a tool button with text whose menu arrow sits in its corner."""
    if not isinstance(option, QStyleOptionToolButton) or not option.text:
        return False
    features = option.features
    return bool(
        features & QStyleOptionToolButton.ToolButtonFeature.HasMenu
        and not features & QStyleOptionToolButton.ToolButtonFeature.MenuButtonPopup
        and option.toolButtonStyle != Qt.ToolButtonStyle.ToolButtonIconOnly
    )
