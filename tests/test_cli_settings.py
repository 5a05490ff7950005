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
        "max-feed-size 50",
        "materials-max-size 256",
        "sync-interval 0",
        "reminder 15",
        "time-display both",
        "theme system",
        "language system",
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


def test_a_feed_over_the_size_limit_names_the_command_that_takes_it(
    capsys, data_dir: Path, tmp_path: Path
) -> None:
    assert cli(capsys, "settings", "max-feed-size", "1")[:2] == (0, "max-feed-size 1\n")
    for bad in ("0", "16385", "x", "1.5"):
        code, out, err = cli(capsys, "settings", "max-feed-size", bad)
        assert code == 2 and out == "", bad
        assert err.startswith("briefing-app: error: settings max-feed-size: "), err
    feed = tmp_path / "big.json"
    feed.write_bytes(b" " * (3 * 1024 * 1024 + 5) + b"{}")
    code, out, err = cli(capsys, "feeds", "add", str(feed))
    assert code == 6 and "too large (3,145,735 bytes; the limit is 1,048,576)" in err
    command = err.split("raise the limit: ", 1)[1].split()[:4]
    assert command == ["briefing-app", "settings", "max-feed-size", "4"]
    assert cli(capsys, *command[1:])[:2] == (0, "max-feed-size 4\n")
    code, out, err = cli(capsys, "feeds", "add", str(feed))
    assert "too large" not in err and code == 4  # read now, and refused for what it is
    with Store(data_dir / "briefing.db") as store:
        assert settings.feed_policy(store).max_bytes == 4 * 1024 * 1024
        for hand_edited in (0, "big", 10**9, True):
            store.set_setting(settings.MAX_FEED_SIZE, hand_edited)
            assert settings.max_feed_size_mib(store) == 50


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


def test_the_materials_size_limit_is_set_and_validated(capsys, data_dir: Path) -> None:
    assert cli(capsys, "settings", "materials-max-size", "3")[:2] == (0, "materials-max-size 3\n")
    for bad in ("0", "x", "99999"):
        code, out, err = cli(capsys, "settings", "materials-max-size", bad)
        assert code == 2 and out == "", bad
        assert err.startswith("briefing-app: error: settings materials-max-size: "), err
    with Store(data_dir / "briefing.db") as store:
        assert settings.materials_max_size_mib(store) == 3
