"""Every exit code the README documents, each produced by a real command line."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from support.bounded import cli
from support.feed_server import FeedServer, Reply

from briefing_app.cli.main import _COMMANDS
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import LATEST_VERSION

README = Path(__file__).parents[1] / "README.md"
DATA = Path(__file__).parent / "data"


def readme_exit_codes() -> dict[int, str]:
    """The README's exit-code table: ``| `N` | meaning |`` rows, code -> meaning."""
    text = README.read_text("utf-8")
    rows = re.findall(r"^\| `(\d+)` \| ([^|]+)\|", text, flags=re.MULTILINE)
    return {int(code): meaning.strip() for code, meaning in rows}


run = cli  # briefing-app ARGV in this process: (exit code, stdout, stderr)


def _other_series(tmp_path: Path) -> Path:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "other"
    path = tmp_path / "other.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def _no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


Scenario = Callable[[pytest.CaptureFixture[str], Path, pytest.MonkeyPatch, FeedServer], str]


def ok(capsys, tmp_path, monkeypatch, feed_server) -> str:
    code, out, err = run(capsys, "sessions")
    assert code == 0, err
    return out


def internal(capsys, tmp_path, monkeypatch, feed_server) -> str:
    def bug(_args: object, _out: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setitem(_COMMANDS, "presenters", bug)
    code, _, err = run(capsys, "presenters")
    assert code == 1
    return err


def usage(capsys, tmp_path, monkeypatch, feed_server) -> str:
    code, _, err = run(capsys, "sessions", "--limit", "0")
    assert code == 2
    code2, _, err2 = run(capsys, "sessions", "--search", " ")
    assert code2 == 2
    return err + err2


def not_found(capsys, tmp_path, monkeypatch, feed_server) -> str:
    errors = ""
    for argv in (
        ["show", "99"],
        ["feeds", "add", str(tmp_path / "missing" / "file.xml")],
        ["export-ics", "--session", "1", "-o", str(tmp_path / "missing" / "x.ics")],
        ["case-studies", "export", "1", "-o", str(tmp_path / "missing" / "x.zip")],
        ["import", str(tmp_path / "missing.json")],
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (3, ""), (argv, err)
        errors += err
    return errors


def bad_input(capsys, tmp_path, monkeypatch, feed_server) -> str:
    code, _, err = run(capsys, "import", str(DATA / "invalid-example.json"))
    assert code == 4
    return err


def database(capsys, tmp_path, monkeypatch, feed_server) -> str:
    folder = tmp_path / "newer"
    folder.mkdir()
    conn = sqlite3.connect(folder / "briefing.db")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    code, _, err = run(capsys, "--data-dir", str(folder), "sessions")
    assert code == 5
    return err


def download(capsys, tmp_path, monkeypatch, feed_server) -> str:
    url = feed_server.serve("/gone.json", Reply(404, b"gone"))
    code, _, err = run(capsys, "feeds", "add", url)
    assert code == 6
    return err


def conflict(capsys, tmp_path, monkeypatch, feed_server) -> str:
    path = _other_series(tmp_path)
    assert run(capsys, "feeds", "add", str(path))[0] == 0
    code, _, err = run(capsys, "feeds", "add", str(path))
    assert code == 7
    return err


def no_display(capsys, tmp_path, monkeypatch, feed_server) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app"],
        capture_output=True,
        text=True,
        env=_no_display_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 8, result.stderr
    return result.stderr


def interrupted(capsys, tmp_path, monkeypatch, feed_server) -> str:
    def ctrl_c(_args: object, _out: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setitem(_COMMANDS, "presenters", ctrl_c)
    code, _, err = run(capsys, "presenters")
    assert code == 130
    return err


SCENARIOS: dict[int, Scenario] = {
    0: ok,
    1: internal,
    2: usage,
    3: not_found,
    4: bad_input,
    5: database,
    6: download,
    7: conflict,
    8: no_display,
    130: interrupted,
}


def test_the_readme_lists_the_exit_codes_the_tests_produce() -> None:
    documented = readme_exit_codes()
    assert documented, "no exit-code table found in README.md"
    assert sorted(documented) == sorted(SCENARIOS)


@pytest.mark.parametrize("code", sorted(readme_exit_codes()))
def test_each_documented_exit_code_happens(
    code: int, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, feed_server: FeedServer
) -> None:
    assert code in SCENARIOS, f"README documents exit code {code}; add a scenario for it"
    SCENARIOS[code](capsys, tmp_path, monkeypatch, feed_server)


def test_following_a_missing_file_is_not_found(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "file.xml"
    code, out, err = run(capsys, "feeds", "add", str(missing))
    assert (code, out) == (3, "")
    assert err == f"briefing-app: error: {missing}: the file does not exist\n"
    assert json.loads(run(capsys, "feeds", "list", "--json")[1])[1:] == []


def test_following_a_followed_feed_names_the_feed(capsys, tmp_path: Path) -> None:
    path = _other_series(tmp_path)
    assert run(capsys, "feeds", "add", str(path))[0] == 0
    code, out, err = run(capsys, "feeds", "add", str(path))
    assert (code, out) == (7, "")
    assert err == (
        f"briefing-app: error: already following {path.as_uri()}: "
        "it is feed 2 (Re-Imagine the City of Toronto)\n"
    )
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert [f["id"] for f in json.loads(out)] == [1, 2]


def test_exporting_into_a_missing_folder_is_not_found(capsys, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.ics"
    code, out, err = run(capsys, "export-ics", "--session", "1", "-o", str(target))
    assert (code, out) == (3, "")
    assert err == (
        f"briefing-app: error: cannot write {target}: the folder {target.parent} does not exist\n"
    )
    assert not target.parent.exists()
    code, _, err = run(capsys, "export-ics", "--session", "1", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err
