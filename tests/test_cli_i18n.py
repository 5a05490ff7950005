"""The command line in French: its help, messages, errors, dates; JSON and exit codes unchanged.

The CLI follows the system's language (``LANG=fr_CA.UTF-8``) for ``--help`` and usage
errors, and the language setting once a command has opened the store (util/i18n). Its
words come from the one Qt Linguist file (resources/i18n/briefing_app_fr.ts) through the
gettext catalog tools/cli_catalog compiles from it.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from support.cli_language import ENGLISH, FRENCH
from support.cli_language import run_cli as run
from support.cli_language import set_locale as _locale
from support.cli_paths import every_command_path
from support.feed_server import FeedServer, Reply

from briefing_app.cli.output import error_text
from briefing_app.errors import FeedError, NotFoundError
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.tools import cli_catalog
from briefing_app.util import i18n
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Message, plural, translate
from briefing_app.util.timeutil import format_range

PACKAGE = Path(__file__).resolve().parents[1] / "briefing_app"
TS_FILE = cli_catalog.I18N_DIR / "briefing_app_fr.ts"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Each test leaves the process speaking English, argparse's words its own again."""
    yield
    i18n.use_language("en")
    i18n.follow_language_setting(False)


def _ts_messages() -> list[cli_catalog.TsMessage]:
    return [m for m in cli_catalog.read_ts(TS_FILE) if m.context.startswith(i18n.CATALOG_CONTEXTS)]


def _english_help_texts() -> set[str]:
    """The help texts whose French differs from the English (so English must not show)."""
    return {
        " ".join(m.source.split())
        for m in _ts_messages()
        if m.context == "cli-help"
        and m.translation.strip() != m.source.strip()
        and "{" not in m.source  # filled in: checked through their words below
    }


def _unwrapped(text: str) -> str:
    return " ".join(text.split())


# ---- --help, usage errors: the system's language ----------------------------------
def test_help_is_french_with_no_english_left(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, FRENCH)
    english = _english_help_texts()
    assert len(english) > 100  # the help of every command is in the catalog
    for path in every_command_path():
        code, out, _err = run(capsys, *path, "--help")
        assert code == 0, path
        shown = _unwrapped(out)
        assert shown.startswith("utilisation : briefing-app"), path  # unwrapped: U+00A0 is " "
        assert "afficher cette aide et quitter" in shown, path
        for word in ("usage:", "positional arguments", "show this help message"):
            assert word not in shown, (path, word)
        left = [text for text in english if text in shown]
        assert left == [], (path, left)
    code, out, _ = run(capsys, "--help")
    assert "lister les séances par ordre chronologique" in _unwrapped(out)
    assert "arguments positionnels\u00a0:" in out and "options\u00a0:" in out


def test_usage_errors_are_french_and_keep_their_exit_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, FRENCH)
    code, _out, err = run(capsys, "sessions", "--bogus")
    assert code == 2
    assert "briefing-app\u00a0: erreur\u00a0: arguments non reconnus\u00a0: --bogus" in err
    assert "utilisation\u00a0: briefing-app" in err
    code, _out, err = run(capsys, "sessions", "--limit", "0")
    assert code == 2
    assert "doit être 1 ou plus, et non 0" in err
    code, _out, err = run(capsys, "questions", "mark", "1", "maybe")
    assert code == 2
    # French quotes (review item 3): « maybe », « draft », not 'maybe'
    assert (
        "argument ÉTAT\u00a0: choix non valide\u00a0: «\u00a0maybe\u00a0» (choisir parmi "
        "«\u00a0draft\u00a0», «\u00a0asked\u00a0», «\u00a0answered\u00a0»)"
    ) in err


def test_english_is_untouched(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, ENGLISH)
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("usage: briefing-app")
    assert "positional arguments:" in out and "list sessions in time order" in out
    code, _out, err = run(capsys, "sessions", "--bogus")
    assert "briefing-app: error: unrecognized arguments: --bogus" in err
    code, out, _ = run(capsys, "sessions")
    assert "Mon 11 May 2020 13:00–14:30 EDT" in out


# ---- commands: messages, dates, errors ----------------------------------------------
def test_sessions_show_and_an_error_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, FRENCH)
    code, out, _ = run(capsys, "sessions")
    assert code == 0
    assert "lundi 11 mai 2020 13 h 00–14 h 30 HAE" in out
    assert "virtuelle" in out and "virtual" not in out.replace("Virtual Kick-off", "")
    code, out, _ = run(capsys, "show", "2")
    assert code == 0
    assert "Quand\u00a0:" in out and "lundi 11 mai 2020 13 h 00–14 h 30 HAE (Toronto)" in out
    assert "Série\u00a0:" in out and "Présentateurs\u00a0:" in out
    assert "When:" not in out and "Presenters:" not in out
    code, _out, err = run(capsys, "show", "9999")
    assert code == 3  # the same exit code as in English
    assert err == (
        "briefing-app\u00a0: erreur\u00a0: aucune séance avec l’identifiant «\u00a09999\u00a0»\n"
    )
    code, _out, err = run(capsys, "feeds", "remove", "99")
    assert code == 3
    assert "aucun fil avec le numéro 99" in err
    code, _out, err = run(capsys, "sessions", "--search", "!!!")
    assert code == 2
    assert "--search a besoin de mots à chercher" in err


def test_counts_follow_the_french_plural_rule(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, FRENCH)
    code, out, _ = run(capsys, "feeds", "list")
    assert code == 0
    assert re.search(r"\(5 séances, .*\) exemple fourni", out), out
    i18n.use_language("fr")
    one, many = translate("cli", "{n} session"), translate("cli", "{n} sessions")
    assert [plural(n, one, many).format(n=n) for n in (0, 1, 2)] == [
        "0 séance",
        "1 séance",
        "2 séances",
    ]
    i18n.use_language("en")
    assert [plural(n, "{n} session", "{n} sessions").format(n=n) for n in (0, 1)] == [
        "0 sessions",
        "1 session",
    ]


JSON_COMMANDS = (
    ("sessions", "--json"),
    ("sessions", "--search", "procurement", "--json"),
    ("show", "2", "--json"),
    ("agenda", "--json"),
    ("feeds", "list", "--json"),
    ("presenters", "--json"),
    ("organizations", "--json"),
    ("settings", "--json"),
    ("changes", "--json"),
    ("questions", "list", "--json"),
    ("attendance", "list", "--json"),
)


def test_json_output_and_exit_codes_never_change_with_the_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "favourite", "2")[0] == 0
    results = {}
    for name, env in (("en", ENGLISH), ("fr", FRENCH)):
        _locale(monkeypatch, env)
        results[name] = [run(capsys, *argv)[:2] for argv in JSON_COMMANDS]
        results[name].append(run(capsys, "show", "9999", "--json")[:2])
    for argv, english, french in zip(JSON_COMMANDS, results["en"], results["fr"], strict=False):
        assert english[0] == 0, argv
        assert english == french, argv  # byte for byte, and the same exit code
        json.loads(english[1])
    assert results["en"][-1] == results["fr"][-1] == (3, "")


def test_the_language_setting_wins_once_the_store_is_open(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, ENGLISH)
    assert run(capsys, "settings", "language", "fr")[0] == 0
    code, out, _ = run(capsys, "sessions")
    assert "lundi 11 mai 2020 13 h 00" in out
    code, _out, err = run(capsys, "show", "9999")
    assert code == 3 and "aucune séance" in err
    code, out, _ = run(capsys, "--help")  # before any store: the system's language
    assert out.startswith("usage: ")
    _locale(monkeypatch, FRENCH)
    assert run(capsys, "settings", "language", "en")[0] == 0
    code, out, _ = run(capsys, "sessions")
    assert "Mon 11 May 2020 13:00–14:30 EDT" in out


# ---- the pieces ---------------------------------------------------------------------
def test_core_messages_are_english_strings_translated_when_shown() -> None:
    error = NotFoundError(QT_TRANSLATE_NOOP("core", "no feed with id {id}").format(id=7))
    assert str(error) == "no feed with id 7"  # logs and str(error) stay English
    i18n.use_language("fr")
    assert error_text(error) == "aucun fil avec le numéro 7"
    reason = QT_TRANSLATE_NOOP("core", "no session number {number}").format(number=4)
    feed_error = FeedError(reason, source="x.json", path="$.sessions[0]")
    assert error_text(feed_error) == "x.json\u00a0: à $.sessions[0]\u00a0: aucune séance numéro 4"
    assert error_text("plain English from elsewhere") == "plain English from elsewhere"
    nested = Message("cli", "{prog}: error: {message}", {"prog": "p", "message": reason})
    assert nested.translated() == "p\u00a0: erreur\u00a0: aucune séance numéro 4"
    i18n.use_language("en")
    assert error_text(error) == "no feed with id 7"


def test_dates_and_sizes_through_babel_in_french() -> None:
    from briefing_app.util.localeformat import babel_date_words, format_number, format_size

    words = babel_date_words("fr")
    start = datetime(2020, 5, 11, 17, 0, tzinfo=UTC)
    end = datetime(2020, 5, 12, 4, 30, tzinfo=UTC)
    assert format_range(start, end, "America/Toronto", words) == (
        "lundi 11 mai 2020 13 h 00–mardi 0 h 30 HAE"
    )
    assert words.day(date(2020, 5, 11)) == "lundi 11 mai 2020"
    assert format_size(1_500_000, "fr") == "1,5\u00a0Mo"
    assert format_number(12345.5, "fr") == "12\u00a0345,5"


def test_the_catalog_is_compiled_from_the_current_ts() -> None:
    assert cli_catalog.stale() == []
    catalog = i18n.load_catalog("fr")
    assert catalog.pgettext("cli-argparse", "usage: ") == "utilisation\u00a0: "


def test_every_cli_and_core_message_is_translated_with_its_fields() -> None:
    messages = _ts_messages()
    contexts = {m.context for m in messages}
    assert {"cli", "cli-help", "cli-argparse", "core"} <= contexts
    unfinished = [(m.context, m.source) for m in messages if not m.finished]
    assert unfinished == []
    fields = re.compile(r"\{[^{}]*\}|%\(\w+\)[sr]|%[sr]")
    # argparse's %r (or '%s') quotes with ': French puts « %s » instead (review item 3)
    french_quoted = re.compile(r"«\u00a0(%\(\w+\)|%)s\u00a0»")
    english_quoted = re.compile(r"'(%\(\w+\)|%)s'")
    for m in messages:
        source = english_quoted.sub(lambda q: q.group(1) + "r", m.source)
        translated = french_quoted.sub(lambda q: q.group(1) + "r", m.translation)
        assert sorted(fields.findall(source)) == sorted(fields.findall(translated)), m


def _marker_calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts or path.name == "i18n.py":
            continue  # the window's own (Qt's translate); util/i18n's routing of argparse
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in ("translate", "QT_TRANSLATE_NOOP"):
                    yield path, node


def test_marked_strings_are_literals_lupdate_can_read() -> None:
    """pyside6-lupdate reads only literal strings: no f-strings, names or keywords."""
    found = 0
    for path, call in _marker_calls():
        args = call.args[:2]
        assert len(args) == 2 and not call.keywords, (path, call.lineno)
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args), (
            path,
            call.lineno,
        )
        assert args[0].value.startswith(i18n.CATALOG_CONTEXTS), (path, call.lineno)  # type: ignore[attr-defined]
        found += 1
    assert found > 400


# ---- start-up: English loads no catalog, French no Babel for --help ------------------
PROBE = """
import json, sys
from briefing_app.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
from briefing_app.util import i18n
sys.stdout.flush()
print("@@" + json.dumps({"modules": sorted(sys.modules), "catalogs": sorted(i18n._State.catalogs)}))
"""


@pytest.mark.parametrize(("env", "catalog"), [(ENGLISH, False), (FRENCH, True)])
def test_help_loads_no_babel_and_english_no_catalog(env: dict[str, str], catalog: bool) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=True,
    )
    result = json.loads(done.stdout.rpartition("@@")[2])
    assert not any(m == "babel" or m.startswith("babel.") for m in result["modules"])
    assert result["catalogs"] == (["fr"] if catalog else [])


def test_summaries_the_core_makes_are_counted_and_translated_when_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from briefing_app.util.i18n import counted, joined

    one = QT_TRANSLATE_NOOP("core", "imported {n} session")
    other = QT_TRANSLATE_NOOP("core", "imported {n} sessions")
    summary = joined("; ", [counted(0, one, other), counted(1, one, other)])
    assert summary == "imported 0 sessions; imported 1 session"  # English, as stored
    i18n.use_language("fr")
    assert summary.translated() == "0 séance importée; 1 séance importée"
    i18n.use_language("en")
    _locale(monkeypatch, FRENCH)
    feed = tmp_path / "feed.json"
    feed.write_bytes((Path(__file__).parents[1] / "resources" / "sample-feed.json").read_bytes())
    code, out, _ = run(capsys, "import", str(feed))
    assert code == 0
    assert out == f"{feed}\u00a0: aucun changement (fil 1)\n"
    code, out, _ = run(capsys, "sync")
    assert code == 0
    assert ": aucun changement" in out or "non modifié" in out


def test_a_change_reads_in_french_with_its_date() -> None:
    from briefing_app.store import SessionChange
    from briefing_app.usecases.changes import describe_change
    from briefing_app.util.localeformat import babel_date_words

    moved = SessionChange(
        "moved", 2, "Setting the Stage", {"old_start": "2020-05-11T17:00:00Z", "new_start": "x"}
    )
    english = describe_change(moved, "America/Toronto")
    assert english == "Moved: Setting the Stage (was Mon 11 May 2020 13:00 EDT)"
    i18n.use_language("fr")
    french = describe_change(moved, "America/Toronto", babel_date_words("fr"))
    assert i18n.localized(french) == (
        "Déplacée\u00a0: Setting the Stage (avant\u00a0: lundi 11 mai 2020 13 h 00 HAE)"
    )


def test_a_bad_feed_and_a_missing_file_are_told_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _locale(monkeypatch, FRENCH)
    bad = tmp_path / "bad.json"
    bad.write_text('{"x":', encoding="utf-8")
    code, _out, err = run(capsys, "import", str(bad))
    assert code == 4
    assert err == (
        f"briefing-app\u00a0: erreur\u00a0: {bad}\u00a0: "
        "JSON non valide à la ligne 1, colonne 6\u00a0: "
        "valeur attendue (le fichier finit trop tôt\u00a0: tronqué?)\n"
    )
    code, _out, err = run(capsys, "feeds", "add", str(tmp_path / "missing.json"))
    assert code == 3
    assert err.endswith("missing.json\u00a0: le fichier n’existe pas\n")


def test_feeds_changes_organizations_and_backups_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _locale(monkeypatch, FRENCH)
    code, out, _ = run(capsys, "changes")
    assert code == 0
    assert re.fullmatch(
        r"Réimaginer la Ville de Toronto, synchronisé \w+ \d+ \w+ \d{4} \d\d h \d\d \S+\u00a0: "
        r"5 séances importées\n",
        out,
    ), out
    code, out, _ = run(capsys, "organizations")
    assert "(commanditaire)" in out and "(sponsor)" not in out
    code, out, _ = run(capsys, "db", "backups")
    assert code == 0 and "quotidienne" in out and "\u00a0ko " in out
    code, out, _ = run(capsys, "attendance", "mark", "2", "attended")
    assert out == "#2 Mise en contexte\u00a0: présence.\n"  # the sample's title, in French


def test_the_window_can_show_a_core_message_through_its_qm(qapp: object) -> None:
    """The .qm compiled from the same .ts holds the core's messages: Qt translates them too."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(cli_catalog.I18N_DIR / "briefing_app_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        error = NotFoundError(QT_TRANSLATE_NOOP("core", "no feed with id {id}").format(id=7))
        assert i18n.localized(error.args[0], QCoreApplication.translate) == (
            "aucun fil avec le numéro 7"
        )
        summary = QT_TRANSLATE_NOOP("core", "the feed is empty").message()
        assert i18n.localized(summary, QCoreApplication.translate) == "le fil est vide"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("env", "reached", "error"),
    [
        (ENGLISH, "1  Re-Imagine the City of Toronto: no changes", "briefing-app: error: "),
        # The series' French title, and French typography before the colon.
        (
            FRENCH,
            "1  Réimaginer la Ville de Toronto\u00a0: aucun changement",
            "briefing-app\u00a0: erreur\u00a0: ",
        ),
    ],
)
def test_a_failed_sync_never_reads_as_success(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    feed_server: FeedServer,
    env: dict[str, str],
    reached: str,
    error: str,
) -> None:
    """Only the feed reached is listed; the failed one is an error, and the exit code says so."""
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    assert run(capsys, "feeds", "add", url)[0] == 0
    feed_server.serve("/f.json", Reply(404, b"gone"))
    _locale(monkeypatch, env)
    code, out, err = run(capsys, "sync")
    assert code == 6
    assert out.splitlines() == [reached]
    assert err.startswith(error) and "404" in err and err.count("\n") == 1
    code, out, err = run(capsys, "sync", "2")
    assert (code, out) == (6, "")
    assert err.startswith(error) and "404" in err


def test_organizations_note_and_feeds_add_name_things_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found by the session-9 review: these printed the feed's English where French exists."""
    _locale(monkeypatch, FRENCH)
    code, out, _ = run(capsys, "organizations")
    assert code == 0
    names = [line.split("  ", 1)[1].split(" (")[0] for line in out.splitlines()]
    assert "Ville de Toronto" in names and "City of Toronto" not in names
    assert names == sorted(names, key=str.casefold)  # in the order a French reader looks
    city = next(line.split()[0] for line in out.splitlines() if "Ville de Toronto" in line)
    code, out, _ = run(capsys, "organizations", "show", city)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Ville de Toronto"
    assert "Fil\u00a0: Réimaginer la Ville de Toronto" in lines
    assert "Partenaire de Réimaginer la Ville de Toronto" in lines
    assert "L’administration municipale de Toronto, en Ontario." in lines
    assert "  4  Andrew Flynn — Contrôleur" in lines
    assert any("Mise en contexte" in line for line in lines)
    assert "Re-Imagine" not in out and "Setting the Stage" not in out
    code, out, _ = run(capsys, "note", "2", "À relire")
    assert out == "Note enregistrée sur #2 Mise en contexte.\n"
    code, out, _ = run(capsys, "organizations", "show", city, "--json")
    assert json.loads(out)["name"] == "City of Toronto"  # JSON never changes with the language


def test_feeds_add_names_the_feed_as_feeds_list_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

    _locale(monkeypatch, FRENCH)
    copy = tmp_path / "copy.json"
    copy.write_bytes(read_resource_bytes(SAMPLE_FEED).replace(b'"id": "', b'"id": "copy-', 1))
    code, out, _ = run(capsys, "feeds", "add", str(copy))
    assert code == 0
    assert "\u00a0: Réimaginer la Ville de Toronto\u00a0: " in out, out
    assert "Re-Imagine" not in out


def test_hidden_takes_and_shows_a_track_in_the_users_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The s9-cli report: `hidden add track "Priorités de la Ville"` warned that no session
    was in that track (the store names it in English) and hid nothing that shows."""
    _locale(monkeypatch, FRENCH)
    code, out, err = run(capsys, "hidden", "add", "track", "Priorités de la Ville")
    assert code == 0 and "Priorités de la Ville" in out
    assert "aucune séance" not in err and "avertissement" not in err
    code, out, _ = run(capsys, "hidden", "list")
    assert out.split() == ["volet", "Priorités", "de", "la", "Ville"]
    code, out, _ = run(capsys, "hidden", "list", "--json")
    assert json.loads(out)["tracks"] == ["City priorities"]  # stored as the feed names it
    code, out, _ = run(capsys, "hidden", "remove", "track", "priorités de la ville")
    assert code == 0
    code, out, _ = run(capsys, "hidden", "list", "--json")
    assert json.loads(out)["tracks"] == []
