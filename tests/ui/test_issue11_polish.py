"""Issue 11, point 8 (the GUI's rough edges): shortcuts, wording, dialogs' defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from briefing_app.store import Store
from briefing_app.ui.dialogs import export as export_dialog
from briefing_app.ui.dialogs.export import ics_file_name
from briefing_app.ui.dialogs.settings import SettingsDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.status_text import import_status_text
from briefing_app.usecases.imports import import_file_at

DATA = Path(__file__).parent.parent / "data"


def _window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _frab_feed() -> Path:
    return sorted(DATA.rglob("*.xml"))[0]


def _settings_action(window: MainWindow):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().startswith("Se&ttings"))


# ---- Ctrl+, -------------------------------------------------------------------------
def test_ctrl_comma_is_bound_and_shown_in_the_menu(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    action = _settings_action(window)
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    # The menu shows an action's first shortcut.
    assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == (
        QKeySequence("Ctrl+,").toString(QKeySequence.SequenceFormat.NativeText)
    )


def test_ctrl_comma_opens_the_settings(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    window.show_past.setChecked(True)  # the list, not the call to add a feed
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window._settings_dialog, SettingsDialog))
    dialog = window._settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


# ---- the status bar after an import ---------------------------------------------------
def test_import_status_is_one_clean_phrase(tmp_path: Path) -> None:
    feed = _frab_feed()
    Store(tmp_path / "s.db").close()
    first = import_file_at(tmp_path / "s.db", feed)
    text = import_status_text(first, feed.name)
    n = first.changes.imported
    noun = "session" if n == 1 else "sessions"
    assert text == f"Imported {n} {noun} from {feed.name}"
    again = import_file_at(tmp_path / "s.db", feed)
    assert import_status_text(again, feed.name) == f"Imported {feed.name}: no changes"
    assert "Imported: imported" not in text


def test_the_window_says_what_an_import_did(qtbot, store: Store) -> None:
    feed = _frab_feed()
    window = _window(qtbot, store)
    with qtbot.waitSignal(window.import_finished, timeout=10_000) as blocker:
        window.import_file(feed)
    result = blocker.args[0]
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Imported {result.changes.imported} session")
    assert message.endswith(f"from {feed.name}")


# ---- Where my data lives ---------------------------------------------------------------
def _option_breaks(doc: QTextDocument, option: str) -> list[int]:
    """The text widths at which *option* is split across two lines."""
    plain = doc.toPlainText()
    start = plain.index(option)
    broken = []
    for width in range(120, 700, 3):
        doc.setTextWidth(width)
        doc.size()  # lays the text out
        block = doc.findBlock(start)
        layout = block.layout()
        offset = start - block.position()
        first = layout.lineForTextPosition(offset).lineNumber()
        last = layout.lineForTextPosition(offset + len(option) - 1).lineNumber()
        if first != last:
            broken.append(width)
    return broken


def test_where_my_data_lives_never_breaks_the_option(qtbot, tmp_path: Path) -> None:
    from briefing_app.usecases.startup import open_store

    chosen = open_store(tmp_path / "chosen with the option")  # not the variable's folder
    window = _window(qtbot, chosen)
    doc = QTextDocument()
    doc.setDefaultFont(window.font())
    doc.setHtml(window.data_location_html())
    option = "\u2011\u2011data\u2011dir"  # non-breaking hyphens: looks like --data-dir
    assert option in doc.toPlainText()
    assert str(chosen.path.parent) in doc.toPlainText()
    assert _option_breaks(doc, option) == []
    # The plain version (as it was shown before) does break there at some width:
    # the check above could fail.
    plain = QTextDocument()
    plain.setDefaultFont(window.font())
    plain.setPlainText(window.data_location_text())
    assert _option_breaks(plain, "--data-dir")
    window.close()
    chosen.close()


# ---- the export dialog's proposal ----------------------------------------------------
@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Setting the Stage", "setting-the-stage.ics"),
        ("Q&A: what's next?", "q-a-what-s-next.ics"),
        ("../../etc/passwd", "etc-passwd.ics"),
        ("Über Städte", "über-städte.ics"),
        ("CON", "con-session.ics"),
        ("***", "session.ics"),
        (
            "Use eye tracking to figure out usability issues, the open source way",
            "use-eye-tracking-to-figure-out-usability-issues-the-open.ics",
        ),
    ],
)
def test_export_file_names_are_safe(title: str, name: str) -> None:
    assert ics_file_name(title) == name


def test_export_proposes_documents_and_a_name_from_the_session(
    qtbot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "home" / "Documents"))
    monkeypatch.setattr(export_dialog, "_last_folder", None)
    QStandardPaths.setTestModeEnabled(False)
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    documents.mkdir(parents=True, exist_ok=True)
    window = _window(qtbot, sample_store)
    window.show_past.setChecked(True)
    window.select_session(sample_store.find_session("2").id)
    dialog = window.open_export()
    qtbot.addWidget(dialog)
    title = sample_store.find_session("2").title
    assert dialog.suggested_path() == documents / ics_file_name(title)
    assert dialog.suggested_path().parent != Path.cwd()
    dialog.shown.setChecked(True)
    assert dialog.suggested_path().name.startswith("sessions-")
    # Exporting somewhere makes that the next proposal's folder.
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    export_dialog.remember_export_folder(elsewhere)
    assert dialog.suggested_path().parent == elsewhere


# ---- dark theme: the detail pane's links follow ------------------------------------------
def _link_colours(document) -> set[str]:
    found = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.isAnchor():
                found.add(char_format.foreground().color().name())
            it += 1
        block = block.next()
    return found


def test_detail_links_follow_a_theme_switch(qtbot, sample_store: Store) -> None:
    from briefing_app.ui.widgets.theme import apply_theme, dark_palette

    app = QApplication.instance()
    apply_theme(app, "light")
    window = _window(qtbot, sample_store)
    window.show_past.setChecked(True)
    window.select_session(sample_store.find_session("2").id)
    qtbot.waitUntil(lambda: window.detail_panel.session_id is not None)
    light = _link_colours(window.detail.document())
    assert light and light == {app.palette().link().color().name()}
    scroll = window.detail.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    try:
        apply_theme(app, "dark")
        dark = dark_palette().link().color().name()
        qtbot.waitUntil(lambda: _link_colours(window.detail.document()) == {dark}, timeout=2000)
        assert scroll.value() == scroll.maximum()  # re-rendered where the reader was
    finally:
        apply_theme(app, "system")


# ---- the Changes tab: favourites first, whatever the feed ----------------------------------
def _series(series: str, titles: list[str]) -> bytes:
    sessions = [
        {
            "id": f"s{n}",
            "title": title,
            "start": f"2099-05-0{n + 1}T10:00:00+00:00",
            "end": f"2099-05-0{n + 1}T11:00:00+00:00",
        }
        for n, title in enumerate(titles)
    ]
    doc = {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": series, "title": series.capitalize(), "timezone": "UTC"},
        "sessions": sessions,
    }
    return json.dumps(doc).encode()


def _id(store: Store, title: str) -> int:
    return next(s.id for s in store.sessions() if s.title == title)


def test_changed_favourites_come_first_across_feeds(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    from briefing_app.usecases.imports import import_file

    first, second = tmp_path / "alpha.json", tmp_path / "beta.json"
    first.write_bytes(_series("alpha", ["A one", "A two", "A three"]))
    second.write_bytes(_series("beta", ["B one", "B two"]))
    import_file(sample_store, first)
    import_file(sample_store, second)
    window = _window(qtbot, sample_store)
    for title in ("B one", "B two"):
        window.set_favourite(_id(sample_store, title), True)
    first.write_bytes(_series("alpha", ["A one!", "A two!", "A three!"]))
    second.write_bytes(_series("beta", ["B one!", "B two!"]))
    with qtbot.waitSignal(window.import_finished, timeout=10_000):
        window.import_file(first)
    with qtbot.waitSignal(window.import_finished, timeout=10_000):
        window.import_file(second)
    window.tabs.setCurrentWidget(window.changes)
    model = window.changes.model
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows[:3] == [
        "★ Your favourites",
        "★ Renamed: B one! (was “B one”) · Beta",
        "★ Renamed: B two! (was “B two”) · Beta",
    ]
    assert window.changes.summary.text() == "★ 2 of your favourites changed (listed first)."
    # A favourite marked after the sync moves up too (the tab does not wait for a sync).
    window.set_favourite(_id(sample_store, "A three!"), True)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert "★ Renamed: A three! (was “A three”) · Alpha" in rows[1:4]


# ---- searching keeps the Presenters column in view ------------------------------------------
def test_searching_keeps_presenters_in_view_at_the_default_width(
    qtbot, sample_store: Store
) -> None:
    from briefing_app.ui.sessions.session_model import Column

    window = MainWindow(sample_store)  # the window's own default size
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    assert not window.table.isColumnHidden(Column.PRESENTERS)
    window.search.setText("procurement")
    window.refresh()
    qtbot.waitUntil(lambda: len(window.visible_titles()) == 2)
    qtbot.wait(50)  # the viewport's resize, if any, has been seen
    assert not window.table.isColumnHidden(Column.PRESENTERS)
    assert window.table.columnWidth(Column.PRESENTERS) > 0
    # Results span days: each row shows its date, in one zone; the tooltip has both.
    when = window.model.index_at(0, Column.WHEN)
    assert "2020" in when.data()
    assert "(" not in when.data()
    assert "UTC" in when.data(Qt.ItemDataRole.ToolTipRole)
    viewport = window.table.viewport().width()
    used = sum(window.table.columnWidth(c) for c in Column if not window.table.isColumnHidden(c))
    assert used <= viewport  # nothing pushed out of view


# ---- Timeline: Today with no session today ----------------------------------------------
def test_today_goes_to_the_nearest_day_with_sessions_and_says_so(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    from datetime import UTC, date, datetime

    from briefing_app.ui.timeline.view import DayTimeline
    from briefing_app.usecases.imports import import_file

    clock = {"now": datetime(2026, 12, 6, 12, tzinfo=UTC)}
    timeline = DayTimeline(sample_store, now=lambda: clock["now"])
    qtbot.addWidget(timeline)
    timeline.resize(1000, 500)
    timeline.show()
    qtbot.waitExposed(timeline)
    assert timeline.current_day() == date(2020, 4, 15)  # a past event opens on its first day
    timeline.set_day(date(2026, 12, 6))  # today, empty (End would go there too)
    assert not timeline.home_note.isVisible()
    with qtbot.waitSignal(timeline.day_changed) as changed:
        qtbot.mouseClick(timeline.today_button, Qt.MouseButton.LeftButton)
    # Every sample session is past: the nearest day with sessions is the series' last.
    assert changed.args == [date(2020, 7, 21)]
    assert timeline.home_note.isVisible()
    assert timeline.home_note.text() == (
        "No sessions today; showing Tue 21 Jul 2020, the nearest day with sessions."
    )
    timeline.previous_day()  # the user moves on: the note goes
    assert not timeline.home_note.isVisible()
    # With sessions ahead, the next day that has some (future first).
    path = tmp_path / "ahead.json"
    path.write_bytes(_series("ahead", ["Soon", "Later"]))  # 1 and 2 May 2099
    import_file(sample_store, path)
    timeline.refresh()
    timeline.go_home()
    assert timeline.current_day() == date(2099, 5, 1)
    assert "showing Fri 1 May 2099" in timeline.home_note.text()
    # Today with sessions: today, and nothing to explain.
    clock["now"] = datetime(2099, 5, 2, 9, tzinfo=UTC)
    timeline.refresh()
    timeline.go_home()
    assert timeline.current_day() == date(2099, 5, 2)
    assert not timeline.home_note.isVisible()


# ---- case studies: Challenge, Approach, Outcome rendered ------------------------------------
def _case_view(qtbot, store: Store):
    from briefing_app.ui.casestudies.view import CaseStudiesView
    from briefing_app.ui.workers.tasks import TaskRunner

    view = CaseStudiesView(store, tasks=TaskRunner())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.form._timer.setInterval(50)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_case_study_fields_show_markdown_rendered_and_edit_as_source(
    qtbot, sample_store: Store
) -> None:
    from briefing_app.workspace import Workspace

    view = _case_view(qtbot, sample_store)
    case = view.current_case()
    assert case is not None and case.title.startswith("Lixar")
    form = view.form
    for name in ("challenge", "approach", "outcome"):
        field = form.rendered[name]
        assert field.rendered and field.preview.isVisible()
        shown = field.preview.toPlainText()
        assert shown.startswith("Sample text:") and "*" not in shown
        assert form.editors[name].toPlainText().startswith("*Sample text:*")  # the source
    # The emphasis is real formatting, not asterisks.
    cursor = form.rendered["challenge"].preview.document().find("Sample text:")
    assert cursor.charFormat().fontItalic()
    # A click edits the Markdown source; leaving shows it rendered again.
    field = form.rendered["outcome"]
    qtbot.mouseClick(field.preview.viewport(), Qt.MouseButton.LeftButton)
    assert not field.rendered and form.editors["outcome"].hasFocus()
    editor = form.editors["outcome"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " **Twice** as fast.")
    form.editors["tags"].setFocus()
    qtbot.waitUntil(lambda: field.rendered)
    assert field.preview.toPlainText().endswith("Twice as fast.")
    qtbot.waitUntil(lambda: not form.pending, timeout=2000)
    assert Workspace(sample_store).get(case.id).outcome.endswith("**Twice** as fast.")


def test_case_study_markdown_loads_nothing_and_shows_no_html(qtbot, sample_store: Store) -> None:
    from briefing_app.workspace import Workspace

    case = Workspace(sample_store).create(
        title="Risky",
        challenge='<b>bold</b> ![img](http://127.0.0.1:9/x.png) <img src="http://127.0.0.1:9/y.png">',
    )
    view = _case_view(qtbot, sample_store)
    view.show_case_study(case.id)
    field = view.form.rendered["challenge"]
    assert field.rendered
    text = field.preview.toPlainText()
    assert "<b>bold</b>" in text  # shown as typed, not as HTML
    # Empty fields show their editor with its placeholder.
    assert not view.form.rendered["approach"].rendered
