"""No display (an SSH session, a dead DISPLAY): one line and exit 8, never Qt's abort."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.platform.display import display_problem
from briefing_app.usecases import selftest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")

NO_DISPLAY_LINE = (
    "briefing-app: error: no display: neither DISPLAY nor WAYLAND_DISPLAY is set "
    "(an SSH session?); the commands work without one (briefing-app --help)\n"
)


def _env(**extra: str) -> dict[str, str]:
    """This environment without a display or a Qt platform, plus *extra*."""
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


def _run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _unused_display() -> int:
    """An X display number nothing listens on (no socket file, no abstract socket)."""
    for number in range(170, 400):
        if display_problem({"DISPLAY": f":{number}"}, "linux") is not None:
            return number
    raise AssertionError("every display number answers?")


def _self_test_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stdout.splitlines()


def _assert_all_but_window_ok(lines: list[str]) -> str:
    names = [name for name, _step in selftest.STEPS]
    assert names[-1] == "window"
    for line, name in zip(lines, names[:-1], strict=False):
        assert line.startswith(f"ok {name}: "), line
    window = lines[len(names) - 1]
    assert lines[len(names)].startswith("self-test FAILED (window) in ")
    return window


def test_the_app_without_a_display_says_so_in_one_line() -> None:
    result = _run(_env())
    assert result.returncode == 8, result.stderr
    assert (result.stdout, result.stderr) == ("", NO_DISPLAY_LINE)


def test_the_app_with_a_display_nothing_listens_on(tmp_path: Path) -> None:
    number = _unused_display()
    result = _run(_env(DISPLAY=f":{number}"))
    assert result.returncode == 8, result.stderr
    assert result.stderr == (
        f"briefing-app: error: cannot reach the display :{number} (no X server listening at "
        f"/tmp/.X11-unix/X{number}); the commands work without one (briefing-app --help)\n"
    )
    wayland = _env(
        QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY="wayland-gone", XDG_RUNTIME_DIR=str(tmp_path)
    )
    result = _run(wayland)
    assert result.returncode == 8
    assert result.stderr == (
        "briefing-app: error: cannot reach the Wayland display wayland-gone (no compositor "
        f"listening at {tmp_path / 'wayland-gone'}); the commands work without one "
        "(briefing-app --help)\n"
    )


def test_commands_and_offscreen_need_no_display() -> None:
    result = _run(_env(), "sessions", "--limit", "1")
    assert result.returncode == 0, result.stderr
    assert "Kick-off" in result.stdout
    probe = _env(QT_QPA_PLATFORM="offscreen", BRIEFING_APP_STARTUP_PROBE="1")
    result = _run(probe)
    assert (result.returncode, result.stdout) == (0, "first-paint\n"), result.stderr


def test_self_test_without_a_display_fails_the_window_step_only() -> None:
    result = _run(_env(), "--self-test")
    assert result.returncode == 1, result.stdout + result.stderr
    window = _assert_all_but_window_ok(_self_test_lines(result))
    assert window == (
        "FAILED window: no display: neither DISPLAY nor WAYLAND_DISPLAY is set (an SSH "
        "session?); QT_QPA_PLATFORM=offscreen runs the window without one"
    )
    number = _unused_display()
    result = _run(_env(DISPLAY=f":{number}.0"), "--self-test")
    assert result.returncode == 1
    window = _assert_all_but_window_ok(_self_test_lines(result))
    assert window.startswith(f"FAILED window: cannot reach the display :{number}.0 (no X server")


# ---- a real X server (Xvfb) that lets us in, or refuses us ------------------------
def _xauthority(path: Path, cookie: bytes) -> Path:
    """An Xauthority file with one MIT-MAGIC-COOKIE-1 for any host and display."""

    def field(data: bytes) -> bytes:
        return struct.pack(">H", len(data)) + data

    family_wild = 0xFFFF
    entry = struct.pack(">H", family_wild) + field(b"") + field(b"")
    entry += field(b"MIT-MAGIC-COOKIE-1") + field(cookie)
    path.write_bytes(entry)
    return path


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An Xvfb that needs a cookie: its display number and the Xauthority file with it."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    auth = _xauthority(tmp_path / "xauthority", secrets.token_bytes(16))
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-auth", str(auth), "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            number = int(pipe.readline())
        yield number, auth
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_an_x_server_that_refuses_us_is_a_message_too(xvfb: tuple[int, Path]) -> None:
    number, auth = xvfb
    refused = _env(DISPLAY=f":{number}", XAUTHORITY=str(auth.with_name("none")))
    result = _run(refused)
    assert result.returncode == 8, result.stderr
    last = result.stderr.splitlines()[-1]
    assert last == (
        f"briefing-app: error: cannot open the window: could not connect to display :{number} "
        "(see Troubleshooting in the README); the commands work without one (briefing-app --help)"
    )
    result = _run(refused, "--self-test")
    assert result.returncode == 1
    window = _assert_all_but_window_ok(_self_test_lines(result))
    assert window == (
        "FAILED window: the window's process died of SIGABRT: "
        f"qt.qpa.xcb: could not connect to display :{number}"
    )
    # With the cookie the same server takes the window.
    result = _run(_env(DISPLAY=f":{number}", XAUTHORITY=str(auth)), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok window: xcb, 5 sessions listed" in result.stdout.splitlines()


# ---- the check itself ------------------------------------------------------------
@pytest.mark.parametrize(
    "platform_value", ["offscreen", "minimal", "vnc:size=800x600", "wayland;offscreen", "eglfs"]
)
def test_platforms_without_a_display_server_are_left_to_qt(platform_value: str) -> None:
    assert display_problem({"QT_QPA_PLATFORM": platform_value}, "linux") is None


def test_macos_and_windows_are_left_to_qt() -> None:
    assert display_problem({}, "darwin") is None
    assert display_problem({}, "win32") is None


def test_a_platform_that_needs_the_other_display() -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}
    assert display_problem(env, "linux") == (
        "no display: QT_QPA_PLATFORM=xcb needs DISPLAY, not set"
    )


def test_x_over_tcp_is_checked_by_connecting() -> None:
    with socket.socket() as listener:
        for number in range(100, 200):
            try:
                listener.bind(("127.0.0.1", 6000 + number))
                break
            except OSError:
                continue
        listener.listen()
        assert display_problem({"DISPLAY": f"127.0.0.1:{number}.0"}, "linux") is None
    problem = display_problem({"DISPLAY": f"127.0.0.1:{number}"}, "linux")
    assert problem is not None
    assert problem.startswith(f"cannot reach the display 127.0.0.1:{number} (127.0.0.1:")


def test_wayland_socket_is_checked_by_connecting(tmp_path: Path) -> None:
    assert display_problem({"WAYLAND_DISPLAY": "wayland-7"}, "linux") == (
        "cannot reach the Wayland display wayland-7 (XDG_RUNTIME_DIR is not set)"
    )
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert display_problem(env, "linux") == (
        f"cannot reach the Wayland display wayland-7 (no compositor listening at "
        f"{tmp_path / 'wayland-7'})"
    )
    with socket.socket(socket.AF_UNIX) as compositor:
        compositor.bind(str(tmp_path / "wayland-7"))
        compositor.listen()
        assert display_problem(env, "linux") is None
        # A dead X display beside a live Wayland one: Qt can use Wayland.
        assert display_problem({**env, "DISPLAY": f":{_unused_display()}"}, "linux") is None
