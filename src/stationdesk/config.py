"""Where the station's files live: the data folder and what is inside it.

Default is the platformdirs user data folder for "StationDesk"; ``--data-dir`` or the
``STATIONDESK_DATA_DIR`` environment variable override it (a demo station uses its own folder).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from stationdesk import APP_NAME
from stationdesk.errors import StationDeskError
from stationdesk.lock_file import LockFile
from stationdesk.owner_only import owner_only_folder, protect

ENV_DATA_DIR = "STATIONDESK_DATA_DIR"
WINDOW = "window"  # what the GUI writes into the folder's lock file as what it is doing
COMMAND_WAIT_SECONDS = 10.0  # how long a command waits for another command to let go of the folder


@dataclass(frozen=True)
class DataFolder:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "stationdesk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def work(self) -> Path:
        """Working files of a sync or a USB backup (``stationdesk.working_files``)."""
        return self.root / "work"

    @property
    def lock_file(self) -> Path:
        return self.root / "stationdesk.lock"

    def hold(self, doing: str) -> LockFile:
        """Take the folder for one writer: the window (``doing=WINDOW``) for its whole life, or a
        command that writes. A command waits a moment for another command; the window, or a
        command meeting the window, is told at once that another StationDesk has the folder."""
        lock = LockFile(self.lock_file)
        waits = doing != WINDOW and lock.holder().get("doing") != WINDOW
        if not lock.acquire(doing, COMMAND_WAIT_SECONDS if waits else 0.0):
            holder = lock.holder()
            raise StationDeskError(
                "data_dir.in_use", path=str(self.root), doing=holder_text(holder.get("doing")), pid=holder.get("pid")
            )
        return lock

    def database_files(self) -> list[Path]:
        """The database and the files SQLite keeps beside it."""
        return [self.database.with_name(self.database.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]

    def ensure(self) -> DataFolder:
        """Create the folder owner-only (0700) and make what StationDesk keeps in it owner-only too.
        A path that cannot be a folder (a file, below a file, read-only) is refused clearly."""
        if self.root.exists() and not self.root.is_dir():
            raise StationDeskError("data_dir.not_a_folder", path=str(self.root))
        try:
            for folder in (self.root, self.backups, self.logs):
                owner_only_folder(folder)
        except (NotADirectoryError, FileExistsError):
            raise StationDeskError("data_dir.not_a_folder", path=str(self.root)) from None
        except OSError as error:
            raise StationDeskError(
                "data_dir.not_writable", path=str(self.root), reason=error.strerror or str(error)
            ) from None
        protect(
            [
                *self.database_files(),
                self.settings_file,
                self.lock_file,
                self.backups,
                self.logs,
                self.keys,
                self.reports,
                self.work,
            ]
        )
        from stationdesk.working_files import remove_leftovers  # (imports the cipher, needed only from here)

        remove_leftovers(self.work)
        return self


def holder_text(doing: object) -> str:
    from stationdesk import messages

    if doing == WINDOW:
        return messages.text("data_dir.holder_window")
    return str(doing or "?")[:60]


def resolve_data_folder(explicit: str | os.PathLike | None = None) -> DataFolder:
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False)
    return DataFolder(Path(chosen).expanduser().resolve())


def demo_data_folder() -> DataFolder:
    """The demo station's own folder, beside the real one so it never mixes with real data."""
    return DataFolder(Path(user_data_dir(APP_NAME, appauthor=False)).parent / f"{APP_NAME}-demo")
