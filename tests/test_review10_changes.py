"""Review 10 #18: a change that touches some fields says which, in `changes` and the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale
from test_cli_i18n import english_afterwards  # noqa: F401 - its fixture

from briefing_app.cli.output import stamp

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample-feed.json"
KICK_OFF = "Re-Imagine the City of Toronto: Virtual Kick-off"


def _feed(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    doc = json.loads(SAMPLE.read_text("utf-8"))
    doc["series"]["id"] = "mine"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path, doc


def _changed_feed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, str]:
    """A followed feed whose next sync changes the kick-off's join link and its tags, and
    makes the second session end half an hour later; (data folder, that session's title)."""
    data = str(tmp_path / "data")
    path, doc = _feed(tmp_path)
    assert run_cli(capsys, "--data-dir", data, "feeds", "add", str(path))[0] == 0
    doc["sessions"][0]["join_url"] = "https://meet.example.org/reimagine-toronto/kickoff-2"
    doc["sessions"][0]["tags"] = ["changed"]
    doc["sessions"][1]["end"] = doc["sessions"][1]["end"].replace("14:30", "15:00")
    path.write_text(json.dumps(doc), "utf-8")
    code, _, err = run_cli(capsys, "--data-dir", data, "sync", "2")
    assert code == 0, err
    return data, doc["sessions"][1]["title"]["en"]


def test_changes_names_the_fields_in_english_and_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    set_locale(monkeypatch, ENGLISH)
    data, second = _changed_feed(capsys, tmp_path)
    code, out, _ = run_cli(capsys, "--data-dir", data, "changes", "2")
    assert code == 0
    assert f"  Updated: {KICK_OFF} (tags, join link changed)" in out.splitlines()
    new_end = stamp("2020-05-11T19:00:00Z")  # 15:00 in Toronto, shown in this computer's zone
    assert f"  Moved: {second} (now ends {new_end})" in out.splitlines(), out
    detail = json.loads(run_cli(capsys, "--data-dir", data, "changes", "2", "--json")[1])
    assert {"fields": "tags,join_url"} in [c["detail"] for c in detail["changes"]]
    set_locale(monkeypatch, FRENCH)
    out = run_cli(capsys, "--data-dir", data, "changes", "2")[1]
    assert "(modifié\u00a0: étiquettes, lien pour rejoindre)" in out
    assert f"(fin désormais\u00a0: {stamp('2020-05-11T19:00:00Z')})" in out


def test_the_changes_tab_names_the_fields(
    qtbot: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from briefing_app.store import Store
    from briefing_app.ui.changes.view import ChangesView

    data, _second = _changed_feed(capsys, tmp_path)
    with Store(Path(data) / "briefing.db") as store:
        view = ChangesView(store)
        qtbot.addWidget(view)
        view.refresh()
        texts = [view.model.data(view.model.index(row, 0)) for row in range(view.model.rowCount())]
    assert f"Updated: {KICK_OFF} (tags, join link changed)" in texts, texts
    assert any("(now ends " in str(text) for text in texts), texts
