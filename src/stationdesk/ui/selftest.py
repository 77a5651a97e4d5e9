"""``stationdesk selftest``: data folder, database integrity and migration head, every page."""

from __future__ import annotations

import sys

from stationdesk.config import DataFolder
from stationdesk.db import migrate
from stationdesk.db.database import Database
from stationdesk.errors import StationDeskError


def run_selftest(folder: DataFolder, out=sys.stdout) -> int:
    def say(text: str) -> None:
        print(text, file=out, flush=True)

    say(f"数据文件夹 data folder: {folder.root}")
    try:
        database = Database.open(folder)
    except StationDeskError as error:
        say(f"失败 FAILED: {error}")
        return 1
    problems = database.integrity_problems()
    if problems:
        say("失败 FAILED: integrity_check: " + "; ".join(problems[:5]))
        return 1
    say("数据库完整性 integrity_check: ok")
    with database.engine.connect() as connection:
        revisions = migrate.database_revisions(connection)
    if revisions != migrate.script_heads():
        say(f"失败 FAILED: migration revisions {sorted(revisions)} != heads {sorted(migrate.script_heads())}")
        return 1
    say(f"迁移版本 migration head: {', '.join(sorted(revisions))}")
    if database.station is None:
        say("失败 FAILED: no station is set up here (run stationdesk init or stationdesk demo)")
        return 1
    say(f"站点 station: {database.station.code} {database.station.name}")

    from stationdesk.services import registry
    from stationdesk.ui.app import application, build_window, install_translations
    from stationdesk.ui.context import UiSettings

    registry.load_features()
    app = application()
    install_translations(app, UiSettings.load(folder).language)
    window = build_window(folder, database)
    window.show()
    failures = 0
    for spec in window.specs:
        try:
            window.open_page(spec.key)
            _settle(app, window)
            say(f"页面 page {spec.key} ({spec.title()}): ok")
        except Exception as error:  # noqa: BLE001 - report every page, then fail
            failures += 1
            say(f"失败 FAILED page {spec.key}: {error!r}")
    window.close()
    database.close()
    say("自检通过 selftest passed" if not failures else f"自检失败 selftest failed: {failures} page(s)")
    return 0 if not failures else 1


def _settle(app, window, timeout_ms: int = 10_000) -> None:
    """Let the page's first database calls finish, so their errors surface here."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not window.ctx.db.is_idle() and not deadline.hasExpired():
        # Sleep until an event arrives instead of spinning, so the database thread gets the CPU.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
