"""The CLI over a bilingual feed (issue 17): a person reads their language, JSON never changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli_language import ENGLISH, FRENCH
from support.cli_language import run_in as run


@pytest.mark.usefixtures("data_dir")
def test_the_listing_follows_the_system_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    french = run(capsys, monkeypatch, FRENCH, "sessions")
    english = run(capsys, monkeypatch, ENGLISH, "sessions")
    assert "Mise en contexte" in french and "Setting the Stage" not in french
    assert "Setting the Stage" in english and "Mise en contexte" not in english
    assert "Séance de planification\u00a0: série automne-hiver 2020" in french
    assert "[EN]" not in french  # every title has its French
    # The setting overrides the system.
    run(capsys, monkeypatch, FRENCH, "settings", "language", "en")
    assert "Setting the Stage" in run(capsys, monkeypatch, FRENCH, "sessions")


@pytest.mark.usefixtures("data_dir")
def test_show_marks_a_text_only_in_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    french = run(capsys, monkeypatch, FRENCH, "show", "fall-winter-planning-2020-07")
    lines = french.splitlines()
    assert lines[0] == "Séance de planification\u00a0: série automne-hiver 2020"
    assert "Planification de la série" in french  # the track
    assert "Réimaginer la Ville de Toronto" in french  # the series
    description = lines.index("[EN]")
    assert lines[description + 1].startswith("Members and City participants plan")
    assert lines[-1] == "[EN] non disponible en français; affiché en anglais"
    english = run(capsys, monkeypatch, ENGLISH, "show", "fall-winter-planning-2020-07")
    assert english.splitlines()[0] == "Planning Session: Fall–Winter 2020 Series"
    assert "[EN]" not in english and "not available" not in english


@pytest.mark.usefixtures("data_dir")
def test_presenters_in_both_languages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    french = run(capsys, monkeypatch, FRENCH, "presenters")
    assert "Heather Taylor — Directrice des finances, Ville de Toronto (1 séance)" in french
    english = run(capsys, monkeypatch, ENGLISH, "presenters")
    assert "Heather Taylor — Chief Financial Officer, City of Toronto (1 session)" in english


@pytest.mark.usefixtures("data_dir")
def test_search_finds_french_words_whatever_the_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for env in (FRENCH, ENGLISH):
        out = run(capsys, monkeypatch, env, "sessions", "--search", "haute direction")
        assert len(out.splitlines()) == 1
        assert ("Mise en contexte" if env is FRENCH else "Setting the Stage") in out


@pytest.mark.usefixtures("data_dir")
@pytest.mark.parametrize(
    "argv",
    [
        ("sessions", "--json"),
        ("show", "fall-winter-planning-2020-07", "--json"),
        ("show", "setting-the-stage-2020-05-11", "--json"),
        ("presenters", "--json"),
        ("sessions", "--search", "contexte", "--json"),
    ],
)
def test_json_is_the_same_in_every_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    french = run(capsys, monkeypatch, FRENCH, *argv)
    english = run(capsys, monkeypatch, ENGLISH, *argv)
    assert french == english
    data = json.loads(french)
    first = data[0] if isinstance(data, list) else data
    if "title_i18n" in first:  # the feed's text, the maps beside it
        assert first["title"] == first["title_i18n"]["en"]
        assert "fr" in first["title_i18n"]


@pytest.mark.usefixtures("data_dir")
def test_json_keeps_the_default_text_and_adds_the_maps(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(
        run(capsys, monkeypatch, FRENCH, "show", "fall-winter-planning-2020-07", "--json")
    )
    assert data["title"] == "Planning Session: Fall–Winter 2020 Series"
    assert data["title_i18n"]["fr"] == "Séance de planification\u00a0: série automne-hiver 2020"
    assert data["description_i18n"].keys() == {"en"}
    assert data["track_i18n"] == {"en": "Series planning", "fr": "Planification de la série"}


def test_the_ics_export_is_in_the_user_s_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    target = data_dir.parent / "fr.ics"
    run(capsys, monkeypatch, FRENCH, "export-ics", "--all", "-o", str(target))
    text = target.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "SUMMARY:Mise en contexte" in text
    assert "Setting the Stage" not in text
    english = data_dir.parent / "en.ics"
    run(capsys, monkeypatch, ENGLISH, "export-ics", "--all", "-o", str(english))
    assert "SUMMARY:Setting the Stage" in english.read_text(encoding="utf-8")


@pytest.mark.usefixtures("data_dir")
def test_material_titles_follow_the_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    french = run(capsys, monkeypatch, FRENCH, "show", "setting-the-stage-2020-05-11")
    assert "diapositives · Mise en contexte (diapositives)" in french
    listed = run(capsys, monkeypatch, FRENCH, "materials", "list")
    assert "Enregistrement du lancement" in listed and "#1 Réimaginer la Ville" in listed
    english = run(capsys, monkeypatch, ENGLISH, "materials", "list", "--json")
    assert english == run(capsys, monkeypatch, FRENCH, "materials", "list", "--json")
    first = json.loads(english)[0]
    assert first["title"] == first["title_i18n"]["en"]
    assert first["title_i18n"]["fr"] == "Les priorités technologiques de la Ville (diapositives)"


# ---- the rest of the text commands (feeds, changes, attendance) ----------------------------
PLANNING = "fall-winter-planning-2020-07"
STAGE = "setting-the-stage-2020-05-11"


def _english_only_feed(path: Path, *, moved: bool = False) -> Path:
    """The sample as a feed of its own: its series' title and the planning session's title
    in English only (a fallback to mark); *moved*: both sessions an hour later (changes)."""
    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

    document = json.loads(read_resource_bytes(SAMPLE_FEED))
    document["series"]["id"] = "english-only-test"
    document["series"]["title"] = {"en": "English-only Series"}
    for session in document["sessions"]:
        if session["id"] == PLANNING:
            session["title"] = {"en": session["title"]["en"]}
        if moved and session["id"] in (PLANNING, STAGE):
            session["start"] = session["start"].replace("T17:", "T18:").replace("T13:", "T14:")
            session["end"] = session["end"].replace("T18:", "T19:").replace("T14:", "T15:")
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_feeds_list_names_the_series_in_the_user_s_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    french = run(capsys, monkeypatch, FRENCH, "feeds", "list")
    assert "Réimaginer la Ville de Toronto (5 séances" in french
    assert "Re-Imagine" not in french and "[EN]" not in french
    english = run(capsys, monkeypatch, ENGLISH, "feeds", "list")
    assert "Re-Imagine the City of Toronto (5 sessions" in english
    feed = _english_only_feed(data_dir.parent / "en-only.json")
    run(capsys, monkeypatch, ENGLISH, "import", str(feed))
    french = run(capsys, monkeypatch, FRENCH, "feeds", "list")
    assert "English-only Series [EN] (5 séances" in french  # a fallback, marked
    assert "[EN]" not in run(capsys, monkeypatch, ENGLISH, "feeds", "list")
    as_json = run(capsys, monkeypatch, FRENCH, "feeds", "list", "--json")
    assert as_json == run(capsys, monkeypatch, ENGLISH, "feeds", "list", "--json")
    assert [f["title"] for f in json.loads(as_json)] == [
        "Re-Imagine the City of Toronto",
        "English-only Series",
    ]


def test_changes_and_attendance_list_in_the_user_s_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    feed = _english_only_feed(data_dir.parent / "en-only.json")
    run(capsys, monkeypatch, ENGLISH, "import", str(feed))
    run(capsys, monkeypatch, ENGLISH, "feeds", "remove", "1")  # the twin built-in sample
    run(capsys, monkeypatch, ENGLISH, "import", str(_english_only_feed(feed, moved=True)))

    french = run(capsys, monkeypatch, FRENCH, "changes")
    assert french.startswith("English-only Series [EN], synchronisé ")
    moved = [line for line in french.splitlines() if line.startswith("  ")]
    assert any("Mise en contexte (" in line for line in moved), french
    assert any("Planning Session: Fall–Winter 2020 Series [EN] (" in line for line in moved)
    assert "Setting the Stage" not in french
    english = run(capsys, monkeypatch, ENGLISH, "changes")
    assert "Setting the Stage (" in english and "[EN]" not in english
    as_json = run(capsys, monkeypatch, FRENCH, "changes", "--json")
    assert as_json == run(capsys, monkeypatch, ENGLISH, "changes", "--json")
    assert "Setting the Stage" in as_json and "Mise en contexte" not in as_json

    shown = run(capsys, monkeypatch, FRENCH, "show", STAGE)
    assert "English-only Series [EN]" in shown  # the series, marked like the other facts
    assert "Priorités de la Ville\n" in shown  # the track in French: no mark

    marked = run(capsys, monkeypatch, FRENCH, "attendance", "mark", PLANNING, "attended")
    assert "Planning Session: Fall–Winter 2020 Series [EN]" in marked
    favourite = run(capsys, monkeypatch, FRENCH, "favourite", STAGE)
    assert "«\u00a0Mise en contexte\u00a0»" in favourite  # "Séance « … » ajoutée aux favoris"
    run(capsys, monkeypatch, ENGLISH, "attendance", "mark", STAGE, "attended")
    french = run(capsys, monkeypatch, FRENCH, "attendance", "list")
    assert "Mise en contexte · English-only Series [EN]" in french
    assert "Planning Session: Fall–Winter 2020 Series [EN] · English-only Series [EN]" in french
    english = run(capsys, monkeypatch, ENGLISH, "attendance", "list")
    assert "Setting the Stage · English-only Series" in english and "[EN]" not in english
    as_json = run(capsys, monkeypatch, FRENCH, "attendance", "list", "--json")
    assert as_json == run(capsys, monkeypatch, ENGLISH, "attendance", "list", "--json")
    assert json.loads(as_json)[0]["title"] == "Setting the Stage"
