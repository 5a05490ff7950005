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
from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.damage import damage_page_of
from support.synthetic import synthetic_feed_file

from briefing_app.cli import main
from briefing_app.cli.output import status_mark
from briefing_app.errors import DatabaseDamagedError
from briefing_app.store import SessionLine
from briefing_app.store import rows as store_rows
from briefing_app.usecases.startup import open_store
from briefing_app.util.textutil import one_line
from briefing_app.util.timeutil import format_range, local_zone_name

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


# ---- the listing's text: byte for byte what the listing wrote before it was made fast --------
def _lines_as_before(records: Sequence[Any], tz: str | None) -> str:
    """The listing as print_session_lines wrote it before (format_range per line, one_line)."""
    width = max((len(str(r.id)) for r in records), default=1)
    lines = []
    days: dict[date, str] = {}
    for record in records:
        zone_name = (local_zone_name() if tz == "local" else tz) if tz else record.timezone
        when = format_range(record.start, record.end, zone_name, days=days)
        star = "*" if record.favourite else " "
        line = f"{record.id:>{width}} {star} {when}  {status_mark(record)}{record.title}"
        details = [d for d in (record.kind, record.format, ", ".join(record.presenter_names)) if d]
        if details:
            line += f"  ({'; '.join(details)})"
        lines.append(one_line(line) + "\n")
    return "".join(lines)


def _written(records: Sequence[Any], tz: str | None) -> str:
    from briefing_app.cli.main import build_parser
    from briefing_app.cli.output import human_output, print_session_lines

    args = build_parser().parse_args(["sessions", *(["--tz", tz] if tz else [])])
    out = io.StringIO()
    print_session_lines(records, args, human_output(out))
    return out.getvalue()


TZ_OPTIONS = (None, "local", "Asia/Tokyo", "America/St_Johns", "Australia/Lord_Howe")


@pytest.fixture
def reader_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Dublin")  # what --tz local shows


@pytest.mark.usefixtures("reader_zone")
def test_the_sample_listing_is_what_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for tz in TZ_OPTIONS:
        code, out, err = cli(capsys, tmp_path, "sessions", *(["--tz", tz] if tz else []))
        assert code == 0, err
        with open_store(tmp_path) as store:
            records = store.session_lines()
        assert out == _lines_as_before(records, tz), tz
        assert out.count("\n") == len(records) >= 5


def _synthetic_lines(count: int) -> list[SessionLine]:
    """*count* sessions a few hours apart over two years (every DST change in them), odd zones,
    every mark a line can carry, titles that need the terminal rule now and then."""
    zones = (
        "Europe/Brussels",
        "America/New_York",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "Pacific/Chatham",
        "America/St_Johns",
        "UTC",
        "Africa/Casablanca",
    )
    statuses = ("scheduled", "scheduled", "scheduled", "cancelled", "moved")
    start = datetime(2025, 1, 1, 7, 0, tzinfo=UTC)
    lines = []
    for i in range(count):
        begins = start + timedelta(minutes=97 * i)
        title = f"Session {i} über café"
        if i % 997 == 0:
            title += "\x1b[31m red\r\nand a break\u202e"
        lines.append(
            SessionLine(
                i + 1,
                begins,
                begins + timedelta(minutes=(30, 90, 600, 1500)[i % 4]),
                zones[i % len(zones)],
                title,
                ("talk", "", "workshop")[i % 3],
                ("", "virtual")[i % 2],
                statuses[i % len(statuses)],
                i % 11 == 0,
                i % 7 == 0,
                tuple(f"Person {j}" for j in range(i % 3)),
            )
        )
    return lines


@pytest.mark.usefixtures("reader_zone")
def test_a_synthetic_10k_listing_across_dst_changes_is_what_it_was() -> None:
    records = _synthetic_lines(10_000)
    for tz in TZ_OPTIONS:
        written = _written(records, tz)
        assert written == _lines_as_before(records, tz), tz
        assert written.count("\n") == 10_000
    assert "␛[31m red and a break" in written  # the terminal rule still applied


def test_a_synthetic_store_lists_what_it_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A store of the benchmarks' synthetic feed (its sessions span DST changes in 5 zones)."""
    data = tmp_path / "data"
    feed = synthetic_feed_file(tmp_path, 1000)
    assert cli(capsys, data, "import", str(feed))[0] == 0
    for argv in ([], ["--tz", "America/Sao_Paulo"], ["--favourites"]):
        code, out, err = cli(capsys, data, "sessions", *argv)
        assert code == 0, err
        with open_store(data) as store:
            records = store.sessions(favourites_only="--favourites" in argv)
        assert out == _lines_as_before(records, argv[1] if argv[:1] == ["--tz"] else None)


def test_the_listing_asks_zoneinfo_per_month_not_per_instant(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Work counted, not timed: 20,000 instants, a small share of them converted slowly."""
    from briefing_app.util import timeutil

    slow: list[datetime] = []
    windows: list[datetime] = []
    local, one_window = timeutil.RangeFormatter._local, timeutil._one_window

    def counted_local(self: Any, instant: datetime, zone_name: str) -> Any:
        slow.append(instant)
        return local(self, instant, zone_name)

    def counted_window(tz: Any, first: datetime, step: timedelta, *, month: bool) -> Any:
        windows.append(first)
        return one_window(tz, first, step, month=month)

    monkeypatch.setattr(timeutil.RangeFormatter, "_local", counted_local)
    monkeypatch.setattr(timeutil, "_one_window", counted_window)
    records = _synthetic_lines(10_000)  # 2 years, 8 zones, 5 of them with DST
    _written(records, None)
    assert len(slow) < 20_000 // 5  # only the months that hold a change, and each first look
    assert len(windows) < 1_000  # months and changing days, not instants


TIED_TITLES = [
    "beta",
    "Beta",
    "Éclair",
    "eclair",
    "zèbre",
    "Zoo",
    "日本語",
    "😀 emoji",
    "\u00a0no-break",
    "a" * 3,
    "aa",
    "",
    "Ω",
    "ǅ",
    "𝔘nicode",
]


def test_a_listing_orders_sessions_at_the_same_time_as_sqlite_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """session_lines reads in the times' order and sorts the ties (title, id) in Python:
    the same order as the records' ORDER BY (SQLite's BINARY collation, UTF-8 bytes),
    for titles of every script, case and plane, and two sessions of one title."""
    import json

    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    template = doc["sessions"][0]
    sessions = []
    for n, title in enumerate([*TIED_TITLES, "beta"]):  # "beta" twice: then by id
        session = {**template, "id": f"tie-{n}", "title": title or "untitled"}
        if n % 3 == 0:  # a second run of ties, later
            session["start"] = "2020-04-16T10:00:00-04:00"
            session["end"] = "2020-04-16T11:00:00-04:00"
        sessions.append(session)
    doc["sessions"] += sessions  # the sample's own stay: its case studies name them
    path = tmp_path / "ties.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    data = tmp_path / "data"
    code, _, err = cli(capsys, data, "import", str(path))
    assert code == 0, err
    with open_store(data) as store:
        records = store.sessions()
        lines = store.session_lines()
        limited = store.session_lines(limit=len(records))  # sorted by SQLite
    assert [r.id for r in records] == [line.id for line in lines] == [x.id for x in limited]
    ours = [r for r in records if r.title in TIED_TITLES or r.title in ("beta", "untitled")]
    assert len(ours) == len(TIED_TITLES) + 1
    by_bytes = sorted(ours, key=lambda r: (r.start, r.end, r.title.encode(), r.id))
    assert [r.id for r in ours] == [r.id for r in by_bytes]


def test_the_presenters_listing_reads_brief_rows_that_show_the_same(real_store: Path) -> None:
    """`presenters` (text) reads brief rows (no bio, no links): every field its lines show
    is the full record's, in either language."""
    shown = ("id", "name", "title", "organization", "session_count", "translations")
    with open_store(real_store) as store:
        full, brief = store.presenters(), store.presenters(brief=True)
    assert len(full) > 100 and any(p.bio for p in full)
    assert [tuple(getattr(p, f) for f in shown) for p in full] == [
        tuple(getattr(p, f) for f in shown) for p in brief
    ]
    for languages in ((), ("fr", "en")):
        assert [
            (p.shown("title", languages), p.shown("organization", languages)) for p in full
        ] == [(p.shown("title", languages), p.shown("organization", languages)) for p in brief]
