"""The three lists at the city hub (SQLite and PostgreSQL): needs, dispatches and resources travel in the
station's bundle like every record kind, and the city reads each station's figures, the open and overdue needs
across stations and the resources with spare capacity."""

from __future__ import annotations

from datetime import date

from stationdesk.domain.needs import URGENT
from stationdesk.services import dispatch, needs, resources
from stationdesk.services.city_lists import city_lists
from stationdesk.services.offers import OfferTerms
from stationdesk.services.people import PersonInput, add_person


def _station_with_needs(make_station, code: str, overdue: bool):
    station = make_station(code)
    station.db.today = date(2026, 6, 15)
    with station.db.transaction() as session:
        elder = add_person(session, PersonInput(name="王秀英", roles=("elder",), community="星湖社区"), True).summary.id
        found = date(2026, 6, 1) if overdue else date(2026, 6, 14)
        late = needs.create_need(session, needs.NeedInput(category="助医", person_id=elder, found_on=found))
        needs.create_need(session, needs.NeedInput(category="助餐", urgency=URGENT, group_name="星湖社区独居老人"))
        hall = resources.create_resource(
            session,
            resources.ResourceInput(
                name=f"{code} 活动室",
                provider_kind="station",
                kind="venue",
                categories=("助医",),
                terms=OfferTerms(capacity_unit="场", capacity_available=2),
            ),
        )
        dispatch.dispatch_need(session, late.id, (dispatch.DispatchTarget("resource", hall.id, quantity=2),))
    return station


def test_the_city_lists_open_and_overdue_needs_and_spare_resources_of_every_station(hub, make_station, enrol, usb):
    a = _station_with_needs(make_station, "S-A", overdue=True)
    b = _station_with_needs(make_station, "S-B", overdue=False)
    for station in (a, b):
        enrol(hub, station)
        hub.import_bundle(station.export(usb / f"{station.code}.sdbundle").path)
    lists = city_lists(hub, date(2026, 6, 15))
    assert [(s.code, s.needs, s.open, s.overdue, s.met) for s in lists.stations] == [
        ("S-A", 2, 2, 1, 0),
        ("S-B", 2, 2, 0, 0),
    ]
    first = lists.open_needs[0]
    assert (first.station, first.who, first.state, first.overdue_days) == ("S-A", "王秀英", "dispatched", 4)
    assert {n.who for n in lists.open_needs} == {"王秀英", "星湖社区独居老人"} and len(lists.open_needs) == 4
    assert lists.spare_resources == ()  # both halls are held by their open dispatch
    with b.db.transaction() as session:
        (held,) = dispatch.open_dispatches_of_target(
            session, "resource", resources.search_resources(session, resources.ResourceQuery())[0].id
        )
        dispatch.cancel_dispatch(session, held.id, "改期")
    hub.import_bundle(b.export(usb / "S-B-2.sdbundle").path)
    spare = city_lists(hub, date(2026, 6, 15)).spare_resources
    assert [(r.station, r.name, r.remaining, r.unit) for r in spare] == [("S-B", "S-B 活动室", 2, "场")]
