"""stats, list and demo for the volunteer records, from the command line."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select
from volunteer_helpers import at

from stationdesk.cli import main
from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.volunteers import Shift
from stationdesk.services import volunteers


def test_demo_stats_and_lists(tmp_path, capsys):
    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo", "--people", "300"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["volunteers"] > 10 and stats["teams"] == 5 and stats["activities"] >= 8
    assert stats["shifts"] > 0 and stats["confirmed_hours"] > 0
    for kind in ("volunteers", "teams", "activities", "shifts", "projects"):
        assert main(["--data-dir", str(folder), "list", kind, "--json", "--limit", "3"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows and all("id" in row for row in rows), kind
    teams = {
        row["name"]
        for row in json.loads(
            (main(["--data-dir", str(folder), "list", "teams", "--json"]), capsys.readouterr().out)[1]
        )
    }
    assert {"邻里情", "同心圆", "急先锋", "关爱春芽"} <= teams
    database = Database.open(DataFolder(folder))
    try:
        with database.session() as session:
            odd = session.execute(
                select(func.count()).select_from(Shift).where(Shift.credited_minutes % 30 != 0)
            ).scalar_one()
            per_day = (
                session.execute(
                    select(func.sum(Shift.credited_minutes)).group_by(Shift.volunteer_id, Shift.service_date)
                )
                .scalars()
                .all()
            )
    finally:
        database.close()
    assert per_day and odd == 0 and max(per_day) <= 480  # the demo follows the hour rules


def test_the_daily_cap_is_shown_and_set_from_the_command_line(capsys, station, data_folder):
    from stationdesk.cli import main

    station.db.close()
    base = ["--data-dir", str(data_folder.root)]
    assert main([*base, "daily-cap", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"daily_cap_minutes": 8 * 60}
    assert main([*base, "daily-cap", "--hours", "7.5"]) == 0
    assert "7.5" in capsys.readouterr().out
    assert main([*base, "daily-cap", "--hours", "25"]) == 2
    assert "0.5 到 24" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "daily-cap", "--hours", "nan"])
    assert main([*base, "daily-cap", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"daily_cap_minutes": 450}


def test_a_certificate_copy_is_printed_by_its_serial(capsys, station, data_folder, tmp_path):
    from stationdesk.cli import main
    from stationdesk.services import certificates, shifts

    with station.db.transaction() as session:
        s = shifts.record_shift(session, shifts.ShiftInput(station.volunteer_ids[0], at(3, "09:00"), at(3, "11:00")))
        shifts.confirm_shifts(session, [s.id], "陈主任")
        number = volunteers.live_volunteer(session, station.volunteer_ids[0]).volunteer_number
        issued = certificates.issue_certificate(session, number, date(2026, 6, 1), date(2026, 6, 30), "陈主任")
    station.db.close()
    copy = tmp_path / "copy.pdf"
    base = ["--data-dir", str(data_folder.root), "print", "certificate-copy"]
    assert main([*base, "--serial", issued.row.serial, "--out", str(copy)]) == 0
    assert copy.read_bytes().startswith(b"%PDF")
