"""``briefing-app case-studies ...``: the contract commands and the scripting ones."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from briefing_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def new_case(capsys, *extra: str) -> int:
    code, out, err = run(capsys, "case-studies", "new", "Permit portal", "--json", *extra)
    assert code == 0, err
    return int(json.loads(out)["id"])


def test_list_shows_feed_and_own_case_studies(capsys) -> None:
    case_id = new_case(capsys, "--organization", "City", "--tags", "permits,digital")
    code, out, _ = run(capsys, "case-studies", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4  # three from the sample feed, one of mine
    assert f"{case_id}  mine  Permit portal — City" in lines
    assert any("feed  Lixar: technology case study" in line for line in lines)
    code, out, _ = run(capsys, "case-studies", "list", "--json")
    listed = json.loads(out)
    mine = next(c for c in listed if c["id"] == case_id)
    assert mine["source"] == "local" and mine["tags"] == ["permits", "digital"]
    assert {c["source"] for c in listed} == {"local", "feed"}
    code, out, _ = run(capsys, "case-studies", "list", "--search", "permits", "--json")
    assert [c["id"] for c in json.loads(out)] == [case_id]
    code, _, err = run(capsys, "case-studies", "list", "--search", "  ")
    assert code == 2 and "needs some words" in err


def test_show_edit_note_attach_and_detach(capsys, tmp_path: Path) -> None:
    case_id = new_case(capsys, "--sessions", "1", "--summary", "Permits **online**")
    code, _, err = run(capsys, "case-studies", "note", str(case_id), "first draft")
    assert code == 0 and "saved" in err
    run(capsys, "case-studies", "note", str(case_id), "second draft")
    code, out, _ = run(capsys, "case-studies", "note", str(case_id), "--history")
    assert [line.split()[2] for line in out.splitlines()] == ["second", "first"]
    newest, oldest = (int(line.split()[0]) for line in out.splitlines())
    code, out, _ = run(
        capsys, "case-studies", "note", str(case_id), "--diff", str(oldest), str(newest)
    )
    assert "-first draft" in out.splitlines() and "+second draft" in out.splitlines()
    code, out, _ = run(capsys, "case-studies", "note", str(case_id), "--restore", str(oldest))
    assert code == 0 and "restored revision" in out
    code, out, _ = run(capsys, "case-studies", "note", str(case_id))
    assert out == "first draft\n"

    slides = tmp_path / "slides.pdf"
    slides.write_bytes(b"%PDF-1.7 slides")
    code, out, _ = run(capsys, "case-studies", "attach", str(case_id), str(slides))
    assert code == 0 and "attached [1] slides.pdf" in out and "15 bytes" in out
    code, out, _ = run(
        capsys, "case-studies", "attach", str(case_id), "https://example.org/r", "--name", "Rec"
    )
    assert "attached [2] Rec" in out
    code, out, _ = run(capsys, "case-studies", "edit", str(case_id), "--title", "Permits online")
    assert code == 0 and out.startswith(f"{case_id}  Permits online")

    code, out, _ = run(capsys, "case-studies", "show", str(case_id))
    assert code == 0
    assert out.splitlines()[0] == "Permits online"
    assert "#1 Re-Imagine the City of Toronto: Virtual Kick-off" in out
    assert "[1] slides.pdf (application/pdf, 15 bytes" in out
    assert "[2] Rec: https://example.org/r" in out
    assert "My notes (3 revision(s)):\nfirst draft" in out
    assert "Permits online" in out and "Permits **online**" not in out  # Markdown as text
    code, out, _ = run(capsys, "case-studies", "show", str(case_id), "--json")
    shown = json.loads(out)
    assert [m["name"] for m in shown["materials"]] == ["slides.pdf", "Rec"]
    assert len(shown["revisions"]) == 3

    code, out, _ = run(capsys, "case-studies", "detach", str(case_id), "1")
    assert code == 0 and "removed [1] slides.pdf" in out
    code, _, err = run(capsys, "case-studies", "detach", str(case_id), "1")
    assert code == 3 and "no material 1" in err


def test_editing_a_feed_case_study_keeps_the_feed_version(capsys) -> None:
    code, out, _ = run(capsys, "case-studies", "edit", "1", "--summary", "In my words")
    assert code == 0 and "(your edits: summary) [edited]" in out
    code, out, _ = run(capsys, "case-studies", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["summary"] == "In my words" and shown["edited_fields"] == ["summary"]
    code, _, err = run(capsys, "case-studies", "delete", "1")
    assert code == 2 and "cannot be deleted here" in err
    code, out, _ = run(capsys, "case-studies", "edit", "1", "--revert")
    assert code == 0 and "back to the feed's version" in out
    code, _, err = run(capsys, "case-studies", "edit", "1")
    assert code == 2 and "nothing to change" in err


def test_export_then_import_on_another_data_dir(capsys, tmp_path: Path) -> None:
    case_id = new_case(capsys)
    run(capsys, "case-studies", "note", str(case_id), "ready to send")
    bundle = tmp_path / "out" / "permit.zip"
    bundle.parent.mkdir()
    code, _, err = run(capsys, "case-studies", "export", str(case_id), "-o", str(bundle))
    assert code == 0 and f"to {bundle}" in err
    with zipfile.ZipFile(bundle) as archive:
        assert archive.namelist() == ["manifest.json"]

    other = str(tmp_path / "other")
    code, out, err = run(capsys, "--data-dir", other, "case-studies", "import", str(bundle))
    assert code == 0, err
    assert "'Permit portal'" in out and "imported as a new case study" in out
    code, out, _ = run(capsys, "--data-dir", other, "case-studies", "import", str(bundle), "--json")
    assert json.loads(out)["action"] == "unchanged"

    # Newer work there: importing again stops with exit code 7 until the user chooses.
    code, out, _ = run(capsys, "--data-dir", other, "case-studies", "list", "--json")
    there = next(c for c in json.loads(out) if c["title"] == "Permit portal")
    run(capsys, "--data-dir", other, "case-studies", "note", str(there["id"]), "edited there")
    code, _, err = run(capsys, "--data-dir", other, "case-studies", "import", str(bundle))
    assert code == 7 and "was changed here" in err
    code, out, _ = run(
        capsys, "--data-dir", other, "case-studies", "import", str(bundle), "--keep-both"
    )
    assert code == 0 and "imported beside your copy" in out
    code, out, _ = run(
        capsys, "--data-dir", other, "case-studies", "import", str(bundle), "--overwrite"
    )
    assert code == 0 and "replaced by the bundle's version" in out
    code, out, _ = run(capsys, "--data-dir", other, "case-studies", "note", str(there["id"]))
    assert out == "ready to send\n"


def test_bad_input_exit_codes(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "case-studies", "show", "999")
    assert code == 3 and "no case study number 999" in err
    code, _, err = run(capsys, "case-studies", "import", str(tmp_path / "absent.zip"))
    assert code == 3 and "no file" in err
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../evil.sh", "echo owned")
    code, _, err = run(capsys, "case-studies", "import", str(evil))
    assert code == 4 and "climbs out of its folder" in err and str(evil) in err
    case_id = new_case(capsys)
    code, _, err = run(capsys, "case-studies", "attach", str(case_id), str(tmp_path / "nope.pdf"))
    assert code == 3 and "no file" in err
    code, _, err = run(capsys, "case-studies", "export", str(case_id), "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err
    with pytest.raises(SystemExit) as info:
        run(capsys, "case-studies", "import", "x.zip", "--overwrite", "--keep-both")
    assert info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
