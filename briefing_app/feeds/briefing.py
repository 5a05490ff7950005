"""Our own briefing feed format, version 3 (JSON). See ``docs/feed-format.md``.

Reading happens in three passes, each naming the JSON path of what it refuses:
decode (bytes to JSON), validate against the shipped JSON Schema (shape and
types), then check what a schema cannot say (unique ids, references between
objects, time zones, end after start) while building the dataclasses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from briefing_app.errors import FeedError
from briefing_app.feeds.materials import checked_checksum, checked_size, merge_materials
from briefing_app.feeds.messages import decode_json, json_type, shorten
from briefing_app.feeds.model import (
    CaseStudy,
    Feed,
    Link,
    Material,
    MaterialKind,
    Organization,
    OrganizationKind,
    Presenter,
    PresenterRole,
    Series,
    Session,
    SessionFormat,
    SessionPresenter,
    SessionStatus,
)
from briefing_app.feeds.multilingual import BRIEFING_TEXT_FIELDS, split_texts
from briefing_app.feeds.sanitize import sanitize_feed
from briefing_app.platform.resources_util import BRIEFING_FEED_SCHEMA, read_resource_bytes
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, joined, message_of
from briefing_app.util.multilingual import LANGUAGE_TAG
from briefing_app.util.timeutil import TimeFormatError, parse_instant, zone

if TYPE_CHECKING:
    import fastjsonschema

FORMAT_NAME = "briefing-feed"
#: The version this app writes and the newest it reads (2 added session materials,
#: 3 language maps: any human text as ``{"en": "...", "fr": "..."}``; 4 a session's kind too).
FORMAT_VERSION = 4
#: Every version this app reads.
SUPPORTED_VERSIONS = (1, 2, 3, 4)

JSONObject = Mapping[str, Any]

# Enum members by value: a dict lookup per session instead of Enum.__call__
# (the schema has already checked every value is one of these).
_ROLES = {member.value: member for member in PresenterRole}
_FORMATS = {member.value: member for member in SessionFormat}
_STATUSES = {member.value: member for member in SessionStatus}
_KINDS = {member.value: member for member in MaterialKind}
_SESSION_TEXTS = BRIEFING_TEXT_FIELDS["session"]


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema shipped in ``resources/`` (parsed once)."""
    loaded: dict[str, Any] = json.loads(read_resource_bytes(BRIEFING_FEED_SCHEMA))
    return loaded


@lru_cache(maxsize=1)
def _validator() -> Callable[[Any], Any]:
    # fastjsonschema compiles the schema to Python once; it validates a
    # 10,000-session feed about 20x faster than the jsonschema package. Imported here:
    # the bundled sample (parse_bundled, every new data folder) is not validated.
    import fastjsonschema

    return fastjsonschema.compile(schema())


def looks_like_briefing_feed(document: object) -> bool:
    """True when a decoded JSON document declares itself a briefing feed."""
    return isinstance(document, dict) and document.get("format") == FORMAT_NAME


def parse(data: bytes) -> Feed:
    """Parse a briefing feed from raw bytes."""
    warnings: list[str] = []
    document = decode_json(data, warnings)
    return parse_document(document, warnings)


def parse_document(document: Any, warnings: Iterable[str] = ()) -> Feed:
    """Validate a decoded JSON document and build the feed dataclasses.

    *warnings* are the decoder's (texts it cleaned), reported first.
    """
    if not isinstance(document, dict):
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "expected a JSON object at the top level, got {kind}").format(
                kind=json_type(document)
            ),
            path="$",
        )
    if document.get("format") == FORMAT_NAME and document.get("version") not in (
        *SUPPORTED_VERSIONS,
        None,
    ):
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core",
                "briefing feed version {version!r} is not supported (this app reads "
                "versions 1 to {format_version}); update the app",
            ).format(version=document.get("version"), format_version=FORMAT_VERSION),
            path="$.version",
        )
    _validate(document)
    return sanitize_feed(_Builder(document).build(), warnings)


def parse_bundled(data: bytes) -> Feed:
    """The app's own bundled feed (the sample series), as :func:`parse` gives it.

    Not checked against the JSON Schema: compiling the validator costs a process
    60 ms, and a new user's first start (every new data folder) loads the sample.
    ``tests/feeds/test_briefing.py`` checks the bundled file against the schema.
    """
    warnings: list[str] = []
    return sanitize_feed(_Builder(decode_json(data, warnings)).build(), warnings)


def _validate(document: JSONObject) -> None:
    import fastjsonschema

    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        raise FeedError(_describe(error), path=_json_path(error.path or [])) from None
    except RecursionError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "the feed is nested too deeply").message()
        ) from exc


def _json_path(parts: Sequence[str]) -> str:
    """``['data', 'sessions', '3', 'start']`` -> ``$.sessions[3].start``."""
    path = "$"
    for part in parts[1:]:
        path += f"[{part}]" if str(part).isdigit() else f".{part}"
    return path


def _describe(error: fastjsonschema.JsonSchemaValueException) -> str:
    """Say what was expected in words, not in schema keywords."""
    instance = error.value
    shown = shorten(json.dumps(instance, ensure_ascii=False)) if _is_json(instance) else "?"
    definition = error.definition if isinstance(error.definition, dict) else {}
    expected: Any = error.rule_definition
    match error.rule:
        case "type":
            words = _type_words(expected)
            if isinstance(expected, list) and sorted(expected) == ["object", "string"]:
                # a text that may be a language map
                return QT_TRANSLATE_NOOP(
                    "core", "expected {type_words} (a language map), got {kind}"
                ).format(type_words=words, kind=json_type(instance))
            return QT_TRANSLATE_NOOP("core", "expected {type_words}, got {kind}").format(
                type_words=words, kind=json_type(instance)
            )
        case "pattern" | "format":
            words = definition.get("description") or QT_TRANSLATE_NOOP(
                "core", "text matching {expected}"
            ).format(expected=expected)
            return QT_TRANSLATE_NOOP("core", "expected {words}, got {shown}").format(
                words=words, shown=shown
            )
        case "enum":
            options = ", ".join(json.dumps(v) for v in expected)
            return QT_TRANSLATE_NOOP("core", "expected one of {options}, got {shown}").format(
                options=options, shown=shown
            )
        case "const":
            return QT_TRANSLATE_NOOP("core", "expected {expected}, got {shown}").format(
                expected=json.dumps(expected), shown=shown
            )
        case "required":
            missing = [
                key for key in expected if not isinstance(instance, dict) or key not in instance
            ]
            return QT_TRANSLATE_NOOP("core", "required field {names} is missing").format(
                names=", ".join(repr(k) for k in missing)
            )
        case "additionalProperties":
            allowed = set(definition.get("properties", {}))
            extra = (
                sorted(k for k in instance if k not in allowed)
                if isinstance(instance, dict)
                else []
            )
            return QT_TRANSLATE_NOOP("core", "unknown field {names}").format(
                names=", ".join(repr(k) for k in extra)
            )
        case "minLength":
            return QT_TRANSLATE_NOOP("core", "expected a non-empty string, got {shown}").format(
                shown=shown
            )
        case "maxLength":
            return QT_TRANSLATE_NOOP(
                "core", "text too long (at most {expected} characters)"
            ).format(expected=expected)
        case "minProperties":  # only language maps have it
            return QT_TRANSLATE_NOOP(
                "core",
                'expected a text or a language map such as {{"en": "...", "fr": "..."}}, '
                "got an empty object",
            ).message()
        case "propertyNames":
            tags = (
                [k for k in instance if not LANGUAGE_TAG.match(str(k))]
                if isinstance(instance, dict)
                else []
            )
            named = ", ".join(repr(k) for k in tags) or shown
            return QT_TRANSLATE_NOOP(
                "core", "{named} is not a language tag (BCP 47, such as en, fr or fr-CA)"
            ).format(named=named)
        case "maxProperties":
            return QT_TRANSLATE_NOOP(
                "core", "a language map has at most {expected} languages"
            ).format(expected=expected)
        case "uniqueItems":
            return QT_TRANSLATE_NOOP(
                "core", "expected unique items, got duplicates in {shown}"
            ).format(shown=shown)
        case _:
            return error.message.replace("data", "value", 1)


def _type_words(value: str | Sequence[str]) -> str:
    names = [value] if isinstance(value, str) else list(value)
    words = {
        "string": QT_TRANSLATE_NOOP("core", "a string"),
        "object": QT_TRANSLATE_NOOP("core", "an object"),
        "array": QT_TRANSLATE_NOOP("core", "an array"),
        "integer": QT_TRANSLATE_NOOP("core", "an integer"),
        "number": QT_TRANSLATE_NOOP("core", "a number"),
        "boolean": QT_TRANSLATE_NOOP("core", "true or false"),
        "null": "null",
    }
    said: list[str] = [words.get(name, name) for name in names]
    if len(said) == 1:
        return said[0]
    return QT_TRANSLATE_NOOP("core", "{some} or {last}").format(
        some=joined(", ", said[:-1]), last=said[-1]
    )


def _is_json(value: object) -> bool:
    return isinstance(value, str | int | float | bool | list | dict) or value is None


class _Builder:
    """Second pass: cross-object checks while building dataclasses."""

    def __init__(self, document: JSONObject) -> None:
        self.doc = document

    def build(self) -> Feed:
        organizations = tuple(self._organizations())
        org_ids = {org.id for org in organizations}
        presenters = tuple(self._presenters(org_ids))
        presenter_ids = {p.id for p in presenters}
        series = self._series(org_ids)
        case_study_ids = self._ids("case_studies", QT_TRANSLATE_NOOP("core", "case study"))
        session_ids = self._ids("sessions", QT_TRANSLATE_NOOP("core", "session"))
        sessions = tuple(
            self._sessions(series.timezone, presenter_ids, org_ids, set(case_study_ids))
        )
        case_studies = tuple(self._case_studies(org_ids, presenter_ids, set(session_ids)))
        updated = self._instant(self.doc.get("updated"), "$.updated")
        return Feed(
            format=FORMAT_NAME,
            series=series,
            sessions=sessions,
            presenters=presenters,
            organizations=organizations,
            case_studies=case_studies,
            updated=updated,
        )

    # -- helpers ---------------------------------------------------------
    def _ids(self, key: str, noun: str) -> list[str]:
        """Ids of the items under *key*, refusing duplicates with both paths."""
        first_seen: dict[str, int] = {}
        ids: list[str] = []
        for index, item in enumerate(self.doc.get(key, ())):
            item_id = item["id"]
            if item_id in first_seen:
                first = f"$.{key}[{first_seen[item_id]}]"
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "duplicate {noun} id {item_id!r} (first used at {first})"
                    ).format(noun=noun, item_id=item_id, first=first),
                    path=f"$.{key}[{index}].id",
                )
            first_seen[item_id] = index
            ids.append(item_id)
        return ids

    @staticmethod
    def _check_refs(
        values: Sequence[str], known: set[str], noun: str, path: str
    ) -> tuple[str, ...]:
        if not values:
            return ()
        checked = []
        for index, value in enumerate(values):
            if value not in known:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "refers to unknown {noun} {value!r}").format(
                        noun=noun, value=value
                    ),
                    path=f"{path}[{index}]",
                )
            checked.append(value)
        return tuple(checked)

    @staticmethod
    def _instant(value: str | None, path: str) -> datetime | None:
        if value is None:
            return None
        try:
            return parse_instant(value)
        except TimeFormatError as exc:
            raise FeedError(message_of(exc), path=path) from exc

    @staticmethod
    def _zone(value: str, path: str) -> str:
        try:
            zone(value)
        except TimeFormatError as exc:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "{exc} (expected an IANA name such as America/Toronto)"
                ).format(exc=exc),
                path=path,
            ) from exc
        return value

    @staticmethod
    def _links(items: Iterable[JSONObject]) -> tuple[Link, ...]:
        return tuple(
            Link(url=item["url"], title=item.get("title", ""), kind=item.get("type", ""))
            for item in items
        )

    @staticmethod
    def _materials(
        items: Iterable[JSONObject], links: Iterable[Link], path: str = "$"
    ) -> tuple[Material, ...]:
        """The session's ``materials`` (version 2), then its links as materials."""
        explicit = []
        for index, item in enumerate(items):
            item, texts = split_texts(item, ("title",), f"{path}.materials[{index}]")
            explicit.append(
                Material(
                    kind=_KINDS[item["kind"]],
                    title=item["title"].strip(),
                    url=item["url"].strip(),
                    size=checked_size(item.get("size")),
                    checksum=checked_checksum(item.get("checksum", "")),
                    language=item.get("language", ""),
                    translations=tuple(replace(t, text=t.text.strip()) for t in texts),
                )
            )
        return merge_materials(explicit, links)

    # -- sections --------------------------------------------------------
    def _organizations(self) -> Iterable[Organization]:
        self._ids("organizations", QT_TRANSLATE_NOOP("core", "organization"))
        for index, item in enumerate(self.doc.get("organizations", ())):
            item, texts = split_texts(
                item, BRIEFING_TEXT_FIELDS["organization"], f"$.organizations[{index}]"
            )
            yield Organization(
                id=item["id"],
                name=item["name"],
                kinds=tuple(OrganizationKind(kind) for kind in item.get("kinds", ())),
                url=item.get("url", ""),
                description=item.get("description", ""),
                logo_url=item.get("logo_url", ""),
                translations=texts,
            )

    def _presenters(self, org_ids: set[str]) -> Iterable[Presenter]:
        self._ids("presenters", QT_TRANSLATE_NOOP("core", "presenter"))
        for index, item in enumerate(self.doc.get("presenters", ())):
            item, texts = split_texts(
                item, BRIEFING_TEXT_FIELDS["presenter"], f"$.presenters[{index}]"
            )
            org = item.get("organization")
            if org is not None and org not in org_ids:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "refers to unknown organization {org!r}").format(
                        org=org
                    ),
                    path=f"$.presenters[{index}].organization",
                )
            yield Presenter(
                id=item["id"],
                name=item["name"],
                title=item.get("title", ""),
                organization_id=org,
                bio=item.get("bio", ""),
                photo_url=item.get("photo_url", ""),
                links=self._links(item.get("links", ())),
                translations=texts,
            )

    def _series(self, org_ids: set[str]) -> Series:
        item, texts = split_texts(self.doc["series"], BRIEFING_TEXT_FIELDS["series"], "$.series")
        refs = {
            key: self._check_refs(
                item.get(key, ()),
                org_ids,
                QT_TRANSLATE_NOOP("core", "organization"),
                f"$.series.{key}",
            )
            for key in ("organizers", "partners", "sponsors")
        }
        return Series(
            id=item["id"],
            title=item["title"],
            timezone=self._zone(item["timezone"], "$.series.timezone"),
            subtitle=item.get("subtitle", ""),
            description=item.get("description", ""),
            url=item.get("url", ""),
            organizer_ids=refs["organizers"],
            partner_ids=refs["partners"],
            sponsor_ids=refs["sponsors"],
            translations=texts,
        )

    def _sessions(
        self,
        default_zone: str,
        presenter_ids: set[str],
        org_ids: set[str],
        case_study_ids: set[str],
    ) -> Iterable[Session]:
        for index, item in enumerate(self.doc.get("sessions", ())):
            path = f"$.sessions[{index}]"
            item, texts = split_texts(item, _SESSION_TEXTS, path)
            start = self._instant(item["start"], f"{path}.start")
            end = self._instant(item["end"], f"{path}.end")
            assert start is not None and end is not None  # required by the schema
            if end < start:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "the session ends ({end}) before it starts ({start})"
                    ).format(end=item["end"], start=item["start"]),
                    path=f"{path}.end",
                )
            zone_name = (
                self._zone(item["timezone"], f"{path}.timezone")
                if "timezone" in item
                else default_zone
            )
            presenters = []
            listed: set[str] = set()
            for p_index, entry in enumerate(item.get("presenters", ())):
                if entry["id"] not in presenter_ids:
                    raise FeedError(
                        QT_TRANSLATE_NOOP("core", "refers to unknown presenter {id!r}").format(
                            id=entry["id"]
                        ),
                        path=f"{path}.presenters[{p_index}].id",
                    )
                if entry["id"] in listed:
                    raise FeedError(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "presenter {id!r} is listed twice in this session (give each person "
                            "one role)",
                        ).format(id=entry["id"]),
                        path=f"{path}.presenters[{p_index}].id",
                    )
                listed.add(entry["id"])
                presenters.append(
                    SessionPresenter(entry["id"], _ROLES[entry.get("role", "presenter")])
                )
            yield Session(
                id=item["id"],
                title=item["title"],
                start=start,
                end=end,
                timezone=zone_name,
                subtitle=item.get("subtitle", ""),
                summary=item.get("summary", ""),
                description=item.get("description", ""),
                kind=item.get("kind", "briefing"),
                track=item.get("track", ""),
                tags=tuple(item.get("tags", ())),
                format=_FORMATS[item.get("format", "virtual")],
                join_url=item.get("join_url", ""),
                location=item.get("location", ""),
                registration_url=item.get("registration_url", ""),
                feedback_url=item.get("feedback_url", ""),
                status=_STATUSES[item.get("status", "scheduled")],
                presenters=tuple(presenters),
                case_study_ids=self._check_refs(
                    item.get("case_studies", ()),
                    case_study_ids,
                    "case study",
                    f"{path}.case_studies",
                ),
                sponsor_ids=self._check_refs(
                    item.get("sponsors", ()),
                    org_ids,
                    QT_TRANSLATE_NOOP("core", "organization"),
                    f"{path}.sponsors",
                ),
                language=item.get("language", ""),
                url=item.get("url", ""),
                links=(links := self._links(item.get("links", ()))),
                materials=self._materials(item.get("materials", ()), links, path),
                updated=self._instant(item.get("updated"), f"{path}.updated"),
                translations=texts,
            )

    def _case_studies(
        self, org_ids: set[str], presenter_ids: set[str], session_ids: set[str]
    ) -> Iterable[CaseStudy]:
        for index, item in enumerate(self.doc.get("case_studies", ())):
            path = f"$.case_studies[{index}]"
            item, texts = split_texts(item, BRIEFING_TEXT_FIELDS["case_study"], path)
            org = item.get("organization")
            if org is not None and org not in org_ids:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "refers to unknown organization {org!r}").format(
                        org=org
                    ),
                    path=f"{path}.organization",
                )
            yield CaseStudy(
                id=item["id"],
                title=item["title"],
                organization_id=org,
                presenter_ids=self._check_refs(
                    item.get("presenters", ()),
                    presenter_ids,
                    QT_TRANSLATE_NOOP("core", "presenter"),
                    f"{path}.presenters",
                ),
                session_ids=self._check_refs(
                    item.get("sessions", ()),
                    session_ids,
                    QT_TRANSLATE_NOOP("core", "session"),
                    f"{path}.sessions",
                ),
                summary=item.get("summary", ""),
                challenge=item.get("challenge", ""),
                approach=item.get("approach", ""),
                outcome=item.get("outcome", ""),
                tags=tuple(item.get("tags", ())),
                materials=self._links(item.get("materials", ())),
                translations=texts,
            )


__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "decode_json", "looks_like_briefing_feed", "parse"]
