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
    # Each pattern needs its mark in the text: skipping the search when it is absent is
    # what lets an .ics export of 10,000 sessions afford this per description.
    if "[" in text:
        text = _LINK.sub(r"\1 <\2>", text)
    if "#" in text:
        text = _HEADING.sub("", text)
    previous = None if "*" in text or "_" in text else text
    while previous != text:  # nested emphasis: ***x*** and the like
        previous = text
        text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), text)
    return text


# ---- text for a terminal -------------------------------------------------------------------
# What a terminal would obey rather than show: C0 controls (ESC starts the sequences that
# retitle, clear and recolour; BEL, BS and CR rewrite what is on screen), DEL, the C1 block
# (U+0080–U+009F; U+009B is an 8-bit CSI), and the bidi embeddings, overrides and isolates
# that reorder what follows them (U+202A–U+202E, U+2066–U+2069).
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _CONTROL_PICTURES:  # C0 and DEL: their Control Picture, ␛ ␇ ␀ …
        return _CONTROL_PICTURES[code]
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:  # invisible anyway: dropped
        return ""
    return "\ufffd"  # C1 controls and lone surrogates (which no encoder would write)


def terminal_text(text: str, *, one_line: bool = False) -> str:
    """*text* as it may be printed for a person: nothing in it steers the terminal.

    The one rule for everything the command line prints for a person (not its JSON):
    C0 controls and DEL become their Control Pictures (ESC is ``␛``, BEL ``␇``, NUL
    ``␀``), so a hostile title shows what it tried; C1 controls and lone surrogates
    become ``�``; bidi embeddings, overrides and isolates are dropped. Tabs stay.
    Line breaks (CR LF, CR, LF, VT, FF, U+2028, …) become ``\\n``, or, with
    *one_line*, a space, so that a title never breaks a one-line listing.
    """
    # The common case, decided in C: nothing to change (isprintable is False for every
    # line break, tab, control, bidi format character and surrogate the rules below touch;
    # a listing prints 10,000 lines). A trailing "\n" stays one when not *one_line*.
    if text.isprintable() or (not one_line and text[-1:] == "\n" and text[:-1].isprintable()):
        return text
    text = _LINE_BREAKS.sub(" " if one_line else "\n", text)
    if one_line:
        text = text.replace("\t", " ")
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """*text* for a one-line field in a terminal: :func:`terminal_text` with ``one_line``."""
    return terminal_text(text, one_line=True)
