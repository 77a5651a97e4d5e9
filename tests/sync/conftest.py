"""Fixtures of the sync tests: stations made from the migrated template, a city hub on SQLite and
(when scripts/test could start one) on a real PostgreSQL server, and helpers that move bundles."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.services.station import init_station
from stationdesk.sync import station as sync_station
from stationdesk.sync.hub import Hub
from stationdesk.sync.hub_models import data_tables, hub_metadata

PG_ENV = "STATIONDESK_TEST_PG_URL"


@dataclass
class StationEnv:
    db: Database
    folder: DataFolder

    @property
    def code(self) -> str:
        return self.db.station.code

    def export(self, target: Path):
        with self.db.transaction() as session:
            return sync_station.export_bundle(session, self.folder, target)

    def import_(self, path: Path, dry_run: bool = False) -> dict:
        with self.db.transaction() as session:
            return sync_station.import_bundle(session, self.folder, path, dry_run=dry_run)

    def digest(self) -> str:
        """Every row of every table, to prove an import changed nothing."""
        digest = hashlib.sha256()
        with self.db.engine.connect() as connection:
            for line in connection.connection.driver_connection.iterdump():
                digest.update(line.encode())
        return digest.hexdigest()


@pytest.fixture
def make_station(tmp_path, migrated_template, as_administrator):
    opened: list[Database] = []

    def make(code: str, name: str | None = None) -> StationEnv:
        folder = DataFolder(tmp_path / f"station-{code}").ensure()
        shutil.copyfile(migrated_template, folder.database)
        database = Database.open(folder)
        with database.transaction() as session:
            init_station(session, code, name or f"{code} 服务站")
            as_administrator(database, session)
        database.reload_station()
        opened.append(database)
        return StationEnv(database, folder)

    yield make
    for database in opened:
        database.close()


def _pg_url() -> str | None:
    return os.environ.get(PG_ENV)


def _reset_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "city" / "hub.sqlite3")
    url = _pg_url()
    if not url:
        pytest.skip(f"no PostgreSQL server: {PG_ENV} is not set (scripts/test starts one when run as root)")
    _reset_pg(url)
    return url


@pytest.fixture
def hub(hub_url, tmp_path, as_city_administrator) -> Hub:
    """A hub with its city administrator (login ``admin``, ``ADMIN_PASSWORD``, as the CLI's environment)."""
    keys = None if "://" not in hub_url else str(tmp_path / "city-keys")
    created = Hub.init(hub_url, "江门市民政局", "CITY", keys)
    as_city_administrator(created)
    yield created
    created.close()


@pytest.fixture
def sqlite_hub(tmp_path, as_city_administrator) -> Hub:
    created = Hub.init(str(tmp_path / "city" / "hub.sqlite3"), "江门市民政局", "CITY")
    as_city_administrator(created)
    yield created
    created.close()


@pytest.fixture
def hub_digest():
    return _hub_digest


@pytest.fixture
def enrol(tmp_path):
    return lambda hub, station: _enrol(hub, station, tmp_path)


@pytest.fixture
def fill():
    return fill_every_synced_table


@pytest.fixture
def city_decided(enrol, usb):
    """``(station, person_id, bundle)``: station S-A synced once, then a person edited at the
    station ("站点") and later at the city ("市级"); the city imports the station's bundle (the city
    decides the conflict: its later edit wins) and ``bundle`` is the city's answer, not yet imported."""

    def make(hub, make_station):
        from stationdesk.db.models.people import Person

        station = make_station("S-A")
        enrol(hub, station)
        person_id = fill_every_synced_table(station, 2)["person"][0]
        hub.import_bundle(station.export(usb / "a1.sdbundle").path)
        station.import_(hub.export_for("S-A", usb / "c1.sdbundle")["path"])
        with station.db.transaction() as session:
            session.get(Person, person_id).notes = "站点"
        hub.edit("person", person_id, {"notes": "市级"})
        hub.import_bundle(station.export(usb / "a2.sdbundle").path)
        return station, person_id, Path(hub.export_for("S-A", usb / "c2.sdbundle")["path"])

    return make


def _hub_digest(hub: Hub) -> str:
    digest = hashlib.sha256()
    data_tables()
    with hub.engine.connect() as connection:
        for table in sorted(hub_metadata.tables.values(), key=lambda t: t.name):
            key = list(table.primary_key.columns)
            for row in connection.execute(select(table).order_by(*key)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _enrol(hub: Hub, station: StationEnv, tmp_path: Path) -> None:
    file = tmp_path / f"{station.code}.enrol.json"
    hub.enroll(station.code, station.db.station.name, file)
    with station.db.transaction() as session:
        sync_station.enroll(session, station.folder, file)


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _value_for(column, index: int, rng):
    """A plausible value for any column type, so every synced table can be filled generically."""
    import datetime as dt
    from decimal import Decimal

    from sqlalchemy import (
        JSON,
        Boolean,
        Date,
        DateTime,
        Enum,
        Float,
        Integer,
        Numeric,
        String,
        Text,
        Time,
        TypeDecorator,
    )

    kind = column.type
    if isinstance(kind, TypeDecorator):  # UtcDateTime: a DateTime that takes aware UTC times
        kind = kind.impl_instance
    if isinstance(kind, Enum):
        return kind.enums[index % len(kind.enums)]
    if isinstance(kind, Boolean):
        return bool(index % 2)
    if isinstance(kind, Integer):
        return index % 5
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 1, 1, 8, 30, tzinfo=dt.UTC) + dt.timedelta(hours=index)
    if isinstance(kind, Date):
        return dt.date(2026, 1, 1) + dt.timedelta(days=index % 100)
    if isinstance(kind, Time):
        return dt.time(9, index % 60)
    if isinstance(kind, Float):
        return 1.5 + index
    if isinstance(kind, Numeric):
        return Decimal("1.50") + index
    if isinstance(kind, JSON):
        return {"n": index}
    if isinstance(kind, (String, Text)):
        length = getattr(kind, "length", None) or 40
        word = f"{column.name[:3]}{index}-{rng.randrange(10**6)}" if length > 12 else f"{index}"
        return ("值" + word)[:length]
    return None


def fill_every_synced_table(station: StationEnv, per_table: int = 5, seed: int = 1) -> dict[str, list[str]]:
    """Rows in every synced table that exists (features merged later included), references pointing
    at rows of their tables made earlier (self-references at an earlier row of the same table)."""
    import random

    from stationdesk.db.base import synced_tables
    from stationdesk.db.stamping import stamp_rows
    from stationdesk.sync.codec import LOCAL_COLUMNS, SYNC_COLUMNS

    rng = random.Random(seed)
    made: dict[str, list[str]] = {}
    with station.db.transaction() as session:
        for table in synced_tables():
            rows = []
            for index in range(per_table):
                row = {}
                for column in table.columns:
                    if column.name in SYNC_COLUMNS or column.name in LOCAL_COLUMNS:
                        continue
                    targets = [fk.column.table.name for fk in column.foreign_keys]
                    if targets:
                        pool = made.get(targets[0], []) if targets[0] != table.name else [r["id"] for r in rows]
                        row[column.name] = pool[index % len(pool)] if pool else None
                        continue
                    if column.name == "id_number":
                        row[column.name] = None
                        continue
                    row[column.name] = _value_for(column, index, rng)
                from stationdesk.db.base import new_id

                row["id"] = new_id()
                rows.append(row)
            stamp_rows(session, rows, table.name)
            session.execute(table.insert(), rows)
            made[table.name] = [r["id"] for r in rows]
    return made


@pytest.fixture
def run(capsys):
    """``run(*argv)``: the CLI as typed, answering (exit code, stdout, stderr)."""
    from stationdesk.cli import main

    def run(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
