"""The GUI's automatic backups: after a change at most every 30 minutes, and at exit.

The rule is ``services.backups.BackupSchedule``; this object feeds it the database thread's
``data_changed`` signal and a once-a-minute timer, and runs the backup as a database job.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from stationdesk.services.backups import BackupEntry, BackupSchedule, back_up_now, last_backup_time
from stationdesk.ui.messages import MessageBox

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000


class AutoBackup(QObject):
    def __init__(self, ctx, parent) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schedule = BackupSchedule(last_backup_time(ctx.folder))
        self._running = False
        self._warned = False
        ctx.db.sig_data_changed.connect(lambda _tables: self.schedule.note_change())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)

    def check(self, now: datetime | None = None) -> None:
        if self._running or not self.schedule.due(now or datetime.now()):
            return
        self._running = True
        self.ctx.db.run(back_up_now, self.ctx.folder, "auto", on_done=self._done, on_error=self._failed)

    def _done(self, entry: BackupEntry) -> None:
        self._running = False
        self.schedule.done(entry.taken_at)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("automatic backup failed: %r", error)
        if not self._warned:  # once per session: the next tries go on quietly, into the log
            self._warned = True
            MessageBox.error(self.parent(), error)

    def at_exit(self) -> None:
        """Queue the exit backup (the database thread finishes it before it stops)."""
        self.timer.stop()
        if self.schedule.changed:
            self.ctx.db.run(
                back_up_now,
                self.ctx.folder,
                "exit",
                on_error=lambda error: log.warning("backup at exit failed: %r", error),
            )
