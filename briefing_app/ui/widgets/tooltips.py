"""Text for tooltips (no Qt here: the session list imports it before the first paint)."""

from __future__ import annotations


def plain_tooltip(text: str) -> str:
    """*text* (a feed's title or summary) for a tooltip, shown as the text it is.

    Qt takes a tooltip that starts like HTML for HTML; escaped inside a ``<p>``
    it is always shown literally, line breaks kept.
    """
    if not text:
        return text
    # html.escape(text, quote=False), as it is written: the html module imports its
    # 2,000-name entity table, and the session list loads this module before the first paint.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"
