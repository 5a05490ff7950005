"""Issue 16 reviewed against its "Bad input" list: the bugs found, one test each.

* A "my data" file whose times or due dates are no day of the calendar, whose due
  zone is unknown or whose owner holds a control character passed the schema's
  patterns and poisoned the store (``followups list``, ``attendance list``,
  ``questions list`` crashed afterwards): refused now, naming the field.
* VTODOs as task apps write them (hand-written from RFC 5545 and each app's habits,
  in ``tests/data/vtodo/``): a repeating to-do's changed instance (same UID, a
  RECURRENCE-ID) refused the whole file; COMPLETED alone did not mean done; a
  subtask's RELATED-TO was counted as a missing session; an edit that left SEQUENCE
  alone (Apple Reminders, Thunderbird) was ignored; re-importing after following a
  feed did not add the links the CLI said it would; ``BEGIN:VTODO `` escaped the
  10,000 limit and failed with a Python message.
* A note's text kept by an import read "replaced by restoring an earlier version".
* Attendance whose mark changed counted as "added" when it had no joins.
* The round trip on two stores changed on both sides: newer wins, nothing dropped.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.cli import main
from briefing_app.errors import UsageError
from briefing_app.platform.resources_util import read_resource_bytes
from briefing_app.store import MYDATA_KINDS, Store
from briefing_app.usecases.mydata import export_document, export_mydata, import_mydata
from briefing_app.usecases.startup import open_store

VTODO = Path(__file__).parent / "data" / "vtodo"
STAGE = "setting-the-stage-2020-05-11"
KICKOFF = "kickoff-2020-04-15"


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv], setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def dump(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        text = "\n".join(conn.iterdump())
    conn.close()
    return text


# ---- "my data": values the schema's patterns let through ------------------------------------
def _document(store: Store) -> dict[str, Any]:
    stage = store.find_session(STAGE).id
    store.set_favourite(stage)
    store.set_note(stage, "a note")
    store.add_question(stage, "A question?")
    store.add_followup("A follow-up", owner="me", due=date(2026, 12, 20), session_ids=[stage])
    store.record_join(stage, datetime(2020, 5, 11, 17, 2, tzinfo=UTC))
    store.mark_attendance(stage, "attended")
    return export_document(store)


BAD_VALUES: list[tuple[str, str, int, str, Any, str]] = [
    ("month 13", "followups", 0, "created_at", "2026-13-45T99:99:99Z", "not a time of"),
    ("30 February", "followups", 0, "due", "2026-02-30", "not a day of the calendar"),
    ("due time", "followups", 0, "due", "2026-02-30T10:00:00Z", "not a time of the calendar"),
    ("zone", "followups", 0, "due_zone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'"),
    ("owner blanks", "followups", 0, "owner", " me ", "line breaks or blanks"),
    ("owner line", "followups", 0, "owner", "me\nyou", "line breaks or blanks"),
    ("joined", "attendance", 0, "joins", ["2026-02-30T10:00:00Z"], "joins[0]"),
    ("asked", "questions", 0, "created_at", "2026-02-31T00:00:00Z", "not a time"),
    ("starred", "favourites", 0, "added_at", "2026-00-00T00:00:00Z", "not a time"),
    ("noted", "notes", 0, "updated_at", "2026-04-31T00:00:00Z", "not a time"),
    ("year 9999", "followups", 0, "due", "9999-12-31T23:59:59Z", "not a time this app can show"),
    ("year 1", "followups", 0, "due", "0001-01-01", "not a day this app can show"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "index", "key", "value", "said"),
    [b[1:] for b in BAD_VALUES],
    ids=[b[0] for b in BAD_VALUES],
)
def test_values_no_list_could_read_back_are_refused_and_change_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sample_store: Store,
    kind: str,
    index: int,
    key: str,
    value: Any,
    said: str,
) -> None:
    document = _document(sample_store)
    document[kind][index][key] = value
    path = tmp_path / "edited.briefing-mydata.json"
    path.write_text(json.dumps(document), "utf-8")
    b = tmp_path / "b"
    assert run(capsys, b, "sessions")[0] == 0  # a fresh store with the sample
    before = dump(b / "briefing.db")
    code, _out, err = run(capsys, b, "mydata", "import", str(path))
    assert code == 4, err
    assert f"{path}: at $.{kind}[{index}].{key}" in err and said in err
    assert dump(b / "briefing.db") == before
    for argv in (("followups", "list"), ("attendance", "list"), ("questions", "list")):
        assert run(capsys, b, *argv)[0] == 0


def test_a_good_file_still_imports_and_lists(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store
) -> None:
    _document(sample_store)
    path = tmp_path / "good.briefing-mydata.json"
    export_mydata(sample_store, path)
    b = tmp_path / "b"
    code, out, err = run(capsys, b, "mydata", "import", str(path))
    assert code == 0, err
    assert "follow-ups: 1 added" in out
    code, out, _ = run(capsys, b, "followups", "list")
    assert code == 0 and "A follow-up" in out


# ---- VTODOs as task apps write them ---------------------------------------------------------
def _titles(store_dir: Path) -> dict[str, dict[str, Any]]:
    with Store(store_dir / "briefing.db") as store:
        return {
            f.text: {"status": f.status, "due": f.due, "zone": f.due_zone, "priority": f.priority}
            for f in store.followups()
        }


def test_thunderbird_a_repeating_to_do_s_changed_instance_is_not_a_duplicate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    code, out, err = run(capsys, data, "followups", "import", str(VTODO / "thunderbird.ics"))
    assert code == 0, err
    assert "3 added" in out
    found = _titles(data)
    assert set(found) == {
        "Draft recommendations for the procurement working group, with the city's input",
        "Send the slides to Lisa",
        "Weekly report",  # the repeating to-do itself; its moved instance is not another one
    }
    draft = found["Draft recommendations for the procurement working group, with the city's input"]
    assert draft["due"] == datetime(2026, 12, 11, 16, 0, tzinfo=UTC)  # 17:00 in Berlin
    assert draft["zone"] == "Europe/Berlin" and draft["priority"] == 1
    assert found["Send the slides to Lisa"]["status"] == "done"
    # The same UID twice without a RECURRENCE-ID is still refused, naming the item.
    twice = tmp_path / "twice.ics"
    twice.write_bytes(
        (VTODO / "thunderbird.ics").read_bytes().replace(b"RECURRENCE-ID;", b"X-WAS-RID;")
    )
    before = dump(data / "briefing.db")
    code, _out, err = run(capsys, data, "followups", "import", str(twice))
    assert code == 4 and "VTODO #4" in err and "the same UID as VTODO #3" in err
    assert dump(data / "briefing.db") == before


def test_nextcloud_done_without_status_and_subtasks_are_no_missing_sessions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    bom = tmp_path / "tasks.ics"
    bom.write_bytes(b"\xef\xbb\xbf" + (VTODO / "nextcloud-tasks.ics").read_bytes())
    code, out, err = run(capsys, data, "followups", "import", str(bom))
    assert code == 0, err
    assert "3 added" in out
    assert "sessions not in this store" not in err  # RELATED-TO names the parent to-do
    found = _titles(data)
    assert found["Done without STATUS"]["status"] == "done"  # COMPLETED + PERCENT-COMPLETE:100
    assert found["Child task"]["status"] == "done"
    assert found["Parent task"] == {"status": "open", "due": date(2026, 12, 20), "zone": "",
                                    "priority": 5}  # fmt: skip


def test_apple_reminders_and_evolution(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    code, out, err = run(capsys, data, "followups", "import", str(VTODO / "apple-reminders.ics"))
    assert code == 0, err
    assert "2 added" in out and "sessions not in this store" not in err
    code, out, err = run(capsys, data, "followups", "import", str(VTODO / "evolution.ics"))
    assert code == 0, err
    found = _titles(data)
    assert found["Email the deck"]["zone"] == "America/Toronto"
    assert found["Email the deck"]["due"] == datetime(2026, 12, 15, 14, 0, tzinfo=UTC)
    assert found["Subtask: check figures"]["status"] == "done"
    assert found["Subtask: check figures"]["priority"] is None  # PRIORITY:0 is none
    assert found["Call Lisa about the RFP"]["due"] == date(2026, 12, 15)
    # A folded DUE in a zone Evolution names by its own path: the right instant.
    assert found["Book the room"]["due"] == datetime(2026, 12, 16, 12, 0, tzinfo=UTC)


def test_an_edit_in_a_task_app_that_left_sequence_alone_is_imported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store
) -> None:
    followup = sample_store.add_followup("Email the deck")
    data = sample_store.path.parent
    ours = tmp_path / "ours.ics"
    assert run(capsys, data, "followups", "export", "-o", str(ours))[0] == 0
    text = ours.read_text("utf-8")
    stamp = next(line for line in text.splitlines() if line.startswith("LAST-MODIFIED:"))
    edited = tmp_path / "edited.ics"
    edited.write_text(  # as Apple Reminders leaves it: new words, new LAST-MODIFIED, SEQUENCE:0
        text.replace("SUMMARY:Email the deck", "SUMMARY:Email the deck to Lisa").replace(
            stamp, "LAST-MODIFIED:20991201T090000Z"
        ),
        "utf-8",
    )
    code, out, err = run(capsys, data, "followups", "import", str(edited))
    assert code == 0, err
    assert "0 added, 1 updated, 0 unchanged" in out
    now = sample_store.followup(followup.id)
    assert now.text == "Email the deck to Lisa" and now.sequence == 1
    assert [v.text for v in sample_store.followup_history(followup.id)] == ["Email the deck"]
    before = dump(sample_store.path)
    code, out, _ = run(capsys, data, "followups", "import", str(edited))
    assert "0 added, 0 updated, 1 unchanged" in out and dump(sample_store.path) == before
    # Our own file read back (the same LAST-MODIFIED) changes nothing either.
    code, out, _ = run(capsys, data, "followups", "import", str(ours))
    assert "1 unchanged" in out and dump(sample_store.path) == before


SERVED = read_resource_bytes("sample-feed.json").replace(
    b'"reimagine-toronto-2020"', b'"reimagine-toronto-served"', 1
)


def test_importing_again_after_following_the_feed_adds_the_links(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, feed_server: FeedServer
) -> None:
    """What the CLI tells the user to do ("follow those feeds, then import again") works."""
    url = feed_server.serve("/series.json", Reply(body=SERVED))
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(capsys, a, "feeds", "add", url)[0] == 0
    with Store(a / "briefing.db") as store:
        stage = max(s.id for s in store.sessions() if s.source_id == STAGE)
        store.add_followup("Send the deck", session_ids=[stage])
    ics = tmp_path / "followups.ics"
    assert run(capsys, a, "followups", "export", "-o", str(ics))[0] == 0
    code, out, err = run(capsys, b, "followups", "import", str(ics))
    assert code == 0 and "1 added" in out
    assert "1 link to a session not in this store" in err
    assert run(capsys, b, "feeds", "add", url)[0] == 0
    code, out, err = run(capsys, b, "followups", "import", str(ics))
    assert code == 0 and "0 added, 1 updated, 0 unchanged" in out, out + err
    with Store(b / "briefing.db") as store:
        (followup,) = store.followups()
        assert [s.source_id for s in followup.sessions] == [STAGE]
    code, out, _ = run(capsys, b, "followups", "import", str(ics))
    assert "0 updated, 1 unchanged" in out


def test_the_limit_holds_whatever_the_begin_line_looks_like(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store
) -> None:
    todo = "BEGIN:VTODO \r\nUID:n{0}@example.org\r\nSUMMARY:Item {0}\r\nEND:VTODO\r\n"
    body = "".join(todo.format(n) for n in range(10_001))
    many = tmp_path / "many.ics"
    many.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n", "utf-8")
    before = dump(sample_store.path)
    code, _out, err = run(capsys, sample_store.path.parent, "followups", "import", str(many))
    assert code == 4 and "it holds 10,001 to-dos; at most 10,000" in err
    assert dump(sample_store.path) == before
    # A few with such lines are read (not "not enough values to unpack").
    few = tmp_path / "few.ics"
    few.write_text(f"BEGIN:VCALENDAR\r\n{todo.format(1)}END:VCALENDAR \r\n", "utf-8")
    code, out, err = run(capsys, sample_store.path.parent, "followups", "import", str(few))
    assert code == 0 and "1 added" in out, err


# ---- my data: labels and counts ------------------------------------------------------------------
def test_a_note_kept_by_an_import_says_so_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store
) -> None:
    stage = sample_store.find_session(STAGE).id
    sample_store.set_note(stage, "mine")
    document = export_document(sample_store)
    document["notes"][0].update(body="theirs", updated_at="2099-01-01T00:00:00Z")
    path = tmp_path / "n.json"
    path.write_text(json.dumps(document), "utf-8")
    import_mydata(sample_store, path)
    code, out, _ = run(capsys, sample_store.path.parent, "note", STAGE, "--history")
    assert code == 0
    assert "kept by Import my data" in out and "    mine" in out


def test_a_changed_mark_on_a_session_without_joins_counts_as_updated(
    tmp_path: Path, sample_store: Store
) -> None:
    stage = sample_store.find_session(STAGE).id
    sample_store.mark_attendance(stage, "not-attended")
    document = export_document(sample_store)
    document["attendance"][0]["mark"] = {"attended": True, "marked_at": "2099-01-01T00:00:00Z"}
    path = tmp_path / "m.json"
    path.write_text(json.dumps(document), "utf-8")
    _checked, report = import_mydata(sample_store, path)
    counts = report.counts["attendance"]
    assert (counts.added, counts.updated, counts.conflicts) == (0, 1, 1)
    assert sample_store.attendance_of(stage).attended


# ---- the round trip, changed on both sides ----------------------------------------------------
def _canonical(store: Store) -> dict[str, list[str]]:
    """Every item as the file holds it, less what each store keeps of its own (when *it*
    replaced a version, its sequence)."""
    document = export_document(store)
    for note in document["notes"]:
        for old in note["history"]:
            old.pop("replaced_at")
    for followup in document["followups"]:
        followup.pop("sequence")
        for old in followup.get("history", []):
            old.pop("replaced_at")
    return {k: sorted(json.dumps(i, sort_keys=True) for i in document[k]) for k in MYDATA_KINDS}


@pytest.mark.slow
def test_round_trip_changed_on_both_sides_newer_wins_and_no_text_is_dropped(
    tmp_path: Path, sample_store: Store
) -> None:
    a = sample_store
    stage, kickoff = a.find_session(STAGE).id, a.find_session(KICKOFF).id
    a.set_favourite(stage)
    a.set_note(stage, "note v1")
    a.set_note(stage, "note v2")
    first = a.add_question(stage, "Q one?")
    a.add_question(stage, "Q two?", state="answered", answer="yes")
    a.set_reminder(stage, enabled=True, minutes_before=20)
    followup = a.add_followup("Send deck", owner="me", due=date(2026, 12, 20), priority=3,
                              session_ids=[stage, kickoff])  # fmt: skip
    a.edit_followup(followup.id, text="Send the deck")
    a.record_join(kickoff, datetime(2020, 4, 15, 14, 2, tzinfo=UTC))
    a.mark_attendance(stage, "not-attended")
    export_mydata(a, tmp_path / "a1.json")
    with open_store(tmp_path / "b") as b:  # a second fresh store with the same (sample) feed
        import_mydata(b, tmp_path / "a1.json")
        assert _canonical(b) == _canonical(a)
        before = dump(b.path)
        _checked, report = import_mydata(b, tmp_path / "a1.json")
        assert not report.changed and dump(b.path) == before

        time.sleep(1.1)  # the file's times are seconds: A's edits, then B's later ones
        a.set_note(stage, "note from A")
        a.edit_question(first.id, "Q one, from A?")
        a.edit_followup(followup.id, text="Send deck (A)")
        a.mark_attendance(stage, "attended")
        time.sleep(1.1)
        b_stage = b.find_session(STAGE).id
        b.set_note(b_stage, "note from B")
        b.edit_question(b.questions(b_stage)[0].id, "Q one, from B?")
        b_followup = b.followup_by_uid(followup.uid)
        assert b_followup is not None
        b.edit_followup(b_followup.id, text="Send deck (B)")
        b.set_reminder(b_stage, enabled=True, minutes_before=5)
        export_mydata(a, tmp_path / "a2.json")
        export_mydata(b, tmp_path / "b2.json")
        import_mydata(a, tmp_path / "b2.json")
        import_mydata(b, tmp_path / "a2.json")
        for store, session in ((a, stage), (b, b_stage)):
            assert store.note(session) == "note from B"  # the newer
            assert {v.body for v in store.note_history(session)} >= {"note from A", "note v2"}
            texts = [q.text for q in store.questions(session)]
            assert texts[0] == "Q one, from B?" and "Q one, from A?" in texts
            assert "Q two?" in texts
            now = store.followup_by_uid(followup.uid)
            assert now is not None and now.text == "Send deck (B)"
            kept = {v.text for v in store.followup_history(now.id)}
            assert {"Send deck (A)", "Send the deck", "Send deck"} <= kept
            assert store.reminder(session) == (True, 5)
            assert store.attendance_of(session).attended  # A's mark was the newer
        assert _canonical(a) == _canonical(b)


def _one(*props: str, uid: str = "x1@example.org") -> str:
    body = "\r\n".join(["BEGIN:VTODO", f"UID:{uid}", "SUMMARY:Thing", *props, "END:VTODO"])
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}\r\nEND:VCALENDAR\r\n"


BROKEN_TODOS: list[tuple[str, str, str]] = [
    ("two summaries", _one("SUMMARY:Other"), "it gives SUMMARY 2 times"),
    ("two dues", _one("DUE;VALUE=DATE:20261215", "DUE;VALUE=DATE:20261216"), "DUE 2 times"),
    ("two statuses", _one("STATUS:COMPLETED", "STATUS:NEEDS-ACTION"), "STATUS 2 times"),
    ("year 9999", _one("DUE:99991231T235959Z"), "the year 9999 is not one this app can show"),
    ("year 1", _one("DUE;VALUE=DATE:00010101"), "the year 1 is not one"),
    ("completed 9999", _one("STATUS:COMPLETED", "COMPLETED:99991231T235959Z"), "year 9999"),
    ("long uid", _one(uid="u" * 1001), "its UID is 1,001 characters long"),
    ("nested", _one().replace("END:VTODO", "BEGIN:VTODO\r\nUID:in\r\nEND:VTODO\r\nEND:VTODO"),
     "another VTODO inside it"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "said"), [b[1:] for b in BROKEN_TODOS], ids=[b[0] for b in BROKEN_TODOS]
)
def test_broken_fields_are_refused_naming_the_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_store: Store, text: str, said: str
) -> None:
    """Each was stored before: a list's repr as the text, a due date no list could show."""
    path = tmp_path / "broken.ics"
    path.write_text(text, "utf-8")
    before = dump(sample_store.path)
    code, _out, err = run(capsys, sample_store.path.parent, "followups", "import", str(path))
    assert code == 4, err
    assert f"{path}: VTODO #1 (UID " in err and said in err
    assert len(err) < 500  # a 1,001-character UID is cut short in the message
    assert dump(sample_store.path) == before


def test_a_due_date_no_zone_can_show_is_refused_on_the_command_line(
    capsys: pytest.CaptureFixture[str], sample_store: Store
) -> None:
    data = sample_store.path.parent
    code, _out, err = run(capsys, data, "followups", "add", "Far", "--due", "9999-12-31")
    assert code == 2 and "outside the years" in err
    with pytest.raises(UsageError, match="years 1900–9998"):
        sample_store.add_followup("Far", due=date(9999, 12, 31))
    assert sample_store.followups() == []
