"""资源清单: what party-building units, paired organisations, universities, social work agencies, volunteer
teams and stations can offer — record, correct, the paged list with its filters, one resource's page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.lists import Resource
from stationdesk.db.models.volunteers import VolunteerTeam
from stationdesk.domain import offers as rules
from stationdesk.domain.phone import mask_phone, normalise_phone
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
        "resource.provider_kind": "请选择提供方类型。",
        "resource.kind": "请选择资源类型。",
        "resource.category_unknown": "服务类别“{category}”不在服务类别列表中。",
        "resource.team_unknown": "所选志愿服务队不存在或已删除。",
        "resource.team_required": "本站志愿服务队提供的资源，请选择队伍。",
        "resource.valid_order": "有效期的结束（{end}）早于开始（{start}）。",
    }
)


@dataclass(frozen=True)
class ResourceInput:
    name: str
    provider_kind: str
    kind: str
    provider_name: str = ""
    team_id: str | None = None
    categories: tuple[str, ...] = ()
    terms: OfferTerms = field(default_factory=OfferTerms)
    available_dates: tuple[date, ...] = ()
    contact_name: str = ""
    contact_phone: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ResourceRow:
    id: str
    name: str
    provider_name: str
    provider_kind: str
    kind: str
    team_id: str | None
    categories: tuple[str, ...]
    terms: OfferTerms
    capacity: Capacity
    available_dates: tuple[date, ...]
    contact_name: str
    contact_phone_masked: str
    valid_from: date | None
    valid_to: date | None
    notes: str


@dataclass(frozen=True)
class ResourceQuery:
    text: str = ""
    status: str | None = None
    kind: str | None = None
    category: str | None = None
    community: str | None = None
    spare_only: bool = False


def _dates(text: str) -> tuple[date, ...]:
    return tuple(date.fromisoformat(d) for d in offers.split(text))


@guarded("lists.manage")
def validate_resource(session: Session, data: ResourceInput) -> ResourceInput:
    errors: list[ValidationError] = []
    name = offers.checked_text(errors, data.name, "name", "名称", 100)
    if not name:
        errors.append(ValidationError("offer.name_required", field="name"))
    if data.provider_kind not in rules.PROVIDER_KINDS:
        errors.append(ValidationError("resource.provider_kind", field="provider_kind"))
    if data.kind not in rules.RESOURCE_KINDS:
        errors.append(ValidationError("resource.kind", field="kind"))
    known = set(catalog(session, "service_category"))
    categories = tuple(dict.fromkeys(c.strip() for c in data.categories if c.strip()))
    errors += [
        ValidationError("resource.category_unknown", field="categories", category=c)
        for c in categories
        if c not in known
    ]
    provider_name = offers.checked_text(errors, data.provider_name, "provider_name", "提供方", 100)
    if data.team_id:
        team = session.get(VolunteerTeam, data.team_id)
        if team is None or team.deleted:
            errors.append(ValidationError("resource.team_unknown", field="team_id"))
        else:
            provider_name = provider_name or team.name
    elif data.provider_kind == "volunteer_team":
        errors.append(ValidationError("resource.team_required", field="team_id"))
    phone = ""
    if data.contact_phone.strip():
        try:
            phone = normalise_phone(data.contact_phone, field="contact_phone")
        except ValidationError as problem:
            errors.append(problem)
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        errors.append(
            ValidationError("resource.valid_order", field="valid_to", start=data.valid_from, end=data.valid_to)
        )
    clean = ResourceInput(
        name=name,
        provider_kind=data.provider_kind,
        kind=data.kind,
        provider_name=provider_name,
        team_id=data.team_id or None,
        categories=categories,
        terms=offers.check_terms(errors, data.terms),
        available_dates=tuple(sorted(set(data.available_dates))),
        contact_name=offers.checked_text(errors, data.contact_name, "contact_name", "联系人", 50),
        contact_phone=phone,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        notes=offers.checked_text(errors, data.notes, "notes", "备注", 2000),
    )
    if errors:
        raise FormErrors(errors)
    return clean


def _apply(session: Session, resource: Resource, data: ResourceInput) -> None:
    for name in ("name", "provider_kind", "kind", "provider_name", "team_id", "contact_name", "contact_phone"):
        setattr(resource, name, getattr(data, name))
    resource.valid_from, resource.valid_to, resource.notes = data.valid_from, data.valid_to, data.notes
    resource.categories = join_tags(data.categories)
    resource.available_dates = join_tags(tuple(d.isoformat() for d in data.available_dates))
    offers.apply_terms(session, resource, data.terms)


@guarded("lists.manage")
def create_resource(session: Session, data: ResourceInput) -> ResourceRow:
    return resource_row(session, offers.save_offer(session, Resource, None, data, validate_resource, _apply))


@guarded("lists.manage")
def update_resource(session: Session, resource_id: str, data: ResourceInput) -> ResourceRow:
    return resource_row(session, offers.save_offer(session, Resource, resource_id, data, validate_resource, _apply))


@guarded("people.view")
def resource_input(session: Session, resource_id: str) -> ResourceInput:
    """The stored values, unmasked, for the edit form."""
    r = live_row(session, Resource, resource_id)
    return ResourceInput(
        r.name,
        r.provider_kind,
        r.kind,
        r.provider_name,
        r.team_id,
        offers.split(r.categories),
        offers.terms_of(r),
        _dates(r.available_dates),
        r.contact_name,
        r.contact_phone,
        r.valid_from,
        r.valid_to,
        r.notes,
    )


def availability(resource: Resource):
    return offers.availability_of(resource, _dates(resource.available_dates), resource.valid_from, resource.valid_to)


def _row(r: Resource, held: int) -> ResourceRow:
    return ResourceRow(
        r.id,
        r.name,
        r.provider_name,
        r.provider_kind,
        r.kind,
        r.team_id,
        offers.split(r.categories),
        offers.terms_of(r),
        offers.capacity_of(r, held),
        _dates(r.available_dates),
        r.contact_name,
        mask_phone(r.contact_phone),
        r.valid_from,
        r.valid_to,
        r.notes,
    )


def _conditions(session: Session, query: ResourceQuery) -> list:
    conditions = offers.list_conditions(
        session,
        Resource,
        query.status,
        query.community,
        query.spare_only,
        query.text,
        (Resource.name, Resource.provider_name, Resource.notes),
    )
    if query.kind:
        conditions.append(Resource.kind == query.kind)
    if query.category:
        conditions.append(Resource.categories.contains(f"|{query.category}|", autoescape=True))
    return conditions


@guarded("people.view")
def search_resources(session: Session, query: ResourceQuery, offset: int = 0, limit: int = 200) -> list[ResourceRow]:
    rows = session.execute(
        select(Resource, offers.held_column(Resource))
        .where(*_conditions(session, query))
        .order_by(Resource.name, Resource.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return [_row(r, held) for r, held in rows]


@guarded("people.view")
def count_resources(session: Session, query: ResourceQuery = ResourceQuery()) -> int:
    return _count_resources(session, query)


def _count_resources(session: Session, query: ResourceQuery = ResourceQuery()) -> int:
    """Also the registry's counter, which the statistics verb guards: a count names nobody."""
    return session.execute(select(func.count()).select_from(Resource).where(*_conditions(session, query))).scalar_one()


@guarded("people.view")
def resource_row(session: Session, resource_id: str) -> ResourceRow:
    row = session.execute(
        select(Resource, offers.held_column(Resource)).where(Resource.id == resource_id, Resource.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFound("resource", resource_id)
    return _row(*row)


@counter("resources")
def _count(session: Session) -> int:
    return _count_resources(session)


@lister("resources")
def _list(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(r) for r in search_resources(session, ResourceQuery(text=text), limit=limit)]
