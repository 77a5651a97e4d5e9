"""A lock file held by one process at a time (an OS lock, so a killed process lets go at once).

The data folder's ``stationdesk.lock`` is held by the window for its whole life and by every command
that writes, so two StationDesks never write one folder at the same time; each export's or
import's working folder has one too, so the leftovers of a crashed run can be told from the files
of a run still going. The holder writes who it is (process id and what it does) into the file.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from stationdesk.owner_only import FILE_MODE

# Windows locks a byte range and a locked range cannot be read: lock one byte far past the text
# saying who holds the lock, so the next process can still read it.
_LOCKED_BYTE = 1 << 20
_POLL_SECONDS = 0.2


class LockFile:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self, doing: str = "", wait_seconds: float = 0.0) -> bool:
        """Take the lock, waiting up to ``wait_seconds`` for another holder; True when it is ours."""
        deadline = time.monotonic() + wait_seconds
        while not self._try(doing):
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL_SECONDS)
        return True

    def holder(self) -> dict:
        """What the current holder wrote about itself ({} when unknown)."""
        try:
            with open(self.path, "rb") as handle:
                data = json.loads(handle.read(4096).decode("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        try:
            _unlock(descriptor)
        finally:
            os.close(descriptor)

    def _try(self, doing: str) -> bool:
        if self._descriptor is not None:
            return True
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
        if not _lock(descriptor):
            os.close(descriptor)
            return False
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, json.dumps({"pid": os.getpid(), "doing": doing}, ensure_ascii=False).encode("utf-8"))
        self._descriptor = descriptor
        return True

    def __enter__(self) -> LockFile:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


if os.name == "nt":
    import msvcrt

    def _lock(descriptor: int) -> bool:
        os.lseek(descriptor, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
