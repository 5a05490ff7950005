"""The user's questions per session: stored, ordered, marked, kept through syncs, searched."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database
from support.migrations import drop_later_tables

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.feeds.model import Feed
from briefing_app.store import SessionQuery, Store, recover, schema
from briefing_app.usecases import questions as core
from briefing_app.usecases.drafts import (
    SESSION_QUESTIONS,
    Draft,
    DraftStore,
    drafts_dir,
    store_draft,
)
from briefing_app.util.timeutil import utc_now


def _replace_session(feed: Feed, source_id: str, **changes: object) -> Feed:
    sessions = tuple(
        dataclasses.replace(s, **changes) if s.id == source_id else s for s in feed.sessions
    )
    return dataclasses.replace(feed, sessions=sessions)


def _texts(store: Store, session_id: int) -> list[str]:
    return [q.text for q in store.questions(session_id)]


@pytest.fixture
def loaded(store: Store, sample_feed: Feed) -> tuple[Store, int, int]:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    return store, feed_id, store.find_session("setting-the-stage-2020-05-11").id


def test_add_edit_mark_delete(loaded: tuple[Store, int, int]) -> None:
    store, _, session = loaded
    first = store.add_question(session, "  How will RFPs change?\r\n  ")
    assert (first.text, first.state, first.answer, first.position) == (
        "How will RFPs change?",
        "draft",
        "",
        1,
    )
    assert first.unasked and first.created_at == first.updated_at
    second = store.add_question(session, "Who pays\nfor pilots?")
    assert second.position == 2 and second.text == "Who pays\nfor pilots?"
    edited = store.edit_question(first.id, "How will the RFP process change?")
    assert edited.text == "How will the RFP process change?" and edited.position == 1
    marked = store.mark_question(second.id, "answered", answer="The city, from 2021.")
    assert (marked.state, marked.answer) == ("answered", "The city, from 2021.")
    # Marking without an answer keeps the note; an edit can change only the note.
    assert store.mark_question(second.id, "asked").answer == "The city, from 2021."
    assert store.edit_question(second.id, answer="").answer == ""
    removed = store.delete_question(first.id)
    assert removed.text == "How will the RFP process change?"
    assert [(q.text, q.position) for q in store.questions(session)] == [
        ("Who pays\nfor pilots?", 1)
    ]
    # Undo puts it back where it was, with its id and times.
    back = store.restore_question(removed)
    assert (back.id, back.position, back.created_at) == (
        removed.id,
        1,
        removed.created_at,
    )
    assert _texts(store, session) == ["How will the RFP process change?", "Who pays\nfor pilots?"]


def test_bad_input_is_refused_and_changes_nothing(loaded: tuple[Store, int, int]) -> None:
    store, _, session = loaded
    question = store.add_question(session, "Kept?")
    before = store.dump()
    with pytest.raises(UsageError, match="needs some text"):
        store.add_question(session, " \n\t ")
    with pytest.raises(UsageError, match="needs some text"):
        store.edit_question(question.id, "")
    with pytest.raises(UsageError, match="control character"):
        store.add_question(session, "bell\x07")
    with pytest.raises(UsageError, match="at most 5,000"):
        store.add_question(session, "x" * 5001)
    with pytest.raises(UsageError, match="unknown question state 'done'"):
        store.mark_question(question.id, "done")
    with pytest.raises(UsageError, match="1 to 1"):
        store.move_question(question.id, 2)
    with pytest.raises(NotFoundError, match="no question number 999"):
        store.edit_question(999, "x")
    with pytest.raises(NotFoundError, match="no question number 999"):
        store.delete_question(999)
    with pytest.raises(NotFoundError, match="no session number 999"):
        store.add_question(999, "x")
    with pytest.raises(NotFoundError, match="no session number 999"):
        store.questions(999)
    assert store.dump() == before


def test_reorder_to_a_position_and_step_by_step(loaded: tuple[Store, int, int]) -> None:
    store, _, session = loaded
    ids = [store.add_question(session, t).id for t in ("a", "b", "c", "d")]
    store.move_question(ids[3], 1)
    assert _texts(store, session) == ["d", "a", "b", "c"]
    core.move_down(store, ids[3])
    assert _texts(store, session) == ["a", "d", "b", "c"]
    core.move_up(store, ids[0])  # already first: nothing moves
    core.move_down(store, ids[2])  # already last
    assert _texts(store, session) == ["a", "d", "b", "c"]
    core.move_up(store, ids[2])
    assert _texts(store, session) == ["a", "d", "c", "b"]
    # Added at a position; positions stay 1..n after a delete.
    store.add_question(session, "first", position=1)
    store.delete_question(ids[1])
    questions = store.questions(session)
    assert [q.text for q in questions] == ["first", "a", "d", "c"]
    assert [q.position for q in questions] == [1, 2, 3, 4]


@given(moves=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 5)), max_size=12))
def test_any_moves_keep_a_dense_permutation(
    tmp_path_factory: pytest.TempPathFactory, moves: list[tuple[int, int]]
) -> None:
    path = tmp_path_factory.mktemp("moves") / "b.db"
    with Store(path) as store:
        store.db.execute(
            "INSERT INTO feeds (id, url, added_at) VALUES (1, 'file:///x', '2020-01-01T00:00:00Z')"
        )
        store.db.execute(
            "INSERT INTO sessions (id, feed_id, source_id, title, start_utc, end_utc, timezone, "
            "first_seen_at, changed_at) VALUES (1, 1, 'x', 'X', '2020-01-01T10:00:00Z', "
            "'2020-01-01T11:00:00Z', 'UTC', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"
        )
        ids = [store.add_question(1, t).id for t in "abcde"]
        expected = list("abcde")
        for index, position in moves:
            text = store.question(ids[index]).text
            store.move_question(ids[index], position)
            expected.remove(text)
            expected.insert(position - 1, text)
        questions = store.questions(1)
        assert [q.text for q in questions] == expected
        assert [q.position for q in questions] == [1, 2, 3, 4, 5]


def test_unasked_text_for_a_qa_box(loaded: tuple[Store, int, int]) -> None:
    store, _, session = loaded
    store.add_question(session, "How will\n  RFPs   change?")
    asked = store.add_question(session, "Already asked")
    store.add_question(session, "**Who** pays?")
    store.mark_question(asked.id, "asked")
    assert (
        core.unasked_text(store.questions(session)) == "1. How will RFPs change?\n2. **Who** pays?"
    )
    assert core.unasked_text([]) == ""


def test_questions_survive_a_resync_that_changes_and_removes_sessions(
    loaded: tuple[Store, int, int], sample_feed: Feed
) -> None:
    store, feed_id, stage = loaded
    planning = store.find_session("fall-winter-planning-2020-07").id
    store.add_question(stage, "What is on the stage?")
    store.add_question(planning, "What is the fall plan?")
    store.mark_question(store.questions(planning)[0].id, "answered", answer="Later")
    kickoff = next(s for s in sample_feed.sessions if s.id == "setting-the-stage-2020-05-11")
    # Retitled and moved; the planning session leaves the feed.
    changed = _replace_session(
        sample_feed,
        "setting-the-stage-2020-05-11",
        title="Stage set",
        start=kickoff.start + timedelta(hours=2),
        end=kickoff.end + timedelta(hours=2),
    )
    changed = dataclasses.replace(
        changed,
        sessions=tuple(s for s in changed.sessions if s.id != "fall-winter-planning-2020-07"),
    )
    store.apply_feed(feed_id, changed)
    assert store.session(stage).title == "Stage set"
    assert _texts(store, stage) == ["What is on the stage?"]
    assert store.find_session("fall-winter-planning-2020-07").removed
    kept = store.questions(planning)
    assert [(q.text, q.state, q.answer) for q in kept] == [
        ("What is the fall plan?", "answered", "Later")
    ]
    # Still found by search and by the filter while removed.
    assert planning in {r.id for r in store.search_sessions("fall plan")}
    # ... and intact when the feed brings the session back.
    store.apply_feed(feed_id, sample_feed)
    assert not store.find_session(planning).removed
    assert store.questions(planning) == kept
    # The feed's removal warns about them as local data.
    assert store.local_data_count(feed_id) == 2


def test_search_finds_a_session_by_its_question(loaded: tuple[Store, int, int]) -> None:
    store, _, stage = loaded
    assert store.search_sessions("zebracrossing") == []
    question = store.add_question(stage, "What about zebracrossings near schools?")
    found = store.search_sessions("zebracrossing")
    assert [r.id for r in found] == [stage]
    # The answer note is searched too; an edit re-indexes, a delete forgets.
    store.mark_question(question.id, "answered", answer="Pelican lights instead")
    assert [r.id for r in store.search_sessions("pelican")] == [stage]
    store.edit_question(question.id, "What about crossings?")
    assert store.search_sessions("zebracrossing") == []
    assert [r.id for r in store.search_sessions("crossings")] == [stage]
    store.delete_question(question.id)
    assert store.search_sessions("pelican") == []
    assert (
        store.db.execute(
            "INSERT INTO session_questions_fts(session_questions_fts) VALUES ('integrity-check')"
        ).fetchone()
        is None
    )


def test_a_session_that_says_it_ranks_above_one_that_is_only_asked_about(
    loaded: tuple[Store, int, int],
) -> None:
    store, _, _ = loaded
    procurement = store.find_session("procurement-wg-2020-05-11")
    other = store.find_session("kickoff-2020-04-15").id
    store.add_question(other, "Will procurement rules change?")
    ranked = [r.id for r in store.search_sessions("procurement")]
    assert other in ranked
    assert ranked.index(procurement.id) < ranked.index(other)


def test_the_list_filters_sessions_with_questions(loaded: tuple[Store, int, int]) -> None:
    store, _, stage = loaded
    assert store.list_sessions(SessionQuery(with_questions=True)).entries == []
    store.add_question(stage, "Q?")
    entries = store.list_sessions(SessionQuery(with_questions=True)).entries
    assert [e.id for e in entries] == [stage]
    assert SessionQuery(with_questions=True).filtered
    assert store.sessions_with_questions() == {stage}
    # Combined with a search: the search narrows within the filtered.
    assert store.list_sessions(SessionQuery(text="stage", with_questions=True)).entries


def test_all_questions_in_session_order(loaded: tuple[Store, int, int]) -> None:
    store, _, stage = loaded
    kickoff = store.find_session("kickoff-2020-04-15").id
    store.add_question(stage, "later")
    store.add_question(kickoff, "earlier")
    assert [q.text for q in store.questions()] == ["earlier", "later"]


def test_removing_the_feed_deletes_them(loaded: tuple[Store, int, int]) -> None:
    store, feed_id, stage = loaded
    store.add_question(stage, "Q?")
    store.remove_feed(feed_id)
    assert store.questions() == []


def test_recovery_keeps_questions_and_their_search(tmp_path: Path, sample_feed: Feed) -> None:
    path = tmp_path / "data" / "briefing.db"
    with Store(path) as store:
        store.import_feed("file:///s.json", sample_feed)
        stage = store.find_session("setting-the-stage-2020-05-11").id
        store.add_question(stage, "Recoverable zebracrossing?")
    recover(path)
    with Store(path) as store:
        assert _texts(store, stage) == ["Recoverable zebracrossing?"]
        assert [r.id for r in store.search_sessions("zebracrossing")] == [stage]


def test_a_recovered_store_never_gives_a_deleted_questions_number_again(
    tmp_path: Path, sample_feed: Feed
) -> None:
    """The recovery copied the rows but not SQLite's AUTOINCREMENT marks (sqlite_sequence):
    the next question took the number of the last one deleted, and a draft still naming
    that number (kept on disk through the recovery) edited the new question."""
    path = tmp_path / "data" / "briefing.db"
    with Store(path) as store:
        store.import_feed("file:///s.json", sample_feed)
        stage = store.find_session("setting-the-stage-2020-05-11").id
        store.add_question(stage, "Kept")
        gone = store.add_question(stage, "Deleted before the recovery")
        store.delete_question(gone.id)
        done = store.add_followup("Deleted follow-up", session_ids=[stage])
        store.delete_followup(done.id)
    recover(path)
    with Store(path) as store:
        newer = store.add_question(stage, "Asked after the recovery")
        assert newer.id > gone.id
        assert store.add_followup("Another follow-up").id > done.id
        stale = [core.pending_edit(gone.id, "lost edit", "answered", None)]
        assert core.replay_pending(store, stage, stale) == 0
        assert [(q.text, q.state) for q in store.questions(stage)] == [
            ("Kept", "draft"),
            ("Asked after the recovery", "draft"),
        ]


def test_migration_adds_the_table_to_a_store_with_data(tmp_path: Path, sample_feed: Feed) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_session_questions)
    db = Database(sqlite3.connect(path))
    schema.migrate(db, path, schema.MIGRATIONS[:step])
    db.close()
    with Store(path) as store:  # written at the latest schema, then taken back a step
        store.import_feed("file:///s.json", sample_feed)
        store.set_note(store.find_session("kickoff-2020-04-15").id, "kept")
    db = Database(sqlite3.connect(path))
    # This step's tables and every later step's (the follow-ups).
    for table in ("session_questions_fts", "session_questions", "followup_sessions", "followups"):
        db.execute(f"DROP TABLE {table}")
    drop_later_tables(db, step)
    db.execute(f"PRAGMA user_version = {step:d}")
    db.conn.commit()
    sessions = [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")]
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")] == sessions
    db.close()
    assert schema.backup_path(path, step).exists()
    with Store(path) as store:
        kickoff = store.find_session("kickoff-2020-04-15").id
        assert store.note(kickoff) == "kept"
        store.add_question(kickoff, "After the upgrade?")
        assert [r.id for r in store.search_sessions("upgrade")] == [kickoff]


def test_a_draft_of_questions_is_replayed_in_order_skipping_what_cannot_be(
    loaded: tuple[Store, int, int],
) -> None:
    store, _, stage = loaded
    kept = store.add_question(stage, "Kept")
    gone = store.add_question(stage, "Deleted meanwhile")
    store.delete_question(gone.id)
    drafts = DraftStore(drafts_dir(store.path))
    drafts.save(
        Draft(
            SESSION_QUESTIONS,
            stage,
            utc_now(),
            changes={
                "pending": [
                    core.pending_add("New one"),
                    core.pending_edit(kept.id, None, "answered", "Noted"),
                    core.pending_edit(gone.id, "lost edit", None, None),
                    core.pending_add("   "),  # refused as typed: skipped
                    {"op": "mystery"},
                    "not an entry",
                ]
            },
        )
    )
    # A deleted question's number is never given to another one.
    assert store.add_question(stage, "Newer").id > gone.id
    store.delete_question(store.questions(stage)[-1].id)
    (draft,) = drafts.drafts()
    assert draft.is_text
    assert store_draft(store, draft) is False
    assert [(q.text, q.state, q.answer) for q in store.questions(stage)] == [
        ("Kept", "answered", "Noted"),
        ("New one", "draft", ""),
    ]
    # The session gone: the replay says so and stores nothing.
    with pytest.raises(NotFoundError):
        core.replay_pending(store, 999, [core.pending_add("x")])
