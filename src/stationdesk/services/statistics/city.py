"""The city's statistics: the station's indicators counted over the hub's merged records, per station
and for the whole city (SQL aggregation on SQLite or PostgreSQL), the completeness of reporting
(DHIS2's reporting rate: which stations sent a bundle covering the period, on time or late) and the
one-page summary.

A station's records at the hub are those with its ``origin_station``; the hub's tables have the
station's names and columns, so the declarations in this package run unchanged on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from sqlalchemy import Index, func, select, text
from sqlalchemy.engine import Connection

from stationdesk.domain.periods import STATION_UTC_OFFSET, Period, utc_start_of
from stationdesk.errors import StationDeskError
from stationdesk.messages import register as register_messages
from stationdesk.services.progress import Progress
from stationdesk.services.statistics.framework import Engine, Tables
from stationdesk.services.statistics.report import (
    PeriodInfo,
    Report,
    StationRef,
    build_figures,
)
from stationdesk.sync.hub import Hub
from stationdesk.sync.hub_models import data_tables, hub_bundle, hub_station

# DHIS2's timeliness: a report received within this many days after the period counts as on time
ON_TIME_DAYS = 10
ON_TIME, LATE, MISSING = "on_time", "late", "missing"

register_messages(
    {
        "city.report_unknown_station": "平台上没有编码为 {station} 的站点。已登记的站点：{choices}",
    }
)

# What the indicators read at the hub, whose copies of the tables have only the sync indexes; the
# statistics add these once (CREATE INDEX IF NOT EXISTS): (table, columns, partial condition or None).
# Covering indexes let PostgreSQL answer a quarter of visits or shifts from the index alone; the
# partial ones hold the few deleted people and volunteers and the visits that reported a change.
HUB_INDEXES: tuple[tuple[str, str, tuple[str, ...], str | None], ...] = (
    ("visit_day", "visit", ("visited_on", "deleted", "elder_id", "origin_station", "kind", "satisfaction"), None),
    ("visit_change", "visit", ("elder_id", "visited_on"), "ability_changed"),
    ("person_deleted", "person", ("id",), "deleted"),
    ("volunteer_deleted", "volunteer", ("id",), "deleted"),
    ("assessment_day", "assessment", ("assessed_on",), None),
    (
        "assessment_latest",
        "assessment",
        ("elder_id", "origin_station", "status", "assessed_on", "deleted", "level", "total"),
        None,
    ),
    ("session_day", "tutoring_session", ("day",), None),
    ("attendance_session", "tutoring_attendance", ("session_id",), None),
    ("activity_day", "activity", ("held_on",), None),
    ("participant_activity", "activity_participant", ("activity_id",), None),
    (
        "shift_day",
        "volunteer_shift",
        ("service_date", "deleted", "confirmed_at", "volunteer_id", "origin_station", "credited_minutes"),
        None,
    ),
    ("membership_volunteer", "team_membership", ("volunteer_id",), None),
    ("certificate_day", "volunteer_certificate", ("issued_on",), None),
    ("training_day", "volunteer_training", ("trained_on",), None),
    ("need_found", "need", ("found_on",), None),
    ("need_dispatched", "need", ("dispatched_at",), None),
    ("need_rated", "need", ("rated_on",), None),
    ("need_change_day", "need_state_change", ("changed_at", "to_state"), None),
    ("need_change_need", "need_state_change", ("need_id", "to_state", "changed_at"), None),
    ("service_record_day", "service_record", ("served_on",), None),
    ("service_person_record", "service_record_person", ("record_id",), None),
)


@cache
def _hub_indexes() -> tuple[Index, ...]:
    tables = data_tables()
    out = []
    for name, table, columns, where in HUB_INDEXES:
        partial = {"sqlite_where": text(f"{where} = 1"), "postgresql_where": text(where)} if where else {}
        out.append(Index(f"ix_hub_stats_{name}", *(tables[table].c[c] for c in columns), **partial))
    return tuple(out)


def ensure_statistics_indexes(connection: Connection) -> None:
    """Create the indexes the city's figures read (a no-op once they exist; the first time on a large
    hub it takes a while, which the hub's first report pays once)."""
    for index in _hub_indexes():
        index.create(connection, checkfirst=True)


def _reporting(connection: Connection) -> None:
    """For this transaction only: room for the sorts and hashes of a report over millions of rows
    (PostgreSQL's default 4 MB sends them to disk), and no JIT compiling, which costs more than it
    saves on these short aggregate queries."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL work_mem = '64MB'")
        connection.exec_driver_sql("SET LOCAL jit = off")


def hub_tables() -> Tables:
    return Tables(data_tables())


def _station_refs(connection: Connection) -> list[StationRef]:
    return [
        StationRef(code, name)
        for code, name in connection.execute(
            select(hub_station.c.code, hub_station.c.name).order_by(hub_station.c.code)
        )
    ]


def city_report(
    hub: Hub,
    period: Period,
    station: str | None = None,
    with_breakdowns: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> Report:
    """Every indicator for ``period``: for one station (the same figures as the station's own report
    once its bundle is in), or for the city with each station's figure beside the total."""
    today = today or date.today()
    with hub.engine.begin() as connection:
        ensure_statistics_indexes(connection)
        _reporting(connection)
        refs = _station_refs(connection)
        if station is not None:
            chosen = [r for r in refs if r.code == station]
            if not chosen:
                raise StationDeskError(
                    "city.report_unknown_station", station=station, choices=", ".join(r.code for r in refs) or "—"
                )
            engine = Engine(connection, hub_tables(), today, stations=(station,))
            figures = build_figures(engine, period, with_breakdowns, progress=progress)
            return Report(PeriodInfo.of(period), PeriodInfo.of(period.previous()), today, figures, station=chosen[0])
        engine = Engine(connection, hub_tables(), today, by_station=True)
        figures = build_figures(
            engine, period, with_breakdowns, station_codes=tuple(r.code for r in refs), progress=progress
        )
        return Report(PeriodInfo.of(period), PeriodInfo.of(period.previous()), today, figures, stations=tuple(refs))


# --------------------------------------------------------------------------------------------- completeness


@dataclass(frozen=True)
class StationCompleteness:
    code: str
    name: str
    status: str  # on_time, late, missing
    covered_at: datetime | None  # when the first bundle made after the period arrived
    data_up_to: datetime | None  # when the station made the newest bundle the hub holds
    data_age_days: int | None  # how old the hub's copy of the station's records is, in days


@dataclass(frozen=True)
class Completeness:
    period: PeriodInfo
    deadline: date  # received by the end of this day: on time
    expected: int
    received: int
    on_time: int
    stations: tuple[StationCompleteness, ...]

    @property
    def reporting_rate(self) -> float | None:
        """DHIS2: 100 × reports received ÷ reports expected."""
        return round(100 * self.received / self.expected, 1) if self.expected else None

    @property
    def timely_rate(self) -> float | None:
        return round(100 * self.on_time / self.expected, 1) if self.expected else None

    def as_json(self) -> dict:
        return {
            "deadline": self.deadline.isoformat(),
            "expected": self.expected,
            "received": self.received,
            "on_time": self.on_time,
            "reporting_rate": self.reporting_rate,
            "timely_rate": self.timely_rate,
            "stations": [
                {
                    "code": s.code,
                    "name": s.name,
                    "status": s.status,
                    "covered_at": s.covered_at.isoformat() if s.covered_at else None,
                    "data_up_to": s.data_up_to.isoformat() if s.data_up_to else None,
                    "data_age_days": s.data_age_days,
                }
                for s in self.stations
            ],
        }


def _local_day(moment: datetime) -> date:
    return (moment + STATION_UTC_OFFSET).date()


def completeness(hub: Hub, period: Period, today: date | None = None) -> Completeness:
    """Which stations' data covers the period: a bundle made after the period's last day has every
    record of it. Expected: the stations enrolled before the period ended, and any station whose
    data covers it (one enrolled later that brought its history). On time: that bundle arrived
    within ``ON_TIME_DAYS`` days after the period."""
    today = today or date.today()
    after = utc_start_of(period.end + timedelta(days=1))
    deadline = period.end + timedelta(days=ON_TIME_DAYS)
    made = func.coalesce(hub_bundle.c.made_at, hub_bundle.c.received_at)  # older bundles: when received
    with hub.engine.connect() as connection:
        covered = dict(
            connection.execute(
                select(hub_bundle.c.station_code, func.min(hub_bundle.c.received_at))
                .where(made >= after)
                .group_by(hub_bundle.c.station_code)
            ).all()
        )
        newest = dict(
            connection.execute(
                select(hub_bundle.c.station_code, func.max(made)).group_by(hub_bundle.c.station_code)
            ).all()
        )
        stations = [
            (code, name)
            for code, name, enrolled in connection.execute(
                select(hub_station.c.code, hub_station.c.name, hub_station.c.enrolled_at).order_by(hub_station.c.code)
            )
            if _aware(enrolled) < after or code in covered
        ]
    rows = []
    for code, name in stations:
        arrived = _aware(covered.get(code))
        up_to = _aware(newest.get(code))
        if arrived is None:
            status = MISSING
        elif arrived < utc_start_of(deadline + timedelta(days=1)):
            status = ON_TIME
        else:
            status = LATE
        # never below 0: the hub's clock may be a few hours behind Beijing time on the same day
        age = max(0, (today - _local_day(up_to)).days) if up_to is not None else None
        rows.append(StationCompleteness(code, name, status, arrived, up_to, age))
    return Completeness(
        PeriodInfo.of(period),
        deadline,
        len(rows),
        sum(r.status != MISSING for r in rows),
        sum(r.status == ON_TIME for r in rows),
        tuple(rows),
    )


def _aware(moment: datetime | None) -> datetime | None:
    """Aggregates over a UtcDateTime column come back as the driver's naive UTC values."""
    from datetime import UTC

    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def city_trend(
    hub: Hub, key: str, period: Period, today: date | None = None, months: int = 12, station: str | None = None
):
    """One indicator for the whole city (or one station), month by month: the ``months`` months
    ending with the period."""
    from stationdesk.services.statistics.framework import indicator
    from stationdesk.services.statistics.report import indicator_trend

    with hub.engine.begin() as connection:
        _reporting(connection)
        stations = (station,) if station is not None else None
        engine = Engine(connection, hub_tables(), today or date.today(), stations=stations)
        return indicator_trend(engine, indicator(key), period, months)


@dataclass(frozen=True)
class CityOverview:
    """What the city's 统计 tab shows: every station's figures and the city's, the completeness of
    reporting and the summary paragraph."""

    report: Report
    completeness: Completeness
    summary: str

    def as_json(self) -> dict:
        return {**self.report.as_json(), "completeness": self.completeness.as_json(), "summary": self.summary}


def city_overview(
    hub: Hub, period: Period, today: date | None = None, with_breakdowns: bool = False, progress: Progress | None = None
) -> CityOverview:
    from stationdesk.services.statistics.summary import city_summary

    report = city_report(hub, period, with_breakdowns=with_breakdowns, today=today, progress=progress)
    reporting = completeness(hub, period, today)
    return CityOverview(report, reporting, city_summary(report, reporting))
