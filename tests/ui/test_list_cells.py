"""The session list answers a painted cell's roles in one call (``multiData``): the same
values as asking ``data`` role by role, for session rows and headings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from briefing_app.store import Store
from briefing_app.ui.sessions.session_list import GroupRole
from briefing_app.ui.sessions.session_model import Column

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    GroupRole,
)


def test_a_cells_roles_in_one_call_are_those_asked_one_by_one(
    qtbot: Any, sample_store: Store
) -> None:
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    tab = window.sessions
    tab.show_past.setChecked(True)
    assert window.searcher.wait()
    model = tab.model
    assert model.heading_rows and model.session_count()
    rows = range(min(model.rowCount(), 40))
    for row in rows:
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                asked = QModelRoleData(role)
                model.multiData(index, asked)
                assert asked.data() == model.data(index, role), (row, column, role)
    # As the view's delegate asks (seven roles at once): what it paints is what data says.
    delegate = tab.table.itemDelegate()
    session_row = next(r for r in rows if model.position_of_row(r) is not None)
    for row in (model.heading_rows[0], session_row):
        index = model.index(row, Column.TITLE if row == session_row else 0)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == model.data(index, Qt.ItemDataRole.DisplayRole)
        assert option.text  # a heading's label, a session's title
    # A record changed in the store: the cell answers anew, not from what it kept.
    position = model.position_of_row(session_row)
    assert position is not None
    record = model.record_at(position)
    assert record is not None
    index = model.index(session_row, Column.FAVOURITE)
    before = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(index, before)
    sample_store.set_favourite(record.id, not record.favourite)
    model.refresh_session(record.id)
    after = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    model.multiData(index, after)
    assert {before.data(), after.data()} == {"★", "☆"}
    window.close()
