"""Files only the worker's own account may read: folders 0700, files 0600.

Everything StationDesk keeps is personal data: the station's database with its -wal/-shm files,
backups, import reports, keys, logs and working files, and the hub's files likewise. The modes are
POSIX ones; on Windows the user's profile folder (``%LOCALAPPDATA%``) already keeps other accounts
out and ``chmod`` only sets or clears the read-only flag, so these calls leave files writable there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def restrict_new_files() -> None:
    """From now on every file and folder this process creates is owner-only (umask 077). SQLite
    creates its database, journal and backup files itself and honours nothing but the umask."""
    os.umask(0o077)


def owner_only_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) with mode 0700, or take group's and others' rights
    from an existing one."""
    path = Path(path)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _tighten(path)
    return path


def owner_only_file(path: Path) -> None:
    """Take group's and others' rights from an existing file (nothing happens when it is not there)."""
    _tighten(Path(path))


def open_owner_only(path: Path, mode: str = "wb", exclusive: bool = False):
    """Open ``path`` for writing, created with mode 0600 (an existing file is made owner-only first)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC) | getattr(os, "O_BINARY", 0)
    path = Path(path)
    if not exclusive:
        owner_only_file(path)
    descriptor = os.open(path, flags, FILE_MODE)
    return os.fdopen(descriptor, mode) if "b" in mode else os.fdopen(descriptor, mode, encoding="utf-8")


def create_empty(path: Path) -> Path:
    """A new, empty owner-only file; SQLite writing into it (a new database, ``VACUUM INTO``, a
    backup) keeps its mode, and gives the database's -wal and -shm the same one."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE))
    return Path(path)


def protect(entries: Iterable[Path]) -> None:
    """Make each existing entry owner-only, a folder with everything inside it.
    Only the entries named are touched, never their neighbours (a data folder may sit among the
    user's other files)."""
    for entry in entries:
        entry = Path(entry)
        if entry.is_symlink() or not entry.exists():
            continue
        _tighten(entry)
        if entry.is_dir():
            for root, folders, files in os.walk(entry):
                for name in (*folders, *files):
                    _tighten(Path(root, name))


def _tighten(path: Path) -> None:
    """Take every right away from group and others; the owner's rights stay (a folder the user made
    read-only stays read-only, and is then refused clearly rather than quietly made writable)."""
    if os.name != "posix":
        return
    try:
        info = path.lstat()
    except OSError:
        return
    mode = stat.S_IMODE(info.st_mode)
    if stat.S_ISLNK(info.st_mode) or not mode & 0o077:
        return
    # a folder another account made (given with --data-dir) is not ours to change: leave it as it is
    with contextlib.suppress(PermissionError):
        os.chmod(path, mode & ~0o077)
