"""What lets several processes share one store: the change signal and note history."""

from __future__ import annotations

import pytest

from briefing_app.errors import NotFoundError
from briefing_app.store import Store


def _first_session(store: Store) -> int:
    return store.sessions()[0].id


def test_data_version_moves_only_for_other_connections(sample_store: Store) -> None:
    session_id = _first_session(sample_store)
    before = sample_store.data_version()
    sample_store.set_favourite(session_id)  # this connection's own write
    assert sample_store.data_version() == before
    with Store(sample_store.path) as other:
        other.set_favourite(session_id, False)
    after = sample_store.data_version()
    assert after != before
    assert sample_store.data_version() == after  # steady until the next outside write


def test_note_written_from_what_was_seen_keeps_no_history(sample_store: Store) -> None:
    session_id = _first_session(sample_store)
    assert sample_store.set_note(session_id, "first", expected="") is False
    assert sample_store.set_note(session_id, "first, then more", expected="first") is False
    assert sample_store.note(session_id) == "first, then more"
    assert sample_store.note_history(session_id) == []


def test_a_note_changed_elsewhere_lands_in_history(sample_store: Store) -> None:
    session_id = _first_session(sample_store)
    sample_store.set_note(session_id, "window text", expected="")
    with Store(sample_store.path) as other:  # a command or a second window writes meanwhile
        other.set_note(session_id, "their text", expected="window text")
    # The window saves what its user typed, from what it had loaded.
    conflict = sample_store.set_note(session_id, "window text, typed on", expected="window text")
    assert conflict is True
    assert sample_store.note(session_id) == "window text, typed on"
    history = sample_store.note_history(session_id)
    assert [(v.reason, v.body) for v in history] == [("conflict", "their text")]


def test_a_command_overwriting_a_note_keeps_the_old_text(sample_store: Store) -> None:
    session_id = _first_session(sample_store)
    sample_store.set_note(session_id, "typed in the window", expected="")
    assert sample_store.set_note(session_id, "from the command line") is False
    history = sample_store.note_history(session_id)
    assert [(v.reason, v.body) for v in history] == [("overwritten", "typed in the window")]
    # Writing the same text again changes nothing and keeps nothing.
    sample_store.set_note(session_id, "from the command line")
    assert len(sample_store.note_history(session_id)) == 1


def test_restoring_a_version_keeps_the_text_it_replaces(sample_store: Store) -> None:
    session_id = _first_session(sample_store)
    sample_store.set_note(session_id, "old")
    sample_store.set_note(session_id, "new")
    (old,) = sample_store.note_history(session_id)
    assert sample_store.restore_note_version(old.id) == "old"
    assert sample_store.note(session_id) == "old"
    assert [v.body for v in sample_store.note_history(session_id)] == ["new", "old"]
    with pytest.raises(NotFoundError):
        sample_store.restore_note_version(9999)


def test_note_history_of_an_unknown_session_is_not_found(sample_store: Store) -> None:
    with pytest.raises(NotFoundError):
        sample_store.note_history(424242)


def test_data_version_of_a_closed_store_is_a_store_error(store: Store) -> None:
    from briefing_app.errors import StoreError

    store.close()
    with pytest.raises(StoreError, match="cannot read the database"):
        store.data_version()
