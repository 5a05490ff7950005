"""Showing Markdown from feeds and from the user: never as HTML, nothing loaded, safe links.

Every view that renders Markdown (the session detail pane, notes previews,
biographies) uses :data:`MARKDOWN_FEATURES`: raw HTML in the text shows as
text, it is never interpreted, so an ``<a href>`` cannot become a link whose
address is hidden and an unclosed tag cannot blank out the rest of the page.
Links open only when clicked and only for :data:`SAFE_LINK_SCHEMES`;
:func:`link_refusal` says why any other is not opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from briefing_app.ui.widgets.links import openable
from briefing_app.ui.widgets.tooltips import plain_tooltip

logger = logging.getLogger(__name__)

__all__ = [
    "MARKDOWN_FEATURES",
    "SAFE_LINK_SCHEMES",
    "SafeMarkdownBrowser",
    "link_refusal",
    "plain_tooltip",
]

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownNoHTML
    | QTextDocument.MarkdownFeature.MarkdownDialectGitHub
)
_SHOWN_URL_LENGTH = 80


def link_refusal(url: QUrl) -> str:
    """Why *url* is not opened from a page, or "" when it may be (http, https, mailto)."""
    scheme = url.scheme().lower()
    shown = url.toDisplayString()
    if len(shown) > _SHOWN_URL_LENGTH:
        shown = shown[: _SHOWN_URL_LENGTH - 1] + "…"
    if scheme not in SAFE_LINK_SCHEMES:
        kind = (
            QCoreApplication.translate("SafeLinks", "a “{0}:” link").format(scheme)
            if scheme
            else QCoreApplication.translate("SafeLinks", "not a web address")
        )
        return QCoreApplication.translate(
            "SafeLinks",
            "Not opened: {url} is {kind}. Only web (http, https) and e-mail (mailto) links open.",
        ).format(url=shown, kind=kind)
    if scheme != "mailto" and not url.host():
        return QCoreApplication.translate(
            "SafeLinks", "Not opened: {url} names no web site."
        ).format(url=shown)
    if openable(url) is None:  # the one rule (util.links.safe_link) says no
        return QCoreApplication.translate(
            "SafeLinks", "Not opened: {url} is not a plain web or e-mail address."
        ).format(url=shown)
    return ""


class SafeMarkdownBrowser(QTextBrowser):
    """A read-only Markdown view: no raw HTML, no resources loaded, links left to the owner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        #: The tooltip of a link under the pointer (its address -> words, "" for none).
        self.anchor_tooltip: Callable[[str], str] | None = None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.anchor_tooltip is not None:
            help_event = event if isinstance(event, QHelpEvent) else None
            anchor = self.anchorAt(help_event.pos()) if help_event is not None else ""
            text = self.anchor_tooltip(anchor) if anchor else ""
            if help_event is not None and text:
                QToolTip.showText(help_event.globalPos(), text, self)
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802
        logger.debug("Not loading %s into a Markdown view", name)
        return None

    def show_markdown(self, text: str, *, keep_scroll: bool = True) -> None:
        """Show *text* (Markdown; HTML in it shows as text), keeping the scroll position."""
        bar = self.verticalScrollBar()
        position = bar.value()
        self.document().setMarkdown(text, MARKDOWN_FEATURES)
        # The caret was left at the end of the new text: a view shown or resized later
        # scrolled to it, so a session opened at its last lines (the review's "opens
        # scrolled to the end" after the first-run card). At the start, it moves nothing.
        self.moveCursor(QTextCursor.MoveOperation.Start)
        bar.setValue(position if keep_scroll else 0)
