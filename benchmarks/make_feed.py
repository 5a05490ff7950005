"""Write a synthetic but realistic briefing feed for benchmarks and tests.

    python benchmarks/make_feed.py --sessions 10000 -o /tmp/feed-10k.json

Sessions spread over weekdays across DST changes in several zones, with
presenters (shared between sessions, several roles), organizations, case
studies, Markdown descriptions and non-ASCII text in several scripts. The
same ``--seed`` always gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ZONES = (
    "America/Toronto",
    "America/Toronto",
    "America/Vancouver",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Australia/Brisbane",
)
KINDS = ("briefing", "panel", "working group", "planning session", "workshop", "talk")
FORMATS = ("virtual", "virtual", "hybrid", "in-person")
ROLES = ("presenter", "presenter", "moderator", "panelist", "host")
TRACKS = ("Procurement", "Digital services", "Data & privacy", "Cloud", "Cybersecurity", "AI")
WORDS = [
    "procurement",
    "innovation",
    "cloud",
    "migration",
    "digital",
    "identity",
    "open",
    "data",
    "privacy",
    "cybersecurity",
    "resilience",
    "service",
    "design",
    "accessibility",
    "analytics",
    "platform",
    "modernization",
    "partnership",
    "municipal",
    "provincial",
    "federal",
    "citizen",
    "experience",
    "interoperability",
    "transit",
    "housing",
    "permits",
    "licensing",
    "payments",
    "infrastructure",
]
ACCENTED = ("Montréal", "Québec", "Zürich", "São Paulo", "München", "Kraków", "Ōsaka")
NAMES_FIRST = (
    "Amélie",
    "Bjørn",
    "Chloé",
    "Dương",
    "Émile",
    "Ingrid",
    "José",
    "Kofi",
    "Łukasz",
    "Mei",
    "Nadia",
    "Olumide",
    "Priya",
    "Søren",
    "Zoë",
    "Ana",
    "Raj",
    "Yuki",
)
NAMES_LAST = (
    "Tremblay",
    "Gagnon",
    "Nguyễn",
    "Müller",
    "Kowalski",
    "Okafor",
    "Sharma",
    "Lindqvist",
    "García",
    "Côté",
    "Tanaka",
    "Haddad",
    "Ó Briain",
    "Ivanova",
)
SCRIPTS = ("数字政府", "Цифровое правительство", "حكومة رقمية", "डिजिटल सरकार", "デジタル庁")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def make_feed(sessions: int, seed: int = 1) -> dict[str, Any]:
    """Return a briefing feed (as a JSON-ready dict) with *sessions* sessions."""
    rng = random.Random(seed)
    n_orgs = max(4, sessions // 50)
    n_people = max(5, sessions // 4)
    n_cases = max(2, sessions // 10)
    organizations = [
        {
            "id": f"org-{i}",
            "name": f"{rng.choice(ACCENTED)} {_sentence(rng, 2)} Inc. {i}",
            "kinds": [rng.choice(["member", "sponsor", "government", "partner"])],
            "url": f"https://org{i}.example.org/",
            "description": _sentence(rng, 12) + ".",
        }
        for i in range(n_orgs)
    ]
    presenters = [
        {
            "id": f"p-{i}",
            "name": f"{rng.choice(NAMES_FIRST)} {rng.choice(NAMES_LAST)} {i}",
            "title": _sentence(rng, 3),
            "organization": f"org-{rng.randrange(n_orgs)}",
            "bio": f"{_sentence(rng, 25)}. *{rng.choice(SCRIPTS)}*\n\n{_sentence(rng, 15)}.",
            "photo_url": f"https://photos.example.org/{i}.jpg",
            "links": [{"url": f"https://people.example.org/{i}", "title": "Profile"}],
        }
        for i in range(n_people)
    ]
    base = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)
    items = []
    for i in range(sessions):
        zone = ZoneInfo(rng.choice(ZONES))
        day = base + timedelta(days=(i * 3) // 4 % 700)
        local = day.astimezone(zone).replace(hour=rng.choice((9, 10, 13, 14, 15)), minute=0)
        local = local.replace(minute=rng.choice((0, 30)))
        start = local
        end = start + timedelta(minutes=rng.choice((30, 45, 60, 90, 120)))
        people = rng.sample(range(n_people), k=rng.randint(0, 4))
        items.append(
            {
                "id": f"s-{i}",
                "title": f"{_sentence(rng, rng.randint(3, 8))} ({rng.choice(ACCENTED)})",
                "subtitle": _sentence(rng, 5),
                "summary": _sentence(rng, 30) + ".",
                "description": f"## {_sentence(rng, 3)}\n\n{_sentence(rng, 60)}.\n\n"
                f"- {_sentence(rng, 6)}\n- {_sentence(rng, 6)}\n\n{rng.choice(SCRIPTS)}",
                "start": start.isoformat(),
                "end": end.isoformat(),
                "timezone": zone.key,
                "kind": rng.choice(KINDS),
                "track": rng.choice(TRACKS),
                "tags": sorted(set(rng.sample(WORDS, k=3))),
                "format": rng.choice(FORMATS),
                "join_url": f"https://meet.example.org/s/{i}",
                "location": f"Room {rng.randint(1, 40)}" if rng.random() < 0.4 else "",
                "registration_url": f"https://events.example.org/s/{i}",
                "status": rng.choices(
                    ["scheduled", "tentative", "postponed", "cancelled"], [90, 5, 2, 3]
                )[0],
                "presenters": [
                    {"id": f"p-{p}", "role": ROLES[k % len(ROLES)]} for k, p in enumerate(people)
                ],
                "sponsors": [f"org-{rng.randrange(n_orgs)}"] if rng.random() < 0.2 else [],
                "updated": (start - timedelta(days=30)).isoformat(),
            }
        )
    case_studies = []
    for i in range(n_cases):
        linked = sorted({rng.randrange(sessions) for _ in range(rng.randint(1, 3))})
        case_studies.append(
            {
                "id": f"cs-{i}",
                "title": f"Case study: {_sentence(rng, 4)}",
                "organization": f"org-{rng.randrange(n_orgs)}",
                "presenters": sorted({f"p-{rng.randrange(n_people)}" for _ in range(2)}),
                "sessions": [f"s-{s}" for s in linked],
                "summary": _sentence(rng, 20) + ".",
                "challenge": _sentence(rng, 30) + ".",
                "approach": _sentence(rng, 30) + ".",
                "outcome": _sentence(rng, 30) + ".",
                "tags": sorted(set(rng.sample(WORDS, k=2))),
                "materials": [
                    {
                        "url": f"https://files.example.org/cs-{i}.pdf",
                        "title": "Slides",
                        "type": "pdf",
                    }
                ],
            }
        )
    return {
        "format": "briefing-feed",
        "version": 1,
        "updated": "2026-01-01T00:00:00Z",
        "series": {
            "id": f"synthetic-{sessions}",
            "title": f"Synthetic briefing series ({sessions} sessions)",
            "timezone": "America/Toronto",
            "organizers": ["org-0"],
            "sponsors": ["org-1"],
        },
        "organizations": organizations,
        "presenters": presenters,
        "sessions": items,
        "case_studies": case_studies,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=1000, help="number of sessions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    text = json.dumps(make_feed(args.sessions, args.seed), ensure_ascii=False, indent=1)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
