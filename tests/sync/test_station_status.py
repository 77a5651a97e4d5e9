"""Where the sync stands on a station not yet enrolled: the sync page counts what waits to go; the
home page's line, which shows no count before the enrolment, does not pay for it."""

from __future__ import annotations

from stationdesk.services.people import PersonInput, add_person
from stationdesk.services.workday import workday_desk
from stationdesk.sync import station as sync_station


def test_an_unenrolled_station_counts_its_waiting_records_unless_the_home_page_asks(db, data_folder):
    with db.transaction() as session:
        add_person(session, PersonInput(name="王秀英", roles=("elder",)), confirmed=True)
    with db.session() as session:
        assert sync_station.status(session, data_folder).waiting["person"] == 1
        assert sync_station.status(session, data_folder, unenrolled_waiting=False).waiting == {}
        desk = workday_desk(session, data_folder)
    assert not desk.enrolled and desk.waiting_to_send == 0 and desk.first_steps.people_registered
