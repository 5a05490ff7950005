"""The window's language: Qt's translators and the default locale, from the language setting.

``util.language.resolve`` decides the language (the system's, or the one chosen in
Settings); this installs what the window needs to speak it:

* the app's own catalog (``resources/i18n/briefing_app_<lang>.qm``, made by
  ``python -m briefing_app.tools.i18n compile``) and Qt's (``qtbase_<lang>.qm``: the
  standard dialogs and buttons), for every language but the source one (English);
* the default ``QLocale``, so dates, times and numbers follow: the system's when the
  setting follows the system (or names the system's own language); else the chosen
  language's Canadian locale (``fr_CA``, ``en_CA``), the app's public being Canadian.

Installing or removing a translator sends ``QEvent.LanguageChange`` to every widget; the
open window is rebuilt in the new language instead (``ui/language_switch.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing_app.platform.resources_util import read_resource_bytes, translation_qm
from briefing_app.util import i18n
from briefing_app.util.language import SOURCE_LANGUAGE, resolve

logger = logging.getLogger(__name__)

#: The locale a language chosen in Settings brings, unless the system already speaks it.
FORCED_LOCALES = {"en": "en_CA", "fr": "fr_CA"}

#: Qt's own catalogs installed with the app's (the rest of Qt's translations is not shipped).
QT_CATALOGS = ("qtbase",)


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_language` installed: the language and the default locale's name."""

    language: str
    locale: str


@dataclass
class _Installed:
    """What this module installed (translators of others, a test's, are left alone)."""

    translators: list[QTranslator] = field(default_factory=list)
    #: The .qm bytes the app's translator reads from: it keeps pointing into them.
    data: list[bytes] = field(default_factory=list)
    locale_overridden: bool = False
    applied: Applied | None = None


_installed = _Installed()


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The default locale for the language setting *choice*."""
    system = QLocale.system() if system is None else system
    if choice not in FORCED_LOCALES:  # "system"
        return system
    if QLocale.languageToCode(system.language()) == choice:
        return system  # the system speaks it already: its own conventions stay
    return QLocale(FORCED_LOCALES[choice])


def qt_translations_dir() -> Path:
    """Where Qt's own .qm files are (PySide6's, or the bundle's copy of them)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if path.is_dir():
        return path
    import PySide6  # the bundle may not tell Qt where its translations went

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def _translators(language: str) -> tuple[list[QTranslator], list[bytes]]:
    """The translators for *language*: the app's catalog first, then Qt's."""
    translators: list[QTranslator] = []
    data: list[bytes] = []
    try:
        catalog = read_resource_bytes(translation_qm(language))
    except OSError as exc:  # a damaged install speaks English rather than not start
        logger.warning("No %s translation of the window: %s", language, exc)
    else:
        translator = QTranslator()
        if translator.load(catalog):
            translators.append(translator)
            data.append(catalog)
        else:
            logger.warning("Could not read the %s translation of the window", language)
    folder = qt_translations_dir()
    for name in QT_CATALOGS:
        translator = QTranslator()
        if translator.load(f"{name}_{language}", str(folder)):
            translators.append(translator)
        else:
            logger.info("No %s_%s.qm in %s: Qt's dialogs stay English", name, language, folder)
    return translators, data


def wanted(choice: str) -> Applied:
    """What :func:`apply_language` installs for the setting *choice* (installing nothing)."""
    return Applied(resolve(choice), locale_for(choice).name())


def apply_language(choice: str) -> Applied:
    """Speak the language the setting *choice* (``system``, ``en``, ``fr``) resolves to.

    Installs the translators (removing those of the language spoken before) and sets the
    default locale; does nothing when *choice* gives what is installed already.
    """
    language = resolve(choice)
    locale = locale_for(choice)
    applied = Applied(language, locale.name())
    # The core's counted messages ("{n} session(s)") pick singular or plural by this
    # language's rule (French: 0 and 1 singular), also when the window shows them.
    i18n.use_language(language)
    if applied == _installed.applied:
        return applied
    if _installed.applied is None or _installed.applied.language != language:
        _remove_translators()
        if language != SOURCE_LANGUAGE:
            translators, data = _translators(language)
            for translator in translators:
                QCoreApplication.installTranslator(translator)
            _installed.translators, _installed.data = translators, data
    if choice in FORCED_LOCALES or _installed.locale_overridden:
        QLocale.setDefault(locale)
        _installed.locale_overridden = choice in FORCED_LOCALES
    _installed.applied = applied
    logger.info("The window speaks %s (locale %s)", language, applied.locale)
    return applied


def _remove_translators() -> None:
    for translator in _installed.translators:
        QCoreApplication.removeTranslator(translator)
    _installed.translators, _installed.data = [], []


def applied() -> Applied | None:
    """What :func:`apply_language` installed last (None: nothing yet)."""
    return _installed.applied


def reset() -> None:
    """Back to English and the system locale, as before any window (tests): the window's
    words, the core's messages and the feeds' texts (``content_language``) alike."""
    from briefing_app.ui import content_language  # loaded by the window already

    _remove_translators()
    i18n.use_language(SOURCE_LANGUAGE)
    content_language.set_language(SOURCE_LANGUAGE)
    if _installed.locale_overridden:
        QLocale.setDefault(QLocale.system())
    _installed.locale_overridden = False
    _installed.applied = None
