"""The French CLI, what the session 8 review still found English or wrong (issue 17, s9-cli).

1. the actions and choices one types stay English tokens (a contract), and the French help
   names each by its token with its French meaning, by one rule for every command;
2. French metavariables (COMMANDE, FICHIER, DOSSIER ...), argparse's own words too;
3. French quotes, « … » with no-break spaces, never '…' nor `…` (argparse's "invalid
   choice" too);
4. ``settings``: its errors and its words in the user's language (JSON unchanged);
5. the agenda calendar's name in the user's language, the same calendar in every one.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale
from support.cli_paths import every_command_path

from briefing_app.cli.arguments import tokens_text
from briefing_app.cli.main import build_parser
from briefing_app.feeds import ical
from briefing_app.store import Store
from briefing_app.tools import cli_catalog
from briefing_app.util import i18n, uids

TS_FILE = Path(__file__).parents[1] / "resources" / "i18n" / "briefing_app_fr.ts"
NB = "\u00a0"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use_language("en")
    i18n.follow_language_setting(False)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _commands_with_actions() -> dict[str, list[str]]:
    """command -> the actions one types after it (``followups`` -> ``list``, ``add`` ...)."""
    found = {}
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                for inner in sub._actions:
                    if isinstance(inner, argparse._SubParsersAction) and inner.required:
                        found[name] = list(inner.choices)
    return found


# ---- 1. one rule for the tokens one types ------------------------------------------
def test_every_command_with_actions_lists_them_by_token_with_their_french_meaning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = _commands_with_actions()
    assert {"feeds", "questions", "followups", "hidden", "db", "case-studies"} <= set(commands)
    set_locale(monkeypatch, FRENCH)
    _code, french, _ = run_cli(capsys, "--help")
    french = _flat(french)
    for command, actions in commands.items():
        i18n.use_language("fr")
        listed = tokens_text(actions)
        i18n.use_language("en")
        assert listed in french, command  # every action, in the parser's order
    # the review's examples: tokens with their meaning, never bare English tokens
    assert "list (lister), add (ajouter), edit (modifier), done (terminer)" in french
    assert ": list (lister), add (ajouter), remove (retirer), clear (effacer)" in french
    assert "list, add, done, edit" not in french and "list, add, remove, clear" not in french


def test_english_lists_the_same_tokens_bare(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_locale(monkeypatch, ENGLISH)
    _code, english, _ = run_cli(capsys, "--help")
    english = _flat(english)
    for command, actions in _commands_with_actions().items():
        assert ", ".join(actions) in english, command
    assert "(lister)" not in english


def test_choices_one_types_are_glossed_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_locale(monkeypatch, FRENCH)
    _code, out, _ = run_cli(capsys, "questions", "mark", "--help")
    assert "draft (brouillon), asked (posée), answered (répondue)" in _flat(out)
    _code, out, _ = run_cli(capsys, "hidden", "add", "--help")
    assert "track (volet), room (salle)" in _flat(out)
    _code, out, _ = run_cli(capsys, "settings", "--help")
    assert "system (système), light (clair), dark (sombre)" in _flat(out)


# ---- 2. French metavariables ---------------------------------------------------------
def _english_metavars() -> set[str]:
    return {
        m.source
        for m in cli_catalog.read_ts(TS_FILE)
        if m.context == "cli-metavar" and m.translation != m.source
    }


def test_no_english_metavariable_is_left_in_any_french_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _english_metavars()
    assert {"COMMAND", "FILE", "DIR", "ID", "FEED_ID", "TEXT", "NAME", "VALUE"} <= english
    set_locale(monkeypatch, FRENCH)
    for path in every_command_path():
        code, out, _ = run_cli(capsys, *path, "--help")
        assert code == 0, path
        words = set(re.findall(r"[A-Z][A-Z_.|,]*[A-Z]|\b[A-Z]\b", out))
        assert words & english == set(), (path, words & english)
    _code, out, _ = run_cli(capsys, "--help")
    assert "[--data-dir DOSSIER]" in out and "COMMANDE ..." in out
    _code, out, _ = run_cli(capsys, "settings", "--help")
    assert "[NOM] [VALEUR]" in out


def test_english_metavariables_are_untouched(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_locale(monkeypatch, ENGLISH)
    _code, out, _ = run_cli(capsys, "--help")
    assert "[--data-dir DIR]" in out and "COMMAND ..." in out
    _code, out, _ = run_cli(capsys, "sync", "--help")
    assert "[FEED_ID]" in out


# ---- 3. French quotes ------------------------------------------------------------------
GUILLEMETS = re.compile(f"«{NB}[^»]*{NB}»")


def test_french_help_quotes_the_french_way(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_locale(monkeypatch, FRENCH)
    for path in every_command_path():
        _code, out, _ = run_cli(capsys, *path, "--help")
        outside = GUILLEMETS.sub("", out.replace("\n", " "))
        assert "`" not in outside, path
        assert "'" not in outside, path  # French writes ’; a typed '' sits in « »
    _code, out, _ = run_cli(capsys, "sessions", "--help")
    assert f"«{NB}local{NB}»" in out
    assert f"«{NB}hidden{NB}»" in out


def test_an_invalid_choice_is_quoted_the_french_way_and_keeps_its_exit_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_locale(monkeypatch, FRENCH)
    code, _out, err = run_cli(capsys, "hidden", "2")
    assert code == 2
    assert (
        f"argument ACTION{NB}: choix non valide{NB}: «{NB}2{NB}» (choisir parmi "
        f"«{NB}list{NB}», «{NB}add{NB}», «{NB}remove{NB}», «{NB}clear{NB}»)"
    ) in err
    code, _out, err = run_cli(capsys, "bogus-command")
    assert code == 2 and f"argument COMMANDE{NB}: choix non valide{NB}: «{NB}bogus" in err
    code, _out, err = run_cli(capsys, "sync", "abc")
    assert code == 2
    assert f"argument FIL{NB}: «{NB}abc{NB}» n’est pas un nombre entier" in err
    set_locale(monkeypatch, ENGLISH)
    code, _out, err = run_cli(capsys, "hidden", "2")
    assert code == 2
    assert "invalid choice: '2' (choose from 'list', 'add', 'remove', 'clear')" in err
    code, _out, err = run_cli(capsys, "sync", "abc")
    assert code == 2 and "argument FEED_ID: 'abc' is not a whole number" in err


# ---- 4. settings -------------------------------------------------------------------------
def test_settings_say_their_errors_and_words_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    data = ("--data-dir", str(data_dir))
    set_locale(monkeypatch, FRENCH)
    code, _out, err = run_cli(capsys, *data, "settings", "sync-interval", "-5")
    assert code == 2
    assert f"settings sync-interval{NB}: un nombre entier de minutes de 0 à 1440 est attendu" in err
    code, _out, err = run_cli(capsys, *data, "settings", "download-timeout", "0")
    assert code == 2 and "un nombre entier de secondes de 1 à 3600" in err
    code, _out, err = run_cli(capsys, *data, "settings", "max-feed-size", "0")
    assert code == 2 and "un nombre entier de Mio de 1 à" in err
    code, _out, err = run_cli(capsys, *data, "settings", "theme", "pink")
    assert code == 2 and f"et non «{NB}pink{NB}»" in err
    assert "expected" not in err
    code, out, _ = run_cli(capsys, *data, "settings")
    assert code == 0
    assert "time-display both (les deux)\n" in out
    assert "theme system (système)\n" in out and "language system (système)\n" in out
    french_json = run_cli(capsys, *data, "settings", "--json")[1]
    set_locale(monkeypatch, ENGLISH)
    code, out, _ = run_cli(capsys, *data, "settings")
    assert "time-display both\n" in out and "theme system\n" in out
    assert run_cli(capsys, *data, "settings", "--json")[1] == french_json
    assert json.loads(french_json)["theme"] == "system"
    code, _out, err = run_cli(capsys, *data, "settings", "sync-interval", "-5")
    assert code == 2
    assert "settings sync-interval: expected a whole number of minutes from 0 to 1440" in err


# ---- 5. the agenda calendar's name -------------------------------------------------------
def _calendar_lines(path: Path) -> tuple[str, list[str], str]:
    lines = path.read_text("utf-8").splitlines()
    name = next(line for line in lines if line.startswith("X-WR-CALNAME:"))
    mark = next(line for line in lines if line.startswith(ical.EXPORT_KIND_PROPERTY))
    return name.split(":", 1)[1], sorted(line for line in lines if line.startswith("UID:")), mark


def test_the_agenda_calendar_is_named_in_the_user_s_language_and_stays_the_same_calendar(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    data = ("--data-dir", str(data_dir))
    for number in ("1", "2"):
        assert run_cli(capsys, *data, "favourite", number)[0] == 0
    set_locale(monkeypatch, FRENCH)
    assert run_cli(capsys, *data, "export-ics", "--agenda", "-o", str(tmp_path / "fr.ics"))[0] == 0
    live = Path(run_cli(capsys, *data, "export-ics", "--live-path")[1].strip())
    set_locale(monkeypatch, ENGLISH)
    assert run_cli(capsys, *data, "export-ics", "--agenda", "-o", str(tmp_path / "en.ics"))[0] == 0
    french, english = _calendar_lines(tmp_path / "fr.ics"), _calendar_lines(tmp_path / "en.ics")
    assert french[0] == f"Briefing Companion{NB}: mon agenda"
    assert english[0] == "Briefing Companion: my agenda"
    assert french[1] == english[1] and len(french[1]) == 2  # the same events
    assert french[2] == english[2] == f"{ical.EXPORT_KIND_PROPERTY}:{ical.AGENDA_EXPORT}"
    assert _calendar_lines(live)[1] == english[1]  # the live file: the same events too
    # a French export read back is our agenda again (its sessions starred again)
    for number in ("1", "2"):
        assert run_cli(capsys, *data, "favourite", number, "--remove")[0] == 0
    code, _out, err = run_cli(capsys, *data, "import", str(tmp_path / "fr.ics"))
    assert code == 0, err
    with Store(data_dir / "briefing.db") as store:
        assert len(store.sessions(favourites_only=True)) == 2
        assert len(store.feeds()) == 1


def test_an_unmarked_agenda_is_known_by_its_name_in_any_language() -> None:
    assert uids.is_agenda_calendar_name("Briefing Companion: my agenda")
    assert uids.is_agenda_calendar_name(f"Briefing Companion{NB}: mon agenda")
    assert not uids.is_agenda_calendar_name("Briefing Companion")
    i18n.use_language("fr")
    assert uids.agenda_calendar_name() == f"Briefing Companion{NB}: mon agenda"
    i18n.use_language("en")
    assert uids.agenda_calendar_name() == "Briefing Companion: my agenda"
