"""What every area of the presenter workspace builds on: access to the store, reading."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from briefing_app.errors import (
    NotFoundError,
)
from briefing_app.store import LinkRecord, Store
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.workspace.materials import (
    MATERIALS_DIRNAME,
    MaterialStore,
)
from briefing_app.workspace.records import (
    EDITABLE_FIELDS,
    TEXT_FIELDS,
    CaseStudy,
    CaseStudySummary,
    ExternalRef,
    Material,
)

#: Feed case studies get a UUID derived from where they come from, so two
#: machines following the same feed agree on it (bundles merge by it).
_FEED_UUID_NAMESPACE = uuidlib.UUID("5b3a8e36-5a57-4b8e-9d55-2f6d0e3c1a42")


def stamp() -> str:
    """Now, UTC, to the microsecond, sortable as text (``2026-05-01T10:00:00.123456Z``).

    Finer than the store's seconds: two saves in one second must still order,
    and "the local copy is newer than the bundle" compares these.
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def feed_case_study_uuid(feed_url: str, source_id: str) -> str:
    return str(uuidlib.uuid5(_FEED_UUID_NAMESPACE, f"{feed_url}\x1f{source_id}"))


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))


def comparable(name: str, value: Any) -> Any:
    return list(value) if name not in TEXT_FIELDS else value


def snapshot(feed_values: Mapping[str, Any]) -> dict[str, Any]:
    """The feed's values an overlay is made on (to say later which of them changed)."""
    return {name: comparable(name, feed_values[name]) for name in EDITABLE_FIELDS}


class WorkspaceBase:
    """The workspace's access to the store and what every area reads: case studies, materials.

    The areas (editing and overlays, notes, material links, the portable form)
    are mixins on this class, composed into :class:`~.casestudies.Workspace`.
    """

    def __init__(self, store: Store, materials: MaterialStore | None = None) -> None:
        self.store = store
        self.materials = materials or MaterialStore(store.path.parent / MATERIALS_DIRNAME)

    # ---- reading -----------------------------------------------------------------
    def case_studies(self, *, search: str | None = None) -> list[CaseStudy]:
        """Every case study (local and from feeds), by title; or those matching *search*."""
        if search is not None:
            ids = self.store.search_case_studies(search)
            if not ids:
                return []
            found = {c.id: c for c in self._load(ids)}
            return [found[i] for i in ids if i in found]
        return self._load(None)

    def case_study_summaries(self, *, search: str | None = None) -> list[CaseStudySummary]:
        """What a list shows of every case study, by title; or of those matching *search*.

        The same case studies, order and badges as :meth:`case_studies`, without
        building a whole record of any: one query, plus the whole row of those
        with an overlay (the presenter's edits: few) to tell "feed changed".
        """
        ids = None
        if search is not None:
            ids = self.store.search_case_studies(search)
            if not ids:
                return []
        rows = self.store.case_study_summary_rows(ids)
        edited = [row["id"] for row in rows if row["has_overlay"]]
        states = self._overlay_states(edited) if edited else {}
        found = [
            CaseStudySummary(
                row["id"],
                row["feed_id"],
                row["title"],
                row["organization"],
                *states.get(row["id"], ((), False)),
                translations=row["translations"] or "",
            )
            for row in rows
        ]
        if ids is not None:
            by_id = {c.id: c for c in found}
            return [by_id[i] for i in ids if i in by_id]
        return sorted(found, key=lambda c: (c.title.casefold(), c.id))

    def _overlay_states(self, ids: Sequence[int]) -> dict[int, tuple[tuple[str, ...], bool]]:
        """(fields overridden, changed underneath) of the edited case studies *ids*."""
        sessions: dict[int, list[int]] = defaultdict(list)
        for case_id, session_id in self.store.case_study_session_links(ids):
            sessions[case_id].append(session_id)
        people: dict[int, list[int]] = defaultdict(list)
        for case_id, presenter_id in self.store.case_study_presenter_links(ids):
            people[case_id].append(presenter_id)
        states = {}
        for row in self.store.case_study_rows(ids):
            state = _overlaid(row, sessions[row["id"]], people[row["id"]])
            states[row["id"]] = (state.overridden, state.changed_underneath)
        return states

    def get(self, case_id: int) -> CaseStudy:
        found = self._load([case_id])
        if not found:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no case study number {case_id}").format(case_id=case_id)
            )
        return found[0]

    def find(self, ref: str | int) -> CaseStudy:
        """A case study the way a person names it: its number (``3``, ``#3``) or its UUID."""
        text = str(ref).strip().removeprefix("#")
        if text.isascii() and text.isdigit() and len(text) < 19:
            return self.get(int(text))
        case_id = self.id_for_uuid(text)
        if case_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "core", "no case study {ref!r} (give its number or its UUID)"
                ).format(ref=str(ref))
            )
        return self.get(case_id)

    def id_for_uuid(self, case_uuid: str) -> int | None:
        case_id = self.store.case_study_id_for_uuid(case_uuid)
        if case_id is not None:
            return case_id
        # Feed case studies nobody has touched here yet: their UUID is derived.
        for case_id, url, source_id in self.store.feed_case_study_origins():
            if feed_case_study_uuid(url, source_id) == case_uuid:
                return case_id
        return None

    def _load(self, ids: Sequence[int] | None) -> list[CaseStudy]:
        rows = self.store.case_study_rows(ids)
        if not rows:
            return []
        found_ids = [row["id"] for row in rows]
        sessions: dict[int, list[int]] = defaultdict(list)
        for case_id, session_id in self.store.case_study_session_links(found_ids):
            sessions[case_id].append(session_id)
        people: dict[int, list[int]] = defaultdict(list)
        for case_id, presenter_id in self.store.case_study_presenter_links(found_ids):
            people[case_id].append(presenter_id)
        materials: dict[int, list[Material]] = defaultdict(list)
        for material in self._materials(found_ids):
            materials[material.case_study_id].append(material)
        found = [
            self._case_study(row, sessions[row["id"]], people[row["id"]], materials[row["id"]])
            for row in rows
        ]
        return sorted(found, key=lambda c: (c.title.casefold(), c.id))

    def _case_study(
        self,
        row: Mapping[str, Any],
        session_ids: list[int],
        presenter_ids: list[int],
        materials: list[Material],
    ) -> CaseStudy:
        state = _overlaid(row, session_ids, presenter_ids)
        feed_values, values = state.feed_values, state.values
        feed_id = row["feed_id"]
        case_uuid = row["uuid"] or (
            row["source_id"]
            if feed_id is None
            else feed_case_study_uuid(row["feed_url"], row["source_id"])
        )
        unresolved = tuple(
            ExternalRef(item["kind"], item["feed_url"], item["source_id"], item.get("label", ""))
            for item in json.loads(row["unresolved_links"] or "[]")
        )
        return CaseStudy(
            id=row["id"],
            uuid=case_uuid,
            feed_id=feed_id,
            source_id=row["source_id"],
            title=values["title"],
            organization=values["organization"],
            summary=values["summary"],
            challenge=values["challenge"],
            approach=values["approach"],
            outcome=values["outcome"],
            tags=tuple(values["tags"]),
            session_ids=tuple(values["session_ids"]),
            presenter_ids=tuple(values["presenter_ids"]),
            note=row["note"],
            materials=tuple(materials),
            links=tuple(
                LinkRecord(url=i["url"], title=i.get("title", ""), kind=i.get("type", ""))
                for i in json.loads(row["links"] or "[]")
            ),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            removed=bool(row["removed"]),
            feed_url=row["feed_url"],
            overridden=state.overridden,
            feed_changed=state.feed_changed,
            changed_underneath=state.changed_underneath,
            feed_version=feed_values if feed_id is not None else {},
            unresolved=unresolved,
            translations=row["translations"] or "",
        )

    # ---- search ----------------------------------------------------------------------
    def search(self, text: str) -> list[CaseStudy]:
        """Case studies whose fields, overlay or notes match *text*, best first."""
        return self.case_studies(search=text)

    def _touch(self, case_id: int, when: str | None = None) -> str:
        """Record a local change (the time a bundle's version is compared with)."""
        when = when or stamp()
        if not self.store.set_case_study_updated_at(case_id, when):
            # a feed's case study touched for the first time
            origin = self.store.case_study_feed_origin(case_id)
            assert origin is not None, f"case study {case_id} has neither workspace row nor feed"
            self.store.add_case_study_workspace(
                case_id, feed_case_study_uuid(*origin), created_at=when, updated_at=when
            )
        return when

    # ---- materials -------------------------------------------------------------------
    def _materials(self, case_ids: Sequence[int], *, sha256: str | None = None) -> list[Material]:
        return [_material(r) for r in self.store.case_study_materials(case_ids, sha256=sha256)]

    def material(self, material_id: int) -> Material:
        row = self.store.case_study_material(material_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no material {material_id}").format(
                    material_id=material_id
                )
            )
        return _material(row)


@dataclass(frozen=True, slots=True)
class _Overlaid:
    """A case study's values with its overlay applied, and what the overlay says."""

    feed_values: dict[str, Any]
    values: dict[str, Any]
    overridden: tuple[str, ...] = ()
    feed_changed: tuple[str, ...] = ()
    changed_underneath: bool = False


def _overlaid(
    row: Mapping[str, Any], session_ids: list[int], presenter_ids: list[int]
) -> _Overlaid:
    """Apply the overlay of *row* (a :meth:`Store.case_study_rows` row) to its feed values."""
    feed_values: dict[str, Any] = {name: row[name] for name in TEXT_FIELDS}
    feed_values["tags"] = list(json.loads(row["tags"]))
    feed_values["session_ids"] = list(session_ids)
    feed_values["presenter_ids"] = list(presenter_ids)
    values = dict(feed_values)
    if not row["has_overlay"]:
        return _Overlaid(feed_values, values)
    overridden: list[str] = []
    for name in EDITABLE_FIELDS:
        raw = row[f"ov_{name}"]
        if raw is None:
            continue
        overridden.append(name)
        values[name] = raw if name in TEXT_FIELDS else list(json.loads(raw))
    snapshot = json.loads(row["base_snapshot"] or "{}")
    feed_changed = tuple(
        name
        for name in EDITABLE_FIELDS
        if name in snapshot and snapshot[name] != comparable(name, feed_values[name])
    )
    return _Overlaid(
        feed_values,
        values,
        tuple(overridden),
        feed_changed,
        bool(feed_changed) or row["base_hash"] != row["content_hash"],
    )


def _material(r: Mapping[str, Any]) -> Material:
    return Material(
        id=r["id"],
        uuid=r["uuid"],
        case_study_id=r["case_study_id"],
        kind=r["kind"],
        name=r["name"],
        media_type=r["media_type"],
        size=r["size"],
        sha256=r["sha256"],
        url=r["url"],
        added_at=r["added_at"],
    )
