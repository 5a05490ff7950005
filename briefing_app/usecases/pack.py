"""The briefing pack's content: what a printed or PDF pack says, gathered from the store (no Qt).

A pack is for one session, the reader's agenda (favourites) or the sessions starting
on a range of days. :func:`gather_pack` reads everything the pages show into plain
frozen records (:class:`Pack`, :class:`PackSession`, ...): the times in the event's
zone and the reader's (the app's :func:`~briefing_app.util.timeutil.format_range`,
across zones and DST), the join link, the abstract, the presenters with their
biographies and cached photos, the linked case studies, the materials, the reader's
notes and questions. The front end (``ui/pack``) lays them out with Qt.

Photos come from the offline cache (:mod:`briefing_app.usecases.photos`) and are never
downloaded here: a presenter whose photo is not cached, or whose cached file is not an
image, gets ``photo=None`` and the pack shows a placeholder. A failed photo or bio never
fails the pack.

Materials and questions come through two small interfaces (:class:`MaterialSource`,
:class:`QuestionSource`): the store's, when it has them, and nothing otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from briefing_app.errors import BriefingError, NotFoundError, OperationCancelledError, UsageError
from briefing_app.store import SessionDetail, SessionRecord, Store
from briefing_app.usecases.photos import cached_photo, photo_dir, sniff_image
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.links import safe_link, shown_link
from briefing_app.util.multilingual import pick_stored
from briefing_app.util.timeutil import format_range, is_valid_zone, local_zone_name, zone

if TYPE_CHECKING:
    from briefing_app.workspace import Workspace

logger = logging.getLogger(__name__)
_T = TypeVar("_T")

#: More sessions than this in one pack is refused (a range of years, by mistake).
MAX_PACK_SESSIONS = 1000
#: A photo file larger than this is not a head shot: the placeholder is shown instead.
MAX_PHOTO_FILE_BYTES = 8 * 1024 * 1024

SelectionKind = Literal["session", "agenda", "range"]
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class EmptyPackError(NotFoundError):
    """The selection has no session to put in a pack (exit code 3, like any "not found")."""


@dataclass(frozen=True, slots=True)
class PackSelection:
    """Which sessions a pack holds: one, the agenda, or those starting on a range of days.

    The days of a range are the reader's (their time zone), both included.
    """

    kind: SelectionKind
    session_ref: str | None = None
    first_day: date | None = None
    last_day: date | None = None

    @classmethod
    def one_session(cls, ref: str | int) -> PackSelection:
        return cls("session", session_ref=str(ref))

    @classmethod
    def agenda(cls) -> PackSelection:
        return cls("agenda")

    @classmethod
    def days(cls, first: date, last: date) -> PackSelection:
        if last < first:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core", "the range ends ({last}) before it starts ({first})"
                ).format(last=last, first=first)
            )
        return cls("range", first_day=first, last_day=last)


@dataclass(frozen=True, slots=True)
class PackPresenter:
    """A presenter as the pack shows them; ``photo`` is a cached image file, or None."""

    id: int
    name: str
    role: str
    title: str
    organization: str
    bio: str
    photo: Path | None
    #: Why there is no photo ("" when there is one, or none was ever named).
    photo_note: str = ""

    @property
    def initials(self) -> str:
        """What the placeholder shows: ``JS`` for Josie Scioli."""
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalpha()]
        if not words:
            return "?"
        picked = words[0][:1] + (words[-1][:1] if len(words) > 1 else "")
        return picked.upper()


@dataclass(frozen=True, slots=True)
class PackCaseStudy:
    id: int
    title: str
    organization: str
    summary: str
    challenge: str = ""
    approach: str = ""
    outcome: str = ""


@dataclass(frozen=True, slots=True)
class PackMaterial:
    """A material of a session: kind (slides, recording, pre-read, link), title, link."""

    kind: str
    title: str
    url: str
    size: int | None = None
    #: True when the app keeps a copy offline.
    offline: bool = False

    @property
    def link(self) -> str | None:
        """The address the PDF may link to (http, https), else None: shown, not linked."""
        return safe_link(self.url, mailto=False)


@dataclass(frozen=True, slots=True)
class PackQuestion:
    """One of the reader's questions: its text, state (draft/asked/answered), the answer."""

    text: str
    state: str = "draft"
    answer: str = ""


@dataclass(frozen=True, slots=True)
class PackSession:
    id: int
    title: str
    subtitle: str
    series: str
    status: str
    removed: bool
    kind: str
    track: str
    location: str
    event_zone: str
    #: ``Wed 15 Apr 2020 10:00–11:30 EDT``: the time where the event is.
    event_time: str
    #: The same in the reader's zone; "" when it reads the same.
    reader_time: str
    #: The join link as shown; ``join_link`` is set only when it may be linked (http/https).
    join_url: str
    join_link: str | None
    summary: str
    description: str
    presenters: tuple[PackPresenter, ...]
    case_studies: tuple[PackCaseStudy, ...]
    materials: tuple[PackMaterial, ...]
    note: str
    questions: tuple[PackQuestion, ...]
    favourite: bool
    start: datetime
    end: datetime
    #: What is shown in another language than the reader's (the feed lacks theirs):
    #: (``title``/``summary``/``description``, the tag shown). The pack marks them.
    fallbacks: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything a briefing pack shows, in order."""

    title: str
    #: What the selection was, in words: "My agenda", "15 Apr 2020 – 30 Jun 2020", a title.
    scope: str
    series: tuple[str, ...]
    #: The span of the sessions in the reader's zone: ``Wed 15 Apr 2020 – Tue 30 Jun 2020``.
    dates: str
    reader_zone: str
    generated: datetime
    sessions: tuple[PackSession, ...] = field(default_factory=tuple)

    @property
    def running_title(self) -> str:
        """The running header: the series (or several), and the pack's scope."""
        series = self.series[0] if len(self.series) == 1 else self.title
        return f"{series} · {self.scope}" if self.scope != series else series


class MaterialSource(Protocol):
    """Where a pack reads a session's materials from."""

    def session_materials(self, session_id: int) -> Sequence[PackMaterial]: ...


class QuestionSource(Protocol):
    """Where a pack reads the reader's questions on a session from."""

    def session_questions(self, session_id: int) -> Sequence[PackQuestion]: ...


class StoreMaterials:
    """The session materials the store keeps (``Store.session_materials``), in feed order."""

    def __init__(self, store: Store, languages: Sequence[str] = ()) -> None:
        from briefing_app.usecases.materials import materials_root

        self.store = store
        self.root = materials_root(store)
        #: The order to pick a title given in several languages in (the reader's first).
        self.languages = languages

    def session_materials(self, session_id: int) -> Sequence[PackMaterial]:
        from briefing_app.usecases.materials import kept_copy

        return tuple(
            PackMaterial(
                kind=m.kind,
                title=m.title,
                url=m.url,
                size=m.size,
                # Kept in the materials folder, or a pre-read shipped with the app.
                offline=kept_copy(m, self.root) is not None,
            )
            for m in (
                record.in_language(self.languages)
                for record in self.store.session_materials(session_id)
            )
        )


class StoreQuestions:
    """The reader's questions the store keeps (``Store.questions``), in their order."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def session_questions(self, session_id: int) -> Sequence[PackQuestion]:
        return tuple(
            PackQuestion(text=q.text, state=q.state, answer=q.answer)
            for q in self.store.questions(session_id)
        )


def reader_zone_name(zone_name: str | None = None) -> str:
    """The zone the pack's reader reads times in: *zone_name* if given, else this computer's.

    ``local`` means this computer's, as ``--tz local`` does elsewhere.
    """
    if zone_name is None or zone_name == "local":
        return local_zone_name()
    if not is_valid_zone(zone_name):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "unknown time zone {zone_name!r} (an IANA name such as Europe/Berlin)"
            ).format(zone_name=zone_name)
        )
    return zone_name


def select_sessions(
    store: Store, selection: PackSelection, reader_zone: str
) -> list[SessionRecord]:
    """The sessions *selection* names, in time order; :class:`EmptyPackError` if none."""
    if selection.kind == "session":
        found = [store.find_session(selection.session_ref or "")]
    elif selection.kind == "agenda":
        found = store.sessions(favourites_only=True, include_removed=False)
        if not found:
            raise EmptyPackError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "your agenda is empty: star the sessions you will attend (★, or "
                    "briefing-app favourite ID), then make the pack",
                ).message()
            )
    else:
        assert selection.first_day is not None and selection.last_day is not None
        tz = zone(reader_zone)
        start = datetime.combine(selection.first_day, time(0), tzinfo=tz)
        end = datetime.combine(selection.last_day + timedelta(days=1), time(0), tzinfo=tz)
        found = [s for s in store.sessions_starting_between(start, end) if not s.removed]
        if not found:
            raise EmptyPackError(
                QT_TRANSLATE_NOOP(
                    "core", "no session starts between {first_day} and {last_day} ({reader_zone})"
                ).format(
                    first_day=selection.first_day,
                    last_day=selection.last_day,
                    reader_zone=reader_zone,
                )
            )
    if len(found) > MAX_PACK_SESSIONS:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "{count} sessions are too many for one pack (at most "
                "{max_pack_sessions}): choose fewer days",
            ).format(count=len(found), max_pack_sessions=MAX_PACK_SESSIONS)
        )
    return found


def gather_pack(
    store: Store,
    selection: PackSelection,
    *,
    reader_zone: str | None = None,
    materials: MaterialSource | None = None,
    questions: QuestionSource | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    now: datetime | None = None,
    languages: Sequence[str] | None = None,
) -> Pack:
    """Read what the pack for *selection* shows.

    Args:
        store: The store (a worker's own connection off the GUI thread).
        selection: One session, the agenda, or a range of the reader's days.
        reader_zone: The reader's IANA zone (``local`` or None: this computer's).
        materials, questions: Where materials and questions come from (the store's).
        progress: Called with (sessions read, sessions in all) after each session.
        cancel: Asked before each session; True stops with :class:`OperationCancelledError`.
        now: When the pack is made (tests fix it).
        languages: The order to pick texts the feed gives in several languages in
            (None: the user's language setting's, ``settings.content_languages``).

    Raises:
        EmptyPackError: the selection holds no session (an empty agenda says how to fill it).
        NotFoundError: the session named does not exist.
        UsageError: an unknown zone; too many sessions.
        OperationCancelledError: *cancel* said so.
    """
    reader = reader_zone_name(reader_zone)
    if languages is None:
        from briefing_app.usecases.settings import content_languages

        languages = content_languages(store)
    records = select_sessions(store, selection, reader)
    material_source = materials or StoreMaterials(store, languages)
    question_source = questions or StoreQuestions(store)
    cases = _CaseStudies(store, languages)
    people = _Presenters(store, languages)
    sessions: list[PackSession] = []
    for index, record in enumerate(records):
        if cancel is not None and cancel():
            raise OperationCancelledError(
                QT_TRANSLATE_NOOP("core", "the briefing pack was cancelled").message()
            )
        detail = store.session_detail(record.id).in_language(languages)
        sessions.append(
            _pack_session(
                detail,
                reader,
                people,
                cases,
                _safely(material_source.session_materials, record.id, "materials"),
                _safely(question_source.session_questions, record.id, "questions"),
                languages,
            )
        )
        if progress is not None:
            progress(index + 1, len(records))
    series = tuple(dict.fromkeys(s.series for s in sessions if s.series))
    title = _pack_title(series)
    return Pack(
        title=title,
        scope=_scope_text(selection, sessions, reader),
        series=series,
        dates=_span_text(sessions, reader),
        reader_zone=reader,
        generated=now or datetime.now(zone(reader)),
        sessions=tuple(sessions),
    )


def _safely(read: Callable[[int], Sequence[_T]], session_id: int, what: str) -> tuple[_T, ...]:
    """A session's materials or questions; a store that cannot say leaves them out."""
    try:
        return tuple(read(session_id))
    except BriefingError as exc:
        logger.warning("the pack leaves out the %s of session %s: %s", what, session_id, exc)
        return ()


#: The pack's title when it covers several series (or none): shown translated (a Message).
_SEVERAL_SERIES_TITLE = QT_TRANSLATE_NOOP("core", "Briefing pack")


def _pack_title(series: Sequence[str]) -> str:
    if len(series) == 1:
        return series[0]
    return _SEVERAL_SERIES_TITLE.message()


def _scope_text(selection: PackSelection, sessions: Sequence[PackSession], reader: str) -> str:
    if selection.kind == "agenda":
        return "My agenda"
    if selection.kind == "session":
        return sessions[0].title if sessions else "One session"
    assert selection.first_day is not None and selection.last_day is not None
    if selection.first_day == selection.last_day:
        return f"{selection.first_day:%a %d %b %Y}"
    return f"{selection.first_day:%d %b %Y} – {selection.last_day:%d %b %Y}"


def _span_text(sessions: Sequence[PackSession], reader: str) -> str:
    """The days the sessions span, in the reader's zone."""
    if not sessions:
        return ""
    tz = zone(reader)
    first = min(s.start for s in sessions).astimezone(tz).date()
    last = max(s.start for s in sessions).astimezone(tz).date()
    if first == last:
        return f"{first:%a %d %b %Y}"
    return f"{first:%a %d %b %Y} – {last:%a %d %b %Y}"


def _pack_session(
    detail: SessionDetail,
    reader: str,
    people: _Presenters,
    cases: _CaseStudies,
    materials: tuple[PackMaterial, ...],
    questions: tuple[PackQuestion, ...],
    languages: Sequence[str] = (),
) -> PackSession:
    s = detail.session
    event_time = format_range(s.start, s.end, s.timezone)
    mine = format_range(s.start, s.end, reader)
    join = shown_link(s.join_url) if s.join_url else ""
    return PackSession(
        id=s.id,
        title=s.title,
        subtitle=s.subtitle,
        series=s.series_title,
        status=s.status,
        removed=s.removed,
        # the feed's kind in the reader's language when it gives several (the pack's
        # renderer translates the common English ones: util/session_kinds)
        kind=pick_stored(s.translations, "kind", s.kind, languages).text,
        track=s.track,
        location=s.location,
        event_zone=s.timezone,
        event_time=event_time,
        reader_time="" if mine == event_time else mine,
        join_url=join,
        join_link=safe_link(join, mailto=False) if join else None,
        summary=s.summary,
        description=detail.description,
        presenters=tuple(people.get(ref.id, ref.role) for ref in detail.presenters),
        case_studies=tuple(cases.get(ref.id, ref) for ref in detail.case_studies),
        materials=materials,
        note=detail.note,
        questions=questions,
        favourite=s.favourite,
        start=s.start,
        end=s.end,
        fallbacks=tuple(
            (key, tag)
            for key, tag in detail.fallbacks.items()
            if key in ("title", "summary", "description")
        ),
    )


class _Presenters:
    """Presenters with bio and photo, each read once per pack (they recur across sessions)."""

    def __init__(self, store: Store, languages: Sequence[str] = ()) -> None:
        self.store = store
        self.languages = languages
        self.photos = photo_dir(store.path)
        self._seen: dict[int, PackPresenter] = {}

    def get(self, presenter_id: int, role: str) -> PackPresenter:
        known = self._seen.get(presenter_id)
        if known is None:
            known = self._seen[presenter_id] = self._read(presenter_id)
        return known if known.role == role else _with_role(known, role)

    def _read(self, presenter_id: int) -> PackPresenter:
        found = self.store.presenters(presenter_id=presenter_id)
        if not found:  # gone between two reads: a name-less placeholder, never a failure
            return PackPresenter(presenter_id, "Unknown presenter", "", "", "", "", None)
        p = found[0].in_language(self.languages)
        photo, note = usable_photo(self.photos, p.photo_url)
        return PackPresenter(
            id=p.id,
            name=p.name,
            role="",
            title=p.title,
            organization=p.organization,
            bio=p.bio,
            photo=photo,
            photo_note=note,
        )


def _with_role(p: PackPresenter, role: str) -> PackPresenter:
    return PackPresenter(p.id, p.name, role, p.title, p.organization, p.bio, p.photo, p.photo_note)


def usable_photo(cache_dir: Path, url: str) -> tuple[Path | None, str]:
    """The cached photo of *url* when it is there and looks like an image; else why not.

    Never downloads (the pack works offline) and never raises: an unreadable, empty,
    huge or non-image file gives ``(None, reason)`` and the pack shows a placeholder.
    """
    if not url:
        return None, ""
    path = cached_photo(cache_dir, url)
    if path is None:
        return None, "photo not downloaded yet"
    try:
        size = path.stat().st_size
        if size == 0 or size > MAX_PHOTO_FILE_BYTES:
            return None, "photo file unusable"
        with path.open("rb") as handle:
            head = handle.read(32)
    except OSError as exc:
        logger.info("photo %s not readable: %s", path, exc)
        return None, "photo file unreadable"
    if sniff_image(head) is None:
        return None, "photo file is not an image"
    return path, ""


class _CaseRef(Protocol):
    """What a session's detail says of a linked case study (``SessionDetail.case_studies``)."""

    @property
    def title(self) -> str: ...
    @property
    def organization(self) -> str: ...
    @property
    def summary(self) -> str: ...


class _CaseStudies:
    """Linked case studies in full (the workspace's view: the reader's edits applied)."""

    def __init__(self, store: Store, languages: Sequence[str] = ()) -> None:
        self.store = store
        self.languages = tuple(languages)
        self._seen: dict[int, PackCaseStudy] = {}
        self._workspace: Workspace | None = None

    def get(self, case_id: int, ref: _CaseRef) -> PackCaseStudy:
        known = self._seen.get(case_id)
        if known is None:
            known = self._seen[case_id] = self._read(case_id, ref)
        return known

    def _read(self, case_id: int, ref: _CaseRef) -> PackCaseStudy:
        if self._workspace is None:
            from briefing_app.workspace import Workspace

            self._workspace = Workspace(self.store)
        try:
            case = self._workspace.get(case_id).in_language(self.languages)
        except BriefingError as exc:  # the reference alone still says something
            logger.info("case study %s read from its reference only: %s", case_id, exc)
            return PackCaseStudy(
                id=case_id,
                title=ref.title,
                organization=ref.organization,
                summary=ref.summary,
            )
        return PackCaseStudy(
            id=case.id,
            title=case.title,
            organization=case.organization,
            summary=case.summary,
            challenge=case.challenge,
            approach=case.approach,
            outcome=case.outcome,
        )


def check_output_path(target: Path) -> None:
    """Refuse, before any work, a PDF path that cannot be written: a folder, a missing folder."""
    if target.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {target}: it is a folder; give a file name such as pack.pdf"
            ).format(target=target)
        )
    if not target.parent.is_dir():
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {target}: the folder {parent} does not exist"
            ).format(target=target, parent=target.parent)
        )


def parse_day(text: str, what: str) -> date:
    """``2020-04-15`` as a date; anything else is a :class:`UsageError` naming *what*."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "{what}: {text!r} is not a date (YYYY-MM-DD)").format(
                what=what, text=text
            )
        ) from None


__all__ = [
    "MAX_PACK_SESSIONS",
    "EmptyPackError",
    "MaterialSource",
    "Pack",
    "PackCaseStudy",
    "PackMaterial",
    "PackPresenter",
    "PackQuestion",
    "PackSelection",
    "PackSession",
    "QuestionSource",
    "StoreMaterials",
    "StoreQuestions",
    "check_output_path",
    "gather_pack",
    "parse_day",
    "reader_zone_name",
    "select_sessions",
    "usable_photo",
]
