"""The language the window shows feed texts in, and how it marks one shown in another.

A feed may give its texts in several languages (issue 17, ``util/multilingual``).
Every view shows the user's language (``util.language``: the language setting,
else the system's) and falls back to another the feed has; such a text is
marked with a small badge naming the language shown ("EN"), never by colour
alone, with a tooltip and an accessible text that say it in words.

The language is the window's, one per process: :func:`set_language` when it
changes (the Settings dialog's language switch), then the views reload.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from briefing_app.errors import BriefingError
from briefing_app.util import multilingual
from briefing_app.util.language import SOURCE_LANGUAGE, content_preference, resolve
from briefing_app.util.multilingual import base_language
from briefing_app.util.multilingual import fallback_of as fallback_of  # views mark with it

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefing_app.store import FeedRecord, SessionRecord, Store
    from briefing_app.util.multilingual import Picked

logger = logging.getLogger(__name__)
_CONTEXT = "ContentLanguage"
_language = SOURCE_LANGUAGE


def language() -> str:
    """The user's language for feed texts (``en`` or ``fr``)."""
    return _language


def preference() -> tuple[str, ...]:
    """The order to pick a feed's texts in: the user's language first."""
    return content_preference(_language)


def set_language(value: str) -> None:
    """Show feed texts in *value* (``en``, ``fr``) from now on (callers reload their views)."""
    global _language
    _language = value


def follow_settings(store: Store) -> None:
    """Take the language from the user's setting (or the system's when it says so)."""
    from briefing_app.usecases import settings

    set_language(resolve(settings.language(store)))


def language_name(tag: str) -> str:
    """The language of *tag* in words, in the user's language ("English", "anglais")."""
    base = base_language(tag)
    if base == "en":
        return QCoreApplication.translate("ContentLanguage", "English")
    if base == "fr":
        return QCoreApplication.translate("ContentLanguage", "French")
    named = QLocale(tag.replace("-", "_")).nativeLanguageName()
    return named or tag


def badge(tag: str) -> str:
    """The short mark of a text shown in the language *tag*: ``EN``."""
    return multilingual.badge(tag)


def fallback_explanation(tag: str) -> str:
    """Why a text carries a badge: "Not available in French; shown in English"."""
    return QCoreApplication.translate(
        "ContentLanguage", "Not available in {wanted}; shown in {shown}"
    ).format(wanted=language_name(_language), shown=language_name(tag))


def marked(text: str, tag: str) -> str:
    """*text* with the badge of *tag*, the language it is shown in when not the user's
    (``Technology  [EN]``); *text* itself when *tag* is "" (the user's language)."""
    return f"{text}  [{badge(tag)}]" if tag else text


def said(text: str, tag: str) -> str:
    """*text* with the badge in words, for a tooltip or a screen reader (*tag* "": as is)."""
    return f"{text} ({fallback_explanation(tag)})" if tag else text


def feed_name(feed: FeedRecord) -> str:
    """A feed's name (its series' title) in the user's language, a fallback marked."""
    picked = feed.shown_name(preference())
    return marked(picked.text, fallback_of(picked))


def track_texts(store: Store, feed_id: int | None = None) -> Mapping[str, str]:
    """``store.track_texts(feed_id)``, or none when the store cannot be read (a damaged
    page, a lock): the tracks then read as the feed's text. The store's damage listener
    has told the window already; a view's refresh must not fail for a label."""
    try:
        return store.track_texts(feed_id)
    except BriefingError as exc:
        logger.debug("Track names not read in the user's language: %s", exc)
        return {}


def track_name(track: str, texts: Mapping[str, str]) -> Picked:
    """*track* (the feed's default text) in the user's language, from the store's
    ``track_texts()``: what a row, a filter or the hidden list shows for it. Filters keep
    filtering by *track* itself."""
    return multilingual.pick_stored(texts.get(track), "track", track, preference())


def session_title(record: SessionRecord) -> str:
    """*record*'s title in the user's language, a fallback marked (``… [EN]``)."""
    shown = record.in_language(preference())
    return marked(shown.title, shown.fallback_language("title"))


def series_title(record: SessionRecord, feeds: Mapping[int, FeedRecord]) -> str:
    """The title of *record*'s series in the user's language (a fallback marked), from its
    feed among *feeds* (by id), which carries the series' maps."""
    feed = feeds.get(record.feed_id)
    if feed is None or not feed.series_translations:
        return record.series_title
    picked = multilingual.pick_stored(
        feed.series_translations, "title", record.series_title, preference()
    )
    return marked(picked.text, fallback_of(picked))
