"""A station (today = 2026-06-15) for the lists: an elder, a child, volunteers in a team, a service of the
team, a clinic's free checks as a resource with a capacity, and a hall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from lists_helpers import add_person

from stationdesk.services import resources, station_services, teams, volunteers
from stationdesk.services.offers import OfferTerms


@dataclass
class Lists:
    db: object
    elder_id: str
    child_id: str
    volunteer_ids: list
    team_id: str
    service_id: str
    clinic_id: str
    hall_id: str

    def run(self, function, *args, **kwargs):
        with self.db.transaction() as session:
            return function(session, *args, **kwargs)


@pytest.fixture
def lists(db) -> Lists:
    with db.transaction() as session:
        elder = add_person(session, "王秀英", date(1948, 3, 2), roles=("elder",), tags=("独居",), phone="13812345678")
        child = add_person(session, "李子涵", date(2016, 5, 1), roles=("child",), alias="小星")
        helpers = [
            add_person(session, name, date(1985 + i, 1, 1), community=community)
            for i, (name, community) in enumerate((("陈建华", "星湖社区"), ("黄丽", "城东社区")))
        ]
        volunteer_ids = [
            volunteers.register_volunteer(
                session, volunteers.VolunteerInput(person_id=p, registered_on=date(2025, 1, 1), skills=skills)
            ).id
            for p, skills in zip(helpers, (("医疗护理", "驾驶"), ("助老陪伴",)), strict=True)
        ]
        team = teams.create_team(session, "邻里情", "星湖社区", leader_id=volunteer_ids[0])
        teams.join_team(session, team.id, volunteer_ids[1])
        service = station_services.create_service(
            session,
            station_services.ServiceInput(
                name="陪同就医",
                category="助医",
                target_groups=("elder",),
                min_age=60,
                team_id=team.id,
                schedule="工作日上午",
                terms=OfferTerms(
                    service_area=("星湖社区",),
                    weekdays="12345",
                    available_from=time(8, 0),
                    available_to=time(12, 0),
                    capacity_unit="人次",
                    capacity_available=4,
                    capacity_maximum=10,
                ),
            ),
        )
        clinic = resources.create_resource(
            session,
            resources.ResourceInput(
                name="社区卫生站义诊",
                provider_kind="social_work",
                kind="professional",
                provider_name="星湖社区卫生服务站",
                categories=("健康监测", "助医"),
                contact_phone="0758-2281234",
                terms=OfferTerms(
                    service_area=("星湖社区", "城东社区"),
                    weekdays="3",
                    capacity_unit="人次",
                    capacity_available=2,
                    capacity_maximum=30,
                ),
            ),
        )
        hall = resources.create_resource(
            session,
            resources.ResourceInput(
                name="党群服务中心多功能厅", provider_kind="station", kind="venue", categories=("其他",)
            ),
        )
    return Lists(db, elder, child, volunteer_ids, team.id, service.id, clinic.id, hall.id)


@pytest.fixture
def window(qtbot, lists, guard_message_boxes):
    from stationdesk.ui.app import build_window

    main = build_window(lists.db.folder, lists.db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.ctx.db.is_idle)
    yield main
    qtbot.waitUntil(main.ctx.db.is_idle)
    main.close()
