"""服务清单: the services the station runs or brokers — for whom (groups, ages, eligibility), by whom (a team,
a resource or a staff member), when, where, how much, and the volunteer project each belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.lists import Resource, StationService
from stationdesk.db.models.volunteers import VolunteerProject, VolunteerTeam
from stationdesk.domain.groups import GROUPS
from stationdesk.errors import FormErrors, NotFound, ValidationError
from stationdesk.services import offers
from stationdesk.services.accounts import guarded
from stationdesk.services.offers import Capacity, OfferTerms
from stationdesk.services.people import join_tags
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import catalog

messages.register(
    {
        "service.category_required": "请选择服务类别。",
        "service.category_unknown": "服务类别“{category}”不在服务类别列表中。",
        "service.group_unknown": "服务对象类别无效。",
        "service.age_range": "年龄范围应在 0 到 120 岁之间，且下限不大于上限。",
        "service.team_unknown": "所选的志愿服务队不存在或已删除。",
        "service.resource_unknown": "所选的资源不存在或已删除。",
        "service.project_unknown": "所选的志愿服务项目不存在或已删除。",
    }
)


@dataclass(frozen=True)
class ServiceInput:
    name: str
    category: str
    terms: OfferTerms = field(default_factory=OfferTerms)
    description: str = ""
    target_groups: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    eligibility: str = ""
    team_id: str | None = None
    resource_id: str | None = None
    staff_name: str = ""
    schedule: str = ""
    place: str = ""
    project_id: str | None = None


@dataclass(frozen=True)
class ServiceRow:
    id: str
    name: str
    category: str
    description: str
    target_groups: tuple[str, ...]
    min_age: int | None
    max_age: int | None
    eligibility: str
    provider: str  # the team, the resource or the staff member, as read
    team_id: str | None
    resource_id: str | None
    staff_name: str
    schedule: str
    place: str
    project_id: str | None
    project_name: str
    terms: OfferTerms
    capacity: Capacity


@dataclass(frozen=True)
class ServiceQuery:
    text: str = ""
    status: str | None = None
    category: str | None = None
    target_group: str | None = None
    community: str | None = None
    spare_only: bool = False


def _age(value: int | None) -> bool:
    return value is None or (isinstance(value, int) and 0 <= value <= 120)


def _live(session: Session, model, key: str | None) -> bool:
    row = session.get(model, key) if key else None
    return key is None or (row is not None and not row.deleted)


@guarded("lists.manage")
def validate_service(session: Session, data: ServiceInput) -> ServiceInput:
    errors: list[ValidationError] = []
    name = offers.checked_text(errors, data.name, "name", "名称", 100)
    if not name:
        errors.append(ValidationError("offer.name_required", field="name"))
    if not data.category:
        errors.append(ValidationError("service.category_required", field="category"))
    elif data.category not in catalog(session, "service_category"):
        errors.append(ValidationError("service.category_unknown", field="category", category=data.category))
    groups = tuple(dict.fromkeys(data.target_groups))
    if any(g not in GROUPS for g in groups):
        errors.append(ValidationError("service.group_unknown", field="target_groups"))
    if not (_age(data.min_age) and _age(data.max_age)) or (
        data.min_age is not None and data.max_age is not None and data.min_age > data.max_age
    ):
        errors.append(ValidationError("service.age_range", field="min_age"))
    for model, key, what in (
        (VolunteerTeam, data.team_id or None, "team"),
        (Resource, data.resource_id or None, "resource"),
        (VolunteerProject, data.project_id or None, "project"),
    ):
        if not _live(session, model, key):
            errors.append(ValidationError(f"service.{what}_unknown", field=f"{what}_id"))
    clean = ServiceInput(
        name=name,
        category=data.category,
        terms=offers.check_terms(errors, data.terms),
        description=offers.checked_text(errors, data.description, "description", "服务内容", 2000),
        target_groups=tuple(g for g in GROUPS if g in groups),
        min_age=data.min_age,
        max_age=data.max_age,
        eligibility=offers.checked_text(errors, data.eligibility, "eligibility", "服务条件", 1000),
        team_id=data.team_id or None,
        resource_id=data.resource_id or None,
        staff_name=offers.checked_text(errors, data.staff_name, "staff_name", "负责人员", 50),
        schedule=offers.checked_text(errors, data.schedule, "schedule", "服务时间", 200),
        place=offers.checked_text(errors, data.place, "place", "服务地点", 200),
        project_id=data.project_id or None,
    )
    if errors:
        raise FormErrors(errors)
    return clean


def _apply(session: Session, service: StationService, data: ServiceInput) -> None:
    for name in (
        "name",
        "category",
        "description",
        "min_age",
        "max_age",
        "eligibility",
        "team_id",
        "resource_id",
        "staff_name",
        "schedule",
        "place",
        "project_id",
    ):
        setattr(service, name, getattr(data, name))
    service.target_groups = join_tags(data.target_groups)
    offers.apply_terms(session, service, data.terms)


@guarded("lists.manage")
def create_service(session: Session, data: ServiceInput) -> ServiceRow:
    return service_row(session, offers.save_offer(session, StationService, None, data, validate_service, _apply))


@guarded("lists.manage")
def update_service(session: Session, service_id: str, data: ServiceInput) -> ServiceRow:
    saved = offers.save_offer(session, StationService, service_id, data, validate_service, _apply)
    return service_row(session, saved)


def _select():
    return (
        select(
            StationService, offers.held_column(StationService), VolunteerTeam.name, Resource.name, VolunteerProject.name
        )
        .outerjoin(VolunteerTeam, VolunteerTeam.id == StationService.team_id)
        .outerjoin(Resource, Resource.id == StationService.resource_id)
        .outerjoin(VolunteerProject, VolunteerProject.id == StationService.project_id)
    )


def _row(s: StationService, held: int, team: str | None, resource: str | None, project: str | None) -> ServiceRow:
    return ServiceRow(
        s.id,
        s.name,
        s.category,
        s.description,
        offers.split(s.target_groups),
        s.min_age,
        s.max_age,
        s.eligibility,
        team or resource or s.staff_name,
        s.team_id,
        s.resource_id,
        s.staff_name,
        s.schedule,
        s.place,
        s.project_id,
        project or "",
        offers.terms_of(s),
        offers.capacity_of(s, held),
    )


def _conditions(session: Session, query: ServiceQuery) -> list:
    conditions = offers.list_conditions(
        session,
        StationService,
        query.status,
        query.community,
        query.spare_only,
        query.text,
        (StationService.name, StationService.description, StationService.staff_name),
    )
    if query.category:
        conditions.append(StationService.category == query.category)
    if query.target_group:
        conditions.append(
            (StationService.target_groups == "")
            | StationService.target_groups.contains(f"|{query.target_group}|", autoescape=True)
        )
    return conditions


@guarded("people.view")
def search_services(session: Session, query: ServiceQuery, offset: int = 0, limit: int = 200) -> list[ServiceRow]:
    rows = session.execute(
        _select()
        .where(*_conditions(session, query))
        .order_by(StationService.category, StationService.name, StationService.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return [_row(*r) for r in rows]


@guarded("people.view")
def count_services(session: Session, query: ServiceQuery = ServiceQuery()) -> int:
    return _count_services(session, query)


def _count_services(session: Session, query: ServiceQuery = ServiceQuery()) -> int:
    """Also the registry's counter, which the statistics verb guards: a count names nobody."""
    return session.execute(
        select(func.count()).select_from(StationService).where(*_conditions(session, query))
    ).scalar_one()


@guarded("people.view")
def service_row(session: Session, service_id: str) -> ServiceRow:
    row = session.execute(_select().where(StationService.id == service_id, StationService.deleted.is_(False))).first()
    if row is None:
        raise NotFound("station_service", service_id)
    return _row(*row)


@guarded("people.view")
def service_input(session: Session, service_id: str) -> ServiceInput:
    s = live_row(session, StationService, service_id)
    return ServiceInput(
        s.name,
        s.category,
        offers.terms_of(s),
        s.description,
        offers.split(s.target_groups),
        s.min_age,
        s.max_age,
        s.eligibility,
        s.team_id,
        s.resource_id,
        s.staff_name,
        s.schedule,
        s.place,
        s.project_id,
    )


@dataclass(frozen=True)
class OfferFormChoices:
    categories: tuple[str, ...]
    teams: tuple[tuple[str, str], ...]  # (id, name)
    resources: tuple[tuple[str, str], ...]
    projects: tuple[tuple[str, str], ...]


@guarded("people.view")
def offer_form_choices(session: Session) -> OfferFormChoices:
    """What the resource and service forms offer to choose from."""

    def named(model) -> tuple[tuple[str, str], ...]:
        rows = session.execute(select(model.id, model.name).where(model.deleted.is_(False)).order_by(model.name))
        return tuple((key, name) for key, name in rows)

    return OfferFormChoices(
        tuple(catalog(session, "service_category")), named(VolunteerTeam), named(Resource), named(VolunteerProject)
    )


@counter("services")
def _count(session: Session) -> int:
    return _count_services(session)


@lister("services")
def _list(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(s) for s in search_services(session, ServiceQuery(text=text), limit=limit)]
