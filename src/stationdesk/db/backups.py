"""Backups of an SQLite database file: write, list, thin, check and restore.

A backup is written as ``VACUUM INTO`` an empty owner-only temporary file beside the others, checked
with ``PRAGMA integrity_check``, flushed to the disk and only then renamed to its final name, so a
file named ``stationdesk-….sqlite3`` is always a whole, sound copy (a crash or a full disk leaves at
most a hidden ``.….partial`` file, removed later). Old backups are thinned by Anki's rule
(``domain.backup_thinning``).

A restore first keeps a safety copy of the current database, then copies the chosen backup to
``stationdesk.sqlite3.restore`` (flushed, checked), then removes the current file's stale ``-wal``
and ``-shm`` and renames the copy into place. ``finish_interrupted_restore`` completes the last step
if the program was killed between the two, so the station never opens without its database.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stationdesk import messages
from stationdesk.config import DataFolder
from stationdesk.domain.backup_thinning import backups_to_delete
from stationdesk.errors import StationDeskError
from stationdesk.owner_only import create_empty, owner_only_file, owner_only_folder

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
STAMP = "%Y%m%d-%H%M%S-%f"
REASONS = ("auto", "exit", "manual", "before-import", "before-upgrade", "before-restore")
PARTIAL_SUFFIX = ".partial"
RESTORE_SUFFIX = ".restore"
STALE_PARTIAL_SECONDS = 3600  # a partial file this old belongs to no running backup
_NAME = re.compile(r"^(?P<prefix>[a-z]+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the file name
    reason: str
    size: int


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from the file itself (any schema version)."""

    station_code: str
    station_name: str
    revisions: tuple[str, ...]
    people: int
    records: int  # live (not deleted) rows of every synced table
    counts: dict  # table -> live rows


def backup_name(prefix: str, taken_at: datetime, reason: str) -> str:
    return f"{prefix}-{taken_at.strftime(STAMP)}-{reason}.sqlite3"


def parse_name(path: Path, prefix: str = "stationdesk") -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None or match["prefix"] != prefix:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, taken_at, match["reason"], size)


def list_backups(folder: Path, prefix: str = "stationdesk") -> list[BackupFile]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [parse_name(path, prefix) for path in folder.glob(f"{prefix}-*.sqlite3")]
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def write_backup(
    database: Path,
    folder: Path,
    reason: str,
    *,
    prefix: str = "stationdesk",
    now: datetime | None = None,
    thin: bool = True,
) -> BackupFile:
    """A checked, owner-only copy of ``database`` in ``folder``; then thin the old ones."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    taken_at = now or datetime.now()
    owner_only_folder(folder)
    final = folder / backup_name(prefix, taken_at, reason)
    partial = folder / f".{final.stem}-{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}"
    try:
        checked_copy(database, partial)
        os.replace(partial, final)
        flush_folder(folder)
    except (sqlite3.Error, OSError) as error:
        raise write_error(error, folder) from None
    finally:
        for leftover in (partial, *_sidecars(partial)):  # a copy that failed may leave its journal too
            leftover.unlink(missing_ok=True)
    log.info("backup written: %s", final)
    if thin:
        thin_backups(folder, prefix, taken_at)
    return BackupFile(final, taken_at, reason, final.stat().st_size)


def checked_copy(database: Path, target: Path) -> None:
    """``VACUUM INTO`` a new owner-only ``target``, integrity-checked and flushed to the disk.
    Raises ``sqlite3.Error`` / ``OSError`` (the caller names the folder) or ``backup.unsound``."""
    create_empty(target)
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as source:
        source.execute("VACUUM INTO ?", (str(target),))
    problems = integrity_problems(target)
    if problems:
        raise StationDeskError("backup.unsound", reason="; ".join(problems[:3]))
    flush_file(target)


def thin_backups(folder: Path, prefix: str, now: datetime) -> list[Path]:
    """Delete the backups Anki's rule does not keep; also partial files left by a crash."""
    backups = list_backups(folder, prefix)
    doomed = backups_to_delete([b.taken_at for b in backups], now.date())
    deleted = []
    for backup in backups:
        if backup.taken_at in doomed:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    remove_stale_partials(folder)
    return deleted


def remove_stale_partials(folder: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in folder.glob(f".*{PARTIAL_SUFFIX}*"):  # with the journal a failed copy left
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a file that nothing else writes; [] when sound."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def read_contents(path: Path) -> BackupContents:
    """Station, revisions and live record counts of a database file, whatever its schema version.
    Raises ``backup.not_a_backup`` for a file that is not a sound StationDesk database."""
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise StationDeskError("backup.not_a_backup", path=str(path))
        # immutable: a backup never changes, so SQLite need not lock it or look for a -wal
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)) as connection:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "station"} <= tables:
                raise StationDeskError("backup.not_a_backup", path=str(path))
            revisions = tuple(sorted(r[0] for r in connection.execute("SELECT version_num FROM alembic_version")))
            station = connection.execute("SELECT code, name FROM station").fetchone() or ("", "")
            counts = {}
            for table in sorted(tables):
                columns = {r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')}
                if {"change_seq", "deleted", "origin_station"} <= columns:
                    live = connection.execute(f'SELECT count(*) FROM "{table}" WHERE NOT deleted')
                    counts[table] = live.fetchone()[0]
    except OSError:
        raise StationDeskError("file.not_found", path=str(path)) from None
    except sqlite3.DatabaseError as error:
        raise StationDeskError("backup.unsound", reason=str(error)) from None
    return BackupContents(station[0], station[1], revisions, counts.get("person", 0), sum(counts.values()), counts)


def restore_database(
    folder: DataFolder,
    source: Path,
    known_revisions: set[str],
    now: datetime | None = None,
    prepare: Callable[[Path], None] | None = None,
) -> tuple[BackupContents, BackupFile | None]:
    """Put the backup ``source`` in place of the station's database (which must be closed);
    ``prepare`` may change the checked copy before it takes the database's place. Returns what the
    backup holds and the safety copy of the database it replaced (None if there was none)."""
    contents = check_restorable(source, known_revisions)
    log.info("restoring %s (station %s, %d records)", source, contents.station_code, contents.records)
    folder.ensure()
    safety = keep_safety_copy(folder, now)
    pending = folder.database.with_name(folder.database.name + RESTORE_SUFFIX)
    partial = pending.with_name(pending.name + PARTIAL_SUFFIX)
    try:
        partial.unlink(missing_ok=True)
        create_empty(partial)
        with open(source, "rb") as reader, open(partial, "r+b") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
        problems = integrity_problems(partial)
        if problems:
            raise StationDeskError("backup.unsound", reason="; ".join(problems[:3]))
        if prepare is not None:
            prepare(partial)
            flush_file(partial)
        os.replace(partial, pending)
        flush_folder(folder.root)
    except (OSError, sqlite3.Error) as error:
        raise write_error(error, folder.root) from None
    finally:
        partial.unlink(missing_ok=True)
    finish_interrupted_restore(folder)
    return contents, safety


def check_restorable(source: Path, known_revisions: set[str]) -> BackupContents:
    """Refuse a file that is not a sound StationDesk database this program can open."""
    try:
        with open(source, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise StationDeskError("backup.not_a_backup", path=str(source))
    except OSError:
        raise StationDeskError("file.not_found", path=str(source)) from None
    problems = integrity_problems(source)
    if problems:
        raise StationDeskError("backup.unsound", reason="; ".join(problems[:3]))
    contents = read_contents(source)
    newer = set(contents.revisions) - known_revisions
    if newer:
        raise StationDeskError("db.newer", found=", ".join(sorted(newer)))
    if not contents.station_code:
        raise StationDeskError("backup.not_a_backup", path=str(source))
    return contents


def keep_safety_copy(folder: DataFolder, now: datetime | None = None) -> BackupFile | None:
    """A backup of the current database before something replaces it. A database too damaged to
    copy that way is kept byte for byte (with its -wal) as ``damaged-….sqlite3`` instead."""
    current = folder.database
    if not current.exists() or current.stat().st_size == 0:
        return None
    try:
        return write_backup(current, folder.backups, "before-restore", now=now, thin=False)
    except StationDeskError as error:
        if error.code == "backup.disk_full":
            raise
        log.warning("current database cannot be backed up (%s); keeping its raw files", error.code)
    stamp = (now or datetime.now()).strftime(STAMP)
    for path in (current, *_sidecars(current)):
        if path.exists():
            kept = folder.backups / f"damaged-{stamp}-{path.name}"
            shutil.copyfile(path, kept)
            owner_only_file(kept)
    flush_folder(folder.backups)
    return None


def finish_interrupted_restore(folder: DataFolder) -> bool:
    """Complete a restore whose checked copy is waiting beside the database; True if there was one."""
    pending = folder.database.with_name(folder.database.name + RESTORE_SUFFIX)
    pending.with_name(pending.name + PARTIAL_SUFFIX).unlink(missing_ok=True)
    if not pending.exists():
        return False
    for stale in _sidecars(folder.database):
        stale.unlink(missing_ok=True)  # a -wal left beside the new file would be replayed into it
    os.replace(pending, folder.database)
    flush_folder(folder.root)
    log.info("restore completed: %s", folder.database)
    return True


def _sidecars(database: Path) -> Iterable[Path]:
    return (database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def flush_file(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def flush_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to flush)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_error(error: BaseException, folder: Path) -> StationDeskError:
    if isinstance(error, StationDeskError):
        return error
    full = (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
        isinstance(error, sqlite3.Error) and "full" in str(error).lower()
    )
    if full:
        return StationDeskError("backup.disk_full", folder=str(folder))
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return StationDeskError("backup.failed", folder=str(folder), reason=reason)


messages.register(
    {
        "backup.disk_full": (
            "磁盘已满，备份没有写成：{folder}。请腾出空间（或换一个 U 盘）后再试；原有数据和备份都没有改动。"
        ),
        "backup.failed": "备份没有写成：{folder}（{reason}）。原有数据和备份都没有改动。",
        "backup.unsound": "该备份文件已损坏（{reason}），不能使用。请选另一个备份。",
        "backup.not_a_backup": "该文件不是 StationDesk 的备份：{path}",
    }
)
