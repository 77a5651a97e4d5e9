"""供需对接: for a need, the services, resources, teams and volunteers that could answer it, ranked by a score
whose parts say why; and the other way round, for a resource or service, the open needs it could answer.

The facts come from a few grouped queries over the candidates only (what they offer, the capacity their open
dispatches hold, how many dispatches they have open, how the people they served rated them, how often they
gave this kind of service); ``domain.matching`` weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.lists import (
    Dispatch,
    Need,
    Resource,
    ServiceRecord,
    ServiceRecordVolunteer,
    StationService,
)
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import TeamMembership, Volunteer, VolunteerTeam
from stationdesk.domain import matching as rules
from stationdesk.domain import needs as need_rules
from stationdesk.domain.matching import CandidateFacts, NeedFacts, ScorePart, Suggestion
from stationdesk.domain.offers import ACTIVE
from stationdesk.domain.service_hours import STATUS_ACTIVE
from stationdesk.errors import NotFound, ValidationError
from stationdesk.services import needs as needs_service
from stationdesk.services import offers, resources
from stationdesk.services.accounts import guarded
from stationdesk.services.people import age_on
from stationdesk.services.records import live_row
from stationdesk.services.station import today

messages.register(
    {
        "match.category": "提供“{category}”服务",
        "match.skill": "志愿者特长：{skills}",
        "match.served_before": "曾提供“{category}”服务",
        "match.no_category": "未登记提供“{category}”服务",
        "match.experience": "以往服务 {count} 次",
        "match.group": "面向{group}",
        "match.group_other": "只面向{groups}",
        "match.age_ok": "年龄 {age} 岁符合条件（{range} 岁）",
        "match.age_out": "年龄 {age} 岁不符合条件（{range} 岁）",
        "match.area": "服务范围含{community}",
        "match.area_all": "服务全站范围",
        "match.area_out": "服务范围不含{community}",
        "match.neighbour": "同住{community}",
        "match.time_ok": "期望时间内可以服务",
        "match.time_out": "期望时间内不能服务",
        "match.capacity": "尚余 {left} {unit}",
        "match.full": "容量已满",
        "match.free": "当前没有在办派单",
        "match.load": "在办派单 {count} 件",
        "match.rating": "以往评价 {average} 分（{count} 次）",
        "match.need_closed": "该需求已“{state}”，不再派单。",
    }
)

POOL_LIMIT = 60  # candidates of one kind looked at (those serving the need's community first); 30 are shown
COLUMNS = {  # the dispatch column naming a candidate of each kind
    rules.SERVICE: Dispatch.service_id,
    rules.RESOURCE: Dispatch.resource_id,
    rules.TEAM: Dispatch.team_id,
    rules.VOLUNTEER: Dispatch.volunteer_id,
}


@dataclass(frozen=True)
class SuggestionRow:
    suggestion: Suggestion
    detail: str  # what it is: the provider of a resource, a volunteer's number and skills …
    reasons: tuple[str, ...]  # each part as a sentence with its points, in the user's language


@dataclass(frozen=True)
class NeedSuggestionRow:
    need: needs_service.NeedRow
    suggestion: Suggestion
    reasons: tuple[str, ...]


def part_text(part: ScorePart) -> str:
    return f"{messages.text('match.' + part.code, **part.params)} {part.points:+d}"


def _explained(suggestion: Suggestion) -> tuple[str, ...]:
    return tuple(part_text(p) for p in suggestion.parts)


def _stats(session: Session, column, ids: list[str], category: str) -> dict[str, tuple[int, int, float, int]]:
    """Per target: open dispatches, ratings of the needs its closed dispatches served and their average, and
    how many needs of this category it served."""
    if not ids:
        return {}
    closed = Dispatch.state == need_rules.DISPATCH_CLOSED
    rated = and_(closed, Need.rating.is_not(None))
    out = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(
                column,
                func.count().filter(Dispatch.state == need_rules.DISPATCH_OPEN),
                func.count(Need.rating).filter(rated),
                func.avg(Need.rating).filter(rated),
                func.count().filter(closed, Need.category == category),
            )
            .join(Need, Need.id == Dispatch.need_id)
            .where(column.in_(ids[start : start + 500]), Dispatch.deleted.is_(False))
            .group_by(column)
        )
        out.update({key: (n_open, n_rated, float(avg or 0), served) for key, n_open, n_rated, avg, served in rows})
    return out


def _helped(session: Session, category: str, volunteer_ids: list[str]) -> dict[str, int]:
    """Per volunteer: the service records of needs of this category they served in. Read from the volunteers'
    side (their links are few, the service records many), then the records of this category among them."""
    links = session.execute(
        select(ServiceRecordVolunteer.volunteer_id, ServiceRecordVolunteer.record_id).where(
            ServiceRecordVolunteer.volunteer_id.in_(volunteer_ids), ServiceRecordVolunteer.deleted.is_(False)
        )
    ).all()
    record_ids = list({record for _volunteer, record in links})
    of_category: set[str] = set()
    for start in range(0, len(record_ids), 500):
        # by primary keys only: a condition on the category would send SQLite through every need of it
        of_category.update(
            record
            for record, of_need in session.execute(
                select(ServiceRecord.id, Need.category)
                .join(Need, Need.id == ServiceRecord.need_id)
                .where(ServiceRecord.id.in_(record_ids[start : start + 500]), ServiceRecord.deleted.is_(False))
            )
            if of_need == category
        )
    counts: dict[str, int] = {}
    for volunteer, record in links:
        if record in of_category:
            counts[volunteer] = counts.get(volunteer, 0) + 1
    return counts


def _with_stats(session: Session, facts: list[CandidateFacts], kind: str, category: str) -> list[CandidateFacts]:
    ids = [f.key for f in facts]
    stats = _stats(session, COLUMNS[kind], ids, category)
    helped = _helped(session, category, ids) if kind == rules.VOLUNTEER and ids else {}
    out = []
    for f in facts:
        n_open, n_rated, average, served = stats.get(f.key, (0, 0, 0.0, 0))
        out.append(
            replace(
                f,
                open_dispatches=n_open,
                rating_count=n_rated,
                rating_average=average,
                # a volunteer's closed dispatch usually is one of the records they served in: count it once
                served_before=max(served, helped.get(f.key, 0)),
            )
        )
    return out


def _team_area(text: str) -> tuple[str, ...]:
    """A team's service area as communities; "全街道" (or nothing) means everywhere."""
    parts = tuple(p.strip() for p in text.replace("，", "、").replace(",", "、").split("、") if p.strip())
    return () if not parts or any("全" in p for p in parts) else parts


def _service_facts(s: StationService, held: int) -> CandidateFacts:
    return CandidateFacts(
        rules.SERVICE,
        s.id,
        s.name,
        categories=(s.category,),
        target_groups=offers.split(s.target_groups),
        min_age=s.min_age,
        max_age=s.max_age,
        area=offers.split(s.service_area),
        availability=offers.availability_of(s),
        remaining=offers.capacity_of(s, held).remaining,
        unit=s.capacity_unit,
    )


def _resource_facts(r: Resource, held: int) -> CandidateFacts:
    return CandidateFacts(
        rules.RESOURCE,
        r.id,
        r.name,
        categories=offers.split(r.categories),
        area=offers.split(r.service_area),
        availability=resources.availability(r),
        remaining=offers.capacity_of(r, held).remaining,
        unit=r.capacity_unit,
    )


def _nearest_first(model, community: str):
    """Order for a pool: what serves the need's community (or everywhere) before the rest."""
    if not community:
        return (model.name,)
    serves = (model.service_area == "") | model.service_area.contains(f"|{community}|", autoescape=True)
    return (case((serves, 0), else_=1), model.name)


def _service_candidates(
    session: Session, category: str, community: str = ""
) -> tuple[list[CandidateFacts], dict[str, str]]:
    rows = session.execute(
        select(StationService, offers.held_column(StationService))
        .where(StationService.deleted.is_(False), StationService.status == ACTIVE, StationService.category == category)
        .order_by(*_nearest_first(StationService, community))
        .limit(POOL_LIMIT)
    ).all()
    return [_service_facts(s, held) for s, held in rows], {s.id: s.schedule or s.staff_name for s, _held in rows}


def _resource_candidates(
    session: Session, category: str, day: date, community: str = ""
) -> tuple[list[CandidateFacts], dict[str, str]]:
    rows = session.execute(
        select(Resource, offers.held_column(Resource))
        .where(
            Resource.deleted.is_(False),
            Resource.status == ACTIVE,
            Resource.valid_to.is_(None) | (Resource.valid_to >= day),
            Resource.categories.contains(f"|{category}|", autoescape=True),
        )
        .order_by(*_nearest_first(Resource, community))
        .limit(POOL_LIMIT)
    ).all()
    return [_resource_facts(r, held) for r, held in rows], {r.id: r.provider_name for r, _held in rows}


def _skill_condition(skills: tuple[str, ...]):
    return or_(*(Volunteer.skills.contains(f"|{s}|", autoescape=True) for s in skills)) if skills else None


def _team_candidates(session: Session, category: str) -> tuple[list[CandidateFacts], dict[str, str]]:
    """Every team (a station has tens): those that neither offer this category, served it before nor have
    members with a matching skill score "no_category" and are left out of the suggestions."""
    offering = {
        *session.execute(
            select(StationService.team_id).where(
                StationService.deleted.is_(False),
                StationService.status == ACTIVE,
                StationService.category == category,
            )
        ).scalars(),
        *session.execute(
            select(Resource.team_id).where(
                Resource.deleted.is_(False),
                Resource.status == ACTIVE,
                Resource.categories.contains(f"|{category}|", autoescape=True),
            )
        ).scalars(),
    }
    offering.discard(None)
    teams = list(
        session.execute(
            select(VolunteerTeam).where(VolunteerTeam.deleted.is_(False)).order_by(VolunteerTeam.name).limit(POOL_LIMIT)
        ).scalars()
    )
    wanted = rules.CATEGORY_SKILLS.get(category, ())
    member_skills: dict[str, set[str]] = {}
    if wanted:  # only the members whose skills answer this category, and only those skills
        for team_id, text in session.execute(
            select(TeamMembership.team_id, Volunteer.skills)
            .join(Volunteer, Volunteer.id == TeamMembership.volunteer_id)
            .where(
                TeamMembership.team_id.in_([t.id for t in teams]),
                TeamMembership.deleted.is_(False),
                Volunteer.deleted.is_(False),
                Volunteer.status == STATUS_ACTIVE,
                _skill_condition(wanted),
            )
        ):
            member_skills.setdefault(team_id, set()).update(s for s in offers.split(text) if s in wanted)
    facts = [
        CandidateFacts(
            rules.TEAM,
            t.id,
            t.name,
            categories=(category,) if t.id in offering else (),
            skills=tuple(sorted(member_skills.get(t.id, ()))),
            area=_team_area(t.service_area),
        )
        for t in teams
    ]
    return facts, {t.id: t.service_area for t in teams}


def _volunteer_candidates(
    session: Session, category: str, community: str = ""
) -> tuple[list[CandidateFacts], dict[str, str]]:
    skills = rules.CATEGORY_SKILLS.get(category, ())
    # volunteers dispatched directly are few: read them from the dispatch side, then keep this category's
    dispatched = {
        volunteer_id
        for volunteer_id, of_need in session.execute(
            select(Dispatch.volunteer_id, Need.category)
            .join(Need, Need.id == Dispatch.need_id)
            # "> ''" rather than IS NOT NULL: SQLite walks the volunteer index for a range, not for IS NOT NULL
            .where(Dispatch.volunteer_id > "", Dispatch.deleted.is_(False))
        )
        if of_need == category
    }
    matching = [Volunteer.id.in_(dispatched)]
    if skills:
        matching.append(_skill_condition(skills))
    rows = session.execute(
        select(Volunteer, Person.name, Person.community)
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.deleted.is_(False), Volunteer.status == STATUS_ACTIVE, or_(*matching))
        .order_by(case((Person.community == community, 0), else_=1), Volunteer.volunteer_number)
        .limit(POOL_LIMIT)
    ).all()
    facts = [
        CandidateFacts(rules.VOLUNTEER, v.id, name, skills=offers.split(v.skills), home_community=community)
        for v, name, community in rows
    ]
    return facts, {v.id: f"{v.volunteer_number}　{'、'.join(offers.split(v.skills))}" for v, _n, _c in rows}


def need_facts(session: Session, need: Need) -> NeedFacts:
    person = session.get(Person, need.person_id) if need.person_id else None
    age = age_on(person.birth_date, today(session)) if person is not None else None
    return NeedFacts(need.category, need.target_group, need.community, age, need.wanted_from, need.wanted_to)


@guarded("people.view")
def suggestions_for(session: Session, need_id: str, limit: int = 30) -> list[SuggestionRow]:
    """The best candidates of every kind for an open need, highest score first."""
    need = live_row(session, Need, need_id)
    if need.state not in need_rules.OPEN_STATES:
        raise ValidationError("match.need_closed", state=need_rules.STATE_NAMES[need.state])
    facts = need_facts(session, need)
    day = today(session)
    candidates: list[CandidateFacts] = []
    details: dict[tuple[str, str], str] = {}
    for kind, (found, detail) in (
        (rules.SERVICE, _service_candidates(session, need.category, need.community)),
        (rules.RESOURCE, _resource_candidates(session, need.category, day, need.community)),
        (rules.TEAM, _team_candidates(session, need.category)),
        (rules.VOLUNTEER, _volunteer_candidates(session, need.category, need.community)),
    ):
        candidates += _with_stats(session, found, kind, need.category)
        details.update({(kind, key): text for key, text in detail.items()})
    relevant = [s for s in rules.rank(facts, candidates, limit=len(candidates)) if s.parts[0].code != "no_category"]
    return [SuggestionRow(s, details.get((s.kind, s.key), ""), _explained(s)) for s in relevant[:limit]]


@guarded("people.view")
def needs_for_offer(session: Session, kind: str, key: str, limit: int = 50) -> list[NeedSuggestionRow]:
    """The open, not yet dispatched needs a resource or a service could answer, best first."""
    model = Resource if kind == rules.RESOURCE else StationService
    row = session.execute(
        select(model, offers.held_column(model)).where(model.id == key, model.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFound(model.__tablename__, key)
    offer, held = row
    base = _resource_facts(offer, held) if kind == rules.RESOURCE else _service_facts(offer, held)
    conditions = [Need.state.in_((need_rules.PENDING, need_rules.ACCEPTED)), Need.category.in_(base.categories)]
    if base.area:
        conditions.append(Need.community.in_(base.area))
    rows = needs_service.need_rows(session, conditions, order=(Need.due_on, Need.id), limit=POOL_LIMIT)
    births = dict(
        session.execute(
            select(Person.id, Person.birth_date).where(Person.id.in_({r.person_id for r in rows if r.person_id}))
        ).all()
    )
    by_category = {c: _with_stats(session, [base], kind, c)[0] for c in base.categories}
    day = today(session)
    scored = []
    for need in rows:
        facts = NeedFacts(
            need.category,
            need.target_group,
            need.community,
            age_on(births.get(need.person_id), day),
            need.wanted_from,
            need.wanted_to,
        )
        suggestion = rules.score(facts, by_category[need.category])
        scored.append(NeedSuggestionRow(need, suggestion, _explained(suggestion)))
    scored.sort(key=lambda n: (-n.suggestion.score, n.need.due_on, n.need.number))
    return scored[:limit]
