"""Render the app icon's PNG sizes from its SVG: ``python -m briefing_app.tools.render_icons``.

The PNGs are committed in ``resources/icons/``, so the app never needs Qt's SVG
plugin to show its icon; run this again after editing ``briefing-app.svg``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefing_app.platform.resources_util import ICON_SIZES

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "briefing-app.svg"))
    if not renderer.isValid():
        print("briefing-app.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"briefing-app-{size}.png"
        # The format comes from the .png suffix (PySide6's stubs type it bytes; it wants str).
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
