"""The local SQLite store: the single source of truth on the desktop."""

from briefing_app.store.failures import add_damage_listener, remove_damage_listener
from briefing_app.store.fts import build_match_query
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
from briefing_app.store.query import (
    REMOVED,
    SORT_KEYS,
    IndexEntry,
    ListResult,
    SessionQuery,
    SortKey,
)
from briefing_app.store.records import (
    CaseStudyRecord,
    ChangeSet,
    ExportSession,
    FeedRecord,
    LinkRecord,
    NoteVersion,
    PresenterDetail,
    PresenterRecord,
    SessionChange,
    SessionDetail,
    SessionRecord,
)
from briefing_app.store.schema import LATEST_VERSION
from briefing_app.store.store import Store
from briefing_app.store.subscriptions import BUILTIN_SAMPLE_URL, SAMPLE_SEEDED_KEY
from briefing_app.store.timeline import FeedShape

__all__ = [
    "BUILTIN_SAMPLE_URL",
    "LATEST_VERSION",
    "REMOVED",
    "SAMPLE_SEEDED_KEY",
    "SORT_KEYS",
    "Backup",
    "CaseStudyRecord",
    "ChangeSet",
    "ExportSession",
    "FeedRecord",
    "FeedShape",
    "IndexEntry",
    "LinkRecord",
    "ListResult",
    "NoteVersion",
    "PresenterDetail",
    "PresenterRecord",
    "RecoveryReport",
    "SessionChange",
    "SessionDetail",
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
