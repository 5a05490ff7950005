"""What the feed parsers share: decoding JSON and the wording of their errors."""

from __future__ import annotations

import json
from typing import Any

from briefing_app.errors import FeedError


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


def decode_json(data: bytes) -> Any:
    """UTF-8 JSON bytes -> Python values; every failure becomes a :class:`FeedError`."""
    if not data.strip():
        raise FeedError("the feed is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedError(f"the feed is not UTF-8 text (bad byte at offset {exc.start})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        hint = " (the file ends too early: truncated?)" if cut else ""
        raise FeedError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}{hint}"
        ) from exc
    except RecursionError as exc:
        raise FeedError("invalid JSON: nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise FeedError(f"invalid JSON: {exc}") from exc
