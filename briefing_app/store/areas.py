"""The Store's areas that load on first use: the first call of one of their methods.

Most commands read sessions, feeds and settings; a few read follow-ups, questions, my
data or organizations. The Store (:mod:`.store`) has the common areas as bases; the
others are in :data:`ON_FIRST_USE`, module by module, with the names their mixin
defines. A name the Store lacks (``store.followups(...)``, ``Store.followups``) is looked
up here: its module is imported and its mixin's methods are set on the Store (public
ones translating failures, as every Store method does), once. A name missing here still
works (a miss loads every area), only slower: tests/perf/test_start.py checks that this
table names every method of every area, and that a method resolves to the one it would
were every area a base of the Store.

Adding a method to one of these mixins: add its name here (the test prints the line).
Adding a mixin: add it here, or as a base of the Store if nearly every command uses it.
"""

from __future__ import annotations

import importlib
import threading
from types import FunctionType
from typing import Any

#: module (of briefing_app.store) -> (its mixin, the names the mixin defines, spaced).
ON_FIRST_USE: dict[str, tuple[str, str]] = {
    "export": (
        "ExportMixin",
        "_export_records _export_where export_outline export_sessions export_snapshot "
        "iter_export_sessions",
    ),
    "mydata": (
        "MyDataMixin",
        "_after_feed_applied _append_question _attach_orphans _export_attendance "
        "_export_favourites _export_followups _export_notes _export_questions _export_reminders "
        "_insert_followup "
        "_keep_note_text _keep_orphan _link_followup _link_followup_id _merge_attendance "
        "_merge_favourite _merge_followup _merge_followup_history _merge_for_session _merge_note "
        "_merge_question "
        "_merge_reminder _orphan_items _put_note _question_covered _session_refs _title "
        "attach_orphans export_mydata import_mydata mydata_orphans",
    ),
    "questions": (
        "QuestionsMixin",
        "_place _renumber _session_questions add_question delete_question edit_question "
        "mark_question move_question question questions restore_question "
        "sessions_with_questions",
    ),
    "followups": (
        "FollowupsMixin",
        "_add_links _keep_replaced _links _set_links add_followup delete_followup edit_followup "
        "followup "
        "followup_by_uid followup_count followup_history followups import_followups "
        "keep_followup_version mark_followup session_keys",
    ),
    "attendance": (
        "AttendanceMixin",
        "_joins attendance attendance_of mark_attendance record_join",
    ),
    "timeline": (
        "TimelineMixin",
        "feed_shapes first_start_after prefetch_feed_shapes presenter_choice_page "
        "presenter_choices session_choice_page session_choices session_days "
        "sessions_starting_between track_texts",
    ),
    "presenters": (
        "PresentersMixin",
        "case_studies presenter_detail presenters search_case_studies",
    ),
    "materials": (
        "MaterialsMixin",
        "material materials_by_session session_materials",
    ),
    "workspace_tables": (
        "WorkspaceTablesMixin",
        "_feed_item_id _material_rows _ws_execute _ws_executemany add_case_study_material "
        "add_case_study_workspace add_note_revision add_overlay case_study_feed_origin "
        "case_study_id_for_feed_item case_study_id_for_uuid case_study_material "
        "case_study_materials case_study_note case_study_overlay case_study_presenter_links "
        "case_study_rows case_study_session_links case_study_summary_rows delete_case_study "
        "delete_case_study_material delete_overlay drop_empty_overlay feed_case_study_origins "
        "insert_local_case_study note_revision note_revision_uuids note_revisions "
        "presenter_feed_refs presenter_id_for_feed_item rebase_overlay "
        "referenced_material_hashes session_feed_refs session_id_for_feed_item "
        "set_case_study_presenters set_case_study_sessions set_case_study_updated_at "
        "set_overlay_field set_unresolved_links update_local_case_study "
        "upsert_case_study_note",
    ),
    "kept": (
        "KeptMaterialsMixin",
        "forget_kept_materials has_kept_materials keep_material kept_hashes kept_material "
        "kept_materials latest_run_id move_kept_material record_kept_copy record_kept_error "
        "record_material_changes session_feed_ids",
    ),
    "organizations": (
        "OrganizationsMixin",
        "_organization_counts organization organization_names organizations room_names",
    ),
}

#: name -> module, from the table above.
AREA_OF: dict[str, str] = {
    name: module for module, (_mixin, names) in ON_FIRST_USE.items() for name in names.split()
}

_lock = threading.RLock()
_loaded: set[str] = set()


def load_area(store_class: type, module: str) -> None:
    """Import the area *module* and set its mixin's methods on *store_class* (once).

    *store_class* is the Store's base whose first base is :class:`AreasOnFirstUse`: what
    the Store defines itself still comes first (``Store._after_feed_applied``).
    """
    from briefing_app.store.failures import translating

    with _lock:
        if module in _loaded:
            return
        mixin_name, _names = ON_FIRST_USE[module]
        mixin = getattr(importlib.import_module(f"briefing_app.store.{module}"), mixin_name)
        for name, value in vars(mixin).items():
            if name.startswith("__") and name.endswith("__"):
                continue
            if isinstance(value, FunctionType) and not name.startswith("_"):
                value = translating(value)  # as translate_public_methods does the others
            setattr(store_class, name, value)
        _loaded.add(module)


def loaded_areas() -> frozenset[str]:
    """The areas loaded so far in this process."""
    return frozenset(_loaded)


def _load_for(store_class: type, name: str) -> bool:
    """Load the area that defines *name*; True if one was loaded (else every area was)."""
    if name.startswith("__") and name.endswith("__"):
        return False  # copy, pickle and friends probe these: never an area's
    module = AREA_OF.get(name)
    if module is not None:
        if module in _loaded:
            return False
        load_area(store_class, module)
        return True
    missing = [m for m in ON_FIRST_USE if m not in _loaded]
    for other in missing:  # a method this table does not name yet: slower, never wrong
        load_area(store_class, other)
    return bool(missing)


def _store_class(klass: type) -> type:
    """The class the areas are set on: the one whose first base is AreasOnFirstUse."""
    mro = klass.__mro__
    return mro[mro.index(AreasOnFirstUse) - 1]


class _OnFirstUseMeta(type):
    def __getattr__(cls, name: str) -> Any:  # Store.followups: a class attribute missed
        if cls is not AreasOnFirstUse and _load_for(_store_class(cls), name):
            return getattr(cls, name)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class AreasOnFirstUse(metaclass=_OnFirstUseMeta):
    """The Store's base at run time in place of the areas of :data:`ON_FIRST_USE`."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:  # store.followups(): an attribute missed
        if _load_for(_store_class(type(self)), name):
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
