"""One rule for sizes in the window and the CLI (review item 14): "412 Mo" from 100 up,
one decimal below ("3,5 Mo"); a progress bar's percent is "0 %" in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QProgressBar

from briefing_app.ui.widgets.locale_text import percent_format, size_text
from briefing_app.util.i18n import english_size
from briefing_app.util.localeformat import format_size

pytestmark = pytest.mark.usefixtures("qapp")
SIZES = (1_500, 3_500_000, 3_000_000, 99_940_000, 412_000_000, 268_435_456, 1_200_000_000)


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("french")
def test_the_window_and_the_cli_show_a_size_alike_in_french() -> None:
    assert size_text(412_000_000) == "412\u00a0Mo"
    assert size_text(3_500_000) == "3,5\u00a0Mo"
    assert [size_text(n) for n in SIZES] == [format_size(n, "fr") for n in SIZES]


def test_the_window_and_the_cli_show_a_size_alike_in_english() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        _english_sizes()
    finally:
        QLocale.setDefault(before)


def _english_sizes() -> None:
    assert english_size(412_000_000) == "412 MB" and english_size(3_500_000) == "3.5 MB"
    shown = [size_text(n) for n in SIZES]
    assert [text.replace("kB", "KB") for text in shown] == [english_size(n) for n in SIZES]


@pytest.mark.usefixtures("french")
def test_a_progress_bar_says_0_percent_the_french_way(qtbot) -> None:
    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 100)
    bar.setValue(0)
    bar.setFormat(percent_format())
    assert bar.text() == "0\u00a0%"
    assert percent_format(QLocale(QLocale.Language.English)) == "%p%"


@pytest.mark.usefixtures("french")
def test_the_progress_strip_says_percent_the_french_way(qtbot) -> None:
    """The strip set the French format and then wrote "%p%" over it (session-9 report)."""
    from briefing_app.ui.workers.progress_task import ProgressStrip

    strip = ProgressStrip()
    qtbot.addWidget(strip)
    strip.bar.setValue(230)  # of 1000
    assert strip.bar.text() == "23\u00a0%"
