"""A presenter's workspace to show in screenshots (and to try the tab by hand).

Adds, to a store holding the bundled sample series: a case study of one's own
with its fields, links, Markdown notes saved over three days (so History has
revisions to compare), two files and a link; and an edit of a feed's case
study (Lixar) that the feed then changes underneath, so the list shows every
badge. Returns the id of the presenter's own case study.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing_app.store import BUILTIN_SAMPLE_URL, Store
from briefing_app.usecases.startup import load_sample_feed
from briefing_app.workspace import Workspace

NOTES = [
    """# Permit portal pilot

- Paper permits took six weeks
- Ask about the procurement timeline
""",
    """# Permit portal pilot — briefing notes

## Before the session
- Confirm the **demo account** works on the city network
- Ask Lisa about the procurement timeline

## Talking points
1. Paper permits took *six weeks* on average
2. The pilot cut that to **nine days**
""",
    """# Permit portal pilot — briefing notes

## Before the session
- Confirm the **demo account** works on the city network
- Ask Lisa Carroll about the procurement timeline
- Bring the printed results table

## Talking points
1. Paper permits took *six weeks* on average
2. The pilot cut that to **nine days**
3. Next: open the API to architects and contractors

> Start with the smallest permit that still matters.

See the [city's building permits page](https://www.toronto.ca/services-payments/building-construction/).
""",
]


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def add_workspace_demo(store: Store, scratch: Path) -> int:
    ws = Workspace(store)
    sessions = {s.source_id: s.id for s in store.sessions()}
    people = {p.name: p.id for p in store.presenters()}
    case = ws.create(
        "Permit portal pilot",
        organization="City of Toronto, Building Division",
        summary="Residential building permits applied for, paid and tracked online.",
        challenge="Paper applications took six weeks on average and could not be tracked.",
        approach="A twelve-week pilot with one permit type, built with the people who file them.",
        outcome="Median approval time fell to nine days; 83% of applicants chose the portal.",
        tags=["permits", "digital services", "procurement"],
        session_ids=[i for key, i in sessions.items() if "procurement" in key][:2],
        presenter_ids=[people[n] for n in ("Lisa Carroll",) if n in people],
    )
    start = datetime.now(UTC) - timedelta(days=3)
    for day, body in enumerate(NOTES):
        ws.save_note(case.id, body, saved_at=_stamp(start + timedelta(days=day, hours=2 * day)))
    scratch.mkdir(parents=True, exist_ok=True)
    deck = scratch / "Permit portal – briefing deck.pdf"
    deck.write_bytes(b"%PDF-1.7\n" + os.urandom(2_400_000))
    results = scratch / "Pilot results.csv"
    results.write_text(
        "week,applications,online,median_days\n"
        + "".join(f"{w},{40 + w},{20 + 2 * w},{42 - 3 * w}\n" for w in range(1, 13))
    )
    ws.attach_file(case.id, deck)
    ws.attach_file(case.id, results)
    ws.attach_link(
        case.id, "https://example.org/briefings/kick-off-recording", name="Kick-off recording"
    )

    lixar = next((c for c in ws.case_studies() if c.source_id == "cs-lixar"), None)
    if lixar is not None:
        ws.update(
            lixar.id,
            summary="How Lixar moved the city's field inspections to tablets, in my words.",
        )
        ws.save_note(lixar.id, "Ask Lixar how long the tablet roll-out took.")
        feed = load_sample_feed()
        changed = tuple(
            dataclasses.replace(
                c,
                challenge="Inspectors re-typed paper forms at the office.",
                # The changed challenge in English only (the old French would show instead).
                translations=tuple(t for t in c.translations if t.field != "challenge"),
            )
            if c.id == "cs-lixar"
            else c
            for c in feed.case_studies
        )
        store.import_feed(BUILTIN_SAMPLE_URL, dataclasses.replace(feed, case_studies=changed))
    return case.id
