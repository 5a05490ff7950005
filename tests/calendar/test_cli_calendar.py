"""export-ics, agenda, favourite and import of invites from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from briefing_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_export_each_selection(capsys, tmp_path: Path) -> None:
    one = tmp_path / "one.ics"
    code, _, err = run(capsys, "export-ics", "--session", "2", "-o", str(one))
    assert code == 0 and "wrote 1 event to" in err
    assert [str(e["SUMMARY"]) for e in events(one)] == ["Setting the Stage"]
    two = tmp_path / "two.ics"
    run(capsys, "export-ics", "--session", "2", "--session", "kickoff-2020-04-15", "-o", str(two))
    assert len(events(two)) == 2
    everything = tmp_path / "all.ics"
    run(capsys, "export-ics", "--all", "-o", str(everything))
    assert len(events(everything)) == 5
    feed = tmp_path / "feed.ics"
    run(capsys, "export-ics", "--feed", "1", "-o", str(feed))
    assert icalendar.Calendar.from_ical(feed.read_bytes())["X-WR-CALNAME"] == (
        "Re-Imagine the City of Toronto"
    )
    run(capsys, "favourite", "4")
    agenda = tmp_path / "agenda.ics"
    run(capsys, "export-ics", "--agenda", "-o", str(agenda), "--alarm", "30")
    (event,) = events(agenda)
    assert str(event["SUMMARY"]) == "Procurement Innovation Expert Discussion"
    assert event.subcomponents[0]["TRIGGER"].to_ical() == b"-PT30M"
    run(capsys, "export-ics", "--agenda", "-o", str(agenda), "--no-alarm")
    assert not events(agenda)[0].subcomponents


def test_export_to_stdout(capsysbinary) -> None:
    code = main(["export-ics", "--session", "3", "-o", "-"], setup_logs=False)
    out = capsysbinary.readouterr().out
    assert code == 0
    parsed = icalendar.Calendar.from_ical(out)
    assert [str(e["SUMMARY"]) for e in parsed.walk("VEVENT")] == [
        "Procurement Improvement & Innovation Working Group"
    ]
    assert out.startswith(b"BEGIN:VCALENDAR\r\n")


def test_export_errors(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export-ics", "--all")
    assert code == 2 and "-o FILE" in err
    code, _, err = run(capsys, "export-ics", "--session", "nope", "-o", str(tmp_path / "x.ics"))
    assert code == 3 and "no session" in err
    assert not (tmp_path / "x.ics").exists()
    code, _, err = run(capsys, "export-ics", "--all", "-o", str(tmp_path / "no" / "dir" / "x.ics"))
    # A typo in the folder fails rather than making folders nobody asked for.
    # Not found, as the README's exit codes say (3), naming the missing folder.
    assert code == 3 and "cannot write" in err and f"folder {tmp_path / 'no' / 'dir'}" in err
    assert not (tmp_path / "no").exists()


def test_live_agenda_follows_favourites(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "export-ics", "--live-path")
    live = Path(out.strip())
    assert code == 0 and live == data_dir / "agenda.ics"
    assert events(live) == []
    run(capsys, "favourite", "2")
    run(capsys, "favourite", "3")
    assert [str(e["SUMMARY"]) for e in events(live)] == [
        "Setting the Stage",
        "Procurement Improvement & Innovation Working Group",
    ]
    run(capsys, "favourite", "2", "--remove")
    assert len(events(live)) == 1


def test_agenda_lists_favourites_and_flags_overlaps(capsys, tmp_path: Path) -> None:
    doc = {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": "clash", "title": "Clashes", "timezone": "America/Toronto"},
        "sessions": [
            {
                "id": "a",
                "title": "Alpha",
                "start": "2026-05-01T10:00:00-04:00",
                "end": "2026-05-01T11:00:00-04:00",
            },
            {
                "id": "b",
                "title": "Beta",
                "start": "2026-05-01T10:30:00-04:00",
                "end": "2026-05-01T11:30:00-04:00",
            },
            {
                "id": "c",
                "title": "Gamma",
                "start": "2026-05-01T11:30:00-04:00",
                "end": "2026-05-01T12:00:00-04:00",
            },
        ],
    }
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    run(capsys, "import", str(path))
    for ref in ("2/a", "2/b", "2/c"):
        run(capsys, "favourite", ref)
    code, out, _ = run(capsys, "agenda")
    assert code == 0
    assert "! overlap: Alpha (#6) and Beta (#7)" in out
    assert "Gamma (#8)" not in out.split("! overlap")[1]  # touching is not clashing
    code, out, _ = run(capsys, "agenda", "--json")
    data = json.loads(out)
    assert {s["title"]: s["overlaps"] for s in data["sessions"]} == {
        "Alpha": [7],
        "Beta": [6],
        "Gamma": [],
    }
    assert data["live_agenda"].endswith("agenda.ics")


def test_import_an_invite_from_the_command_line(capsys, tmp_path: Path) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
        "UID:meeting-1@example.org\r\nSEQUENCE:1\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20260301T150000Z\r\nDTEND:20260301T160000Z\r\nSUMMARY:Budget review\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", str(invite))
    assert code == 0, err
    assert out.strip().endswith("imported 1 session (feed 2)")
    exported = tmp_path / "mine.ics"
    run(capsys, "export-ics", "--all", "-o", str(exported))
    code, out, _ = run(capsys, "import", str(exported), "--json")
    result = json.loads(out)
    assert len(result["matched_sessions"]) == 6
    assert "6 events already in the store" in result["summary"]


def test_several_sessions_after_one_session_option(capsys, tmp_path: Path) -> None:
    listed = tmp_path / "listed.ics"
    code, _, err = run(capsys, "export-ics", "--session", "1", "2", "#4", "-o", str(listed))
    assert code == 0, err
    assert err.strip() == f"wrote 3 events to {listed}"
    repeated = tmp_path / "repeated.ics"
    code, _, err = run(
        capsys, "export-ics", "--session", "1", "2", "--session", "4", "-o", str(repeated)
    )
    assert code == 0, err

    def summaries(path: Path) -> list[str]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]

    assert summaries(listed) == summaries(repeated)
    assert len(summaries(listed)) == 3
