"""The demo station looks real: people live on real-looking roads (a road and gate number of their own community,
宋城路12号; a child at the guardian's address), and its elders are 60 or older."""

import re

from sqlalchemy import select

from stationdesk.db.models.people import Guardianship, Person
from stationdesk.services.demo import COMMUNITY_ROADS, DemoOptions, run_demo
from stationdesk.services.people import PeopleQuery, search_people


def test_every_demo_person_has_a_road_and_gate_number_of_their_community(db):
    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=300))
        people = session.execute(select(Person.community, Person.street)).all()
        homes = dict(session.execute(select(Person.id, Person.street)).all())
        links = session.execute(select(Guardianship.child_id, Guardianship.guardian_id)).all()
        shown = search_people(session, PeopleQuery(text=""), limit=5)
    for community, street in people:
        road = re.fullmatch(r"(.+?)(\d+)号", street)
        assert road and road.group(1) in COMMUNITY_ROADS[community], (community, street)
    assert len({street for _c, street in people}) > 100  # neighbours, not one address for all
    assert all(homes[child] == homes[guardian] for child, guardian in links)
    assert all(re.search(r"社区.+\d+号\d+栋", person.address) for person in shown), [p.address for p in shown]


def test_every_demo_elder_is_60_or_older(db):
    from stationdesk.services.people import age_on
    from stationdesk.services.station import today

    with db.transaction() as session:
        run_demo(session, DemoOptions(seed=7, people=300))
        day = today(session)
        births = session.execute(select(Person.birth_date).where(Person.is_elder.is_(True))).scalars().all()
    assert births and min(age_on(birth, day) for birth in births) >= 60
