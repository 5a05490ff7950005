"""The Presenters view: a searchable list of people and a page for the one selected.

The page shows the person's photo (downloaded once in the background and kept
on disk, see :mod:`briefing_app.usecases.photos`; a round placeholder with initials
until then or if it fails), name, title, organization, biography (the feed's
Markdown, rendered without raw HTML or remote resources), links and their
sessions. Activating a session emits :attr:`PresentersView.session_activated`
so the window can show it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError, NotFoundError
from briefing_app.store import PresenterRecord, SessionRecord, Store
from briefing_app.store.records import PresenterDetail
from briefing_app.ui.sessions.detail_markdown import md_escape
from briefing_app.ui.sessions.session_model import RecordRole, status_label, when_label
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.photos import PhotoError, fetch_photo, is_web_url, photo_dir

logger = logging.getLogger(__name__)

_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)

SEARCH_DEBOUNCE_MS = 150
#: Only these open in the system browser; anything else in a feed is refused.
WEB_SCHEMES = frozenset({"http", "https"})
PHOTO_SIZE = 96  # logical pixels on the presenter page
LIST_AVATAR_SIZE = 36
#: A photo bigger than this many pixels is refused before decoding (a "pixel bomb").
MAX_PHOTO_PIXELS = 40_000_000
#: Decoded photos kept in memory (small, already scaled and rounded).
_MEMORY_PHOTOS = 256

#: Item roles shared by the two lists (the delegate draws them).
SecondLineRole = Qt.ItemDataRole.UserRole + 10
TrailingRole = Qt.ItemDataRole.UserRole + 11
AvatarNameRole = Qt.ItemDataRole.UserRole + 12

_Index = QModelIndex | QPersistentModelIndex
_WHITE = QColor(255, 255, 255)
_NEAR_BLACK = QColor(20, 20, 20)
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W_]+")


# ---- placeholders ------------------------------------------------------------
def initials(name: str) -> str:
    """Up to two letters for a placeholder: first and last word (``"?"`` if none)."""
    words: list[str] = _LETTERS.findall(name) or _WORD.findall(name)
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def avatar_colour(name: str) -> QColor:
    """A colour that is the same for a name on every run and every machine.

    Medium lightness and saturation: the disc stands out on light and dark
    windows alike, and :func:`avatar_text_colour` picks the readable text.
    """
    digest = hashlib.sha256(name.strip().casefold().encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    saturation = 0.40 + digest[2] / 255 * 0.15
    lightness = 0.36 + digest[3] / 255 * 0.06
    colour = QColor.fromHslF(hue, saturation, lightness)
    # Mid-luminance hues read poorly with white and with black text: deepen them.
    while max(contrast_ratio(colour, _WHITE), contrast_ratio(colour, _NEAR_BLACK)) < 4.5:
        colour = colour.darker(106)
    return colour


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def avatar_text_colour(background: QColor) -> QColor:
    """White or near-black, whichever reads better on *background*."""
    white, dark = QColor(_WHITE), QColor(_NEAR_BLACK)
    return white if contrast_ratio(white, background) >= contrast_ratio(dark, background) else dark


def paint_initials(painter: QPainter, rect: QRectF, name: str, font: QFont) -> None:
    """Draw the round initials placeholder for *name* into *rect*."""
    background = avatar_colour(name)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawEllipse(rect)
    text_font = QFont(font)
    text_font.setBold(True)
    text_font.setPixelSize(max(6, round(rect.height() * 0.38)))
    painter.setFont(text_font)
    painter.setPen(avatar_text_colour(background))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def initials_pixmap(name: str, size: int, ratio: float = 1.0, font: QFont | None = None) -> QPixmap:
    """A transparent square pixmap of *size* logical pixels with the initials disc."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_initials(painter, QRectF(0, 0, size, size), name, font or QApplication.font())
    painter.end()
    return pixmap


def round_image(image: QImage, pixels: int) -> QImage:
    """*image* cropped to its centre square, scaled to *pixels* and clipped to a circle."""
    side = min(image.width(), image.height())
    square = image.copy(
        (image.width() - side) // 2, (image.height() - side) // 2, side, side
    ).scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    out = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, pixels, pixels))
    painter.setClipPath(path)
    painter.drawImage(0, 0, square)
    painter.end()
    return out


# ---- photos ------------------------------------------------------------------
def _image_reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer


def decode_photo(data: bytes) -> QImage:
    """Decode image bytes, refusing absurd dimensions before allocating them.

    Raises:
        PhotoError: the bytes are not an image Qt can read.
    """
    reader, _buffer = _image_reader(data)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PHOTO_PIXELS:
        raise PhotoError(f"the photo is too big ({size.width()}×{size.height()} pixels)")
    image = reader.read()
    if image.isNull():
        raise PhotoError(f"the photo cannot be read: {reader.errorString()}")
    return image


def qt_can_decode(data: bytes) -> bool:
    """The ``verify`` check for :func:`fetch_photo`: only bytes Qt can show are cached."""
    try:
        decode_photo(data)
    except PhotoError:
        return False
    return True


def load_round_photo(url: str, cache_dir: Path, pixels: int) -> QImage:
    """Worker side: the photo from the cache (downloading it the first time), rounded.

    Runs in a pool thread: it touches no widget and no Store, only the network,
    the photo folder and QImage (which is safe off the GUI thread).
    """
    path = fetch_photo(url, cache_dir, verify=qt_can_decode)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoError(f"cannot read the cached photo {path}: {exc.strerror or exc}") from exc
    return round_image(decode_photo(data), pixels)


class _PhotoFailedError(BriefingError):
    """Carries the URL of a failed photo back to the GUI thread with its error."""

    def __init__(self, url: str, error: PhotoError) -> None:
        super().__init__(str(error))
        self.url = url
        self.error = error


class PhotoLoader(QObject):
    """Loads presenter photos off the GUI thread, once per URL per run.

    Results are kept in memory (scaled), failures are remembered so a broken
    URL is not fetched again on every view; the next run tries again.

    Signals:
        loaded(str, QImage): the round photo for a URL is ready.
        failed(str, str): a URL's photo could not be had (the reason).
    """

    loaded = Signal(str, QImage)
    failed = Signal(str, str)

    def __init__(
        self, cache_dir: Path, tasks: TaskRunner, pixels: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.tasks = tasks
        self.pixels = pixels
        self._images: dict[str, QImage] = {}
        self._failed: dict[str, str] = {}
        self._pending: set[str] = set()

    def image(self, url: str) -> QImage | None:
        """The photo if it is already in memory."""
        return self._images.get(url)

    def failure(self, url: str) -> str | None:
        return self._failed.get(url)

    def request(self, url: str) -> QImage | None:
        """Return the photo now if in memory; otherwise start loading it (if worth it)."""
        if url in self._images:
            return self._images[url]
        if not url or url in self._failed or url in self._pending:
            return None
        if not is_web_url(url):
            self._failed[url] = "not a web address"
            return None
        self._pending.add(url)
        cache_dir, pixels = self.cache_dir, self.pixels

        def work() -> tuple[str, QImage]:
            try:
                return url, load_round_photo(url, cache_dir, pixels)
            except PhotoError as exc:  # anything else is a bug: the crash dialog
                raise _PhotoFailedError(url, exc) from exc

        # Bound methods of this QObject: if the view is gone when the task ends,
        # Qt has dropped the connection and nothing is called on a dead object.
        # After a bug the URL stays pending: not fetched again, so not reported again.
        self.tasks.run(work, self._done, self._error)
        return None

    def _done(self, result: tuple[str, QImage]) -> None:
        url, image = result
        self._pending.discard(url)
        if len(self._images) >= _MEMORY_PHOTOS:
            self._images.pop(next(iter(self._images)))
        self._images[url] = image
        self.loaded.emit(url, image)

    def _error(self, failure: BriefingError) -> None:
        if not isinstance(failure, _PhotoFailedError):  # pragma: no cover - work() wraps all
            logger.error("Loading a photo failed: %s", failure)
            return
        url, error = failure.url, failure.error
        self._pending.discard(url)
        reason = str(error)
        logger.info("No photo: %s", reason)
        self._failed[url] = reason
        self.failed.emit(url, reason)


# ---- models ------------------------------------------------------------------
def presenter_second_line(record: PresenterRecord) -> str:
    parts = [x for x in (record.title, record.organization) if x]
    # "Controller · City of Toronto", without repeating an organization the title names.
    if len(parts) == 2 and parts[1].casefold() in parts[0].casefold():
        parts = parts[:1]
    line = " · ".join(parts)
    if record.removed:
        line = f"{line} (removed from the feed)" if line else "Removed from the feed"
    return line


def sessions_label(count: int) -> str:
    return f"{count} session{'s' if count != 1 else ''}"


class PresenterListModel(QAbstractListModel):
    """Presenters as rows: name, a second line (title · organization), session count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[PresenterRecord] = []
        self._photos: dict[str, QPixmap] = {}

    def set_records(self, records: Sequence[PresenterRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> PresenterRecord:
        return self._records[row]

    def row_of(self, presenter_id: int) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.id == presenter_id), None)

    def set_photo(self, url: str, pixmap: QPixmap) -> None:
        """Show a loaded photo for every row with this photo URL."""
        self._photos[url] = pixmap
        for row, record in enumerate(self._records):
            if record.photo_url == url:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.name
        if role == SecondLineRole:
            return presenter_second_line(record)
        if role == TrailingRole:
            return sessions_label(record.session_count)
        if role == AvatarNameRole:
            return record.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._photos.get(record.photo_url) if record.photo_url else None
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            second = presenter_second_line(record)
            return f"{record.name}\n{second}" if second else record.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                record.name,
                presenter_second_line(record),
                sessions_label(record.session_count),
            ]
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and record.removed:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class PresenterSessionsModel(QAbstractListModel):
    """A presenter's sessions: title, then when/kind/track; status on the right."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[SessionRecord] = []

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.title
        if role == SecondLineRole:
            return self._second_line(record)
        if role == TrailingRole:
            return status_label(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.title}\n\n{record.summary}" if record.summary else record.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [record.title, self._second_line(record), status_label(record)]
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and record.is_cancelled:
            font = QFont()
            font.setStrikeOut(True)
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _second_line(record: SessionRecord) -> str:
        kind = record.kind[:1].upper() + record.kind[1:]
        return " · ".join(x for x in (when_label(record), kind, record.track) if x)


class TwoLineDelegate(QStyledItemDelegate):
    """Paints an optional round avatar, a bold first line, a muted second line and
    a muted note on the right, all from palette roles (light and dark alike)."""

    PADDING = 6
    SPACING = 2

    def __init__(self, avatar_size: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.avatar_size = avatar_size

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        primary = QFont(option.font)
        primary.setBold(True)
        secondary = QFont(option.font)
        secondary.setStrikeOut(False)
        return primary, secondary

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        primary, secondary = self._fonts(opt)
        text_height = (
            QFontMetrics(primary).height() + self.SPACING + QFontMetrics(secondary).height()
        )
        height = max(text_height, self.avatar_size) + 2 * self.PADDING
        # The width follows the view (no horizontal scrolling; text is elided).
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus frame from the style; the text is ours.
        opt.text = ""
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        if group == QPalette.ColorGroup.Normal and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        back_role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        text_colour = opt.palette.color(group, text_role)
        muted = _mix(text_colour, opt.palette.color(group, back_role), 0.30)

        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        if self.avatar_size:
            avatar = QRect(
                rect.left(),
                rect.top() + (rect.height() - self.avatar_size) // 2,
                self.avatar_size,
                self.avatar_size,
            )
            photo = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(photo, QPixmap) and not photo.isNull():
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawPixmap(avatar, photo)
            else:
                paint_initials(
                    painter, QRectF(avatar), str(index.data(AvatarNameRole) or ""), opt.font
                )
            rect.setLeft(avatar.right() + 1 + self.PADDING + 2)

        primary, secondary = self._fonts(opt)
        trailing = str(index.data(TrailingRole) or "")
        if trailing:
            metrics = QFontMetrics(secondary)
            width = metrics.horizontalAdvance(trailing)
            painter.setFont(secondary)
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.right() - width, rect.top(), width, rect.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                trailing,
            )
            rect.setRight(rect.right() - width - self.PADDING * 2)

        first_metrics, second_metrics = QFontMetrics(primary), QFontMetrics(secondary)
        block = first_metrics.height() + self.SPACING + second_metrics.height()
        top = rect.top() + max(0, (rect.height() - block) // 2)
        first = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SecondLineRole) or "")
        if not second:
            top = rect.top() + max(0, (rect.height() - first_metrics.height()) // 2)
        painter.setFont(primary)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(rect.left(), top, rect.width(), first_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            first_metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if second:
            painter.setFont(secondary)
            painter.setPen(muted)
            painter.drawText(
                QRect(
                    rect.left(),
                    top + first_metrics.height() + self.SPACING,
                    rect.width(),
                    second_metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                second_metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """*a* moved *amount* (0-1) of the way towards *b*."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


# ---- the page ----------------------------------------------------------------
_URL_SAFE = "/:?#[]@!$&'*+,;=%~-._"


def _link_target(url: str) -> str:
    """A URL that cannot end a Markdown link early (no spaces, parentheses, brackets)."""
    return quote(url.strip(), safe=_URL_SAFE.replace("[", "").replace("]", ""))


def presenter_markdown(detail: PresenterDetail) -> str:
    """Markdown for the page body: the biography, links, case studies.

    The name, title and organization are shown in plain-text labels above.
    Only http(s) links are made clickable; other addresses are shown as text.
    """
    p = detail.presenter
    # A biography written as one big heading (feeds do that) reads as bold text.
    bio = _HEADING.sub(r"**\1**", p.bio.strip())
    parts = [bio if bio else "*No biography in the feed.*"]
    if p.links:
        lines = ["### Links"]
        for link in p.links:
            label = md_escape(link.title or link.url)
            if is_web_url(link.url):
                lines.append(f"- [{label}]({_link_target(link.url)})")
            else:
                lines.append(f"- {label}" + (f" ({md_escape(link.url)})" if link.title else ""))
        parts.append("\n".join(lines))
    if detail.case_studies:
        lines = ["### Case studies"]
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

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(accessible_name)


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
        self.search.setPlaceholderText("Search presenters (name, title, organization, biography)…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search presenters")
        self.search.installEventFilter(self)
        self.model = PresenterListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Presenters")
        self.list.setItemDelegate(TwoLineDelegate(LIST_AVATAR_SIZE, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of presenters")
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
        self.photo.setAccessibleName("Photo")
        self.name_label = _PlainLabel("Name")
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.5)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.title_label = _PlainLabel("Title")
        self.organization_label = _PlainLabel("Organization")
        organization_font = QFont(self.organization_label.font())
        organization_font.setItalic(True)
        self.organization_label.setFont(organization_font)
        self.meta_label = _PlainLabel("Sessions and status")
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
        self.bio.setAccessibleName("Biography and links")
        self.bio.setOpenLinks(False)
        self.bio.setOpenExternalLinks(False)
        self.bio.anchorClicked.connect(self.open_link)

        self.sessions_heading = QLabel("&Sessions")
        self.sessions_model = PresenterSessionsModel(self)
        self.sessions = QListView()
        self.sessions.setModel(self.sessions_model)
        self.sessions.setAccessibleName("Sessions of this presenter")
        self.sessions.setItemDelegate(TwoLineDelegate(0, self.sessions))
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.activated.connect(self._session_activated)
        self.sessions_heading.setBuddy(self.sessions)
        self.sessions_heading.setAccessibleName("Sessions heading")

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
        self.empty_label.setAccessibleName("No presenter")
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
        records = self.store.presenters(search=text) if text else self.store.presenters()
        self.model.set_records(records)
        count = len(records)
        noun = "presenter" if count == 1 else "presenters"
        if text:
            self.count_label.setText(
                f"{count} {noun} {'matches' if count == 1 else 'match'} “{text}”"
                if count
                else f"No presenters match “{text}”."
            )
        else:
            self.count_label.setText(f"{count} {noun}")
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and count:
            row = 0
        if row is None:
            self._show_empty(
                f"No presenters match “{text}”."
                if text
                else "No presenters yet. Import a feed that lists speakers."
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
            self._show_empty("This presenter is no longer in any feed.")
            return
        p = detail.presenter
        self._current_id = p.id
        self.name_label.setText(p.name)
        self.title_label.setText(p.title)
        self.title_label.setVisible(bool(p.title))
        self.organization_label.setText(p.organization)
        self.organization_label.setVisible(bool(p.organization))
        meta = sessions_label(len(detail.sessions))
        if p.removed:
            meta += " · removed from the feed"
        self.meta_label.setText(meta)
        self.bio.document().setMarkdown(
            presenter_markdown(detail),
            QTextDocument.MarkdownFeature.MarkdownNoHTML
            | QTextDocument.MarkdownFeature.MarkdownDialectGitHub,
        )
        self.bio.verticalScrollBar().setValue(0)
        self.sessions_model.set_records(detail.sessions)
        self.sessions_heading.setText(f"&Sessions ({len(detail.sessions)})")
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
        self.photo.setAccessibleName(f"Initials of {presenter.name} (no photo)")
        failure = self.photos.failure(presenter.photo_url) if presenter.photo_url else None
        self.photo.setToolTip(f"Photo unavailable: {failure}" if failure else "")

    def _set_photo(self, image: QImage, name: str) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / PHOTO_SIZE)
        self.photo.setPixmap(pixmap)
        self.photo.setAccessibleName(f"Photo of {name}")
        self.photo.setToolTip("")

    def _photo_loaded(self, url: str, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / LIST_AVATAR_SIZE)
        self.model.set_photo(url, pixmap)
        if url == self._photo_url and self._current_id is not None:
            self._set_photo(image, self.name_label.text())

    def _photo_failed(self, url: str, reason: str) -> None:
        if url == self._photo_url:
            self.photo.setToolTip(f"Photo unavailable: {reason}")

    def _ratio(self) -> float:
        screen = QApplication.primaryScreen()
        return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0

    # ---- user actions -------------------------------------------------------
    def _session_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(self.sessions_model.record(index.row()).id)

    @staticmethod
    def open_link(url: QUrl) -> bool:
        """Open http(s) links in the system browser; refuse every other scheme."""
        if url.scheme().lower() in WEB_SCHEMES and url.host():
            return bool(QDesktopServices.openUrl(url))
        logger.warning("Refused to open link with scheme %r", url.scheme())
        return False

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
