"""Text for tooltips (no Qt here: the session list imports it before the first paint)."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """*text* (a feed's title or summary) for a tooltip, shown as the text it is.

    Qt takes a tooltip that starts like HTML for HTML; escaped inside a ``<p>``
    it is always shown literally, line breaks kept.
    """
    if not text:
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
