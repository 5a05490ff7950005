"""Export my data / Import my data: one file with the user's own data (issue 16).

The file (``docs/mydata-format.md``, schema ``resources/my-data.schema.json``)
holds favourites, notes with their history, questions, reminders, follow-ups and
attendance, each item naming its session(s) by feed address + the feed's session id
and by calendar UID.
Reading checks everything before the store is touched: a file from a newer app,
a truncated or hand-edited one (the JSON error's line and column, or the JSON
path of the field the schema refuses), one too large (read bounded). The merge
itself is the store's (:meth:`Store.import_mydata`), in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from briefing_app import __version__
from briefing_app.errors import FeedError, MyDataError, NotFoundError, UsageError
from briefing_app.feeds.messages import decode_json
from briefing_app.platform.fileutil import UnusableFileError, read_regular_file, write_named_file
from briefing_app.platform.resources_util import read_resource_bytes
from briefing_app.store import MYDATA_KINDS, KindCounts, MyDataReport, Store
from briefing_app.util.i18n import (
    QT_TRANSLATE_NOOP,
    Marked,
    Message,
    Moment,
    counted,
    joined,
    message_of,
)
from briefing_app.util.timeutil import (
    MAX_YEAR,
    MIN_YEAR,
    from_utc_text,
    to_utc_text,
    utc_now,
    zone,
)

MYDATA_FORMAT: Final = "briefing-app/my-data"
#: The file version this app writes and reads.
MYDATA_VERSION: Final = 1
MYDATA_SCHEMA: Final = "my-data.schema.json"
#: What a "my data" file's name ends with (the export proposes it).
MYDATA_SUFFIX: Final = ".briefing-mydata.json"
#: The largest file read (bounded: a wrong file the user picks never fills memory).
MAX_MYDATA_BYTES: Final = 256 * 1024 * 1024

#: How each kind reads in a summary (singular, plural).
KIND_NAMES: Final[Mapping[str, tuple[str, str]]] = {
    "favourites": ("favourite", "favourites"),
    "notes": ("note", "notes"),
    "questions": ("question", "questions"),
    "reminders": ("reminder", "reminders"),
    "followups": ("follow-up", "follow-ups"),
    "attendance": ("attendance record", "attendance records"),
}


@dataclass(frozen=True, slots=True)
class MyDataFile:
    """A "my data" file read and checked, ready to merge."""

    path: Path
    exported_at: str
    app_version: str
    sections: Mapping[str, Sequence[Mapping[str, Any]]]

    def count(self, kind: str) -> int:
        return len(self.sections.get(kind, ()))

    def describe(self) -> str:
        """ "3 favourites, 1 note, 2 questions, 0 reminders, exported 2026-12-07T06:00:00Z"."""
        parts = [kind_count(self.count(kind), kind) for kind in MYDATA_KINDS]
        return QT_TRANSLATE_NOOP("core", "{kinds}; exported {when} by version {version}").format(
            kinds=joined(", ", parts), when=Moment(self.exported_at), version=self.app_version
        )


def default_file_name(now: datetime | None = None, stem: str = "my-data") -> str:
    """``my-data-2026-12-07.briefing-mydata.json`` (*stem*: the words before the date, in
    the user's language where shown; the suffix is the format's and stays)."""
    return f"{stem}-{(now or utc_now()).date().isoformat()}{MYDATA_SUFFIX}"


def export_document(store: Store, languages: Sequence[str] = ()) -> dict[str, Any]:
    """The whole file as a JSON document (one read of the store).

    What a person reads in it (each session's ``title``) in the first of *languages* the
    feed gives it in (the user's); everything a machine reads (keys, ids, UIDs, times) is
    the same in every language.
    """
    with store.export_snapshot():
        sections = store.export_mydata(languages)
    return {
        "format": MYDATA_FORMAT,
        "version": MYDATA_VERSION,
        "exported_at": to_utc_text(utc_now()),
        "app_version": __version__,
        **sections,
    }


def export_mydata(store: Store, path: Path, languages: Sequence[str] = ()) -> dict[str, int]:
    """Write the user's data to *path* (atomically); the number of items per kind.

    *languages*: as :func:`export_document` (the sessions' titles in the user's language).

    Raises:
        UsageError: *path* is a folder or cannot be written.
        NotFoundError: its folder does not exist.
    """
    document = export_document(store, languages)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    # The example a folder's error gives, in the user's words when shown (a Marked field).
    example = QT_TRANSLATE_NOOP("core", "my-data.briefing-mydata.json")
    write_named_file(path, (data,), example=example)
    return {kind: len(document.get(kind, ())) for kind in MYDATA_KINDS}


@lru_cache(maxsize=1)
def _validator() -> Callable[[Any], Any]:
    import fastjsonschema

    return fastjsonschema.compile(json.loads(read_resource_bytes(MYDATA_SCHEMA)))


def read_mydata(path: Path, *, limit: int = MAX_MYDATA_BYTES) -> MyDataFile:
    """Read and check a "my data" file; nothing is written.

    Raises:
        NotFoundError: no such file.
        MyDataError: not a usable file, too large, not JSON (line and column), not a
            "my data" file, from a newer app (both versions), or a field the schema
            refuses (its JSON path).
    """
    source = str(path)
    try:
        raw = read_regular_file(path, limit)
    except UnusableFileError as exc:
        if exc.missing:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "{source}: no such file").format(source=source)
            ) from exc
        raise MyDataError(exc.reason, source=source) from exc
    try:
        document = decode_json(raw, refuse_surrogates=True)
    except FeedError as exc:
        reason: str = exc.reason
        if isinstance(reason, Message) and reason.template == "the feed is empty":
            reason = QT_TRANSLATE_NOOP("core", "the file is empty").message()
        elif isinstance(reason, Message) and reason.template.startswith("the feed is not UTF-8"):
            reason = QT_TRANSLATE_NOOP(
                "core", "the file is not UTF-8 text (bad byte at offset {offset})"
            ).format(**reason.fields)
        elif "the feed" in reason:  # a message of the feed reader's not marked yet
            reason = reason.replace("the feed", "the file")
        if not reason.startswith(("invalid", "the file")):
            reason = QT_TRANSLATE_NOOP("core", "not valid JSON: {reason}").format(reason=reason)
        raise MyDataError(reason, source=source, path=exc.path) from exc
    return check_document(document, source=source, path=path)


def check_document(document: Any, *, source: str, path: Path) -> MyDataFile:
    """*document* (decoded JSON) as a :class:`MyDataFile`, or the first reason it is not one."""
    if not isinstance(document, dict) or document.get("format") != MYDATA_FORMAT:
        raise MyDataError(
            QT_TRANSLATE_NOOP(
                "core",
                'this is not a "my data" file of Briefing Companion (expected '
                '"format": "{mydata_format}")',
            ).format(mydata_format=MYDATA_FORMAT),
            source=source,
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > MYDATA_VERSION:
        raise MyDataError(
            QT_TRANSLATE_NOOP(
                "core",
                "the file is version {version}, written by a newer Briefing Companion "
                "({app_version}); this app ({version2}) reads version "
                "{mydata_version}: update the app to import it",
            ).format(
                version=version,
                app_version=document.get(
                    "app_version", QT_TRANSLATE_NOOP("core", "unknown version")
                ),
                version2=__version__,
                mydata_version=MYDATA_VERSION,
            ),
            source=source,
        )
    import fastjsonschema

    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        raise MyDataError(
            error.message.removeprefix(error.name or "data").strip() or "invalid",
            source=source,
            path=_json_path(error.path or []),
        ) from None
    except RecursionError as exc:
        raise MyDataError(
            QT_TRANSLATE_NOOP("core", "the file is nested too deeply").message(), source=source
        ) from exc
    _check_texts(document, source)
    _check_values(document, source)
    return MyDataFile(
        path=path,
        exported_at=str(document["exported_at"]),
        app_version=str(document["app_version"]),
        sections={kind: document.get(kind, []) for kind in MYDATA_KINDS},
    )


def _json_path(parts: Sequence[Any]) -> str:
    """fastjsonschema's path (``["data", "questions", 2, "state"]``) as ``$.questions[2].state``."""
    text = "$"
    for part in list(parts)[1:]:
        text += f"[{part}]" if str(part).isdigit() else f".{part}"
    return text


def _check_texts(document: Mapping[str, Any], source: str) -> None:
    """What the schema cannot say: a question is not blank and holds no control character."""
    from briefing_app.store import clean_followup_text, clean_question_text

    for index, item in enumerate(document.get("followups", [])):
        texts = [(f"$.followups[{index}].text", item["text"])]
        texts += [
            (f"$.followups[{index}].history[{n}].text", old["text"])
            for n, old in enumerate(item.get("history", []))
        ]
        for where, text in texts:
            try:
                cleaned = clean_followup_text(text)
            except UsageError as exc:
                raise MyDataError(message_of(exc), source=source, path=where) from None
            if cleaned != text:
                raise MyDataError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the follow-up has blanks around it, which this app never writes (the "
                        "file was edited?)",
                    ).message(),
                    source=source,
                    path=where,
                )
    for index, item in enumerate(document.get("questions", [])):
        for name, what in (
            ("text", QT_TRANSLATE_NOOP("core", "question")),
            ("answer", QT_TRANSLATE_NOOP("core", "answer note")),
        ):
            try:
                cleaned = clean_question_text(item[name], what=what)
            except UsageError as exc:
                where = f"$.questions[{index}].{name}"
                raise MyDataError(message_of(exc), source=source, path=where) from None
            if cleaned != item[name]:
                raise MyDataError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the {what} has blanks around it or Windows line ends, which this app "
                        "never writes (the file was edited?)",
                    ).format(what=what),
                    source=source,
                    path=f"$.questions[{index}].{name}",
                )


#: The fields holding a UTC time (the schema checks their shape; these are read as times).
_TIME_FIELDS: Final = frozenset(
    {
        "exported_at",
        "added_at",
        "updated_at",
        "created_at",
        "saved_at",
        "replaced_at",
        "completed_at",
        "marked_at",
    }
)


def _check_values(document: Any, source: str) -> None:
    """What the schema's patterns let through and the store could not read back.

    A time or due date that is no day of the calendar (``2026-02-30``, month 13),
    a due time's zone this computer does not know, an owner with a control
    character or blanks around it: stored, each would break the lists that read
    it (the Follow-ups tab, My attendance, ``questions list``).
    """
    from briefing_app.store import clean_owner

    def fail(reason: str, where: str) -> MyDataError:
        return MyDataError(reason, source=source, path=where)

    def walk(value: Any, where: str) -> None:
        if isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]")
            return
        if not isinstance(value, dict):
            return
        for key, item in value.items():
            here = f"{where}.{key}"
            if key == "session" or key == "sessions":
                continue  # a session's title and start are only shown, never read as times
            if key in _TIME_FIELDS and isinstance(item, str):
                _check_time(item, here, fail)
            elif key == "joins" and isinstance(item, list):
                for index, joined in enumerate(item):
                    _check_time(joined, f"{here}[{index}]", fail)
            elif key == "due" and isinstance(item, str) and len(item) == 10:
                try:
                    day = date.fromisoformat(item)
                except ValueError:
                    raise fail(f"{item!r} is not a day of the calendar", here) from None
                if not MIN_YEAR <= day.year <= MAX_YEAR:
                    raise fail(f"{item!r} is not a day this app can show", here)
            elif key == "due" and isinstance(item, str):
                _check_time(item, here, fail)
            elif key == "due_zone" and item:
                try:
                    zone(item)
                except ValueError:  # TimeFormatError
                    raise fail(f"unknown time zone {item!r}", here) from None
            elif key == "owner" and isinstance(item, str):
                try:
                    cleaned = clean_owner(item)
                except UsageError as exc:
                    raise fail(str(exc), here) from None
                if cleaned != item:
                    raise fail(
                        "the owner has line breaks or blanks around it, which this app never "
                        "writes (the file was edited?)",
                        here,
                    )
            else:
                walk(item, here)

    walk(document, "$")


def _check_time(text: str, where: str, fail: Callable[[str, str], MyDataError]) -> None:
    try:
        when = from_utc_text(text)
    except ValueError:
        raise fail(f"{text!r} is not a time of the calendar", where) from None
    if not MIN_YEAR <= when.year <= MAX_YEAR:  # a time near year 1 or 9999 is no day in some zone
        raise fail(f"{text!r} is not a time this app can show", where)


def import_mydata(
    store: Store, path: Path, languages: Sequence[str] = ()
) -> tuple[MyDataFile, MyDataReport]:
    """Read, check and merge a "my data" file into *store*, all or nothing; the report's
    lines name sessions in the first of *languages* the feed gives them in (the user's).

    Raises:
        NotFoundError, MyDataError: as :func:`read_mydata`; the store is untouched.
    """
    checked = read_mydata(path)
    return checked, store.import_mydata(checked.sections, languages)


def import_mydata_at(
    db_path: Path, path: Path, languages: Sequence[str] = ()
) -> tuple[MyDataFile, MyDataReport]:
    """Same, opening a Store of its own (for a worker thread)."""
    with Store(db_path) as store:
        return import_mydata(store, path, languages)


#: Each kind counted, for people ("1 note", "3 notes"): marked for translation.
_COUNTED: Final[Mapping[str, tuple[Marked, Marked]]] = {
    "favourites": (
        QT_TRANSLATE_NOOP("core", "{n} favourite"),
        QT_TRANSLATE_NOOP("core", "{n} favourites"),
    ),
    "notes": (QT_TRANSLATE_NOOP("core", "{n} note"), QT_TRANSLATE_NOOP("core", "{n} notes")),
    "questions": (
        QT_TRANSLATE_NOOP("core", "{n} question"),
        QT_TRANSLATE_NOOP("core", "{n} questions"),
    ),
    "reminders": (
        QT_TRANSLATE_NOOP("core", "{n} reminder"),
        QT_TRANSLATE_NOOP("core", "{n} reminders"),
    ),
    "followups": (
        QT_TRANSLATE_NOOP("core", "{n} follow-up"),
        QT_TRANSLATE_NOOP("core", "{n} follow-ups"),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("core", "{n} attendance record"),
        QT_TRANSLATE_NOOP("core", "{n} attendance records"),
    ),
    "items": (QT_TRANSLATE_NOOP("core", "{n} item"), QT_TRANSLATE_NOOP("core", "{n} items")),
}
#: Each kind's name heading a line of the import's summary.
_HEADINGS: Final[Mapping[str, Marked]] = {
    "favourites": QT_TRANSLATE_NOOP("core", "favourites"),
    "notes": QT_TRANSLATE_NOOP("core", "notes"),
    "questions": QT_TRANSLATE_NOOP("core", "questions"),
    "reminders": QT_TRANSLATE_NOOP("core", "reminders"),
    "followups": QT_TRANSLATE_NOOP("core", "follow-ups"),
    "attendance": QT_TRANSLATE_NOOP("core", "attendance records"),
}


def kind_heading(kind: str) -> str:
    """A kind's name ("questions"; an orphaned follow-up's link: "follow-up links"), marked
    for translation; a kind not known is given as it is."""
    if kind == "followup-link":
        return QT_TRANSLATE_NOOP("core", "follow-up links").message()
    heading = _HEADINGS.get(kind)
    return kind if heading is None else heading.message()


def kind_count(n: int, kind: str) -> str:
    """ "1 note", "3 notes": *n* things of *kind* (a :class:`Message`, shown translated)."""
    if kind not in _COUNTED:
        return f"{n} {kind}"
    one, many = _COUNTED[kind]
    return counted(n, one, many)


def change_counts(added: int, updated: int, unchanged: int) -> list[str]:
    """ "2 added", "1 updated", "3 unchanged": an import's counts, one part each (a
    :class:`Message`; French "ajouts : 2", a form that needs no plural nor gender), the
    one rule of my data's import and the follow-ups' (window and CLI alike)."""
    return [
        QT_TRANSLATE_NOOP("core", "{n} added").format(n=added),
        QT_TRANSLATE_NOOP("core", "{n} updated").format(n=updated),
        QT_TRANSLATE_NOOP("core", "{n} unchanged").format(n=unchanged),
    ]


def kind_line(kind: str, counts: KindCounts) -> str:
    """ "questions: 2 added, 1 updated, 3 unchanged, 1 conflict, 1 orphaned"."""
    parts: list[str] = [
        *change_counts(counts.added, counts.updated, counts.unchanged),
        counted(
            counts.conflicts,
            QT_TRANSLATE_NOOP("core", "{n} conflict"),
            QT_TRANSLATE_NOOP("core", "{n} conflicts"),
        ),
        QT_TRANSLATE_NOOP("core", "{n} orphaned").format(n=counts.orphaned),
    ]
    return QT_TRANSLATE_NOOP("core", "{kind}: {parts}").format(
        kind=_HEADINGS.get(kind, kind), parts=joined(", ", parts)
    )


def summary_lines(report: MyDataReport) -> list[str]:
    """The import's summary: a line per kind, then each conflict and each orphan.

    Each line is a :class:`~briefing_app.util.i18n.Message`: English as a ``str``, shown
    translated through ``localized`` (the CLI) or ``localized(line, translate)`` (the window).
    """
    lines = [kind_line(kind, report.counts.get(kind, KindCounts())) for kind in MYDATA_KINDS]
    lines.extend(
        QT_TRANSLATE_NOOP("core", "conflict: {text}").format(text=text) for text in report.conflicts
    )
    lines.extend(
        QT_TRANSLATE_NOOP("core", "orphaned (kept until a sync brings its session): {text}").format(
            text=text
        )
        for text in report.orphans
    )
    if report.attached:
        lines.append(
            QT_TRANSLATE_NOOP("core", "attached {items} kept from an earlier import").format(
                items=kind_count(report.attached, "items")
            )
        )
    if not report.changed:
        lines.append(
            QT_TRANSLATE_NOOP(
                "core", "nothing changed: everything in the file was here already"
            ).message()
        )
    return lines
