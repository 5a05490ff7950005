"""Logging: a rotating file in the platform log directory, warnings on stderr."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from briefing_app import APP_ID
from briefing_app.platform.paths import DATA_DIR_ENV

LOG_FILENAME = "briefing-app.log"
#: The log rotates past this size, keeping this many older files (``.1`` the newest).
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

#: Set by the first :func:`setup_logging` of the process; later calls change nothing.
_configured = False
#: The file that call writes to (None if it could not).
_log_file: Path | None = None


def log_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where logs go: beside an overridden data directory, else the platform log dir."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser() / "logs"
    import platformdirs  # as in paths.data_dir: only where the per-user folder is wanted

    return Path(platformdirs.user_log_dir(APP_ID, False))


class _ConsoleFormatter(logging.Formatter):
    """A formatter whose lines pass through *clean* (what a terminal may be shown)."""

    def __init__(self, fmt: str, clean: Callable[[str], str]) -> None:
        super().__init__(fmt)
        self.clean = clean

    def format(self, record: logging.LogRecord) -> str:
        return self.clean(super().format(record))


class _LogFileHandler(logging.FileHandler):
    """The log file, rotated as ``logging.handlers.RotatingFileHandler`` rotates: a record
    that would take it past *max_bytes* first renames it ``.1`` (``.1`` to ``.2`` ... up to
    *backup_count*). Written here: ``logging.handlers`` imports socket, pickle and queue,
    5 ms of every command's start for a class this is all that is used of.

    When it cannot be written (a full disk), it stops, with one short note: the standard
    handler prints "--- Logging error ---" and a traceback on stderr for every record it
    fails to write; a log must never print that to the user.
    """

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._rollover_due(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rollover_due(self, record: logging.LogRecord) -> bool:
        if not Path(self.baseFilename).is_file():  # never roll over anything but a file
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        current = Path(self.baseFilename)
        for n in range(self.backup_count - 1, 0, -1):
            older = current.with_name(f"{current.name}.{n}")
            if older.exists():
                older.replace(current.with_name(f"{current.name}.{n + 1}"))
        if self.backup_count > 0 and current.exists():
            current.replace(current.with_name(f"{current.name}.1"))
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        global _log_file
        logging.getLogger().removeHandler(self)
        with contextlib.suppress(OSError):
            self.close()
        _log_file = None
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(
                f"note: the log file {self.baseFilename} cannot be written "
                "(is the disk full?); logging to it stopped\n"
            )


def setup_logging(
    *,
    verbose: bool = False,
    data_dir: str | os.PathLike[str] | None = None,
    console_text: Callable[[str], str] | None = None,
) -> Path | None:
    """Configure the root logger once; return the log file path (None if unwritable).

    *console_text* cleans each line the terminal gets (the command line passes its
    rule for text printed for a person: log lines quote feeds and servers).
    """
    global _configured, _log_file
    if _configured:
        return _log_file
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(_ConsoleFormatter("%(levelname)s: %(message)s", console_text or str))
    # Tracebacks belong in the log file; the front ends say what failed in one line.
    console.addFilter(lambda record: not record.exc_info)
    root.addHandler(console)
    log_file: Path | None = log_dir(data_dir) / LOG_FILENAME
    try:
        assert log_file is not None
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFileHandler(log_file, max_bytes=LOG_MAX_BYTES, backup_count=LOG_BACKUPS)
        handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        log_file = None
    _configured = True
    _log_file = log_file
    return log_file


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to (None before it ran, or if unwritable)."""
    return _log_file
