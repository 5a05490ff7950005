"""Follow-ups for the window and the command line: due dates typed in, groups, what is due.

Qt-free (the CLI and the window share it). A due date is typed as a day
(``2026-12-10``) or a day and time (``2026-12-10 14:00``, in the given zone or this
computer's; an explicit offset or ``Z`` is taken as it is).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Final, Literal

from briefing_app.errors import UsageError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, is_valid_zone, local_zone_name, zone

if TYPE_CHECKING:
    from briefing_app.store import FollowupRecord, FollowupVersion

Group = Literal["overdue", "week", "later", "none", "done"]

#: The groups in the order the tab shows them. A follow-up without a due date has its
#: own group ("No due date"): lumping it into "later" would hide that nobody set one.
GROUPS: Final[tuple[Group, ...]] = ("overdue", "week", "later", "none", "done")

#: "Due this week" is the next seven days (a rolling week, the same on a Sunday night).
WEEK: Final = timedelta(days=7)

#: A follow-up due on a day (no time) is reminded of at this hour that day, in the user's zone.
DAY_REMINDER_HOUR: Final = 9
#: A follow-up's reminder still shows this long after it fell due (the app was closed).
FOLLOWUP_REMINDER_WINDOW: Final = timedelta(days=7)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def parse_due(text: str, zone_name: str | None = None) -> tuple[date | datetime | None, str]:
    """*text* as a due value and its zone ("" for a day): ``(None, "")`` for "" or "none".

    Raises:
        UsageError: not a date, or a date and time; an unknown zone; outside the years kept.
    """
    cleaned = text.strip()
    if cleaned.lower() in ("", "none", "-"):
        return None, ""
    name = zone_name or local_zone_name()
    if not is_valid_zone(name):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "unknown time zone {name!r} (an IANA name such as Europe/Paris)"
            ).format(name=name)
        )
    hint = QT_TRANSLATE_NOOP(
        "core", "give a date (2026-12-10) or a date and time (2026-12-10 14:00)"
    ).message()
    try:
        if _DAY.match(cleaned):
            day = date.fromisoformat(cleaned)
            _check_year(day.year, cleaned)
            return day, ""
        value = datetime.fromisoformat(cleaned.replace(" ", "T", 1))
    except ValueError as exc:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "{cleaned!r} is not a due date: {hint}").format(
                cleaned=cleaned, hint=hint
            )
        ) from exc
    _check_year(value.year, cleaned)
    if value.tzinfo is None:
        return value.replace(tzinfo=zone(name)).astimezone(UTC), name
    return value.astimezone(UTC), (zone_name or "")


def _check_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "{text!r} is outside the years {min_year}–{max_year}").format(
                text=text, min_year=MIN_YEAR, max_year=MAX_YEAR
            )
        )


def due_moment(record: FollowupRecord, zone_name: str) -> datetime | None:
    """When *record* falls due: its instant, or the start of its due day in *zone_name*."""
    if record.due is None:
        return None
    if isinstance(record.due, datetime):
        return record.due
    return datetime.combine(record.due, time(0), tzinfo=zone(zone_name)).astimezone(UTC)


def reminder_moment(record: FollowupRecord, zone_name: str) -> datetime | None:
    """When to remind of *record*: its due time, or :data:`DAY_REMINDER_HOUR` on its due day."""
    if record.due is None or record.done:
        return None
    if isinstance(record.due, datetime):
        return record.due
    local = datetime.combine(record.due, time(DAY_REMINDER_HOUR), tzinfo=zone(zone_name))
    return local.astimezone(UTC)


def is_overdue(record: FollowupRecord, now: datetime, zone_name: str) -> bool:
    """Open and past due: past its time, or (a day) the day is over in *zone_name*."""
    if record.done or record.due is None:
        return False
    if isinstance(record.due, datetime):
        return record.due < now
    return record.due < now.astimezone(zone(zone_name)).date()


def group_of(record: FollowupRecord, now: datetime, zone_name: str) -> Group:
    """Which of :data:`GROUPS` *record* is in at *now*."""
    if record.done:
        return "done"
    if record.due is None:
        return "none"
    if is_overdue(record, now, zone_name):
        return "overdue"
    moment = due_moment(record, zone_name)
    assert moment is not None  # a due value gives a moment
    return "week" if moment < now + WEEK else "later"


def due_label(record: FollowupRecord | FollowupVersion, zone_name: str) -> str:
    """The due date as the list and ``followups list`` show it ("" for none)."""
    if record.due is None:
        return ""
    if isinstance(record.due, datetime):
        shown = record.due_zone or zone_name
        local = record.due.astimezone(zone(shown))
        label = f"{local:%Y-%m-%d %H:%M}"
        return label if shown == zone_name else f"{label} ({shown})"
    return record.due.isoformat()


def matches(
    record: FollowupRecord,
    *,
    text: str = "",
    owner: str = "",
    status: str = "",
    session_id: int | None = None,
) -> bool:
    """Whether *record* passes the tab's filters (blank filters pass everything)."""
    if status and record.status != status:
        return False
    if owner and owner.casefold() != record.owner.casefold():
        return False
    if session_id is not None and session_id not in record.session_ids:
        return False
    if text:
        haystack = " ".join(
            [record.text, record.owner, *(s.title for s in record.sessions)]
        ).casefold()
        return all(word in haystack for word in text.casefold().split())
    return True
