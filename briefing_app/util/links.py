"""Which links the app opens: the one rule for every link a person can click (no Qt).

A link comes from a feed (join, registration and material links, presenter
websites), a bundle or the user's own notes, and ends up in the system's
browser or mail client. Only these open:

- ``http``/``https`` with a host (``https:evil.example`` and ``https:///x`` name none:
  browsers would guess one) and no user name (``https://bank.example@evil.example/``
  goes to evil.example);
- ``mailto`` with an address, where the caller allows mail links.

Everything else is refused: ``javascript:``, ``vbscript:``, ``data:``, ``file:``,
``ftp:``, any other scheme, in any letter case. So is a link with a control
character, a space or a bidi control anywhere in it (``\\x01javascript:``,
``java\\tscript:``, ``\\u202ehttps://``): parsers disagree on what those mean
(Python's strips leading ones, Qt refuses them), and a real address has none.
Spaces and tabs around the whole link are trimmed first.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from briefing_app.util.i18n import QT_TRANSLATE_NOOP

WEB_SCHEMES = frozenset({"http", "https"})
#: Controls, spaces of every kind, and the invisible format characters (bidi, zero-width).
_UNSAFE = re.compile(
    r"[\x00-\x20\x7f-\xa0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]"
)


def safe_link(url: str, *, mailto: bool = True) -> str | None:
    """*url* (trimmed) when the app may open it, or None (see the module's rule)."""
    text = url.strip(" \t\r\n")
    if not text or _UNSAFE.search(text):
        return None
    try:
        parts = urlsplit(text)
        host, _port = parts.hostname, parts.port
    except ValueError:  # a bad port or IPv6 literal
        return None
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES:
        named = bool(host) and parts.username is None and text[len(scheme) :].startswith("://")
        return text if named else None
    if scheme == "mailto" and mailto:
        return text if "@" in parts.path else None
    return None


def link_refusal(url: str, *, mailto: bool = True) -> str:
    """Why :func:`safe_link` refuses *url*, in words ("" when it does not)."""
    if safe_link(url, mailto=mailto) is not None:
        return ""
    if mailto:
        return QT_TRANSLATE_NOOP(
            "core", "only web (http, https) or mail (mailto) links open"
        ).message()
    return QT_TRANSLATE_NOOP("core", "only web (http, https) links open").message()


#: Scripts that legitimately share one name with each other (and with Latin): Chinese,
#: Japanese and Korean names mix them. Any other mix in one label is a homograph's mark.
_HAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"})


def _scripts(label: str) -> set[str]:
    scripts = set()
    for char in label:
        if char.isalpha():
            script = unicodedata.name(char, "UNKNOWN").split(" ")[0]
            scripts.add("HAN" if script in _HAN else script)
    return scripts


def _mixes_scripts(label: str) -> bool:
    """``аpple`` (a Cyrillic а among Latin letters) does; ``münchen`` and ``東京`` do not."""
    scripts = _scripts(label)
    others = scripts - {"LATIN"}
    return len(others) > 1 or ("LATIN" in scripts and bool(others - {"HAN"}))


def shown_link(url: str) -> str:
    """*url* as it may be shown to a person (and opened: it is the same address).

    A host name with a label that mixes scripts (``аpple.com``: a Cyrillic ``а``
    among Latin letters looks like apple.com) is shown in its ASCII form
    (``xn--pple-43d.com``), the way browsers show such names; ``münchen.de`` and
    ``東京.jp`` stay as they are.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return url
    if not host or host.isascii() or not any(map(_mixes_scripts, host.split("."))):
        return url
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return url
    userinfo, at, host_port = parts.netloc.rpartition("@")
    _name, colon, port = host_port.partition(":")
    return urlunsplit(parts._replace(netloc=f"{userinfo}{at}{ascii_host}{colon}{port}"))


__all__ = ["WEB_SCHEMES", "link_refusal", "safe_link", "shown_link"]
