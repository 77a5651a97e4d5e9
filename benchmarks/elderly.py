"""Elderly-care scale run: 1,000,000 visits, then time an elder's timeline and the due list.

    PYTHONPATH=src .venv/bin/python benchmarks/elderly.py [--people 100000] [--visits 1000000] [--keep DIR]

Goals (issue 3): with 1,000,000 visits an elder's timeline opens in under 200 ms and the due list in
under 300 ms. Rows go in with bulk inserts (``stamp_rows``), like the demo.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.elderly import Assessment, Visit
from stationdesk.db.models.people import Person
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain import ability_assessment as gbt
from stationdesk.services import registry
from stationdesk.services.accounts import create_administrator, log_in
from stationdesk.services.demo import DEMO_PASSWORD, make_people
from stationdesk.services.elder_care import due_list, due_page, elder_overview
from stationdesk.services.station import init_station
from stationdesk.services.visits import list_visits
from suite import HERE, Measurement, Run, child, seconds

TODAY = date(2026, 6, 15)
CHUNK = 20_000


def timed(label: str, function, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    print(f"{label}: median {median:.0f} ms (min {min(times):.0f}, max {max(times):.0f}, {repeat} runs)")
    return median


def build(folder: DataFolder, people: int, visits: int, rng: random.Random) -> tuple[Database, list[str]]:
    """A station with ``people`` demo people, ``visits`` visits over three years and three final
    assessments per elder, analysed; returns the open database and the elders' ids."""
    registry.load_features()
    database = Database.open(folder)
    database.today = TODAY
    started = time.perf_counter()
    with database.transaction() as session:
        init_station(session, "BENCH-001", "基准测试服务站")
        create_administrator(session, "admin", "基准站长", DEMO_PASSWORD)  # the GUI figures log in as the demo's
    database.reload_station()
    with database.transaction() as session:
        make_people(session, rng, people)
        elders = list(session.execute(select(Person.id).where(Person.is_elder.is_(True))).scalars())
    print(f"{people} people, {len(elders)} elders in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    done = 0
    while done < visits:
        rows = []
        for _ in range(min(CHUNK, visits - done)):
            rows.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "elder_id": rng.choice(elders),
                    "visited_on": TODAY - timedelta(days=rng.randrange(0, 3 * 365)),
                    "start_time": "09:00",
                    "end_time": "09:40",
                    "kind": "上门走访",
                    "living_situation": "独居，房屋整洁",
                    "blood_pressure": "135/85",
                    "blood_glucose": "",
                    "health_note": "",
                    "risks": "|跌倒风险|",
                    "services": "|生活照料|健康监测|",
                    "needs": "",
                    "ability_changed": False,
                    "satisfaction": "满意",
                    "recorder": "李社工",
                }
            )
        with database.transaction() as session:
            stamp_rows(session, rows, "visit")
            session.execute(insert(Visit), rows)
        done += len(rows)
    scores = {code: item.max_score for code, item in gbt.ITEMS.items()}
    assessments = []
    for elder_id in elders:
        for months in (18, 12, 6):
            total = rng.randint(20, 90)
            assessments.append(
                {
                    "elder_id": elder_id,
                    "assessed_on": TODAY - timedelta(days=months * 30),
                    "reason": "常规",
                    "status": "final",
                    "assessor_1": "李社工",
                    "assessor_2": "陈护士",
                    "informant": "本人",
                    "informant_relation": "本人",
                    "coma": False,
                    "dementia": False,
                    "risk_events_30_days": 0,
                    "risk_event_kinds": "",
                    "total": total,
                    "preliminary_level": gbt.level_for_total(total),
                    "level": gbt.level_for_total(total),
                    "notes": "",
                }
            )
    with database.transaction() as session:
        for start in range(0, len(assessments), CHUNK):
            chunk = assessments[start : start + CHUNK]
            stamp_rows(session, chunk, "assessment")
            session.execute(insert(Assessment), chunk)
    del scores
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    print(
        f"{visits} visits and {len(assessments)} assessments in {time.perf_counter() - started:.1f} s", file=sys.stderr
    )
    log_in(database, "admin", DEMO_PASSWORD)  # read as a user with the right to see the records
    return database, elders


def measure(run: Run):
    """The due list's first page (with the count of all due) at 44,000 elders and 1,000,000 visits
    (quick: 8,800 elders, 200,000 visits); goal: within 100 ms."""
    people, visits = (20_000, 200_000) if run.quick else (100_000, 1_000_000)
    run.say(f"station with {people:,} people and {visits:,} visits")
    database, elders = build(DataFolder(run.work / "station").ensure(), people, visits, random.Random(7))
    try:
        with database.session() as session:
            due_page(session, 0, 0, 200)  # warm: the first page a user opens after start is warm too
            times = [seconds(lambda: due_page(session, 0, 0, 200)) * 1000 for _ in range(max(run.repeats, 5))]
    finally:
        database.close()
    yield Measurement(
        f"due-visits list, first 200 rows and the count, {len(elders):,} elders, {visits:,} visits", "ms", times, 100
    )
    # GUI memory on the same station, and on one a tenth its size to show it is flat
    small = (people // 10, visits // 10)
    run.say(f"station with {small[0]:,} people and {small[1]:,} visits")
    build(DataFolder(run.work / "small").ensure(), *small, random.Random(8))[0].close()
    large_mb = [gui_memory(run.work / "station") for _ in range(2)]
    small_mb = [gui_memory(run.work / "small") for _ in range(2)]
    yield Measurement(f"GUI memory after opening every page, {people:,} people, {visits:,} visits", "MB", large_mb, 250)
    yield Measurement(
        f"GUI memory, {people:,} people and {visits:,} visits against a tenth of that",
        "MB",
        large_mb,
        1.25,
        small_mb,
        "GUI memory: resident memory (VmRSS) of the program after every page was opened and had loaded "
        "(offscreen); flat means within 1.25× of the same at a tenth of the records.",
    )


def gui_memory(folder: Path) -> float:
    """Resident MB of the GUI on ``folder`` after every page was opened (benchmarks/people.py)."""
    figures = child(
        HERE / "people.py", "--data-dir", str(folder), "--measure-memory", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    return figures["rss_mb"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--keep", help="data folder to fill (default: a temporary one)")
    args = parser.parse_args()
    folder = DataFolder(Path(args.keep or tempfile.mkdtemp(prefix="sd-elderly-"))).ensure()
    rng = random.Random(7)
    database, elders = build(folder, args.people, args.visits, rng)
    busiest = rng.choice(elders)
    with database.session() as session:
        count = len(elder_overview(session, busiest).timeline)
        results = {
            "timeline": timed(
                f"elder's page (overview + timeline of {count} entries)",
                lambda: elder_overview(session, rng.choice(elders)),
            ),
            "due": timed(
                f"due list page: first 200 rows + count ({due_page(session, 0, 0, 200).total} elders due "
                f"of {len(elders)})",
                lambda: due_page(session, 0, 0, 200),
            ),
        }
        timed("whole due list as records (not what a screen loads)", lambda: due_list(session), repeat=3)
        timed("visits list, first page of 200", lambda: list_visits(session, limit=200))
        timed("visits list, search by a surname", lambda: list_visits(session, text="王", limit=200))
    database.close()
    ok = results["timeline"] < 200 and results["due"] < 300
    print("goals met" if ok else "GOALS MISSED: timeline < 200 ms, due list < 300 ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
