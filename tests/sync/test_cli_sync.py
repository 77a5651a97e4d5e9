"""The CLI story of the issue's "done when", by the commands a person types."""

from __future__ import annotations

import json
import shutil
import sqlite3


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


def test_city_init_as_the_readme_writes_it(run, tmp_path, monkeypatch):
    """``stationdesk city init --db PATH --name N``: the options after the action, as in the README."""
    station_folder = tmp_path / "station-default"
    monkeypatch.setenv("STATIONDESK_DATA_DIR", str(station_folder))
    hub_db = tmp_path / "city" / "hub.sqlite3"
    code, out, err = run("city", "init", "--db", hub_db, "--name", "江门市")
    assert code == 0, err
    code, out, _ = run("city", "stats", "--db", hub_db, "--json")
    assert code == 0 and json.loads(out)["city"]["name"] == "江门市"
    code, out, _ = run("city", "--db", hub_db, "stats", "--json")  # before the action still works
    assert code == 0
    # the hub logs beside itself; a city machine gets no station data folder
    assert (tmp_path / "city" / "hub.sqlite3.logs" / "stationdesk.log").is_file()
    assert not station_folder.exists()


def test_city_init_reads_the_hub_address_from_the_environment(run, tmp_path, monkeypatch):
    monkeypatch.setenv("STATIONDESK_CITY_DB", str(tmp_path / "env-hub.sqlite3"))
    code, _, err = run("city", "init", "--name", "江门市")
    assert code == 0, err
    assert run("city", "stats")[0] == 0
    monkeypatch.delenv("STATIONDESK_CITY_DB")
    code, _, err = run("city", "stats")
    assert code == 2 and "--db" in err and "STATIONDESK_CITY_DB" in err


def test_the_no_hub_hint_is_a_command_that_works(run, tmp_path):
    hub_db = tmp_path / "hub.sqlite3"
    code, _, err = run("city", "--db", hub_db, "stats")
    assert code == 2 and "stationdesk city init --db" in err
    hint = err.split("运行 stationdesk ")[1].split("。")[0].split()  # "city init --db 地址 --name 名称"
    assert hint[:3] == ["city", "init", "--db"]
    assert run(*hint[:3], hub_db, hint[4], "江门市")[0] == 0


def test_city_edit_takes_a_quoted_value_as_the_text_inside(run, tmp_path):
    hub_db, usb = tmp_path / "city" / "hub.sqlite3", tmp_path / "usb"
    usb.mkdir()
    station = _station(run, tmp_path, "S-A")
    assert run("city", "--db", hub_db, "init", "--name", "江门市")[0] == 0
    run("city", "--db", hub_db, "enroll", "--station-code", "S-A", "--station-name", "甲", "--out", usb / "e.json")
    assert run("--data-dir", station, "enroll", usb / "e.json")[0] == 0
    assert run("--data-dir", station, "export", "--to", usb / "a.sdbundle")[0] == 0
    assert run("city", "--db", hub_db, "import", usb / "a.sdbundle")[0] == 0
    with sqlite3.connect(station / "stationdesk.sqlite3") as connection:
        person_id = connection.execute("SELECT id FROM person ORDER BY id LIMIT 1").fetchone()[0]
    code, _, err = run("city", "--db", hub_db, "edit", "person", person_id, 'phone="13800000000"', "notes='核实'")
    assert code == 0, err
    with sqlite3.connect(hub_db) as connection:
        phone, notes = connection.execute("SELECT phone, notes FROM person WHERE id = ?", (person_id,)).fetchone()
    assert (phone, notes) == ("13800000000", "核实")


def test_a_postgresql_hub_without_its_driver_says_what_to_install(run, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an installation without the postgres extra
    code, _, err = run("city", "--db", "postgresql://city@127.0.0.1:1/hub", "--keys", tmp_path / "k", "stats")
    assert code == 2 and "stationdesk[postgres]" in err and "内部错误" not in err


def test_a_mistyped_hub_path_makes_no_folder(run, tmp_path):
    code, _, err = run("city", "--db", tmp_path / "no-such-folder" / "hub.sqlite3", "stats")
    assert code == 2 and "city init" in err
    assert not (tmp_path / "no-such-folder").exists()
