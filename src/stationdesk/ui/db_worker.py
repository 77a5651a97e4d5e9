"""One serial worker thread for the GUI's slow work (like Anki's collection executor).

``db.run(service, *args, on_done=..., on_error=...)`` queues ``service(session, *args)``; the
worker opens a transaction around it, commits, and hands the plain result back on the GUI thread.
After a commit that wrote something, ``sig_data_changed`` carries the names of the tables that
changed so every open page can refresh itself. Pages never open sessions.

A failure is shown to the user (``MessageBox.error``) unless the caller handles it (``on_error``)
or says it is expected (``on_error=QUIET``: only logged). Answers go back only to a widget that is
still there: the one that asked (``owner=``, else the object of the ``on_done``/``on_error``
method or the ``self`` of the lambda) must not be deleted, nor, for a dialog, closed.

``JobRunner`` is the same worker for calls that need no station session (the city window's hub).
"""

from __future__ import annotations

import itertools
import logging
import queue
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from stationdesk.db.database import Database
from stationdesk.errors import DatabaseProblem, StationDeskError
from stationdesk.services.progress import Progress

log = logging.getLogger(__name__)


def _quiet(error: BaseException) -> None:
    """``on_error=QUIET``: a failure the caller expects and needs nobody to see (it is logged)."""


QUIET = _quiet
_SHOW = object()  # the default of ``on_error``: show the error


@dataclass
class _Job:
    number: int
    function: Callable[..., Any]
    args: tuple
    kwargs: dict
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | object
    owner: weakref.ref | None


class _WorkerThread(QThread):
    sig_finished = Signal(int, bool, object, object)  # job number, ok, result or error, changed tables

    def __init__(self, execute: Callable[[_Job], tuple[Any, frozenset]], first: Callable[[], BaseException | None]):
        super().__init__()
        self.execute, self.first = execute, first
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        refusal = self.first()
        while (job := self.jobs.get()) is not None:
            if refusal is not None:  # a damaged file is never written to
                self.sig_finished.emit(job.number, False, refusal, frozenset())
                continue
            try:
                result, changed = self.execute(job)
                self.sig_finished.emit(job.number, True, result, changed)
            except BaseException as error:
                if not isinstance(error, StationDeskError):
                    log.exception("job %s failed", getattr(job.function, "__name__", job.function))
                self.sig_finished.emit(job.number, False, error, frozenset())


class QtProgress(QObject, Progress):
    """A Progress whose updates arrive on the GUI thread as a signal."""

    sig_update = Signal(int, int, str)

    def __init__(self) -> None:
        QObject.__init__(self)
        Progress.__init__(self)

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        self.sig_update.emit(done, -1 if total is None else total, text)


def _asker(*callbacks) -> QObject | None:
    """The widget a callback belongs to: a bound method's object, or the ``self`` a lambda uses."""
    for callback in callbacks:
        target = getattr(callback, "__self__", None)
        if isinstance(target, QObject):
            return target
        code, cells = getattr(callback, "__code__", None), getattr(callback, "__closure__", None)
        if code is not None and cells and "self" in code.co_freevars:
            value = cells[code.co_freevars.index("self")].cell_contents
            if isinstance(value, QObject):
                return value
    return None


class JobRunner(QObject):
    """GUI-side handle on one worker thread: jobs run one after another, answers come back here."""

    sig_busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Job] = {}
        self._closed_dialogs: weakref.WeakSet = weakref.WeakSet()
        self._watched_dialogs: weakref.WeakSet = weakref.WeakSet()
        self._thread = _WorkerThread(self._execute, self._first)
        self._thread.sig_finished.connect(self._finished)
        self._thread.start()

    def _execute(self, job: _Job) -> tuple[Any, frozenset]:
        return job.function(*job.args, **job.kwargs), frozenset()

    def _first(self) -> BaseException | None:
        """Work the thread does before its first job; a problem returned refuses every job."""
        return None

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | object = _SHOW,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue ``function``; ``on_done(result)`` or ``on_error(error)`` later, on the GUI thread.
        Without ``on_error`` the error is shown; ``on_error=QUIET`` keeps an expected one quiet."""
        asker = owner if owner is not None else _asker(on_done, on_error)
        if isinstance(asker, QDialog) and asker not in self._watched_dialogs:
            self._watched_dialogs.add(asker)
            dialog = weakref.ref(asker)
            asker.finished.connect(lambda _result: self._dialog_closed(dialog))
        if asker is not None:
            self._closed_dialogs.discard(asker)  # a dialog asking again is open again
        job = _Job(
            next(self._numbers),
            function,
            args,
            kwargs,
            on_done,
            on_error,
            weakref.ref(asker) if asker is not None else None,
        )
        self._pending[job.number] = job
        if len(self._pending) == 1:
            self.sig_busy.emit(True)
        self._thread.jobs.put(job)
        return job.number

    def _dialog_closed(self, dialog: weakref.ref) -> None:
        if dialog() is not None:
            self._closed_dialogs.add(dialog())

    def is_idle(self) -> bool:
        return not self._pending

    def _gone(self, job: _Job) -> bool:
        """Has the widget that asked been deleted, or (a dialog) closed, since?"""
        if job.owner is None:
            return False
        asker = job.owner()
        return asker is None or not shiboken6.isValid(asker) or asker in self._closed_dialogs

    def show_error(self, error: BaseException, owner: QObject | None = None) -> None:
        from stationdesk.ui.messages import MessageBox

        parent = owner.window() if isinstance(owner, QWidget) and shiboken6.isValid(owner) else None
        MessageBox.error(parent or QApplication.activeWindow(), error)

    def _finished(self, number: int, ok: bool, payload: object, changed: frozenset) -> None:
        job = self._pending.pop(number, None)
        if not self._pending:
            self.sig_busy.emit(False)
        if job is None:
            return
        try:
            if self._gone(job):
                if not ok:
                    log.info("a failed job's window was closed: %r", payload)
            elif ok:
                if job.on_done is not None:
                    job.on_done(payload)
            elif job.on_error is _SHOW:
                self.show_error(payload, job.owner() if job.owner else None)  # type: ignore[arg-type]
            else:
                if job.on_error is QUIET:
                    log.info("expected failure of %s: %r", getattr(job.function, "__name__", "job"), payload)
                job.on_error(payload)  # type: ignore[operator]
        finally:
            if changed:
                self._announce(changed)

    def _announce(self, changed: frozenset) -> None:
        """Tell the open pages which tables changed (the station's runner does; a plain one has none)."""

    def stop(self) -> None:
        """Finish queued work, then end the thread (called when the window closes)."""
        self._thread.jobs.put(None)
        self._thread.wait(10_000)


class DatabaseRunner(JobRunner):
    """The station's database thread: every job gets a session in its own transaction."""

    sig_data_changed = Signal(object)  # frozenset of table names
    sig_refused = Signal(object)  # DatabaseProblem: the file failed its integrity check

    def __init__(self, database: Database, parent: QObject | None = None, verify_first: bool = False) -> None:
        """``verify_first``: run the whole-file integrity check before any job (see Database.open)."""
        self.database = database
        self.verify_first = verify_first
        super().__init__(parent)

    def _first(self) -> BaseException | None:
        if not self.verify_first:
            return None
        try:
            self.database.verify_integrity()
        except DatabaseProblem as problem:
            self.sig_refused.emit(problem)
            return problem
        return None

    def _execute(self, job: _Job) -> tuple[Any, frozenset]:
        with self.database.transaction() as session:
            result = job.function(session, *job.args, **job.kwargs)
            changed = frozenset(session.info.get("changed_tables", ()))
        return result, changed

    def _announce(self, changed: frozenset) -> None:
        self.sig_data_changed.emit(changed)
