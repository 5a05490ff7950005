"""Review 9, item 6: small English leftovers of the French command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.util.i18n import use_language

NBSP = "\u00a0"


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    monkeypatch.setenv("COLUMNS", "200")  # one help line per option


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv), setup_logs=False)
    except SystemExit as done:  # --help
        code = int(done.code or 0)
    finally:
        use_language("en")
    out, err = capsys.readouterr()
    return code, out, err


def test_help_texts_say_what_the_commands_take(
    capsys: pytest.CaptureFixture[str], french: None
) -> None:
    _, out, _ = run(capsys, "import", "--help")
    assert "XML frab" in out and "iCalendar" in out
    assert "un fil de séances d’information (JSON)" not in out
    _, out, _ = run(capsys, "--help")
    assert "suivis et présences" in out
    _, out, _ = run(capsys, "favourite", "--help")
    assert "retirer la séance des favoris (au lieu de l’y ajouter)" in " ".join(out.split())
    assert "plutôt" not in out


def test_a_folder_s_error_gives_a_french_example(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "settings", "language", "fr")[0] == 0
    code, _, err = run(capsys, "export-ics", "--session", "2", "-o", str(tmp_path))
    assert code == 2 and "mes-seances.ics" in err and "my.ics" not in err
    code, _, err = run(capsys, "mydata", "export", "-o", str(tmp_path))
    assert code == 2 and "mes-donnees.briefing-mydata.json" in err
    assert run(capsys, "settings", "language", "en")[0] == 0
    code, _, err = run(capsys, "export-ics", "--session", "2", "-o", str(tmp_path))
    assert code == 2 and "such as my-sessions.ics" in err
    code, _, err = run(capsys, "mydata", "export", "-o", str(tmp_path))
    assert code == 2 and "such as my-data.briefing-mydata.json" in err
