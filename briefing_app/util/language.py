"""Which language the app speaks: English or French, from the system or the user's choice.

Qt-free, so the CLI and the core decide the same way the window does. The
window and the CLI both call :func:`resolve` with the user's setting
(``usecases.settings.language``: ``"system"``, ``"en"`` or ``"fr"``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

#: The languages the app is translated into; the first is the source language.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr")
SOURCE_LANGUAGE = SUPPORTED_LANGUAGES[0]

#: What the language setting may be: follow the system, or one of the supported languages.
LANGUAGE_CHOICES: tuple[str, ...] = ("system", *SUPPORTED_LANGUAGES)


def _base(tag: str) -> str:
    """``fr_CA.UTF-8`` / ``fr-CA`` / ``fr_CA@euro`` → ``fr``; ``C``/``POSIX`` → ``""``."""
    tag = tag.split(".", 1)[0].split("@", 1)[0]
    base = tag.replace("-", "_").split("_", 1)[0].lower()
    return "" if base in {"c", "posix"} else base


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The supported language the system asks for (gettext's order of variables), else English.

    ``LANGUAGE`` is a colon-separated list of preferences, honoured only when
    a locale is set at all (as gettext does); then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.
    """
    env = os.environ if environ is None else environ
    locale_set = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    candidates: list[str] = []
    if env.get("LANGUAGE") and _base(locale_set):
        candidates.extend(env["LANGUAGE"].split(":"))
    candidates.append(locale_set)
    for tag in candidates:
        base = _base(tag)
        if base in SUPPORTED_LANGUAGES:
            return base
        if base:
            break
    return SOURCE_LANGUAGE


def resolve(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """The language for a setting value; ``"system"`` (or anything unknown) follows the system."""
    if choice in SUPPORTED_LANGUAGES:
        return choice
    return system_language(environ)


def content_preference(language: str) -> tuple[str, ...]:
    """The order in which to pick a multilingual text: the user's language, then the others."""
    return (language, *(lang for lang in SUPPORTED_LANGUAGES if lang != language))
