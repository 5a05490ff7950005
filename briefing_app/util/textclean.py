"""The one rule for text that comes into the app from outside (feeds first).

Text from a feed may hold characters no person should get and no part of the
app can handle: a lone surrogate (``\\ud800``, from a JSON escape of a broken
UTF-16 string) cannot be encoded as UTF-8, so SQLite, files and terminals all
refuse it; control characters (NUL, ESC, a C1 CSI) are invisible at best, and
in a terminal they retitle, clear and recolour it. The rule, applied where the
text is read:

- a lone surrogate becomes U+FFFD (the replacement character), so the rest of
  the text and the rest of the feed still arrive;
- CR LF and a lone CR become LF;
- every other control character is removed: C0 except tab and newline, DEL,
  and the C1 range U+0080-U+009F (some terminals read U+009B as CSI and
  U+009D as OSC, and in real text they only appear after a wrong decoding);
- the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
  are removed: one U+202E in a name reverses the rest of the line it is shown
  on (the "Trojan Source" trick). The marks U+200E/U+200F/U+061C stay: they
  steer nothing past themselves and right-to-left text needs them;
- the line and paragraph separators U+2028/U+2029 become LF.

What was changed is described, so the caller can name where in a warning.
"""

from __future__ import annotations

import re

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted, joined

__all__ = ["REPLACEMENT", "clean_text", "has_unwanted_characters"]

REPLACEMENT = "\ufffd"

#: Everything the rule changes (CR included: line ends are normalised).
_UNWANTED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SEPARATOR = re.compile("[\u2028\u2029]")
_MAX_NAMED = 3


def has_unwanted_characters(text: str) -> bool:
    """True when :func:`clean_text` would change *text*."""
    return _UNWANTED.search(text) is not None


def clean_text(text: str) -> tuple[str, str]:
    """*text* under the rule, and what was changed ("" when nothing but line ends was).

    ``"Caf\\ud800 \\x1b[2J"`` gives ``"Caf\\ufffd [2J"`` and "a lone surrogate replaced
    with U+FFFD; 1 control character removed (U+001B)".
    """
    if _UNWANTED.search(text) is None:
        return text, ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SEPARATOR.sub("\n", text)
    problems: list[str] = []
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub(REPLACEMENT, text)
        problems.append(
            counted(
                surrogates,
                QT_TRANSLATE_NOOP("core", "a lone surrogate replaced with U+FFFD"),
                QT_TRANSLATE_NOOP("core", "{n} lone surrogates replaced with U+FFFD"),
            )
        )
    controls = _CONTROL.findall(text)
    if controls:
        text = _CONTROL.sub("", text)
        distinct = sorted(set(controls))
        named = ", ".join(f"U+{ord(c):04X}" for c in distinct[:_MAX_NAMED])
        if len(distinct) > _MAX_NAMED:
            named += ", …"
        problems.append(
            counted(
                len(controls),
                QT_TRANSLATE_NOOP("core", "{n} control character removed ({named})"),
                QT_TRANSLATE_NOOP("core", "{n} control characters removed ({named})"),
                named=named,
            )
        )
    bidi = _BIDI.findall(text)
    if bidi:
        text = _BIDI.sub("", text)
        problems.append(
            counted(
                len(bidi),
                QT_TRANSLATE_NOOP(
                    "core", "{n} bidi control removed (they reorder the text around them)"
                ),
                QT_TRANSLATE_NOOP(
                    "core", "{n} bidi controls removed (they reorder the text around them)"
                ),
            )
        )
    return text, joined("; ", problems)
