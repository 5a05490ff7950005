"""A plain conference feed of numbered talks and people, for tests that need many rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefing_app.feeds.model import Feed, Presenter, Series, Session, SessionPresenter


def talks_feed(sessions: int, presenters: int) -> Feed:
    """ "Talk 0" ... one every half hour from 1 March 2026, 09:00 UTC (Brussels time), each
    given by one of "Person 00" ... (talk *n* by person *n* modulo *presenters*)."""
    base = datetime(2026, 3, 1, 9, tzinfo=UTC)
    return Feed(
        format="briefing-feed",
        series=Series(id="conf", title="Conference", timezone="Europe/Brussels"),
        sessions=tuple(
            Session(
                id=f"s{n}",
                title=f"Talk {n}",
                start=base + timedelta(minutes=30 * n),
                end=base + timedelta(minutes=30 * n + 25),
                timezone="Europe/Brussels",
                presenters=(SessionPresenter(presenter_id=f"p{n % presenters}"),),
            )
            for n in range(sessions)
        ),
        presenters=tuple(Presenter(id=f"p{n}", name=f"Person {n:02d}") for n in range(presenters)),
    )
