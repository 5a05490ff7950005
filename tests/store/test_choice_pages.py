"""The pickers' pages: what a session or presenter picker reads, a page at a time.

Paging through with any page size gives the whole list once, in order; a filter text
matches as a case-insensitive substring (``%``, ``_`` and ``\\`` taken literally); ids
to keep or leave out are honoured however many there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from briefing_app.feeds.model import (
    Feed,
    Organization,
    Presenter,
    Series,
    Session,
    SessionPresenter,
)
from briefing_app.store import ChoiceQuery, Store

TITLES = (
    "Keynote",
    "keynote: 100% open",
    "Panel_A",
    "Panel",
    "Back\\slash",
    "Ünïcode talk",
    "Économie de la Straße",
)


def _feed() -> Feed:
    base = datetime(2026, 3, 1, 9, tzinfo=UTC)
    sessions = []
    for n in range(60):
        start = base + timedelta(hours=n // 4)  # four sessions share each start
        sessions.append(
            Session(
                id=f"s{n}",
                title=f"{TITLES[n % len(TITLES)]} {n}",
                start=start,
                end=start + timedelta(minutes=30 + 10 * (n % 2)),
                timezone="Europe/Brussels",
                presenters=(SessionPresenter(presenter_id=f"p{n % 25}"),),
            )
        )
    return Feed(
        format="briefing-feed",
        series=Series(id="conf", title="Conference", timezone="Europe/Brussels"),
        sessions=tuple(sessions),
        presenters=tuple(
            Presenter(
                id=f"p{n}",
                name=["ada", "Bob", "Çelik", "dora_x", "Eve"][n % 5] + f" {n}",
                organization_id="o1" if n % 3 == 0 else None,
            )
            for n in range(25)
        ),
        organizations=(Organization(id="o1", name="City of Toronto"),),
    )


@pytest.fixture
def choices_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "briefing.db") as store:
        store.import_feed("https://example.org/conf.json", _feed())
        yield store


def _paged(read: Callable[[ChoiceQuery], list[Any]], size: int, **where: Any) -> list[Any]:
    rows: list[Any] = []
    while True:
        page = read(ChoiceQuery(limit=size, after=rows[-1][0] if rows else None, **where))
        rows += page
        if len(page) < size:
            return rows


def test_session_pages_give_the_whole_list_once_in_time_order(choices_store: Store) -> None:
    records = sorted(choices_store.sessions(), key=lambda r: (r.start, r.end, r.id))
    whole = [(r.id, r.title, r.start, r.timezone) for r in records]
    assert choices_store.session_choice_page() == whole
    for size in (1, 7, 60, 200):
        assert _paged(choices_store.session_choice_page, size) == whole


@pytest.mark.parametrize(
    "text",
    ["keynote", "KEYNOTE", "100%", "_a", "\\", "% open", "zzz", "ÜNÏCODE", "économie", "STRASSE"],
)
def test_a_session_filter_is_a_literal_substring_in_any_case(
    choices_store: Store, text: str
) -> None:
    """Any case, Unicode's too: SQLite's LIKE folded ASCII only ("ünïcode" missed "Ünïcode")."""
    whole = choices_store.session_choice_page()
    expected = [row for row in whole if text.casefold() in row[1].casefold()]
    if text in ("ÜNÏCODE", "économie", "STRASSE"):
        assert expected
    assert choices_store.session_choice_page(ChoiceQuery(matching=text)) == expected
    assert _paged(choices_store.session_choice_page, 3, matching=text) == expected
    if text == "_a":
        assert [row[1] for row in expected] == [f"Panel_A {n}" for n in range(2, 60, len(TITLES))]


def test_session_ids_kept_or_left_out(choices_store: Store) -> None:
    whole = choices_store.session_choice_page()
    chosen = frozenset({row[0] for row in whole[::3]} | {999_999})  # one no longer in the store
    assert choices_store.session_choice_page(ChoiceQuery(ids=chosen)) == [
        r for r in whole if r[0] in chosen
    ]
    assert choices_store.session_choice_page(ChoiceQuery(ids=frozenset())) == []
    rest = [r for r in whole if r[0] not in chosen]
    assert _paged(choices_store.session_choice_page, 4, excluding=chosen) == rest


def test_presenter_pages_by_name_matching_name_or_organization(choices_store: Store) -> None:
    whole = choices_store.presenter_choice_page()
    assert whole == choices_store.presenter_choices()
    assert len(whole) == 25
    for size in (1, 6, 25):
        assert _paged(choices_store.presenter_choice_page, size) == whole
    toronto = choices_store.presenter_choice_page(ChoiceQuery(matching="toronto"))
    assert toronto == [row for row in whole if row[2] == "City of Toronto"] and toronto
    assert [r[1] for r in choices_store.presenter_choice_page(ChoiceQuery(matching="DORA_"))] == [
        r[1] for r in whole if r[1].startswith("dora_x")
    ]
    kept = frozenset({whole[0][0], whole[5][0]})
    assert choices_store.presenter_choice_page(ChoiceQuery(ids=kept)) == [whole[0], whole[5]]
    assert _paged(choices_store.presenter_choice_page, 5, excluding=kept) == [
        r for r in whole if r[0] not in kept
    ]
