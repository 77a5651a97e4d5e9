"""派单: dispatch a need to one or more services, resources, teams or volunteers in one step (capacity is held
while a dispatch is open; taking more than is left asks for confirmation), cancel or re-dispatch with the
reason kept, and close a dispatch with the service given — its service record, its volunteers' shifts and,
when the need is met, the need's completion, all in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.base import utcnow
from stationdesk.db.models.lists import Dispatch, Need, Resource, StationService
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import TeamMembership, Volunteer, VolunteerTeam
from stationdesk.domain import matching as kinds
from stationdesk.domain import needs as rules
from stationdesk.domain import offers as offer_rules
from stationdesk.domain.service_hours import STATUS_ACTIVE, STATUS_LEFT
from stationdesk.errors import NeedsConfirmation, NotFound, ValidationError
from stationdesk.services import offers, service_records
from stationdesk.services.accounts import guarded
from stationdesk.services.needs import acting_worker, move_state, need_row
from stationdesk.services.records import live_row
from stationdesk.services.station import today

messages.register(
    {
        "dispatch.no_targets": "请至少选择一个派单对象。",
        "dispatch.target_unknown": "派单对象不存在或已删除。",
        "dispatch.target_ended": "“{name}”已终止，不能派单。",
        "dispatch.target_expired": "“{name}”的有效期已于 {day} 结束，不能派单。",
        "dispatch.target_paused": "“{name}”目前暂停，仍要派单吗？",
        "dispatch.volunteer_left": "志愿者 {name} 已退出，不能派单。",
        "dispatch.over_capacity": "“{name}”尚余 {left} {unit}，本次派单 {quantity} {unit}，超出容量。仍要派单吗？",
        "dispatch.quantity": "派单数量应为 1 到 100000 之间的整数。",
        "dispatch.duplicate": "该需求已派给“{name}”，派单仍在进行中。",
        "dispatch.need_closed": "需求已“{state}”，不能派单。",
        "dispatch.not_open": "该派单已“{state}”。",
        "dispatch.reason_required": "请写明取消或改派的原因。",
    }
)


@dataclass(frozen=True)
class DispatchTarget:
    kind: str  # domain.matching SERVICE, RESOURCE, TEAM, VOLUNTEER
    key: str
    quantity: int = 1
    score: int | None = None


@dataclass(frozen=True)
class DispatchRow:
    id: str
    need_id: str
    kind: str
    key: str
    name: str
    quantity: int
    unit: str
    state: str
    dispatched_at: datetime
    dispatched_by: str
    instructions: str
    closed_at: datetime | None
    cancel_reason: str
    score: int | None


@dataclass(frozen=True)
class ServiceContext:
    """What the form for a service given to a need starts with: the need, and when closing a dispatch the
    provider it names and the volunteers to tick."""

    dispatch: DispatchRow | None
    need_id: str
    need_number: str
    category: str
    person_id: str | None
    person_name: str
    people_count: int
    place: str
    service_id: str | None
    team_id: str | None
    resource_id: str | None
    volunteers: tuple[tuple[str, str, bool], ...]  # (volunteer id, name, ticked)


@dataclass(frozen=True)
class ClosedDispatch:
    record_id: str
    shift_ids: tuple[str, ...]
    need_state: str


COLUMNS = {
    kinds.SERVICE: "service_id",
    kinds.RESOURCE: "resource_id",
    kinds.TEAM: "team_id",
    kinds.VOLUNTEER: "volunteer_id",
}
MODELS = {
    kinds.SERVICE: StationService,
    kinds.RESOURCE: Resource,
    kinds.TEAM: VolunteerTeam,
    kinds.VOLUNTEER: Volunteer,
}


def _target_of(dispatch: Dispatch) -> tuple[str, str]:
    return next((kind, getattr(dispatch, column)) for kind, column in COLUMNS.items() if getattr(dispatch, column))


def _name(session: Session, kind: str, row) -> str:
    if kind == kinds.VOLUNTEER:
        return session.get(Person, row.person_id).name
    return row.name


def _open_dispatches(session: Session, need_id: str) -> list[Dispatch]:
    return list(
        session.execute(
            select(Dispatch).where(
                Dispatch.need_id == need_id, Dispatch.state == rules.DISPATCH_OPEN, Dispatch.deleted.is_(False)
            )
        ).scalars()
    )


def _check_target(session: Session, need: Need, target: DispatchTarget, warnings: list) -> str:
    """Refuse what cannot take a dispatch; note what deserves a second look. Returns the target's name."""
    model = MODELS.get(target.kind)
    row = session.get(model, target.key) if model is not None and target.key else None
    if row is None or row.deleted:
        raise ValidationError("dispatch.target_unknown", field="targets")
    name = _name(session, target.kind, row)
    if not isinstance(target.quantity, int) or not 1 <= target.quantity <= 100_000:
        raise ValidationError("dispatch.quantity", field="quantity")
    if target.kind == kinds.VOLUNTEER and row.status == STATUS_LEFT:
        raise ValidationError("dispatch.volunteer_left", field="targets", name=name)
    if target.kind == kinds.VOLUNTEER and row.status != STATUS_ACTIVE:
        warnings.append(ValidationError("dispatch.target_paused", name=name))
    if target.kind in (kinds.SERVICE, kinds.RESOURCE):
        if row.status == offer_rules.ENDED:
            raise ValidationError("dispatch.target_ended", field="targets", name=name)
        valid_to = getattr(row, "valid_to", None)
        if valid_to is not None and valid_to < today(session):
            raise ValidationError("dispatch.target_expired", field="targets", name=name, day=valid_to.isoformat())
        if row.status == offer_rules.PAUSED:
            warnings.append(ValidationError("dispatch.target_paused", name=name))
        held = session.execute(select(offers.held_column(model)).where(model.id == row.id)).scalar_one()
        left = offers.capacity_of(row, held).remaining
        if left is not None and target.quantity > left:
            warnings.append(
                ValidationError(
                    "dispatch.over_capacity", name=name, left=left, unit=row.capacity_unit, quantity=target.quantity
                )
            )
    if any(getattr(d, COLUMNS[target.kind]) == target.key for d in _open_dispatches(session, need.id)):
        raise ValidationError("dispatch.duplicate", field="targets", name=name)
    return name


@guarded("lists.manage")
def dispatch_need(
    session: Session,
    need_id: str,
    targets: tuple[DispatchTarget, ...],
    instructions: str = "",
    by: str = "",
    confirmed: bool = False,
) -> list[DispatchRow]:
    """派单 to every target at once; a pending need is accepted on the way. A paused target or one without
    enough capacity left raises NeedsConfirmation first (repeat with ``confirmed=True``)."""
    need = live_row(session, Need, need_id)
    if need.state not in rules.OPEN_STATES:
        raise ValidationError("dispatch.need_closed", state=rules.STATE_NAMES[need.state])
    if not targets:
        raise ValidationError("dispatch.no_targets", field="targets")
    warnings: list[ValidationError] = []
    names = [_check_target(session, need, t, warnings) for t in targets]
    if len({(t.kind, t.key) for t in targets}) != len(targets):
        raise ValidationError("dispatch.duplicate", field="targets", name=names[0])
    if warnings and not confirmed:
        raise NeedsConfirmation(warnings)
    by = acting_worker(session, by)
    now = utcnow()
    made = []
    for target in targets:
        dispatch = Dispatch(
            need_id=need.id,
            quantity=target.quantity,
            score=target.score,
            state=rules.DISPATCH_OPEN,
            dispatched_at=now,
            dispatched_by=by,
            instructions=instructions.strip()[:1000],
        )
        setattr(dispatch, COLUMNS[target.kind], target.key)
        session.add(dispatch)
        session.flush()  # one at a time, so their change sequence keeps the order they were chosen in
        made.append(dispatch)
    if need.state == rules.PENDING:
        move_state(session, need, rules.ACCEPTED, by)
    if need.state == rules.ACCEPTED:
        move_state(session, need, rules.DISPATCHED, by, "、".join(names))
    session.flush()
    return [dispatch_row(session, d.id) for d in made]


def _end(session: Session, dispatch: Dispatch, state: str, reason: str = "") -> None:
    dispatch.state, dispatch.closed_at, dispatch.cancel_reason = state, utcnow(), reason.strip()[:1000]


@guarded("lists.manage")
def cancel_dispatch(session: Session, dispatch_id: str, reason: str, by: str = "") -> DispatchRow:
    """Cancel with the reason; the held capacity is free again, and a need with no dispatch left goes back
    to 已受理 for a new dispatch."""
    dispatch = live_row(session, Dispatch, dispatch_id)
    if dispatch.state != rules.DISPATCH_OPEN:
        raise ValidationError("dispatch.not_open", state=rules.DISPATCH_STATE_NAMES[dispatch.state])
    if not reason.strip():
        raise ValidationError("dispatch.reason_required", field="reason")
    _end(session, dispatch, rules.DISPATCH_CANCELLED, reason)
    session.flush()
    need = session.get(Need, dispatch.need_id)
    if not _open_dispatches(session, need.id) and need.state in (rules.DISPATCHED, rules.IN_SERVICE):
        move_state(session, need, rules.ACCEPTED, acting_worker(session, by), reason)
    session.flush()
    return dispatch_row(session, dispatch.id)


@guarded("lists.manage")
def redispatch(
    session: Session, dispatch_id: str, target: DispatchTarget, reason: str, by: str = "", confirmed: bool = False
) -> list[DispatchRow]:
    """改派: cancel this dispatch (the reason is kept) and dispatch the need to another target."""
    dispatch = live_row(session, Dispatch, dispatch_id)
    instructions = dispatch.instructions
    cancel_dispatch(session, dispatch_id, reason, by)
    return dispatch_need(session, dispatch.need_id, (target,), instructions, by, confirmed)


@guarded("people.view")
def close_choices(session: Session, dispatch_id: str) -> ServiceContext:
    dispatch = live_row(session, Dispatch, dispatch_id)
    need = session.get(Need, dispatch.need_id)
    row = need_row(session, need.id)
    kind, key = _target_of(dispatch)
    service = session.get(StationService, key) if kind == kinds.SERVICE else None
    team_id = key if kind == kinds.TEAM else (service.team_id if service is not None else None)
    ticked = {key} if kind == kinds.VOLUNTEER else set()
    people = []
    if team_id:
        people = session.execute(
            select(Volunteer.id, Person.name)
            .join(TeamMembership, TeamMembership.volunteer_id == Volunteer.id)
            .join(Person, Person.id == Volunteer.person_id)
            .where(
                TeamMembership.team_id == team_id,
                TeamMembership.deleted.is_(False),
                Volunteer.deleted.is_(False),
                Volunteer.status == STATUS_ACTIVE,
            )
            .order_by(Person.name_pinyin)
        ).all()
    elif kind == kinds.VOLUNTEER:
        people = [(key, _name(session, kind, session.get(Volunteer, key)))]
    return ServiceContext(
        dispatch_row(session, dispatch.id),
        need.id,
        need.number,
        need.category,
        need.person_id,
        row.who,
        need.people_count,
        need.place,
        key if kind == kinds.SERVICE else None,
        team_id,
        key if kind == kinds.RESOURCE else (service.resource_id if service is not None else None),
        tuple((vid, name, vid in ticked) for vid, name in people),
    )


@guarded("lists.manage")
def close_dispatch(
    session: Session, dispatch_id: str, record: service_records.ServiceRecordInput, need_met: bool = True
) -> ClosedDispatch:
    """The service was given: its record (with the volunteers' shifts) for this need, the dispatch closed
    and its hold released (goods and funds used up), and — when the need is met — the need completed and its
    other open dispatches cancelled. One transaction: a refused shift leaves everything as it was."""
    dispatch = live_row(session, Dispatch, dispatch_id)
    if dispatch.state != rules.DISPATCH_OPEN:
        raise ValidationError("dispatch.not_open", state=rules.DISPATCH_STATE_NAMES[dispatch.state])
    need = session.get(Need, dispatch.need_id)
    kind, key = _target_of(dispatch)
    provider = {
        "service_id": record.service_id or (key if kind == kinds.SERVICE else None),
        "team_id": record.team_id or (key if kind == kinds.TEAM else None),
        "resource_id": record.resource_id or (key if kind == kinds.RESOURCE else None),
    }
    record = service_records.ServiceRecordInput(
        **{
            **record.__dict__,
            **provider,
            "category": record.category or need.category,
            "need_id": need.id,
            "dispatch_id": dispatch.id,
        }
    )
    saved = service_records.record_service(session, record)
    _end(session, dispatch, rules.DISPATCH_CLOSED)
    if kind == kinds.RESOURCE:
        resource = session.get(Resource, key)
        if resource.kind in offer_rules.CONSUMED_KINDS and resource.capacity_available is not None:
            resource.capacity_available = max(0, resource.capacity_available - dispatch.quantity)
            resource.capacity_updated_on = today(session)
    need_state = _after_service(session, need, acting_worker(session, record.recorded_by), need_met)
    return ClosedDispatch(saved.id, saved.shift_ids, need_state)


def _after_service(session: Session, need: Need, by: str, need_met: bool) -> str:
    """A service was given for the need: completed when it is met (its other open dispatches are cancelled),
    else 服务中 once dispatched."""
    if need_met:
        if need.state == rules.PENDING:
            move_state(session, need, rules.ACCEPTED, by)
        move_state(session, need, rules.COMPLETED, by)
        for other in _open_dispatches(session, need.id):
            _end(session, other, rules.DISPATCH_CANCELLED, rules.STATE_NAMES[rules.COMPLETED])
    elif need.state == rules.DISPATCHED:
        move_state(session, need, rules.IN_SERVICE, by)
    session.flush()
    return need.state


@guarded("people.view")
def need_service_choices(session: Session, need_id: str) -> ServiceContext:
    """The form for a service the station gives a need itself, without a dispatch."""
    row = need_row(session, need_id)
    return ServiceContext(
        None,
        row.id,
        row.number,
        row.category,
        row.person_id,
        row.who,
        row.people_count,
        row.place,
        None,
        None,
        None,
        (),
    )


@guarded("visits.record")
def record_service_for_need(
    session: Session, need_id: str, record: service_records.ServiceRecordInput, need_met: bool = True
) -> ClosedDispatch:
    """The station served the need itself (no dispatch): the service record, its volunteers' shifts, and the
    need completed when it is met."""
    need = live_row(session, Need, need_id)
    if need.state not in rules.OPEN_STATES:
        raise ValidationError("dispatch.need_closed", state=rules.STATE_NAMES[need.state])
    record = service_records.ServiceRecordInput(
        **{**record.__dict__, "category": record.category or need.category, "need_id": need.id}
    )
    saved = service_records.record_service(session, record)
    need_state = _after_service(session, need, acting_worker(session, record.recorded_by), need_met)
    return ClosedDispatch(saved.id, saved.shift_ids, need_state)


@guarded("people.view")
def dispatch_row(session: Session, dispatch_id: str) -> DispatchRow:
    rows = dispatch_rows(session, [Dispatch.id == dispatch_id])
    if not rows:
        raise NotFound("dispatch", dispatch_id)
    return rows[0]


@guarded("people.view")
def dispatch_rows(session: Session, conditions: list) -> list[DispatchRow]:
    dispatches = session.execute(
        select(Dispatch)
        .where(Dispatch.deleted.is_(False), *conditions)
        .order_by(Dispatch.dispatched_at, Dispatch.change_seq)
    ).scalars()
    out = []
    for d in dispatches:
        kind, key = _target_of(d)
        target = session.get(MODELS[kind], key)
        out.append(
            DispatchRow(
                d.id,
                d.need_id,
                kind,
                key,
                _name(session, kind, target),
                d.quantity,
                getattr(target, "capacity_unit", ""),
                d.state,
                d.dispatched_at,
                d.dispatched_by,
                d.instructions,
                d.closed_at,
                d.cancel_reason,
                d.score,
            )
        )
    return out


@guarded("people.view")
def dispatches_of(session: Session, need_id: str) -> list[DispatchRow]:
    return dispatch_rows(session, [Dispatch.need_id == need_id])


@guarded("people.view")
def open_dispatches_of_target(session: Session, kind: str, key: str) -> list[DispatchRow]:
    return dispatch_rows(session, [getattr(Dispatch, COLUMNS[kind]) == key, Dispatch.state == rules.DISPATCH_OPEN])
