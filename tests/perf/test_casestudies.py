"""Growth guard for the Case studies tab: work counted, not timed, so it cannot flake.

Opening the tab, showing the list and searching build the whole :class:`CaseStudy`
record of the case study opened only: the list holds light rows. Ten times more case
studies build the same number of whole records (and hold as many).
"""

from __future__ import annotations

import gc
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.workspace import CaseStudy, CaseStudySummary, Workspace
from briefing_app.workspace.base import WorkspaceBase


def _held() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, CaseStudy))


def _open_tab(
    qtbot: QtBot, tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int, int]:
    """(whole records built, whole records held, rows listed) for a store of *count*."""
    built = [0]
    original = WorkspaceBase._case_study

    def counted(self: WorkspaceBase, row: Mapping[str, Any], *args: Any) -> CaseStudy:
        built[0] += 1
        return original(self, row, *args)

    with Store(tmp_path / str(count) / "briefing.db") as store:
        workspace = Workspace(store)
        for n in range(count):
            workspace.create(f"Case study {n:04d}", organization=f"Org {n % 7}")
        edited = workspace.case_studies()[1].id
        workspace.update(edited, summary="typed here")  # a local edit: still listed light
        monkeypatch.setattr(WorkspaceBase, "_case_study", counted)
        gc.collect()
        before = _held()
        tasks = TaskRunner()
        view = CaseStudiesView(store, tasks=tasks)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.list.scrollToBottom()
        view.search.setText("Case")
        view.reload_list()
        view.search.clear()
        view.reload_list()
        listed = view.model.rowCount()
        assert all(isinstance(r, CaseStudySummary) for r in view.model.records)
        gc.collect()
        held = _held() - before
        view.close()
        tasks.wait(10_000)
        monkeypatch.setattr(WorkspaceBase, "_case_study", original)
    return built[0], held, listed


def test_opening_the_tab_builds_only_the_selected_case_study(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _open_tab(qtbot, tmp_path, 20, monkeypatch)
    large = _open_tab(qtbot, tmp_path, 200, monkeypatch)
    assert (small[2], large[2]) == (20, 200)  # every case study is listed
    assert small[:2] == large[:2]  # whole records do not grow with the store
    built, held, _ = large
    assert 1 <= built <= 4  # the one opened, re-read as the list is re-filled
    assert held <= 1
