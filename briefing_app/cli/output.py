"""What the commands share: exit codes, JSON output, session lines, zone options, live agenda."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO, cast

from briefing_app.errors import FeedError, MyDataError, UsageError
from briefing_app.util.i18n import error_message, fill, localized, translate
from briefing_app.util.textutil import one_line, terminal_text

if TYPE_CHECKING:
    from datetime import date, datetime

    from briefing_app.store import SessionLine, SessionRecord, Store
    from briefing_app.util.timeutil import DateWords

# The store, the sync engine, the live agenda (icalendar) and the time zones are imported
# by the helpers that need them: every command imports this module, `--help` too.


EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2

PROG = "briefing-app"


# ---- what reaches the terminal ------------------------------------------------------
# Everything the commands print for a person goes through textutil.terminal_text: the
# commands write to a HumanOutput (main() hands one to every command), and to stderr
# through tell(). JSON (print_json) and calendar bytes (write_bytes) go out as they are:
# they are for programs, and JSON escapes control characters itself.
class HumanOutput(io.TextIOBase):
    """A text stream for people: whatever is written is passed through :func:`terminal_text`.

    One-line fields (a session's title in a listing) go through :func:`write_line`,
    which also turns line breaks into spaces.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        #: The stream underneath, for output meant for programs (JSON, .ics).
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_text(text))
        return len(text)

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()


def human_output(stream: TextIO) -> TextIO:
    """*stream* wrapped in a :class:`HumanOutput`, typed as the commands take it.

    A HumanOutput is a text stream (io.TextIOBase); typing.TextIO, the type the
    commands' signatures use, is nominal and io.TextIOBase does not derive from it.
    """
    return cast(TextIO, HumanOutput(stream))  # an io.TextIOBase: a text stream all the same


def for_programs(out: TextIO) -> TextIO:
    """The stream under *out*, for output meant for programs (JSON), not for people."""
    return out.stream if isinstance(out, HumanOutput) else out


def write_line(out: TextIO, text: str) -> None:
    """Write *text* as one line: line breaks and control characters in it cannot break it."""
    out.write(one_line(text) + "\n")


def tell(text: str) -> None:
    """A one-line message for the person on stderr (notes, warnings, errors)."""
    sys.stderr.write(one_line(text) + "\n")


def error_text(error: BaseException | str) -> str:
    """An error's message in the user's language (what of it the core marked, util/i18n).

    The rule both fronts share, :func:`~briefing_app.util.i18n.error_message`: the core's
    errors keep their English text (``str(error)``, the log); a message made from a marked
    template, as the error's message or as its ``reason`` inside "source: at path: reason",
    is shown translated (a feed's or my data's "at path: " too).
    """
    return error_message(error, located=isinstance(error, FeedError | MyDataError))


def tell_error(error: BaseException | str) -> None:
    """``briefing-app: error: MESSAGE`` on stderr, in the user's language."""
    tell(translate("cli", "{prog}: error: {message}").format(prog=PROG, message=error_text(error)))


def tell_warning(warning: object) -> None:
    """``briefing-app: warning: MESSAGE`` on stderr, in the user's language."""
    tell(
        translate("cli", "{prog}: warning: {message}").format(prog=PROG, message=localized(warning))
    )


def write_bytes(data: bytes) -> None:
    """Bytes meant for a program (an .ics to stdout), written as they are."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def write_byte_chunks(chunks: Iterable[bytes]) -> None:
    """:func:`write_bytes` for bytes made as they are written (an .ics, event by event)."""
    sys.stdout.flush()
    for chunk in chunks:
        sys.stdout.buffer.write(chunk)
    sys.stdout.flush()


# ---- output helpers -------------------------------------------------------------
def display_zone(args: argparse.Namespace, event_zone: str) -> str:
    wanted: str | None = args.tz
    if not wanted:
        return event_zone
    if wanted == "local":
        from briefing_app.util.timeutil import local_zone_name  # here: this runs per row

        return local_zone_name()
    return wanted


def check_tz(args: argparse.Namespace) -> None:
    from briefing_app.util.timeutil import TimeFormatError, zone

    if args.tz and args.tz != "local":
        try:
            zone(args.tz)
        except TimeFormatError as exc:
            raise UsageError(
                f"{colon('--tz')} {localized(exc.args[0] if exc.args else exc)}"
            ) from exc


def check_search(text: str | None, option: str = "--search") -> None:
    """A search must have a word to look for: ``--search '!!!'`` is a usage error (2).

    The search drops FTS5 syntax and punctuation (``"``, ``*``, ``NEAR(``, ``:``); text
    with no word left would find nothing, and saying "no match" would hide the reason.
    """
    from briefing_app.store import build_match_query

    if text is not None and build_match_query(text) is None:
        if text.strip():
            raise UsageError(
                fill(
                    translate(
                        "cli",
                        "{option} needs some words to look for: {text!r} has no letters or digits",
                    ),
                    {"option": option, "text": text.strip()},
                )
            )
        raise UsageError(
            translate("cli", "{option} needs some words to look for").format(option=option)
        )


def zone_argument(name: str | None, option: str) -> str | None:
    """A zone given on the command line: a bad one is a usage error (2), as for --tz."""
    from briefing_app.sync.engine import check_zone

    try:
        return check_zone(name)
    except FeedError as exc:
        raise UsageError(f"{colon(option)} {error_text(exc)}") from exc


def session_json(record: SessionRecord) -> dict[str, Any]:
    from briefing_app.util.timeutil import in_zone

    local_start = in_zone(record.start, record.timezone)
    local_end = in_zone(record.end, record.timezone)
    return {
        "id": record.id,
        "feed_id": record.feed_id,
        "source_id": record.source_id,
        "title": record.title,
        "subtitle": record.subtitle,
        "summary": record.summary,
        "start": local_start.isoformat(),
        "end": local_end.isoformat(),
        "start_utc": record.start.isoformat().replace("+00:00", "Z"),
        "end_utc": record.end.isoformat().replace("+00:00", "Z"),
        "timezone": record.timezone,
        "kind": record.kind,
        "track": record.track,
        "tags": list(record.tags),
        "format": record.format,
        "status": "removed" if record.removed else record.status,
        "location": record.location,
        "join_url": record.join_url,
        "series": record.series_title,
        "presenters": list(record.presenter_names),
        "favourite": record.favourite,
        **i18n_json(record.translations),
    }


def i18n_json(stored: str) -> dict[str, dict[str, str]]:
    """A row's language maps as extra JSON keys: ``{"title_i18n": {"en": ..., "fr": ...}}``.

    JSON never changes with the user's language: ``title`` stays the feed's default
    text, and a feed in one language adds no key at all.
    """
    if not stored:
        return {}
    from briefing_app.util.multilingual import decode

    return {f"{name}_i18n": variants for name, variants in decode(stored).items()}


def language_mark(tag: str) -> str:
    """How a listing marks a text shown in another language than the user's: `` [EN]``."""
    from briefing_app.util.multilingual import badge

    return f" [{badge(tag)}]" if tag else ""


def shown_title(store: Store, record: SessionRecord) -> str:
    """A session's title as a person reads it: in the user's language, `` [EN]`` after it
    when the feed does not give it in theirs (the feed's text for a feed in one language)."""
    if not record.translations:
        return record.title
    from briefing_app.usecases.settings import content_languages

    shown = record.in_language(content_languages(store))
    return shown.title + language_mark(shown.fallback_language("title"))


def fallback_legend(tags: Iterable[str], language: str) -> list[str]:
    """The lines saying what each mark means ("[EN] not available in French; shown in English")."""
    from briefing_app.util.multilingual import base_language

    names = {"en": translate("cli", "English"), "fr": translate("cli", "French")}
    return [
        translate("cli", "{mark} not available in {wanted}; shown in {shown}").format(
            mark=language_mark(tag).strip(),
            wanted=names.get(language, language),
            shown=names.get(base_language(tag), tag),
        )
        for tag in dict.fromkeys(tags)
    ]


def print_json(value: object, out: TextIO) -> None:
    """JSON for programs: exactly the data (json escapes control characters as \\uXXXX)."""
    # One write: json.dump writes each of its thousands of pieces on its own.
    for_programs(out).write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def status_mark(record: SessionRecord | SessionLine) -> str:
    if record.removed:
        return translate("cli", "[removed] ")
    if record.status != "scheduled":
        return f"[{status_text(record.status)}] "
    return ""


def status_text(status: str) -> str:
    """A session's status (the feed's word: cancelled, moved ...) in the user's language."""
    words = {
        "cancelled": translate("cli", "cancelled"),
        "moved": translate("cli", "moved"),
        "postponed": translate("cli", "postponed"),
        "tentative": translate("cli", "tentative"),
        "scheduled": translate("cli", "scheduled"),
    }
    return words.get(status, status)


def material_kind_text(kind: str) -> str:
    """A material's kind (the feed's key: slides, recording ...) in the user's language."""
    words = {
        "slides": translate("cli", "slides"),
        "recording": translate("cli", "recording"),
        "pre-read": translate("cli", "pre-read"),
        "link": translate("cli", "link"),
        "other": translate("cli", "other"),
    }
    return words.get(kind, kind)


def date_words() -> DateWords | None:
    """How dates and times are written for the user's language (None: the English default)."""
    from briefing_app.util.i18n import current_language

    language = current_language()
    if language == "en":
        return None
    from briefing_app.util.localeformat import babel_date_words

    return babel_date_words(language)


def day_text(day: date) -> str:
    """A day as a sentence names it: ``Mon 11 May 2020``, ``lundi 11 mai 2020``."""
    words = date_words()
    return f"{day:%a %d %b %Y}" if words is None else words.day(day)


def stamp(utc_text: str) -> str:
    """A stored UTC time for people, in this computer's zone and the user's language:
    ``Mon 07 Dec 2026 08:17 EST``, ``lundi 7 décembre 2026 8 h 17 HNE`` (text that is
    not a stored time comes back as it is). JSON output keeps the stored text."""
    from briefing_app.util.timeutil import local_zone_name, stamp_text

    return stamp_text(utc_text, local_zone_name(), date_words())


def moment_text(local: datetime) -> str:
    """A day and a time of day already in the zone they are shown in, with no zone:
    ``Wed 02 Jan 2030 09:00``, ``mercredi 2 janvier 2030 9 h 00``."""
    words = date_words()
    if words is None:
        return f"{local:%a %d %b %Y %H:%M}"
    return f"{words.day(local.date())} {words.clock(local.hour, local.minute)}"


def colon(label: str) -> str:
    """``Series:`` in English, ``Série :`` in French (a space before the colon)."""
    return translate("cli", "{label}:").format(label=label)


def label(text: str, width: int = 10) -> str:
    """A field's label padded to line up the values after it (longer labels get a space)."""
    return f"{text:<{width}}" if len(text) < width else f"{text} "


def size_text(size: int) -> str:
    """A file size for people: ``3.5 MB`` (the app's way), ``3,5 Mo`` in French (Babel)."""
    from briefing_app.util.i18n import current_language

    language = current_language()
    if language == "en":
        from briefing_app.workspace.materials import human_size

        return human_size(size)
    from briefing_app.util.localeformat import format_size

    return format_size(size, language)


def zone_place_text(zone_name: str) -> str:
    """A zone named after a time that gives its abbreviation: ``America/Toronto`` in
    English (as always: what ``--tz`` takes), ``Toronto`` in French (util/zonenames)."""
    from briefing_app.util.i18n import current_language

    language = current_language()
    if language == "en":
        return zone_name
    from briefing_app.util.zonenames import zone_place

    return zone_place(zone_name, language)


def zone_label_text(zone_name: str) -> str:
    """A zone named in a sentence: ``America/Toronto`` in English, as always;
    ``Toronto (heure de l’Est)`` in French (util/zonenames)."""
    from briefing_app.util.i18n import current_language

    language = current_language()
    if language == "en":
        return zone_name
    from briefing_app.util.zonenames import zone_label

    return zone_label(zone_name, language)


def format_when(start: datetime, end: datetime, zone_name: str) -> str:
    """A session's time range, as listings write it, in the user's language."""
    from briefing_app.util.timeutil import format_range

    return format_range(start, end, zone_name, date_words())


def print_session_lines(
    records: Sequence[SessionRecord] | Sequence[SessionLine],
    args: argparse.Namespace,
    out: TextIO,
    languages: Sequence[str] = (),
) -> None:
    """One line per session, written at once (a listing of 10,000 is one write).

    Each line is what :func:`write_line` would write: ``sessions`` at 10,000 lists in a
    few Python calls a line (one :class:`~briefing_app.util.timeutil.RangeFormatter`
    call for its times) and checks the terminal rule over all lines at once.
    """
    from briefing_app.util.multilingual import pick_stored
    from briefing_app.util.session_kinds import shown_kind
    from briefing_app.util.timeutil import RangeFormatter

    if not records:
        return
    width = len(str(max(r.id for r in records)))  # ids are positive: the largest is widest
    shown_zone = display_zone(args, "") if args.tz else None  # else each event's own
    when_of = RangeFormatter(date_words()).text
    format_word = {
        "virtual": translate("cli", "virtual"),
        "in-person": translate("cli", "in-person"),
        "hybrid": translate("cli", "hybrid"),
    }
    kinds: dict[tuple[str, str | None], str] = {}  # each kind's words, found once
    lines: list[str] = []
    append = lines.append
    for r in records:
        when = when_of(r.start, r.end, shown_zone or r.timezone)
        mark = "" if r.status == "scheduled" and not r.removed else status_mark(r)
        title = r.title
        if r.translations and languages:  # the user's language; another marked [EN]
            picked = pick_stored(r.translations, "title", title, languages)
            title = picked.text + (language_mark(picked.language) if picked.fallback else "")
        line = f"{r.id:>{width}} {'*' if r.favourite else ' '} {when}  {mark}{title}"
        shown_format = format_word.get(r.format, r.format)
        kind = kinds.get((r.kind, r.translations))
        if kind is None:
            kind = kinds[r.kind, r.translations] = shown_kind(r.kind, r.translations, languages)
        details = "; ".join(filter(None, (kind, shown_format, ", ".join(r.presenter_names))))
        append(f"{line}  ({details})" if details else line)
    # The terminal rule (one_line) changes only a line that is not printable: one look at
    # them all decides, in C, for the listing that has none.
    if not "".join(lines).isprintable():
        lines = [one_line(line) for line in lines]
    lines.append("")
    # Each line went through the terminal rule above already: one write, to the stream
    # under *out*, without passing a megabyte of them through the rule again.
    for_programs(out).write("\n".join(lines))


def refresh_live_agenda(store: Store) -> None:
    """Rewrite agenda.ics; a failure there must not fail a change already saved."""
    from briefing_app.usecases.agenda import LiveAgendaError, rewrite_live_agenda

    try:
        rewrite_live_agenda(store)
    except LiveAgendaError as exc:
        import logging  # not imported by --help: a command that writes has it already

        logging.getLogger(__name__).warning("could not write the live agenda file: %s", exc)
        tell_warning(
            translate("cli", "could not update the live agenda file {path}: {reason}").format(
                path=exc.path, reason=localized(exc.reason)
            )
        )
