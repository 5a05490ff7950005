"""A malformed address typed in the window is refused in the app's words, never as a crash."""

from __future__ import annotations

from typing import Any

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow


def test_the_add_feed_dialog_refuses_an_unclosed_ipv6_address(
    qtbot: Any, sample_window: MainWindow, sample_store: Store
) -> None:
    before = sample_store.dump()
    dialog = sample_window.open_add_feed()
    dialog.location.setText("http://[::1")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "Could not add the feed" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == (
        "Could not add the feed: 'http://[::1' is not a valid address: "
        "the host in brackets [ ] is not a valid IPv6 address"
    )
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert sample_store.dump() == before


def test_settings_refuses_a_port_out_of_range_in_french(
    qtbot: Any, french_window: MainWindow, sample_store: Store
) -> None:
    before = sample_store.dump()
    dialog = french_window.open_settings()
    qtbot.addWidget(dialog)
    adding = dialog.add_feed("http://127.0.0.1:99999/x.xml")  # Settings' Add feed… dialog
    qtbot.waitUntil(lambda: "65535" in adding.status.text(), timeout=10_000)
    text = adding.status.text()
    assert "«\u00a0http://127.0.0.1:99999/x.xml\u00a0» n’est pas une adresse valide" in text
    assert "le port 99999 est hors limites (de 1 à 65535)" in text
    assert "Failed to parse" not in text and "is not" not in text
    assert sample_store.dump() == before


def test_sizes_in_mib_are_mio_in_french(qtbot: Any, french_window: MainWindow) -> None:
    """Review 10 #12: 50 MiB is 52.4 Mo; a limit set in MiB is written « Mio » in French."""
    dialog = french_window.open_settings()
    qtbot.addWidget(dialog)
    for spin in (dialog.max_feed_size, dialog.materials_max_size):
        assert spin.suffix() == "\u00a0Mio"
        assert spin.accessibleName().endswith(", en Mio")
