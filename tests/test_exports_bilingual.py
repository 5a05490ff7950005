"""Exports a person reads are in the user's language (issue 17): the attendance CSV and PDF,
the follow-ups' .csv and .ics, the "my data" file's titles. What a machine reads (column
names, ids, UIDs, JSON keys, times) is the same in every language.

The sample's feed with the planning session's title in English only: in French it is the
fallback, the English text (the PDF marks it ``[EN]``, as the window's list does; a CSV
cell stays the text alone).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support.cli_language import ENGLISH, FRENCH
from support.cli_language import run_in as run

from briefing_app.calendar.followups import CSV_COLUMNS as FOLLOWUP_COLUMNS
from briefing_app.usecases.attendance import CSV_COLUMNS as ATTENDANCE_COLUMNS

STAGE = "setting-the-stage-2020-05-11"
PLANNING = "fall-winter-planning-2020-07"
PDFTOTEXT = shutil.which("pdftotext")
APP = (sys.executable, "-m", "briefing_app")


@pytest.fixture
def feed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> Path:
    """The sample as the only feed, the planning session's title in English only; the
    stage and planning sessions attended, a follow-up linked to both."""
    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

    document = json.loads(read_resource_bytes(SAMPLE_FEED))
    document["series"]["id"] = "exports-test"
    for session in document["sessions"]:
        if session["id"] == PLANNING:
            session["title"] = {"en": session["title"]["en"]}
    path = data_dir.parent / "feed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    run(capsys, monkeypatch, ENGLISH, "import", str(path))
    run(capsys, monkeypatch, ENGLISH, "feeds", "remove", "1")  # the built-in twin
    for source in (STAGE, PLANNING):
        run(capsys, monkeypatch, ENGLISH, "attendance", "mark", source, "attended")
    stage, planning = (_session_id(capsys, monkeypatch, s) for s in (STAGE, PLANNING))
    run(
        capsys,
        monkeypatch,
        ENGLISH,
        "followups",
        "add",
        "Send the notes",
        "--session",
        str(stage),
        "--session",
        str(planning),
    )
    return data_dir


def _session_id(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, source: str
) -> int:
    shown = json.loads(run(capsys, monkeypatch, ENGLISH, "show", source, "--json"))
    return int(shown["id"])


def _rows(data: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data)))


@pytest.mark.usefixtures("feed")
def test_the_attendance_csv_titles_are_the_user_s_language_its_columns_are_not(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exported = {}
    for name, env in (("fr", FRENCH), ("en", ENGLISH)):
        target = tmp_path / f"{name}.csv"
        run(capsys, monkeypatch, env, "attendance", "export", "-o", str(target))
        exported[name] = target.read_text(encoding="utf-8-sig")  # with its BOM, for Excel
    french, english = _rows(exported["fr"]), _rows(exported["en"])
    assert exported["fr"].splitlines()[0] == ",".join(ATTENDANCE_COLUMNS)  # the same header
    assert [r["title"] for r in french] == [
        "Mise en contexte",
        "Planning Session: Fall–Winter 2020 Series",  # English only: the fallback, unmarked
    ]
    assert {r["series"] for r in french} == {"Réimaginer la Ville de Toronto"}
    assert [r["title"] for r in english] == [
        "Setting the Stage",
        "Planning Session: Fall–Winter 2020 Series",
    ]
    assert {r["series"] for r in english} == {"Re-Imagine the City of Toronto"}
    for field in ("session", "date", "start", "end", "timezone", "attended", "how"):
        assert [r[field] for r in french] == [r[field] for r in english], field


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_attendance_pdf_speaks_the_user_s_language(feed: Path, tmp_path: Path) -> None:
    texts = {}
    for name, env in (("fr", FRENCH), ("en", ENGLISH)):
        target = tmp_path / f"{name}.pdf"
        # The PDF needs Qt (a QGuiApplication): in a process of its own, as the command runs.
        environ = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
        done = subprocess.run(
            [*APP, "--data-dir", str(feed), "attendance", "export", "-o", str(target)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**environ, **env, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr
        texts[name] = _pdf_text(target)
    french, english = texts["fr"], texts["en"]
    for words in (
        "Mes présences",
        "Séance",
        "Durée",
        "Mode",
        "Heures par série",
        "présence notée",
        "Mise en contexte",
        "Réimaginer la Ville de Toronto",
        "Planning Session: Fall–",  # shown in English (a table cell: its line may wrap) ...
        "[EN]",  # ... and marked
        "Conservé sur cet ordinateur seulement",
    ):
        assert words in french, words
    for english_words in ("My attendance", "Hours per series", "marked attended", "Duration"):
        assert english_words not in french
    for words in (
        "My attendance",
        "Session",
        "Hours per series",
        "marked attended",
        "Setting the Stage",
        "Planning Session: Fall–Winter 2020 Series",
    ):
        assert words in english, words
    assert "[EN]" not in english and "Mise en contexte" not in english


def _pdf_text(path: Path) -> str:
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(out.split())


@pytest.mark.usefixtures("feed")
def test_the_follow_ups_exports_name_sessions_in_the_user_s_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files: dict[str, str] = {}
    for name, env in (("fr", FRENCH), ("en", ENGLISH)):
        for kind in ("csv", "ics"):
            target = tmp_path / f"{name}.{kind}"
            run(capsys, monkeypatch, env, "followups", "export", "-o", str(target))
            files[f"{name}.{kind}"] = target.read_bytes().decode("utf-8-sig")
    [french] = _rows(files["fr.csv"])
    [english] = _rows(files["en.csv"])
    assert list(french) == list(FOLLOWUP_COLUMNS)
    assert french["sessions"] == "Mise en contexte; Planning Session: Fall–Winter 2020 Series"
    assert english["sessions"] == "Setting the Stage; Planning Session: Fall–Winter 2020 Series"
    for field in set(FOLLOWUP_COLUMNS) - {"sessions"}:
        assert french[field] == english[field], field
    unfolded = {name: text.replace("\r\n ", "") for name, text in files.items()}
    assert "Sessions: Mise en contexte\\; Planning Session" in unfolded["fr.ics"]
    assert "Sessions: Setting the Stage\\; Planning Session" in unfolded["en.ics"]

    def machine_lines(text: str) -> list[str]:  # the links and identity of each to-do
        keys = ("UID:", "RELATED-TO", "SUMMARY:", "SEQUENCE:", "STATUS:")
        return [line for line in text.split("\r\n") if line.startswith(keys)]

    assert machine_lines(unfolded["fr.ics"]) == machine_lines(unfolded["en.ics"])
    assert any(line.startswith("RELATED-TO") for line in machine_lines(unfolded["fr.ics"]))


@pytest.mark.usefixtures("feed")
def test_my_data_titles_are_the_user_s_language_and_nothing_else_changes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents: dict[str, Any] = {}
    for name, env in (("fr", FRENCH), ("en", ENGLISH)):
        target = tmp_path / f"{name}.briefing-mydata.json"
        run(capsys, monkeypatch, env, "mydata", "export", "-o", str(target))
        documents[name] = json.loads(target.read_text(encoding="utf-8"))
    french, english = documents["fr"], documents["en"]
    titles = {a["session"]["title"] for a in french["attendance"]}
    assert titles == {"Mise en contexte", "Planning Session: Fall–Winter 2020 Series"}
    assert {a["session"]["title"] for a in english["attendance"]} == {
        "Setting the Stage",
        "Planning Session: Fall–Winter 2020 Series",
    }
    assert "Mise en contexte" in {s["title"] for s in french["followups"][0]["sessions"]}

    def machine(document: dict[str, Any]) -> str:  # all but the titles and the time written
        text = json.dumps({k: v for k, v in document.items() if k != "exported_at"})
        return text.replace("Mise en contexte", "Setting the Stage")

    assert machine(french) == machine(english)
    # The French file imports back as the English one does: found by feed, id and UID
    # (the title is for people), so nothing waits as an orphan.
    run(capsys, monkeypatch, FRENCH, "mydata", "import", str(tmp_path / "fr.briefing-mydata.json"))
    assert json.loads(run(capsys, monkeypatch, ENGLISH, "mydata", "orphans", "--json")) == []


@pytest.mark.usefixtures("feed")
def test_my_data_s_import_report_names_sessions_in_the_user_s_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A conflict line ("note on “…”: yours was newer and stays") names the session as the
    user reads it, not by the feed's default text."""
    run(capsys, monkeypatch, ENGLISH, "note", STAGE, "Ask about the budget.")
    target = tmp_path / "mine.briefing-mydata.json"
    run(capsys, monkeypatch, ENGLISH, "mydata", "export", "-o", str(target))
    document = json.loads(target.read_text(encoding="utf-8"))
    [note] = document["notes"]
    note["body"] = "Ask about the timeline."
    note["updated_at"] = "2020-01-01T00:00:00Z"  # older than the note here: a conflict
    target.write_text(json.dumps(document), encoding="utf-8")
    french = run(capsys, monkeypatch, FRENCH, "mydata", "import", str(target))
    assert "note de «\u00a0Mise en contexte\u00a0»\u00a0: la vôtre" in french, french
    assert "Setting the Stage" not in french
    note["body"] = "Ask about the staff."  # another conflict (the first is in the history)
    target.write_text(json.dumps(document), encoding="utf-8")
    english = run(capsys, monkeypatch, ENGLISH, "mydata", "import", str(target))
    assert "Setting the Stage" in english and "Mise en contexte" not in english
