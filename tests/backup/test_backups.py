"""Backups in the data folder: written whole or not at all, owner-only, thinned, listed with what
they hold, restored with a safety copy, and a restore killed halfway is completed at the next start."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from backup_helpers import add_people, people_names

from stationdesk.config import DataFolder
from stationdesk.db import backups
from stationdesk.db.database import Database
from stationdesk.errors import StationDeskError
from stationdesk.services import backups as backup_service

NOW = datetime(2026, 6, 15, 10, 30)


def test_a_backup_is_a_sound_owner_only_copy_with_the_latest_data(station):
    add_people(station, ["新来的人"])  # committed, still in the -wal: the copy must have it
    written = station.backup("manual")
    assert written.path.name.startswith("stationdesk-") and written.path.name.endswith("-manual.sqlite3")
    assert backups.integrity_problems(written.path) == []
    with closing(sqlite3.connect(written.path)) as copy:
        assert copy.execute("SELECT count(*) FROM person").fetchone()[0] == 4
    if sys.platform != "win32":
        assert stat.S_IMODE(written.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(station.folder.backups.stat().st_mode) == 0o700
    assert not [p for p in station.folder.backups.iterdir() if p.name.startswith(".")]


def test_the_list_shows_date_size_and_record_counts(station):
    station.backup("manual")
    add_people(station, ["赵六"])
    backups.write_backup(station.folder.database, station.folder.backups, "auto", now=datetime.now() + timedelta(1))
    entries = backup_service.list_station_backups(station.folder)
    assert [e.reason for e in entries] == ["auto", "manual"]
    assert [e.people for e in entries] == [4, 3]
    assert entries[0].records >= 4 and entries[0].size > 0 and entries[0].problem == ""


def test_a_damaged_backup_is_listed_with_its_problem_and_cannot_be_restored(station):
    written = station.backup("manual")
    written.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 3000)
    [entry] = backup_service.list_station_backups(station.folder)
    assert entry.people is None and entry.problem
    with pytest.raises(StationDeskError) as caught:
        backup_service.restore_into(station.folder, written.path)
    assert caught.value.code == "backup.unsound"


def test_old_backups_are_thinned_when_a_new_one_is_written(station):
    folder = station.folder.backups
    for days in range(40):
        backups.write_backup(station.folder.database, folder, "auto", now=NOW - timedelta(days=days), thin=False)
    backups.write_backup(station.folder.database, folder, "auto", now=NOW + timedelta(minutes=30))
    kept = backups.list_backups(folder)
    # today (two), yesterday, 12 daily (to 2 June), then the newest of each older week: the week of
    # 1 June is covered by the daily ones, so 31, 24, 17 and 10 May
    assert len(kept) == 2 + 1 + 12 + 4
    assert [k.taken_at.day for k in kept[-4:]] == [31, 24, 17, 10]
    assert kept[0].taken_at == NOW + timedelta(minutes=30)


def test_the_hub_backs_up_the_same_way(tmp_path):
    from stationdesk.sync.hub import Hub

    hub = Hub.init(str(tmp_path / "city" / "hub.sqlite3"), "江门市民政局", "CITY")
    try:
        written = hub._backup()
    finally:
        hub.close()
    assert written.name.startswith("hub-") and written.parent.name == "hub.sqlite3.backups"
    assert backups.integrity_problems(written) == []


def test_restoring_keeps_a_safety_copy_and_replaces_the_data(station):
    written = station.backup("manual")
    add_people(station, ["恢复后应消失"])
    station.close()
    summary = backup_service.restore_into(station.folder, written.path)
    assert summary.people == 3 and summary.safety_copy
    reopened = Database.open(station.folder)
    try:
        assert "恢复后应消失" not in people_names(reopened)
        assert len(people_names(reopened)) == 3
    finally:
        reopened.close()
    with closing(sqlite3.connect(summary.safety_copy)) as safety:
        assert safety.execute("SELECT count(*) FROM person WHERE name = '恢复后应消失'").fetchone()[0] == 1


def test_a_stale_wal_is_not_replayed_into_the_restored_file(station):
    written = station.backup("manual")
    add_people(station, ["只在日志里"])
    # a crash: the -wal of the current database is left behind with committed frames in it
    wal = station.folder.database.with_name("stationdesk.sqlite3-wal")
    leftover = wal.read_bytes()
    station.close()
    wal.write_bytes(leftover)
    backup_service.restore_into(station.folder, written.path)
    assert not wal.exists() or wal.stat().st_size == 0
    reopened = Database.open(station.folder)
    try:
        assert reopened.integrity_problems() == []
        assert "只在日志里" not in people_names(reopened)
    finally:
        reopened.close()


def test_a_restore_killed_before_the_rename_is_finished_at_the_next_start(station):
    written = station.backup("manual")
    add_people(station, ["会被替换"])
    station.close()
    folder = station.folder
    # the state right after the checked copy was renamed to .restore, before it took the database's place
    pending = folder.database.with_name("stationdesk.sqlite3.restore")
    pending.write_bytes(written.path.read_bytes())
    reopened = Database.open(folder)
    try:
        assert "会被替换" not in people_names(reopened) and not pending.exists()
    finally:
        reopened.close()


def test_restoring_into_an_empty_data_folder(station, tmp_path):
    written = station.backup("manual")
    fresh = DataFolder(tmp_path / "new-pc")
    summary = backup_service.restore_into(fresh, written.path)
    assert summary.safety_copy == "" and summary.station_code == "TEST-001"
    reopened = Database.open(fresh)
    try:
        assert reopened.station.code == "TEST-001" and len(people_names(reopened)) == 3
    finally:
        reopened.close()


def test_a_backup_from_a_newer_program_is_refused(station):
    written = station.backup("manual")
    with closing(sqlite3.connect(written.path)) as copy:
        copy.execute(
            "UPDATE alembic_version SET version_num = '9999_future' "
            "WHERE rowid = (SELECT min(rowid) FROM alembic_version)"
        )
        copy.commit()
    station.close()
    before = station.folder.database.read_bytes()
    with pytest.raises(StationDeskError) as caught:
        backup_service.restore_into(station.folder, written.path)
    assert caught.value.code == "db.newer"
    assert station.folder.database.read_bytes() == before


def test_a_damaged_current_database_is_kept_byte_for_byte_before_a_restore(station):
    written = station.backup("manual")
    station.close()
    station.folder.database.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    damaged = station.folder.database.read_bytes()
    backup_service.restore_into(station.folder, written.path)
    [kept] = station.folder.backups.glob("damaged-*-stationdesk.sqlite3")
    assert kept.read_bytes() == damaged
    assert backups.integrity_problems(station.folder.database) == []


def test_the_schedule_backs_up_after_a_change_at_most_every_half_hour():
    schedule = backup_service.BackupSchedule(last_backup=NOW)
    assert not schedule.due(NOW + timedelta(hours=5))  # nothing changed
    schedule.note_change()
    assert not schedule.due(NOW + timedelta(minutes=29))
    assert schedule.due(NOW + timedelta(minutes=30))
    schedule.done(NOW + timedelta(minutes=30))
    assert not schedule.due(NOW + timedelta(hours=2))
    first = backup_service.BackupSchedule(last_backup=None)
    first.note_change()
    assert first.due(NOW)
