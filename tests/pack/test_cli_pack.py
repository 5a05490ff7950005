"""briefing-app pack: the three selections, the errors and their exit codes, atomic writing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.privileges import as_plain_user

from briefing_app.cli import main

pytestmark = pytest.mark.usefixtures("qapp")  # in-process: the test's QApplication paints


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_one_session(capsys, tmp_path: Path) -> None:
    target = tmp_path / "stage.pdf"
    code, out, err = run(capsys, "pack", "--session", "2", "-o", str(target), "--tz", "UTC")
    assert code == 0, err
    assert out == ""
    assert err.strip() == f"wrote 1 session on {pages(target)} pages to {target}"
    assert b"/URI (https://meet.example.org/reimagine-toronto/setting-the-stage)" in (
        target.read_bytes()
    )


def test_the_agenda_and_an_empty_one(capsys, tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"
    code, _, err = run(capsys, "pack", "--agenda", "-o", str(target))
    assert code == 3
    assert "your agenda is empty: star the sessions you will attend" in err
    assert not target.exists()
    assert run(capsys, "favourite", "2")[0] == 0
    assert run(capsys, "favourite", "4")[0] == 0
    code, _, err = run(capsys, "pack", "--agenda", "-o", str(target), "--paper", "letter")
    assert code == 0, err
    assert "wrote 2 sessions on" in err
    assert re.search(rb"/MediaBox \[0 0 612(\.0+)? 792", target.read_bytes())


def test_a_range_of_days(capsys, tmp_path: Path) -> None:
    target = tmp_path / "may.pdf"
    code, _, err = run(
        capsys,
        "pack",
        "--from",
        "2020-05-01",
        "--to",
        "2020-05-31",
        "-o",
        str(target),
        "--tz",
        "America/Toronto",
    )
    assert code == 0, err
    assert "wrote 2 sessions on" in err
    code, _, err = run(capsys, "pack", "--from", "2020-05-01", "-o", str(target))
    assert (code, err.strip()) == (
        2,
        "briefing-app: error: a range needs both --from DATE and --to DATE",
    )
    code, _, err = run(capsys, "pack", "--from", "2020-05-31", "--to", "2020-05-01", "-o", "x.pdf")
    assert code == 2 and "before it starts" in err
    code, _, err = run(capsys, "pack", "--from", "May 1", "--to", "2020-05-31", "-o", "x.pdf")
    assert code == 2 and "--from: 'May 1' is not a date (YYYY-MM-DD)" in err
    code, _, err = run(capsys, "pack", "--from", "2030-01-01", "--to", "2030-01-31", "-o", "x.pdf")
    assert code == 3 and "no session starts between 2030-01-01 and 2030-01-31" in err


def test_bad_targets_and_selections_change_nothing(capsys, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, "pack", "--session", "99", "-o", str(out / "x.pdf"))
    assert code == 3 and "99" in err
    code, _, err = run(capsys, "pack", "--session", "2", "-o", str(out))
    assert code == 2 and "it is a folder" in err
    code, _, err = run(capsys, "pack", "--session", "2", "-o", str(out / "no" / "x.pdf"))
    assert code == 3 and "does not exist" in err
    code, _, err = run(
        capsys, "pack", "--session", "2", "-o", str(out / "x.pdf"), "--tz", "Mars/Base"
    )
    assert code == 2 and "unknown time zone 'Mars/Base'" in err
    with pytest.raises(SystemExit) as usage:
        main(["pack", "--session", "2", "--agenda", "-o", "x.pdf"], setup_logs=False)
    assert usage.value.code == 2
    assert list(out.iterdir()) == []


@pytest.mark.slow
def test_a_real_process_needs_no_display_and_leaves_no_partial_file(
    tmp_path: Path, data_dir: Path
) -> None:
    """No DISPLAY, no QT_QPA_PLATFORM: the command paints offscreen. A folder it may not
    write to: exit 2, the old file as it was, no temporary file left."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "briefing_app", "--data-dir", str(data_dir), "pack"]
    target = tmp_path / "out" / "stage.pdf"
    target.parent.mkdir()
    done = subprocess.run(
        [*command, "--session", "2", "-o", str(target)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    target.write_bytes(b"the old pack")
    target.parent.chmod(0o555)
    try:
        refused = subprocess.run(
            [*as_plain_user(), *command, "--session", "2", "-o", str(target)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        target.parent.chmod(0o755)
    assert refused.returncode == 2, refused.stderr
    assert f"cannot write {target}: Permission denied" in refused.stderr
    assert target.read_bytes() == b"the old pack"
    assert [p.name for p in target.parent.iterdir()] == ["stage.pdf"]


APP = (sys.executable, "-m", "briefing_app")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is missing")
def test_a_french_pack_from_the_command_line_is_french(tmp_path: Path) -> None:
    """The pack's words are the window's Qt translations: the command installs them as the
    window does (it wrote English headings around French dates and titles before)."""
    target = tmp_path / "fr.pdf"  # session 2: "Mise en contexte" in French
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    done = subprocess.run(
        [*APP, "--data-dir", str(tmp_path / "data"), "pack", "--session", "2", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**environ, "LANG": "fr_CA.UTF-8", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    for french in ("TROUSSE D’INFORMATION", "Heures affichées", "Présentation : Josie Scioli"):
        assert french in text, french
    for english in ("BRIEFING PACK", "Times shown", "(presenter)", "Page 1 of"):
        assert english not in text, english


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext reads the PDF back")
def test_a_french_user_s_pack_from_the_command_line_is_french(capsys, tmp_path: Path) -> None:
    """Review 9, item 1: the command set the feed's language but not Qt's translators and
    locale, so the pack's own words and dates were English ("BRIEFING PACK", "Page 1 of 4",
    "lun. 07 déc. 2026")."""
    from briefing_app.ui import content_language, language

    assert run(capsys, "settings", "language", "fr")[0] == 0
    target = tmp_path / "fr.pdf"
    try:
        code, _, err = run(capsys, "pack", "--session", "2", "-o", str(target), "--tz", "UTC")
    finally:
        language.reset()
        content_language.set_language("en")
    assert code == 0, err
    assert "1 séance sur" in err
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, text=True
        ).stdout.split()
    )
    for french in (
        "TROUSSE D’INFORMATION",
        "Séances",
        "Heures affichées",
        "Préparé le",
        "Page 1 sur",
        "Table des matières",
        "Quand",
        "Votre heure",
        "Rejoindre",
        "Série",
        "Résumé",
        "Présentateurs",
        "lundi 11 mai 2020",
        "Présentation : Josie Scioli",  # pdftotext's no-break space, split() made plain
    ):
        assert french in text, french
    for english in (
        "BRIEFING PACK",
        "Sessions",
        "your time zone",
        "Prepared",
        "Page 1 of",
        "Contents",
        "Your time",
        "Join ",
        "Series",
        "Abstract",
        "Presenters",
        "(presenter)",
        "(panelist)",
        "May 2020",
    ):
        assert english not in text, english
