"""Which reminders are due, and when the next one is (no Qt here).

A favourite session gets a reminder a lead time before it starts: the user's
global lead time (the ``reminder_minutes`` setting, also used for calendar
alarms), or the session's own override (``Store.set_reminder``). Cancelled and
removed sessions get none, nor do postponed ones (their listed time is void).

A reminder is shown once per (session, start): the pairs already shown are
kept in the ``reminders_delivered`` setting, so a restart does not repeat
them, while a session that moves gets a fresh reminder for its new time.
A reminder whose time passed while the app was closed is still due until the
session ends, so starting the app late shows it once, at once.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

# One lead time for both: the setting the calendar export reads for its alarms.
from briefing_app.store import SessionRecord, Store
from briefing_app.usecases.followups import FOLLOWUP_REMINDER_WINDOW, reminder_moment
from briefing_app.usecases.settings import (
    reminder_minutes,
    reminders_delivered,
    set_reminders_delivered,
)
from briefing_app.util.timeutil import TimeFormatError, from_utc_text, local_zone_name, to_utc_text

logger = logging.getLogger(__name__)

#: Delivered pairs are forgotten this long after their session ended.
DELIVERED_RETENTION = timedelta(days=1)
#: At most this many delivered pairs are kept (the newest), whatever happens.
DELIVERED_LIMIT = 500

#: Sessions that will not take place at their listed time (cancelled ones aside).
NO_REMINDER_STATUSES = frozenset({"postponed"})

#: A reminder's identity: the session and the start it was given for.
ReminderKey = tuple[int, str]


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder: which session, and when to show it."""

    session_id: int
    title: str
    start: datetime
    end: datetime
    join_url: str
    fire_at: datetime
    minutes_before: int
    timezone: str = "UTC"
    location: str = ""
    #: A follow-up's reminder (it falls due at ``start``), not a session's.
    followup_id: int | None = None
    #: The tag the title is in when the feed does not give it in the user's language.
    title_fallback: str = ""

    @property
    def key(self) -> ReminderKey:
        # A follow-up's key is its negative id: never a session's row id.
        first = -self.followup_id if self.followup_id is not None else self.session_id
        return (first, to_utc_text(self.start))

    def is_due(self, now: datetime) -> bool:
        """Its time has come and the session has not ended yet."""
        return self.fire_at <= now < self.end

    def relative_text(self, now: datetime) -> str:
        """``starting in 15 minutes``, ``starting now`` or ``started 5 minutes ago``."""
        minutes = round((self.start - now).total_seconds() / 60)
        if self.followup_id is not None:
            if minutes > 0:
                return f"due in {duration_text(minutes)}"
            return "due now" if minutes == 0 else f"due {duration_text(-minutes)} ago"
        if minutes > 0:
            return f"starting in {duration_text(minutes)}"
        if minutes == 0:
            return "starting now"
        return f"started {duration_text(-minutes)} ago"


def duration_text(minutes: int) -> str:
    """``1 minute``, ``45 minutes``, ``1 hour``, ``2 hours 5 minutes``, ``3 days``."""
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        text = f"{hours} hour{'s' if hours != 1 else ''}"
        return text + (f" {rest} minute{'s' if rest != 1 else ''}" if rest else "")
    days = minutes // (24 * 60)
    return f"{days} days"


def lead_minutes(override: tuple[bool, int | None] | None, default: int | None) -> int | None:
    """The lead time for one session: its own override wins, ``enabled=False`` means none."""
    if override is None:
        return default
    enabled, minutes = override
    if not enabled:
        return None
    return default if minutes is None else max(int(minutes), 0)


def reminder_for(session: SessionRecord, minutes: int) -> Reminder:
    """*session*'s reminder, its title as *session* shows it (``SessionRecord.in_language``)."""
    return Reminder(
        session_id=session.id,
        title=session.title,
        title_fallback=session.fallback_language("title"),
        start=session.start,
        end=max(session.end, session.start),
        join_url=session.join_url,
        fire_at=session.start - timedelta(minutes=minutes),
        minutes_before=minutes,
        timezone=session.timezone,
        location=session.location,
    )


def planned_reminders(store: Store, now: datetime, languages: Sequence[str] = ()) -> list[Reminder]:
    """Every reminder of a favourite that has not ended, shown or not, by time to show
    (titles in the first of *languages* the feed gives them in)."""
    default = reminder_minutes(store)
    planned: list[Reminder] = []
    for session in store.sessions(ending_after=now, include_removed=False, favourites_only=True):
        if session.is_cancelled or session.status in NO_REMINDER_STATUSES:
            continue
        minutes = lead_minutes(store.reminder(session.id), default)
        if minutes is not None:
            planned.append(reminder_for(session.in_language(languages), minutes))
    planned += followup_reminders(store, now)
    planned.sort(key=lambda r: (r.fire_at, r.start, r.session_id))
    return planned


#: What a follow-up's reminder title starts with (the window words it in its language).
FOLLOWUP_PREFIX = "Follow-up: "


def followup_reminders(store: Store, now: datetime) -> list[Reminder]:
    """A reminder per open follow-up when it falls due (shown up to a week late, once)."""
    zone_name = local_zone_name()
    found = []
    for record in store.followups(status="open"):
        moment = reminder_moment(record, zone_name)
        if moment is None or moment + FOLLOWUP_REMINDER_WINDOW <= now:
            continue
        found.append(
            Reminder(
                session_id=record.sessions[0].id if record.sessions else 0,
                title=f"{FOLLOWUP_PREFIX}{record.text.splitlines()[0]}",
                start=moment,
                end=moment + FOLLOWUP_REMINDER_WINDOW,
                join_url="",
                fire_at=moment,
                minutes_before=0,
                timezone=record.due_zone or zone_name,
                followup_id=record.id,
            )
        )
    return found


def delivered_keys(store: Store) -> set[ReminderKey]:
    """The (session, start) pairs already shown."""
    return {(entry[0], entry[1]) for entry in _delivered_entries(store)}


def _delivered_entries(store: Store) -> list[tuple[int, str, str]]:
    entries: list[tuple[int, str, str]] = []
    for item in reminders_delivered(store):
        try:
            session_id, start, end = item
            from_utc_text(start)
            from_utc_text(end)
        except (TypeError, ValueError, TimeFormatError):
            logger.debug("Ignoring a malformed delivered reminder %r", item)
            continue
        if isinstance(session_id, int):
            entries.append((session_id, start, end))
    return entries


def mark_delivered(store: Store, reminders: Iterable[Reminder], now: datetime) -> None:
    """Remember *reminders* as shown; forget pairs of sessions that ended a while ago."""
    horizon = to_utc_text(now - DELIVERED_RETENTION)
    entries = {(e[0], e[1]): e for e in _delivered_entries(store)}
    for reminder in reminders:
        session_id, start = reminder.key
        entries[reminder.key] = (session_id, start, to_utc_text(reminder.end))
    # UTC text sorts as time: keep pairs whose session ended after the horizon, newest last.
    kept = sorted((e for e in entries.values() if e[2] >= horizon), key=lambda e: (e[2], e[0]))
    set_reminders_delivered(store, [list(e) for e in kept[-DELIVERED_LIMIT:]])


def select_due(
    planned: Sequence[Reminder], delivered: set[ReminderKey], now: datetime
) -> list[Reminder]:
    return [r for r in planned if r.is_due(now) and r.key not in delivered]


def select_next_time(
    planned: Sequence[Reminder], delivered: set[ReminderKey], now: datetime
) -> datetime | None:
    return min(
        (r.fire_at for r in planned if r.fire_at > now and r.key not in delivered), default=None
    )


def due_reminders(store: Store, now: datetime) -> list[Reminder]:
    """Reminders to show now: their time has come, their session has not ended, not yet shown."""
    return select_due(planned_reminders(store, now), delivered_keys(store), now)


def next_reminder_time(store: Store, now: datetime) -> datetime | None:
    """When the next reminder not yet shown falls due (None: nothing to wait for)."""
    return select_next_time(planned_reminders(store, now), delivered_keys(store), now)


def wait_milliseconds(next_time: datetime | None, now: datetime, cap_ms: int) -> int | None:
    """How long a timer should sleep before looking again (None: no need to)."""
    if next_time is None:
        return None
    wait = math.ceil((next_time - now).total_seconds() * 1000)
    return max(0, min(wait, cap_ms))
