"""``export-ics`` streams its sessions from the store: the same bytes, one batch held at a time.

The calendar's head (VTIMEZONEs, the calendar's name, whether it has one) comes
from :meth:`Store.export_outline`, the events from
:meth:`Store.iter_export_sessions` as they are written.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.synthetic import synthetic_feed_file

from briefing_app.calendar.export import calendar_bytes, calendar_chunks, calendar_name
from briefing_app.cli import main
from briefing_app.store import ExportSession, Store
from briefing_app.store import export as store_export
from briefing_app.usecases.imports import import_file

_DTSTAMP = re.compile(rb"^DTSTAMP:[^\r\n]*\r\n", re.MULTILINE)


@pytest.fixture
def big_store(sample_store: Store, tmp_path: Path) -> Store:
    """The sample and a synthetic feed: several zones, presenters, favourites, a reminder off."""
    import_file(sample_store, synthetic_feed_file(tmp_path, 120))
    for session_id in (1, 7, 30, 90):
        sample_store.set_favourite(session_id)
    return sample_store


@pytest.mark.parametrize(
    "selection",
    [{}, {"favourites_only": True}, {"feed_id": 2}, {"session_ids": [3, 9, 40]}, {"feed_id": 1}],
    ids=["all", "agenda", "feed", "sessions", "sample-feed"],
)
def test_streamed_export_is_the_listed_one_byte_for_byte(
    big_store: Store, selection: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_export, "_EXPORT_BATCH", 7)  # many batches
    listed = big_store.export_sessions(**selection)  # type: ignore[arg-type]
    with big_store.export_snapshot():
        outline = big_store.export_outline(**selection)  # type: ignore[arg-type]
        streamed = b"".join(
            calendar_chunks(
                big_store.iter_export_sessions(**selection),  # type: ignore[arg-type]
                name="Export",
                alarm_minutes=15,
                outline=outline,
            )
        )
    assert outline.count == len(listed) > 0
    assert calendar_name(outline, "x") == calendar_name(listed, "x")
    whole = calendar_bytes(listed, name="Export", alarm_minutes=15)
    assert _DTSTAMP.sub(b"", streamed) == _DTSTAMP.sub(b"", whole)
    assert streamed.count(b"BEGIN:VTIMEZONE") == whole.count(b"BEGIN:VTIMEZONE")


def test_the_command_writes_what_the_list_would(
    big_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "all.ics"
    assert main(["export-ics", "--all", "-o", str(target)], setup_logs=False) == 0
    assert "wrote 125 events" in capsys.readouterr().err
    whole = calendar_bytes(big_store.export_sessions(), name="Briefing Companion", alarm_minutes=15)
    assert _DTSTAMP.sub(b"", target.read_bytes()) == _DTSTAMP.sub(b"", whole)


def test_an_export_holds_one_batch_of_sessions(
    big_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted, not timed: the records alive while the events are written."""
    monkeypatch.setattr(store_export, "_EXPORT_BATCH", 10)
    alive: list[int] = []

    def counting(sessions: Iterator[ExportSession]) -> Iterator[ExportSession]:
        for index, session in enumerate(sessions):
            if index % 17 == 0:  # a look now and then (each is a walk over every object)
                gc.collect()
                alive.append(sum(1 for item in gc.get_objects() if type(item) is ExportSession))
            yield session

    with big_store.export_snapshot():
        outline = big_store.export_outline()
        chunks = list(
            calendar_chunks(counting(big_store.iter_export_sessions()), name="x", outline=outline)
        )
    assert len(chunks) == 125 + 2  # head, the events, the end
    assert max(alive) <= 10 + 1, max(alive)
