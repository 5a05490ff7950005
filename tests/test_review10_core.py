"""Session 10 review, the CLI's and the core's words: each in English and in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_i18n import english_afterwards  # noqa: F401 - its fixture

from briefing_app.util import i18n


def test_the_second_start_says_so_in_the_terminal_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from briefing_app.ui.app import _say_handed_off

    one, two = [Path("/tmp/jres-2022.ics")], [Path("/tmp/a.ics"), Path("/tmp/b.ics")]
    i18n.use_language("en")
    _say_handed_off(one)
    _say_handed_off(two)
    _say_handed_off([])
    assert capsys.readouterr().out.splitlines() == [
        "Briefing Companion is already open; it imports jres-2022.ics.",
        "Briefing Companion is already open; it imports 2 files: a.ics, b.ics.",
        "Briefing Companion is already open; it comes to the front.",
    ]
    i18n.use_language("fr")
    _say_handed_off(one)
    _say_handed_off(two)
    _say_handed_off([])
    assert capsys.readouterr().out.splitlines() == [
        "Briefing Companion est déjà ouvert; il importe jres-2022.ics.",
        "Briefing Companion est déjà ouvert; il importe 2 fichiers\u00a0: a.ics, b.ics.",
        "Briefing Companion est déjà ouvert; il passe au premier plan.",
    ]
