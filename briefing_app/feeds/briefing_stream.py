"""A big briefing feed read from a file in batches of sessions, in bounded memory.

:func:`open_briefing_stream` reads everything but the sessions first (the
series, organizations, presenters: the :attr:`BriefingStream.head`, checked
as :func:`briefing_app.feeds.briefing.parse_document` checks a whole feed);
:meth:`BriefingStream.batches` then yields the sessions a batch at a time,
each validated against the schema, checked and built as the whole-feed reader
does, with the same messages and JSON paths; :meth:`BriefingStream.finish`
reads what follows the sessions (case studies) and makes the checks that need
every session (references between sessions and case studies).

One pass over the file when the series, organizations and presenters come
before the sessions (as the app's own feeds and ``make_feed.py`` write them);
otherwise a first pass reads them and a second the sessions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any, BinaryIO

import fastjsonschema

from briefing_app.errors import FeedError
from briefing_app.feeds import briefing
from briefing_app.feeds.jsonstream import JsonStream
from briefing_app.feeds.messages import _clean_strings
from briefing_app.feeds.model import CaseStudy, Feed, Session
from briefing_app.feeds.sanitize import sanitize_feed
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted

#: Sessions per batch: what the reader and the store hold at once.
BATCH = 1000
#: What must be known before the sessions can be read.
_BEFORE_SESSIONS = frozenset({"format", "series", "organizations", "presenters"})
_SESSION_PATH = re.compile(r"^\$\.sessions\[(\d+)\]")
_MAX_WARNINGS = 20


@lru_cache(maxsize=1)
def _sessions_validator() -> Callable[[Any], Any]:
    """The schema's check of a list of sessions (the feed's ``sessions`` array)."""
    schema = briefing.schema()
    return fastjsonschema.compile(
        {
            "$schema": schema["$schema"],
            "$id": schema["$id"],
            "$defs": schema["$defs"],
            "type": "array",
            "items": {"$ref": "#/$defs/session"},
        }
    )


def _moved(exc: FeedError, offset: int) -> FeedError:
    """*exc* with ``$.sessions[i]`` in its path counted from the feed's first session."""
    path = exc.path or ""
    match = _SESSION_PATH.match(path)
    if match is None:
        return exc
    path = f"$.sessions[{int(match.group(1)) + offset}]{path[match.end() :]}"
    return type(exc)(exc.reason, source=exc.source, path=path)


class NotBriefingFeedError(FeedError):
    """The JSON is not a briefing feed: read it whole with the other formats' parsers."""


class BriefingStream:
    """A briefing feed read from *file*: the head, then sessions in batches, then the rest."""

    format = briefing.FORMAT_NAME

    def __init__(self, file: BinaryIO, *, batch: int | None = None) -> None:
        self.file = file
        self.batch = batch or BATCH
        #: The file's size in bytes.
        self.size = _size(file)
        self.head: Feed
        #: Sessions read so far (all of them once :meth:`batches` is done).
        self.count = 0
        #: Every warning, once :meth:`finish` ran.
        self.warnings: tuple[str, ...] = ()
        self._json: JsonStream
        self._rest: dict[str, Any] = {}
        self._raw_warnings: list[str] = []
        self._first_seen: dict[str, int] = {}
        self._clean_ids: set[str] = set()
        #: (session index, case study ids) of sessions that name case studies.
        self._case_refs: list[tuple[int, list[Any]]] = []
        self._sanitize_warnings: list[str] = []
        self._at_sessions = False
        self._keys: Iterator[str] = iter(())
        self._presenter_ids: set[str] = set()
        self._org_ids: set[str] = set()

    # ---- reading ----------------------------------------------------------------------
    def _clean(self, value: Any, path: str) -> Any:
        """The JSON decoder's text rule, for a value :class:`JsonStream` flagged."""
        if not self._json.needs_cleaning:
            return value
        found: list[str] = []
        value = _clean_strings(value, found)
        self._raw_warnings.extend(note.replace("at $", f"at {path}", 1) for note in found)
        return value

    def open(self) -> Feed:
        """Read up to the sessions (or, when they come too early, all but them); the head."""
        self._json = JsonStream(self.file)
        keys = self._json.fields()
        seen: set[str] = set()
        for key in keys:
            if key == "sessions":
                if seen >= _BEFORE_SESSIONS:
                    self._keys = keys
                    self._at_sessions = True
                    break
                self._json.skip()  # read them in a second pass, once the rest is known
                self._rest["sessions"] = []
                continue
            self._rest[key] = self._clean(self._json.value(), f"$.{key}")
            seen.add(key)
        else:
            self._second_pass()
        document = {**self._rest, "sessions": [], "case_studies": []}
        if "sessions" not in self._rest and not self._at_sessions:
            document.pop("sessions")
        if document.get("format") != briefing.FORMAT_NAME:
            raise NotBriefingFeedError(QT_TRANSLATE_NOOP("core", "not a briefing feed").message())
        self.head = briefing.parse_document(document)
        del document
        # Keep of the decoded JSON only what :meth:`finish` reads (not the presenters twice).
        self._rest = {k: v for k, v in self._rest.items() if k in ("series", "case_studies")}
        self._presenter_ids = {p.id for p in self.head.presenters}
        self._org_ids = {o.id for o in self.head.organizations}
        return self.head

    def _second_pass(self) -> None:
        if "sessions" not in self._rest:
            return  # no sessions at all: parse_document says so
        self.file.seek(0)
        self._json = JsonStream(self.file)
        self._keys = self._json.fields()
        for key in self._keys:
            if key == "sessions":
                self._at_sessions = True
                return
            self._json.skip()

    def batches(self) -> Iterator[tuple[Session, ...]]:
        """The feed's sessions, a batch at a time, each checked and cleaned."""
        if not self._at_sessions:
            return
        pending: list[Any] = []
        for item in self._json.items():
            pending.append(self._clean(item, f"$.sessions[{self.count + len(pending)}]"))
            if len(pending) >= self.batch:
                yield self._build(pending)
                pending = []
        if pending:
            yield self._build(pending)
        self._at_sessions = False

    def _build(self, items: list[Any]) -> tuple[Session, ...]:
        offset = self.count
        try:
            _sessions_validator()(items)
        except fastjsonschema.JsonSchemaValueException as error:
            parts = list(error.path or [])
            index = int(parts[1]) + offset if len(parts) > 1 else offset
            rest = briefing._json_path(["data", *parts[2:]])[1:]
            raise FeedError(briefing._describe(error), path=f"$.sessions[{index}]{rest}") from None
        batch_refs: dict[int, tuple[str, ...]] = {}
        for index, item in enumerate(items, start=offset):
            item_id = item["id"]
            if item_id in self._first_seen:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "duplicate session id {item_id!r} (first used at $.sessions[{first_seen}])",
                    ).format(item_id=item_id, first_seen=self._first_seen[item_id]),
                    path=f"$.sessions[{index}].id",
                )
            self._first_seen[item_id] = index
            refs = item.pop("case_studies", None)
            if refs:
                self._case_refs.append((index, refs))
                batch_refs[index - offset] = tuple(refs)
        builder = briefing._Builder({"sessions": items})
        try:
            sessions = list(
                builder._sessions(
                    self.head.series.timezone, self._presenter_ids, self._org_ids, set()
                )
            )
        except FeedError as exc:
            raise _moved(exc, offset) from None
        for position, refs in batch_refs.items():
            sessions[position] = replace(sessions[position], case_study_ids=refs)
        cleaned = sanitize_feed(Feed(self.format, self.head.series, sessions=tuple(sessions)))
        self._sanitize_warnings.extend(cleaned.warnings)
        for session in cleaned.sessions:
            if session.id in self._clean_ids:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "two sessions have the id {id!r} once invalid characters are removed",
                    ).format(id=session.id)
                )
            self._clean_ids.add(session.id)
        self.count += len(items)
        return cleaned.sessions

    def finish(self) -> tuple[tuple[CaseStudy, ...], tuple[str, ...]]:
        """Read the rest of the file; the case studies (checked) and every warning."""
        if self._at_sessions:
            for _batch in self.batches():
                pass
        for key in self._keys:
            self._rest[key] = self._clean(self._json.value(), f"$.{key}")
        head = self.head
        document = {"case_studies": self._rest.get("case_studies", [])}
        if document["case_studies"]:
            validate = briefing._validator()
            probe = {
                "format": briefing.FORMAT_NAME,
                "version": briefing.FORMAT_VERSION,
                "series": self._rest["series"],
                "sessions": [],
                "case_studies": document["case_studies"],
            }
            try:
                validate(probe)
            except fastjsonschema.JsonSchemaValueException as error:
                raise FeedError(
                    briefing._describe(error), path=briefing._json_path(error.path or [])
                ) from None
        builder = briefing._Builder(document)
        case_ids = builder._ids("case_studies", QT_TRANSLATE_NOOP("core", "case study"))
        known = set(case_ids)
        for index, refs in self._case_refs:
            for position, ref in enumerate(refs):
                if ref not in known:
                    raise FeedError(
                        QT_TRANSLATE_NOOP("core", "refers to unknown case study {ref!r}").format(
                            ref=ref
                        ),
                        path=f"$.sessions[{index}].case_studies[{position}]",
                    )
        case_studies = tuple(
            builder._case_studies(
                {o.id for o in head.organizations},
                {p.id for p in head.presenters},
                set(self._first_seen),
            )
        )
        cleaned = sanitize_feed(replace(head, case_studies=case_studies, warnings=()))
        warnings = [
            *self._raw_warnings,
            *head.warnings,
            *self._sanitize_warnings,
            *(w for w in cleaned.warnings if w not in head.warnings),
        ]
        if len(warnings) > _MAX_WARNINGS:
            warnings[_MAX_WARNINGS:] = [
                counted(
                    len(warnings) - _MAX_WARNINGS,
                    QT_TRANSLATE_NOOP("core", "and {n} more text with invalid characters"),
                    QT_TRANSLATE_NOOP("core", "and {n} more texts with invalid characters"),
                )
            ]
        self.warnings = tuple(warnings)
        return cleaned.case_studies, self.warnings

    def case_studies(self) -> tuple[CaseStudy, ...]:
        """:meth:`finish`'s case studies (its warnings stay in :attr:`warnings`)."""
        return self.finish()[0]

    def feed(self) -> Feed:
        """The head with every warning: what the sync reports once the batches are written."""
        return replace(self.head, warnings=self.warnings)


def _size(file: BinaryIO) -> int:
    at = file.tell()
    size = file.seek(0, 2)
    file.seek(at)
    return size


def open_briefing_stream(file: BinaryIO, *, batch: int | None = None) -> BriefingStream:
    """A :class:`BriefingStream` over *file*, its head read (raises :class:`FeedError`)."""
    stream = BriefingStream(file, batch=batch)
    stream.open()
    return stream
