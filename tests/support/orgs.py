"""A small feed with organizations (one with a logo), rooms and tracks, at chosen times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefing_app.feeds.model import (
    CaseStudy,
    Feed,
    Organization,
    OrganizationKind,
    Presenter,
    Series,
    Session,
    SessionPresenter,
)

#: The day the feed's sessions are on (UTC), 09:00 the first start.
DAY = datetime(2026, 3, 10, 9, tzinfo=UTC)


def orgs_feed(logo_url: str = "http://127.0.0.1:9/logo.png") -> Feed:
    """Six sessions of an hour from 09:00 UTC, two rooms, two tracks, three organizations.

    ``city`` (government) presents s0; ``acme`` (sponsor, member) sponsors s1 and has the
    case study about s2; ``quiet`` has nothing. Rooms alternate A, B; tracks Data, Web by pair.
    """
    sessions = []
    for n in range(6):
        start = DAY + timedelta(hours=n)
        sessions.append(
            Session(
                id=f"s{n}",
                title=f"Talk {n}",
                start=start,
                end=start + timedelta(minutes=50),
                timezone="Europe/Brussels",
                location="Room A" if n % 2 == 0 else "Room B",
                track="Data" if n < 2 else "Web" if n < 4 else "",
                join_url=f"https://meet.example.org/{n}",
                presenters=(SessionPresenter("p-city"),) if n == 0 else (),
                sponsor_ids=("acme",) if n == 1 else (),
            )
        )
    return Feed(
        format="briefing-feed",
        series=Series(
            id="conf", title="Conference", timezone="Europe/Brussels", sponsor_ids=("acme",)
        ),
        sessions=tuple(sessions),
        organizations=(
            Organization(
                "acme",
                "Acme Corp",
                kinds=(OrganizationKind.SPONSOR, OrganizationKind.MEMBER),
                url="https://acme.example.org/",
                description="Makes everything.",
                logo_url=logo_url,
            ),
            Organization("city", "City of Springfield", kinds=(OrganizationKind.GOVERNMENT,)),
            Organization("quiet", "Quiet Ltd"),
        ),
        presenters=(Presenter("p-city", "Mayor Quimby", title="Mayor", organization_id="city"),),
        case_studies=(
            CaseStudy("cs1", "Acme's rollout", organization_id="acme", session_ids=("s2",)),
        ),
        rooms=("Room A", "Room B"),
    )
