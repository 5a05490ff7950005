"""Qt's own words that Qt's French catalog lacks, translated in ours (issue 17).

Qt's standard file dialog (the non-native one: offscreen, and on desktops without a
native dialog) asks for "&Look in:" and "Files of &type:", but ``qtbase_fr.qm`` has
them only without the "&"; the file list's Type column says "Folder" and "Drive",
which it does not have at all. Marked here under Qt's own contexts, lupdate puts them
in ``briefing_app_fr.ts``; our installed translator then answers Qt's request for them.
Nothing imports this module: lupdate reads it. Qt-free (a marker, not Qt's function).
"""

from __future__ import annotations

from briefing_app.util.trmark import QT_TRANSLATE_NOOP


class _Marker:
    """``translate(context, text, disambiguation)``, the form lupdate reads with its
    third argument (its Python reader knows no ``QT_TRANSLATE_NOOP3``)."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None) -> str:
        del context, disambiguation
        return text


_QT = _Marker()

#: Asked for by QFileDialog's labels (their Alt letters included).
FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

#: Asked for by the file list's Type column (Qt's file icon provider, on Linux).
FILE_KINDS = (
    _QT.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
