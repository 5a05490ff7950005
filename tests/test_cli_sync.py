"""feeds add, sync and changes from the command line, against a loopback server."""

from __future__ import annotations

import itertools
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.cli import main
from briefing_app.cli.output import stamp
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def _doc() -> dict:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    doc["series"]["title"] = "Remote briefings"
    return doc


def test_follow_sync_and_see_changes(capsys, feed_server: FeedServer) -> None:
    doc = _doc()
    url = feed_server.serve(
        "/f.json", Reply(body=json.dumps(doc).encode(), headers={"ETag": '"a"'}, conditional=True)
    )
    code, out, err = run(capsys, "feeds", "add", url)
    assert code == 0, err
    assert out.strip() == "following feed 2: Remote briefings: imported 5 sessions"
    code, out, _ = run(capsys, "sync", "2")
    assert out.strip() == "2  Remote briefings: not modified since the last sync"
    doc["sessions"][4]["status"] = "cancelled"
    doc["sessions"][0]["title"] = "Kick-off, renamed"
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode(), headers={"ETag": '"b"'}))
    code, out, _ = run(capsys, "sync")
    assert code == 0
    assert "2  Remote briefings: 1 cancelled, 1 retitled" in out
    assert "1  Re-Imagine the City of Toronto: no changes" in out
    code, out, _ = run(capsys, "changes")
    lines = out.splitlines()
    # Newest first; the sample's "no changes" re-check does not hide its import.
    assert lines[0].startswith("Remote briefings, synced ")
    assert any(line.startswith("Re-Imagine the City of Toronto, synced ") for line in lines)
    assert lines[0].endswith(": 1 cancelled, 1 retitled")
    assert "  Cancelled: Planning Session: Fall–Winter 2020 Series" in lines
    assert (
        "  Renamed: Kick-off, renamed (was “Re-Imagine the City of Toronto: Virtual Kick-off”)"
        in lines
    )
    code, out, _ = run(capsys, "changes", "2", "--json")
    data = json.loads(out)
    assert data["outcome"] == "changed"
    assert sorted(c["kind"] for c in data["changes"]) == ["cancelled", "retitled"]
    code, out, _ = run(capsys, "sessions", "--feed", "2", "--json")
    statuses = {s["title"]: s["status"] for s in json.loads(out)}
    assert statuses["Planning Session: Fall–Winter 2020 Series"] == "cancelled"


def test_failed_sync_exit_code_and_message(capsys, feed_server: FeedServer) -> None:
    url = feed_server.serve("/f.json", Reply(body=json.dumps(_doc()).encode()))
    run(capsys, "feeds", "add", url)
    feed_server.serve("/f.json", Reply(404, b"gone"))
    code, out, err = run(capsys, "sync", "2")
    assert code == 6
    assert out == ""
    assert err.strip() == (
        f"briefing-app: error: Remote briefings ({url}): the server answered HTTP 404 Not Found"
    )
    code, out, err = run(capsys, "feeds", "add", "ftp://example.org/x.json")
    assert code == 2 and "scheme is not supported" in err
    code, out, err = run(capsys, "feeds", "add", url.replace("f.json", "other.json"))
    assert code == 6 and "HTTP 404" in err
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert [f["url"] for f in json.loads(out)] == ["builtin:sample", url]


def test_bad_zone_for_a_feed(capsys, feed_server: FeedServer) -> None:
    url = feed_server.serve("/f.json", Reply(body=json.dumps(_doc()).encode()))
    code, _, err = run(capsys, "feeds", "add", url, "--timezone", "Brussels")
    assert code == 2 and "unknown time zone 'Brussels'" in err  # a bad option value, as for --tz


def test_changes_before_any_sync(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "changes", "--json")
    assert code == 0
    assert [b["summary"] for b in json.loads(out)] == ["imported 5 sessions"]  # the sample


def test_removing_a_feed_with_local_data_needs_force(capsys) -> None:
    run(capsys, "favourite", "3")
    code, out, err = run(capsys, "feeds", "remove", "1")
    assert code == 2 and out == ""
    assert "has 1 thing of yours (a favourite, note, question or reminder)" in err
    assert "--force" in err and "(s)" not in err
    code, out, _ = run(capsys, "feeds", "remove", "1", "--force")
    assert code == 0 and "removed feed 1" in out


def test_setting_a_zone_for_a_legacy_feed(capsys, tmp_path) -> None:
    from pathlib import Path

    legacy = Path(__file__).parent / "data" / "fosdem-2021.xml"
    code, _, err = run(capsys, "feeds", "add", str(legacy))
    assert code == 4 and "time zone" in err
    code, out, _ = run(capsys, "feeds", "add", str(legacy), "--no-sync")
    assert code == 0
    feed_id = out.split()[2].rstrip(":")
    code, out, _ = run(capsys, "feeds", "timezone", feed_id, "Europe/Brussels")
    assert code == 0 and "now uses Europe/Brussels" in out
    code, out, err = run(capsys, "sync", feed_id)
    assert code == 0, err
    assert out.strip().endswith("imported 773 sessions")
    code, _, err = run(capsys, "feeds", "timezone", feed_id, "Brussels")
    assert code == 2 and "unknown time zone" in err


@pytest.fixture
def slow_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock that moves on a second at every reading, as it does while a big feed applies."""
    from briefing_app.util import timeutil

    readings = itertools.count()
    start = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def utc_now() -> datetime:
        return start + timedelta(seconds=next(readings))

    real = timeutil.utc_now
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("briefing_app") and getattr(module, "utc_now", None) is real:
            monkeypatch.setattr(module, "utc_now", utc_now)


@pytest.mark.usefixtures("slow_clock")
def test_changes_says_checked_again_only_after_a_later_check(capsys, tmp_path: Path) -> None:
    doc = _doc()
    path = tmp_path / "remote.json"
    path.write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "feeds", "add", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "changes", "2")
    assert code == 0
    imported = json.loads(run(capsys, "changes", "2", "--json")[1])
    assert imported["last_checked_at"] == imported["synced_at"]  # no check since
    synced = imported["synced_at"]
    assert out.splitlines() == [f"Remote briefings, synced {stamp(synced)}: imported 5 sessions"]
    # A later sync finds the file as it was: that is a check after the import.
    code, out, _ = run(capsys, "sync", "2")
    assert (code, out) == (0, "2  Remote briefings: no changes\n")
    checked = json.loads(run(capsys, "changes", "2", "--json")[1])
    assert checked["synced_at"] == synced < checked["last_checked_at"]
    assert run(capsys, "changes", "2")[1].splitlines() == [
        f"Remote briefings, synced {stamp(synced)}: imported 5 sessions",
        f"  (checked again {stamp(checked['last_checked_at'])}: no changes since)",
    ]
    # A sync that changes something is the latest news again, not checked since.
    doc["sessions"][0]["title"] = "Kick-off, renamed"
    path.write_text(json.dumps(doc), "utf-8")
    assert run(capsys, "sync", "2")[0] == 0
    lines = run(capsys, "changes", "2")[1].splitlines()
    assert lines[0].endswith(": 1 retitled")
    assert not [line for line in lines if "checked again" in line]
