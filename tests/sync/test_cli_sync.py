"""The CLI story of the issue's "done when", by the commands a person types."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from stationdesk.cli import main


@pytest.fixture
def run(capsys):
    def run(*argv) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _station(run, root, code):
    folder = root / code
    assert run("--data-dir", folder, "init", "--station-code", code, "--station-name", f"{code}站")[0] == 0
    assert run("--data-dir", folder, "demo", "--people", 20, "--seed", sum(map(ord, code)))[0] == 0
    return folder


def test_the_whole_story_by_cli(run, tmp_path):
    hub_db, usb = tmp_path / "city" / "hub.sqlite3", tmp_path / "usb"
    usb.mkdir()
    city = ["city", "--db", hub_db]
    a, b = _station(run, tmp_path, "S-A"), _station(run, tmp_path, "S-B")

    code, _, err = run("--data-dir", a, "export", "--to", usb)
    assert code != 0 and "stationdesk enroll" in err and len(err.strip().splitlines()) == 1

    assert run(*city, "init", "--name", "江门市")[0] == 0
    for folder, station in ((a, "S-A"), (b, "S-B")):
        assert (
            run(
                *city, "enroll", "--station-code", station, "--station-name", station, "--out", usb / f"{station}.json"
            )[0]
            == 0
        )
        code, out, _ = run("--data-dir", folder, "enroll", usb / f"{station}.json")
        assert code == 0 and "指纹" in out
    for folder, station in ((a, "S-A"), (b, "S-B")):
        assert run("--data-dir", folder, "export", "--to", usb / f"{station}-1.sdbundle")[0] == 0
    code, out, _ = run(*city, "import", usb / "S-A-1.sdbundle", usb / "S-B-1.sdbundle", "--json")
    reports = json.loads(out)
    assert code == 0 and [r["status"] for r in reports] == ["applied", "applied"]
    assert reports[0]["tables"]["person"]["imported"] == 20

    code, out, _ = run(*city, "import", usb / "S-A-1.sdbundle")
    assert code == 0 and "已导入过" in out

    code, out, _ = run(*city, "stats", "--json")
    stats = json.loads(out)
    assert {s["code"]: s["records"]["person"] for s in stats["stations"]} == {"S-A": 20, "S-B": 20}

    for folder, station in ((a, "S-A"), (b, "S-B")):
        assert run(*city, "export", "--station", station, "--to", usb / f"back-{station}.sdbundle")[0] == 0
        code, out, _ = run("--data-dir", folder, "import", usb / f"back-{station}.sdbundle", "--json")
        assert code == 0 and json.loads(out)["status"] == "applied"
        assert any(folder.joinpath("reports").glob("import-*.json"))

    # a record edited at both ends
    with sqlite3.connect(a / "stationdesk.sqlite3") as connection:
        person_id = connection.execute("SELECT id FROM person ORDER BY id LIMIT 1").fetchone()[0]
    assert run(*city, "edit", "person", person_id, "notes=市级核实", "phone=13800000001")[0] == 0
    code, out, _ = run(*city, "export", "--station", "S-A", "--to", usb / "back-2.sdbundle")
    assert code == 0
    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.db.models.people import Person

    database = Database.open(DataFolder(a))
    with database.transaction() as session:
        session.get(Person, person_id).notes = "站点探访记录"
    database.close()
    code, out, _ = run("--data-dir", a, "import", usb / "back-2.sdbundle", "--json")
    assert json.loads(out)["tables"]["person"]["conflicts"] == 1
    code, out, _ = run("--data-dir", a, "sync", "conflicts", "--json")
    [conflict] = json.loads(out)
    assert {conflict["kept_values"]["notes"], conflict["other_values"]["notes"]} == {"市级核实", "站点探访记录"}
    code, out, _ = run("--data-dir", a, "sync", "conflicts")  # for people: phones masked, as on screen
    assert code == 0 and "138****0001" in out and "13800000001" not in out and "市级核实" in out

    # a bad bundle: non-zero exit, one line in Chinese, nothing changed
    bad = usb / "bad.sdbundle"
    bad.write_bytes((usb / "S-B-1.sdbundle").read_bytes()[:500])
    shutil.copyfile(hub_db, tmp_path / "before.sqlite3")
    code, _, err = run(*city, "import", bad)
    assert code != 0 and "拒绝" in err and len(err.strip().splitlines()) == 1
    with sqlite3.connect(hub_db) as after, sqlite3.connect(tmp_path / "before.sqlite3") as before:
        assert list(after.iterdump()) == list(before.iterdump())
    code, out, _ = run(*city, "import", bad, "--json")
    assert code != 0 and json.loads(out)[0]["refused"]["code"] == "bundle.not_zip"
    code, _, err = run("--data-dir", a, "import", bad)
    assert code != 0 and "拒绝" in err


def test_city_commands_without_a_hub_say_how_to_make_one(run, tmp_path):
    code, _, err = run("city", "--db", tmp_path / "none.sqlite3", "stats")
    assert code != 0 and "city init" in err
    code, _, err = run("city", "--db", "postgresql://nobody@127.0.0.1:1/x", "init", "--name", "市")
    assert code != 0 and "--keys" in err
