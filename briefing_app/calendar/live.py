"""Where the live agenda file lives: apart from :mod:`.export`, so that saying where it is
(``briefing-app agenda``, ``export-ics --live-path``) does not import icalendar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.store import Store

LIVE_AGENDA_NAME = "agenda.ics"


def live_agenda_path(store: Store) -> Path:
    """Where the always-current agenda lives (beside the database)."""
    return store.path.parent / LIVE_AGENDA_NAME
