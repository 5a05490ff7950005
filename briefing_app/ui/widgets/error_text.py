"""An error's message as the window shows it: the core's marked parts in the user's language.

The core raises its errors with English messages marked for translation (``util/i18n``:
``QT_TRANSLATE_NOOP("core", ...)`` → :class:`~briefing_app.util.i18n.Message`); the
window's ``.qm`` holds those ``core`` contexts. :func:`error_text` shows one through
``QCoreApplication.translate`` by the rule the command line follows too
(:func:`~briefing_app.util.i18n.error_message`), so a French window never reads
"Impossible d’ajouter le fil : cannot connect: ...". Logs and crash reports keep
``str(error)``, the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.errors import FeedError, MyDataError
from briefing_app.util.i18n import error_message


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: BaseException | str) -> str:
    """*error*'s message in the window's language (a plain string as it is, or translated
    when the core marked it); what the core did not mark stays as it is."""
    return error_message(error, _qt_translate, located=isinstance(error, FeedError | MyDataError))
