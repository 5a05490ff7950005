"""The Presenters view: a searchable list of people and a page for the one selected.

The page shows the person's photo (downloaded once in the background and kept
on disk, see :mod:`briefing_app.usecases.photos`; a round placeholder with initials
until then or if it fails), name, title, organization, biography (the feed's
Markdown, rendered without raw HTML or remote resources), links and their
sessions. Activating a session emits :attr:`PresentersView.session_activated`
so the window can show it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QFont, QImage, QKeyEvent, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import NotFoundError
from briefing_app.store import PresenterDetail, PresenterRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.presenters.avatars import initials_pixmap
from briefing_app.ui.presenters.models import (
    PresenterListModel,
    PresenterSessionsModel,
    TwoLineDelegate,
    sessions_label,
)
from briefing_app.ui.presenters.photos import PhotoLoader
from briefing_app.ui.sessions.detail_markdown import md_escape
from briefing_app.ui.widgets.focus import escape_clears
from briefing_app.ui.widgets.links import open_link
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.photos import is_web_url, photo_dir
from briefing_app.util.i18n import is_singular

logger = logging.getLogger(__name__)

_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)

SEARCH_DEBOUNCE_MS = 150
#: Only these open in the system browser; anything else in a feed is refused.
PHOTO_SIZE = 96  # logical pixels on the presenter page
LIST_AVATAR_SIZE = 36


# ---- the page ----------------------------------------------------------------
_URL_SAFE = "/:?#[]@!$&'*+,;=%~-._"


def _link_target(url: str) -> str:
    """A URL that cannot end a Markdown link early (no spaces, parentheses, brackets)."""
    return quote(url.strip(), safe=_URL_SAFE.replace("[", "").replace("]", ""))


def presenter_markdown(detail: PresenterDetail, explain: Callable[[str], str] | None = None) -> str:
    """Markdown for the page body: the biography, links, case studies.

    The name, title and organization are shown in plain-text labels above.
    Only http(s) links are made clickable; other addresses are shown as text.
    A biography shown in another language than the user's (``PresenterRecord.in_language``)
    is followed by its language's badge and *explain*'s words for it.
    """
    p = detail.presenter
    # A biography written as one big heading (feeds do that) reads as bold text.
    bio = _HEADING.sub(r"**\1**", p.bio.strip())
    parts = [
        bio if bio else QCoreApplication.translate("PresentersView", "*No biography in the feed.*")
    ]
    fallback = p.fallback_language("bio")
    if fallback and explain is not None:
        parts.append(f"`{content_language.badge(fallback)}` *{md_escape(explain(fallback))}*")
    if p.links:
        lines = [QCoreApplication.translate("PresentersView", "### Links")]
        for link in p.links:
            label = md_escape(link.title or link.url)
            if is_web_url(link.url):
                lines.append(f"- [{label}]({_link_target(link.url)})")
            else:
                lines.append(f"- {label}" + (f" ({md_escape(link.url)})" if link.title else ""))
        parts.append("\n".join(lines))
    if detail.case_studies:
        lines = [QCoreApplication.translate("PresentersView", "### Case studies")]
        for case in detail.case_studies:
            org = f" ({md_escape(case.organization)})" if case.organization else ""
            lines.append(f"- **{md_escape(case.title)}**{org}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


class BioBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything: no images from files or the net."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802
        logger.debug("Not loading resource %s from a biography", name)
        return None


class _PlainLabel(QLabel):
    """Text from a feed: plain text always (a name with ``<b>`` stays literal)."""

    def __init__(self, description: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleDescription(description)  # its text is its name


class PresentersView(QWidget):
    """Presenters on the left (with a search box), the selected one's page on the right.

    Signals:
        presenter_selected(int): the id of the presenter now shown on the page.
        session_activated(int): the user activated one of the presenter's
            sessions (Enter or double-click); the window should show it.
    """

    presenter_selected = Signal(int)
    session_activated = Signal(int)

    def __init__(
        self, store: Store, tasks: TaskRunner, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self._current_id: int | None = None
        self._photo_url = ""
        self.photos = PhotoLoader(
            photo_dir(store.path), tasks, round(PHOTO_SIZE * self._ratio()), self
        )
        self.photos.loaded.connect(self._photo_loaded)
        self.photos.failed.connect(self._photo_failed)

        # ---- left: search and list
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search presenters (name, title, organization, biography)…")
        )
        self.search.setClearButtonEnabled(True)
        escape_clears(self.search)  # Escape empties it, as in a browser
        self.search.setAccessibleName(self.tr("Search presenters"))
        self.search.installEventFilter(self)
        self.model = PresenterListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Presenters"))
        self.list.setItemDelegate(TwoLineDelegate(LIST_AVATAR_SIZE, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.count_label.setAccessibleDescription(self.tr("Number of presenters"))
        self.count_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)

        # ---- right: the presenter page
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setAccessibleName(self.tr("Photo"))
        self.name_label = _PlainLabel(self.tr("Name"))
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.5)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.title_label = _PlainLabel(self.tr("Title"))
        self.organization_label = _PlainLabel(self.tr("Organization"))
        organization_font = QFont(self.organization_label.font())
        organization_font.setItalic(True)
        self.organization_label.setFont(organization_font)
        self.meta_label = _PlainLabel(self.tr("Sessions and status"))
        facts = QVBoxLayout()
        facts.setSpacing(2)
        for label in (self.name_label, self.title_label, self.organization_label, self.meta_label):
            facts.addWidget(label)
        facts.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(facts, 1)

        self.bio = BioBrowser()
        self.bio.setAccessibleName(self.tr("Biography and links"))
        self.bio.setOpenLinks(False)
        self.bio.setOpenExternalLinks(False)
        self.bio.anchorClicked.connect(self.open_link)

        self.sessions_heading = QLabel(self.tr("&Sessions"))
        self.sessions_model = PresenterSessionsModel(self)
        self.sessions = QListView()
        self.sessions.setModel(self.sessions_model)
        self.sessions.setAccessibleName(self.tr("Sessions of this presenter"))
        self.sessions.setItemDelegate(TwoLineDelegate(0, self.sessions))
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.activated.connect(self._session_activated)
        self.sessions_heading.setBuddy(self.sessions)
        self.sessions_heading.setAccessibleDescription(self.tr("Sessions heading"))

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(header)
        self.page_splitter = QSplitter(Qt.Orientation.Vertical)
        self.page_splitter.setChildrenCollapsible(False)
        self.page_splitter.addWidget(self.bio)
        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 4, 0, 0)
        sessions_layout.addWidget(self.sessions_heading)
        sessions_layout.addWidget(self.sessions, 1)
        self.page_splitter.addWidget(sessions_box)
        self.page_splitter.setStretchFactor(0, 3)
        self.page_splitter.setStretchFactor(1, 2)
        page_layout.addWidget(self.page_splitter, 1)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleDescription(self.tr("No presenter"))
        self.page_stack = QStackedWidget()
        self.page_stack.addWidget(page)
        self.page_stack.addWidget(self.empty_label)
        self.page = page

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.bio)
        self.setTabOrder(self.bio, self.sessions)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        if load:
            self.refresh()

    # ---- data ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list for the current search (any text is safe) and the page."""
        self._debounce.stop()
        keep = self._current_id
        text = self.search.text().strip()
        # Names only (no bios): the page reads its presenter whole.
        languages = content_language.preference()
        records = [
            r.in_language(languages) for r in self.store.presenters(search=text or None, brief=True)
        ]
        self.model.set_records(records)
        count = len(records)
        if text:
            self.count_label.setText(
                (
                    self.tr("%n presenter matches “{0}”", "", count)
                    if is_singular(count)
                    else self.tr("%n presenters match “{0}”", "", count)
                ).format(text)
                if count
                else self.tr("No presenters match “{0}”.").format(text)
            )
        else:
            self.count_label.setText(
                self.tr("%n presenter", "", count)
                if is_singular(count)
                else self.tr("%n presenters", "", count)
            )
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and count:
            row = 0
        if row is None:
            self._show_empty(
                self.tr("No presenters match “{0}”.").format(text)
                if text
                else self.tr("No presenters yet. Import a feed that lists speakers.")
            )
            return
        index = self.model.index(row, 0)
        if self.list.currentIndex() == index:
            self._show_page(self.model.record(row).id)  # same row: the data may have changed
        else:
            self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def show_presenter(self, presenter_id: int) -> bool:
        """Select *presenter_id* and show their page; clears a search that hides them.

        Returns False if there is no such presenter.
        """
        row = self.model.row_of(presenter_id)
        if row is None and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh()
            row = self.model.row_of(presenter_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        if self.list.currentIndex() == index:
            self._show_page(presenter_id)
        else:
            self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def current_presenter_id(self) -> int | None:
        return self._current_id

    # ---- page ---------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_page(self.model.record(current.row()).id)

    def _show_page(self, presenter_id: int) -> None:
        try:
            detail = self.store.presenter_detail(presenter_id)
        except NotFoundError:
            self._show_empty(self.tr("This presenter is no longer in any feed."))
            return
        languages = content_language.preference()  # feed texts in the user's language
        detail = replace(
            detail,
            presenter=detail.presenter.in_language(languages),
            sessions=tuple(r.listed_in(languages) for r in detail.sessions),
            case_studies=tuple(
                replace(c, title=c.shown("title", languages).text) for c in detail.case_studies
            ),
        )
        p = detail.presenter
        self._current_id = p.id
        self.name_label.setText(p.name)
        for label, name in ((self.title_label, "title"), (self.organization_label, "organization")):
            text = str(getattr(p, name))
            tag = p.fallback_language(name)
            label.setText(f"{text}  [{content_language.badge(tag)}]" if tag else text)
            said = content_language.fallback_explanation(tag) if tag else ""
            label.setToolTip(said)
            label.setAccessibleDescription(said)
            label.setVisible(bool(text))
        meta = sessions_label(len(detail.sessions))
        if p.removed:
            meta += self.tr(" · removed from the feed")
        self.meta_label.setText(meta)
        self.bio.document().setMarkdown(
            presenter_markdown(detail, content_language.fallback_explanation),
            QTextDocument.MarkdownFeature.MarkdownNoHTML
            | QTextDocument.MarkdownFeature.MarkdownDialectGitHub,
        )
        self.bio.verticalScrollBar().setValue(0)
        self.sessions_model.set_records(detail.sessions)
        self.sessions_heading.setText(self.tr("&Sessions ({0})").format(len(detail.sessions)))
        self.sessions_heading.setVisible(True)
        self._show_photo(p)
        self.page_stack.setCurrentWidget(self.page)
        self.presenter_selected.emit(p.id)

    def _show_empty(self, message: str) -> None:
        self._current_id = None
        self._photo_url = ""
        self.sessions_model.set_records([])
        self.bio.clear()
        self.empty_label.setText(message)
        self.page_stack.setCurrentWidget(self.empty_label)

    def _show_photo(self, presenter: PresenterRecord) -> None:
        self._photo_url = presenter.photo_url
        image = self.photos.request(presenter.photo_url) if presenter.photo_url else None
        if image is not None:
            self._set_photo(image, presenter.name)
            return
        self.photo.setPixmap(initials_pixmap(presenter.name, PHOTO_SIZE, self._ratio()))
        self.photo.setAccessibleName(self.tr("Initials of {0} (no photo)").format(presenter.name))
        failure = self.photos.failure(presenter.photo_url) if presenter.photo_url else None
        self.photo.setToolTip(self.tr("Photo unavailable: {0}").format(failure) if failure else "")

    def _set_photo(self, image: QImage, name: str) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / PHOTO_SIZE)
        self.photo.setPixmap(pixmap)
        self.photo.setAccessibleName(self.tr("Photo of {0}").format(name))
        self.photo.setToolTip("")

    def _photo_loaded(self, url: str, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / LIST_AVATAR_SIZE)
        self.model.set_photo(url, pixmap)
        if url == self._photo_url and self._current_id is not None:
            self._set_photo(image, self.name_label.text())

    def _photo_failed(self, url: str, reason: str) -> None:
        if url == self._photo_url:
            self.photo.setToolTip(self.tr("Photo unavailable: {0}").format(reason))

    def _ratio(self) -> float:
        screen = QApplication.primaryScreen()
        return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0

    # ---- user actions -------------------------------------------------------
    def _session_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(self.sessions_model.record(index.row()).id)

    @staticmethod
    def open_link(url: QUrl) -> bool:
        """Open web links (http, https) in the system browser; refuse everything else."""
        return open_link(url, mailto=False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Down from the search box goes to the list, as in a launcher.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
