"""``organizations``, ``organizations show ID`` and ``sessions --all`` (hidden tracks and rooms)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.orgs import orgs_feed

from briefing_app.cli import main
from briefing_app.usecases.startup import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def orgs_data(data_dir: Path) -> dict[str, int]:
    with open_store(data_dir) as store:
        store.import_feed("file:///orgs.json", orgs_feed())
        return {o.name: o.id for o in store.organizations()}


def test_organizations_lists_each_with_kinds_and_counts(capsys, orgs_data) -> None:
    code, out, err = run(capsys, "organizations")
    assert code == 0, err
    acme = next(line for line in out.splitlines() if "Acme Corp" in line)
    assert "(sponsor, member)" in acme and "1 case study, 2 sessions" in acme
    assert "City of Toronto" in out  # the sample's too
    code, out, _ = run(capsys, "organizations", "--kind", "government")
    assert "City of Springfield" in out and "Acme Corp" not in out


def test_organizations_json(capsys, orgs_data) -> None:
    code, out, _ = run(capsys, "organizations", "--json")
    assert code == 0
    rows = {o["name"]: o for o in json.loads(out)}
    assert rows["Acme Corp"]["kinds"] == ["sponsor", "member"]
    assert rows["Acme Corp"]["logo_url"] == "http://127.0.0.1:9/logo.png"
    assert rows["Acme Corp"]["sessions"] == 2


def test_organizations_show(capsys, orgs_data) -> None:
    code, out, err = run(capsys, "organizations", "show", str(orgs_data["Acme Corp"]))
    assert code == 0, err
    assert "Kind: sponsor, member" in out
    assert "Website: https://acme.example.org/" in out
    assert "Sponsor of Conference" in out
    assert "Acme's rollout" in out
    assert "Talk 1" in out and "Talk 2" in out and "Talk 0" not in out
    code, out, _ = run(capsys, "organizations", "--json", "show", str(orgs_data["Acme Corp"]))
    shown = json.loads(out)
    assert [s["title"] for s in shown["sessions"]] == ["Talk 1", "Talk 2"]
    assert [c["title"] for c in shown["case_studies"]] == ["Acme's rollout"]


def test_organizations_show_unknown_and_bad_kind(capsys, orgs_data) -> None:
    code, _, err = run(capsys, "organizations", "show", "9999")
    assert code == 3 and "no organization number 9999" in err
    code, _, err = run(capsys, "organizations", "--kind", "villain")
    assert code == 2 and "unknown organization kind" in err


def test_sessions_leave_out_hidden_tracks_and_rooms_unless_all(
    capsys, data_dir: Path, orgs_data
) -> None:
    with open_store(data_dir) as store:
        store.set_hidden("track", "Data")
        store.set_hidden("room", "Room B")
    _code, out, _ = run(capsys, "sessions")
    talks = [line for line in out.splitlines() if "Talk " in line]
    assert len(talks) == 2 and "Talk 2" in talks[0] and "Talk 4" in talks[1]
    _code, out, _ = run(capsys, "sessions", "--json")
    assert {s["title"] for s in json.loads(out)} >= {"Talk 2", "Talk 4"}
    assert "Talk 1" not in {s["title"] for s in json.loads(out)}
    code, out, _ = run(capsys, "sessions", "--all")
    assert code == 0
    assert sum("Talk " in line for line in out.splitlines()) == 6
