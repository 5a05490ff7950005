"""frab XML: sniffing, safe parsing with defusedxml, and the small helpers of the tree walk."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pyexpat import errors as expat_errors

from defusedxml import (
    DefusedXmlException,
    EntitiesForbidden,
)
from defusedxml import ElementTree as SafeET

from briefing_app.errors import FeedError
from briefing_app.feeds.messages import shorten
from briefing_app.feeds.parser_reasons import xml_reason
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

#: The root element, after an optional BOM, XML declaration, comments and DOCTYPE.
_SNIFF = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*"
    rb"(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE(?:[^>\[]|\[.*?\])*>\s*)*"
    rb"<schedule[\s>/]",
    re.DOTALL | re.IGNORECASE,
)
_SLUG_JUNK = re.compile(r"[^\w]+")


def looks_like(head: bytes) -> bool:
    """True when the first bytes of a feed are an XML document whose root is ``<schedule>``."""
    return _SNIFF.match(head) is not None


#: expat error codes that mean the document stops in the middle.
_CUT_SHORT = frozenset(
    expat_errors.codes[message]
    for message in (
        expat_errors.XML_ERROR_NO_ELEMENTS,
        expat_errors.XML_ERROR_UNCLOSED_TOKEN,
        expat_errors.XML_ERROR_PARTIAL_CHAR,
        expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
    )
)


#: A ``<!`` that opens neither a comment nor a CDATA section (a DOCTYPE, an ENTITY ...).
#: One scan: ``bytes.find(b"<!")`` in a loop took 2.4 ms on FOSDEM's 2.8 MB, this 1 ms.
_DECLARATION = re.compile(rb"<!(?!--|\[CDATA\[)")
#: The XML declaration's encoding, when it names one.
_DECLARED_ENCODING = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)"
)
#: Encodings expat reads itself, in which ``<!`` is the bytes ``<!``.
_ASCII_ENCODINGS = frozenset(
    {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
)


def _declares_nothing(data: bytes) -> bool:
    """True when *data* cannot declare an entity nor name an external resource.

    Entities and external references need a ``<!DOCTYPE`` (with its ``<!ENTITY``
    declarations); in an encoding that keeps ASCII as ASCII, a document without
    any ``<!`` other than comments and CDATA sections has none. Such a document
    is parsed by ElementTree's C parser (five times faster than defusedxml's
    Python one); anything else, however harmless, goes through defusedxml.
    """
    if b"\x00" in data[:4] or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 or UTF-32
    declared = _DECLARED_ENCODING.match(data)
    if declared is not None and declared.group(1).decode().lower() not in _ASCII_ENCODINGS:
        return False  # a codec could spell "<!" otherwise (UTF-7, EBCDIC ...)
    first = data.find(b"<!")  # most feeds have none: no scan by the expression at all
    return first < 0 or _DECLARATION.search(data, first) is None


def _load(data: bytes) -> ET.Element:
    """Parse the bytes safely; every failure becomes a :class:`FeedError`."""
    if not data.strip():
        raise FeedError(QT_TRANSLATE_NOOP("core", "the feed is empty").message())
    try:
        if _declares_nothing(data):
            root: ET.Element = ET.fromstring(data)  # noqa: S314 - no DTD, see above
        else:
            root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True)
    except EntitiesForbidden as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the XML declares entities, which are refused: they can expand to "
                "gigabytes or read local files (entity {name!r})",
            ).format(name=exc.name)
        ) from None
    except DefusedXmlException as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "the XML refers to an external resource, which is refused ({exc})"
            ).format(exc=exc)
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        reason = xml_reason(str(exc).split(":", 1)[0])
        if exc.code in _CUT_SHORT:
            reason = QT_TRANSLATE_NOOP(
                "core", "{reason} (the file ends too early: was the download cut short?)"
            ).format(reason=reason)
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "not well-formed XML at line {line}, column {value}: {reason}"
            ).format(line=line, value=column + 1, reason=reason)
        ) from None
    except (ValueError, LookupError) as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "the XML cannot be decoded: {exc}").format(exc=exc)
        ) from None
    if root.tag != "schedule":
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "expected a frab schedule (root element <schedule>), got <{tag}>"
            ).format(tag=shorten(str(root.tag))),
            path=f"/{shorten(str(root.tag))}",
        )
    return root


def _text(element: ET.Element | None) -> str:
    """The element's own text without surrounding space ("" when absent or empty)."""
    if element is None or element.text is None:
        return ""
    return element.text.strip()


def _children(element: ET.Element) -> dict[str, ET.Element]:
    """First child of each tag: one pass instead of a ``find`` per field."""
    found: dict[str, ET.Element] = {}
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in found:
            found[tag] = child
    return found


def _quote(value: str) -> str:
    return f'"{value}"' if "'" in value else f"'{value}'"


def _slug(text: str) -> str:
    """A lowercase key from *text* (letters of any script kept, the rest hyphens)."""
    return _SLUG_JUNK.sub("-", text.casefold()).strip("-_")
