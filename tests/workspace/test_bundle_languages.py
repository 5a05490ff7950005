"""Review 9, item 5: a bundle keeps a case study's texts in other languages.

The manifest held only the feed's English fields, so the French version of a case study
was lost on the way: its language maps travel in ``case_study.translations`` (schema
version 2, written only when there are maps, so a bundle in one language stays version 1
and older apps still read it; version 1 bundles still import).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.bundles import rebuild

from briefing_app.errors import BundleError
from briefing_app.store import Store
from briefing_app.workspace import Workspace, export_bundle, import_bundle

FRENCH = ("fr", "en")


def manifest_of(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        document: dict[str, Any] = json.loads(archive.read("manifest.json"))
    return document


@pytest.fixture
def ws(sample_store: Store) -> Workspace:
    return Workspace(sample_store)


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Workspace]:
    """A machine that does not follow the sample's feed: the case study arrives as its own."""
    with Store(tmp_path / "elsewhere" / "briefing.db") as store:
        yield Workspace(store)


def _bilingual_case(ws: Workspace) -> int:
    for case in ws.case_studies():
        if case.translations and "fr" in json.loads(case.translations).get("title", {}):
            return case.id
    raise AssertionError("the sample has a case study in French")


def test_the_french_texts_travel_and_show_in_french(
    ws: Workspace, elsewhere: Workspace, tmp_path: Path
) -> None:
    case_id = _bilingual_case(ws)
    original = ws.get(case_id)
    french_title = original.in_language(FRENCH).title
    assert french_title != original.title
    target = tmp_path / "case.zip"
    export_bundle(ws, case_id, target)
    manifest = manifest_of(target)
    assert manifest["schema_version"] == 2
    assert manifest["case_study"]["title"] == original.title  # the feed's own text, as before
    assert manifest["case_study"]["translations"]["title"]["fr"] == french_title
    result = import_bundle(elsewhere, target)
    assert result.action == "created"
    imported = elsewhere.get(result.case_study_id)
    assert imported.is_local
    assert imported.title == original.title
    assert imported.in_language(FRENCH).title == french_title
    for name in ("summary", "challenge", "approach", "outcome"):
        assert getattr(imported.in_language(FRENCH), name) == getattr(
            original.in_language(FRENCH), name
        )
    # Importing the same bundle again changes nothing.
    assert import_bundle(elsewhere, target).action == "unchanged"


def test_an_edited_field_travels_as_the_edit_in_every_language(
    ws: Workspace, elsewhere: Workspace, tmp_path: Path
) -> None:
    case_id = _bilingual_case(ws)
    ws.update(case_id, title="Lixar, my version")
    target = tmp_path / "edited.zip"
    export_bundle(ws, case_id, target)
    translations = manifest_of(target)["case_study"]["translations"]
    assert "title" not in translations and "summary" in translations
    imported = elsewhere.get(import_bundle(elsewhere, target).case_study_id)
    assert imported.in_language(FRENCH).title == "Lixar, my version"


def test_editing_an_imported_case_study_in_french(
    ws: Workspace, elsewhere: Workspace, tmp_path: Path
) -> None:
    """The window edits what it shows: the French title saved unchanged is no edit; a new
    summary replaces the summary in every language."""
    case_id = _bilingual_case(ws)
    target = tmp_path / "case.zip"
    export_bundle(ws, case_id, target)
    local = elsewhere.get(import_bundle(elsewhere, target).case_study_id)
    shown = local.in_language(FRENCH)
    edited = elsewhere.update(local.id, title=shown.title, summary="Mon résumé")
    assert edited.title == local.title  # the English title is still the English one
    assert edited.in_language(FRENCH).title == shown.title
    assert edited.in_language(FRENCH).summary == "Mon résumé"
    assert edited.in_language(("en",)).summary == "Mon résumé"


def test_a_bundle_in_one_language_stays_version_1_and_old_bundles_import(
    ws: Workspace, elsewhere: Workspace, tmp_path: Path
) -> None:
    case_id = ws.create(title="Permit portal").id
    target = tmp_path / "one.zip"
    export_bundle(ws, case_id, target)
    manifest = manifest_of(target)
    assert manifest["schema_version"] == 1 and "translations" not in manifest["case_study"]
    assert import_bundle(elsewhere, target).action == "created"


def test_version_1_cannot_carry_translations(
    ws: Workspace, elsewhere: Workspace, tmp_path: Path
) -> None:
    case_id = _bilingual_case(ws)
    target = tmp_path / "case.zip"
    export_bundle(ws, case_id, target)
    bad = tmp_path / "bad.zip"

    def as_version_1(document: dict[str, Any]) -> None:
        document["schema_version"] = 1

    rebuild(target, bad, manifest=as_version_1)
    before = elsewhere.store.dump()
    with pytest.raises(BundleError, match="invalid"):
        import_bundle(elsewhere, bad)
    assert elsewhere.store.dump() == before


@pytest.mark.parametrize(
    "garbage",
    [
        "not a map",
        {"title": "not a map of languages"},
        {"notes": {"fr": "a field bundles do not carry"}},
        {"title": {"not a tag!": "Titre"}},
        {"title": {"fr": 42}},
        {"title": {"fr": None}},
        [],
    ],
    ids=["text", "field-not-a-map", "unknown-field", "bad-tag", "number", "null", "list"],
)
def test_garbage_translations_are_refused_and_change_nothing(
    ws: Workspace, elsewhere: Workspace, tmp_path: Path, garbage: object
) -> None:
    """The version-2 field is a new input path: a damaged or hostile value is refused by
    name, before anything is written."""
    case_id = _bilingual_case(ws)
    target = tmp_path / "case.zip"
    export_bundle(ws, case_id, target)
    bad = tmp_path / "bad.zip"

    def damaged(document: dict[str, Any]) -> None:
        document["case_study"]["translations"] = garbage

    rebuild(target, bad, manifest=damaged)
    before = elsewhere.store.dump()
    with pytest.raises(BundleError, match="invalid") as caught:
        import_bundle(elsewhere, bad)
    assert "translations" in str(caught.value)  # says where
    assert elsewhere.store.dump() == before
