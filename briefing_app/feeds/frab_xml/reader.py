"""frab XML: the one walk over the tree (conference, persons, days, rooms, events) into a Feed.

How times and zones are decided is described in :mod:`briefing_app.feeds.frab_xml`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from briefing_app.errors import FeedError, MissingTimezoneError
from briefing_app.feeds import gazetteer
from briefing_app.feeds.frab_xml.times import (
    _offset_text,
    _offset_zone,
    _parse_clock,
    _parse_date,
    _parse_datetime,
    _parse_duration,
)
from briefing_app.feeds.frab_xml.tree import _children, _quote, _slug, _text
from briefing_app.feeds.htmltext import html_to_markdown
from briefing_app.feeds.materials import material_kind
from briefing_app.feeds.model import (
    Feed,
    Link,
    Material,
    Presenter,
    PresenterRole,
    Series,
    Session,
    SessionFormat,
    SessionPresenter,
    Translation,
    Translations,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, message_of
from briefing_app.util.multilingual import LANGUAGE_TAG
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, TimeFormatError, zone

FORMAT_NAME = "frab-xml"

_ONLINE = re.compile(r"\b(?:online|virtual)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Person:
    """A presenter while the feed is read: the top-level list and events both add to it."""

    key: str
    name: str
    biography: str = ""
    extended: str = ""
    #: Shared by every session this person presents (the dataclass is frozen).
    as_presenter: SessionPresenter | None = None


@dataclass(slots=True)
class _Day:
    """One ``<day>``: its position, attributes, and lazily parsed times."""

    position: int
    element: ET.Element
    _date: date | None = None
    _start: datetime | None = None
    _start_read: bool = False

    @property
    def path(self) -> str:
        return f"/schedule/day[{self.position}]"

    def calendar_date(self) -> date:
        """The ``date`` attribute, needed only by events without ``<date>``."""
        if self._date is None:
            text = (self.element.get("date") or "").strip()
            if not text:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "the day has no date attribute, and this event has no <date>"
                    ).message(),
                    path=f"{self.path}/@date",
                )
            try:
                self._date = _parse_date(text)
            except TimeFormatError as exc:
                raise FeedError(message_of(exc), path=f"{self.path}/@date") from None
        return self._date

    def start_instant(self) -> datetime | None:
        """The day's ``start`` attribute, when it has one with a UTC offset."""
        if not self._start_read:
            self._start_read = True
            text = (self.element.get("start") or "").strip()
            if text:
                try:
                    value = _parse_datetime(text)
                except TimeFormatError as exc:
                    raise FeedError(message_of(exc), path=f"{self.path}/@start") from None
                if value.tzinfo is not None:
                    self._start = value
        return self._start


@dataclass(slots=True)
class _Where:
    """Where an event sits, to build its XPath-like path only when an error needs it."""

    day: _Day
    room: str
    room_position: int
    event: ET.Element
    event_position: int

    def person_path(self, position: int) -> str:
        return self.path(f"persons/person[{position}]")

    def path(self, child: str = "") -> str:
        room = (
            f"room[@name={_quote(self.room)}]"
            if self.room and not ("'" in self.room and '"' in self.room)
            else f"room[{self.room_position}]"
        )
        event_id = (self.event.get("id") or "").strip()
        event = (
            f"event[@id={_quote(event_id)}]"
            if event_id and not ("'" in event_id and '"' in event_id)
            else f"event[{self.event_position}]"
        )
        return f"{self.day.path}/{room}/{event}" + (f"/{child}" if child else "")


class _Reader:
    """One walk over the tree: conference, top-level persons, then days/rooms/events."""

    def __init__(
        self,
        root: ET.Element,
        default_zone: str | None,
        *,
        infer: bool = True,
        multilingual: bool = True,
    ) -> None:
        self.root = root
        #: Whether events may give fields in several languages (``xml:lang``).
        self.multilingual = multilingual
        self.warnings: list[str] = []
        self.default_zone = self._user_zone(default_zone)
        self.zone_name: str | None = None
        self.zone: ZoneInfo | None = None
        self.infer = infer
        #: The ``<city>`` the zone was inferred from ("" when it was not).
        self.inferred_from = ""
        #: Why the city gave no zone, for the error that asks for one.
        self.not_inferred = ""
        self.candidates: tuple[str, ...] = ()
        #: An event's UTC offset disagrees with the inferred zone.
        self.contradicted = False
        self.day_change: tuple[int, int, int] | None = None
        self.online_venue = False
        #: Room name -> whether it is online (one regular-expression search per room).
        self.online_rooms: dict[str, bool] = {}
        self.people: dict[str, _Person] = {}
        #: "i:<id>" / "g:<guid>" -> key in ``people``.
        self.aliases: dict[str, str] = {}
        self.rooms: dict[str, None] = {}
        self.used_keys: set[str] = set()
        self.duplicates: dict[str, list[str]] = {}
        #: UTC offsets seen in <date>, for a feed that names no zone.
        self.offsets: Counter[timedelta] = Counter()
        #: Each distinct <date> with a UTC offset: (start in UTC, offset, contradicts the
        #: inferred zone). Talks in parallel rooms share their start.
        self.dated: dict[str, tuple[datetime, timedelta, bool]] = {}

    @staticmethod
    def _user_zone(name: str | None) -> str | None:
        if name is None:
            return None
        try:
            zone(name)
        except TimeFormatError as exc:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the time zone you gave: {exc} (expected an IANA name such as Europe/Brussels)",
                ).format(exc=exc)
            ) from None
        return name

    def read(self) -> Feed:
        top: dict[str, ET.Element] = {}
        days: list[ET.Element] = []
        for child in self.root:
            if child.tag == "day":
                days.append(child)
            elif isinstance(child.tag, str) and child.tag not in top:
                top[child.tag] = child
        conference = top.get("conference")
        if conference is None:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the schedule has no <conference> element").message(),
                path="/schedule",
            )
        info = _children(conference)
        self._zone(info)
        title, series_id = self._titles(info)
        if "persons" in top:
            self._top_level_persons(top["persons"])
        sessions = [
            session
            for position, day in enumerate(days, start=1)
            for session in self._day(_Day(position, day))
        ]
        series_zone = self.zone_name or self._offset_series_zone()
        url = _text(info.get("url")) or _text(info.get("base_url")) or _text(top.get("url"))
        self._duplicate_warnings()
        return Feed(
            format=FORMAT_NAME,
            series=Series(
                id=series_id,
                title=title,
                timezone=series_zone,
                subtitle=_text(info.get("subtitle")),
                url=url,
            ),
            sessions=tuple(sessions),
            presenters=tuple(self._presenters()),
            rooms=tuple(self.rooms),
            warnings=tuple(self.warnings),
            zone_inferred_from=self.inferred_from,
        )

    # -- conference ------------------------------------------------------
    def _zone(self, info: dict[str, ET.Element]) -> None:
        named = _text(info.get("time_zone_name"))
        if named:
            try:
                self.zone = zone(named)
                self.zone_name = named
            except TimeFormatError as exc:
                if self.default_zone is None:
                    raise FeedError(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{exc} (expected an IANA name such as Europe/Brussels; or choose the "
                            "event's time zone when importing)",
                        ).format(exc=exc),
                        path="/schedule/conference/time_zone_name",
                    ) from None
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the feed's time zone {named!r} is unknown; used {default_zone} instead",
                    ).format(named=named, default_zone=self.default_zone)
                )
        if self.zone is None and self.default_zone is not None:
            self.zone_name = self.default_zone
            self.zone = zone(self.default_zone)
        if self.zone is None and self.infer:
            self._infer_zone(_text(info.get("city")))
        change = _text(info.get("day_change"))
        if change:
            try:
                self.day_change = _parse_clock(change)
            except TimeFormatError as exc:
                raise FeedError(message_of(exc), path="/schedule/conference/day_change") from None
        self.online_venue = _ONLINE.search(_text(info.get("venue"))) is not None

    def _infer_zone(self, city: str) -> None:
        """The zone of the conference's ``<city>``, when the gazetteer knows it for sure."""
        if not city:
            self.not_inferred = QT_TRANSLATE_NOOP(
                "core", "and no <city> to infer it from"
            ).message()
            return
        guess = gazetteer.zone_for_place(city)
        gazetteer.release()
        if guess.zone is None:
            self.not_inferred = QT_TRANSLATE_NOOP(
                "core", "and its <city> {city!r} {reason}"
            ).format(city=city, reason=guess.reason)
            self.candidates = guess.candidates
            return
        self.zone = zone(guess.zone)
        self.zone_name = guess.zone
        self.inferred_from = city

    @staticmethod
    def _titles(info: dict[str, ET.Element]) -> tuple[str, str]:
        title = _text(info.get("title"))
        acronym = _text(info.get("acronym"))
        if not title and not acronym:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "the conference has neither a title nor an acronym"
                ).message(),
                path="/schedule/conference/title",
            )
        series_id = _slug(acronym) or _slug(title) or "schedule"
        return title or acronym, series_id

    def _offset_series_zone(self) -> str:
        """The zone for a feed that names none: its most common UTC offset, as Etc/GMT±N."""
        if not self.offsets:
            if self.zone_name is None:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core", "the feed names no time zone and has no events; used UTC"
                    ).message()
                )
            return "UTC"
        offset, _count = self.offsets.most_common(1)[0]
        name = _offset_zone(offset)
        seen = ", ".join(_offset_text(o) for o in sorted(self.offsets))
        if name == "UTC" and offset:
            how = QT_TRANSLATE_NOOP(
                "core", "{offset_text} is not a whole hour, so times are shown in UTC"
            ).format(offset_text=_offset_text(offset))
        else:
            how = QT_TRANSLATE_NOOP("core", "times are shown in the fixed zone {name}").format(
                name=name
            )
        self.warnings.append(
            QT_TRANSLATE_NOOP(
                "core",
                "the feed names no time zone, only UTC offsets ({seen}); {how}. Choose "
                "the event's time zone when importing to see local times across DST "
                "changes.",
            ).format(seen=seen, how=how)
        )
        return name

    # -- persons ---------------------------------------------------------
    def _top_level_persons(self, persons: ET.Element) -> None:
        for position, person in enumerate(persons.iter("person"), start=1):
            info = _children(person)
            name = (
                _text(info.get("name"))
                or _text(info.get("public_name"))
                or _text(info.get("full_public_name"))
                or _text(person)
            )
            record = self._person(person, name, _top_person_path, position)
            if record is None:
                continue
            record.biography = record.biography or (
                info["biography"].text or "" if "biography" in info else ""
            )
            record.extended = record.extended or (
                info["extended_biography"].text or "" if "extended_biography" in info else ""
            )

    def _person(
        self, element: ET.Element, name: str, path: Callable[[int], str], position: int
    ) -> _Person | None:
        """The presenter an element names, registering it (and its ids) on first sight.

        *path* (of *position*) names the element in a warning.
        """
        person_id = (element.get("id") or "").strip()
        guid = (element.get("guid") or "").strip()
        key: str | None = None
        if guid:
            key = self.aliases.get("g:" + guid)
        if key is None and person_id:
            key = self.aliases.get("i:" + person_id)
        if key is None:
            key = guid or person_id or _slug(name)
            if not key:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core", "skipped a person with neither id nor name at {where}"
                    ).format(where=path(position))
                )
                return None
            record = self.people.get(key)
            if record is None:
                record = self.people[key] = _Person(key, name)
        else:
            record = self.people[key]
        if guid:
            self.aliases.setdefault("g:" + guid, key)
        if person_id:
            self.aliases.setdefault("i:" + person_id, key)
        if not record.name:
            record.name = name
        return record

    def _presenters(self) -> Iterable[Presenter]:
        for record in self.people.values():
            if not record.name:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core", "presenter {key!r} has no name; named after the key"
                    ).format(key=record.key)
                )
            bio = html_to_markdown(record.biography)
            extended = html_to_markdown(record.extended)
            if extended and extended != bio:
                bio = f"{bio}\n\n{extended}" if bio else extended
            yield Presenter(id=record.key, name=record.name or record.key, bio=bio)

    # -- days, rooms, events ---------------------------------------------
    def _day(self, day: _Day) -> Iterable[Session]:
        room_position = 0
        for room in day.element:
            if room.tag != "room":
                continue
            room_position += 1
            room_name = (room.get("name") or "").strip()
            if room_name:
                self.rooms.setdefault(room_name, None)
            event_position = 0
            for event in room:
                if event.tag != "event":
                    continue
                event_position += 1
                yield self._event(_Where(day, room_name, room_position, event, event_position))

    def _event(self, where: _Where) -> Session:
        event = where.event
        fields = _children(event)
        title = _text(fields.get("title"))
        if not title:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the event has no title").message(),
                path=where.path("title"),
            )
        location = where.room or _text(fields.get("room"))
        if location:
            self.rooms.setdefault(location, None)
        start, zone_name = self._start(where, fields)
        duration_text = _text(fields.get("duration"))
        if not duration_text:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the event has no duration").message(),
                path=where.path("duration"),
            )
        try:
            end = start + _parse_duration(duration_text)
        except TimeFormatError as exc:
            raise FeedError(message_of(exc), path=where.path("duration")) from None
        except OverflowError:
            end = datetime.max.replace(tzinfo=UTC)
        if end.year > MAX_YEAR:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the event ends after the year {max_year}").format(
                    max_year=MAX_YEAR
                ),
                path=where.path("duration"),
            )
        links, materials = _links(fields.get("links"), fields.get("attachments"))
        online = self.online_rooms.get(location)
        if online is None:
            online = self.online_venue or _ONLINE.search(location) is not None
            self.online_rooms[location] = online
        return Session(
            translations=_lang_variants(event) if self.multilingual else (),
            id=self._key(where, fields, title),
            title=title,
            start=start,
            end=end,
            timezone=zone_name,
            subtitle=_text(fields.get("subtitle")),
            summary=html_to_markdown(_raw(fields.get("abstract"))),
            description=html_to_markdown(_raw(fields.get("description"))),
            kind=_text(fields.get("type")) or "talk",
            track=_text(fields.get("track")),
            format=SessionFormat.VIRTUAL if online else SessionFormat.IN_PERSON,
            location=location,
            presenters=self._event_presenters(where, fields.get("persons")),
            language=_text(fields.get("language")),
            url=_text(fields.get("url")),
            feedback_url=_text(fields.get("feedback_url")),
            links=links,
            materials=materials,
        )

    def _key(self, where: _Where, fields: dict[str, ET.Element], title: str) -> str:
        """guid, else id, else day+start+room+title; repeats get "#2", "#3" in document order."""
        event = where.event
        base = (event.get("guid") or "").strip() or (event.get("id") or "").strip()
        if not base:
            day = where.day.element.get("date") or f"day{where.day.position}"
            base = _slug(f"{day} {_text(fields.get('start'))} {where.room} {title}") or "event"
        key = base
        if key in self.used_keys:
            keys = self.duplicates.setdefault(base, [base])
            number = len(keys) + 1
            key = f"{base}#{number}"
            while key in self.used_keys:
                number += 1
                key = f"{base}#{number}"
            keys.append(key)
        self.used_keys.add(key)
        return key

    def _duplicate_warnings(self) -> None:
        for base, keys in self.duplicates.items():
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core", "{count} events share the id {base!r}; imported each of them, as {keys}"
                ).format(count=len(keys), base=base, keys=", ".join(repr(k) for k in keys))
            )

    def _start(self, where: _Where, fields: dict[str, ET.Element]) -> tuple[datetime, str]:
        """The event's start in UTC and its IANA zone name."""
        date_text = _text(fields.get("date"))
        if date_text:
            dated = self.dated.get(date_text)
            if dated is None:
                try:
                    value = _parse_datetime(date_text)
                except TimeFormatError as exc:
                    raise FeedError(message_of(exc), path=where.path("date")) from None
                offset = value.utcoffset()
                if offset is None:
                    return self._localize(value, where, "date"), self._zone_name(where, "date")
                start = value.astimezone(UTC)
                # Whether the inferred zone disagrees, asked once per distinct <date>.
                contradicts = (
                    self.zone_name is not None
                    and bool(self.inferred_from)
                    and start.astimezone(self.zone).utcoffset() != offset
                )
                dated = self.dated[date_text] = (start, offset, contradicts)
            start, offset, contradicts = dated
            if self.zone_name is not None:
                if contradicts:
                    self.contradicted = True
                return start, self.zone_name
            self.offsets[offset] += 1
            return start, _offset_zone(offset)
        start_text = _text(fields.get("start"))
        if not start_text:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the event has neither <date> nor <start>").message(),
                path=where.path("start"),
            )
        try:
            hours, minutes, seconds = _parse_clock(start_text)
        except TimeFormatError as exc:
            raise FeedError(message_of(exc), path=where.path("start")) from None
        day_date = where.day.calendar_date()
        extra_days, hours = divmod(hours, 24)
        local = datetime.combine(day_date, time(hours, minutes, seconds))
        zone_name = self._zone_name(where, "start")
        assert self.zone is not None  # _zone_name refuses otherwise
        day_start = where.day.start_instant()
        if extra_days:
            local += timedelta(days=extra_days)
        elif day_start is not None:
            # The schedule day runs from its start attribute (e.g. 06:00) to the
            # next morning: a 01:00 event belongs to the next calendar date.
            if local.replace(tzinfo=self.zone) < day_start:
                local += timedelta(days=1)
        elif self.day_change is not None and (hours, minutes, seconds) < self.day_change:
            local += timedelta(days=1)
        return self._localize(local, where, "start"), zone_name

    def _zone_name(self, where: _Where, child: str) -> str:
        if self.zone_name is None:
            because = f" {self.not_inferred}" if self.not_inferred else ""
            why = QT_TRANSLATE_NOOP(
                "core",
                "the feed gives local times but names no time zone (no <time_zone_name>{because})",
            ).format(because=because)
            example = self.candidates[0] if self.candidates else "Europe/Brussels"
            raise MissingTimezoneError(
                QT_TRANSLATE_NOOP(
                    "core", "{why}; choose the event's time zone, e.g. {example}, and import again"
                ).format(why=why, example=example),
                path=where.path(child),
                why=why,
                candidates=self.candidates,
            )
        return self.zone_name

    def _localize(self, local: datetime, where: _Where, child: str) -> datetime:
        """A naive local time in the conference zone, as an aware UTC instant."""
        self._zone_name(where, child)
        if not MIN_YEAR <= local.year <= MAX_YEAR:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "{local:%Y-%m-%d} is outside the years {min_year}–{max_year}"
                ).format(local=local, min_year=MIN_YEAR, max_year=MAX_YEAR),
                path=where.path(child),
            )
        return local.replace(tzinfo=self.zone).astimezone(UTC)

    def _event_presenters(
        self, where: _Where, persons: ET.Element | None
    ) -> tuple[SessionPresenter, ...]:
        if persons is None:
            return ()
        listed: dict[str, SessionPresenter] = {}
        path = where.person_path
        for position, person in enumerate(persons.iter("person"), start=1):
            record = self._person(person, _text(person), path, position)
            if record is not None and record.key not in listed:
                if record.as_presenter is None:
                    record.as_presenter = SessionPresenter(record.key, PresenterRole.PRESENTER)
                listed[record.key] = record.as_presenter
        return tuple(listed.values())


def _top_person_path(position: int) -> str:
    return f"/schedule/persons/person[{position}]"


#: ``xml:lang``, as ElementTree names it.
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: An event's fields that may come in several languages (``xml:lang``), as Session names them.
_LANG_FIELDS = {
    "title": "title",
    "subtitle": "subtitle",
    "abstract": "summary",
    "description": "description",
    "track": "track",
}


def _lang_variants(event: ET.Element) -> Translations:
    """The event's fields given more than once with ``xml:lang`` (issue 17), in document order.

    The first element of each field is its default text, as before; an element without
    ``xml:lang`` adds no language. One pass over the event's children.
    """
    found: list[Translation] = []
    for child in event:
        lang = child.get(_XML_LANG)
        name = _LANG_FIELDS.get(child.tag) if lang else None
        if name is None or lang is None or LANGUAGE_TAG.match(lang) is None:
            continue
        text = child.text or ""
        if name in ("summary", "description"):
            text = html_to_markdown(_raw(child))
        found.append(Translation(name, lang, text.strip()))
    return tuple(found)


def _raw(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def _links(
    links: ET.Element | None, attachments: ET.Element | None
) -> tuple[tuple[Link, ...], tuple[Material, ...]]:
    """``<link href>`` and ``<attachment href>`` in feed order (entries without href
    skipped), and the materials they make: ``materials_from_links`` of those links,
    made in the same loop (each URL once, first wins)."""
    if links is None and attachments is None:
        return (), ()
    found: list[Link] = []
    materials: list[Material] = []
    seen: set[str] = set()
    for container, tag, default_kind in (
        (links, "link", "link"),
        (attachments, "attachment", "attachment"),
    ):
        if container is None:
            continue
        for item in container.iter(tag):
            href = (item.get("href") or "").strip()
            if href:
                kind = (item.get("type") or "").strip() or default_kind
                title = _text(item)
                found.append(Link(url=href, title=title, kind=kind))
                if href not in seen:  # href and title are stripped already
                    seen.add(href)
                    materials.append(Material(material_kind(href, title, kind), title, href))
    return tuple(found), tuple(materials)
