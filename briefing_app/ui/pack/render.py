"""Lay out a briefing pack with Qt alone and paint it page by page: PDF (QPdfWriter) or a printer.

The pages are one :class:`QTextDocument` (Qt's HTML subset; Markdown from feeds and notes
converted with :data:`~briefing_app.ui.widgets.markdown_view.MARKDOWN_FEATURES`, so raw
HTML is never interpreted and nothing is loaded), laid out on the page's body (the
paint rectangle less a running header and a footer), then painted one page at a time
with the header (the series and the pack's scope) and "Page 3 of 12".

The table of contents needs the page each session starts on, which is known only
after layout. So the document is laid out twice: once with placeholder numbers, to
find each session's page (its heading carries an anchor ``session-ID``), then again
with the real numbers; the numbers sit in a fixed-width column, so the second layout
puts every session on the page the first found (checked; a third pass if not).

Works off the GUI thread: no QWidget and no QPixmap are used, only QTextDocument,
QImage, QPainter and QPdfWriter (or the QPrinter the GUI thread made).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from briefing_app.errors import BriefingError, NotFoundError, OperationCancelledError, UsageError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.ui import content_language
from briefing_app.ui.widgets.core_words import status_word
from briefing_app.ui.widgets.locale_text import (
    day_text,
    moment_text,
    number_text,
    range_text,
    zone_abbreviation,
    zone_place_text,
    zone_text,
)
from briefing_app.ui.widgets.locale_text import size_text as human_size
from briefing_app.ui.widgets.markdown_view import MARKDOWN_FEATURES
from briefing_app.usecases.pack import Pack, PackPresenter, PackSession, check_output_path
from briefing_app.util.i18n import localized as localized_message
from briefing_app.util.links import safe_link
from briefing_app.util.presenter_roles import person_in_role
from briefing_app.util.session_kinds import kind_text
from briefing_app.util.timeutil import in_zone

#: The pack's fixed words go through Qt's translation (``lupdate`` reads ``translate(...)``).
translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

#: Territories whose paper is US Letter (elsewhere A4).
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
    }
)
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: The resolution of the PDF's layout (vector text; photos are drawn at this).
PDF_DPI = 300
#: The unit of Qt's HTML sizes (px in styles and <img>): the pack is laid out in it.
CSS_DPI = 96.0
#: Page margins, and the header and footer bands inside them (points).
MARGIN_MM = QMarginsF(18, 14, 18, 14)
BAND_PT = 30.0
#: A photo's side, in the CSS pixels (1/96 inch) Qt's HTML sizes images in on any device.
PHOTO_CSS_PX = 64
#: Photos are kept in memory at most this size (pixels, square): enough at 0.7 inch and 300 dpi.
PHOTO_PIXELS = 240
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]
FONT_PT = 10.0

#: Qt's CSS takes lengths of margins and paddings in px only (a pt is ignored).
STYLE = """
body { color: #000000; }
h1 { font-size: 17pt; font-weight: 600; margin-top: 0px; margin-bottom: 5px; }
h2 { font-size: 12.5pt; font-weight: 600; margin-top: 10px; margin-bottom: 3px; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
a { color: #0b3d91; text-decoration: underline; }
td { padding: 1px; }
.muted { color: #444444; }
.cover-title { font-size: 26pt; font-weight: 600; }
.cover-sub { font-size: 14pt; }
.facts td { padding: 1px 8px 1px 0px; }
.label { font-weight: 600; }
.toc td { padding: 4px 5px 4px 0px; }
"""


def default_paper(locale: QLocale | None = None) -> str:
    """``letter`` where the locale's territory uses US Letter, else ``a4``."""
    territory = (locale or QLocale.system()).territory()
    return "letter" if territory in _LETTER_TERRITORIES else "a4"


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What was painted: the page count, and the page each session starts on (by id)."""

    pages: int
    session_pages: dict[int, int]
    toc_pages: tuple[int, ...]


class PackRenderError(BriefingError):
    """The pack could not be painted or written (the message says why)."""


class _PackDocument(QTextDocument):
    """The pack's document: only the images the pack adds; nothing else is ever loaded."""

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802 (Qt's names)
        shown = name.toString() if isinstance(name, QUrl) else name
        logger.debug("the pack does not load %s", shown[:200])
        return None


def _font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(FONT_PT)
    # No "fi"/"ff" ligatures: text copied or searched in the PDF reads as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def markdown_html(text: str) -> str:
    """*text* (Markdown from a feed or the reader) as an HTML fragment for the pack.

    Raw HTML in it is shown as text; links keep their address only when they are web
    links (other schemes stay as words, never clickable).
    """
    if not text.strip():
        return ""
    doc = _PackDocument()
    doc.setMarkdown(text, MARKDOWN_FEATURES)
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and safe_link(fmt.anchorHref(), mailto=True) is None:
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                plain = QTextCharFormat(fmt)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.clearProperty(QTextFormat.Property.AnchorHref)
                plain.setFontUnderline(False)
                cursor.setCharFormat(plain)
            it += 1
        block = block.next()
    whole = doc.toHtml()
    start = whole.find("<body")
    start = whole.find(">", start) + 1
    end = whole.rfind("</body>")
    return whole[start:end] if start > 0 and end > start else html.escape(text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _muted(text: str) -> str:
    """*text* escaped, in the muted colour when it has words (spaces stay plain)."""
    return f"<span class='muted'>{_e(text)}</span>" if text.strip() else _e(text)


def _link(url: str, link: str | None) -> str:
    """A link shown as its address, clickable only when it is a web link."""
    if link:
        return f'<a href="{_e(link)}">{_e(url)}</a>'
    return _e(url)


def localized(pack: Pack) -> Pack:
    """*pack* with its times and dates written by ``QLocale`` (the core writes English) and
    its fixed scope word translated."""
    sessions = []
    for s in pack.sessions:
        try:
            event_time = range_text(s.start, s.end, s.event_zone)
            mine = range_text(s.start, s.end, pack.reader_zone)
        except ValueError:  # a zone this machine does not know: the core's text stands
            sessions.append(s)
            continue
        sessions.append(
            replace(s, event_time=event_time, reader_time="" if mine == event_time else mine)
        )
    dates = pack.dates
    if pack.sessions:
        try:
            first = min(s.start for s in pack.sessions)
            last = max(s.start for s in pack.sessions)
            first_day = in_zone(first, pack.reader_zone).date()
            last_day = in_zone(last, pack.reader_zone).date()
            dates = (
                day_text(first_day)
                if first_day == last_day
                else f"{day_text(first_day)} – {day_text(last_day)}"
            )
        except ValueError:
            pass
    scope = translate("BriefingPack", "My agenda") if pack.scope == "My agenda" else pack.scope
    title = localized_message(pack.title, translate)  # "Briefing pack" for several series
    return replace(pack, sessions=tuple(sessions), dates=dates, scope=scope, title=title)


def _material_kind(kind: str) -> str:
    """A material's kind (the feed's key) in the reader's language: the CLI's words."""
    words = {
        "slides": translate("BriefingPack", "slides"),
        "recording": translate("BriefingPack", "recording"),
        "pre-read": translate("BriefingPack", "pre-read"),
        "link": translate("BriefingPack", "link"),
        "other": translate("BriefingPack", "other"),
    }
    return words.get(kind, kind)


def _zone_after(time_text: str, zone: str) -> str:
    """ " (zone)" after *time_text*, unless the text already ends with it ("… UTC (UTC)")."""
    place = zone_place_text(zone) if zone else ""
    if not place or time_text.rstrip().endswith(place):
        return ""
    return f" <span class='muted'>({_e(place)})</span>"


def _question_state(state: str) -> str:
    """A question's state as the pack says it ("asked", "answered")."""
    words = {
        "asked": translate("BriefingPack", "asked"),
        "answered": translate("BriefingPack", "answered"),
    }
    return words.get(state, state)


class PackDocumentBuilder:
    """Builds the pack's HTML and the images it shows."""

    def __init__(self, pack: Pack, *, dpi: int, cancel: CancelCheck | None = None) -> None:
        self.pack = localized(pack)
        self.dpi = dpi
        self.cancel = cancel
        self.photo_px = PHOTO_CSS_PX
        self.images: dict[str, QImage] = {}
        self._sections: dict[int, str] = {}

    def sections(self) -> dict[int, str]:
        """Each session's section, built once (both passes reuse them)."""
        if not self._sections:
            for session in self.pack.sessions:
                if self.cancel is not None and self.cancel():
                    raise OperationCancelledError(
                        translate("BriefingPack", "the briefing pack was cancelled")
                    )
                self._sections[session.id] = self._session(session)
        return self._sections

    def html(self, pages: dict[int, int] | None) -> str:
        sections = self.sections()
        parts = [self._cover(), self._toc(pages)]
        parts.extend(sections[s.id] for s in self.pack.sessions)
        return "<html><body>" + "".join(parts) + "</body></html>"

    def _generated_zone(self) -> str:
        """The zone's abbreviation when the pack was made (``EST``, ``HNE``)."""
        generated = self.pack.generated
        if generated.tzinfo is None:
            return ""
        # the zone it was written in (the reader's: usecases/pack), by its IANA name
        zone_name = getattr(generated.tzinfo, "key", None) or self.pack.reader_zone
        return zone_abbreviation(generated, str(zone_name))

    def _cover(self) -> str:
        p = self.pack
        series = "<br/>".join(_e(s) for s in p.series) or _e(p.title)
        count = len(p.sessions)
        rows = [
            (translate("BriefingPack", "Sessions"), number_text(count)),
            (translate("BriefingPack", "Dates"), _e(p.dates)),
            (
                translate("BriefingPack", "Times shown"),
                _e(
                    translate(
                        "BriefingPack", "{0} (your time zone) and each event's local time"
                    ).format(zone_text(p.reader_zone))
                ),
            ),
            (
                translate("BriefingPack", "Prepared"),
                _e(f"{moment_text(p.generated, seconds=False)} {self._generated_zone()}"),
            ),
        ]
        facts = "".join(
            f'<tr><td class="label" style="padding-right: 12px">{label}</td><td>{value}</td></tr>'
            for label, value in rows
        )
        return (
            # A document's first block ignores its top margin: an empty line makes the room.
            '<p style="font-size: 60pt">&nbsp;</p>'
            '<p class="muted" style="margin-bottom: 8px">'
            + _e(translate("BriefingPack", "BRIEFING PACK"))
            + "</p>"
            f'<p class="cover-title" style="margin-bottom: 13px">{series}</p>'
            f'<p class="cover-sub" style="margin-bottom: 5px">{_e(p.scope)}</p>'
            f'<p class="cover-sub" style="margin-bottom: 32px">{_e(p.dates)}</p>'
            f'<table class="facts" cellpadding="2">{facts}</table>'
            '<p class="muted" style="margin-top: 32px">'
            + _e(
                translate(
                    "BriefingPack",
                    "Made with Briefing Companion. "
                    "Links in this pack open in your browser when the PDF is read on screen.",
                )
            )
            + "</p>"
        )

    def _toc(self, pages: dict[int, int] | None) -> str:
        rows = []
        for s in self.pack.sessions:
            page = str(pages.get(s.id, 0)) if pages is not None else "000"
            when = s.reader_time or s.event_time
            rows.append(
                f"<tr><td>{_e(s.title)}<br/><span class='muted'>{_e(when)}</span></td>"
                f'<td width="{round(0.5 * self.dpi)}" align="right" valign="top">{page}</td></tr>'
            )
        return (
            '<h1 style="page-break-before: always"><a name="contents"></a>'
            + _e(translate("BriefingPack", "Contents"))
            + "</h1>"
            '<table class="toc" width="100%" cellspacing="0" cellpadding="3">'
            + "".join(rows)
            + "</table>"
        )

    def _session(self, s: PackSession) -> str:
        marks = dict(s.fallbacks)
        title = _e(s.title)
        if marks.get("title"):  # shown in another language than the reader's: a mark in words
            title += f" <span class='muted'>[{_e(content_language.badge(marks['title']))}]</span>"
        if s.removed:
            title += _e(translate("BriefingPack", " (removed from the feed)"))
        elif s.status == "cancelled":
            title += _e(translate("BriefingPack", " (cancelled)"))
        elif s.status not in ("scheduled", ""):
            title += f" ({_e(status_word(s.status).lower())})"
        out = [f'<h1 style="page-break-before: always"><a name="session-{s.id}"></a>{title}</h1>']
        if s.subtitle:
            out.append(f"<p><i>{_e(s.subtitle)}</i></p>")
        facts: list[tuple[str, str]] = [
            (
                translate("BriefingPack", "When"),
                _e(s.event_time) + _zone_after(s.event_time, s.event_zone),
            )
        ]
        if s.reader_time:
            facts.append(
                (
                    translate("BriefingPack", "Your time"),
                    _e(s.reader_time) + _zone_after(s.reader_time, self.pack.reader_zone),
                )
            )
        if s.join_url:
            facts.append((translate("BriefingPack", "Join"), _link(s.join_url, s.join_link)))
        facts.append((translate("BriefingPack", "Series"), _e(s.series)))
        kind = kind_text(s.kind, translate)
        if kind:  # the kind and the track apart, as the detail pane shows them
            facts.append((translate("BriefingPack", "Kind"), _e(kind[:1].upper() + kind[1:])))
        if s.track:
            facts.append((translate("BriefingPack", "Track"), _e(s.track)))
        if s.location:
            facts.append((translate("BriefingPack", "Location"), _e(s.location)))
        if s.favourite:
            facts.append(
                (
                    translate("BriefingPack", "Agenda"),
                    _e(translate("BriefingPack", "★ in your favourites")),
                )
            )
        out.append(
            '<table class="facts">'
            + "".join(
                f'<tr><td class="label" style="padding-right: 12px">{k}</td><td>{v}</td></tr>'
                for k, v in facts
            )
            + "</table>"
        )
        if s.summary or s.description:
            out.append("<h2>" + _e(translate("BriefingPack", "Abstract")) + "</h2>")
            for text, key in ((s.summary, "summary"), (s.description, "description")):
                if marks.get(key) and text:
                    badge = content_language.badge(marks[key])
                    said = content_language.fallback_explanation(marks[key])
                    out.append(f"<p class='muted'>[{_e(badge)}] {_e(said)}</p>")
                out.append(markdown_html(text))
        if s.presenters:
            out.append("<h2>" + _e(translate("BriefingPack", "Presenters")) + "</h2>")
            out.extend(self._presenter(p) for p in s.presenters)
        if s.case_studies:
            out.append("<h2>" + _e(translate("BriefingPack", "Case studies")) + "</h2>")
            for c in s.case_studies:
                org = (
                    f" <span class='muted'>({_e(c.organization)})</span>" if c.organization else ""
                )
                out.append(f"<h3>{_e(c.title)}{org}</h3>")
                out.append(markdown_html(c.summary))
                for label, text in (
                    (translate("BriefingPack", "Challenge"), c.challenge),
                    (translate("BriefingPack", "Approach"), c.approach),
                    (translate("BriefingPack", "Outcome"), c.outcome),
                ):
                    if text.strip():
                        out.append(f"<p class='label'>{_e(label)}</p>" + markdown_html(text))
        out.append("<h2>" + _e(translate("BriefingPack", "Materials")) + "</h2>")
        if s.materials:
            rows = []
            for m in s.materials:
                size = f" · {human_size(m.size)}" if m.size else ""
                kept = _e(translate("BriefingPack", " · kept offline")) if m.offline else ""
                kind = _e(_material_kind(m.kind))
                rows.append(
                    f"<li><b>{_e(m.title or m.url)}</b> <span class='muted'>"
                    f"({kind}{size}{kept})</span><br/>{_link(m.url, m.link)}</li>"
                )
            out.append("<ul>" + "".join(rows) + "</ul>")
        else:
            out.append(
                "<p class='muted'>"
                + _e(translate("BriefingPack", "No materials published for this session."))
                + "</p>"
            )
        out.append("<h2>" + _e(translate("BriefingPack", "My questions")) + "</h2>")
        if s.questions:
            items = []
            for q in s.questions:
                state = (
                    ""
                    if q.state == "draft"
                    else f" <span class='muted'>[{_e(_question_state(q.state))}]</span>"
                )
                answer = (
                    "<br/><span class='muted'>"
                    + _e(translate("BriefingPack", "Answer: {0}").format(q.answer))
                    + "</span>"
                    if q.answer
                    else ""
                )
                items.append(f"<li>{_e(q.text)}{state}{answer}</li>")
            out.append("<ol>" + "".join(items) + "</ol>")
        else:
            out.append(
                "<p class='muted'>" + _e(translate("BriefingPack", "No questions yet.")) + "</p>"
            )
        out.append("<h2>" + _e(translate("BriefingPack", "My notes")) + "</h2>")
        out.append(
            markdown_html(s.note)
            or "<p class='muted'>" + _e(translate("BriefingPack", "No notes yet.")) + "</p>"
        )
        return "".join(out)

    def _presenter(self, p: PackPresenter) -> str:
        name = f"presenter-{p.id}"
        if name not in self.images:
            self.images[name] = self._photo(p)
        about = ", ".join(x for x in (p.title, p.organization) if x)
        # "Josie Scioli (presenter)", "Présentation : Josie Scioli" (util/presenter_roles):
        # the name bold, the words of the role muted, in the language's order.
        before, _name, after = person_in_role("\x00", p.role, translate).partition("\x00")
        person = _muted(before) + f"<b>{_e(p.name)}</b>" + _muted(after)
        bio = markdown_html(p.bio) if p.bio.strip() else ""
        size = self.photo_px
        return (
            '<table cellspacing="0" style="margin-bottom: 8px"><tr>'
            f'<td width="{size + 12}" valign="top">'
            f'<img src="pack:{name}" width="{size}" height="{size}"/></td>'
            f'<td valign="top">{person}'
            + (f"<br/>{_e(about)}" if about else "")
            + bio
            + "</td></tr></table>"
        )

    def _photo(self, p: PackPresenter) -> QImage:
        """The cached photo, cropped square and scaled down; a placeholder if it will not load."""
        if p.photo is not None:
            reader = QImageReader(str(p.photo))
            reader.setAutoTransform(True)
            image = reader.read()
            if not image.isNull():
                side = min(image.width(), image.height())
                square = image.copy(
                    (image.width() - side) // 2, (image.height() - side) // 2, side, side
                )
                return square.scaled(
                    PHOTO_PIXELS,
                    PHOTO_PIXELS,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            logger.info("photo of %s not loaded (%s): placeholder", p.name, reader.errorString())
        return placeholder_photo(p.initials)


def placeholder_photo(initials: str) -> QImage:
    """A light grey square with the presenter's initials: prints well, never fails."""
    image = QImage(PHOTO_PIXELS, PHOTO_PIXELS, QImage.Format.Format_RGB32)
    image.fill(QColor("#e6e6e6"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = _font()
        font.setPixelSize(PHOTO_PIXELS // 3)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    finally:
        painter.end()
    return image


class PackPainter:
    """Lays out a pack for one page device and paints it there."""

    def __init__(
        self,
        pack: Pack,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> None:
        self.pack = pack
        self.progress = progress
        self.cancel = cancel

    def paint(self, device: QPagedPaintDevice) -> RenderResult:
        """Lay the pack out for *device*'s page and paint every page; returns what was painted.

        The document is laid out in CSS pixels (1/96 inch: the unit of Qt's HTML sizes,
        margins included) and painted scaled to the device: the same pages, page breaks
        and contents on a PDF at any resolution and on any printer.
        """
        dpi = device.logicalDpiY()
        body = QRectF(device.pageLayout().paintRectPixels(dpi))
        band = BAND_PT * dpi / 72.0
        scale = dpi / CSS_DPI
        page_w, page_h = body.width() / scale, (body.height() - 2 * band) / scale
        builder = PackDocumentBuilder(self.pack, dpi=round(CSS_DPI), cancel=self.cancel)
        doc = _PackDocument()
        doc.setDefaultFont(_font())
        doc.setDefaultStyleSheet(STYLE)
        doc.setPageSize(QSizeF(page_w, page_h))
        doc.setDocumentMargin(0)
        pages: dict[int, int] | None = None
        for _pass in range(3):
            doc.setHtml(builder.html(pages))  # the sessions (and photos) are built once
            # Every <img> names its size: the layout does not wait for the images.
            for name, image in builder.images.items():
                doc.addResource(
                    QTextDocument.ResourceType.ImageResource.value, QUrl(f"pack:{name}"), image
                )
            found = _anchor_pages(doc, page_h)
            if pages == found:
                break
            pages = found
        if pages is None:  # pragma: no cover - the loop always runs
            pages = {}
        total = doc.pageCount()
        session_pages = {s.id: pages.get(s.id, 0) for s in self.pack.sessions}
        toc_start = pages.get(-1, 2)
        first_session = min(session_pages.values(), default=total + 1)
        self._paint_pages(device, doc, body.width(), band, scale, total)
        return RenderResult(total, session_pages, tuple(range(toc_start, first_session)))

    def _paint_pages(
        self,
        device: QPagedPaintDevice,
        doc: QTextDocument,
        width: float,
        band: float,
        scale: float,
        total: int,
    ) -> None:
        painter = QPainter()
        if not painter.begin(device):
            raise PackRenderError(
                translate("BriefingPack", "the page device could not be opened for painting")
            )
        try:
            header_font = _font()
            header_font.setPointSizeF(8.5)
            page_w, page_h = doc.pageSize().width(), doc.pageSize().height()
            for index in range(total):
                if self.cancel is not None and self.cancel():
                    raise OperationCancelledError(
                        translate("BriefingPack", "the briefing pack was cancelled")
                    )
                if index and not device.newPage():
                    raise PackRenderError(
                        translate(
                            "BriefingPack", "a new page could not be started (is the disk full?)"
                        )
                    )
                painter.save()
                painter.setFont(header_font)
                painter.setPen(QColor("#333333"))
                if index:  # the cover carries no running header
                    header = QRectF(0, 0, width, band * 0.5)
                    title = painter.fontMetrics().elidedText(
                        self.pack.running_title, Qt.TextElideMode.ElideRight, int(width * 0.6)
                    )
                    painter.drawText(
                        header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title
                    )
                    painter.drawText(
                        header,
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                        self.pack.dates,
                    )
                    painter.setPen(QColor("#999999"))
                    rule = round(band * 0.6)
                    painter.drawLine(0, rule, round(width), rule)
                footer = QRectF(0, band + page_h * scale + band * 0.3, width, band * 0.7)
                painter.setPen(QColor("#333333"))
                painter.drawText(
                    footer,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    translate("BriefingPack", "Page {0} of {1}").format(
                        number_text(index + 1), number_text(total)
                    ),
                )
                painter.translate(0, band)
                painter.scale(scale, scale)
                painter.translate(0, -index * page_h)
                page = QRectF(0, index * page_h, page_w, page_h)
                painter.setClipRect(page)
                # Only the lines inside the page are drawn; a line starting the next page
                # touches this one's edge (rounding): a little in, so its text is not in this
                # page's content too (hidden by the clip, but found by search and copy).
                doc.drawContents(painter, page.adjusted(0, 0.5, 0, -0.5))
                painter.restore()
                if self.progress is not None:
                    self.progress(index + 1, total)
        finally:
            painter.end()


def _anchor_pages(doc: QTextDocument, page_h: float) -> dict[int, int]:
    """The page (from 1) each ``session-ID`` anchor is on; ``-1`` for the contents."""
    found: dict[int, int] = {}
    doc.pageCount()  # lays the whole document out: positions are known after, not before
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                key = -1 if name == "contents" else None
                if name.startswith("session-"):
                    key = int(name.removeprefix("session-"))
                if key is not None:
                    top = layout.blockBoundingRect(block).top()
                    found[key] = int((top + 1) // page_h) + 1
            it += 1
        block = block.next()
    return found


def rendering_application() -> QGuiApplication:
    """A Qt GUI application to lay out and paint with (keep it while painting).

    The one already running (the window's), else one on the offscreen platform: a
    PDF needs fonts, not a display, so ``briefing-app pack`` works over SSH and in scripts.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    from briefing_app.ui.app import route_qt_messages

    # Qt's notes (a font without shaping for a script, ...) go to the log, not the terminal.
    route_qt_messages()
    return QGuiApplication(["briefing-app", "-platform", "offscreen"])


def pdf_bytes(
    pack: Pack,
    *,
    paper: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[bytes, RenderResult]:
    """The pack as a PDF, in memory (written to disk atomically by :func:`write_pack_pdf`)."""
    pack = localized(pack)
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(translate("BriefingPack", "Briefing pack: {0}").format(pack.running_title))
    writer.setCreator("Briefing Companion")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper or default_paper()]),
            QPageLayout.Orientation.Portrait,
            MARGIN_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    result = PackPainter(pack, progress=progress, cancel=cancel).paint(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data()), result


def write_pack_pdf(
    pack: Pack,
    target: Path,
    *,
    paper: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> RenderResult:
    """Write *pack* as a PDF at *target*, atomically: the old file or the whole new one.

    Raises:
        DiskFullError: the disk filled (nothing is left behind).
        NotFoundError: the folder does not exist.
        UsageError: *target* is a folder, or cannot be written (permissions).
        OperationCancelledError: *cancel* said so (nothing is written).
    """
    check_output_path(target)
    data, result = pdf_bytes(pack, paper=paper, progress=progress, cancel=cancel)
    try:
        write_atomically(target, data)
    except FileNotFoundError as exc:  # the folder went away meanwhile
        raise NotFoundError(
            translate("BriefingPack", "cannot write {0}: {1}").format(target, exc.strerror or exc)
        ) from exc
    except OSError as exc:  # DiskFullError is raised as itself
        raise UsageError(
            translate("BriefingPack", "cannot write {0}: {1}").format(target, exc.strerror or exc)
        ) from exc
    logger.info("briefing pack: %d pages, %d bytes, to %s", result.pages, len(data), target)
    return result
