"""The core's errors reach the command line in French, with the exit codes of English.

The core marks its messages (``QT_TRANSLATE_NOOP("core", ...)``, util/i18n); ``str(error)``
stays English, the CLI shows them translated. One bad input of each kind: a feed file, a
case-study bundle, a "my data" file, a to-do (.ics VTODO) file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli_i18n import ENGLISH, FRENCH, english_afterwards  # noqa: F401 - its fixture too

from briefing_app.cli import main
from briefing_app.util import i18n
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted

SAMPLE_FEED = Path(__file__).resolve().parents[1] / "resources" / "sample-feed.json"


def _bad_feed(folder: Path) -> Path:
    feed = json.loads(SAMPLE_FEED.read_text("utf-8"))
    feed["sessions"][0]["start"] = 42
    path = folder / "broken.json"
    path.write_text(json.dumps(feed), "utf-8")
    return path


def _bad_bundle(folder: Path) -> Path:
    path = folder / "study.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip file" * 10)
    return path


def _bad_mydata(folder: Path) -> Path:
    path = folder / "edited.briefing-mydata.json"
    path.write_text('{"format": "something-else"}', "utf-8")
    return path


def _bad_todos(folder: Path) -> Path:
    path = folder / "tasks.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VTODO\r\nUID:t-1\r\n"
        "SUMMARY:Send slides\r\nSTATUS:WAITING\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
        "utf-8",
    )
    return path


#: name -> (argv before the file, the file, English words, their French, English not in French)
CASES: dict[str, tuple[tuple[str, ...], Callable[[Path], Path], str, str, str]] = {
    "feed": (
        ("import",),
        _bad_feed,
        "at $.sessions[0].start: expected a string, got a number (42)",
        "attendu\u00a0: une chaîne; reçu\u00a0: un nombre (42)",
        "expected",
    ),
    "bundle": (
        ("case-studies", "import"),
        _bad_bundle,
        "not a zip file, or a damaged one",
        "ce n’est pas un fichier zip, ou il est endommagé",
        "damaged one",
    ),
    "mydata": (
        ("mydata", "import"),
        _bad_mydata,
        'this is not a "my data" file of Briefing Companion',
        "ce n’est pas un fichier «\u00a0mes données\u00a0» de Briefing Companion",
        "this is not",
    ),
    "vtodo": (
        ("followups", "import"),
        _bad_todos,
        "VTODO #1 (UID 't-1', \"Send slides\"): unknown STATUS 'WAITING'",
        "VTODO no 1 (UID 't-1', «\u00a0Send slides\u00a0»)",
        "unknown STATUS",
    ),
}


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    *argv: str,
) -> tuple[int, str]:
    for name, value in env.items():
        if value:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)
    try:
        code = main(list(argv), setup_logs=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    _out, err = capsys.readouterr()
    i18n.use_language("en")
    i18n.follow_language_setting(False)
    return code, err


@pytest.mark.parametrize("case", list(CASES))
def test_a_core_error_reaches_the_cli_in_french_with_the_same_exit_code(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv, make, english_words, french_words, english_left = CASES[case]
    path = make(tmp_path)
    code_en, err_en = _run(capsys, monkeypatch, ENGLISH, *argv, str(path))
    code_fr, err_fr = _run(capsys, monkeypatch, FRENCH, *argv, str(path))
    assert code_en == code_fr == 4, (err_en, err_fr)
    assert english_words in err_en
    assert err_fr.startswith("briefing-app") and " erreur" in err_fr[:30], err_fr
    assert french_words in err_fr, err_fr
    assert english_left not in err_fr, err_fr


def test_a_count_follows_french_rules_and_specs_keep_their_format() -> None:
    one = QT_TRANSLATE_NOOP("core", "{n} control character removed ({named})")
    other = QT_TRANSLATE_NOOP("core", "{n} control characters removed ({named})")
    none = counted(0, one, other, named="")
    assert str(none) == "0 control characters removed ()"  # English: 0 is plural
    i18n.use_language("fr")
    assert none.translated() == "0 caractère de contrôle retiré ()"  # French: 0 is singular
    size = QT_TRANSLATE_NOOP("core", "the connection was reset after {size:,} bytes")
    assert size.format(size=12345).translated() == (
        "la connexion a été réinitialisée après 12\u00a0345 octets"
    )
