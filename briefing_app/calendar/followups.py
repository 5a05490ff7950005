"""Follow-ups out and in: iCalendar VTODOs (RFC 5545) and CSV (RFC 4180) (issue 16).

VTODO choices, the same as the session export's VEVENTs (:mod:`.export`):

* ``UID`` is the follow-up's own (made once, kept for life); ``SEQUENCE`` is its
  change counter, so re-importing (here or in a task app) updates, never duplicates.
* ``DUE`` is a DATE for a day, or a TZID time with an RRULE VTIMEZONE built the
  same way (:class:`~briefing_app.calendar.export.ZonePlan`), UTC where a zone
  cannot be written so. Never floating.
* ``STATUS`` NEEDS-ACTION or COMPLETED (with the ``COMPLETED`` instant);
  ``PRIORITY`` 1 (high) to 9 (low) when set; one ``RELATED-TO`` per linked session,
  the UID our session export gives that session; the owner in ``X-BRIEFING-OWNER``
  and, readable anywhere, in the DESCRIPTION.

Reading a file back (:func:`read_followups_file`) checks every item before anything
is written and names the item at fault; the store writes all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

from icalendar import Calendar, Todo, vText

from briefing_app.calendar.export import PRODID, ZonePlan, session_uid
from briefing_app.errors import BriefingError, FollowupFileError, NotFoundError, UsageError
from briefing_app.feeds.parser_reasons import ical_reason
from briefing_app.platform.fileutil import (
    UnusableFileError,
    read_regular_file,
    write_atomically,
)
from briefing_app.store import (
    FollowupImport,
    FollowupRecord,
    FollowupStatus,
    ImportCounts,
    Store,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, message_of
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, local_zone_name, utc_now, zone

#: The largest follow-ups file read, and the most VTODOs in one.
MAX_FILE_BYTES: Final = 16 * 1024 * 1024
MAX_ITEMS: Final = 10_000

OWNER_PROPERTY: Final = "X-BRIEFING-OWNER"
TEXT_PROPERTY: Final = "X-BRIEFING-TEXT"

#: STATUS values read: RFC 5545's for a VTODO (CANCELLED counts as done: nothing left to do).
_STATUS_IN: Final[dict[str, FollowupStatus]] = {
    "NEEDS-ACTION": "open",
    "IN-PROCESS": "open",
    "COMPLETED": "done",
    "CANCELLED": "done",
}

CSV_COLUMNS: Final = (
    "id",
    "uid",
    "text",
    "owner",
    "status",
    "due",
    "due_zone",
    "priority",
    "completed",
    "session_ids",
    "sessions",
    "created",
    "updated",
)


# ---- out: VTODO ---------------------------------------------------------------------
def _zone_plan(records: Sequence[FollowupRecord]) -> ZonePlan:
    spans: dict[str, tuple[datetime, datetime]] = {}
    for record in records:
        if isinstance(record.due, datetime):
            name = record.due_zone or "UTC"
            low, high = spans.get(name, (record.due, record.due))
            spans[name] = (min(low, record.due), max(high, record.due))
    return ZonePlan(spans=spans)


def _description(record: FollowupRecord) -> str:
    lines = [record.text]
    if record.owner:
        lines += ["", f"Owner: {record.owner}"]
    if record.sessions:
        lines.append("Sessions: " + "; ".join(s.title for s in record.sessions))
    return "\n".join(lines)


def _summary(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first if len(first) <= 200 else first[:199] + "…"


def build_todo(record: FollowupRecord, zones: ZonePlan, *, now: datetime) -> Todo:
    """The VTODO of *record*."""
    todo = Todo()
    todo.add("uid", record.uid)
    todo.add("dtstamp", now)
    todo.add("created", record.created_at)
    todo.add("last-modified", record.updated_at)
    todo.add("sequence", record.sequence)
    todo.add("summary", record.text if "\n" not in record.text else _summary(record.text))
    todo.add("description", _description(record))
    if isinstance(record.due, datetime):
        todo.add("due", zones.local_in(record.due_zone or "UTC", record.due))
    elif record.due is not None:
        todo.add("due", record.due)
    todo.add("status", "COMPLETED" if record.done else "NEEDS-ACTION")
    if record.done:
        todo.add("completed", (record.completed_at or record.updated_at).astimezone(UTC))
        todo.add("percent-complete", 100)
    if record.priority is not None:
        todo.add("priority", record.priority)
    for session in record.sessions:
        todo.add("related-to", session_uid(session.feed_url, session.source_id))
    if record.owner:
        todo.add(OWNER_PROPERTY, vText(record.owner))
    if "\n" in record.text:
        todo.add(TEXT_PROPERTY, vText(record.text))  # SUMMARY has the first line only
    return todo


def build_followups_calendar(
    records: Sequence[FollowupRecord], *, now: datetime | None = None
) -> Calendar:
    """A VCALENDAR with one VTODO per follow-up and a VTIMEZONE per zone a due time uses."""
    stamp = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    zones = _zone_plan(records)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Briefing Companion: follow-ups")
    for component in zones.components:
        calendar.add_component(component)
    for record in records:
        calendar.add_component(build_todo(record, zones, now=stamp))
    return calendar


def followups_ics(records: Sequence[FollowupRecord], *, now: datetime | None = None) -> bytes:
    data: bytes = build_followups_calendar(records, now=now).to_ical()
    return data


# ---- out: CSV -----------------------------------------------------------------------
#: A cell starting so is a formula to Excel and LibreOffice: written with a leading "'".
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _due_cell(record: FollowupRecord) -> str:
    if record.due is None:
        return ""
    if isinstance(record.due, datetime):
        local = record.due.astimezone(zone(record.due_zone)) if record.due_zone else record.due
        return local.isoformat(timespec="minutes")
    return record.due.isoformat()


def followups_csv(records: Iterable[FollowupRecord]) -> bytes:
    """One row per follow-up (RFC 4180: CRLF, quoted as needed), UTF-8 with a BOM.

    The BOM is for Excel: without it, a double-clicked .csv is read in the
    system's ANSI code page and every accent breaks; LibreOffice, Numbers and
    Python's ``utf-8-sig`` read it fine. Cells that a spreadsheet would run as
    a formula (``=``, ``+``, ``-``, ``@``) get a leading apostrophe.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                r.id,
                r.uid,
                _cell(r.text),
                _cell(r.owner),
                r.status,
                _due_cell(r),
                r.due_zone,
                "" if r.priority is None else r.priority,
                "" if r.completed_at is None else r.completed_at.isoformat(timespec="seconds"),
                " ".join(str(s.id) for s in r.sessions),
                _cell("; ".join(s.title for s in r.sessions)),
                r.created_at.isoformat(timespec="seconds"),
                r.updated_at.isoformat(timespec="seconds"),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def export_followups(store: Store, path: Path, languages: Sequence[str] = ()) -> int:
    """Write every follow-up to *path* as .ics or .csv (by its extension); how many.

    The linked sessions' titles (the CSV's ``sessions``, the to-do's description) in the
    first of *languages* the feed gives them in (the user's: a person reads them), else the
    feed's own; the ids, UIDs and RELATED-TO links are the same in every language.

    Raises:
        UsageError: another extension, or the file cannot be written.
        NotFoundError: its folder does not exist.
    """
    kind = path.suffix.lower()
    if kind not in (".ics", ".csv"):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "{path}: give a file ending in .ics or .csv (not {value!r})"
            ).format(path=path, value=kind or "none")
        )
    records = [record.in_language(languages) for record in store.followups()]
    data = followups_ics(records) if kind == ".ics" else followups_csv(records)
    try:
        write_atomically(path, data)
    except FileNotFoundError as exc:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {path}: the folder {parent} does not exist"
            ).format(path=path, parent=path.parent)
        ) from exc
    except OSError as exc:  # a folder by that name, no permission (a full disk: DiskFullError)
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "cannot write {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    return len(records)


# ---- in ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a follow-ups file holds, checked: the items and the links that found no session."""

    items: tuple[FollowupImport, ...]
    unknown_links: int


_BEGIN_TODO = re.compile(rb"^BEGIN:VTODO\r?$", re.MULTILINE | re.IGNORECASE)


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


@dataclass(slots=True)
class _Block:
    ordinal: int
    lines: list[str]

    def prop(self, name: str) -> str:
        for line in self.lines:
            head, _, value = line.partition(":")
            if head.split(";", 1)[0].upper() == name:
                return value
        return ""

    def label(self) -> str:
        uid = self.prop("UID")
        summary = self.prop("SUMMARY").replace("\\,", ",").replace("\\n", " ")
        if len(uid) > 80:
            uid = uid[:79] + "…"
        who: str = f"UID {uid!r}" if uid else QT_TRANSLATE_NOOP("core", "no UID").message()
        if summary:
            who = QT_TRANSLATE_NOOP("core", '{who}, "{summary}"').format(
                who=who, summary=summary[:60]
            )
        return QT_TRANSLATE_NOOP("core", "VTODO #{ordinal} ({who})").format(
            ordinal=self.ordinal, who=who
        )


def _split(text: str, source: str) -> tuple[list[_Block], dict[str, str], int]:
    """The VTODO blocks, the VTIMEZONE blocks by TZID, and the number of VEVENTs."""
    lines = _unfold(text)
    first = next((line for line in lines if line.strip()), "")
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise FollowupFileError(
            QT_TRANSLATE_NOOP(
                "core", "not an iCalendar file: it must start with BEGIN:VCALENDAR"
            ).message(),
            source=source,
        )
    todos: list[_Block] = []
    zones: dict[str, str] = {}
    events = 0
    stack: list[str] = []
    current: list[str] | None = None
    for line in lines:
        upper = line.strip().upper()
        if upper.startswith("BEGIN:"):
            name = upper[6:]
            stack.append(name)
            if len(stack) > 8:
                raise FollowupFileError(
                    QT_TRANSLATE_NOOP("core", "components are nested too deep").message(),
                    source=source,
                )
            if name in ("VTODO", "VTIMEZONE") and len(stack) == 2:
                current = []
            if name == "VEVENT":
                events += 1
        if current is not None:
            # A BEGIN/END line with blanks after it is read as such here: kept so for icalendar.
            current.append(line.strip() if upper.startswith(("BEGIN:", "END:")) else line)
        if upper.startswith("END:"):
            name = upper[4:]
            if not stack or stack[-1] != name:
                raise FollowupFileError(
                    QT_TRANSLATE_NOOP("core", "END:{name} does not close {value}").format(
                        name=name, value="BEGIN:" + stack[-1] if stack else "anything"
                    ),
                    source=source,
                )
            stack.pop()
            if current is not None and len(stack) == 1:
                if name == "VTODO":
                    todos.append(_Block(len(todos) + 1, current))
                elif name == "VTIMEZONE":
                    tzid = _Block(0, current).prop("TZID")
                    zones[tzid] = "\r\n".join(current)
                current = None
    if stack:
        raise FollowupFileError(
            QT_TRANSLATE_NOOP("core", "the file ends inside {stack} (truncated?)").format(
                stack=stack[-1]
            ),
            source=source,
        )
    return todos, zones, events


def _parse_todo(block: _Block, zones: dict[str, str]) -> Todo:
    body = "\r\n".join(block.lines)
    used = [text for tzid, text in zones.items() if tzid and f"TZID={tzid}" in body]
    wrapped = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *used, body, "END:VCALENDAR", ""])
    calendar = Calendar.from_ical(wrapped)
    found = calendar.walk("VTODO")
    if len(found) != 1:
        raise ValueError("it holds another VTODO inside it")
    [todo] = found
    if not isinstance(todo, Todo):  # pragma: no cover - icalendar makes a Todo of a VTODO
        raise TypeError("not a VTODO")
    return todo


def _when(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise ValueError(QT_TRANSLATE_NOOP("core", "not a date with a time").message())
    if not MIN_YEAR <= value.year <= MAX_YEAR:  # near year 1 or 9999 it is no day in some zones
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "the year {year} is not one this app can show").format(
                year=value.year
            )
        )
    return (value if value.tzinfo else value.replace(tzinfo=zone(local_zone_name()))).astimezone(
        UTC
    )


#: What a VTODO gives once at most (RFC 5545 3.6.2): read twice, each would be a list.
_ONCE: Final = (
    "UID",
    "SUMMARY",
    "STATUS",
    "DUE",
    "PRIORITY",
    "SEQUENCE",
    "COMPLETED",
    "CREATED",
    "LAST-MODIFIED",
    "PERCENT-COMPLETE",
    OWNER_PROPERTY,
    TEXT_PROPERTY,
)
#: The longest UID kept (what a "my data" file carries: resources/my-data.schema.json).
MAX_UID_CHARS: Final = 1000


def _x_text(todo: Todo, name: str) -> str:
    """An X- property's TEXT value, unescaped (icalendar leaves an unknown one raw)."""
    value = todo.get(name)
    if value is None:
        return ""
    if isinstance(value, vText):
        return str(value)
    return _TEXT_ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), str(value))


_TEXT_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"n": "\n", "N": "\n"}


def _without_instances(blocks: list[_Block]) -> list[_Block]:
    """*blocks* without the changed instances of a repeating to-do whose own VTODO is there.

    RFC 5545 gives an instance moved or edited in a task app (Thunderbird, Nextcloud
    Tasks) the repeating to-do's UID and a RECURRENCE-ID: it is not another follow-up.
    An instance alone (its to-do not in the file) is read as the follow-up.
    """
    masters = {b.prop("UID").strip() for b in blocks if not b.prop("RECURRENCE-ID")}
    kept: list[_Block] = []
    alone: set[str] = set()
    for block in blocks:
        uid = block.prop("UID").strip()
        if block.prop("RECURRENCE-ID"):
            if uid in masters or uid in alone:
                continue
            alone.add(uid)
        kept.append(block)
    return kept


def _item(
    block: _Block,
    todo: Todo,
    uids: dict[str, int],
    todo_uids: set[str] | frozenset[str] = frozenset(),
) -> tuple[FollowupImport, int]:
    for name in _ONCE:
        given = todo.get(name)
        if isinstance(given, list):
            raise ValueError(f"it gives {name} {len(given)} times; a VTODO gives it once")
    uid = str(todo.get("UID", "")).strip()
    if not uid:
        raise ValueError(QT_TRANSLATE_NOOP("core", "it has no UID").message())
    if len(uid) > MAX_UID_CHARS or any(ord(c) < 32 or c == "\x7f" for c in uid):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core",
                "its UID is {length:,} characters long or holds a control character "
                "(at most {most:,} plain characters)",
            ).format(length=len(uid), most=MAX_UID_CHARS)
        )
    text = (_x_text(todo, TEXT_PROPERTY) or str(todo.get("SUMMARY", ""))).strip()
    if not text:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "it has no SUMMARY (the follow-up's text)").message()
        )
    raw_status = str(todo.get("STATUS", "")).strip().upper() or _status_without(todo)
    if raw_status not in _STATUS_IN:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core",
                "unknown STATUS {raw_status!r} (a VTODO's is NEEDS-ACTION, IN-PROCESS, "
                "COMPLETED or CANCELLED)",
            ).format(raw_status=raw_status)
        )
    status = _STATUS_IN[raw_status]
    due_value: date | datetime | None = None
    due_zone = ""
    if "DUE" in todo:
        raw = todo.decoded("DUE")
        if isinstance(raw, datetime):
            if raw.tzinfo is None:
                due_zone = local_zone_name()
            elif isinstance(raw.tzinfo, ZoneInfo):
                due_zone = raw.tzinfo.key
            elif raw.utcoffset() != UTC.utcoffset(None):
                due_zone = ""
            due_value = _when(raw)
            if due_zone in ("UTC", "Etc/UTC"):
                due_zone = ""
        elif isinstance(raw, date):
            if not MIN_YEAR <= raw.year <= MAX_YEAR:
                raise ValueError(f"the year {raw.year} is not one this app can show")
            due_value = raw
        else:
            raise ValueError(
                QT_TRANSLATE_NOOP("core", "DUE is not a date or a date with a time").message()
            )
    priority: int | None = None
    if "PRIORITY" in todo:
        number = int(str(todo.get("PRIORITY")).strip())
        if not 0 <= number <= 9:
            raise ValueError(
                QT_TRANSLATE_NOOP("core", "PRIORITY {number} is not 0 to 9").format(number=number)
            )
        priority = number or None
    sequence = int(str(todo.get("SEQUENCE", "0")).strip() or "0")
    if sequence < 0:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "SEQUENCE {sequence} is negative").format(sequence=sequence)
        )
    completed = _when(todo.decoded("COMPLETED")) if "COMPLETED" in todo else None
    if status == "done" and completed is None:
        completed = _when(todo.decoded("LAST-MODIFIED")) if "LAST-MODIFIED" in todo else utc_now()
    related = todo.get("RELATED-TO", [])
    related_uids = [str(r) for r in (related if isinstance(related, list) else [related])]
    linked = [uids[r] for r in related_uids if r in uids]
    # A RELATED-TO naming another to-do (a task app's subtask or parent) is no session link.
    related_uids = [r for r in related_uids if r in uids or r not in todo_uids]
    created = _when(todo.decoded("CREATED")) if "CREATED" in todo else None
    updated = _when(todo.decoded("LAST-MODIFIED")) if "LAST-MODIFIED" in todo else None
    item = FollowupImport(
        uid=uid,
        text=text,
        owner=_x_text(todo, OWNER_PROPERTY),
        due=due_value,
        due_zone=due_zone if isinstance(due_value, datetime) else "",
        status=status,
        priority=priority,
        completed_at=completed if status == "done" else None,
        sequence=sequence,
        created_at=created,
        updated_at=updated,
        session_ids=tuple(linked),
    )
    return item, len(related_uids) - len(linked)


def _status_without(todo: Todo) -> str:
    """The STATUS of a VTODO that gives none: done when it says when it was completed.

    Some task apps mark a to-do done with COMPLETED or PERCENT-COMPLETE:100 alone.
    """
    percent = str(todo.get("PERCENT-COMPLETE", "")).strip()
    return "COMPLETED" if "COMPLETED" in todo or percent == "100" else "NEEDS-ACTION"


def read_followups(data: bytes, store: Store, *, source: str) -> ReadResult:
    """The follow-ups in an .ics file's *data*, every item checked (nothing written).

    Raises:
        FollowupFileError: not an iCalendar file, no VTODO in it, more than
            :data:`MAX_ITEMS`, or an item that cannot be read (the message names it).
    """
    from briefing_app.store import check_priority, clean_followup_text, clean_owner

    count = len(_BEGIN_TODO.findall(data))
    if count > MAX_ITEMS:
        raise FollowupFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "it holds {count:,} to-dos; at most {max_items:,} are imported at once "
                "(split the file)",
            ).format(count=count, max_items=MAX_ITEMS),
            source=source,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FollowupFileError(
            QT_TRANSLATE_NOOP(
                "core", "it is not UTF-8 text (byte {start:,} cannot be read)"
            ).format(start=exc.start),
            source=source,
        ) from exc
    blocks, zones, events = _split(text, source)
    if not blocks:
        raise FollowupFileError(
            QT_TRANSLATE_NOOP(
                "core", "there is no VTODO in it (it holds {events:,} events, not to-dos)"
            ).format(events=events)
            if events
            else QT_TRANSLATE_NOOP("core", "there is no VTODO in it").message(),
            source=source,
        )
    if len(blocks) > MAX_ITEMS:  # "BEGIN:VTODO " or a folded BEGIN escaped the count above
        raise FollowupFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "it holds {count:,} to-dos; at most {most:,} are imported at once (split the file)",
            ).format(count=len(blocks), most=MAX_ITEMS),
            source=source,
        )
    blocks = _without_instances(blocks)
    todo_uids = {block.prop("UID").strip() for block in blocks}
    uids = {session_uid(url, source_id): sid for sid, url, source_id in store.session_keys()}
    items: list[FollowupImport] = []
    unknown = 0
    seen: dict[str, int] = {}
    for block in blocks:
        try:
            todo = _parse_todo(block, zones)
            item, missing = _item(block, todo, uids, todo_uids)
            clean_followup_text(item.text)
            clean_owner(item.owner)
            check_priority(item.priority)
        except (ValueError, TypeError, KeyError, BriefingError) as exc:
            reason = message_of(exc)
            if "\n" in reason or not reason:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if not isinstance(exc, BriefingError):
                reason = ical_reason(reason)  # icalendar's words for a value: ours
            raise FollowupFileError(reason, source=source, item=block.label()) from exc
        if item.uid in seen:
            raise FollowupFileError(
                QT_TRANSLATE_NOOP("core", "the same UID as VTODO #{seen}").format(
                    seen=seen[item.uid]
                ),
                source=source,
                item=block.label(),
            )
        seen[item.uid] = block.ordinal
        items.append(item)
        unknown += missing
    return ReadResult(tuple(items), unknown)


def import_followups_file(store: Store, path: Path) -> tuple[ImportCounts, int]:
    """Read *path* (an .ics of VTODOs) and add or update its follow-ups in one transaction.

    Returns what was done and how many session links found no session here.

    Raises:
        FollowupFileError: the file or an item cannot be read (the store as it was).
        NotFoundError: no such file.
    """
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except UnusableFileError as exc:
        if exc.missing:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "{path}: no such file").format(path=path)
            ) from exc
        raise FollowupFileError(exc.reason, source=str(path)) from exc
    result = read_followups(data, store, source=str(path))
    return store.import_followups(result.items), result.unknown_links
