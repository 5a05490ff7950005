"""Running the CLI in a language, for its tests: the environment and one run's output."""

from __future__ import annotations

import pytest

from briefing_app.cli import main

FRENCH = {"LANG": "fr_CA.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def set_locale(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """The system's language as the CLI reads it (*env*: ``FRENCH`` or ``ENGLISH``)."""
    for name, value in env.items():
        if value:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one run; ``--help`` and usage errors exit argparse's way."""
    try:
        code = main(list(argv), setup_logs=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_in(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    *argv: str,
) -> str:
    """``briefing-app ARGV`` with the system language of *env*; its output (it must succeed)."""
    set_locale(monkeypatch, env)
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    return out
