"""The export that runs the station file's quick_check beside it (``stationdesk export``): a sound
file exports as before; a file that fails the check leaves no bundle on the stick and no record of an
export, even though every row the export reads is sound. And the read-back after writing, which
takes the file's hash in the same pass: it refuses any byte of the payload, its local header or its
CRC changed on the medium."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from stationdesk.db.database import Database
from stationdesk.db.models.sync_local import SyncEnrolment
from stationdesk.errors import DatabaseProblem, StationDeskError
from stationdesk.sync import crypto
from stationdesk.sync.bundle import _verify_written, open_bundle
from stationdesk.sync.station import export_beside_check


def _damage_an_index_the_export_does_not_read(station) -> None:
    """Overwrite the b-tree page type of the people's name index (the export reads people in sync
    order through another index), after moving every page from the WAL into the main file."""
    with station.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
        root = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_person_name_birth'"
        ).scalar_one()
    station.db.close()
    with open(station.folder.database, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x00")  # 0 is no b-tree page type (2, 5, 10 and 13 are)


def _last_export(database: Database):
    with database.session() as session:
        return session.execute(select(SyncEnrolment.last_export_up_to, SyncEnrolment.last_export_sha256)).one()


def test_a_sound_station_exports_beside_its_check(sqlite_hub, make_station, enrol, fill, usb):
    station = make_station("S-A")
    enrol(sqlite_hub, station)
    fill(station, per_table=3)
    summary = export_beside_check(station.db, usb / "a.sdbundle")
    assert open_bundle(summary.path).header["counts"] == summary.counts
    assert sqlite_hub.import_bundle(summary.path)["status"] == "applied"
    assert _last_export(station.db).last_export_up_to == summary.up_to


def test_a_station_failing_its_quick_check_leaves_no_bundle(sqlite_hub, make_station, enrol, fill, usb):
    station = make_station("S-A")
    enrol(sqlite_hub, station)
    fill(station, per_table=3)
    before = _last_export(station.db)
    _damage_an_index_the_export_does_not_read(station)
    database = Database.open(station.folder, check_integrity=False)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            export_beside_check(database, usb / "a.sdbundle")
        assert caught.value.code in ("db.damaged", "db.damaged_no_backups")
        assert list(usb.iterdir()) == []  # neither the bundle nor its partial file
        assert _last_export(database) == before
    finally:
        database.close()
    with closing(sqlite3.connect(station.folder.database)) as plain:
        assert plain.execute("PRAGMA quick_check").fetchone()[0] != "ok"  # the damage was real


def _read_back_case(bundle_path, tmp_path, name):
    """A copy of the bundle, and what its writer knew: header, signature, the payload's hash and size."""
    copy = tmp_path / f"{name}.sdbundle"
    shutil.copyfile(bundle_path, copy)
    raw = open_bundle(copy)
    with raw.open_payload() as stream:
        payload = stream.read()
    return copy, raw, hashlib.sha256(payload).hexdigest(), len(payload)


def test_the_read_back_proves_the_bytes_and_gives_the_file_hash(sqlite_hub, make_station, enrol, fill, usb, tmp_path):
    station = make_station("S-A")
    enrol(sqlite_hub, station)
    fill(station, per_table=3)
    summary = station.export(usb / "a.sdbundle")
    bundle = Path(summary.path)
    assert _last_export(station.db).last_export_sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    signing = station.folder.keys

    def verify(copy, raw, sha, size):
        key = crypto.KeyPairs.load(signing).public.signing
        return _verify_written(copy, raw.header_bytes, raw.signature, key, sha, size)

    copy, raw, sha, size = _read_back_case(bundle, tmp_path, "sound")
    assert verify(copy, raw, sha, size) == hashlib.sha256(copy.read_bytes()).hexdigest()

    offset = raw.payload_info.header_offset
    for name, position in (
        ("payload byte", offset + 30 + len("payload.bin") + 40),  # inside the encrypted bytes
        ("local name", offset + 30),  # the local header's name
        ("directory CRC", None),  # the CRC-32 a zip reader checks
    ):
        copy, raw, sha, size = _read_back_case(bundle, tmp_path, name.replace(" ", "-"))
        data = bytearray(copy.read_bytes())
        if position is None:
            position = data.rfind(b"PK\x01\x02") + 16  # the payload is the last member
        data[position] ^= 0xFF
        copy.write_bytes(bytes(data))
        with pytest.raises(StationDeskError) as caught:
            verify(copy, open_bundle(copy), sha, size)
        assert caught.value.code == "sync.write_verify_failed", name
        assert not copy.exists(), name
