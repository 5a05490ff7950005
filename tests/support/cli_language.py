"""Run the command line in process in a system language (a bilingual feed's tests)."""

from __future__ import annotations

import pytest

from briefing_app.cli import main

FRENCH = {"LANG": "fr_CA.UTF-8"}
ENGLISH = {"LANG": "en_CA.UTF-8"}


def run_in(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    *argv: str,
) -> str:
    """``briefing-app ARGV`` with the system language of *env*; its output (it must succeed)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    assert code == 0, err
    return out
