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

ENV_DATA_DIR = "STATIONDESK_DATA_DIR"


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

    def ensure(self) -> DataFolder:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_folder(explicit: str | os.PathLike | None = None) -> DataFolder:
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False)
    return DataFolder(Path(chosen).expanduser().resolve())


def demo_data_folder() -> DataFolder:
    """The demo station's own folder, beside the real one so it never mixes with real data."""
    return DataFolder(Path(user_data_dir(APP_NAME, appauthor=False)).parent / f"{APP_NAME}-demo")
