"""Organizations (list, kinds, page, the list's filter) and hidden tracks and rooms."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database
from support.orgs import DAY, orgs_feed

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store import HiddenNames, SessionQuery, Store, schema
from briefing_app.usecases.now_next import now_and_next


@pytest.fixture
def orgs_store(store: Store) -> Store:
    store.import_feed("file:///orgs.json", orgs_feed())
    return store


def _ids_by_name(store: Store) -> dict[str, int]:
    return {o.name: o.id for o in store.organizations()}


def _titles(store: Store, ids: list[int]) -> list[str]:
    return [r.title for r in store.sessions_by_ids(ids)]


def test_organizations_list_by_name_with_kinds_logo_and_counts(orgs_store: Store) -> None:
    found = orgs_store.organizations()
    assert [o.name for o in found] == ["Acme Corp", "City of Springfield", "Quiet Ltd"]
    acme = found[0]
    assert acme.kinds == ("sponsor", "member")
    assert acme.logo_url == "http://127.0.0.1:9/logo.png"
    assert acme.url == "https://acme.example.org/"
    assert (acme.presenters, acme.case_studies, acme.sessions) == (0, 1, 2)
    city = found[1]
    assert (city.presenters, city.case_studies, city.sessions) == (1, 0, 1)
    assert [o.name for o in orgs_store.organizations(kind="government")] == ["City of Springfield"]
    assert [o.name for o in orgs_store.organizations(kind="sponsor")] == ["Acme Corp"]
    assert [o.name for o in orgs_store.organizations(text="spring")] == ["City of Springfield"]
    assert orgs_store.organizations(text="100%_") == []
    with pytest.raises(UsageError):
        orgs_store.organizations(kind="villain")


def test_the_list_counts_as_each_organization_page_does(orgs_store: Store) -> None:
    """The list counts each table in one grouped pass; a page by the one definition
    (organization_sessions_sql): the same numbers, and a removed presenter counts in neither."""
    listed = orgs_store.organizations()
    assert listed
    for record in listed:
        assert orgs_store.organizations(organization_id=record.id) == [record]
    sessions = {o.id: orgs_store.session_index(SessionQuery(organization_id=o.id)) for o in listed}
    assert {o.id: o.sessions for o in listed} == {k: len(v) for k, v in sessions.items()}
    with orgs_store.transaction():
        orgs_store.db.execute("UPDATE presenters SET removed = 1")
    after = {o.id: o.presenters for o in orgs_store.organizations()}
    assert set(after.values()) == {0}


def test_an_organization_page_names_its_presenters_case_studies_and_sessions(
    orgs_store: Store,
) -> None:
    ids = _ids_by_name(orgs_store)
    acme = orgs_store.organization(ids["Acme Corp"])
    assert acme.series_roles == (("Conference", "sponsor"),)
    assert [t for _i, t in acme.case_studies] == ["Acme's rollout"]
    assert acme.presenters == ()
    assert [s.title for s in acme.sessions] == ["Talk 1", "Talk 2"]
    city = orgs_store.organization(ids["City of Springfield"])
    assert [n for _i, n, _t in city.presenters] == ["Mayor Quimby"]
    assert [s.title for s in city.sessions] == ["Talk 0"]
    with pytest.raises(NotFoundError):
        orgs_store.organization(9999)


def test_the_session_list_filters_by_organization(orgs_store: Store) -> None:
    ids = _ids_by_name(orgs_store)
    query = SessionQuery(organization_id=ids["Acme Corp"])
    assert query.filtered
    entries = orgs_store.session_index(query)
    assert _titles(orgs_store, [e.id for e in entries]) == ["Talk 1", "Talk 2"]
    assert orgs_store.session_index(SessionQuery(organization_id=ids["Quiet Ltd"])) == []


def test_hidden_tracks_and_rooms_are_kept_and_left_out_everywhere(orgs_store: Store) -> None:
    assert not orgs_store.hidden_names()
    hidden = orgs_store.set_hidden("track", "Data")
    assert hidden == HiddenNames(tracks=("Data",))
    hidden = orgs_store.set_hidden("room", "Room B")
    assert hidden.count == 2
    assert hidden.hides("Web", "Room B") and hidden.hides("Data", "") and not hidden.hides("", "")
    query = SessionQuery(hidden_tracks=hidden.tracks, hidden_rooms=hidden.rooms)
    shown = _titles(orgs_store, [e.id for e in orgs_store.session_index(query)])
    assert shown == ["Talk 2", "Talk 4"]  # not Data (0, 1), not Room B (1, 3, 5)
    assert [r.title for r in orgs_store.sessions(hidden=hidden)] == shown
    assert [r.title for r in orgs_store.session_lines(hidden=hidden)] == shown
    day = orgs_store.sessions_starting_between(DAY, DAY + timedelta(days=1), hidden=hidden)
    assert [r.title for r in day] == shown
    assert orgs_store.first_start_after(DAY, hidden=hidden) == DAY + timedelta(hours=2)
    assert len(orgs_store.sessions()) == 6  # nothing hidden unless asked
    orgs_store.set_hidden("room", "Room B", hidden=False)
    assert orgs_store.hidden_names() == HiddenNames(tracks=("Data",))
    orgs_store.show_all_hidden()
    assert not orgs_store.hidden_names()
    with pytest.raises(UsageError):
        orgs_store.set_hidden("speaker", "x")
    with pytest.raises(UsageError):
        orgs_store.set_hidden("room", "")


def test_an_unreadable_hidden_setting_hides_nothing(orgs_store: Store) -> None:
    orgs_store.set_setting("hidden_tracks", {"not": "a list"})
    orgs_store.set_setting("hidden_rooms", ["Room A", 3, ""])
    assert orgs_store.hidden_names() == HiddenNames(rooms=("Room A",))


def test_the_hidden_filter_reads_indexes_not_session_rows(orgs_store: Store) -> None:
    """The list still scans its covering index; the rooms are looked up in sessions_shape."""
    query = SessionQuery(hidden_tracks=("Data",), hidden_rooms=("Room B",), limit=10)
    seen: list[str] = []
    orgs_store.db.conn.set_trace_callback(seen.append)
    orgs_store.session_index(query)
    orgs_store.db.conn.set_trace_callback(None)
    sql = next(s for s in seen if "NOT IN" in s)
    plan = " | ".join(
        str(row[3]) for row in orgs_store.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    )
    assert "COVERING INDEX sessions_list" in plan
    assert "COVERING INDEX sessions_shape" in plan
    assert "SCAN h" not in plan


def test_now_and_next_at_a_controlled_instant(orgs_store: Store) -> None:
    at = DAY + timedelta(hours=1, minutes=20)  # 10:20: Talk 1 runs until 10:50
    answer = now_and_next(orgs_store, at)
    assert [s.title for s in answer.now] == ["Talk 1"]
    assert [s.title for s in answer.next] == ["Talk 2", "Talk 3"]  # 11:00 and within the hour
    assert answer.next_change() == DAY + timedelta(hours=1, minutes=50)
    orgs_store.set_hidden("track", "Data")
    answer = now_and_next(orgs_store, at)
    assert answer.now == ()
    assert answer.next_change() == DAY + timedelta(hours=2)
    late = now_and_next(orgs_store, DAY + timedelta(days=2))
    assert late.now == () and late.next == () and late.next_change() is None


def test_step_organization_logos_keeps_organizations(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_organization_logos)
    with Store(path) as store:
        store.import_feed("file:///orgs.json", orgs_feed())
    db = Database(sqlite3.connect(path))
    db.execute("ALTER TABLE organizations DROP COLUMN logo_url")
    db.execute(f"PRAGMA user_version = {step}")
    db.conn.commit()
    names = [r[0] for r in db.execute("SELECT name FROM organizations ORDER BY id")]
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    rows = db.execute("SELECT name, logo_url FROM organizations ORDER BY id").fetchall()
    assert [r[0] for r in rows] == names and {r[1] for r in rows} == {""}
    db.close()
    assert schema.backup_path(path, step).exists()
    with Store(path) as store:  # the next sync brings the logo
        store.import_feed("file:///orgs.json", orgs_feed(logo_url="https://acme.example.org/l.png"))
        assert store.organizations(kind="sponsor")[0].logo_url == "https://acme.example.org/l.png"


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("école", ["École nationale"]),
        ("ÉCOLE", ["École nationale"]),
        ("strasse", ["Straße Werke"]),
        ("études", ["Urban Studies Lab"]),  # its French name
        ("100%_", []),  # every character literal
        ("nationale", ["École nationale"]),
    ],
)
def test_the_list_filter_folds_case_as_unicode_does(
    store: Store, typed: str, found: list[str]
) -> None:
    """ "école" finds "École", "strasse" "Straße", in the name or a translated name: SQLite's
    LIKE folded ASCII only (the same SQL casefold() as the case-study pickers)."""
    from briefing_app.feeds.model import Organization, Translation

    feed = orgs_feed()
    extra = (
        Organization("ecole", "École nationale"),
        Organization("werke", "Straße Werke"),
        Organization(
            "lab",
            "Urban Studies Lab",
            translations=(
                Translation("name", "en", "Urban Studies Lab"),
                Translation("name", "fr", "Laboratoire d'Études urbaines"),
            ),
        ),
    )
    store.import_feed(
        "file:///orgs.json", dataclasses.replace(feed, organizations=feed.organizations + extra)
    )
    assert [o.name for o in store.organizations(text=typed)] == found
