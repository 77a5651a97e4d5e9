"""Start the GUI: Qt application, translations, single instance, the database, the main window.

A station that can take a login as it is gets its login dialog before SQLAlchemy is imported
(``ui.station_opening`` opens the database behind it), so this module imports the database, the
services and the main window only where they are used; ``tests/ui/test_navigation.py`` checks it.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QTreeWidget

from stationdesk import messages
from stationdesk.config import WINDOW, DataFolder
from stationdesk.db.station_file import station_ready_for_login
from stationdesk.errors import StationDeskError
from stationdesk.messages import register as register_messages
from stationdesk.resources import resource_path
from stationdesk.ui.context import UiSettings
from stationdesk.ui.dialogs.login_dialog import log_in_at_start, log_in_when_open
from stationdesk.ui.messages import MessageBox, error_text

if TYPE_CHECKING:
    from stationdesk.db.database import Database
    from stationdesk.ui.main_window import MainWindow

register_messages(
    {
        "gui.no_display": (
            "这台电脑没有可用的图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开窗口。"
            "请在桌面环境中启动；命令行功能见 stationdesk --help。"
        ),
    }
)


def _no_display() -> bool:
    """A Linux machine without X or Wayland (a server, an SSH session): Qt would abort the process."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def application(windowless: bool = False) -> QApplication:
    """The one QApplication. ``windowless``: work that shows nothing on screen (the selftest) draws
    offscreen where there is no display; a window refuses with a clear message instead of an abort."""
    if QApplication.instance() is None and _no_display():
        if not windowless:
            raise StationDeskError("gui.no_display")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("StationDesk")
    app.setOrganizationName("StationDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "stationdesk.ico"))))
    return app  # type: ignore[return-value]


def install_translations(app: QApplication, language: str) -> None:
    """Chinese is the source language of our strings; English comes from stationdesk_en.qm.
    Qt's own dialogs (buttons, file dialogs) get qtbase's translation for the chosen language."""
    messages.set_language(language)
    qt_locale = QLocale("en_US" if language == "en" else "zh_CN")
    QLocale.setDefault(qt_locale)
    translators = []
    qtbase = QTranslator(app)
    if qtbase.load(qt_locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qtbase)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "stationdesk_en.qm"))):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    if language == "zh":
        font = app.font()
        font.setFamilies(
            ["Microsoft YaHei UI", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", font.family()]
        )
        app.setFont(font)


def open_database(folder: DataFolder, parent=None) -> Database | None:
    """Open (and migrate) the station's database, asking for the station on a new one.
    Problems are shown to the user; None means the program should not go on."""
    from stationdesk.db.database import Database
    from stationdesk.services.station import init_station
    from stationdesk.ui.dialogs.station_setup_dialog import StationSetupDialog

    try:
        database = Database.open(folder, check_integrity=False)  # checked on the database thread
    except StationDeskError as error:
        MessageBox.error(parent, error)
        return None
    problem, typed = "", ("", "")
    while database.station is None:
        answer = StationSetupDialog.ask(parent, problem, *typed)
        if answer is None:
            database.close()
            return None
        if answer == StationSetupDialog.RESTORE:
            from stationdesk.ui.pages.backup_page import restore_before_the_first_start

            database, problem = restore_before_the_first_start(parent, folder, database)
            continue
        try:
            with database.transaction() as session:
                init_station(session, *answer)
        except StationDeskError as error:
            problem, typed = error_text(error), answer
        database.reload_station()
    return database


def open_and_log_in(folder: DataFolder) -> tuple[Database, bool] | None:
    """The station's database with the account logged in, and whether its whole file was checked
    already; None when the program should end (the user gave up, or a problem was shown). A station
    ready for a login gets the dialog at once, its database opening behind it; any other (a new
    station, an upgrade, no accounts yet, a file to refuse) is opened first, with its dialogs."""
    from stationdesk.ui.station_opening import StationOpening

    station = station_ready_for_login(folder)
    if station is None:
        database = open_database(folder)
        if database is None:
            return None
        if not log_in_at_start(None, database):
            database.close()
            return None
        return database, False
    opening = StationOpening(folder)
    QTimer.singleShot(WHILE_TYPING_MS, resolve_qt_types)  # in the login dialog's event loop, once it is on screen
    try:
        database = log_in_when_open(None, station, opening.database)
    except StationDeskError as error:
        MessageBox.error(None, error)
        return None
    if database is None:
        opening.close()
        return None
    return database, True


WHILE_TYPING_MS = 200  # after the dialog is drawn, before anyone has typed a password


class _PassEverything(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        return False


def resolve_qt_types() -> None:
    """Let PySide6 make the Python types it makes lazily, with their enums, once. Under an
    application-wide Python event filter (the main window's idle lock) the first item view built
    passes objects of Qt's private classes to Python, and PySide6 then works out some 170 types of
    QtCore, QtGui and QtWidgets (~50 ms, measured). Done here, while the login dialog waits for the
    person, the main window is built without it after the password."""
    app = QApplication.instance()
    catcher = _PassEverything()
    app.installEventFilter(catcher)
    QTreeWidget()  # the first item view: made and dropped at once
    app.removeEventFilter(catcher)


def start_window(folder: DataFolder) -> MainWindow | None:
    """The login, then the main window shown; None when the program should end. Python's cyclic
    garbage collector waits meanwhile: the start makes some 160,000 objects that live as long as the
    program (modules, classes, the models' mappers), and collecting them again and again as they
    grow cost about a sixth of the start (measured); they are frozen out of later collections."""
    gc.disable()
    try:
        opened = open_and_log_in(folder)
        if opened is None:
            return None
        database, checked = opened
        window = build_window(folder, database, verify_first=not checked)
        window.show()
        return window
    finally:
        gc.freeze()
        gc.enable()


def build_window(folder: DataFolder, database: Database, verify_first: bool = False) -> MainWindow:
    """The main window on its database thread. ``verify_first``: the thread checks the file's
    integrity before any other job; if that fails the user is told and the window closes."""
    from stationdesk.services.station import ensure_default_catalogs
    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner
    from stationdesk.ui.main_window import MainWindow

    settings = UiSettings.load(folder)
    runner = DatabaseRunner(database, verify_first=verify_first)
    runner.run(ensure_default_catalogs)  # lists added by a newer program version
    assert database.station is not None
    window = MainWindow(AppContext(db=runner, folder=folder, station=database.station, settings=settings))

    def refuse(problem: StationDeskError) -> None:
        MessageBox.error(window, problem)
        window.close()

    runner.sig_refused.connect(refuse)
    return window


def run_gui(folder: DataFolder) -> int:
    """The window on ``folder``. A second start wakes the first window; the window holds the data
    folder's lock for its whole life, so no command writes beside it (and it does not open beside
    a command that is writing)."""
    from stationdesk.ui.single_instance import InstanceServer, wake_running_instance

    app = application()
    folder.ensure()
    install_translations(app, UiSettings.load(folder).language)
    if wake_running_instance(folder):
        return 0
    try:
        lock = folder.hold(WINDOW)
    except StationDeskError as error:
        MessageBox.error(None, error)
        return 1
    try:
        return _run_windows(app, folder, InstanceServer(folder, app))
    finally:
        lock.release()


def _run_windows(app: QApplication, folder: DataFolder, server) -> int:
    shown: list[MainWindow] = []

    def bring_forward() -> None:
        if shown:
            shown[-1].showNormal()
            shown[-1].raise_()
            shown[-1].activateWindow()

    server.sig_wake.connect(bring_forward)
    while True:  # a restore closes the window; the restored data is opened in a new one
        window = start_window(folder)
        if window is None:
            return 1
        shown[:] = [window]
        code = app.exec()
        window.ctx.db.database.close()
        if not window.restart_requested:
            return code
