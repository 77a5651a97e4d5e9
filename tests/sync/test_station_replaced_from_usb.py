"""A stolen or broken station PC is replaced: the new PC restores the USB backup (data and sync
keys) into an empty data folder and carries on syncing with the city, nothing lost."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from stationdesk.db.database import Database
from stationdesk.db.models.people import Person
from stationdesk.services import backups as backup_service
from stationdesk.services import usb_backup
from stationdesk.services.accounts import log_in
from stationdesk.services.demo import DEMO_PASSWORD
from stationdesk.services.people import PersonInput, add_person
from stationdesk.sync import crypto

PASSWORD = "bai-sha-jie-dao-2026"


def _add(station, name: str) -> str:
    with station.db.transaction() as session:
        return add_person(session, PersonInput(name=name, roles=("elder",))).summary.id


def _rows_but_the_counter(station) -> list[str]:
    """Every row and schema entry of every table but the change counter (a restore moves it on, see the
    second test), sorted: the backup's VACUUM INTO writes triggers after every index, not in the
    order the migrations made them."""
    with station.db.engine.connect() as connection:
        lines = connection.connection.driver_connection.iterdump()
        return sorted(line for line in lines if not line.startswith('INSERT INTO "local_counter"'))


def _hub_has(hub, person_id: str) -> bool:
    from stationdesk.sync.hub_models import data_tables

    with hub.engine.connect() as connection:
        table = data_tables()["person"]
        return connection.execute(select(table.c.id).where(table.c.id == person_id)).first() is not None


@pytest.fixture
def synced_once(sqlite_hub, make_station, enrol, fill, usb):
    station = make_station("S-A")
    enrol(sqlite_hub, station)
    fill(station, 3)
    sqlite_hub.import_bundle(station.export(usb / "a1.sdbundle").path)
    station.import_(sqlite_hub.export_for("S-A", usb / "c1.sdbundle")["path"])
    return station


def test_a_new_pc_restores_the_stick_and_syncs_on(synced_once, sqlite_hub, usb, tmp_path):
    station = synced_once
    before = _rows_but_the_counter(station)
    stick = tmp_path / "stick"
    stick.mkdir()
    written = usb_backup.write_usb_backup(station.folder, stick, PASSWORD)
    public = crypto.KeyPairs.load(station.folder.keys).public

    station.db.close()  # the PC is gone: its whole data folder with it
    shutil.rmtree(station.folder.root)
    summary = backup_service.restore_into(station.folder, written.path, PASSWORD)
    assert summary.keys_restored and summary.station_code == "S-A"
    assert crypto.KeyPairs.load(station.folder.keys).public == public
    station.db = Database.open(station.folder)
    assert _rows_but_the_counter(station) == before  # every record, the enrolment and its sequences
    log_in(station.db, "admin", DEMO_PASSWORD)  # the restored station's accounts (the tests' admin password)

    new_id = _add(station, "新电脑上登记的老人")
    report = sqlite_hub.import_bundle(station.export(usb / "a2.sdbundle").path)
    assert report["status"] == "applied" and _hub_has(sqlite_hub, new_id)
    answer = station.import_(sqlite_hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    assert answer["status"] in ("applied", "covered")
    with station.db.session() as session:
        assert session.get(Person, new_id) is not None


def test_a_backup_older_than_the_last_sync_loses_nothing_that_reached_the_city(synced_once, sqlite_hub, usb, tmp_path):
    """The stick's backup is older than the lost PC's last sync: that PC made a record and exported
    it, and imported a change the city made. After the restore, new records still reach the city
    (the restore numbers them above everything the lost PC sent) and the city sends its change again
    (the restored station acknowledges less than the lost PC had)."""
    station = synced_once
    stick = tmp_path / "stick"
    stick.mkdir()
    written = usb_backup.write_usb_backup(station.folder, stick, PASSWORD)

    with station.db.session() as session:  # a person the city has had since the first sync
        city_edited = session.execute(select(Person.id).order_by(Person.id)).scalars().first()
    made_on_lost_pc = _add(station, "旧电脑上最后登记的")
    sqlite_hub.edit("person", city_edited, {"notes": "市级改过"})
    station.import_(sqlite_hub.export_for("S-A", usb / "c2.sdbundle")["path"])
    assert sqlite_hub.import_bundle(station.export(usb / "a2.sdbundle").path)["status"] == "applied"

    station.db.close()
    shutil.rmtree(station.folder.root)
    backup_service.restore_into(station.folder, written.path, PASSWORD)
    station.db = Database.open(station.folder)
    log_in(station.db, "admin", DEMO_PASSWORD)  # the restored station's accounts (the tests' admin password)

    made_after_restore = _add(station, "新电脑上登记的")
    report = sqlite_hub.import_bundle(station.export(usb / "a3.sdbundle").path)
    assert report["status"] == "applied" and _hub_has(sqlite_hub, made_after_restore)
    assert _hub_has(sqlite_hub, made_on_lost_pc)  # the city keeps what the lost PC sent
    answer = station.import_(sqlite_hub.export_for("S-A", usb / "c3.sdbundle")["path"])
    assert answer["status"] == "applied"
    with station.db.session() as session:
        assert session.get(Person, city_edited).notes == "市级改过"
    again = _add(station, "之后又登记的")
    assert sqlite_hub.import_bundle(station.export(usb / "a4.sdbundle").path)["status"] == "applied"
    assert _hub_has(sqlite_hub, again)
