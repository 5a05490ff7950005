"""Feed texts in the user's language, a fallback marked in words (issue 17)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from briefing_app.feeds import parse_feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.ui import content_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.presenters.view import PresentersView
from briefing_app.ui.sessions.session_model import Column
from briefing_app.ui.timeline.view import DayTimeline
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases import settings

EXPLAINED = "Not available in French; shown in English"
#: The same words once the window runs in French (it installs the French translation).
EXPLAINED_FR = "Non disponible en français; affiché en anglais"
PLANNING = "fall-winter-planning-2020-07"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    content_language.set_language("en")  # the window's language is one per process


@pytest.fixture
def french_store(sample_store: Store) -> Store:
    """The sample, the planning session's title in English only, the user's language French."""
    document: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))
    planning = next(s for s in document["sessions"] if s["id"] == PLANNING)
    planning["title"] = {"en": planning["title"]["en"]}
    document["series"]["id"] = "bilingual-test"
    sample_store.import_feed(
        "https://x.example.org/bi.json", parse_feed(json.dumps(document).encode())
    )
    # Only the test feed's sessions: the built-in sample's are its twins.
    for feed in sample_store.feeds():
        if feed.builtin:
            sample_store.remove_feed(feed.id)
    settings.set_language(sample_store, "fr")
    return sample_store


def _shown_window(qtbot: Any, store: Store) -> MainWindow:
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot: Any, french_store: Store) -> MainWindow:
    return _shown_window(qtbot, french_store)


def _position(window: MainWindow, source_id: str) -> int:
    session_id = window.store.find_session(source_id).id
    position = window.sessions.model.position_of(session_id)
    assert position is not None
    return position


def test_the_list_shows_french_and_marks_the_english_title(window: MainWindow) -> None:
    assert content_language.language() == "fr"
    titles = window.visible_titles()
    assert "Mise en contexte" in titles
    assert "Setting the Stage" not in titles
    index = window.sessions.model.index_at(_position(window, PLANNING), Column.TITLE)
    # The badge is text (not colour), and says in words what it means.
    assert index.data() == "Planning Session: Fall–Winter 2020 Series  [EN]"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(EXPLAINED_FR)
    assert EXPLAINED_FR in index.data(Qt.ItemDataRole.AccessibleTextRole)
    stage = window.sessions.model.index_at(
        _position(window, "setting-the-stage-2020-05-11"), Column.TITLE
    )
    assert stage.data() == "Mise en contexte"
    assert "[" not in stage.data() and EXPLAINED_FR not in stage.data(Qt.ItemDataRole.ToolTipRole)


def test_the_detail_pane_marks_each_fallback_and_explains_it(
    qtbot: Any, window: MainWindow
) -> None:
    assert window.sessions.select_session(window.store.find_session(PLANNING).id)
    panel = window.sessions.detail_panel
    qtbot.waitUntil(lambda: "Planning Session" in panel.browser.toPlainText(), timeout=3000)
    text = panel.browser.toPlainText()
    assert "Planning Session: Fall–Winter 2020 Series EN" in text  # the title's badge
    assert "On planifie les thèmes" in text  # the summary, in French
    assert "Members and City participants plan" in text  # the description: English only
    assert text.rstrip().endswith(f"EN {EXPLAINED_FR}")  # the legend, in words
    assert "Planification de la série" in text  # the track
    # The badge is a link whose tooltip says the same; clicking it opens nothing.
    assert panel.browser.anchor_tooltip is not None
    assert panel.browser.anchor_tooltip("language:en") == EXPLAINED_FR
    assert panel.browser.anchor_tooltip("https://example.org") == ""
    with qtbot.assertNotEmitted(panel.link_refused):
        panel._link_clicked(QUrl("language:en"))


def test_material_titles_are_french_too(qtbot: Any, window: MainWindow) -> None:
    assert window.sessions.select_session(
        window.store.find_session("setting-the-stage-2020-05-11").id
    )
    section = window.sessions.detail_panel.materials
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=3000)
    titles = [section.model.index(row, 1).data() for row in range(2)]
    assert titles == ["Mise en contexte (diapositives)", "Enregistrement"]


def test_the_detail_pane_in_french_has_no_mark_when_all_is_french(
    qtbot: Any, window: MainWindow
) -> None:
    assert window.sessions.select_session(
        window.store.find_session("setting-the-stage-2020-05-11").id
    )
    panel = window.sessions.detail_panel
    qtbot.waitUntil(lambda: "Mise en contexte" in panel.browser.toPlainText(), timeout=3000)
    text = panel.browser.toPlainText()
    assert "Directrice municipale adjointe, Services généraux, Ville de Toronto" in text
    assert EXPLAINED not in text


def test_english_shows_the_feed_s_english_without_marks(qtbot: Any, french_store: Store) -> None:
    settings.set_language(french_store, "en")
    win = _shown_window(qtbot, french_store)
    titles = win.visible_titles()
    assert "Setting the Stage" in titles and "Mise en contexte" not in titles
    position = win.sessions.model.position_of(french_store.find_session(PLANNING).id)
    assert position is not None
    assert win.sessions.model.index_at(position, Column.TITLE).data() == (
        "Planning Session: Fall–Winter 2020 Series"
    )


def test_the_presenter_page_marks_an_english_biography(qtbot: Any, french_store: Store) -> None:
    content_language.set_language("fr")
    tasks = TaskRunner()
    view = PresentersView(french_store, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitExposed(view)
    lisa = next(p.id for p in french_store.presenters() if p.name == "Lisa Carroll")
    assert view.show_presenter(lisa)
    assert view.title_label.text() == "Responsable nationale du secteur public"
    bio = view.bio.toPlainText()
    assert "National Public Sector Lead, Microsoft Canada" in bio
    assert f"EN {EXPLAINED}" in bio
    heather = next(p.id for p in french_store.presenters() if p.name == "Heather Taylor")
    assert view.show_presenter(heather)
    assert view.title_label.text() == "Directrice des finances"
    assert view.organization_label.text() == "Ville de Toronto"
    assert EXPLAINED not in view.bio.toPlainText()
    session = view.sessions_model.record(0)
    assert (session.title, session.track) == ("Mise en contexte", "Priorités de la Ville")
    tasks.wait(5000)


def test_the_timeline_shows_french_with_the_badge(qtbot: Any, french_store: Store) -> None:
    content_language.set_language("fr")
    timeline = DayTimeline(french_store, now=lambda: datetime(2020, 7, 21, 12, tzinfo=UTC))
    qtbot.addWidget(timeline)
    timeline.resize(1000, 500)
    timeline.show()
    qtbot.waitExposed(timeline)
    layout = timeline.layout_of_day()
    assert layout is not None
    [block] = layout.blocks
    assert block.record.fallback_language("title") == "en"
    rect = timeline.canvas.block_rect(block.record.id)
    assert rect is not None
    assert EXPLAINED in timeline.canvas.tooltip_for(rect.center())
