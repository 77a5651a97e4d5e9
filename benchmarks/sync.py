"""Sync at scale, side by side with the bare tools: export against a plain sqlite3 read of the same
rows, import into a SQLite hub and into a station against a plain sqlite3 copy, import into a
PostgreSQL hub against a plain COPY of the same rows into a table of the hub's shape; peak memory of
each (every phase in its own process) at two sizes to show it stays flat. Part of the suite
(``measure``, run by run_all.py); on its own it also runs a growing PostgreSQL hub:

    PYTHONPATH=src .venv/bin/python benchmarks/run_all.py --only sync [--quick] [--pg URL]
    PYTHONPATH=src .venv/bin/python benchmarks/sync.py --growing --pg URL [--stations 5] [--per-station 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from suite import Measurement, Run, child, peak_rss_mb

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
    return child(Path(__file__), "--phase", name, *args)


def run_phase(name: str, args: list[str]) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
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
        source, target, shape = args
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            # the receiving table's shape: its definition and every index (the station's search and
            # statistics indexes, or the hub's sync-order and origin ones), as the import must keep them
            with closing(sqlite3.connect(shape)) as model:
                for (sql,) in model.execute(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = 'person' AND type IN ('table', 'index') "
                    "AND sql IS NOT NULL ORDER BY type = 'index'"
                ):
                    dst.execute(sql)
            columns = [row[1] for row in dst.execute("PRAGMA table_info(person)")]
            picked = ", ".join("'S-BENCH'" if c == "hub_written_by" else f'"{c}"' for c in columns)
            cursor = src.execute(f"SELECT {picked} FROM person ORDER BY change_seq")
            marks = ",".join("?" * len(columns))
            while batch := cursor.fetchmany(5000):
                dst.executemany(f"INSERT INTO person VALUES ({marks})", batch)
            dst.commit()
        detail["rows"] = sqlite3.connect(target).execute("SELECT count(*) FROM person").fetchone()[0]
    elif name == "pg-copy":
        detail["rows"] = _pg_copy(args[0], Path(args[1]))
    elif name == "export":
        from stationdesk.config import DataFolder
        from stationdesk.db.database import Database
        from stationdesk.sync.station import export_beside_check

        # as `stationdesk export` does it: the file's quick_check beside the export, still measured
        database = Database.open(DataFolder(Path(args[0])), check_integrity=False)
        summary = export_beside_check(database, Path(args[1]))
        database.close()
        detail = {"rows": summary.total, "bytes": Path(summary.path).stat().st_size}
    elif name == "import":
        from stationdesk.sync.hub import Hub

        hub = Hub.open(args[0], args[2] if len(args) > 2 else None)
        report = hub.import_bundle(Path(args[1]))
        hub.close()
        detail = {"rows": sum(sum(v.values()) for v in report["tables"].values()), "status": report["status"]}
    elif name == "station-import":
        from stationdesk.config import DataFolder
        from stationdesk.db.database import Database
        from stationdesk.sync.station import import_bundle

        database = Database.open(DataFolder(Path(args[0])))
        with database.transaction() as session:
            report = import_bundle(session, database.folder, Path(args[1]))
        database.close()
        detail = {"rows": sum(sum(v.values()) for v in report["tables"].values()), "status": report["status"]}
    else:
        raise SystemExit(f"unknown phase {name}")
    detail["seconds"] = round(time.perf_counter() - started, 3)
    detail["cpu_seconds"] = round(time.process_time() - cpu, 3)  # this process only, not a server's
    detail["peak_rss_mb"] = peak_rss_mb()
    return detail


def _pg_copy(url: str, rows_file: Path) -> int:
    """The floor of a PostgreSQL import: the rows, already in COPY's text form, streamed into a new
    table of the hub's shape (its columns, primary key and indexes) and committed."""
    import psycopg

    with psycopg.connect(_libpq(url)) as connection:
        connection.execute("DROP TABLE IF EXISTS floor_person")
        connection.execute("CREATE TABLE floor_person (LIKE person INCLUDING ALL)")
        with (
            open(rows_file, "rb") as source,
            connection.cursor() as cursor,
            cursor.copy("COPY floor_person FROM STDIN") as copy,
        ):
            while block := source.read(1 << 20):
                copy.write(block)
        connection.commit()
        count = connection.execute("SELECT count(*) FROM floor_person").fetchone()[0]
        connection.execute("DROP TABLE floor_person")
    return count


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def pg_rows_file(url: str, station_db: Path, target: Path) -> None:
    """The station's person rows in COPY's text form, in the hub table's column order (made once,
    before the floor is timed): copied into a scratch table through psycopg, then COPY TO a file."""
    import psycopg

    with closing(sqlite3.connect(station_db)) as source, psycopg.connect(_libpq(url)) as connection:
        columns = [
            r[0]
            for r in connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'person' "
                "ORDER BY ordinal_position"
            )
        ]
        connection.execute("CREATE TEMP TABLE scratch_person (LIKE person)")
        picked = ", ".join("'S-BENCH'" if c == "hub_written_by" else f'"{c}"' for c in columns)
        cursor = source.execute(f"SELECT {picked} FROM person")
        with connection.cursor() as pg, pg.copy("COPY scratch_person FROM STDIN") as copy:
            while batch := cursor.fetchmany(5000):
                for row in batch:
                    copy.write_row(row)
        with open(target, "wb") as out, connection.cursor() as pg, pg.copy("COPY scratch_person TO STDOUT") as copy:
            for data in copy:
                out.write(data)


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

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def copy_hub(source: Path, target: Path) -> Path:
    """A SQLite hub file and its keys folder under another name (a fresh hub for each repeat)."""
    shutil.copyfile(source, target)
    shutil.copytree(Path(f"{source}.keys"), Path(f"{target}.keys"))
    return target


def city_bundle(hub_template: Path, station_bundle: Path, work: Path) -> Path:
    """A city → station bundle of the station's N records, as if the city had written each of them:
    the station's bundle imported into a copy of the hub, every row marked as the city's, exported."""
    from stationdesk.sync.hub import Hub

    hub = Hub.open(str(copy_hub(hub_template, work / "city-hub.sqlite3")))
    hub.import_bundle(station_bundle)
    with hub.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE person SET hub_written_by = 'CITY'")
    written = hub.export_for("S-BENCH", work / "city.sdbundle")
    hub.close()
    return Path(written["path"])


def without_visit_basis(database_file: Path) -> None:
    """Drop the triggers that keep ``elder_visit_basis`` (migration 0013) up to date: what an import
    costs without them is what they cost."""
    with closing(sqlite3.connect(database_file)) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tr_visit_basis_%'"
            )
        ]
        assert names, "no elder_visit_basis triggers found"
        for name in names:
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.commit()


def emptied_station(enrolled: Path, target: Path) -> Path:
    """The enrolled station's folder (keys, enrolment) without its people: a station that receives
    the city's bundle of N new records."""
    shutil.copytree(enrolled, target)
    with closing(sqlite3.connect(target / "stationdesk.sqlite3")) as connection:
        connection.execute("DELETE FROM person")
        connection.commit()
        connection.execute("VACUUM")
    return target


SIZE_GOALS = {  # records -> (import within × a plain copy, export within × a plain read)
    1_000_000: (2.0, 1.5),
    100_000: (2.5, 2.5),
}
MEMORY_FLAT = 1.25  # peak RSS at the larger size within this many times that at the smaller


def measure(run: Run):
    """Each size: export, SQLite hub import, station import and (with a server) PostgreSQL hub
    import, each against its floor, ``run.repeats`` times alternately; then memory at both sizes."""
    sizes = (10_000, 100_000) if run.quick else (100_000, 1_000_000)
    rss: dict[str, dict[int, float]] = {}
    for count in sizes:
        label = f"{count:,} records"
        goals = SIZE_GOALS.get(count)
        folder = run.work / str(count)
        run.say(f"station with {label}")
        blank = make_station(folder / "blank", "S-BENCH", count, seed=1)
        station = folder / "station"
        shutil.copytree(blank, station)
        hub_template = folder / "hub.sqlite3"
        new_hub(str(hub_template), None)
        enrol(str(hub_template), None, station, "S-BENCH", folder)
        database_file = str(station / "stationdesk.sqlite3")
        bundle = folder / "bundle.sdbundle"
        figures: dict[str, list] = {
            k: []
            for k in ("read", "export", "copy", "copy_indexed", "import", "station", "station_bare", "pgcopy", "pg")
        }
        city = None
        for repeat in range(run.repeats):
            run.say(f"{label}: repeat {repeat + 1} of {run.repeats}")
            figures["read"].append(phase("sqlite-read", database_file, "S-BENCH"))
            figures["export"].append(phase("export", str(station), str(bundle)))
            target = folder / f"copy-{repeat}.sqlite3"
            figures["copy"].append(phase("sqlite-copy", database_file, str(target), str(hub_template)))
            target.unlink()
            figures["copy_indexed"].append(phase("sqlite-copy", database_file, str(target), database_file))
            target.unlink()
            hub = copy_hub(hub_template, folder / f"hub-{repeat}.sqlite3")
            figures["import"].append(phase("import", str(hub), str(bundle)))
            if city is None:
                city = city_bundle(hub_template, bundle, folder)
                empty = emptied_station(station, folder / "empty-station")
            receiving = folder / f"station-{repeat}"
            shutil.copytree(empty, receiving)
            figures["station"].append(phase("station-import", str(receiving), str(city)))
            shutil.rmtree(receiving)
            shutil.copytree(empty, receiving)  # the same import with the kept due-list table left alone
            without_visit_basis(receiving / "stationdesk.sqlite3")
            figures["station_bare"].append(phase("station-import", str(receiving), str(city)))
            shutil.rmtree(receiving)
            shutil.rmtree(hub.parent / f"{hub.name}.keys")
            hub.unlink()
            if run.pg_url:
                pgcopy, pg = _pg_repeat(run.pg_url, blank, folder, repeat)
                figures["pgcopy"].append(pgcopy)
                figures["pg"].append(pg)
        rss.setdefault("export", {})[count] = max(f["peak_rss_mb"] for f in figures["export"])
        rss.setdefault("SQLite hub import", {})[count] = max(f["peak_rss_mb"] for f in figures["import"])
        rss.setdefault("station import", {})[count] = max(f["peak_rss_mb"] for f in figures["station"])
        if run.pg_url:
            rss.setdefault("PostgreSQL hub import", {})[count] = max(f["peak_rss_mb"] for f in figures["pg"])
        if goals is None:
            shutil.rmtree(folder, ignore_errors=True)
            continue
        import_goal, export_goal = goals
        secs = {k: [f["seconds"] for f in v] for k, v in figures.items()}
        yield Measurement(f"sync: export, {label}", "s", secs["export"], export_goal, secs["read"], _READ_FLOOR)
        yield Measurement(
            f"sync: import into a SQLite hub, {label}", "s", secs["import"], import_goal, secs["copy"], _COPY_FLOOR
        )
        yield Measurement(
            f"sync: import into a station, {label}",
            "s",
            secs["station"],
            import_goal,
            secs["copy_indexed"],
            _INDEXED_COPY_FLOOR,
        )
        yield Measurement(
            f"sync: the same station import without the elder_visit_basis triggers, {label}",
            "s",
            secs["station_bare"],
            import_goal,
            secs["copy_indexed"],
            _INDEXED_COPY_FLOOR,
            note=_BASIS_NOTE,
        )
        if run.pg_url:
            yield Measurement(
                f"sync: import into a PostgreSQL hub, {label}",
                "s",
                secs["pg"],
                2.0,
                secs["pgcopy"],
                _PG_FLOOR,
                note=_PG_NOTE,
            )
        shutil.rmtree(folder, ignore_errors=True)
    from stationdesk.sync.hub import PAGE_CACHE_MIB

    small, large = sizes
    for what, by_size in rss.items():
        # the SQLite hub's page cache fills as its file grows, up to its cap, whatever the number of records:
        # flat for it means within the same ratio once that cap is allowed for
        cache = PAGE_CACHE_MIB if what == "SQLite hub import" else 0
        yield Measurement(
            f"sync: {what}, peak memory at {large:,} against {small:,} records",
            "MB",
            [by_size[large]],
            round(MEMORY_FLAT + cache / by_size[small], 2),
            [by_size[small]],
            "memory: the peak RSS (VmHWM) of the same phase at the smaller size; flat means within "
            f"{MEMORY_FLAT}×, and for the SQLite hub within {MEMORY_FLAT}× plus its page cache, which grows with "
            f"the hub's file up to {PAGE_CACHE_MIB} MiB and no further (PRAGMA cache_size; with 4 MiB the same "
            "import peaked at 87–88 MB at both sizes).",
        )


_READ_FLOOR = (
    "export floor: plain sqlite3 reading every row the export sends (SELECT * … ORDER BY change_seq), "
    "in a fresh process like the export."
)
_COPY_FLOOR = (
    "import floor: plain sqlite3 copying every row into a new table of the hub's shape (its definition, "
    "with hub_written_by, its primary key and its two indexes), executemany in batches of 5,000, one commit."
)
_INDEXED_COPY_FLOOR = (
    "station import floor: the same plain copy into a table with the station's indexes on person (search by "
    "pinyin, ID and roles, statistics, sync order: ten in all), as the receiving station must keep them."
)
_PG_FLOOR = (
    "PostgreSQL floor: COPY FROM STDIN of the same rows, already in COPY's text form, into a new table of "
    "the hub's shape (columns, primary key, indexes), committed."
)
_BASIS_NOTE = (
    "without the triggers: the receiving station's copy has the elder_visit_basis triggers (migration 0013, "
    "kept for the due list) dropped beforehand; the import sets them aside itself and works the table out in "
    "one pass, so the two rows should be the same."
)
_PG_NOTE = "PostgreSQL is the throwaway cluster of scripts/_postgres.sh: fsync=off, so its figures are optimistic."


def _pg_repeat(url: str, blank: Path, folder: Path, repeat: int) -> tuple[dict, dict]:
    """A fresh PostgreSQL hub, the blank station enrolled with it and exported (not timed); then the
    floor and the import."""
    reset_pg(url)
    keys = str(folder / f"pg-keys-{repeat}")
    new_hub(url, keys)
    station = folder / f"pg-station-{repeat}"
    shutil.copytree(blank, station)
    enrol(url, keys, station, "S-BENCH", folder)
    bundle = folder / f"pg-{repeat}.sdbundle"
    phase("export", str(station), str(bundle))
    rows = folder / "pg-rows.copy"
    if not rows.exists():
        pg_rows_file(url, station / "stationdesk.sqlite3", rows)
    floor = phase("pg-copy", url, str(rows))
    ours = phase("import", url, str(bundle), keys)
    shutil.rmtree(station)
    shutil.rmtree(keys)
    bundle.unlink()
    return floor, ours


def pg_database_mb(url: str) -> float:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("STATIONDESK_TEST_PG_URL"))
    parser.add_argument("--growing", action="store_true", help="several stations into one growing PostgreSQL hub")
    parser.add_argument("--stations", type=int, default=5)
    parser.add_argument("--per-station", type=int, default=100_000)
    parser.add_argument("--phase")
    args, rest = parser.parse_known_args()
    if args.phase:
        print(json.dumps(run_phase(args.phase, rest)))
        return
    if not args.growing or not args.pg:
        raise SystemExit("the suite's sync figures: benchmarks/run_all.py --only sync; this script: --growing --pg URL")
    work = Path(tempfile.mkdtemp(prefix="sd-bench-"))
    try:
        print(json.dumps(growing_hub(args.pg, args.stations, args.per_station, work), indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
