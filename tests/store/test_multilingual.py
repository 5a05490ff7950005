"""Texts in several languages in the store (issue 17): kept, searched, synced, migrated."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from support.migrations import drop_later_tables

from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed, Translation
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import SessionQuery, Store, schema

SAMPLE: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))
URL = "file:///sample.json"
FR = ("fr", "en")
EN = ("en", "fr")


def _plain_feed() -> Feed:
    """The sample as it was before it was bilingual (every map's English, version 2)."""

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            if value and set(value) <= {"en", "fr"}:
                return value["en"]
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    document = walk(SAMPLE)
    document["version"] = 2
    return parse_feed(json.dumps(document).encode())


def _bilingual() -> Feed:
    return parse_feed(json.dumps(SAMPLE).encode())


def _titles(store: Store, text: str) -> list[str]:
    return [r.title for r in store.search_sessions(text)]


def test_a_feed_in_one_language_stores_no_maps(store: Store) -> None:
    store.import_feed(URL, _plain_feed())
    for table in schema.TRANSLATED_TABLES:
        assert store.db.execute(
            f"SELECT count(*) FROM {table} WHERE translations IS NOT NULL"
        ).fetchone() == (0,)
    for table in schema.TRANSLATED_FTS_TABLES:
        assert store.db.execute(f"SELECT count(*) FROM {table}_i18n_fts").fetchone() == (0,)


def test_the_maps_are_kept_beside_the_default_text(store: Store) -> None:
    store.import_feed(URL, _bilingual())
    record = store.find_session("setting-the-stage-2020-05-11")
    assert record.title == "Setting the Stage"  # the column keeps the feed's default
    assert record.shown("title", FR).text == "Mise en contexte"
    assert record.shown("title", EN).text == "Setting the Stage"
    french = record.in_language(FR)
    assert (french.title, french.fallbacks) == ("Mise en contexte", ())
    detail = store.session_detail(record.id).in_language(FR)
    assert detail.session.series_title == "Réimaginer la Ville de Toronto"
    assert detail.session.track == "Priorités de la Ville"
    assert detail.presenters[0].title == "Directrice municipale adjointe, Services généraux"
    assert detail.presenters[0].organization == "Ville de Toronto"
    assert detail.fallbacks == {}
    planning = store.find_session("fall-winter-planning-2020-07")
    marked = store.session_detail(planning.id).in_language(FR)
    assert marked.fallbacks == {"description": "en"}  # English only, on purpose
    assert marked.session.title.startswith("Séance de planification")
    lisa = next(p for p in store.presenters() if p.name == "Lisa Carroll").in_language(FR)
    assert lisa.fallback_language("bio") == "en" and not lisa.fallback_language("title")
    city = next(o for o in store.organizations() if o.name == "City of Toronto")
    assert city.in_language(FR).name == "Ville de Toronto"
    assert [o.name for o in store.organizations(text="Ville de")] == ["City of Toronto"]


def test_search_finds_a_session_by_its_text_in_either_language(store: Store) -> None:
    store.import_feed(URL, _bilingual())
    # (The working group's French summary names "Mise en contexte" too.)
    assert set(_titles(store, "contexte")) == {
        "Setting the Stage",
        "Procurement Improvement & Innovation Working Group",
    }
    assert _titles(store, "Setting the Stage")[0] == "Setting the Stage"
    # Accents are optional (the tokenizer removes diacritics): "priorites" finds "priorités".
    assert "Setting the Stage" in _titles(store, "priorites")
    assert "Setting the Stage" in _titles(store, "Priorités de la Ville")
    # A presenter's French title and a case study's French summary lead to their sessions.
    assert _titles(store, "contrôleur") == ["Setting the Stage"]
    assert _titles(store, "lancement") == ["Re-Imagine the City of Toronto: Virtual Kick-off"]
    # The session list's query (ranked and by time) uses the same sources.
    stage = store.find_session("setting-the-stage-2020-05-11").id
    for sort in ("relevance", "time"):
        entries = store.session_index(SessionQuery(text="haute direction", sort=sort))
        assert [e.id for e in entries] == [stage]
    # The presenters' own search too.
    assert [p.name for p in store.presenters(search="directrice des finances")] == [
        "Heather Taylor"
    ]


def test_a_sync_updates_the_maps_and_a_dropped_language_goes(store: Store) -> None:
    feed = _bilingual()
    store.import_feed(URL, feed)
    assert store.import_feed(URL, feed).summary() == "no changes"
    stage = next(s for s in feed.sessions if s.id == "setting-the-stage-2020-05-11")
    retitled = tuple(
        Translation(t.field, t.language, "Tremplin")
        if (t.field, t.language) == ("title", "fr")
        else t
        for t in stage.translations
    )
    changed = tuple(
        dataclasses.replace(s, translations=retitled) if s is stage else s for s in feed.sessions
    )
    assert store.import_feed(URL, dataclasses.replace(feed, sessions=changed)).summary() == (
        "1 updated"
    )
    assert "Setting the Stage" not in _titles(store, "contexte")
    assert _titles(store, "tremplin") == ["Setting the Stage"]
    # A feed that drops French drops it: the record shows English, marked; search forgets it.
    english_only = tuple(
        dataclasses.replace(s, translations=tuple(t for t in s.translations if t.language == "en"))
        for s in feed.sessions
    )
    store.import_feed(URL, dataclasses.replace(feed, sessions=english_only))
    record = store.find_session("setting-the-stage-2020-05-11").in_language(FR)
    assert record.title == "Setting the Stage" and record.fallback_language("title") == "en"
    assert _titles(store, "tremplin") == []
    # And a feed in one language again leaves no map nor index row behind.
    plain = tuple(dataclasses.replace(s, translations=()) for s in feed.sessions)
    store.import_feed(URL, dataclasses.replace(feed, sessions=plain))
    assert store.db.execute(
        "SELECT count(*) FROM sessions WHERE translations IS NOT NULL"
    ).fetchone() == (0,)
    assert store.db.execute("SELECT count(*) FROM sessions_i18n_fts").fetchone() == (0,)


def test_a_malformed_feed_leaves_the_store_as_it_was(store: Store) -> None:
    from briefing_app.errors import FeedError
    from briefing_app.feeds.briefing_stream import open_briefing_stream

    store.import_feed(URL, _bilingual())

    def rows() -> list[Any]:
        return (
            store.db.execute(
                "SELECT id, title, translations, content_hash FROM sessions ORDER BY id"
            ).fetchall()
            + store.db.execute("SELECT rowid, text FROM sessions_i18n_fts").fetchall()
        )

    before = rows()
    document = json.loads(json.dumps(SAMPLE))
    for session in document["sessions"]:  # what the sync would write first
        session["title"] = {"en": session["title"]["en"], "fr": "Changé"}
    document["sessions"][4]["summary"] = {"fr": "ok", "english": "no"}
    with pytest.raises(FeedError, match="'english' is not a language tag") as whole:
        parse_feed(json.dumps(document).encode())
    assert whole.value.path == "$.sessions[4].summary"
    # Streamed in batches of two: two batches are written before the third fails.
    stream = open_briefing_stream(io.BytesIO(json.dumps(document).encode()), batch=2)
    with pytest.raises(FeedError) as streamed:
        store.import_feed_stream(URL, stream.head, stream.batches(), stream.case_studies)
    assert streamed.value.path == "$.sessions[4].summary"
    assert rows() == before


def test_migration_keeps_a_store_with_data_and_its_hashes(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_multilingual_text)
    plain = _plain_feed()
    with Store(path) as store:  # written at the latest schema, then taken back to before the step
        store.import_feed(URL, plain)
        store.set_note(store.find_session("kickoff-2020-04-15").id, "kept")
    db = Database(sqlite3.connect(path))
    for table in schema.TRANSLATED_FTS_TABLES:
        for suffix in ("ai", "au", "ad"):
            db.execute(f'DROP TRIGGER "{table}_i18n_{suffix}"')
        db.execute(f'DROP TABLE "{table}_i18n_fts"')
    for table in schema.TRANSLATED_TABLES:
        db.execute(f'ALTER TABLE "{table}" DROP COLUMN translations')
    drop_later_tables(db, step)
    db.execute(f"PRAGMA user_version = {step:d}")
    db.conn.commit()
    rows = db.execute("SELECT id, title, content_hash FROM sessions ORDER BY id").fetchall()
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert db.execute("SELECT id, title, content_hash FROM sessions ORDER BY id").fetchall() == rows
    assert {r[0] for r in db.execute("SELECT translations FROM sessions")} == {None}
    with db.conn:  # running the step again (a merge may reorder steps) is harmless
        schema._step_multilingual_text(db)
    db.close()
    with Store(path) as store:
        # The same feed in one language: nothing to write (every hash held).
        assert store.import_feed(URL, plain).summary() == "no changes"
        kickoff = store.find_session("kickoff-2020-04-15").id
        assert store.note(kickoff) == "kept"
        # The bilingual sample: every session gains its maps, and is found in French.
        assert store.import_feed(URL, _bilingual()).count("updated") == 5
        assert _titles(store, "haute direction") == ["Setting the Stage"]
        assert store.note(kickoff) == "kept"


def test_material_titles_keep_their_languages_through_syncs(store: Store) -> None:
    feed = _bilingual()
    store.import_feed(URL, feed)
    stage = store.find_session("setting-the-stage-2020-05-11").id
    slides = store.session_materials(stage)[0]
    assert slides.title == "Setting the Stage (slides)"
    assert slides.in_language(FR).title == "Mise en contexte (diapositives)"
    assert slides.in_language(FR).title_fallback == ""
    # The French title goes: the stored maps follow (English only, marked), then none.
    for keep in (("en",), ()):
        changed = tuple(
            dataclasses.replace(
                s,
                materials=tuple(
                    dataclasses.replace(
                        m, translations=tuple(t for t in m.translations if t.language in keep)
                    )
                    for m in s.materials
                ),
            )
            for s in feed.sessions
        )
        store.import_feed(URL, dataclasses.replace(feed, sessions=changed))
        again = store.session_materials(stage)[0]
        assert again.id == slides.id  # updated in place
        shown = again.in_language(FR)
        assert shown.title == "Setting the Stage (slides)"
        assert shown.title_fallback == ("en" if keep else "")
    assert store.db.execute(
        "SELECT count(*) FROM session_materials WHERE translations IS NOT NULL"
    ).fetchone() == (0,)


def test_track_texts_per_feed_and_for_every_feed(store: Store) -> None:
    """A track's maps for the Timeline's rows (its feed's) and the filters (any feed's,
    the fullest); a sync that drops a language is seen at once (no stale answer)."""
    from briefing_app.util.multilingual import pick_stored

    store.import_feed(URL, _bilingual())
    english_only = json.loads(json.dumps(SAMPLE))
    english_only["series"]["id"] = "english-only"
    for session in english_only["sessions"]:
        session["track"] = {"en": session["track"]["en"]}
    store.import_feed("file:///en.json", parse_feed(json.dumps(english_only).encode()))
    ids = {f.url: f.id for f in store.feeds()}
    bilingual, english = ids[URL], ids["file:///en.json"]
    every = store.track_texts()
    assert pick_stored(every.get("Technology"), "track", "Technology", FR).text == "Technologie"
    mine = store.track_texts(english)
    picked = pick_stored(mine["Technology"], "track", "Technology", FR)
    assert (picked.text, picked.fallback) == ("Technology", True)
    assert pick_stored(store.track_texts(bilingual)["Technology"], "track", "", FR).text == (
        "Technologie"
    )
    store.import_feed(URL, _plain_feed())  # the bilingual feed drops its French
    assert "Technologie" not in json.dumps(store.track_texts(), ensure_ascii=False)
