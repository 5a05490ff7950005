"""Read-only views of stored rows, as the front ends use them: the records (dataclasses).

Imported through :mod:`.records` on first use: defining these classes is most of what
opening the store costs a command that lists no record of them (``sessions``, ``settings``).
Here are the records of a list (a feed, a session, its presenters); those of a session's
detail, presenters, case studies, changes and exports are :mod:`.record_details`', which
the window's first paint (its list, no detail yet) does not load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from briefing_app.util.multilingual import Picked, fallback_tag, pick_stored


@dataclass(frozen=True, slots=True)
class FeedRecord:
    id: int
    url: str
    title: str
    format: str
    builtin: bool
    added_at: str
    last_success_at: str | None = None
    last_error: str | None = None
    timezone: str | None = None
    title_locked: bool = False
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    last_attempt_at: str | None = None
    #: Where the zone of what was last applied came from: "feed", "user", "inferred".
    timezone_source: str | None = None
    #: The place the zone was inferred from ("Brussels"), when it was.
    timezone_inferred_from: str | None = None
    #: The zone of the feed's series as last applied (None before the first sync).
    series_timezone: str | None = None
    #: The series' language maps (JSON, "" when none): :meth:`shown_name` reads its title.
    series_translations: str = ""

    @property
    def name(self) -> str:
        return self.title or self.url

    def shown_name(self, preference: Sequence[str]) -> Picked:
        """:attr:`name` in the first language of *preference* the series' title has.

        The feed is named after its series' title; a name the user gave it stays theirs.
        """
        if self.title_locked or not self.title:
            return Picked(self.name)
        return pick_stored(self.series_translations, "title", self.title, preference)

    @property
    def zone(self) -> str | None:
        """The zone the feed's times are read in: the user's choice, else the applied one."""
        if self.timezone_source == "user" and self.timezone:
            return self.timezone
        return self.series_timezone or self.timezone

    @property
    def zone_inferred(self) -> bool:
        return self.timezone_source == "inferred"


@dataclass(frozen=True, slots=True)
class PresenterRef:
    """A presenter as listed on a session, with the role they play there."""

    id: int
    name: str
    role: str
    title: str = ""
    organization: str = ""
    #: The presenter's and the organization's language maps (JSON, "" when none).
    translations: str = ""
    organization_translations: str = ""

    def shown(self, name: str, preference: Sequence[str]) -> Picked:
        """The presenter's ``title`` or the ``organization``'s name, in the user's language."""
        if name == "organization":
            return pick_stored(
                self.organization_translations, "name", self.organization, preference
            )
        return pick_stored(self.translations, name, str(getattr(self, name)), preference)


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One row of a session list."""

    id: int
    feed_id: int
    source_id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    kind: str
    track: str
    format: str
    status: str
    location: str
    join_url: str
    series_title: str
    presenter_names: tuple[str, ...]
    favourite: bool
    removed: bool
    subtitle: str = ""
    summary: str = ""
    tags: tuple[str, ...] = ()
    score: float | None = None
    #: The fields the feed gives in several languages, as stored (JSON; "" when none):
    #: :meth:`shown` picks what to show.
    translations: str = ""
    #: (field, language tag) of each text :meth:`in_language` showed in another language
    #: than the user's: front ends mark them. Empty in a record as stored.
    fallbacks: tuple[tuple[str, str], ...] = ()

    @property
    def is_cancelled(self) -> bool:
        return self.status == "cancelled" or self.removed

    def shown(self, name: str, preference: Sequence[str]) -> Picked:
        """Field *name* (``title``, ``summary`` ...) in the first language of *preference*."""
        return pick_stored(self.translations, name, str(getattr(self, name)), preference)

    def in_language(self, preference: Sequence[str]) -> SessionRecord:
        """This record with its title, subtitle and summary in the first language of
        *preference* the feed gives (``util.multilingual.pick``), the fallbacks noted.

        The same record when the feed gives no field in several languages. The track
        stays the feed's (filters and groups name it so).
        """
        if not self.translations or not preference:
            return self
        changes, fallbacks = _picked_fields(self.shown, _LOCALIZED_FIELDS, preference)
        return replace(self, **changes, fallbacks=fallbacks)

    def fallback_language(self, name: str) -> str:
        """The tag field *name* is shown in when not in the user's language, else ""."""
        return fallback_tag(self.fallbacks, name)

    def listed_in(self, preference: Sequence[str]) -> SessionRecord:
        """:meth:`in_language`, the track too: for a list that neither groups nor filters
        by track (a presenter's or an organization's sessions)."""
        shown = self.in_language(preference)
        track = self.shown("track", preference).text
        return shown if track == shown.track else replace(shown, track=track)


def _picked_fields(
    shown: Callable[[str, Sequence[str]], Picked], names: Sequence[str], preference: Sequence[str]
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...]]:
    """The texts *shown* picks for *names* (field -> text), and the (field, tag) fallbacks."""
    picked = {name: shown(name, preference) for name in names}
    fallbacks = tuple((name, p.language) for name, p in picked.items() if p.fallback)
    return {name: p.text for name, p in picked.items()}, fallbacks


#: The fields of a session record :meth:`SessionRecord.in_language` puts in the user's language.
_LOCALIZED_FIELDS = ("title", "subtitle", "summary")
