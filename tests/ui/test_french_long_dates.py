"""French days in full in the window (review item 13): the detail pane's and the list's
"mercredi 15 avril 2020", and the Changes tab's stamps as the CLI writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from briefing_app.tools import cli_catalog
from briefing_app.ui.widgets.locale_text import day_text, note_day_text, range_text, stamp_text
from briefing_app.util.localeformat import format_day

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def french() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(cli_catalog.I18N_DIR / "briefing_app_fr.qm"))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    yield
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("french")
def test_french_days_are_written_in_full_as_the_cli_writes_them() -> None:
    day = date(2020, 4, 15)
    assert day_text(day) == "mercredi 15 avril 2020" == format_day(day, "fr")
    assert note_day_text(day) == "mercredi 15 avril 2020"
    start = datetime(2020, 4, 15, 14, 0, tzinfo=UTC)
    end = datetime(2020, 4, 15, 15, 30, tzinfo=UTC)
    assert range_text(start, end, "America/Toronto").startswith("mercredi 15 avril 2020 10 h 00")
    assert stamp_text("2026-12-07T12:19:00Z", "UTC") == "lundi 7 décembre 2026 12 h 19 UTC"


def test_english_keeps_its_short_day() -> None:
    assert day_text(date(2020, 4, 15), QLocale("en_US")) == "Wed 15 Apr 2020"
