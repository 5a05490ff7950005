"""Promises about the repository itself: the README's commands, a Qt-free core."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands(heading: str = "## Two commands") -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    run_command, test_command = _readme_commands()
    assert "briefing-app" in run_command and "pytest" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command + " || status=1" in ci.splitlines()


def test_ci_runs_the_readme_run_command_on_a_fresh_machine_as_root_on_linux() -> None:
    run_command = _readme_commands()[0]
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "fresh-machine"), "--print-command"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert printed == run_command + "\n"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'if [ "$(uname -s)" = Linux ] && [ "$(id -u)" = 0 ]; then' in ci.splitlines()
    assert "bash .ci/fresh-machine || status=1" in ci


def test_ci_runs_exactly_the_readme_build_command_then_the_bundles_self_test() -> None:
    build_command, self_test = _readme_commands("## Build the bundle")[:2]
    assert "pyinstaller" in build_command and "build.spec" in build_command
    assert self_test == "QT_QPA_PLATFORM=offscreen dist/briefing-app/briefing-app --self-test"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"{build_command} && {self_test} || status=1" in ci.splitlines()
    # One command from a clean clone: it makes the venv it installs into.
    assert build_command.startswith("python3 -m venv .venv && ")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(r.startswith("pyinstaller>=") for r in extras["optional-dependencies"]["build"])


def test_core_and_cli_do_not_import_qt() -> None:
    code = (
        "import sys, briefing_app.store, briefing_app.feeds, briefing_app.cli, "
        "briefing_app.bootstrap; "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
