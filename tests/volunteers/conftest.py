"""Fixtures for the volunteer tests: a station (today = 2026-06-15) with a few volunteers, a team,
a project and an activity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from volunteer_helpers import add_person

from stationdesk.services import activities, teams, volunteers


@dataclass
class Station:
    db: object
    volunteer_ids: list
    person_ids: list
    team_id: str
    project_id: str
    activity_id: str

    def run(self, function, *args, **kwargs):
        with self.db.transaction() as session:
            return function(session, *args, **kwargs)


@pytest.fixture
def station(db) -> Station:
    with db.transaction() as session:
        person_ids = [
            add_person(session, name, date(1980 + i, 3, 1), f"1381234567{i}", sequence=101 + 2 * i)
            for i, name in enumerate(("王建国", "李秀英", "张伟"))
        ]
        volunteer_ids = [
            volunteers.register_volunteer(
                session, volunteers.VolunteerInput(person_id=p, registered_on=date(2025, 1, 10), skills=("驾驶",))
            ).id
            for p in person_ids
        ]
        team = teams.create_team(session, "邻里情", "城东社区", leader_id=volunteer_ids[0])
        project = teams.create_project(session, "银发生日会", team.id)
        activity = activities.create_activity(
            session,
            activities.ActivityInput(
                name="六月银发生日会",
                held_on=date(2026, 6, 10),
                starts_at=time(9, 0),
                ends_at=time(11, 30),
                place="长者饭堂",
                organiser="城东社区服务站",
                leader="陈主任",
                project_id=project.id,
            ),
        )
    return Station(db, volunteer_ids, person_ids, team.id, project.id, activity.id)


@pytest.fixture
def ctx(station, data_folder, qtbot):
    from stationdesk.ui.context import AppContext
    from stationdesk.ui.db_worker import DatabaseRunner

    runner = DatabaseRunner(station.db)
    context = AppContext(db=runner, folder=data_folder, station=station.db.station)
    yield context
    qtbot.waitUntil(runner.is_idle)
    runner.stop()
