"""Case studies of the presenter: local ones, overlays on feed ones that survive syncs, notes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.errors import NotFoundError, ReadOnlyError, UsageError
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, subscribe, sync_feed
from briefing_app.workspace import CaseStudySummary, Workspace


def feed_doc() -> dict[str, Any]:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote-series"
    return doc


def body(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def assert_summaries_agree(workspace: Workspace, search: str | None = None) -> None:
    """The list's light rows say what the whole records say, in the same order."""
    whole = workspace.case_studies(search=search)
    assert workspace.case_study_summaries(search=search) == [CaseStudySummary.of(c) for c in whole]


def feed_case(workspace: Workspace, source_id: str = "cs-lixar") -> int:
    return next(c.id for c in workspace.case_studies() if c.source_id == source_id)


# ---- local case studies -------------------------------------------------------------
def test_create_edit_and_delete_a_local_case_study(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    session = sample_store.sessions()[0]
    presenter = sample_store.presenters()[0]
    case = ws.create(
        "  Permit portal ",
        organization="City of Toronto",
        summary="Building permits online",
        tags=["permits", " ", "permits", "digital"],
        session_ids=[session.id],
        presenter_ids=[presenter.id],
    )
    assert case.is_local and case.feed_id is None
    assert case.title == "Permit portal"
    assert case.tags == ("permits", "digital")
    assert case.session_ids == (session.id,) and case.presenter_ids == (presenter.id,)
    assert case.uuid == case.source_id and len(case.uuid) == 36
    assert case.created_at == case.updated_at and case.created_at.endswith("Z")

    edited = ws.update(case.id, challenge="Paper forms", tags=[], session_ids=[])
    assert (edited.challenge, edited.tags, edited.session_ids) == ("Paper forms", (), ())
    assert edited.updated_at > case.updated_at
    assert edited.overridden == ()  # a local case study has no overlay: it is the source
    # The existing list of the Case studies tab shows it too.
    listed = {c.id: c for c in sample_store.case_studies()}
    assert listed[case.id].organization == "City of Toronto"
    assert listed[case.id].challenge == "Paper forms"

    ws.delete(case.id)
    with pytest.raises(NotFoundError):
        ws.get(case.id)
    assert case.id not in {c.id for c in sample_store.case_studies()}


def test_bad_edits_are_refused_with_clear_messages(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    with pytest.raises(UsageError, match="needs a title"):
        ws.create("   ")
    case = ws.create("Mine")
    with pytest.raises(UsageError, match="cannot edit colour"):
        ws.update(case.id, colour="red")
    with pytest.raises(NotFoundError, match="no session number 999"):
        ws.update(case.id, session_ids=[999])
    with pytest.raises(NotFoundError, match="no presenter with id 999"):
        ws.create("Other", presenter_ids=[999])
    with pytest.raises(NotFoundError, match="no case study"):
        ws.find("not-a-uuid")
    assert ws.find(f"#{case.id}").id == case.id
    assert ws.find(case.uuid).id == case.id


def test_a_feed_case_study_cannot_be_deleted(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    case_id = feed_case(ws)
    before = sample_store.dump()
    with pytest.raises(ReadOnlyError, match="comes from the feed builtin:sample"):
        ws.delete(case_id)
    assert sample_store.dump() == before


# ---- overlays on feed case studies ----------------------------------------------------------
def test_editing_a_feed_case_study_writes_an_overlay_not_the_feed_row(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    case_id = feed_case(ws)
    feed_row = sample_store.db.execute(
        "SELECT title, summary, content_hash FROM case_studies WHERE id = ?", [case_id]
    ).fetchone()
    edited = ws.update(case_id, title="Lixar, as I tell it", tags=["mine"])
    assert edited.title == "Lixar, as I tell it" and edited.tags == ("mine",)
    assert edited.overridden == ("title", "tags")
    assert not edited.changed_underneath
    assert edited.feed_version["title"] == "Lixar: technology case study"
    assert (
        sample_store.db.execute(
            "SELECT title, summary, content_hash FROM case_studies WHERE id = ?", [case_id]
        ).fetchone()
        == feed_row
    )
    # Setting a field back to the feed's value drops it from the overlay.
    again = ws.update(case_id, tags=["case study", "technology"])
    assert again.overridden == ("title",)
    reverted = ws.revert_to_feed(case_id)
    assert reverted.title == "Lixar: technology case study" and reverted.overridden == ()
    assert sample_store.db.execute("SELECT count(*) FROM case_study_overlays").fetchone()[0] == 0


def test_overlay_survives_a_sync_and_flags_the_change_underneath(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    """A real sync over HTTP: the edit stays, and the feed's new version shows."""
    doc = feed_doc()
    url = feed_server.serve("/feed.json", Reply(body=body(doc)))
    feed_id, _ = subscribe(store, url, fetcher)
    ws = Workspace(store)
    case_id = feed_case(ws)
    ws.update(case_id, summary="My own summary of Lixar's work", outcome="What I saw")
    ws.save_note(case_id, "Ask Lixar about the pilot")

    # The feed changes the summary and the challenge underneath the edit.
    doc["case_studies"][0]["summary"] = "A revised summary from the organizers."
    doc["case_studies"][0]["challenge"] = "A new challenge text."
    feed_server.serve("/feed.json", Reply(body=body(doc)))
    outcome = sync_feed(store, feed_id, fetcher)
    assert outcome.status == "applied"

    case = ws.get(case_id)
    assert case.summary == "My own summary of Lixar's work"  # the overlay wins
    assert case.outcome == "What I saw"
    assert case.challenge == "A new challenge text."  # not overlaid: the feed's new text
    assert case.note == "Ask Lixar about the pilot"
    assert case.changed_underneath
    assert case.feed_changed == ("summary", "challenge")
    assert_summaries_agree(ws)  # "edited" and "feed changed" without reading records
    assert_summaries_agree(ws, search="Lixar")
    listed = {c.id: c for c in ws.case_study_summaries()}[case_id]
    assert listed.changed_underneath and listed.overridden == ("summary", "outcome")
    assert case.feed_version["summary"] == "A revised summary from the organizers."
    row = store.db.execute("SELECT summary FROM case_studies WHERE id = ?", [case_id]).fetchone()
    assert row[0] == "A revised summary from the organizers."  # the feed row follows the feed

    accepted = ws.accept_feed_version(case_id)
    assert not accepted.changed_underneath and accepted.feed_changed == ()
    assert accepted.summary == "My own summary of Lixar's work"

    # A sync that changes nothing keeps everything as it is.
    before = store.dump()
    sync_feed(store, feed_id, fetcher)
    assert ws.get(case_id) == accepted
    after = store.dump()
    for volatile in ("sync_state", "sync_runs"):
        before.pop(volatile), after.pop(volatile)
    assert after == before


def test_overlay_survives_the_case_study_leaving_the_feed(sample_store: Store, sample_feed) -> None:
    import dataclasses

    ws = Workspace(sample_store)
    case_id = feed_case(ws, "cs-tata")
    ws.update(case_id, title="Tata (my copy)")
    feed_id = sample_store.feeds()[0].id
    fewer = dataclasses.replace(
        sample_feed, case_studies=tuple(c for c in sample_feed.case_studies if c.id != "cs-tata")
    )
    sample_store.apply_feed(feed_id, fewer)
    case = ws.get(case_id)
    assert case.removed and case.title == "Tata (my copy)"


def test_local_case_study_links_survive_a_sync(sample_store: Store, sample_feed) -> None:
    ws = Workspace(sample_store)
    session = sample_store.sessions()[2]
    case = ws.create("Mine", session_ids=[session.id])
    sample_store.apply_feed(sample_store.feeds()[0].id, sample_feed)
    assert ws.get(case.id).session_ids == (session.id,)


# ---- notes with history ---------------------------------------------------------------------
def test_every_save_keeps_a_revision_identical_saves_do_not(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    case = ws.create("Notes")
    first = ws.save_note(case.id, "# Plan\n\n- intro\n")
    assert first is not None
    assert ws.save_note(case.id, "# Plan\n\n- intro\n") is None  # same text: no revision
    second = ws.save_note(case.id, "# Plan\n\n- intro\n- demo\n")
    assert second is not None and second.saved_at > first.saved_at
    revisions = ws.revisions(case.id)
    assert [r.id for r in revisions] == [second.id, first.id]  # newest first
    assert ws.note(case.id) == "# Plan\n\n- intro\n- demo\n"

    diff = ws.diff_revisions(first.id, second.id)
    assert diff.splitlines()[0].startswith(f"--- revision {first.id}")
    assert "+- demo" in diff.splitlines()
    assert ws.diff_revisions(first.id, first.id) == ""

    restored = ws.restore_revision(first.id)
    assert restored.id not in (first.id, second.id)  # a new revision: history keeps all
    assert restored.body == first.body
    assert ws.note(case.id) == first.body
    assert len(ws.revisions(case.id)) == 3


def test_revisions_of_different_case_studies_are_not_diffed(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    a, b = ws.create("A"), ws.create("B")
    ra, rb = ws.save_note(a.id, "a"), ws.save_note(b.id, "b")
    assert ra is not None and rb is not None
    with pytest.raises(UsageError, match="different case studies"):
        ws.diff_revisions(ra.id, rb.id)
    with pytest.raises(NotFoundError, match="no note revision 9999"):
        ws.revision(9999)


def test_notes_on_a_feed_case_study_are_local_data_kept_by_syncs(
    sample_store: Store, sample_feed
) -> None:
    ws = Workspace(sample_store)
    case_id = feed_case(ws)
    ws.save_note(case_id, "Keep this")
    sample_store.apply_feed(sample_store.feeds()[0].id, sample_feed)
    assert ws.note(case_id) == "Keep this"
    assert len(ws.revisions(case_id)) == 1
    # Removing the feed would delete it: the CLI's guard counts it.
    assert sample_store.local_data_count(sample_store.feeds()[0].id) == 1


# ---- search -------------------------------------------------------------------------------------
def test_search_finds_fields_overlays_and_notes(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    kickoff = sample_store.sessions()[0]
    mine = ws.create("Zoning reform", summary="Faster approvals", session_ids=[kickoff.id])
    ws.save_note(mine.id, "Mention the geothermal pilot")
    lixar = feed_case(ws)
    ws.update(lixar, approach="A hovercraft fleet")

    assert [c.id for c in ws.search("zoning")] == [mine.id]
    assert [c.id for c in ws.search("approvals")] == [mine.id]
    assert [c.id for c in ws.search("geotherm")] == [mine.id]  # notes, prefix as you type
    assert [c.id for c in ws.search("hovercraft")] == [lixar]  # the overlay's text
    assert ws.search("Tata")[0].source_id == "cs-tata"  # the feed's own fields
    assert ws.search('"unbalanced AND (') == []  # FTS syntax is just text
    assert sample_store.search_case_studies("") == []
    # The session search reaches a case study's notes and overlay through its sessions.
    assert kickoff.id in [s.id for s in sample_store.search_sessions("geothermal")]
    assert kickoff.id in [s.id for s in sample_store.search_sessions("hovercraft")]
    # Edited away: the old note text is no longer found as the current note.
    ws.save_note(mine.id, "Nothing here")
    assert ws.search("geothermal") == []


def test_session_and_presenter_details_show_the_presenters_version(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    case_id = feed_case(ws)
    ws.update(case_id, title="Lixar, my version", summary="Mine")
    kickoff = sample_store.sessions()[0]
    person = sample_store.presenters()[0]
    own = ws.create("My own study", organization="Me Inc.", session_ids=[kickoff.id])
    ws.update(own.id, presenter_ids=[person.id])
    shown = {c.id: c for c in sample_store.session_detail(kickoff.id).case_studies}
    assert (shown[case_id].title, shown[case_id].summary) == ("Lixar, my version", "Mine")
    assert shown[own.id].organization == "Me Inc."
    cases = sample_store.presenter_detail(person.id).case_studies
    assert [(c.id, c.title) for c in cases] == [(own.id, "My own study")]


def test_the_list_rows_agree_with_the_records(sample_store: Store) -> None:
    ws = Workspace(sample_store)
    ws.create("Aardvark portal", organization="Zoo")
    lixar = feed_case(ws)
    ws.update(lixar, title="Zebra: my title", organization="My org")
    summaries = ws.case_study_summaries()
    assert summaries[0].title == "Aardvark portal" and summaries[0].is_local
    edited = next(c for c in summaries if c.id == lixar)
    assert (edited.title, edited.organization) == ("Zebra: my title", "My org")
    assert edited.overridden == ("title", "organization") and not edited.changed_underneath
    assert summaries[-1].id == lixar  # sorted by the overlaid title
    assert_summaries_agree(ws)
    assert_summaries_agree(ws, search="Zebra")
    assert ws.case_study_summaries(search="no-such-word-anywhere") == []
