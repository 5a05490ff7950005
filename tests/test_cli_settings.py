"""``briefing-app settings``: the settings the window has, from a terminal, validated alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.bounded import cli

from briefing_app.store import Store
from briefing_app.usecases import settings


def test_settings_lists_every_setting_with_its_default(capsys, data_dir: Path) -> None:
    code, out, err = cli(capsys, "settings")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "download-timeout 60",
        "sync-interval 0",
        "reminder 15",
        "time-display both",
        "theme system",
    ]
    code, out, _ = cli(capsys, "settings", "--json")
    assert json.loads(out)["download-timeout"] == 60


def test_the_download_time_limit_is_set_validated_and_used(capsys, data_dir: Path) -> None:
    code, out, _ = cli(capsys, "settings", "download-timeout", "120")
    assert (code, out) == (0, "download-timeout 120\n")
    for bad in ("0", "3601", "x", "1.5", "-3"):
        code, out, err = cli(capsys, "settings", "download-timeout", bad)
        assert code == 2 and out == "", bad
        assert err.startswith("briefing-app: error: settings download-timeout: "), err
    code, out, _ = cli(capsys, "settings", "download-timeout")
    assert out == "download-timeout 120\n"
    with Store(data_dir / "briefing.db") as store:
        fetcher = settings.feed_fetcher(store)
        assert fetcher.policy.total_timeout == 120
        fetcher.close()
        for hand_edited in (0, "fast", 10**9, True):  # reads as the default, never crashes
            store.set_setting(settings.DOWNLOAD_TIMEOUT, hand_edited)
            assert settings.download_timeout_seconds(store) == 60
        with pytest.raises(settings.SettingError):
            settings.set_download_timeout_seconds(store, 0)


def test_other_settings_through_the_same_command(capsys, data_dir: Path) -> None:
    assert cli(capsys, "settings", "theme", "dark")[:2] == (0, "theme dark\n")
    code, _, err = cli(capsys, "settings", "theme", "sideways")
    assert code == 2 and "expected one of system, light, dark" in err
    assert cli(capsys, "settings", "reminder", "0")[:2] == (0, "reminder 0\n")
    with Store(data_dir / "briefing.db") as store:
        assert settings.theme(store) == "dark"
        assert settings.reminder_minutes(store) is None
    code, _, err = cli(capsys, "settings", "nonsense")
    assert code == 2 and "invalid choice" in err
