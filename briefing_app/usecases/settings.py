"""Every setting the app keeps in the Store: its key, default and validation, in one place.

The Store keeps settings as JSON by key and knows nothing of their meaning;
the fronts read and write them only through the typed functions here. A value
that is not valid (hand-edited, or from another version) reads as the default,
with a warning in the log; writing a value that is not valid raises
:class:`SettingError` and stores nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing_app.errors import UsageError
from briefing_app.store import SAMPLE_SEEDED_KEY
from briefing_app.sync.limits import (
    DEFAULT_MATERIAL_MAX_BYTES,
    DEFAULT_MAX_BYTES,
    DEFAULT_TOTAL_TIMEOUT,
    MIB,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.language import LANGUAGE_CHOICES

if TYPE_CHECKING:
    import logging

    from briefing_app.store import Store
    from briefing_app.sync import Fetcher, FetchPolicy


def _logger() -> logging.Logger:
    """This module's logger: logging is not imported for ``--help`` (which imports this
    module for the settings' names in ``settings``' help)."""
    import logging

    return logging.getLogger(__name__)


#: Minutes between background syncs; 0: no automatic sync.
SYNC_INTERVAL = "sync_interval_minutes"
SYNC_INTERVAL_DEFAULT = 0
SYNC_INTERVAL_MAX = 24 * 60

#: Seconds a whole feed download (every retry included) may take before it is
#: given up as stalled.
DOWNLOAD_TIMEOUT = "download_timeout_seconds"
DOWNLOAD_TIMEOUT_DEFAULT = int(DEFAULT_TOTAL_TIMEOUT)
DOWNLOAD_TIMEOUT_MIN = 1
DOWNLOAD_TIMEOUT_MAX = 60 * 60

#: The largest feed (MiB) a download may bring; a larger one is refused.
MAX_FEED_SIZE = "max_feed_size_mib"
MAX_FEED_SIZE_DEFAULT = DEFAULT_MAX_BYTES // MIB
MAX_FEED_SIZE_MIN = 1
MAX_FEED_SIZE_MAX = 16 * 1024
#: Feeds larger than this (bytes) are downloaded to a temporary file and read as they stream.
SPOOL_BYTES = 8 * MIB
#: What a refused feed's message says ({mib}: a limit that would take it).
MAX_FEED_SIZE_HINT = QT_TRANSLATE_NOOP(
    "core", "to allow it, raise the limit: briefing-app settings max-feed-size {mib}"
)

#: Minutes before a session its reminder (and a calendar alarm) comes; None: none.
REMINDER = "reminder_minutes"
REMINDER_DEFAULT = 15
REMINDER_MAX = 7 * 24 * 60

#: Which times the lists show: the event's zone, this computer's, or both.
TIME_DISPLAY = "time_display"
TIME_DISPLAYS = ("event", "mine", "both")
TIME_DISPLAY_DEFAULT = "both"

#: The window's palette.
THEME = "theme"
THEMES = ("system", "light", "dark")
THEME_DEFAULT = "system"

#: The language of the window and the CLI: follow the system, or English / French (util/language).
LANGUAGE = "language"
LANGUAGES = LANGUAGE_CHOICES
LANGUAGE_DEFAULT = "system"

#: The reminders already shown: ``[[session_id, start_utc, end_utc], ...]`` (usecases/reminders).
REMINDERS_DELIVERED = "reminders_delivered"

#: Whether the bundled sample was loaded once (the Store seeds it; kept there, named here).
SAMPLE_SEEDED = SAMPLE_SEEDED_KEY

#: The largest session material "Keep offline" downloads, in MiB.
MATERIALS_MAX_SIZE = "materials_max_size_mib"
MATERIALS_MAX_SIZE_DEFAULT = DEFAULT_MATERIAL_MAX_BYTES // MIB
MATERIALS_MAX_SIZE_MIN = 1
MATERIALS_MAX_SIZE_MAX = 16 * 1024

#: Every key, for the record (and the test that no other module invents one).
KEYS = (
    SYNC_INTERVAL,
    DOWNLOAD_TIMEOUT,
    MAX_FEED_SIZE,
    MATERIALS_MAX_SIZE,
    REMINDER,
    TIME_DISPLAY,
    THEME,
    LANGUAGE,
    REMINDERS_DELIVERED,
    SAMPLE_SEEDED,
)


class SettingError(UsageError):
    """A value a setting cannot take."""


def _check_minutes(key: str, value: int | None, high: int, *, off: bool) -> None:
    if value is None and off:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "core", "{key}: expected a whole number of minutes from 0 to {high}"
            ).format(key=key, high=high)
        )


def _choice(store: Store, key: str, choices: tuple[str, ...], default: str) -> str:
    value = store.get_setting(key, default)
    if value not in choices:
        _logger().warning("Ignoring the %s setting %r (expected one of %s)", key, value, choices)
        return default
    return str(value)


def _set_choice(store: Store, key: str, choices: tuple[str, ...], value: str) -> None:
    if value not in choices:
        raise SettingError(
            QT_TRANSLATE_NOOP("core", "{key}: expected one of {choices}, not {value!r}").format(
                key=key, choices=", ".join(choices), value=value
            )
        )
    store.set_setting(key, value)


# ---- sync ------------------------------------------------------------------------------
def sync_interval_minutes(store: Store) -> int:
    """Minutes between background syncs; 0: only when asked."""
    minutes = store.int_setting(SYNC_INTERVAL, SYNC_INTERVAL_DEFAULT, high=SYNC_INTERVAL_MAX)
    return minutes or 0


def set_sync_interval_minutes(store: Store, minutes: int) -> None:
    _check_minutes(SYNC_INTERVAL, minutes, SYNC_INTERVAL_MAX, off=False)
    store.set_setting(SYNC_INTERVAL, minutes)


def download_timeout_seconds(store: Store) -> int:
    """Seconds a download may take in all (connect, answer, body, retries) before it stops."""
    seconds = store.int_setting(
        DOWNLOAD_TIMEOUT,
        DOWNLOAD_TIMEOUT_DEFAULT,
        low=DOWNLOAD_TIMEOUT_MIN,
        high=DOWNLOAD_TIMEOUT_MAX,
    )
    return seconds or DOWNLOAD_TIMEOUT_DEFAULT


def _set_whole(store: Store, key: str, value: int, low: int, high: int, unit: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SettingError(
            QT_TRANSLATE_NOOP(
                "core", "{key}: expected a whole number of {unit} from {low} to {high}"
            ).format(key=key, unit=unit, low=low, high=high)
        )
    store.set_setting(key, value)


def set_download_timeout_seconds(store: Store, seconds: int) -> None:
    _set_whole(
        store,
        DOWNLOAD_TIMEOUT,
        seconds,
        DOWNLOAD_TIMEOUT_MIN,
        DOWNLOAD_TIMEOUT_MAX,
        QT_TRANSLATE_NOOP("core", "seconds"),
    )


def max_feed_size_mib(store: Store) -> int:
    """The largest feed a download may bring, in MiB (1,048,576 bytes)."""
    mib = store.int_setting(
        MAX_FEED_SIZE, MAX_FEED_SIZE_DEFAULT, low=MAX_FEED_SIZE_MIN, high=MAX_FEED_SIZE_MAX
    )
    return mib or MAX_FEED_SIZE_DEFAULT


def set_max_feed_size_mib(store: Store, mib: int) -> None:
    _set_whole(
        store,
        MAX_FEED_SIZE,
        mib,
        MAX_FEED_SIZE_MIN,
        MAX_FEED_SIZE_MAX,
        QT_TRANSLATE_NOOP("core", "MiB"),
    )


def feed_policy(store: Store) -> FetchPolicy:
    """How feeds download: the user's time and size limits; big feeds stream to a file."""
    from briefing_app.sync import FetchPolicy  # requests: only where it downloads

    return FetchPolicy(
        total_timeout=float(download_timeout_seconds(store)),
        max_bytes=max_feed_size_mib(store) * MIB,
        spool_bytes=SPOOL_BYTES,
        too_large_hint=MAX_FEED_SIZE_HINT,
    )


def feed_fetcher(store: Store) -> Fetcher:
    """A Fetcher for feeds with the user's download limits (close it when done)."""
    from briefing_app.sync import Fetcher

    return Fetcher(feed_policy(store))


def materials_max_size_mib(store: Store) -> int:
    """The largest material "Keep offline" may download, in MiB (1,048,576 bytes)."""
    mib = store.int_setting(
        MATERIALS_MAX_SIZE,
        MATERIALS_MAX_SIZE_DEFAULT,
        low=MATERIALS_MAX_SIZE_MIN,
        high=MATERIALS_MAX_SIZE_MAX,
    )
    return mib or MATERIALS_MAX_SIZE_DEFAULT


def set_materials_max_size_mib(store: Store, mib: int) -> None:
    _set_whole(
        store,
        MATERIALS_MAX_SIZE,
        mib,
        MATERIALS_MAX_SIZE_MIN,
        MATERIALS_MAX_SIZE_MAX,
        QT_TRANSLATE_NOOP("core", "MiB"),
    )


# ---- reminders -------------------------------------------------------------------------
def reminder_minutes(store: Store) -> int | None:
    """The user's reminder lead time in minutes, for reminders and calendar alarms (None: none)."""
    return store.int_setting(REMINDER, REMINDER_DEFAULT, high=REMINDER_MAX)


def set_reminder_minutes(store: Store, minutes: int | None) -> None:
    """Set the lead time; ``None`` (or 0, as the settings dialog offers it) turns reminders off."""
    _check_minutes(REMINDER, minutes, REMINDER_MAX, off=True)
    store.set_setting(REMINDER, minutes or None)


def reminders_delivered(store: Store) -> list[Any]:
    """The raw delivered-reminder entries; anything but a list reads as none."""
    raw = store.get_setting(REMINDERS_DELIVERED, [])
    if not isinstance(raw, list):
        _logger().warning("Ignoring the %s setting: not a list", REMINDERS_DELIVERED)
        return []
    return raw


def set_reminders_delivered(store: Store, entries: list[list[Any]]) -> None:
    store.set_setting(REMINDERS_DELIVERED, entries)


# ---- display ---------------------------------------------------------------------------
def time_display(store: Store) -> str:
    """``event``, ``mine`` or ``both`` (the default, also for anything else stored)."""
    return _choice(store, TIME_DISPLAY, TIME_DISPLAYS, TIME_DISPLAY_DEFAULT)


def set_time_display(store: Store, value: str) -> None:
    _set_choice(store, TIME_DISPLAY, TIME_DISPLAYS, value)


def theme(store: Store) -> str:
    """``system`` (the default, also for anything else stored), ``light`` or ``dark``."""
    return _choice(store, THEME, THEMES, THEME_DEFAULT)


def set_theme(store: Store, value: str) -> None:
    _set_choice(store, THEME, THEMES, value)


def language(store: Store) -> str:
    """The language setting: ``"system"``, ``"en"`` or ``"fr"`` (see ``util.language.resolve``)."""
    return _choice(store, LANGUAGE, LANGUAGES, LANGUAGE_DEFAULT)


def set_language(store: Store, value: str) -> None:
    _set_choice(store, LANGUAGE, LANGUAGES, value)


def content_languages(store: Store) -> tuple[str, ...]:
    """The order to show a feed's texts given in several languages in: the user's first."""
    from briefing_app.util.language import content_preference, resolve

    return content_preference(resolve(language(store)))
