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
    from briefing_app.store.attendance import (
        ATTENDANCE_MARKS,
        AttendanceMark,
        AttendanceRecord,
    )
    from briefing_app.store.failures import add_damage_listener, remove_damage_listener
    from briefing_app.store.followups import (
        FOLLOWUP_STATUSES,
        KEEP,
        FollowupImport,
        FollowupRecord,
        FollowupStatus,
        FollowupVersion,
        ImportCounts,
        LinkedSession,
        check_priority,
        clean_followup_text,
        clean_owner,
    )
    from briefing_app.store.fts import build_match_query
    from briefing_app.store.hidden import HiddenNames
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
    from briefing_app.store.mydata import MYDATA_KINDS, KindCounts, MyDataReport, OrphanRecord
    from briefing_app.store.organizations import (
        ORGANIZATION_KINDS,
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
        clean_question_text,
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
    "ATTENDANCE_MARKS",
    "BUILTIN_SAMPLE_URL",
    "FOLLOWUP_STATUSES",
    "KEEP",
    "LATEST_VERSION",
    "MAX_QUESTION_CHARS",
    "MYDATA_KINDS",
    "ORGANIZATION_KINDS",
    "QUESTION_STATES",
    "REMOVED",
    "SAMPLE_SEEDED_KEY",
    "SORT_KEYS",
    "AttendanceMark",
    "AttendanceRecord",
    "Backup",
    "CaseStudyRecord",
    "ChangeSet",
    "ChoiceQuery",
    "ExportOutline",
    "ExportSession",
    "FeedRecord",
    "FeedShape",
    "FirstPage",
    "FollowupImport",
    "FollowupRecord",
    "FollowupStatus",
    "FollowupVersion",
    "HiddenNames",
    "ImportCounts",
    "IndexEntry",
    "KeptMaterial",
    "KindCounts",
    "LinkRecord",
    "LinkedSession",
    "ListResult",
    "MaterialRecord",
    "MyDataReport",
    "NoteVersion",
    "OrganizationDetail",
    "OrganizationRecord",
    "OrphanRecord",
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
    "check_priority",
    "clean_followup_text",
    "clean_owner",
    "clean_question_text",
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
        **dict.fromkeys(["ATTENDANCE_MARKS", "AttendanceMark", "AttendanceRecord"], "attendance"),
        **dict.fromkeys(["add_damage_listener", "remove_damage_listener"], "failures"),
        **dict.fromkeys(
            [
                "FOLLOWUP_STATUSES",
                "KEEP",
                "FollowupImport",
                "FollowupRecord",
                "FollowupStatus",
                "FollowupVersion",
                "ImportCounts",
                "LinkedSession",
                "check_priority",
                "clean_followup_text",
                "clean_owner",
            ],
            "followups",
        ),
        **dict.fromkeys(["clean_followup_text"], "followups"),
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
            ["ORGANIZATION_KINDS", "OrganizationDetail", "OrganizationRecord"], "organizations"
        ),
        **dict.fromkeys(["HiddenNames"], "hidden"),
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
        **dict.fromkeys(["KindCounts", "MYDATA_KINDS", "MyDataReport", "OrphanRecord"], "mydata"),
        **dict.fromkeys(
            [
                "MAX_QUESTION_CHARS",
                "QUESTION_STATES",
                "QuestionRecord",
                "QuestionState",
                "clean_question_text",
            ],
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
