"""The records of what a list does not show: a session's detail, its materials and note
versions, presenters, case studies, a sync's changes, an export's rows (dataclasses).

Imported through :mod:`.records` on first use, like :mod:`.record_types` (the records of
a list): the window's first paint lists sessions and defines none of these (13 frozen
dataclasses, ~9 ms).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from briefing_app.store.record_types import PresenterRef, SessionRecord, _picked_fields
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted, joined
from briefing_app.util.multilingual import Picked, fallback_tag, pick_stored


@dataclass(frozen=True, slots=True)
class OrganizationRef:
    id: int
    name: str
    kinds: tuple[str, ...] = ()
    url: str = ""
    translations: str = ""

    def shown(self, name: str, preference: Sequence[str]) -> Picked:
        return pick_stored(self.translations, name, str(getattr(self, name)), preference)


@dataclass(frozen=True, slots=True)
class CaseStudyRef:
    id: int
    title: str
    organization: str = ""
    summary: str = ""
    #: The case study's language maps ("" when none, or when the presenter edited it).
    translations: str = ""

    def shown(self, name: str, preference: Sequence[str]) -> Picked:
        return pick_stored(self.translations, name, str(getattr(self, name)), preference)


@dataclass(frozen=True, slots=True)
class LinkRecord:
    url: str
    title: str = ""
    kind: str = ""


@dataclass(frozen=True, slots=True)
class MaterialRecord:
    """One stored material of a session (slides, a recording, a pre-read, a link).

    Attributes:
        id: The row's id: it stays while a sync finds the same URL in the session,
            so what is kept of it (an offline copy) can refer to it.
        session_id: The session it belongs to.
        position: Its place in the session's list (feed order, from 0).
        kind: One of ``feeds.model.MaterialKind``'s values ("slides", "recording", ...).
        title: As the feed gives it ("" when none).
        url: As the feed wrote it; :func:`briefing_app.util.links.safe_link` decides
            whether it may be opened.
        size: Bytes when the feed says, else ``None``.
        checksum: SHA-256 (lowercase hex) when the feed says, else "".
        language: A language tag when the feed says, else "".
        kept_sha256: The SHA-256 of the copy kept offline in the materials folder,
            "" when none is kept (filled by the offline store when there is one).
    """

    id: int
    session_id: int
    position: int
    kind: str
    title: str
    url: str
    size: int | None = None
    checksum: str = ""
    language: str = ""
    kept_sha256: str = ""
    #: Its title's language maps (JSON, "" when none).
    translations: str = ""
    #: The tag its title is shown in when :meth:`in_language` fell back ("" otherwise).
    title_fallback: str = ""

    def in_language(self, preference: Sequence[str]) -> MaterialRecord:
        """This material with its title in the first language of *preference* it has."""
        if not self.translations or not preference:
            return self
        picked = pick_stored(self.translations, "title", self.title, preference)
        return replace(
            self, title=picked.text, title_fallback=picked.language if picked.fallback else ""
        )

    @property
    def label(self) -> str:
        """Its title, else its URL: what a list shows."""
        return self.title or self.url


@dataclass(frozen=True, slots=True)
class SessionDetail:
    """Everything the detail pane and ``briefing-app show`` display."""

    session: SessionRecord
    description: str
    registration_url: str
    url: str
    language: str
    links: tuple[LinkRecord, ...]
    updated: datetime | None
    sequence: int
    presenters: tuple[PresenterRef, ...]
    sponsors: tuple[OrganizationRef, ...]
    case_studies: tuple[CaseStudyRef, ...]
    note: str
    feed_url: str
    series_description: str = ""
    #: Where to give feedback once the session has ended ("" when the feed gives none).
    feedback_url: str = ""
    #: The series' language maps (JSON, "" when none).
    series_translations: str = ""
    #: What :meth:`in_language` showed in another language than the user's: a key
    #: (``title``, ``subtitle``, ``summary``, ``description``, ``series``, ``track``,
    #: ``presenter:ID``, ``case_study:ID``, ``sponsor:ID``) -> the tag shown.
    fallbacks: dict[str, str] = field(default_factory=dict)

    def in_language(self, preference: Sequence[str]) -> SessionDetail:
        """This detail with every text the feed gives in several languages in the first of
        *preference* it has; what fell back to another language is in :attr:`fallbacks`."""
        if not preference:
            return self
        marks: dict[str, str] = {}
        session = self.session.in_language(preference)
        marks.update(session.fallbacks)
        changes: dict[str, Any] = {}
        description = self.shown("description", preference)
        track = session.shown("track", preference)
        series = pick_stored(
            self.series_translations, "title", self.session.series_title, preference
        )
        for key, picked in (("description", description), ("track", track), ("series", series)):
            if picked.fallback:
                marks[key] = picked.language
        session = replace(session, track=track.text, series_title=series.text)
        changes["description"] = description.text
        changes["series_description"] = self.shown("series_description", preference).text
        presenters = []
        for ref in self.presenters:
            title = ref.shown("title", preference)
            org = ref.shown("organization", preference)
            if title.fallback or org.fallback:
                marks[f"presenter:{ref.id}"] = title.language if title.fallback else org.language
            presenters.append(replace(ref, title=title.text, organization=org.text))
        cases = []
        for case in self.case_studies:
            title = case.shown("title", preference)
            summary = case.shown("summary", preference)
            if title.fallback:
                marks[f"case_study:{case.id}"] = title.language
            cases.append(replace(case, title=title.text, summary=summary.text))
        sponsors = []
        for org_ref in self.sponsors:
            name = org_ref.shown("name", preference)
            if name.fallback:
                marks[f"sponsor:{org_ref.id}"] = name.language
            sponsors.append(replace(org_ref, name=name.text))
        return replace(
            self,
            session=session,
            presenters=tuple(presenters),
            case_studies=tuple(cases),
            sponsors=tuple(sponsors),
            fallbacks=marks,
            **changes,
        )

    def shown(self, name: str, preference: Sequence[str]) -> Picked:
        """The session's ``description`` (or another field of it) in the user's language."""
        if name == "series_description":
            return pick_stored(
                self.series_translations, "description", self.series_description, preference
            )
        default = self.description if name == "description" else str(getattr(self.session, name))
        return pick_stored(self.session.translations, name, default, preference)


@dataclass(frozen=True, slots=True)
class NoteVersion:
    """An earlier text of a session's note, kept when another write replaced it.

    Attributes:
        saved_at: When that text had been saved.
        replaced_at: When a later write replaced it.
        reason: Why it was kept (see :data:`NOTE_REASONS`).
    """

    id: int
    session_id: int
    saved_at: datetime
    replaced_at: datetime
    reason: str
    body: str


#: Why an earlier note text was kept: the writer had not seen it ("conflict"),
#: a command overwrote it ("overwritten"), or an older version was restored.
NOTE_REASONS = ("conflict", "overwritten", "restored")


@dataclass(frozen=True, slots=True)
class PresenterRecord:
    id: int
    feed_id: int
    source_id: str
    name: str
    title: str
    organization: str
    bio: str
    photo_url: str
    links: tuple[LinkRecord, ...]
    session_count: int
    removed: bool = False
    #: The presenter's and their organization's language maps (JSON, "" when none).
    translations: str = ""
    organization_translations: str = ""

    #: (field, language tag) of each text :meth:`in_language` showed in another language.
    fallbacks: tuple[tuple[str, str], ...] = ()

    def shown(self, name: str, preference: Sequence[str]) -> Picked:
        """The ``title``, ``bio`` or ``organization`` (its name) in the user's language."""
        if name == "organization":
            return pick_stored(
                self.organization_translations, "name", self.organization, preference
            )
        return pick_stored(self.translations, name, str(getattr(self, name)), preference)

    def in_language(self, preference: Sequence[str]) -> PresenterRecord:
        """This record with its title, organization and biography in the user's language."""
        if not (self.translations or self.organization_translations) or not preference:
            return self
        names = ("title", "organization", "bio")
        changes, fallbacks = _picked_fields(self.shown, names, preference)
        return replace(self, **changes, fallbacks=fallbacks)

    def fallback_language(self, name: str) -> str:
        """The tag field *name* is shown in when not in the user's language, else ""."""
        return fallback_tag(self.fallbacks, name)


@dataclass(frozen=True, slots=True)
class PresenterDetail:
    presenter: PresenterRecord
    sessions: tuple[SessionRecord, ...]
    case_studies: tuple[CaseStudyRef, ...]


@dataclass(frozen=True, slots=True)
class CaseStudyRecord:
    id: int
    feed_id: int | None
    source_id: str
    title: str
    organization: str
    summary: str
    challenge: str
    approach: str
    outcome: str
    tags: tuple[str, ...]
    materials: tuple[LinkRecord, ...]
    session_ids: tuple[int, ...] = ()
    presenter_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionChange:
    kind: str
    session_id: int
    title: str
    detail: dict[str, str] = field(default_factory=dict)
    #: The tag the title is shown in when not the user's language ("": theirs, or as
    #: stored; ``usecases.changes.in_language``).
    title_fallback: str = ""


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one apply of a feed changed in the store."""

    feed_id: int
    first_import: bool
    imported: int = 0
    changes: tuple[SessionChange, ...] = ()
    unchanged: int = 0
    #: Titles of events skipped because the store holds a newer revision (SEQUENCE).
    stale: tuple[str, ...] = ()

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)

    @property
    def is_empty(self) -> bool:
        return not self.first_import and not self.changes

    def summary(self) -> str:
        """One line a person reads: ``imported 5 sessions`` or ``2 new, 1 moved``."""
        if self.first_import:
            return counted(
                self.imported,
                QT_TRANSLATE_NOOP("core", "imported {n} session"),
                QT_TRANSLATE_NOOP("core", "imported {n} sessions"),
            )
        if not self.changes:
            return QT_TRANSLATE_NOOP("core", "no changes").message()
        parts: list[str] = []
        for kind, label in _CHANGE_LABELS.items():
            n = self.count(kind)
            if n:
                parts.append(label.format(n=n))
        return joined(", ", parts)


#: How ChangeSet.summary counts each kind of change ("2 new, 1 moved"): of sessions.
_CHANGE_LABELS = {
    "added": QT_TRANSLATE_NOOP("core", "{n} new"),
    "removed": QT_TRANSLATE_NOOP("core", "{n} removed"),
    "cancelled": QT_TRANSLATE_NOOP("core", "{n} cancelled"),
    "moved": QT_TRANSLATE_NOOP("core", "{n} moved"),
    "retitled": QT_TRANSLATE_NOOP("core", "{n} retitled"),
    "presenters": QT_TRANSLATE_NOOP("core", "{n} with presenter changes"),
    "updated": QT_TRANSLATE_NOOP("core", "{n} updated"),
}


@dataclass(frozen=True, slots=True)
class ExportOutline:
    """What a calendar's head needs of the sessions an export streams (read in one query)."""

    #: How many sessions.
    count: int
    #: Each zone's first start and last end (UTC).
    spans: dict[str, tuple[datetime, datetime]]
    #: Up to two of their series' titles (one: the calendar may take its name).
    series_titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportSession:
    """Everything a calendar invite needs about one session (read in bulk)."""

    id: int
    feed_id: int
    feed_url: str
    source_id: str
    title: str
    subtitle: str
    summary: str
    description: str
    start: datetime
    end: datetime
    timezone: str
    kind: str
    track: str
    tags: tuple[str, ...]
    format: str
    join_url: str
    location: str
    registration_url: str
    url: str
    status: str
    removed: bool
    sequence: int
    first_seen_at: str
    changed_at: str
    series_title: str
    presenters: tuple[tuple[str, str], ...]  # (name, role)
    reminder_minutes: int | None  # per-session override; None: use the default
    reminder_enabled: bool = True

    @property
    def is_cancelled(self) -> bool:
        return self.status == "cancelled" or self.removed
