"""The case-study form's session and presenter pickers, over a store larger than a page.

They list what is linked first, then the rest a page at a time as the list is scrolled;
what is typed in the filter is matched by the store a moment after the last key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.talks import talks_feed

from briefing_app.store import Store
from briefing_app.ui.casestudies.choices import PresenterChoices, SessionChoices
from briefing_app.ui.casestudies.form import CaseStudyForm
from briefing_app.ui.casestudies.models import CHOICE_PAGE, ChoiceListModel
from briefing_app.workspace import Workspace

SESSIONS = CHOICE_PAGE * 2 + 50


@pytest.fixture
def big_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "briefing.db") as store:
        store.import_feed("https://example.org/conf.json", talks_feed(SESSIONS, 40))
        yield store


def _ids(store: Store, *titles: str) -> list[int]:
    by_title = {row[1]: row[0] for row in store.session_choice_page()}
    return [by_title[t] for t in titles]


def _labels(model: ChoiceListModel) -> list[str]:
    return [label.split(" — ")[0] for _i, label in model.items]


def test_linked_first_then_the_rest_a_page_at_a_time(qtmodeltester, big_store: Store) -> None:
    model = ChoiceListModel()
    linked = _ids(big_store, "Talk 300", "Talk 7")
    model.set_source(SessionChoices(big_store), linked)
    assert _labels(model)[:3] == ["Talk 7", "Talk 300", "Talk 0"]  # linked in time order
    assert model.rowCount() == 2 + CHOICE_PAGE
    assert model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0).data().startswith("Talk 7 — Sun 01 Mar 2026")
    while model.canFetchMore():
        model.fetchMore()
    labels = _labels(model)
    assert len(labels) == SESSIONS and len(set(labels)) == SESSIONS  # each once
    assert labels[2:] == [f"Talk {n}" for n in range(SESSIONS) if n not in (7, 300)]
    qtmodeltester.check(model, force_py=True)


def test_a_linked_item_the_store_lost_still_shows(big_store: Store) -> None:
    model = ChoiceListModel()
    model.set_source(SessionChoices(big_store), [999_999, *_ids(big_store, "Talk 1")])
    assert model.items[0][1].startswith("Talk 1 — ")
    assert model.items[1] == (999_999, "#999999 (no longer in the store)")
    assert model.checked_ids() == sorted([999_999, *_ids(big_store, "Talk 1")])


def test_the_filter_is_matched_by_the_store_and_keeps_what_is_ticked(
    qtbot: QtBot, big_store: Store
) -> None:
    workspace = Workspace(big_store)
    case = workspace.create("Permit portal", session_ids=_ids(big_store, "Talk 3"))
    form = CaseStudyForm(workspace)
    qtbot.addWidget(form)
    form._timer.setInterval(50)
    form.show_case(workspace.get(case.id))
    sessions = form.sessions
    sessions.filter.setText("talk 42")
    qtbot.waitUntil(lambda: _labels(sessions.model)[0] == "Talk 42", timeout=2000)
    assert _labels(sessions.model) == ["Talk 42", *(f"Talk {n}" for n in range(420, 430))]
    row = _labels(sessions.model).index("Talk 425")
    model = sessions.model
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not form.pending, timeout=2000)
    saved = workspace.get(case.id)
    assert saved.session_ids == tuple(sorted(_ids(big_store, "Talk 3", "Talk 425")))
    sessions.filter.clear()
    sessions.apply_filter()
    assert _labels(sessions.model)[:3] == ["Talk 3", "Talk 425", "Talk 0"]
    # Another case study keeps the filter typed, as a filter box does.
    sessions.filter.setText("Talk 9")
    sessions.apply_filter()
    other = workspace.create("Another", session_ids=_ids(big_store, "Talk 99"))
    form.show_case(other)
    assert _labels(sessions.model)[:3] == ["Talk 99", "Talk 9", "Talk 90"]  # linked first
    assert sessions.model.checked_ids() == _ids(big_store, "Talk 99")


def test_presenters_match_by_name_a_page_at_a_time(big_store: Store) -> None:
    model = ChoiceListModel()
    model.set_source(PresenterChoices(big_store), [], "person 1")
    assert [label for _i, label in model.items] == [f"Person {n}" for n in range(10, 20)]
    assert not model.canFetchMore()


def test_a_feeds_links_edited_show_the_feeds_version_by_name(
    qtbot: QtBot, sample_store: Store
) -> None:
    workspace = Workspace(sample_store)
    case = next(c for c in workspace.case_studies() if not c.is_local and c.session_ids)
    form = CaseStudyForm(workspace)
    qtbot.addWidget(form)
    form._timer.setInterval(50)
    form.show_case(case)
    model = form.sessions.model
    feeds_labels = [label for i, label in model.items if i in case.session_ids]
    row = next(r for r, (i, _label) in enumerate(model.items) if i not in case.session_ids)
    model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not form.pending, timeout=2000)
    qtbot.waitUntil(lambda: "session_ids" in (form.case.overridden if form.case else ()))
    block = form.blocks["session_ids"]
    assert block.feed_value.text() == "Feed's version: " + "; ".join(feeds_labels)
    assert block.revert_button.isVisibleTo(form)
