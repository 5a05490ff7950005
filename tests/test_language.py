"""util/language: which language the system asks for, and the language setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.store import Store
from briefing_app.usecases import settings
from briefing_app.usecases.settings import SettingError
from briefing_app.util.language import content_preference, resolve, system_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "fr-FR"}, "fr"),
        ({"LANG": "en_CA.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
        ({"LANG": "en_CA.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_CA.UTF-8", "LANGUAGE": "fr_CA:en"}, "fr"),
        # gettext ignores LANGUAGE when no locale is set at all
        ({"LANG": "C", "LANGUAGE": "fr"}, "en"),
        # the first language named decides, even when it is not one we speak
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr"}, "en"),
    ],
)
def test_system_language(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected


def test_resolve_and_preference() -> None:
    assert resolve("fr", {"LANG": "en_CA.UTF-8"}) == "fr"
    assert resolve("system", {"LANG": "fr_CA.UTF-8"}) == "fr"
    assert resolve("klingon", {"LANG": "en_CA.UTF-8"}) == "en"
    assert content_preference("fr") == ("fr", "en")
    assert content_preference("en") == ("en", "fr")


def test_language_setting_round_trip(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    assert settings.language(store) == "system"
    settings.set_language(store, "fr")
    assert settings.language(store) == "fr"
    with pytest.raises(SettingError):
        settings.set_language(store, "de")
    assert settings.language(store) == "fr"
