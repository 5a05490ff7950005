"""Contrast (WCAG AA, issue 17) in the light and dark themes, and colour never alone.

Ratios are computed from the palettes the app sets, the colours its style sheets and
delegates use, and, for the check box indicator, from what the style draws.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleFactory, QStyleOptionButton
from support.a11y import colour_pairs, contrast_ratio, over

from briefing_app.store import Store
from briefing_app.ui.casestudies.badges import BADGE_COLOURS, _badge_colours
from briefing_app.ui.casestudies.form import CHIP_STYLES
from briefing_app.ui.timeline.colours import NOW_COLOUR, star_colour
from briefing_app.ui.widgets.message_banner import _STYLES as BANNER_STYLES
from briefing_app.ui.widgets.theme import (
    INDICATOR_OUTLINE,
    AccessibleStyle,
    dark_palette,
    error_colour,
    light_palette,
)

R = QPalette.ColorRole
TEXT = 4.5  # WCAG 1.4.3, normal text
NON_TEXT = 3.0  # WCAG 1.4.11, UI components and graphics (and 1.4.3 large text)


def _palettes() -> dict[str, QPalette]:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return {"light": light_palette(fusion.standardPalette()), "dark": dark_palette()}


#: Text on background, as every view draws it.
TEXT_PAIRS = [
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.PlaceholderText, R.Window),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.Link, R.AlternateBase),
]


def test_wcag_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palette_text_reaches_4_5_to_1(theme: str) -> None:
    palette = _palettes()[theme]
    low = []
    for fg, bg in TEXT_PAIRS:
        background = palette.color(bg)
        text = over(palette.color(fg), background)  # placeholders may be half-transparent
        ratio = contrast_ratio(text, background)
        if ratio < TEXT:
            low.append(f"{fg.name} {text.name()} on {bg.name} {background.name()}: {ratio:.2f}")
    assert not low, low


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_delegate_colours_reach_their_ratio(theme: str) -> None:
    """The favourite star, the now line, error text, clash text (links), badges."""
    palette = _palettes()[theme]
    low = []
    for bg in (R.Base, R.AlternateBase, R.Window):
        background = palette.color(bg)
        for name, colour, needed in [
            ("favourite star", star_colour(palette), NON_TEXT),
            ("now line", NOW_COLOUR, NON_TEXT),
            ("error text", error_colour(palette), TEXT),
            ("clash text", palette.color(R.Link), TEXT),
        ]:
            if (ratio := contrast_ratio(colour, background)) < needed:
                low.append(f"{name} {colour.name()} on {bg.name}: {ratio:.2f}")
    for badge in BADGE_COLOURS:
        back, text = _badge_colours(badge, palette)
        if (ratio := contrast_ratio(text, back)) < TEXT:
            low.append(f"badge {badge}: {text.name()} on {back.name()}: {ratio:.2f}")
    assert not low, low


def test_fixed_style_sheet_colours_reach_4_5_to_1() -> None:
    """Chips and the error banner set their own text and background colours."""
    sheets = [*CHIP_STYLES.values(), *BANNER_STYLES.values()]
    pairs = [pair for sheet in sheets for pair in colour_pairs(sheet)]
    assert len(pairs) >= 3  # the chips; the banner's label is checked below
    banner = BANNER_STYLES["error"]
    pairs.append(("#5f2120", "#fdecea"))
    assert "#5f2120" in banner and "#fdecea" in banner
    low = [(fg, bg, round(contrast_ratio(fg, bg), 2)) for fg, bg in pairs]
    assert all(ratio >= TEXT for _, _, ratio in low), low


def _indicator_outline(theme: str, *, checked: bool) -> tuple[QColor, QColor, QColor]:
    """(outline pixel, window colour, check mark's pixel) of a check box as drawn."""
    palette = _palettes()[theme]
    fusion = QStyleFactory.create("Fusion")
    style = AccessibleStyle(fusion, INDICATOR_OUTLINE[theme])
    box = QCheckBox("Show past sessions")
    box.setStyle(style)
    box.setPalette(palette)
    box.setChecked(checked)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = palette.color(R.Window)
    middle = rect.center().y()
    edge = [image.pixelColor(x, middle) for x in range(rect.left(), rect.left() + 2)]
    outline = max(edge, key=lambda c: contrast_ratio(c, window))
    inside = [
        image.pixelColor(x, y)
        for x in range(rect.left() + 3, rect.right() - 2)
        for y in range(rect.top() + 3, rect.bottom() - 2)
    ]
    base = palette.color(R.Base)
    mark = max(inside, key=lambda c: contrast_ratio(c, base))
    box.deleteLater()
    return outline, window, mark


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_check_box_indicator_stands_out_at_3_to_1(qtbot: Any, theme: str) -> None:
    """The box against the window, and its tick against the box (dark mode included)."""
    outline, window, _ = _indicator_outline(theme, checked=False)
    assert contrast_ratio(outline, window) >= NON_TEXT, (outline.name(), window.name())
    _, _, mark = _indicator_outline(theme, checked=True)
    base = _palettes()[theme].color(R.Base)
    assert contrast_ratio(mark, base) >= NON_TEXT, (mark.name(), base.name())


def test_fusion_alone_draws_the_dark_check_box_too_faintly(qtbot: Any) -> None:
    """Why AccessibleStyle draws the outline: Fusion's own is about 1.3:1 on dark."""
    palette = dark_palette()
    box = QCheckBox("x")
    box.setStyle(QStyleFactory.create("Fusion"))
    box.setPalette(palette)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(box)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = palette.color(R.Window)
    edge = [image.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.left() + 2)]
    assert max(contrast_ratio(c, window) for c in edge) < NON_TEXT
    box.deleteLater()


# ---- colour is never the only signal ------------------------------------------------


def _record(store: Store, **changes: Any) -> Any:
    return dataclasses.replace(store.sessions()[1], **changes)


def test_favourite_is_a_glyph_and_words_not_only_gold(sample_store: Store) -> None:
    from briefing_app.ui.sessions.session_model import Column, session_cell

    on, off = _record(sample_store, favourite=True), _record(sample_store, favourite=False)
    display = Qt.ItemDataRole.DisplayRole
    assert session_cell(on, Column.FAVOURITE, display) == "★"
    assert session_cell(off, Column.FAVOURITE, display) == "☆"
    tip = Qt.ItemDataRole.ToolTipRole
    assert "remove from" in session_cell(on, Column.FAVOURITE, tip)
    assert "add to" in session_cell(off, Column.FAVOURITE, tip)
    spoken = Qt.ItemDataRole.AccessibleTextRole  # not "black star" / "white star"
    assert session_cell(on, Column.FAVOURITE, spoken) == "Favourite"
    assert session_cell(off, Column.FAVOURITE, spoken) == "Not a favourite"


def test_an_empty_cell_is_read_as_what_it_lacks(sample_store: Store) -> None:
    from briefing_app.ui.sessions.session_model import Column, session_cell

    plain = _record(sample_store, status="scheduled", presenter_names=())
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert session_cell(plain, Column.STATUS, spoken) == "Scheduled"
    assert session_cell(plain, Column.PRESENTERS, spoken) == "No presenters listed"


def test_cancelled_is_struck_through_and_says_so(sample_store: Store) -> None:
    from briefing_app.ui.sessions.session_model import Column, session_cell

    cancelled = _record(sample_store, status="cancelled")
    font = session_cell(cancelled, Column.TITLE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert session_cell(cancelled, Column.STATUS, Qt.ItemDataRole.DisplayRole) == "Cancelled"
    plain = _record(sample_store, status="scheduled")
    assert session_cell(plain, Column.TITLE, Qt.ItemDataRole.FontRole) is None


def test_a_clash_has_a_sign_and_names_the_other_session(qtbot: Any, sample_store: Store) -> None:
    from briefing_app.ui.agenda.view import AgendaModel
    from briefing_app.ui.sessions.session_model import Column

    first = _record(sample_store, id=1001, title="Permits pilot")
    second = dataclasses.replace(first, id=1002, title="Digital counter")
    model = AgendaModel()
    model.set_records([first, second])
    cell = model.index(0, Column.STATUS, QModelIndex())
    text = model.data(cell, Qt.ItemDataRole.DisplayRole)
    assert "⚠" in text and "Digital counter" in text
    assert "Digital counter" in model.data(cell, Qt.ItemDataRole.ToolTipRole)


def test_overdue_says_overdue_with_an_icon(qtbot: Any, sample_store: Store) -> None:
    from briefing_app.ui.followups.model import Column, FollowupModel

    late = sample_store.add_followup("Send the permits memo", due=date(2020, 1, 1))
    model = FollowupModel()
    model.set_records([late])
    group = model.index(0, 0, QModelIndex())
    assert "Overdue" in model.data(group, Qt.ItemDataRole.DisplayRole)
    row = model.index(0, Column.TEXT, group)
    due = model.index(0, Column.DUE, group)
    assert model.data(due, Qt.ItemDataRole.DisplayRole).startswith("Overdue")
    assert "overdue" in model.data(row, Qt.ItemDataRole.AccessibleTextRole)
    icon = model.data(group, Qt.ItemDataRole.DecorationRole) or model.data(
        row, Qt.ItemDataRole.DecorationRole
    )
    assert isinstance(icon, QIcon) and not icon.isNull()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_fields_spin_boxes_and_lists_have_edges_at_3_to_1(qtbot: Any, theme: str) -> None:
    """An empty field is found by its edge (WCAG 1.4.11): Fusion's is about 2:1."""
    from PySide6.QtWidgets import (
        QLineEdit,
        QListView,
        QPlainTextEdit,
        QPushButton,
        QSpinBox,
        QVBoxLayout,
        QWidget,
    )

    from briefing_app.ui.widgets.theme import DARK_STYLE

    palette = _palettes()[theme]
    style = AccessibleStyle(QStyleFactory.create("Fusion"), INDICATOR_OUTLINE[theme])
    box = QWidget()
    qtbot.addWidget(box)
    box.setPalette(palette)
    if theme == "dark":
        box.setStyleSheet(DARK_STYLE)  # what the dark theme sets on the application
    layout = QVBoxLayout(box)
    fields = [QLineEdit(), QSpinBox(), QPlainTextEdit(), QListView()]
    elsewhere = QPushButton("elsewhere")
    for widget in [*fields, elsewhere]:
        widget.setStyle(style)
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    elsewhere.setFocus()
    window = palette.color(R.Window)
    low = []
    for field in fields:
        image = field.grab().toImage()
        middle = field.height() // 2
        edge = max(
            (image.pixelColor(x, middle) for x in range(3)),
            key=lambda c: contrast_ratio(c, window),
        )
        if (ratio := contrast_ratio(edge, window)) < NON_TEXT:
            low.append(f"{type(field).__name__}: {edge.name()} on {window.name()}: {ratio:.2f}")
    assert not low, low


def test_the_system_palettes_secondary_text_is_raised_to_4_5_to_1(qapp: Any) -> None:
    """Qt's own palette (the "system" theme on a desktop without one) draws placeholders
    in half-transparent text: about 4:1. The window raises it, keeping the rest."""
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.widgets.theme import contrast, readable_secondary_text

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        faint = QPalette(before)
        text = QColor(faint.color(R.Text))
        text.setAlpha(128)
        faint.setColor(R.PlaceholderText, text)
        app.setPalette(faint)
        shown = over(faint.color(R.PlaceholderText), faint.color(R.Window))
        assert contrast_ratio(shown, faint.color(R.Window)) < TEXT  # the problem is real
        readable_secondary_text(app)
        raised = app.palette()
        for bg in (R.Window, R.Base):
            assert contrast(raised.color(R.PlaceholderText), raised.color(bg)) >= TEXT
            assert contrast_ratio(raised.color(R.PlaceholderText), raised.color(bg)) >= TEXT
        assert raised.color(R.Text) == faint.color(R.Text)  # nothing else moved
        assert raised.color(R.Window) == faint.color(R.Window)
        kept = QColor(raised.color(R.PlaceholderText))
        readable_secondary_text(app)  # readable already: left alone
        assert app.palette().color(R.PlaceholderText) == kept
    finally:
        app.setPalette(before)
