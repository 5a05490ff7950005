"""The Organizations view: the partners, members and sponsors the feeds name, and one's page.

The list (searchable by name, filtered by kind) on the left; on the right the chosen
organization: its logo (downloaded once off the GUI thread and kept offline like a
presenter's photo, :mod:`briefing_app.usecases.photos`), kinds, website (opened only
through the one link rule), its series roles and description, then its presenters,
case studies and sessions. Activating a session shows it in the Sessions tab;
"Show in session list" filters that list by the organization.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import NotFoundError
from briefing_app.store import ORGANIZATION_KINDS, OrganizationDetail, Store
from briefing_app.ui import content_language
from briefing_app.ui.organizations.models import (
    KIND_LABELS,
    NamedRowsModel,
    OrganizationListModel,
    fit_image,
    kinds_label,
)
from briefing_app.ui.presenters.avatars import initials_pixmap
from briefing_app.ui.presenters.models import PresenterSessionsModel, TwoLineDelegate
from briefing_app.ui.presenters.photos import PhotoLoader
from briefing_app.ui.widgets.focus import escape_clears
from briefing_app.ui.widgets.links import open_link, openable
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.photos import photo_dir
from briefing_app.util.i18n import is_singular

logger = logging.getLogger(__name__)

LOGO_SIZE = 72
LIST_LOGO_SIZE = 32
SEARCH_DEBOUNCE_MS = 150


def _list(name: str, delegate_avatar: int = 0) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegate(TwoLineDelegate(delegate_avatar, view))
    view.setUniformItemSizes(True)
    return view


class OrganizationsView(QWidget):
    """Organizations on the left, the chosen one's page on the right.

    Signals:
        session_activated(int): show this session (in the Sessions tab).
        presenter_activated(int): show this presenter.
        case_study_activated(int): show this case study.
        filter_requested(int): filter the session list by this organization.
        link_refused(str): a website was not opened (why).
    """

    session_activated = Signal(int)
    presenter_activated = Signal(int)
    case_study_activated = Signal(int)
    filter_requested = Signal(int)
    link_refused = Signal(str)

    def __init__(
        self, store: Store, tasks: TaskRunner, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._current_id: int | None = None
        self._logo_url = ""
        self._website = ""
        ratio = self._ratio()
        self.logos = PhotoLoader(
            photo_dir(store.path), tasks, round(LOGO_SIZE * ratio), self, shape=fit_image
        )
        self.logos.loaded.connect(self._logo_loaded)

        # ---- left: search, kind, list
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organizations…"))
        self.search.setClearButtonEnabled(True)
        escape_clears(self.search)  # Escape empties it, as in a browser
        self.search.setAccessibleName(self.tr("Search organizations"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.setAccessibleDescription(
            self.kind.accessibleName()
        )  # Linux reads a combo's value as its name
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in ORGANIZATION_KINDS:
            self.kind.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.model = OrganizationListModel(self)
        self.list = _list(self.tr("Organizations"), LIST_LOGO_SIZE)
        self.list.setModel(self.model)
        self.count_label = QLabel()
        self.count_label.setAccessibleDescription(self.tr("Number of organizations"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)

        # ---- right: the page
        self.logo = QLabel()
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(self.tr("Logo"))
        self.name_label = self._plain(self.tr("Name"))
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.kinds_label = self._plain(self.tr("Kind"))
        self.website = QLabel()
        self.website.setAccessibleName(self.tr("Website"))
        self.website.setTextFormat(Qt.TextFormat.RichText)
        self.website.setOpenExternalLinks(False)
        self.website.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.website.linkActivated.connect(lambda _link: self.open_website())
        self.roles_label = self._plain(self.tr("Roles in series"))
        facts = QVBoxLayout()
        facts.setSpacing(2)
        for widget in (self.name_label, self.kinds_label, self.website, self.roles_label):
            facts.addWidget(widget)
        facts.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(facts, 1)
        self.description = self._plain(self.tr("Description"))

        self.presenters_model = NamedRowsModel(self)
        self.presenters = _list(self.tr("Presenters of this organization"))
        self.presenters.setModel(self.presenters_model)
        self.presenters.activated.connect(
            lambda i: self.presenter_activated.emit(self.presenters_model.row_id(i.row()))
        )
        self.cases_model = NamedRowsModel(self)
        self.case_studies = _list(self.tr("Case studies of this organization"))
        self.case_studies.setModel(self.cases_model)
        self.case_studies.activated.connect(
            lambda i: self.case_study_activated.emit(self.cases_model.row_id(i.row()))
        )
        self.sessions_model = PresenterSessionsModel(self)
        self.sessions = _list(self.tr("Sessions of this organization"))
        self.sessions.setModel(self.sessions_model)
        self.sessions.activated.connect(self._session_activated)
        self.filter_button = QPushButton(self.tr("Show in session list"))
        self.filter_button.setAccessibleName(
            self.tr("Filter the session list by this organization")
        )
        self.filter_button.clicked.connect(self._filter_clicked)
        self.presenters_heading = QLabel()
        self.cases_heading = QLabel()
        self.sessions_heading = QLabel()
        sessions_bar = QHBoxLayout()
        sessions_bar.addWidget(self.sessions_heading, 1)
        sessions_bar.addWidget(self.filter_button)

        sections = QSplitter(Qt.Orientation.Vertical)
        sections.setChildrenCollapsible(False)
        boxes: list[QWidget] = []
        for heading, view, extra in (
            (self.presenters_heading, self.presenters, None),
            (self.cases_heading, self.case_studies, None),
            (None, self.sessions, sessions_bar),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            if heading is not None:
                box_layout.addWidget(heading)
            if extra is not None:
                box_layout.addLayout(extra)
            box_layout.addWidget(view, 1)
            sections.addWidget(box)
            boxes.append(box)
        sections.setStretchFactor(2, 2)
        self.sections = sections
        #: The presenters' and case studies' parts: shown only when there are some.
        self.presenters_box, self.cases_box = boxes[0], boxes[1]

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(header)
        page_layout.addWidget(self.description)
        page_layout.addWidget(sections, 1)
        self.page = page
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.page_stack = QStackedWidget()
        self.page_stack.addWidget(page)
        self.page_stack.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.page_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        if load:
            self.refresh()

    @staticmethod
    def _plain(name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # a feed's text, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleDescription(name)
        return label

    # ---- data ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again (search and kind as set), keeping the chosen organization."""
        self._debounce.stop()
        keep = self._current_id
        languages = content_language.preference()  # names in the user's language
        records = [
            r.in_language(languages)
            for r in self.store.organizations(kind=self.kind.currentData(), text=self.search.text())
        ]
        records.sort(key=lambda r: (r.name.casefold(), r.id))  # by the name shown
        self.model.set_records(records)
        for record in records:
            if record.logo_url:
                image = self.logos.request(record.logo_url)
                if image is not None:
                    self._logo_loaded(record.logo_url, image)
        count = len(records)
        self.count_label.setText(
            self.tr("%n organization", "", count)
            if is_singular(count)
            else self.tr("%n organizations", "", count)
        )
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and records:
            row = 0
        if row is None:
            self._show_empty(
                self.tr("No organization matches.")
                if self.search.text() or self.kind.currentIndex() > 0
                else self.tr("The feeds name no organizations.")
            )
            return
        index = self.model.index(row, 0)
        if self.list.currentIndex() == index:
            self._show_page(self.model.record(row).id)
        else:
            self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def show_organization(self, organization_id: int) -> bool:
        """Choose *organization_id* (clearing a search or kind that hides it)."""
        if self.model.row_of(organization_id) is None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(0)
            self.kind.blockSignals(False)
            self.refresh()
        row = self.model.row_of(organization_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row, 0))
        return True

    def current_organization_id(self) -> int | None:
        return self._current_id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_page(self.model.record(current.row()).id)

    def _show_page(self, organization_id: int) -> None:
        try:
            detail = self.store.organization(organization_id)
        except NotFoundError:
            self._show_empty(self.tr("This organization is no longer in any feed."))
            return
        self._fill_page(detail)

    def _fill_page(self, detail: OrganizationDetail) -> None:
        languages = content_language.preference()  # feed texts in the user's language
        sessions = detail.sessions  # listed (and marked) in the user's language below
        detail = detail.in_language(languages)
        o = detail.organization
        self._current_id = o.id
        self.name_label.setText(o.name)
        self.kinds_label.setText(kinds_label(o.kinds))
        self.kinds_label.setVisible(bool(o.kinds))
        self._website = o.url
        if o.url and openable(o.url, mailto=False) is not None:
            shown = html.escape(o.url)
            self.website.setText(f'<a href="#website">{shown}</a>')
        else:
            self.website.setText(html.escape(o.url))
        self.website.setVisible(bool(o.url))
        roles = [
            self.tr("{role} of {series}").format(role=role.capitalize(), series=series)
            for series, role in detail.series_roles
        ]
        self.roles_label.setText("\n".join(roles))
        self.roles_label.setVisible(bool(roles))
        tag = o.fallback_language("description")
        badge = f"[{content_language.badge(tag)}] " if tag else ""  # a mark, not colour alone
        said = content_language.fallback_explanation(tag) if tag else ""
        self.description.setText(badge + o.description)
        self.description.setToolTip(said)
        self.description.setAccessibleDescription(said)
        self.description.setVisible(bool(o.description))
        self.presenters_model.set_rows(detail.presenters)
        self.cases_model.set_rows([(i, t, "") for i, t in detail.case_studies])
        self.sessions_model.set_records([r.listed_in(languages) for r in sessions])
        self.presenters_heading.setText(self.tr("Presenters (%n)", "", len(detail.presenters)))
        self.cases_heading.setText(self.tr("Case studies (%n)", "", len(detail.case_studies)))
        self.sessions_heading.setText(self.tr("Sessions (%n)", "", o.sessions))
        self.filter_button.setEnabled(o.sessions > 0)
        self.presenters_box.setVisible(bool(detail.presenters))
        self.cases_box.setVisible(bool(detail.case_studies))
        self._show_logo(o.logo_url, o.name)
        self.page_stack.setCurrentWidget(self.page)

    def _show_empty(self, message: str) -> None:
        self._current_id = None
        self._logo_url = ""
        self.empty_label.setText(message)
        self.page_stack.setCurrentWidget(self.empty_label)

    # ---- logos --------------------------------------------------------------
    def _show_logo(self, url: str, name: str) -> None:
        self._logo_url = url
        image = self.logos.request(url) if url else None
        if image is not None:
            self._set_logo(image, name)
            return
        self.logo.setPixmap(initials_pixmap(name, LOGO_SIZE, self._ratio()))
        self.logo.setAccessibleName(self.tr("Initials of {name} (no logo)").format(name=name))

    def _set_logo(self, image: QImage, name: str) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / LOGO_SIZE)
        self.logo.setPixmap(pixmap)
        self.logo.setAccessibleName(self.tr("Logo of {name}").format(name=name))

    def _logo_loaded(self, url: str, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / LIST_LOGO_SIZE)
        self.model.set_photo(url, pixmap)
        if url == self._logo_url and self._current_id is not None:
            self._set_logo(image, self.name_label.text())

    @staticmethod
    def _ratio() -> float:
        screen = QApplication.primaryScreen()
        return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0

    # ---- actions ------------------------------------------------------------
    def open_website(self) -> bool:
        """Open the organization's website through the one link rule; say why if refused."""
        if self._website and open_link(self._website, mailto=False):
            return True
        self.link_refused.emit(self.tr("This website address cannot be opened safely."))
        return False

    def _session_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(self.sessions_model.record(index.row()).id)

    def _filter_clicked(self) -> None:
        if self._current_id is not None:
            self.filter_requested.emit(self._current_id)
