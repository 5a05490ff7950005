"""Turn what a person types into a safe SQLite FTS5 query.

FTS5 has its own syntax (``"``, ``*``, ``-``, ``:``, ``AND``, ``NEAR(...)``,
column filters). A search box must never raise on any of it, so user text is
reduced to words and quoted phrases, each passed as an FTS5 string; the last
word becomes a prefix query so that results follow typing.

The index holds Porter stems (``procurement`` is ``procur``), and FTS5 stems a
prefix too: ``"procuremen"*`` looks for terms starting with ``procuremen``, which
no stem does, so a word being typed stopped matching between ``procure`` and its
last letter. When the words as typed find nothing, the last word therefore also
asks for each stem it may be heading for: its own beginnings after which its rest
could be a suffix Porter strips (``procur`` + ``emen``, part of ``ement``). No
index or table is added; a stem the index lacks costs one lookup.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@functools.lru_cache(maxsize=64)
def build_match_query(text: str, *, prefix_last: bool = True, broad: bool = False) -> str | None:
    """Return an FTS5 MATCH expression for *text*, or ``None`` if it has no words.

    ``procurement innov`` becomes ``"procurement" "innov"*``; a quoted phrase
    stays a phrase; every other character is dropped. With *broad*, the last word
    also asks for the stems it may be the start of (:func:`stems_ahead`):
    ``procuremen`` becomes ``("procuremen"* OR ... OR "procur" OR ...)``
    (``query.match_query`` asks for it when the words as typed find nothing).
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
        stems = stems_ahead(words[-1], broad=broad)
        if stems:
            quoted_words[-1] = "(" + " OR ".join([quoted_words[-1], *stems]) + ")"
    terms.extend(quoted_words)
    if not terms:
        return None
    # A group in parentheses needs an explicit AND before it (FTS5's grammar).
    return (" AND " if terms[-1].startswith("(") else " ").join(terms)


#: Endings Porter's stemmer strips (as they are written in words, and as its steps
#: see them), joined in chains by :func:`_suffix_starts`: ``alizations`` is
#: ``al`` + ``ization`` + ``s``. Generous on purpose: a stem asked for in vain costs
#: one lookup, a stem left out leaves a word being typed matching nothing.
_SUFFIX_TEXT = """s es ies sses ss ed eed ing ings y ly li e ational tional ation ations ator ators
ization izations isation izer izers ize izes ized izing ise ised ising alism ism isms
ist ists iveness ive ives ively fulness ful fully ousness ous ously ness nesses
ality alities ity ities iti ivity iviti bility biliti ability ibility logy logies
logi icate icates icated ative atives alize alise icity iciti ical ically al als
ally alli ance ances ancy anci ence ences ency encies enci er ers eli entli ousli
ic ics able ably ible ibly bli ant ants ement ements ment ments ent ents ently
ion ions ou ate ates ated ating"""
_SUFFIXES: tuple[str, ...] = tuple(sorted(set(_SUFFIX_TEXT.split())))
#: Porter's steps 2 and 3 rewrite some endings rather than strip them:
#: ``capabilit(y)`` is ``capabl`` (``biliti`` to ``ble``, then the ``e`` goes).
_REWRITES: tuple[tuple[str, str], ...] = (
    ("ational", "ate"),
    ("tional", "tion"),
    ("ency", "ence"),
    ("ancy", "ance"),
    ("izer", "ize"),
    ("bly", "ble"),
    ("ally", "al"),
    ("ently", "ent"),
    ("ely", "e"),
    ("ously", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("ality", "al"),
    ("ivity", "ive"),
    ("bility", "ble"),
    ("bilities", "ble"),
    ("logy", "log"),
    ("icate", "ic"),
    ("alize", "al"),
    ("icity", "ic"),
    ("ical", "ic"),
)
#: Endings the stemmer strips from the typed word itself: ``doming`` (of
#: ``dominguez``) is looked up as ``dome``, so its start without them is asked too.
_STRIPPED_ENDINGS: tuple[str, ...] = ("ing", "ed", "es", "s", "e", "y", "ies", "ly")
#: The shortest stem asked for (``be`` of ``being``), and the longest rest after one.
_MIN_STEM = 2
_MAX_REST = 12
#: Whether the near stems are asked for even when the word as typed finds something:
#: off, since the stemmer reads a query's prefix again ("timeli"* of "timelines" is
#: looked up as "time"*), which made a whole word find every "time".
_NEAR_ALWAYS = False
#: A longer "word" is no word being typed (nothing is asked for it).
_LONGEST_WORD = 40
#: The shortest stem asked for always (see :func:`stems_ahead`), and the shortest
#: also asked for as a prefix (a shorter one is a broad one).
_MIN_NEAR_STEM = 4
#: The longest rest after a stem asked for always: ``procur|emen``, not ``time|lines``
#: (a whole word found as typed must not find every "time").
_MAX_NEAR_REST = 4
_MIN_PREFIX_STEM = 4


@functools.cache
def _suffix_starts() -> re.Pattern[str]:
    """Matches a rest that starts a chain of up to three :data:`_SUFFIXES`.

    Compiled on the first broad search (2 ms), not with the module: every command that
    opens the store imports this one, and most never search.
    """
    whole = "|".join(re.escape(suffix) for suffix in sorted(_SUFFIXES, key=len, reverse=True))
    starts = {suffix[:n] for suffix in _SUFFIXES for n in range(1, len(suffix) + 1)}
    part = "|".join(re.escape(start) for start in sorted(starts, key=len, reverse=True))
    return re.compile(f"(?:{whole}){{0,2}}(?:{part})")


#: Each start of a rewritten ending, and what the stemmer may make of the whole ending.
_REWRITE_STARTS: dict[str, tuple[str, ...]] = {}
for _ending, _rewritten in _REWRITES:
    for _n in range(1, len(_ending) + 1):
        _REWRITE_STARTS[_ending[:_n]] = (
            *_REWRITE_STARTS.get(_ending[:_n], ()),
            _rewritten,
            _rewritten[:-1],
        )


_COMBINING = re.compile("[\u0300-\u036f]")


def _fold(word: str) -> str:
    """*word* as the index's tokenizer sees it: lower case, accents removed."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", word.lower()))


@functools.lru_cache(maxsize=64)
def stems_ahead(word: str, *, broad: bool = False) -> tuple[str, ...]:
    """FTS5 terms for the stems the whole word may have, *word* being its start.

    A stem is a beginning of *word* after which what *word* has could start a chain
    of suffixes the stemmer strips (after a doubled consonant, ``controll|ing``):
    ``procuremen`` may be heading for ``procur``. Each is an exact term, so it finds
    only the words of that stem; without *broad*, only stems of four letters or more
    (``not`` is no stem to ask for while ``note`` is typed) followed by four at most.

    *broad* (for a search that found nothing otherwise) adds shorter stems (``be``
    of ``being``), the ``e`` the stemmer may add (``hop|ing`` for ``hope``), rewritten
    endings (``capabi|lity`` for ``capabl``), and prefixes: a stem ending in ``y``
    (which the stemmer reads as ``i``), every stem of four letters or more (the
    stemmer reads a query's term again: ``embed`` of ``embedded`` is looked up as
    ``emb``), and the word without an ending the stemmer would strip from it
    (``doming`` of ``dominguez`` is looked up as ``dome``). Quoted, longest first.
    """
    if len(word) > _LONGEST_WORD or not (broad or _NEAR_ALWAYS):
        return ()
    folded = _fold(word)
    suffix_start = _suffix_starts().fullmatch
    shortest = _MIN_STEM if broad else _MIN_NEAR_STEM
    exact: list[str] = []
    prefixes: list[str] = []
    if broad:
        for ending in _STRIPPED_ENDINGS:
            # "key" is looked up as "kei": "ke" (a y is a three-letter start's only ending)
            least = _MIN_STEM if ending == "y" else _MIN_STEM + 1
            if folded.endswith(ending) and len(folded) - len(ending) >= least:
                prefixes.append(folded[: len(folded) - len(ending)])
    for end in range(len(folded) - 1, shortest - 1, -1):
        stem, rest = folded[:end], folded[end:]
        if len(rest) > (_MAX_REST if broad else _MAX_NEAR_REST):
            break
        if not stem.isalpha():
            continue
        if rest[0] == stem[-1] and rest[0] not in "aeiou":
            rest = rest[1:]  # a doubled consonant before the suffix
        if rest == "" or suffix_start(rest):
            exact.append(stem)
            if broad and rest and rest[0] in "aeiouy" and stem[-1] != "e":
                exact.append(stem + "e")  # hoping, hope
        if broad and rest in _REWRITE_STARTS:
            exact.extend(stem + rewritten for rewritten in _REWRITE_STARTS[rest])
    # The stemmer reads a query's term again: "container" (of "containerization") is
    # looked up as "contain", "embed" (of "embedded") as "emb"; as prefixes they still
    # find them.
    prefixes.extend(stem for stem in exact if len(stem) >= _MIN_PREFIX_STEM)
    if folded.endswith("y") and len(folded) > _MIN_PREFIX_STEM:
        prefixes.append(folded[:-1])  # "deploy" is looked up as "deploi"
    if broad:
        prefixes.extend(stem[:-1] for stem in exact if stem.endswith("y") and len(stem) > 3)
    terms = [_quote(stem) for stem in exact if len(stem) < _MIN_PREFIX_STEM]
    terms.extend(_quote(prefix) + "*" for prefix in prefixes)
    return tuple(dict.fromkeys(terms))
