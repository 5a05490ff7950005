"""The links of a rich text, as a menu a keyboard and a screen reader can use.

Qt does not expose the links inside a QTextBrowser to AT-SPI: Orca said nothing as
Tab stepped through them. A view that shows links in a text takes them out of its Tab
chain (:func:`links_by_mouse_only`) and offers them here instead: :func:`document_links`
reads them from the document, and :class:`LinksButton` lists them in a menu whose
items are named (a menu item is read by every screen reader).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QMenu, QPushButton, QTextBrowser, QWidget

#: Qt's line separator: a hard line break ("  \n" in Markdown) inside one block.
_LINE_BREAK = "\u2028"
#: A menu item longer than this is cut in the middle of its address.
_LONGEST = 70


@dataclass(frozen=True, slots=True)
class TextLink:
    """One link of a document: its address, its text, and the words before it on its line."""

    href: str
    text: str
    context: str = ""


def document_links(document: QTextDocument) -> list[TextLink]:
    """Every link of *document*, in reading order (one per run of text with one address)."""
    links: list[TextLink] = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        href, start, end = "", 0, 0
        runs: list[tuple[str, int, int]] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            form = fragment.charFormat()
            target = form.anchorHref() if form.isAnchor() else ""
            position = fragment.position() - block.position()
            if target and target == href and position == end:
                end = position + fragment.length()  # the same link goes on (bold inside it)
                continue
            if href:
                runs.append((href, start, end))
            href, start, end = target, position, position + fragment.length()
        if href:
            runs.append((href, start, end))
        for target, first, last in runs:
            context = text[:first].rsplit(_LINE_BREAK, 1)[-1].strip()
            links.append(TextLink(target, text[first:last].strip(), context))
        block = block.next()
    return links


def links_by_mouse_only(browser: QTextBrowser) -> None:
    """Links of *browser* open by click only: Tab leaves the text at once (never stops
    silently on a link) and the keyboard reads the text with a caret."""
    flags = Qt.TextInteractionFlag
    browser.setTextInteractionFlags(
        flags.TextSelectableByMouse | flags.TextSelectableByKeyboard | flags.LinksAccessibleByMouse
    )
    browser.setTabChangesFocus(True)


class FirstFocusName(QObject):
    """*widget*'s accessible name says how to use it the first time it takes the focus.

    Orca reads a read-only text (Qt gives AT-SPI the "label" role) by its name and never
    its description, so a hint in the description is not heard
    (docs/accessibility-orca.txt). The hint goes in the name, on the first focus only:
    each later focus names the widget by *name* alone, so Tab through the view stays
    quiet. The name is set when the focus arrives, before Qt tells assistive technology
    of the focus (``QWidget.setFocus`` sends ``FocusIn`` first); the description keeps the
    hint for the screen readers that read it (and Orca's "where am I").

    *hinted*: the name with the hint, asked for at the first focus (it may depend on
    what the widget shows then).
    """

    def __init__(self, widget: QWidget, name: str, hinted: Callable[[], str]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.name = name
        self.hinted = hinted
        #: Whether the first focus has had its hint.
        self.given = False
        widget.setAccessibleName(name)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.FocusIn:
            self.widget.setAccessibleName(self.name if self.given else self.hinted())
            self.given = True
        return False


def shortened(text: str) -> str:
    """*text* cut in its middle when too long for a menu item."""
    if len(text) <= _LONGEST:
        return text
    half = (_LONGEST - 1) // 2
    return f"{text[:half]}…{text[-half:]}"


class LinksButton(QPushButton):
    """A button whose menu lists the links of a text; choosing one emits :attr:`chosen`.

    *describe* words a link for its menu item ("Presenter: Ana Ruiz"), or returns ""
    for a link left out (one the text explains in words anyway). Hidden when there
    is no link to offer.

    Signals:
        chosen(QUrl): a link was chosen from the menu.
    """

    chosen = Signal(QUrl)

    def __init__(self, describe: Callable[[TextLink], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe = describe
        self.links_menu = QMenu(self)
        self.links_menu.setToolTipsVisible(True)  # each item's whole address
        self.setMenu(self.links_menu)  # a push button's size leaves room for the menu arrow
        #: The links offered, in the menu's order.
        self.links: list[TextLink] = []
        self.hide()

    def show_links(self, document: QTextDocument) -> None:
        """Offer the links of *document* (its text as shown now)."""
        self.links_menu.clear()
        self.links = []
        for link in document_links(document):
            words = self.describe(link)
            if not words:
                continue
            self.links.append(link)
            action = QAction(shortened(words).replace("&", "&&"), self.links_menu)
            action.setToolTip(link.href)
            action.triggered.connect(lambda _checked=False, href=link.href: self._choose(href))
            self.links_menu.addAction(action)
        self.setVisible(bool(self.links))

    def _choose(self, href: str) -> None:
        self.chosen.emit(QUrl(href))


__all__ = ["LinksButton", "TextLink", "document_links", "links_by_mouse_only", "shortened"]
