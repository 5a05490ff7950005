"""What the feed parsers share: decoding JSON and the wording of their errors."""

from __future__ import annotations

import json
import re
from typing import Any

from briefing_app.errors import FeedError
from briefing_app.feeds.parser_reasons import json_reason
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted
from briefing_app.util.textclean import clean_text


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
        return QT_TRANSLATE_NOOP("core", "a number ({sample})").format(
            sample=shorten(repr(value), limit)
        )
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("core", "a string ({sample})").format(
            sample=shorten(json.dumps(value, ensure_ascii=False), limit)
        )
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("core", "an array").message()
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("core", "an object").message()
    return type(value).__name__


def invalid_json(line: int, column: int, error: str, *, cut: bool) -> str:
    """ "invalid JSON at line 3 column 7: ..." and, when the text ends there, "truncated?"."""
    if cut:
        text_of = QT_TRANSLATE_NOOP(
            "core",
            "invalid JSON at line {line} column {column}: {error} "
            "(the file ends too early: truncated?)",
        )
    else:
        text_of = QT_TRANSLATE_NOOP("core", "invalid JSON at line {line} column {column}: {error}")
    return text_of.format(line=line, column=column, error=json_reason(error))


def decode_json(
    data: bytes, warnings: list[str] | None = None, *, refuse_surrogates: bool = False
) -> Any:
    """UTF-8 JSON bytes -> Python values; every failure becomes a :class:`FeedError`.

    Every string (keys too) comes out under the app's text rule
    (:func:`briefing_app.util.textclean.clean_text`): a lone surrogate becomes
    U+FFFD and control characters go, each change described in *warnings* with
    its JSON path. Later checks, messages and the store never see them.

    With *refuse_surrogates* (the app's own documents: bundles, the single-window
    socket, where a lone surrogate means damage) one is a :class:`FeedError`
    naming its path instead.
    """
    if not data.strip():
        raise FeedError(QT_TRANSLATE_NOOP("core", "the feed is empty").message())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "the feed is not UTF-8 text (bad byte at offset {offset})"
            ).format(offset=exc.start)
        ) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        raise FeedError(invalid_json(exc.lineno, exc.colno, exc.msg, cut=cut)) from exc
    except RecursionError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "invalid JSON: nested too deeply").message()
        ) from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise FeedError(QT_TRANSLATE_NOOP("core", "invalid JSON: {exc}").format(exc=exc)) from exc
    if _MAY_NEED_CLEANING.search(data):
        found: list[str] = []
        document = _clean_strings(document, found)
        if refuse_surrogates:
            for note in found:
                if "surrogate" in note:
                    where = note.removeprefix("at ").rsplit(": ", 1)[0]
                    raise FeedError(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "invalid at {where}: the text holds a lone surrogate (a broken "
                            "\\uD800-\\uDFFF escape), which is not a character",
                        ).format(where=where)
                    )
        if len(found) > _MAX_WARNINGS:  # a feed broken everywhere: say so, not 10,000 times
            found[_MAX_WARNINGS:] = [
                counted(
                    len(found) - _MAX_WARNINGS,
                    QT_TRANSLATE_NOOP("core", "and {n} more text with invalid characters"),
                    QT_TRANSLATE_NOOP("core", "and {n} more texts with invalid characters"),
                )
            ]
        if warnings is not None:
            warnings.extend(found)
    return document


_MAX_WARNINGS = 20


#: What in JSON bytes can decode to a character the text rule changes: an escaped
#: C0/C1 control or surrogate (``\\u0000``, ``\\ud800``, ``\\b``, ``\\f``, ``\\r``),
#: a raw DEL or C1 control, a bidi control or line separator (U+202A-E, U+2066-9,
#: U+2028/9), raw or escaped. Raw C0 controls are invalid JSON; json refuses them.
#: Feeds without any pay one scan of their bytes and nothing more.
_MAY_NEED_CLEANING = re.compile(
    rb"\\(?:u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}"
    rb"|202[89a-eA-E]|206[6-9])|[bfr])"
    rb"|\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
)


def _json_key_path(parent: str, key: str) -> str:
    """``$.a`` + ``b`` -> ``$.a.b``; names that are not identifiers go in ``["..."]``."""
    if key.isidentifier():
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


def _clean_strings(document: Any, warnings: list[str]) -> Any:
    """*document* with every string cleaned (iteratively: nesting depth costs no stack)."""

    def clean(value: str, path: str) -> str:
        cleaned, problem = clean_text(value)
        if problem:
            warnings.append(
                QT_TRANSLATE_NOOP("core", "at {path}: {problem}").format(path=path, problem=problem)
            )
        return cleaned

    if isinstance(document, str):
        return clean(document, "$")
    stack: list[tuple[Any, str]] = [(document, "$")]
    while stack:
        container, path = stack.pop()
        if isinstance(container, list):
            for index, item in enumerate(container):
                if isinstance(item, str):
                    container[index] = clean(item, f"{path}[{index}]")
                elif isinstance(item, list | dict):
                    stack.append((item, f"{path}[{index}]"))
        elif isinstance(container, dict):
            for key in list(container):
                item = container[key]
                new_key, problem = clean_text(key)
                item_path = _json_key_path(path, new_key)
                if problem:  # named by its cleaned self: a warning must be printable
                    warnings.append(
                        QT_TRANSLATE_NOOP("core", "at {path} (the name): {problem}").format(
                            path=item_path, problem=problem
                        )
                    )
                if isinstance(item, str):
                    item = clean(item, item_path)
                elif isinstance(item, list | dict):
                    stack.append((item, item_path))
                if new_key != key:
                    del container[key]
                container[new_key] = item
    return document
