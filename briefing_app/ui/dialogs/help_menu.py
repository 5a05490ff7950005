"""The Help menu: where the data lives, the log folder, the live agenda file, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from briefing_app import APP_NAME, __version__
from briefing_app.store import Store

#: ``--data-dir`` spelled with non-breaking hyphens (U+2011), for text that wraps.
DATA_DIR_OPTION = "\u2011\u2011data\u2011dir"


def _data_location(db_path: Path, *, html: bool) -> str:
    """Where the data lives, and why there: the folder's origin is said as it truly is."""
    from briefing_app.platform.logging_setup import current_log_file, log_dir
    from briefing_app.platform.paths import DATA_DIR_ENV, data_dir_origin

    folder = db_path.parent
    origin = data_dir_origin(folder)
    log_file = current_log_file()
    logs = (
        log_file.parent
        if log_file is not None
        else log_dir(None if origin == "default" else folder)
    )
    if html:
        import html as html_module  # a 2,000-name table: when the text is shown, not at start

        def code(text: str, nobr: bool = False) -> str:
            shown = f"<code>{html_module.escape(text)}</code>"
            return f"<nobr>{shown}</nobr>" if nobr else shown

        where, name, log_folder = code(str(folder)), code(db_path.name, True), code(str(logs))
        option, variable = code(DATA_DIR_OPTION), code(DATA_DIR_ENV, True)
    else:
        where, name, log_folder = str(folder), db_path.name, str(logs)
        option, variable = "--data-dir", DATA_DIR_ENV
    if origin == "variable":
        why = QCoreApplication.translate(
            "MainWindow", "the folder set by the {variable} environment variable"
        ).format(variable=variable)
    elif origin == "option":
        why = QCoreApplication.translate("MainWindow", "the folder chosen with {option}").format(
            option=option
        )
    else:
        why = QCoreApplication.translate("MainWindow", "the app's usual folder for your account")
    inside = logs.parent == folder
    if inside:
        text = QCoreApplication.translate(
            "MainWindow",
            "Everything the app keeps is in {folder}, {why}: the database ({name}), the live "
            "agenda file, cached photos and the logs. Back it up by copying the folder while "
            "the app is closed.",
        )
    else:
        text = QCoreApplication.translate(
            "MainWindow",
            "Everything the app keeps is in {folder}, {why}: the database ({name}), the live "
            "agenda file and cached photos. The logs are in {logs}. Back it up by copying the "
            "folder while the app is closed.",
        )
    return text.format(folder=where, why=why, name=name, logs=log_folder)


def data_location_text(db_path: Path) -> str:
    return _data_location(db_path, html=False)


def data_location_html(db_path: Path) -> str:
    """The same as rich text: the option never breaks across lines at its hyphens.

    Qt breaks after a hyphen even inside ``<nobr>``; non-breaking hyphens hold.
    """
    return _data_location(db_path, html=True)


def show_data_location(parent: QWidget, db_path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Where my data lives"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(data_location_html(db_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(
        QCoreApplication.translate("MainWindow", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(db_path.parent)))


def open_log_folder() -> Path:
    from briefing_app.platform.logging_setup import current_log_file, log_dir

    log_file = current_log_file()
    folder = log_file.parent if log_file is not None else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return folder


def show_live_agenda(parent: QWidget, store: Store) -> None:
    from briefing_app.calendar.export import live_agenda_path

    path = live_agenda_path(store)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Live agenda file"))
    box.setText(
        QCoreApplication.translate(
            "MainWindow",
            "Your favourites are kept in this calendar file, rewritten after every sync and "
            "every change to your favourites. Subscribe to it from your calendar app to "
            "follow changes:",
        )
    )
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def show_about(parent: QWidget, store: Store) -> None:
    from briefing_app.calendar.export import live_agenda_path

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About {0}").format(APP_NAME),
        QCoreApplication.translate(
            "MainWindow",
            "<b>{0}</b> {1}<br>An offline companion for briefing series."
            "<br><br>Your data: {2}<br>Live agenda file: {3}",
        ).format(APP_NAME, __version__, store.path, live_agenda_path(store)),
    )


def add_help_menu(menu_bar: QMenuBar, parent: QWidget, store: Store) -> None:
    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    data_action = help_menu.addAction(
        QCoreApplication.translate("MainWindow", "Where my &data lives…")
    )
    data_action.triggered.connect(lambda: show_data_location(parent, store.path))
    logs_action = help_menu.addAction(QCoreApplication.translate("MainWindow", "Open lo&g folder"))
    logs_action.triggered.connect(open_log_folder)
    live = help_menu.addAction(QCoreApplication.translate("MainWindow", "&Live agenda file…"))
    live.triggered.connect(lambda: show_live_agenda(parent, store))
    about = help_menu.addAction(
        QCoreApplication.translate("MainWindow", "&About {0}").format(APP_NAME)
    )
    about.triggered.connect(lambda: show_about(parent, store))
