"""iCalendar events into the Feed model: sessions, presenters, rooms, the series.

Pass 3 of reading a feed (see :mod:`briefing_app.feeds.ical`): every VEVENT's
times are read (:mod:`.zones`), series are expanded (:mod:`.recurrence`), and
each occurrence becomes a :class:`~briefing_app.feeds.model.Session`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from icalendar import Component, vCalAddress, vCategory, vDDDTypes

from briefing_app.errors import FeedError
from briefing_app.feeds.htmltext import html_to_markdown, looks_like_html
from briefing_app.feeds.ical.lines import _all, _first, _Outline, _param, _Span, _text
from briefing_app.feeds.ical.recurrence import _Expander, _open_ended_window
from briefing_app.feeds.ical.zones import _LAST_INSTANT, _Pending, _When, _Zones
from briefing_app.feeds.materials import materials_from_links
from briefing_app.feeds.messages import shorten
from briefing_app.feeds.model import (
    Feed,
    Link,
    Presenter,
    PresenterRole,
    Series,
    Session,
    SessionFormat,
    SessionPresenter,
    SessionStatus,
)
from briefing_app.feeds.parser_reasons import ical_reason
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR
from briefing_app.util.uids import (  # this app's own exports (see calendar.export)
    AGENDA_EXPORT,
    EXPORT_KIND_PROPERTY,
    OWN_ORGANIZER,
    OWN_PRODID_PREFIX,
    is_agenda_calendar_name,
)

FORMAT_NAME = "icalendar"


_UTC_STAMP = "%Y%m%dT%H%M%SZ"
_DAY_STAMP = "%Y%m%d"

#: Hosts (and their subdomains) whose links are a way into an online meeting.
_MEETING_HOSTS = (
    "zoom.us",
    "meet.google.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.jit.si",
    "webex.com",
    "whereby.com",
)
_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)
_ONLINE_PLACE = re.compile(r"\b(online|virtual|virtuel(?:le)?|en ligne|webinar)\b", re.IGNORECASE)

#: Properties whose value decides when an event happens: unreadable means refused.
_TIME_PROPERTIES = frozenset({"DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"})
#: Properties that only add occurrences: unreadable means imported once, with a warning.
_RECURRENCE_PROPERTIES = frozenset({"RRULE", "RDATE", "EXDATE"})


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _stamp(value: datetime | date) -> str:
    """Compact ISO form used in occurrence ids: ``20200113T230000Z`` or ``20200113``."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(_UTC_STAMP)
    return value.strftime(_DAY_STAMP)


def _join_url(sources: Iterable[tuple[str, bool]]) -> str:
    """The first link into an online meeting among *sources* ``(text, trusted)``.

    A trusted source (RFC 7986 ``CONFERENCE``) may name any http(s) meeting
    link; elsewhere only links to a known meeting host count, since a URL or a
    description mostly links to the talk's page.
    """
    for text, trusted in sources:
        for match in _URL.finditer(text):
            url = unescape(match.group(0)).rstrip(".,;:!?)]}")
            try:
                parts = urlsplit(url)
                host = (parts.hostname or "").lower()
            except ValueError:
                continue
            if not host:
                continue
            if trusted or _is_meeting_host(host, parts.path):
                return url
    return ""


def _is_meeting_host(host: str, path: str) -> bool:
    if any(host == known or host.endswith("." + known) for known in _MEETING_HOSTS):
        return True
    return "bigbluebutton" in host or "/bigbluebutton/" in path.lower()


class _Builder:
    """Turns the parsed calendar into the feed dataclasses."""

    def __init__(self, calendar: Component, outline: _Outline, default_zone: str | None) -> None:
        self.calendar = calendar
        self.outline = outline
        self.warnings: list[str] = []
        if outline.ignored_after_end:
            self.warnings.append(f"ignored {outline.ignored_after_end} line(s) after END:VCALENDAR")
        self.zones = _Zones(calendar, default_zone, self.warnings)
        self.recurrence = _Expander(self.zones, self.warnings)
        self.presenters: dict[str, Presenter] = {}

    # -- calendar-level ----------------------------------------------------
    def _series(self) -> Series:
        name = _text(_first(self.calendar, "X-WR-CALNAME")) or _text(_first(self.calendar, "NAME"))
        name = name.strip()
        product = _text(_first(self.calendar, "PRODID")).strip()
        description = _text(_first(self.calendar, "X-WR-CALDESC")) or _text(
            _first(self.calendar, "DESCRIPTION")
        )
        url = _text(_first(self.calendar, "URL")) or _text(_first(self.calendar, "SOURCE"))
        return Series(
            id=_slug(name) or _slug(product) or "calendar",
            title=name or "Calendar",
            timezone=self.zones.series_zone,
            description=description.strip(),
            url=url.strip(),
        )

    def _own_agenda(self) -> bool:
        """Whether this is an export of the user's agenda written by this app (issue 16)."""
        product = _text(_first(self.calendar, "PRODID")).strip()
        if not product.startswith(OWN_PRODID_PREFIX):
            return False
        kind = _text(_first(self.calendar, EXPORT_KIND_PROPERTY)).strip().lower()
        name = _text(_first(self.calendar, "X-WR-CALNAME")).strip()
        return kind == AGENDA_EXPORT or is_agenda_calendar_name(name)

    # -- build ---------------------------------------------------------------
    def build(self) -> Feed:
        components = [sub for sub in self.calendar.subcomponents if sub.name == "VEVENT"]
        if len(components) != len(self.outline.events):  # pragma: no cover - pass 1
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "the VEVENTs could not be matched with their lines"
                ).message()
            )
        pending = [
            self._read(component, span)
            for component, span in zip(components, self.outline.events, strict=True)
        ]
        self.zones.name_custom_zones(pending)
        self.zones.series_zone = self.zones.choose_series_zone(pending)
        window = self._window(pending)
        sessions = self._dedupe(self._sessions(pending, window))
        if _text(_first(self.calendar, "METHOD")).strip().upper() == "CANCEL":
            # An organizer's cancellation: every event it names is called off,
            # whatever STATUS says (Outlook often writes none).
            sessions = [replace(s, status=SessionStatus.CANCELLED) for s in sessions]
        rooms: list[str] = []
        seen_rooms: set[str] = set()
        for item in pending:
            room = _text(_first(item.component, "LOCATION")).strip()
            if room and room not in seen_rooms:
                seen_rooms.add(room)
                rooms.append(room)
        updated = _first(self.calendar, "LAST-MODIFIED")
        return Feed(
            own_agenda=self._own_agenda(),
            format=FORMAT_NAME,
            series=self._series(),
            sessions=tuple(sessions),
            presenters=tuple(self.presenters.values()),
            rooms=tuple(rooms),
            updated=self._utc_or_none(updated),
            warnings=tuple(self.warnings),
        )

    def _read(self, component: Component, span: _Span) -> _Pending:
        """Check one VEVENT's properties and read its times."""
        for name, message in component.errors:
            if name is None:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "a content line could not be read: {message}").format(
                        message=shorten(message, 160)
                    ),
                    path=span.path(),
                )
            if name in _TIME_PROPERTIES:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "{name} could not be read: {message}").format(
                        name=name, message=shorten(ical_reason(message), 160)
                    ),
                    path=span.path(name),
                )
            if name in _RECURRENCE_PROPERTIES:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path}: could not be read ({message}); the event is imported without "
                        "its repetitions",
                    ).format(path=span.path(name), message=shorten(ical_reason(message), 120))
                )
            else:
                self.warnings.append(
                    QT_TRANSLATE_NOOP("core", "{path}: ignored, could not be read").format(
                        path=span.path(name)
                    )
                )
        uid = _text(_first(component, "UID")).strip()
        span.uid = span.uid or uid
        start = self.zones.when(component, span, "DTSTART")
        if start is None:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the event has no DTSTART (start time)").message(),
                path=span.path(),
            )
        end = self.zones.when(component, span, "DTEND")
        duration = None
        if end is None:
            value = _first(component, "DURATION")
            if value is not None:
                if not isinstance(value, vDDDTypes) or not isinstance(value.dt, timedelta):
                    raise FeedError(
                        QT_TRANSLATE_NOOP("core", "DURATION is not a duration").message(),
                        path=span.path("DURATION"),
                    )
                duration = value.dt
                if duration < timedelta(0):
                    raise FeedError(
                        QT_TRANSLATE_NOOP("core", "DURATION is negative ({duration})").format(
                            duration=duration
                        ),
                        path=span.path("DURATION"),
                    )
        recurrence_id = self.zones.when(component, span, "RECURRENCE-ID")
        # A series even when its rule is unreadable: its ids then do not change
        # with the library's leniency (the rule itself is skipped with a warning).
        recurring = recurrence_id is None and ("RRULE" in component or "RDATE" in component)
        return _Pending(span, component, uid, start, end, duration, recurrence_id, recurring)

    def _times(self, item: _Pending) -> tuple[datetime, datetime]:
        """UTC start and end of the event as written (its first occurrence)."""
        start = self.zones.instant(item.start)
        if item.end is not None:
            end = self.zones.instant(item.end)
        elif item.duration is not None:
            end = self.zones.add(item.start, item.duration)
        elif item.start.day is not None:
            end = self.zones.instant(_When(None, item.start.day + timedelta(days=1)))
        else:
            end = start
        if end < start:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the event ends ({end:%Y-%m-%d %H:%M} UTC) before it starts "
                    "({start:%Y-%m-%d %H:%M} UTC)",
                ).format(end=end, start=start),
                path=item.span.path("DTEND"),
            )
        return start, end

    def _window(self, pending: Sequence[_Pending]) -> tuple[datetime, datetime]:
        """The span recurring events are expanded in (see the module docstring)."""
        starts: list[datetime] = []
        ends: list[datetime] = []
        series = {item.uid for item in pending if item.recurring}
        for item in pending:
            overrides_series = item.recurrence_id is not None and item.uid in series
            if not item.recurring and not overrides_series:
                start, end = self._times(item)
                starts.append(start)
                ends.append(end)
        if starts:
            return min(starts), max(ends)
        firsts = [self.zones.instant(item.start) for item in pending]
        if not firsts:
            return _LAST_INSTANT, _LAST_INSTANT
        return _open_ended_window(min(firsts))

    def _sessions(
        self, pending: Sequence[_Pending], window: tuple[datetime, datetime]
    ) -> Iterator[Session]:
        masters: dict[str, _Pending] = {}
        overrides: dict[str, list[_Pending]] = {}
        for item in pending:
            if item.recurring and item.uid and item.uid not in masters:
                masters[item.uid] = item
        for item in pending:
            if item.recurrence_id is not None and item.uid in masters:
                overrides.setdefault(item.uid, []).append(item)
        missing_uid = 0
        for item in pending:
            if item.recurrence_id is not None and item.uid in masters:
                continue  # placed with its series
            if not item.uid:
                missing_uid += 1
            if item.recurring:
                own = overrides.get(item.uid, []) if masters.get(item.uid) is item else []
                yield from self._series_sessions(item, own, window)
                continue
            start, end = self._times(item)
            key = item.uid or self._derived_key(item, start)
            if item.recurrence_id is not None:
                self._warn_this_and_future(item)
                key = f"{key}#{_stamp(self._recurrence_key(item.recurrence_id))}"
            yield self._session(item, key, start, end)
        if missing_uid:
            self.warnings.append(
                counted(
                    missing_uid,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{n} event has no UID; its id is derived from its time, place and title",
                    ),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{n} events have no UID; their ids are derived from their time, "
                        "place and title",
                    ),
                )
            )

    @staticmethod
    def _recurrence_key(when: _When) -> datetime | date:
        if when.local is not None:
            return when.local
        assert when.day is not None
        return when.day

    def _warn_this_and_future(self, item: _Pending) -> None:
        value = _first(item.component, "RECURRENCE-ID")
        if _param(value, "RANGE").upper() == "THISANDFUTURE":
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core", "{path}: RANGE=THISANDFUTURE is applied to that one occurrence only"
                ).format(path=item.span.path("RECURRENCE-ID"))
            )

    def _derived_key(self, item: _Pending, start: datetime) -> str:
        title = _text(_first(item.component, "SUMMARY"))
        room = _text(_first(item.component, "LOCATION"))
        digest = hashlib.sha1(  # a key, not a secret
            f"{start:%Y%m%dT%H%M%SZ}|{room}|{title}".encode(), usedforsecurity=False
        ).hexdigest()
        return f"event-{start:%Y%m%dT%H%M%SZ}-{digest[:10]}"

    def _dedupe(self, sessions: Iterable[Session]) -> list[Session]:
        """Keep every session; later duplicates of an id get ``#2``, ``#3``… in file order."""
        result: list[Session] = []
        used: set[str] = set()
        counts: Counter[str] = Counter()
        for session in sessions:
            key = session.id
            if key in used:
                counts[session.id] += 1
                number = counts[session.id] + 1
                while f"{session.id}#{number}" in used:
                    number += 1
                key = f"{session.id}#{number}"
                session = replace(session, id=key)
            used.add(key)
            result.append(session)
        for key, extra in counts.items():
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core", "UID {key!r} is used by {count} events; imported as {key!r}, {others}"
                ).format(
                    key=key,
                    count=extra + 1,
                    others=", ".join(repr(f"{key}#{n}") for n in range(2, extra + 2)),
                )
            )
        return result

    # -- recurrence ------------------------------------------------------------
    def _series_sessions(
        self, master: _Pending, overrides: Sequence[_Pending], window: tuple[datetime, datetime]
    ) -> Iterator[Session]:
        first_start, first_end = self._times(master)
        uid = master.uid or self._derived_key(master, first_start)
        template = self._session(master, uid, first_start, first_end)
        # Overrides by the occurrence they replace; a second override of the
        # same occurrence is kept too (it gets a "#2" id and a warning).
        by_key: dict[str, _Pending] = {}
        unmatched: list[tuple[str, _Pending]] = []
        for item in overrides:
            if item.recurrence_id is not None:
                key = _stamp(self._recurrence_key(item.recurrence_id))
                if key in by_key:
                    unmatched.append((key, item))
                else:
                    by_key[key] = item
        count = 0
        window = self.recurrence.series_window(master, first_start, window)
        occurrences = list(self.recurrence.expand(master, first_start, first_end, window))
        if not occurrences and window[1] != _LAST_INSTANT:
            # A series with no end that misses the other events' dates (an invite
            # with a one-off meeting and a weekly one): show its coming year.
            window = _open_ended_window(first_start)
            occurrences = list(self.recurrence.expand(master, first_start, first_end, window))
        for start, end in occurrences:
            key = _stamp(start if master.start.day is None else start.date())
            if master.start.day is not None:
                start, end = self.zones.day_span(start, end)
            else:
                start, end = start.astimezone(UTC), end.astimezone(UTC)
            count += 1
            override = by_key.pop(key, None)
            if override is not None:
                yield self._override(override, f"{uid}#{key}")
            else:
                yield replace(template, id=f"{uid}#{key}", start=start, end=end)
        # Overrides of occurrences the rule did not produce (moved out of the
        # window, or not in the rule at all) still say when something happens.
        for key, item in [*by_key.items(), *unmatched]:
            count += 1
            yield self._override(item, f"{uid}#{key}")
        if count == 0:
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path}: no occurrence within the feed's dates "
                    "({window:%Y-%m-%d}–{window2:%Y-%m-%d}); not imported",
                ).format(path=master.span.path(), window=window[0], window2=window[1])
            )

    def _override(self, item: _Pending, key: str) -> Session:
        self._warn_this_and_future(item)
        start, end = self._times(item)
        return self._session(item, key, start, end)

    # -- one session -------------------------------------------------------------
    def _session(self, item: _Pending, key: str, start: datetime, end: datetime) -> Session:
        component = item.component
        summary = _first(component, "SUMMARY")
        title = _text(summary)
        if not title.strip():
            title = "(untitled)"
        description = _text(_first(component, "DESCRIPTION"))
        location = _text(_first(component, "LOCATION")).strip()
        url = _text(_first(component, "URL")).strip()
        tags: list[str] = []
        for value in _all(component, "CATEGORIES"):
            if isinstance(value, vCategory):
                for category in value.cats:
                    text = _text(category).strip()
                    if text and text not in tags:
                        tags.append(text)
        status = _text(_first(component, "STATUS")).strip().upper()
        join_url = _join_url(
            [
                *((_text(value), True) for value in _all(component, "CONFERENCE")),
                *((_text(value), True) for value in _all(component, "X-GOOGLE-CONFERENCE")),
                (url, False),
                (description, False),
                (location, False),
            ]
        )
        virtual = bool(join_url) or bool(_ONLINE_PLACE.search(location))
        language = _param(summary, "LANGUAGE") or _param(
            _first(component, "DESCRIPTION"), "LANGUAGE"
        )
        return Session(
            id=key,
            title=title,
            start=start,
            end=end,
            timezone=self.zones.display_zone(item.start),
            description=html_to_markdown(description)
            if looks_like_html(description)
            else description,
            kind="talk",
            track=tags[0] if tags else "",
            tags=tuple(tags),
            format=SessionFormat.VIRTUAL if virtual else SessionFormat.IN_PERSON,
            join_url=join_url,
            location=location,
            status={
                "CANCELLED": SessionStatus.CANCELLED,
                "TENTATIVE": SessionStatus.TENTATIVE,
            }.get(status, SessionStatus.SCHEDULED),
            presenters=self._people(component),
            language=language,
            url=url,
            links=(links := self._attachments(component)),
            materials=materials_from_links(links),
            updated=self._utc_or_none(_first(component, "LAST-MODIFIED")),
            revision=_sequence(_first(component, "SEQUENCE")),
        )

    def _people(self, component: Component) -> tuple[SessionPresenter, ...]:
        """ORGANIZER (the host) and ATTENDEEs, each person once; rooms and resources skipped."""
        listed: dict[str, PresenterRole] = {}
        entries = [(value, PresenterRole.HOST) for value in _all(component, "ORGANIZER")]
        for value in _all(component, "ATTENDEE"):
            role = _param(value, "ROLE").upper()
            entries.append(
                (value, PresenterRole.MODERATOR if role == "CHAIR" else PresenterRole.PRESENTER)
            )
        for value, role in entries:
            if not isinstance(value, vCalAddress):
                continue
            if _param(value, "CUTYPE").upper() in ("ROOM", "RESOURCE"):
                continue
            address = str(value).strip()
            if address.lower() == OWN_ORGANIZER:
                continue  # the address this app writes as ORGANIZER, not a person
            name = _param(value, "CN").strip().strip('"')
            email = address[7:].strip() if address.lower().startswith("mailto:") else ""
            person_id = email.lower() or _slug(name) or address.lower()
            if not person_id:
                continue
            if person_id not in self.presenters:
                self.presenters[person_id] = Presenter(id=person_id, name=name or email or address)
            listed.setdefault(person_id, role)
        return tuple(SessionPresenter(person, role) for person, role in listed.items())

    @staticmethod
    def _attachments(component: Component) -> tuple[Link, ...]:
        links = []
        for value in _all(component, "ATTACH"):
            if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
                title = _param(value, "FILENAME") or _param(value, "X-FILENAME")
                links.append(Link(url=str(value).strip(), title=title, kind="attachment"))
        return tuple(links)

    @staticmethod
    def _utc_or_none(value: Any) -> datetime | None:
        if not isinstance(value, vDDDTypes):  # absent, or a broken property
            return None
        moment = getattr(value, "dt", None)
        if isinstance(moment, datetime) and MIN_YEAR <= moment.year <= MAX_YEAR:
            if moment.tzinfo is None:
                return moment.replace(tzinfo=UTC)
            return moment.astimezone(UTC)
        return None


def _sequence(value: object) -> int | None:
    """SEQUENCE as a number (None when absent or not a non-negative integer)."""
    if value is None:
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 0 else None
