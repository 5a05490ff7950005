"""Session materials in the store: written with their session, stable ids, read per session."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed, Material, MaterialKind
from briefing_app.store import Store, schema
from briefing_app.store.feed_rows import session_row

DATA = Path(__file__).resolve().parents[1] / "data"


def _with_materials(feed: Feed, index: int, materials: tuple[Material, ...]) -> Feed:
    """*feed* with session *index*'s materials replaced (the others' as the sample has them)."""
    sessions = list(feed.sessions)
    sessions[index] = dataclasses.replace(sessions[index], materials=materials)
    return dataclasses.replace(feed, sessions=tuple(sessions))


SLIDES = Material(MaterialKind.SLIDES, "Deck", "https://m.example.org/deck.pdf", size=2048)
VIDEO = Material(MaterialKind.RECORDING, "Video", "https://m.example.org/v.mp4")
READ = Material(MaterialKind.PRE_READ, "Read first", "https://m.example.org/read.html")


def test_materials_are_stored_in_feed_order(store: Store, sample_feed: Feed) -> None:
    feed = _with_materials(sample_feed, 0, (SLIDES, VIDEO))
    store.import_feed("file:///s.json", feed)
    session_id = store.find_session(sample_feed.sessions[0].id).id
    found = store.session_materials(session_id)
    assert [(m.kind, m.title, m.url, m.size) for m in found] == [
        ("slides", "Deck", SLIDES.url, 2048),
        ("recording", "Video", VIDEO.url, None),
    ]
    assert [m.position for m in found] == [0, 1]
    assert all(m.kept_sha256 == "" for m in found)
    assert store.material(found[1].id) == found[1]


def test_ids_survive_a_resync_while_the_url_stays(store: Store, sample_feed: Feed) -> None:
    store.import_feed("file:///s.json", _with_materials(sample_feed, 0, (SLIDES, VIDEO)))
    session_id = store.find_session(sample_feed.sessions[0].id).id
    before = {m.url: m.id for m in store.session_materials(session_id)}
    renamed = dataclasses.replace(VIDEO, title="Recording (mp4)")
    changes = store.import_feed("file:///s.json", _with_materials(sample_feed, 0, (READ, renamed)))
    after = store.session_materials(session_id)
    assert [m.url for m in after] == [READ.url, VIDEO.url]
    assert after[1].id == before[VIDEO.url] and after[1].title == "Recording (mp4)"
    assert READ.url not in before and SLIDES.url not in {m.url for m in after}
    assert [c.kind for c in changes.changes] == ["updated"]


def test_materials_of_several_sessions(store: Store, sample_feed: Feed) -> None:
    feed = sample_feed
    for index in range(len(sample_feed.sessions)):
        feed = _with_materials(feed, index, ())
    feed = _with_materials(_with_materials(feed, 0, (SLIDES,)), 2, (VIDEO, READ))
    store.import_feed("file:///s.json", feed)
    ids = [store.find_session(s.id).id for s in sample_feed.sessions]
    found = store.materials_by_session([ids[2], ids[1], ids[0]])
    assert list(found) == [ids[2], ids[0]]  # the asked order; ids[1] has none
    assert [m.url for m in found[ids[2]]] == [VIDEO.url, READ.url]
    assert [m.url for m in store.materials_by_session()[ids[0]]] == [SLIDES.url]
    assert store.materials_by_session([]) == {}


def test_frab_attachments_and_links_keep_their_hash(store: Store) -> None:
    """Sessions stored before materials existed are not all reported updated by the next sync."""
    feed = parse_feed((DATA / "fosdem-2021.xml").read_bytes(), default_zone="Europe/Brussels")
    with_links = [s for s in feed.sessions if s.materials]
    assert len(with_links) > 300
    for session in with_links[:50]:
        assert (
            session_row(1, 1, session)[-1]
            == session_row(1, 1, dataclasses.replace(session, materials=()))[-1]
        )
    store.import_feed("file:///fosdem.xml", feed)
    some = store.find_session(with_links[0].id).id
    assert len(store.session_materials(some)) == len(with_links[0].materials)
    again = store.import_feed("file:///fosdem.xml", feed)
    assert not again.changes


def test_migration_fills_materials_from_stored_links(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    feed = parse_feed((DATA / "frab-camp2019.json").read_bytes())
    with Store(path) as store:
        store.import_feed("file:///camp.json", feed)
        expected = {
            sid: [(m.kind, m.title, m.url) for m in found]
            for sid, found in store.materials_by_session().items()
        }
    assert len(expected) > 10
    db = Database(sqlite3.connect(path))
    db.execute("DROP TABLE session_materials")
    # Later steps: the offline store, the user's questions.
    for later in ("kept_materials", "session_questions_fts", "session_questions"):
        db.execute(f"DROP TABLE IF EXISTS {later}")
    db.execute("ALTER TABLE organizations DROP COLUMN logo_url")  # organization logos
    step = schema.MIGRATIONS.index(schema._step_session_materials)
    db.execute(f"PRAGMA user_version = {step}")
    db.conn.commit()
    schema.migrate(db, path, schema.MIGRATIONS)
    db.close()
    with Store(path) as store:
        got = {
            sid: [(m.kind, m.title, m.url) for m in found]
            for sid, found in store.materials_by_session().items()
        }
    assert got == expected


def test_removing_the_feed_removes_its_materials(store: Store, sample_feed: Feed) -> None:
    changes = store.import_feed("file:///s.json", _with_materials(sample_feed, 0, (SLIDES,)))
    assert changes is not None
    assert store.materials_by_session()
    store.remove_feed(store.feed_by_url("file:///s.json").id)  # type: ignore[union-attr]
    assert store.db.execute("SELECT count(*) FROM session_materials").fetchone()[0] == 0
