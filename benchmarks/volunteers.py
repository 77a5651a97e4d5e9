"""Volunteer scale goals (issue: volunteers and activities):

10,000 volunteers and 500,000 shifts —
  a volunteer's page             < 200 ms   (volunteers.get_volunteer: profile, totals, months, 500 latest shifts)
  yearly totals, all volunteers  < 1 s      (shifts.totals_by_volunteer for a year)
  a 2,000-row sign-in sheet      < 1.5 s    (activities.signin_sheet_pdf, PDF bytes)

    PYTHONPATH=src .venv/bin/python benchmarks/volunteers.py [--volunteers 10000] [--shifts-each 50]

Builds a fresh station in a temporary folder with bulk inserts, then times each goal (median of
several runs, first run included separately as "cold").
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time as clock
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import (
    Activity,
    ActivityParticipant,
    Shift,
    TeamMembership,
    Volunteer,
    VolunteerProject,
    VolunteerTeam,
)
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.service_hours import credit_minutes
from stationdesk.services import activities, registry, shifts, volunteers
from stationdesk.services.demo import _PeopleMaker
from stationdesk.services.station import init_station

TODAY = date(2026, 6, 15)
CHUNK = 20_000


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def bulk(session, table, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        stamp_rows(session, chunk, table.__tablename__)
        session.execute(insert(table), chunk)


def build(database: Database, count: int, shifts_each: int, rng: random.Random) -> dict:
    started = clock.perf_counter()
    with database.transaction() as session:
        init_station(session, "BENCH-001", "基准测试社区服务站")
        session.info["station_code"] = "BENCH-001"
        maker = _PeopleMaker(rng, TODAY)
        people = [maker.person((18, 68), volunteer=True) for _ in range(count)]
        for p in people:
            p["name_pinyin"], p["name_initials"] = p["name_pinyin"], p["name_initials"]
        bulk(session, Person, people)
        volunteer_rows = [
            {
                "id": _uuid(rng),
                "person_id": p["id"],
                "volunteer_number": f"BENCH-001-V{i:05d}",
                "registered_on": date(2024, 1, 1),
                "skills": "|驾驶|",
                "availability": "",
                "status": "在册",
                "consent_id": None,
                "notes": "",
            }
            for i, p in enumerate(people, start=1)
        ]
        bulk(session, Volunteer, volunteer_rows)
        teams = [
            {"id": _uuid(rng), "name": f"队伍{i:03d}", "leader_id": None, "service_area": "", "description": ""}
            for i in range(110)
        ]
        bulk(session, VolunteerTeam, teams)
        bulk(
            session,
            TeamMembership,
            [
                {"team_id": rng.choice(teams)["id"], "volunteer_id": v["id"], "joined_on": date(2024, 1, 1)}
                for v in volunteer_rows
            ],
        )
        projects = [
            {"id": _uuid(rng), "name": f"项目{i:03d}", "team_id": rng.choice(teams)["id"], "description": ""}
            for i in range(98)
        ]
        bulk(session, VolunteerProject, projects)
        first_day, days = date(2025, 1, 1), (TODAY - date(2025, 1, 1)).days
        activity_rows = []
        for i in range(3000):
            project = rng.choice(projects)
            activity_rows.append(
                {
                    "id": _uuid(rng),
                    "name": f"{project['name']}活动{i}",
                    "project_id": project["id"],
                    "team_id": None,
                    "kind": "",
                    "held_on": first_day + timedelta(days=rng.randrange(days)),
                    "starts_at": time(9, 0),
                    "ends_at": time(11, 30),
                    "place": "活动室",
                    "organiser": "基准测试社区服务站",
                    "leader": "负责人",
                    "capacity": 0,
                    "target_group": "",
                }
            )
        big = {**activity_rows[0], "id": _uuid(rng), "name": "全街道志愿者大会", "held_on": TODAY}
        activity_rows.append(big)
        bulk(session, Activity, activity_rows)
        by_day: dict[date, list[str]] = {}
        for a in activity_rows:
            by_day.setdefault(a["held_on"], []).append(a["id"])
        now = datetime(2026, 6, 15, 12, 0).astimezone()
        shift_rows = []
        for v in volunteer_rows:
            for day in rng.sample(range(days), shifts_each):
                held_on = first_day + timedelta(days=day)
                start = datetime.combine(held_on, time(rng.choice((8, 9, 14)), rng.choice((0, 10, 30))))
                end = start + timedelta(minutes=rng.randint(60, 300))
                minutes = credit_minutes(start, end)
                confirmed = held_on < TODAY - timedelta(days=14)
                choices = by_day.get(held_on)
                shift_rows.append(
                    {
                        "volunteer_id": v["id"],
                        "activity_id": rng.choice(choices) if choices else None,
                        "post": "",
                        "content": "社区服务",
                        "service_date": held_on,
                        "signed_in_at": start,
                        "signed_out_at": end,
                        "computed_minutes": minutes,
                        "credited_minutes": minutes,
                        "correction_reason": "",
                        "confirmed_by": "负责人" if confirmed else None,
                        "confirmed_at": now if confirmed else None,
                    }
                )
            if len(shift_rows) >= 100_000:
                bulk(session, Shift, shift_rows)
                shift_rows = []
        bulk(session, Shift, shift_rows)
        bulk(
            session,
            ActivityParticipant,
            [
                {
                    "activity_id": big["id"],
                    "person_id": p["id"],
                    "role": "volunteer",
                    "attended": None,
                    "signed_in": None,
                    "signed_out": None,
                    "remark": "",
                }
                for p in people[:2000]
            ],
        )
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    return {
        "volunteer_ids": [v["id"] for v in volunteer_rows],
        "big_activity": big["id"],
        "seconds": clock.perf_counter() - started,
    }


def timed(function, runs: int) -> tuple[float, float]:
    """(cold, median of the warm runs) in milliseconds."""
    results = []
    for _ in range(runs):
        started = clock.perf_counter()
        function()
        results.append((clock.perf_counter() - started) * 1000)
    return results[0], statistics.median(results[1:] or results)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=10_000)
    parser.add_argument("--shifts-each", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(7)
    registry.load_features()
    folder = DataFolder(Path(tempfile.mkdtemp(prefix="sd-bench-volunteers-"))).ensure()
    database = Database.open(folder)
    built = build(database, args.volunteers, args.shifts_each, rng)
    database.reload_station()
    database.today = TODAY
    with database.session() as session:
        stats = registry.collect_stats(session)
    print(
        f"built in {built['seconds']:.1f} s: {stats['volunteers']} volunteers, {stats['shifts']} shifts, "
        f"{stats['activities']} activities; database {folder.database.stat().st_size / 1e6:.0f} MB"
    )
    sample = rng.sample(built["volunteer_ids"], 20)

    def page():
        with database.session() as session:
            volunteers.get_volunteer(session, rng.choice(sample))

    def first_page_of_list():
        with database.session() as session:
            volunteers.search_volunteers(session, volunteers.VolunteerQuery(), 0, 200)

    def year_totals():
        with database.session() as session:
            assert len(shifts.totals_by_volunteer(session, 2025)) > 0

    def team_and_project_totals():
        with database.session() as session:
            shifts.totals_by_team(session, 2025)
            shifts.totals_by_project(session, 2025)

    def sheet():
        with database.session() as session:
            pdf, _ = activities.signin_sheet_pdf(session, built["big_activity"], blank_rows=10)
            session.rollback()  # the audit entry is not what is measured
        assert pdf.startswith(b"%PDF")

    goals = [
        ("volunteer page (get_volunteer)", page, 21, 200),
        ("list, first page of 200", first_page_of_list, 11, None),
        ("yearly totals, all volunteers", year_totals, 5, 1000),
        ("yearly totals per team and per project", team_and_project_totals, 5, None),
        ("sign-in sheet, 2,000 rows + 10 blank", sheet, 3, 1500),
    ]
    failed = False
    for name, function, runs, limit in goals:
        cold, warm = timed(function, runs)
        verdict = "" if limit is None else ("  ok" if warm < limit else "  TOO SLOW")
        failed |= verdict == "  TOO SLOW"
        print(
            f"{name:42s} cold {cold:7.0f} ms   median {warm:7.0f} ms"
            + (f"   goal < {limit} ms" if limit else "")
            + verdict
        )
    database.close()
    shutil.rmtree(folder.root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
