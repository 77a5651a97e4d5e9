"""Progress and cancellation for long work (export, import, PDF, Excel), without Qt.

A service takes ``progress: Progress | None`` and calls ``progress.update(done, total)`` now and
then, and ``progress.check()`` where stopping is safe. The GUI passes a subclass that forwards
updates to a progress dialog; the CLI passes nothing or a plain ``Progress``.
"""

from __future__ import annotations

import threading

from stationdesk import messages
from stationdesk.errors import StationDeskError


class Cancelled(StationDeskError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class Progress:
    def __init__(self) -> None:
        self._cancel = threading.Event()

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report how far the work has come; subclasses show it."""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


def report(progress: Progress | None, done: int, total: int | None = None, text: str = "") -> None:
    if progress is not None:
        progress.update(done, total, text)
        progress.check()


messages.register({"cancelled": "已取消，未作任何改动。"})
