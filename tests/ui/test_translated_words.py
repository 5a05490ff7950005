"""Words of issue 15's views go through Qt's translation (found in its review)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.dialogs import prereads as dialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.prereads import DownloadReport, FileResult, Plan, Target


class _Marking(QTranslator):
    """Marks every string it translates: what is left unmarked never went through tr()."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"<{source}>"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: object) -> Iterator[None]:
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _plan() -> Plan:
    targets = (
        Target(1, "S", "https://a.example/1.pdf", "One", "slides", 2048),
        Target(1, "S", "https://a.example/2.pdf", "Two", "slides", None),
    )
    return Plan(targets, {"https://a.example/1.pdf": 2048, "https://a.example/2.pdf": None})


def test_the_total_and_the_summary_are_translated(marking: None) -> None:
    described = dialog.describe_plan(_plan())
    assert described == "<<<2 files>, 2.0 kB> + 1 of unknown size>"
    report = DownloadReport(
        [FileResult("u1", "One", "downloaded", size=2048), FileResult("u2", "Two", "failed")]
    )
    summary = dialog.summarize(report)
    assert summary == "<1 downloaded (2.0 kB)><, ><1 failed>"


def _sized(text: str) -> str:
    """The core writes sizes "2.0 kB", as the window does through QLocale (one rule)."""
    return text


def test_in_english_the_words_are_the_core_s() -> None:
    plan = _plan()
    assert dialog.describe_plan(plan) == _sized(plan.describe())
    assert dialog.describe_plan(Plan((), {})) == Plan((), {}).describe()
    report = DownloadReport(
        [
            FileResult("u1", "One", "downloaded", size=2048),
            FileResult("u2", "Two", "not-modified"),
            FileResult("u3", "Three", "failed"),
            FileResult("u4", "Four", "cancelled"),
        ]
    )
    assert dialog.summarize(report) == _sized(report.summary())
    assert dialog.summarize(DownloadReport()) == DownloadReport().summary()


def test_the_search_box_s_placeholder_is_translated(
    qtbot: QtBot, marking: None, sample_store: Store
) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    text = window.sessions.search.placeholderText()
    assert text == "<Search sessions, presenters, case studies, notes, questions…>"


def test_the_remove_feed_question_is_translated(
    qtbot: QtBot, marking: None, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def question(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append((title, text))  # a modal box cannot be answered here
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    session = sample_store.sessions()[0].id
    sample_store.set_favourite(session, True)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.feed_list.setCurrentIndex(dialog.feed_model.index(0))
    dialog._remove_selected()
    assert asked and asked[0][0] == "<Remove feed>" and asked[0][1].startswith("<Remove ")
    assert dialog.feed_model.rowCount() == 1  # "No": nothing removed
