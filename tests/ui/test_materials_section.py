"""The materials in the session detail pane: listed with kind, size and offline copy; what opens."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from briefing_app.feeds.model import Feed, Material, MaterialKind
from briefing_app.platform.resources_util import resource
from briefing_app.store import BUILTIN_SAMPLE_URL, Store
from briefing_app.ui.sessions.detail_panel import SessionDetailPanel
from briefing_app.ui.sessions.materials_section import MaterialColumn, MaterialRow
from briefing_app.usecases.materials import OPEN_DIR, materials_root
from briefing_app.usecases.startup import load_sample_feed

PRE_READ = "procurement-innovation-pre-read.html"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the app handed to the system's "open with" (the one seam every opener uses)."""
    found: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: found.append(url) or True)
    return found


def _panel(qtbot, store: Store, ref: str) -> SessionDetailPanel:
    panel = SessionDetailPanel(store)
    qtbot.addWidget(panel)
    panel.resize(500, 900)
    panel.show()
    panel.show_session(store.find_session(ref).id)
    return panel


def _cell(panel: SessionDetailPanel, row: int, column: MaterialColumn, role: int) -> object:
    model = panel.materials.model
    return model.data(model.index(row, column), role)


def test_the_sample_pre_read_is_listed_kept_offline_and_opens_with_no_network(
    qtbot, sample_store: Store, opened: list[QUrl]
) -> None:
    panel = _panel(qtbot, sample_store, "procurement-wg-2020-05-11")
    section = panel.materials
    assert section.isVisible() and section.model.rowCount() == 2
    assert section.title.text() == "&Materials (2)"
    display = Qt.ItemDataRole.DisplayRole
    assert _cell(panel, 0, MaterialColumn.KIND, display) == "Pre-read"
    assert _cell(panel, 0, MaterialColumn.KIND, Qt.ItemDataRole.DecorationRole) is not None
    assert _cell(panel, 0, MaterialColumn.TITLE, display).startswith("Pre-read: Procurement")
    assert _cell(panel, 0, MaterialColumn.SIZE, display) == QLocale().formattedDataSize(
        2528, 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )
    assert _cell(panel, 0, MaterialColumn.OFFLINE, display) == "Kept offline"
    assert _cell(panel, 1, MaterialColumn.KIND, display) == "Link"
    assert _cell(panel, 1, MaterialColumn.OFFLINE, display) == ""  # nothing claimed
    accessible = _cell(panel, 0, MaterialColumn.TITLE, Qt.ItemDataRole.AccessibleTextRole)
    assert isinstance(accessible, str) and "Pre-read" in accessible and "kept offline" in accessible
    # Enter on the selected row opens the kept copy: a named file with the shipped bytes.
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.suffix == ".html" and materials_root(sample_store) / OPEN_DIR in path.parents
    assert path.read_bytes() == resource("prereads").joinpath(PRE_READ).read_bytes()


def test_a_web_link_opens_in_the_browser_through_the_one_opener(
    qtbot, sample_store: Store, opened: list[QUrl]
) -> None:
    panel = _panel(qtbot, sample_store, "kickoff-2020-04-15")
    section = panel.materials
    kinds = [
        _cell(panel, row, MaterialColumn.KIND, Qt.ItemDataRole.DisplayRole) for row in range(3)
    ]
    assert kinds == ["Slides", "Recording", "Link"]
    assert _cell(panel, 1, MaterialColumn.OFFLINE, Qt.ItemDataRole.DisplayRole) == ""
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    assert section.selected() is not None and section.selected().record.kind == "recording"
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == [
        "https://briefings.example.org/reimagine-toronto/kickoff/recording.mp4"
    ]


def test_a_session_without_materials_shows_no_section(qtbot, sample_store: Store) -> None:
    panel = _panel(qtbot, sample_store, "fall-winter-planning-2020-07")
    assert not panel.materials.isVisible() and panel.materials.model.rowCount() == 0
    panel.show_session(None)
    assert not panel.materials.isVisible()


HOSTILE = (
    Material(MaterialKind.SLIDES, "Slides", "javascript:alert(document.cookie)"),
    Material(MaterialKind.OTHER, "../../etc/passwd", "file:///etc/passwd"),
    Material(MaterialKind.OTHER, "data", "data:text/html,<script>alert(1)</script>"),
    Material(MaterialKind.LINK, "Mail the organizers", "mailto:org@example.org"),
    Material(MaterialKind.LINK, "No host", "https:///nowhere"),
    Material(MaterialKind.LINK, "Bad IPv6", "http://[::1"),
    Material(MaterialKind.LINK, 'C:\\con\\aux<>:"|?*', "https://bank.example@evil.example/"),
    Material(MaterialKind.RECORDING, "x" * 5000, "https://ok.example.org/v.mp4", size=10**15),
)


def _hostile_store(store: Store) -> int:
    sample: Feed = load_sample_feed()
    session = dataclasses.replace(sample.sessions[4], materials=HOSTILE)
    feed = dataclasses.replace(
        sample,
        series=dataclasses.replace(sample.series, id="hostile"),
        sessions=(session,),
        case_studies=(),
    )
    store.import_feed("file:///hostile.json", feed, match_series=False)
    feed_id = store.feed_by_url("file:///hostile.json").id  # type: ignore[union-attr]
    return store.find_session(f"{feed_id}/{session.id}").id


def test_unsafe_addresses_are_shown_but_never_opened_with_the_reason(
    qtbot, sample_store: Store, opened: list[QUrl]
) -> None:
    session_id = _hostile_store(sample_store)
    panel = SessionDetailPanel(sample_store)
    qtbot.addWidget(panel)
    panel.resize(500, 900)
    panel.show()
    panel.show_session(session_id)
    section = panel.materials
    assert section.model.rowCount() == len(HOSTILE)
    refusals: list[str] = []
    panel.link_refused.connect(refusals.append)
    section.table.setFocus()
    for row in range(7):  # every one but the last (a real web link) is refused
        section.table.selectRow(row)
        assert not section.open_button.isEnabled()
        assert "Not opened" in section.detail.toolTip()  # shown cut to the width, whole here
        tooltip = _cell(panel, row, MaterialColumn.TITLE, Qt.ItemDataRole.ToolTipRole)
        assert isinstance(tooltip, str) and "Not opened" in tooltip
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert opened == []
    assert len(refusals) == 7
    assert "“javascript:” addresses never open" in refusals[0]
    assert "“file:”" in refusals[1] and "“data:”" in refusals[2] and "“mailto:”" in refusals[3]
    assert "not a valid web address" in refusals[4] and "not a valid web address" in refusals[5]
    # The names are shown as text, on one line, cut; the absurd size is not shown.
    row = section.model.rows[7]
    assert isinstance(row, MaterialRow)
    title = _cell(panel, 7, MaterialColumn.TITLE, Qt.ItemDataRole.DisplayRole)
    assert isinstance(title, str) and len(title) <= 300 and title.endswith("…")
    assert _cell(panel, 7, MaterialColumn.SIZE, Qt.ItemDataRole.DisplayRole) == ""
    assert _cell(panel, 1, MaterialColumn.TITLE, Qt.ItemDataRole.DisplayRole) == "../../etc/passwd"
    section.table.selectRow(7)
    assert section.open_button.isEnabled()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert [url.toString() for url in opened] == ["https://ok.example.org/v.mp4"]


def test_the_section_follows_a_sync_and_keeps_the_selection(
    qtbot, sample_store: Store, sample_feed: Feed
) -> None:
    panel = _panel(qtbot, sample_store, "kickoff-2020-04-15")
    section = panel.materials
    section.table.selectRow(2)
    kept_id = section.selected().record.id  # type: ignore[union-attr]
    session = sample_feed.sessions[0]
    extra = Material(MaterialKind.PRE_READ, "Read first", "https://x.example.org/read.pdf")
    changed = dataclasses.replace(session, materials=(extra, *session.materials))
    feed = dataclasses.replace(sample_feed, sessions=(changed, *sample_feed.sessions[1:]))
    feed_id = sample_store.find_session("kickoff-2020-04-15").feed_id
    sample_store.apply_feed(feed_id, feed)
    panel.follow_store()
    assert section.model.rowCount() == 4
    assert section.selected() is not None and section.selected().record.id == kept_id
    assert section.title.text() == "&Materials (4)"


def test_a_kept_copy_that_could_run_a_program_is_never_opened(
    qtbot, sample_store: Store, opened: list[QUrl]
) -> None:
    """A feed's "slides" at ``….exe`` (or titled ``x.bat``): kept, shown, never run."""
    from briefing_app.workspace.materials import MaterialStore

    stored = MaterialStore(materials_root(sample_store))
    # Any bytes: the digest the feed gives is what names the kept copy.
    digest = stored.ingest_stream(io.BytesIO(b"MZ not really a program"), label="x").sha256
    feed = load_sample_feed()
    first = feed.sessions[0]
    materials = (
        Material(MaterialKind.SLIDES, "Deck", "https://x.example.org/deck.exe", checksum=digest),
        Material(MaterialKind.OTHER, "run.bat", "https://x.example.org/run", checksum=digest),
        Material(MaterialKind.SLIDES, "Deck", "https://x.example.org/deck.pdf", checksum=digest),
    )
    sessions = (dataclasses.replace(first, materials=materials), *feed.sessions[1:])
    sample_store.import_feed(BUILTIN_SAMPLE_URL, dataclasses.replace(feed, sessions=sessions))
    panel = _panel(qtbot, sample_store, first.id)
    section = panel.materials
    refusals: list[str] = []
    panel.link_refused.connect(refusals.append)
    for row in range(2):
        section.table.selectRow(row)
        assert section.model.rows[row].kept is not None  # kept offline, listed
        assert not section.open_selected()
    assert opened == [] and len(refusals) == 2
    assert "“.exe” file" in refusals[0] and "“.bat” file" in refusals[1]
    section.table.selectRow(2)  # the same bytes as a PDF: a document, it opens
    assert section.open_selected()
    assert len(opened) == 1 and opened[0].toLocalFile().endswith("Deck.pdf")


@pytest.mark.parametrize("size", [(520, 900), (360, 760)])
def test_the_selected_address_is_one_line_and_never_drawn_over_my_notes(
    qtbot, sample_store: Store, size: tuple[int, int]
) -> None:
    """The review: a narrowing window left the wrapped address drawn over "My notes"."""
    kickoff = sample_store.find_session("kickoff-2020-04-15").id
    panel = SessionDetailPanel(sample_store)
    qtbot.addWidget(panel)
    panel.resize(700, 900)
    panel.show()
    panel.show_session(kickoff)
    section = panel.materials
    section.table.selectRow(0)
    address = section.detail.toolTip()
    assert address.startswith("https://") and address.endswith(".pdf")
    width, height = size
    minimum = panel.minimumSizeHint()  # a window is never smaller (its layout says so)
    panel.resize(max(width, minimum.width()), max(height, minimum.height()))
    qtbot.wait(50)
    detail, notes = section.detail, panel.notes_label
    shown = detail.text()
    assert "\n" not in shown and detail.fontMetrics().horizontalAdvance(shown) <= detail.width()
    assert shown == address or "…" in shown  # cut in the middle, whole in the tooltip
    bottom = detail.mapTo(panel, detail.rect().bottomLeft()).y()
    top_of_notes = notes.mapTo(panel, notes.rect().topLeft()).y()
    assert detail.isVisible() and notes.isVisible()
    assert bottom < top_of_notes
