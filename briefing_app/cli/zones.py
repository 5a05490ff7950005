"""How the command line tells a feed's time zone: inferred, chosen by the user, or the feed's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing_app.cli.output import PROG, zone_label_text
from briefing_app.errors import BriefingError, MissingTimezoneError
from briefing_app.util.i18n import Message, fill, localized, translate

if TYPE_CHECKING:
    from briefing_app.store import FeedRecord
    from briefing_app.sync import SyncOutcome


def change_hint(feed_id: int) -> str:
    return translate("cli", "change with: {prog} feeds timezone {id} ZONE").format(
        prog=PROG, id=feed_id
    )


def outcome_zone_note(outcome: SyncOutcome) -> str:
    """ "; time zone Europe/Brussels inferred from the city 'Brussels' (change with: …)", or ""."""
    note = outcome.zone_note()
    return f"; {localized(note)} ({change_hint(outcome.feed_id)})" if note else ""


def outcome_zone_json(outcome: SyncOutcome) -> dict[str, Any] | None:
    if not outcome.zone_inferred:
        return None
    return {"zone": outcome.zone_inferred, "inferred_from": outcome.zone_inferred_from}


def feed_zone_text(record: FeedRecord) -> str:
    """ "time zone Europe/Brussels inferred from the city 'Brussels'", or "" when unknown."""
    if not record.zone:
        return ""
    zone = zone_label_text(record.zone)  # "Toronto (heure de l’Est)" in French
    if record.zone_inferred:
        return fill(
            translate("cli", "time zone {zone} inferred from the city {city!r}"),
            {"zone": zone, "city": record.timezone_inferred_from},
        )
    if record.timezone_source == "user":
        return translate("cli", "time zone {zone}, set by you").format(zone=zone)
    return translate("cli", "time zone {zone}").format(zone=zone)


def feed_zone_json(record: FeedRecord) -> dict[str, Any]:
    return {
        "zone": record.zone,
        "zone_source": record.timezone_source,
        "zone_inferred_from": record.timezone_inferred_from,
    }


def with_zone_hint(error: BriefingError, hint: str) -> BriefingError:
    """*error* with how to give the zone on the command line, when it is missing one."""
    if not isinstance(error, MissingTimezoneError):
        return error
    if error.candidates:  # the example names what the feed's place could mean
        hint = hint.replace("Europe/Brussels", error.candidates[0])
    return MissingTimezoneError(
        Message("cli", "{reason} ({hint})", {"reason": error.reason, "hint": hint}),
        source=error.source,
        path=error.path,
        why=error.why,
        candidates=error.candidates,
    )
