"""The three lists at scale (issue 10): 50,000 needs, 2,000 resources, 500 services, 200,000 service records —

  suggestions for one need     < 100 ms   (matching.suggestions_for: every kind, scored and explained)
  each list page opens         < 200 ms   (the page's first fetch with its count, and the page itself, offscreen)

    PYTHONPATH=src .venv/bin/python benchmarks/lists.py [--needs 50000] [--records 200000] [--no-pages]

``run(...)`` builds a fresh station in a temporary folder (people, visits, volunteers and teams by the demo
steps, then the lists by ``services.lists_demo.make_lists`` at the asked scale) and returns the figures, so a
suite can call it; the script prints them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time as clock
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.lists import Need, Resource, ServiceRecord, StationService
from stationdesk.domain.needs import OPEN_STATES
from stationdesk.domain.periods import parse_period
from stationdesk.services import matching, needs, registry, resources, service_records, station_services
from stationdesk.services.demo import DemoOptions, make_people
from stationdesk.services.lists_demo import ListsScale, make_lists
from stationdesk.services.station import init_station
from stationdesk.services.statistics import framework, report

TODAY = date(2026, 6, 15)


def _timed(function, runs: int = 7) -> tuple[float, float, object]:
    """(cold ms, median ms of the warm runs, the last result)."""
    times, result = [], None
    for _ in range(runs):
        started = clock.perf_counter()
        result = function()
        times.append((clock.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:] or times), result


def build(database: Database, people: int, scale: ListsScale, seed: int) -> dict:
    """A station with the registry, the other features' demo records and the lists at ``scale``."""
    started = clock.perf_counter()
    rng = random.Random(seed)
    with database.transaction() as session:
        make_people(session, rng, people)
        options = DemoOptions(seed=seed, people=people)
        for step in registry.DEMO_STEPS:
            if step.name != "demo_lists":
                step.run(session, rng, options)
        made = make_lists(session, rng, scale)
    made["seconds"] = round(clock.perf_counter() - started, 1)
    return made


def _open_needs(session, count: int) -> list[str]:
    """Open needs spread over the categories, the ones a worker would ask suggestions for."""
    rows = session.execute(
        select(Need.id, Need.category).where(Need.deleted.is_(False), Need.state.in_(OPEN_STATES)).order_by(Need.id)
    ).all()
    by_category: dict[str, list[str]] = {}
    for need_id, category in rows:
        by_category.setdefault(category, []).append(need_id)
    picked: list[str] = []
    while len(picked) < count and any(by_category.values()):
        for ids in by_category.values():
            if ids and len(picked) < count:
                picked.append(ids.pop())
    return picked


def service_figures(database: Database) -> dict:
    figures: dict = {}
    with database.session() as session:
        figures["rows"] = {
            model.__tablename__: session.execute(
                select(func.count()).select_from(model).where(model.deleted.is_(False))
            ).scalar_one()
            for model in (Need, Resource, StationService, ServiceRecord)
        }
        suggestion_ms = []
        for need_id in _open_needs(session, 20):
            _cold, warm, rows = _timed(lambda n=need_id: matching.suggestions_for(session, n), runs=3)
            suggestion_ms.append(warm)
        figures["suggestions_ms"] = {
            "needs": len(suggestion_ms),
            "median": round(statistics.median(suggestion_ms), 1),
            "max": round(max(suggestion_ms), 1),
            "candidates_last": len(rows),
        }
        first_pages = {
            "needs_open": lambda: needs.search_needs(session, needs.NeedQuery(state="open"), 0, 200),
            "needs_all": lambda: needs.search_needs(session, needs.NeedQuery(), 0, 200),
            "needs_overdue": lambda: needs.search_needs(session, needs.NeedQuery(overdue_only=True), 0, 200),
            "needs_text": lambda: needs.search_needs(session, needs.NeedQuery(text="助餐"), 0, 200),
            "resources": lambda: (
                resources.search_resources(session, resources.ResourceQuery(status="active"), 0, 200),
                resources.count_resources(session, resources.ResourceQuery(status="active")),
            ),
            "resources_spare": lambda: resources.search_resources(
                session, resources.ResourceQuery(spare_only=True), 0, 200
            ),
            "services": lambda: station_services.search_services(
                session, station_services.ServiceQuery(status="active"), 0, 200
            ),
            "service_records": lambda: service_records.list_services_given(
                session, service_records.GivenQuery(), 0, 200
            ),
            "service_records_page_20": lambda: service_records.list_services_given(
                session, service_records.GivenQuery(), 4000, 200
            ),
            "home_needs": lambda: needs.home_needs(session),
        }
        figures["first_page_ms"] = {}
        for name, fetch in first_pages.items():
            cold, warm, _ = _timed(fetch)
            figures["first_page_ms"][name] = {"cold": round(cold, 1), "warm": round(warm, 1)}
        resource_id = session.execute(select(Resource.id).order_by(Resource.id).limit(1)).scalar_one()
        _cold, warm, found = _timed(lambda: matching.needs_for_offer(session, "resource", resource_id), runs=5)
        figures["needs_for_a_resource_ms"] = {"warm": round(warm, 1), "found": len(found)}
        month = parse_period("2026-05")
        needs_figures = [i for i in framework.indicators() if i.section == "needs"]
        _cold, warm, _ = _timed(lambda: report.station_engine(session).figures_for(needs_figures, [month]), runs=3)
        figures["needs_statistics_month_ms"] = {"warm": round(warm, 1), "indicators": len(needs_figures)}
    return figures


def page_figures(database: Database) -> dict:
    """Each list page as a user opens it: constructed, its first page fetched on the database thread and shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner
    from stationdesk.ui.pages.needs_page import NeedsPage
    from stationdesk.ui.pages.resources_page import ResourcesPage
    from stationdesk.ui.pages.service_records_page import ServiceRecordsPage
    from stationdesk.ui.pages.services_page import ServicesPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runner = DatabaseRunner(database)
    context = AppContext(db=runner, folder=database.folder, station=database.station)
    out = {}
    for name, page_class in (
        ("needs", NeedsPage),
        ("resources", ResourcesPage),
        ("services", ServicesPage),
        ("service_records", ServiceRecordsPage),
    ):
        times = []
        for _ in range(5):
            started = clock.perf_counter()
            page = page_class(context)
            page.resize(1300, 800)
            page.show()
            while not (runner.is_idle() and page.model.rowCount() > 0):
                app.processEvents()
                clock.sleep(0.001)
            app.processEvents()
            times.append((clock.perf_counter() - started) * 1000)
            page.close()
            page.deleteLater()
        out[name] = {"cold": round(times[0], 1), "median": round(statistics.median(times[1:]), 1)}
    runner.stop()
    return out


def run(
    needs_count: int = 50_000,
    resources_count: int = 2_000,
    services_count: int = 500,
    records: int = 200_000,
    people: int = 20_000,
    seed: int = 10,
    pages: bool = True,
) -> dict:
    """Build the station at this scale and return every figure (milliseconds unless named otherwise)."""
    registry.load_features()
    root = Path(tempfile.mkdtemp(prefix="lists-bench-"))
    try:
        folder = DataFolder(root).ensure()
        database = Database.open(folder)
        with database.transaction() as session:
            init_station(session, "BENCH-001", "基准测试社区服务站")
        database.reload_station()
        database.today = TODAY
        met_share = 0.8  # of the needs; each met need has its service record
        scale = ListsScale(
            needs=needs_count,
            visit_needs=0,
            extra_records=max(0, records - int(needs_count * met_share)),
            resources=max(0, resources_count - 15),
            services=max(0, services_count - 11),
        )
        figures = {"build": build(database, people, scale, seed)}
        figures.update(service_figures(database))
        if pages:
            figures["page_open_ms"] = page_figures(database)
        figures["database_mb"] = round(folder.database.stat().st_size / 2**20, 1)
        database.close()
        return figures
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--needs", type=int, default=50_000)
    parser.add_argument("--resources", type=int, default=2_000)
    parser.add_argument("--services", type=int, default=500)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--no-pages", action="store_true", help="services only, no Qt")
    args = parser.parse_args()
    figures = run(args.needs, args.resources, args.services, args.records, args.people, pages=not args.no_pages)
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
