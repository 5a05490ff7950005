"""Opening a link in the system's browser or mail client: every click goes through here.

The rule is :func:`briefing_app.util.links.safe_link` (web links with a host, mail
links where allowed; no ``javascript:``, ``file:``, ``data:``, no control
characters); this adds what Qt parsed, since Qt is what hands the link on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from briefing_app.util.links import WEB_SCHEMES, safe_link

logger = logging.getLogger(__name__)


def openable(url: QUrl | str, *, mailto: bool = True) -> QUrl | None:
    """The QUrl to hand to the system for *url*, or None when the app must not open it."""
    text = (
        url if isinstance(url, str) else url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    )
    safe = safe_link(text, mailto=mailto)
    if safe is None:
        return None
    parsed = QUrl(safe, QUrl.ParsingMode.StrictMode)
    scheme = parsed.scheme().lower()
    if not parsed.isValid() or (scheme in WEB_SCHEMES and not parsed.host()):
        return None
    return parsed


def open_link(url: QUrl | str, *, mailto: bool = True) -> bool:
    """Open *url* with the system's application if the rule allows it; False when refused."""
    target = openable(url, mailto=mailto)
    if target is None:
        shown = url if isinstance(url, str) else url.toString()
        logger.warning("Refused to open the link %r", shown[:200])
        return False
    return bool(QDesktopServices.openUrl(target))


def not_opened_text(url: QUrl | str) -> str:
    """What the window says when the system had no application for an allowed link."""
    shown = url if isinstance(url, str) else url.toString()
    logger.warning("No application opened the link %r", shown[:200])
    return QCoreApplication.translate(
        "Links", "Could not open {0}: no application to open it"
    ).format(shown)


__all__ = ["not_opened_text", "open_link", "openable"]
