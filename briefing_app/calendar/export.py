"""Calendar invites (.ics) that Google, Outlook, Apple Calendar and Thunderbird read alike.

What each choice is for:

* ``TZID`` times with an RRULE-based VTIMEZONE built from zoneinfo per zone
  used (Outlook ignores RDATE lists; ical.js and vobject misread RDATE-only
  zones); a zone whose rules cannot be written that way gets UTC instants.
  Never floating times.
* A stable ``UID`` per session (derived from the feed address and the feed's
  own session id), ``SEQUENCE`` from the store (it rises whenever a sync
  changed the session), ``DTSTAMP`` and ``LAST-MODIFIED``: re-importing
  updates the event instead of duplicating it.
* ``METHOD:PUBLISH`` with one ``ORGANIZER`` and no ``ATTENDEE`` (an attendee
  list makes clients send replies); presenters go in the description.
* Cancelled sessions stay in the file with ``STATUS:CANCELLED`` and a
  "Cancelled:" title, so the calendar removes or strikes them.
* Written as it is made (:func:`calendar_chunks`): icalendar writes the head
  (the calendar's properties, the VTIMEZONEs), and each event goes through
  :mod:`~briefing_app.calendar.ics_writer`, which gives icalendar's bytes ten
  times faster; :func:`build_calendar` keeps the icalendar objects for checks.
* The live ``agenda.ics`` is rewritten only when it would say something else
  (DTSTAMP aside), so a sync that changed nothing leaves the file alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from briefing_app import APP_NAME, __version__
from briefing_app.calendar.ics_writer import EventWriter
from briefing_app.calendar.live import live_agenda_path as live_agenda_path  # re-exported
from briefing_app.calendar.live import write_agenda_if_changed
from briefing_app.calendar.vtimezone import build_vtimezone
from briefing_app.platform.fileutil import write_chunks_atomically
from briefing_app.store import ExportOutline, ExportSession, Store
from briefing_app.util import uids
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, current_language, localized
from briefing_app.util.presenter_roles import person_in_role
from briefing_app.util.textutil import markdown_to_text
from briefing_app.util.timeutil import from_utc_text, in_zone, utc_now
from briefing_app.util.uids import UID_DOMAIN as UID_DOMAIN  # re-exported
from briefing_app.util.uids import _url_uuid5 as _url_uuid5  # re-exported (tests)
from briefing_app.util.uids import is_our_uid as is_our_uid  # re-exported
from briefing_app.util.uids import session_uid as session_uid  # re-exported

PRODID = f"{uids.OWN_PRODID_PREFIX}briefing-app {__version__}//EN"
#: The calendar name of an export of the user's agenda; such an export is marked as one.
AGENDA_NAME = uids.AGENDA_CALENDAR_NAME
ORGANIZER_ADDRESS = uids.OWN_ORGANIZER

#: The words an event says besides the feed's texts, in the user's language at export
#: time (:func:`calendar_words`); English gives the bytes the writer always gave.
_JOIN_LINE = QT_TRANSLATE_NOOP("core", "Join: {url}")
_REMOVED_LINE = QT_TRANSLATE_NOOP("core", "This session was removed from its feed.")
_STATUS_LINE = QT_TRANSLATE_NOOP("core", "Status: {status}.")
_SERIES_LINE = QT_TRANSLATE_NOOP("core", "Series: {title}")
_PRESENTERS_LINE = QT_TRANSLATE_NOOP("core", "Presenters: {people}")
_PRESENTER = QT_TRANSLATE_NOOP("core", "{name} ({role})")
_REGISTER_LINE = QT_TRANSLATE_NOOP("core", "Register: {url}")
_MORE_LINE = QT_TRANSLATE_NOOP("core", "More: {url}")
_CANCELLED_TITLE = QT_TRANSLATE_NOOP("core", "Cancelled: {title}")
_POSTPONED_TITLE = QT_TRANSLATE_NOOP("core", "Postponed: {title}")
_JOIN_LABEL = QT_TRANSLATE_NOOP("core", "Join")
#: The roles in the English "Presenters:" line (other languages: util/presenter_roles).
_ROLE_LABELS = {
    "presenter": QT_TRANSLATE_NOOP("core", "Presenter"),
    "moderator": QT_TRANSLATE_NOOP("core", "Moderator"),
    "panelist": QT_TRANSLATE_NOOP("core", "Panelist"),
    "host": QT_TRANSLATE_NOOP("core", "Host"),
}
#: A session's status in the "Status:" line (the feed's key in English).
_STATUS_WORDS = {
    "tentative": QT_TRANSLATE_NOOP("core", "tentative"),
    "postponed": QT_TRANSLATE_NOOP("core", "postponed"),
    "cancelled": QT_TRANSLATE_NOOP("core", "cancelled"),
}


@dataclass(frozen=True)
class CalendarWords:
    """The event's own words in one language: ``str.format`` templates and tables."""

    language: str
    join: str
    removed: str
    status: str
    series: str
    presenters: str
    presenter: str
    register: str
    more: str
    cancelled: str
    postponed: str
    join_label: str
    roles: dict[str, str]
    statuses: dict[str, str]


def calendar_words() -> CalendarWords:
    """The event's words in the language spoken now (``util.i18n``: the user's setting in
    the window and once the CLI opened the store), looked up once per export."""
    language = current_language()
    cached = _words_cache.get(language)
    if cached is None:
        cached = _words_cache[language] = CalendarWords(
            language=language,
            join=localized(_JOIN_LINE),
            removed=localized(_REMOVED_LINE),
            status=localized(_STATUS_LINE),
            series=localized(_SERIES_LINE),
            presenters=localized(_PRESENTERS_LINE),
            presenter=localized(_PRESENTER),
            register=localized(_REGISTER_LINE),
            more=localized(_MORE_LINE),
            cancelled=localized(_CANCELLED_TITLE),
            postponed=localized(_POSTPONED_TITLE),
            join_label=localized(_JOIN_LABEL),
            roles={key: localized(word) for key, word in _ROLE_LABELS.items()},
            statuses={key: localized(word) for key, word in _STATUS_WORDS.items()},
        )
    return cached


_words_cache: dict[str, CalendarWords] = {}


#: SEQUENCE counts seconds from here (an int32 lasts until 2088).
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def export_sequence(session: ExportSession) -> int:
    """SEQUENCE: grows whenever a sync changed the session, on this install or a new one.

    The store's own counter starts again at 0 after a reinstall while the UID
    stays the same, and calendars ignore an update whose SEQUENCE is not
    higher. Seconds since 2020 of the last change, plus the counter (two
    changes within a second), always grow.
    """
    return _sequence(_stamp(session.changed_at), session.sequence)


def _sequence(changed: datetime, counter: int) -> int:
    return max(0, int((changed - _SEQUENCE_EPOCH).total_seconds())) + counter


def _stamp(text: str) -> datetime:
    try:
        return from_utc_text(text)
    except ValueError:
        return utc_now().replace(microsecond=0)


def _description(session: ExportSession, words: CalendarWords) -> str:
    lines: list[str] = []
    if session.join_url:
        lines.append(words.join.format(url=session.join_url))
    if session.removed:
        lines.append(words.removed)
    elif session.status != "scheduled":
        status = words.statuses.get(session.status, session.status)
        lines.append(words.status.format(status=status))
    if session.series_title:
        lines.append(words.series.format(title=session.series_title))
    if session.presenters and words.language == "en":
        people = ", ".join(
            words.presenter.format(name=name, role=words.roles.get(role, role))
            for name, role in session.presenters
        )
        lines.append(words.presenters.format(people=people))
    elif session.presenters:
        # A line per person, the role in words right for everyone (util/presenter_roles:
        # "Présentation : Josie Scioli"), as the detail pane, `show` and the pack say it;
        # a role noun after the name ("(Présentateur)") was wrong for half the people.
        lines += [person_in_role(name, role) for name, role in session.presenters]
    if session.subtitle:
        lines += ["", session.subtitle]
    for text in (session.summary, session.description):
        if text.strip():
            lines += ["", markdown_to_text(text).strip()]
    if session.registration_url:
        lines += ["", words.register.format(url=session.registration_url)]
    if session.url and session.url != session.join_url:
        lines.append(words.more.format(url=session.url))
    return "\n".join(lines)


def _summary(session: ExportSession, words: CalendarWords) -> str:
    if session.is_cancelled:
        return words.cancelled.format(title=session.title)
    if session.status == "postponed":
        return words.postponed.format(title=session.title)
    return session.title


def _status(session: ExportSession) -> str:
    if session.is_cancelled:
        return "CANCELLED"
    if session.status in ("tentative", "postponed"):
        return "TENTATIVE"
    return "CONFIRMED"


def _location(session: ExportSession) -> str:
    if session.format == "virtual" and session.join_url:
        return session.join_url
    if session.format == "hybrid" and session.join_url:
        return f"{session.location} / {session.join_url}" if session.location else session.join_url
    return session.location


class ZonePlan:
    """Which zones get a VTIMEZONE, and which fall back to UTC instants."""

    def __init__(
        self,
        sessions: Iterable[ExportSession] = (),
        *,
        spans: dict[str, tuple[datetime, datetime]] | None = None,
    ) -> None:
        """From *sessions*, or (an export that streams them) each zone's first start and
        last end (:attr:`~briefing_app.store.ExportOutline.spans`)."""
        if spans is None:
            spans = {}
            for s in sessions:
                low, high = spans.get(s.timezone, (s.start, s.end))
                spans[s.timezone] = (min(low, s.start), max(high, s.end))
        self.components = []
        self.utc_zones: set[str] = set()
        for name in sorted(spans):
            if name in ("UTC", "Etc/UTC"):
                self.utc_zones.add(name)
                continue
            component = build_vtimezone(name, *spans[name])
            if component is None:
                self.utc_zones.add(name)
            else:
                self.components.append(component)

    def local(self, session: ExportSession, instant: datetime) -> datetime:
        """*instant* as the DTSTART/DTEND value: zone-local with TZID, or UTC."""
        return self.local_in(session.timezone, instant)

    def local_in(self, zone_name: str, instant: datetime) -> datetime:
        """*instant* as a value in *zone_name*: zone-local with TZID, or UTC."""
        if zone_name in self.utc_zones:
            return instant.astimezone(UTC)
        local = in_zone(instant, zone_name)
        if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
            # The second pass through a repeated hour: a TZID time there means the
            # first pass to every client (RFC 5545 3.3.5), so say it in UTC.
            return instant.astimezone(UTC)
        return local


Property = tuple[str, object, dict[str, str] | None]


def event_properties(
    session: ExportSession,
    zones: ZonePlan,
    *,
    now: datetime,
    alarm_minutes: int | None,
    alarm_override: int | None = None,
    words: CalendarWords | None = None,
) -> tuple[list[Property], int | None]:
    """The VEVENT's properties in order, and the alarm lead time (None: no alarm).

    *alarm_minutes* is the user's default lead time, which a session's own
    reminder setting overrides; *alarm_override* (from ``--alarm``, or -1 for
    ``--no-alarm``) overrides both. *words*: the event's own words (by default
    :func:`calendar_words`, the language spoken now).
    """
    words = words or calendar_words()
    changed = _stamp(session.changed_at)
    props: list[Property] = [
        ("uid", session_uid(session.feed_url, session.source_id), None),
        ("dtstamp", now, None),
        ("created", _stamp(session.first_seen_at), None),
        ("last-modified", changed, None),
        ("sequence", _sequence(changed, session.sequence), None),
        ("summary", _summary(session, words), None),
        ("dtstart", zones.local(session, session.start), None),
        ("dtend", zones.local(session, max(session.end, session.start)), None),
        ("status", _status(session), None),
        ("transp", "TRANSPARENT" if session.is_cancelled else "OPAQUE", None),
    ]
    props.append(("organizer", _organizer(session.series_title or APP_NAME), None))
    location = _location(session)
    if location:
        props.append(("location", location, None))
    link = session.join_url or session.url
    if link:
        props.append(("url", link, None))
    if session.join_url:
        # RFC 7986: clients that know it show a Join button.
        props.append(
            (
                "conference",
                session.join_url,
                {"VALUE": "URI", "FEATURE": "VIDEO", "LABEL": words.join_label},
            )
        )
    categories = [c for c in dict.fromkeys([session.track, *session.tags]) if c]
    if categories:
        props.append(("categories", categories, None))
    props.append(("description", _description(session, words), None))
    if alarm_override is not None:
        minutes: int | None = alarm_override if alarm_override >= 0 else None
    else:
        minutes = (
            session.reminder_minutes if session.reminder_minutes is not None else alarm_minutes
        )
        if not session.reminder_enabled:
            minutes = None
    if session.is_cancelled:
        minutes = None
    return props, minutes


@lru_cache(maxsize=256)
def _organizer(series_title: str) -> vCalAddress:
    """The ORGANIZER, one object per series (shared by its events: never change it)."""
    organizer = vCalAddress(ORGANIZER_ADDRESS)
    # Quotes and line breaks in a CN need RFC 6868 escapes that Outlook shows literally.
    organizer.params["CN"] = vText(" ".join(series_title.replace('"', "'").split()))
    return organizer


def make_event(properties: list[Property], alarm_minutes: int | None, title: str) -> Event:
    event = Event()
    for name, value, parameters in properties:
        if parameters is None:
            event.add(name, value)
        else:
            event.add(name, value, parameters=parameters)
    if alarm_minutes is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", timedelta(minutes=-alarm_minutes))
        event.add_component(alarm)
    return event


def build_event(
    session: ExportSession,
    zones: ZonePlan,
    *,
    now: datetime,
    alarm_minutes: int | None,
    alarm_override: int | None = None,
    words: CalendarWords | None = None,
) -> Event:
    properties, minutes = event_properties(
        session,
        zones,
        now=now,
        alarm_minutes=alarm_minutes,
        alarm_override=alarm_override,
        words=words,
    )
    return make_event(properties, minutes, session.title)


def _calendar_shell(count: int, name: str | None, zones: ZonePlan) -> Calendar:
    """The VCALENDAR's own properties and its VTIMEZONEs: everything but the events."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if count != 1:
        # Written unescaped by icalendar: a line break in it would end the line.
        calendar.add("x-wr-calname", " ".join((name or APP_NAME).splitlines()) or APP_NAME)
    # importing it back stars its sessions again (issue 16), whatever its name's language
    if name is not None and uids.is_agenda_calendar_name(name):
        calendar.add(uids.EXPORT_KIND_PROPERTY.lower(), uids.AGENDA_EXPORT)
    for component in zones.components:
        calendar.add_component(component)
    return calendar


def build_calendar(
    sessions: Sequence[ExportSession],
    *,
    name: str | None = None,
    alarm_minutes: int | None = None,
    alarm_override: int | None = None,
    now: datetime | None = None,
) -> Calendar:
    """A VCALENDAR with one VEVENT per session and a VTIMEZONE per zone used.

    The icalendar objects of what :func:`calendar_chunks` writes (its ``to_ical()`` gives the
    same bytes, ten times slower): for checking an export, not for writing one.
    """
    stamp = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    zones = ZonePlan(sessions)
    calendar = _calendar_shell(len(sessions), name, zones)
    words = calendar_words()
    for session in sessions:
        calendar.add_component(
            build_event(
                session,
                zones,
                now=stamp,
                alarm_minutes=alarm_minutes,
                alarm_override=alarm_override,
                words=words,
            )
        )
    return calendar


_END = b"END:VCALENDAR\r\n"


def calendar_chunks(
    sessions: Iterable[ExportSession],
    *,
    name: str | None = None,
    alarm_minutes: int | None = None,
    alarm_override: int | None = None,
    now: datetime | None = None,
    outline: ExportOutline | None = None,
) -> Iterator[bytes]:
    """:func:`build_calendar`'s .ics, byte for byte, as it is made: head, each event, end.

    CRLF line ends, 75-octet folding that never splits a character. icalendar
    writes the head (the calendar's properties and VTIMEZONEs); the events go
    through :class:`~briefing_app.calendar.ics_writer.EventWriter`, which
    writes what icalendar would, without building an object per property. Only
    one event's bytes exist at a time, whatever the number of sessions.

    *sessions* is a sequence, or with *outline* (:meth:`Store.export_outline
    <briefing_app.store.Store.export_outline>` of the same selection) any iterable,
    read once as the events are written (:meth:`Store.iter_export_sessions
    <briefing_app.store.Store.iter_export_sessions>`): then no list of sessions exists.
    """
    stamp = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    if outline is None:
        listed = sessions if isinstance(sessions, Sequence) else tuple(sessions)
        sessions, count, zones = listed, len(listed), ZonePlan(listed)
    else:
        count, zones = outline.count, ZonePlan(spans=outline.spans)
    head: bytes = _calendar_shell(count, name, zones).to_ical()
    if not head.endswith(_END):  # pragma: no cover - icalendar always ends a calendar so
        raise AssertionError("icalendar wrote a calendar that does not end with END:VCALENDAR")
    yield head[: -len(_END)]
    writer = EventWriter()
    words = calendar_words()
    for session in sessions:
        properties, minutes = event_properties(
            session,
            zones,
            now=stamp,
            alarm_minutes=alarm_minutes,
            alarm_override=alarm_override,
            words=words,
        )
        yield writer.event(properties, minutes, session.title)
    yield _END


def calendar_bytes(
    sessions: Sequence[ExportSession],
    *,
    name: str | None = None,
    alarm_minutes: int | None = None,
    alarm_override: int | None = None,
    now: datetime | None = None,
) -> bytes:
    """Serialized .ics (:func:`calendar_chunks` joined): for small exports and tests."""
    return b"".join(
        calendar_chunks(
            sessions,
            name=name,
            alarm_minutes=alarm_minutes,
            alarm_override=alarm_override,
            now=now,
        )
    )


def write_calendar_file(
    path: Path,
    sessions: Sequence[ExportSession],
    *,
    name: str | None = None,
    alarm_minutes: int | None = None,
    alarm_override: int | None = None,
    now: datetime | None = None,
) -> int:
    """Write the .ics to *path* atomically, streaming (see :func:`calendar_chunks`); its size.

    Raises ``OSError`` as the file system does, and
    :class:`~briefing_app.errors.DiskFullError` when the disk is full (the
    file as it was).
    """
    chunks = calendar_chunks(
        sessions, name=name, alarm_minutes=alarm_minutes, alarm_override=alarm_override, now=now
    )
    return write_chunks_atomically(path, chunks)


def calendar_name(sessions: Sequence[ExportSession] | ExportOutline, fallback: str) -> str:
    """The one series' title of *sessions* (or of an export's outline), else *fallback*."""
    if isinstance(sessions, ExportOutline):
        series = set(sessions.series_titles)
    else:
        series = {s.series_title for s in sessions if s.series_title}
    return series.pop() if len(series) == 1 else fallback


def write_live_agenda(
    store: Store, *, alarm_minutes: int | None, languages: Sequence[str] = ()
) -> Path:
    """Rewrite ``agenda.ics`` from the favourites; calendars subscribed to it follow.

    When the file already says the same (apart from its DTSTAMPs, the time of
    writing) it is left alone: a sync that changed nothing does not touch it,
    so subscribers and file watchers see no change either.
    """
    sessions = store.export_sessions(favourites_only=True, languages=languages)
    # the name in the user's language; the same calendar for a client in any (uids)
    data = calendar_bytes(sessions, name=uids.agenda_calendar_name(), alarm_minutes=alarm_minutes)
    path = live_agenda_path(store)
    write_agenda_if_changed(path, data)
    return path
