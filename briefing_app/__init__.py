"""Briefing Companion: an offline desktop companion for virtual briefing series."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefing-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Briefing Companion"
APP_ID = "briefing-app"
