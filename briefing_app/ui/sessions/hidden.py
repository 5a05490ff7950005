"""Tracks and rooms the user never wants to see: hidden from the session list's context menu,
counted ("2 hidden") beside the filters, shown again from that button's menu.

Above the list, a hint says how many sessions of what the list shows the hidden names
leave out ("3 sessions hidden by the tracks and rooms you hid. Show…"), counted after
the list has painted and only when something is hidden.

The names are the store's (:meth:`Store.hidden_names`); every view that lists sessions
leaves them out (the list in SQL through :class:`SessionQuery`'s ``hidden_tracks`` and
``hidden_rooms``). Writes go through the window's one write queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMenu, QTableView, QToolButton, QWidget

from briefing_app.errors import BriefingError
from briefing_app.store import HiddenNames, SessionQuery, SessionRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.util.i18n import is_singular

logger = logging.getLogger(__name__)


class HiddenControls(QObject):
    """The hidden tracks and rooms of one session list: its context menu and "n hidden" button.

    Signals:
        changed(): the hidden names changed (the list should refresh).
        failed(object): a change could not be stored (a BriefingError).
    """

    changed = Signal()
    failed = Signal(object)

    def __init__(
        self,
        store: Store,
        table: QTableView,
        writes: WriteQueue | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.writes = writes or WriteQueue(store, self)
        self.names = HiddenNames()
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAccessibleName(self.tr("Hidden tracks and rooms"))
        self.button.setToolTip(self.tr("Tracks and rooms you hid: choose one to show it again"))
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        #: "n sessions hidden … Show…" above the list (when the hidden names leave some out).
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setContentsMargins(6, 0, 0, 0)  # in line with the notice's text above it
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.hint.setAccessibleName(self.tr("Sessions left out by your hidden tracks and rooms"))
        self.hint.linkActivated.connect(lambda _link: self.button.showMenu())
        self.hint.hide()
        self.hidden_count = 0
        self._count_query: SessionQuery | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count)
        self._update_button()

    # ---- reading ---------------------------------------------------------------
    def reload(self) -> bool:
        """Read the hidden names again (another window may have changed them); True if changed."""
        names = self.store.hidden_names()
        if names == self.names:
            return False
        self.names = names
        self._update_button()
        return True

    def _update_button(self) -> None:
        count = self.names.count
        self.button.setText(self.tr("%n hidden", "", count))
        self.button.setVisible(count > 0)
        self.menu.clear()
        texts = content_language.track_texts(self.store) if self.names.tracks else {}
        for track in self.names.tracks:
            name = _track_label(track, texts)  # in the user's language; hidden by its own
            action = self.menu.addAction(self.tr("Show track “{name}” again").format(name=name))
            action.triggered.connect(lambda _on=False, n=track: self.set_hidden("track", n, False))
        for room in self.names.rooms:
            action = self.menu.addAction(self.tr("Show room “{name}” again").format(name=room))
            action.triggered.connect(lambda _on=False, n=room: self.set_hidden("room", n, False))
        if count > 1:
            self.menu.addSeparator()
            self.menu.addAction(self.tr("Show all again"), self.show_all)

    # ---- the hint above the list ------------------------------------------------------
    def count_later(self, query: SessionQuery | None) -> None:
        """Count, once the list has painted, what *query*'s hidden names leave out."""
        hides = query is not None and bool(query.hidden_tracks or query.hidden_rooms)
        self._count_query = query if hides else None
        if self._count_query is None:
            self._count_timer.stop()
            self._show_count(0)
        else:
            self._count_timer.start()

    def _count(self) -> None:
        query, self._count_query = self._count_query, None
        if query is None or self.store.closed:
            return
        try:
            count = self.store.hidden_session_count(replace(query, limit=None))
        except BriefingError as exc:  # a newer query overtook it, or the store went away
            logger.debug("hidden sessions not counted: %s", exc)
            return
        self._show_count(count)

    def _show_count(self, count: int) -> None:
        self.hidden_count = count
        if count:
            text = (
                self.tr("%n session hidden by the tracks and rooms you hid.", "", count)
                if is_singular(count)
                else self.tr("%n sessions hidden by the tracks and rooms you hid.", "", count)
            )
            show = self.tr("Show…")
            self.hint.setText(f"{text} <a href='show'>{show}</a>")
        self.hint.setVisible(count > 0)

    # ---- the context menu --------------------------------------------------------
    def menu_for(self, record: SessionRecord) -> QMenu | None:
        """The context menu for a session's row (None when it has neither track nor room)."""
        if not record.track and not record.location:
            return None
        menu = QMenu(self.table)
        self._add_actions(menu, record)
        return menu

    def _add_actions(self, menu: QMenu, record: SessionRecord) -> None:
        if record.track:
            picked = record.shown("track", content_language.preference())
            name = content_language.marked(picked.text, content_language.fallback_of(picked))
            # A name's own "&" stays a character (not a second Alt letter).
            action = menu.addAction(
                self.tr("&Hide this track (“{name}”)").format(name=name.replace("&", "&&"))
            )
            action.triggered.connect(lambda: self.set_hidden("track", record.track, True))
        if record.location:
            action = menu.addAction(
                self.tr("Hide this &room (“{name}”)").format(
                    name=record.location.replace("&", "&&")
                )
            )
            action.triggered.connect(lambda: self.set_hidden("room", record.location, True))

    def add_to_menu(self, menu: QMenu, at: QPoint) -> None:
        """Put Hide this track/room, for the row at *at* (the viewport's), in the list's menu.

        One menu: this used to open a second one of its own, over the share actions'
        (the two overlapped, and Escape left this one on screen). From the keyboard (the
        Menu key) *at* may be off the selection: the current row is meant then.
        """
        index = self.table.indexAt(at)
        selection = self.table.selectionModel()
        if not index.isValid() or (selection is not None and not selection.isSelected(index)):
            index = self.table.currentIndex()
        model = self.table.model()
        record = getattr(model, "record", lambda _i: None)(index) if index.isValid() else None
        if not isinstance(record, SessionRecord) or not (record.track or record.location):
            return
        if not menu.isEmpty():
            menu.addSeparator()
        self._add_actions(menu, record)

    # ---- writing ---------------------------------------------------------------
    def set_hidden(self, what: str, name: str, hidden: bool) -> None:
        """Hide (or show again) the track or room *name*."""
        self.writes.submit(
            ("hidden", what, name),
            lambda store: store.set_hidden(what, name, hidden),
            self._stored,
            self._failed,
        )

    def show_all(self) -> None:
        self.writes.submit(
            ("hidden", "all"),
            lambda store: store.show_all_hidden(),
            self._stored,
            self._failed,
        )

    def _stored(self, names: object) -> None:
        if isinstance(names, HiddenNames) and names != self.names:
            self.names = names
            self._update_button()
            self.changed.emit()

    def _failed(self, error: BriefingError) -> None:
        logger.warning("Could not change the hidden tracks and rooms: %s", error)
        self.failed.emit(error)


def fill_hidden_menu(
    menu: QMenu, store: Store, on_toggle: Callable[[str, str, bool], object]
) -> None:
    """*menu* as every track, then every room, checked when hidden; a toggle calls *on_toggle*.

    Settings' picker and View › Hidden tracks and rooms fill theirs so.
    """

    menu.clear()
    hidden = store.hidden_names()
    tracks = store.filter_values()["track"]
    texts = content_language.track_texts(store) if tracks else {}
    rooms = store.room_names()
    for title, what, names, chosen in (
        (QCoreApplication.translate("HiddenPicker", "Tracks"), "track", tracks, hidden.tracks),
        (QCoreApplication.translate("HiddenPicker", "Rooms"), "room", rooms, hidden.rooms),
    ):
        menu.addSection(title)
        if not names:
            menu.addAction(
                QCoreApplication.translate("HiddenPicker", "(none in the feeds)")
            ).setEnabled(False)
        shown = {name: _track_label(name, texts) if what == "track" else name for name in names}
        for name, label in sorted(shown.items(), key=lambda n: n[1].casefold()):
            # A track in the user's language (a fallback marked); stored by its own name.
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.toggled.connect(lambda on, w=what, n=name: on_toggle(w, n, on))


def _track_label(track: str, texts: Mapping[str, str]) -> str:
    """A hidden track's name in the user's language, a fallback marked (``Technology  [EN]``)."""
    picked = content_language.track_name(track, texts)
    return content_language.marked(picked.text, content_language.fallback_of(picked))


class HiddenPicker(QToolButton):
    """Settings' "Hidden tracks and rooms" button: every track and room, a check for each hidden.

    A change is stored at once (through the write queue), not on OK.

    Signals:
        changed(): a track or room was hidden or shown again (stored).
    """

    changed = Signal()

    def __init__(self, store: Store, writes: WriteQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.writes = writes
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Hidden tracks and rooms"))
        self.setToolTip(
            self.tr("Sessions of a checked track or room are left out everywhere in the app.")
        )
        self.picker = QMenu(self)
        self.picker.aboutToShow.connect(self.fill)
        self.setMenu(self.picker)
        self._update_text(store.hidden_names())

    def _update_text(self, names: HiddenNames) -> None:
        self.setText(self.tr("%n hidden…", "", names.count) if names else self.tr("None hidden…"))

    def fill(self) -> None:
        """The menu: every track, then every room, checked when hidden."""
        fill_hidden_menu(self.picker, self.store, self.set_hidden)

    def set_hidden(self, what: str, name: str, hidden: bool) -> None:
        self.writes.submit(
            ("hidden", what, name),
            lambda store: store.set_hidden(what, name, hidden),
            self._stored,
        )

    def _stored(self, names: object) -> None:
        if isinstance(names, HiddenNames):
            self._update_text(names)
            self.changed.emit()
