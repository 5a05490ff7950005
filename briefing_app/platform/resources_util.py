"""Access to files in ``resources/`` through importlib.resources.

The same lookup works from a checkout (editable install), a wheel and a
PyInstaller build, because ``resources/`` is installed as the package
``briefing_app.resources``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

RESOURCE_PACKAGE = "briefing_app.resources"
SAMPLE_FEED = "sample-feed.json"
BRIEFING_FEED_SCHEMA = "briefing-feed.schema.json"


def resource(name: str) -> Traversable:
    """Return a handle on the shipped resource *name*."""
    return files(RESOURCE_PACKAGE).joinpath(name)


def read_resource_bytes(name: str) -> bytes:
    """Return the bytes of the shipped resource *name*."""
    return resource(name).read_bytes()


DESKTOP_FILE = "briefing-app.desktop"
ICON_SVG = "icons/briefing-app.svg"
#: The PNG sizes rendered from the SVG (``python -m briefing_app.tools.render_icons``).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_png(size: int) -> str:
    """The resource name of the app icon rendered at *size* pixels."""
    return f"icons/briefing-app-{size}.png"


def translation_qm(language: str) -> str:
    """The resource name of the window's compiled translation into *language* (``tools.i18n``)."""
    return f"i18n/briefing_app_{language}.qm"
