"""What every page gets: the database runner, the data folder, the station and the settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from stationdesk.config import DataFolder
from stationdesk.db.database import StationInfo
from stationdesk.ui.db_worker import DatabaseRunner


@dataclass
class UiSettings:
    """Per-data-folder preferences kept in settings.json (language for now)."""

    language: str = "zh"

    @classmethod
    def load(cls, folder: DataFolder) -> UiSettings:
        try:
            data = json.loads(folder.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        return cls(language="en" if data.get("language") == "en" else "zh")

    def save(self, folder: DataFolder) -> None:
        folder.settings_file.write_text(json.dumps({"language": self.language}), encoding="utf-8")


@dataclass
class AppContext:
    db: DatabaseRunner
    folder: DataFolder
    station: StationInfo
    settings: UiSettings = field(default_factory=UiSettings)
    # set by the main window: close it and open the data folder again (after a restore)
    restart: Callable[[], None] | None = None
