"""What the case-study form's pickers list: sessions and presenters, read a page at a time.

Each source turns the store's light rows (:meth:`Store.session_choice_page`,
:meth:`Store.presenter_choice_page`) into (id, label) pairs for a
:class:`~briefing_app.ui.casestudies.models.ChoiceListModel`. Nothing is read
until the model asks, and then a page: the form opens as fast on 100,000
sessions as on ten.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from briefing_app.store import ChoiceQuery, Store
from briefing_app.ui.widgets.locale_text import day_text
from briefing_app.util.timeutil import zone


class SessionChoices:
    """Sessions as "Title — Tue 14 Apr 2020" (the day in the session's own zone), in time order."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._zones: dict[str, ZoneInfo] = {}

    def page(self, query: ChoiceQuery) -> list[tuple[int, str]]:
        rows = self.store.session_choice_page(query)
        return [(i, f"{title} — {self._day(start, name)}") for i, title, start, name in rows]

    def _day(self, start: datetime, zone_name: str) -> str:
        tz = self._zones.get(zone_name)
        if tz is None:
            tz = self._zones[zone_name] = zone(zone_name)
        return day_text(start.astimezone(tz).date())


class PresenterChoices:
    """Presenters as "Name (Organization)", by name."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def page(self, query: ChoiceQuery) -> list[tuple[int, str]]:
        rows = self.store.presenter_choice_page(query)
        return [(i, f"{name} ({org})" if org else name) for i, name, org in rows]
