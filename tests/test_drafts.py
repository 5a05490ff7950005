"""Crash-safe drafts (usecases/drafts.py): kept on disk until the store has them, then gone."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.store import Store
from briefing_app.usecases.drafts import (
    CASE_STUDY_EDIT,
    CASE_STUDY_NOTE,
    FAVOURITE,
    SESSION_NOTE,
    DraftStore,
    drafts_dir,
    store_draft,
)
from briefing_app.workspace import Workspace

STAGE = "setting-the-stage-2020-05-11"


def test_drafts_live_beside_the_database(sample_store: Store) -> None:
    assert drafts_dir(sample_store.path) == sample_store.path.parent / "drafts"


def test_a_draft_round_trips_and_replaces_the_one_before(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    assert drafts.drafts() == []
    assert drafts.save_session_note(7, "first", expected="")
    assert drafts.save_session_note(7, "first and second ✓", expected="")
    assert drafts.save_favourite(7, True)
    assert drafts.save_case_study_note(3, "# Notes")
    assert drafts.save_case_study_edit(3, {"title": "Mine", "session_ids": [1, 2]})
    found = {(d.kind, d.target): d for d in drafts.drafts()}
    assert set(found) == {
        (SESSION_NOTE, 7),
        (FAVOURITE, 7),
        (CASE_STUDY_NOTE, 3),
        (CASE_STUDY_EDIT, 3),
    }
    assert found[SESSION_NOTE, 7].text == "first and second ✓"
    assert found[SESSION_NOTE, 7].expected == ""
    assert found[FAVOURITE, 7].favourite is True
    assert found[CASE_STUDY_EDIT, 3].changes == {"title": "Mine", "session_ids": [1, 2]}
    assert not list((tmp_path / "drafts").glob("*.tmp"))  # written whole, atomically
    drafts.remove(SESSION_NOTE, 7)
    drafts.remove(SESSION_NOTE, 7)  # twice is fine
    assert drafts.get(SESSION_NOTE, 7) is None


def test_an_unreadable_draft_is_skipped_and_left_for_a_person(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    drafts = DraftStore(folder)
    drafts.save_session_note(1, "good", expected="")
    (folder / "session-note-2.json").write_text("{not json", "utf-8")
    (folder / "session-note-3.json").write_text(
        json.dumps({"kind": "session-note", "target": 4, "saved_at": "x", "text": ""}), "utf-8"
    )
    (folder / "favourite-5.json").write_text(
        json.dumps({"kind": "favourite", "target": 5, "saved_at": "2026-01-01T00:00:00Z"}),
        "utf-8",
    )
    assert [(d.kind, d.target) for d in drafts.drafts()] == [(SESSION_NOTE, 1)]
    assert (folder / "session-note-2.json").exists()


def test_a_draft_that_cannot_be_written_says_so_and_does_not_raise(tmp_path: Path) -> None:
    blocker = tmp_path / "drafts"
    blocker.write_text("a file where the folder should be", "utf-8")
    assert DraftStore(blocker).save_session_note(1, "text", expected="") is False


def test_storing_a_draft_keeps_text_written_elsewhere_in_the_history(sample_store: Store) -> None:
    session_id = sample_store.find_session(STAGE).id
    drafts = DraftStore(drafts_dir(sample_store.path))
    drafts.save_session_note(session_id, "typed in the window", expected="")
    sample_store.set_note(session_id, "written in a terminal meanwhile")
    (draft,) = drafts.drafts()
    assert store_draft(sample_store, draft) is True  # a conflict: the other text is kept
    assert sample_store.note(session_id) == "typed in the window"
    assert [v.body for v in sample_store.note_history(session_id)] == [
        "written in a terminal meanwhile"
    ]


def test_every_kind_of_draft_is_stored(sample_store: Store) -> None:
    session_id = sample_store.find_session(STAGE).id
    case_id = Workspace(sample_store).case_studies()[0].id
    drafts = DraftStore(drafts_dir(sample_store.path))
    drafts.save_favourite(session_id, True)
    drafts.save_case_study_note(case_id, "case notes")
    drafts.save_case_study_edit(case_id, {"title": "Retitled"})
    for draft in drafts.drafts():
        assert store_draft(sample_store, draft) is False
    assert sample_store.session(session_id).favourite
    assert Workspace(sample_store).note(case_id) == "case notes"
    assert Workspace(sample_store).get(case_id).title == "Retitled"
