"""The day timeline's layout without Qt: rows, lanes, the axis (no QApplication, no widgets)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

from briefing_app.store import SessionRecord
from briefing_app.ui.timeline.layout import (
    NO_ROOM,
    NO_TRACK,
    SINGLE_ROW,
    RowSpec,
    build_day_layout,
    day_bounds,
    plan_rows,
)


def _record(
    n: int,
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    location: str = "",
    track: str = "",
    day: int = 7,
    end_day: int | None = None,
) -> SessionRecord:
    return SessionRecord(
        id=n,
        feed_id=1,
        source_id=str(n),
        title=f"Session {n}",
        start=datetime(2026, 6, day, *start, tzinfo=UTC),
        end=datetime(2026, 6, end_day or day, *end, tzinfo=UTC),
        timezone="UTC",
        kind="talk",
        track=track,
        format="",
        status="scheduled",
        location=location,
        join_url="",
        series_title="",
        presenter_names=(),
        favourite=False,
        removed=False,
    )


def test_layout_imports_no_qt() -> None:
    code = (
        "import sys, briefing_app.ui.timeline.layout\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_plan_rows_rooms_first_then_locations_then_no_room() -> None:
    records = [
        _record(1, (9, 0), (10, 0), location="Hall B"),
        _record(2, (9, 0), (10, 0), location="Annex"),
        _record(3, (9, 0), (10, 0)),
    ]
    kind, names, row_of = plan_rows(records, ["Hall A", "Hall B"])
    assert kind == "room"
    assert names == ["Hall A", "Hall B", "Annex", NO_ROOM]
    assert [row_of(r) for r in records] == ["Hall B", "Annex", NO_ROOM]


def test_plan_rows_tracks_without_rooms_and_a_single_row_without_either() -> None:
    records = [_record(1, (9, 0), (10, 0), track="Go"), _record(2, (9, 0), (10, 0))]
    kind, names, row_of = plan_rows(records, [])
    assert (kind, names) == ("track", ["Go", NO_TRACK])
    assert row_of(records[1]) == NO_TRACK
    kind, names, row_of = plan_rows([_record(3, (9, 0), (10, 0))], [])
    assert (kind, names, row_of(records[0])) == ("single", [SINGLE_ROW], SINGLE_ROW)


def test_overlapping_sessions_stack_in_lanes_and_a_free_lane_is_reused() -> None:
    records = [
        _record(1, (9, 0), (10, 0)),
        _record(2, (9, 30), (10, 30)),  # overlaps 1: second lane
        _record(3, (10, 0), (11, 0)),  # starts as 1 ends: first lane again
        _record(4, (9, 45), (10, 15)),  # overlaps 1 and 2: third lane
    ]
    rows = [RowSpec((1, SINGLE_ROW), SINGLE_ROW, SINGLE_ROW)]
    layout = build_day_layout(date(2026, 6, 7), "UTC", records, rows, lambda _r: (1, SINGLE_ROW))
    assert [b.lane for b in layout.blocks] == [0, 1, 0, 2]
    assert layout.rows[0].lanes == 3
    assert layout.rows[0].sessions == 4
    assert layout.axis_start == datetime(2026, 6, 7, 9, tzinfo=UTC)
    assert layout.axis_end == datetime(2026, 6, 7, 11, tzinfo=UTC)
    assert [(b.start, b.end) for b in layout.blocks][:2] == [(0.0, 60.0), (30.0, 90.0)]
    assert layout.blocks[1].time_text == "09:30–10:30"
    assert [t.label for t in layout.ticks] == ["09:00", "", "10:00", "", "11:00"]


def test_a_row_the_plan_did_not_foresee_is_added_and_late_sessions_are_clipped() -> None:
    records = [_record(1, (22, 0), (23, 59)), _record(2, (23, 0), (23, 30), location="Tent")]
    late = _record(3, (23, 0), (8, 0), location="Tent", end_day=8)
    rows = [RowSpec((1, NO_ROOM), NO_ROOM, NO_ROOM)]
    layout = build_day_layout(
        date(2026, 6, 7),
        "UTC",
        [*records, late],
        rows,
        lambda r: (1, r.location or NO_ROOM),
    )
    assert [row.label for row in layout.rows] == [NO_ROOM, "Tent"]
    assert [row.lanes for row in layout.rows] == [1, 2]
    # The grid runs at most six hours past midnight; the session goes on past it.
    assert layout.axis_end == datetime(2026, 6, 8, 6, tzinfo=UTC)
    assert [b.clipped for b in layout.blocks] == [False, False, True]


def test_a_dst_day_has_23_hours_and_marks_the_zone_change() -> None:
    start, end = day_bounds(date(2026, 3, 29), "Europe/Brussels")
    assert (end - start).total_seconds() == 23 * 3600
    layout = build_day_layout(date(2026, 3, 29), "Europe/Brussels", [], [], lambda _r: (0, ""))
    assert layout.hours == 23
    labels = [t.label for t in layout.ticks if t.label]
    assert labels[:4] == ["00:00", "01:00", "03:00 CEST", "04:00"]
