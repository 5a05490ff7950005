"""agenda.ics is rewritten only when what it says changes (issue 14).

Every CLI ``sync`` used to rewrite it, so calendar apps and file watchers saw a new
file after each sync; now a sync that changes nothing leaves the very same file
(inode and modification time), and a change to a favourite still reaches it.
"""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.calendar.export import live_agenda_path, write_live_agenda
from briefing_app.cli import main
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def identity(path: Path) -> tuple[int, int, int]:
    """What a rewrite changes: the inode (a new file is renamed in), mtime and size."""
    status = path.stat()
    return status.st_ino, status.st_mtime_ns, status.st_size


def summaries(path: Path) -> list[str]:
    return [
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    ]


def test_a_sync_that_changes_nothing_leaves_agenda_ics_alone(
    capsys: pytest.CaptureFixture[str], feed_server: FeedServer, data_dir: Path
) -> None:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    doc["series"]["title"] = "Remote briefings"
    url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))  # no ETag: parsed
    code, _, err = run(capsys, "feeds", "add", url)
    assert code == 0, err
    code, out, _ = run(capsys, "sessions", "--feed", "2", "--json")
    ids = [s["id"] for s in json.loads(out)]
    assert run(capsys, "favourite", str(ids[1]))[0] == 0
    live = data_dir / "agenda.ics"
    assert summaries(live) == [doc["sessions"][1]["title"]["en"]]  # the feed's default (English)
    before = identity(live)
    content = live.read_bytes()

    code, out, _ = run(capsys, "sync")
    assert code == 0 and "no changes" in out
    assert identity(live) == before  # not rewritten: same inode, same mtime
    assert live.read_bytes() == content

    doc["sessions"][1]["title"] = "Setting the Stage, renamed"
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    code, out, _ = run(capsys, "sync")
    assert code == 0 and "1 retitled" in out
    assert identity(live)[:2] != before[:2]  # a new file
    assert summaries(live) == ["Setting the Stage, renamed"]

    after = identity(live)
    doc["sessions"][3]["title"] = "Not a favourite, renamed"
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    code, out, _ = run(capsys, "sync")
    assert code == 0 and "1 retitled" in out
    assert identity(live) == after  # a change elsewhere in the feed: the agenda says the same


def test_an_unchanged_agenda_is_not_rewritten_but_any_difference_is(sample_store: Store) -> None:
    first = sample_store.sessions()[0]
    sample_store.set_favourite(first.id)
    path = write_live_agenda(sample_store, alarm_minutes=15)
    before = identity(path)
    assert write_live_agenda(sample_store, alarm_minutes=15) == path
    assert identity(path) == before

    write_live_agenda(sample_store, alarm_minutes=30)  # a setting the file shows
    assert identity(path) != before
    assert b"TRIGGER:-PT30M" in path.read_bytes()

    changed = identity(path)
    path.write_bytes(path.read_bytes().replace(b"SUMMARY:", b"SUMMARY:x"))  # edited by hand
    edited = identity(path)
    write_live_agenda(sample_store, alarm_minutes=30)
    assert identity(path)[0] != edited[0] and b"SUMMARY:x" not in path.read_bytes()
    assert identity(path)[0] != changed[0]

    path.unlink()  # removed: written again
    write_live_agenda(sample_store, alarm_minutes=30)
    assert summaries(path) == [first.title]
    assert not list(path.parent.glob(".agenda.ics.*"))


def test_the_file_mode_and_a_folder_in_the_way_behave_as_before(sample_store: Store) -> None:
    path = live_agenda_path(sample_store)
    path.mkdir(parents=True)  # a folder where the file goes: still an error, not "current"
    with pytest.raises(OSError):
        write_live_agenda(sample_store, alarm_minutes=15)
    path.rmdir()
    write_live_agenda(sample_store, alarm_minutes=15)
    path.chmod(0o644)
    before = identity(path)
    write_live_agenda(sample_store, alarm_minutes=15)
    assert identity(path) == before and path.stat().st_mode & 0o777 == 0o644


def test_the_agenda_of_no_favourite_is_icalendars_bytes_without_icalendar(
    sample_store: Store,
) -> None:
    """No favourite: rewrite_live_agenda writes calendar.live's bytes, not icalendar's (the
    first sync of a new data folder loaded icalendar for them), and they are the same;
    starring a session afterwards writes its event, and un-starring the empty file again."""
    from briefing_app.calendar.export import AGENDA_NAME, calendar_bytes
    from briefing_app.calendar.live import empty_agenda
    from briefing_app.usecases.agenda import rewrite_live_agenda

    expected = calendar_bytes([], name=AGENDA_NAME, alarm_minutes=15)
    assert empty_agenda() == expected
    assert not sample_store.has_favourites()
    path = rewrite_live_agenda(sample_store)
    assert path.read_bytes() == expected
    before = identity(path)
    rewrite_live_agenda(sample_store)
    assert identity(path) == before  # the same: left alone

    first = sample_store.sessions()[0]
    sample_store.set_favourite(first.id)
    assert sample_store.has_favourites()
    rewrite_live_agenda(sample_store)
    assert summaries(path) == [first.title]
    sample_store.set_favourite(first.id, False)
    rewrite_live_agenda(sample_store)
    assert path.read_bytes() == expected


def test_a_first_sync_writes_the_empty_agenda_without_loading_icalendar(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """`feeds add URL` then `sync` in a new data folder: agenda.ics is written (the sync's
    first), the same bytes icalendar gives, and the sync's process never imports it."""
    import subprocess
    import sys

    from briefing_app.calendar.export import AGENDA_NAME, calendar_bytes

    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    data = tmp_path / "data"
    probe = (
        "import sys\nfrom briefing_app.cli import main\ncode = main(sys.argv[1:])\n"
        "print('icalendar' in sys.modules, code)\n"
    )
    for argv, loaded in ((["feeds", "add", url], "False 0"), (["sync"], "False 0")):
        done = subprocess.run(
            [sys.executable, "-c", probe, "--data-dir", str(data), *argv],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.stdout.strip().splitlines()[-1] == loaded, done.stderr
    assert (data / "agenda.ics").read_bytes() == calendar_bytes([], name=AGENDA_NAME)
