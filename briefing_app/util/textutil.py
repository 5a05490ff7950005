"""Plain-text helpers for terminals (no Qt)."""

from __future__ import annotations

import re

_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])"
)
_LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Markdown as a person reads it in a terminal: no ``**``, links as ``text <url>``."""
    text = _LINK.sub(r"\1 <\2>", text)
    text = _HEADING.sub("", text)
    previous = None
    while previous != text:  # nested emphasis: ***x*** and the like
        previous = text
        text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), text)
    return text
