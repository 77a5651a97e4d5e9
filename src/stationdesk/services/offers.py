"""What a resource and a service both say about where, when and how much they serve (``OfferTerms``):
checked, stored and read the same way for both lists, with the capacity that open dispatches hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.lists import Dispatch
from stationdesk.domain import offers as rules
from stationdesk.domain.matching import Availability
from stationdesk.domain.needs import DISPATCH_OPEN
from stationdesk.errors import ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.people import join_tags
from stationdesk.services.records import live_row
from stationdesk.services.station import today

messages.register(
    {
        "offer.weekdays": "服务日应写成 1-7 的数字（1 为周一），如 135。",
        "offer.hours_order": "可服务时段的结束（{end}）应晚于开始（{start}）。",
        "offer.capacity_range": "容量应为 0 到 {most} 之间的整数。",
        "offer.capacity_over_maximum": "可用量不能大于最大容量（{maximum}）。",
        "offer.status": "状态只能是 在用、暂停 或 已终止。",
        "offer.name_required": "请填写名称。",
        "offer.text_too_long": "“{label}”不能超过 {max} 个字。",
    }
)


@dataclass(frozen=True)
class OfferTerms:
    service_area: tuple[str, ...] = ()  # communities; empty: the whole station area
    weekdays: str = ""  # "12345", Monday = 1
    available_from: time | None = None
    available_to: time | None = None
    capacity_unit: str = ""
    capacity_available: int | None = None  # None: not counted
    capacity_maximum: int | None = None
    status: str = rules.ACTIVE


@dataclass(frozen=True)
class Capacity:
    unit: str
    available: int | None
    maximum: int | None
    held: int  # by open dispatches
    remaining: int | None


def split(text: str) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split("|") if t)


def checked_text(errors: list, value: str, name: str, label: str, limit: int) -> str:
    value = " ".join((value or "").split()) if limit <= 200 else (value or "").strip()
    if len(value) > limit:
        errors.append(ValidationError("offer.text_too_long", field=name, label=label, max=limit))
    return value


def check_terms(errors: list, terms: OfferTerms) -> OfferTerms:
    """The terms normalised; problems are added to ``errors`` (the caller raises them with its own)."""
    try:
        weekdays = rules.clean_weekdays(terms.weekdays)
    except ValidationError as problem:
        errors.append(problem)
        weekdays = ""
    for check in (
        lambda: rules.check_hours(terms.available_from, terms.available_to),
        lambda: rules.check_capacity(terms.capacity_available, terms.capacity_maximum),
    ):
        try:
            check()
        except ValidationError as problem:
            errors.append(problem)
    if terms.status not in rules.STATUS_NAMES:
        errors.append(ValidationError("offer.status", field="status"))
    return OfferTerms(
        tuple(dict.fromkeys(a.strip() for a in terms.service_area if a.strip())),
        weekdays,
        terms.available_from,
        terms.available_to,
        checked_text(errors, terms.capacity_unit, "capacity_unit", "容量单位", 20),
        terms.capacity_available,
        terms.capacity_maximum,
        terms.status,
    )


def apply_terms(session: Session, row, terms: OfferTerms) -> None:
    if (row.capacity_available, row.capacity_maximum) != (terms.capacity_available, terms.capacity_maximum):
        row.capacity_updated_on = today(session)
    row.service_area = join_tags(terms.service_area)
    row.available_weekdays, row.available_from, row.available_to = (
        terms.weekdays,
        terms.available_from,
        terms.available_to,
    )
    row.capacity_unit, row.capacity_available, row.capacity_maximum = (
        terms.capacity_unit,
        terms.capacity_available,
        terms.capacity_maximum,
    )
    row.status = terms.status


@guarded("lists.manage")
def save_offer(session: Session, model, record_id: str | None, data, validate, apply) -> str:
    """Check and store a resource or a service (a new one when ``record_id`` is None); returns its id."""
    row = live_row(session, model, record_id) if record_id else model()
    apply(session, row, validate(session, data))
    if record_id is None:
        session.add(row)
    session.flush()
    return row.id


def terms_of(row) -> OfferTerms:
    return OfferTerms(
        split(row.service_area),
        row.available_weekdays,
        row.available_from,
        row.available_to,
        row.capacity_unit,
        row.capacity_available,
        row.capacity_maximum,
        row.status,
    )


def availability_of(row, dates: tuple[date, ...] = (), valid_from=None, valid_to=None) -> Availability:
    return Availability(row.available_weekdays, row.available_from, row.available_to, dates, valid_from, valid_to)


def capacity_of(row, held: int) -> Capacity:
    return Capacity(
        row.capacity_unit,
        row.capacity_available,
        row.capacity_maximum,
        held,
        rules.remaining(row.capacity_available, held),
    )


def held_column(model):
    """Capacity held now by open dispatches of each row of ``model`` (Resource or StationService)."""
    target = Dispatch.resource_id if model.__tablename__ == "resource" else Dispatch.service_id
    return (
        select(func.coalesce(func.sum(Dispatch.quantity), 0))
        .where(target == model.id, Dispatch.state == DISPATCH_OPEN, Dispatch.deleted.is_(False))
        .correlate(model)
        .scalar_subquery()
    )


def list_conditions(
    session: Session,
    model,
    status: str | None,
    community: str | None,
    spare_only: bool,
    text: str = "",
    searched: tuple = (),
) -> list:
    """Filters both lists share: status, a community in the service area (or serving everywhere), spare
    capacity (counted, active, still valid, more available than open dispatches hold), and a text found in
    one of the ``searched`` columns."""
    conditions = [model.deleted.is_(False)]
    if text.strip():
        conditions.append(or_(*(column.contains(text.strip(), autoescape=True) for column in searched)))
    if status:
        conditions.append(model.status == status)
    if community:
        conditions.append((model.service_area == "") | model.service_area.contains(f"|{community}|", autoescape=True))
    if spare_only:
        conditions += [
            model.status == rules.ACTIVE,
            model.capacity_available.is_not(None),
            model.capacity_available > held_column(model),
        ]
        if hasattr(model, "valid_to"):
            conditions.append(model.valid_to.is_(None) | (model.valid_to >= today(session)))
    return conditions
