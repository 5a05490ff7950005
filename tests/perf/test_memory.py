"""Growth guard for the case-study form's pickers: rows counted, not time, so it cannot flake.

Opening a case study lists its linked sessions and presenters, then one page of the rest:
a store ten times larger reads the same rows and runs the same statements, and no statement
reads the sessions without a bound (a LIMIT, or the ids wanted). Scrolling to the end of
the list reads one more page.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from support.talks import talks_feed

from briefing_app.store import ChoiceQuery, Store
from briefing_app.ui.casestudies.form import CaseStudyForm
from briefing_app.ui.casestudies.models import CHOICE_PAGE
from briefing_app.workspace import Workspace

SMALL = CHOICE_PAGE + 50
LARGE = 10 * SMALL


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    folder = tmp_path_factory.mktemp("pickers")
    with (
        Store(folder / "small" / "briefing.db") as small,
        Store(folder / "large" / "briefing.db") as large,
    ):
        small.import_feed("https://example.org/conf.json", talks_feed(SMALL, SMALL))
        large.import_feed("https://example.org/conf.json", talks_feed(LARGE, LARGE))
        yield small, large


def _open_case(qtbot: QtBot, store: Store) -> tuple[CaseStudyForm, int, list[str]]:
    """A case study linking two sessions shown in the form: (form, rows read, statements)."""
    workspace = Workspace(store)
    linked = [row[0] for row in store.session_choice_page(ChoiceQuery(limit=2))]
    case = workspace.create("Permit portal", session_ids=linked)
    form = CaseStudyForm(workspace)
    qtbot.addWidget(form)
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        form.show_case(workspace.get(case.id))
    finally:
        store.db.conn.set_trace_callback(None)
    read = form.sessions.model.rows_read + form.presenters.model.rows_read
    return form, read, seen


def test_opening_a_case_study_reads_a_page_whatever_the_store_holds(
    qtbot: QtBot, stores: tuple[Store, Store]
) -> None:
    small, large = stores
    assert large.session_count() == 10 * small.session_count()
    small_form, small_read, small_sql = _open_case(qtbot, small)
    large_form, large_read, large_sql = _open_case(qtbot, large)

    assert small_read == large_read
    # The two linked sessions, then a page of the other sessions and one of presenters.
    assert large_read == 2 + 2 * CHOICE_PAGE
    assert len(large_sql) == len(small_sql)
    for form in (small_form, large_form):
        model = form.sessions.model
        assert model.rowCount() == 2 + CHOICE_PAGE
        assert model.checked_ids() == sorted(form.case.session_ids if form.case else ())
        assert model.canFetchMore()
    reads = [sql for sql in large_sql if "FROM sessions s" in sql or "FROM presenters p" in sql]
    assert reads and all("LIMIT" in sql or "json_each" in sql for sql in reads), reads
    assert all("LIMIT" in sql for sql in reads if "NOT IN" in sql)


def test_scrolling_to_the_end_reads_one_more_page(
    qtbot: QtBot, stores: tuple[Store, Store]
) -> None:
    _small, large = stores
    form, read, _sql = _open_case(qtbot, large)
    model = form.sessions.model
    model.fetchMore()
    assert model.rowCount() == 2 + 2 * CHOICE_PAGE
    assert form.sessions.model.rows_read + form.presenters.model.rows_read == read + CHOICE_PAGE
