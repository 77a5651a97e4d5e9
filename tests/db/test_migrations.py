import hashlib
import sqlite3
from contextlib import closing

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from stationdesk.config import DataFolder
from stationdesk.db import migrate
from stationdesk.db.database import Database, make_sqlite_engine
from stationdesk.db.models import metadata
from stationdesk.errors import DatabaseProblem


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_to_head_matches_the_models(tmp_path):
    engine = make_sqlite_engine(tmp_path / "fresh.sqlite3")
    with engine.begin() as connection:
        migrate.upgrade_to_head(connection)
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), metadata)
    assert differences == []


def test_opening_an_old_database_backs_it_up_and_keeps_the_data(tmp_path):
    folder = DataFolder(tmp_path / "data").ensure()
    engine = make_sqlite_engine(folder.database)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001_foundation")
        connection.exec_driver_sql(
            "INSERT INTO station (code, name, created_at) VALUES ('OLD-1', '旧站', '2024-01-01')"
        )
    engine.dispose()
    database = Database.open(folder)
    try:
        assert database.station.code == "OLD-1"
        with database.engine.connect() as connection:
            assert migrate.database_revisions(connection) == migrate.script_heads()
    finally:
        database.close()
    if migrate.script_heads() != {"0001_foundation"}:
        assert list(folder.backups.glob("*before-upgrade*"))


def test_a_database_from_a_newer_program_is_refused_untouched(db, data_folder):
    db.close()
    with closing(sqlite3.connect(data_folder.database)) as connection:
        # One row per head (features branch from the foundation); one unknown revision is enough.
        connection.execute(
            "UPDATE alembic_version SET version_num = '9999_from_the_future' "
            "WHERE rowid = (SELECT min(rowid) FROM alembic_version)"
        )
        connection.commit()
    before = _digest(data_folder.database)
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(data_folder)
    assert caught.value.code == "db.newer"
    assert "9999_from_the_future" in str(caught.value)
    assert _digest(data_folder.database) == before


@pytest.mark.parametrize(
    "content", [b"this is a spreadsheet, not a database" * 100, b"SQLite format 3\x00" + b"\x07" * 5000]
)
def test_a_damaged_file_is_refused_and_left_untouched(tmp_path, content):
    folder = DataFolder(tmp_path / "data").ensure()
    folder.database.write_bytes(content)
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(folder)
    assert caught.value.code == "db.damaged_no_backups"
    assert str(folder.backups) in str(caught.value) and "还没有备份" in str(caught.value)
    assert folder.database.read_bytes() == content


def test_a_damaged_file_names_the_backups_that_are_there(tmp_path):
    folder = DataFolder(tmp_path / "data").ensure()
    for stamp in ("20260101-080000-000000", "20260102-080000-000000"):
        (folder.backups / f"stationdesk-{stamp}-exit.sqlite3").write_bytes(b"")
    folder.database.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(folder)
    assert caught.value.code == "db.damaged"
    assert "有 2 个备份" in str(caught.value) and "stationdesk-20260102-080000-000000-exit.sqlite3" in str(caught.value)


def test_a_truncated_database_is_refused(db, data_folder):
    db.close()
    data = data_folder.database.read_bytes()
    data_folder.database.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseProblem):
        Database.open(data_folder)


def test_sqlite_settings_are_in_force(db):
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2
        assert pragma("busy_timeout") == 5000


def test_backups_are_consistent_copies(db):
    path = db.backup("manual").path
    with closing(sqlite3.connect(path)) as copy:
        assert copy.execute("SELECT code FROM station").fetchone()[0] == "TEST-001"


def test_a_relative_data_folder_opens(tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    Database.open(DataFolder(Path("station"))).close()
    database = Database.open(DataFolder(Path("station")))  # the existing file: read-only checks by URI
    database.verify_integrity()
    database.close()


def test_the_scripts_read_as_text_give_alembics_revisions_and_heads():
    """Start-up reads the revision scripts without Alembic; Alembic must see the same graph."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.script_heads() == set(scripts.get_heads())
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
