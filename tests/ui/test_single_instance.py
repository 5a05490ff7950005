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
from briefing_app.ui import single_instance
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.single_instance import InstanceServer, claim_window, hand_off, server_name

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
    assert child.returncode == 0, err
    assert "already open" in out and "invite.ics" in out
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


def test_the_first_claim_takes_the_lock_and_a_second_waits_for_its_window(
    tmp_path: Path, qapp
) -> None:
    first = claim_window(tmp_path, [])
    assert first is not None and first.lock is not None
    # Nobody listens yet (the first is still opening its window): the second waits,
    # and past its wait opens a window of its own, without the lock, rather than none.
    started = time.monotonic()
    second = claim_window(tmp_path, [], wait_s=0.3)
    assert second is not None and second.lock is None
    assert time.monotonic() - started >= 0.3
    first.release()
    third = claim_window(tmp_path, [])
    assert third is not None and third.lock is not None
    third.release()


def test_a_lock_left_by_a_crashed_window_is_taken_over(tmp_path: Path, qapp) -> None:
    lock = tmp_path / "briefing-app.lock"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from PySide6.QtCore import QLockFile; "
            "l = QLockFile(sys.argv[1]); assert l.tryLock(0); os._exit(0)",
            str(lock),
        ],
        check=True,
        timeout=60,
    )
    assert lock.exists()  # its holder died without unlocking
    claim = claim_window(tmp_path, [], wait_s=0)
    assert claim is not None and claim.lock is not None
    claim.release()


def test_a_busy_window_gets_the_request_once_later(tmp_path: Path, qapp, monkeypatch) -> None:
    """A window too busy to answer still takes the request: no second window, no double import."""
    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 200)
    name = server_name(tmp_path)
    server = InstanceServer(name)
    assert server.listen()
    got: list[list[Path]] = []
    server.requested.connect(got.append)
    invite = tmp_path / "invite.ics"
    invite.write_text("x")
    # The window's event loop does not run during the blocking hand-off: it is busy.
    assert hand_off(name, [invite]) is True
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        qapp.processEvents()
    assert got == [[invite.resolve()]]
    server.close()


def test_two_starts_at_the_same_moment_make_one_window(tmp_path: Path, data_dir: Path) -> None:
    env = _env(data_dir)
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "briefing_app"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        deadline = time.monotonic() + 60
        while all(p.poll() is None for p in starts) and time.monotonic() < deadline:
            time.sleep(0.05)
        handed = [p for p in starts if p.poll() is not None]
        assert len(handed) == 1, "both starts kept a window open"
        out, err = handed[0].communicate()
        assert handed[0].returncode == 0, err
        assert "already open" in out
        time.sleep(0.5)
        assert sum(p.poll() is None for p in starts) == 1  # the window stays
    finally:
        for p in starts:
            if p.poll() is None:
                p.terminate()
            p.communicate(timeout=30)


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


def test_garbage_on_the_socket_is_refused_and_the_window_still_listens(
    tmp_path: Path, qapp
) -> None:
    name = server_name(tmp_path)
    server = InstanceServer(name)
    assert server.listen()
    got: list[list[Path]] = []
    server.requested.connect(got.append)
    junks = (
        b"not json\n",
        b'{"files": 7}\n',
        b"[1, 2]\n",
        b"[" * 100_000 + b"\n",  # nested too deep for json: RecursionError, not a crash
        b'{"files": ["\\ud800.ics"]}\n',  # a lone surrogate cannot name a file
        b'{"files": ["\xff.ics"]}\n',  # not UTF-8
    )
    for junk in junks:
        peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        peer.connect(name)
        peer.sendall(junk)
        deadline = time.monotonic() + 5
        answer = b"?"
        peer.settimeout(0.01)
        while time.monotonic() < deadline:
            qapp.processEvents()
            try:
                answer = peer.recv(10)
            except TimeoutError:
                continue
            break
        peer.close()
        assert answer == b""  # dropped without an answer
    assert got == []
    invite = tmp_path / "invite.ics"
    invite.write_text("x")
    peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    peer.connect(name)
    peer.sendall(b'{"files": ["%s"]}\n' % str(invite).encode())
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        qapp.processEvents()
    peer.close()
    assert got == [[invite]]
    server.close()
