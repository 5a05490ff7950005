"""Follow-ups as VTODOs: libical, vobject and icalendar read the same; CSV; import back.

The three readers are independent implementations (C, and two Python parsers);
every due instant is converted to UTC through the VTIMEZONE *in the file*
(libical resolves the TZID against the calendar's own VTIMEZONE; the Python
readers take the parsed VTIMEZONE's tzinfo), never by looking the name up.
"""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.calendar.export import calendar_bytes, session_uid
from briefing_app.calendar.followups import (
    MAX_ITEMS,
    followups_csv,
    followups_ics,
    import_followups_file,
)
from briefing_app.errors import FollowupFileError, NotFoundError
from briefing_app.store import FollowupRecord, Store

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Read:
    """What a reader saw in one VTODO."""

    uid: str
    summary: str
    due: date | datetime | None  # a date, or a UTC instant
    status: str
    priority: int | None
    sequence: int
    completed: datetime | None
    related: tuple[str, ...]


@pytest.fixture
def followed(sample_store: Store) -> Store:
    """The sample plus follow-ups: zoned times across a DST change, a day, UTC, done, linked."""
    store = sample_store
    first, second = (s.id for s in store.sessions()[:2])
    store.add_followup(
        "Send the draft, with notes; to partners",
        owner="Lisa Carroll",
        due=datetime(2026, 3, 29, 8, 30, tzinfo=UTC),  # 10:30 in Paris, the day DST starts
        due_zone="Europe/Paris",
        priority=1,
        session_ids=[first, second],
    )
    store.add_followup(
        "Book the room", due=datetime(2026, 11, 1, 14, 0, tzinfo=UTC), due_zone="Europe/Paris"
    )
    store.add_followup("Call Toronto", due=date(2026, 12, 24), priority=9)
    store.add_followup("Read the report\nsecond line", due=datetime(2026, 6, 1, 12, tzinfo=UTC))
    done = store.add_followup("=SUM(A1) looks like a formula", session_ids=[second])
    store.mark_followup(done.id, "done")
    return store


def _expected(store: Store) -> dict[str, Read]:
    found = {}
    for r in store.followups():
        found[r.uid] = Read(
            uid=r.uid,
            summary=r.text.split("\n", 1)[0],
            due=r.due,
            status="COMPLETED" if r.done else "NEEDS-ACTION",
            priority=r.priority,
            sequence=r.sequence,
            completed=None if r.completed_at is None else r.completed_at.replace(microsecond=0),
            related=tuple(sorted(session_uid(s.feed_url, s.source_id) for s in r.sessions)),
        )
    return found


# ---- the three readers -------------------------------------------------------------------
def read_icalendar(data: bytes) -> dict[str, Read]:
    cal = icalendar.Calendar.from_ical(data)
    zones = {str(vtz["TZID"]): vtz.to_tz(lookup_tzid=False) for vtz in cal.walk("VTIMEZONE")}
    found = {}
    for todo in cal.walk("VTODO"):
        due: Any = todo.get("DUE")
        value = None
        if due is not None:
            value = due.dt
            if isinstance(value, datetime):
                tzid = due.params.get("TZID")
                if tzid:
                    value = value.replace(tzinfo=zones[tzid], fold=0)
                value = value.astimezone(UTC)
        related = todo.get("RELATED-TO", [])
        related = related if isinstance(related, list) else [related]
        found[str(todo["UID"])] = Read(
            uid=str(todo["UID"]),
            summary=str(todo["SUMMARY"]),
            due=value,
            status=str(todo["STATUS"]),
            priority=int(todo["PRIORITY"]) if "PRIORITY" in todo else None,
            sequence=int(todo["SEQUENCE"]),
            completed=todo.decoded("COMPLETED") if "COMPLETED" in todo else None,
            related=tuple(sorted(str(r) for r in related)),
        )
    return found


def read_vobject(data: bytes) -> dict[str, Read]:
    cal = vobject.readOne(data.decode("utf-8"))
    zones = {vtz.tzid.value: vtz.gettzinfo() for vtz in cal.contents.get("vtimezone", [])}
    found = {}
    for todo in cal.contents.get("vtodo", []):
        value = None
        if "due" in todo.contents:
            value = todo.due.value
            if isinstance(value, datetime):
                tzid = todo.due.params.get("TZID", [None])[0]
                if tzid:
                    value = value.replace(tzinfo=zones[tzid], fold=0)
                value = value.astimezone(UTC)
        props = todo.contents
        found[todo.uid.value] = Read(
            uid=todo.uid.value,
            summary=todo.summary.value,
            due=value,
            status=todo.status.value,
            priority=int(todo.priority.value) if "priority" in props else None,
            sequence=int(todo.sequence.value),
            completed=todo.completed.value.astimezone(UTC) if "completed" in props else None,
            related=tuple(sorted(p.value for p in props.get("related-to", []))),
        )
    return found


class _Time(ctypes.Structure):
    _fields_ = [
        *(
            (name, ctypes.c_int)
            for name in ("year", "month", "day", "hour", "minute", "second", "is_date", "dst")
        ),
        ("zone", ctypes.c_void_p),
    ]


def _libical() -> Any:
    name = ctypes.util.find_library("ical")
    if name is None:
        pytest.skip("libical is not installed (apt-get install libical3)")
    lib = ctypes.CDLL(name)
    p, s, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    for fn, res, args in (
        ("icalparser_parse_string", p, [s]),
        ("icalcomponent_string_to_kind", i, [s]),
        ("icalproperty_string_to_kind", i, [s]),
        ("icalcomponent_get_first_component", p, [p, i]),
        ("icalcomponent_get_next_component", p, [p, i]),
        ("icalcomponent_get_first_property", p, [p, i]),
        ("icalcomponent_get_next_property", p, [p, i]),
        ("icalcomponent_count_errors", i, [p]),
        ("icalcomponent_get_uid", s, [p]),
        ("icalcomponent_get_summary", s, [p]),
        ("icalcomponent_get_sequence", i, [p]),
        ("icalcomponent_get_due", _Time, [p]),
        ("icalproperty_get_value_as_string", s, [p]),
        ("icalproperty_get_priority", i, [p]),
        ("icalproperty_get_completed", _Time, [p]),
        ("icaltime_as_timet_with_zone", ctypes.c_longlong, [_Time, p]),
        ("icaltimezone_get_utc_timezone", p, []),
        ("icalcomponent_free", None, [p]),
    ):
        getattr(lib, fn).restype = res
        getattr(lib, fn).argtypes = args
    return lib


def read_libical(data: bytes) -> dict[str, Read]:
    lib = _libical()
    root = lib.icalparser_parse_string(data)
    assert root, "libical could not parse the file"
    try:
        assert lib.icalcomponent_count_errors(root) == 0, "libical found errors"
        todo_kind = lib.icalcomponent_string_to_kind(b"VTODO")
        kinds = {
            name: lib.icalproperty_string_to_kind(name.encode())
            for name in ("STATUS", "PRIORITY", "COMPLETED", "RELATED-TO", "DUE")
        }
        found = {}
        todo = lib.icalcomponent_get_first_component(root, todo_kind)
        while todo:

            def prop(name: str, component: Any = todo) -> Any:
                return lib.icalcomponent_get_first_property(component, kinds[name])

            value: date | datetime | None = None
            if prop("DUE"):
                due = lib.icalcomponent_get_due(todo)
                if due.is_date:
                    value = date(due.year, due.month, due.day)
                else:
                    assert due.zone, "libical left the due time floating"
                    seconds = lib.icaltime_as_timet_with_zone(due, due.zone)
                    value = datetime.fromtimestamp(seconds, UTC)
            completed = None
            if prop("COMPLETED"):
                when = lib.icalproperty_get_completed(prop("COMPLETED"))
                seconds = lib.icaltime_as_timet_with_zone(when, lib.icaltimezone_get_utc_timezone())
                completed = datetime.fromtimestamp(seconds, UTC)
            related = []
            link = prop("RELATED-TO")
            while link:
                related.append(lib.icalproperty_get_value_as_string(link).decode())
                link = lib.icalcomponent_get_next_property(todo, kinds["RELATED-TO"])
            uid = lib.icalcomponent_get_uid(todo).decode()
            found[uid] = Read(
                uid=uid,
                summary=lib.icalcomponent_get_summary(todo).decode(),
                due=value,
                status=lib.icalproperty_get_value_as_string(prop("STATUS")).decode(),
                priority=lib.icalproperty_get_priority(prop("PRIORITY"))
                if prop("PRIORITY")
                else None,
                sequence=lib.icalcomponent_get_sequence(todo),
                completed=completed,
                related=tuple(sorted(related)),
            )
            todo = lib.icalcomponent_get_next_component(root, todo_kind)
        return found
    finally:
        lib.icalcomponent_free(root)


READERS = {"icalendar": read_icalendar, "vobject": read_vobject, "libical": read_libical}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_reader_reads_what_the_store_holds(followed: Store, reader: str) -> None:
    data = followups_ics(followed.followups(), now=NOW)
    assert b"DUE;TZID=Europe/Paris:20260329T103000" in data
    assert b"DUE;VALUE=DATE:20261224" in data
    assert READERS[reader](data) == _expected(followed)


def test_related_to_is_the_uid_of_the_session_export(followed: Store) -> None:
    data = followups_ics(followed.followups(), now=NOW)
    sessions = followed.export_sessions()
    event_uids = {
        str(e["UID"]) for e in icalendar.Calendar.from_ical(calendar_bytes(sessions)).walk("VEVENT")
    }
    related = {uid for read in read_icalendar(data).values() for uid in read.related}
    assert related and related <= event_uids


def test_sequence_rises_with_each_change(followed: Store) -> None:
    record = followed.followups()[0]
    edited = followed.edit_followup(record.id, text="Changed")
    again = followed.mark_followup(record.id, "done")
    seen = read_vobject(followups_ics([edited, again][-1:], now=NOW))
    assert seen[record.uid].sequence == record.sequence + 2
    assert seen[record.uid].status == "COMPLETED" and seen[record.uid].completed is not None


def test_lines_are_crlf_folded_and_escaped(followed: Store) -> None:
    data = followups_ics(followed.followups(), now=NOW)
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"SUMMARY:Send the draft\\, with notes\\; to partners\r\n" in data


# ---- import back -----------------------------------------------------------------------
def test_importing_our_own_file_back_is_idempotent(followed: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.ics"
    path.write_bytes(followups_ics(followed.followups(), now=NOW))
    before = followed.followups()
    counts, unknown = import_followups_file(followed, path)
    assert (counts.added, counts.updated, counts.unchanged, unknown) == (0, 0, len(before), 0)
    assert followed.followups() == before


def test_round_trip_to_a_fresh_store(followed: Store, tmp_path: Path, sample_feed) -> None:
    path = tmp_path / "f.ics"
    path.write_bytes(followups_ics(followed.followups(), now=NOW))
    with Store(tmp_path / "other.db") as other:
        other.import_feed("builtin:sample", sample_feed)
        counts, unknown = import_followups_file(other, path)
        assert counts.added == len(followed.followups()) and unknown == 0

        def shape(records: list[FollowupRecord]) -> list[tuple[object, ...]]:
            return sorted(
                (
                    r.uid,
                    r.text,
                    r.owner,
                    r.due,
                    r.due_zone,
                    r.status,
                    r.priority,
                    r.sequence,
                    tuple(s.source_id for s in r.sessions),
                )
                for r in records
            )

        assert shape(other.followups()) == shape(followed.followups())
        # A newer SEQUENCE from the first store updates the copy; never a second item.
        record = followed.followups()[0]
        followed.edit_followup(record.id, owner="Someone else")
        path.write_bytes(followups_ics(followed.followups(), now=NOW))
        counts, _ = import_followups_file(other, path)
        assert (counts.added, counts.updated) == (0, 1)
        assert other.followup_by_uid(record.uid).owner == "Someone else"  # type: ignore[union-attr]


def test_a_task_app_file_imports(store: Store, tmp_path: Path) -> None:
    """A file from elsewhere: no owner, IN-PROCESS, a floating DUE, PRIORITY 0, unknown links."""
    path = tmp_path / "tasks.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
        b"BEGIN:VTODO\r\nUID:t1@other\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Write up\r\n"
        b"STATUS:IN-PROCESS\r\nPRIORITY:0\r\nDUE:20261210T090000Z\r\n"
        b"RELATED-TO:unknown@else\r\nEND:VTODO\r\n"
        b"BEGIN:VTODO\r\nUID:t2@other\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Done thing\r\n"
        b"STATUS:COMPLETED\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    )
    counts, unknown = import_followups_file(store, path)
    assert (counts.added, unknown) == (2, 1)
    first = store.followup_by_uid("t1@other")
    assert first is not None and first.status == "open" and first.priority is None
    assert first.due == datetime(2026, 12, 10, 9, tzinfo=UTC)
    second = store.followup_by_uid("t2@other")
    assert second is not None and second.done and second.completed_at is not None


# ---- bad files ------------------------------------------------------------------------------
GOOD = "BEGIN:VTODO\r\nUID:ok@x\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Fine\r\nEND:VTODO\r\n"


def _file(tmp_path: Path, *todos: str, name: str = "bad.ics") -> Path:
    path = tmp_path / name
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "".join(todos) + "END:VCALENDAR\r\n",
        newline="",
    )
    return path


def _todo(uid: str, extra: str, summary: str = "Item") -> str:
    return (
        f"BEGIN:VTODO\r\nUID:{uid}\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:{summary}\r\n"
        f"{extra}END:VTODO\r\n"
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("DUE:2026-13-45\r\n", "'2026-13-45' is not a date, a date and time, or a time"),
        ("STATUS:FINISHED\r\n", "unknown STATUS 'FINISHED'"),
        ("PRIORITY:12\r\n", "PRIORITY 12 is not 0 to 9"),
        ("PRIORITY:high\r\n", "high"),
        ("SEQUENCE:-3\r\n", "negative"),
    ],
)
def test_a_broken_field_names_the_item_and_changes_nothing(
    followed: Store, tmp_path: Path, extra: str, message: str
) -> None:
    before = followed.followups()
    path = _file(tmp_path, GOOD, _todo("broken@x", extra, summary="Send minutes"))
    with pytest.raises(FollowupFileError) as caught:
        import_followups_file(followed, path)
    text = str(caught.value)
    assert text.startswith(f"{path}: VTODO #2 (UID 'broken@x', \"Send minutes\"): "), text
    assert message in text
    assert caught.value.exit_code == 4
    assert followed.followups() == before


def test_files_that_are_not_follow_ups(store: Store, tmp_path: Path, sample_store: Store) -> None:
    cases = {
        "not.ics": (b"id,text\r\n1,hello\r\n", "not an iCalendar file"),
        "events.ics": (calendar_bytes(sample_store.export_sessions()[:2]), "2 events, not to-dos"),
        "cut.ics": (_file(tmp_path, GOOD).read_bytes()[:-30], "ends inside"),
        "latin.ics": (
            _file(tmp_path, _todo("l@x", "", summary="caf\u00e9")).read_text().encode("latin-1"),
            "not UTF-8",
        ),
        "nouid.ics": (
            _file(tmp_path, "BEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\n").read_bytes(),
            'VTODO #1 (no UID, "x"): it has no UID',
        ),
        "twice.ics": (_file(tmp_path, GOOD, GOOD).read_bytes(), "the same UID as VTODO #1"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(
            FollowupFileError, match=message.replace("(", r"\(").replace(")", r"\)")
        ):
            import_followups_file(store, path)
    assert store.followup_count() == 0
    with pytest.raises(NotFoundError):
        import_followups_file(store, tmp_path / "missing.ics")


def test_too_many_items_are_refused_before_parsing(store: Store, tmp_path: Path) -> None:
    path = _file(tmp_path, *(_todo(f"n{i}@x", "") for i in range(MAX_ITEMS + 1)))
    with pytest.raises(FollowupFileError, match=f"{MAX_ITEMS + 1:,} to-dos; at most {MAX_ITEMS:,}"):
        import_followups_file(store, path)
    assert store.followup_count() == 0


@pytest.mark.slow
def test_thousands_of_items_import_in_one_go(store: Store, tmp_path: Path) -> None:
    path = _file(tmp_path, *(_todo(f"n{i}@x", "PRIORITY:5\r\n") for i in range(3000)))
    counts, _ = import_followups_file(store, path)
    assert counts.added == 3000
    counts, _ = import_followups_file(store, path)
    assert (counts.added, counts.unchanged) == (0, 3000)


# ---- CSV ------------------------------------------------------------------------------------
def test_csv_has_a_bom_one_row_each_and_no_formulas(followed: Store) -> None:
    data = followups_csv(followed.followups())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    records = followed.followups()
    assert [int(r["id"]) for r in rows] == [r.id for r in records]
    by_text = {r["text"]: r for r in rows}
    linked = by_text["Send the draft, with notes; to partners"]
    assert linked["owner"] == "Lisa Carroll" and linked["priority"] == "1"
    assert linked["due"] == "2026-03-29T10:30+02:00" and linked["due_zone"] == "Europe/Paris"
    titles = [s.title for s in records[0].sessions]
    assert linked["sessions"] == "; ".join(titles)
    assert linked["session_ids"] == " ".join(str(s.id) for s in records[0].sessions)
    assert "Read the report\nsecond line" in by_text  # a line break stays inside its cell
    assert "'=SUM(A1) looks like a formula" in by_text
    assert b"\r\n" in data and data.count(b"\r\n") >= len(records) + 1


# ---- any text survives ------------------------------------------------------------------
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00\x7f"),
    min_size=1,
    max_size=80,
).filter(lambda t: t.strip() and not any(ord(c) < 32 and c not in "\n\t" for c in t))


@pytest.mark.slow  # a store per example
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=_TEXT,
    owner=st.text(alphabet="abcé ,;:\\\"'<>", max_size=20),
    priority=st.one_of(st.none(), st.integers(1, 9)),
    due=st.one_of(
        st.none(),
        st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
        st.datetimes(
            min_value=datetime(1990, 1, 1),  # noqa: DTZ001 - hypothesis wants naive bounds
            max_value=datetime(2090, 1, 1),  # noqa: DTZ001
            timezones=st.just(UTC),
        ),
    ),
    zone_name=st.sampled_from(["Europe/Paris", "America/Toronto", "Asia/Kolkata", ""]),
)
def test_any_follow_up_round_trips_through_its_vtodo(
    tmp_path_factory: pytest.TempPathFactory,
    text: str,
    owner: str,
    priority: int | None,
    due: date | datetime | None,
    zone_name: str,
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with Store(folder / "a.db") as first, Store(folder / "b.db") as second:
        if isinstance(due, datetime):
            due = due.replace(microsecond=0, second=0)
        record = first.add_followup(
            text, owner=owner, priority=priority, due=due, due_zone=zone_name
        )
        path = folder / "f.ics"
        path.write_bytes(followups_ics([record]))
        assert len(read_libical(path.read_bytes())) == 1
        import_followups_file(second, path)
        copy = second.followup_by_uid(record.uid)
        assert copy is not None
        assert (copy.text, copy.owner, copy.priority, copy.due) == (
            record.text,
            record.owner,
            record.priority,
            record.due,
        )
