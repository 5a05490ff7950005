"""Round avatars: a placeholder with initials in a colour of its own, and photos cut round."""

from __future__ import annotations

import hashlib
import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QApplication

from briefing_app.ui.widgets.theme import contrast as contrast_ratio

_WHITE = QColor(255, 255, 255)
_NEAR_BLACK = QColor(20, 20, 20)
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W_]+")


# ---- placeholders ------------------------------------------------------------
def initials(name: str) -> str:
    """Up to two letters for a placeholder: first and last word (``"?"`` if none)."""
    words: list[str] = _LETTERS.findall(name) or _WORD.findall(name)
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def avatar_colour(name: str) -> QColor:
    """A colour that is the same for a name on every run and every machine.

    Medium lightness and saturation: the disc stands out on light and dark
    windows alike, and :func:`avatar_text_colour` picks the readable text.
    """
    digest = hashlib.sha256(name.strip().casefold().encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    saturation = 0.40 + digest[2] / 255 * 0.15
    lightness = 0.36 + digest[3] / 255 * 0.06
    colour = QColor.fromHslF(hue, saturation, lightness)
    # Mid-luminance hues read poorly with white and with black text: deepen them.
    while max(contrast_ratio(colour, _WHITE), contrast_ratio(colour, _NEAR_BLACK)) < 4.5:
        colour = colour.darker(106)
    return colour


def avatar_text_colour(background: QColor) -> QColor:
    """White or near-black, whichever reads better on *background*."""
    white, dark = QColor(_WHITE), QColor(_NEAR_BLACK)
    return white if contrast_ratio(white, background) >= contrast_ratio(dark, background) else dark


def paint_initials(painter: QPainter, rect: QRectF, name: str, font: QFont) -> None:
    """Draw the round initials placeholder for *name* into *rect*."""
    background = avatar_colour(name)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawEllipse(rect)
    text_font = QFont(font)
    text_font.setBold(True)
    text_font.setPixelSize(max(6, round(rect.height() * 0.38)))
    painter.setFont(text_font)
    painter.setPen(avatar_text_colour(background))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def initials_pixmap(name: str, size: int, ratio: float = 1.0, font: QFont | None = None) -> QPixmap:
    """A transparent square pixmap of *size* logical pixels with the initials disc."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_initials(painter, QRectF(0, 0, size, size), name, font or QApplication.font())
    painter.end()
    return pixmap


def round_image(image: QImage, pixels: int) -> QImage:
    """*image* cropped to its centre square, scaled to *pixels* and clipped to a circle."""
    side = min(image.width(), image.height())
    square = image.copy(
        (image.width() - side) // 2, (image.height() - side) // 2, side, side
    ).scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    out = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, pixels, pixels))
    painter.setClipPath(path)
    painter.drawImage(0, 0, square)
    painter.end()
    return out
