"""icalendar's reasons for a value it cannot read come out in the app's words (review 10).

icalendar says "Expected datetime, date, or time. Got: '2026-99-99'" in fixed English; the
import error quoted it as it was, so a French error ended in English. Each known reason is
now a core message with the value in it. The reasons are checked against what the installed
icalendar really raises, so a change of its wording shows here rather than as English text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar.prop import vDate, vDatetime, vDDDTypes, vDuration, vPeriod, vTime, vUTCOffset
from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale

from briefing_app.errors import FeedError
from briefing_app.feeds import parse_feed
from briefing_app.feeds.parser_reasons import ical_reason
from briefing_app.store import Store

BAD_VALUES: list[tuple[Callable[[str], object], str, str]] = [
    (vDDDTypes.from_ical, "2026-99-99", "is not a date, a date and time, or a time"),
    (vDatetime.from_ical, "2026", "is not a date and time (such as 20260511T130000Z)"),
    (vDate.from_ical, "20261", "is not a date (such as 20260511)"),
    (vTime.from_ical, "99", "is not a time (such as 130000)"),
    (vDuration.from_ical, "PXYZ", "is not a duration (such as PT1H30M)"),
    (vPeriod.from_ical, "x", "is not a period (a start and an end or a duration)"),
    (vUTCOffset.from_ical, "x", "is not a UTC offset (such as -0500)"),
]


@pytest.mark.parametrize(("read", "value", "words"), BAD_VALUES)
def test_what_icalendar_raises_is_said_in_our_words(
    read: Callable[[str], object], value: str, words: str
) -> None:
    with pytest.raises(ValueError) as raised:  # its message is checked below
        read(value)
    said = str(raised.value)
    assert ical_reason(said) == f"'{value}' {words}"


def test_an_unknown_reason_is_shown_as_given() -> None:
    assert ical_reason("Something icalendar says one day") == "Something icalendar says one day"


def _calendar(line: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        f"DTSTAMP:20260101T000000Z\r\nDTSTART:20260511T130000Z\r\n{line}\r\nSUMMARY:x\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_a_bad_duration_is_refused_in_our_words() -> None:
    with pytest.raises(FeedError) as raised:
        parse_feed(_calendar("DURATION:PXYZ"), source="bad.ics")
    text = str(raised.value)
    assert "DURATION could not be read: 'PXYZ' is not a duration (such as PT1H30M)" in text
    assert "Invalid iCalendar duration" not in text


def test_the_french_import_error_has_no_english_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(_calendar("DTEND:2026-99-99"))
    data = tmp_path / "data"
    set_locale(monkeypatch, FRENCH)
    assert run_cli(capsys, "--data-dir", str(data), "sessions", "--json")[0] == 0  # the sample
    with Store(data / "briefing.db") as store:
        before = store.dump()
    code, _out, err = run_cli(capsys, "--data-dir", str(data), "import", str(bad))
    assert code != 0
    assert "«\u00a02026-99-99\u00a0» n’est ni une date, ni une date et heure, ni une heure" in err
    assert "Expected" not in err and "is not" not in err
    set_locale(monkeypatch, ENGLISH)
    with Store(data / "briefing.db") as store:
        assert store.dump() == before
