"""The station's SQLite database: open safely, migrate after a backup, hand out transactions.

Opening never changes a file it cannot trust: a file that is not SQLite, fails ``quick_check``,
or was written by a newer StationDesk is refused with a message naming the backups folder.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from stationdesk.config import DataFolder
from stationdesk.db import backups, migrate, plain_text_guard, stamping, station_file  # noqa: F401  (flush listeners)
from stationdesk.db.models.station import Station
from stationdesk.db.station_file import StationInfo, inspect_file
from stationdesk.errors import DatabaseProblem, StationDeskError
from stationdesk.owner_only import create_empty

log = logging.getLogger(__name__)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy issue BEGIN itself (pysqlite's own transaction handling skips it for some
    # statements); see the SQLAlchemy "Serializable isolation / Savepoints" recipe for pysqlite.
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_sqlite_engine(path: Path) -> Engine:
    # hide_parameters: an error (and so the log) never carries the personal data being written
    engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """One open station database. Use ``Database.open(folder)``."""

    def __init__(self, folder: DataFolder, engine: Engine) -> None:
        self.folder = folder
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.station: StationInfo | None = None
        self.today: date | None = None  # pinned "today" for tests and demo runs; None = the real date
        self.actor = None  # the logged-in account (services.accounts.Actor); copied into every session

    @classmethod
    def open(cls, folder: DataFolder, check_integrity: bool = True) -> Database:
        """Open, migrating after a backup. ``check_integrity=False`` leaves the whole-file
        ``quick_check`` to the caller (the GUI runs it as the database thread's first job, so the
        window shows sooner); the check still runs here before any migration writes."""
        folder.ensure()
        _check_writable(folder)
        backups.finish_interrupted_restore(folder)  # a restore killed halfway is completed, never lost
        path = folder.database
        if not path.exists():
            create_empty(path)
        revisions = inspect_file(path, folder.backups, check_integrity)
        unknown = revisions - migrate.known_revisions()
        if unknown:
            raise DatabaseProblem("db.newer", found=", ".join(sorted(unknown)))
        database = cls(folder, make_sqlite_engine(path))
        if revisions != migrate.script_heads():
            if revisions:
                if not check_integrity:
                    database.verify_integrity()
                database.backup("before-upgrade")
            with database.engine.begin() as connection:
                migrate.upgrade_to_head(connection)
        database.reload_station()
        return database

    def reload_station(self) -> StationInfo | None:
        with self._sessions() as session:
            row = session.execute(select(Station)).scalars().first()
        self.station = StationInfo(row.code, row.name) if row else None
        return self.station

    def session(self) -> Session:
        session = self._sessions()
        if self.station is not None:
            session.info["station_code"] = self.station.code
        if self.today is not None:
            session.info["today"] = self.today
        if self.actor is not None:
            session.info["actor"] = self.actor
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        session = self.session()
        try:
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            problem = storage_problem(error, self.folder.database)
            if problem is not None:
                raise problem from error
            raise
        finally:
            session.close()

    def backup(self, reason: str) -> backups.BackupFile:
        """A checked copy in the backups folder (``db.backups.write_backup``); old ones are thinned."""
        return backups.write_backup(self.folder.database, self.folder.backups, reason)

    def integrity_problems(self) -> list[str]:
        """The full ``PRAGMA integrity_check``; an empty list means the file is sound."""
        with self.engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def verify_integrity(self) -> None:
        """Raise ``db.damaged`` unless ``PRAGMA quick_check`` finds the file sound."""
        station_file.verify_integrity(self.folder)

    def close(self) -> None:
        self.engine.dispose()


def storage_problem(error: BaseException, path: Path | None = None) -> StationDeskError | None:
    """What a user should read for a failure of the disk or of SQLite's locking (a full disk,
    another program holding the database, a read-only file); None for anything else."""
    if isinstance(error, DBAPIError):
        error = error.orig
    where = str(path or getattr(error, "filename", None) or "")
    if isinstance(error, sqlite3.DatabaseError):
        text = str(error).lower()
        if "database or disk is full" in text:
            return DatabaseProblem("disk.full", path=where)
        if "database is locked" in text or "database table is locked" in text:
            return DatabaseProblem("db.locked")
        if "readonly database" in text:
            return DatabaseProblem("db.read_only", path=where)
        return None
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StationDeskError("disk.full", path=where)
    if isinstance(error, OSError) and error.errno == errno.EROFS:
        return DatabaseProblem("db.read_only", path=where)
    return None


def _check_writable(folder: DataFolder) -> None:
    """A folder or database the user cannot write is said to be so, before SQLite calls it damaged."""
    for path in (folder.root, *folder.database_files()):
        if path.exists() and not os.access(path, os.W_OK):
            raise DatabaseProblem("db.read_only", path=str(path))
