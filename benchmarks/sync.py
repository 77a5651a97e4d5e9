"""Sync at scale: export and import of N person records (default 1,000,000) against plain sqlite3
reading / copying the same rows, side by side in one run; peak memory of each phase (RSS, each
phase in its own process) at N and at N/10 to show it stays flat; and, when a PostgreSQL server is
given (--pg URL or STATIONDESK_TEST_PG_URL), the same import into a PostgreSQL hub plus a run of
several stations' bundles into one growing hub to show the rate holds.

    PYTHONPATH=src .venv/bin/python benchmarks/sync.py [--records 1000000] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "秀英桂兰玉兰淑珍建国建华志强伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英子涵雨轩浩宇欣怡梓萱"


def _rows(code: str, count: int, seed: int):
    from stationdesk.db.base import new_id

    rng = random.Random(seed)
    born = date(1930, 1, 1)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    for index in range(count):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        yield {
            "id": new_id(),
            "name": name,
            "gender": rng.choice("MF"),
            "birth_date": born + timedelta(days=rng.randrange(30000)),
            "id_number": None,
            "phone": f"13{rng.randrange(10**9):09d}",
            "community": f"第{index % 40}社区",
            "building": str(rng.randrange(1, 30)),
            "unit": str(rng.randrange(1, 6)),
            "room": str(rng.randrange(101, 2800)),
            "household_head_id": None,
            "tags": "|独居|高龄|" if rng.random() < 0.2 else "",
            "is_elder": rng.random() < 0.4,
            "is_child": rng.random() < 0.2,
            "is_guardian": False,
            "is_volunteer": rng.random() < 0.05,
            "alias": "",
            "emergency_contact": "",
            "emergency_phone": "",
            "notes": "每周电话回访" if rng.random() < 0.3 else "",
            "name_pinyin": "wang xiu ying",
            "name_initials": "wxy",
            "created_at": now,
        }


def make_station(root: Path, code: str, count: int, seed: int) -> Path:
    """A station data folder with ``count`` people, written in chunks with stamp_rows."""
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.db.models.people import Person
    from stationdesk.db.stamping import stamp_rows
    from stationdesk.services.station import init_station

    folder = DataFolder(root / code).ensure()
    database = Database.open(folder)
    with database.transaction() as session:
        init_station(session, code, f"{code} 站")
    database.reload_station()
    chunk = []
    with database.transaction() as session:
        for row in _rows(code, count, seed):
            chunk.append(row)
            if len(chunk) == 20_000:
                stamp_rows(session, chunk)
                session.execute(Person.__table__.insert(), chunk)
                chunk = []
        if chunk:
            stamp_rows(session, chunk)
            session.execute(Person.__table__.insert(), chunk)
    database.close()
    return folder.root


def phase(name: str, *args: str) -> dict:
    """Run one phase in a fresh process; return its seconds and peak RSS."""
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE.parent / "src")},
    )
    if out.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_phase(name: str, args: list[str]) -> dict:
    started = time.perf_counter()
    detail = {}
    if name == "sqlite-read":
        with closing(sqlite3.connect(args[0])) as connection:
            n = 0
            for _ in connection.execute(
                "SELECT * FROM person WHERE change_seq > 0 AND origin_station = ? ORDER BY change_seq", (args[1],)
            ):
                n += 1
        detail["rows"] = n
    elif name == "sqlite-copy":
        source, target = args
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            ddl = src.execute("SELECT sql FROM sqlite_master WHERE name = 'person'").fetchone()[0]
            dst.execute(ddl)
            cursor = src.execute("SELECT * FROM person ORDER BY change_seq")
            marks = ",".join("?" * len(cursor.description))
            while batch := cursor.fetchmany(5000):
                dst.executemany(f"INSERT INTO person VALUES ({marks})", batch)
            dst.commit()
        detail["rows"] = sqlite3.connect(target).execute("SELECT count(*) FROM person").fetchone()[0]
    elif name == "export":
        from stationdesk.config import DataFolder
        from stationdesk.db.database import Database
        from stationdesk.sync.station import export_bundle

        database = Database.open(DataFolder(Path(args[0])))
        with database.transaction() as session:
            summary = export_bundle(session, database.folder, Path(args[1]))
        database.close()
        detail = {"rows": summary.total, "bytes": Path(summary.path).stat().st_size}
    elif name == "import":
        from stationdesk.sync.hub import Hub

        hub = Hub.open(args[0], args[2] if len(args) > 2 else None)
        report = hub.import_bundle(Path(args[1]))
        hub.close()
        detail = {"rows": sum(sum(v.values()) for v in report["tables"].values()), "status": report["status"]}
    else:
        raise SystemExit(f"unknown phase {name}")
    detail["seconds"] = round(time.perf_counter() - started, 2)
    detail["peak_rss_mb"] = peak_rss_mb()
    return detail


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would include the parent's before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def enrol(hub_db: str, keys: str | None, station_root: Path, code: str, work: Path) -> None:
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.sync.hub import Hub
    from stationdesk.sync.station import enroll

    hub = Hub.open(hub_db, keys)
    hub.enroll(code, code, work / f"{code}.json")
    hub.close()
    database = Database.open(DataFolder(station_root))
    with database.transaction() as session:
        enroll(session, database.folder, work / f"{code}.json")
    database.close()


def new_hub(url: str, keys: str | None):
    from stationdesk.sync.hub import Hub

    Hub.init(url, "基准测试市", "CITY", keys).close()


def reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    )
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--pg", default=os.environ.get("STATIONDESK_TEST_PG_URL"))
    parser.add_argument("--stations", type=int, default=5, help="stations in the growing-hub run")
    parser.add_argument("--per-station", type=int, default=100_000)
    parser.add_argument("--growing-only", action="store_true", help="only the growing PostgreSQL hub run")
    parser.add_argument("--phase")
    args, rest = parser.parse_known_args()
    if args.phase:
        print(json.dumps(run_phase(args.phase, rest)))
        return
    work = Path(tempfile.mkdtemp(prefix="sd-bench-"))
    results: dict = {"records": args.records}
    try:
        for label, count in (
            () if args.growing_only else (("small", max(args.records // 10, 1000)), ("full", args.records))
        ):
            started = time.perf_counter()
            root = make_station(work / label, "S-BENCH", count, seed=1)
            database_file = str(root / "stationdesk.sqlite3")
            hub_db = str(work / label / "hub.sqlite3")
            new_hub(hub_db, None)
            enrol(hub_db, None, root, "S-BENCH", work / label)
            build = time.perf_counter() - started
            bundle = str(work / label / "bundle.sdbundle")
            row = {
                "rows": count,
                "build_seconds": round(build, 1),
                "sqlite_read": phase("sqlite-read", database_file, "S-BENCH"),
                "export": phase("export", str(root), bundle),
                "sqlite_copy": phase("sqlite-copy", database_file, str(work / label / "copy.sqlite3")),
                "import_sqlite_hub": phase("import", hub_db, bundle),
            }
            if args.pg:
                reset_pg(args.pg)
                keys = str(work / label / "pg-keys")
                new_hub(args.pg, keys)
                pg_bundle = str(work / label / "bundle-pg.sdbundle")
                # the station is now enrolled with the PostgreSQL hub: a fresh export for it
                shutil.rmtree(root / "keys", ignore_errors=True)
                row["import_pg_hub"] = phase(
                    "import", args.pg, phase_export_for_pg(root, pg_bundle, work / label, args.pg, keys), keys
                )
            row["export_vs_read"] = round(row["export"]["seconds"] / max(row["sqlite_read"]["seconds"], 0.001), 2)
            row["import_vs_copy"] = round(
                row["import_sqlite_hub"]["seconds"] / max(row["sqlite_copy"]["seconds"], 0.001), 2
            )
            results[label] = row
            print(json.dumps({label: row}, ensure_ascii=False), flush=True)
            shutil.rmtree(work / label, ignore_errors=True)
        if args.pg and args.stations:
            results["growing_pg_hub"] = growing_hub(args.pg, args.stations, args.per_station, work)
            print(json.dumps({"growing_pg_hub": results["growing_pg_hub"]}), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, ensure_ascii=False, indent=1))


def phase_export_for_pg(root: Path, bundle: str, work: Path, url: str, keys: str) -> str:
    """Re-enrol the benchmark station with the PostgreSQL hub and export for it."""
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database

    database = Database.open(DataFolder(root))
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM sync_enrolment")
    database.close()
    enrol(url, keys, root, "S-BENCH", work)
    phase("export", str(root), bundle)
    return bundle


def pg_database_mb(url: str) -> float:
    from sqlalchemy import create_engine, text

    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    )
    with engine.connect() as connection:
        size = connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    engine.dispose()
    return round(size / 2**20, 1)


def growing_hub(url: str, stations: int, per_station: int, work: Path) -> list[dict]:
    """Several stations' bundles into one PostgreSQL hub: the import rate of the last ~ the first."""
    reset_pg(url)
    keys = str(work / "grow-keys")
    new_hub(url, keys)
    out = []
    for number in range(stations):
        code = f"S-{number:03d}"
        root = make_station(work / "grow", code, per_station, seed=number + 10)
        enrol(url, keys, root, code, work / "grow")
        bundle = str(work / "grow" / f"{code}.sdbundle")
        phase("export", str(root), bundle)
        result = phase("import", url, bundle, keys)
        result["rows_per_second"] = round(per_station / result["seconds"])
        result["hub_rows_before"] = number * per_station
        result["hub_database_mb"] = pg_database_mb(url)
        out.append(result)
        print(json.dumps({code: result}), flush=True)
        shutil.rmtree(root, ignore_errors=True)
    return out


if __name__ == "__main__":
    main()
