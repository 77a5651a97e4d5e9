"""The command line as a script or a person uses it: JSON out, one-line errors, no tracebacks."""

import json

import pytest

from stationdesk.cli import main
from stationdesk.domain.id_number import parse_id_number


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path):
    return str(tmp_path / "station")


def test_init_is_harmless_twice_and_refuses_another_code(capsys, folder):
    assert run(capsys, "--data-dir", folder, "init", "--station-code", "ZQ-001", "--station-name", "城东站")[0] == 0
    assert run(capsys, "--data-dir", folder, "init", "--station-code", "ZQ-001", "--station-name", "城东站")[0] == 0
    code, _, err = run(capsys, "--data-dir", folder, "init", "--station-code", "ZQ-002", "--station-name", "别的站")
    assert code != 0 and "ZQ-001" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_bad_station_code_is_one_line(capsys, folder):
    code, _, err = run(capsys, "--data-dir", folder, "init", "--station-code", "有空 格", "--station-name", "x")
    assert code != 0 and len(err.strip().splitlines()) == 1


def test_bad_option_values_are_one_line(capsys, folder):
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", folder, "demo", "--people", "many"])
    err = capsys.readouterr().err
    assert exited.value.code != 0 and len(err.strip().splitlines()) == 1


def test_commands_before_init_say_how_to_start(capsys, folder):
    code, _, err = run(capsys, "--data-dir", folder, "stats", "--json")
    assert code != 0 and "stationdesk init" in err


def test_demo_stats_and_list(capsys, folder):
    assert run(capsys, "--data-dir", folder, "demo", "--people", "120", "--seed", "7")[0] == 0
    code, out, _ = run(capsys, "--data-dir", folder, "stats", "--json")
    stats = json.loads(out)
    assert code == 0 and stats["people"] == 120 and stats["elders"] > 0 and stats["children"] > 0
    code, out, _ = run(capsys, "--data-dir", folder, "list", "children", "--json", "--limit", "5")
    children = json.loads(out)
    assert len(children) == 5 and all(c["id"] and "child" in c["roles"] for c in children)
    assert all(c["display_name"] == c["alias"] for c in children if c["alias"])
    code, _, err = run(capsys, "--data-dir", folder, "list", "spaceships", "--json")
    assert code != 0 and "people" in err


def test_the_same_seed_gives_the_same_people(capsys, tmp_path):
    listings = []
    for name in ("a", "b"):
        folder = str(tmp_path / name)
        run(capsys, "--data-dir", folder, "demo", "--people", "60", "--seed", "11")
        listings.append(json.loads(run(capsys, "--data-dir", folder, "list", "people", "--json", "--limit", "100")[1]))
    assert listings[0] == listings[1]


def test_demo_id_numbers_are_valid(capsys, folder):
    from sqlalchemy import select

    from stationdesk.config import DataFolder
    from stationdesk.db.database import Database
    from stationdesk.db.models.people import Person

    run(capsys, "--data-dir", folder, "demo", "--people", "200")
    database = Database.open(DataFolder(__import__("pathlib").Path(folder)))
    with database.session() as session:
        rows = session.execute(
            select(Person.id_number, Person.birth_date, Person.gender).where(Person.id_number.is_not(None))
        ).all()
    database.close()
    assert len(rows) > 150
    for number, birth, gender in rows:
        info = parse_id_number(number)
        assert (info.birth_date, info.gender) == (birth, gender)


def test_two_stations_made_with_the_same_seed_share_no_record_ids(capsys, tmp_path):
    ids = []
    for code in ("ZQ-A", "ZQ-B"):
        folder = str(tmp_path / code)
        run(capsys, "--data-dir", folder, "init", "--station-code", code, "--station-name", code)
        run(capsys, "--data-dir", folder, "demo", "--people", "40", "--seed", "5")
        ids.append(
            {
                p["id"]
                for p in json.loads(run(capsys, "--data-dir", folder, "list", "people", "--json", "--limit", "100")[1])
            }
        )
    assert len(ids[0]) == 40 and not ids[0] & ids[1]
