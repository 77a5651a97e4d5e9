"""Kill -9 at random points of export, import, backup and restore, then check what is left.

Each run starts from the same prepared scene (a demo station enrolled with a city hub on SQLite, a
bundle the station exported, a backup of the station), starts the operation in its own process and
kills it with SIGKILL a random time after it began (uniform over 1.1 × the operation's measured
duration, so some runs finish). Then:

- the station's database (or the hub's) passes ``PRAGMA integrity_check``;
- export: every ``.sdbundle`` under its final name is whole (the hub checks it with a dry run);
- import (a station bundle into the hub): all or nothing — the hub holds none of its people, or all
  of them with the station's sequence moved on;
- backup: every ``stationdesk-….sqlite3`` in the backups folder is a sound, readable backup;
- restore: after the next start the station holds either the data it had or the backup's, whole.

    PYTHONPATH=src .venv/bin/python benchmarks/faults.py [--runs 50] [--people 600] [--seed 1]

The test suite runs the same harness a few times per operation (tests/faults/test_kill_nine.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPERATIONS = ("export", "import", "backup", "restore")
STATION_CODE = "S-KILL"


@dataclass
class Scene:
    """Pristine copies to start each run from, and where the runs happen."""

    root: Path

    @property
    def pristine(self) -> Path:
        return self.root / "pristine"

    @property
    def work(self) -> Path:
        return self.root / "work"

    def station(self, base: Path | None = None):
        from stationdesk.config import DataFolder

        return DataFolder((base or self.work) / "station")

    def hub_db(self, base: Path | None = None) -> Path:
        return (base or self.work) / "city" / "hub.sqlite3"

    def bundle(self, base: Path | None = None) -> Path:
        return (base or self.work) / "station-bundle.sdbundle"

    def backup_file(self, base: Path | None = None) -> Path:
        return (base or self.work) / "older-backup.sqlite3"

    def usb(self, base: Path | None = None) -> Path:
        return (base or self.work) / "usb"


def prepare(root: Path, people: int, seed: int = 1) -> Scene:
    """Make the pristine scene: station with demo data, enrolled; its bundle; an older backup."""
    from stationdesk.db import backups
    from stationdesk.db.database import Database
    from stationdesk.services import registry
    from stationdesk.services.accounts import program_actor
    from stationdesk.services.demo import DemoOptions, run_demo
    from stationdesk.services.people import PersonInput, add_person
    from stationdesk.services.station import init_station
    from stationdesk.sync import station as sync_station
    from stationdesk.sync.hub import Hub

    scene = Scene(root)
    base = scene.pristine
    registry.load_features()
    folder = scene.station(base).ensure()
    database = Database.open(folder)
    database.actor = program_actor("faults")  # the harness builds its station itself, as the demo does
    with database.transaction() as session:
        init_station(session, STATION_CODE, "断电测试站")
    database.reload_station()
    with database.transaction() as session:
        run_demo(session, DemoOptions(seed=seed, people=people))
    hub_db = scene.hub_db(base)
    hub_db.parent.mkdir(parents=True)
    hub = Hub.init(str(hub_db), "江门市民政局", "CITY")
    enrolment = base / "enrol.json"
    hub.enroll(STATION_CODE, "断电测试站", enrolment)
    with database.transaction() as session:
        sync_station.enroll(session, folder, enrolment)
    with database.transaction() as session:
        sync_station.export_bundle(session, folder, scene.bundle(base))
    # the backup to restore holds fewer people than the station has now
    older = backups.write_backup(folder.database, folder.backups, "manual")
    shutil.move(older.path, scene.backup_file(base))
    with database.transaction() as session:
        for index in range(20):
            add_person(session, PersonInput(name=f"备份后登记{index}", roles=("elder",), birth_date=date(1950, 1, 1)))
    database.close()
    hub.close()
    scene.usb(base).mkdir()
    return scene


def reset(scene: Scene) -> None:
    shutil.rmtree(scene.work, ignore_errors=True)
    shutil.copytree(scene.pristine, scene.work)


# ---------------------------------------------------------------------------------------- worker


def worker(operation: str, root: Path) -> None:
    """The operation, in its own process: prints ``ready`` just before it starts, ``done`` after."""
    from stationdesk.db import backups
    from stationdesk.db.database import Database
    from stationdesk.services import backups as backup_service
    from stationdesk.services import registry
    from stationdesk.sync import station as sync_station
    from stationdesk.sync.hub import Hub

    registry.load_features()
    scene = Scene(root)
    folder = scene.station()
    if operation == "export":
        database = Database.open(folder)
        print("ready", flush=True)
        with database.transaction() as session:
            sync_station.export_bundle(session, folder, scene.usb())
    elif operation == "import":
        hub = Hub.open(str(scene.hub_db()))
        print("ready", flush=True)
        hub.import_bundle(scene.bundle())
    elif operation == "backup":
        print("ready", flush=True)
        backups.write_backup(folder.database, folder.backups, "manual")
    elif operation == "restore":
        print("ready", flush=True)
        backup_service.restore_into(folder, scene.backup_file())
    else:
        raise SystemExit(f"unknown operation {operation}")
    print("done", flush=True)


def run_once(scene: Scene, operation: str, kill_after: float | None) -> tuple[bool, float]:
    """Start the operation; SIGKILL it ``kill_after`` seconds after it began (None: let it finish).
    Returns (killed, seconds it ran)."""
    environment = {**os.environ, "PYTHONPATH": str(HERE.parent / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--worker", operation, str(scene.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if line.strip() != "ready":
        raise RuntimeError(f"{operation} worker did not start: {line}{process.communicate()[1]}")
    started = time.perf_counter()
    if kill_after is None:
        _, err = process.communicate(timeout=600)
        if process.returncode != 0:
            raise RuntimeError(f"{operation} failed without a kill: {err[-2000:]}")
        return False, time.perf_counter() - started
    try:
        process.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.communicate()
        return True, time.perf_counter() - started
    process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"{operation} failed on its own (exit {process.returncode})")
    return False, time.perf_counter() - started


# ---------------------------------------------------------------------------------------- checks


@dataclass
class Before:
    """What the checks compare with, read from the pristine scene once."""

    station_people: set[str] = field(default_factory=set)
    backup_people: set[str] = field(default_factory=set)
    bundle_people: int = 0
    bundle_up_to: int = 0


def _people(database_file: Path) -> set[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"{database_file.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return {r[0] for r in connection.execute("SELECT id FROM person WHERE NOT deleted")}


def read_before(scene: Scene) -> Before:
    from stationdesk.sync.bundle import open_bundle

    header = open_bundle(scene.bundle(scene.pristine)).header
    return Before(
        _people(scene.station(scene.pristine).database),
        _people(scene.backup_file(scene.pristine)),
        header["counts"].get("person", 0),
        header["sequence"]["up_to"],
    )


def check(scene: Scene, operation: str, before: Before) -> list[str]:
    """What is wrong after the run ([] when everything holds)."""
    from stationdesk.db import backups
    from stationdesk.db.database import Database
    from stationdesk.errors import StationDeskError

    problems: list[str] = []
    folder = scene.station()
    if operation in ("export", "backup", "restore"):
        try:
            database = Database.open(folder)  # completes a restore that was killed halfway
        except StationDeskError as error:
            return [f"station does not open: {error.code} {error.params}"]
        try:
            if database.integrity_problems():
                problems.append("station database fails integrity_check")
            people = _people(folder.database)
        finally:
            database.close()
        if operation == "restore" and people not in (before.station_people, before.backup_people):
            problems.append(f"restore left a mix: {len(people)} people")
        if operation != "restore" and people != before.station_people:
            problems.append("the station's data changed")
    if operation == "export":
        from stationdesk.sync.hub import Hub

        for bundle in scene.usb().glob("*.sdbundle"):
            hub = Hub.open(str(scene.hub_db()))
            try:
                hub.import_bundle(bundle, dry_run=True)
            except StationDeskError as error:
                problems.append(f"partial bundle under its final name: {bundle.name} ({error.code})")
            finally:
                hub.close()
    if operation == "import":
        import sqlite3
        from contextlib import closing

        hub_file = scene.hub_db()
        if backups.integrity_problems(hub_file):
            problems.append("hub database fails integrity_check")
        with closing(sqlite3.connect(hub_file)) as connection:
            people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
            received = connection.execute(
                "SELECT received_up_to FROM hub_station WHERE code = ?", (STATION_CODE,)
            ).fetchone()[0]
        whole = people == before.bundle_people and received == before.bundle_up_to
        nothing = people == 0 and received == 0
        if not (whole or nothing):
            problems.append(f"import half-applied: {people} people, received_up_to {received}")
    for file in backups.list_backups(folder.backups) + backups.list_backups(
        scene.hub_db().with_name("hub.sqlite3.backups"), "hub"
    ):
        if backups.integrity_problems(file.path):
            problems.append(f"damaged backup under its final name: {file.path.name}")
    return problems


# ---------------------------------------------------------------------------------------- runs


def operation_seconds(scene: Scene, operation: str) -> float:
    reset(scene)
    _, seconds = run_once(scene, operation, None)
    return seconds


def kill_runs(scene: Scene, operation: str, runs: int, rng: random.Random, before: Before) -> dict:
    """``runs`` killed runs of one operation; returns the figures and every problem found."""
    duration = operation_seconds(scene, operation)
    problems: list[str] = []
    killed = 0
    leftovers = 0
    for _ in range(runs):
        reset(scene)
        was_killed, _ = run_once(scene, operation, rng.uniform(0, duration * 1.1))
        killed += was_killed
        problems += check(scene, operation, before)
        leftovers += sum(1 for p in scene.work.rglob(".*") if p.name.endswith((".partial", ".part")))
    return {
        "operation": operation,
        "runs": runs,
        "killed": killed,
        "finished": runs - killed,
        "duration_s": round(duration, 3),
        "hidden_partials_left": leftovers,
        "problems": problems,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="killed runs per operation")
    parser.add_argument("--people", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--operations", default=",".join(OPERATIONS))
    parser.add_argument("--out", help="append one JSON line per operation here")
    parser.add_argument("--worker", nargs=2, metavar=("OPERATION", "SCENE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]))
        return 0
    import tempfile

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="stationdesk-faults-") as scratch:
        started = time.perf_counter()
        scene = prepare(Path(scratch), args.people, args.seed)
        before = read_before(scene)
        print(
            f"scene: {args.people} demo people, {before.bundle_people} people in the bundle "
            f"({time.perf_counter() - started:.1f} s)"
        )
        failed = False
        for operation in args.operations.split(","):
            figures = kill_runs(scene, operation, args.runs, rng, before)
            figures.update(people=args.people, date=date.today().isoformat())
            print(json.dumps(figures, ensure_ascii=False))
            failed |= bool(figures["problems"])
            if args.out:
                with open(args.out, "a", encoding="utf-8") as out:
                    out.write(json.dumps(figures, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
