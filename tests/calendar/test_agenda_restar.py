"""Importing our own agenda .ics stars its sessions again; other .ics only match (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.feeds import ical
from briefing_app.store import Store


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv], setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def favourites(data: Path) -> set[str]:
    with Store(data / "briefing.db") as store:
        return {s.source_id for s in store.sessions(favourites_only=True)}


@pytest.mark.parametrize("count", [1, 3])
def test_our_agenda_export_restars_its_sessions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path, count: int
) -> None:
    for number in range(1, count + 1):
        assert run(capsys, data_dir, "favourite", str(number))[0] == 0
    starred = favourites(data_dir)
    agenda = tmp_path / "agenda.ics"
    assert run(capsys, data_dir, "export-ics", "--agenda", "-o", str(agenda))[0] == 0
    text = agenda.read_text("utf-8")
    assert f"{ical.EXPORT_KIND_PROPERTY}:{ical.AGENDA_EXPORT}" in text  # one event too
    for number in range(1, count + 1):
        assert run(capsys, data_dir, "favourite", str(number), "--remove")[0] == 0
    assert favourites(data_dir) == set()
    code, out, err = run(capsys, data_dir, "import", str(agenda))
    assert code == 0, err
    assert favourites(data_dir) == starred
    assert f"{count} session" in out and "starred again" in out
    with Store(data_dir / "briefing.db") as store:
        assert len(store.feeds()) == 1  # matched, not copied


def test_an_other_export_only_matches(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    """Our export of all sessions (not the agenda) maps back onto them and stars nothing."""
    everything = tmp_path / "all.ics"
    assert run(capsys, data_dir, "export-ics", "--all", "-o", str(everything))[0] == 0
    assert ical.EXPORT_KIND_PROPERTY not in everything.read_text("utf-8")
    code, out, _ = run(capsys, data_dir, "import", str(everything))
    assert code == 0 and "already in the store" in out
    assert favourites(data_dir) == set()


def test_a_foreign_calendar_claiming_the_mark_is_not_ours(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    """The mark counts only under our PRODID: a foreign invite keeps today's behaviour."""
    foreign = tmp_path / "foreign.ics"
    foreign.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//Cal//EN\r\n"
        f"{ical.EXPORT_KIND_PROPERTY}:{ical.AGENDA_EXPORT}\r\n"
        "BEGIN:VEVENT\r\nUID:talk-1@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20270101T100000Z\r\nDTEND:20270101T110000Z\r\nSUMMARY:A talk\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        "utf-8",
    )
    code, _out, err = run(capsys, data_dir, "import", str(foreign))
    assert code == 0, err
    assert favourites(data_dir) == set()
    with Store(data_dir / "briefing.db") as store:
        assert "talk-1@example.org" in {s.source_id for s in store.sessions()}
