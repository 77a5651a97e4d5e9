"""The station's SQLite database: open safely, migrate after a backup, hand out transactions.

Opening never changes a file it cannot trust: a file that is not SQLite, fails ``quick_check``,
or was written by a newer StationDesk is refused with a message naming the backups folder.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from stationdesk.config import DataFolder
from stationdesk.db import backups, migrate, stamping  # noqa: F401  (stamping installs the flush listener)
from stationdesk.db.models.station import Station
from stationdesk.errors import DatabaseProblem

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str


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
    engine = create_engine(f"sqlite:///{path}", future=True)
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

    @classmethod
    def open(cls, folder: DataFolder, check_integrity: bool = True) -> Database:
        """Open, migrating after a backup. ``check_integrity=False`` leaves the whole-file
        ``quick_check`` to the caller (the GUI runs it as the database thread's first job, so the
        window shows sooner); the check still runs here before any migration writes."""
        folder.ensure()
        backups.finish_interrupted_restore(folder)  # a restore killed halfway is completed, never lost
        path = folder.database
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
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        session = self.session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
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
        try:
            with closing(sqlite3.connect(f"{self.folder.database.resolve().as_uri()}?mode=ro", uri=True)) as connection:
                problems = [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as error:
            problems = [str(error)]
        if problems != ["ok"]:
            raise DatabaseProblem(
                "db.damaged",
                reason="; ".join(problems[:3]),
                backups=str(self.folder.backups),
                path=str(self.folder.database),
            )

    def close(self) -> None:
        self.engine.dispose()


def inspect_file(path: Path, backups: Path, check_integrity: bool = True) -> set[str]:
    """Read-only look at an existing file: is it sound SQLite, and at which migration revisions?"""
    if not path.exists() or path.stat().st_size == 0:
        return set()

    def damaged(reason: str) -> DatabaseProblem:
        return DatabaseProblem("db.damaged", reason=reason, backups=str(backups), path=str(path))

    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise damaged("not a SQLite database file")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            if check_integrity:
                problems = [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()]
                if problems != ["ok"]:
                    raise damaged("; ".join(problems[:3]))
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise damaged("no StationDesk version table")
                return set()
            return {r[0] for r in connection.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as error:
        raise damaged(str(error)) from None
