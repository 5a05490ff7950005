"""Translations without Qt: the command line's words and the core's messages.

The one source of truth is the Qt Linguist file ``resources/i18n/briefing_app_fr.ts``
(``python -m briefing_app.tools.i18n update`` runs pyside6-lupdate over the code). The
window reads its compiled ``.qm`` through Qt; the CLI, which never loads Qt, reads a
gettext catalog compiled from the same file's ``cli*`` and ``core*`` contexts
(``resources/i18n/briefing_app_cli_fr.mo``, written by the same tool) with the standard
library's :mod:`gettext`: each message's ``msgctxt`` is its Qt context.

Strings are marked so that pyside6-lupdate finds them in ``.py`` files:

* ``translate("cli", "text")``: translated now (the same name and arguments as
  ``QCoreApplication.translate``, which lupdate looks for);
* ``QT_TRANSLATE_NOOP("core", "no session number {number}")``: marked only; its
  ``.format(...)`` makes a :class:`Message`, English as a ``str`` (logs, ``str(error)``)
  that front ends translate when they show it (:func:`localized`).

Placeholders are ``str.format`` fields (``{number}``), never built by concatenation.
Counts: lupdate's Python reader does not see ``translate``'s ``n``, so a count is two
messages, :func:`plural` picks one by the language's rule (French: 0 and 1 are singular).

English is the source language: with English nothing is loaded, ``translate`` hands the
text back (``--help`` and ``--version`` stay fast). The catalog loads on the first
translated string of another language.
"""

from __future__ import annotations

import gettext
import string
from collections.abc import Callable
from typing import Any

from briefing_app.util.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

#: Where the compiled catalogs are, in the package ``briefing_app.resources``.
CATALOG_FOLDER = "i18n"
#: The Qt contexts (by prefix) that the gettext catalog holds: the command line's and the
#: core's messages. The window's contexts stay in the .qm only.
CATALOG_CONTEXTS = ("cli", "core")


def catalog_name(language: str) -> str:
    """The file name of *language*'s gettext catalog: ``briefing_app_cli_fr.mo``."""
    return f"briefing_app_cli_{language}.mo"


def message_key(context: str, disambiguation: str | None) -> str:
    """The gettext ``msgctxt`` of a Qt message: its context, ``|`` and its comment if any."""
    return f"{context}|{disambiguation}" if disambiguation else context


#: A lookup of a message by its Qt context and source text (``translate``, Qt's own).
Translator = Callable[[str, str], str]


class _State:
    language = SOURCE_LANGUAGE
    follow_setting = False
    catalogs: dict[str, gettext.NullTranslations] = {}  # noqa: RUF012 - one, process-wide


def current_language() -> str:
    """The language the CLI and core messages are shown in now (``"en"`` or ``"fr"``)."""
    return _State.language


def use_language(language: str) -> None:
    """Speak *language* from now on (``"en"``, ``"fr"``); argparse's own words too."""
    if language not in SUPPORTED_LANGUAGES:
        language = SOURCE_LANGUAGE
    _State.language = language
    _route_argparse()


def follow_language_setting(follow: bool) -> None:
    """Whether opening the store switches to the user's language setting (the CLI's way).

    The command line speaks the system's language until a command opens the store
    (``usecases.startup.open_store``); from then on, the language setting's. ``--help``
    and usage errors come before any store is opened (and must not open one), so they
    follow the system (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
    """
    _State.follow_setting = follow


def follows_language_setting() -> bool:
    """True when :func:`follow_language_setting` asked for it."""
    return _State.follow_setting


def _catalog(language: str) -> gettext.NullTranslations:
    catalog = _State.catalogs.get(language)
    if catalog is None:
        catalog = _State.catalogs[language] = load_catalog(language)
    return catalog


def load_catalog(language: str) -> gettext.NullTranslations:
    """*language*'s compiled catalog from the package's resources (none: the English text).

    Found beside the resource package's own files (a checkout, a wheel, the frozen
    bundle alike), without importlib.resources: it would bring tempfile, zipfile and
    random to a French ``--help``.
    """
    from importlib import import_module
    from pathlib import Path

    resources = import_module("briefing_app.resources")  # resources/, a package of data
    for folder in getattr(resources, "__path__", []):
        try:
            with (Path(folder) / CATALOG_FOLDER / catalog_name(language)).open("rb") as stream:
                return gettext.GNUTranslations(stream)
        except OSError:  # not in this folder (or a damaged file): the English text
            continue
    return gettext.NullTranslations()


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """*text* (of Qt context *context*) in the current language, or as it is."""
    language = _State.language
    if language == SOURCE_LANGUAGE or not context:
        return text
    return _catalog(language).pgettext(message_key(context, disambiguation), text)


def plural(count: int, one: str, other: str) -> str:
    """*one* or *other* (both already translated) for *count* things, by the language's rule.

    English: one for 1; French: one for 0 and 1. The caller fills the fields
    (``plural(n, translate("cli", "{n} session"), translate("cli", "{n} sessions")).format(n=n)``).
    """
    return one if is_singular(count) else other


def is_singular(count: int) -> bool:
    """Whether *count* things take the singular in the current language.

    English: only 1; French: 0 and 1 ("0 séance"). The window picks between two literal
    ``tr()`` calls with it (lupdate must see both): ``tr("%n session", "", n) if
    is_singular(n) else tr("%n sessions", "", n)``.
    """
    return count == 1 if _State.language == SOURCE_LANGUAGE else count in (0, 1)


class Message(str):
    """A message in English, which knows its Qt context and fields to be shown translated.

    ``str(message)`` is the English text (logs, ``str(error)``, tests);
    :meth:`translated` says it in the current language.
    """

    context: str
    template: str
    fields: dict[str, Any]

    def __new__(cls, context: str, template: str, fields: dict[str, Any]) -> Message:
        self = super().__new__(cls, template.format(**fields))
        self.context = context
        self.template = template
        self.fields = fields
        return self

    def translated(self, translator: Translator | None = None) -> str:
        """The message in the current language (its fields that are messages too).

        *translator*: another lookup of the same .ts, ``QCoreApplication.translate`` in the
        window (its .qm holds the ``core`` contexts too); by default the CLI's catalog.
        """
        look_up = translator or translate
        fields = _shown_fields(self.fields, translator)
        return fill(look_up(self.context, self.template) if self.context else self.template, fields)


def fill(template: str, fields: dict[str, Any]) -> str:
    """``template.format(**fields)`` the current language's way (English: exactly that).

    Another language quotes a text given as ``{text!r}`` its own way (French: « 9999 »,
    no-break spaces inside) and writes numbers with its separators (``{size:,}`` →
    ``12 345``, ``{wait:g}`` → ``1,5``) and a :class:`~briefing_app.util.localeformat.Size`
    in its units (``1,8 Mo``); by Babel (util/localeformat), loaded only then.
    """
    language = _State.language
    if language == SOURCE_LANGUAGE:
        return template.format(**fields)
    return _LanguageFormatter(language).vformat(template, (), fields)


class Figure(float):
    """A number given to a message with the decimals it is written with (``spec``, e.g.
    ``".1f"``): ``1.5`` in English, ``1,5`` in French once :func:`fill` writes it, where a
    number formatted into a string beforehand stayed ``1.5`` in every language."""

    spec: str

    def __new__(cls, value: float, spec: str = "g") -> Figure:
        figure = super().__new__(cls, value)
        figure.spec = spec
        return figure

    def __format__(self, format_spec: str) -> str:
        return float.__format__(self, format_spec or self.spec)

    def __str__(self) -> str:
        return format(self)


class Figures:
    """Numbers listed in a message (``0.5, 1``), each written as :class:`Figure` writes it,
    with the separators of the language the message is shown in."""

    def __init__(self, values: list[float], spec: str = "g") -> None:
        self.values = [Figure(value, spec) for value in values]

    def __format__(self, format_spec: str) -> str:
        return ", ".join(format(value) for value in self.values)  # English: fill localizes

    def __str__(self) -> str:
        return format(self)


class Moment(str):
    """A stored UTC time given to a message (``2026-12-07T13:49:49Z``): written as stored
    in English, as the CLI writes stored times, and as a person reads it in another
    language when :func:`fill` writes the message (``lundi 7 décembre 2026 8 h 49 HNE``,
    in this computer's zone)."""

    __slots__ = ()


class Size(int):
    """A file size given to a message (``{human_size}``): ``1.8 MB`` in English, as
    :func:`english_size` writes it, and in another language's units when the message is
    shown in it (:func:`fill`, by Babel: ``1,8 Mo``)."""

    def __format__(self, format_spec: str) -> str:
        return english_size(int(self)) if not format_spec else int.__format__(self, format_spec)

    def __str__(self) -> str:
        return english_size(int(self))


def english_size(size: int) -> str:
    """``1536`` -> ``1.5 kB``: the app's one rule for sizes, in English (the window's
    QLocale and util/localeformat's Babel write the same, in every language).

    Under 1000 the bytes are counted in words (``1 byte``, ``512 bytes``; French ``512
    octets``); from 1000 on decimal units with their SI symbols (``kB``, ``MB``, ``GB``,
    ``TB``; French ``ko``, ``Mo``, ``Go``, ``To``), one decimal below 100 (``3.5 MB``) and
    none from 100 up (``412 MB``).
    """
    if size < 1000:
        return "1 byte" if size == 1 else f"{size:,} bytes"
    for factor, unit in ((1000**4, "TB"), (1000**3, "GB"), (1000**2, "MB"), (1000, "kB")):
        if size >= factor:
            value = size / factor
            # "412 MB" from 100 up, "3.5 MB" below: the window's rule (locale_text.size_text)
            return f"{value:,.0f} {unit}" if round(value, 1) >= 100 else f"{value:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


class _LanguageFormatter(string.Formatter):
    """:func:`fill`'s ``str.format`` for a language other than English."""

    def __init__(self, language: str) -> None:
        self.language = language

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "r" and isinstance(value, str):
            return quoted(str(value), self.language)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        from briefing_app.util import localeformat

        if isinstance(value, Size) and not format_spec:
            return localeformat.format_size(int(value), self.language)
        if isinstance(value, Moment) and not format_spec:
            from briefing_app.util.timeutil import local_zone_name, stamp_text

            return stamp_text(str(value), local_zone_name(), localeformat.date_words(self.language))
        if isinstance(value, Figures):
            return ", ".join(self.format_field(figure, "") for figure in value.values)
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = format(value, format_spec)
            kind = format_spec[-1:] if format_spec[-1:].isalpha() else ""
            if kind in ("", "d", "n", "g", "G", "f", "F", "e", "E", "%") and (
                "," in text or "." in text  # plain digits need no Babel (``--help``'s)
            ):
                return localeformat.localize_digits(text, self.language)
            return text  # hexadecimal, a character: not a number for people
        return str(super().format_field(value, format_spec))


#: How each language quotes a value in a sentence (English: Python's repr, as always).
_QUOTES = {"fr": ("«\u00a0", "\u00a0»")}


def quoted(text: str, language: str | None = None) -> str:
    """*text* quoted the way *language* (by default the current one) does: ``'9999'`` in
    English (``repr``), ``« 9999 »`` in French. Control characters stay escaped, visible."""
    language = language or _State.language
    written = repr(text)
    marks = _QUOTES.get(language)
    if marks is None:
        return written
    inner = written[1:-1]
    if written[0] == "'":
        inner = inner.replace("\\'", "'")
    return f"{marks[0]}{inner}{marks[1]}"


def _shown_fields(fields: dict[str, Any], translator: Translator | None) -> dict[str, Any]:
    """*fields* for the translated text: messages translated, other values as they are (a
    number keeps its format spec: ``{size:,}``, ``{wait:g}``, a date its ``{day:%Y-%m-%d}``)."""
    return {
        key: localized(value, translator) if isinstance(value, Message | Marked) else value
        for key, value in fields.items()
    }


class Marked(str):
    """A string marked for translation (:func:`QT_TRANSLATE_NOOP`) that is not shown yet."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def format(self, *args: object, **fields: Any) -> Message:
        """The English text with *fields* filled, as a :class:`Message`."""
        if args:
            raise TypeError("a marked message takes named fields only")
        return Message(self.context, str(self), fields)

    def message(self) -> Message:
        """The marked text as a :class:`Message` with no fields."""
        return Message(self.context, str(self), {})


class Counted(Message):
    """A message about *n* things, in the singular or the plural by the language shown in.

    Made by :func:`counted`; English picks by English's rule now, :meth:`translated` by
    the current language's.
    """

    other: str
    number: int

    def __new__(cls, one: Marked, other: Marked, number: int, fields: dict[str, Any]) -> Counted:
        fields = {"n": number, **fields}
        english = str(one) if number == 1 else str(other)
        self = str.__new__(cls, english.format(**fields))
        self.context, self.template, self.fields = one.context, str(one), fields
        self.other, self.number = str(other), number
        return self

    def translated(self, translator: Translator | None = None) -> str:
        look_up = translator or translate
        fields = _shown_fields(self.fields, translator)
        one = look_up(self.context, self.template)
        other = look_up(self.context, self.other)
        return fill(plural(self.number, one, other), fields)


def counted(count: int, one: Marked, other: Marked, **fields: Any) -> Counted:
    """``counted(n, QT_TRANSLATE_NOOP("core", "{n} session"), QT_TRANSLATE_NOOP("core",
    "{n} sessions"))``: a :class:`Message` in the singular or plural as *count* asks."""
    return Counted(one, other, count, fields)


def joined(separator: str, parts: list[str]) -> Message:
    """*parts* joined by *separator* ("; ", ", "), each part shown translated when it is a
    :class:`Message` (a summary made of several)."""
    template = separator.join(f"{{p{index}}}" for index in range(len(parts)))
    return Message("", template, {f"p{index}": part for index, part in enumerate(parts)})


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802 - Qt's name, lupdate's marker
    """Mark *text* of *context* for translation; translate it when it is shown."""
    return Marked(context, text)


def localized(value: object, translator: Translator | None = None) -> str:
    """*value* for a person: a :class:`Message` or :class:`Marked` translated, else ``str``.

    *translator*: as :meth:`Message.translated` (the window passes
    ``QCoreApplication.translate``); counts follow :func:`use_language`'s language.
    """
    if isinstance(value, Message):
        return value.translated(translator)
    if isinstance(value, Marked):
        return (translator or translate)(value.context, str(value))
    return str(value)


def message_of(error: BaseException) -> str:
    """*error*'s message as raised: the :class:`Message` itself when the core marked it (so a
    front end can still translate it once wrapped in another error), else ``str(error)``."""
    if len(error.args) == 1 and isinstance(error.args[0], Message | Marked):
        return error.args[0]
    return str(error)


def error_message(
    error: BaseException | str, translator: Translator | None = None, *, located: bool = False
) -> str:
    """An error's message for a person, in the language *translator* speaks (both fronts' rule).

    The core's errors keep their English text (``str(error)``, the log); the parts of it the
    core marked (:class:`Message`: the error's message ``args[0]``, its ``reason``, ``why``,
    ``item``) are shown translated in place, so "source: at path: reason" keeps its source.
    *located*: the error's ``at {path}: `` is the core's location prefix (a feed's or my
    data's JSON path), translated too. *translator*: as :meth:`Message.translated` (the
    window passes ``QCoreApplication.translate``; the CLI its catalog, the default).
    """
    if isinstance(error, str):
        return localized(error, translator)
    return ErrorMessage(error, located=located).translated(translator)


#: The core's location prefix in a feed's or my data's error ("at $.sessions[3]: ").
_AT_PATH = QT_TRANSLATE_NOOP("cli", "at {path}: ")
#: The file or address an error names first ("/tmp/bad.json: "): French puts U+00A0 before ':'.
_FROM_SOURCE = QT_TRANSLATE_NOOP("cli", "{source}: ")


class ErrorMessage(Message):
    """An error's message, kept (a report's line) or shown now (:func:`error_message`): its
    English text as a ``str`` (JSON, logs); :meth:`translated` puts the parts the core
    marked in the user's language. Keeps those parts, not the error (nor its traceback)."""

    parts: list[Message]
    path: str | Message | None
    source: str | None

    def __new__(cls, error: BaseException, *, located: bool = False) -> ErrorMessage:
        english = str(error)
        self = str.__new__(cls, english)
        self.context, self.template, self.fields = "", "{error}", {"error": english}
        candidates = [error.args[0] if error.args else None]
        candidates += [getattr(error, name, None) for name in ("reason", "why", "item")]
        self.parts = [part for part in candidates if isinstance(part, Message)]
        path = getattr(error, "path", None) if located else None
        # A path the core marked (an .ics file's "VEVENT #1 (no UID), line 7") is shown
        # translated, as a field of "at {path}: ".
        self.path = (path if isinstance(path, Message) else str(path)) if path else None
        source = getattr(error, "source", None)
        self.source = str(source) if source and english.startswith(f"{source}: ") else None
        return self

    def translated(self, translator: Translator | None = None) -> str:
        text = str(self)
        for part in self.parts:
            if str(part) in text:
                text = text.replace(str(part), part.translated(translator), 1)
        if self.path:
            at = localized(_AT_PATH.format(path=self.path), translator)
            text = text.replace(f"at {self.path}: ", at, 1)
        if self.source and text.startswith(f"{self.source}: "):
            prefix = localized(_FROM_SOURCE.format(source=self.source), translator)
            text = prefix + text[len(self.source) + 2 :]
        return text


# ---- argparse's own words ("usage:", "options", "error:") --------------------------
# argparse looks them up through gettext.gettext / ngettext, bound as its module's `_`
# and `ngettext`; those go to gettext's default domain and follow the environment, not
# the setting. Its module globals are pointed at this catalog's context "cli-argparse"
# (cli/argparse_words.py marks every message argparse has), in English too: there the
# text as it is, which is what gettext's default domain gives (no catalog of Python's
# own has one) after searching the locale folders at every call, half of the time
# building the whole parser takes (the program's --help: 210 calls, 11 ms).
ARGPARSE_CONTEXT = "cli-argparse"


def _argparse_gettext(message: str) -> str:
    return translate(ARGPARSE_CONTEXT, message)


def _argparse_ngettext(singular: str, plural_text: str, count: int) -> str:
    return plural(count, _argparse_gettext(singular), _argparse_gettext(plural_text))


def _route_argparse() -> None:
    import argparse

    module: Any = argparse
    module._ = _argparse_gettext
    module.ngettext = _argparse_ngettext


__all__ = [
    "QT_TRANSLATE_NOOP",
    "Counted",
    "ErrorMessage",
    "Marked",
    "Message",
    "Size",
    "counted",
    "current_language",
    "english_size",
    "error_message",
    "fill",
    "follow_language_setting",
    "follows_language_setting",
    "joined",
    "localized",
    "message_of",
    "plural",
    "quoted",
    "translate",
    "use_language",
]
