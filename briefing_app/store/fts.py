"""Turn what a person types into a safe SQLite FTS5 query.

FTS5 has its own syntax (``"``, ``*``, ``-``, ``:``, ``AND``, ``NEAR(...)``,
column filters). A search box must never raise on any of it, so user text is
reduced to words and quoted phrases, each passed as an FTS5 string; the last
word becomes a prefix query so that results follow typing.
"""

from __future__ import annotations

import re

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build_match_query(text: str, *, prefix_last: bool = True) -> str | None:
    """Return an FTS5 MATCH expression for *text*, or ``None`` if it has no words.

    ``procurement innov`` becomes ``"procurement" "innov"*``; a quoted phrase
    stays a phrase; every other character is dropped.
    """
    terms: list[str] = []
    for phrase in _PHRASE.findall(text):
        words = _WORD.findall(phrase)
        if words:
            terms.append(_quote(" ".join(words)))
    rest = _PHRASE.sub(" ", text)
    words = _WORD.findall(rest)
    quoted_words = [_quote(word) for word in words]
    if quoted_words and prefix_last and not text.endswith((" ", '"')):
        quoted_words[-1] += "*"
    terms.extend(quoted_words)
    if not terms:
        return None
    return " ".join(terms)
