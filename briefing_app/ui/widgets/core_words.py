"""The core's fixed words, translated where the window shows them.

The core (``usecases/``) stays Qt-free and speaks English; the words it hands the
window from fixed tables (a session's fact labels, the attendance formats) are listed
here under ``QT_TRANSLATE_NOOP`` so ``lupdate`` extracts them, and :func:`core_word`
translates one at display. ``tests/ui/test_unwrapped_strings.py`` checks that every
word of those tables is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.util.trmark import QT_TRANSLATE_NOOP

CONTEXT = "CoreWords"

#: ``usecases.session_facts``: the facts' labels and the format names.
WORDS = (
    QT_TRANSLATE_NOOP("CoreWords", "Series"),
    QT_TRANSLATE_NOOP("CoreWords", "Kind"),
    QT_TRANSLATE_NOOP("CoreWords", "Track"),
    QT_TRANSLATE_NOOP("CoreWords", "Format"),
    QT_TRANSLATE_NOOP("CoreWords", "Location"),
    QT_TRANSLATE_NOOP("CoreWords", "Join"),
    QT_TRANSLATE_NOOP("CoreWords", "Register"),
    QT_TRANSLATE_NOOP("CoreWords", "Tags"),
    QT_TRANSLATE_NOOP("CoreWords", "Sponsors"),
    QT_TRANSLATE_NOOP("CoreWords", "Virtual"),
    QT_TRANSLATE_NOOP("CoreWords", "In person"),
    QT_TRANSLATE_NOOP("CoreWords", "Hybrid"),
)

#: ``feeds.model.SessionStatus``: a session's status, capitalised as lists show it.
STATUS_WORDS = {
    "scheduled": QT_TRANSLATE_NOOP("CoreWords", "Scheduled"),
    "tentative": QT_TRANSLATE_NOOP("CoreWords", "Tentative"),
    "postponed": QT_TRANSLATE_NOOP("CoreWords", "Postponed"),
    "cancelled": QT_TRANSLATE_NOOP("CoreWords", "Cancelled"),
}


def status_word(status: str) -> str:
    """``cancelled`` → ``Cancelled`` in the user's language (an unknown status capitalised)."""
    word = STATUS_WORDS.get(status)
    return core_word(word) if word is not None else status[:1].upper() + status[1:]


def core_word(text: str) -> str:
    """*text*, one of :data:`WORDS`, in the user's language (anything else as it is)."""
    return QCoreApplication.translate(CONTEXT, text)
