"""Case studies: listed, read, and linked to their sessions."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from briefing_app.store import Store
from briefing_app.ui.case_studies_view import CaseStudiesView, CaseStudyListModel


def test_case_studies_are_listed_and_read(qtbot, sample_store: Store) -> None:
    view = CaseStudiesView(sample_store)
    qtbot.addWidget(view)
    titles = [view.model.index(r).data().split("\n")[0] for r in range(view.model.rowCount())]
    assert titles == [
        "Lixar: technology case study",
        "Tata: technology case study",
        "TELUS: technology case study",
    ]
    assert not view.empty.isVisible()
    text = view.page.toPlainText()
    assert "Lixar: technology case study" in text
    assert "Challenge" in text and "Sample text:" in text
    assert "Re-Imagine the City of Toronto: Virtual Kick-off" in text  # its session


def test_session_links_open_the_session(qtbot, sample_store: Store) -> None:
    view = CaseStudiesView(sample_store)
    qtbot.addWidget(view)
    kickoff = sample_store.find_session("kickoff-2020-04-15")
    with qtbot.waitSignal(view.session_activated) as blocker:
        view._link(QUrl(f"session:{kickoff.id}"))
    assert blocker.args == [kickoff.id]


def test_empty_store(qtbot, store: Store) -> None:
    view = CaseStudiesView(store)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0 and view.empty.isVisible()


def test_model(qtmodeltester, sample_store: Store) -> None:
    model = CaseStudyListModel()
    model.set_records(sample_store.case_studies())
    qtmodeltester.check(model, force_py=True)
