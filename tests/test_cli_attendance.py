"""``briefing-app attendance``: list (text and JSON), mark, export CSV and PDF; errors."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store import Store
from briefing_app.usecases.attendance import LOCAL_ONLY_NOTE, csv_text, hours_text, summarize

PDF_EXPORT = ("attendance", "export", "-o")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def _joined(data_dir: Path, session: int) -> None:
    run_first = main(["sessions"], setup_logs=False)  # the sample goes in on first start
    assert run_first == 0
    with Store(data_dir / "briefing.db") as store:
        store.record_join(session, datetime(2020, 5, 11, 16, 59, tzinfo=UTC))


def test_mark_list_json_and_the_hours(capsys, data_dir: Path) -> None:
    code, out, err = run(capsys, "attendance", "list")
    assert code == 0 and out == ""
    assert "No attendance yet" in err
    _joined(data_dir, 2)
    capsys.readouterr()
    code, out, _ = run(capsys, "attendance", "mark", "kickoff-2020-04-15", "attended")
    assert (code, out) == (0, "#1 Re-Imagine the City of Toronto: Virtual Kick-off: attended.\n")
    run(capsys, "attendance", "mark", "3", "not-attended")
    code, out, err = run(capsys, "attendance", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("#1  Wed 15 Apr 2020  1 h 30 min  [attended, marked]")
    assert lines[1].startswith("#2  Mon 11 May 2020  1 h 30 min  [attended, joined]")
    assert lines[2].startswith("#3  Mon 11 May 2020         1 h  [not attended, marked]")
    assert lines[-1] == "       3 h  2 sessions  Total"  # the window's duration words
    assert LOCAL_ONLY_NOTE in err
    code, out, _ = run(capsys, "attendance", "list", "--json")
    data = json.loads(out)
    assert [(d["session_id"], d["attended"], d["mark"]) for d in data] == [
        (1, True, "attended"),
        (2, True, None),
        (3, False, "not-attended"),
    ]
    assert data[1]["joins"] == ["2020-05-11T16:59:00+00:00"]
    assert data[0]["scheduled_minutes"] == 90
    run(capsys, "attendance", "mark", "3", "clear")
    code, out, _ = run(capsys, "attendance", "list", "--json")
    assert [d["session_id"] for d in json.loads(out)] == [1, 2]  # 3 had no join


def test_export_csv_and_pdf(capsys, data_dir: Path, tmp_path: Path) -> None:
    _joined(data_dir, 2)
    run(capsys, "attendance", "mark", "1", "attended")
    run(capsys, "attendance", "mark", "3", "not-attended")
    code, _, err = run(capsys, "attendance", "export", "-o", str(tmp_path / "a.csv"))
    assert code == 0 and "wrote 2 attended sessions" in err
    data = (tmp_path / "a.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsession,title,series,")  # a BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["session"], r["date"], r["start"], r["scheduled_minutes"]) for r in rows] == [
        ("1", "2020-04-15", "10:00", "90"),
        ("2", "2020-05-11", "13:00", "90"),
    ]
    assert rows[1]["joined_at"] == "2020-05-11T16:59:00+00:00"
    pdf = str(tmp_path / "a.pdf")
    # The PDF needs Qt (a QGuiApplication): in a process of its own, as the command runs.
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--data-dir", str(data_dir), *PDF_EXPORT, pdf],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "wrote 2 attended sessions" in done.stderr
    data = (tmp_path / "a.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def test_bad_exports_and_marks_are_refused(capsys, data_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "attendance", "export", "-o", str(tmp_path / "a.txt"))
    assert code == 2 and "name a .csv or .pdf file" in err
    code, _, err = run(capsys, "attendance", "export", "-o", str(tmp_path / "no" / "a.csv"))
    assert code == 3 and "does not exist" in err
    code, _, err = run(capsys, "attendance", "mark", "999", "attended")
    assert code == 3
    with pytest.raises(SystemExit) as usage:
        run(capsys, "attendance", "mark", "1", "maybe")
    assert usage.value.code == 2
    code, out, _ = run(capsys, "attendance", "list", "--json")
    assert json.loads(out) == []


def test_a_title_cannot_become_a_spreadsheet_formula(store: Store, sample_feed) -> None:
    sessions = tuple(
        dataclasses.replace(s, title="=HYPERLINK(1)") if s.id == "kickoff-2020-04-15" else s
        for s in sample_feed.sessions
    )
    store.import_feed("file:///s.json", dataclasses.replace(sample_feed, sessions=sessions))
    store.mark_attendance(store.find_session("kickoff-2020-04-15").id, "attended")
    [row] = list(csv.reader(io.StringIO(csv_text(store.attendance()).lstrip("\ufeff"))))[1:]
    assert row[1] == "'=HYPERLINK(1)"
    assert summarize(store.attendance()).minutes == 90 and hours_text(90) == "1 h 30 min"


def test_the_report_s_own_words_follow_the_language(store: Store, sample_feed) -> None:
    """Review 9, item 3: the CSV's header and words and the PDF's HTML were English."""
    from briefing_app.usecases.attendance import report_html
    from briefing_app.util.i18n import use_language

    store.import_feed("file:///s.json", sample_feed)
    store.mark_attendance(store.find_session("kickoff-2020-04-15").id, "attended")
    store.record_join(
        store.find_session("setting-the-stage-2020-05-11").id,
        datetime(2020, 5, 11, 16, 59, tzinfo=UTC),
    )
    records = store.attendance()
    english = csv_text(records)
    assert english.startswith("\ufeffsession,title,series,date,start,end,timezone,")
    assert ",yes,marked attended," in english and ",yes,joined," in english
    use_language("fr")
    try:
        french = csv_text(records)
        html = report_html(records)
    finally:
        use_language("en")
    header, first, second = french.lstrip("\ufeff").splitlines()
    # The columns and their keys are the same in every language (scripts read them), as
    # in the follow-ups' CSV; the titles are the user's.
    assert header == english.lstrip("\ufeff").splitlines()[0]
    assert ",yes,marked attended," in first and ",yes,joined,2020-05-11T16:59" in second
    assert "2020-04-15,10:00,11:30" in first  # dates and times stay machine-readable
    for word in (
        "Mes présences",
        "Conservé sur cet ordinateur seulement",
        "Séance",
        "Durée",
        "Mode",
        "Heures par série",
        "Total",
        "présence notée",
        "rejointe",
    ):
        assert word in html, word
    for word in (
        "My attendance",
        "Kept on",
        "Session<",
        "Duration",
        "How<",
        "Hours per",
        "marked attended",
        ">joined<",
    ):
        assert word not in html, word


@pytest.mark.slow
def test_a_french_pdf_on_letter_paper(data_dir: Path, tmp_path: Path) -> None:
    """In French (Canada): the PDF's words are French, its paper the locale's (the pack's
    rule: Letter in Canada, no longer always A4)."""
    _joined(data_dir, 2)
    pdf = tmp_path / "a.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "fr_CA.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--data-dir", str(data_dir), *PDF_EXPORT, str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    data = pdf.read_bytes()
    assert re.search(rb"/MediaBox \[0 0 612(\.0+)? 792", data)  # Letter, in points
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Mes présences" in text and "Heures par série" in text and "rejointe" in text
        assert "My attendance" not in text and "Hours per series" not in text
