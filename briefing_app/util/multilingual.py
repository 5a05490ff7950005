"""Texts a feed gives in several languages, and which one to show (issue 17).

A feed may give any human text (a title, an abstract, a biography ...) as a
language map, ``{"en": "...", "fr": "..."}``. The record keeps the feed's
default text in its usual field (so everything that reads it keeps working)
and the whole map beside it; the store keeps the maps of a row as one JSON
object, ``{"title": {"en": "...", "fr": "..."}, ...}`` (:func:`decode`).

What to show is :func:`pick`: the user's language (``util.language``'s
:func:`~briefing_app.util.language.content_preference`), else another of the
app's languages, else the feed's default text. A text shown in a language other
than the user's, when the feed gives that field in several languages, is a
*fallback*: front ends mark it (the window with a badge, the CLI with a tag).
Qt-free: the window, the CLI, the pack and the calendar export decide alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

#: A BCP 47 language tag as feeds write them: ``en``, ``fr``, ``fr-CA``, ``zh-Hant-TW``.
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")

#: A row's language maps: field name -> language tag -> text.
Texts = Mapping[str, Mapping[str, str]]


class Picked(NamedTuple):
    """The text to show for a field, and what language it is in."""

    text: str
    #: The tag of the text shown as the feed wrote it (``fr-CA``); "" when unknown
    #: (the field is not a language map).
    language: str = ""
    #: True when the field is a language map without the user's language: the text
    #: shown is another language's, and front ends say so.
    fallback: bool = False


def base_language(tag: str) -> str:
    """``fr-CA`` -> ``fr``; ``EN`` -> ``en``; ``zh_Hant`` -> ``zh``."""
    return tag.replace("_", "-").split("-", 1)[0].lower()


def badge(tag: str) -> str:
    """The short mark of a text shown in the language *tag*: ``fr-CA`` -> ``FR``."""
    return base_language(tag).upper()


def decode(stored: str | None) -> dict[str, dict[str, str]]:
    """A row's stored language maps (``None`` or "" when it has none: ``{}``).

    Anything but an object of objects of strings (a store written by hand) reads as
    no maps at all: the default texts still show.
    """
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    texts: dict[str, dict[str, str]] = {}
    for name, variants in value.items():
        if isinstance(variants, dict):
            texts[str(name)] = {
                str(tag): text for tag, text in variants.items() if isinstance(text, str)
            }
    return texts


def pick(default: str, variants: Mapping[str, str] | None, preference: Sequence[str]) -> Picked:
    """What to show of a field whose feed text is *default* and whose map is *variants*.

    *preference* is the order of languages (the user's first). The first language of
    the preference the map has wins (``fr-CA`` counts as ``fr``); else the feed's
    default text. Without a map the default is shown and is never a fallback.
    """
    if not variants:
        return Picked(default)
    by_base: dict[str, tuple[str, str]] = {}
    for tag, text in variants.items():
        if text:
            by_base.setdefault(base_language(tag), (tag, text))
    for rank, language in enumerate(preference):
        found = by_base.get(language)
        if found is not None:
            return Picked(found[1], found[0], rank > 0)
    for tag, text in variants.items():
        if text == default and text:
            return Picked(default, tag, bool(preference))
    first = next(((tag, text) for tag, text in variants.items() if text), None)
    if first is None:
        return Picked(default)
    return Picked(first[1], first[0], bool(preference))


def pick_stored(stored: str | None, name: str, default: str, preference: Sequence[str]) -> Picked:
    """:func:`pick` for field *name* of a row whose stored maps (JSON) are *stored*."""
    if not stored:
        return Picked(default)
    return pick(default, decode(stored).get(name), preference)


def fallback_of(picked: Picked) -> str:
    """The tag to mark *picked* with: its language when a fallback, else ""."""
    return picked.language if picked.fallback else ""


def fallback_tag(fallbacks: Sequence[tuple[str, str]], name: str) -> str:
    """The tag field *name* is shown in, from a record's (field, tag) fallbacks; "" if none."""
    return next((tag for field_name, tag in fallbacks if field_name == name), "")
