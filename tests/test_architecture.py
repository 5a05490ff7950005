"""The import rules of docs/architecture.md hold, and the checker would see a break."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_contracts_are_kept() -> None:
    done = _lint()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 kept, 0 broken" in done.stdout


def test_the_contracts_name_the_layers_and_the_rules() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    assert set(contracts) == {"layers", "qt", "sql", "store-api"}
    assert contracts["layers"]["layers"][1:4] == [
        "briefing_app.cli",
        "briefing_app.ui",
        "briefing_app.usecases",
    ]
    assert "briefing_app.ui" not in contracts["qt"]["source_modules"]
    assert "briefing_app.store" not in contracts["sql"]["source_modules"]


def test_a_broken_rule_is_reported(tmp_path: Path) -> None:
    """The same kind of contract over a package that does import Qt: the checker says so."""
    config = tmp_path / "contracts.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_package = "briefing_app"\n'
        "include_external_packages = true\n"
        "[[tool.importlinter.contracts]]\n"
        'name = "No Qt in the window (false on purpose)"\n'
        'type = "forbidden"\n'
        'source_modules = ["briefing_app.ui"]\n'
        'forbidden_modules = ["PySide6"]\n'
        "allow_indirect_imports = true\n",
        encoding="utf-8",
    )
    done = _lint(str(config))
    assert done.returncode == 1
    assert "BROKEN" in done.stdout and "briefing_app.ui.app -> PySide6" in done.stdout
