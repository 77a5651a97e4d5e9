"""The station's database file as the standard ``sqlite3`` module sees it, without SQLAlchemy.

The GUI shows its login dialog before SQLAlchemy and the models are imported (they load behind it,
``ui.station_opening``): what the dialog needs — is the file sound SQLite, is it at the program's
migration heads, which station is it, has it accounts — is read here, read-only.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from stationdesk.config import DataFolder
from stationdesk.db import backups, migrate
from stationdesk.errors import DatabaseProblem

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def damaged_database(path: Path, folder: Path, reason: str) -> DatabaseProblem:
    """The refusal of a damaged file, saying what the backups folder really holds."""
    found = backups.list_backups(folder)
    if not found:
        return DatabaseProblem("db.damaged_no_backups", reason=reason, backups=str(folder), path=str(path))
    return DatabaseProblem(
        "db.damaged", reason=reason, backups=str(folder), path=str(path), count=len(found), newest=found[0].path.name
    )


def inspect_file(path: Path, backups_folder: Path, check_integrity: bool = True) -> set[str]:
    """Read-only look at an existing file: is it sound SQLite, and at which migration revisions?"""
    if not path.exists() or path.stat().st_size == 0:
        return set()

    def damaged(reason: str) -> DatabaseProblem:
        return damaged_database(path, backups_folder, reason)

    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise damaged("not a SQLite database file")
    try:
        with closing(_read_only(path)) as connection:
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


def verify_integrity(folder: DataFolder) -> None:
    """Raise ``db.damaged`` unless ``PRAGMA quick_check`` finds the file sound (a read-only
    connection of its own, so it can run on any thread beside the others)."""
    try:
        with closing(_read_only(folder.database)) as connection:
            problems = [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems != ["ok"]:
        raise damaged_database(folder.database, folder.backups, "; ".join(problems[:3]))


def station_ready_for_login(folder: DataFolder) -> StationInfo | None:
    """The station, when its database can take a login as it is: an SQLite file at the program's
    migration heads with a station and at least one account, which this user may write. None when the
    start has to take the whole path through ``Database.open`` (a new station, a restore to finish, an
    upgrade, no accounts yet, a file to refuse): that path says what is wrong, this one only looks."""
    path = folder.database
    pending_restore = path.with_name(path.name + backups.RESTORE_SUFFIX)
    files = [folder.root, *(p for p in folder.database_files() if p.exists())]
    if pending_restore.exists() or not path.exists() or not all(os.access(p, os.W_OK) for p in files):
        return None
    try:
        if inspect_file(path, folder.backups, check_integrity=False) != migrate.script_heads():
            return None
        with closing(_read_only(path)) as connection:
            station = connection.execute("SELECT code, name FROM station LIMIT 1").fetchone()
            accounts = connection.execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0]
    except (DatabaseProblem, sqlite3.DatabaseError):
        return None
    return StationInfo(*station) if station and accounts else None
