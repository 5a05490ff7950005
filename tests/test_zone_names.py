"""Time zones in the user's language (issue 17): one rule, util/zonenames, for every front.

French shows CLDR fr_CA's abbreviations (``13 h 00 HAE``) or, where CLDR has none for the
zone, the UTC offset (``UTC+2``), never the zone database's English ``EDT``/``CEST``; a
zone is named by its city (``Toronto (heure de l’Est)``), not its IANA name. English is
exactly as before. Here the core and the command line; tests/ui/test_zone_names_window.py
the window, the pack and share-as-text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.zones import DAYS, ENGLISH, ENGLISH_ONLY, FRENCH, ZONES, import_zones_feed, title

from briefing_app.cli import main
from briefing_app.store import Store
from briefing_app.util import i18n
from briefing_app.util.localeformat import babel_date_words
from briefing_app.util.timeutil import RangeFormatter, format_range, stamp_text, to_utc_text
from briefing_app.util.zonenames import (
    MINUS,
    abbreviation,
    offset_text,
    zone_label,
    zone_place,
)

FRENCH_ENV = {"LANG": "fr_CA.UTF-8"}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use_language("en")
    i18n.follow_language_setting(False)


def _local(zone_name: str, season: str) -> datetime:
    year, month, day = DAYS[season]
    return datetime(year, month, day, 10, 0, tzinfo=ZoneInfo(zone_name))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", text))


@pytest.mark.parametrize("season", sorted(DAYS))
@pytest.mark.parametrize("zone_name", ZONES)
def test_abbreviations_by_language(zone_name: str, season: str) -> None:
    local = _local(zone_name, season)
    assert abbreviation(local, zone_name, "en") == ENGLISH[zone_name, season] == local.tzname()
    assert abbreviation(local, zone_name, "fr") == FRENCH[zone_name, season]


def test_every_canadian_pair_in_french() -> None:
    """HNE/HAE, HNC/HAC, HNR/HAR, HNP/HAP, HNA/HAA, HNT/HAT: CLDR fr_CA's."""
    pairs = {
        "America/Toronto": ("HNE", "HAE"),
        "America/Winnipeg": ("HNC", "HAC"),
        "America/Edmonton": ("HNR", "HAR"),
        "America/Vancouver": ("HNP", "HAP"),
        "America/Halifax": ("HNA", "HAA"),
        "America/St_Johns": ("HNT", "HAT"),
        "America/Regina": ("HNC", "HNC"),  # no DST: central standard all year
    }
    for zone_name, expected in pairs.items():
        found = tuple(abbreviation(_local(zone_name, s), zone_name, "fr") for s in DAYS)
        assert found == (expected[1], expected[0]), zone_name  # DAYS: summer, winter


def test_offsets_where_cldr_has_no_french_abbreviation() -> None:
    assert offset_text(timedelta(hours=2)) == "UTC+2"
    assert offset_text(timedelta(hours=-3, minutes=-30)) == f"UTC{MINUS}3:30"
    assert offset_text(timedelta(hours=5, minutes=30)) == "UTC+5:30"
    assert offset_text(timedelta(0)) == "UTC"
    sao_paulo = _local("America/Sao_Paulo", "winter")  # tzdata's "-03"
    assert abbreviation(sao_paulo, "America/Sao_Paulo", "fr") == f"UTC{MINUS}3"
    kolkata = _local("Asia/Kolkata", "winter")
    assert abbreviation(kolkata, "Asia/Kolkata", "fr") == "UTC+5:30"


def test_no_zone_shows_an_english_letter_abbreviation_in_french() -> None:
    """Every zone, both seasons: French is CLDR fr_CA's name or UTC±offset, never tzdata's
    English letters (a letters-only tzdata name in French is one CLDR fr_CA also gives)."""
    french_cldr = {"HNE", "HAE", "HNC", "HAC", "HNR", "HAR", "HNP", "HAP", "HNA", "HAA"}
    french_cldr |= {"HNT", "HAT", "HNPM", "HAPM", "UTC", "GMT"}
    for zone_name in sorted(available_timezones()):
        if zone_name.startswith(("posix/", "right/")) or zone_name in ("Factory", "localtime"):
            continue
        for season in DAYS:
            local = _local(zone_name, season)
            text = abbreviation(local, zone_name, "fr")
            assert text in french_cldr or re.fullmatch(rf"UTC[+{MINUS}]\d+(:\d\d)?", text), (
                zone_name,
                season,
                text,
            )


def test_zone_labels_and_places() -> None:
    assert zone_label("America/Toronto", "fr") == "Toronto (heure de l’Est)"
    assert zone_label("Europe/Brussels", "fr") == "Bruxelles (heure de l’Europe centrale)"
    assert zone_label("Asia/Tokyo", "fr") == "Tokyo (heure du Japon)"
    assert zone_label("America/Vancouver", "fr") == "Vancouver (heure du Pacifique)"
    assert zone_label("UTC", "fr") == zone_label("Etc/UTC", "fr") == "UTC"
    assert zone_label("Etc/GMT+5", "fr") == f"UTC{MINUS}5"  # POSIX's sign: 5 h behind
    assert zone_place("Europe/Brussels", "fr") == "Bruxelles"
    assert zone_place("America/Montreal", "fr") == "Montreal"  # the city chosen, not Toronto
    for zone_name in ZONES:  # English: the IANA name, as always
        assert zone_label(zone_name, "en") == zone_place(zone_name, "en") == zone_name


@pytest.mark.parametrize("season", sorted(DAYS))
@pytest.mark.parametrize("zone_name", ZONES)
def test_ranges_and_stamps(zone_name: str, season: str) -> None:
    start = _local(zone_name, season).astimezone(UTC)
    end = start + timedelta(hours=1)
    day = f"{start.astimezone(ZoneInfo(zone_name)):%a %d %b %Y}"
    english = f"{day} 10:00–11:00 {ENGLISH[zone_name, season]}"
    assert format_range(start, end, zone_name) == english
    assert RangeFormatter().text(start, end, zone_name) == english
    words = babel_date_words("fr")
    french = format_range(start, end, zone_name, words)
    assert french.endswith(f" 10 h 00–11 h 00 {FRENCH[zone_name, season]}")
    assert RangeFormatter(words).text(start, end, zone_name) == french
    assert not _words(french) & ENGLISH_ONLY
    stamp = stamp_text(to_utc_text(start), zone_name, words)
    assert stamp.endswith(f"10 h 00 {FRENCH[zone_name, season]}")
    assert stamp_text(to_utc_text(start), zone_name) == f"{day} 10:00 {ENGLISH[zone_name, season]}"


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=68 * 365 * 24 * 60),  # minutes from 1970 to 2037
    st.integers(min_value=0, max_value=48 * 60),
    st.sampled_from([*ZONES, "Europe/Moscow", "America/St_Johns", "Australia/Lord_Howe"]),
)
def test_the_listing_names_zones_as_a_single_range_does(
    since_1970: int, minutes: int, zone_name: str
) -> None:
    """RangeFormatter's cached French names are format_range's, across DST and offset changes
    (Moscow was MSK at UTC+4 from 2011 to 2014, UTC+3 before and after)."""
    start = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(minutes=since_1970)
    end = start + timedelta(minutes=minutes)
    words = babel_date_words("fr")
    listing = RangeFormatter(words)
    for _ in range(2):  # the second time from its caches
        assert listing.text(start, end, zone_name) == format_range(start, end, zone_name, words)


# ---- the command line ---------------------------------------------------------------------
def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv), setup_logs=False)
    out, _err = capsys.readouterr()
    assert code == 0
    return out


@pytest.fixture
def zones_store(sample_store: Store) -> Store:
    import_zones_feed(sample_store)
    return sample_store


def _ids(store: Store) -> dict[tuple[str, str], int]:
    from support.zones import source_id

    return {(z, s): store.find_session(source_id(z, s)).id for z in ZONES for s in sorted(DAYS)}


def test_cli_sessions_and_show_in_french(
    zones_store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    listing = _run(capsys, "sessions", "--search", "Zone check")
    lines = [line for line in listing.splitlines() if "Zone check" in line]
    assert len(lines) == len(ZONES) * len(DAYS)
    assert not _words(listing) & ENGLISH_ONLY, listing
    for (zone_name, season), session in _ids(zones_store).items():
        (line,) = [x for x in lines if title(zone_name, season) in x]
        assert f"10 h 00–11 h 00 {FRENCH[zone_name, season]}" in line
        shown = _run(capsys, "show", str(session))
        assert f"10 h 00–11 h 00 {FRENCH[zone_name, season]}" in shown
        assert zone_place(zone_name, "fr") in shown
        mine = _run(capsys, "show", str(session), "--tz", "America/Vancouver")
        assert "(Vancouver)" in mine
        for text in (shown, mine):
            assert not _words(text) & ENGLISH_ONLY, text
            assert "America/" not in text and "Europe/" not in text and "Asia/" not in text
    agenda_ids = [str(i) for i in _ids(zones_store).values()]
    for session in agenda_ids:
        _run(capsys, "favourite", session)
    agenda = _run(capsys, "agenda")
    assert "HAE" in agenda and "UTC+9" in agenda
    assert not _words(agenda) & ENGLISH_ONLY, agenda


def test_cli_in_english_is_as_before(
    zones_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _run(capsys, "sessions", "--search", "Zone check")
    for (zone_name, season), session in _ids(zones_store).items():
        (line,) = [x for x in listing.splitlines() if title(zone_name, season) in x]
        assert f"10:00–11:00 {ENGLISH[zone_name, season]}" in line
        shown = _run(capsys, "show", str(session))
        assert f"10:00–11:00 {ENGLISH[zone_name, season]} ({zone_name})" in shown
    assert "Mon 11 May 2020 13:00–14:30 EDT" in _run(capsys, "sessions")
