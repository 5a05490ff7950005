"""Review 9, item 2: a French user's calendar events say the app's own words in French.

The feed's texts are the user's content language already; the labels around them ("Join:",
"Series:", "Presenters: … (Panelist)", "Cancelled: …", the Join button's LABEL) were English
in every export (the window's, ``export-ics``, the live ``agenda.ics``). UID and SEQUENCE
do not change with the language, so a calendar updates its events rather than doubling them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from briefing_app.calendar.export import (
    build_calendar,
    calendar_bytes,
    calendar_words,
    write_live_agenda,
)
from briefing_app.cli import main
from briefing_app.store import Store
from briefing_app.util.i18n import use_language

NOW = datetime(2026, 12, 7, 14, tzinfo=UTC)
NBSP = "\u00a0"
ENGLISH_LABELS = ("Join:", "Series:", "Presenters:", "Register:", "More:", "Cancelled:")


@pytest.fixture
def french() -> Iterator[None]:
    use_language("fr")
    yield
    use_language("en")


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_the_words_follow_the_language_spoken_at_export(sample_store: Store, french: None) -> None:
    sessions = sample_store.export_sessions()
    french_events = _events(calendar_bytes(sessions, now=NOW))
    use_language("en")
    english_events = _events(calendar_bytes(sessions, now=NOW))
    assert len(french_events) == len(english_events) == len(sessions)
    for fr, en in zip(french_events, english_events, strict=True):
        # The same event to a calendar: it updates, it does not double.
        for name in ("UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "STATUS"):
            assert fr[name].to_ical() == en[name].to_ical(), name
        description = str(fr["DESCRIPTION"])
        for english in ENGLISH_LABELS:
            assert english not in description
        assert f"Série{NBSP}: Re-Imagine the City of Toronto" in description
        if "CONFERENCE" in fr:
            assert description.startswith(f"Rejoindre{NBSP}: https://meet.example.org/")
            assert fr["CONFERENCE"].params["LABEL"] == "Rejoindre"
            assert en["CONFERENCE"].params["LABEL"] == "Join"
    descriptions = "\n".join(str(e["DESCRIPTION"]) for e in french_events)
    # A line per person, the role in words right for everyone (util/presenter_roles), as
    # the detail pane, `show` and the pack say it; never "Josie Scioli (Présentateur)".
    assert (
        f"Présentation{NBSP}: Josie Scioli\nPrésentation{NBSP}: Lawrence Eta\n"
        f"Panéliste{NBSP}: Heather Taylor\nPanéliste{NBSP}: Andrew Flynn"
    ) in descriptions
    assert f"Modération{NBSP}: Lisa Carroll" in descriptions
    assert f"Animation{NBSP}: Lisa Carroll" in descriptions
    for gendered in ("Présentateur", "Modérateur", "Animateur"):
        assert gendered not in descriptions
    assert f"Inscription{NBSP}: https://events.example.org/" in descriptions


def test_postponed_and_removed_sessions_in_french(sample_store: Store, french: None) -> None:
    (first, second, third, *_rest) = sample_store.export_sessions()
    postponed = dataclasses.replace(first, status="postponed", url="https://example.org/more")
    removed = dataclasses.replace(second, removed=True)
    cancelled = dataclasses.replace(third, status="cancelled")
    events = build_calendar([postponed, removed, cancelled], now=NOW).walk("VEVENT")
    assert str(events[2]["SUMMARY"]) == f"Annulée{NBSP}: {third.title}"
    assert f"État{NBSP}: annulée." in str(events[2]["DESCRIPTION"])
    assert str(events[1]["SUMMARY"]) == f"Annulée{NBSP}: {second.title}"
    assert str(events[0]["SUMMARY"]) == f"Reportée{NBSP}: {first.title}"
    assert f"État{NBSP}: reportée." in str(events[0]["DESCRIPTION"])
    assert "Cette séance a été retirée de son fil." in str(events[1]["DESCRIPTION"])
    assert f"En savoir plus{NBSP}: https://example.org/more" in str(events[0]["DESCRIPTION"])


def test_english_words_are_the_writer_s_own(sample_store: Store) -> None:
    """English: the words of before, byte for byte (the fast writer's byte-identity
    property test covers icalendar's side)."""
    words = calendar_words()
    assert (words.join, words.series, words.presenters, words.presenter, words.join_label) == (
        "Join: {url}",
        "Series: {title}",
        "Presenters: {people}",
        "{name} ({role})",
        "Join",
    )
    events = _events(calendar_bytes(sample_store.export_sessions(), now=NOW))
    assert str(events[1]["DESCRIPTION"]).startswith(
        "Join: https://meet.example.org/reimagine-toronto/setting-the-stage\n"
        "Series: Re-Imagine the City of Toronto\n"
        "Presenters: Josie Scioli (Presenter), Lawrence Eta (Presenter), "
        "Heather Taylor (Panelist), Andrew Flynn (Panelist)\n"
    )


def test_the_live_agenda_is_rewritten_in_the_new_language(
    sample_store: Store, french: None
) -> None:
    sample_store.set_favourite(sample_store.find_session("kickoff-2020-04-15").id)
    path = write_live_agenda(sample_store, alarm_minutes=None)
    (event,) = _events(path.read_bytes())
    assert str(event["DESCRIPTION"]).startswith(f"Rejoindre{NBSP}: ")
    use_language("en")
    write_live_agenda(sample_store, alarm_minutes=None)
    (again,) = _events(path.read_bytes())
    assert str(again["DESCRIPTION"]).startswith("Join: ")
    assert again["UID"] == event["UID"] and again["SEQUENCE"] == event["SEQUENCE"]


def test_export_ics_follows_the_user_s_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    target = tmp_path / "fr.ics"
    try:
        code = main(["export-ics", "--session", "2", "-o", str(target)], setup_logs=False)
    finally:
        use_language("en")
    assert code == 0, capsys.readouterr().err
    (event,) = _events(target.read_bytes())
    description = str(event["DESCRIPTION"])
    assert description.startswith(f"Rejoindre{NBSP}: https://meet.example.org/")
    assert f"Présentation{NBSP}: Josie Scioli" in description
    for english in ENGLISH_LABELS:
        assert english not in description
