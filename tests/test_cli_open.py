"""``briefing-app FILE``: how a file manager or the desktop entry opens a file in the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli.main import _COMMANDS, main, split_open_files

COMMANDS = list(_COMMANDS)


@pytest.mark.parametrize(
    ("argv", "files", "rest"),
    [
        (["invite.ics"], ["invite.ics"], []),
        (
            ["--data-dir", "/d", "-v", "a.ICS", "b.xml"],
            ["a.ICS", "b.xml"],
            ["--data-dir", "/d", "-v"],
        ),
        (["--data-dir=/d", "feed.json"], ["feed.json"], ["--data-dir=/d"]),
        (["--", "sessions"], ["sessions"], []),
        (["sessions"], [], ["sessions"]),
        (["import", "feed.json"], [], ["import", "feed.json"]),
        (["sesions"], [], ["sesions"]),  # a mistyped command stays one for argparse to reject
        (["a.ics", "--json"], [], ["a.ics", "--json"]),
        ([], [], []),
    ],
)
def test_split_open_files(argv: list[str], files: list[str], rest: list[str]) -> None:
    assert split_open_files(argv, COMMANDS) == ([Path(f) for f in files], rest)


def test_an_existing_file_without_a_known_suffix_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "schedule"
    path.write_text("{}", "utf-8")
    assert split_open_files([str(path)], COMMANDS) == ([path], [])


def test_a_file_argument_opens_the_window_and_imports_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[object, list[Path]]] = []

    def fake_run_gui(data_dir: object = None, open_files: list[Path] | None = None) -> int:
        calls.append((data_dir, list(open_files or [])))
        return 0

    monkeypatch.setattr("briefing_app.ui.app.run_gui", fake_run_gui)
    invite = tmp_path / "invite.ics"
    assert main(["--data-dir", str(tmp_path / "d"), str(invite)], setup_logs=False) == 0
    assert calls == [(str(tmp_path / "d"), [invite])]


def test_a_mistyped_command_is_still_an_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sesions"], setup_logs=False)
    assert exit_info.value.code == 2
    assert "invalid choice: 'sesions'" in capsys.readouterr().err
