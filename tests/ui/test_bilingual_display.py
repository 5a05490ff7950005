"""Feed texts in the user's language, a fallback marked in words (issue 17)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from briefing_app.feeds import parse_feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.ui import content_language
from briefing_app.ui.followups.model import Column as FollowupColumn
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


def _document() -> dict[str, Any]:
    """The sample as a feed of its own, the planning session's title in English only."""
    document: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))
    planning = next(s for s in document["sessions"] if s["id"] == PLANNING)
    planning["title"] = {"en": planning["title"]["en"]}
    document["series"]["id"] = "bilingual-test"
    return document


@pytest.fixture
def french_store(sample_store: Store) -> Store:
    """The sample, the planning session's title in English only, the user's language French."""
    sample_store.import_feed(
        "https://x.example.org/bi.json", parse_feed(json.dumps(_document()).encode())
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
    assert "Réimaginer la Ville de Toronto\n" in text  # the series, French: no badge
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


# ---- everywhere else (session 8): feed names, tracks, workspace, lists of sessions ----------
STAGE = "setting-the-stage-2020-05-11"
MIXED_URL = "https://x.example.org/mixed.json"


def _mixed_document(*, moved: bool = False) -> dict[str, Any]:
    """:func:`_document` with the Technology track and Tata's case study in English only
    (fallbacks to mark); *moved*: the planning and opening sessions an hour later."""
    document = _document()
    for session in document["sessions"]:
        if isinstance(session.get("track"), dict) and session["track"]["en"] == "Technology":
            session["track"] = {"en": "Technology"}
        if moved and session["id"] in (PLANNING, STAGE):
            for key in ("start", "end"):
                moment = datetime.fromisoformat(session[key].replace("Z", "+00:00"))
                session[key] = (moment + timedelta(hours=1)).isoformat()
    tata = next(c for c in document["case_studies"] if c["id"] == "cs-tata")
    tata["title"] = {"en": tata["title"]["en"]}
    microsoft = next(o for o in document["organizations"] if o["id"] == "microsoft")
    microsoft["name"] = {"en": "Microsoft Canada"}  # a name given in English only
    return document


@pytest.fixture
def mixed_store(sample_store: Store) -> Store:
    """French, the sample's texts in French but a track, a case study and a session title
    in English only; a second series whose title is English only; a sync that moved two
    sessions; two sessions attended; a follow-up on both."""
    sample_store.import_feed(MIXED_URL, parse_feed(json.dumps(_mixed_document()).encode()))
    for feed in sample_store.feeds():
        if feed.builtin:
            sample_store.remove_feed(feed.id)
    other = {
        "format": "briefing-feed",
        "version": 3,
        "series": {"id": "en-only", "title": {"en": "English-only Series"}, "timezone": "UTC"},
        "sessions": [],
    }
    sample_store.import_feed(
        "https://x.example.org/en.json", parse_feed(json.dumps(other).encode())
    )
    moved = parse_feed(json.dumps(_mixed_document(moved=True)).encode())
    sample_store.import_feed(MIXED_URL, moved)
    ids = [sample_store.find_session(source).id for source in (STAGE, PLANNING)]
    for session_id in ids:
        sample_store.mark_attendance(session_id, "attended")
    sample_store.add_followup("Send the notes", session_ids=ids)
    settings.set_language(sample_store, "fr")
    return sample_store


@pytest.fixture
def mixed_window(qtbot: Any, mixed_store: Store) -> MainWindow:
    return _shown_window(qtbot, mixed_store)


def _items(combo: Any) -> list[tuple[str, Any]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_feed_names_are_the_series_titles_in_french_or_marked(mixed_window: MainWindow) -> None:
    names = {content_language.feed_name(f) for f in mixed_window.store.feeds()}
    assert names == {"Réimaginer la Ville de Toronto", "English-only Series  [EN]"}
    feeds = _items(mixed_window.sessions.filter_bar.filters["feed"])
    assert [text for text, _data in feeds[1:]] == [
        "Réimaginer la Ville de Toronto",
        "English-only Series  [EN]",
    ]
    settings_model = mixed_window.open_settings().feed_model
    shown = [settings_model.index(row, 0).data() for row in range(settings_model.rowCount())]
    assert shown[0].startswith("Réimaginer la Ville de Toronto\n")
    assert shown[1].startswith("English-only Series  [EN]\n")


def test_tracks_read_in_french_and_still_filter_by_the_feed_s_text(
    qtbot: Any, mixed_window: MainWindow
) -> None:
    combo = mixed_window.sessions.filter_bar.filters["track"]
    qtbot.waitUntil(lambda: combo.count() > 2, timeout=5000)  # read after the first paint
    items = dict(_items(combo)[1:])
    assert list(items) == sorted(items, key=str.casefold)  # in the order they read
    assert items["Priorités de la Ville"] == "City priorities"  # shown French, stored English
    assert items["Technology  [EN]"] == "Technology"
    english = next(i for i in range(combo.count()) if combo.itemData(i) == "Technology")
    assert combo.itemData(english, Qt.ItemDataRole.ToolTipRole) == EXPLAINED_FR
    assert EXPLAINED_FR in combo.itemData(english, Qt.ItemDataRole.AccessibleTextRole)
    mixed_window.show_past.setChecked(True)  # the sample is in 2020
    combo.setCurrentIndex(combo.findData("City priorities"))
    qtbot.waitUntil(lambda: mixed_window.visible_titles() == ["Mise en contexte"], timeout=5000)
    stage = mixed_window.sessions.model.index_at(_position(mixed_window, STAGE), Column.TRACK)
    assert stage.data() == "Priorités de la Ville"


def test_organizations_read_in_french_and_an_english_only_name_is_marked(
    qtbot: Any, mixed_window: MainWindow
) -> None:
    """The organization filter marks a name shown in another language as the feed and
    track filters do: the badge in the text, the words in its tooltip and accessible text."""
    combo = mixed_window.sessions.filter_bar.filters["organization"]
    qtbot.waitUntil(lambda: combo.count() > 2, timeout=5000)  # read after the first paint
    items = dict(_items(combo)[1:])
    assert list(items) == sorted(items, key=str.casefold)  # in the order they read
    assert "Ville de Toronto" in items  # French, no mark
    assert "Microsoft Canada  [EN]" in items  # English only: marked
    assert "TECHNATION" in items  # one name for every language: never a fallback
    marked = combo.findText("Microsoft Canada  [EN]")
    assert combo.itemData(marked, Qt.ItemDataRole.ToolTipRole) == EXPLAINED_FR
    assert combo.itemData(marked, Qt.ItemDataRole.AccessibleTextRole) == (
        f"Microsoft Canada ({EXPLAINED_FR})"
    )
    plain = combo.findText("Ville de Toronto")
    assert combo.itemData(plain, Qt.ItemDataRole.ToolTipRole) is None
    # It still filters by the organization (its id): the sessions Microsoft sponsors.
    mixed_window.show_past.setChecked(True)  # the sample is in 2020
    qtbot.waitUntil(lambda: len(mixed_window.visible_titles()) > 3, timeout=5000)
    every = len(mixed_window.visible_titles())
    combo.setCurrentIndex(marked)
    assert combo.currentData() == items["Microsoft Canada  [EN]"]
    qtbot.waitUntil(lambda: 0 < len(mixed_window.visible_titles()) < every, timeout=5000)


def test_the_hidden_tracks_menus_name_tracks_in_french(mixed_window: MainWindow) -> None:
    from PySide6.QtWidgets import QMenu

    from briefing_app.ui.sessions.hidden import fill_hidden_menu

    menu = QMenu()
    fill_hidden_menu(menu, mixed_window.store, lambda *_args: None)
    texts = [a.text() for a in menu.actions() if a.isCheckable()]
    assert "Priorités de la Ville" in texts and "Technology  [EN]" in texts
    assert "City priorities" not in texts
    mixed_window.store.set_hidden("track", "City priorities", True)
    hidden = mixed_window.sessions.hidden
    hidden.reload()
    assert hidden.menu.actions()[0].text() == (
        "Afficher de nouveau le volet «\u00a0Priorités de la Ville\u00a0»"
    )


def test_the_timeline_names_track_rows_in_french(mixed_window: MainWindow) -> None:
    timeline = mixed_window.timeline
    mixed_window.tabs.setCurrentWidget(timeline)  # a tab reads the store when shown
    timeline.set_day(date(2020, 5, 11))
    layout = timeline.layout_of_day()
    assert layout is not None
    labels = {row.label: row.tooltip for row in layout.rows}
    assert "Priorités de la Ville" in labels and "City priorities" not in labels
    assert EXPLAINED_FR in labels["Technology  [EN]"]  # the badge, said in words
    [stage] = [b for b in layout.blocks if b.record.title == "Mise en contexte"]
    assert layout.rows[stage.row].label == "Priorités de la Ville"  # placed by its track


def test_case_studies_show_the_feed_s_french_without_making_it_an_edit(
    qtbot: Any, mixed_window: MainWindow
) -> None:
    view = mixed_window.case_studies
    mixed_window.tabs.setCurrentWidget(view)
    titles = [view.model.index(row).data().split("\n")[0] for row in range(view.model.rowCount())]
    assert "Lixar\u00a0: étude de cas technologique" in titles
    assert "Tata: technology case study  [EN]" in titles  # English only, marked
    lixar = next(c for c in view.workspace.case_studies() if c.source_id == "cs-lixar")
    assert view.show_case_study(lixar.id)
    form = view.form
    assert form.editors["title"].text() == "Lixar\u00a0: étude de cas technologique"
    assert form.editors["summary"].toPlainText().startswith("Une étude de cas technologique")
    assert view.title_label.text() == "Lixar\u00a0: étude de cas technologique"
    assert form.changes() == {}  # what is shown is not an edit
    form.save()
    assert view.workspace.get(lixar.id).overridden == ()
    form.editors["outcome"].setPlainText("Mes résultats")
    form.save()
    qtbot.waitUntil(lambda: view.workspace.get(lixar.id).overridden == ("outcome",), timeout=3000)
    form.editors["outcome"].setPlainText("Mes résultats, revus")  # a second save
    form.save()
    qtbot.waitUntil(
        lambda: view.workspace.get(lixar.id).outcome == "Mes résultats, revus", timeout=3000
    )
    case = view.workspace.get(lixar.id)
    assert case.overridden == ("outcome",)  # the French shown is still no edit
    assert case.title == "Lixar: technology case study"  # the feed's own text, untouched
    assert form.blocks["summary"].language_chip.isHidden()  # French: no badge
    tata = next(c for c in view.workspace.case_studies() if c.source_id == "cs-tata")
    assert view.show_case_study(tata.id)
    assert view.title_label.text() == "Tata: technology case study  [EN]"
    assert view.title_label.toolTip() == EXPLAINED_FR
    chip = form.blocks["title"].language_chip
    assert chip.isVisible() and chip.text() == "EN"  # the form marks it too, in words:
    assert EXPLAINED_FR in chip.accessibleName() and chip.toolTip() == EXPLAINED_FR


def test_now_and_next_attendance_follow_ups_and_changes_in_french(
    mixed_window: MainWindow,
) -> None:
    view = mixed_window.now_next
    mixed_window.tabs.setCurrentWidget(view)
    view.clock = lambda: datetime(2020, 5, 11, 18, 30, tzinfo=UTC)  # the moved opening
    view.refresh()
    first = view.now_model.index(0, 0)
    assert first.data() == "Mise en contexte"
    assert "Réimaginer la Ville de Toronto" in view.now_model.second_line(view.now_model.record(0))

    dialog = mixed_window.open_attendance()
    rows = [
        (dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data())
        for r in range(dialog.model.rowCount())
    ]
    assert ("Mise en contexte", "Réimaginer la Ville de Toronto") in rows
    assert (
        "Planning Session: Fall–Winter 2020 Series  [EN]",
        "Réimaginer la Ville de Toronto",
    ) in (rows)
    planning = next(r for r, row in enumerate(rows) if row[0].endswith("[EN]"))
    assert dialog.model.index(planning, 1).data(Qt.ItemDataRole.ToolTipRole) == EXPLAINED_FR
    dialog.close()

    mixed_window.tabs.setCurrentWidget(mixed_window.followups)
    model = mixed_window.followups.model
    cell = model.index(0, FollowupColumn.SESSIONS, model.index(0, 0))
    assert cell.data() == "Mise en contexte; Planning Session: Fall–Winter 2020 Series  [EN]"
    assert EXPLAINED_FR in cell.data(Qt.ItemDataRole.ToolTipRole)

    changes = mixed_window.changes
    mixed_window.tabs.setCurrentWidget(changes)
    texts = [row.text for row in changes.model.rows]
    assert texts[0].startswith("Réimaginer la Ville de Toronto\u00a0:")
    assert any(t.startswith("Déplacée") and "Mise en contexte" in t for t in texts), texts
    assert any("Planning Session: Fall–Winter 2020 Series  [EN]" in t for t in texts)
    assert not any("Setting the Stage" in t for t in texts)


def test_the_window_s_exports_read_in_french(
    qtbot: Any, mixed_window: MainWindow, tmp_path: Path
) -> None:
    """The attendance CSV and PDF, the follow-ups' CSV and "my data" name sessions as the
    window shows them (the PDF's words French too); columns and keys stay as they are."""
    import csv
    import shutil
    import subprocess

    dialog = mixed_window.open_attendance()
    assert dialog.export_to(tmp_path / "a.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    assert {r["title"] for r in rows} == {
        "Mise en contexte",
        "Planning Session: Fall–Winter 2020 Series",  # a cell is the text alone
    }
    assert {r["series"] for r in rows} == {"Réimaginer la Ville de Toronto"}
    assert dialog.export_to(tmp_path / "a.pdf")
    dialog.close()
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        out = subprocess.run(
            [pdftotext, str(tmp_path / "a.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = " ".join(out.split())
        for words in ("Mes présences", "Heures par série", "présence notée", "Mise en contexte"):
            assert words in text, words
        assert "Planning Session: Fall–Winter 2020 Series [EN]" in text
        assert "My attendance" not in text and "marked attended" not in text

    view = mixed_window.followups
    mixed_window.tabs.setCurrentWidget(view)
    view.export_to(tmp_path / "f.csv")
    qtbot.waitUntil(lambda: bool(view.last_file_message), timeout=10_000)
    data = (tmp_path / "f.csv").read_bytes().decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(data)))
    assert row["sessions"] == "Mise en contexte; Planning Session: Fall–Winter 2020 Series"

    target = tmp_path / "m.briefing-mydata.json"
    mixed_window.export_mydata_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert "Mise en contexte" in {a["session"]["title"] for a in document["attendance"]}
    assert "Setting the Stage" not in target.read_text(encoding="utf-8")


def test_reminders_name_the_session_in_french(mixed_store: Store) -> None:
    from briefing_app.ui.reminder_alerts import reminder_title
    from briefing_app.usecases.reminders import planned_reminders

    content_language.set_language("fr")
    for source in (STAGE, PLANNING):
        mixed_store.set_favourite(mixed_store.find_session(source).id, True)
    at = datetime(2020, 5, 1, tzinfo=UTC)
    titles = [reminder_title(r) for r in planned_reminders(mixed_store, at, ("fr", "en"))]
    assert titles[:2] == ["Mise en contexte", "Planning Session: Fall–Winter 2020 Series  [EN]"]
    english = [r.title for r in planned_reminders(mixed_store, at)]
    assert english[0] == "Setting the Stage"


def test_the_first_run_card_names_the_sample_series_in_french(
    qtbot: Any, sample_store: Store
) -> None:
    from briefing_app.ui.sessions.first_run import sample_info

    settings.set_language(sample_store, "fr")
    content_language.follow_settings(sample_store)
    info = sample_info(sample_store)
    assert info is not None and info.name == "Réimaginer la Ville de Toronto"
    window = _shown_window(qtbot, sample_store)  # only the sample, all past: the card shows
    body = window.sessions.first_run.body
    qtbot.waitUntil(lambda: "Réimaginer la Ville de Toronto" in body.text(), timeout=3000)
    assert "Re-Imagine" not in body.text()
