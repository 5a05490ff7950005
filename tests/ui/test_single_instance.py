"""One window per data folder: later starts hand their request to the open window."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.single_instance import InstanceServer, hand_off, server_name

DATA = Path(__file__).resolve().parents[1] / "data"


def _env(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, BRIEFING_APP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")


def test_server_name_is_in_the_data_folder_or_a_short_digest(tmp_path: Path) -> None:
    assert server_name(tmp_path) == str(tmp_path.resolve() / "briefing-app.sock")
    deep = tmp_path / ("x" * 120)
    name = server_name(deep)
    assert name.startswith("briefing-app-") and "/" not in name
    assert name == server_name(deep)  # the same folder, the same name
    assert name != server_name(tmp_path / ("y" * 120))


def test_no_window_means_no_hand_off(tmp_path: Path) -> None:
    assert hand_off(server_name(tmp_path), []) is False


def test_a_later_start_hands_its_file_to_the_open_window(
    qtbot, sample_store: Store, data_dir: Path, tmp_path: Path
) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    server = InstanceServer(server_name(data_dir), window)
    assert server.listen()
    server.requested.connect(window.take_request)
    window.showMinimized()
    invite = tmp_path / "invite.ics"
    invite.write_bytes((DATA / "jres-2022.ics").read_bytes())
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "briefing_app", str(invite)],
        env=_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=15_000)
    out, err = child.communicate()
    elapsed = time.monotonic() - started
    assert child.returncode == 0, err
    assert "already open" in out and "invite.ics" in out
    assert elapsed < 10
    assert not window.isMinimized()
    assert len(sample_store.feeds()) == 2  # the sample and the imported calendar
    server.close()


def test_a_stale_socket_from_a_crashed_window_is_replaced(tmp_path: Path, qapp) -> None:
    name = server_name(tmp_path)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # bound, never listening, then gone: what a crash leaves
    dead.close()
    assert Path(name).exists()
    assert hand_off(name, []) is False
    server = InstanceServer(name)
    assert server.listen()
    live = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    live.connect(name)  # the new server accepts
    live.close()
    server.close()


def test_a_second_listener_on_a_live_name_is_refused(tmp_path: Path, qapp) -> None:
    name = server_name(tmp_path)
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    assert second.listen() is False
    first.close()


@pytest.mark.slow
def test_two_starts_make_one_window(tmp_path: Path, data_dir: Path) -> None:
    """End to end: a window process, then ``briefing-app FILE`` exits 0 and the window imports."""
    env = _env(data_dir)
    window = subprocess.Popen(
        [sys.executable, "-m", "briefing_app"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        sock = Path(server_name(data_dir))
        deadline = time.monotonic() + 30
        while not sock.exists() and time.monotonic() < deadline:
            assert window.poll() is None, window.communicate()
            time.sleep(0.05)
        assert sock.exists()
        invite = tmp_path / "invite.ics"
        invite.write_bytes((DATA / "jres-2022.ics").read_bytes())
        second = subprocess.run(
            [sys.executable, "-m", "briefing_app", str(invite)],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        with Store(data_dir / "briefing.db") as store:
            deadline = time.monotonic() + 30
            while len(store.feeds()) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(store.feeds()) == 2
    finally:
        window.terminate()
        window.communicate(timeout=30)
