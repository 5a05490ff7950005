"""Language maps in feeds: ``{"en": "...", "fr": "..."}`` where a text may be (issue 17).

Every parser that meets a field given in several languages (a briefing feed's
language map, pretalx's multilingual objects in c3voc JSON, frab XML's
``xml:lang`` variants) turns it into the field's default text plus
:class:`~briefing_app.feeds.model.Translation` entries, here.
The default text is the map's first non-empty entry (feeds write their main
language first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from briefing_app.errors import FeedError
from briefing_app.feeds.model import Translation, Translations
from briefing_app.util.multilingual import LANGUAGE_TAG

#: The fields of each briefing-feed object that may be language maps (version 3; a
#: session's ``kind`` from version 4).
BRIEFING_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "series": ("title", "subtitle", "description"),
    "organization": ("name", "description"),
    "presenter": ("title", "bio"),
    "session": ("title", "subtitle", "summary", "description", "track", "kind"),
    "case_study": ("title", "summary", "challenge", "approach", "outcome"),
}

#: At most this many languages per field (a feed with more is wrong, not multilingual).
MAX_LANGUAGES = 50


def default_text(variants: Iterable[tuple[str, str]]) -> str:
    """The text a map stands for where one text is needed: its first non-empty one."""
    return next((text for _tag, text in variants if text), "")


def check_map(value: Mapping[Any, Any], path: str) -> list[tuple[str, str]]:
    """The (tag, text) entries of a language map, checked; a :class:`FeedError` at *path*."""
    if not value:
        raise FeedError(
            'expected a text or a language map such as {"en": "...", "fr": "..."}, '
            "got an empty object",
            path=path,
        )
    if len(value) > MAX_LANGUAGES:
        raise FeedError(f"a language map has at most {MAX_LANGUAGES} languages", path=path)
    entries: list[tuple[str, str]] = []
    for tag, text in value.items():
        if not isinstance(tag, str) or LANGUAGE_TAG.match(tag) is None:
            raise FeedError(
                f"{tag!r} is not a language tag (BCP 47, such as en, fr or fr-CA)", path=path
            )
        if not isinstance(text, str):
            raise FeedError(
                f"expected a string for language {tag!r}, got {type(text).__name__}",
                path=f"{path}.{tag}",
            )
        entries.append((tag, text))
    return entries


def split_texts(
    item: Mapping[str, Any], names: Iterable[str], path: str
) -> tuple[Mapping[str, Any], Translations]:
    """*item* with each language map among *names* replaced by its default text, and the maps.

    The same *item* and ``()`` when no field is a map (the common, cheap case).
    """
    found: dict[str, Any] | None = None
    translations: list[Translation] = []
    for name in names:
        value = item.get(name)
        if type(value) is not dict:
            continue
        entries = check_map(value, f"{path}.{name}")
        if found is None:
            found = dict(item)
        found[name] = default_text(entries)
        translations.extend(Translation(name, tag, text) for tag, text in entries)
    if found is None:
        return item, ()
    return found, tuple(translations)
