"""The day timeline's colours: the now line, the favourite star, a hue per track."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QPalette

#: The now line: a signal red that reads on light and dark bases alike.
NOW_COLOUR = QColor(226, 60, 50)
#: The favourite star, as in the session list: gold on a dark base...
STAR_COLOUR = QColor("#d4a017")
#: ...and a darker gold on a light one (3:1 or more against white and Fusion's window).
STAR_COLOUR_ON_LIGHT = QColor("#a36f00")


def star_colour(palette: QPalette) -> QColor:
    """The favourite star's colour on *palette*'s base (WCAG 1.4.11: 3:1 at least)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(STAR_COLOUR if dark else STAR_COLOUR_ON_LIGHT)


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


def block_colours(palette: QPalette, track: str, cancelled: bool) -> tuple[QColor, QColor, QColor]:
    """A block's fill, border and title colours on *palette*: a tint of its track's hue,
    or greyed (*cancelled*)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if cancelled:
        return mix(base, text, 0.06), mix(base, text, 0.35), mix(base, text, 0.6)
    hue = track_hue(track)
    dark = base.lightness() < 128
    return mix(base, hue, 0.40 if dark else 0.22), mix(base, hue, 0.85), text
