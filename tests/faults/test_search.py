"""Fault matrix, search: whatever a person types, a search answers or says why it cannot.

FTS5 has its own syntax (``"``, ``*``, ``NEAR(``, ``AND``/``OR``/``NOT``, ``-``, ``:``,
``^``, column filters); the search turns what is typed into quoted words that must
all match (:func:`briefing_app.store.build_match_query`: ``NEAR``, ``AND``, ``title``
are words like any other), so none of it can raise. Text with no word left
(``!!!``, ``"``, ``*``) selects nothing, as documented: the Store API finds nothing,
the window says "No sessions match" (not the upcoming list's fallback to recent
sessions), and the command line says ``--search needs some words`` (exit 2; before
issue 13 it said "No sessions match." with exit 0, hiding why).
Most of these held before issue 13 and stay as regression cases.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from support.work import python_calls, sqlite_steps

from briefing_app.cli.main import main
from briefing_app.store import SessionQuery, Store, build_match_query
from briefing_app.workspace import Workspace

#: Queries with a word in them: they search (and must not raise); True: they find the sample's
#: procurement sessions (every word of them is in those).
WORDY = {
    "near": ("NEAR(procurement innovation)", False),  # NEAR is a word: no session has it
    "near-open": ("NEAR(", False),
    "and-or": ("procurement AND OR innovation", False),
    "not": ("procurement NOT innovation", False),
    "minus": ("-procurement", True),
    "column-filter": ("title:procurement", False),
    "caret": ("^procurement", True),
    "star": ("procur*", True),
    "prefix": ("procur", True),
    "unterminated-quote": ('"procurement', True),
    "phrase": ('"procurement innovation"', False),
    "quote-inside": ('procure"ment', False),
    "braces": ("{title summary}: procurement", False),
    "nul": ("procurement\x00innovation", True),
    "surrogate": ("procurement \udcff", True),
    "lone-surrogate": ("\ud800procurement", True),
    "long-word": ("x" * 10_000, False),
    "10k-chars": ("procurement innovation " * 435, True),
    "5000-terms": ("a " * 5000, True),  # the working group says "à" in French (issue 17)
    "emoji": ("😀 procurement", True),
    "sql": ("'; DROP TABLE sessions; --", False),
}
#: Queries with no word in them: no search.
WORDLESS = {
    "quote": '"',
    "star-only": "*",
    "parens": "()",
    "minus-only": "-",
    "colon": ":",
    "caret-only": "^",
    "punctuation": "!!!",
    "dots": "...",
    "dash": "—",
    "nul-only": "\x00",
    "surrogate-only": "\udcff",
    "empty-quotes": '""',
}


@pytest.fixture
def store(sample_store: Store) -> Store:
    """The sample, with a note and a case study, so that every index has something."""
    sample_store.set_note(1, "Ask about procurement reform")
    Workspace(sample_store).create("Procurement portal", summary="innovation in procurement")
    return sample_store


@pytest.mark.parametrize(("query", "finds"), list(WORDY.values()), ids=list(WORDY))
def test_store_search_with_fts_syntax(store: Store, query: str, finds: bool) -> None:
    def searches() -> tuple[Any, ...]:
        return (
            store.search_sessions(query),
            store.presenters(search=query),
            store.search_case_studies(query),
            store.list_sessions(SessionQuery(text=query)),
        )

    # Work in proportion to what was typed, counted (not timed: the machine is shared):
    # SQLite steps of 1,000 instructions (~0.5 a character for 5,000 one-letter terms, the
    # worst) and Python calls (~5 a character), whatever the text.
    with sqlite_steps(store.db.conn) as steps:
        (sessions, people, cases, listed), calls = python_calls(searches)
    assert steps[0] <= 50 + 0.75 * len(query), f"{steps[0]} thousand SQLite steps"
    assert calls <= 1_000 + 8 * len(query), f"{calls} calls"
    assert isinstance(people, list) and isinstance(cases, list)
    titles = {s.title for s in sessions}
    assert {e.id for e in listed.entries} == {s.id for s in sessions}  # the window's list too
    if finds:
        assert "Procurement Improvement & Innovation Working Group" in titles
    else:
        assert "Procurement Improvement & Innovation Working Group" not in titles


@pytest.mark.parametrize("query", list(WORDLESS.values()), ids=list(WORDLESS))
def test_store_search_without_words_finds_nothing(store: Store, query: str) -> None:
    assert build_match_query(query) is None
    assert store.search_sessions(query) == []
    assert store.presenters(search=query) == []
    assert store.search_case_studies(query) == []
    assert Workspace(store).case_studies(search=query) == []


@pytest.mark.parametrize("query", list(WORDLESS.values()), ids=list(WORDLESS))
def test_list_without_words_selects_nothing(store: Store, query: str) -> None:
    """Documented: a search text with no words selects nothing, upcoming or not.

    (The upcoming list falls back to the most recent sessions when nothing is left;
    it must not for ``!!!``, or the box would list sessions as if they matched.)
    """
    assert not SessionQuery(text=query).searching
    for cut in (None, datetime.now(UTC)):
        result = store.list_sessions(SessionQuery(text=query, ending_after=cut))
        assert result.entries == []
        assert result.fallback is None


def searches(query: str) -> list[list[str]]:
    """The commands that search, with *query* (``--search=Q``: ``-x`` stays a value)."""
    return [
        ["sessions", f"--search={query}"],
        ["presenters", f"--search={query}"],
        ["case-studies", "list", f"--search={query}"],
    ]


@pytest.mark.parametrize(("query", "finds"), list(WORDY.values()), ids=list(WORDY))
def test_cli_search_with_fts_syntax(
    store: Store, capsys: pytest.CaptureFixture[str], query: str, finds: bool
) -> None:
    for argv in searches(query):
        code = main(argv, setup_logs=False)
        _out, err = capsys.readouterr()
        assert "internal error" not in err
        if any(0xD800 <= ord(c) <= 0xDFFF for c in query):
            assert code == 2 and "is not valid UTF-8 text" in err  # the arguments' rule first
        else:
            assert code == 0, err
            assert ("Working Group" in _out) == (finds and argv[0] == "sessions")


@pytest.mark.parametrize(
    "query",
    [q for q in WORDLESS.values() if q != "\udcff"],
    ids=[k for k, q in WORDLESS.items() if q != "\udcff"],
)
def test_cli_search_without_words_says_so(
    store: Store, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    for argv in searches(query):
        code = main(argv, setup_logs=False)
        out, err = capsys.readouterr()
        assert code == 2, (argv, err)
        assert "--search needs some words to look for" in err
        assert out == ""


def test_cli_search_without_words_in_json_is_a_usage_error_too(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script gets exit 2, not an empty list it would take for "no match"."""
    assert main(["sessions", "--search", "!!!", "--json"], setup_logs=False) == 2
    assert capsys.readouterr().out == ""


def test_cli_search_finds_through_the_syntax(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sessions", "--search", '"procurement innovation'], setup_logs=False) == 0
    quoted = capsys.readouterr().out
    assert main(["sessions", "--search", "procurement innovation"], setup_logs=False) == 0
    assert capsys.readouterr().out == quoted != ""


def test_cli_search_of_10k_characters_is_quick(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    # Counted, not timed (the machine is shared): ~320 thousand SQLite steps of 1,000
    # instructions and ~30,000 Python calls, store opening included; a query or a pass
    # over the store per word would be many times that.
    with sqlite_steps() as steps:
        code, calls = python_calls(
            lambda: main(["sessions", "--search", "procurement " * 900], setup_logs=False)
        )
    assert code == 0
    assert steps[0] < 1_000, f"{steps[0]} thousand SQLite steps"
    assert calls < 60_000, f"{calls} calls"
    assert "Procurement" in capsys.readouterr().out


@pytest.mark.parametrize("query", ["!!!", '"', "*"])
def test_window_says_a_wordless_search_matches_nothing(
    qtbot, sample_store: Store, query: str
) -> None:
    """The sample is all past: the upcoming list's fallback must not dress it as a match."""
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.search.setText(query)
    window.refresh()
    qtbot.waitUntil(lambda: "No sessions match" in window.notice.text(), timeout=3000)
    assert window.visible_titles() == []
    window.search.setText("procurement")
    window.refresh()
    qtbot.waitUntil(lambda: len(window.visible_titles()) == 2, timeout=3000)
