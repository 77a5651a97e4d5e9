"""The station's database opened behind the login dialog.

A station ready for a login (``db.station_file.station_ready_for_login``) gets its dialog before
SQLAlchemy is imported. While the person types, one thread opens the database — importing
SQLAlchemy, mapping the models, loading what the login and the first window use — and another reads
the whole file with ``PRAGMA quick_check`` (SQLite works without Python's lock, so on the second
core). The login waits for both: nothing is written before the file is known sound. Neither thread
touches a widget; they only import modules and read the file.
"""

from __future__ import annotations

import importlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from stationdesk.config import DataFolder
from stationdesk.db import station_file

if TYPE_CHECKING:
    from stationdesk.db.database import Database

# What the login and the main window with its home page import, loaded while the person types.
LOADED_BEHIND_THE_LOGIN = (
    "stationdesk.services.accounts",
    "stationdesk.ui.db_worker",
    "stationdesk.ui.main_window",
    "stationdesk.ui.pages.home_page",
)


def _open(folder: DataFolder) -> Database:
    from stationdesk.db.database import Database

    database = Database.open(folder, check_integrity=False)  # the check runs on the other thread
    for module in LOADED_BEHIND_THE_LOGIN:
        importlib.import_module(module)
    return database


class StationOpening:
    def __init__(self, folder: DataFolder) -> None:
        threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="station-opening")
        self._checked: Future[None] = threads.submit(station_file.verify_integrity, folder)
        self._opened: Future[Database] = threads.submit(_open, folder)
        threads.shutdown(wait=False)

    def database(self) -> Database:
        """The open database once its file is known sound. A problem found (a damaged file) is
        raised, and the database is closed: it is never written to."""
        try:
            self._checked.result()
        except BaseException:
            self.close()
            raise
        return self._opened.result()

    def close(self) -> None:
        """No login follows (the user cancelled, or the file was refused): close what was opened."""
        if self._opened.exception() is None:
            self._opened.result().close()
