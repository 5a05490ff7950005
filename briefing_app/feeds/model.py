"""The plain dataclasses every feed parser produces and the store consumes.

Instants are timezone-aware ``datetime`` objects in UTC; the IANA zone of the
event travels beside them so that front ends can show local time correctly
across DST changes. Identifiers are the feed's own (``source_id``); the store
namespaces them by feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    TENTATIVE = "tentative"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class SessionFormat(StrEnum):
    VIRTUAL = "virtual"
    IN_PERSON = "in-person"
    HYBRID = "hybrid"


class PresenterRole(StrEnum):
    PRESENTER = "presenter"
    MODERATOR = "moderator"
    PANELIST = "panelist"
    HOST = "host"


class OrganizationKind(StrEnum):
    ORGANIZER = "organizer"
    GOVERNMENT = "government"
    MEMBER = "member"
    SPONSOR = "sponsor"
    PARTNER = "partner"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Translation:
    """One language's text of a field the feed gives in several languages (issue 17).

    The record's field itself holds the feed's default text (the map's first
    entry); its ``translations`` hold every entry of the map, in feed order.
    """

    #: The record's field this is a text of (``title``, ``summary``, ``bio`` ...).
    field: str
    #: A BCP 47 tag as the feed wrote it (``en``, ``fr-CA``).
    language: str
    text: str


#: A record's language maps, every field's entries in feed order (``()``: none).
Translations = tuple[Translation, ...]


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    title: str = ""
    kind: str = ""


class MaterialKind(StrEnum):
    """What a session's material is, as the detail pane and the pack name it."""

    SLIDES = "slides"
    RECORDING = "recording"
    PRE_READ = "pre-read"
    LINK = "link"
    OTHER = "other"


#: The largest size a material may declare (1 TiB): a feed saying more is wrong, and
#: the size is dropped (shown as unknown) rather than believed.
MAX_MATERIAL_SIZE = 1 << 40


@dataclass(frozen=True, slots=True)
class Material:
    """Something to read or watch for a session: slides, a recording, a pre-read, a link.

    Attributes:
        kind: What it is (:class:`MaterialKind`).
        title: Its name as the feed gives it ("" when none: front ends show the URL).
        url: Where it is, as the feed wrote it (never opened unless ``util.links`` allows).
        size: Bytes, when the feed says (``None``: unknown).
        checksum: Its SHA-256 in lowercase hex, when the feed says ("" otherwise).
        language: A BCP 47 tag when the feed says ("" otherwise).
    """

    kind: MaterialKind
    title: str
    url: str
    size: int | None = None
    checksum: str = ""
    language: str = ""
    #: Its title in several languages (version 3 feeds, see :class:`Translation`).
    translations: Translations = ()


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    kinds: tuple[OrganizationKind, ...] = ()
    url: str = ""
    description: str = ""
    #: The organization's logo (an image URL), when the feed gives one.
    logo_url: str = ""
    #: The fields the feed gives in several languages (see :class:`Translation`).
    translations: Translations = ()


@dataclass(frozen=True, slots=True)
class Presenter:
    id: str
    name: str
    title: str = ""
    organization_id: str | None = None
    bio: str = ""
    photo_url: str = ""
    links: tuple[Link, ...] = ()
    #: The fields the feed gives in several languages (see :class:`Translation`).
    translations: Translations = ()


@dataclass(frozen=True, slots=True)
class SessionPresenter:
    presenter_id: str
    role: PresenterRole = PresenterRole.PRESENTER


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    subtitle: str = ""
    summary: str = ""
    description: str = ""
    kind: str = "briefing"
    track: str = ""
    tags: tuple[str, ...] = ()
    format: SessionFormat = SessionFormat.VIRTUAL
    join_url: str = ""
    location: str = ""
    registration_url: str = ""
    status: SessionStatus = SessionStatus.SCHEDULED
    presenters: tuple[SessionPresenter, ...] = ()
    case_study_ids: tuple[str, ...] = ()
    sponsor_ids: tuple[str, ...] = ()
    language: str = ""
    url: str = ""
    links: tuple[Link, ...] = ()
    #: Slides, recordings, pre-reads and links to show with the session, in feed order
    #: (frab and c3voc attachments and links are mapped here too: ``feeds.materials``).
    materials: tuple[Material, ...] = ()
    updated: datetime | None = None
    #: Where to give feedback on the session once it has ended (pretalx ``feedback_url``).
    feedback_url: str = ""
    #: The source's own revision number (iCalendar SEQUENCE), when it has one:
    #: an update with a lower number than the stored one is older and ignored.
    revision: int | None = None
    #: The fields the feed gives in several languages (see :class:`Translation`).
    translations: Translations = ()

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class CaseStudy:
    id: str
    title: str
    organization_id: str | None = None
    presenter_ids: tuple[str, ...] = ()
    session_ids: tuple[str, ...] = ()
    summary: str = ""
    challenge: str = ""
    approach: str = ""
    outcome: str = ""
    tags: tuple[str, ...] = ()
    materials: tuple[Link, ...] = ()
    #: The fields the feed gives in several languages (see :class:`Translation`).
    translations: Translations = ()


@dataclass(frozen=True, slots=True)
class Series:
    id: str
    title: str
    timezone: str
    subtitle: str = ""
    description: str = ""
    url: str = ""
    organizer_ids: tuple[str, ...] = ()
    partner_ids: tuple[str, ...] = ()
    sponsor_ids: tuple[str, ...] = ()
    #: The fields the feed gives in several languages (see :class:`Translation`).
    translations: Translations = ()


@dataclass(frozen=True, slots=True)
class Feed:
    """Everything one feed says, in the shape every parser returns."""

    format: str
    series: Series
    sessions: tuple[Session, ...] = ()
    presenters: tuple[Presenter, ...] = ()
    organizations: tuple[Organization, ...] = ()
    case_studies: tuple[CaseStudy, ...] = ()
    #: Rooms (or other locations) the feed declares, in its own order; sessions
    #: name theirs in ``Session.location``. Rooms without sessions count too.
    rooms: tuple[str, ...] = ()
    updated: datetime | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)
    #: The place the series' zone was inferred from ("Brussels"), when the feed
    #: names no zone of its own and none was given; "" otherwise.
    zone_inferred_from: str = field(default="", compare=False)
    #: An .ics this app wrote of the user's agenda (its favourites): importing it
    #: stars its sessions again (issue 16).
    own_agenda: bool = field(default=False, compare=False)

    def zone_origin(self, chosen: str | None) -> tuple[str, str]:
        """Where the series' zone came from, given the zone the user *chosen* for the feed.

        ("inferred", place) when it was inferred from a place the feed names,
        ("user", "") when it is the user's, ("feed", "") when the feed named it.
        """
        if self.zone_inferred_from:
            return "inferred", self.zone_inferred_from
        if chosen and self.series.timezone == chosen:
            return "user", ""
        return "feed", ""
