"""What the start reads with plain sqlite3 before SQLAlchemy is imported: only a station that can
take a login as it is gets the login dialog at once; every other goes the whole way through
``Database.open``, which says what is wrong."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing

from stationdesk.config import DataFolder
from stationdesk.db.station_file import StationInfo, station_ready_for_login


def _execute(folder: DataFolder, sql: str) -> None:
    with closing(sqlite3.connect(folder.database)) as connection:
        connection.execute(sql)
        connection.commit()


def test_a_station_with_accounts_at_the_heads_is_ready_for_its_login(db):
    db.close()  # (the window's own process reads it while no other holds it)
    assert station_ready_for_login(db.folder) == StationInfo("TEST-001", db.station.name)


def test_a_new_folder_or_a_migrated_file_without_a_station_takes_the_whole_path(tmp_path, empty_db):
    assert station_ready_for_login(DataFolder(tmp_path / "new").ensure()) is None
    assert station_ready_for_login(empty_db.folder) is None


def test_a_station_without_accounts_takes_the_whole_path(db):
    _execute(db.folder, "DELETE FROM account")
    assert station_ready_for_login(db.folder) is None  # the administrator is to be set up first


def test_an_older_schema_a_restore_to_finish_or_a_damaged_file_takes_the_whole_path(tmp_path, db):
    _execute(db.folder, "UPDATE alembic_version SET version_num = '0001_foundation' WHERE rowid = 1")
    assert station_ready_for_login(db.folder) is None  # an upgrade: backup and migration first
    ready = DataFolder(tmp_path / "restore").ensure()
    ready.database.write_bytes(db.folder.database.read_bytes())
    ready.database.with_name(ready.database.name + ".restore").write_bytes(b"a checked copy")
    assert station_ready_for_login(ready) is None
    broken = DataFolder(tmp_path / "broken").ensure()
    broken.database.write_bytes(b"not a database at all" * 50)
    assert station_ready_for_login(broken) is None


def test_reading_it_imports_no_sqlalchemy(db):
    import subprocess

    db.close()
    script = (
        "import sys; from pathlib import Path; from stationdesk.config import DataFolder; "
        "from stationdesk.db.station_file import station_ready_for_login; "
        "print(station_ready_for_login(DataFolder(Path(sys.argv[1]))).code, 'sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db.folder.root)], capture_output=True, text=True)
    assert done.stdout.split() == ["TEST-001", "False"], done.stderr
