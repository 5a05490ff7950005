"""The one rule for text on the command line: it must be valid UTF-8.

On POSIX, Python turns argument bytes that are not UTF-8 into lone surrogates
(``$'bad \\xff'`` becomes ``'bad \\udcff'``). Such a string cannot be stored, shown
or written to a file, so every text argument is checked once, right after parsing,
before any command runs: a bad one is refused with exit code 2, naming the argument.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing_app.errors import UsageError
from briefing_app.platform.paths import DATA_DIR_ENV
from briefing_app.util.i18n import translate


def _argument_names(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> Iterator[tuple[str, str]]:
    """(dest, the name typed: ``--search``, ``TEXT``) of each argument of the command run."""
    for action in parser._actions:  # argparse has no public way to walk its arguments
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(args, action.dest, None) or "")
            if chosen is not None:
                yield from _argument_names(chosen, args)
        elif action.option_strings:
            yield action.dest, max(action.option_strings, key=len)
        elif isinstance(action.metavar, str):
            yield action.dest, action.metavar
        else:
            yield action.dest, action.dest.upper()


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Path):
        yield str(value)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def _shown(text: str) -> str:
    """*text* with each byte that is not UTF-8 as ``\\xff`` (a lone surrogate as ``\\ud800``)."""
    out = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte the shell passed
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _bad_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_text_arguments(
    parser: argparse.ArgumentParser, args: argparse.Namespace, files: Iterable[Path] = ()
) -> None:
    """Refuse any argument that is not valid UTF-8 text.

    Raises:
        UsageError: naming the argument and showing the bad bytes (``'bad \\xff'``).
    """
    names = dict(_argument_names(parser, args))
    values = [(names.get(dest, dest), value) for dest, value in vars(args).items()]
    values += [("FILE", path) for path in files]
    values += [(DATA_DIR_ENV, os.environ.get(DATA_DIR_ENV, ""))]  # the same rule as --data-dir
    for name, value in values:
        for text in _texts(value):
            if _bad_text(text):
                raise UsageError(
                    translate(
                        "cli",
                        "{name}: '{text}' is not valid UTF-8 text; "
                        "give it in UTF-8 (file names too: rename the file)",
                    ).format(name=name, text=_shown(text))
                )


#: Notes piped in are read this far and no further (``< /dev/zero`` must not fill memory).
STDIN_NOTE_LIMIT = 16 * 1024 * 1024


def read_stdin_text() -> str:
    """Notes piped in: UTF-8 (a BOM is dropped); other bytes are refused as arguments are."""
    data = sys.stdin.buffer.read(STDIN_NOTE_LIMIT + 1)
    if len(data) > STDIN_NOTE_LIMIT:
        raise UsageError(
            translate(
                "cli",
                "the standard input holds more than {n} MiB; "
                "notes that long are refused, nothing was saved",
            ).format(n=STDIN_NOTE_LIMIT // (1024 * 1024))
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            translate(
                "cli",
                "the standard input is not UTF-8 text (bad byte at offset {offset}); "
                "nothing was saved",
            ).format(offset=exc.start)
        ) from exc


__all__ = ["STDIN_NOTE_LIMIT", "check_text_arguments", "read_stdin_text"]
