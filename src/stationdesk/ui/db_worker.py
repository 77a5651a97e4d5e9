"""One serial database thread for the whole GUI (like Anki's collection executor).

``db.run(service, *args, on_done=..., on_error=...)`` queues ``service(session, *args)``; the
worker opens a transaction around it, commits, and hands the plain result back on the GUI thread.
After a commit that wrote something, ``sig_data_changed`` carries the names of the tables that
changed so every open page can refresh itself. Pages never open sessions.
"""

from __future__ import annotations

import itertools
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from stationdesk.db.database import Database
from stationdesk.errors import DatabaseProblem
from stationdesk.services.progress import Progress

log = logging.getLogger(__name__)


@dataclass
class _Job:
    number: int
    function: Callable[..., Any]
    args: tuple
    kwargs: dict
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class _WorkerThread(QThread):
    sig_finished = Signal(int, bool, object, object)  # job number, ok, result or error, changed tables
    sig_refused = Signal(object)  # the integrity check failed: DatabaseProblem

    def __init__(self, database: Database, verify_first: bool) -> None:
        super().__init__()
        self.database = database
        self.verify_first = verify_first
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        refusal: DatabaseProblem | None = None
        if self.verify_first:
            try:
                self.database.verify_integrity()
            except DatabaseProblem as problem:
                refusal = problem
                self.sig_refused.emit(problem)
        while (job := self.jobs.get()) is not None:
            if refusal is not None:  # a damaged file is never written to
                self.sig_finished.emit(job.number, False, refusal, frozenset())
                continue
            try:
                with self.database.transaction() as session:
                    result = job.function(session, *job.args, **job.kwargs)
                    changed = frozenset(session.info.get("changed_tables", ()))
                self.sig_finished.emit(job.number, True, result, changed)
            except BaseException as error:
                if not _is_expected(error):
                    log.exception("database job %s failed", getattr(job.function, "__name__", job.function))
                self.sig_finished.emit(job.number, False, error, frozenset())


def _is_expected(error: BaseException) -> bool:
    from stationdesk.errors import StationDeskError

    return isinstance(error, StationDeskError)


class QtProgress(QObject, Progress):
    """A Progress whose updates arrive on the GUI thread as a signal."""

    sig_update = Signal(int, int, str)

    def __init__(self) -> None:
        QObject.__init__(self)
        Progress.__init__(self)

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        self.sig_update.emit(done, -1 if total is None else total, text)


class DatabaseRunner(QObject):
    """GUI-side handle on the database thread."""

    sig_data_changed = Signal(object)  # frozenset of table names
    sig_busy = Signal(bool)
    sig_refused = Signal(object)  # DatabaseProblem: the file failed its integrity check

    def __init__(self, database: Database, parent: QObject | None = None, verify_first: bool = False) -> None:
        """``verify_first``: run the whole-file integrity check before any job (see Database.open)."""
        super().__init__(parent)
        self.database = database
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Job] = {}
        self._thread = _WorkerThread(database, verify_first)
        self._thread.sig_finished.connect(self._finished)
        self._thread.sig_refused.connect(self.sig_refused)
        self._thread.start()

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> int:
        job = _Job(next(self._numbers), function, args, kwargs, on_done, on_error)
        self._pending[job.number] = job
        if len(self._pending) == 1:
            self.sig_busy.emit(True)
        self._thread.jobs.put(job)
        return job.number

    def is_idle(self) -> bool:
        return not self._pending

    def _finished(self, number: int, ok: bool, payload: object, changed: frozenset) -> None:
        job = self._pending.pop(number, None)
        if not self._pending:
            self.sig_busy.emit(False)
        if job is None:
            return
        if ok:
            if job.on_done is not None:
                job.on_done(payload)
        elif job.on_error is not None:
            job.on_error(payload)  # type: ignore[arg-type]
        else:
            log.error("unhandled database error: %r", payload)
        if changed:
            self.sig_data_changed.emit(changed)

    def stop(self) -> None:
        """Finish queued work, then end the thread (called when the window closes)."""
        self._thread.jobs.put(None)
        self._thread.wait(10_000)
