"""The common words for a session's kind, shown in the user's language (issue 17).

A feed names each session's kind in its own words: a briefing feed may give them in
several languages (version 4: ``"kind": {"en": "panel", "fr": "table ronde"}``), but
frab, pentabarf, pretalx and many briefing feeds give plain English ("Talk",
"lecture", "lightning_talk"). The common ones are listed here, marked for translation,
and shown translated; a kind not listed is shown as the feed gives it. The store keeps
the feed's own text: filtering by kind filters on it, whatever the language shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.util.i18n import (
    QT_TRANSLATE_NOOP,
    Marked,
    Translator,
    current_language,
    localized,
)
from briefing_app.util.multilingual import pick_stored

#: The kinds conference and briefing feeds commonly give, by their English word
#: (:func:`normalized`: lower case, "_" and "-" as spaces).
KIND_WORDS: dict[str, Marked] = {
    "talk": QT_TRANSLATE_NOOP("core", "talk"),
    "lecture": QT_TRANSLATE_NOOP("core", "lecture"),
    "presentation": QT_TRANSLATE_NOOP("core", "presentation"),
    "workshop": QT_TRANSLATE_NOOP("core", "workshop"),
    "tutorial": QT_TRANSLATE_NOOP("core", "tutorial"),
    "panel": QT_TRANSLATE_NOOP("core", "panel"),
    "panel discussion": QT_TRANSLATE_NOOP("core", "panel discussion"),
    "discussion": QT_TRANSLATE_NOOP("core", "discussion"),
    "podium": QT_TRANSLATE_NOOP("core", "podium"),
    "round table": QT_TRANSLATE_NOOP("core", "round table"),
    "roundtable": QT_TRANSLATE_NOOP("core", "roundtable"),
    "keynote": QT_TRANSLATE_NOOP("core", "keynote"),
    "plenary": QT_TRANSLATE_NOOP("core", "plenary"),
    "lightning talk": QT_TRANSLATE_NOOP("core", "lightning talk"),
    "lightning talks": QT_TRANSLATE_NOOP("core", "lightning talks"),
    "meeting": QT_TRANSLATE_NOOP("core", "meeting"),
    "meetup": QT_TRANSLATE_NOOP("core", "meetup"),
    "bof": QT_TRANSLATE_NOOP("core", "BoF"),
    "working group": QT_TRANSLATE_NOOP("core", "working group"),
    "briefing": QT_TRANSLATE_NOOP("core", "briefing"),
    "planning session": QT_TRANSLATE_NOOP("core", "planning session"),
    "webinar": QT_TRANSLATE_NOOP("core", "webinar"),
    "demo": QT_TRANSLATE_NOOP("core", "demo"),
    "poster": QT_TRANSLATE_NOOP("core", "poster"),
    "q&a": QT_TRANSLATE_NOOP("core", "Q&A"),
    "break": QT_TRANSLATE_NOOP("core", "break"),
    "social": QT_TRANSLATE_NOOP("core", "social"),
    "film": QT_TRANSLATE_NOOP("core", "film"),
    "movie": QT_TRANSLATE_NOOP("core", "movie"),
    "concert": QT_TRANSLATE_NOOP("core", "concert"),
    "performance": QT_TRANSLATE_NOOP("core", "performance"),
    "session": QT_TRANSLATE_NOOP("core", "session"),
    "other": QT_TRANSLATE_NOOP("core", "other"),
}


def normalized(kind: str) -> str:
    """``Lightning_Talk`` → ``lightning talk``: the key of :data:`KIND_WORDS`."""
    return " ".join(kind.replace("_", " ").replace("-", " ").casefold().split())


def kind_text(kind: str, translator: Translator | None = None) -> str:
    """*kind* (the feed's English word) in the current language; as given when not listed.

    English, and a word that is not listed, come back exactly as given. A translated word
    starts with a capital when the feed's did ("Workshop" → "Atelier").
    """
    if current_language() == "en":
        return kind
    marked = KIND_WORDS.get(normalized(kind))
    if marked is None:
        return kind
    text = localized(marked, translator)
    return text[:1].upper() + text[1:] if kind[:1].isupper() else text


def shown_kind(
    kind: str,
    stored: str | None,
    preference: Sequence[str],
    translator: Translator | None = None,
) -> str:
    """A session's kind as the user reads it: the feed's text in the user's language when it
    gives a language map (*stored*: the row's translations), else :func:`kind_text`."""
    if stored and preference:
        picked = pick_stored(stored, "kind", kind, preference)
        if picked.language and not picked.fallback:  # the feed's own word in this language
            return picked.text
        kind = picked.text
    return kind_text(kind, translator)


__all__ = ["KIND_WORDS", "kind_text", "normalized", "shown_kind"]
