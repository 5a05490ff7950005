"""The repository holds no symbolic links: twice a link made for a local convenience (a
worktree's ``benchmarks/.cache``, then ``.venv``) was committed by ``git add -A``, and a
merge replaced the real, ignored folder with a link to itself (an ignore rule ending in
``/`` matches folders only, not a link of that name)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _tracked_links() -> list[str]:
    if shutil.which("git") and (ROOT / ".git").exists():
        listed = subprocess.run(
            ["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        return [line.split("\t", 1)[1] for line in listed.splitlines() if line.startswith("120000")]
    # Not a checkout (an unpacked source tree): no file of the project is a link either.
    links = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in {".venv", ".git", "__pycache__", "build", "dist"}]
        links += [
            str(Path(folder, name)) for name in dirs + files if Path(folder, name).is_symlink()
        ]
    return links


def test_no_symbolic_link_is_part_of_the_project() -> None:
    assert _tracked_links() == []


def test_the_local_folders_are_ignored_as_links_too() -> None:
    rules = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    for name in (".venv", "benchmarks/.cache"):
        assert name in rules, f"{name} (no trailing /: a link of that name is ignored too)"
