"""Issue 12, "one rule, one place": the command line and the window give the same answer."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.calendar.export import live_agenda_path
from briefing_app.cli import main
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.agenda import LiveAgendaError, rewrite_live_agenda


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


# ---- rewriting agenda.ics after a change ------------------------------------------------
def test_the_live_agenda_rewrite_and_its_failure_are_one_rule(
    capsys, qtbot, sample_store: Store
) -> None:
    path = live_agenda_path(sample_store)
    path.mkdir(parents=True)  # a folder where the file goes: the disk refuses
    with pytest.raises(LiveAgendaError) as caught:
        rewrite_live_agenda(sample_store)
    reason = caught.value.reason
    assert caught.value.path == path and reason
    code, _, err = run(capsys, "favourite", "2")
    assert code == 0  # the change stands
    assert err.strip() == (
        f"briefing-app: warning: could not update the live agenda file {path}: {reason}"
    )
    window = MainWindow(sample_store)  # after the command: it does not follow another process
    qtbot.addWidget(window)
    window.set_favourite(3, True)
    qtbot.waitUntil(
        lambda: "Could not update the live agenda file" in window.messages.text(), timeout=10_000
    )
    assert reason in window.messages.text()
    assert window.agenda_writer.wait(5000)
    path.rmdir()
    assert rewrite_live_agenda(sample_store) == path
    assert path.read_bytes().count(b"BEGIN:VEVENT") == 2  # both fronts' favourites


# ---- the wording of a change -------------------------------------------------------------
def test_a_change_reads_the_same_in_the_changes_command_and_the_changes_tab(
    capsys, qtbot, sample_store: Store, feed_server: FeedServer
) -> None:
    from briefing_app.ui.changes.view import ChangesView

    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    doc["series"]["title"] = "Remote briefings"
    url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    assert run(capsys, "feeds", "add", url)[0] == 0
    doc["sessions"][0]["title"] = "Kick-off, renamed"
    doc["sessions"][1]["start"] = doc["sessions"][1]["start"].replace("T1", "T0")
    doc["sessions"][4]["status"] = "cancelled"
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    assert run(capsys, "sync")[0] == 0
    code, out, _ = run(capsys, "changes")
    assert code == 0
    cli = {line.strip() for line in out.splitlines() if line.startswith("  ") and line[2] != "("}
    view = ChangesView(sample_store)
    qtbot.addWidget(view)
    gui = {row.text for row in view.model.rows if not row.heading}
    assert cli == gui, out
    assert any(text.startswith("Moved: ") and "(was " in text for text in cli)
    assert "Cancelled: Planning Session: Fall–Winter 2020 Series" in cli


# ---- which facts a session shows ---------------------------------------------------------
def test_show_and_the_detail_pane_list_the_same_facts(
    capsys, sample_store: Store, tmp_path: Path
) -> None:
    from briefing_app.ui.sessions.detail_markdown import md_escape, session_markdown
    from briefing_app.usecases.session_facts import session_facts

    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "in-town"
    doc["sessions"][0]["format"] = "in-person"
    doc["sessions"][0]["location"] = "City Hall, Committee Room 2"
    path = tmp_path / "in-town.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run(capsys, "import", str(path))[0] == 0
    record = next(r for r in sample_store.sessions() if r.location == "City Hall, Committee Room 2")
    detail = sample_store.session_detail(record.id)
    facts = session_facts(detail)
    assert [(f.label, f.value) for f in facts if f.label in ("Kind", "Format")] == [
        ("Kind", "Briefing"),
        ("Format", "In person"),
    ]
    code, out, _ = run(capsys, "show", str(record.id))
    assert code == 0
    cli = [
        line
        for line in out.splitlines()
        if line[:10].rstrip().endswith(":") and line[10:] and not line.startswith("When:")
    ]
    assert cli == [f"{fact.label + ':':<10}{fact.value}" for fact in facts]
    markdown = session_markdown(detail)
    for fact in facts:
        value = f"<{fact.value}>" if fact.link else md_escape(fact.value)
        assert f"**{fact.label}:** {value}" in markdown
    assert "in-person" not in out and "In person" in out


# ---- printing JSON -----------------------------------------------------------------------
def test_json_is_written_in_one_place() -> None:
    """Every ``--json`` goes through cli/output.print_json (single_instance: a wire message)."""
    import ast

    import briefing_app

    package = Path(briefing_app.__file__).parent
    writers = set()
    for path in [*package.glob("cli/**/*.py"), *package.glob("ui/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("dump", "dumps")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "json"
            ):
                writers.add(path.relative_to(package).as_posix())
    assert writers == {"cli/output.py", "ui/single_instance.py"}


def test_json_output_keeps_its_shape(capsys, sample_store: Store) -> None:
    from briefing_app.cli.output import print_json

    code, out, _ = run(capsys, "sessions", "--json")
    assert code == 0
    data = json.loads(out)
    print_json(data, sys.stdout)
    again, _ = capsys.readouterr()
    assert again == out  # indented by 2, non-ASCII kept ("Fall–Winter"), one newline
    assert "Fall–Winter" in out and out.endswith("}\n]\n")


# ---- settings ----------------------------------------------------------------------------
def test_settings_live_in_one_module() -> None:
    """Only usecases/settings.py reads or writes a setting (the Store seeds its own flag)."""
    import ast

    import briefing_app

    package = Path(briefing_app.__file__).parent
    callers = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in (
                "get_setting",
                "int_setting",
                "set_setting",
            ):
                callers.add(path.relative_to(package).as_posix())
    # The Store defines them (store/local.py) and seeds the sample with one (subscriptions).
    assert callers == {"usecases/settings.py", "store/local.py", "store/subscriptions.py"}


def test_the_cli_alarm_and_the_settings_dialog_read_one_reminder_setting(
    capsys, qtbot, sample_store: Store, tmp_path: Path
) -> None:
    import icalendar

    from briefing_app.ui.dialogs.settings import SettingsDialog
    from briefing_app.ui.workers.tasks import TaskRunner
    from briefing_app.usecases import settings

    settings.set_reminder_minutes(sample_store, 40)
    with pytest.raises(settings.SettingError):
        settings.set_reminder_minutes(sample_store, -5)
    with pytest.raises(settings.SettingError):
        settings.set_time_display(sample_store, "sideways")
    assert settings.reminder_minutes(sample_store) == 40
    assert settings.time_display(sample_store) == "both"
    out_file = tmp_path / "one.ics"
    assert run(capsys, "export-ics", "--session", "2", "-o", str(out_file))[0] == 0
    (event,) = icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt.total_seconds() == -40 * 60
    dialog = SettingsDialog(sample_store, TaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.reminder.value() == 40
    assert dialog.time_display.currentData() == "both"
    sample_store.set_setting(settings.THEME, 12)  # hand-edited: reads as the default
    assert settings.theme(sample_store) == "system"
