"""Where the app keeps its data: per user, overridable for scripts and tests."""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app import APP_ID
from briefing_app.errors import StoreError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

DATA_DIR_ENV = "BRIEFING_APP_DATA_DIR"
DB_FILENAME = "briefing.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory, creating it if needed.

    Precedence: an explicit *override* (``--data-dir``), then the
    ``BRIEFING_APP_DATA_DIR`` environment variable, then the platform's
    per-user data directory (``~/.local/share/briefing-app`` on Linux).
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        import platformdirs  # ~7 ms: only where the per-user folder is wanted

        path = Path(platformdirs.user_data_dir(APP_ID, False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("core", "the data directory {path} is a file, not a folder").format(
                path=path
            )
        ) from exc
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("core", "cannot create the data directory {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    return path


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the path of the SQLite store inside the data directory."""
    return data_dir(override) / DB_FILENAME


def data_dir_origin(folder: Path) -> str:
    """Where the data folder *folder* came from, as :func:`data_dir` chose it.

    ``"variable"`` (``BRIEFING_APP_DATA_DIR`` names it), ``"default"`` (the platform's
    per-user folder) or ``"option"`` (neither: ``--data-dir`` named it).
    """

    def same(a: Path, b: Path) -> bool:
        try:
            return a.expanduser().resolve() == b.expanduser().resolve()
        except OSError:
            return False

    variable = os.environ.get(DATA_DIR_ENV)
    if variable and same(Path(variable), folder):
        return "variable"
    import platformdirs  # as in data_dir: only where the per-user folder is wanted

    if same(Path(platformdirs.user_data_dir(APP_ID, False)), folder):
        return "default"
    return "option"
