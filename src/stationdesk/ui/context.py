"""What every page gets: the database runner, the data folder, the station and the settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from stationdesk.config import DataFolder
from stationdesk.db.station_file import StationInfo

if TYPE_CHECKING:  # the settings are read at start, before SQLAlchemy is imported
    from stationdesk.ui.db_worker import DatabaseRunner


@dataclass
class UiSettings:
    """Per-data-folder preferences kept in settings.json (language for now)."""

    language: str = "zh"
    idle_minutes: int = 10  # the window locks after this long without keyboard or mouse

    @classmethod
    def load(cls, folder: DataFolder) -> UiSettings:
        try:
            data = json.loads(folder.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        idle = data.get("idle_minutes", 10)
        return cls(
            language="en" if data.get("language") == "en" else "zh",
            idle_minutes=idle if isinstance(idle, int) and 1 <= idle <= 240 else 10,
        )

    def save(self, folder: DataFolder) -> None:
        folder.settings_file.write_text(
            json.dumps({"language": self.language, "idle_minutes": self.idle_minutes}), encoding="utf-8"
        )


@dataclass
class AppContext:
    db: DatabaseRunner
    folder: DataFolder
    station: StationInfo
    settings: UiSettings = field(default_factory=UiSettings)
    # set by the main window: close it and open the data folder again (after a restore)
    restart: Callable[[], None] | None = None

    def may(self, permission: str) -> bool:
        """Whether the logged-in account holds ``permission``: to hide what it cannot use."""
        actor = self.db.database.actor
        return actor is not None and actor.may(permission)

    def offer_only_with(self, permission: str, *controls: QWidget | QAction) -> None:
        """Hide ``controls`` (buttons, menu entries) from an account without ``permission`` — a courtesy,
        the service refuses anyway — and mark each with the verb, for the page-by-role test."""
        for control in controls:
            control.setProperty("permission", permission)
            if not self.may(permission):
                control.setVisible(False)
