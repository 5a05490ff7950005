"""mypy strict covers the whole package, and nothing quietly opts out of it."""

from __future__ import annotations

import ast
import io
import re
import tokenize
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "briefing_app"

_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[a-z-]+(?:,\s*[a-z-]+)*\])?(?P<rest>.*)")
_NOQA = re.compile(r"#\s*noqa\b(?::\s*[A-Z]+[0-9]+(?:,\s*[A-Z]+[0-9]+)*)?")


def _mypy_config() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["mypy"]


def _comments(path: Path) -> dict[int, str]:
    """Each line's comment (a ``#`` and all after it on the line)."""
    source = path.read_text(encoding="utf-8")
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {t.start[0]: t.string for t in tokens if t.type == tokenize.COMMENT}


def _unexplained_ignore(comment: str) -> bool:
    """A ``# type: ignore`` without an error code, or without a reason after it."""
    match = _IGNORE.search(comment)
    if match is None:
        return False
    reason = _NOQA.sub("", match["rest"]).strip(" #:")
    return not match["codes"] or not reason


def test_mypy_is_strict_over_the_whole_package() -> None:
    config = _mypy_config()
    assert config["files"] == ["briefing_app"]
    assert config["strict"] is True
    assert config["warn_unreachable"] is True
    assert "ignore-without-code" in config["enable_error_code"]
    assert "disable_error_code" not in config
    for override in config.get("overrides", []):
        assert not any(m.startswith("briefing_app") for m in override["module"]), override
        assert not override.get("ignore_errors"), override


def test_ci_runs_mypy_with_the_pyproject_files() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'echo "== mypy (whole package)"; .venv/bin/mypy || status=1' in ci.splitlines()


def test_every_type_ignore_names_its_error_and_a_reason() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {comment}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, comment in _comments(path).items()
        if _unexplained_ignore(comment)
    ]
    assert bad == []


def test_every_cast_says_why_on_its_line() -> None:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        comments = _comments(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "cast" and node.lineno not in comments:
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


def test_the_ignore_rule_tells_explained_from_unexplained() -> None:
    assert _unexplained_ignore("# type: ignore")
    assert _unexplained_ignore("# type: ignore[override]")
    assert _unexplained_ignore("# type: ignore[override]  # noqa: N802")
    assert not _unexplained_ignore("# type: ignore[override]  # the stub says bytes  # noqa: N802")
    assert not _unexplained_ignore("# type: ignore[arg-type, union-attr]  # PySide6 stub too loose")
    assert not _unexplained_ignore("# a comment that is not an ignore")
