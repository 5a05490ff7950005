"""The local SQLite store: the single source of truth on the desktop."""

from briefing_app.store.query import REMOVED, IndexEntry, SessionQuery
from briefing_app.store.records import (
    CaseStudyRecord,
    ChangeSet,
    FeedRecord,
    NoteVersion,
    PresenterRecord,
    SessionChange,
    SessionDetail,
    SessionRecord,
)
from briefing_app.store.schema import LATEST_VERSION
from briefing_app.store.store import Store
from briefing_app.store.subscriptions import BUILTIN_SAMPLE_URL

__all__ = [
    "BUILTIN_SAMPLE_URL",
    "LATEST_VERSION",
    "REMOVED",
    "CaseStudyRecord",
    "ChangeSet",
    "FeedRecord",
    "IndexEntry",
    "NoteVersion",
    "PresenterRecord",
    "SessionChange",
    "SessionDetail",
    "SessionQuery",
    "SessionRecord",
    "Store",
]
