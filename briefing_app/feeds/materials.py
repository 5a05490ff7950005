"""Session materials: what each feed format publishes, mapped onto :class:`Material`.

A briefing feed lists ``materials`` per session with their kind. The other
formats publish links and attachments and say little about what they are:

* frab XML: ``<attachments><attachment type="slides|paper|video|audio|other"
  href="...">title</attachment></attachments>`` (FOSDEM's Pentabarf export and
  frab fill ``type``; pretalx writes its resources as attachments without one)
  and ``<links><link href="...">title</link></links>`` (recordings, chat rooms,
  feedback forms, project pages);
* c3voc schedule JSON (frab and pretalx): ``links`` and ``attachments`` lists
  of ``{"url", "title"}`` (some generators write bare URLs); pretalx writes each
  resource there with ``"type": "related"``: an uploaded file (a relative
  ``/media/...`` URL, resolved against ``base_url``) under ``attachments``, a
  link under ``links``.

The kind is the declared type where there is one, else read from the title and
the URL's file name (``slides``, ``.pdf``, ``.mp4``, a video host). Nothing is
fetched; a URL is kept as written (``util.links`` decides what may be opened).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from briefing_app.feeds.model import MAX_MATERIAL_SIZE, Link, Material, MaterialKind

#: Declared types (frab's attachment types, briefing kinds, common synonyms) -> kind.
_DECLARED: dict[str, MaterialKind] = {
    "slides": MaterialKind.SLIDES,
    "slide": MaterialKind.SLIDES,
    "presentation": MaterialKind.SLIDES,
    "video": MaterialKind.RECORDING,
    "audio": MaterialKind.RECORDING,
    "recording": MaterialKind.RECORDING,
    "paper": MaterialKind.PRE_READ,
    "pre-read": MaterialKind.PRE_READ,
    "preread": MaterialKind.PRE_READ,
    "reading": MaterialKind.PRE_READ,
    "link": MaterialKind.LINK,
    "other": MaterialKind.OTHER,
}

_SLIDES_WORDS = re.compile(r"\b(slides?|slide ?deck|folien|foliensatz|presentation|praese)\b", re.I)
_RECORDING_WORDS = re.compile(r"\b(video|recording|recorded|aufzeichnung|audio|mp4|webm)\b", re.I)
_PRE_READ_WORDS = re.compile(r"\b(pre-?reads?|paper|report|whitepaper|thesis|reading)\b", re.I)
_SLIDES_EXTENSIONS = (".ppt", ".pptx", ".odp", ".key")
_RECORDING_EXTENSIONS = (".mp4", ".webm", ".mkv", ".mov", ".ogv", ".mp3", ".ogg", ".opus", ".m4a")
_RECORDING_HOSTS = ("media.ccc.de", "video.fosdem.org", "youtube.com", "youtu.be", "vimeo.com")
#: A URL path ending so names a file (a document, an archive): an unnamed one is "other".
_FILE_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".txt", ".epub", ".zip", ".tar.gz")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@lru_cache(maxsize=4096)
def material_kind(url: str, title: str = "", declared: str = "") -> MaterialKind:
    """The kind of a link or attachment, from its declared type, title and URL.

    Remembered: a sync asks twice per link (the parser, then the content hash's
    check that the materials are the links', :func:`~briefing_app.store.feed_rows.
    materials_signature`), and FOSDEM has 2,800 links (15 ms each time).
    """
    known = _DECLARED.get(declared.strip().lower())
    if known is not None and known not in (MaterialKind.LINK, MaterialKind.OTHER):
        return known
    try:
        parts = urlsplit(url.strip())
        path, host = parts.path.lower(), (parts.hostname or "")
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket): judged by its title only
        path, host = "", ""
    if path.endswith(_RECORDING_EXTENSIONS) or any(
        host == h or host.endswith("." + h) for h in _RECORDING_HOSTS
    ):
        return MaterialKind.RECORDING
    if path.endswith(_SLIDES_EXTENSIONS) or _SLIDES_WORDS.search(title):
        return MaterialKind.SLIDES
    if _RECORDING_WORDS.search(title):
        return MaterialKind.RECORDING
    if _PRE_READ_WORDS.search(title):
        return MaterialKind.PRE_READ
    if known is not None:
        return known
    if declared.strip().lower() == "attachment" or path.endswith(_FILE_EXTENSIONS):
        return MaterialKind.OTHER
    return MaterialKind.LINK


def checked_size(value: object) -> int | None:
    """A declared size in bytes, or ``None`` when absent, negative or absurd (over 1 TiB)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_MATERIAL_SIZE else None


def checked_checksum(value: str) -> str:
    """A SHA-256 in lowercase hex (``sha256:`` prefix allowed), or "" when it is not one."""
    text = value.strip().lower().removeprefix("sha256:")
    return text if _SHA256.match(text) else ""


def materials_from_links(links: Iterable[Link]) -> tuple[Material, ...]:
    """A session's links and attachments as materials (each URL once, first wins)."""
    return merge_materials((), links)


def materials_are_links(materials: tuple[Material, ...], links: Iterable[Link]) -> bool:
    """``materials == materials_from_links(links)``, without making the materials again.

    The content hash asks it of every session of every sync (FOSDEM: 2,800 links).
    """
    count = len(materials)
    index = 0
    seen: set[str] = set()
    for link in links:
        url = link.url.strip()
        if url and url not in seen:
            seen.add(url)
            if index == count:
                return False
            material = materials[index]
            index += 1
            if (
                type(material) is not Material
                or material.kind != material_kind(url, link.title, link.kind)
                or material.title != link.title.strip()
                or material.url != url
                or material.size != None  # noqa: E711 - as the dataclass's == compares
                or material.checksum != ""
                or material.language != ""
                or material.translations != ()
            ):
                return False
    return index == count


def merge_materials(explicit: Iterable[Material], links: Iterable[Link]) -> tuple[Material, ...]:
    """*explicit* materials, then *links* whose URL none of them has, each URL once."""
    found: list[Material] = []
    seen: set[str] = set()
    for material in explicit:
        if material.url not in seen:
            seen.add(material.url)
            found.append(material)
    for link in links:
        url = link.url.strip()
        if url and url not in seen:
            seen.add(url)
            kind = material_kind(url, link.title, link.kind)
            found.append(Material(kind=kind, title=link.title.strip(), url=url))
    return tuple(found)
