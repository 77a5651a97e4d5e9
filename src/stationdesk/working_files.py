"""Working files of an export or import: inside the data folder, owner-only, never plaintext on disk.

A bundle's payload holds every full ID number of the records it carries. While a bundle is written
or read, its payload and the import's checked rows are kept in a ``WorkingFolder`` under the data
folder's ``work/`` (the hub's beside its keys), as ``SealedFile`` s: AES-256-CTR under a key made
for that one file and held only in this process's memory. A run killed part-way, or cut by a power
failure, leaves ciphertext whose key is gone; ``remove_leftovers`` deletes it at the next start and
before every sync. CTR lets the zip writer seek back and the zip reader jump about the file, which a
stream cipher with one running state could not.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from stationdesk.lock_file import LockFile
from stationdesk.owner_only import FILE_MODE, owner_only_folder

_BLOCK = 16
_BUFFER = 1 << 20
_IN_USE = ".in-use"
_UNMARKED_GRACE = 60  # seconds


class _SealedRaw(io.RawIOBase):
    """The raw file: every byte XORed with the AES-CTR key stream at its own offset."""

    def __init__(self, path: Path, key: bytes, counter: int, create: bool, writable: bool) -> None:
        flags = (os.O_RDWR if writable else os.O_RDONLY) | getattr(os, "O_BINARY", 0)
        if create:
            flags |= os.O_CREAT | os.O_EXCL
        self._descriptor = os.open(path, flags, FILE_MODE)
        self._key, self._counter, self._writable = key, counter, writable
        self._position = 0
        self._stream = None  # the key stream last used, and the offset it has reached
        self._stream_at = -1

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return self._writable

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._position = os.lseek(self._descriptor, offset, whence)
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer) -> int:
        data = os.read(self._descriptor, len(buffer))
        plain = self._xor(data)
        buffer[: len(plain)] = plain
        return len(plain)

    def write(self, data) -> int:
        sealed = self._xor(bytes(data))
        written = 0
        while written < len(sealed):
            written += os.write(self._descriptor, sealed[written:])
        return written

    def _xor(self, data: bytes) -> bytes:
        if self._stream_at != self._position:  # reading or writing somewhere else: restart the key stream there
            block, skip = divmod(self._position, _BLOCK)
            start = ((self._counter + block) % (1 << 128)).to_bytes(_BLOCK, "big")
            self._stream = Cipher(algorithms.AES(self._key), modes.CTR(start)).encryptor()
            self._stream.update(bytes(skip))
        out = self._stream.update(data)
        self._position += len(data)
        self._stream_at = self._position
        return out

    def close(self) -> None:
        if not self.closed:
            os.close(self._descriptor)
        super().close()


class SealedFile:
    """A file on disk whose plaintext only this object can read back: written once (``open("wb")``,
    which may seek back as a zip writer does), then read as often as needed (``open("rb")``)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._key = os.urandom(32)
        self._counter = int.from_bytes(os.urandom(_BLOCK), "big")
        self._created = False

    def open(self, mode: str = "rb"):
        if mode not in ("rb", "wb"):
            raise ValueError(f"unsupported mode {mode!r}")
        writing = mode == "wb"
        if writing and self._created:
            raise ValueError("a sealed file is written once")
        raw = _SealedRaw(self.path, self._key, self._counter, create=writing, writable=writing)
        self._created = self._created or writing
        return io.BufferedWriter(raw, _BUFFER) if writing else io.BufferedReader(raw, _BUFFER)


class WorkingFolder:
    """One run's private folder under ``parent``; ``close`` (or leaving the ``with``) removes it."""

    def __init__(self, parent: Path, prefix: str) -> None:
        remove_leftovers(parent)
        owner_only_folder(parent)
        self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))  # mkdtemp: mode 0700
        self._lock = LockFile(self.path / _IN_USE)
        self._lock.acquire(prefix)
        self._count = 0

    def sealed(self, name: str) -> SealedFile:
        """A new sealed file in this folder (``name`` only helps a reader of the folder)."""
        self._count += 1
        return SealedFile(self.path / f"{self._count:04d}-{name}.sealed")

    def close(self) -> None:
        self._lock.release()
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> WorkingFolder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def remove_leftovers(parent: Path) -> list[Path]:
    """Delete the working folders of runs that are no longer going (their lock is free); returns them."""
    if not parent.is_dir():
        return []
    removed = []
    for entry in parent.iterdir():
        if not entry.is_dir() or entry.is_symlink():
            if entry.is_file():  # nothing but working folders belongs here
                entry.unlink(missing_ok=True)
            continue
        marker = entry / _IN_USE
        lock = LockFile(marker)
        try:
            # A run makes its folder, then its marker, and writes who it is only once the lock is
            # its own: until then the folder may belong to a run (in any thread) about to lock it.
            written = marker.exists() and marker.stat().st_size > 0
            if not written and time.time() - entry.stat().st_mtime < _UNMARKED_GRACE:
                continue
            if marker.exists() and not lock.acquire():
                continue  # a run is using it
        except OSError:
            continue
        lock.release()
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed
