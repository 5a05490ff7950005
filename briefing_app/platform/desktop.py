"""Desktop integration on Linux: a menu entry, the icon, and the .ics handler.

``briefing-app --install-desktop-entry`` writes the shipped ``.desktop`` file
into ``$XDG_DATA_HOME/applications`` with ``Exec`` pointing at the program that
is running now (the frozen bundle, or this Python with ``-m briefing_app``), and
the icon into ``$XDG_DATA_HOME/icons/hicolor``. The entry declares
``MimeType=text/calendar``, so file managers offer the app for ``.ics`` files;
it becomes the default only where nothing else is. The desktop tools it calls
(``update-desktop-database``, ``xdg-mime``) are optional: missing or failing,
they are reported and the install still succeeds.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from briefing_app import APP_ID
from briefing_app.errors import UsageError
from briefing_app.platform.resources_util import (
    DESKTOP_FILE,
    ICON_SIZES,
    ICON_SVG,
    icon_png,
    read_resource_bytes,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

ICS_MIME_TYPE = "text/calendar"
#: Characters that force quoting of an argument in an ``Exec`` key
#: (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_TOOL_TIMEOUT_S = 20

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


@dataclass
class DesktopInstall:
    """What :func:`install_desktop_entry` wrote and what the desktop tools said."""

    desktop_file: Path
    icons: list[Path]
    notes: list[str] = field(default_factory=list)


def launch_command() -> list[str]:
    """The command that starts this very installation of the app."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    return [str(Path(sys.executable).absolute()), "-m", "briefing_app"]


def quote_exec_argument(argument: str) -> str:
    """Quote one argument for an ``Exec`` key, as the specification asks."""
    argument = argument.replace("%", "%%")
    if not any(char in _RESERVED for char in argument):
        return argument
    escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    return f'"{escaped}"'


def exec_value(command: Sequence[str]) -> str:
    """The ``Exec`` value: *command* quoted, then ``%f`` for a file to open.

    The key's value is itself a desktop-entry string, so every backslash the
    quoting produced is doubled once more.
    """
    line = " ".join(quote_exec_argument(argument) for argument in command) + " %f"
    return line.replace("\\", "\\\\")


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped ``.desktop`` file with ``Exec`` and ``TryExec`` set to *command*."""
    lines = []
    for line in read_resource_bytes(DESKTOP_FILE).decode("utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_value(command)}")
            lines.append(f"TryExec={command[0].replace(chr(92), chr(92) * 2)}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def _run_tool(run: Runner, command: Sequence[str], notes: list[str]) -> str | None:
    """Run an optional desktop tool; its output, or None (with a note) if it failed."""
    try:
        result = run(command)
    except (OSError, subprocess.SubprocessError) as exc:
        notes.append(f"{command[0]} failed: {exc}")
        return None
    if result.returncode != 0:
        detail = (result.stderr or "").strip() or f"exit code {result.returncode}"
        notes.append(f"{command[0]} failed: {detail}")
        return None
    return result.stdout or ""


def _default_runner(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (fixed tool names found on PATH, no shell)
        list(command), capture_output=True, text=True, timeout=_TOOL_TIMEOUT_S, check=False
    )


def install_desktop_entry(
    data_home: Path | None = None,
    *,
    command: Sequence[str] | None = None,
    run: Runner = _default_runner,
    which: Callable[[str], str | None] = shutil.which,
    platform: str = sys.platform,
) -> DesktopInstall:
    """Install the menu entry and icons for the current user; see the module docstring.

    Args:
        data_home: ``$XDG_DATA_HOME`` (default: as platformdirs finds it).
        command: what ``Exec`` runs (default: :func:`launch_command`).
        run, which, platform: injected by tests.

    Raises:
        UsageError: not a freedesktop platform (Windows, macOS).
        OSError: the files could not be written.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "--install-desktop-entry is for Linux desktops; on this system start "
                "the app from the folder you unpacked it to",
            ).message()
        )
    home = data_home or platformdirs.user_data_path()
    apps_dir = home / "applications"
    apps_dir.mkdir(parents=True, exist_ok=True)
    desktop_file = apps_dir / DESKTOP_FILE
    desktop_file.write_text(desktop_entry_text(command or launch_command()), encoding="utf-8")
    icons: list[Path] = []
    hicolor = home / "icons" / "hicolor"
    targets = [(ICON_SVG, hicolor / "scalable" / "apps" / f"{APP_ID}.svg")]
    targets += [(icon_png(n), hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png") for n in ICON_SIZES]
    for name, target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(read_resource_bytes(name))
        icons.append(target)
    install = DesktopInstall(desktop_file, icons)
    logger.info("Installed the desktop entry %s", desktop_file)

    update = which("update-desktop-database")
    if update:
        _run_tool(run, [update, "-q", str(apps_dir)], install.notes)
    else:
        install.notes.append(
            QT_TRANSLATE_NOOP(
                "core", "update-desktop-database not found; the menu picks the entry up later"
            ).message()
        )
    xdg_mime = which("xdg-mime")
    if not xdg_mime:
        install.notes.append(
            QT_TRANSLATE_NOOP(
                "core", "xdg-mime not found; .ics files keep their current default app"
            ).message()
        )
        return install
    current = _run_tool(run, [xdg_mime, "query", "default", ICS_MIME_TYPE], install.notes)
    if current is not None and not current.strip():
        made_default = [xdg_mime, "default", DESKTOP_FILE, ICS_MIME_TYPE]
        if _run_tool(run, made_default, install.notes) is not None:
            install.notes.append(
                QT_TRANSLATE_NOOP("core", "{app_id} now opens .ics files").format(app_id=APP_ID)
            )
    elif current and current.strip() != DESKTOP_FILE:
        install.notes.append(
            QT_TRANSLATE_NOOP(
                "core",
                ".ics files still open in {strip}; Briefing Companion is offered under "
                "'Open with' (make it the default with: xdg-mime default "
                "{desktop_file} {ics_mime_type})",
            ).format(strip=current.strip(), desktop_file=DESKTOP_FILE, ics_mime_type=ICS_MIME_TYPE)
        )
    return install
