"""Full-text search: ranked, across sessions, presenters, case studies and notes; never raises."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.store import Store
from briefing_app.store.fts import build_match_query

HOSTILE = [
    '"',
    '""',
    "*",
    "-",
    ":",
    "a:b",
    "title:procurement",
    "NEAR(a b)",
    "AND",
    "OR NOT",
    '"unterminated',
    "procurement*",
    "-procurement",
    "(",
    ")",
    "^",
    "{a b}",
    "'; DROP TABLE sessions; --",
    "\x00",
    "😀",
    "   ",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_do_not_raise(sample_store: Store, query: str) -> None:
    results = sample_store.search_sessions(query)
    assert isinstance(results, list)
    assert sample_store.session_count() == 5  # and nothing was dropped


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(query: str) -> None:
    from briefing_app.usecases.startup import open_store

    with open_store() as store:
        store.search_sessions(query)
        store.presenters(search=query)


def test_query_building() -> None:
    assert build_match_query("procurement innov") == '"procurement" "innov"*'
    assert build_match_query("procurement ") == '"procurement"'
    assert build_match_query('"expert discussion" goo') == '"expert discussion" "goo"*'
    # A last word past its stem also asks for the stems it may be heading for.
    assert build_match_query("public procurem", broad=True).startswith(
        '"public" AND ("procurem"* OR '
    )
    assert '"procur"' in (build_match_query("procuremen", broad=True) or "")
    assert build_match_query('*-:"') is None


def test_procurement_finds_the_june_discussion(sample_store: Store) -> None:
    results = sample_store.search_sessions("procurement")
    titles = [r.title for r in results]
    assert "Procurement Innovation Expert Discussion" in titles
    assert "Procurement Improvement & Innovation Working Group" in titles
    assert all("Procurement" in t or "procurement" in t.lower() for t in titles)
    # Ranked: bm25 scores ascend (more negative is better).
    scores = [r.score for r in results]
    assert scores == sorted(scores)


def test_search_reaches_presenters_case_studies_and_stems(sample_store: Store) -> None:
    # A presenter's name finds their sessions.
    assert {r.title for r in sample_store.search_sessions("Carroll")} == {
        "Procurement Improvement & Innovation Working Group",
        "Procurement Innovation Expert Discussion",
    }
    # A case study's organization text finds the kick-off.
    assert [r.title for r in sample_store.search_sessions("TELUS case study")] == [
        "Re-Imagine the City of Toronto: Virtual Kick-off"
    ]
    # Porter stemming: a plural finds the singular.
    assert "Procurement Innovation Expert Discussion" in [
        r.title for r in sample_store.search_sessions("discussions ")
    ]
    # Diacritics are folded both ways.
    planning = sample_store.find_session("fall-winter-planning-2020-07").id
    sample_store.set_note(planning, "Réunion au café")
    assert [r.id for r in sample_store.search_sessions("cafe reunion")] == [planning]
    assert [r.id for r in sample_store.search_sessions("CAFÉ")] == [planning]


def test_personal_notes_are_searchable_and_kept_in_sync(sample_store: Store) -> None:
    planning = sample_store.find_session("fall-winter-planning-2020-07").id
    assert sample_store.search_sessions("zanzibar") == []
    sample_store.set_note(planning, "Ask about Zanzibar pilot")
    assert [r.id for r in sample_store.search_sessions("zanzibar")] == [planning]
    sample_store.set_note(planning, "Ask about the Oslo pilot")
    assert sample_store.search_sessions("zanzibar") == []
    assert [r.id for r in sample_store.search_sessions("oslo")] == [planning]
    sample_store.set_note(planning, "")
    assert sample_store.search_sessions("oslo") == []


def test_presenter_search(sample_store: Store) -> None:
    assert [p.name for p in sample_store.presenters(search="chief")] == [
        "Heather Taylor",
        "Lawrence Eta",
    ]


#: Words whose stems their typed starts do not begin with (``procurement`` is indexed as
#: ``procur``, ``containerization`` as ``contain``, ``capability`` as ``capabl``), in
#: English and French, accented or not.
TYPED_WORDS = (
    "procurement",
    "innovation",
    "containerization",
    "capability",
    "deployment",
    "embedded",
    "controlling",
    "hoping",
    "preparedness",
    "willingness",
    "educational",
    "développement",
    "conférences",
    "réglementation",
    "Domínguez",
)


def test_every_start_of_a_word_finds_its_session(sample_store: Store) -> None:
    """Search as you type: from its third letter to its last, a word being typed keeps
    finding the session it is in (the stemmed prefix alone matched nothing between
    ``procure`` and ``procurement``)."""
    planning = sample_store.find_session("fall-winter-planning-2020-07").id
    sample_store.set_note(planning, " ".join(TYPED_WORDS))
    for word in TYPED_WORDS:
        for end in range(3, len(word) + 1):
            found = {r.id for r in sample_store.search_sessions(word[:end], limit=1000)}
            assert planning in found, word[:end]
    # The sample's own titles, word by word (more than one session may match).
    for session in sample_store.sessions():
        for word in re.findall(r"[^\W\d_]{3,}", session.title):
            for end in range(3, len(word) + 1):
                found = {r.id for r in sample_store.search_sessions(word[:end], limit=1000)}
                assert session.id in found, word[:end]


def test_a_typed_start_asks_for_more_only_when_nothing_matches(sample_store: Store) -> None:
    from briefing_app.store.query import match_query

    db = sample_store.db.conn
    # Found as typed: the query stays the narrow one.
    assert match_query(db, "procure") == build_match_query("procure")
    assert match_query(db, "procurem") == build_match_query("procurem", broad=True)
    # "capabi" is looked up as "capabi", the index holds "capabl": a stem it may be
    # heading for finds it.
    planning = sample_store.find_session("fall-winter-planning-2020-07").id
    assert [r.id for r in sample_store.search_sessions("capabi")] == []
    sample_store.set_note(planning, "Capability review, doing it")
    assert [r.id for r in sample_store.search_sessions("capabi")] == [planning]
    # "doin" (of "doing", indexed as "do"): the broad query, which finds it.
    assert build_match_query("doin") == '"doin"*'
    assert match_query(db, "doin") == build_match_query("doin", broad=True)
    assert [r.id for r in sample_store.search_sessions("doin")] == [planning]
    # A word in no session still finds nothing (the list says "No sessions match").
    assert sample_store.search_sessions("zanzibarx") == []
