"""The zone of a place a feed names, from the GeoNames gazetteer: only when it is unambiguous."""

from __future__ import annotations

import pytest
from support.work import HANG_GUARD

from briefing_app.feeds import gazetteer
from briefing_app.feeds.gazetteer import fold, zone_for_place


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Brussels", "Europe/Brussels"),
        ("Bruxelles", "Europe/Brussels"),  # French: an alternate name
        ("Brussel", "Europe/Brussels"),  # Dutch
        ("  BRUSSELS ", "Europe/Brussels"),
        ("München", "Europe/Berlin"),
        ("Munchen", "Europe/Berlin"),  # without the accent
        ("Zurich", "Europe/Zurich"),
        ("Kyiv", "Europe/Kyiv"),
        ("Москва", "Europe/Moscow"),  # another script: indexed when first asked for
        # London, Ontario exists, but London, England is 21 times its size.
        ("London", "Europe/London"),
        ("Berlin, Germany", "Europe/Berlin"),
        ("Brussels, Belgium", "Europe/Brussels"),
        ("Brussels, BE", "Europe/Brussels"),
        # The country or state decides between namesakes.
        ("Kochi, India", "Asia/Kolkata"),
        ("Kochi, Japan", "Asia/Tokyo"),
        ("Portland, Oregon", "America/Los_Angeles"),
        ("Portland, ME", "America/New_York"),
        ("Paris, TX", "America/Chicago"),
        ("Kochi, Kerala, India", "Asia/Kolkata"),  # an unknown qualifier beside a known one
    ],
)
def test_unambiguous_places_give_their_zone(place: str, zone: str) -> None:
    guess = zone_for_place(place)
    assert guess.zone == zone, guess.reason
    assert guess.reason == ""


@pytest.mark.parametrize("place", ["Portland", "Springfield", "San Jose", "Kochi", "Cambridge"])
def test_ambiguous_names_give_no_zone_and_say_why(place: str) -> None:
    guess = zone_for_place(place)
    assert guess.zone is None
    assert guess.reason.startswith("names places in several time zones (")


def test_the_reason_names_the_competing_zones() -> None:
    guess = zone_for_place("Portland")
    assert "America/Los_Angeles" in guess.reason and "America/New_York" in guess.reason


@pytest.mark.parametrize(
    ("place", "reason"),
    [
        ("Online", "is not a city the gazetteer knows"),
        ("Nowhere-upon-Nothing", "is not a city the gazetteer knows"),
        ("", "is empty"),
        # Paris, Ontario is not Paris, France: an unknown qualifier is no licence to guess.
        ("Paris, Ontario", "names a country or state the gazetteer does not know ('Ontario')"),
        ("Brussels, France", "names no city 'Brussels' in France"),
        ("Xyzzyville, Belgium", "is not a city the gazetteer knows ('Xyzzyville')"),
    ],
)
def test_unknown_or_contradictory_places_give_no_zone(place: str, reason: str) -> None:
    guess = zone_for_place(place)
    assert guess.zone is None
    assert guess.reason == reason


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("Saint-Étienne") == fold("saint etienne") == "saint etienne"
    assert fold("Zürich") == "zurich"
    assert fold("Bruxelles") == "bruxelles"


def test_the_gazetteer_is_read_once_and_its_cost_is_known() -> None:
    zone_for_place("Brussels")
    seconds = gazetteer.load_seconds()
    assert 0 < seconds < HANG_GUARD  # known (measured), not a speed test: benchmarks time it
    zone_for_place("Berlin")
    assert gazetteer.load_seconds() == seconds  # not read again
