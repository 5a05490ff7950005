"""Plain read-only records of the presenter workspace (what the CLI prints, the GUI shows)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from briefing_app.store import LinkRecord
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted, joined
from briefing_app.util.multilingual import fallback_tag, pick_stored

#: Fields a presenter edits; on a feed's case study each one can be overlaid.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "organization",
    "summary",
    "challenge",
    "approach",
    "outcome",
)
EDITABLE_FIELDS: tuple[str, ...] = (*TEXT_FIELDS, "tags", "session_ids", "presenter_ids")

MaterialKind = Literal["file", "link"]


@dataclass(frozen=True, slots=True)
class Material:
    """A file or a link attached to a case study.

    A file's bytes are in the materials folder under its SHA-256; ``size`` and
    ``sha256`` are None for links, ``url`` is empty for files.
    """

    id: int
    uuid: str
    case_study_id: int
    kind: MaterialKind
    name: str
    media_type: str
    size: int | None
    sha256: str | None
    url: str
    added_at: str


@dataclass(frozen=True, slots=True)
class NoteRevision:
    """One save of a case study's notes (the newest is the current text)."""

    id: int
    uuid: str
    case_study_id: int
    saved_at: str
    body: str


@dataclass(frozen=True, slots=True)
class CaseStudy:
    """A case study as the presenter sees it: a feed's with the overlay applied, or a local one.

    Attributes:
        overridden: fields whose value is the presenter's (feed case studies only).
        feed_changed: fields the feed changed since the presenter's edits were
            made ("changed underneath"); :attr:`feed_version` holds the feed's
            current values of every editable field, to show beside the overlay.
        links: links the feed itself gives as materials (read-only).
        unresolved: linked sessions and presenters (from a bundle) that are not in this store.
    """

    id: int
    uuid: str
    feed_id: int | None
    source_id: str
    title: str
    organization: str
    summary: str
    challenge: str
    approach: str
    outcome: str
    tags: tuple[str, ...]
    session_ids: tuple[int, ...]
    presenter_ids: tuple[int, ...]
    note: str = ""
    materials: tuple[Material, ...] = ()
    links: tuple[LinkRecord, ...] = ()
    created_at: str | None = None
    updated_at: str | None = None
    removed: bool = False
    feed_url: str | None = None
    overridden: tuple[str, ...] = ()
    feed_changed: tuple[str, ...] = ()
    changed_underneath: bool = False
    feed_version: Mapping[str, Any] = field(default_factory=dict)
    unresolved: tuple[ExternalRef, ...] = ()
    #: The feed's language maps of its texts (JSON, "" when none; issue 17).
    translations: str = ""
    #: (field, tag) of the texts :meth:`in_language` showed in another language.
    fallbacks: tuple[tuple[str, str], ...] = ()

    @property
    def is_local(self) -> bool:
        """Made on this machine (or imported from a bundle), not given by a feed."""
        return self.feed_id is None

    def in_language(self, preference: Sequence[str]) -> CaseStudy:
        """This case study as shown: the feed's texts the presenter did not edit in the
        first language of *preference* the feed gives them in, the fallbacks noted.

        For showing (and editing what is shown) only: the workspace itself compares
        and stores the feed's own text.
        """
        changes, fallbacks = _shown_texts(self.translations, self, self.overridden, preference)
        if self.overridden and self.translations and preference:
            # The feed's version shown beside an edit: in the user's language too.
            changes["feed_version"] = {
                name: pick_stored(self.translations, name, value, preference).text
                if name in SHOWN_TEXT_FIELDS and isinstance(value, str)
                else value
                for name, value in self.feed_version.items()
            }
        return replace(self, **changes, fallbacks=fallbacks) if changes or fallbacks else self

    def fallback_language(self, name: str) -> str:
        """The tag field *name* is shown in when not in the user's language, else ""."""
        return fallback_tag(self.fallbacks, name)

    def value(self, name: str) -> Any:
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class CaseStudySummary:
    """What a list of case studies shows of one: its title, organisation and the badges' facts.

    The list reads these for every case study (tens of thousands at most); the
    whole :class:`CaseStudy` is read for the one opened (:meth:`Workspace.get`).
    """

    id: int
    feed_id: int | None
    title: str
    organization: str
    overridden: tuple[str, ...] = ()
    changed_underneath: bool = False
    #: As :attr:`CaseStudy.translations` and :attr:`CaseStudy.fallbacks`.
    translations: str = ""
    fallbacks: tuple[tuple[str, str], ...] = ()

    @property
    def is_local(self) -> bool:
        return self.feed_id is None

    def in_language(self, preference: Sequence[str]) -> CaseStudySummary:
        """:meth:`CaseStudy.in_language` of what a list shows (the title)."""
        changes, fallbacks = _shown_texts(self.translations, self, self.overridden, preference)
        return replace(self, **changes, fallbacks=fallbacks) if changes or fallbacks else self

    def fallback_language(self, name: str) -> str:
        return fallback_tag(self.fallbacks, name)

    @classmethod
    def of(cls, case: CaseStudy | CaseStudySummary) -> CaseStudySummary:
        if isinstance(case, CaseStudySummary):
            return case
        return cls(
            case.id,
            case.feed_id,
            case.title,
            case.organization,
            case.overridden,
            case.changed_underneath,
            case.translations,
            tuple((n, tag) for n, tag in case.fallbacks if n == "title"),
        )


#: The texts of a feed's case study it may give in several languages (feed format v3).
SHOWN_TEXT_FIELDS = ("title", "summary", "challenge", "approach", "outcome")


def portable_translations(stored: str, leave_out: Sequence[str] = ()) -> str:
    """*stored* language maps (JSON) without the fields in *leave_out* (the presenter's
    edits, which replace the feed's text in every language), in a stable order; "" if none."""
    if not stored:
        return ""
    maps = {
        name: texts
        for name, texts in sorted(json.loads(stored).items())
        if name in SHOWN_TEXT_FIELDS and name not in leave_out and isinstance(texts, dict)
    }
    return json.dumps(maps, ensure_ascii=False, sort_keys=True) if maps else ""


def _shown_texts(
    stored: str,
    case: CaseStudy | CaseStudySummary,
    edited: Sequence[str],
    preference: Sequence[str],
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...]]:
    """The fields of *case* (those it has) to show in the user's language, and the
    fallbacks: the presenter's edits (*edited*) stay as they are."""
    if not stored or not preference:
        return {}, ()
    names = [n for n in SHOWN_TEXT_FIELDS if n not in edited and hasattr(case, n)]
    picked = {n: pick_stored(stored, n, str(getattr(case, n)), preference) for n in names}
    changes = {n: p.text for n, p in picked.items() if p.text != getattr(case, n)}
    fallbacks = tuple((n, p.language) for n, p in picked.items() if p.fallback)
    return changes, fallbacks


@dataclass(frozen=True, slots=True)
class ExternalRef:
    """A session or presenter named the portable way: the feed's address and its own id."""

    kind: Literal["session", "presenter"]
    feed_url: str
    source_id: str
    label: str = ""

    def as_json(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "feed_url": self.feed_url,
            "source_id": self.source_id,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a feed's case study came from, and the feed version the edits were made on."""

    feed_url: str
    source_id: str
    base_hash: str
    overridden: tuple[str, ...]
    base: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CaseStudyPayload:
    """Everything a bundle carries about one case study, in portable form (no row ids)."""

    uuid: str
    created_at: str
    updated_at: str
    title: str
    organization: str
    summary: str
    challenge: str
    approach: str
    outcome: str
    tags: tuple[str, ...]
    sessions: tuple[ExternalRef, ...]
    presenters: tuple[ExternalRef, ...]
    origin: Origin | None
    note: str
    note_updated_at: str | None
    revisions: tuple[NoteRevision, ...]
    materials: tuple[Material, ...]
    #: The texts in other languages (JSON as stored: ``{"title": {"en": ..., "fr": ...}}``),
    #: of the fields the presenter did not edit; "" when none (bundle schema version 2).
    translations: str = ""

    def same_content(self, other: CaseStudyPayload) -> bool:
        """True when importing *other* over this would change nothing a person sees."""

        def key(p: CaseStudyPayload) -> tuple[Any, ...]:
            return (
                p.title,
                p.organization,
                p.summary,
                p.challenge,
                p.approach,
                p.outcome,
                p.tags,
                sorted((r.feed_url, r.source_id) for r in p.sessions),
                sorted((r.feed_url, r.source_id) for r in p.presenters),
                p.note,
                sorted(r.uuid for r in p.revisions),
                sorted(m.uuid for m in p.materials),
                p.translations,
            )

        return key(self) == key(other)


ImportAction = Literal["created", "updated", "unchanged", "overwritten", "kept-both"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing a bundle did."""

    case_study_id: int
    uuid: str
    title: str
    action: ImportAction
    revisions_added: int = 0
    materials_added: int = 0
    files_stored: int = 0
    unresolved: tuple[ExternalRef, ...] = ()

    def summary(self) -> str:
        words = {
            "created": QT_TRANSLATE_NOOP("core", "imported as a new case study"),
            "updated": QT_TRANSLATE_NOOP("core", "updated from the bundle"),
            "unchanged": QT_TRANSLATE_NOOP("core", "already up to date"),
            "overwritten": QT_TRANSLATE_NOOP("core", "replaced by the bundle's version"),
            "kept-both": QT_TRANSLATE_NOOP("core", "imported beside your copy"),
        }[self.action]
        extra: list[str] = []
        if self.revisions_added:
            extra.append(
                counted(
                    self.revisions_added,
                    QT_TRANSLATE_NOOP("core", "{n} note revision"),
                    QT_TRANSLATE_NOOP("core", "{n} note revisions"),
                )
            )
        if self.materials_added:
            extra.append(
                counted(
                    self.materials_added,
                    QT_TRANSLATE_NOOP("core", "{n} material"),
                    QT_TRANSLATE_NOOP("core", "{n} materials"),
                )
            )
        text = QT_TRANSLATE_NOOP("core", "{title!r} (#{id}): {words}").format(
            title=self.title, id=self.case_study_id, words=words
        )
        if extra:
            text = QT_TRANSLATE_NOOP("core", "{text} with {extra}").format(
                text=text, extra=joined(", ", extra)
            )
        if self.unresolved:
            text = counted(
                len(self.unresolved),
                QT_TRANSLATE_NOOP(
                    "core", "{text}; {n} linked session or presenter is not in this store"
                ),
                QT_TRANSLATE_NOOP(
                    "core", "{text}; {n} linked sessions or presenters are not in this store"
                ),
                text=text,
            )
        return text


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    case_study_id: int
    materials: int
    files: int
    bytes_written: int
