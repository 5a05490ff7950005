"""The fast session listing says what the full records say, and the daily check waits.

``sessions`` (no ``--json``) builds light rows (:class:`SessionLine`) from the listing
index and reads the presenter names in one pass; these tests hold them to the full
records (built with the per-row names subquery, as before) on real feeds. A command that
only reads prints before the day's check and backup; one that writes is checked first.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.damage import damage_page_of
from support.synthetic import synthetic_feed_file

from briefing_app.cli import main
from briefing_app.errors import DatabaseDamagedError
from briefing_app.store import SessionLine
from briefing_app.store import rows as store_rows
from briefing_app.usecases.startup import open_store

DATA = Path(__file__).resolve().parents[1] / "data"
FEEDS = ("debconf23.xml", "pretalx-rc3.json", "frab-camp2019.json", "jres-2022.ics")


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *argv], setup_logs=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real conference feeds (frab XML, c3voc JSON, iCalendar), a few favourites."""
    data = tmp_path_factory.mktemp("real")
    for name in FEEDS:
        assert (
            main(["--data-dir", str(data), "feeds", "add", str(DATA / name)], setup_logs=False) == 0
        )
    with open_store(data) as store:
        listing = store.sessions()
        for record in listing[::37]:
            store.set_favourite(record.id, True)
    return data


def _line_of(record: object) -> tuple[object, ...]:
    return tuple(getattr(record, name) for name in SessionLine._fields)


@pytest.mark.parametrize("names_by_id_max", [0, 10**9])  # names in one pass / by id
def test_lines_and_records_agree_with_the_per_row_names(
    real_store: Path, monkeypatch: pytest.MonkeyPatch, names_by_id_max: int
) -> None:
    monkeypatch.setattr(store_rows, "_NAMES_BY_ID_MAX", names_by_id_max)
    with open_store(real_store) as store:
        feed_ids = [feed.id for feed in store.feeds()]
        filters: list[dict[str, object]] = [
            {},
            {"favourites_only": True},
            {"feed_id": feed_ids[1]},
            {"limit": 25},
            {"ending_after": datetime(2022, 1, 1, tzinfo=UTC)},
        ]
        for kwargs in filters:
            records = store.sessions(**kwargs)  # type: ignore[arg-type]
            # sessions_by_ids builds each record with the names subquery of every row.
            assert records == store.sessions_by_ids([r.id for r in records]), kwargs
            lines = store.session_lines(**kwargs)  # type: ignore[arg-type]
            assert [_line_of(r) for r in records] == [tuple(line) for line in lines], kwargs
        everything = store.sessions()
    assert len(everything) > 300
    assert sum(len(r.presenter_names) > 1 for r in everything) > 20  # the order is tested
    assert any(r.favourite for r in everything)
    assert set(SessionLine._fields) <= {f.name for f in fields(everything[0])}


def test_listing_prints_the_same_lines_as_the_records(
    capsys: pytest.CaptureFixture[str], real_store: Path
) -> None:
    from briefing_app.cli.main import build_parser
    from briefing_app.cli.output import human_output, print_session_lines

    for argv in ([], ["--favourites"], ["--tz", "Asia/Tokyo", "--limit", "40"]):
        code, out, _err = cli(capsys, real_store, "sessions", *argv)
        assert code == 0 and out
        args = build_parser().parse_args(["sessions", *argv])
        with open_store(real_store) as store:
            records = store.sessions(favourites_only=args.favourites, limit=args.limit)
        expected = io.StringIO()
        print_session_lines(records, args, human_output(expected))
        assert out == expected.getvalue(), argv
        assert out.count("\n") == len(records)


def _new_day(data: Path) -> None:
    for backup in (data / "backups").glob("briefing-*.db"):
        backup.unlink()


def test_a_reading_command_prints_then_checks_and_backs_up(
    capsys: pytest.CaptureFixture[str], real_store: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(real_store, data)
    _new_day(data)
    code, out, err = cli(capsys, data, "feeds", "list")
    assert code == 0 and "debconf" in out.lower(), err
    assert len(list((data / "backups").glob("briefing-*.db"))) == 1  # made after the output


def test_damage_found_after_the_output_is_exit_5_and_no_backup(
    capsys: pytest.CaptureFixture[str], real_store: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(real_store, data)
    db = data / "briefing.db"
    damage_page_of(db, "presenters", margin=16)  # `feeds list` does not read presenters
    damaged = db.read_bytes()
    _new_day(data)
    code, out, err = cli(capsys, data, "feeds", "list")
    assert out  # printed first
    assert code == DatabaseDamagedError.exit_code == 5, err
    assert "db recover" in err and "internal error" not in err
    assert db.read_bytes() == damaged
    assert not list((data / "backups").glob("briefing-*.db"))
    # A command that writes is still checked before it writes anything.
    code, out, err = cli(capsys, data, "favourite", "2")
    assert code == 5 and out == "", err
    assert db.read_bytes() == damaged
    assert not list((data / "backups").glob("briefing-*.db"))


@pytest.mark.parametrize("command", ["sessions", "presenters"])
def test_a_closed_pipe_still_gets_the_check_and_backup_and_a_quiet_exit(
    tmp_path: Path, command: str
) -> None:
    """``briefing-app sessions | head``: the reader is gone; the day's backup is made still.

    The pipe's reading end is closed before the command writes (as ``| true`` or a
    ``head`` done before the output comes): every write fails (EPIPE), whatever the size.
    """
    data = tmp_path / "data"
    feed = synthetic_feed_file(tmp_path, 300)
    assert main(["--data-dir", str(data), "import", str(feed)], setup_logs=False) == 0
    _new_day(data)
    env = {**os.environ, "BRIEFING_APP_DATA_DIR": str(data)}
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone
    try:
        done = subprocess.run(
            [sys.executable, "-m", "briefing_app", command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == b""  # quiet: no "Exception ignored ... BrokenPipeError" at exit
    assert len(list((data / "backups").glob("briefing-*.db"))) == 1  # checked, backed up
