"""Is there a display to open the window on? Checked before Qt starts.

Qt ends the whole process with SIGABRT (exit 134 in a shell) when its platform
plugin finds no display: an SSH session, a server, a DISPLAY left over from a
desktop that is gone. So the front ends ask first and say it in one line
(:class:`~briefing_app.errors.NoDisplayError`, exit 8). No Qt here: the check
runs before PySide6 is imported.

Only the X11 and Wayland platforms need a display. ``QT_QPA_PLATFORM=offscreen``
(``minimal``, ``vnc``, ``eglfs``, ...) runs without one, as do macOS and Windows.
The check is cheap (a socket connect to the X server or the Wayland compositor,
no protocol spoken); what it cannot see (a server refusing our X authority, say)
Qt still reports its own way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, joined

#: Qt's platforms that need a display server (``wayland-egl`` and the like start with wayland).
_X11 = "xcb"
_WAYLAND = "wayland"

#: Said after the reason, so a user over SSH knows what still works.
COMMANDS_HINT = QT_TRANSLATE_NOOP("core", "the commands work without one (briefing-app --help)")
#: For the self-test, which may be run where no window can show.
OFFSCREEN_HINT = QT_TRANSLATE_NOOP(
    "core", "QT_QPA_PLATFORM=offscreen runs the window without one"
).message()


def display_problem(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why Qt would find no display to open the window on, or None when it should.

    None also when this cannot be told (an unknown ``DISPLAY`` form, a platform
    plugin that needs no display): then Qt decides.
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    wanted = _platform_names(env.get("QT_QPA_PLATFORM", ""))
    if not all(name == _X11 or name.startswith(_WAYLAND) for name in wanted):
        return None  # offscreen, minimal, vnc, eglfs, ...: no display server involved
    wants_x = _X11 in wanted
    wants_wayland = any(name.startswith(_WAYLAND) for name in wanted)
    display = env.get("DISPLAY", "").strip()
    wayland = env.get("WAYLAND_DISPLAY", "").strip()
    problems: list[str] = []
    if wants_wayland and wayland:
        problem = _wayland_problem(wayland, env.get("XDG_RUNTIME_DIR", ""))
        if problem is None:
            return None
        problems.append(problem)
    if wants_x and display:
        problem = _x11_problem(display, platform)
        if problem is None:
            return None
        problems.append(problem)
    if problems:
        return joined("; ", problems)
    if not display and not wayland:
        return QT_TRANSLATE_NOOP(
            "core", "no display: neither DISPLAY nor WAYLAND_DISPLAY is set (an SSH session?)"
        ).message()
    needed = "DISPLAY" if wants_x else "WAYLAND_DISPLAY"
    return QT_TRANSLATE_NOOP(
        "core", "no display: QT_QPA_PLATFORM={qt_qpa_platform} needs {needed}, not set"
    ).format(qt_qpa_platform=env.get("QT_QPA_PLATFORM"), needed=needed)


def _platform_names(value: str) -> list[str]:
    """``QT_QPA_PLATFORM`` is a ``;``-separated fallback list, each ``name:options``."""
    names = [part.split(":", 1)[0].strip().lower() for part in value.split(";")]
    names = [name for name in names if name]
    # Unset, Qt on Linux picks xcb, or wayland in a Wayland session.
    return names or [_X11, _WAYLAND]


def _x11_problem(display: str, platform: str) -> str | None:
    """``[host]:N[.screen]``: a local socket for ``:N``, TCP port 6000+N for ``host:N``."""
    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not number.isdigit() or host.endswith(":") or "/" in host:
        return None  # DECnet, a launchd socket path, something new: let Qt judge
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"  # noqa: S108 (where X servers listen)
        candidates = [path]
        if platform.startswith("linux"):
            candidates.append("\0" + path)  # the X server's abstract socket
        if any(_unix_socket_answers(candidate) for candidate in candidates):
            return None
        return QT_TRANSLATE_NOOP(
            "core", "cannot reach the display {display} (no X server listening at {path})"
        ).format(display=display, path=path)
    address = host.strip("[]")
    port = 6000 + int(number)
    import socket  # only where a display is checked (offscreen needs none)

    try:
        with socket.create_connection((address, port), timeout=2):
            return None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return QT_TRANSLATE_NOOP(
            "core", "cannot reach the display {display} ({address}:{port}: {reason})"
        ).format(display=display, address=address, port=port, reason=reason)


def _wayland_problem(name: str, runtime_dir: str) -> str | None:
    if Path(name).is_absolute():
        path = name
    elif runtime_dir:
        path = str(Path(runtime_dir) / name)
    else:  # as libwayland: a relative name is only ever looked for there
        return QT_TRANSLATE_NOOP(
            "core", "cannot reach the Wayland display {name} (XDG_RUNTIME_DIR is not set)"
        ).format(name=name)
    if _unix_socket_answers(path):
        return None
    return QT_TRANSLATE_NOOP(
        "core", "cannot reach the Wayland display {name} (no compositor listening at {path})"
    ).format(name=name, path=path)


def _unix_socket_answers(path: str) -> bool:
    import socket  # only where a display is checked (offscreen needs none)

    if not hasattr(socket, "AF_UNIX"):
        return True  # cannot check here
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True
