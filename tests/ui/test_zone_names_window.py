"""Time zones in the French window (issue 17): no English abbreviation, no IANA name.

Sessions in Toronto, Vancouver, Brussels, UTC and Tokyo, on a summer and a winter day:
the list, the detail pane (event time and "your time"), the Timeline's zone line, Now &
Next's, the PDF pack's cover and sessions, share-as-text and the zone picker show CLDR fr_CA's
abbreviations (``HAE``) or UTC offsets (``UTC+2``) and cities (``Toronto (heure de l’Est)``)
in French, through the one rule (util/zonenames); English is as before (``EDT``,
``America/Toronto``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from support.zones import DAYS, ENGLISH, ENGLISH_ONLY, FRENCH, ZONES, import_zones_feed, source_id

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.session_model import Column
from briefing_app.usecases.settings import set_time_display

IANA = re.compile(r"\b(?:America|Europe|Asia)/\w+")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", text))


def _window(qtbot: Any, store: Store, monkeypatch: pytest.MonkeyPatch, lang: str) -> MainWindow:
    import_zones_feed(store)
    set_time_display(store, "both")
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # "your time" differs from every event's but Tokyo's
    monkeypatch.setenv("LANG", lang)
    window = MainWindow(store)
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    return window


@pytest.fixture
def french(qtbot: Any, sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    window = _window(qtbot, sample_store, monkeypatch, "fr_CA.UTF-8")
    assert window.language.language == "fr"
    yield window
    window.close()
    window.deleteLater()


@pytest.fixture
def english(qtbot: Any, sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    window = _window(qtbot, sample_store, monkeypatch, "C.UTF-8")
    yield window
    window.close()
    window.deleteLater()


def _shown(qtbot: Any, window: MainWindow, store: Store, zone_name: str, season: str) -> str:
    """The session's row (its time, its tooltip) and the detail pane's text."""
    session = store.find_session(source_id(zone_name, season))
    window.sessions.show_session(session.id)
    qtbot.waitUntil(lambda: session.title in window.sessions.detail.toPlainText())
    model = window.sessions.model
    cell = model.index_of(session.id, Column.WHEN)
    row = [
        str(model.data(cell, Qt.ItemDataRole.DisplayRole)),
        str(model.data(cell, Qt.ItemDataRole.ToolTipRole) or ""),
    ]
    return "\n".join([*row, window.sessions.detail.toPlainText()])


@pytest.mark.parametrize("season", sorted(DAYS))
def test_the_french_list_and_detail_name_zones_in_french(
    qtbot: Any, french: MainWindow, sample_store: Store, season: str
) -> None:
    for zone_name in ZONES:
        text = _shown(qtbot, french, sample_store, zone_name, season)
        assert FRENCH[zone_name, season] in text.split(), (zone_name, text)
        assert not _words(text) & ENGLISH_ONLY, (zone_name, text)
        assert not IANA.search(text), (zone_name, text)
        if zone_name != "Asia/Tokyo":  # "your time": Tokyo's, after the event's
            assert "UTC+9" in text.split() and "(Tokyo)" in text, text


@pytest.mark.parametrize("season", sorted(DAYS))
def test_the_english_list_and_detail_are_as_before(
    qtbot: Any, english: MainWindow, sample_store: Store, season: str
) -> None:
    for zone_name in ZONES:
        text = _shown(qtbot, english, sample_store, zone_name, season)
        assert f"10:00–11:00 {ENGLISH[zone_name, season]}" in text, text
        if zone_name != "UTC":
            assert f"({zone_name})" in text, text  # the event's zone, by its IANA name
        if zone_name != "Asia/Tokyo":
            assert "JST (Asia/Tokyo)" in text, text


def test_the_timeline_and_now_next_name_the_zone_in_french(french: MainWindow) -> None:
    timeline: Any = french._tab("timeline")
    timeline.refresh()
    timeline.set_display_zone("America/Toronto")
    assert timeline.zone_label.text() == "Heures\u00a0: Toronto (heure de l’Est), votre choix"
    timeline.set_display_zone("Europe/Brussels")
    assert "Bruxelles (heure de l’Europe centrale)" in timeline.zone_label.text()
    now_next: Any = french._tab("now_next")
    now_next.refresh()
    text = now_next.zone_label.text()
    assert text == "Heures\u00a0: Tokyo (heure du Japon), votre fuseau horaire", text


def test_the_english_timeline_names_the_iana_zone(english: MainWindow) -> None:
    timeline: Any = english._tab("timeline")
    timeline.refresh()
    timeline.set_display_zone("America/Toronto")
    assert timeline.zone_label.text() == "Times in America/Toronto (your choice)"


def _pack_html(store: Store, reader_zone: str) -> str:
    from briefing_app.ui.pack.render import PackDocumentBuilder, localized
    from briefing_app.usecases.pack import PackSelection, gather_pack

    for zone_name in ZONES:
        for season in DAYS:
            store.set_favourite(store.find_session(source_id(zone_name, season)).id, True)
    pack = localized(gather_pack(store, PackSelection.agenda(), reader_zone=reader_zone))
    return PackDocumentBuilder(pack, dpi=96).html(None)


def test_the_french_pack_names_zones_in_french(french: MainWindow, sample_store: Store) -> None:
    html = _pack_html(sample_store, "America/Vancouver")
    text = re.sub(r"<[^>]+>", " ", html)
    assert "Vancouver (heure du Pacifique), votre fuseau horaire" in text
    for (zone_name, season), name in FRENCH.items():
        if zone_name != "America/Vancouver":
            assert f" {name} " in text or f" {name}&" in text, (zone_name, season)
    assert "HNP" in text.split()  # "Prepared" on today's date (December) in Vancouver
    assert not _words(text) & ENGLISH_ONLY
    assert not IANA.search(text)


def test_the_english_pack_is_as_before(english: MainWindow, sample_store: Store) -> None:
    html = _pack_html(sample_store, "America/Vancouver")
    assert "America/Vancouver (your time zone) and each event&#x27;s local time" in html or (
        "America/Vancouver (your time zone) and each event's local time" in html
    )
    assert "EDT" in html and "CEST" in html and "(Europe/Brussels)" in html


def test_share_text_and_zone_picker_in_french(french: MainWindow, sample_store: Store) -> None:
    from briefing_app.ui.dialogs.zone_picker import ZoneListModel
    from briefing_app.usecases.share import sessions_text

    ids = [sample_store.find_session(source_id(z, "summer")).id for z in ZONES]
    text = sessions_text(
        sample_store,
        ids,
        reader_zone="America/Toronto",
        translator=QCoreApplication.translate,
    )
    assert "HAE (Toronto)" in text and "UTC+2" in text.split()
    assert not _words(text) & ENGLISH_ONLY and not IANA.search(text.replace("https://", ""))
    picker = ZoneListModel("Europe/Brussels")
    label = picker.data(picker.index(0, 0))
    assert label.startswith("Bruxelles (heure de l’Europe centrale) · Europe/Brussels")
    found = [i for i, key in enumerate(picker.keys) if "bruxelles" in key]
    assert found == [0]  # the French name finds it too
