"""Wording shared by the feed parsers' error messages."""

from __future__ import annotations

import json


def shorten(text: str, limit: int = 80) -> str:
    """*text* cut to *limit* characters with an ellipsis, for quoting bad input."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_type(value: object, *, limit: int = 80) -> str:
    """Name a JSON value's type for a message, with a short sample ("a string ("x")")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"a number ({shorten(repr(value), limit)})"
    if isinstance(value, str):
        return f"a string ({shorten(json.dumps(value, ensure_ascii=False), limit)})"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
