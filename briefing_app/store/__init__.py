"""The local SQLite store: the single source of truth on the desktop.

The exports load on first use (:mod:`briefing_app.util.lazy`): ``from briefing_app.store
import Store`` loads what the Store needs, and a module that only names a record type
for its annotations (under ``TYPE_CHECKING``) loads nothing.
"""

from typing import TYPE_CHECKING

from briefing_app.util.lazy import lazy_exports

#: The feed address of the bundled sample, and the setting that says it was loaded once.
BUILTIN_SAMPLE_URL = "builtin:sample"
SAMPLE_SEEDED_KEY = "sample_seeded"

if TYPE_CHECKING:
    from briefing_app.store.failures import add_damage_listener, remove_damage_listener
    from briefing_app.store.fts import build_match_query
    from briefing_app.store.kept import KeptMaterial
    from briefing_app.store.maintenance import (
        Backup,
        RecoveryReport,
        backups,
        damaged,
        find_backup,
        integrity_problems,
        is_empty_database,
        recover,
        restore,
    )
    from briefing_app.store.organizations import (
        ORGANIZATION_KINDS,
        HiddenNames,
        OrganizationDetail,
        OrganizationRecord,
    )
    from briefing_app.store.query import (
        REMOVED,
        SORT_KEYS,
        FirstPage,
        IndexEntry,
        ListResult,
        SessionQuery,
        SortKey,
    )
    from briefing_app.store.questions import (
        MAX_QUESTION_CHARS,
        QUESTION_STATES,
        QuestionRecord,
        QuestionState,
    )
    from briefing_app.store.records import (
        CaseStudyRecord,
        ChangeSet,
        ExportOutline,
        ExportSession,
        FeedRecord,
        LinkRecord,
        MaterialRecord,
        NoteVersion,
        PresenterDetail,
        PresenterRecord,
        SessionChange,
        SessionDetail,
        SessionLine,
        SessionRecord,
    )
    from briefing_app.store.schema import LATEST_VERSION
    from briefing_app.store.store import Store
    from briefing_app.store.timeline import ChoiceQuery, FeedShape

__all__ = [
    "BUILTIN_SAMPLE_URL",
    "LATEST_VERSION",
    "MAX_QUESTION_CHARS",
    "ORGANIZATION_KINDS",
    "QUESTION_STATES",
    "REMOVED",
    "SAMPLE_SEEDED_KEY",
    "SORT_KEYS",
    "Backup",
    "CaseStudyRecord",
    "ChangeSet",
    "ChoiceQuery",
    "ExportOutline",
    "ExportSession",
    "FeedRecord",
    "FeedShape",
    "FirstPage",
    "HiddenNames",
    "IndexEntry",
    "KeptMaterial",
    "LinkRecord",
    "ListResult",
    "MaterialRecord",
    "NoteVersion",
    "OrganizationDetail",
    "OrganizationRecord",
    "PresenterDetail",
    "PresenterRecord",
    "QuestionRecord",
    "QuestionState",
    "RecoveryReport",
    "SessionChange",
    "SessionDetail",
    "SessionLine",
    "SessionQuery",
    "SessionRecord",
    "SortKey",
    "Store",
    "add_damage_listener",
    "backups",
    "build_match_query",
    "damaged",
    "find_backup",
    "integrity_problems",
    "is_empty_database",
    "recover",
    "remove_damage_listener",
    "restore",
]

__getattr__ = lazy_exports(
    __name__,
    {
        **dict.fromkeys(["add_damage_listener", "remove_damage_listener"], "failures"),
        **dict.fromkeys(["build_match_query"], "fts"),
        **dict.fromkeys(["KeptMaterial"], "kept"),
        **dict.fromkeys(
            [
                "Backup",
                "RecoveryReport",
                "backups",
                "damaged",
                "find_backup",
                "integrity_problems",
                "is_empty_database",
                "recover",
                "restore",
            ],
            "maintenance",
        ),
        **dict.fromkeys(
            ["ORGANIZATION_KINDS", "HiddenNames", "OrganizationDetail", "OrganizationRecord"],
            "organizations",
        ),
        **dict.fromkeys(
            [
                "FirstPage",
                "IndexEntry",
                "ListResult",
                "MaterialRecord",
                "REMOVED",
                "SORT_KEYS",
                "SessionQuery",
                "SortKey",
            ],
            "query",
        ),
        **dict.fromkeys(
            ["MAX_QUESTION_CHARS", "QUESTION_STATES", "QuestionRecord", "QuestionState"],
            "questions",
        ),
        **dict.fromkeys(
            [
                "CaseStudyRecord",
                "ChangeSet",
                "ExportOutline",
                "ExportSession",
                "FeedRecord",
                "LinkRecord",
                "MaterialRecord",
                "NoteVersion",
                "PresenterDetail",
                "PresenterRecord",
                "SessionChange",
                "SessionDetail",
                "SessionLine",
                "SessionRecord",
            ],
            "records",
        ),
        **dict.fromkeys(["LATEST_VERSION"], "schema"),
        **dict.fromkeys(["Store"], "store"),
        **dict.fromkeys(["ChoiceQuery", "FeedShape"], "timeline"),
    },
)
