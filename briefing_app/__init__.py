"""Briefing Companion: an offline desktop companion for virtual briefing series."""

from __future__ import annotations

APP_NAME = "Briefing Companion"
APP_ID = "briefing-app"

__version__: str  # read from the package metadata on first use (see __getattr__)


def __getattr__(name: str) -> str:
    # importlib.metadata costs a command that never shows the version ~20 ms: read it lazily.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("briefing-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
