"""Find the text a window shows that did not go through Qt's translation (issue 17).

A :class:`MarkingTranslator` returns every source text it is asked for inside
``⟦…⟧`` (Qt puts the count in for ``%n``), so whatever a widget shows unmarked was
never translated. Given the ``(context, source)`` pairs ``lupdate`` extracted, it
marks only those: a string that ``lupdate`` cannot find (built at run time, passed
through a helper, a ``self.tr`` whose runtime context is a subclass) stays unmarked
too, as it would stay English in French.

:func:`shown_texts` walks a widget tree and returns what it shows: labels, buttons,
menus and their actions, tab titles, group titles, combo items, spin-box suffixes,
placeholders, tooltips, accessible names and descriptions, window titles, the status
bar, and for every item view its model's headers and the first rows.

:func:`unmarked` is the check. It is written for any translation: pass ``strip``
to remove what counts as translated (for the pseudo-translation, the marks; for
French, say, the words a French dictionary knows) and ``allowed``, the content
(names and text from the feeds and the store) that is nobody's to translate.
"""

from __future__ import annotations

import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
_QT_CONTEXT = re.compile(r"Q[A-Z]\w*")
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


class MarkingTranslator(QTranslator):
    """Marks every text it translates (or only *known* ``(context, source)`` pairs)."""

    def __init__(self, known: set[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.known = known
        #: Qt's own contexts (QPlatformTheme's OK, QShortcut's Ctrl): qtbase_*.qm translates them.
        self.ours = {context for context, _source in known or ()}
        #: What was asked for and not known: (context, source).
        self.unknown: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        qt_own = _QT_CONTEXT.fullmatch(context) is not None and context not in self.ours
        if self.known is not None and not qt_own and (context, source) not in self.known:
            self.unknown.add((context, source))
            # The source, unmarked, as Qt shows it untranslated ("" from Python would be an
            # empty translation, not none).
            return source
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


def ts_pairs(ts_file: Path) -> set[tuple[str, str]]:
    """The ``(context, source)`` pairs of a ``.ts`` file."""
    root = ET.parse(ts_file).getroot()
    pairs = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            pairs.add((name, message.findtext("source") or ""))
    return pairs


def strip_marks(text: str) -> str:
    """*text* without its ``⟦…⟧`` parts (innermost first: marks nest in composed text)."""
    while True:
        stripped = _MARKED.sub(" ", text)
        if stripped == text:
            return stripped
        text = stripped


@dataclass(frozen=True, slots=True)
class Shown:
    """One text a widget shows, and where."""

    where: str
    text: str
    document: bool = False  # a rendered document (feed Markdown inside)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!s})"


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator():
        return
    here = f"{where} › {action.text()}"
    yield Shown(here, action.text().replace("&&", "&").replace("&", ""))
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Shown(f"{here} (tooltip)", action.toolTip())
    if action.statusTip():
        yield Shown(f"{here} (status tip)", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield Shown(f"{here} (menu)", menu.title().replace("&", ""))
        for child in menu.actions():
            yield from _action_texts(child, here)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model: PySide6 keeps its columnCount private
        return 1


def _model_texts(view: QAbstractItemView, where: str, rows: int) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    for section in range(_columns(model, QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str) and value:
                yield Shown(f"{where} header {section}", value)

    def walk(parent: QModelIndex, depth: int) -> Iterator[Shown]:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield Shown(f"{where} row {row} col {column}", _plain(value))
                if column == 0 and depth < 2 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def _unelided(text: str, tooltip: str) -> str:
    """*text* whole when each of its lines is a line of *tooltip* cut with "…" (a label
    showing an address cut to its width): the cut parts are not words to translate."""
    lines, whole = text.split("\n"), tooltip.split("\n")
    if "…" not in text or len(lines) != len(whole):
        return text
    for shown, line in zip(lines, whole, strict=True):
        head, cut, tail = shown.partition("…")
        if shown != line and not (cut and line.startswith(head) and line.endswith(tail)):
            return text
    return tooltip


def shown_texts(root: QWidget, *, rows: int = 40, visible_only: bool = True) -> list[Shown]:
    """Every text *root* and the widgets in it show (see the module's docstring)."""
    found: list[Shown] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if visible_only and not widget.isVisible():
            continue
        where = _name(widget)
        add = found.append
        if widget.isWindow() and widget.windowTitle():
            add(Shown(f"{where} (title)", widget.windowTitle()))
        for label, text in (
            ("tooltip", widget.toolTip()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
            ("what's this", widget.whatsThis()),
            ("status tip", widget.statusTip()),
        ):
            if text:
                add(Shown(f"{where} ({label})", _plain(text)))
        if isinstance(widget, QLabel):
            add(Shown(where, _plain(_unelided(widget.text(), widget.toolTip()))))
        elif isinstance(widget, QAbstractButton):
            add(Shown(where, widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))
        elif isinstance(widget, QGroupBox):
            add(Shown(where, widget.title().replace("&", "")))
        elif isinstance(widget, QLineEdit):
            add(Shown(f"{where} (placeholder)", widget.placeholderText()))
        elif isinstance(widget, QTextBrowser):
            add(Shown(where, widget.toPlainText(), document=True))
            add(Shown(f"{where} (placeholder)", widget.placeholderText()))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            add(Shown(f"{where} (placeholder)", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(Shown(f"{where} item {i}", widget.itemText(i)))
        if isinstance(widget, QSpinBox):
            add(Shown(f"{where} (suffix)", widget.suffix()))
            add(Shown(f"{where} (prefix)", widget.prefix()))
        if isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit):
            add(Shown(f"{where} (special)", widget.specialValueText()))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(Shown(f"{where} tab {i}", widget.tabText(i).replace("&&", "&")))
                add(Shown(f"{where} tab {i} (tooltip)", widget.tabToolTip(i)))
        elif isinstance(widget, QTabBar) and not isinstance(widget.parent(), QTabWidget):
            for i in range(widget.count()):
                add(Shown(f"{where} tab {i}", widget.tabText(i).replace("&", "")))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found.extend(_model_texts(widget, where, rows))
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                found.extend(_action_texts(action, "menu bar"))
            status = widget.statusBar().currentMessage()
            if status:
                add(Shown("status bar", status))
        for action in widget.actions():
            if widget.isWindow() or isinstance(widget, QAbstractItemView):
                found.extend(_action_texts(action, f"{where} action"))
    return [s for s in found if s.text.strip()]


def locale_words(locale: QLocale | None = None) -> set[str]:
    """The day and month names (long and short) and AM/PM that QLocale writes."""
    locale = locale or QLocale()
    words = {locale.amText(), locale.pmText()}
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words.update(locale.dayName(day, form) for day in range(1, 8))
        words.update(locale.monthName(month, form) for month in range(1, 13))
        words.update(locale.standaloneMonthName(month, form) for month in range(1, 13))
    return {w for w in words if w}


def zone_names_in_language() -> set[str]:
    """Zones as CLDR names them in the language spoken (``Toronto (heure de l’Est)``):
    names, as the locale's day names are (util/zonenames); none in English."""
    from briefing_app.ui.dialogs.zone_picker import zone_names
    from briefing_app.util.i18n import current_language
    from briefing_app.util.zonenames import zone_label

    language = current_language()
    if language == "en":
        return set()
    return {zone_label(name, language) for name in zone_names()}


def store_texts(db_path: Path) -> set[str]:
    """Every text in the store (feeds' content, names, the sample's words): content."""
    texts: set[str] = set()
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(("sqlite_", "fts", "search"))
        ]
        for table in tables:
            try:
                rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.DatabaseError:  # a virtual table this build cannot read
                continue
            for row in rows:
                for value in row:
                    if isinstance(value, str) and value.strip():
                        for text in (value, *_map_texts(value)):
                            if "\u00a0" in text:  # a list's cell may show it as a space
                                texts.add(text.replace("\u00a0", " ").strip())
                            texts.add(text.strip())
                            texts.update(line.strip() for line in text.splitlines() if line.strip())
    return texts


def _map_texts(value: str) -> list[str]:
    """The texts of a row's language maps (the ``translations`` JSON: a feed's texts in
    other languages are content too)."""
    if not value.startswith("{"):
        return []
    try:
        maps = json.loads(value)
    except ValueError:
        return []
    if not isinstance(maps, dict):
        return []
    return [
        text
        for by_language in maps.values()
        if isinstance(by_language, dict)
        for text in by_language.values()
        if isinstance(text, str)
    ]


#: Not words to translate: addresses, paths, zone names, shortcuts, numbers, symbols.
_NOT_WORDS = (
    re.compile(r"\S+://\S+|mailto:\S+|\S+@\S+\.\S+"),  # links, e-mail addresses
    re.compile(r"(?:~|\.{1,2})?/[^\s:;,)]+"),  # paths
    re.compile(r"\b[A-Z][A-Za-z_]+/[A-Za-z_+\-/]+\b"),  # IANA zones: America/Toronto
    re.compile(r"\b[\w.\-]+\.(?:ics|json|xml|zip|pdf|csv|sqlite3|db|log|png|md)\b"),  # files
    re.compile(r"\b(?:UTC|GMT)[+\-−]\d+(?::\d\d)?\b"),
    re.compile(r"\b[A-Z]{2,5}\b"),  # zone abbreviations (EDT, CEST), PDF, CSV, SHA
    # Shortcuts as QKeySequence writes them: Ctrl+Shift+C, (Del), (Esc).
    re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+[\w+]+|\((?:Del|Esc|Home|End|Space|Enter)\)"),
)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class Allowed:
    """What may stay unmarked: content phrases and single words (names, locale names)."""

    phrases: set[str]
    words: set[str]
    #: The content's words, casefolded: allowed in rendered documents (reflowed Markdown).
    content_words: set[str]
    _pattern: re.Pattern[str] | None = None

    def remove(self, text: str) -> str:
        if self._pattern is None:
            ordered = sorted((p for p in self.phrases if len(p) >= 3), key=len, reverse=True)
            self._pattern = re.compile(
                "|".join(re.escape(p) for p in ordered) or r"(?!)", re.IGNORECASE
            )
        return self._pattern.sub(" ", text)


def allowed_from(
    store_db: Path | None, *, extra: Iterable[str] = (), locale: QLocale | None = None
) -> Allowed:
    """Content of the store at *store_db* and *extra* phrases; the locale's names."""
    phrases = set(extra) | zone_names_in_language()
    if store_db is not None:
        phrases |= store_texts(store_db)
    words = locale_words(locale)
    content_words = {w.casefold() for p in phrases for w in _WORD.findall(p)}
    return Allowed(phrases, words, content_words)


def residue(shown: Shown, allowed: Allowed, strip: Callable[[str], str] = strip_marks) -> list[str]:
    """The words of *shown* left once translated parts, content and non-words are removed."""
    text = strip(shown.text)
    text = allowed.remove(text)
    for pattern in _NOT_WORDS:
        text = pattern.sub(" ", text)
    left = []
    for word in _WORD.findall(text):
        if word in allowed.words:
            continue
        if shown.document and word.casefold() in allowed.content_words:
            continue  # rendered Markdown: the feed's words, reflowed
        left.append(word)
    return left


def unmarked(
    shown: Iterable[Shown], allowed: Allowed, strip: Callable[[str], str] = strip_marks
) -> list[str]:
    """``where: text  [words]`` for every shown text with words left untranslated."""
    problems = []
    seen: set[tuple[str, str]] = set()
    for item in shown:
        words = residue(item, allowed, strip)
        key = (item.where, item.text)
        if words and key not in seen:
            seen.add(key)
            problems.append(f"{item.where}: {item.text!r}  {sorted(set(words))}")
    return problems
