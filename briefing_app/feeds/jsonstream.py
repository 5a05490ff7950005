"""Reading a big JSON document from a file one value at a time, in bounded memory.

:class:`JsonStream` walks the top-level object key by key; a value is decoded
whole (``json``'s C scanner on a window of text) or, for an array, item by
item (:meth:`JsonStream.items`). Memory holds the window (about a megabyte)
and the value being decoded, never the document. Every failure is a
:class:`FeedError` worded like :func:`briefing_app.feeds.messages.decode_json`'s.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from briefing_app.errors import FeedError
from briefing_app.feeds.messages import invalid_json
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

#: Bytes read from the file at a time.
CHUNK = 1 << 20
#: A decode error this close to the end of the window may only mean the value goes on.
_NEAR_END = 64

_SPACE = re.compile(r"[ \t\n\r]*")
_scan = json.JSONDecoder().raw_decode

#: The text counterpart of ``messages._MAY_NEED_CLEANING``: what can decode to a
#: character the text rule changes (escaped controls and surrogates, raw DEL, C1
#: controls, bidi controls, line separators).
MAY_NEED_CLEANING = re.compile(
    r"\\(?:u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}"
    r"|202[89a-eA-E]|206[6-9])|[bfr])"
    "|[\x7f-\x9f\u2028-\u202e\u2066-\u2069]"
)


class JsonStream:
    """The top-level object of the JSON text in *file*, read as it is needed."""

    def __init__(self, file: BinaryIO, *, chunk: int = CHUNK) -> None:
        self.file = file
        self.chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._bytes_read = 0
        #: Lines wholly before the window (for the line numbers of messages).
        self._lines_before = 0
        #: Whether the value last decoded holds text the app's text rule may change.
        self.needs_cleaning = False
        self._started = False

    # ---- the window ------------------------------------------------------------------
    def _fill(self, at_least: int = 0) -> bool:
        """Read more text into the window; False at the end of the file."""
        if self._eof:
            return False
        if self._pos > len(self._buf) // 2:  # drop what was read
            self._lines_before += self._buf.count("\n", 0, self._pos)
            self._buf = self._buf[self._pos :]
            self._pos = 0
        size = max(self.chunk, at_least)
        data = self.file.read(size)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            offset = self._bytes_read + exc.start
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "the feed is not UTF-8 text (bad byte at offset {offset})"
                ).format(offset=offset)
            ) from None
        if not self._started and text:
            text = text.removeprefix("\ufeff")
            self._started = True
        self._bytes_read += len(data)
        self._buf += text
        if not data:
            self._eof = True
        return True

    def _skip_space(self) -> str:
        """The next character that is not white space ("" at the end of the text)."""
        while True:
            match = _SPACE.match(self._buf, self._pos)
            assert match is not None  # the pattern matches the empty string
            self._pos = match.end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def _where(self, pos: int) -> tuple[int, int]:
        line = self._lines_before + self._buf.count("\n", 0, pos) + 1
        column = pos - self._buf.rfind("\n", 0, pos)
        return line, column

    def _error(self, pos: int, message: str, *, cut: bool = False) -> FeedError:
        line, column = self._where(pos)
        return FeedError(invalid_json(line, column, message, cut=cut))

    def _expect(self, char: str, what: str) -> None:
        found = self._skip_space()
        if found != char:
            raise self._error(self._pos, f"Expecting {what}", cut=not found)
        self._pos += 1

    # ---- values ------------------------------------------------------------------------
    def value(self) -> Any:
        """Decode the next JSON value whole."""
        self._skip_space()
        want = 0
        while True:
            try:
                value, end = _scan(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                going_on = exc.pos >= len(self._buf) - _NEAR_END or exc.msg.startswith(
                    "Unterminated string"
                )
                if going_on and not self._eof:
                    want = max(want * 2, len(self._buf) - self._pos, self.chunk)
                    self._fill(want)
                    continue
                cut = self._eof and (
                    exc.pos >= len(self._buf.rstrip()) or exc.msg.startswith("Unterminated string")
                )
                raise self._error(exc.pos, exc.msg, cut=cut) from None
            except RecursionError:
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "invalid JSON: nested too deeply").message()
                ) from None
            except ValueError as exc:  # e.g. an integer of more than 4300 digits
                raise FeedError(
                    QT_TRANSLATE_NOOP("core", "invalid JSON: {exc}").format(exc=exc)
                ) from None
            if (
                not self._eof
                and len(self._buf) - end < _NEAR_END
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):  # a number cut by the window ("1" of "1.5e3") may go on
                self._fill()
                continue
            self.needs_cleaning = MAY_NEED_CLEANING.search(self._buf, self._pos, end) is not None
            self._pos = end
            return value

    def fields(self) -> Iterator[str]:
        """The top-level object's keys, in order; after each, read its value (:meth:`value`,
        :meth:`items` or :meth:`skip`) before asking for the next."""
        self._expect("{", "'{' (a JSON object) at the top level")
        if self._skip_space() == "}":
            self._pos += 1
            self._end()
            return
        while True:
            if self._skip_space() != '"':
                raise self._error(self._pos, "Expecting property name enclosed in double quotes")
            key = self.value()
            self._expect(":", "':' delimiter")
            yield key
            found = self._skip_space()
            if found == "}":
                self._pos += 1
                self._end()
                return
            if found != ",":
                raise self._error(self._pos, "Expecting ',' delimiter", cut=not found)
            self._pos += 1

    def items(self) -> Iterator[Any]:
        """The items of the array that comes next, decoded one by one."""
        self._expect("[", "'[' (an array)")
        if self._skip_space() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            found = self._skip_space()
            if found == "]":
                self._pos += 1
                return
            if found != ",":
                raise self._error(self._pos, "Expecting ',' delimiter", cut=not found)
            self._pos += 1

    def skip(self) -> None:
        """Read past the next value (an array item by item)."""
        if self._skip_space() == "[":
            for _item in self.items():
                pass
        else:
            self.value()

    def _end(self) -> None:
        if self._skip_space():
            raise self._error(self._pos, "Extra data")
