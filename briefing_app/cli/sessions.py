"""Commands over sessions: sessions, show, presenters, agenda, favourite, note."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.calendar.live import live_agenda_path
from briefing_app.cli.arguments import read_stdin_text
from briefing_app.cli.output import (
    EXIT_OK,
    PROG,
    check_search,
    check_tz,
    colon,
    date_words,
    day_text,
    display_zone,
    fallback_legend,
    format_when,
    i18n_json,
    language_mark,
    material_kind_text,
    print_json,
    print_session_lines,
    refresh_live_agenda,
    session_json,
    shown_title,
    status_mark,
    tell,
    write_line,
    zone_place_text,
)
from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store import SessionLine, Store
from briefing_app.usecases import settings
from briefing_app.usecases.agenda import find_overlaps
from briefing_app.usecases.startup import open_store
from briefing_app.util.gcpause import pauses_gc
from briefing_app.util.i18n import localized, plural, translate
from briefing_app.util.textutil import markdown_to_text, one_line
from briefing_app.util.timeutil import (
    in_zone,
    local_zone_name,
    stamp_text,
    to_utc_text,
    utc_now,
)

if TYPE_CHECKING:
    # Records: the store's dataclasses load with the first command that builds one (a
    # listing builds SessionLine rows only).
    from briefing_app.store import PresenterRecord, SessionDetail, SessionRecord


# ---- commands ---------------------------------------------------------------------
@pauses_gc  # 10,000 rows and lines, no cycles: the collector's passes over them find nothing
def cmd_sessions(args: argparse.Namespace, out: TextIO) -> int:
    check_tz(args)
    check_search(args.search)
    with open_store(args.data_dir) as store:
        if args.feed is not None:
            store.feed(args.feed)  # NotFoundError names the missing feed
        ending_after = utc_now() if args.upcoming else None
        # The tracks and rooms the user hid stay hidden here too, unless --all.
        hidden = None if getattr(args, "all", False) else store.hidden_names()
        records: Sequence[SessionRecord] | Sequence[SessionLine]
        if args.search is not None:
            records = _searched(store, args)
            if hidden:
                records = [r for r in records if not hidden.hides(r.track, r.location)]
        elif args.json:
            records = store.sessions(
                ending_after=ending_after,
                feed_id=args.feed,
                favourites_only=args.favourites,
                limit=args.limit,
                hidden=hidden,
            )
        else:  # a listing for a person: only what its lines show
            records = store.session_lines(
                ending_after=ending_after,
                feed_id=args.feed,
                favourites_only=args.favourites,
                limit=args.limit,
                hidden=hidden,
            )
        if args.json:
            print_json([session_json(r) for r in records if not isinstance(r, SessionLine)], out)
            return EXIT_OK
        languages = settings.content_languages(store)
        if not records:
            # Upcoming means upcoming: the rows are the same as --json's, the note is on stderr.
            last = None
            if args.upcoming and args.search is None:
                last = store.sessions(
                    newest_first=True,
                    limit=1,
                    feed_id=args.feed,
                    favourites_only=args.favourites,
                )
            if last:
                ended = in_zone(last[0].end, display_zone(args, last[0].timezone))
                tell(
                    translate(
                        "cli",
                        "No upcoming sessions: the last one ended {day}. "
                        "`{prog} sessions` lists them all.",
                    ).format(day=day_text(ended.date()), prog=PROG)
                )
            else:
                tell(translate("cli", "No sessions match."))
            if hidden:
                tell(
                    plural(
                        hidden.count,
                        translate(
                            "cli", "{n} hidden track or room: `{prog} sessions --all` shows it."
                        ),
                        translate(
                            "cli", "{n} hidden tracks or rooms: `{prog} sessions --all` shows them."
                        ),
                    ).format(n=hidden.count, prog=PROG)
                )
            return EXIT_OK
        print_session_lines(records, args, out, languages)
    return EXIT_OK


def _searched(store: Store, args: argparse.Namespace) -> list[SessionRecord]:
    """``sessions --search``: the ranked matches, then the other filters."""
    records = store.search_sessions(args.search, limit=args.limit or 200)
    if args.upcoming:
        now = utc_now()
        records = [r for r in records if r.end > now]
    if args.favourites:
        records = [r for r in records if r.favourite]
    if args.feed is not None:
        records = [r for r in records if r.feed_id == args.feed]
    return records


def _detail_json(detail: SessionDetail) -> dict[str, Any]:
    data = session_json(detail.session)
    data.update(
        {
            "description": detail.description,
            "registration_url": detail.registration_url,
            "feedback_url": detail.feedback_url,
            "url": detail.url,
            "language": detail.language,
            "links": [{"url": link.url, "title": link.title} for link in detail.links],
            "updated": detail.updated.isoformat() if detail.updated else None,
            "sequence": detail.sequence,
            "presenters": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role,
                    "title": p.title,
                    "organization": p.organization,
                    **i18n_json(p.translations),
                }
                for p in detail.presenters
            ],
            "sponsors": [s.name for s in detail.sponsors],
            "case_studies": [
                {"id": c.id, "title": c.title, **i18n_json(c.translations)}
                for c in detail.case_studies
            ],
            "note": detail.note,
            "feed_url": detail.feed_url,
        }
    )
    return data


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    check_tz(args)
    from briefing_app.cli.materials import material_json
    from briefing_app.usecases.materials import display_title, kept_copy, materials_root

    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        detail = store.session_detail(record.id)
        questions = store.questions(record.id)
        root = materials_root(store)
        materials = [(m, kept_copy(m, root)) for m in store.session_materials(record.id)]
        languages = settings.content_languages(store)
        shown_materials = [(m.in_language(languages), kept) for m, kept in materials]
    if args.json:
        from briefing_app.cli.questions import question_json

        data = _detail_json(detail)
        data["materials"] = [material_json(m, detail.session, kept) for m, kept in materials]
        data["questions"] = list(map(question_json, questions))
        print_json(data, out)
        return EXIT_OK
    # For a person: the user's language where the feed gives several, others marked [EN].
    detail = detail.in_language(languages)
    marks = detail.fallbacks
    s = detail.session
    lines = [f"{status_mark(s)}{s.title}{language_mark(marks.get('title', ''))}"]
    if s.subtitle:
        lines.append(s.subtitle + language_mark(marks.get("subtitle", "")))
    from briefing_app.usecases.session_facts import session_facts  # its links: `show` only

    facts = [
        (
            colon(localized(fact.label)),
            localized(fact.value) + language_mark(marks.get(fact.key, "")),
        )
        for fact in session_facts(detail)
    ]
    when_label = translate("cli", "When:")
    width = max([10, len(when_label) + 1, *(len(name) + 1 for name, _ in facts)])
    when = format_when(s.start, s.end, s.timezone)
    lines.append(f"{when_label:<{width}}{when} ({zone_place_text(s.timezone)})")
    shown_zone = display_zone(args, s.timezone)
    if shown_zone != s.timezone:
        when = format_when(s.start, s.end, shown_zone)
        lines.append(f"{'':<{width}}{when} ({zone_place_text(shown_zone)})")
    lines += [f"{name:<{width}}{value}" for name, value in facts]
    if detail.presenters:
        lines.append(translate("cli", "Presenters:"))
        from briefing_app.util.presenter_roles import person_in_role  # `show` only

        for p in detail.presenters:
            about = ", ".join(x for x in (p.title, p.organization) if x)
            # "Josie Scioli (presenter)", "Présentation : Josie Scioli" (util/presenter_roles)
            person = person_in_role(p.name, p.role)
            text = (
                translate("cli", "  {person}: {about}").format(person=person, about=about)
                if about
                else f"  {person}"
            )
            lines.append(text + language_mark(marks.get(f"presenter:{p.id}", "")))
    if detail.case_studies:
        lines.append(translate("cli", "Case studies:"))
        lines += [
            f"  {c.title}{language_mark(marks.get(f'case_study:{c.id}', ''))}"
            for c in detail.case_studies
        ]
    if materials:
        kept_text = translate("cli", " (kept offline)")
        lines.append(translate("cli", "Materials:"))
        lines += [
            f"  {material_kind_text(m.kind)} · {display_title(m)}{language_mark(m.title_fallback)}"
            f"{kept_text if kept else ''}  {m.url}"
            for m, kept in shown_materials
        ]
    lines = [one_line(line) for line in lines]  # a title with a line break stays one line
    if s.summary:
        lines += ["", language_mark(marks.get("summary", "")).strip(), markdown_to_text(s.summary)]
    if detail.description:
        mark = language_mark(marks.get("description", "")).strip()
        lines += ["", mark, markdown_to_text(detail.description)]
    lines = [line for n, line in enumerate(lines) if line or not n or lines[n - 1]]
    if detail.note:
        lines += ["", translate("cli", "My notes:"), markdown_to_text(detail.note)]
    if questions:
        from briefing_app.usecases.questions import STATE_LABELS

        lines += ["", translate("cli", "My questions:")]
        lines += [
            one_line(
                translate("cli", "  {position}. [{state}] {text} (question {id})").format(
                    position=q.position,
                    state=localized(STATE_LABELS[q.state]),
                    text=q.text,
                    id=q.id,
                )
            )
            for q in questions
        ]
    if marks:
        lines += ["", *fallback_legend(marks.values(), languages[0])]
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _presenter_json(p: PresenterRecord) -> dict[str, Any]:
    return {
        "id": p.id,
        "feed_id": p.feed_id,
        "source_id": p.source_id,
        "name": p.name,
        "title": p.title,
        "organization": p.organization,
        "bio": p.bio,
        "photo_url": p.photo_url,
        "links": [{"url": link.url, "title": link.title} for link in p.links],
        "sessions": p.session_count,
        **i18n_json(p.translations),
    }


def cmd_presenters(args: argparse.Namespace, out: TextIO) -> int:
    check_search(args.search)
    with open_store(args.data_dir) as store:
        # The listing shows no bio nor links: brief rows (the JSON gives them whole).
        people = store.presenters(search=args.search, brief=not args.json)
        languages = settings.content_languages(store)
    if args.json:
        print_json([_presenter_json(p) for p in people], out)
        return EXIT_OK
    if not people:
        tell(translate("cli", "No presenters match."))
    width = max((len(str(p.id)) for p in people), default=1)
    for p in people:
        title, org = p.shown("title", languages), p.shown("organization", languages)
        about = ", ".join(x for x in (title.text, org.text) if x)
        if title.fallback or org.fallback:
            about += language_mark(title.language if title.fallback else org.language)
        count = plural(
            p.session_count, translate("cli", "{n} session"), translate("cli", "{n} sessions")
        ).format(n=p.session_count)
        write_line(
            out, f"{p.id:>{width}}  {p.name}" + (f" — {about}" if about else "") + f" ({count})"
        )
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace, out: TextIO) -> int:
    check_tz(args)
    with open_store(args.data_dir) as store:
        records = store.sessions(favourites_only=True)
        live = live_agenda_path(store)
        # The tracks and rooms the user hid stay hidden here too, unless --all.
        hidden = None if args.all else store.hidden_names()
        languages = settings.content_languages(store)
    left_out = 0
    if hidden:
        shown = [r for r in records if not hidden.hides(r.track, r.location)]
        left_out, records = len(records) - len(shown), shown
    clashes = find_overlaps(records)
    if left_out:
        tell(
            plural(
                left_out,
                translate(
                    "cli",
                    "{n} favourite in tracks or rooms you hid left out: `{prog} agenda --all` "
                    "shows it.",
                ),
                translate(
                    "cli",
                    "{n} favourites in tracks or rooms you hid left out: `{prog} agenda --all` "
                    "shows them.",
                ),
            ).format(n=left_out, prog=PROG)
        )
    if args.json:
        print_json(
            {
                "live_agenda": str(live),
                "sessions": [
                    {**session_json(r), "overlaps": [o.id for o in clashes.get(r.id, [])]}
                    for r in records
                ],
            },
            out,
        )
        return EXIT_OK
    if not records:
        if not left_out:
            tell(
                translate(
                    "cli", "Your agenda is empty: mark sessions with `{prog} favourite ID`."
                ).format(prog=PROG)
            )
        return EXIT_OK
    print_session_lines(records, args, out, languages)
    titles = {r.id: r.in_language(languages).title for r in records}
    for record in records:
        for other in clashes.get(record.id, []):
            if other.id > record.id:
                write_line(
                    out,
                    translate("cli", "! overlap: {title} (#{id}) and {other} (#{other_id})").format(
                        title=titles[record.id],
                        id=record.id,
                        other=titles[other.id],
                        other_id=other.id,
                    ),
                )
    return EXIT_OK


def _print_note_history(store: Store, session_id: int, title: str, out: TextIO) -> int:
    history = store.note_history(session_id)
    if not history:
        tell(translate("cli", "No earlier versions of the note on {title}.").format(title=title))
        return EXIT_OK
    zone = local_zone_name()
    reasons = {
        "conflict": translate("cli", "written elsewhere while another window had it open"),
        "overwritten": translate("cli", "replaced by a later write"),
        "restored": translate("cli", "replaced by restoring an earlier version"),
        "import": translate(
            "cli", "kept by Import my data (mydata import): the other version was newer"
        ),
    }
    for version in history:
        reason = reasons.get(version.reason, version.reason)
        when = stamp_text(to_utc_text(version.replaced_at), zone, date_words())
        write_line(
            out,
            translate("cli", "version {id} · replaced {when} · {reason}").format(
                id=version.id, when=when, reason=reason
            ),
        )
        for line in version.body.rstrip("\n").splitlines() or [""]:
            write_line(out, f"    {line}")
    return EXIT_OK


def cmd_favourite(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        store.set_favourite(record.id, not args.remove)
        refresh_live_agenda(store)
        title = shown_title(store, record)
    if args.remove:
        text = translate("cli", "{title} removed from favourites")
    else:
        text = translate("cli", "{title} added to favourites")
    write_line(out, text.format(title=title))
    return EXIT_OK


def cmd_note(args: argparse.Namespace, out: TextIO) -> int:
    if args.clear and args.text is not None:
        raise UsageError(translate("cli", "give a note or --clear, not both"))
    chosen = [args.clear, args.text is not None, args.history, args.restore is not None]
    if sum(chosen) > 1:
        raise UsageError(translate("cli", "give one of: a note, --clear, --history, --restore"))
    if args.text == "-":  # read before the store opens: nothing waits on a pipe holding it
        args.text = read_stdin_text()
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        title = shown_title(store, record)  # in the user's language
        if args.history:
            return _print_note_history(store, record.id, title, out)
        if args.restore is not None:
            if all(v.id != args.restore for v in store.note_history(record.id)):
                raise NotFoundError(
                    translate(
                        "cli",
                        "no earlier version {version} of the note on {title} "
                        "(see: {prog} note {id} --history)",
                    ).format(version=args.restore, title=title, prog=PROG, id=args.id)
                )
            store.restore_note_version(args.restore)
            write_line(
                out,
                translate("cli", "Restored version {version} of the note on {title}.").format(
                    version=args.restore, title=title
                ),
            )
            return EXIT_OK
        if args.clear or (args.text is not None and not args.text.strip()):
            had_note = bool(store.note(record.id))
            store.set_note(record.id, "")
            if had_note:
                write_line(
                    out,
                    translate("cli", "Note deleted from #{id} {title}.").format(
                        id=record.id, title=title
                    ),
                )
            else:
                tell(translate("cli", "No note on {title}.").format(title=title))
        elif args.text is not None:
            store.set_note(record.id, args.text)
            write_line(
                out,
                translate("cli", "Note saved on #{id} {title}.").format(id=record.id, title=title),
            )
        else:
            text = store.note(record.id)
            if text:
                out.write(text.rstrip("\n") + "\n")
            else:
                tell(translate("cli", "No note on {title}.").format(title=title))
    return EXIT_OK
