"""The detail pane's Markdown: facts escaped, the event's time and the user's."""

from __future__ import annotations

from briefing_app.store import Store
from briefing_app.ui.sessions.detail_markdown import md_escape, session_markdown


def test_user_zone_shown_when_it_differs(sample_store: Store) -> None:
    detail = sample_store.session_detail(
        sample_store.find_session("setting-the-stage-2020-05-11").id
    )
    text = session_markdown(detail, user_zone="Europe/Berlin")
    assert "**When:** Mon 11 May 2020 13:00–14:30 EDT (America/Toronto)" in text
    assert "**Your time:** Mon 11 May 2020 19:00–20:30 CEST (Europe/Berlin)" in text
    same = session_markdown(detail, user_zone="America/Toronto")
    assert "Your time" not in same
    utc = session_markdown(detail, user_zone="UTC")  # the zone is not named twice
    assert "**Your time:** Mon 11 May 2020 17:00–18:30 UTC\n" in utc
    assert "UTC (UTC)" not in utc


def test_titles_are_escaped_but_descriptions_render(sample_store: Store) -> None:
    assert md_escape("*bold* [link](x)") == r"\*bold\* \[link\]\(x\)"
    detail = sample_store.session_detail(1)
    text = session_markdown(detail, user_zone="UTC")
    assert "- Technology case studies from **Lixar**" in text  # feed Markdown kept
    assert "### Case studies" in text and "Lixar: technology case study" in text
