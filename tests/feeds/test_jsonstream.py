"""JsonStream reads a top-level object a value at a time, whatever the window cuts through."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.errors import FeedError
from briefing_app.feeds.jsonstream import JsonStream

LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def _read(data: bytes, chunk: int) -> dict[str, Any]:
    """The document as JsonStream gives it: arrays item by item, other values whole."""
    stream = JsonStream(io.BytesIO(data), chunk=chunk)
    found: dict[str, Any] = {}
    for key in stream.fields():
        if key.startswith("list"):
            found[key] = list(stream.items())
        else:
            found[key] = stream.value()
    return found


@settings(max_examples=150, deadline=None)
@given(
    document=st.dictionaries(st.text(), VALUES, max_size=5),
    arrays=st.lists(st.lists(VALUES, max_size=5), max_size=3),
    chunk=st.integers(1, 40),
    indent=st.sampled_from([None, 0, 2]),
    ascii_only=st.booleans(),
)
def test_any_document_reads_as_json_loads_reads_it(
    document: dict[str, Any],
    arrays: list[list[Any]],
    chunk: int,
    indent: int | None,
    ascii_only: bool,
) -> None:
    document = {k: v for k, v in document.items() if not k.startswith("list")}
    document.update({f"list{n}": items for n, items in enumerate(arrays)})
    data = json.dumps(document, indent=indent, ensure_ascii=ascii_only).encode("utf-8")
    assert _read(data, chunk) == json.loads(data)


@pytest.mark.parametrize("chunk", [1, 3, 1 << 20])
def test_a_bom_and_white_space_are_fine(chunk: int) -> None:
    data = b'\xef\xbb\xbf \n {"a" : [1 , 2.5e3 ,\n"x"] , "b":{"c":null}}  \n'
    stream = JsonStream(io.BytesIO(data), chunk=chunk)
    keys = stream.fields()
    assert next(keys) == "a" and list(stream.items()) == [1, 2500.0, "x"]
    assert next(keys) == "b" and stream.value() == {"c": None}
    assert list(keys) == []


BROKEN = {
    "cut in a string": (b'{"a": [1, 2], "b": "text', "ends too early"),
    "cut in an array": (b'{"a": [1, 2', "ends too early"),
    "cut after a key": (b'{"a": ', "ends too early"),
    "cut before the end": (b'{"a": 1', "ends too early"),
    "not an object": (b"[1, 2]", "Expecting '{'"),
    "no comma": (b'{"a": 1 "b": 2}', "Expecting ',' delimiter"),
    "bad value": (b'{"a": [1, nope]}', "Expecting value"),
    "extra data": (b'{"a": 1} {"b": 2}', "Extra data"),
    "bare key": (b"{a: 1}", "Expecting property name"),
}


@pytest.mark.parametrize(("data", "words"), list(BROKEN.values()), ids=list(BROKEN))
@pytest.mark.parametrize("chunk", [1, 4, 1 << 20])
def test_broken_json_is_a_feed_error_naming_where(data: bytes, words: str, chunk: int) -> None:
    with pytest.raises(FeedError, match="invalid JSON at line 1 column") as info:
        _read(data, chunk)
    assert words in str(info.value)


def test_line_numbers_count_lines_already_dropped() -> None:
    data = b'{"a": [' + b"1,\n" * 5000 + b"x]}"
    with pytest.raises(FeedError, match="at line 5001 column 1: Expecting value"):
        _read(data, 64)


def test_bytes_that_are_not_utf8_are_named_by_offset() -> None:
    data = b'{"a": "' + b"x" * 100 + b'\xff"}'
    with pytest.raises(FeedError, match=r"not UTF-8 text \(bad byte at offset 107\)"):
        _read(data, 16)


def test_deep_nesting_is_refused_not_a_crash() -> None:
    data = b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(FeedError, match="nested too deeply"):
        _read(data, 1 << 20)


def test_a_long_invalid_document_is_refused_without_reading_it_all() -> None:
    """A syntax error early in a big file is found in the first window, not after the whole."""
    data = b'{"a": [1, nope, ' + b"2, " * 2_000_000 + b"3]}"
    handle = io.BytesIO(data)
    stream = JsonStream(handle, chunk=4096)
    with pytest.raises(FeedError, match="Expecting value"):
        for key in stream.fields():
            list(stream.items()) if key == "a" else stream.value()
    assert handle.tell() <= 4 * 4096
