"""The presenter workspace tab, driven as a user would: edit, notes, history, materials, bundles."""

from __future__ import annotations

import dataclasses
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app.errors import BundleError, OperationCancelledError
from briefing_app.store import BUILTIN_SAMPLE_URL, Store
from briefing_app.ui import crash
from briefing_app.ui.casestudies.models import (
    BadgesRole,
    CaseStudyListModel,
    ChoiceListModel,
    MaterialTableModel,
    RevisionListModel,
)
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.startup import load_sample_feed
from briefing_app.workspace import MaterialStore, Workspace, export_bundle

SAMPLE_TITLES = [
    "Lixar: technology case study",
    "Tata: technology case study",
    "TELUS: technology case study",
]


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(10_000)


def make_view(qtbot, store: Store, tasks: TaskRunner, **kwargs) -> CaseStudiesView:
    view = CaseStudiesView(store, tasks=tasks, **kwargs)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    # Tests do not wait seconds for a pause in typing.
    view.notes._save_timer.setInterval(50)
    view.form._timer.setInterval(50)
    return view


@pytest.fixture
def view(qtbot, sample_store: Store, tasks: TaskRunner) -> CaseStudiesView:
    return make_view(qtbot, sample_store, tasks)


def titles(view: CaseStudiesView) -> list[str]:
    return [r.title for r in view.model.records]


def new_local(view: CaseStudiesView, title: str = "Permit portal") -> int:
    case = view.new_case_study()
    assert case is not None
    editor = view.form.editors["title"]
    editor.selectAll()
    editor.insert(title)
    editor.textEdited.emit(title)
    view.form.save()
    assert view.current_case() is not None and view.current_case().title == title
    return case.id


def type_note(qtbot, view: CaseStudiesView, text: str) -> None:
    """Type *text* (Markdown's # and newlines go in as a paste: QTest has no key for them)."""
    view.editor_tabs.setCurrentWidget(view.notes)
    view.notes.editor.setFocus()
    head, _, tail = text.rpartition("\n")
    if head:
        view.notes.editor.insertPlainText(head + "\n")
    qtbot.keyClicks(view.notes.editor, tail.replace("*", ""))
    if "*" in tail:
        view.notes.editor.insertPlainText("**")


# ---- the list ----------------------------------------------------------
def test_lists_the_feeds_case_studies_with_badges(view: CaseStudiesView) -> None:
    assert titles(view) == SAMPLE_TITLES
    assert view.model.index(0).data(BadgesRole) == ("from feed",)
    assert "3 case studies" in view.count_label.text()
    assert view.current_case() is not None
    assert view.current_case().title == SAMPLE_TITLES[0]
    assert view.title_label.text() == SAMPLE_TITLES[0]
    assert not view.delete_button.isEnabled()  # a feed's case study is not ours to delete
    assert "From the feed" in view.form.source_label.text()


def test_search_finds_fields_and_notes(qtbot, view: CaseStudiesView) -> None:
    view.search.setText("Tata")
    qtbot.waitUntil(lambda: titles(view) == ["Tata: technology case study"], timeout=2000)
    case_id = new_local(view, "Permit portal")
    type_note(qtbot, view, "Ask about the zebra crossing pilot")
    view.save_pending()
    view.search.setText("zebra")
    qtbot.waitUntil(lambda: titles(view) == ["Permit portal"], timeout=2000)
    view.search.setText("nothing-matches-this")
    qtbot.waitUntil(lambda: titles(view) == [], timeout=2000)
    assert view.page_stack.currentWidget() is view.empty_label
    assert view.show_case_study(case_id)  # clears the search to show it
    assert view.search.text() == ""


def test_create_edit_and_delete_a_case_study(
    qtbot, view: CaseStudiesView, sample_store: Store
) -> None:
    case = view.new_case_study()
    assert case is not None and view.form.editors["title"].hasFocus()
    assert view.model.index(view.model.row_of(case.id)).data(BadgesRole) == ("yours",)
    qtbot.keyClicks(view.form.editors["title"], "Permit portal")
    qtbot.keyClicks(view.form.editors["organization"], "City of Toronto")
    qtbot.keyClicks(view.form.editors["summary"], "Permits online")
    qtbot.keyClicks(view.form.editors["tags"], "permits, digital")
    kickoff = sample_store.find_session("kickoff-2020-04-15")
    model = view.form.sessions.model
    row = next(r for r, (i, _label) in enumerate(model.items) if i == kickoff.id)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not view.form.pending, timeout=2000)
    saved = Workspace(sample_store).get(case.id)
    assert saved.title == "Permit portal"
    assert saved.organization == "City of Toronto"
    assert saved.summary == "Permits online"
    assert saved.tags == ("permits", "digital")
    assert saved.session_ids == (kickoff.id,)
    assert view.title_label.text() == "Permit portal"
    assert "Permit portal" in titles(view)
    # An empty title is not saved; the field says it is needed.
    view.form.editors["title"].clear()
    view.form.editors["title"].textEdited.emit("")
    view.form.save()
    assert Workspace(sample_store).get(case.id).title == "Permit portal"
    assert view.form.blocks["title"].chip.text() == "needed"

    view._ask_delete()
    box = view.delete_question
    assert box is not None
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    qtbot.waitUntil(lambda: "Permit portal" not in titles(view), timeout=2000)
    assert titles(view) == SAMPLE_TITLES
    assert "Deleted" in view.messages.text()


def test_double_clicking_a_linked_session_opens_it(qtbot, view: CaseStudiesView) -> None:
    index = view.form.sessions.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(view.session_activated) as blocker:
        view.form.sessions.view.doubleClicked.emit(index)
    assert blocker.args == [view.current_case().session_ids[0]]


# ---- a feed's case study: overlays --------------------------------------------------
def test_editing_a_feeds_case_study_keeps_an_overlay(
    qtbot, view: CaseStudiesView, sample_store: Store
) -> None:
    case = view.current_case()
    assert case is not None and not case.is_local
    summary = view.form.editors["summary"]
    summary.setFocus()
    qtbot.keyClicks(summary, " In my words.")
    qtbot.waitUntil(lambda: "edited" in view.model.index(0).data(BadgesRole), timeout=2000)
    block = view.form.blocks["summary"]
    assert block.chip.text() == "edited" and block.chip.isVisible()
    assert block.feed_value.isVisible()
    assert "presented by Lixar at the series kick-off." in block.feed_value.text()
    assert view.form.revert_button.isVisible()
    row = sample_store.db.execute("SELECT summary FROM case_studies WHERE id = ?", [case.id])
    assert "In my words" not in row.fetchone()[0]  # the feed's row is untouched

    block.revert_button.click()
    assert "In my words" not in summary.toPlainText()
    assert view.model.index(0).data(BadgesRole) == ("from feed",)
    assert not view.form.revert_button.isVisible()


def test_a_feed_change_underneath_the_edits_shows_and_can_be_accepted(
    qtbot, sample_store: Store, tasks: TaskRunner
) -> None:
    ws = Workspace(sample_store)
    lixar = next(c for c in ws.case_studies() if c.source_id == "cs-lixar")
    ws.update(lixar.id, summary="My summary")
    feed = load_sample_feed()
    changed = tuple(
        dataclasses.replace(
            c,
            challenge="The organizers' new challenge",
            # The feed's challenge in one language now (the shown text is the map's).
            translations=tuple(t for t in c.translations if t.field != "challenge"),
        )
        if c.id == "cs-lixar"
        else c
        for c in feed.case_studies
    )
    sample_store.import_feed(BUILTIN_SAMPLE_URL, dataclasses.replace(feed, case_studies=changed))
    view = make_view(qtbot, sample_store, tasks)
    assert view.model.index(0).data(BadgesRole) == ("from feed", "edited", "feed changed")
    assert view.form.underneath_label.isVisible()
    assert "challenge" in view.form.underneath_label.text()
    assert view.form.blocks["challenge"].changed_chip.isVisible()
    assert view.form.editors["challenge"].toPlainText() == "The organizers' new challenge"
    assert view.form.accept_button.isVisible()
    view.form.accept_button.click()
    assert view.model.index(0).data(BadgesRole) == ("from feed", "edited")
    assert not view.form.underneath_label.isVisible()
    assert ws.get(lixar.id).summary == "My summary"


# ---- notes: autosave, close, reopen, crash ------------------------------------------
def test_notes_autosave_then_reopen(qtbot, sample_store: Store, tasks: TaskRunner) -> None:
    view = make_view(qtbot, sample_store, tasks)
    case_id = view.current_case().id
    type_note(qtbot, view, "# Questions\n\n- Ask Lixar about the pilot")
    # The preview follows the Markdown.
    qtbot.waitUntil(lambda: "Questions" in view.notes.preview.toPlainText(), timeout=2000)
    assert "#" not in view.notes.preview.toPlainText()
    qtbot.waitUntil(lambda: not view.notes.pending, timeout=3000)  # saved after the pause
    assert Workspace(sample_store).note(case_id).endswith("Ask Lixar about the pilot")
    assert "Saved" in view.notes.state_label.text()
    qtbot.keyClicks(view.notes.editor, " and the budget")
    view.close()  # closing saves at once, without waiting for the pause
    reopened = make_view(qtbot, sample_store, tasks)
    reopened.show_case_study(case_id)
    assert reopened.notes.text() == "# Questions\n\n- Ask Lixar about the pilot and the budget"


def test_default_autosave_delay_is_a_couple_of_seconds() -> None:
    from briefing_app.ui.casestudies import notes as case_study_notes

    assert 1000 <= case_study_notes.NOTE_AUTOSAVE_MS <= 3000
    assert case_study_notes.NOTE_MAX_UNSAVED_MS <= 15_000


def test_leaving_the_case_study_saves_its_notes(
    qtbot, view: CaseStudiesView, sample_store: Store
) -> None:
    view.notes._save_timer.setInterval(60_000)
    first = view.current_case().id
    type_note(qtbot, view, "typed just now")
    view.list.setCurrentIndex(view.model.index(1))
    assert view.current_case().id != first
    assert Workspace(sample_store).note(first) == "typed just now"


def test_the_crash_hook_saves_what_was_typed(
    qtbot, view: CaseStudiesView, sample_store: Store
) -> None:
    view.notes._save_timer.setInterval(60_000)
    type_note(qtbot, view, "half a thought")
    crash._save_work()  # what the excepthook runs before its dialog
    assert Workspace(sample_store).note(view.current_case().id) == "half a thought"
    view.hide()
    assert view.save_pending not in crash._savers  # hidden: nothing left to save


def test_notes_preview_loads_no_remote_resources(qtbot, view: CaseStudiesView) -> None:
    view.notes.set_text("![x](https://example.org/tracker.png) <b>raw</b>")
    assert view.notes.preview.loadResource(0, QUrl("https://example.org/tracker.png")) is None
    assert "<b>raw</b>" in view.notes.preview.toPlainText()  # raw HTML stays text


# ---- history: diff, restore ---------------------------------------------------------
def test_history_diffs_two_revisions_and_restores_one(
    qtbot, view: CaseStudiesView, sample_store: Store
) -> None:
    case_id = view.current_case().id
    view.notes.editor.setPlainText("first line\nsecond line")
    assert view.notes.save()
    view.notes.editor.setPlainText("first line\nsecond line, changed\nthird line")
    assert view.notes.save()
    view.editor_tabs.setCurrentWidget(view.history)
    history = view.history
    assert history.model.rowCount() == 2
    assert history.model.index(0).data().endswith("· current")
    # The newest selected: what its save changed.
    assert "+second line, changed" in history.diff.toPlainText()
    newest, oldest = (r.id for r in history.model.revisions)
    history.select(oldest, newest)
    text = history.diff.toPlainText()
    assert "-second line" in text and "+third line" in text
    assert not history.restore_button.isEnabled()  # two selected
    history.select(oldest)
    assert history.restore_button.isEnabled()
    # Something typed but not yet saved is kept in history too.
    view.notes._save_timer.setInterval(60_000)
    view.notes.editor.setPlainText("unsaved words")
    history.restore_button.click()
    assert view.notes.text() == "first line\nsecond line"
    bodies = [r.body for r in Workspace(sample_store).revisions(case_id)]
    assert bodies == [
        "first line\nsecond line",
        "unsaved words",
        "first line\nsecond line, changed\nthird line",
        "first line\nsecond line",
    ]
    assert history.model.rowCount() == 4
    assert "Restored" in view.messages.text()


def test_diff_colours_follow_the_palette(view: CaseStudiesView) -> None:
    from briefing_app.ui.widgets.theme import dark_palette

    light = view.history.highlighter.added.background().color().lightness()
    view.history.highlighter.set_palette(dark_palette())
    dark = view.history.highlighter.added.background().color().lightness()
    assert light > 128 > dark


# ---- materials ----------------------------------------------------------
def test_attach_open_and_remove_a_file(
    qtbot, view: CaseStudiesView, sample_store: Store, tmp_path: Path, monkeypatch
) -> None:
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(b"%PDF-1.4 " + b"x" * 3_000_000)
    view.editor_tabs.setCurrentWidget(view.materials)
    pane = view.materials
    with qtbot.waitSignal(pane.attached, timeout=10_000) as blocker:
        pane.attach_files([deck])
    material = blocker.args[0]
    assert pane.model.rowCount() == 1
    assert pane.model.index(0, 0).data().endswith("deck.pdf")
    assert pane.model.index(0, 1).data() == "PDF"
    assert pane.model.index(0, 2).data() == "3.0 MB"
    stored = Workspace(sample_store).material_path(material.id)
    assert stored.read_bytes() == deck.read_bytes()
    qtbot.waitUntil(lambda: not view.strip.isVisible(), timeout=2000)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    pane.select(material.id)
    pane.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    opened_path = Path(opened[0].toLocalFile())
    assert opened_path.name == "deck.pdf" and opened_path.read_bytes() == deck.read_bytes()

    pane.remove_button.click()
    assert pane.model.rowCount() == 0
    assert not stored.exists()  # no other case study uses it
    assert Workspace(sample_store).get(view.current_case().id).materials == ()


def test_drag_and_drop_a_file_attaches_it(qtbot, view: CaseStudiesView, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("dropped")
    view.editor_tabs.setCurrentWidget(view.materials)
    table = view.materials.table
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    point = table.viewport().rect().center()
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(table.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.materials.attached, timeout=10_000) as blocker:
        QApplication.sendEvent(table.viewport(), drop)
    assert blocker.args[0].name == "notes.txt"
    assert view.materials.model.rowCount() == 1
    # Not files (text from a browser): refused.
    text = QMimeData()
    text.setText("just text")
    refused = QDragEnterEvent(
        QPoint(point),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(table.viewport(), refused)
    assert not refused.isAccepted()


def test_a_file_over_the_limit_gets_a_clear_message(
    qtbot, sample_store: Store, tasks: TaskRunner, tmp_path: Path
) -> None:
    ws = Workspace(
        sample_store, MaterialStore(sample_store.path.parent / "materials", max_bytes=1000)
    )
    view = make_view(qtbot, sample_store, tasks, workspace=ws)
    big = tmp_path / "recording.mp4"
    big.write_bytes(b"x" * 5000)
    view.materials.attach_files([big])
    message = view.messages.text()
    assert "recording.mp4 is 5.0 kB; one material can be at most 1.0 kB" in message
    assert "Share a link to it instead" in message
    assert not view.materials.attaching and view.materials.model.rowCount() == 0


def test_cancelling_an_attachment_adds_nothing(qtbot, sample_store: Store, tmp_path: Path) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = TaskRunner(pool=pool)
    view = make_view(qtbot, sample_store, runner)
    release = threading.Event()
    runner.run(lambda: release.wait(10), lambda _r: None, lambda _e: None)  # occupies the pool
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(b"x" * 2_000_000)
    view.materials.attach_files([deck])
    assert view.strip.isVisible() and view.materials.attaching
    view.strip.cancel_button.click()
    with qtbot.waitSignal(view.materials.attach_failed, timeout=10_000) as blocker:
        release.set()
    assert isinstance(blocker.args[0], OperationCancelledError)
    assert "cancelled; nothing was added" in view.messages.text()
    assert view.materials.model.rowCount() == 0
    assert MaterialStore(sample_store.path.parent / "materials").stored_hashes() == set()
    runner.wait(5000)


def test_links_are_added_and_opened_in_the_browser(
    qtbot, view: CaseStudiesView, monkeypatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    pane = view.materials
    pane.link_button.click()
    dialog = pane.link_dialog
    assert dialog is not None
    dialog.url.setText("https://example.org/recording")
    dialog.name.setText("Recording")
    dialog.accept()
    assert pane.model.rowCount() == 1 and pane.model.index(0, 1).data() == "Link"
    pane.open_button.click()
    assert opened == [QUrl("https://example.org/recording")]
    assert pane.add_link("file:///etc/passwd") is None
    assert "not a web link" in view.messages.text()


# ---- bundles ----------------------------------------------------------
def _export(qtbot, view: CaseStudiesView, target: Path) -> None:
    with qtbot.waitSignal(view.exported, timeout=10_000):
        assert view.export_bundle_to(target)


def test_export_then_import_a_bundle_through_the_view(
    qtbot, view: CaseStudiesView, sample_store: Store, tmp_path: Path
) -> None:
    case_id = new_local(view, "Permit portal")
    view.notes.editor.setPlainText("my notes")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(b"%PDF" + b"y" * 100_000)
    with qtbot.waitSignal(view.materials.attached, timeout=10_000):
        view.materials.attach_files([deck])
    target = tmp_path / "permit.zip"
    _export(qtbot, view, target)  # the unsaved note goes with it
    assert zipfile.ZipFile(target).namelist()[0] == "manifest.json"
    assert "Exported the case study" in view.messages.text()
    assert view.delete_case_study(case_id)
    assert "Permit portal" not in titles(view)

    with qtbot.waitSignal(view.imported, timeout=10_000) as blocker:
        assert view.import_bundle_from(target)
    result = blocker.args[0]
    assert result.action == "created"
    assert view.current_case().title == "Permit portal"
    assert view.notes.text() == "my notes"
    assert view.materials.model.rowCount() == 1
    assert "Imported" in view.messages.text()


@pytest.mark.parametrize(
    ("choice", "action", "count"),
    [("overwrite", "overwritten", 4), ("keep-both", "kept-both", 5), ("cancel", None, 4)],
)
def test_importing_over_newer_local_work_asks_first(
    qtbot,
    view: CaseStudiesView,
    sample_store: Store,
    tmp_path: Path,
    choice: str,
    action: str | None,
    count: int,
) -> None:
    case_id = new_local(view, "Permit portal")
    target = tmp_path / "permit.zip"
    _export(qtbot, view, target)
    view.notes.editor.setPlainText("written after the export")  # local work, newer
    with qtbot.waitSignal(view.conflict_asked, timeout=10_000) as asked:
        view.import_bundle_from(target)
    dialog = asked.args[0]
    assert dialog is view.conflict_dialog and dialog.isVisible()
    assert "Permit portal" in dialog.text()
    assert Workspace(sample_store).note(case_id) == "written after the export"  # not yet
    button = {
        "overwrite": dialog.overwrite_button,
        "keep-both": dialog.keep_both_button,
        "cancel": dialog.cancel_button,
    }[choice]
    if action is None:
        with qtbot.waitSignal(view.bundle_failed, timeout=10_000):
            button.click()
        assert "cancelled; nothing was changed" in view.messages.text()
    else:
        with qtbot.waitSignal(view.imported, timeout=10_000) as done:
            button.click()
        assert done.args[0].action == action
    assert len(view.model.records) == count
    note = Workspace(sample_store).note(case_id)
    assert note == ("" if choice == "overwrite" else "written after the export")


def test_a_bad_bundle_shows_an_error_and_changes_nothing(
    qtbot, view: CaseStudiesView, sample_store: Store, tmp_path: Path
) -> None:
    before = [(c.id, c.title, c.updated_at) for c in Workspace(sample_store).case_studies()]
    materials = sample_store.path.parent / "materials"
    bad = tmp_path / "evil.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../outside.txt", "escape")
    with qtbot.waitSignal(view.bundle_failed, timeout=10_000) as blocker:
        view.import_bundle_from(bad)
    assert isinstance(blocker.args[0], BundleError)
    message = view.messages.text()
    assert message.startswith("Could not import evil.zip:")
    assert "Nothing was changed" in message
    assert view.messages.kind == "error" and view.messages.button("Retry") is not None
    after = [(c.id, c.title, c.updated_at) for c in Workspace(sample_store).case_studies()]
    assert after == before
    assert not materials.exists() or not any(materials.rglob("*"))
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("not a zip at all")
    with qtbot.waitSignal(view.bundle_failed, timeout=10_000):
        view.import_bundle_from(not_zip)
    assert "not a zip file" in view.messages.text()


def test_cancelling_an_export_writes_nothing(qtbot, sample_store: Store, tmp_path: Path) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = TaskRunner(pool=pool)
    view = make_view(qtbot, sample_store, runner)
    case_id = view.current_case().id
    big = tmp_path / "big.bin"
    big.write_bytes(b"z" * 3_000_000)
    Workspace(sample_store).attach_file(case_id, big)
    release = threading.Event()
    runner.run(lambda: release.wait(10), lambda _r: None, lambda _e: None)  # occupies the pool
    target = tmp_path / "out.zip"
    assert view.export_bundle_to(target)
    assert not view.export_bundle_to(tmp_path / "second.zip")  # one file operation at a time
    view.strip.cancel_button.click()
    with qtbot.waitSignal(view.bundle_failed, timeout=10_000) as blocker:
        release.set()
    assert isinstance(blocker.args[0], OperationCancelledError)
    assert not target.exists() and not list(tmp_path.glob(".out.zip*"))
    assert "Export cancelled; nothing was changed." in view.messages.text()
    runner.wait(5000)
    export_bundle(Workspace(sample_store), case_id, tmp_path / "direct.zip")  # all still fine


# ---- models ----------------------------------------------------------
def test_models(qtmodeltester, sample_store: Store, tmp_path: Path) -> None:
    ws = Workspace(sample_store)
    cases = ws.case_studies()
    model = CaseStudyListModel()
    model.set_records(cases)
    qtmodeltester.check(model, force_py=True)
    case_id = cases[0].id
    ws.save_note(case_id, "one")
    ws.save_note(case_id, "two")
    revisions = RevisionListModel()
    revisions.set_revisions(ws.revisions(case_id))
    qtmodeltester.check(revisions, force_py=True)
    file = tmp_path / "a.png"
    file.write_bytes(b"\x89PNG")
    ws.attach_file(case_id, file)
    ws.attach_link(case_id, "https://example.org")
    materials = MaterialTableModel()
    materials.set_materials(ws.get(case_id).materials)
    qtmodeltester.check(materials, force_py=True)
    assert materials.index(0, 1).data() == "Image (PNG)"
    choices = ChoiceListModel()
    choices.set_items([(1, "a"), (2, "b"), (3, "c")], [3])
    qtmodeltester.check(choices, force_py=True)
    assert [label for _i, label in choices.items] == ["c", "a", "b"]


def test_an_empty_store_says_what_to_do(qtbot, store: Store, tasks: TaskRunner) -> None:
    view = make_view(qtbot, store, tasks)
    assert view.model.rowCount() == 0
    assert view.page_stack.currentWidget() is view.empty_label
    assert "Press New" in view.empty_label.text()
    assert isinstance(view.delete_question, QMessageBox | type(None))


# ---- in the main window ----------------------------------------------------------
def test_the_window_hosts_the_workspace_with_one_banner(
    qtbot, sample_store: Store, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    view = window.case_studies
    assert view.messages is window.messages and view.tasks is window.tasks
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Import case-study &bundle…" in labels and "Export case stud&y…" in labels
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 truncated")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if "bundle" in a.text())
    with qtbot.waitSignal(view.bundle_failed, timeout=10_000):
        action.trigger()
    assert window.tabs.currentWidget() is view
    assert view.model.rowCount() == 3  # the tab loaded when shown
    assert window.messages.text().startswith("Could not import bad.zip")
    # Typing in the notes, then closing the window: saved.
    view.notes._save_timer.setInterval(60_000)
    view.editor_tabs.setCurrentWidget(view.notes)
    qtbot.keyClicks(view.notes.editor, "before closing")
    case_id = view.current_case().id
    window.close()
    assert Workspace(sample_store).note(case_id) == "before closing"


def test_colours_follow_a_theme_switch(qtbot, view: CaseStudiesView) -> None:
    from briefing_app.ui.widgets.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, "light")
    qtbot.waitUntil(lambda: "#dcdde0" in view.badge_labels[0].styleSheet(), timeout=2000)
    light = view.history.highlighter.added.background().color().lightness()
    try:
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: "#4a4d55" in view.badge_labels[0].styleSheet(), timeout=2000)
        assert view.history.highlighter.added.background().color().lightness() < light
    finally:
        apply_theme(app, "system")


def test_screenshots_render_the_workspace_sections(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from briefing_app.tools import screenshots

    views = "case-studies,case-studies-notes,case-studies-history,case-studies-materials"
    args = [str(tmp_path), "--name", "ws", "--workspace-demo", "--views", views]
    # 760 high: the window, once laid out, is at least 719 (the Sessions tab's detail
    # pane); the test passed at 600, then 700, only while that layout was still pending
    # (the tool now waits for the filters' values and the layout they ask for).
    assert screenshots.main([*args, "--width", "900", "--height", "760"]) == 0
    for name in ("ws-case-studies", "ws-case-studies-history", "ws-case-studies-materials"):
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == (900, 760)
    assert screenshots.main([str(tmp_path), "--views", "case-studies-nothing"]) == 2
