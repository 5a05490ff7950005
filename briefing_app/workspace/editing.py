"""Creating, editing and deleting case studies; a feed case study's edits as an overlay."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from briefing_app.errors import (
    NotFoundError,
    ReadOnlyError,
    UsageError,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.workspace.base import (
    clean_tags,
    snapshot,
    stamp,
    to_json,
)
from briefing_app.workspace.material_links import MaterialsMixin
from briefing_app.workspace.records import (
    EDITABLE_FIELDS,
    SHOWN_TEXT_FIELDS,
    TEXT_FIELDS,
    CaseStudy,
    ExternalRef,
    portable_translations,
)


class EditingMixin(MaterialsMixin):
    """Local case studies are edited in place; a feed's case study gets an overlay that
    remembers the feed version it was made on (so a later feed change shows)."""

    def create(
        self,
        title: str,
        *,
        organization: str = "",
        summary: str = "",
        challenge: str = "",
        approach: str = "",
        outcome: str = "",
        tags: Iterable[str] = (),
        session_ids: Iterable[int] = (),
        presenter_ids: Iterable[int] = (),
    ) -> CaseStudy:
        """Add a case study of the presenter's own; returns it with its number and UUID."""
        if not title.strip():
            raise UsageError(QT_TRANSLATE_NOOP("core", "a case study needs a title").message())
        sessions = self._check_sessions(session_ids)
        people = self._check_presenters(presenter_ids)
        case_uuid = str(uuidlib.uuid4())
        now = stamp()
        with self.store.transaction():
            case_id = self._insert_local(
                case_uuid,
                {
                    "title": title.strip(),
                    "organization": organization,
                    "summary": summary,
                    "challenge": challenge,
                    "approach": approach,
                    "outcome": outcome,
                    "tags": list(clean_tags(tags)),
                },
                created_at=now,
                updated_at=now,
            )
            self._set_links(case_id, sessions, people)
        return self.get(case_id)

    def _insert_local(
        self,
        case_uuid: str,
        values: Mapping[str, Any],
        *,
        created_at: str,
        updated_at: str,
        unresolved: Sequence[ExternalRef] = (),
    ) -> int:
        case_id = self.store.insert_local_case_study(
            case_uuid, values, tags_json=to_json(list(values["tags"]))
        )
        self.store.add_case_study_workspace(
            case_id,
            case_uuid,
            created_at=created_at,
            updated_at=updated_at,
            unresolved_links=to_json([r.as_json() for r in unresolved]),
        )
        return case_id

    def update(self, case_id: int, **changes: Any) -> CaseStudy:
        """Change fields (``title=...``, ``tags=[...]``, ``session_ids=[...]``, ...).

        A local case study is changed in place. A feed's case study keeps the
        feed's version untouched: the changes go into its overlay, which the
        next sync leaves alone (a value equal to the feed's drops out of the
        overlay again, so later feed changes to it show through).
        """
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "cannot edit {unknown} of a case study").format(
                    unknown=", ".join(unknown)
                )
            )
        current = self.get(case_id)
        new = self._normalized(changes)
        if "title" in new and not new["title"]:
            raise UsageError(QT_TRANSLATE_NOOP("core", "a case study needs a title").message())
        with self.store.transaction():
            if current.is_local:
                if current.translations:  # from a bundle: its texts in other languages
                    new = self._with_translations(current, new)
                self._update_local(case_id, new)
            else:
                self._update_overlay(current, new)
            self._touch(case_id)
        return self.get(case_id)

    @staticmethod
    def _with_translations(current: CaseStudy, new: dict[str, Any]) -> dict[str, Any]:
        """*new* for a local case study with texts in other languages: a text as one of its
        languages has it is no change (the window edits what it shows, in the user's
        language); an edited text replaces the field in every language."""
        maps = json.loads(current.translations)
        kept = dict(new)
        for name in SHOWN_TEXT_FIELDS:
            texts = maps.get(name)
            if name not in new or not isinstance(texts, dict):
                continue
            if new[name] == getattr(current, name) or new[name] in texts.values():
                del kept[name]
            else:
                del maps[name]
        kept["translations"] = portable_translations(json.dumps(maps)) or None
        return kept

    def _normalized(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        new: dict[str, Any] = {}
        for name, value in changes.items():
            if name in TEXT_FIELDS:
                new[name] = str(value).strip() if name == "title" else str(value)
            elif name == "tags":
                new[name] = list(clean_tags(value))
            elif name == "session_ids":
                new[name] = self._check_sessions(value)
            else:
                new[name] = self._check_presenters(value)
        return new

    def _update_local(self, case_id: int, new: Mapping[str, Any]) -> None:
        self.store.update_local_case_study(
            case_id, {n: to_json(v) if n == "tags" else v for n, v in new.items()}
        )
        if "session_ids" in new or "presenter_ids" in new:
            self._set_links(case_id, new.get("session_ids"), new.get("presenter_ids"))

    def _update_overlay(self, current: CaseStudy, new: Mapping[str, Any]) -> None:
        feed = current.feed_version
        row = self.store.case_study_overlay(current.id)
        if not row["has_overlay"]:
            self.store.add_overlay(
                current.id,
                base_hash=row["content_hash"],
                base_snapshot=to_json(snapshot(feed)),
                updated_at=stamp(),
            )
        for name, value in new.items():
            # Equal to the feed's value: not an edit (the feed's later changes show through).
            stored = (
                None if value == feed[name] else (value if name in TEXT_FIELDS else to_json(value))
            )
            self.store.set_overlay_field(current.id, name, stored, updated_at=stamp())
        self._drop_empty_overlay(current.id)

    def _drop_empty_overlay(self, case_id: int) -> None:
        self.store.drop_empty_overlay(case_id)

    def revert_to_feed(self, case_id: int, fields: Iterable[str] | None = None) -> CaseStudy:
        """Drop the presenter's edits of a feed's case study (all, or only *fields*)."""
        current = self.get(case_id)
        if current.is_local:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "core", "case study {case_id} is your own; it has no feed version"
                ).format(case_id=case_id)
            )
        names = list(fields) if fields is not None else list(EDITABLE_FIELDS)
        unknown = sorted(set(names) - set(EDITABLE_FIELDS))
        if unknown:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "no field {unknown} on a case study").format(
                    unknown=", ".join(unknown)
                )
            )
        with self.store.transaction():
            for name in names:
                self.store.set_overlay_field(case_id, name, None)
            self._drop_empty_overlay(case_id)
            self._touch(case_id)
        return self.get(case_id)

    def accept_feed_version(self, case_id: int) -> CaseStudy:
        """The presenter saw the feed's change underneath: keep the edits, on the new version."""
        current = self.get(case_id)
        with self.store.transaction():
            self.store.rebase_overlay(case_id, to_json(snapshot(current.feed_version)))
        return self.get(case_id)

    def delete(self, case_id: int) -> None:
        """Delete a case study of the presenter's own, with its notes and materials.

        Files no other case study uses leave the materials folder.

        Raises:
            ReadOnlyError: it comes from a feed (revert the edits instead).
        """
        current = self.get(case_id)
        if not current.is_local:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "case study {case_id} ({title!r}) comes from the feed {feed_url}; it "
                    "cannot be deleted here (your edits can be reverted)",
                ).format(case_id=case_id, title=current.title, feed_url=current.feed_url)
            )
        hashes = {m.sha256 for m in current.materials if m.sha256}
        with self.store.transaction():
            self.store.delete_case_study(case_id)
        self._collect(hashes)

    def _check_sessions(self, ids: Iterable[int] | None) -> list[int]:
        wanted = sorted(set(ids or ()))
        for session_id in wanted:
            self.store.session(session_id)  # NotFoundError names it
        return wanted

    def _check_presenters(self, ids: Iterable[int] | None) -> list[int]:
        wanted = sorted(set(ids or ()))
        for presenter_id in wanted:
            if not self.store.presenters(presenter_id=presenter_id):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("core", "no presenter with id {presenter_id}").format(
                        presenter_id=presenter_id
                    )
                )
        return wanted

    def _set_links(
        self, case_id: int, sessions: Sequence[int] | None, people: Sequence[int] | None
    ) -> None:
        """Links of a local case study (a sync only rewrites its own feed's links)."""
        if sessions is not None:
            self.store.set_case_study_sessions(case_id, sessions)
        if people is not None:
            self.store.set_case_study_presenters(case_id, people)
