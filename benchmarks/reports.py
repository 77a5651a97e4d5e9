"""Statistics scale goals (issue 11). (Not named statistics.py: run as a script from this folder, that
name would hide the standard library's ``statistics`` from every other benchmark here.)


  a station month over 1,000,000 visits, 500,000 shifts and 100,000 people —
      the whole 统计 page (every indicator, its previous period, the first figure's trend and
      breakdowns) in under 1 s
  a city quarter over 100 stations x 100,000 records on PostgreSQL —
      every indicator, per station and for the city, in under 10 s

    PYTHONPATH=src .venv/bin/python benchmarks/reports.py station [--keep DIR] [--people N] [--visits N] [--shifts N]
    PYTHONPATH=src .venv/bin/python benchmarks/reports.py city --pg URL [--stations 100] [--per-station 100000]

``run_station(...)`` and ``run_city(...)`` return the figures as a dict (a later benchmark suite calls
them); the command line prints that dict as JSON. The station is built with bulk inserts like the
demo; the city's records are written straight into the hub's tables with PostgreSQL COPY (the
statistics read only those tables; the bundle import has its own benchmark in sync.py), then
ANALYZE, as autovacuum would. Each timing is the median of several runs, the first (cold) run
reported on its own.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import insert, select

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.elderly import Assessment, Visit
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import Attendance, TutoringClass, TutoringSession
from stationdesk.db.models.volunteers import (
    Activity,
    ActivityParticipant,
    Shift,
    TeamMembership,
    Volunteer,
    VolunteerCertificate,
    VolunteerProject,
    VolunteerTeam,
    VolunteerTraining,
)
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.periods import month_of, quarter_of
from stationdesk.services import registry
from stationdesk.services.demo import make_people
from stationdesk.services.station import init_station

TODAY = date(2026, 6, 15)
YEARS = 3
CHUNK = 20_000
KINDS = ("上门走访", "电话问候", "到站服务", "委托探访")
SATISFACTION = (("满意", 0.88), ("基本满意", 0.08), ("不满意", 0.01), ("", 0.03))
STATUSES = (("出勤", 0.8), ("迟到", 0.05), ("早退", 0.03), ("请假", 0.07), ("缺勤", 0.05))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _weighted(rng: random.Random, choices) -> str:
    pick, total = rng.random(), 0.0
    for value, weight in choices:
        total += weight
        if pick < total:
            return value
    return choices[-1][0]


def _day(rng: random.Random, end: date = TODAY, years: int = YEARS) -> date:
    return end - timedelta(days=rng.randrange(0, 365 * years))


def timed(function, repeat: int = 5) -> dict:
    """Milliseconds: the first (cold) run and the median of the rest."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return {"cold_ms": round(times[0]), "median_ms": round(statistics.median(times[1:] or times)), "runs": repeat}


# --------------------------------------------------------------------------------------------- a station


def _bulk(session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        stamp_rows(session, chunk, model.__tablename__)
        session.execute(insert(model), chunk)


def build_station(database: Database, people: int, visits: int, shifts: int, seed: int = 11) -> dict:
    """A station with ``people`` people, ``visits`` visits and ``shifts`` shifts over three years, and
    the assessments, tutoring, teams, activities, certificates and trainings a station that size keeps."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with database.transaction() as session:
        init_station(session, "BENCH-001", "基准测试社区服务站")
    database.reload_station()
    with database.transaction() as session:
        make_people(session, rng, people)
        elders = list(session.execute(select(Person.id).where(Person.is_elder.is_(True))).scalars())
        children = list(session.execute(select(Person.id).where(Person.is_child.is_(True))).scalars())
        adults = list(
            session.execute(select(Person.id).where(Person.is_elder.is_(False), Person.is_child.is_(False))).scalars()
        )
    counts = {"people": people, "elders": len(elders), "children": len(children)}
    done = 0
    while done < visits:
        rows = [
            {
                "elder_id": rng.choice(elders),
                "visited_on": _day(rng),
                "start_time": "09:00",
                "end_time": "09:40",
                "kind": rng.choice(KINDS),
                "services": "|生活照料|健康监测|",
                "ability_changed": rng.random() < 0.01,
                "satisfaction": _weighted(rng, SATISFACTION),
                "recorder": "李社工",
            }
            for _ in range(min(CHUNK * 5, visits - done))
        ]
        with database.transaction() as session:
            _bulk(session, Visit, rows)
        done += len(rows)
    counts["visits"] = visits
    with database.transaction() as session:
        assessments = []
        for elder in elders:
            for months in (30, 18, 6):
                level = rng.choice((0, 1, 1, 1, 2, 2, 3, 4))
                assessments.append(
                    {
                        "elder_id": elder,
                        "assessed_on": TODAY - timedelta(days=months * 30 + rng.randrange(0, 20)),
                        "reason": "常规",
                        "status": "final",
                        "total": (90, 70, 50, 40, 10)[level],
                        "level": level,
                    }
                )
        _bulk(session, Assessment, assessments)
        counts["assessments"] = len(assessments)

        classes = [
            {"id": _uuid(rng), "name": f"辅导班{i}", "kind": rng.choice(("一对一", "小组", "暑托班"))}
            for i in range(30)
        ]
        _bulk(session, TutoringClass, classes)
        sessions, attendance = [], []
        for klass in classes:
            pupils = rng.sample(children, min(10, len(children)))
            day = TODAY - timedelta(days=365 * YEARS)
            while day <= TODAY:
                session_id = _uuid(rng)
                sessions.append(
                    {
                        "id": session_id,
                        "class_id": klass["id"],
                        "day": day,
                        "start_time": clock_time(15, 30),
                        "end_time": clock_time(17, 0),
                        "kind": "辅导",
                    }
                )
                attendance += [
                    {"session_id": session_id, "child_id": child, "status": _weighted(rng, STATUSES)}
                    for child in pupils
                ]
                day += timedelta(days=rng.choice((3, 4)))
        _bulk(session, TutoringSession, sessions)
        _bulk(session, Attendance, attendance)
        counts.update(sessions=len(sessions), attendance=len(attendance))

        volunteers = [
            {
                "id": _uuid(rng),
                "person_id": person,
                "volunteer_number": f"BENCH-V{i:06d}",
                "registered_on": _day(rng, years=4),
                "status": "在册" if rng.random() < 0.95 else "退出",
            }
            for i, person in enumerate(rng.sample(adults, min(10_000, len(adults))))
        ]
        _bulk(session, Volunteer, volunteers)
        teams = [{"id": _uuid(rng), "name": f"队伍{i}"} for i in range(110)]
        _bulk(session, VolunteerTeam, teams)
        _bulk(
            session,
            TeamMembership,
            [
                {"team_id": team["id"], "volunteer_id": v["id"], "joined_on": v["registered_on"]}
                for v in volunteers
                for team in rng.sample(teams, rng.choice((1, 1, 2)))
            ],
        )
        projects = [{"id": _uuid(rng), "name": f"项目{i}", "team_id": rng.choice(teams)["id"]} for i in range(98)]
        _bulk(session, VolunteerProject, projects)
        activities = [
            {
                "id": _uuid(rng),
                "name": f"活动{i}",
                "project_id": rng.choice(projects)["id"],
                "held_on": _day(rng),
                "starts_at": clock_time(9, 0),
                "ends_at": clock_time(11, 0),
            }
            for i in range(3000)
        ]
        _bulk(session, Activity, activities)
        served = elders + children
        _bulk(
            session,
            ActivityParticipant,
            [
                {"activity_id": a["id"], "person_id": person, "role": "served", "attended": rng.random() < 0.85}
                for a in activities
                for person in rng.sample(served, 20)
            ],
        )
        counts.update(volunteers=len(volunteers), activities=len(activities), participants=len(activities) * 20)
        _bulk(
            session,
            VolunteerCertificate,
            [
                {
                    "serial": f"BENCH-C{i:06d}",
                    "volunteer_id": rng.choice(volunteers)["id"],
                    "period_from": date(2024, 1, 1),
                    "period_to": (issued := _day(rng)),
                    "total_minutes": 600,
                    "services_json": "[]",
                    "issued_on": issued,
                }
                for i in range(2000)
            ],
        )
        _bulk(
            session,
            VolunteerTraining,
            [
                {
                    "volunteer_id": rng.choice(volunteers)["id"],
                    "course": f"课程{rng.randrange(40)}",
                    "trained_on": _day(rng),
                }
                for _ in range(5000)
            ],
        )
    done = 0
    while done < shifts:
        rows = []
        for _ in range(min(CHUNK * 5, shifts - done)):
            day = _day(rng)
            minutes = rng.choice((60, 90, 120, 180, 240))
            start = datetime.combine(day, clock_time(9, 0))
            rows.append(
                {
                    "volunteer_id": rng.choice(volunteers)["id"],
                    "activity_id": rng.choice(activities)["id"] if rng.random() < 0.7 else None,
                    "service_date": day,
                    "signed_in_at": start,
                    "signed_out_at": start + timedelta(minutes=minutes),
                    "computed_minutes": minutes,
                    "credited_minutes": minutes,
                    "confirmed_by": "站长" if rng.random() < 0.9 else None,
                    "confirmed_at": datetime(2026, 6, 1, tzinfo=UTC),
                }
            )
        for row in rows:
            if row["confirmed_by"] is None:
                row["confirmed_at"] = None
        with database.transaction() as session:
            _bulk(session, Shift, rows)
        done += len(rows)
    counts["shifts"] = shifts
    counts["build_seconds"] = round(time.perf_counter() - started, 1)
    return counts


def _page_seconds(database: Database) -> float:
    """The page itself: from opening 统计 to its figures and first charts on screen (offscreen Qt)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner
    from stationdesk.ui.pages.statistics_page import StatisticsPage

    app = QApplication.instance() or QApplication([])
    runner = DatabaseRunner(database)
    ctx = AppContext(db=runner, folder=database.folder, station=database.station)
    started = time.perf_counter()
    page = StatisticsPage(ctx)
    page.show()
    while page.detail is None or not runner.is_idle():
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    page.close()
    runner.stop()
    return seconds


def run_station(
    folder: Path | None = None, people: int = 100_000, visits: int = 1_000_000, shifts: int = 500_000, gui: bool = True
) -> dict:
    """Build the station (unless ``folder`` already holds one) and time the 统计 page's work."""
    from stationdesk.services.statistics import exports, report

    registry.load_features()
    folder = DataFolder(folder or Path(tempfile.mkdtemp(prefix="sd-stats-"))).ensure()
    database = Database.open(folder)
    database.today = TODAY
    result: dict = {"folder": str(folder.root)}
    if database.station is None:
        result["built"] = build_station(database, people, visits, shifts)
    period = month_of(TODAY).previous()
    first = report.indicators()[0].key

    def page_work():
        with database.session() as session:
            report.station_report(session, period)
            report.indicator_detail(session, first, period)
            report.indicator_breakdown(session, first, period, report.indicator(first).breakdowns[0])

    def figures_only():
        with database.session() as session:
            report.station_report(session, period)

    def with_breakdowns():
        with database.session() as session:
            report.station_report(session, period, with_breakdowns=True)

    def pdf():
        with database.transaction() as session:
            exports.station_report_pdf(session, period)

    result["period"] = period.label
    result["page_services"] = timed(page_work)
    result["figures_only"] = timed(figures_only)
    result["all_breakdowns"] = timed(with_breakdowns, repeat=3)
    result["pdf_export"] = timed(pdf, repeat=3)
    if gui:
        result["page_gui_seconds"] = round(_page_seconds(database), 3)
    database.close()
    return result


# --------------------------------------------------------------------------------------------- a city


def _hub_rows(code: str, per_station: int, rng: random.Random, seq: list[int]):
    """(table, rows) of one station's records in the hub, about ``per_station`` of them."""
    now = datetime(2026, 6, 1)  # naive UTC, as the hub stores it

    def base(**values) -> dict:
        seq[0] += 1
        return {
            "id": _uuid(rng),
            "origin_station": code,
            "created_at": now,
            "updated_at": now,
            "version": "0",
            "deleted": rng.random() < 0.01,
            "change_seq": seq[0],
            "hub_written_by": code,
            **values,
        }

    scale = per_station / 100_000
    n = {
        key: max(1, round(v * scale))
        for key, v in {
            "elders": 4000,
            "children": 1000,
            "adults": 5000,
            "visits": 43_500,
            "classes": 5,
            "volunteers": 1000,
            "teams": 10,
            "projects": 10,
            "activities": 300,
            "shifts": 25_000,
            "certificates": 50,
            "trainings": 500,
        }.items()
    }
    people = []
    for role, count, ages in (
        ("elder", n["elders"], (60, 95)),
        ("child", n["children"], (4, 15)),
        ("", n["adults"], (18, 59)),
    ):
        for _ in range(count):
            tags = "|低保|" if rng.random() < 0.08 else ("|残疾|" if rng.random() < 0.05 else "")
            people.append(
                base(
                    name="某某",
                    gender=rng.choice("MF"),
                    birth_date=TODAY - timedelta(days=365 * rng.randint(*ages)),
                    community=f"社区{rng.randrange(9)}",
                    tags=tags,
                    is_elder=role == "elder",
                    is_child=role == "child",
                )
            )
    yield "person", people
    elders = [p["id"] for p in people if p["is_elder"]]
    children = [p["id"] for p in people if p["is_child"]]
    adults = [p["id"] for p in people if not p["is_elder"] and not p["is_child"]]
    yield (
        "visit",
        [
            base(
                elder_id=rng.choice(elders),
                visited_on=_day(rng),
                start_time="09:00",
                end_time="09:40",
                kind=rng.choice(KINDS),
                satisfaction=_weighted(rng, SATISFACTION),
                ability_changed=rng.random() < 0.01,
            )
            for _ in range(n["visits"])
        ],
    )
    yield (
        "assessment",
        [
            base(
                elder_id=elder,
                assessed_on=_day(rng),
                reason="常规",
                status="final",
                level=(level := rng.randrange(5)),
                total=(90, 70, 50, 40, 10)[level],
            )
            for elder in elders
        ],
    )
    classes = [base(name="辅导班", kind=rng.choice(("一对一", "小组"))) for _ in range(n["classes"])]
    yield "tutoring_class", classes
    sessions, attendance = [], []
    for klass in classes:
        pupils = rng.sample(children, min(20, len(children)))
        for _ in range(80):
            session = base(
                class_id=klass["id"],
                day=_day(rng),
                start_time=clock_time(15, 30),
                end_time=clock_time(17, 0),
                kind="辅导",
            )
            sessions.append(session)
            attendance += [
                base(session_id=session["id"], child_id=child, status=_weighted(rng, STATUSES)) for child in pupils
            ]
    yield "tutoring_session", sessions
    yield "tutoring_attendance", attendance
    volunteers = [
        base(person_id=person, volunteer_number=f"{code}-V{i}", registered_on=_day(rng, years=4), status="在册")
        for i, person in enumerate(rng.sample(adults, min(n["volunteers"], len(adults))))
    ]
    yield "volunteer", volunteers
    teams = [base(name=f"队伍{i}") for i in range(n["teams"])]
    yield "volunteer_team", teams
    yield (
        "team_membership",
        [
            base(team_id=team["id"], volunteer_id=v["id"], joined_on=v["registered_on"])
            for v in volunteers
            for team in rng.sample(teams, 1 if rng.random() < 0.8 else 2)
        ],
    )
    projects = [base(name=f"项目{i}", team_id=rng.choice(teams)["id"]) for i in range(n["projects"])]
    yield "volunteer_project", projects
    activities = [
        base(
            name="活动",
            project_id=rng.choice(projects)["id"],
            held_on=_day(rng),
            starts_at=clock_time(9, 0),
            ends_at=clock_time(11, 0),
        )
        for _ in range(n["activities"])
    ]
    yield "activity", activities
    yield (
        "activity_participant",
        [
            base(activity_id=a["id"], person_id=person, role="served", attended=rng.random() < 0.85)
            for a in activities
            for person in rng.sample(elders + children, 20)
        ],
    )
    shifts = []
    for _ in range(n["shifts"]):
        day = _day(rng)
        minutes = rng.choice((60, 90, 120, 180))
        start = datetime.combine(day, clock_time(9, 0))
        confirmed = rng.random() < 0.9
        shifts.append(
            base(
                volunteer_id=rng.choice(volunteers)["id"],
                activity_id=rng.choice(activities)["id"] if rng.random() < 0.7 else None,
                service_date=day,
                signed_in_at=start,
                signed_out_at=start + timedelta(minutes=minutes),
                computed_minutes=minutes,
                credited_minutes=minutes,
                confirmed_by="站长" if confirmed else None,
                confirmed_at=now if confirmed else None,
            )
        )
    yield "volunteer_shift", shifts
    yield (
        "volunteer_certificate",
        [
            base(
                serial=f"{code}-C{i}",
                volunteer_id=rng.choice(volunteers)["id"],
                period_from=date(2024, 1, 1),
                period_to=(issued := _day(rng)),
                total_minutes=600,
                services_json="[]",
                issued_on=issued,
            )
            for i in range(n["certificates"])
        ],
    )
    yield (
        "volunteer_training",
        [
            base(
                volunteer_id=rng.choice(volunteers)["id"],
                course=f"课程{rng.randrange(20)}",
                trained_on=_day(rng),
                minutes=120,
            )
            for _ in range(n["trainings"])
        ],
    )


def _complete(table, row: dict) -> tuple:
    """Every column of the hub table: the value given, else the column's default as a bundle would fill it."""
    from stationdesk.sync.codec import column_default
    from stationdesk.sync.hub_models import canonical_tables

    canonical = canonical_tables()[table.name]
    out = []
    for column in table.columns:
        if column.name in row:
            out.append(row[column.name])
        elif column.nullable:
            out.append(None)
        else:
            out.append(column_default(canonical.c[column.name]))
    return tuple(out)


def build_city(url: str, keys: Path, stations: int, per_station: int, seed: int = 5) -> dict:
    """A PostgreSQL hub with ``stations`` enrolled stations of ``per_station`` records each, written
    with COPY, one bundle noted as received from each."""
    from sqlalchemy import text

    from stationdesk.sync.hub import Hub
    from stationdesk.sync.hub_models import data_tables, hub_bundle, hub_station

    started = time.perf_counter()
    hub = Hub.init(url, "基准测试市", "CITY", str(keys))
    tables = data_tables()
    rng, seq, total = random.Random(seed), [0], 0
    raw = hub.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for number in range(stations):
            code = f"S-{number:03d}"
            for name, rows in _hub_rows(code, per_station, rng, seq):
                table = tables[name]
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                with cursor.copy(f'COPY "{name}" ({columns}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(_complete(table, row))
                total += len(rows)
            raw.commit()
        raw.commit()
    finally:
        raw.close()
    made = datetime(2026, 7, 3, 2, 0, tzinfo=UTC)
    with hub.engine.begin() as connection:
        connection.execute(
            insert(hub_station),
            [
                {
                    "code": f"S-{n:03d}",
                    "name": f"第{n}社区服务站",
                    "token": "x",
                    "enrolled_at": datetime(2024, 1, 1, tzinfo=UTC),
                    "signing_key": "k",
                    "encryption_key": "k",
                    "received_up_to": 1,
                    "acked_hub_seq": 0,
                    "last_export_up_to": 0,
                }
                for n in range(stations)
            ],
        )
        connection.execute(
            insert(hub_bundle),
            [
                {
                    "bundle_id": _uuid(rng),
                    "station_code": f"S-{n:03d}",
                    "header_sha256": "0" * 64,
                    "received_at": made + timedelta(days=n % 12),
                    "made_at": made,
                    "status": "applied",
                    "report": "{}",
                }
                for n in range(stations)
            ],
        )
    with hub.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))  # as autovacuum would, after a bulk load
        size = connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    hub.close()
    return {
        "records": total,
        "build_seconds": round(time.perf_counter() - started, 1),
        "database_mb": round(size / 2**20),
    }


def run_city(
    url: str, stations: int = 100, per_station: int = 100_000, keys: Path | None = None, build: bool = True
) -> dict:
    """Build the hub (unless ``build`` is False and it exists at ``url``) and time a city quarter."""
    from sqlalchemy import text

    from stationdesk.services.statistics import city
    from stationdesk.sync.hub import Hub

    registry.load_features()
    keys = keys or Path(tempfile.mkdtemp(prefix="sd-stats-keys-")) / "keys"
    result: dict = {"stations": stations, "per_station": per_station}
    if build:
        result["built"] = build_city(url, keys, stations, per_station)
    quarter = quarter_of(TODAY)
    today = date(2026, 7, 15)
    hub = Hub.open(url, str(keys))
    try:
        started = time.perf_counter()
        with hub.engine.begin() as connection:
            city.ensure_statistics_indexes(connection)
        with hub.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
        result["indexes_seconds"] = round(time.perf_counter() - started, 1)
        result["period"] = quarter.label
        result["city_report"] = timed(lambda: city.city_report(hub, quarter, today=today), repeat=4)
        result["city_overview"] = timed(lambda: city.city_overview(hub, quarter, today=today), repeat=3)
        result["one_station"] = timed(lambda: city.city_report(hub, quarter, station="S-000", today=today), repeat=3)
        result["trend_people_served"] = timed(lambda: city.city_trend(hub, "people_served", quarter, today), repeat=2)
        result["with_breakdowns"] = timed(
            lambda: city.city_report(hub, quarter, with_breakdowns=True, today=today), repeat=2
        )
    finally:
        hub.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    station = sub.add_parser("station")
    station.add_argument("--keep", help="data folder to build in, or to reuse when it holds a station")
    station.add_argument("--people", type=int, default=100_000)
    station.add_argument("--visits", type=int, default=1_000_000)
    station.add_argument("--shifts", type=int, default=500_000)
    station.add_argument("--no-gui", action="store_true")
    city_parser = sub.add_parser("city")
    city_parser.add_argument("--pg", required=True, help="postgresql://… (its public schema is emptied first)")
    city_parser.add_argument("--stations", type=int, default=100)
    city_parser.add_argument("--per-station", type=int, default=100_000)
    args = parser.parse_args()
    if args.what == "station":
        result = run_station(
            Path(args.keep) if args.keep else None, args.people, args.visits, args.shifts, gui=not args.no_gui
        )
    else:
        from sqlalchemy import create_engine, text

        engine = create_engine(args.pg.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        result = run_city(args.pg, args.stations, args.per_station)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
