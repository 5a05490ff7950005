"""Export my data / Import my data (issue 16): round trip, merges, conflicts, orphans, bad input."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.cli import main
from briefing_app.errors import MyDataError, NotFoundError
from briefing_app.platform.resources_util import read_resource_bytes
from briefing_app.store import MYDATA_KINDS, Store
from briefing_app.usecases.mydata import (
    KIND_NAMES,
    MYDATA_VERSION,
    export_document,
    export_mydata,
    import_mydata,
    read_mydata,
    summary_lines,
)

#: The sample series under another id: a feed of its own, not the builtin sample's.
SAMPLE = read_resource_bytes("sample-feed.json").replace(
    b'"reimagine-toronto-2020"', b'"reimagine-toronto-served"', 1
)
FEED_PATH = "/series.json"


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv], setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def dump(db: Path) -> str:
    """Every row of the database, for "exactly as before" comparisons."""
    with sqlite3.connect(db) as conn:
        text = "\n".join(conn.iterdump())
    conn.close()
    return text


def canonical(document: dict[str, Any]) -> dict[str, list[str]]:
    """The file's sections, each item as sorted JSON (session ids differ between stores)."""
    return {
        kind: sorted(json.dumps(i, sort_keys=True) for i in document.get(kind, []))
        for kind in MYDATA_KINDS
    }


def session_by_source(store: Store, source_id: str) -> int:
    """The session of that feed id in the feed followed last (the served one, else the sample)."""
    return max(s.id for s in store.sessions() if s.source_id == source_id)


def fill_every_kind(store: Store) -> None:
    """Data of every kind on sessions of the served feed (plus a note with history)."""
    stage = session_by_source(store, "setting-the-stage-2020-05-11")
    kickoff = session_by_source(store, "kickoff-2020-04-15")
    store.set_favourite(stage)
    store.set_favourite(kickoff)
    store.set_note(stage, "first thoughts")
    store.set_note(stage, "second thoughts")  # the first goes into the history
    store.add_question(stage, "Who pays for pilots?")
    store.add_question(stage, "How are RFPs changing?", state="answered", answer="Shorter")
    store.set_reminder(stage, enabled=True, minutes_before=20)
    store.add_followup(
        "Send the deck to Lisa", owner="me", due=date(2026, 12, 20), session_ids=[stage, kickoff]
    )
    store.record_join(kickoff, datetime(2020, 4, 15, 14, 2, tzinfo=UTC))
    store.mark_attendance(kickoff, "attended")


@pytest.fixture
def served(feed_server: FeedServer) -> str:
    return feed_server.serve(FEED_PATH, Reply(body=SAMPLE))


def _follow(capsys: pytest.CaptureFixture[str], data: Path, url: str) -> None:
    code, _out, err = run(capsys, data, "feeds", "add", url)
    assert code == 0, err


def _store_a(capsys: pytest.CaptureFixture[str], tmp_path: Path, served: str) -> Path:
    """Store A: the served feed followed over HTTP, data of every kind on its sessions."""
    a = tmp_path / "a"
    _follow(capsys, a, served)
    with Store(a / "briefing.db") as store:
        fill_every_kind(store)
    return a


def test_round_trip_on_a_second_fresh_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, served: str
) -> None:
    a, b = _store_a(capsys, tmp_path, served), tmp_path / "b"
    target = tmp_path / "mine.briefing-mydata.json"
    code, _out, err = run(capsys, a, "mydata", "export", "-o", str(target))
    assert code == 0, err
    assert "wrote 2 favourites, 1 note, 2 questions, 1 reminder, 1 follow-up" in err
    exported = json.loads(target.read_text("utf-8"))
    assert exported["format"] == "briefing-app/my-data"
    assert exported["version"] == MYDATA_VERSION
    assert {k: len(exported[k]) for k in MYDATA_KINDS} == {
        "favourites": 2,
        "notes": 1,
        "questions": 2,
        "reminders": 1,
        "followups": 1,
        "attendance": 1,
    }
    assert exported["notes"][0]["history"][0]["body"] == "first thoughts"
    assert exported["favourites"][0]["session"]["uid"].endswith("@briefing-companion")

    _follow(capsys, b, served)  # the same feed, over HTTP, into a fresh store
    code, out, err = run(capsys, b, "mydata", "import", str(target))
    assert code == 0, err
    assert "questions: 2 added, 0 updated, 0 unchanged, 0 conflicts, 0 orphaned" in out
    assert "follow-ups: 1 added" in out
    with Store(b / "briefing.db") as store:
        again = export_document(store)
        stage = session_by_source(store, "setting-the-stage-2020-05-11")
        assert store.note(stage) == "second thoughts"
        assert [v.body for v in store.note_history(stage)] == ["first thoughts"]
        assert [q.text for q in store.questions(stage)] == [
            "Who pays for pilots?",
            "How are RFPs changing?",
        ]
        (followup,) = store.followups()
        assert {s.source_id for s in followup.sessions} == {
            "setting-the-stage-2020-05-11",
            "kickoff-2020-04-15",
        }
    assert canonical(again) == canonical(exported)


def test_importing_twice_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store, data_dir: Path
) -> None:
    fill_every_kind(sample_store)
    target = tmp_path / "mine.json"
    export_mydata(sample_store, target)
    b = tmp_path / "b"
    assert run(capsys, b, "mydata", "import", str(target))[0] == 0
    before = dump(b / "briefing.db")
    code, out, _ = run(capsys, b, "mydata", "import", str(target))
    assert code == 0
    assert "nothing changed" in out
    assert dump(b / "briefing.db") == before
    # Importing a store's own export into itself changes nothing either.
    own = dump(data_dir / "briefing.db")
    _checked, report = import_mydata(sample_store, target)
    assert not report.changed and not report.conflicts
    assert dump(data_dir / "briefing.db") == own


def _edited(document: dict[str, Any], kind: str, **changes: Any) -> dict[str, Any]:
    edited = copy.deepcopy(document)
    edited[kind][0].update(changes)
    return edited


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), "utf-8")
    return path


def test_note_conflict_newer_wins_and_the_other_goes_into_history(
    tmp_path: Path, sample_store: Store
) -> None:
    stage = session_by_source(sample_store, "setting-the-stage-2020-05-11")
    sample_store.set_note(stage, "mine, written here")
    document = export_document(sample_store)
    # The file's version is newer: it wins, ours is kept in the history.
    newer = _edited(document, "notes", body="theirs, newer", updated_at="2099-01-01T00:00:00Z")
    _checked, report = import_mydata(sample_store, _write(tmp_path / "n.json", newer))
    assert sample_store.note(stage) == "theirs, newer"
    assert [v.body for v in sample_store.note_history(stage)] == ["mine, written here"]
    assert report.counts["notes"].conflicts == 1
    assert "yours is in the note's history" in report.conflicts[0]
    # An older version: ours stays, the file's lands in the history; no text dropped.
    older = _edited(document, "notes", body="theirs, older", updated_at="2001-01-01T00:00:00Z")
    _checked, report = import_mydata(sample_store, _write(tmp_path / "o.json", older))
    assert sample_store.note(stage) == "theirs, newer"
    assert {v.body for v in sample_store.note_history(stage)} == {
        "mine, written here",
        "theirs, older",
    }
    assert report.counts["notes"].conflicts == 1
    # Again: already in the history, nothing changes.
    before = dump(sample_store.path)
    _checked, report = import_mydata(sample_store, tmp_path / "o.json")
    assert not report.changed and dump(sample_store.path) == before


def test_question_conflict_keeps_the_losing_text_as_a_question(
    tmp_path: Path, sample_store: Store
) -> None:
    stage = session_by_source(sample_store, "setting-the-stage-2020-05-11")
    question = sample_store.add_question(stage, "Who pays?")
    document = export_document(sample_store)
    sample_store.edit_question(question.id, "Who pays, the city?")  # edited here
    theirs = _edited(  # ... and there, later
        document, "questions", text="Who pays, the province?", updated_at="2099-01-01T00:00:00Z"
    )
    path = _write(tmp_path / "q.json", theirs)
    _checked, report = import_mydata(sample_store, path)
    assert [q.text for q in sample_store.questions(stage)] == [
        "Who pays, the province?",
        "Who pays, the city?",
    ]
    assert report.counts["questions"].conflicts == 1
    assert "kept as another question" in report.conflicts[0]
    before = dump(sample_store.path)
    _checked, report = import_mydata(sample_store, path)
    assert not report.changed and dump(sample_store.path) == before
    # An older edit from a file: ours stays first, theirs is kept after it.
    older = _edited(
        document, "questions", text="Who pays? (old)", updated_at="2001-01-01T00:00:00Z"
    )
    import_mydata(sample_store, _write(tmp_path / "old.json", older))
    assert [q.text for q in sample_store.questions(stage)][-1] == "Who pays? (old)"


def test_followup_conflict_puts_the_loser_in_its_history(
    tmp_path: Path, sample_store: Store
) -> None:
    followup = sample_store.add_followup("Call Lisa")
    document = export_document(sample_store)
    sample_store.edit_followup(followup.id, text="Call Lisa on Monday")
    theirs = _edited(document, "followups", text="Email Lisa", updated_at="2099-01-01T00:00:00Z")
    path = _write(tmp_path / "f.json", theirs)
    _checked, report = import_mydata(sample_store, path)
    # One follow-up (no copy): the file's newer text wins, ours is in its history.
    (only,) = sample_store.followups()
    assert only.id == followup.id and only.text == "Email Lisa"
    history = sample_store.followup_history(followup.id)
    assert [(v.text, v.reason) for v in history] == [
        ("Call Lisa on Monday", "import"),
        ("Call Lisa", "edited"),
    ]
    assert report.counts["followups"].conflicts == 1
    assert "in the follow-up's history" in report.conflicts[0]
    before = dump(sample_store.path)
    _checked, report = import_mydata(sample_store, path)  # twice: nothing more
    assert not report.changed and dump(sample_store.path) == before
    # An older version from a file loses: its text lands in the history, never dropped.
    older = _edited(document, "followups", text="Phone Lisa", updated_at="2001-01-01T00:00:00Z")
    _checked, report = import_mydata(sample_store, _write(tmp_path / "old.json", older))
    assert sample_store.followup(followup.id).text == "Email Lisa"
    assert sample_store.followup_history(followup.id)[0].text == "Phone Lisa"
    assert "the file's is in the follow-up's history" in report.conflicts[0]


def test_followup_history_travels_to_a_fresh_store(tmp_path: Path, sample_store: Store) -> None:
    followup = sample_store.add_followup("Draft the recommendations", owner="Ana")
    sample_store.edit_followup(followup.id, text="Draft the recommendations by Friday")
    sample_store.edit_followup(followup.id, owner="Ben")
    document = export_document(sample_store)
    (item,) = document["followups"]
    assert [v["text"] for v in item["history"]] == [
        "Draft the recommendations",
        "Draft the recommendations by Friday",
    ]
    path = _write(tmp_path / "mine.json", document)
    with Store(tmp_path / "fresh.db") as fresh:
        _checked, report = import_mydata(fresh, path)
        assert report.counts["followups"].added == 1
        (copy_,) = fresh.followups()
        assert (copy_.text, copy_.owner) == ("Draft the recommendations by Friday", "Ben")
        assert [(v.text, v.owner) for v in fresh.followup_history(copy_.id)] == [
            ("Draft the recommendations by Friday", "Ana"),
            ("Draft the recommendations", "Ana"),
        ]
        assert canonical(export_document(fresh))["followups"] == canonical(document)["followups"]


def test_a_file_without_followup_history_still_reads(tmp_path: Path, sample_store: Store) -> None:
    """A file the app wrote before follow-ups had a history (no ``history`` key) imports."""
    sample_store.add_followup("Send the deck")
    document = export_document(sample_store)
    assert "history" not in document["followups"][0]  # none kept: the key is left out
    with Store(tmp_path / "fresh.db") as fresh:
        _checked, report = import_mydata(fresh, _write(tmp_path / "old.json", document))
        assert report.counts["followups"].added == 1
        assert fresh.followup_history(fresh.followups()[0].id) == []


def test_a_padded_followup_history_text_is_refused(tmp_path: Path, sample_store: Store) -> None:
    followup = sample_store.add_followup("Send the deck")
    sample_store.edit_followup(followup.id, text="Send the deck today")
    document = export_document(sample_store)
    document["followups"][0]["history"][0]["text"] = " Send the deck "
    with pytest.raises(MyDataError, match=r"history\[0\]\.text"):
        read_mydata(_write(tmp_path / "padded.json", document))


def test_orphans_are_kept_shown_exported_and_attached_after_a_sync(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, served: str
) -> None:
    a, b = _store_a(capsys, tmp_path, served), tmp_path / "b"
    with Store(a / "briefing.db") as store:
        export_mydata(store, tmp_path / "mine.json")
    code, out, _ = run(capsys, b, "mydata", "import", str(tmp_path / "mine.json"))
    assert code == 0
    # B follows only the builtin sample: the served feed's sessions are not there.
    assert "favourites: 0 added, 0 updated, 0 unchanged, 0 conflicts, 2 orphaned" in out
    assert "orphaned (kept until a sync brings its session): notes: “Setting the Stage”" in out
    code, out, _ = run(capsys, b, "mydata", "orphans", "--json")
    orphans = json.loads(out)
    assert {o["kind"] for o in orphans} >= {"favourites", "notes", "questions", "followup-link"}
    assert all(o["feed_url"] == served for o in orphans)
    # Exported from B, the orphans travel on (never dropped).
    with Store(b / "briefing.db") as store:
        from_b = export_document(store)
        before = dump(b / "briefing.db")
        import_mydata(store, tmp_path / "mine.json")  # the same file again: nothing new
        assert dump(b / "briefing.db") == before
    assert len(from_b["favourites"]) == 2 and len(from_b["questions"]) == 2
    assert len(from_b["followups"][0]["sessions"]) == 2  # its links, waiting
    # The feed is followed later: everything attaches.
    _follow(capsys, b, served)
    code, out, err = run(capsys, b, "mydata", "orphans")
    assert "No orphaned items" in err
    with Store(b / "briefing.db") as store:
        stage = session_by_source(store, "setting-the-stage-2020-05-11")
        assert stage in {s.id for s in store.sessions(favourites_only=True)}
        assert store.note(stage) == "second thoughts"
        assert len(store.questions(stage)) == 2
        assert len(store.followups()[0].sessions) == 2
        with Store(a / "briefing.db") as original:
            assert canonical(export_document(store)) == canonical(export_document(original))


def test_sessions_are_matched_by_calendar_uid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store
) -> None:
    """A session known here only from our own .ics export (another feed address) is found."""
    stage = session_by_source(sample_store, "setting-the-stage-2020-05-11")
    sample_store.set_note(stage, "from the other machine")
    export_mydata(sample_store, tmp_path / "mine.json")
    ics = tmp_path / "all.ics"
    code, _out, err = run(capsys, sample_store.path.parent, "export-ics", "--all", "-o", str(ics))
    assert code == 0, err
    b = tmp_path / "b"
    assert run(capsys, b, "feeds", "remove", "1", "--force")[0] == 0  # no sample here
    assert run(capsys, b, "import", str(ics))[0] == 0
    code, out, _ = run(capsys, b, "mydata", "import", str(tmp_path / "mine.json"))
    assert "notes: 1 added" in out
    with Store(b / "briefing.db") as store:
        assert "from the other machine" in {store.note(s.id) for s in store.sessions()}


# ---- bad input: a clear message, the store exactly as before --------------------------------
def _good(sample_store: Store) -> dict[str, Any]:
    fill_every_kind_on_sample(sample_store)
    return export_document(sample_store)


def fill_every_kind_on_sample(store: Store) -> None:
    stage = session_by_source(store, "setting-the-stage-2020-05-11")
    store.set_favourite(stage)
    store.set_note(stage, "a note")
    store.add_question(stage, "A question?")
    store.add_followup("A follow-up", session_ids=[stage])


BAD_DOCUMENTS: list[tuple[str, Any, str]] = [
    ("newer", {"version": 2, "app_version": "9.0"}, "version 2, written by a newer"),
    ("bad state", ("questions", 0, "state", "maybe"), "at $.questions[0].state"),
    ("bad time", ("notes", 0, "updated_at", "yesterday"), "at $.notes[0].updated_at"),
    ("unknown kind", {"bookmarks": []}, "must not contain"),
    ("blank question", ("questions", 0, "text", "   "), "at $.questions[0].text"),
    ("padded", ("followups", 0, "text", "  padded  "), "at $.followups[0].text"),
    (
        "no session key",
        (
            "favourites",
            0,
            "session",
            {"feed_url": "", "source_id": "", "uid": "", "title": "", "start": ""},
        ),
        "at $.favourites[0].session",
    ),
    ("not ours", {"format": "something-else"}, 'expected "format"'),
]


@pytest.mark.parametrize(
    ("name", "change", "said"), BAD_DOCUMENTS, ids=[b[0] for b in BAD_DOCUMENTS]
)
def test_bad_documents_are_refused_and_change_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_store: Store,
    data_dir: Path,
    name: str,
    change: Any,
    said: str,
) -> None:
    document = _good(sample_store)
    sample_store.set_note(session_by_source(sample_store, "setting-the-stage-2020-05-11"), "newer")
    if isinstance(change, dict):
        document.update(change)
    else:
        kind, index, key, value = change
        document[kind][index][key] = value
    path = _write(tmp_path / "bad.json", document)
    before = dump(data_dir / "briefing.db")
    code, _out, err = run(capsys, data_dir, "mydata", "import", str(path))
    assert code == 4, err
    assert said in err
    assert str(path) in err
    assert dump(data_dir / "briefing.db") == before


def test_truncated_and_broken_json_say_where(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store, data_dir: Path
) -> None:
    text = json.dumps(_good(sample_store), indent=1)
    before = dump(data_dir / "briefing.db")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2], "utf-8")
    code, _out, err = run(capsys, data_dir, "mydata", "import", str(cut))
    assert code == 4
    assert "invalid JSON at line" in err and "truncated?" in err
    edited = tmp_path / "edited.json"
    edited.write_text(text.replace('"notes": [', '"notes": [,', 1), "utf-8")
    code, _out, err = run(capsys, data_dir, "mydata", "import", str(edited))
    assert code == 4 and "column" in err
    assert dump(data_dir / "briefing.db") == before


def test_huge_missing_and_odd_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store, data_dir: Path
) -> None:
    path = _write(tmp_path / "ok.json", _good(sample_store))
    with pytest.raises(MyDataError, match="too large"):
        read_mydata(path, limit=100)
    before = dump(data_dir / "briefing.db")
    code, _out, err = run(capsys, data_dir, "mydata", "import", str(tmp_path / "missing.json"))
    assert code == NotFoundError.exit_code and "no such file" in err
    code, _out, err = run(capsys, data_dir, "mydata", "import", str(tmp_path))
    assert code == 4 and "folder" in err
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    code, _out, err = run(capsys, data_dir, "mydata", "import", str(empty))
    assert code == 4 and "empty" in err
    assert dump(data_dir / "briefing.db") == before


def test_a_failure_mid_merge_rolls_everything_back(
    tmp_path: Path, sample_store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _good(sample_store)
    b = Store(tmp_path / "b" / "briefing.db")
    from briefing_app.store import mydata as store_mydata

    def broken(*_args: Any) -> Any:
        raise RuntimeError("disk on fire")

    kinds = dict(store_mydata._KINDS)
    kinds["followups"] = store_mydata._Kind(kinds["followups"].export, broken, by_session=False)
    monkeypatch.setattr(store_mydata, "_KINDS", kinds)
    before = dump(b.path)
    with pytest.raises(RuntimeError):
        import_mydata(b, _write(tmp_path / "f.json", document))
    assert dump(b.path) == before
    b.close()


def test_the_schema_is_valid_and_agrees_with_what_we_write(sample_store: Store) -> None:
    import jsonschema

    schema = json.loads(read_resource_bytes("my-data.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(_good(sample_store))


def test_summary_names_every_kind() -> None:
    from briefing_app.store import MyDataReport

    lines = summary_lines(MyDataReport())
    names = [KIND_NAMES[kind][1] for kind in MYDATA_KINDS]
    assert [line.split(":")[0] for line in lines[: len(MYDATA_KINDS)]] == names
    assert names[-2:] == ["follow-ups", "attendance records"]
