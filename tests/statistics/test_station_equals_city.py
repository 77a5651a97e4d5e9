"""The correctness the issue asks for: a station's bundle imported into a city hub (SQLite and
PostgreSQL) gives the same figure for every indicator, every breakdown and the previous period; and
the city's figures are its stations' figures put together."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from may_scenario import EXPECTED, MAY, build_may
from stats_records import Records

from stationdesk.db.models.lists import Need
from stationdesk.domain.periods import parse_period
from stationdesk.services.demo import DemoOptions, run_demo
from stationdesk.services.statistics import city, report
from stationdesk.services.statistics.framework import indicator, indicators

TODAY = date(2026, 6, 15)


def _station(make_station, code: str, demo_seed: int | None):
    station = make_station(code)
    station.db.today = TODAY
    with station.db.transaction() as session:
        if demo_seed is not None:  # the demo wants an empty station
            run_demo(session, DemoOptions(seed=demo_seed, people=150))
        build_may(session)
    return station


def _send(hub, station, enrol, usb) -> None:
    enrol(hub, station)
    hub.import_bundle(station.export(usb / f"{station.code}.sdbundle").path)


@pytest.mark.parametrize("period_text", [MAY, "2026-Q2", "2026-01-01..2026-06-15"])
def test_a_stations_bundle_gives_the_city_the_same_figures(hub, make_station, enrol, usb, period_text):
    station = _station(make_station, "S-A", demo_seed=7)
    _send(hub, station, enrol, usb)
    period = parse_period(period_text)
    with station.db.session() as session:
        at_station = report.station_report(session, period, with_breakdowns=True).as_json()
    at_city = city.city_report(hub, period, station="S-A", with_breakdowns=True, today=TODAY).as_json()
    assert at_city == at_station
    keys = [f["key"] for f in at_station["indicators"]]
    assert keys == [i.key for i in indicators()]
    assert any(f["value"] for f in at_station["indicators"] if f["key"] == "service_hours")


def test_the_city_total_is_its_stations_put_together(hub, make_station, enrol, usb):
    for code in ("S-A", "S-B"):
        _send(hub, _station(make_station, code, demo_seed=None), enrol, usb)
    whole = city.city_report(hub, parse_period(MAY), today=TODAY)
    assert [s.code for s in whole.stations] == ["S-A", "S-B"]
    for figure in whole.figures:
        mine, _ = EXPECTED[figure.key]
        assert [(s.code, s.value) for s in figure.by_station] == [("S-A", mine), ("S-B", mine)], figure.key
        # counts add up; distinct people and ratios of the same stations stay what one station has
        doubled = mine if indicator(figure.key).ratio is not None else mine * 2
        assert figure.value == doubled, figure.key
    as_json = whole.as_json()
    assert "stations" in as_json and "station" not in as_json
    assert set(as_json["indicators"][0]) >= {"key", "name", "value", "previous", "unit", "definition", "by_station"}


def test_a_station_the_hub_does_not_know_is_refused_by_name(sqlite_hub):
    from stationdesk.errors import StationDeskError

    with pytest.raises(StationDeskError) as raised:
        city.city_report(sqlite_hub, parse_period(MAY), station="NOPE")
    assert "NOPE" in str(raised.value)


def test_the_trends_are_the_same_at_the_station_and_the_city(hub, make_station, enrol, usb):
    station = _station(make_station, "S-A", demo_seed=None)
    _send(hub, station, enrol, usb)
    period = parse_period("2026-06")
    with station.db.session() as session:
        engine = report.station_engine(session)
        at_station = {i.key: report.indicator_trend(engine, i, period, 4) for i in indicators()}
    for key, points in at_station.items():
        assert city.city_trend(hub, key, period, TODAY, 4, station="S-A") == points, key


def test_an_average_on_a_half_is_rounded_alike_at_the_station_and_the_city(hub, make_station, enrol, usb):
    # eight needs dispatched these many minutes after the midnight of the day they were found: 8.95 days in
    # all, 1.11875 on average, a half in the fifth decimal. SQLite's floating julianday sums made it
    # 8.9499999997 (1.1187) where PostgreSQL's exact seconds give 1.1188
    minutes = (3791, 2485, 118, 290, 498, 4300, 1056, 350)
    station = make_station("S-A")
    station.db.today = TODAY
    with station.db.transaction() as session:
        records = Records(session)
        for day, after in enumerate(minutes, start=1):
            found = date(2026, 5, day)
            need = session.get(Need, records.need(found, found + timedelta(days=5), (("dispatched", found),)))
            need.dispatched_at = (datetime.combine(found, time()) + timedelta(minutes=after)).astimezone()
    _send(hub, station, enrol, usb)
    period = parse_period(MAY)
    with station.db.session() as session:
        at_station = report.station_report(session, period).figure("days_to_dispatch").value
    at_city = city.city_report(hub, period, station="S-A", today=TODAY).figure("days_to_dispatch").value
    assert at_station == at_city == 1.1188
