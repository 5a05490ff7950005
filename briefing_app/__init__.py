"""Briefing Companion: an offline desktop companion for virtual briefing series."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Briefing Companion"
APP_ID = "briefing-app"

__version__: str  # from the package metadata, read on first use (see __getattr__)


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = _metadata_version()
    globals()["__version__"] = found
    return found


def _metadata_version() -> str:
    """The installed version, as ``importlib.metadata.version("briefing-app")`` says.

    importlib.metadata costs a process ~15 ms to import (email, zipfile, csv), more than
    all of ``briefing-app --version`` may: the version is first read the way it finds it,
    from the ``Version:`` line of the first ``briefing_app-*.dist-info/METADATA`` along
    ``sys.path``. Anything else (a zip, an egg, no such folder) asks importlib.metadata.
    """
    for entry in sys.path:
        try:
            folders = list(Path(entry or ".").glob("briefing_app-*.dist-info"))
        except OSError:  # a folder that cannot be listed
            continue
        for folder in folders:
            found = _version_line(folder / "METADATA")
            if found:
                return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefing-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def _version_line(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8") as metadata:
            for line in metadata:
                if line.startswith("Version:"):
                    return line.partition(":")[2].strip() or None
                if not line.strip():  # the headers end at the first empty line
                    return None
    except OSError:
        return None
    return None
