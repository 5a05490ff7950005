"""The command line's arguments: the parser's class, the help's words, and valid text.

The one rule for text on the command line: it must be valid UTF-8.

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
from typing import Any

from briefing_app.errors import UsageError
from briefing_app.platform.paths import DATA_DIR_ENV
from briefing_app.util.i18n import (
    QT_TRANSLATE_NOOP,
    current_language,
    fill,
    localized,
    quoted,
    translate,
)
from briefing_app.util.language import SOURCE_LANGUAGE


class Parser(argparse.ArgumentParser):
    """argparse's parser, with its "invalid choice" said the user's way.

    In English argparse's own message; in another language the value and the choices are
    quoted the language's way (French: « 2 » (choisir parmi « list », « add »)), which
    argparse's message, quoting with ``repr``, cannot do. Sub-parsers are of this class too
    (``add_subparsers`` makes them of their parent's).
    """

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if current_language() == SOURCE_LANGUAGE or action.choices is None:
            super()._check_value(action, value)
        elif value not in action.choices:
            raise argparse.ArgumentError(
                action,
                fill(
                    translate("cli", "invalid choice: {value!r} (choose from {choices})"),
                    {"value": str(value), "choices": ", ".join(map(quoted, action.choices))},
                ),
            )


def whole_number(text: str) -> int:
    """An argument that is a whole number (argparse's ``int``, refused in the user's words)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("cli", "{text!r} is not a whole number"), {"text": text})
        ) from None


def positive_int(text: str) -> int:
    """An argument that is a whole number of 1 or more."""
    value = whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "must be 1 or more, not {value}").format(value=value)
        )
    return value


# ---- the help's words: what the English tokens one types mean ------------------------------
# Actions (`followups done`) and choices (`--status open`) are typed in English in every
# language: they are a contract. The help names each by its token, and in another language
# adds what it means: "list (lister), add (ajouter)". One rule for every command.
_TOKEN_MEANINGS = {
    "list": QT_TRANSLATE_NOOP("cli-token", "list"),
    "show": QT_TRANSLATE_NOOP("cli-token", "show"),
    "add": QT_TRANSLATE_NOOP("cli-token", "add"),
    "new": QT_TRANSLATE_NOOP("cli-token", "new"),
    "edit": QT_TRANSLATE_NOOP("cli-token", "edit"),
    "mark": QT_TRANSLATE_NOOP("cli-token", "mark"),
    "move": QT_TRANSLATE_NOOP("cli-token", "move"),
    "copy": QT_TRANSLATE_NOOP("cli-token", "copy"),
    "done": QT_TRANSLATE_NOOP("cli-token", "done"),
    "reopen": QT_TRANSLATE_NOOP("cli-token", "reopen"),
    "remove": QT_TRANSLATE_NOOP("cli-token", "remove"),
    "delete": QT_TRANSLATE_NOOP("cli-token", "delete"),
    "clear": QT_TRANSLATE_NOOP("cli-token", "clear"),
    "history": QT_TRANSLATE_NOOP("cli-token", "history"),
    "export": QT_TRANSLATE_NOOP("cli-token", "export"),
    "import": QT_TRANSLATE_NOOP("cli-token", "import"),
    "orphans": QT_TRANSLATE_NOOP("cli-token", "orphans"),
    "attach": QT_TRANSLATE_NOOP("cli-token", "attach"),
    "detach": QT_TRANSLATE_NOOP("cli-token", "detach"),
    "note": QT_TRANSLATE_NOOP("cli-token", "note"),
    "check": QT_TRANSLATE_NOOP("cli-token", "check"),
    "recover": QT_TRANSLATE_NOOP("cli-token", "recover"),
    "backups": QT_TRANSLATE_NOOP("cli-token", "backups"),
    "restore": QT_TRANSLATE_NOOP("cli-token", "restore"),
    "download": QT_TRANSLATE_NOOP("cli-token", "download"),
    "timezone": QT_TRANSLATE_NOOP("cli-token", "timezone"),
    # choices
    "draft": QT_TRANSLATE_NOOP("cli-token", "draft"),
    "asked": QT_TRANSLATE_NOOP("cli-token", "asked"),
    "answered": QT_TRANSLATE_NOOP("cli-token", "answered"),
    "attended": QT_TRANSLATE_NOOP("cli-token", "attended"),
    "not-attended": QT_TRANSLATE_NOOP("cli-token", "not-attended"),
    "track": QT_TRANSLATE_NOOP("cli-token", "track"),
    "room": QT_TRANSLATE_NOOP("cli-token", "room"),
    # setting values (`settings theme dark`)
    "system": QT_TRANSLATE_NOOP("cli-token", "system"),
    "light": QT_TRANSLATE_NOOP("cli-token", "light"),
    "dark": QT_TRANSLATE_NOOP("cli-token", "dark"),
    "event": QT_TRANSLATE_NOOP("cli-token", "event"),
    "mine": QT_TRANSLATE_NOOP("cli-token", "mine"),
    "both": QT_TRANSLATE_NOOP("cli-token", "both"),
    "en": QT_TRANSLATE_NOOP("cli-token", "en"),
    "fr": QT_TRANSLATE_NOOP("cli-token", "fr"),
}


def token_text(token: str) -> str:
    """A token one types, as the help and the output show it: ``list`` in English,
    ``list (lister)`` in French (the token alone where it reads the same)."""
    meaning = _TOKEN_MEANINGS.get(token)
    shown = localized(meaning) if meaning is not None else token
    return token if shown == token else f"{token} ({shown})"


class Tokens(str):
    """Tokens one types, given to a message's field (``{choices}``): written as
    :func:`tokens_text` writes them in the language the message is shown in."""

    tokens: tuple[str, ...]

    def __new__(cls, tokens: Iterable[str]) -> Tokens:
        listed = tuple(tokens)
        self = super().__new__(cls, ", ".join(listed))
        self.tokens = listed
        return self

    def __format__(self, format_spec: str) -> str:
        return format(tokens_text(self.tokens), format_spec)


def tokens_text(tokens: Iterable[str]) -> str:
    """Tokens one types, as the help lists them: ``list, add``, in French
    ``list (lister), add (ajouter)``."""
    return ", ".join(map(token_text, tokens))


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
    values += [(translate("cli-metavar", "FILE"), path) for path in files]
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


__all__ = [
    "STDIN_NOTE_LIMIT",
    "Parser",
    "Tokens",
    "check_text_arguments",
    "positive_int",
    "read_stdin_text",
    "token_text",
    "tokens_text",
    "whole_number",
]
