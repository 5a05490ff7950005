"""French typography in the CLI: a no-break space (U+00A0) before every ':' of a French
"mot :" - help texts, argparse's own words, labels, messages and errors (review item 10).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli_paths import every_command_path

from briefing_app.cli import main
from briefing_app.util import i18n

FRENCH = {"LANG": "fr_CA.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
# a word (or a closing bracket/quote) then an ordinary space then ':' - "Quand :"
ORDINARY_SPACE_COLON = re.compile(r"\S :")


@pytest.fixture(autouse=True)
def french(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in FRENCH.items():
        if value:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)
    yield
    i18n.use_language("en")
    i18n.follow_language_setting(False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv), setup_logs=False)
    except SystemExit as exc:  # --help, usage errors: argparse exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out + err


def _bad_colons(text: str) -> list[str]:
    return [line for line in text.splitlines() if ORDINARY_SPACE_COLON.search(line)]


def test_every_french_help_puts_a_no_break_space_before_its_colons(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = every_command_path()
    assert len(paths) > 20
    for path in paths:
        code, text = run(capsys, *path, "--help")
        assert code == 0, path
        assert "utilisation\u00a0: briefing-app" in text, path
        assert _bad_colons(text) == [], path


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "2"],
        ["sessions"],
        ["agenda"],
        ["followups"],
        ["questions"],
        ["attendance"],
        ["changes"],
        ["feeds"],
        ["settings"],
        ["case-studies", "list"],
        ["show", "9999"],
        ["sessions", "--bogus"],
        ["questions", "mark", "1", "maybe"],
        ["feeds", "remove", "99"],
        ["sessions", "--tz", "Mars/Olympus"],
        ["settings", "sync-interval", "-5"],
        ["sessions", "--from", "someday"],
    ],
)
def test_french_commands_and_errors_put_a_no_break_space_before_colons(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _code, text = run(capsys, *argv)
    assert text.strip()
    # the feed's own words (titles, abstracts) are not ours to retype: only our lines
    assert _bad_colons(text) == [], argv


def test_show_labels_and_the_import_error_read_in_french(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _code, text = run(capsys, "show", "2")
    for label in ("Quand", "Présentateurs", "Documents"):
        assert f"{label}\u00a0:" in text
    # A role is a label before the name, epicene (util/presenter_roles): never a gendered
    # noun after it ("(présentateur)" was wrong for a woman), and no second colon after it.
    assert "  Présentation\u00a0: " in text
    assert "présentateur)" not in text and "présentatrice)" not in text
    _code, text = run(capsys, "agenda")
    assert "Votre agenda est vide\u00a0:" in text
    bad = tmp_path / "bad.json"
    bad.write_text('{"x":', encoding="utf-8")
    code, text = run(capsys, "import", str(bad))
    assert code == 4
    assert f"{bad}\u00a0: JSON non valide" in text
    assert _bad_colons(text) == []


def test_case_studies_list_and_show_in_the_user_s_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Review item 5: the feed's case studies as the window shows them (French when the
    feed gives it), the English stored text kept for --json."""
    assert run(capsys, "settings", "language", "fr")[0] == 0
    code, text = run(capsys, "case-studies", "list")
    assert code == 0
    assert "1  fil  Lixar\u00a0: étude de cas technologique — Lixar" in text
    assert "technology case study" not in text
    code, text = run(capsys, "case-studies", "show", "1")
    assert code == 0 and text.startswith("Lixar\u00a0: étude de cas technologique\n")
    code, text = run(capsys, "case-studies", "list", "--json")
    assert "Lixar: technology case study" in text
