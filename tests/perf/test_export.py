"""Growth guards for the .ics export (issue 14): work that must not grow with the sessions.

Counted, not timed: the bytes the export holds while it writes (Python's own
allocation tracking, the sessions already read), how often icalendar
serializes a component, and how many sessions an export from the store holds
at once (``export-ics`` and the window's export: a batch). Ten times the
sessions must not mean ten times any of them.
"""

from __future__ import annotations

import dataclasses
import gc
import tracemalloc
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from support.synthetic import synthetic_feed_file

from briefing_app.calendar.export import calendar_chunks, write_calendar_file
from briefing_app.cli import calendar as cli_calendar
from briefing_app.cli import main
from briefing_app.store import ExportSession, Store
from briefing_app.store import export as store_export
from briefing_app.sync import Fetcher, subscribe
from briefing_app.ui.dialogs import export as export_dialog

START = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)
TEMPLATE = ExportSession(
    id=0,
    feed_id=1,
    feed_url="https://example.org/feed.json",
    source_id="s-0",
    title="Cloud procurement, migration; and résilience — a long title that needs folding ☃",
    subtitle="Digital services",
    summary="A *short* summary with [a link](https://example.org/x).",
    description="## Heading\n\n" + "Procurement, innovation; cloud — données ✓ " * 30,
    start=START,
    end=START + timedelta(hours=1),
    timezone="America/Toronto",
    kind="briefing",
    track="Procurement",
    tags=("cloud", "AI, ML"),
    format="hybrid",
    join_url="https://meet.example.org/s/0",
    location="Room 12",
    registration_url="https://events.example.org/r/0",
    url="https://events.example.org/s/0",
    status="scheduled",
    removed=False,
    sequence=3,
    first_seen_at="2026-01-02T03:04:05Z",
    changed_at="2026-02-03T04:05:06Z",
    series_title="Re-Imagine the City",
    presenters=(("Zoë Ó Briain", "moderator"), ("José Núñez", "panelist")),
    reminder_minutes=None,
)


def sessions(count: int) -> list[ExportSession]:
    """*count* sessions alike but for their ids and days (one zone, one series)."""
    return [
        dataclasses.replace(
            TEMPLATE,
            id=n,
            source_id=f"s-{n}",
            start=START + timedelta(days=n % 300),
            end=START + timedelta(days=n % 300, hours=1),
        )
        for n in range(count)
    ]


def peak_while_writing(exported: list[ExportSession], target: Path) -> int:
    """Bytes allocated at the peak of writing the .ics, beyond what was held before."""
    write_calendar_file(target, exported[:3], alarm_minutes=15)  # caches and imports warm
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        write_calendar_file(target, exported, alarm_minutes=15)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def test_memory_while_writing_does_not_grow_with_the_sessions(tmp_path: Path) -> None:
    small, large = sessions(100), sessions(1_000)
    small_peak = peak_while_writing(small, tmp_path / "small.ics")
    large_peak = peak_while_writing(large, tmp_path / "large.ics")
    large_size = (tmp_path / "large.ics").stat().st_size
    event_size = large_size // len(large)
    assert large_size > 2_000_000  # what a whole-document writer would hold, and more
    # One event (and a write buffer) at a time: the same peak, give or take a few events.
    assert large_peak - small_peak < 8 * event_size, (small_peak, large_peak, event_size)
    assert large_peak < large_size // 10


def test_icalendar_serializes_only_the_head_not_each_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """icalendar writes the calendar's head once; events never go through its serializer."""
    calls: list[str] = []
    original = icalendar.cal.component.Component.to_ical

    def counting(self: icalendar.Component, sorted: bool = True) -> bytes:
        calls.append(self.name)
        data: bytes = original(self, sorted=sorted)
        return data

    monkeypatch.setattr(icalendar.cal.component.Component, "to_ical", counting)
    counts = []
    for count in (10, 100):
        calls.clear()
        chunks: Iterator[bytes] = calendar_chunks(sessions(count), alarm_minutes=15)
        assert sum(1 for chunk in chunks if chunk.startswith(b"BEGIN:VEVENT")) == count
        counts.append(list(calls))
    assert counts[0] == counts[1] == ["VCALENDAR"]


# ---- from the store: the sessions stream into the file -----------------------------------
EXPORT_BATCH = 50


def _exported_alive() -> int:
    return sum(1 for item in gc.get_objects() if type(item) is ExportSession)


def _store_with(tmp_path: Path, count: int) -> Path:
    """A data folder whose store holds the *count*-session synthetic feed."""
    data = tmp_path / f"data-{count}"
    with Store(data / "briefing.db") as store:
        subscribe(store, str(synthetic_feed_file(tmp_path, count)), Fetcher())
    return data


def _alive_while_writing(
    entry: str, data: Path, target: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[int], int]:
    """ExportSessions alive (beyond those before) every 25 events written, and the events."""
    samples: list[int] = []
    events = 0

    def counting(chunks: Iterable[bytes]) -> Iterator[bytes]:
        nonlocal events
        for chunk in chunks:
            if chunk.startswith(b"BEGIN:VEVENT"):
                events += 1
                if events % 25 == 0:
                    samples.append(_exported_alive() - before)
            yield chunk

    if entry == "cli":
        writer = cli_calendar.write_named_file
        monkeypatch.setattr(
            cli_calendar,
            "write_named_file",
            lambda path, chunks, **kw: writer(path, counting(chunks), **kw),
        )
    else:
        chunked = export_dialog.write_chunks_atomically
        monkeypatch.setattr(
            export_dialog,
            "write_chunks_atomically",
            lambda path, chunks, **kw: chunked(path, counting(chunks), **kw),
        )
    gc.collect()
    before = _exported_alive()
    if entry == "cli":
        monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(data))
        assert main(["export-ics", "--all", "-o", str(target)], setup_logs=False) == 0
    else:
        with Store(data / "briefing.db") as store:
            ids = [row[0] for row in store.db.execute("SELECT id FROM sessions")]
        written = export_dialog.export_ics(data / "briefing.db", target, ids, "All", 15)
        assert written == len(ids)
    return samples, events


@pytest.mark.slow
@pytest.mark.parametrize("entry", ["cli", "window"])
def test_an_export_from_the_store_holds_one_batch_of_sessions_at_any_size(
    entry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """``export-ics`` and the window's File › Export read a batch of sessions at a time.

    Counted: ExportSession records alive while the file is written. A list of every
    session (what held 479 MB at 100k) would make that the whole store.
    """
    monkeypatch.setattr(store_export, "_EXPORT_BATCH", EXPORT_BATCH)
    results = {}
    for count in (4 * EXPORT_BATCH, 16 * EXPORT_BATCH):
        data = _store_with(tmp_path, count)
        target = tmp_path / f"{entry}-{count}.ics"
        results[count] = _alive_while_writing(entry, data, target, monkeypatch)
        assert target.read_bytes().count(b"BEGIN:VEVENT") == count
    for count, (samples, events) in results.items():
        assert events == count
        # A batch being written, and the one before it not yet collected.
        assert max(samples) <= 2 * EXPORT_BATCH, (count, samples)
