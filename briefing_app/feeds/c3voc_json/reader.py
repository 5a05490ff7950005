"""c3voc schedule JSON: one walk over the document (conference, days, rooms, events) into a Feed."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from briefing_app.errors import FeedError
from briefing_app.feeds.c3voc_json.times import (
    JSONObject,
    _offset_text,
    _offset_zone,
    _start,
)
from briefing_app.feeds.htmltext import html_to_markdown
from briefing_app.feeds.materials import materials_from_links
from briefing_app.feeds.messages import json_type
from briefing_app.feeds.model import (
    Feed,
    Link,
    Presenter,
    PresenterRole,
    Series,
    Session,
    SessionFormat,
    SessionPresenter,
    Translation,
    Translations,
)
from briefing_app.feeds.multilingual import check_map, default_text
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, message_of
from briefing_app.util.timeutil import MAX_YEAR, TimeFormatError, parse_instant, zone

FORMAT_NAME = "c3voc-json"

# -- small helpers -------------------------------------------------------------


def _key_path(parent: str, key: str) -> str:
    """``$.a`` + ``b`` -> ``$.a.b``; names that are not identifiers go in ``["..."]``."""
    if key.isidentifier():
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


def _slug(text: str) -> str:
    """A stable, readable key from a name; a hash when nothing readable is left."""
    slug = re.sub(r"\W+", "-", text.casefold()).strip("-_")
    if slug:
        return slug[:80]
    return "h-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


_DURATION = re.compile(r"(\d{1,6}):([0-5]\d)(?::([0-5]\d))?")
_VIRTUAL_WORDS = re.compile(r"\b(?:online|virtual)\b", re.IGNORECASE)
#: Room types (schema ``Room.type``) that are not a place one walks into.
_VIRTUAL_ROOM_TYPES = frozenset({"online", "bbb"})


# -- the reader ----------------------------------------------------------------
class _Reader:
    """Walks the document once, checking what it uses and building dataclasses."""

    def __init__(self, document: Any, default_zone: str | None) -> None:
        self.doc = document
        self.default_zone = default_zone
        self.warnings: list[str] = []
        self.base_url = ""
        self.zone_name: str | None = None  # conference zone, else default zone
        self.room_types: dict[str, str] = {}
        # person key -> [name, bio]
        self.people: dict[str, list[str]] = {}
        # person key -> their biography's languages (pretalx's multilingual fields)
        self.bios: dict[str, Translations] = {}
        self.keys_used: set[str] = set()
        # base key -> [(path, key given), ...] in document order
        self.key_paths: dict[str, list[tuple[str, str]]] = {}
        self.offsets: Counter[timedelta] = Counter()
        self.mismatches: list[tuple[str, timedelta]] = []

    # -- typed access ------------------------------------------------------
    def _object(self, value: Any, path: str, what: str) -> JSONObject:
        if not isinstance(value, dict):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected {what} (a JSON object), got {kind}").format(
                    what=what, kind=json_type(value)
                ),
                path=path,
            )
        return value

    def _array(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected an array, got {kind}").format(
                    kind=json_type(value)
                ),
                path=path,
            )
        return value

    def _required(self, obj: JSONObject, key: str, path: str) -> Any:
        value = obj.get(key)
        if value is None:
            state = (
                QT_TRANSLATE_NOOP("core", "is null").message()
                if key in obj
                else QT_TRANSLATE_NOOP("core", "is missing").message()
            )
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "required field {key!r} {state}").format(
                    key=key, state=state
                ),
                path=_key_path(path, key),
            )
        return value

    def _text(
        self, obj: JSONObject, key: str, path: str, into: list[Translation] | None = None
    ) -> str:
        """An optional text field: missing or null reads as empty.

        With *into*, the field may be a language map (pretalx's multilingual fields,
        ``{"en": "...", "de": "..."}``): its entries go to *into*, its default is returned.
        """
        value = obj.get(key)
        if value is None:
            return ""
        if into is not None and isinstance(value, dict):
            return _language_map(value, _key_path(path, key), key, into)
        if not isinstance(value, str):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected text or null, got {kind}").format(
                    kind=json_type(value)
                ),
                path=_key_path(path, key),
            )
        return value

    def _name(
        self,
        obj: JSONObject,
        key: str,
        path: str,
        what: str,
        into: list[Translation] | None = None,
    ) -> str:
        """A required, non-blank text field (titles, names); with *into*, see :meth:`_text`."""
        value = self._required(obj, key, path)
        if into is not None and isinstance(value, dict):
            value = _language_map(value, _key_path(path, key), key, into)
        if not isinstance(value, str):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected {what} as text, got {kind}").format(
                    what=what, kind=json_type(value)
                ),
                path=_key_path(path, key),
            )
        if not value.strip():
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "{what} is empty").format(what=what),
                path=_key_path(path, key),
            )
        return value

    def _url(self, url: str) -> str:
        """Resolve a relative URL (frab attachments are ``/system/...``) against ``base_url``."""
        if not url or not self.base_url or url.startswith(("https://", "http://")):
            return url
        try:
            if urlsplit(url).scheme:
                return url
            return urljoin(self.base_url, url)
        except ValueError:  # e.g. a malformed IPv6 host: keep the text as the feed gave it
            return url

    # -- document ----------------------------------------------------------
    def read(self) -> Feed:
        doc = self._object(self.doc, "$", QT_TRANSLATE_NOOP("core", "the c3voc schedule"))
        schedule = self._object(self._required(doc, "schedule", "$"), "$.schedule", "a schedule")
        conference = self._object(
            self._required(schedule, "conference", "$.schedule"),
            "$.schedule.conference",
            "a conference",
        )
        self.base_url = self._text(schedule, "base_url", "$.schedule")
        if "rooms" in schedule:
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "ignored $.schedule.rooms: the room list belongs in "
                    "$.schedule.conference.rooms",
                ).message()
            )
        series = self._series(conference)
        rooms = self._declared_rooms(conference)
        sessions = self._sessions(conference, rooms)
        if self.zone_name is None and self.offsets:
            # Offsets only: the series shows its most common offset.
            common = max(self.offsets.items(), key=lambda pair: pair[1])[0]
            series = replace(series, timezone=_offset_zone(common))
        self._zone_warnings()
        self._duplicate_warnings()
        presenters = tuple(
            Presenter(id=key, name=name, bio=bio, translations=self.bios.get(key, ()))
            for key, (name, bio) in self.people.items()
        )
        return Feed(
            format=FORMAT_NAME,
            series=series,
            sessions=tuple(sessions),
            presenters=presenters,
            rooms=tuple(name for name in rooms if name),
            warnings=tuple(self.warnings),
        )

    def _series(self, conference: JSONObject) -> Series:
        path = "$.schedule.conference"
        found: list[Translation] = []
        title = self._name(
            conference, "title", path, QT_TRANSLATE_NOOP("core", "the conference title"), found
        )
        acronym = self._text(conference, "acronym", path).strip()
        zone_name = self._text(conference, "time_zone_name", path).strip()
        if zone_name:
            try:
                zone(zone_name)
            except TimeFormatError:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "ignored the unknown time zone {zone_name!r} at {path}.time_zone_name",
                    ).format(zone_name=zone_name, path=path)
                )
                zone_name = ""
        self.zone_name = zone_name or self.default_zone
        url = self._text(conference, "url", path) or self.base_url
        return Series(
            id=acronym or _slug(title),
            title=title,
            # Offsets-only feeds get their zone once the events are read.
            timezone=self.zone_name or "UTC",
            description=html_to_markdown(self._text(conference, "description", path, found)),
            url=url,
            translations=_fields_named(found, {}),
        )

    def _declared_rooms(self, conference: JSONObject) -> dict[str, None]:
        """Rooms in ``conference.rooms``, in order (an ordered set)."""
        rooms: dict[str, None] = {}
        listed = conference.get("rooms")
        if listed is None:
            return rooms
        path = "$.schedule.conference.rooms"
        for index, item in enumerate(self._array(listed, path)):
            room = self._object(item, f"{path}[{index}]", "a room")
            name = self._name(
                room, "name", f"{path}[{index}]", QT_TRANSLATE_NOOP("core", "the room name")
            )
            rooms[name] = None
            kind = room.get("type")
            if isinstance(kind, str):
                self.room_types[name] = kind.lower()
        return rooms

    # -- events ------------------------------------------------------------
    def _sessions(self, conference: JSONObject, rooms: dict[str, None]) -> list[Session]:
        base = "$.schedule.conference"
        days = self._array(self._required(conference, "days", base), f"{base}.days")
        sessions: list[Session] = []
        for day_index, day_value in enumerate(days):
            day_path = f"{base}.days[{day_index}]"
            day = self._object(day_value, day_path, "a day")
            day_rooms = day.get("rooms")
            if day_rooms is None:
                continue
            day_rooms = self._object(
                day_rooms, f"{day_path}.rooms", QT_TRANSLATE_NOOP("core", "rooms by name")
            )
            for room, events in day_rooms.items():
                room_path = f"{day_path}.rooms[{json.dumps(room, ensure_ascii=False)}]"
                rooms.setdefault(room, None)
                for index, event in enumerate(self._array(events, room_path)):
                    path = f"{room_path}[{index}]"
                    item = self._object(
                        event, path, QT_TRANSLATE_NOOP("core", "an event").message()
                    )
                    sessions.append(self._session(item, path, room, day, day_path))
        return sessions

    def _session(
        self, event: JSONObject, path: str, room: str, day: JSONObject, day_path: str
    ) -> Session:
        found: list[Translation] = []
        title = self._name(
            event, "title", path, QT_TRANSLATE_NOOP("core", "the event title"), found
        )
        start, offset = _start(event, path, day, day_path, self.zone_name)
        end = self._end(event, path, start)
        self.offsets[offset] += 1
        if self.zone_name is not None:
            zone_name = self.zone_name
            if start.astimezone(zone(zone_name)).utcoffset() != offset:
                self.mismatches.append((f"{path}.date", offset))
        else:
            zone_name = _offset_zone(offset)
        kind = self._text(event, "type", path).strip() or "talk"
        virtual = (
            self.room_types.get(room) in _VIRTUAL_ROOM_TYPES
            or _VIRTUAL_WORDS.search(room) is not None
            or _VIRTUAL_WORDS.search(kind) is not None
        )
        return Session(
            id=self._key(event, path, day, room, title),
            title=title,
            start=start,
            end=end,
            timezone=zone_name,
            subtitle=self._text(event, "subtitle", path, found).strip(),
            summary=html_to_markdown(self._text(event, "abstract", path, found)),
            description=html_to_markdown(self._text(event, "description", path, found)),
            kind=kind,
            track=self._text(event, "track", path, found).strip(),
            translations=_fields_named(found, {"abstract": "summary"}),
            format=SessionFormat.VIRTUAL if virtual else SessionFormat.IN_PERSON,
            location=room,
            presenters=self._presenters(event, path),
            language=self._text(event, "language", path).strip(),
            url=self._url(self._text(event, "url", path).strip()),
            feedback_url=self._url(self._text(event, "feedback_url", path).strip()),
            links=(
                links := self._links(event, "links", path, "link")
                + self._links(event, "attachments", path, "attachment")
            ),
            materials=materials_from_links(links),
        )

    def _key(self, event: JSONObject, path: str, day: JSONObject, room: str, title: str) -> str:
        """guid, else id, else a hash of day+room+start+title; repeats get ``#2``, ``#3``."""
        guid = event.get("guid")
        if guid is not None and not isinstance(guid, str):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected the guid as text, got {kind}").format(
                    kind=json_type(guid)
                ),
                path=f"{path}.guid",
            )
        event_id = event.get("id")
        if event_id is not None and (isinstance(event_id, bool) or not isinstance(event_id, int)):
            # frab and pretalx number their events; a string here means a
            # generator that does not follow the format, so say so rather than guess.
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected the event id as an integer, got {kind}").format(
                    kind=json_type(event_id)
                ),
                path=f"{path}.id",
            )
        if guid and guid.strip():
            base = guid.strip()
        elif event_id is not None:
            base = str(event_id)
        else:
            parts = [
                str(day.get("date")),
                room,
                str(event.get("date") or event.get("start")),
                title,
            ]
            digest = hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogatepass"))
            base = "event-" + digest.hexdigest()[:16]
        key, number = base, 1
        while key in self.keys_used:
            number += 1
            key = f"{base}#{number}"
        self.keys_used.add(key)
        self.key_paths.setdefault(base, []).append((path, key))
        return key

    def _end(self, event: JSONObject, path: str, start: datetime) -> datetime:
        """From ``end`` when given (the schema's newer field), else ``start + duration``."""
        value = event.get("end")
        if value is not None:
            if not isinstance(value, str):
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "expected the date and time as text, got {kind}"
                    ).format(kind=json_type(value)),
                    path=f"{path}.end",
                )
            try:
                end = parse_instant(value)
            except TimeFormatError as exc:
                raise FeedError(message_of(exc), path=f"{path}.end") from exc
            if end < start:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "the event ends ({value}) before it starts").format(
                        value=value
                    ),
                    path=f"{path}.end",
                )
            return end
        duration = self._required(event, "duration", path)
        found = _DURATION.fullmatch(duration.strip()) if isinstance(duration, str) else None
        if found is None:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "expected a duration like 00:45 (hours:minutes), got {kind}"
                ).format(kind=json_type(duration)),
                path=f"{path}.duration",
            )
        hours, minutes, seconds = found.groups()
        length = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
        try:
            end = start + length
        except OverflowError:
            end = datetime.max.replace(tzinfo=UTC)
        if end.year > MAX_YEAR:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "the duration {duration!r} ends after the year {max_year}"
                ).format(duration=duration, max_year=MAX_YEAR),
                path=f"{path}.duration",
            )
        return end

    def _presenters(self, event: JSONObject, path: str) -> tuple[SessionPresenter, ...]:
        persons = event.get("persons")
        if persons is None:
            return ()
        listed: dict[str, None] = {}
        for index, value in enumerate(self._array(persons, f"{path}.persons")):
            person_path = f"{path}.persons[{index}]"
            person = self._object(value, person_path, "a person")
            key = self._person_key(person, person_path)
            if key in listed:
                continue  # the same person twice on one event
            listed[key] = None
            found: list[Translation] = []
            bio = html_to_markdown(self._text(person, "biography", person_path, found))
            known = self.people.get(key)
            if known is None:
                self.people[key] = [self._person_name(person, person_path), bio]
            elif bio and not known[1]:
                known[1] = bio
            if found and key not in self.bios:
                self.bios[key] = _fields_named(found, {"biography": "bio"})
        return tuple(SessionPresenter(key, PresenterRole.PRESENTER) for key in listed)

    def _person_name(self, person: JSONObject, path: str) -> str:
        for field in ("name", "public_name"):
            value = person.get(field)
            if isinstance(value, str) and value.strip():
                return value.strip()
            if value is not None and not isinstance(value, str):
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "expected the name as text, got {kind}").format(
                        kind=json_type(value)
                    ),
                    path=f"{path}.{field}",
                )
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "the person has no 'name' or 'public_name'").message(),
            path=f"{path}.public_name",
        )

    def _person_key(self, person: JSONObject, path: str) -> str:
        """guid, else id, else pretalx's code, else a slug of the name."""
        guid = person.get("guid")
        if guid is not None and not isinstance(guid, str):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "expected the guid as text, got {kind}").format(
                    kind=json_type(guid)
                ),
                path=f"{path}.guid",
            )
        if guid and guid.strip():
            return guid.strip()
        person_id = person.get("id")
        if person_id is not None:
            if isinstance(person_id, bool) or not isinstance(person_id, int):
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "expected the person id as an integer, got {kind}"
                    ).format(kind=json_type(person_id)),
                    path=f"{path}.id",
                )
            return str(person_id)
        code = person.get("code")
        if isinstance(code, str) and code.strip():
            return "code-" + code.strip()
        return "name-" + _slug(self._person_name(person, path))

    def _links(self, event: JSONObject, key: str, path: str, kind: str) -> tuple[Link, ...]:
        values = event.get(key)
        if values is None:
            return ()
        links: list[Link] = []
        for index, value in enumerate(self._array(values, f"{path}.{key}")):
            item_path = f"{path}.{key}[{index}]"
            if isinstance(value, str):  # some generators write bare URLs
                url, title, link_kind = value, "", kind
            else:
                item = self._object(value, item_path, f"a {kind}")
                url = self._text(item, "url", item_path)
                title = self._text(item, "title", item_path).strip()
                link_kind = self._text(item, "type", item_path).strip() or kind
            url = url.strip()
            if url:
                links.append(Link(url=self._url(url), title=title, kind=link_kind))
        return tuple(links)

    # -- warnings ----------------------------------------------------------
    def _zone_warnings(self) -> None:
        if self.zone_name is None and self.offsets:
            offsets = ", ".join(_offset_text(offset) for offset in self.offsets)
            zones = ", ".join(sorted({_offset_zone(offset) for offset in self.offsets}))
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the feed names no time zone, only UTC offsets ({offsets}); local "
                    "times are shown in {zones} (fixed offsets without daylight saving "
                    "time; UTC for an offset that is not a whole hour). Choose the event's "
                    "time zone to fix this.",
                ).format(offsets=offsets, zones=zones)
            )
        if self.mismatches:
            first_path, first_offset = self.mismatches[0]
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{count} event time(s) carry a UTC offset that does not match the time zone "
                    "{zone} (first: {offset} at {path}); the instants follow the offsets, "
                    "local times are shown in {zone}",
                ).format(
                    count=len(self.mismatches),
                    zone=self.zone_name,
                    offset=_offset_text(first_offset),
                    path=first_path,
                )
            )

    def _duplicate_warnings(self) -> None:
        for base, uses in self.key_paths.items():
            if len(uses) > 1:
                where = ", ".join(path for path, _key in uses)
                keys = ", ".join(repr(key) for _path, key in uses)
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{count} events share the key {base!r} ({where}); "
                        "imported each of them, as {keys}",
                    ).format(count=len(uses), base=base, where=where, keys=keys)
                )


#: The fields whose texts are HTML in c3voc and pretalx feeds (Markdown once read).
_HTML_FIELDS = frozenset({"abstract", "description", "biography"})


def _language_map(value: JSONObject, path: str, key: str, into: list[Translation]) -> str:
    """A multilingual field (pretalx): its entries into *into* (as *key*), its default text.

    A language without a text (``null``, pretalx's untranslated field) is left out.
    """
    entries = check_map({tag: text for tag, text in value.items() if text is not None}, path)
    into.extend(Translation(key, tag, text) for tag, text in entries if text)
    return default_text(entries)


def _fields_named(found: list[Translation], renamed: dict[str, str]) -> Translations:
    """*found* under the record's field names (``abstract`` -> ``summary``), its HTML as
    Markdown and its lines stripped, as the record's own texts are."""
    return tuple(
        Translation(
            renamed.get(t.field, t.field),
            t.language,
            html_to_markdown(t.text) if t.field in _HTML_FIELDS else t.text.strip(),
        )
        for t in found
    )
