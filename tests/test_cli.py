"""The command line, run in-process and, for the entry points, as real processes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.cli import main
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import LATEST_VERSION, Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def test_sessions_lists_the_sample_on_first_run(capsys, data_dir: Path) -> None:
    assert not data_dir.exists() or not any(data_dir.iterdir())
    code, out, err = run(capsys, "sessions")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 5
    assert "Re-Imagine the City of Toronto: Virtual Kick-off" in lines[0]
    assert "Wed 15 Apr 2020 10:00–11:30 EDT" in lines[0]
    assert "Procurement Innovation Expert Discussion" in lines[3]
    assert (data_dir / "briefing.db").exists()


def test_search_finds_what_the_word_being_typed_will(capsys) -> None:
    """Like the window's search: a word cut short finds what the whole word does
    ("procuremen" is not a prefix of the stem "procur" the index holds)."""
    whole = run(capsys, "sessions", "--search", "procurement")[1]
    for start in ("procure", "procurem", "procureme", "procuremen"):
        code, out, _ = run(capsys, "sessions", "--search", start)
        assert code == 0
        assert out == whole, start


def test_search_procurement_finds_the_june_23_discussion(capsys) -> None:
    code, out, _ = run(capsys, "sessions", "--search", "procurement")
    assert code == 0
    assert "Procurement Innovation Expert Discussion" in out
    assert "Tue 23 Jun 2020" in out
    assert "Kick-off" not in out


def test_json_output_is_valid_json(capsys) -> None:
    code, out, _ = run(capsys, "sessions", "--json")
    assert code == 0
    sessions = json.loads(out)
    assert [s["title"] for s in sessions][3] == "Procurement Innovation Expert Discussion"
    june = sessions[3]
    assert june["start"] == "2020-06-23T13:00:00-04:00"
    assert june["start_utc"] == "2020-06-23T17:00:00Z"
    assert june["timezone"] == "America/Toronto"
    assert june["presenters"] == ["Lisa Carroll"]
    assert june["format"] == "virtual"
    code, out, _ = run(capsys, "sessions", "--search", "procurement", "--json")
    assert "Procurement Innovation Expert Discussion" in [s["title"] for s in json.loads(out)]


def test_upcoming_when_nothing_is_upcoming(capsys) -> None:
    code, out, err = run(capsys, "sessions", "--upcoming")
    assert (code, out) == (0, "")  # upcoming means upcoming: past sessions are not rows
    assert err == (
        "No upcoming sessions: the last one ended Tue 21 Jul 2020. "
        "`briefing-app sessions` lists them all.\n"
    )
    code, out, _ = run(capsys, "sessions", "--upcoming", "--json")
    assert json.loads(out) == []


def test_upcoming_text_and_json_give_the_same_rows(capsys, tmp_path: Path) -> None:
    feed = json.loads(read_resource_bytes(SAMPLE_FEED))
    feed["series"]["id"] = "later"
    for session, year in zip(feed["sessions"], (2020, 2020, 2099, 2020, 2099), strict=True):
        for key in ("start", "end"):
            session[key] = session[key].replace("2020-", f"{year}-")
    path = tmp_path / "later.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    assert run(capsys, "import", str(path))[0] == 0
    code, out, err = run(capsys, "sessions", "--upcoming")
    assert (code, err) == (0, "")
    listed = [int(line.split()[0]) for line in out.splitlines()]
    code, out, _ = run(capsys, "sessions", "--upcoming", "--json")
    assert [s["id"] for s in json.loads(out)] == listed == [8, 10]


def test_tz_option_converts_times(capsys) -> None:
    code, out, _ = run(capsys, "sessions", "--tz", "Asia/Kolkata", "--limit", "1")
    assert code == 0
    assert "19:30–21:00 IST" in out  # 10:00 EDT
    code, _, err = run(capsys, "sessions", "--tz", "Mars/Base")
    assert code == 2 and "unknown time zone" in err


def test_show_by_number_and_by_feed_id(capsys) -> None:
    code, out, _ = run(capsys, "show", "setting-the-stage-2020-05-11")
    assert code == 0
    assert out.startswith("Setting the Stage\n")
    assert (
        "Josie Scioli (presenter): Deputy City Manager, Corporate Services, City of Toronto" in out
    )
    assert "Heather Taylor (panelist)" in out
    assert "Join:     https://meet.example.org/" in out
    code, out_json, _ = run(capsys, "show", "2", "--json")
    assert code == 0
    detail = json.loads(out_json)
    assert detail["title"] == "Setting the Stage"
    assert [p["role"] for p in detail["presenters"]] == [
        "presenter",
        "presenter",
        "panelist",
        "panelist",
    ]


def test_show_unknown_session_exits_3(capsys) -> None:
    code, out, err = run(capsys, "show", "does-not-exist")
    assert code == 3
    assert out == ""
    assert err.strip() == "briefing-app: error: no session with id 'does-not-exist'"


def test_presenters(capsys) -> None:
    code, out, _ = run(capsys, "presenters")
    assert code == 0
    assert len(out.splitlines()) == 5
    assert "Lisa Carroll — National Public Sector Lead, Microsoft Canada (2 sessions)" in out
    code, out, _ = run(capsys, "presenters", "--json")
    assert {p["name"] for p in json.loads(out)} >= {"Josie Scioli", "Lawrence Eta"}


def test_import_then_reimport(capsys, tmp_path: Path) -> None:
    feed = json.loads(read_resource_bytes(SAMPLE_FEED))
    feed["series"]["id"] = "copy"
    feed["sessions"][0]["title"] = "Kick-off (copy)"
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    code, out, _ = run(capsys, "import", str(path))
    assert code == 0
    assert out.strip().endswith("imported 5 sessions (feed 2)")
    code, out, _ = run(capsys, "import", str(path), "--json")
    assert json.loads(out)["summary"] == "no changes"
    feed["sessions"][0]["title"] = "Kick-off (renamed)"
    path.write_text(json.dumps(feed), encoding="utf-8")
    code, out, _ = run(capsys, "import", str(path), "--json")
    result = json.loads(out)
    assert result["summary"] == "1 retitled"
    assert result["changes"][0]["detail"] == {"old_title": "Kick-off (copy)"}
    code, out, _ = run(capsys, "sessions", "--feed", "2")
    assert "Kick-off (renamed)" in out and len(out.splitlines()) == 5


def test_invalid_feed_refused_with_path_and_store_unchanged(capsys, tmp_path, data_dir) -> None:
    run(capsys, "sessions")  # first run: the sample is loaded
    with Store(data_dir / "briefing.db") as store:
        before = store.dump()
    feed = json.loads(read_resource_bytes(SAMPLE_FEED))
    feed["series"]["id"] = "other"
    feed["sessions"][3]["start"] = "23 June 2020"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 4
    assert out == ""
    assert err.count("\n") == 1
    assert f"{path}: at $.sessions[3].start: expected ISO 8601" in err
    with Store(data_dir / "briefing.db") as store:
        assert store.dump() == before


def test_import_missing_file(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"))
    assert code == 3
    assert err.strip() == f"briefing-app: error: {tmp_path / 'nope.json'}: the file does not exist"
    # A folder is refused as `feeds add` refuses it (the same error, the same exit code).
    code, _, err = run(capsys, "import", str(tmp_path))
    assert code == 6
    assert f"{tmp_path}: it is a folder, not a file" in err


def test_too_new_database_exits_5(capsys, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "briefing.db")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    code, out, err = run(capsys, "sessions")
    assert code == 5
    assert "newer version of Briefing Companion" in err
    assert out == ""


def test_data_dir_option_wins_over_environment(capsys, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    code, _, _ = run(capsys, "--data-dir", str(other), "sessions")
    assert code == 0
    assert (other / "briefing.db").exists()


def _entry_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["BRIEFING_APP_DATA_DIR"] = str(data_dir)
    return env


def test_python_dash_m_and_console_script(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "sessions", "--search", "procurement", "--json"],
        capture_output=True,
        text=True,
        env=_entry_env(data_dir),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Procurement Innovation Expert Discussion" in [
        s["title"] for s in json.loads(result.stdout)
    ]
    script = Path(sys.executable).with_name("briefing-app")
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert version.returncode == 0
    assert version.stdout.strip() == f"briefing-app {__version__}"
    # Logs went beside the overridden data directory, not into the user's home.
    assert (data_dir / "logs" / "briefing-app.log").exists()


def test_setting_a_note_says_so(capsys) -> None:
    code, out, err = run(capsys, "note", "4", "Ask about RFPs")
    assert (code, out, err) == (
        0,
        "Note saved on #4 Procurement Innovation Expert Discussion.\n",
        "",
    )
    code, out, _ = run(capsys, "note", "4", "--clear")
    assert (code, out) == (0, "Note deleted from #4 Procurement Innovation Expert Discussion.\n")
    code, out, err = run(capsys, "note", "4", "--clear")
    assert (code, out) == (0, "")
    assert err == "No note on Procurement Innovation Expert Discussion.\n"
    run(capsys, "note", "4", "Ask about RFPs")
    code, out, _ = run(capsys, "note", "4", "  ")  # an empty note is no note
    assert (code, out) == (0, "Note deleted from #4 Procurement Innovation Expert Discussion.\n")


def test_favourites_and_notes_from_the_command_line(capsys) -> None:
    code, out, _ = run(capsys, "favourite", "procurement-expert-discussion-2020-06-23")
    assert code == 0 and "added to favourites" in out
    code, out, _ = run(capsys, "sessions", "--favourites", "--json")
    assert [s["title"] for s in json.loads(out)] == ["Procurement Innovation Expert Discussion"]
    code, _, _ = run(capsys, "note", "4", "Ask about **challenge-based** RFPs")
    assert code == 0
    code, out, _ = run(capsys, "note", "4")
    assert out == "Ask about **challenge-based** RFPs\n"
    code, out, _ = run(capsys, "show", "4")
    assert "My notes:\nAsk about challenge-based RFPs" in out  # Markdown read as text
    code, out, _ = run(capsys, "sessions", "--search", "RFPs")
    assert "Procurement Innovation Expert Discussion" in out
    run(capsys, "favourite", "4", "--remove")
    run(capsys, "note", "4", "--clear")
    code, out, _ = run(capsys, "sessions", "--favourites", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "note", "4")
    assert "No note" in err


def test_feeds_list_and_remove(capsys) -> None:
    code, out, _ = run(capsys, "feeds", "list")
    assert code == 0
    assert out.strip() == (
        "1  Re-Imagine the City of Toronto (5 sessions, time zone America/Toronto) bundled sample"
    )
    code, out, _ = run(capsys, "feeds", "remove", "1")
    assert code == 0 and "removed feed 1" in out
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "feeds", "remove", "1")
    assert code == 3 and "no feed with id 1" in err


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["sessions", "--search", "  "], 2, "--search needs some words"),
        (["sessions", "--feed", "99"], 3, "no feed with id 99"),
        (["show", "²"], 3, "no session"),
        (["show", "9" * 30], 3, "no session"),
        (["note", "4", "text", "--clear"], 2, "not both"),
    ],
)
def test_bad_values_get_the_right_exit_code(capsys, argv, code, words) -> None:
    got, out, err = run(capsys, *argv)
    assert (got, out) == (code, "")
    assert words in err and err.count("\n") == 1


@pytest.mark.parametrize("limit", ["0", "-3", "many"])
def test_bad_limit_is_a_usage_error(capsys, limit: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["sessions", "--limit", limit], setup_logs=False)
    assert info.value.code == 2
    assert "--limit" in capsys.readouterr().err


def test_data_dir_that_is_a_file(capsys, tmp_path: Path) -> None:
    a_file = tmp_path / "afile"
    a_file.write_text("x")
    code, out, err = run(capsys, "--data-dir", str(a_file), "sessions")
    assert (code, out) == (5, "")
    assert (
        err.strip() == f"briefing-app: error: the data directory {a_file} is a file, not a folder"
    )


def test_note_overwritten_from_the_command_line_keeps_its_history(sample_store, capsys) -> None:
    session_id = sample_store.sessions()[0].id
    sample_store.set_note(session_id, "typed in the window", expected="")
    assert main(["note", str(session_id), "from a terminal"], setup_logs=False) == 0
    capsys.readouterr()
    assert main(["note", str(session_id), "--history"], setup_logs=False) == 0
    listing = capsys.readouterr().out
    assert "replaced by a later write" in listing
    assert "    typed in the window" in listing
    version = sample_store.note_history(session_id)[0].id
    assert main(["note", str(session_id), "--restore", str(version)], setup_logs=False) == 0
    assert sample_store.note(session_id) == "typed in the window"
    assert main(["note", str(session_id), "--restore", "999"], setup_logs=False) == 3
    assert main(["note", str(session_id), "x", "--history"], setup_logs=False) == 2


def test_cli_main_is_the_module_and_runs_as_the_entry_point() -> None:
    """``briefing_app.cli.main`` names the module (not a function hiding it) and still runs."""
    import importlib
    import importlib.metadata
    import types

    import briefing_app.cli
    import briefing_app.cli.main as module

    assert isinstance(module, types.ModuleType)
    assert briefing_app.cli.main is module is importlib.import_module("briefing_app.cli.main")
    assert callable(module.build_parser) and "sessions" in module._COMMANDS
    assert briefing_app.cli.main(["--version"]) == 0  # the package's name for it still runs
    (script,) = [
        e
        for e in importlib.metadata.entry_points(group="console_scripts")
        if e.name == "briefing-app"
    ]
    assert script.value == "briefing_app.cli.main:main"
    assert script.load() is module.main
