"""Completeness at the city (DHIS2's reporting rate): which stations sent a bundle covering the period,
on time or late, and how old each station's data is."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import update

from stationdesk.domain.periods import parse_period
from stationdesk.services.statistics import city
from stationdesk.sync.hub_models import hub_bundle, hub_station

TODAY = date(2026, 6, 15)


def _received(hub, code: str, made_at: datetime | None, received_at: datetime) -> None:
    with hub.engine.begin() as connection:
        connection.execute(
            update(hub_bundle).where(hub_bundle.c.station_code == code).values(made_at=made_at, received_at=received_at)
        )


def test_reporting_rate_timeliness_and_age_of_data(sqlite_hub, make_station, enrol, usb):
    for code in ("S-A", "S-B", "S-C", "S-D"):
        station = make_station(code)
        enrol(sqlite_hub, station)
        if code != "S-D":
            sqlite_hub.import_bundle(station.export(usb / f"{code}.sdbundle").path)
    with sqlite_hub.engine.begin() as connection:
        connection.execute(update(hub_station).values(enrolled_at=datetime(2026, 1, 1, tzinfo=UTC)))
        # S-D joined the city after May and has sent nothing: not expected to report for May
        connection.execute(
            update(hub_station).where(hub_station.c.code == "S-D").values(enrolled_at=datetime(2026, 7, 1, tzinfo=UTC))
        )
    # S-A: made on 1 June (Beijing time), in on the 5th: on time
    _received(sqlite_hub, "S-A", datetime(2026, 6, 1, 2, 0, tzinfo=UTC), datetime(2026, 6, 5, 9, 0, tzinfo=UTC))
    # S-B: a bundle from before the hub noted when bundles were made, received on the 12th: late
    _received(sqlite_hub, "S-B", None, datetime(2026, 6, 12, 9, 0, tzinfo=UTC))
    # S-C: made at 23:30 on 31 May Beijing time: May was not over, the bundle does not cover it
    _received(sqlite_hub, "S-C", datetime(2026, 5, 31, 15, 30, tzinfo=UTC), datetime(2026, 6, 2, 1, 0, tzinfo=UTC))

    reporting = city.completeness(sqlite_hub, parse_period("2026-05"), today=TODAY)
    assert reporting.deadline == date(2026, 6, 10)
    assert [(s.code, s.status) for s in reporting.stations] == [
        ("S-A", city.ON_TIME),
        ("S-B", city.LATE),
        ("S-C", city.MISSING),
    ]
    assert (reporting.expected, reporting.received, reporting.on_time) == (3, 2, 1)
    assert (reporting.reporting_rate, reporting.timely_rate) == (66.7, 33.3)
    ages = {s.code: s.data_age_days for s in reporting.stations}
    assert ages == {"S-A": 14, "S-B": 3, "S-C": 15}  # S-B: as old as its arrival
    assert reporting.as_json()["stations"][0]["covered_at"].startswith("2026-06-05T09:00")

    april = city.completeness(sqlite_hub, parse_period("2026-04"), today=TODAY)
    assert [s.status for s in april.stations] == [city.LATE, city.LATE, city.LATE]
    assert april.timely_rate == 0.0


def test_a_hub_made_before_the_statistics_gains_the_bundle_time_column(tmp_path):
    import sqlite3

    from stationdesk.sync.hub import Hub

    made = Hub.init(str(tmp_path / "hub.sqlite3"), "江门市", "CITY")
    made.close()
    with sqlite3.connect(tmp_path / "hub.sqlite3") as connection:
        connection.execute("ALTER TABLE hub_bundle DROP COLUMN made_at")
    with Hub.open(str(tmp_path / "hub.sqlite3")) as reopened:
        assert city.completeness(reopened, parse_period("2026-05"), today=TODAY).expected == 0
    with sqlite3.connect(tmp_path / "hub.sqlite3") as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(hub_bundle)")]
    assert "made_at" in columns
