"""The day timeline's colours: the now line, the favourite star, a hue per track."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

#: The now line: a signal red that reads on light and dark bases alike.
NOW_COLOUR = QColor(226, 60, 50)
#: The favourite star, as in the session list.
STAR_COLOUR = QColor("#d4a017")


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """*a* moved *t* (0-1) of the way towards *b*."""
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def track_hue(track: str) -> QColor:
    """A stable colour per track (crc32, not hash(): the same across runs)."""
    hue = zlib.crc32(track.encode("utf-8")) % 360
    return QColor.fromHsl(hue, 150, 128)
