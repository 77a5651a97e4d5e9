"""Kill -9 at random points of export, import, backup and restore (a bounded number of runs; the
long runs and their figures are benchmarks/faults.py, the same harness): the databases always pass
integrity_check, an import is all or nothing, no partial bundle or backup is left under its final
name, and a restore killed halfway leaves the old data or the backup's, never a mix."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest


def _harness():
    """benchmarks/faults.py loaded by its path: the benchmarks folder on sys.path would hide test
    packages of the same names (``sync``, ``people``) from the rest of the suite."""
    spec = importlib.util.spec_from_file_location(
        "faults", Path(__file__).resolve().parents[2] / "benchmarks" / "faults.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


faults = _harness()

RUNS = 2  # per operation here; benchmarks/faults.py --runs 50 for the long ones


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    made = faults.prepare(tmp_path_factory.mktemp("faults"), people=80, seed=5)
    return made, faults.read_before(made)


@pytest.mark.parametrize("operation", faults.OPERATIONS)
def test_a_kill_at_a_random_point_leaves_everything_whole(scene, operation):
    made, before = scene
    figures = faults.kill_runs(made, operation, RUNS, random.Random(operation), before)
    assert figures["problems"] == []
    assert figures["runs"] == RUNS


def test_the_checks_see_a_half_written_backup(scene):
    """The harness would notice the damage it is there to catch: a backup cut short under its name."""
    made, before = scene
    faults.reset(made)
    folder = made.station()
    folder.backups.mkdir(parents=True, exist_ok=True)
    whole = made.backup_file().read_bytes()
    (folder.backups / "stationdesk-20260615-103000-000000-manual.sqlite3").write_bytes(whole[: len(whole) // 3])
    assert any("damaged backup" in p for p in faults.check(made, "backup", before))


def test_the_checks_see_a_half_applied_import(scene):
    import sqlite3
    from contextlib import closing

    made, before = scene
    faults.reset(made)
    with closing(sqlite3.connect(made.hub_db())) as connection:
        connection.execute("UPDATE hub_station SET received_up_to = 7 WHERE code = ?", (faults.STATION_CODE,))
        connection.commit()
    assert any("half-applied" in p for p in faults.check(made, "import", before))
