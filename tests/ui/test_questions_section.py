"""The Questions section: add, edit, reorder, delete (undo), mark, copy; the list filter."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.questions_section import QuestionsModel, QuestionsSection
from briefing_app.usecases.drafts import SESSION_QUESTIONS, Draft, DraftStore, drafts_dir
from briefing_app.usecases.questions import pending_add, pending_edit
from briefing_app.util.timeutil import utc_now

STAGE = "setting-the-stage-2020-05-11"


def _texts(section: QuestionsSection) -> list[str]:
    return [q.text for q in section.model.questions]


def _displayed(section: QuestionsSection) -> list[str]:
    model = section.model
    return [str(model.data(model.index(row))) for row in range(model.rowCount())]


@pytest.fixture
def section(qtbot, sample_store: Store) -> QuestionsSection:
    widget = QuestionsSection(sample_store)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_session(sample_store.find_session(STAGE).id)
    return widget


def _add(qtbot, section: QuestionsSection, text: str) -> None:
    section.new_question.setFocus()
    qtbot.keyClicks(section.new_question, text)
    qtbot.keyClick(section.new_question, Qt.Key.Key_Return)


def test_add_from_the_keyboard_shows_it_numbered_with_its_state(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    stage = sample_store.find_session(STAGE).id
    assert not section.copy_button.isEnabled() and section.title.text() == "My &questions"
    _add(qtbot, section, "How will RFPs change?")
    _add(qtbot, section, "Who pays for pilots?")
    assert [q.text for q in sample_store.questions(stage)] == [
        "How will RFPs change?",
        "Who pays for pilots?",
    ]
    assert _displayed(section) == [
        "1. How will RFPs change?\nNot asked",
        "2. Who pays for pilots?\nNot asked",
    ]
    assert section.new_question.text() == "" and section.new_question.hasFocus()
    assert section.title.text() == "My &questions (2)"
    assert section.current_question() is not None  # the new one is chosen
    assert section.current_question().text == "Who pays for pilots?"  # type: ignore[union-attr]
    # The state is an icon and a word; screen readers get a sentence.
    index = section.model.index(0)
    assert not section.model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert section.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == (
        "Question 1: How will RFPs change?. Not asked."
    )
    # Blank text adds nothing.
    _add(qtbot, section, "   ")
    assert len(sample_store.questions(stage)) == 2


def test_reorder_with_alt_arrows_and_buttons(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    for text in ("a", "b", "c"):
        _add(qtbot, section, text)
    section.select(section.model.questions[2].id)
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(section) == ["a", "c", "b"]
    qtbot.keyClick(section.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(section) == ["c", "a", "b"]
    assert section.current_question().text == "c"  # type: ignore[union-attr]
    assert not section.up_button.isEnabled()  # at the top
    qtbot.keyClick(section.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(section) == ["c", "a", "b"]
    qtbot.mouseClick(section.down_button, Qt.MouseButton.LeftButton)
    assert _texts(section) == ["a", "c", "b"]
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(section) == ["a", "b", "c"]
    section.move_to(1)
    assert _texts(section) == ["c", "a", "b"]
    stage = sample_store.find_session(STAGE).id
    assert [q.text for q in sample_store.questions(stage)] == ["c", "a", "b"]


def test_edit_in_place_and_in_the_dialog(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    _add(qtbot, section, "Frist question")
    index = section.model.index(0)
    assert section.model.setData(index, "First question")
    stage = sample_store.find_session(STAGE).id
    assert sample_store.questions(stage)[0].text == "First question"
    assert not section.model.setData(index, "   ")  # emptied: nothing changes
    assert sample_store.questions(stage)[0].text == "First question"
    dialog = section.edit_current()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "First question"
    dialog.text.setPlainText("First question,\non two lines")
    dialog.state.setCurrentIndex(2)
    dialog.answer.setPlainText("Yes, in 2021")
    dialog.accept()
    (stored,) = sample_store.questions(stage)
    assert (stored.text, stored.state, stored.answer) == (
        "First question,\non two lines",
        "answered",
        "Yes, in 2021",
    )
    assert _displayed(section) == ["1. First question, on two lines\nAnswered — Yes, in 2021"]
    # An empty text cannot be accepted.
    dialog = section.edit_current()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_mark_from_the_state_choice(qtbot, section: QuestionsSection, sample_store: Store) -> None:
    _add(qtbot, section, "Asked yet?")
    assert section.state_choice.isEnabled() and section.state_choice.currentText() == "Not asked"
    section.state_choice.setCurrentIndex(1)
    section.state_choice.activated.emit(1)
    stage = sample_store.find_session(STAGE).id
    assert sample_store.questions(stage)[0].state == "asked"
    assert _displayed(section) == ["1. Asked yet?\nAsked"]
    section.mark_current("answered", "Partly")
    assert _displayed(section) == ["1. Asked yet?\nAnswered — Partly"]
    assert not section.copy_button.isEnabled()  # nothing unasked left


def test_delete_with_the_key_and_undo(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    for text in ("keep", "delete me", "keep too"):
        _add(qtbot, section, text)
    stage = sample_store.find_session(STAGE).id
    section.select(section.model.questions[1].id)
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Delete)
    assert [q.text for q in sample_store.questions(stage)] == ["keep", "keep too"]
    assert section.undo_bar.isVisible() and "delete me" in section.undo_label.text()
    assert section.current_question().text == "keep too"  # type: ignore[union-attr]
    qtbot.keyClick(section.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.text for q in sample_store.questions(stage)] == ["keep", "delete me", "keep too"]
    assert not section.undo_bar.isVisible()
    # The Undo button does the same.
    section.select(section.model.questions[0].id)
    section.delete_current()
    qtbot.mouseClick(section.undo_button, Qt.MouseButton.LeftButton)
    assert _texts(section) == ["keep", "delete me", "keep too"]


def test_copy_questions_puts_the_unasked_on_the_clipboard(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    QGuiApplication.clipboard().clear()
    for text in ("How will RFPs change?", "Already asked", "Who pays?"):
        _add(qtbot, section, text)
    stage = sample_store.find_session(STAGE).id
    sample_store.mark_question(sample_store.questions(stage)[1].id, "asked")
    section.reload()
    qtbot.mouseClick(section.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "1. How will RFPs change?\n2. Who pays?"
    assert "Copied 2 questions" in section.status.text()
    QGuiApplication.clipboard().clear()
    section.view.setFocus()
    qtbot.keyClick(
        section.view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == "1. How will RFPs change?\n2. Who pays?"


def test_a_refused_write_reaches_the_error_road_and_keeps_the_text(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    errors: list[str] = []
    section.failed.connect(errors.append)
    section.new_question.setText("x" * 5001)
    section.add_typed()
    assert errors and "at most 5,000" in errors[0]
    assert section.new_question.text() == "x" * 5001  # nothing typed is lost
    assert _texts(section) == []


def test_while_a_sync_holds_the_lock_the_question_waits_in_a_draft_and_then_shows(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    stage = sample_store.find_session(STAGE).id
    draft = drafts_dir(sample_store.path) / f"session-questions-{stage}.json"
    holder = sqlite3.connect(sample_store.path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    try:
        _add(qtbot, section, "Patient question")
        _add(qtbot, section, "Second patient question")
        assert _texts(section) == []
        assert "database is busy" in section.status.text()
        # Kept on disk until stored: a crash now loses nothing typed.
        kept = json.loads(draft.read_text("utf-8"))
        assert [e["text"] for e in kept["changes"]["pending"]] == [
            "Patient question",
            "Second patient question",
        ]
    finally:
        holder.execute("COMMIT")
        holder.close()
    qtbot.waitUntil(
        lambda: _texts(section) == ["Patient question", "Second patient question"], timeout=5000
    )
    assert not section.status.isVisible()
    assert not draft.exists()


def test_questions_kept_by_a_killed_run_are_stored_at_the_next_start(
    qtbot, sample_store: Store
) -> None:
    stage = sample_store.find_session(STAGE).id
    old = sample_store.add_question(stage, "Typed before")
    DraftStore(drafts_dir(sample_store.path)).save(
        Draft(
            SESSION_QUESTIONS,
            stage,
            utc_now(),
            changes={
                "pending": [
                    pending_add("Typed while a sync ran"),
                    pending_edit(old.id, "Typed before, edited", "asked", None),
                    pending_edit(9999, "a question deleted meanwhile", None, None),
                ]
            },
        )
    )
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(sample_store.questions(stage)) == 2, timeout=5000)
    assert [(q.text, q.state) for q in sample_store.questions(stage)] == [
        ("Typed before, edited", "asked"),
        ("Typed while a sync ran", "draft"),
    ]
    assert "Restored unsaved questions" in window.messages.text()
    assert "Setting the Stage" in window.messages.text()
    qtbot.waitUntil(lambda: not DraftStore(drafts_dir(sample_store.path)).drafts(), timeout=3000)


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, section: QuestionsSection) -> None:
    for text in ("a", "b"):
        _add(qtbot, section, text)
    assert isinstance(section.model, QuestionsModel)
    qtmodeltester.check(section.model)


def test_the_window_filters_and_searches_by_questions(qtbot, sample_store: Store) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    window.show_past.setChecked(True)
    stage = sample_store.find_session(STAGE).id
    window.select_session(stage)
    section = window.detail_panel.questions
    assert section.session_id == stage
    _add(qtbot, section, "What about zebracrossings?")
    window.sessions.filter_bar.with_questions.setChecked(True)
    qtbot.waitUntil(lambda: window.visible_titles() == ["Setting the Stage"], timeout=3000)
    window.sessions.filter_bar.with_questions.setChecked(False)
    qtbot.keyClicks(window.search, "zebracrossing")
    qtbot.waitUntil(lambda: window.visible_titles() == ["Setting the Stage"], timeout=3000)
    # A refused write reaches the window's banner (the one error road).
    section.new_question.setText("bell\x07")
    section.add_typed()
    assert "control character" in window.messages.text()
    QApplication.processEvents()


def test_a_change_from_elsewhere_waits_for_an_edit_in_place(
    qtbot, section: QuestionsSection, sample_store: Store
) -> None:
    _add(qtbot, section, "Being edited")
    stage = sample_store.find_session(STAGE).id
    section.view.setFocus()
    section.view.edit(section.model.index(0))
    assert section.view.state() == section.view.State.EditingState
    with Store(sample_store.path) as other:  # a command adds one meanwhile
        other.add_question(stage, "From the command line")
    section.reload()
    assert section.view.state() == section.view.State.EditingState  # the editor stays open
    assert _texts(section) == ["Being edited"]
    qtbot.keyClick(section.view.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _texts(section) == ["Being edited", "From the command line"])
