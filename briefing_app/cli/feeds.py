"""Commands over feeds: import, feeds add/list/remove/timezone, sync, changes."""

from __future__ import annotations

import argparse
import re
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.calendar.live import live_agenda_path
from briefing_app.cli.output import (
    EXIT_OK,
    PROG,
    date_words,
    language_mark,
    print_json,
    refresh_live_agenda,
    stamp,
    tell,
    tell_error,
    tell_warning,
    write_line,
    zone_argument,
    zone_label_text,
)
from briefing_app.cli.zones import (
    feed_zone_json,
    feed_zone_text,
    outcome_zone_json,
    outcome_zone_note,
    with_zone_hint,
)
from briefing_app.errors import MissingTimezoneError, UsageError
from briefing_app.platform.paths import database_path
from briefing_app.usecases.changes import describe_change, in_language
from briefing_app.usecases.settings import content_languages, feed_fetcher
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import fill, localized, plural, translate
from briefing_app.util.multilingual import fallback_of

if TYPE_CHECKING:
    from briefing_app.store import SessionChange, Store
    from briefing_app.sync import SyncOutcome


# Downloading (requests), reading feed files (the parsers, icalendar) and the workspace
# are imported by the commands that use them: `feeds list` and `changes` only read.


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.usecases.imports import import_file, read_feed_file

    path = Path(args.file)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+://", args.file) and not path.exists():
        _refuse_address(args.file)
    # No store yet: the file is read (and its head checked) before one is made, so a
    # bad file creates nothing; the limit is the default, as no setting was made.
    # Otherwise the store's max-feed-size setting says how large a file may be.
    fresh = not database_path(args.data_dir).exists()
    feed = read_feed_file(path) if fresh else None
    with open_store(args.data_dir) as store:
        result = import_file(store, path, feed)
        if result.matched or result.starred or (result.changes and result.changes.changes):
            refresh_live_agenda(store)
    changes = result.changes
    if args.json:
        print_json(
            {
                "feed_id": changes.feed_id if changes else None,
                "first_import": bool(changes and changes.first_import),
                "summary": result.summary(),
                "changes": [_change_json(c) for c in changes.changes] if changes else [],
                "matched_sessions": list(result.matched),
            },
            out,
        )
    else:
        summary = localized(result.summary())
        if changes:
            text = translate("cli", "{path}: {summary} (feed {id})")
        else:
            text = translate("cli", "{path}: {summary}")
        write_line(out, text.format(path=path, summary=summary, id=changes and changes.feed_id))
    for warning in result.feed.warnings:
        tell_warning(warning)
    return EXIT_OK


def _refuse_address(text: str) -> None:
    """``import`` reads files: an address is refused as bad input (exit 2), a malformed
    one in the words ``feeds add`` uses for it."""
    from briefing_app.sync.http import check_web_address

    if text.lower().startswith(("http://", "https://")):
        check_web_address(text)
    raise UsageError(
        fill(
            translate(
                "cli",
                "{address!r} is an address, not a file: follow it with "
                "`briefing-app feeds add ADDRESS`",
            ),
            {"address": text},
        )
    )


def _stored_summary(block: dict[str, Any]) -> str:
    """A past sync's summary, stored in English, said again in the user's language."""
    stored = str(block["summary"])
    if date_words() is None:  # English: as stored
        return stored
    from briefing_app.store import ChangeSet

    if block["outcome"] == "changed" and block["_changes"]:
        changed = ChangeSet(block["feed_id"], False, changes=tuple(block["_changes"]))
        return localized(changed.summary())
    imported = re.fullmatch(r"imported (\d+) sessions?", stored)
    if block["outcome"] == "imported" and imported:
        return localized(ChangeSet(block["feed_id"], True, int(imported[1])).summary())
    return stored


def _outcome_json(outcome: SyncOutcome) -> dict[str, Any]:
    changes = outcome.changes
    return {
        "feed_id": outcome.feed_id,
        "feed": outcome.feed_name,
        "status": outcome.status,
        "summary": outcome.summary(),
        "first_import": bool(changes and changes.first_import),
        "changes": [_change_json(c) for c in changes.changes] if changes else [],
        "warnings": list(outcome.warnings),
        "timezone_inferred": outcome_zone_json(outcome),
        "seconds": round(outcome.seconds, 3),
    }


def _change_json(change: SessionChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "session_id": change.session_id,
        "title": change.title,
        "detail": change.detail,
    }


def cmd_feeds(args: argparse.Namespace, out: TextIO) -> int:
    if args.feeds_command == "add":
        return _cmd_feeds_add(args, out)
    with open_store(args.data_dir) as store:
        if args.feeds_command == "remove":
            record = store.feed(args.feed_id)
            kept = store.local_data_count(record.id)
            if kept and not args.force:
                raise UsageError(
                    plural(
                        kept,
                        translate(
                            "cli",
                            "feed {id} ({name}) has {count} thing of yours (a favourite, note, "
                            "question or reminder) that would be deleted with it; "
                            "add --force to remove it",
                        ),
                        translate(
                            "cli",
                            "feed {id} ({name}) has {count} things of yours (favourites, notes, "
                            "questions or reminders) that would be deleted with it; "
                            "add --force to remove it",
                        ),
                    ).format(id=record.id, name=record.name, count=kept)
                )
            store.remove_feed(record.id)
            from briefing_app.workspace import Workspace

            Workspace(store).collect_garbage()  # files only its case studies used
            refresh_live_agenda(store)
            write_line(
                out,
                translate("cli", "removed feed {id}: {name}").format(
                    id=record.id, name=record.name
                ),
            )
            return EXIT_OK
        if args.feeds_command == "timezone":
            record = store.feed(args.feed_id)
            store.set_feed_timezone(record.id, zone_argument(args.zone, "ZONE"))
            instead = (
                fill(
                    translate("cli", " instead of {zone} (inferred from {city!r})"),
                    {
                        "zone": zone_label_text(record.zone or ""),
                        "city": record.timezone_inferred_from,
                    },
                )
                if record.zone_inferred
                else ""
            )
            write_line(
                out,
                translate(
                    "cli", "feed {id} ({name}) now uses {zone}{instead}; run `{prog} sync {id}`"
                ).format(
                    id=record.id,
                    name=record.name,
                    zone=zone_label_text(args.zone),
                    instead=instead,
                    prog=PROG,
                ),
            )
            return EXIT_OK
        records = store.feeds()
        counts = store.session_counts_by_feed()
        languages = content_languages(store)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "url": r.url,
                    "title": r.title,
                    "format": r.format,
                    "builtin": r.builtin,
                    "timezone": r.timezone,
                    **feed_zone_json(r),
                    "sessions": counts.get(r.id, 0),
                    "last_success_at": r.last_success_at,
                }
                for r in records
            ],
            out,
        )
        return EXIT_OK
    if not records:
        tell(translate("cli", "No feeds. Follow one with: {prog} feeds add URL").format(prog=PROG))
    sessions_of = (translate("cli", "{n} session"), translate("cli", "{n} sessions"))
    for r in records:
        n = counts.get(r.id, 0)
        source = translate("cli", "bundled sample") if r.builtin else r.url
        synced = (
            translate("cli", ", synced {when}").format(when=stamp(r.last_success_at))
            if r.last_success_at and not r.builtin
            else ""
        )
        zone = f", {feed_zone_text(r)}" if feed_zone_text(r) else ""
        count = plural(n, *sessions_of).format(n=n)
        name = r.shown_name(languages)  # the series' title in the user's language, or marked
        title = (name.text + language_mark(fallback_of(name))) if r.title else ""
        title = title or translate("cli", "(untitled)")
        write_line(out, f"{r.id}  {title} ({count}{zone}{synced}) {source}")
    return EXIT_OK


def _cmd_feeds_add(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.sync import subscribe

    try:
        with open_store(args.data_dir) as store, closing(feed_fetcher(store)) as fetcher:
            feed_id, outcome = subscribe(
                store,
                args.location,
                fetcher,
                timezone=zone_argument(args.timezone, "--timezone"),
                title=args.title,
                first_sync=not args.no_sync,
            )
            record = store.feed(feed_id)
            name = _shown_names(store).get(feed_id, record.name)  # as `feeds list` names it
    except MissingTimezoneError as exc:
        raise with_zone_hint(
            exc, translate("cli", "add --timezone ZONE, e.g. --timezone Europe/Brussels")
        ) from exc
    if args.json:
        print_json(
            {
                "feed_id": feed_id,
                "url": record.url,
                **(_outcome_json(outcome) if outcome else {"status": "subscribed"}),
            },
            out,
        )
    elif outcome is None:
        write_line(
            out,
            translate("cli", "following feed {id}: {url} (run `{prog} sync {id}`)").format(
                id=feed_id, url=record.url, prog=PROG
            ),
        )
    else:
        write_line(
            out,
            translate("cli", "following feed {id}: {name}: {summary}").format(
                id=feed_id, name=name, summary=localized(outcome.summary())
            )
            + outcome_zone_note(outcome),
        )
        for warning in outcome.warnings:
            tell_warning(warning)
    return EXIT_OK


def _shown_names(store: Store) -> dict[int, str]:
    """Each feed's name as a person reads it: its series' title in the user's language
    (`` [EN]`` after a fallback), or the name the user gave it."""
    languages = content_languages(store)
    names = {}
    for record in store.feeds():
        if not record.title:
            continue
        picked = record.shown_name(languages)
        names[record.id] = picked.text + language_mark(fallback_of(picked))
    return names


#: Sync outcomes that leave the store's sessions as they were.
_NOTHING_CHANGED = frozenset({"not-modified", "unchanged"})


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.sync import sync_all

    with open_store(args.data_dir) as store, closing(feed_fetcher(store)) as fetcher:
        targets = [store.feed(args.feed).id] if args.feed is not None else None
        report = sync_all(store, fetcher, feed_ids=targets)
        names = _shown_names(store)  # each feed as `feeds list` names it, in the user's language
        kept = None
        if any(o.status == "applied" for o in report.outcomes):  # else no material changed
            from briefing_app.usecases import prereads

            kept = prereads.after_sync(store, report)  # kept materials the feeds changed
        # A feed answered 304 or unchanged changed nothing the agenda shows: rewriting
        # agenda.ics (icalendar, every favourite) would be most of such a sync's time.
        changed = any(o.status not in _NOTHING_CHANGED for o in report.outcomes)
        if changed or (report.outcomes and not live_agenda_path(store).exists()):
            refresh_live_agenda(store)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "feeds": [_outcome_json(o) for o in report.outcomes],
                "errors": [
                    {"feed_id": fid, "feed": name, "error": str(err), "exit_code": err.exit_code}
                    for fid, name, err in report.errors
                ],
            },
            out,
        )
    else:
        for outcome in report.outcomes:
            name = names.get(outcome.feed_id, outcome.feed_name)
            write_line(
                out,
                translate("cli", "{id}  {name}: {summary}").format(
                    id=outcome.feed_id, name=name, summary=localized(outcome.summary())
                )
                + outcome_zone_note(outcome),
            )
            for warning in outcome.warnings:
                tell_warning(
                    translate("cli", "{name}: {warning}").format(
                        name=name, warning=localized(warning)
                    )
                )
        if kept is not None and kept.report.files:
            write_line(
                out,
                translate("cli", "kept materials: {summary}").format(
                    summary=localized(kept.report.summary())
                ),
            )
        for feed_id, _name, error in report.errors:
            hint = translate("cli", "set it with: {prog} feeds timezone {id} ZONE").format(
                prog=PROG, id=feed_id
            )
            tell_error(with_zone_hint(error, hint))
    if report.errors:
        return report.errors[0][2].exit_code
    return EXIT_OK


def cmd_changes(args: argparse.Namespace, out: TextIO) -> int:
    """Per feed: the latest sync that changed something, and when it was last checked."""
    blocks: list[dict[str, Any]] = []
    with open_store(args.data_dir) as store:
        feeds = [store.feed(args.feed)] if args.feed is not None else store.feeds()
        languages = content_languages(store)  # the text in the user's language, else marked
        for record in feeds:
            changed = store.latest_changes(record.id, with_changes=True)
            last = store.latest_changes(record.id)
            if changed is None or last is None:
                continue
            run, changes = changed
            name = record.shown_name(languages)
            blocks.append(
                {
                    "feed_id": record.id,
                    "feed": record.name,
                    "_feed": name.text + language_mark(fallback_of(name)),
                    "synced_at": run["finished_at"],
                    "outcome": run["outcome"],
                    "summary": run["summary"],
                    "last_checked_at": record.last_success_at or last[0]["finished_at"],
                    "changes": [_change_json(c) for c in changes],
                    "_changes": in_language(store, changes, languages),
                    "_run": run["id"],
                }
            )
    blocks.sort(key=lambda b: b["_run"], reverse=True)
    if args.json:
        clean = [{k: v for k, v in b.items() if not k.startswith("_")} for b in blocks]
        print_json(clean[0] if args.feed is not None and clean else clean, out)
        return EXIT_OK
    if not blocks:
        tell(translate("cli", "No sync yet."))
        return EXIT_OK
    for block in blocks:
        write_line(
            out,
            translate("cli", "{feed}, synced {when}: {summary}").format(
                feed=block["_feed"],
                when=stamp(block["synced_at"]),
                summary=_stored_summary(block),
            ),
        )
        for change in block["_changes"]:
            marked = replace(change, title=change.title + language_mark(change.title_fallback))
            write_line(out, f"  {localized(describe_change(marked, None, date_words()))}")
        if block["last_checked_at"] and block["last_checked_at"] > block["synced_at"]:
            write_line(
                out,
                translate("cli", "  (checked again {when}: no changes since)").format(
                    when=stamp(block["last_checked_at"])
                ),
            )
    return EXIT_OK
