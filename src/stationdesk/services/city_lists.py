"""The three lists seen from the city hub (SQLite or PostgreSQL): each station's needs in figures (all, open,
overdue, met, the average rating), the open needs across stations with the overdue ones first, and the
resources with spare capacity. Read with SQL from the hub's copies of the station tables, so it works for any
number of stations without loading their records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select

from stationdesk.domain import needs as rules
from stationdesk.domain.offers import ACTIVE
from stationdesk.sync.hub import Hub
from stationdesk.sync.hub_models import data_tables, hub_station


@dataclass(frozen=True)
class StationNeeds:
    code: str
    name: str
    needs: int
    open: int
    overdue: int
    met: int
    rating: float | None  # average of the ratings given


@dataclass(frozen=True)
class CityNeedRow:
    station: str
    number: str
    who: str  # the person (a child by alias) or the group
    community: str
    category: str
    target_group: str
    urgency: str
    state: str
    found_on: date
    due_on: date
    overdue_days: int


@dataclass(frozen=True)
class CityResourceRow:
    station: str
    name: str
    provider_name: str
    kind: str
    categories: tuple[str, ...]
    area: tuple[str, ...]
    remaining: int
    unit: str


@dataclass(frozen=True)
class CityLists:
    stations: tuple[StationNeeds, ...]
    open_needs: tuple[CityNeedRow, ...]
    spare_resources: tuple[CityResourceRow, ...]


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split("|") if t)


def city_lists(hub: Hub, day: date, limit: int = 500) -> CityLists:
    tables = data_tables()
    need, person, resource, dispatch = tables["need"], tables["person"], tables["resource"], tables["dispatch"]
    live = need.c.deleted.is_(False)
    is_open = need.c.state.in_(rules.OPEN_STATES)
    overdue = and_(is_open, need.c.due_on < day)
    with hub.engine.connect() as connection:
        figures = {
            row.origin_station: row
            for row in connection.execute(
                select(
                    need.c.origin_station,
                    func.count().label("needs"),
                    func.count().filter(is_open).label("open"),
                    func.count().filter(overdue).label("overdue"),
                    func.count().filter(need.c.state.in_(rules.MET_STATES)).label("met"),
                    func.avg(need.c.rating).label("rating"),
                )
                .where(live)
                .group_by(need.c.origin_station)
            )
        }
        names = dict(connection.execute(select(hub_station.c.code, hub_station.c.name)).all())
        stations = tuple(
            StationNeeds(
                code,
                names.get(code, code),
                f.needs if f else 0,
                f.open if f else 0,
                f.overdue if f else 0,
                f.met if f else 0,
                round(float(f.rating), 2) if f is not None and f.rating is not None else None,
            )
            for code in sorted(set(names) | set(figures))
            for f in (figures.get(code),)
        )
        open_rows = connection.execute(
            select(need, person.c.name.label("person_name"), person.c.alias, person.c.is_child)
            .select_from(need.outerjoin(person, person.c.id == need.c.person_id))
            .where(live, is_open)
            .order_by(need.c.due_on, need.c.origin_station, need.c.number)
            .limit(limit)
        ).all()
        held = (
            select(dispatch.c.resource_id, func.sum(dispatch.c.quantity).label("held"))
            .where(dispatch.c.state == rules.DISPATCH_OPEN, dispatch.c.deleted.is_(False))
            .group_by(dispatch.c.resource_id)
            .subquery()
        )
        left = resource.c.capacity_available - func.coalesce(held.c.held, 0)
        spare = connection.execute(
            select(resource, left.label("left"))
            .select_from(resource.outerjoin(held, held.c.resource_id == resource.c.id))
            .where(
                resource.c.deleted.is_(False),
                resource.c.status == ACTIVE,
                resource.c.capacity_available.is_not(None),
                resource.c.valid_to.is_(None) | (resource.c.valid_to >= day),
                left > 0,
            )
            .order_by(resource.c.origin_station, resource.c.name)
            .limit(limit)
        ).all()
    return CityLists(
        stations,
        tuple(
            CityNeedRow(
                r.origin_station,
                r.number,
                (r.alias if r.is_child and r.alias else r.person_name or "") if r.person_id else r.group_name,
                r.community,
                r.category,
                r.target_group,
                r.urgency,
                r.state,
                r.found_on,
                r.due_on,
                max(0, (day - r.due_on).days),
            )
            for r in open_rows
        ),
        tuple(
            CityResourceRow(
                r.origin_station,
                r.name,
                r.provider_name,
                r.kind,
                _split(r.categories),
                _split(r.service_area),
                int(r.left),
                r.capacity_unit,
            )
            for r in spare
        ),
    )
