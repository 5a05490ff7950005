"""``briefing-app questions``: list, add, edit, mark, move, remove, copy; errors and exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def _db(data_dir: Path) -> Store:
    return Store(data_dir / "briefing.db")


def test_add_list_mark_move_copy_remove(capsys, data_dir: Path) -> None:
    code, out, err = run(capsys, "questions", "add", "--session", "2", "How will RFPs\nchange?")
    assert code == 0, err
    assert out == "Added question 1 to #2 Setting the Stage (number 1).\n"
    run(capsys, "questions", "add", "--session", "setting-the-stage-2020-05-11", "Who pays?")
    code, out, _ = run(capsys, "questions", "add", "--session", "2", "First!", "--position", "1")
    assert "(number 1)" in out
    code, out, _ = run(capsys, "questions", "mark", "2", "answered", "--answer", "The city")
    assert (code, out) == (0, "Question 2 marked answered.\n")
    code, out, _ = run(capsys, "questions", "list")
    assert code == 0
    assert out.splitlines() == [
        "#2 Setting the Stage",
        "  3  1. [not asked] First!",
        "  1  2. [not asked] How will RFPs change?",
        "  2  3. [answered]  Who pays?",
        "        answer: The city",
    ]
    code, out, _ = run(capsys, "questions", "copy", "--session", "2")
    assert out == "1. First!\n2. How will RFPs change?\n"
    code, out, _ = run(capsys, "questions", "move", "3", "3")
    assert (code, out) == (0, "Question 3 is now number 3.\n")
    code, out, _ = run(capsys, "questions", "edit", "1", "How will tenders change?")
    assert (code, out) == (0, "Question 1 saved.\n")
    code, out, _ = run(capsys, "questions", "remove", "2")
    assert (code, out) == (0, "Question 2 removed: Who pays?\n")
    code, out, _ = run(capsys, "questions", "list", "--session", "2", "--json")
    listed = json.loads(out)
    assert [(q["id"], q["position"], q["text"], q["state"]) for q in listed] == [
        (1, 1, "How will tenders change?", "draft"),
        (3, 2, "First!", "draft"),
    ]
    assert set(listed[0]) == {
        "id",
        "session_id",
        "position",
        "text",
        "state",
        "answer",
        "created",
        "updated",
    }
    # show carries them too.
    code, out, _ = run(capsys, "show", "2", "--json")
    assert [q["text"] for q in json.loads(out)["questions"]] == [
        "How will tenders change?",
        "First!",
    ]
    code, out, _ = run(capsys, "show", "2")
    assert "My questions:\n  1. [not asked] How will tenders change? (question 1)" in out


def test_list_filters_by_state_and_says_when_empty(capsys) -> None:
    code, out, err = run(capsys, "questions", "list")
    assert (code, out) == (0, "")
    assert "No questions. Add one: briefing-app questions add --session ID TEXT" in err
    run(capsys, "questions", "add", "--session", "3", "A?")
    run(capsys, "questions", "add", "--session", "3", "B?")
    run(capsys, "questions", "mark", "2", "asked")
    code, out, _ = run(capsys, "questions", "list", "--state", "asked", "--json")
    assert [q["text"] for q in json.loads(out)] == ["B?"]
    code, out, err = run(capsys, "questions", "copy", "--session", "2")
    assert (code, out) == (0, "")
    assert "No unasked questions" in err


def test_text_from_stdin(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Piped\nquestion?\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, err = run(capsys, "questions", "add", "--session", "2", "-")
    assert code == 0, err
    code, out, _ = run(capsys, "questions", "list", "--json")
    assert json.loads(out)[0]["text"] == "Piped\nquestion?"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (("questions", "edit", "99", "x"), 3, "no question number 99"),
        (("questions", "mark", "99", "asked"), 3, "no question number 99"),
        (("questions", "remove", "99"), 3, "no question number 99"),
        (("questions", "move", "99", "1"), 3, "no question number 99"),
        (("questions", "add", "--session", "99", "x"), 3, "no session"),
        (("questions", "list", "--session", "nope"), 3, "no session"),
        (("questions", "copy", "--session", "99"), 3, "no session"),
        (("questions", "add", "--session", "2", "   "), 2, "a question needs some text"),
        (("questions", "edit", "1"), 2, "give the new text, --answer TEXT, or both"),
        (("questions", "move", "1", "2"), 2, "position 2 is out of range"),
        (("questions", "edit", "1", "bad \udcff"), 2, "not valid UTF-8"),
    ],
)
def test_errors_are_one_line_with_their_exit_code(
    capsys, data_dir: Path, argv: tuple[str, ...], code: int, message: str
) -> None:
    assert run(capsys, "questions", "add", "--session", "2", "Kept?")[0] == 0
    with _db(data_dir) as store:
        before = store.dump()
    got, out, err = run(capsys, *argv)
    assert got == code
    assert out == ""
    assert message in err and err.count("\n") == 1
    with _db(data_dir) as store:
        assert store.dump() == before


@pytest.mark.parametrize(
    "argv",
    [
        ("questions", "mark", "1", "done"),
        ("questions", "edit", "first", "x"),
        ("questions", "move", "1", "0"),
        ("questions", "add", "x"),
        ("questions",),
    ],
)
def test_bad_command_lines_exit_2(capsys, argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(list(argv), setup_logs=False)
    assert exc.value.code == 2
    assert "usage: briefing-app questions" in capsys.readouterr().err
