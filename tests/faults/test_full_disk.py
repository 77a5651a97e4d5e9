"""A full disk during export and backup (a small tmpfs mounted as the USB stick or the backups
folder; needs root): a clear message in the user's language, nothing half-written left behind,
the station's data untouched."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.errors import StationDeskError
from stationdesk.services import usb_backup
from stationdesk.services.demo import DemoOptions, run_demo
from stationdesk.sync import station as sync_station
from stationdesk.sync.hub import Hub


def _can_mount() -> str:
    if os.name != "posix" or os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    if shutil.which("mount") is None:
        return "no mount command"
    return ""


pytestmark = pytest.mark.skipif(bool(_can_mount()), reason=_can_mount() or "ok")


@pytest.fixture
def small_disk(tmp_path):
    """``small_disk(path, kilobytes)`` mounts a tmpfs of that size at ``path``; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(path: Path, kilobytes: int) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k,mode=0700", "tmpfs", str(path)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        mounted.append(path)
        return path

    yield mount
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def enrolled(db, tmp_path):
    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=3, people=150))
    hub = Hub.init(str(tmp_path / "city" / "hub.sqlite3"), "江门市民政局", "CITY")
    enrolment = tmp_path / "enrol.json"
    hub.enroll("TEST-001", db.station.name, enrolment)
    hub.close()
    with db.transaction() as session:
        sync_station.enroll(session, db.folder, enrolment)
    return db


def _digest(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.connection.driver_connection.iterdump())


def test_a_full_stick_during_export(enrolled, small_disk, tmp_path):
    stick = small_disk(tmp_path / "stick", 64)
    before = _digest(enrolled)
    with pytest.raises(StationDeskError) as caught, enrolled.transaction() as session:
        sync_station.export_bundle(session, enrolled.folder, stick)
    assert caught.value.code == "file.disk_full"
    assert "已满" in str(caught.value) and str(stick) in str(caught.value)
    assert list(stick.iterdir()) == []  # not even a hidden partial
    assert _digest(enrolled) == before  # the export was not recorded
    assert not enrolled.folder.work.exists() or list(enrolled.folder.work.iterdir()) == []


def test_a_full_data_disk_during_export(db, enrolled, small_disk, tmp_path):
    """The data folder's own disk fills while the payload is put together."""
    enrolled.close()
    moved = DataFolder(tmp_path / "small-data")
    size = enrolled.folder.database.stat().st_size
    small_disk(moved.root, size // 1024 + 256)  # room for the database and a little more
    shutil.copytree(enrolled.folder.root, moved.root, dirs_exist_ok=True)
    database = Database.open(moved)
    try:
        before = _digest(database)
        with pytest.raises(StationDeskError) as caught, database.transaction() as session:
            sync_station.export_bundle(session, moved, tmp_path / "usb")
        assert caught.value.code == "file.disk_full"
        assert _digest(database) == before and database.integrity_problems() == []
        assert not moved.work.exists() or list(moved.work.iterdir()) == []
    finally:
        database.close()


def test_a_full_backups_folder(enrolled, small_disk):
    earlier = enrolled.backup("manual")
    kept = enrolled.folder.root / "kept-earlier.sqlite3"
    shutil.copyfile(earlier.path, kept)
    shutil.rmtree(enrolled.folder.backups)
    small_disk(enrolled.folder.backups, max(64, earlier.size // 1024 // 3))
    with pytest.raises(StationDeskError) as caught:
        enrolled.backup("manual")
    assert caught.value.code == "backup.disk_full" and "磁盘已满" in str(caught.value)
    assert list(enrolled.folder.backups.iterdir()) == []
    assert enrolled.integrity_problems() == []


def test_a_full_stick_during_the_usb_backup(enrolled, small_disk, tmp_path):
    stick = small_disk(tmp_path / "stick", 64)
    with pytest.raises(StationDeskError) as caught:
        usb_backup.write_usb_backup(enrolled.folder, stick, "a-good-password")
    assert caught.value.code == "backup.disk_full" and str(stick) in str(caught.value)
    assert list(stick.iterdir()) == []
    assert not enrolled.folder.work.exists() or list(enrolled.folder.work.iterdir()) == []
