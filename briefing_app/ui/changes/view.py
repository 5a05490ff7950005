"""What the latest syncs changed, per feed, with your favourites called out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from briefing_app.store import Store
from briefing_app.sync import SyncReport
from briefing_app.ui import content_language
from briefing_app.ui.widgets.change_text import (
    describe_change,
    outcome_summary,
    outcome_zone_note,
    stored_summary,
)
from briefing_app.ui.widgets.locale_text import stamp_text
from briefing_app.usecases.changes import in_language as changes_in_language
from briefing_app.util.timeutil import local_zone_name

_Index = QModelIndex | QPersistentModelIndex
SessionRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ChangeRow:
    text: str
    session_id: int | None
    favourite: bool = False
    heading: bool = False


class ChangeListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChangeRow] = []

    def set_rows(self, rows: list[ChangeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if row.favourite else "") + row.text
        if role == Qt.ItemDataRole.FontRole and (row.heading or row.favourite):
            font = QFont()
            font.setBold(True)
            return font
        if role == SessionRole:
            return row.session_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].heading:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ChangesView(QWidget):
    """Signals:
    session_activated(int): a changed session was opened.
    """

    session_activated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = ChangeListModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Summary of changes"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        """Each feed's latest changes; those to the user's favourites first, whatever the feed."""
        favourites = {r.id for r in self.store.sessions(favourites_only=True)}
        runs = []
        for feed in self.store.feeds():
            latest = self.store.latest_changes(feed.id, with_changes=True)
            if latest is not None:
                runs.append((feed, *latest))
        runs.sort(key=lambda item: int(item[1]["id"]), reverse=True)  # newest first, as `changes`
        several = sum(1 for _feed, _run, changes in runs if changes) > 1
        starred: list[ChangeRow] = []
        rows: list[ChangeRow] = []
        for feed, run, changes in runs:
            name = content_language.feed_name(feed)  # the series' title in the user's language
            rows.append(
                ChangeRow(
                    self.tr("{0}: {1} ({2})").format(
                        name,
                        stored_summary(str(run["summary"]), changes),
                        stamp_text(str(run["finished_at"]), local_zone_name()),
                    ),
                    None,
                    heading=True,
                )
            )
            languages = content_language.preference()  # titles in the user's language
            for change in changes_in_language(self.store, changes, languages):
                marked = content_language.marked(change.title, change.title_fallback)
                text = describe_change(replace(change, title=marked), local_zone_name())
                if change.session_id in favourites:
                    where = f" · {name}" if several else ""
                    starred.append(ChangeRow(text + where, change.session_id, True))
                else:
                    rows.append(ChangeRow(text, change.session_id))
        if starred:
            heading = ChangeRow(self.tr("★ Your favourites"), None, heading=True)
            rows = [heading, *starred, *rows]
        self.model.set_rows(rows)
        affected = len(starred)
        if not rows:
            self.summary.setText(self.tr("No syncs yet."))
        elif affected:
            self.summary.setText(
                self.tr("★ %n of your favourites changed (listed first).", "", affected)
            )
        else:
            self.summary.setText(self.tr("None of your favourites changed."))

    def _activated(self, index: QModelIndex) -> None:
        session_id = index.data(SessionRole)
        if isinstance(session_id, int):
            self.session_activated.emit(session_id)


def report_summary(report: SyncReport, favourites: set[int]) -> str:
    """One line for the status bar after a sync: "FOSDEM: 3 moved, 1 cancelled (★ 1 favourite)".

    A feed that failed is named as not synced; "everything is up to date" only when none did.
    """
    parts = []
    for outcome in report.outcomes:
        if outcome.status != "applied" or outcome.changes is None:
            continue
        text = QCoreApplication.translate("ChangesView", "{0}: {1}").format(
            outcome.feed_name, outcome_summary(outcome)
        )
        hit = sum(1 for c in outcome.changes.changes if c.session_id in favourites)
        if hit:
            text += QCoreApplication.translate(
                "ChangesView", " (★ %n of your favourites)", None, hit
            )
        note = outcome_zone_note(outcome)
        if note:
            text += QCoreApplication.translate(
                "ChangesView", "; {0} (change it in Settings)"
            ).format(note)
        parts.append(text)
    for _feed_id, name, _error in report.errors:  # never "up to date": it was not reached
        parts.append(QCoreApplication.translate("ChangesView", "{0}: not synced").format(name))
    return QCoreApplication.translate("ChangesView", "; ").join(
        parts
    ) or QCoreApplication.translate("ChangesView", "everything is up to date")
