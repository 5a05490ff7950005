"""Render the app's views offscreen to PNG files.

Usage: ``python -m briefing_app.tools.screenshots OUTDIR``.

Uses a fresh temporary store with the bundled sample series unless
``--data-dir`` names an existing one, so screenshots are reproducible.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only when a screenshot is taken
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from briefing_app.store import SessionRecord, Store
    from briefing_app.ui.casestudies.view import CaseStudiesView
    from briefing_app.ui.dialogs.mydata import MyDataImportDialog
    from briefing_app.ui.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing_app.tools.screenshots")
    parser.add_argument("outdir", type=Path, help="folder to write PNG files into")
    parser.add_argument("--data-dir", help="use this data directory instead of a fresh one")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--select", default="2", help="session to show in the detail pane")
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="PATH",
        help="also import this feed file (any supported format); may repeat",
    )
    parser.add_argument("--timezone", help="zone for feeds that do not say theirs")
    parser.add_argument("--search", help="type this into the search box first")
    parser.add_argument("--name", default="main-window", help="file name (without .png)")
    parser.add_argument(
        "--views",
        default="sessions",
        help="comma-separated tabs to render (sessions, agenda, presenters, timeline, "
        "case-studies, changes, follow-ups, organizations, now-next; the dialogs settings, "
        "add-feed, attendance, pack, "
        "add-follow-up, edit-follow-up (with its history open), "
        "mydata-import (what a 'my data' file holds) and mydata-imported "
        "(what importing it did)) or 'all'; the "
        "workspace's sections render as case-studies-notes, case-studies-history, "
        "case-studies-materials; each is written "
        "as NAME-VIEW.png unless only 'sessions' is asked for",
    )
    parser.add_argument(
        "--now",
        metavar="ISO",
        help="the instant Now & next shows (e.g. 2020-05-11T17:30:00Z; default: now)",
    )
    parser.add_argument(
        "--organization",
        metavar="NAME",
        help="the organization the Organizations view shows (default: the first)",
    )
    parser.add_argument(
        "--workspace-demo",
        action="store_true",
        help="add a case study of one's own with notes, revisions and materials, and edit a "
        "feed's case study that the feed then changed underneath (shown in case-studies views)",
    )
    parser.add_argument(
        "--case", help="the case study to show: the first whose title contains this text"
    )
    parser.add_argument(
        "--first-run",
        action="store_true",
        help="as a new user sees it: upcoming sessions only (past ones not asked for); with "
        "only the sample loaded that is the call to add your event's feed",
    )
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="light")
    parser.add_argument(
        "--font-scale",
        type=float,
        default=1.0,
        metavar="FACTOR",
        help="a larger (or smaller) system font: the application font's size times FACTOR "
        "(QT_SCALE_FACTOR=2 in the environment scales everything instead)",
    )
    parser.add_argument(
        "--favourite", action="append", default=[], metavar="SESSION", help="mark as favourite"
    )
    parser.add_argument(
        "--questions-demo",
        action="store_true",
        help="give the selected session (--select) a few questions: unasked, asked, "
        "answered with a note (shown in the detail pane's Questions section)",
    )
    parser.add_argument(
        "--followups-demo",
        action="store_true",
        help="add follow-ups in every group (overdue, this week, later, no due date, done), "
        "some linked to sessions (shown in the follow-ups view)",
    )
    parser.add_argument(
        "--attendance-demo",
        action="store_true",
        help="join two of the sessions and mark two more attended or not (for the attendance view)",
    )
    parser.add_argument(
        "--hide",
        action="append",
        default=[],
        metavar="track:NAME|room:NAME",
        help="hide a track or a room first (may repeat; the list says what it hides)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    from briefing_app.feeds import parse_feed
    from briefing_app.ui.app import make_application
    from briefing_app.ui.main_window import _LAZY_TAB_TITLES, MainWindow
    from briefing_app.usecases import settings as app_settings
    from briefing_app.usecases.startup import open_store

    app = make_application()
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, open_store(args.data_dir or scratch) as store:
        for feed_path in args.feed:
            path = Path(feed_path)
            feed = parse_feed(path.read_bytes(), source=str(path), default_zone=args.timezone)
            store.import_feed(path.resolve().as_uri(), feed)
        app_settings.set_theme(store, args.theme)
        for ref in args.favourite:
            store.set_favourite(store.find_session(ref).id)
        if args.questions_demo and args.select:
            _add_questions_demo(store, store.find_session(args.select).id)
        if args.followups_demo:
            _add_followups_demo(store)
        if args.attendance_demo:
            _add_attendance_demo(store)
        for hidden in args.hide:
            what, _, name = hidden.partition(":")
            store.set_hidden(what, name)
        demo_case = None
        if args.workspace_demo:
            from briefing_app.tools.workspace_demo import add_workspace_demo

            demo_case = add_workspace_demo(store, Path(scratch) / "demo-files")
        settings = QSettings(str(Path(scratch) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings=settings)
        window.resize(args.width, args.height)
        window.show_past.setChecked(not args.first_run)
        window.show()
        window.searcher.wait()  # the whole list (loaded after the first paint) and its count
        app.processEvents()
        # The filters' values come from a thread; the bar lays out again for the filters
        # they hide (a shot taken before showed a gap where those had been).
        deadline = time.monotonic() + 10
        while window.sessions.filter_bar.pending and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.sendPostedEvents()
        app.processEvents()
        if args.search:
            window.search.setText(args.search)
            window.refresh()
            window.searcher.wait()  # searches run off the GUI thread
            window.sessions.show_pending_detail()  # it follows the answers a moment later
            app.processEvents()
        if args.select and not args.first_run:
            selected = store.find_session(args.select).id
            window.select_session(selected)
            questions = window.detail_panel.questions
            if args.questions_demo and questions.model.questions:
                questions.select(questions.model.questions[0].id)  # its tools as in use
        # Named from the tabs' English titles (in order: Sessions, then the others), so the
        # names stay the same whatever language the window speaks.
        tabs = {
            title.lower().replace("my ", "").replace(" && ", "-").replace(" ", "-"): i
            for i, title in enumerate(["Sessions", *_LAZY_TAB_TITLES.values()])
        }
        sections = {"details": 0, "notes": 1, "history": 2, "materials": 3}
        aliases = {"casestudies": "case-studies"}
        views = list(tabs) if args.views == "all" else args.views.split(",")
        dialogs: dict[str, Callable[[], QWidget]] = {
            "settings": window.open_settings,
            "add-feed": window.open_add_feed,
            "pack": window.open_pack,
            "add-follow-up": partial(
                window.add_followup, store.find_session(args.select).id if args.select else None
            ),
            "mydata-import": partial(_mydata_dialog, window, Path(scratch), app, imported=False),
            "mydata-imported": partial(_mydata_dialog, window, Path(scratch), app, imported=True),
            "attendance": window.open_attendance,
            "edit-follow-up": partial(_edit_followup_dialog, window, store),
        }
        for view in views:
            if view in dialogs:
                dialog = dialogs[view]()
                app.processEvents()
                target = args.outdir / f"{args.name}-{view}.png"
                if not dialog.grab().save(str(target)):
                    print(f"could not write {target}", file=sys.stderr)
                    return 1
                print(target)
                dialog.close()
                continue
            tab, _, section = aliases.get(view, view).partition("-")
            if tab == "case" and section.startswith("studies"):
                tab, section = "case-studies", section.removeprefix("studies").lstrip("-")
            else:
                tab, section = aliases.get(view, view), ""
            if tab not in tabs or (section and section not in sections):
                names = [*tabs, *(f"case-studies-{s}" for s in sections), *dialogs]
                print(f"no view {view!r} (have: {', '.join(names)})", file=sys.stderr)
                return 2
            window.tabs.setCurrentIndex(tabs[tab])  # a view reads the store when shown
            app.processEvents()
            if tab == "timeline" and args.select:
                window.timeline.select_session(store.find_session(args.select).id)
            if tab == "case-studies":
                _show_case_study(window.case_studies, args.case, demo_case, section)
            if tab == "now-next" and args.now:
                window.now_next.clock = functools.partial(
                    datetime.fromisoformat, args.now.replace("Z", "+00:00")
                )
                window.now_next.refresh()
            if tab == "organizations" and args.organization:
                chosen = [o.id for o in store.organizations(text=args.organization)]
                if chosen:
                    window.organizations.show_organization(chosen[0])
            app.processEvents()
            name = args.name if views == ["sessions"] else f"{args.name}-{view}"
            target = args.outdir / f"{name}.png"
            if not window.grab().save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target)
        window.close()
        window.deleteLater()
        app.processEvents()
        del window
    return 0


def _mydata_dialog(
    window: MainWindow, scratch: Path, app: QApplication, *, imported: bool
) -> MyDataImportDialog:
    """File › Import my data… on a demo file: a note edited on both sides, an orphan."""
    import json

    from briefing_app.usecases.mydata import export_document

    store = window.store
    first, second, third = (s.id for s in store.sessions()[1:4])
    store.set_favourite(first)
    store.set_note(second, "Ask about the permit pilot's budget.")
    store.add_question(second, "Which of the pilots will scale city-wide?")
    store.add_question(third, "Who owns the procurement data?", state="asked")
    store.set_reminder(first, enabled=True, minutes_before=15)
    document = export_document(store)
    document["notes"][0]["body"] = "Ask about the permit pilot's budget, and its timeline."
    document["notes"][0]["updated_at"] = "2099-01-01T00:00:00Z"
    orphan = dict(document["favourites"][0])
    orphan["session"] = {
        "feed_url": "https://events.example.org/summit-2027.json",
        "source_id": "opening-keynote",
        "uid": "",
        "title": "Summit 2027: Opening keynote",
        "start": "2027-03-02T14:00:00Z",
    }
    document["favourites"].append(orphan)
    path = scratch / "laptop.briefing-mydata.json"
    path.write_text(json.dumps(document), "utf-8")
    store.set_note(second, "Ask about the permit pilot.")
    dialog = window.open_mydata_import(path)
    window.tasks.wait()
    app.processEvents()
    if imported:
        dialog.import_button.click()
        window.tasks.wait()
        app.processEvents()
        window.agenda_writer.wait()  # the live agenda the import rewrites, before the grab
        app.processEvents()
    return dialog


def _add_attendance_demo(store: Store) -> None:
    """A member's record: two sessions joined (one twice), one marked, one marked not attended."""
    from datetime import timedelta

    per_series: dict[str, list[SessionRecord]] = {}
    for session in store.sessions():
        if not session.is_cancelled and len(per_series.setdefault(session.series_title, [])) < 3:
            per_series[session.series_title].append(session)
    # A few from each series (two series show the hours per series), in time order.
    sessions = [s for group in per_series.values() for s in group][:6]
    for number, session in enumerate(sessions[:2]):
        store.record_join(session.id, session.start - timedelta(minutes=2))
        if number == 1:
            store.record_join(session.id, session.start + timedelta(minutes=20))
    if len(sessions) > 3:
        store.mark_attendance(sessions[2].id, "not-attended")
        for session in sessions[3:]:
            store.mark_attendance(session.id, "attended")


def _add_questions_demo(store: Store, session_id: int) -> None:
    """A reader's questions as they stand during a session: some asked, one answered."""
    texts = (
        "How will the new procurement rules change the RFP timeline for small firms?",
        "Which pilot projects are open to association members this year?",
        "Will the city publish the evaluation criteria before the call opens?",
        "Is there a contact for follow-up questions after today's briefing?",
    )
    added = [store.add_question(session_id, text) for text in texts]
    store.mark_question(added[1].id, "asked")
    store.mark_question(
        added[2].id, "answered", answer="Yes: with the call, on the city's procurement portal."
    )


def _add_followups_demo(store: Store) -> None:
    """Follow-ups in every group, as after a briefing series' first weeks."""
    from datetime import timedelta

    from briefing_app.util.timeutil import local_zone_name, utc_now

    now = utc_now().replace(minute=0, second=0, microsecond=0)
    today = now.date()
    sessions = store.sessions()
    working_group = next((s for s in sessions if "Working Group" in s.title), sessions[0])
    stage = store.find_session("2")
    zone_name = local_zone_name()
    store.add_followup(
        "Send the procurement working group our comments on the draft RFP template",
        owner="Lisa Carroll",
        due=today - timedelta(days=2),
        priority=1,
        session_ids=[working_group.id],
    )
    store.add_followup(
        "Share the kick-off recording with the members who missed it",
        due=now + timedelta(days=2, hours=3),
        due_zone=zone_name,
        owner="Me",
        session_ids=[stage.id],
    )
    store.add_followup(
        "Ask the city for the pilot evaluation criteria",
        owner="Heather Taylor",
        due=today + timedelta(days=5),
        priority=5,
        session_ids=[stage.id],
    )
    store.add_followup(
        "Draft the association's recommendations for the final session",
        due=today + timedelta(days=30),
        priority=3,
    )
    store.add_followup("Introduce our members to the innovation office", owner="Me")
    done = store.add_followup(
        "Register for the working group sessions", session_ids=[working_group.id]
    )
    store.mark_followup(done.id, "done")
    # Edited twice: its dialog shows the versions it replaced (its history).
    edited = next(f for f in store.followups() if f.text.startswith("Draft the association"))
    store.edit_followup(edited.id, text="Draft the association's recommendations")
    store.edit_followup(
        edited.id, text=f"{edited.text}, with the working group's comments", owner="Me"
    )


def _edit_followup_dialog(window: MainWindow, store: Store) -> QWidget:
    """The edit form of the follow-up with the longest history, its history open."""
    records = store.followups()
    if not records:
        raise SystemExit("edit-follow-up needs follow-ups: add --followups-demo")
    record = max(records, key=lambda r: len(store.followup_history(r.id)))
    window.tabs.setCurrentWidget(window.followups)
    dialog = window.followups.open_dialog(record)
    if dialog.history:
        dialog.history_toggle.setChecked(True)
    return dialog


def _show_case_study(
    view: CaseStudiesView, wanted: str | None, demo_case: int | None, section: str
) -> None:
    """Select the case study asked for (or the demo's) and the section to render."""
    records = view.model.records
    chosen = next((r.id for r in records if wanted and wanted.lower() in r.title.lower()), None)
    chosen = chosen or demo_case
    if chosen is not None:
        view.show_case_study(chosen)
    view.editor_tabs.setCurrentIndex(
        {"": 0, "details": 0, "notes": 1, "history": 2, "materials": 3}[section]
    )
    if section == "history" and len(view.history.model.revisions) >= 2:
        revisions = view.history.model.revisions
        view.history.select(revisions[0].id, revisions[-1].id)
    if section == "materials" and view.materials.model.rowCount():
        view.materials.table.selectRow(0)


if __name__ == "__main__":
    raise SystemExit(main())
