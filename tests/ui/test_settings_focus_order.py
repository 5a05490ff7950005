"""Settings from the keyboard: it opens on the feeds, and Tab follows the rows (issue 17).

Found in a real X window: the dialog opened on "Hide tracks and rooms", the last row, and
Tab reached it only after OK and Cancel; Shift+Tab from it then Enter cancelled the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.dialogs.settings import SettingsDialog
from briefing_app.ui.workers.tasks import TaskRunner


def _chain(dialog: SettingsDialog) -> list[QWidget]:
    """The widgets Tab visits, from the first, once round."""
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and widget not in chain:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_settings_opens_on_the_feeds_and_tabs_down_its_rows(
    qtbot: QtBot, sample_store: Store
) -> None:
    dialog = SettingsDialog(sample_store, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = _chain(dialog)
    assert chain[0] is dialog.feed_list
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    position = chain.index
    assert position(dialog.language) < position(dialog.hidden_picker) < position(ok)
    assert position(dialog.hidden_picker) == position(dialog.language) + 1
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.feed_list)
