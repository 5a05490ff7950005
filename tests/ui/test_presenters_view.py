"""The Presenters view, driven as a user would: list, search, page, links, photos."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPalette
from PySide6.QtWidgets import QWidget
from support.a11y import accessible_name
from support.feed_server import FeedServer, Reply

from briefing_app.feeds import parse_feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.ui.presenters.avatars import (
    avatar_colour,
    avatar_text_colour,
    contrast_ratio,
    initials,
)
from briefing_app.ui.presenters.models import (
    PresenterListModel,
    PresenterSessionsModel,
    SecondLineRole,
    TrailingRole,
)
from briefing_app.ui.presenters.view import PresentersView
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.photos import cache_path, photo_dir

SAMPLE_NAMES = ["Andrew Flynn", "Heather Taylor", "Josie Scioli", "Lawrence Eta", "Lisa Carroll"]


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(5000)


def _make_view(qtbot, store: Store, tasks: TaskRunner) -> PresentersView:
    view = PresentersView(store, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot, sample_store: Store, tasks: TaskRunner) -> PresentersView:
    return _make_view(qtbot, sample_store, tasks)


def _rows(view: PresentersView) -> list[tuple[str, str, str]]:
    model = view.model
    return [
        (
            model.index(row, 0).data(),
            model.index(row, 0).data(SecondLineRole),
            model.index(row, 0).data(TrailingRole),
        )
        for row in range(model.rowCount())
    ]


def _names(view: PresentersView) -> list[str]:
    return [name for name, _second, _count in _rows(view)]


def _id_of(store: Store, name: str) -> int:
    return next(p.id for p in store.presenters() if p.name == name)


def _feed(**lisa: object) -> bytes:
    """The sample series as another feed, with Lisa Carroll's entry changed."""
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "presenters-test"
    entry = next(p for p in doc["presenters"] if p["id"] == "lisa-carroll")
    entry.update(lisa)
    return json.dumps(doc).encode()


def _import(store: Store, data: bytes) -> None:
    store.import_feed("https://feeds.example.org/presenters.json", parse_feed(data))


def _png(colour: str, size: int = 40) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _photo_centre(view: PresentersView) -> QColor:
    image = view.photo.pixmap().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


# ---- the list ---------------------------------------------------------------
def test_the_list_shows_name_role_and_session_count(view: PresentersView) -> None:
    assert _rows(view) == [
        ("Andrew Flynn", "Controller · City of Toronto", "1 session"),
        ("Heather Taylor", "Chief Financial Officer · City of Toronto", "1 session"),
        ("Josie Scioli", "Deputy City Manager, Corporate Services · City of Toronto", "1 session"),
        ("Lawrence Eta", "Chief Technology Officer · City of Toronto", "1 session"),
        ("Lisa Carroll", "National Public Sector Lead · Microsoft Canada", "2 sessions"),
    ]
    assert view.count_label.text() == "5 presenters"
    # The first presenter is shown straight away.
    assert view.name_label.text() == "Andrew Flynn"


def test_models_pass_the_model_tester(qtmodeltester, sample_store: Store) -> None:
    presenters = PresenterListModel()
    presenters.set_records(sample_store.presenters())
    qtmodeltester.check(presenters, force_py=True)
    assert presenters.rowCount() == 5
    sessions = PresenterSessionsModel()
    detail = sample_store.presenter_detail(_id_of(sample_store, "Lisa Carroll"))
    sessions.set_records(detail.sessions)
    qtmodeltester.check(sessions, force_py=True)
    assert sessions.rowCount() == 2


def test_typing_a_search_filters_and_hostile_text_is_harmless(qtbot, view: PresentersView) -> None:
    qtbot.keyClicks(view.search, "carroll")
    qtbot.waitUntil(lambda: _names(view) == ["Lisa Carroll"], timeout=2000)
    assert view.count_label.text() == "1 presenter matches “carroll”"
    assert view.name_label.text() == "Lisa Carroll"

    for hostile in ['"unterminated * - :', "NEAR(a b) OR AND", "name:x^", "'; DROP TABLE p;--"]:
        view.search.setText(hostile)
        view.refresh()  # as the debounce timer would
        assert _names(view) == []
        assert view.count_label.text().startswith("No presenters match")
        assert view.page_stack.currentWidget() is view.empty_label
        assert "No presenters match" in view.empty_label.text()

    view.search.clear()
    qtbot.waitUntil(lambda: _names(view) == SAMPLE_NAMES, timeout=2000)
    assert view.page_stack.currentWidget() is view.page


def test_the_page_shows_the_presenter_and_their_sessions(
    qtbot, view: PresentersView, sample_store: Store
) -> None:
    lisa = _id_of(sample_store, "Lisa Carroll")
    with qtbot.waitSignal(view.presenter_selected) as blocker:
        view.list.setCurrentIndex(view.model.index(4, 0))
    assert blocker.args == [lisa]
    assert view.name_label.text() == "Lisa Carroll"
    assert view.title_label.text() == "National Public Sector Lead"
    assert view.organization_label.text() == "Microsoft Canada"
    assert view.meta_label.text() == "2 sessions"
    assert "Led the Procurement Improvement & Innovation Working Group" in (view.bio.toPlainText())
    titles = [view.sessions_model.index(r, 0).data() for r in range(view.sessions_model.rowCount())]
    assert titles == [
        "Procurement Improvement & Innovation Working Group",
        "Procurement Innovation Expert Discussion",
    ]
    assert view.sessions_model.index(0, 0).data(SecondLineRole) == (
        "Mon 11 May 2020 14:30–15:30 EDT · Working group · Procurement"
    )
    assert view.sessions_heading.text() == "&Sessions (2)"
    # No photo in the sample: the initials placeholder, named for screen readers.
    assert view.photo.accessibleName() == "Initials of Lisa Carroll (no photo)"
    assert not view.photo.pixmap().isNull()


def test_activating_a_session_by_keyboard_emits_its_id(
    qtbot, view: PresentersView, sample_store: Store
) -> None:
    lisa = _id_of(sample_store, "Lisa Carroll")
    expected = sample_store.presenter_detail(lisa).sessions[1].id
    # Keyboard only: search box, Down into the list, End to the last presenter.
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.list.hasFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    assert view.current_presenter_id() == lisa
    view.sessions.setFocus()
    view.sessions.setCurrentIndex(view.sessions_model.index(1, 0))
    with qtbot.waitSignal(view.session_activated) as blocker:
        qtbot.keyClick(view.sessions, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_show_presenter_clears_a_search_that_hides_them(
    qtbot, view: PresentersView, sample_store: Store
) -> None:
    view.search.setText("heather")
    view.refresh()
    assert _names(view) == ["Heather Taylor"]
    lisa = _id_of(sample_store, "Lisa Carroll")
    assert view.show_presenter(lisa) is True
    assert view.search.text() == ""
    assert _names(view) == SAMPLE_NAMES
    assert view.current_presenter_id() == lisa
    assert view.list.currentIndex().data() == "Lisa Carroll"
    assert view.show_presenter(999_999) is False
    assert view.current_presenter_id() == lisa


def test_an_empty_store_says_there_are_no_presenters(
    qtbot, store: Store, tasks: TaskRunner
) -> None:
    view = _make_view(qtbot, store, tasks)
    assert view.model.rowCount() == 0
    assert view.page_stack.currentWidget() is view.empty_label
    assert "No presenters yet" in view.empty_label.text()


def test_every_control_has_an_accessible_name(view: PresentersView) -> None:
    focusable = [w for w in view.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert {view.search, view.list, view.bio, view.sessions} <= set(focusable)
    # A label's text is its name (its accessible name would hide what it says).
    unnamed = [type(w).__name__ for w in focusable if not accessible_name(w)]
    assert unnamed == []
    assert view.model.index(4, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Lisa Carroll, National Public Sector Lead · Microsoft Canada, 2 sessions"
    )


# ---- feed text is shown safely ---------------------------------------------
def test_feed_markup_is_shown_literally_and_only_web_links_open(
    qtbot, store: Store, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(
        store,
        _feed(
            name="Lisa <b>Carroll</b>",
            bio=(
                "Writes at [her blog](https://blog.example.org/lisa) and "
                "[a trap](javascript:alert(1)). <b>not bold</b> <img src=x onerror=y> "
                "![secret](file:///etc/passwd)\n\n<script>alert(2)</script>"
            ),
            links=[
                {"url": "https://lisa.example.org/(home)", "title": "Home [page]"},
                {"url": "mailto:lisa@example.org", "title": "Mail"},
            ],
        ),
    )
    view = _make_view(qtbot, store, tasks)
    # HTML in a feed's text is read as text at the parse: tags go, script content too.
    assert view.show_presenter(_id_of(store, "Lisa Carroll"))
    assert view.name_label.text() == "Lisa Carroll"
    assert view.name_label.textFormat() == Qt.TextFormat.PlainText
    text = view.bio.toPlainText()
    assert "not bold" in text
    assert "<b>" not in text
    assert "<img" not in text
    assert "script" not in text
    assert "alert(2)" not in text
    assert "Home [page]" in text
    assert "Mail (mailto:lisa@example.org)" in text

    hrefs: list[str] = []
    block = view.bio.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref() not in hrefs:
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    # A Markdown link shows its address (the parse writes it beside the text); a
    # javascript: link keeps its words only, no anchor.
    assert "her blog https://blog.example.org/lisa and a trap." in text
    assert hrefs == [
        "https://blog.example.org/lisa",
        "https://lisa.example.org/%28home%29",
    ]
    opened: list[str] = []
    # The system browser cannot run here; record what would be opened.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    clicked = [*hrefs, "javascript:alert(1)", "file:///etc/passwd", "mailto:lisa@example.org"]
    for href in [*clicked, "https:no-host"]:
        view.bio.anchorClicked.emit(QUrl(href))
    assert opened == ["https://blog.example.org/lisa", "https://lisa.example.org/%28home%29"]
    # Nothing is ever loaded into the page from a biography (files or network).
    assert view.bio.loadResource(2, QUrl("file:///etc/passwd")) is None


# ---- photos -----------------------------------------------------------------
def test_a_photo_is_downloaded_once_and_then_shown_offline(
    qtbot, store: Store, tasks: TaskRunner, feed_server: FeedServer
) -> None:
    url = feed_server.serve(
        "/lisa.png", Reply(body=_png("#c03030"), headers={"Content-Type": "image/png"})
    )
    _import(store, _feed(photo_url=url))
    lisa = _id_of(store, "Lisa Carroll")
    view = _make_view(qtbot, store, tasks)
    with qtbot.waitSignal(view.photos.loaded, timeout=3000):
        view.show_presenter(lisa)
        # Until it arrives: the initials placeholder.
        assert view.photo.accessibleName() == "Initials of Lisa Carroll (no photo)"
    assert view.photo.accessibleName() == "Photo of Lisa Carroll"
    assert _photo_centre(view).name() == "#c03030"
    cached = cache_path(photo_dir(store.path), url)
    assert cached == store.path.parent / "photos" / cached.name
    assert cached.read_bytes() == _png("#c03030")
    # The list shows the photo too.
    row = view.model.row_of(lisa)
    assert row is not None
    assert not view.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    # Back and forth in the same view: from memory, no request.
    view.show_presenter(_id_of(store, "Andrew Flynn"))
    view.show_presenter(lisa)
    assert view.photo.accessibleName() == "Photo of Lisa Carroll"
    assert len(feed_server.hits("/lisa.png")) == 1

    # A later run, with the network gone: the photo comes from disk.
    feed_server.httpd.shutdown()
    feed_server.httpd.server_close()
    later_tasks = TaskRunner()
    later = _make_view(qtbot, store, later_tasks)
    with qtbot.waitSignal(later.photos.loaded, timeout=3000):
        later.show_presenter(lisa)
    later_tasks.wait(3000)
    assert later.photo.accessibleName() == "Photo of Lisa Carroll"
    assert _photo_centre(later).name() == "#c03030"
    assert len(feed_server.hits("/lisa.png")) == 1


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(404, b"gone"), "HTTP 404"),
        (Reply(body=b"<html>nope</html>", headers={"Content-Type": "image/png"}), "not an image"),
        # PNG signature, broken inside: only decoding can tell, and Qt refuses it.
        (
            Reply(body=b"\x89PNG\r\n\x1a\n" + b"\0" * 64, headers={"Content-Type": "image/png"}),
            "cannot be read",
        ),
    ],
    ids=["404", "html", "undecodable-png"],
)
def test_a_failed_photo_keeps_the_placeholder_and_is_not_refetched(
    qtbot, store: Store, tasks: TaskRunner, feed_server: FeedServer, reply: Reply, reason: str
) -> None:
    url = feed_server.serve("/p.png", reply)
    _import(store, _feed(photo_url=url))
    lisa = _id_of(store, "Lisa Carroll")
    view = _make_view(qtbot, store, tasks)
    with qtbot.waitSignal(view.photos.failed, timeout=3000) as blocker:
        view.show_presenter(lisa)
    assert blocker.args[0] == url
    assert reason in blocker.args[1]
    assert view.photo.accessibleName() == "Initials of Lisa Carroll (no photo)"
    assert reason in view.photo.toolTip()
    view.show_presenter(_id_of(store, "Andrew Flynn"))
    view.show_presenter(lisa)
    assert reason in view.photo.toolTip()
    tasks.wait(3000)  # a second download, had one started, would be done by now
    qtbot.wait(20)
    assert len(feed_server.hits("/p.png")) == 1
    assert not photo_dir(store.path).exists() or list(photo_dir(store.path).iterdir()) == []


# ---- placeholders and palette ----------------------------------------------
def test_initials() -> None:
    assert initials("Josie Scioli") == "JS"
    assert initials("Bradley M. Kühn") == "BK"
    assert initials("Lars") == "L"
    assert initials("  élodie   de la cruz ") == "ÉC"
    assert initials("李小龍") == "李"
    assert initials("R2-D2") == "RD"
    assert initials("") == "?"
    assert initials("-- !!") == "?"


def test_placeholder_colours_are_stable_and_readable() -> None:
    assert avatar_colour("Lisa Carroll") == avatar_colour("Lisa Carroll")
    assert avatar_colour("Lisa Carroll") == avatar_colour(" lisa carroll ")
    names = [f"Speaker {i}" for i in range(300)]
    assert len({avatar_colour(n).name() for n in names}) > 100
    for name in names:
        background = avatar_colour(name)
        assert contrast_ratio(avatar_text_colour(background), background) >= 4.5, name


def _lightness_range(image: QImage, x0: int, y0: int, x1: int, y1: int) -> tuple[float, float]:
    values = [
        image.pixelColor(x, y).lightnessF() for x in range(x0, x1, 2) for y in range(y0, y1, 2)
    ]
    return min(values), max(values)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_list_follows_the_palette(qtbot, view: PresentersView, dark: bool) -> None:
    palette = QPalette(view.palette())
    base, text = ("#1e1e1e", "#eeeeee") if dark else ("#ffffff", "#111111")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor(base))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(text))
    view.setPalette(palette)
    view.list.clearSelection()
    view.list.setCurrentIndex(view.model.index(4, 0))  # select the last row; row 0 is plain
    rect = view.list.visualRect(view.model.index(0, 0))
    image = view.list.viewport().grab().toImage()
    # The name of row 0 is drawn right of the avatar, in the palette's text colour.
    low, high = _lightness_range(
        image, rect.left() + 50, rect.top() + 2, rect.left() + 150, rect.top() + 24
    )
    if dark:
        assert low < 0.2 and high > 0.7  # dark ground, light letters
    else:
        assert high > 0.95 and low < 0.3  # white ground, dark letters
    background = image.pixelColor(rect.right() - 2, rect.top() + 2).lightnessF()
    assert (background < 0.2) if dark else (background > 0.95)


def test_long_biographies_wrap_and_scroll(qtbot, store: Store, tasks: TaskRunner) -> None:
    fosdem = Path(__file__).parent.parent / "data" / "fosdem-2026.xml"
    store.import_feed(fosdem.resolve().as_uri(), parse_feed(fosdem.read_bytes()))
    view = _make_view(qtbot, store, tasks)
    view.resize(800, 500)
    longest = max(store.presenters(), key=lambda p: len(p.bio))
    assert view.show_presenter(longest.id)
    qtbot.wait(10)
    bio = view.bio
    assert bio.horizontalScrollBar().maximum() == 0  # wrapped, never wider than the pane
    assert bio.verticalScrollBar().maximum() > 0  # and it scrolls
    assert bio.verticalScrollBar().value() == 0
    assert view.model.rowCount() == 927
