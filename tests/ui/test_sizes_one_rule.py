"""One rule for sizes in the window and the CLI (review item 14): "412 Mo" from 100 up,
one decimal below ("3,5 Mo"); a progress bar's percent is "0 %" in French.

Session 9: bytes are counted in words in both ("1 byte", "512 octets": the window said
"512 octets", the CLI "512 o"), and the units are the SI symbols in both ("kB": the CLI
said "KB"), up to "TB"/"To"."""

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
#: The edges of the rule: bytes (singular and plural), each unit, 100 and more, terabytes.
EDGES = (0, 1, 2, 512, 999, 1_000, 99_949, 123_456, 5_000_000_000, 2_000_000_000_000)


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


def test_bytes_and_units_read_alike_in_the_window_and_the_cli_in_french() -> None:
    from briefing_app.ui import language

    language.apply_language("fr")  # the window's translators and locale (conftest resets)
    window = [size_text(n) for n in EDGES]
    language.reset()
    cli = [format_size(n, "fr") for n in EDGES]
    assert cli == window
    assert cli[:4] == ["0\u00a0octet", "1\u00a0octet", "2\u00a0octets", "512\u00a0octets"]
    assert cli[5:] == ["1,0\u00a0ko", "99,9\u00a0ko", "123\u00a0ko", "5,0\u00a0Go", "2,0\u00a0To"]


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
    assert shown == [english_size(n) for n in SIZES]
    window = [size_text(n) for n in EDGES]
    assert window == [english_size(n) for n in EDGES]
    assert window[:4] == ["0 bytes", "1 byte", "2 bytes", "512 bytes"]
    assert window[5:] == ["1.0 kB", "99.9 kB", "123 kB", "5.0 GB", "2.0 TB"]
    assert [format_size(n, "en") for n in EDGES] == window  # Babel's English: the same


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
