"""stats, list and demo for the volunteer records, from the command line."""

import json

from sqlalchemy import func, select

from stationdesk.cli import main
from stationdesk.config import DataFolder
from stationdesk.db.database import Database
from stationdesk.db.models.volunteers import Shift


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
