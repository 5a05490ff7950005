"""Promises about the repository itself: the README's commands, a Qt-free core."""

from __future__ import annotations

import os
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


def _fresh_machine_pip_paths(env: dict[str, str]) -> tuple[list[str], list[str]]:
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "fresh-machine"), "--pip-paths"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    ).stdout.splitlines()
    cas = [line.removeprefix("ca ") for line in printed if line.startswith("ca ")]
    binds = [line.removeprefix("bind ") for line in printed if line.startswith("bind ")]
    assert len(cas) + len(binds) == len(printed), printed
    return cas, binds


def test_fresh_machine_gives_the_chroot_the_ca_bundle_pip_uses_never_over_etc_ssl(
    tmp_path: Path,
) -> None:
    """The CA bundle pip uses (PIP_CERT, else the configuration's cert, the last file and the
    install section winning) goes to the chroot's private path; no cert is bound at its own
    path, where the chroot's ca-certificates package writes. The local folders are bound."""
    (tmp_path / "home").mkdir()
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    for name in ("env-ca.pem", "config-ca.pem", "global-ca.pem"):
        (tmp_path / name).write_text("-----BEGIN CERTIFICATE-----\n")
    config = tmp_path / "pip.conf"
    config.write_text(
        f"[install]\ncert = {tmp_path / 'config-ca.pem'}\n"
        f"[global]\ncert = {tmp_path / 'global-ca.pem'}\nfind-links = {wheels}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env |= {
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_DIRS": str(tmp_path / "no-xdg"),
        "PIP_CONFIG_FILE": str(config),
    }
    cas, binds = _fresh_machine_pip_paths({**env, "PIP_CERT": str(tmp_path / "env-ca.pem")})
    assert cas == [str(tmp_path / "env-ca.pem")]
    assert str(wheels) in binds and str(config) in binds
    assert not any(path.endswith(".pem") or path.startswith("/etc/ssl") for path in binds)
    cas, binds = _fresh_machine_pip_paths(env)
    assert cas == [str(tmp_path / "config-ca.pem")]
    assert not any(path.endswith(".pem") or path.startswith("/etc/ssl") for path in binds)


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
        "briefing_app.usecases.startup; "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
