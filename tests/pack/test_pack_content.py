"""What a briefing pack says, gathered without Qt: selections, zones and DST, photos, sources."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from support.packs import (
    DST_SESSION,
    PHOTO_MISSING,
    make_pack_store,
    session_id,
)

from briefing_app.errors import NotFoundError, OperationCancelledError, UsageError
from briefing_app.store import Store
from briefing_app.usecases.pack import (
    EmptyPackError,
    PackMaterial,
    PackQuestion,
    PackSelection,
    check_output_path,
    gather_pack,
    parse_day,
    usable_photo,
)
from briefing_app.usecases.photos import photo_dir

STAGE = "setting-the-stage-2020-05-11"
KICKOFF = "kickoff-2020-04-15"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with make_pack_store(tmp_path / "pack") as opened:
        yield opened


def test_one_session_has_both_times_the_join_link_and_the_abstract(store: Store) -> None:
    pack = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="Europe/Berlin")
    (session,) = pack.sessions
    assert pack.series == ("Re-Imagine the City of Toronto",)
    assert pack.reader_zone == "Europe/Berlin"
    assert pack.scope == "Setting the Stage"
    assert session.event_time == "Mon 11 May 2020 13:00–14:30 EDT"
    assert session.event_zone == "America/Toronto"
    assert session.reader_time == "Mon 11 May 2020 19:00–20:30 CEST"
    assert session.join_link == "https://meet.example.org/reimagine-toronto/setting-the-stage"
    assert "Josie Scioli" in session.description
    assert [p.name for p in session.presenters][:2] == ["Josie Scioli", "Lawrence Eta"]
    assert session.presenters[0].role == "presenter"
    assert session.presenters[0].bio.startswith("Deputy City Manager")


def test_the_reader_time_follows_each_zone_s_own_summer_time(store: Store) -> None:
    """20 March 2020: Toronto already on EDT, Berlin still on CET: 5 hours apart, not 6."""
    pack = gather_pack(store, PackSelection.one_session(DST_SESSION), reader_zone="Europe/Berlin")
    (session,) = pack.sessions
    assert session.event_time == "Fri 20 Mar 2020 10:00–11:00 EDT"
    assert session.reader_time == "Fri 20 Mar 2020 15:00–16:00 CET"
    may = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="Europe/Berlin")
    assert may.sessions[0].reader_time.endswith("19:00–20:30 CEST")  # 6 hours in May


def test_a_reader_in_the_event_s_zone_sees_one_time(store: Store) -> None:
    pack = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="America/Toronto")
    assert pack.sessions[0].reader_time == ""
    assert pack.reader_zone == "America/Toronto"


def test_without_a_zone_the_reader_is_in_this_computer_s(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    pack = gather_pack(store, PackSelection.one_session(STAGE))
    assert pack.reader_zone == "Asia/Kolkata"
    assert pack.sessions[0].reader_time == "Mon 11 May 2020 22:30–Tue 00:00 IST"


def test_the_agenda_is_the_favourites_in_time_order(store: Store) -> None:
    for ref in (STAGE, DST_SESSION, KICKOFF):
        store.set_favourite(session_id(store, ref), True)
    pack = gather_pack(store, PackSelection.agenda(), reader_zone="America/Toronto")
    assert [s.id for s in pack.sessions] == [
        session_id(store, ref) for ref in (DST_SESSION, KICKOFF, STAGE)
    ]
    assert pack.scope == "My agenda"
    assert pack.dates == "Fri 20 Mar 2020 – Mon 11 May 2020"
    assert all(s.favourite for s in pack.sessions)


def test_an_empty_agenda_says_how_to_fill_it(store: Store) -> None:
    with pytest.raises(EmptyPackError, match="your agenda is empty: star the sessions") as caught:
        gather_pack(store, PackSelection.agenda())
    assert caught.value.exit_code == 3


def test_a_range_is_the_reader_s_days_both_included(store: Store) -> None:
    # 11 May 2020 in Toronto: two sessions (13:00 and 14:30 EDT). In Kolkata the second
    # starts at 00:00 on the 12th: a reader there asking for the 11th gets one.
    toronto = gather_pack(
        store,
        PackSelection.days(date(2020, 5, 11), date(2020, 5, 11)),
        reader_zone="America/Toronto",
    )
    assert len(toronto.sessions) == 2
    kolkata = gather_pack(
        store,
        PackSelection.days(date(2020, 5, 11), date(2020, 5, 11)),
        reader_zone="Asia/Kolkata",
    )
    assert [s.title for s in kolkata.sessions] == ["Setting the Stage"]
    whole = gather_pack(
        store, PackSelection.days(date(2020, 3, 1), date(2020, 7, 31)), reader_zone="UTC"
    )
    assert len(whole.sessions) == 6
    assert whole.scope == "01 Mar 2020 – 31 Jul 2020"


def test_an_empty_range_and_bad_ranges_say_so(store: Store) -> None:
    with pytest.raises(EmptyPackError, match="no session starts between 2021-01-01 and 2021-01-02"):
        gather_pack(store, PackSelection.days(date(2021, 1, 1), date(2021, 1, 2)))
    with pytest.raises(UsageError, match=r"ends .* before it starts"):
        PackSelection.days(date(2021, 1, 2), date(2021, 1, 1))
    with pytest.raises(UsageError, match="--from: '2021-13-01' is not a date"):
        parse_day("2021-13-01", "--from")
    with pytest.raises(UsageError, match="unknown time zone 'Mars/Olympus'"):
        gather_pack(store, PackSelection.one_session(STAGE), reader_zone="Mars/Olympus")
    with pytest.raises(NotFoundError):
        gather_pack(store, PackSelection.one_session("999"))


def test_photos_come_from_the_cache_and_any_trouble_is_a_placeholder(store: Store) -> None:
    (session,) = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="UTC").sessions
    by_name = {p.name: p for p in session.presenters}
    josie = by_name["Josie Scioli"]
    assert josie.photo is not None and josie.photo.parent == photo_dir(store.path)
    assert josie.photo_note == ""
    assert by_name["Lawrence Eta"].photo is None
    assert by_name["Lawrence Eta"].photo_note == "photo file is not an image"
    # A PNG's signature with junk after it passes the sniff: Qt finds out when it draws
    # (tests/pack/test_pack_pdf.py shows the placeholder then).
    assert by_name["Heather Taylor"].photo is not None
    assert by_name["Andrew Flynn"].photo is None
    assert by_name["Andrew Flynn"].photo_note == "photo not downloaded yet"
    assert by_name["Andrew Flynn"].initials == "AF"


def test_an_unreadable_or_empty_photo_file_is_no_photo(tmp_path: Path) -> None:
    from briefing_app.usecases.photos import cache_path

    cache = tmp_path / "photos"
    cache.mkdir()
    cache_path(cache, PHOTO_MISSING).write_bytes(b"")
    assert usable_photo(cache, PHOTO_MISSING) == (None, "photo file unusable")
    cache_path(cache, PHOTO_MISSING).unlink()
    cache_path(cache, PHOTO_MISSING).mkdir()  # a folder where the file should be
    assert usable_photo(cache, PHOTO_MISSING) == (None, "photo not downloaded yet")
    assert usable_photo(cache, "") == (None, "")


def test_linked_case_studies_come_whole_with_the_reader_s_edits(store: Store) -> None:
    from briefing_app.workspace import Workspace

    kickoff = store.session_detail(session_id(store, KICKOFF))
    first = kickoff.case_studies[0]
    workspace = Workspace(store)
    workspace.update(first.id, outcome="Three pilots with the City.")
    mine = workspace.create(
        "Permit portal", organization="Acme", approach="Agile", session_ids=[kickoff.session.id]
    )
    (session,) = gather_pack(store, PackSelection.one_session(KICKOFF), reader_zone="UTC").sessions
    titles = [c.title for c in session.case_studies]
    assert titles == sorted([c.title for c in kickoff.case_studies] + ["Permit portal"])
    own = next(c for c in session.case_studies if c.id == mine.id)
    assert (own.organization, own.approach) == ("Acme", "Agile")
    edited = next(c for c in session.case_studies if c.id == first.id)
    assert edited.outcome == "Three pilots with the City."
    assert edited.challenge  # the feed's own text


def test_the_reader_s_notes_are_in_the_pack(store: Store) -> None:
    store.set_note(session_id(store, STAGE), "Ask about **RFP** timelines")
    (session,) = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="UTC").sessions
    assert session.note == "Ask about **RFP** timelines"


class _Sources:
    """Materials and questions from elsewhere (the interfaces the store's will fill)."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def session_materials(self, session_id: int) -> Sequence[PackMaterial]:
        self.asked.append(session_id)
        return (PackMaterial("slides", "Deck", "https://example.org/deck.pdf", size=2048),)

    def session_questions(self, session_id: int) -> Sequence[PackQuestion]:
        return (PackQuestion("What is the RFP timeline?", "asked", "Q3"),)


def test_materials_and_questions_come_through_their_interfaces(store: Store) -> None:
    sources = _Sources()
    pack = gather_pack(
        store,
        PackSelection.one_session(STAGE),
        reader_zone="UTC",
        materials=sources,
        questions=sources,
    )
    (session,) = pack.sessions
    assert sources.asked == [session.id]
    assert session.materials[0].link == "https://example.org/deck.pdf"
    assert session.questions == (PackQuestion("What is the RFP timeline?", "asked", "Q3"),)
    assert PackMaterial("pre-read", "x", "file:///etc/passwd").link is None


def test_progress_is_per_session_and_cancel_stops_it(store: Store) -> None:
    for ref in (STAGE, DST_SESSION, KICKOFF):
        store.set_favourite(session_id(store, ref), True)
    seen: list[tuple[int, int]] = []
    gather_pack(store, PackSelection.agenda(), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(OperationCancelledError):
        gather_pack(
            store,
            PackSelection.agenda(),
            cancel=lambda: len(seen) > 3,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert len(seen) == 4  # stopped after the first session


def test_an_output_path_is_checked_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="it is a folder"):
        check_output_path(tmp_path)
    with pytest.raises(NotFoundError, match="does not exist"):
        check_output_path(tmp_path / "missing" / "pack.pdf")
    check_output_path(tmp_path / "pack.pdf")


def test_the_reader_s_questions_come_from_the_store_in_their_order(store: Store) -> None:
    stage = session_id(store, STAGE)
    first = store.add_question(stage, "Which RFPs open this year?")
    store.add_question(stage, "Who decides on pilots?")
    store.mark_question(first.id, "answered", answer="Three, in the fall")
    (session,) = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="UTC").sessions
    assert session.questions == (
        PackQuestion("Which RFPs open this year?", "answered", "Three, in the fall"),
        PackQuestion("Who decides on pilots?", "draft", ""),
    )


def test_the_materials_are_the_store_s_in_feed_order(sample_store: Store) -> None:
    kickoff = session_id(sample_store, KICKOFF)
    (session,) = gather_pack(
        sample_store, PackSelection.one_session(kickoff), reader_zone="UTC"
    ).sessions
    stored = sample_store.session_materials(kickoff)
    assert [(m.kind, m.title, m.url, m.size) for m in session.materials] == [
        (m.kind, m.title, m.url, m.size) for m in stored
    ]
    assert session.materials[0].kind == "slides"
    assert session.materials[0].link == stored[0].url
    assert not any(m.offline for m in session.materials)  # nothing kept offline yet
    wg = session_id(sample_store, "procurement-wg-2020-05-11")
    (with_preread,) = gather_pack(
        sample_store, PackSelection.one_session(wg), reader_zone="UTC"
    ).sessions
    assert [m.offline for m in with_preread.materials] == [True, False]  # shipped with the app


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Josie Scioli", "JS"),
        ("Yuki Côté 2", "YC"),
        ("Jean-Luc Picard", "JP"),
        ("Ōsaka", "Ō"),
        ("42", "?"),
    ],
)
def test_the_placeholder_s_initials(name: str, initials: str) -> None:
    from briefing_app.usecases.pack import PackPresenter

    assert PackPresenter(1, name, "", "", "", "", None).initials == initials
