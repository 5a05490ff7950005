"""A marker for words translated later, Qt-free and typed: ``QT_TRANSLATE_NOOP``.

``lupdate`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` wherever it is called
(it reads the name, not the import); the window translates the text where it shows it,
with ``QCoreApplication.translate("Context", text)``. Use it for tables built at import,
where ``tr()`` would run before any translator is installed. PySide6's own marker is
typed as returning ``object``; this one returns the ``str`` it was given.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Return *text* unchanged; *context* is for ``lupdate``."""
    del context
    return text
