"""Session 10 review: a pack of several series is titled in the reader's language (#6), and
a session's kind and track are two facts, as in the detail pane (#19)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing_app.cli import main

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext reads the PDF back"),
]
DATA = Path(__file__).resolve().parents[1] / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(done.stdout.split())


def pdf_title(path: Path) -> str:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return next(line for line in done.stdout.splitlines() if line.startswith("Title:"))


def _agenda_of_two_series(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "import", str(DATA / "jres-2022.ics"))[0] == 0
    assert run(capsys, "favourite", "2")[0] == 0  # the sample's
    assert run(capsys, "favourite", "6")[0] == 0  # JRES's


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo reads the PDF's title")
def test_a_pack_of_several_series_is_titled_in_french(capsys, tmp_path: Path) -> None:
    from briefing_app.ui import content_language, language

    _agenda_of_two_series(capsys)
    english = tmp_path / "en.pdf"
    code, _, err = run(capsys, "pack", "--agenda", "-o", str(english), "--tz", "UTC")
    assert code == 0, err
    assert pdf_title(english).endswith("Briefing pack: Briefing pack · My agenda")
    assert run(capsys, "settings", "language", "fr")[0] == 0
    french = tmp_path / "fr.pdf"
    try:
        code, _, err = run(capsys, "pack", "--agenda", "-o", str(french), "--tz", "UTC")
    finally:
        language.reset()
        content_language.set_language("en")
    assert code == 0, err
    title = pdf_title(french)
    assert "Trousse d’information · Mon agenda" in title
    assert "Briefing pack" not in title
    assert "Briefing pack" not in pdf_text(french)


def test_kind_and_track_are_two_facts(capsys, tmp_path: Path) -> None:
    target = tmp_path / "one.pdf"
    code, _, err = run(capsys, "pack", "--session", "2", "-o", str(target), "--tz", "UTC")
    assert code == 0, err
    text = pdf_text(target)
    assert "Kind Briefing Track City priorities" in text, text[:2000]
