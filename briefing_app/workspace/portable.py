"""A case study in portable form, for bundles: building it and merging it in."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from typing import Any

from briefing_app.workspace.base import (
    snapshot,
    to_json,
)
from briefing_app.workspace.editing import EditingMixin
from briefing_app.workspace.notes import NotesMixin
from briefing_app.workspace.records import (
    EDITABLE_FIELDS,
    TEXT_FIELDS,
    CaseStudy,
    CaseStudyPayload,
    ExternalRef,
    Origin,
    portable_translations,
)


class PortableMixin(EditingMixin, NotesMixin):
    """The portable form of a case study (row ids replaced by feed ids) and merging one in."""

    def payload(self, case_id: int) -> CaseStudyPayload:
        """Everything about a case study in portable form (row ids replaced by feed ids)."""
        case = self.get(case_id)
        sessions = [
            ExternalRef("session", url, source_id, title)
            for url, source_id, title in self.store.session_feed_refs(case.session_ids)
        ]
        people = [
            ExternalRef("presenter", url, source_id, name)
            for url, source_id, name in self.store.presenter_feed_refs(case.presenter_ids)
        ]
        sessions += [r for r in case.unresolved if r.kind == "session"]
        people += [r for r in case.unresolved if r.kind == "presenter"]
        origin = None
        if not case.is_local:
            assert case.feed_url is not None
            row = self.store.case_study_overlay(case_id)
            origin = Origin(
                feed_url=case.feed_url,
                source_id=case.source_id,
                base_hash=row["base_hash"] or row["content_hash"],
                overridden=case.overridden,
                base=(
                    json.loads(row["base_snapshot"])
                    if row["base_snapshot"]
                    else snapshot(case.feed_version)
                ),
            )
        note_row = self.store.case_study_note(case_id)
        revisions = sorted(self.revisions(case_id), key=lambda r: (r.saved_at, r.uuid))
        created = case.created_at or ""
        return CaseStudyPayload(
            uuid=case.uuid,
            created_at=created,
            updated_at=case.updated_at or created,
            title=case.title,
            organization=case.organization,
            summary=case.summary,
            challenge=case.challenge,
            approach=case.approach,
            outcome=case.outcome,
            tags=case.tags,
            sessions=tuple(sorted(sessions, key=lambda r: (r.feed_url, r.source_id))),
            presenters=tuple(sorted(people, key=lambda r: (r.feed_url, r.source_id))),
            origin=origin,
            note=case.note,
            note_updated_at=note_row[1] if note_row else None,
            revisions=tuple(revisions),
            materials=tuple(sorted(case.materials, key=lambda m: (m.added_at, m.uuid))),
            translations=portable_translations(case.translations, case.overridden),
        )

    def merge_target(self, payload: CaseStudyPayload) -> int | None:
        """The case study here a bundle's *payload* is a version of (by UUID, then by feed id)."""
        case_id = self.id_for_uuid(payload.uuid)
        if case_id is None and payload.origin is not None:
            case_id = self.store.case_study_id_for_feed_item(
                payload.origin.feed_url, payload.origin.source_id
            )
        return case_id

    def apply_payload(
        self, payload: CaseStudyPayload, *, target: int | None, as_copy: bool = False
    ) -> tuple[int, int, int, tuple[ExternalRef, ...]]:
        """Write a bundle's case study (inside the caller's transaction).

        With *target*, the bundle's version replaces that case study's fields
        and notes; revisions and materials not yet here are added (merged by
        UUID), so nothing of either side's history is lost. *as_copy* makes a
        new case study with fresh UUIDs ("keep both").

        Returns (case study id, revisions added, materials added, unresolved links).
        """
        sessions, people, unresolved = self._resolve(payload.sessions + payload.presenters)
        fields = {
            "title": payload.title + (" (imported)" if as_copy else ""),
            "organization": payload.organization,
            "summary": payload.summary,
            "challenge": payload.challenge,
            "approach": payload.approach,
            "outcome": payload.outcome,
            "tags": list(payload.tags),
        }
        # A case study of no feed keeps the bundle's other languages (a feed's has its feed's);
        # a copy's title is its own ("... (imported)").
        translations = portable_translations(payload.translations, ("title",) if as_copy else ())
        fresh = (lambda _old: str(uuidlib.uuid4())) if as_copy else (lambda old: old)
        if target is None or as_copy:
            case_id = self._insert_local(
                fresh(payload.uuid),
                {**fields, "translations": translations or None},
                created_at=payload.created_at,
                updated_at=payload.updated_at,
                unresolved=unresolved,
            )
            self._set_links(case_id, sessions, people)
        else:
            case_id = target
            case = self.get(case_id)
            if case.is_local:
                self._update_local(case_id, {**fields, "translations": translations or None})
                self._set_links(case_id, sessions, people)
            else:
                self._overlay_from_payload(case, payload, fields, sessions, people)
            self.store.set_unresolved_links(case_id, to_json([r.as_json() for r in unresolved]))
        known = self.store.note_revision_uuids(case_id)
        revisions_added = 0
        for revision in payload.revisions:
            if revision.uuid not in known:
                self._add_revision(case_id, fresh(revision.uuid), revision.saved_at, revision.body)
                revisions_added += 1
        current = self.store.case_study_note(case_id)
        if (current[0] if current else "") != payload.note:
            self.store.upsert_case_study_note(
                case_id, payload.note, payload.note_updated_at or payload.updated_at
            )
        have = {(m.uuid, m.sha256) for m in self._materials([case_id])}
        have_uuids = {u for u, _ in have}
        have_files = {s for _, s in have if s}
        materials_added = 0
        for material in payload.materials:
            if material.uuid in have_uuids or (material.sha256 and material.sha256 in have_files):
                continue
            self.store.add_case_study_material(
                case_id,
                uuid=fresh(material.uuid),
                kind=material.kind,
                name=material.name,
                media_type=material.media_type,
                size=material.size,
                sha256=material.sha256,
                url=material.url,
                added_at=material.added_at,
            )
            materials_added += 1
        self._touch(case_id, payload.updated_at)
        return case_id, revisions_added, materials_added, unresolved

    def _overlay_from_payload(
        self,
        case: CaseStudy,
        payload: CaseStudyPayload,
        fields: Mapping[str, Any],
        sessions: list[int],
        people: list[int],
    ) -> None:
        """Edits of a feed's case study arrive as an overlay, on the bundle's feed version."""
        values = {**fields, "session_ids": sessions, "presenter_ids": people}
        origin = payload.origin
        overridden = origin.overridden if origin else EDITABLE_FIELDS
        self.store.delete_overlay(case.id)
        content_hash = self.store.case_study_overlay(case.id)["content_hash"]
        self.store.add_overlay(
            case.id,
            base_hash=origin.base_hash if origin else content_hash,
            base_snapshot=to_json(dict(origin.base) if origin else snapshot(case.feed_version)),
            updated_at=payload.updated_at,
        )
        for name in overridden:
            value = values[name]
            self.store.set_overlay_field(
                case.id, name, value if name in TEXT_FIELDS else to_json(value)
            )
        self._drop_empty_overlay(case.id)

    def _resolve(
        self, refs: Iterable[ExternalRef]
    ) -> tuple[list[int], list[int], tuple[ExternalRef, ...]]:
        sessions: list[int] = []
        people: list[int] = []
        unresolved: list[ExternalRef] = []
        for ref in refs:
            find = (
                self.store.session_id_for_feed_item
                if ref.kind == "session"
                else self.store.presenter_id_for_feed_item
            )
            found = find(ref.feed_url, ref.source_id)
            if found is None:
                unresolved.append(ref)
            else:
                (sessions if ref.kind == "session" else people).append(found)
        return sorted(set(sessions)), sorted(set(people)), tuple(unresolved)
