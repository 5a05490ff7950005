"""Session 10 review, the CLI's and the core's words: each in English and in French."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_cli_i18n import english_afterwards  # noqa: F401 - its fixture

from briefing_app.util import i18n

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample-feed.json"


def test_the_second_start_says_so_in_the_terminal_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from briefing_app.ui.app import _say_handed_off

    one, two = [Path("/tmp/jres-2022.ics")], [Path("/tmp/a.ics"), Path("/tmp/b.ics")]
    i18n.use_language("en")
    _say_handed_off(one)
    _say_handed_off(two)
    _say_handed_off([])
    assert capsys.readouterr().out.splitlines() == [
        "Briefing Companion is already open; it imports jres-2022.ics.",
        "Briefing Companion is already open; it imports 2 files: a.ics, b.ics.",
        "Briefing Companion is already open; it comes to the front.",
    ]
    i18n.use_language("fr")
    _say_handed_off(one)
    _say_handed_off(two)
    _say_handed_off([])
    assert capsys.readouterr().out.splitlines() == [
        "Briefing Companion est déjà ouvert; il importe jres-2022.ics.",
        "Briefing Companion est déjà ouvert; il importe 2 fichiers\u00a0: a.ics, b.ics.",
        "Briefing Companion est déjà ouvert; il passe au premier plan.",
    ]


BROKEN_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T100000Z\r\n"
    "SUMMARY:A\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
TRUNCATED_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\n"
    "SUMMARY:A\r\nEND:VEVENT\r\n"
)


def test_an_ics_error_says_where_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Review 10 #7: "line", "no UID" and Python's quotes were English in French."""
    from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale

    broken, truncated = tmp_path / "broken.ics", tmp_path / "truncated.ics"
    broken.write_text(BROKEN_ICS, "utf-8")
    truncated.write_text(TRUNCATED_ICS, "utf-8")
    set_locale(monkeypatch, ENGLISH)
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path / "d"), "import", str(broken))
    assert code == 4
    assert err.strip() == (
        f"briefing-app: error: {broken}: at VEVENT #1 (UID 'x'), line 7: the VEVENT that "
        "starts at line 3 has no END:VEVENT (BEGIN:VEVENT at line 7 came first)"
    )
    set_locale(monkeypatch, FRENCH)
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path / "d"), "import", str(broken))
    assert code == 4
    assert f"{broken}\u00a0: à VEVENT nº 1 (UID «\u00a0x\u00a0»), ligne 7\u00a0: le VEVENT" in err
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path / "d"), "import", str(truncated))
    assert code == 4
    assert f"{truncated}\u00a0: à la ligne 6\u00a0: le fil se termine" in err
    for english in ("line", "UID 'x'", "no UID"):
        assert english not in err


ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def test_stamps_and_dates_are_for_people_in_english_and_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Review 10 #16: `feeds list`, `changes` and `followups list` printed stored stamps
    (``2026-12-07T16:44:13Z``, ``échéance 2026-12-01``); JSON keeps them as stored."""
    from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale

    data = str(tmp_path / "data")
    feed = tmp_path / "mine.json"
    feed.write_bytes(SAMPLE.read_bytes().replace(b'"reimagine-toronto-2020"', b'"mine"'))
    set_locale(monkeypatch, ENGLISH)
    assert run_cli(capsys, "--data-dir", data, "feeds", "add", str(feed))[0] == 0
    argv = ("followups", "add", "Call Lisa", "--due", "2030-01-02")
    assert run_cli(capsys, "--data-dir", data, *argv)[0] == 0
    english = {
        command: run_cli(capsys, "--data-dir", data, *command.split())[1]
        for command in ("feeds list", "changes", "followups list")
    }
    assert re.search(r", synced \w{3} \d\d \w{3} \d{4} \d\d:\d\d \S+\)", english["feeds list"])
    assert re.search(r", synced \w{3} \d\d \w{3} \d{4} \d\d:\d\d \S+: imported", english["changes"])
    assert "due Wed 02 Jan 2030" in english["followups list"]
    set_locale(monkeypatch, FRENCH)
    french = {
        command: run_cli(capsys, "--data-dir", data, *command.split())[1]
        for command in ("feeds list", "changes", "followups list")
    }
    assert re.search(r"synchronisé \w+ \d+ \w+ \d{4} \d+ h \d\d", french["feeds list"])
    assert "échéance mercredi 2 janvier 2030" in french["followups list"]
    for text in (*english.values(), *french.values()):
        assert not ISO_DAY.search(text), text
    listed = json.loads(run_cli(capsys, "--data-dir", data, "feeds", "list", "--json")[1])
    assert any(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(f["last_success_at"])) for f in listed
    )


def test_cli_wording_of_attendance_and_follow_ups(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Review 10 #19: "Due this week (next 7 days) (1)", "[attended: marked attended]" and
    "1.5 h  1 in all" (the window says "1 h 30 min")."""
    from datetime import UTC, datetime, timedelta

    from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale

    data = str(tmp_path / "data")
    set_locale(monkeypatch, ENGLISH)
    assert run_cli(capsys, "--data-dir", data, "attendance", "mark", "1", "attended")[0] == 0
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()  # any zone's week
    assert run_cli(capsys, "--data-dir", data, "followups", "add", "X", "--due", tomorrow)[0] == 0
    out = run_cli(capsys, "--data-dir", data, "attendance", "list")[1].splitlines()
    assert out[0].startswith("#1  Wed 15 Apr 2020  1 h 30 min  [attended, marked]  ")
    assert out[-1] == "1 h 30 min  1 session  Total"
    assert run_cli(capsys, "--data-dir", data, "followups", "list")[1].startswith(
        "Due this week (1)\n"
    )
    set_locale(monkeypatch, FRENCH)
    out = run_cli(capsys, "--data-dir", data, "attendance", "list")[1].splitlines()
    assert out[0].startswith("#1  mercredi 15 avril 2020  1 h 30 min  [présence, marquée]  ")
    assert out[-1] == "1 h 30 min  1 séance  Total"
    assert run_cli(capsys, "--data-dir", data, "followups", "list")[1].startswith(
        "Cette semaine (1)\n"
    )
