"""The encrypted backup on a USB stick: carries the database and the sync keys, opens only with the
password, reveals nothing to whoever finds the stick, and any change to the file is refused."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from backup_helpers import add_people, people_names

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.errors import StationDeskError
from stationdesk.services import backups as backup_service
from stationdesk.services import usb_backup
from stationdesk.sync import crypto

PASSWORD = "春芽-2026-备份"


@pytest.fixture
def keyed_station(station):
    crypto.KeyPairs.generate().save(station.folder.keys)
    return station


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_the_stick_backup_restores_data_and_keys_on_a_new_pc(keyed_station, stick, tmp_path):
    written = usb_backup.write_usb_backup(keyed_station.folder, stick, PASSWORD)
    assert written.with_keys and written.people == 3 and written.path.endswith(".sdbackup")
    assert [p.name for p in stick.iterdir()] == [Path(written.path).name]  # no partial left
    new_pc = DataFolder(tmp_path / "new-pc")
    summary = backup_service.restore_into(new_pc, written.path, PASSWORD)
    assert summary.keys_restored and summary.from_usb and summary.people == 3
    restored = crypto.KeyPairs.load(new_pc.keys).public
    assert restored == crypto.KeyPairs.load(keyed_station.folder.keys).public
    if sys.platform != "win32":
        assert stat.S_IMODE(new_pc.keys.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in new_pc.keys.iterdir())
    assert not [p for p in new_pc.root.iterdir() if p.name.startswith(".")]  # the scratch folder is gone
    database = Database.open(new_pc)
    try:
        assert database.station.code == "TEST-001" and len(people_names(database)) == 3
    finally:
        database.close()


def test_a_found_stick_reveals_nothing(keyed_station, stick):
    add_people(keyed_station, ["欧阳秘密"])
    written = usb_backup.write_usb_backup(keyed_station.folder, stick, PASSWORD)
    raw = Path(written.path).read_bytes()
    for secret in ("欧阳秘密", "测试社区服务站", "TEST-001", "SQLite format 3", "manifest.json"):
        assert secret.encode("utf-8") not in raw
    assert b"PK\x03\x04" not in raw  # not even the zip inside shows
    assert PASSWORD.encode("utf-8") not in raw


def test_the_wrong_password_is_told_apart_and_nothing_is_restored(keyed_station, stick, tmp_path):
    written = usb_backup.write_usb_backup(keyed_station.folder, stick, PASSWORD)
    new_pc = DataFolder(tmp_path / "new-pc")
    with pytest.raises(StationDeskError) as caught:
        backup_service.restore_into(new_pc, written.path, "not-the-password")
    assert caught.value.code == "backup.wrong_password"
    assert not new_pc.database.exists() and not new_pc.keys.exists()


@pytest.mark.parametrize("where", ["header", "body", "tag", "truncated"])
def test_a_changed_stick_file_is_refused_and_leaves_the_station_untouched(keyed_station, stick, where):
    written = usb_backup.write_usb_backup(keyed_station.folder, stick, PASSWORD)
    data = bytearray(Path(written.path).read_bytes())
    if where == "header":
        data[40] ^= 0x01
    elif where == "body":
        data[len(data) // 2] ^= 0x01
    elif where == "tag":
        data[-1] ^= 0x01
    else:
        data = data[: len(data) - 100]
    Path(written.path).write_bytes(bytes(data))
    keyed_station.close()
    before = keyed_station.folder.database.read_bytes()
    keys_before = crypto.KeyPairs.load(keyed_station.folder.keys).public
    with pytest.raises(StationDeskError) as caught:
        backup_service.restore_into(keyed_station.folder, written.path, PASSWORD)
    assert caught.value.code in ("backup.usb_damaged", "backup.wrong_password")
    assert keyed_station.folder.database.read_bytes() == before
    assert crypto.KeyPairs.load(keyed_station.folder.keys).public == keys_before
    assert not list(keyed_station.folder.backups.glob("*before-restore*"))


def test_a_short_password_is_refused_before_anything_is_written(keyed_station, stick):
    with pytest.raises(StationDeskError) as caught:
        usb_backup.write_usb_backup(keyed_station.folder, stick, "1234567")
    assert caught.value.code == "backup.password_short"
    assert list(stick.iterdir()) == []


def test_restoring_over_a_station_with_other_keys_keeps_them_aside(keyed_station, stick, tmp_path):
    written = usb_backup.write_usb_backup(keyed_station.folder, stick, PASSWORD)
    other = DataFolder(tmp_path / "other").ensure()
    crypto.KeyPairs.generate().save(other.keys)
    old_public = crypto.KeyPairs.load(other.keys).public
    backup_service.restore_into(other, written.path, PASSWORD)
    [aside] = other.backups.glob("keys-before-restore-*")
    assert crypto.KeyPairs.load(aside).public == old_public
    assert crypto.KeyPairs.load(other.keys).public == crypto.KeyPairs.load(keyed_station.folder.keys).public


def test_a_plain_file_given_as_a_stick_backup_is_refused(tmp_path):
    bogus = tmp_path / "notes.sdbackup"
    bogus.write_text("hello")
    with pytest.raises(StationDeskError) as caught:
        backup_service.restore_into(DataFolder(tmp_path / "x"), bogus, PASSWORD)
    assert caught.value.code == "backup.not_a_backup"


def test_a_working_folder_left_by_a_killed_run_is_removed_by_the_next(keyed_station, stick):
    import os
    import time

    leftover = keyed_station.folder.work / "usb-backup-killed"
    leftover.mkdir(parents=True)
    (leftover / "stationdesk.sqlite3").write_bytes(b"a plain copy")
    old = time.time() - 2 * 3600
    os.utime(leftover, (old, old))
    usb_backup.write_usb_backup(keyed_station.folder, stick, PASSWORD)
    assert not leftover.exists()
