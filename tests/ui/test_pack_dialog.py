"""File › Export briefing pack… and Print…: the dialog, its background build, progress, Cancel."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from support.packs import make_pack_store
from support.synthetic import synthetic_feed

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pack.dialog import AGENDA, DAYS, PackDialog, PackExported
from briefing_app.ui.workers.tasks import TaskRunner

STAGE = "setting-the-stage-2020-05-11"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with make_pack_store(tmp_path / "pack") as opened:
        yield opened


@pytest.fixture
def big_store(tmp_path: Path) -> Iterator[Store]:
    """100 favourites, with presenters whose photos were never downloaded."""
    with Store(tmp_path / "big" / "briefing.db") as opened:
        data = json.dumps(synthetic_feed(100)).encode("utf-8")
        opened.import_feed("https://feeds.example.org/big.json", parse_feed(data))
        for session in opened.sessions():
            opened.set_favourite(session.id, True)
        yield opened


def dialog_for(qtbot, store: Store, session_id: int | None) -> PackDialog:
    dialog = PackDialog(store, TaskRunner(), session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_this_session_is_exported_in_the_background(qtbot, store: Store, tmp_path: Path) -> None:
    stage = store.find_session(STAGE).id
    dialog = dialog_for(qtbot, store, stage)
    assert dialog.this_session.isChecked()
    assert dialog.this_session.text() == "This session: Setting the Stage"
    assert not dialog.agenda.isEnabled()  # no favourites yet
    assert dialog.path.text().endswith("briefing-pack-setting-the-stage.pdf")
    target = tmp_path / "stage.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # busy while it builds
    result = done.args[0]
    assert isinstance(result, PackExported)
    assert (result.path, result.sessions) == (target, 1)
    assert len(re.findall(rb"/Type\s*/Page\b", target.read_bytes())) == result.pages
    assert dialog.status.text() == f"Wrote {result.pages} pages to {target}."
    assert dialog.export_button.isEnabled()
    assert dialog.error.isHidden()


def test_a_large_agenda_shows_progress_and_cancel_writes_nothing(
    qtbot, big_store: Store, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, big_store, None)
    assert dialog.agenda.isChecked()
    assert dialog.agenda.text() == "My agenda (100 sessions)"
    target = tmp_path / "agenda.pdf"
    dialog.path.setText(str(target))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    progress: list[tuple[int, int]] = []
    dialog.export_button.click()
    assert dialog.task is not None
    dialog.task.progress.connect(lambda done, total: progress.append((done, total)))
    assert dialog.strip.isVisible()
    assert dialog.strip.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=60_000)
    assert progress[-1][1] == 200  # two halves of 100: reading, then painting
    dialog.strip.cancel_button.click()
    assert dialog.strip.label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    timer.stop()
    assert ticks, "the event loop ran while the pack was built"
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert not target.exists()
    assert list(tmp_path.glob("*agenda.pdf*")) == []
    assert dialog.strip.isHidden()
    assert dialog.export_button.isEnabled()


@pytest.mark.slow
def test_a_pack_of_100_sessions_is_written_whole(qtbot, big_store: Store, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, big_store, None)
    target = tmp_path / "agenda.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=180_000) as done:
        dialog.export_button.click()
    result = done.args[0]
    assert result.sessions == 100
    assert result.pages > 100
    assert len(re.findall(rb"/Type\s*/Page\b", target.read_bytes())) == result.pages


def test_errors_are_said_in_the_dialog(qtbot, store: Store, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, store, None)
    assert not dialog.this_session.isEnabled()
    assert dialog.choice.checkedId() == DAYS  # neither a session nor an agenda
    dialog.path.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.export_button.click()
    assert "it is a folder" in str(failed.args[0])
    assert dialog.error.text().startswith("Could not make the briefing pack: cannot write")
    dialog.path.setText(str(tmp_path / "days.pdf"))
    dialog.first_day.setDate(QDate(2031, 1, 1))
    dialog.last_day.setDate(QDate(2031, 1, 7))
    with qtbot.waitSignal(dialog.failed, timeout=30_000):
        dialog.export_button.click()
    assert "no session starts between 2031-01-01 and 2031-01-07" in dialog.error.text()
    assert not (tmp_path / "days.pdf").exists()
    dialog.first_day.setDate(QDate(2020, 5, 11))
    dialog.last_day.setDate(QDate(2020, 5, 11))
    assert dialog.selection().first_day == date(2020, 5, 11)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.export_button.click()
    assert done.args[0].sessions == 2
    assert dialog.error.isHidden()


def test_print_reads_in_the_background_then_paints_on_the_printer(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's print dialog cannot be driven here: a PDF printer stands for the choice."""
    from PySide6.QtPrintSupport import QPrinter

    store.set_favourite(store.find_session(STAGE).id, True)
    dialog = PackDialog(store, TaskRunner(), None, for_print=True)
    qtbot.addWidget(dialog)
    assert dialog.print_button.isDefault()
    assert dialog.choice.checkedId() == AGENDA
    target = tmp_path / "printed.pdf"
    asked: list[object] = []

    def choose_printer(pack: object) -> None:
        asked.append(pack)
        assert dialog.strip.isHidden()  # no progress bar behind the modal print dialog
        dialog._idle()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.print_to(pack, printer)  # type: ignore[arg-type]

    monkeypatch.setattr(dialog, "_ask_printer", choose_printer)
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
        dialog.print_button.click()
    assert len(asked) == 1
    pages = printed.args[0]
    assert pages >= 3
    assert len(re.findall(rb"/Type\s*/Page\b", target.read_bytes())) == pages
    assert dialog.status.text() == f"Sent {pages} pages to the printer."


def test_the_file_menu_opens_the_pack_dialog(qtbot, sample_store: Store) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pack_action.text() == "Export briefing &pack…"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.show_past.setChecked(True)
    qtbot.waitUntil(lambda: window.select_session(sample_store.find_session(STAGE).id))
    window.pack_action.trigger()
    dialog = window._pack_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.this_session.isChecked()
    assert dialog.export_button.isDefault()
    window.print_action.trigger()
    again = window._pack_dialog
    assert again is not dialog and again is not None
    assert again.print_button.isDefault()
    again.close()
