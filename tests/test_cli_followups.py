"""``briefing-app followups``: list, add, done, edit, remove, export, import; exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def _db(data_dir: Path) -> Store:
    return Store(data_dir / "briefing.db")


def test_add_list_done_edit_remove(capsys, data_dir: Path) -> None:
    code, out, err = run(
        capsys,
        "followups", "add", "Draft the recommendations", "--session", "2",
        "--session", "setting-the-stage-2020-05-11", "--due", "2020-01-01 09:00",
        "--zone", "America/Toronto", "--owner", "Lisa Carroll", "--priority", "1",
    )  # fmt: skip
    assert (code, out, err) == (0, "Added follow-up 1: Draft the recommendations\n", "")
    run(capsys, "followups", "add", "Send thanks", "--due", "9000-01-02")
    run(capsys, "followups", "add", "Someday")
    code, out, _ = run(capsys, "followups", "done", "3")
    assert (code, out) == (0, "Follow-up 3 is done: Someday\n")
    code, out, _ = run(capsys, "followups", "list")
    assert code == 0
    assert out.splitlines() == [
        "Overdue (1)",
        "  1 [!] Draft the recommendations · due Wed 01 Jan 2020 09:00 (America/Toronto)"
        " · owner Lisa Carroll · priority 1 · #2",
        "Later (1)",
        "  2 [ ] Send thanks · due Thu 02 Jan 9000",
        "Done (1)",
        "  3 [x] Someday",
    ]
    code, out, _ = run(capsys, "followups", "edit", "1", "--due", "none", "--priority", "0")
    assert (code, out) == (0, "Follow-up 1 saved (change 1).\n")
    code, out, _ = run(capsys, "followups", "list", "--json", "--status", "open")
    listed = json.loads(out)
    assert [item["id"] for item in listed] == [2, 1]
    first = listed[1]
    assert first["due"] is None and first["priority"] is None and first["sequence"] == 1
    assert [s["id"] for s in first["sessions"]] == [2]
    code, out, _ = run(capsys, "followups", "list", "--session", "2", "--json")
    assert [item["id"] for item in json.loads(out)] == [1]
    code, out, _ = run(capsys, "followups", "remove", "2")
    assert (code, out) == (0, "Follow-up 2 removed: Send thanks\n")
    with _db(data_dir) as store:
        assert [f.id for f in store.followups()] == [1, 3]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (("followups", "add", "   "), 2, "needs some text"),
        (("followups", "add", "x", "--due", "tomorrow"), 2, "'tomorrow' is not a due date"),
        (("followups", "add", "x", "--due", "2026-12-01 10:00", "--zone", "Mars/Base"), 2, "zone"),
        (("followups", "add", "x", "--priority", "10"), 2, "1 (high) to 9 (low)"),
        (("followups", "add", "x", "--session", "999"), 3, "999"),
        (("followups", "done", "42"), 3, "no follow-up number 42"),
        (("followups", "edit", "42", "--text", "y"), 3, "no follow-up number 42"),
        (("followups", "export", "-o", "out.pdf"), 2, "ending in .ics or .csv"),
        (("followups", "import", "/missing/f.ics"), 3, "no such file"),
        (("followups", "export", "-o", "/missing/dir/f.ics"), 3, "does not exist"),
        (("followups", "import", "/dev/zero"), 4, "it is a device, not a file"),
    ],
)
def test_errors_have_their_exit_codes(capsys, data_dir: Path, argv, code, message) -> None:
    got, out, err = run(capsys, *argv)
    assert got == code, err
    assert message in err and out == ""
    with _db(data_dir) as store:
        assert store.followup_count() == 0


def test_export_ics_csv_and_import_back(capsys, data_dir: Path, tmp_path: Path) -> None:
    run(capsys, "followups", "add", "Write minutes", "--session", "3", "--due", "2026-12-10")
    run(capsys, "followups", "add", "Close", "--priority", "4")
    ics, table = tmp_path / "f.ics", tmp_path / "f.csv"
    code, out, err = run(capsys, "followups", "export", "-o", str(ics))
    assert (code, err) == (0, f"Wrote 2 follow-ups to {ics}.\n")
    assert ics.read_bytes().count(b"BEGIN:VTODO") == 2
    code, _, _ = run(capsys, "followups", "export", "-o", str(table))
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["id", "uid", "text"] and len(rows) == 3
    code, out, _ = run(capsys, "followups", "import", str(ics))
    assert (code, out) == (0, f"{ics}: 0 added, 0 updated, 2 unchanged.\n")
    # Into a second, fresh data folder: the same follow-ups, linked to the same session.
    other = tmp_path / "other"
    code, out, err = run(capsys, "--data-dir", str(other), "followups", "import", str(ics))
    assert (code, out) == (0, f"{ics}: 2 added, 0 updated, 0 unchanged.\n"), err
    code, out, _ = run(capsys, "--data-dir", str(other), "followups", "list", "--json")
    assert {(f["text"], tuple(s["id"] for s in f["sessions"])) for f in json.loads(out)} == {
        ("Write minutes", (3,)),
        ("Close", ()),
    }


def test_a_bad_file_exits_4_and_changes_nothing(capsys, data_dir: Path, tmp_path: Path) -> None:
    run(capsys, "followups", "add", "Keep")
    bad = tmp_path / "bad.ics"
    bad.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:a@x\r\nSUMMARY:New\r\n"
        b"END:VTODO\r\nBEGIN:VTODO\r\nUID:b@x\r\nSUMMARY:Odd\r\nSTATUS:WAITING\r\n"
        b"END:VTODO\r\nEND:VCALENDAR\r\n"
    )
    code, out, err = run(capsys, "followups", "import", str(bad))
    assert code == 4 and out == ""
    assert f"{bad}: VTODO #2 (UID 'b@x', \"Odd\"): unknown STATUS 'WAITING'" in err
    with _db(data_dir) as store:
        assert [f.text for f in store.followups()] == ["Keep"]


def test_history_lists_what_edits_replaced(capsys, data_dir: Path) -> None:
    run(capsys, "followups", "add", "Call Lisa", "--owner", "Ana", "--due", "2030-01-02")
    code, _out, err = run(capsys, "followups", "history", "1")
    assert (code, err) == (0, "Follow-up 1 has no earlier versions.\n")
    run(capsys, "followups", "edit", "1", "--text", "Call Lisa on Monday")
    run(capsys, "followups", "edit", "1", "--text", "Email Lisa", "--owner", "")
    code, out, _ = run(capsys, "followups", "history", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Follow-up 1 now: Email Lisa"
    assert [line.strip() for line in lines if not line.startswith(("-", "Follow"))] == [
        "(due Wed 02 Jan 2030)",  # now: nobody owns it any more
        "Call Lisa on Monday",
        "(owner Ana, due Wed 02 Jan 2030)",
        "Call Lisa",
        "(owner Ana, due Wed 02 Jan 2030)",
    ]
    assert all("by an edit" in line for line in lines if line.startswith("-"))
    code, out, _ = run(capsys, "followups", "history", "1", "--json")
    versions = json.loads(out)
    assert [(v["text"], v["reason"], v["due"]) for v in versions] == [
        ("Call Lisa on Monday", "edited", "2030-01-02"),
        ("Call Lisa", "edited", "2030-01-02"),
    ]
    code, _out, err = run(capsys, "followups", "history", "9")
    assert code == 3 and "no follow-up number 9" in err
