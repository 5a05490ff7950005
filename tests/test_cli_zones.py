"""Feeds that name no time zone, from the command line, over a loopback HTTP server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.cli import main

DATA = Path(__file__).parent / "data"
FOSDEM_2024 = (DATA / "fosdem-2024.xml").read_bytes()
FOSDEM_2021 = (DATA / "fosdem-2021.xml").read_bytes()
NOTE = (
    "time zone Europe/Brussels inferred from the city 'Brussels' "
    "(change with: briefing-app feeds timezone 2 ZONE)"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def _feed(capsys: pytest.CaptureFixture[str], feed_id: int = 2) -> dict:
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert code == 0
    return next(f for f in json.loads(out) if f["id"] == feed_id)


def _retitled(body: bytes) -> bytes:
    return body.replace(b"<title>MicroBlocks</title>", b"<title>MicroBlocks, renamed</title>")


def test_an_old_fosdem_schedule_syncs_with_its_zone_inferred(
    capsys, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/schedule.xml", Reply(body=FOSDEM_2024, headers={"ETag": '"a"'}))
    code, out, err = run(capsys, "feeds", "add", url)
    assert code == 0, err
    assert out.strip() == f"following feed 2: FOSDEM 2024: imported 674 sessions; {NOTE}"
    code, out, _ = run(capsys, "feeds", "list")
    line = out.splitlines()[1]
    assert line.startswith(
        "2  FOSDEM 2024 (674 sessions, time zone Europe/Brussels inferred from the city "
        "'Brussels', synced "
    )
    assert line.endswith(f") {url}")
    feed = _feed(capsys)
    assert feed["zone"] == "Europe/Brussels"
    assert feed["zone_source"] == "inferred"
    assert feed["zone_inferred_from"] == "Brussels"
    assert feed["timezone"] is None  # nothing chosen by the user
    code, out, _ = run(capsys, "sessions", "--feed", "2", "--json")
    turtle = next(s for s in json.loads(out) if s["title"] == "Creative Coding with TurtleStitch")
    assert turtle["timezone"] == "Europe/Brussels"
    assert turtle["start"] == "2024-02-03T10:30:00+01:00"
    assert turtle["start_utc"] == "2024-02-03T09:30:00Z"
    # A later sync that re-reads the feed does not repeat the note: it is not news.
    feed_server.serve("/schedule.xml", Reply(body=_retitled(FOSDEM_2024)))
    code, out, _ = run(capsys, "sync", "2")
    assert out.strip() == "2  FOSDEM 2024: 1 retitled"
    code, out, _ = run(capsys, "sync", "2", "--json")
    assert json.loads(out)["feeds"][0]["timezone_inferred"] is None


def test_feeds_add_json_says_what_was_inferred(capsys, feed_server: FeedServer) -> None:
    url = feed_server.serve("/schedule.xml", Reply(body=FOSDEM_2024))
    code, out, _ = run(capsys, "feeds", "add", url, "--json")
    assert code == 0
    assert json.loads(out)["timezone_inferred"] == {
        "zone": "Europe/Brussels",
        "inferred_from": "Brussels",
    }


def test_the_users_zone_replaces_the_inferred_one_and_later_syncs_keep_it(
    capsys, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/schedule.xml", Reply(body=FOSDEM_2024))
    run(capsys, "feeds", "add", url)
    code, out, _ = run(capsys, "feeds", "timezone", "2", "Europe/London")
    assert code == 0
    assert out.strip() == (
        "feed 2 (FOSDEM 2024) now uses Europe/London instead of Europe/Brussels "
        "(inferred from 'Brussels'); run `briefing-app sync 2`"
    )
    feed = _feed(capsys)
    assert (feed["zone"], feed["zone_source"], feed["timezone"]) == (
        "Europe/London",
        "user",
        "Europe/London",
    )
    code, out, err = run(capsys, "sync", "2")
    assert code == 0, err
    assert "inferred" not in out
    code, out, _ = run(capsys, "sessions", "--feed", "2", "--json")
    turtle = next(s for s in json.loads(out) if s["title"] == "Creative Coding with TurtleStitch")
    assert turtle["timezone"] == "Europe/London"
    assert turtle["start_utc"] == "2024-02-03T10:30:00Z"  # 10:30 in London (GMT)
    # The feed changes; the user's choice stands.
    feed_server.serve("/schedule.xml", Reply(body=_retitled(FOSDEM_2024)))
    code, out, _ = run(capsys, "sync", "2")
    assert out.strip() == "2  FOSDEM 2024: 1 retitled"
    feed = _feed(capsys)
    assert (feed["zone"], feed["zone_source"], feed["zone_inferred_from"]) == (
        "Europe/London",
        "user",
        None,
    )
    code, out, _ = run(capsys, "feeds", "list")
    assert "time zone Europe/London, set by you" in out.splitlines()[1]


def test_nothing_to_infer_keeps_the_clear_error_with_the_timezone_hint(
    capsys, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/2021.xml", Reply(body=FOSDEM_2021))
    code, out, err = run(capsys, "feeds", "add", url)
    assert code == 4 and out == ""
    assert "names no time zone (no <time_zone_name> and no <city> to infer it from)" in err
    assert err.rstrip().endswith("(add --timezone ZONE, e.g. --timezone Europe/Brussels)")
    code, out, _ = run(capsys, "feeds", "list", "--json")
    assert [f["url"] for f in json.loads(out)] == ["builtin:sample"]  # nothing added
    # Followed without a first sync: the sync says how to give the zone.
    run(capsys, "feeds", "add", url, "--no-sync")
    code, out, err = run(capsys, "sync", "2")
    assert code == 4
    assert err.rstrip().endswith("(set it with: briefing-app feeds timezone 2 ZONE)")
    code, out, err = run(capsys, "feeds", "timezone", "2", "Europe/Brussels")
    code, out, err = run(capsys, "sync", "2")
    assert code == 0, err
    assert out.strip() == "2  FOSDEM 2021: imported 773 sessions"
    feed = _feed(capsys)
    assert (feed["zone"], feed["zone_source"]) == ("Europe/Brussels", "user")


def test_an_ambiguous_city_is_named_in_the_error(capsys, feed_server: FeedServer) -> None:
    body = FOSDEM_2024.replace(b"<city>Brussels</city>", b"<city>Portland</city>")
    url = feed_server.serve("/portland.xml", Reply(body=body))
    code, _, err = run(capsys, "feeds", "add", url)
    assert code == 4
    assert "its <city> 'Portland' names places in several time zones (" in err
    assert "e.g. --timezone America/" in err  # the example is a Portland's, not Brussels
    assert "Europe/Brussels" not in err
    code, out, err = run(capsys, "feeds", "add", url, "--timezone", "America/Los_Angeles")
    assert code == 0, err
    assert "inferred" not in out
    assert _feed(capsys)["zone_source"] == "user"


def test_importing_a_file_says_what_was_inferred(capsys) -> None:
    code, out, err = run(capsys, "import", str(DATA / "fosdem-2024.xml"))
    assert code == 0, err
    assert "time zone Europe/Brussels inferred from the city 'Brussels'" in out
    feed = _feed(capsys)
    assert (feed["zone_source"], feed["zone_inferred_from"]) == ("inferred", "Brussels")


def test_choosing_a_zone_with_the_same_moments_reports_no_changes(
    capsys, feed_server: FeedServer
) -> None:
    """Brussels to Paris: every session moves zone, none moves in time; Changes stays quiet."""
    url = feed_server.serve("/schedule.xml", Reply(body=FOSDEM_2024))
    run(capsys, "feeds", "add", url)
    run(capsys, "feeds", "timezone", "2", "Europe/Paris")
    code, out, err = run(capsys, "sync", "2")
    assert code == 0, err
    assert "updated" not in out
    code, out, _ = run(capsys, "changes", "2", "--json")
    assert code == 0
    assert json.loads(out)["changes"] == []
    code, out, _ = run(capsys, "sessions", "--feed", "2", "--json")
    assert {s["timezone"] for s in json.loads(out)} == {"Europe/Paris"}


def test_an_unknown_zone_on_the_command_line_is_a_usage_error(
    capsys, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/schedule.xml", Reply(body=FOSDEM_2024))
    run(capsys, "feeds", "add", url)
    code, _, err = run(capsys, "feeds", "timezone", "2", "Not/AZone")
    assert code == 2  # as `sessions --tz Mars/Base`
    assert "ZONE: unknown time zone 'Not/AZone'" in err
    assert _feed(capsys)["zone_source"] == "inferred"  # nothing changed
    code, _, err = run(capsys, "feeds", "add", url + "?again", "--timezone", "Mars/Base")
    assert code == 2
    assert "--timezone: unknown time zone 'Mars/Base'" in err
