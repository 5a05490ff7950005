"""``organizations``: the organizations the feeds name, and one with what refers to it."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from briefing_app.cli.output import (
    EXIT_OK,
    check_tz,
    language_mark,
    print_json,
    print_session_lines,
    session_json,
    tell,
    write_line,
)
from briefing_app.store import OrganizationDetail, OrganizationRecord
from briefing_app.usecases.settings import content_languages
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import plural, translate
from briefing_app.util.textutil import one_line


def cmd_organizations(args: argparse.Namespace, out: TextIO) -> int:
    if args.organizations_command == "show":
        return _show(args, out)
    with open_store(args.data_dir) as store:
        found = store.organizations(kind=args.kind)
        languages = content_languages(store)
    if args.json:
        print_json([_record_json(o) for o in found], out)
        return EXIT_OK
    # The user's language (else [EN]), in its alphabetical order: "Ville de Toronto" under V.
    found = sorted((o.in_language(languages) for o in found), key=lambda o: o.name.casefold())
    if not found:
        if args.kind is None:
            tell(translate("cli", "No organizations."))
        else:
            tell(translate("cli", "No organizations of the kind {kind}.").format(kind=args.kind))
        return EXIT_OK
    width = max(len(str(o.id)) for o in found)
    for o in found:
        kinds = ", ".join(map(kind_text, o.kinds))
        counts = _counts(o)
        write_line(
            out,
            f"{o.id:>{width}}  {one_line(o.name)}{language_mark(o.fallback_language('name'))}"
            + (f" ({kinds})" if kinds else "")
            + (f" — {counts}" if counts else ""),
        )
    return EXIT_OK


def _show(args: argparse.Namespace, out: TextIO) -> int:
    check_tz(args)
    with open_store(args.data_dir) as store:
        detail = store.organization(args.id)  # NotFoundError: exit 3
        languages = content_languages(store)
    if getattr(args, "json", False):
        print_json(_detail_json(detail), out)
        return EXIT_OK
    sessions = detail.sessions  # listed below in the user's language, [EN] where not
    detail = detail.in_language(languages)
    o = detail.organization
    write_line(out, o.name + language_mark(o.fallback_language("name")))
    if o.kinds:
        write_line(
            out,
            translate("cli", "Kind: {kinds}").format(kinds=", ".join(map(kind_text, o.kinds))),
        )
    if o.url:
        write_line(out, translate("cli", "Website: {url}").format(url=o.url))
    if detail.feed_title:
        write_line(out, translate("cli", "Feed: {title}").format(title=detail.feed_title))
    for series, role in detail.series_roles:
        write_line(
            out,
            translate("cli", "{role} of {series}").format(
                role=kind_text(role).capitalize(), series=series
            ),
        )
    if o.description:
        write_line(out, "")
        if tag := o.fallback_language("description"):
            write_line(out, language_mark(tag).strip())
        for line in o.description.splitlines():
            write_line(out, line)
    if detail.presenters:
        write_line(out, "")
        write_line(out, translate("cli", "Presenters:"))
        for pid, name, title in detail.presenters:
            write_line(out, f"  {pid}  {name}" + (f" — {title}" if title else ""))
    if detail.case_studies:
        write_line(out, "")
        write_line(out, translate("cli", "Case studies:"))
        for cid, title in detail.case_studies:
            write_line(out, f"  {cid}  {title}")
    if sessions:
        write_line(out, "")
        write_line(out, translate("cli", "Sessions:"))
        print_session_lines(sessions, args, out, languages)
    return EXIT_OK


def kind_text(kind: str) -> str:
    """An organization's kind (or role in a series) in the user's language; others as given."""
    words = {
        "government": translate("cli", "government"),
        "member": translate("cli", "member"),
        "sponsor": translate("cli", "sponsor"),
        "partner": translate("cli", "partner"),
        "organizer": translate("cli", "organizer"),
        "other": translate("cli", "other"),
    }
    return words.get(kind, kind)


def _counts(o: OrganizationRecord) -> str:
    parts = []
    for count, one, many in (
        (o.presenters, translate("cli", "{n} presenter"), translate("cli", "{n} presenters")),
        (o.case_studies, translate("cli", "{n} case study"), translate("cli", "{n} case studies")),
        (o.sessions, translate("cli", "{n} session"), translate("cli", "{n} sessions")),
    ):
        if count:
            parts.append(plural(count, one, many).format(n=count))
    return ", ".join(parts)


def _record_json(o: OrganizationRecord) -> dict[str, Any]:
    return {
        "id": o.id,
        "feed_id": o.feed_id,
        "name": o.name,
        "kinds": list(o.kinds),
        "url": o.url,
        "logo_url": o.logo_url,
        "description": o.description,
        "presenters": o.presenters,
        "case_studies": o.case_studies,
        "sessions": o.sessions,
    }


def _detail_json(detail: OrganizationDetail) -> dict[str, Any]:
    return {
        **_record_json(detail.organization),
        "feed": detail.feed_title,
        "series": [{"series": s, "role": r} for s, r in detail.series_roles],
        "presenters": [{"id": i, "name": n, "title": t} for i, n, t in detail.presenters],
        "case_studies": [{"id": i, "title": t} for i, t in detail.case_studies],
        "sessions": [session_json(s) for s in detail.sessions],
    }
