"""Models of the presenter workspace: case studies, note revisions, materials, link choices.

Each is a plain Qt model over records of :mod:`briefing_app.workspace`
(read on the GUI thread; the case-study list over light rows, since a large
feed gives thousands), with named roles and columns and a sort role with native values.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from briefing_app.store import ChoiceQuery
from briefing_app.ui import content_language
from briefing_app.ui.widgets.locale_text import moment_text
from briefing_app.ui.widgets.locale_text import size_text as human_size
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import local_zone_name, zone
from briefing_app.util.trmark import QT_TRANSLATE_NOOP
from briefing_app.workspace import CaseStudy, CaseStudySummary, Material, NoteRevision

_Index = QModelIndex | QPersistentModelIndex

#: The record behind a row (a CaseStudySummary, NoteRevision or Material).
RecordRole = Qt.ItemDataRole.UserRole + 1
#: The badges of a case study: ("yours" | "from feed" | "edited" | "feed changed", ...).
BadgesRole = Qt.ItemDataRole.UserRole + 2
#: A native value to sort by (numbers, ISO dates), not the text shown.
SortRole = Qt.ItemDataRole.UserRole + 3
#: The id of a row's record.
IdRole = Qt.ItemDataRole.UserRole + 4

BADGE_YOURS = QT_TRANSLATE_NOOP("CaseStudies", "yours")
BADGE_FEED = QT_TRANSLATE_NOOP("CaseStudies", "from feed")
BADGE_EDITED = QT_TRANSLATE_NOOP("CaseStudies", "edited")
BADGE_FEED_CHANGED = QT_TRANSLATE_NOOP("CaseStudies", "feed changed")


def badge_text(badge: str) -> str:
    """A badge as shown, in the user's language."""
    return QCoreApplication.translate("CaseStudies", badge)


def badges(case: CaseStudy | CaseStudySummary) -> tuple[str, ...]:
    """What the list says about where a case study comes from and its state."""
    if case.is_local:
        return (BADGE_YOURS,)
    found = [BADGE_FEED]
    if case.overridden:
        found.append(BADGE_EDITED)
    if case.changed_underneath:
        found.append(BADGE_FEED_CHANGED)
    return tuple(found)


def stamp_text(stamp: str | None, *, seconds: bool = True) -> str:
    """``2026-05-02T14:42:13.123456Z`` -> ``Sat 2 May 2026, 10:42:13`` in the user's zone."""
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is not None:
        when = when.astimezone(zone(local_zone_name()))
    return moment_text(when, seconds=seconds)


class CaseStudyListModel(QAbstractListModel):
    """The case studies the list shows (all, or a search's matches, best first).

    It holds what a row shows (:class:`CaseStudySummary`), not whole records: the
    view reads the whole one for the case study opened.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[CaseStudySummary] = []

    def set_records(self, records: Sequence[CaseStudySummary | CaseStudy]) -> None:
        self.beginResetModel()
        languages = content_language.preference()  # the feed's titles in the user's language
        self.records = [CaseStudySummary.of(r).in_language(languages) for r in records]
        self.endResetModel()

    def update_record(self, record: CaseStudySummary | CaseStudy) -> None:
        """One case study changed (saved): its row repaints, the others stay."""
        for row, old in enumerate(self.records):
            if old.id == record.id:
                languages = content_language.preference()
                self.records[row] = CaseStudySummary.of(record).in_language(languages)
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def row_of(self, case_id: int) -> int | None:
        return next((row for row, r in enumerate(self.records) if r.id == case_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        case = self.records[index.row()]
        tag = case.fallback_language("title")
        if role == Qt.ItemDataRole.DisplayRole:
            title = content_language.marked(case.title, tag)
            return f"{title}\n{case.organization}" if case.organization else title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [content_language.said(case.title, tag)]  # the badge in words
            if case.organization:
                parts.append(case.organization)
            parts.append(", ".join(badge_text(b) for b in badges(case)))
            return " · ".join(parts)
        if role == BadgesRole:
            return badges(case)
        if role == RecordRole:
            return case
        if role == IdRole:
            return case.id
        if role == SortRole:
            return case.title.casefold()
        return None


class RevisionListModel(QAbstractListModel):
    """A case study's note revisions, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.revisions: list[NoteRevision] = []

    def set_revisions(self, revisions: Sequence[NoteRevision]) -> None:
        self.beginResetModel()
        self.revisions = list(revisions)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.revisions)

    def older_than(self, revision: NoteRevision) -> NoteRevision | None:
        """The revision saved just before *revision* (None for the first)."""
        for row, found in enumerate(self.revisions):
            if found.id == revision.id:
                return self.revisions[row + 1] if row + 1 < len(self.revisions) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.revisions):
            return None
        revision = self.revisions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            words = len(revision.body.split())
            counted = (
                self.tr("%n word", "", words)
                if is_singular(words)
                else self.tr("%n words", "", words)
            )
            if index.row() == 0:
                counted = self.tr("{0} · current").format(counted)
            return f"{stamp_text(revision.saved_at)}\n{counted}"
        if role == Qt.ItemDataRole.ToolTipRole:
            first = revision.body.strip().splitlines()[0] if revision.body.strip() else ""
            return first[:120] or self.tr("(empty)")
        if role == RecordRole:
            return revision
        if role == IdRole:
            return revision.id
        if role == SortRole:
            return revision.saved_at
        return None


class MaterialColumn(enum.IntEnum):
    NAME = 0
    TYPE = 1
    SIZE = 2
    ADDED = 3


_MATERIAL_HEADERS = {
    MaterialColumn.NAME: QT_TRANSLATE_NOOP("CaseStudies", "Name"),
    MaterialColumn.TYPE: QT_TRANSLATE_NOOP("CaseStudies", "Type"),
    MaterialColumn.SIZE: QT_TRANSLATE_NOOP("CaseStudies", "Size"),
    MaterialColumn.ADDED: QT_TRANSLATE_NOOP("CaseStudies", "Added"),
}


def limit_text(size: int) -> str:
    """A size limit as people set it: ``256 MiB`` rather than ``268.4 MB``."""
    mib = 1024 * 1024
    if size >= mib and size % mib == 0:
        return QCoreApplication.translate("CaseStudies", "{0} MiB").format(size // mib)
    return human_size(size)


def material_type_label(material: Material) -> str:
    if material.kind == "link":
        return QCoreApplication.translate("CaseStudies", "Link")
    media = material.media_type or "application/octet-stream"
    known = {
        "application/pdf": QT_TRANSLATE_NOOP("CaseStudies", "PDF"),
        "application/zip": QT_TRANSLATE_NOOP("CaseStudies", "Zip archive"),
        "text/plain": QT_TRANSLATE_NOOP("CaseStudies", "Text"),
        "text/markdown": QT_TRANSLATE_NOOP("CaseStudies", "Markdown"),
        "text/csv": QT_TRANSLATE_NOOP("CaseStudies", "CSV"),
        "application/octet-stream": QT_TRANSLATE_NOOP("CaseStudies", "File"),
    }
    if media in known:
        return QCoreApplication.translate("CaseStudies", known[media])
    if "presentation" in media or "powerpoint" in media:
        return QCoreApplication.translate("CaseStudies", "Slides")
    if "spreadsheet" in media or "excel" in media:
        return QCoreApplication.translate("CaseStudies", "Spreadsheet")
    if "word" in media or "opendocument.text" in media:
        return QCoreApplication.translate("CaseStudies", "Document")
    major, _, minor = media.partition("/")
    if major in ("image", "video", "audio"):
        return f"{major.capitalize()} ({minor.upper()})"
    return media


class MaterialTableModel(QAbstractTableModel):
    """A case study's files and links: name, type, size, when added."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.materials: list[Material] = []
        #: Icons by kind ("file", "link"), set by the view (from its style).
        self.icons: dict[str, QIcon] = {}

    def set_materials(self, materials: Sequence[Material]) -> None:
        self.beginResetModel()
        self.materials = list(materials)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.materials)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(MaterialColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(MaterialColumn)
        ):
            return QCoreApplication.translate(
                "CaseStudies", _MATERIAL_HEADERS[MaterialColumn(section)]
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.materials):
            return None
        material = self.materials[index.row()]
        column = MaterialColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MaterialColumn.NAME:
                return material.name
            if column == MaterialColumn.TYPE:
                return material_type_label(material)
            if column == MaterialColumn.SIZE:
                return human_size(material.size) if material.size is not None else "—"
            return stamp_text(material.added_at, seconds=False)
        if role == Qt.ItemDataRole.DecorationRole and column == MaterialColumn.NAME:
            return self.icons.get(material.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            if material.kind == "link":
                return material.url
            return f"{material.name} ({material.media_type}), SHA-256 {material.sha256}"
        if role == Qt.ItemDataRole.AccessibleTextRole and column == MaterialColumn.NAME:
            return f"{material.name}, {material_type_label(material)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MaterialColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return {
                MaterialColumn.NAME: material.name.casefold(),
                MaterialColumn.TYPE: material_type_label(material),
                MaterialColumn.SIZE: material.size if material.size is not None else -1,
                MaterialColumn.ADDED: material.added_at,
            }[column]
        if role == RecordRole:
            return material
        if role == IdRole:
            return material.id
        return None


class ChoiceSource(Protocol):
    """Where a :class:`ChoiceListModel` reads its rows: (id, label) pages, in the picker's
    order (see :mod:`briefing_app.ui.casestudies.choices`)."""

    def page(self, query: ChoiceQuery) -> list[tuple[int, str]]: ...


#: Rows a picker reads at a time: a few screens; scrolling to the end reads the next.
CHOICE_PAGE = 200


class ChoiceListModel(QAbstractListModel):
    """Sessions or presenters to link to a case study: a checkable list.

    Checked items come first when the list is filled (what is linked is seen
    at once); toggling does not move rows under the pointer.

    Filled from a :class:`ChoiceSource` (:meth:`set_source`) it holds what was read
    only: the checked items, then a page of the others; the view asks for the next
    page when scrolled to the end (``fetchMore``), and a filter text is matched by
    the store, not over rows held. A 100,000-session store lists in a page's time.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[int, str]] = []
        self.checked: set[int] = set()
        self.editable = True
        #: Rows read from the source since the model was made (a growth guard counts them).
        self.rows_read = 0
        self._source: ChoiceSource | None = None
        self._matching = ""
        self._pinned: frozenset[int] = frozenset()
        self._more = False

    def set_items(self, items: Sequence[tuple[int, str]], checked: Sequence[int]) -> None:
        """Every item at once (no source to read more from)."""
        self.beginResetModel()
        chosen = set(checked)
        known = {item_id for item_id, _label in items}
        ordered = [i for i in items if i[0] in chosen] + _missing(chosen - known, "")
        ordered += [i for i in items if i[0] not in chosen]
        self._source = None
        self._more = False
        self.items = ordered
        self.checked = chosen
        self.endResetModel()

    def set_source(self, source: ChoiceSource, checked: Sequence[int], matching: str = "") -> None:
        """The checked items (those *matching*, if given), then a first page of the rest."""
        self.beginResetModel()
        chosen = set(checked)
        pinned = self._read(source, ChoiceQuery(ids=frozenset(chosen))) if chosen else []
        missing = _missing(chosen - {item_id for item_id, _label in pinned}, matching)
        if matching and pinned:
            kept = set(self._read(source, ChoiceQuery(matching, ids=frozenset(chosen))))
            pinned = [item for item in pinned if item in kept]
        self._source = source
        self._matching = matching
        self._pinned = frozenset(chosen)
        self.checked = chosen
        rest = self._read(source, self._rest())
        self._more = len(rest) == CHOICE_PAGE
        self.items = pinned + missing + rest
        self.endResetModel()

    def set_matching(self, matching: str) -> None:
        """Show what matches *matching* (the checked items first again)."""
        if self._source is not None:
            self.set_source(self._source, sorted(self.checked), matching)

    def labels(self, ids: Collection[int]) -> dict[int, str]:
        """The labels of *ids* the store knows (those not read yet are read)."""
        wanted = set(ids)
        found = {i: label for i, label in self.items if i in wanted}
        unread = wanted - found.keys()
        if unread and self._source is not None:
            found.update(self._read(self._source, ChoiceQuery(ids=frozenset(unread))))
        return found

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._source is None:
            return
        page = self._read(self._source, self._rest(after=self.items[-1][0]))  # a full page's last
        self._more = len(page) == CHOICE_PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def _rest(self, after: int | None = None) -> ChoiceQuery:
        """A page of the items not checked when the list was filled."""
        return ChoiceQuery(self._matching, excluding=self._pinned, after=after, limit=CHOICE_PAGE)

    def _read(self, source: ChoiceSource, query: ChoiceQuery) -> list[tuple[int, str]]:
        rows = source.page(query)
        self.rows_read += len(rows)
        return rows

    def set_checked(self, checked: Sequence[int]) -> None:
        self.checked = set(checked)
        if self.items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def checked_ids(self) -> list[int]:
        return sorted(self.checked)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item_id, label = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self.checked else Qt.CheckState.Unchecked
        if role == IdRole:
            return item_id
        if role == SortRole:
            return label.casefold()
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.editable
            or not 0 <= index.row() < len(self.items)
        ):
            return False
        item_id = self.items[index.row()][0]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self.checked.add(item_id)
        else:
            self.checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def _missing(ids: set[int], matching: str) -> list[tuple[int, str]]:
    """Rows for checked items the store no longer has (those whose label holds *matching*)."""
    gone = QCoreApplication.translate("CaseStudies", "#{0} (no longer in the store)")
    rows = [(i, gone.format(i)) for i in sorted(ids)]
    wanted = matching.casefold()
    return [row for row in rows if wanted in row[1].casefold()]
