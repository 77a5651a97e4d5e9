"""需求清单: record a need (of a person, a group or a community; from a visit in the same step), move it through
its states with who, when and why, its deadline by urgency, the rating of the person served, the paged list
with its filters, the need's page, and the counts for ``stationdesk stats`` and the home page.

Who did it ("recorded_by", "changed_by", "dispatched_by") is set in one place, ``acting_worker``: today the
name typed in the form (remembered for the next form); staff accounts will fill it from the login later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.base import utcnow
from stationdesk.db.models.elderly import Visit
from stationdesk.db.models.lists import Dispatch, Need, NeedStateChange, ServiceRecord
from stationdesk.db.models.people import Person
from stationdesk.db.stamping import note_changed
from stationdesk.domain import needs as rules
from stationdesk.domain.groups import GROUPS, groups_of
from stationdesk.errors import FormErrors, NotFound, ValidationError
from stationdesk.services.accounts import acting_name, guarded
from stationdesk.services.people import live_person
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import DEFAULT_CATALOGS, catalog, current_station, get_local, set_local, today
from stationdesk.services.visits import VisitInput, VisitSummary, record_visit, update_visit

DEFAULT_CATALOGS["service_category"] = (
    "生活照料",
    "助餐",
    "助医",
    "健康监测",
    "精神慰藉",
    "心理疏导",
    "课业辅导",
    "法律援助",
    "矛盾纠纷调解",
    "就业帮扶",
    "应急救援",
    "政策咨询",
    "维修",
    "其他",
)
WORKER_KEY = "lists.worker_name"
DEADLINE_KEY = "lists.need_deadline_days"

messages.register(
    {
        "need.category_required": "请选择服务类别。",
        "need.category_unknown": "服务类别“{category}”不在服务类别列表中。",
        "need.who_required": "请选择有需求的人员，或填写群体/社区名称。",
        "need.people_count": "涉及人数应为 1 到 100000 之间的整数。",
        "need.group_unknown": "服务对象类别无效。",
        "need.urgency_unknown": "紧急程度只能是 紧急 或 一般。",
        "need.source_unknown": "请选择需求来源。",
        "need.visit_unknown": "关联的探访记录不存在或已删除。",
        "need.found_future": "发现日期不能晚于今天。",
        "need.window_order": "期望服务时间的结束（{end}）早于开始（{start}）。",
        "need.text_too_long": "“{label}”不能超过 {max} 个字。",
        "need.transition": "需求当前为“{current}”，不能改为“{target}”。",
        "need.reason_required": "改为“{target}”须写明原因。",
        "need.no_service": "该需求还没有服务记录，不能办结。请先登记为它提供的服务。",
        "need.rating_range": "评价应为 1 到 5 分（5 为满意，1 为不满意）。",
        "need.rating_state": "需求办结后才能评价（当前为“{state}”）。",
        "need.deadline_days": "办结期限应为 0 到 {most} 天的整数。",
        "need.deadline_order": "紧急需求的办结期限不能长于一般需求。",
        "need.not_open": "该需求已“{state}”，不能再修改。",
    }
)


# -- who is acting ------------------------------------------------------------------------------------


def acting_worker(session: Session, typed: str) -> str:
    """The staff member doing this: the one place that says who recorded, changed or dispatched something.
    The logged-in account's display name; without an account (records made by the demo), the name
    typed in the form, remembered as the next form's default."""
    name = acting_name(session) or " ".join((typed or "").split())[:50]
    if name:
        set_local(session, WORKER_KEY, name)
    return name


@guarded("people.view")
def remembered_worker(session: Session) -> str:
    """The name to put in a new form's 记录人 field."""
    return get_local(session, WORKER_KEY)


# -- the deadline rule ----------------------------------------------------------------------------------


@guarded("people.view")
def deadline_days(session: Session) -> dict[str, int]:
    try:
        stored = json.loads(get_local(session, DEADLINE_KEY) or "{}")
        return rules.check_deadline_days({**rules.DEFAULT_DEADLINE_DAYS, **stored})
    except (ValueError, TypeError, ValidationError):
        return dict(rules.DEFAULT_DEADLINE_DAYS)


@guarded("lists.manage")
def set_deadline_days(session: Session, days: dict[str, int]) -> dict[str, int]:
    """Change the rule for needs found from now on (the deadlines of recorded needs stay as they were)."""
    checked = rules.check_deadline_days(days)
    set_local(session, DEADLINE_KEY, json.dumps(checked))
    note_changed(session, "need_rules")
    return checked


# -- values -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedInput:
    category: str
    urgency: str = rules.NORMAL
    source: str = "other"
    person_id: str | None = None
    group_name: str = ""
    people_count: int = 1
    community: str = ""  # "" for a person: their community
    target_group: str | None = None  # None for a person: their first group
    description: str = ""
    wanted_from: datetime | None = None
    wanted_to: datetime | None = None
    place: str = ""
    found_on: date | None = None  # None: today
    visit_id: str | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class FoundNeed:
    """A need noted on a visit's form: the visit gives the person, the source and the date."""

    category: str
    urgency: str = rules.NORMAL
    description: str = ""


@dataclass(frozen=True)
class NeedRow:
    id: str
    number: str
    who: str  # the person's name (a child's alias) or the group
    person_id: str | None
    is_child: bool
    group_name: str
    people_count: int
    community: str
    category: str
    target_group: str
    urgency: str
    source: str
    description: str
    found_on: date
    due_on: date
    state: str
    overdue_days: int  # > 0: open past its deadline
    rating: int | None
    recorded_by: str
    visit_id: str | None = None
    wanted_from: datetime | None = None
    wanted_to: datetime | None = None
    place: str = ""
    rating_comment: str = ""


@dataclass(frozen=True)
class StateChangeRow:
    from_state: str
    to_state: str
    changed_at: datetime
    changed_by: str
    reason: str


@dataclass(frozen=True)
class NeedQuery:
    text: str = ""
    state: str | None = None  # a state code, or "open" / "met"
    urgency: str | None = None
    category: str | None = None
    target_group: str | None = None
    community: str | None = None
    overdue_only: bool = False
    person_id: str | None = None


@dataclass(frozen=True)
class NeedPage:
    entries: tuple[NeedRow, ...]
    total: int | None  # counted with the first page only


@dataclass(frozen=True)
class HomeNeeds:
    open: int
    urgent: int
    overdue: int
    met: int
    latest: tuple[NeedRow, ...] = field(default=())  # open needs: overdue first, then urgent, then the oldest


# -- checking and saving ------------------------------------------------------------------------------------


def _text(errors: list, value: str, name: str, label: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        errors.append(ValidationError("need.text_too_long", field=name, label=label, max=limit))
    return value


def _person_groups(person: Person) -> tuple[str, ...]:
    return groups_of(person.is_elder, person.is_child, (t for t in person.tags.split("|") if t))


def validate_need(session: Session, data: NeedInput) -> NeedInput:
    """Every field checked; the normalised input, or FormErrors listing every problem."""
    errors: list[ValidationError] = []
    category = (data.category or "").strip()
    if not category:
        errors.append(ValidationError("need.category_required", field="category"))
    elif category not in catalog(session, "service_category"):
        errors.append(ValidationError("need.category_unknown", field="category", category=category))
    person = None
    if data.person_id:
        try:
            person = live_person(session, data.person_id)
        except NotFound:
            errors.append(ValidationError("need.who_required", field="person_id"))
    group_name = _text(errors, data.group_name, "group_name", "群体/社区", 100)
    if person is None and not group_name and not any(e.field == "person_id" for e in errors):
        errors.append(ValidationError("need.who_required", field="person_id"))
    if not isinstance(data.people_count, int) or not 1 <= data.people_count <= 100_000:
        errors.append(ValidationError("need.people_count", field="people_count"))
    target = data.target_group
    if target is None:
        target = (_person_groups(person) or ("",))[0] if person is not None else ""
    if target and target not in GROUPS:
        errors.append(ValidationError("need.group_unknown", field="target_group"))
    if data.urgency not in rules.URGENCY_NAMES:
        errors.append(ValidationError("need.urgency_unknown", field="urgency"))
    if data.source not in rules.SOURCE_NAMES:
        errors.append(ValidationError("need.source_unknown", field="source"))
    if data.visit_id:
        visit = session.get(Visit, data.visit_id)
        if visit is None or visit.deleted:
            errors.append(ValidationError("need.visit_unknown", field="visit_id"))
    found_on = data.found_on or today(session)
    if found_on > today(session):
        errors.append(ValidationError("need.found_future", field="found_on"))
    try:
        rules.check_window(data.wanted_from, data.wanted_to)
    except ValidationError as problem:
        errors.append(problem)
    community = _text(errors, data.community, "community", "社区", 60)
    clean = NeedInput(
        category=category,
        urgency=data.urgency,
        source=data.source,
        person_id=person.id if person is not None else None,
        group_name=group_name,
        people_count=data.people_count if person is None or group_name else 1,
        community=community or (person.community if person is not None else ""),
        target_group=target,
        description=_text(errors, data.description, "description", "需求描述", 2000),
        wanted_from=data.wanted_from,
        wanted_to=data.wanted_to,
        place=_text(errors, data.place, "place", "服务地点", 200),
        found_on=found_on,
        visit_id=data.visit_id or None,
        recorded_by=_text(errors, data.recorded_by, "recorded_by", "记录人", 50),
    )
    if errors:
        raise FormErrors(errors)
    return clean


def next_need_number(session: Session) -> str:
    """The station's next number, e.g. ``TEST-001-XQ000042`` (the code keeps it unique in the city)."""
    prefix = f"{current_station(session).code}-XQ"
    last = session.execute(select(func.max(Need.number)).where(Need.number.startswith(prefix))).scalar_one_or_none()
    tail = last[len(prefix) :] if last else ""
    return f"{prefix}{int(tail) + 1 if tail.isdigit() else 1:06d}"


def move_state(session: Session, need: Need, target: str, by: str, reason: str = "") -> None:
    """The one way a need changes state: checked against the flow, kept in the history, first times noted."""
    rules.check_transition(need.state, target, reason)
    now = utcnow()
    session.add(
        NeedStateChange(
            need_id=need.id,
            from_state=need.state,
            to_state=target,
            changed_at=now,
            changed_by=by,
            reason=reason.strip(),
        )
    )
    need.state = target
    for state, column in ((rules.ACCEPTED, "accepted_at"), (rules.DISPATCHED, "dispatched_at")):
        if target == state and getattr(need, column) is None:
            setattr(need, column, now)
    if target == rules.COMPLETED and need.completed_at is None:
        need.completed_at = now


@guarded("lists.manage")
def create_need(session: Session, data: NeedInput) -> NeedRow:
    return _new_need(session, data)


def _new_need(session: Session, data: NeedInput) -> NeedRow:
    """A need recorded on the lists page, or noted on a visit's form by whoever records the visit."""
    data = validate_need(session, data)
    by = acting_worker(session, data.recorded_by)
    need = Need(
        number=next_need_number(session),
        person_id=data.person_id,
        group_name=data.group_name,
        people_count=data.people_count,
        community=data.community,
        category=data.category,
        target_group=data.target_group,
        urgency=data.urgency,
        source=data.source,
        visit_id=data.visit_id,
        description=data.description,
        wanted_from=data.wanted_from,
        wanted_to=data.wanted_to,
        place=data.place,
        recorded_by=by,
        found_on=data.found_on,
        due_on=rules.deadline(data.found_on, data.urgency, deadline_days(session)),
        state=rules.PENDING,
    )
    session.add(need)
    session.flush()
    session.add(NeedStateChange(need_id=need.id, to_state=rules.PENDING, changed_at=utcnow(), changed_by=by))
    session.flush()
    return need_row(session, need.id)


@guarded("lists.manage")
def update_need(session: Session, need_id: str, data: NeedInput) -> NeedRow:
    """Correct an open need; a changed urgency or date moves its deadline by the current rule."""
    need = live_row(session, Need, need_id)
    if need.state not in rules.OPEN_STATES:
        raise ValidationError("need.not_open", state=rules.STATE_NAMES[need.state])
    data = validate_need(session, data)
    moved = (data.urgency, data.found_on) != (need.urgency, need.found_on)
    for name in (
        "person_id",
        "group_name",
        "people_count",
        "community",
        "category",
        "target_group",
        "urgency",
        "source",
        "visit_id",
        "description",
        "wanted_from",
        "wanted_to",
        "place",
        "found_on",
    ):
        setattr(need, name, getattr(data, name))
    if moved:
        need.due_on = rules.deadline(data.found_on, data.urgency, deadline_days(session))
    session.flush()
    return need_row(session, need.id)


BY_HAND = (rules.ACCEPTED, rules.IN_SERVICE, rules.REJECTED, rules.WITHDRAWN)


@guarded("lists.manage")
def change_state(session: Session, need_id: str, target: str, reason: str = "", by: str = "") -> NeedRow:
    """受理 / 开始服务 / 不予受理 / 撤销 by hand (dispatching, completing and rating have their own services).
    A need rejected or withdrawn while dispatched has its open dispatches cancelled with the same reason."""
    need = live_row(session, Need, need_id)
    if target not in BY_HAND or (target == rules.ACCEPTED and need.state != rules.PENDING):
        raise ValidationError(
            "need.transition",
            field="state",
            current=rules.STATE_NAMES[need.state],
            target=rules.STATE_NAMES.get(target, target),
        )
    by = acting_worker(session, by)
    move_state(session, need, target, by, reason)
    if target in (rules.REJECTED, rules.WITHDRAWN):
        for dispatch in session.execute(
            select(Dispatch).where(
                Dispatch.need_id == need.id, Dispatch.state == rules.DISPATCH_OPEN, Dispatch.deleted.is_(False)
            )
        ).scalars():
            dispatch.state, dispatch.closed_at = rules.DISPATCH_CANCELLED, utcnow()
            dispatch.cancel_reason = reason.strip() or rules.STATE_NAMES[target]
    session.flush()
    return need_row(session, need.id)


def has_service(session: Session, need_id: str) -> bool:
    return (
        session.execute(
            select(ServiceRecord.id).where(ServiceRecord.need_id == need_id, ServiceRecord.deleted.is_(False)).limit(1)
        ).first()
        is not None
    )


@guarded("lists.manage")
def complete_need(session: Session, need_id: str, by: str = "", note: str = "") -> NeedRow:
    """办结: only with a service given for it (a service record of this need)."""
    need = live_row(session, Need, need_id)
    rules.check_transition(need.state, rules.COMPLETED)
    if not has_service(session, need.id):
        raise ValidationError("need.no_service", field="state")
    move_state(session, need, rules.COMPLETED, acting_worker(session, by), note)
    session.flush()
    return need_row(session, need.id)


@guarded("lists.manage")
def rate_need(session: Session, need_id: str, rating: int, comment: str = "", by: str = "") -> NeedRow:
    """The person served rates the result (1-5) with a comment; the first rating moves it to 已评价,
    a later one corrects it (the history says so)."""
    need = live_row(session, Need, need_id)
    rating = rules.check_rating(rating)
    if need.state not in rules.MET_STATES:
        raise ValidationError("need.rating_state", field="rating", state=rules.STATE_NAMES[need.state])
    by = acting_worker(session, by)
    comment = (comment or "").strip()[:1000]
    if need.state == rules.COMPLETED:
        move_state(session, need, rules.RATED, by, f"{rating} {rules.RATING_NAMES[rating]}")
    else:
        session.add(
            NeedStateChange(
                need_id=need.id,
                from_state=rules.RATED,
                to_state=rules.RATED,
                changed_at=utcnow(),
                changed_by=by,
                reason=f"{need.rating} → {rating} {rules.RATING_NAMES[rating]}",
            )
        )
    need.rating, need.rating_comment, need.rated_on = rating, comment, today(session)
    session.flush()
    return need_row(session, need.id)


# -- needs from a visit ----------------------------------------------------------------------------------


def add_needs_from_visit(session: Session, visit_id: str, found: tuple[FoundNeed, ...], recorded_by: str) -> list[str]:
    """The needs noted on a visit's form, each linked to the visit and to the elder visited."""
    visit = live_row(session, Visit, visit_id)
    return [
        _new_need(
            session,
            NeedInput(
                category=item.category,
                urgency=item.urgency,
                source="visit",
                person_id=visit.elder_id,
                description=item.description or visit.needs,
                found_on=visit.visited_on,
                visit_id=visit.id,
                recorded_by=recorded_by,
            ),
        ).id
        for item in found
    ]


@guarded("visits.record")
def record_visit_with_needs(session: Session, data: VisitInput, found: tuple[FoundNeed, ...] = ()) -> VisitSummary:
    """登记探访 and the needs it found, in one step (the visit dialog's save)."""
    summary = record_visit(session, data)
    add_needs_from_visit(session, summary.id, found, data.recorder)
    return summary


@guarded("visits.record")
def update_visit_with_needs(
    session: Session, visit_id: str, data: VisitInput, found: tuple[FoundNeed, ...] = ()
) -> VisitSummary:
    """A corrected visit and the needs newly noted on it (those already made stay as they are)."""
    summary = update_visit(session, visit_id, data)
    add_needs_from_visit(session, visit_id, found, data.recorder)
    return summary


@guarded("people.view")
def needs_of_visit(session: Session, visit_id: str) -> list[NeedRow]:
    return need_rows(session, [Need.visit_id == visit_id], order=(Need.number,))


# -- reading ------------------------------------------------------------------------------------------------


def _row(need: Need, name: str | None, alias: str | None, is_child: bool | None, day: date) -> NeedRow:
    if need.person_id:
        who = alias if is_child and alias else (name or "")
    else:
        who = need.group_name
    overdue = (day - need.due_on).days if rules.is_overdue(need.state, need.due_on, day) else 0
    return NeedRow(
        need.id,
        need.number,
        who,
        need.person_id,
        bool(is_child),
        need.group_name,
        need.people_count,
        need.community,
        need.category,
        need.target_group,
        need.urgency,
        need.source,
        need.description,
        need.found_on,
        need.due_on,
        need.state,
        overdue,
        need.rating,
        need.recorded_by,
        need.visit_id,
        need.wanted_from,
        need.wanted_to,
        need.place,
        need.rating_comment,
    )


def _ids(session: Session, conditions: list, order=None, offset: int = 0, limit: int | None = None) -> list[str]:
    order = order or (Need.found_on.desc(), Need.number.desc())
    ids = select(Need.id).where(Need.deleted.is_(False), *conditions).order_by(*order).offset(offset)
    return list(session.execute(ids if limit is None else ids.limit(limit)).scalars())


def _rows_of(session: Session, ids: list[str]) -> list[NeedRow]:
    if not ids:
        return []
    day = today(session)
    rows = {
        n.id: _row(n, name, alias, child, day)
        for n, name, alias, child in session.execute(
            select(Need, Person.name, Person.alias, Person.is_child)
            .outerjoin(Person, Person.id == Need.person_id)
            .where(Need.id.in_(ids))
        )
    }
    return [rows[i] for i in ids]


@guarded("people.view")
def need_rows(
    session: Session, conditions: list, order=None, offset: int = 0, limit: int | None = None
) -> list[NeedRow]:
    """Needs matching ``conditions`` in ``order`` (newest found first). The page's ids are found first and
    the rows read after: sorting thousands of open needs by a few columns is cheap, sorting whole rows is not."""
    return _rows_of(session, _ids(session, conditions, order, offset, limit))


@guarded("people.view")
def need_row(session: Session, need_id: str) -> NeedRow:
    rows = need_rows(session, [Need.id == need_id])
    if not rows:
        raise NotFound("need", need_id)
    return rows[0]


def open_condition():
    return Need.state.in_(rules.OPEN_STATES)


def overdue_condition(day: date):
    return and_(open_condition(), Need.due_on < day)


def _conditions(session: Session, query: NeedQuery) -> list:
    conditions = []
    if query.state == "open":
        conditions.append(open_condition())
    elif query.state == "met":
        conditions.append(Need.state.in_(rules.MET_STATES))
    elif query.state:
        conditions.append(Need.state == query.state)
    if query.overdue_only:
        conditions.append(overdue_condition(today(session)))
    for value, column in (
        (query.urgency, Need.urgency),
        (query.category, Need.category),
        (query.target_group, Need.target_group),
        (query.community, Need.community),
        (query.person_id, Need.person_id),
    ):
        if value:
            conditions.append(column == value)
    text = query.text.strip()
    if text:
        people = select(Person.id).where(
            or_(Person.name.contains(text, autoescape=True), Person.alias.contains(text, autoescape=True))
        )
        conditions.append(
            or_(
                Need.number.contains(text.upper(), autoescape=True),
                Need.description.contains(text, autoescape=True),
                Need.group_name.contains(text, autoescape=True),
                Need.person_id.in_(people),
            )
        )
    return conditions


@guarded("people.view")
def count_needs(session: Session, query: NeedQuery = NeedQuery()) -> int:
    return _count_needs(session, query)


def _count_needs(session: Session, query: NeedQuery = NeedQuery()) -> int:
    """Also the registry's counter, which the statistics verb guards: a count names nobody."""
    return session.execute(
        select(func.count()).select_from(Need).where(Need.deleted.is_(False), *_conditions(session, query))
    ).scalar_one()


@guarded("people.view")
def search_needs(session: Session, query: NeedQuery, offset: int = 0, limit: int = 200) -> NeedPage:
    """A page of needs, newest found first; the first page also carries how many match. A text search reads
    every matching id once (a text is matched row by row) and takes the count and the page from them."""
    conditions = _conditions(session, query)
    if query.text.strip():
        every = _ids(session, conditions)
        return NeedPage(tuple(_rows_of(session, every[offset : offset + limit])), len(every) if offset == 0 else None)
    rows = need_rows(session, conditions, offset=offset, limit=limit)
    return NeedPage(tuple(rows), count_needs(session, query) if offset == 0 else None)


@guarded("people.view")
def history_of(session: Session, need_id: str) -> list[StateChangeRow]:
    return [
        StateChangeRow(c.from_state, c.to_state, c.changed_at, c.changed_by, c.reason)
        for c in session.execute(
            select(NeedStateChange)
            .where(NeedStateChange.need_id == need_id, NeedStateChange.deleted.is_(False))
            .order_by(NeedStateChange.changed_at, NeedStateChange.change_seq)
        ).scalars()
    ]


@guarded("people.view")
def communities(session: Session) -> list[str]:
    """Communities the needs name (their index holds them), for the filters and the need form's choices."""
    return [n for n in session.execute(select(Need.community).distinct().order_by(Need.community)).scalars() if n]


@dataclass(frozen=True)
class NeedFormChoices:
    categories: tuple[str, ...]
    communities: tuple[str, ...]
    worker: str  # the remembered 记录人


@guarded("people.view")
def need_form_choices(session: Session) -> NeedFormChoices:
    return NeedFormChoices(
        tuple(catalog(session, "service_category")), tuple(communities(session)), remembered_worker(session)
    )


@guarded("people.view")
def home_needs(session: Session, limit: int = 8) -> HomeNeeds:
    """The home page's counts and the open needs to look at first: overdue, then urgent, then oldest."""
    day = today(session)
    live = Need.deleted.is_(False)
    open_count, urgent, overdue = session.execute(
        select(
            func.count(),
            func.count().filter(Need.urgency == rules.URGENT),
            func.count().filter(Need.due_on < day),
        ).where(live, open_condition())
    ).one()
    met = session.execute(
        select(func.count()).select_from(Need).where(live, Need.state.in_(rules.MET_STATES))
    ).scalar_one()
    order = (Need.due_on, Need.urgency.desc(), Need.found_on, Need.id)  # "urgent" sorts after "normal"
    latest = need_rows(session, [open_condition()], order=order, limit=limit)
    return HomeNeeds(open_count, urgent, overdue, met, tuple(latest))


# -- stats and list ---------------------------------------------------------------------------------------


@counter("needs")
def _count_all(session: Session) -> int:
    return _count_needs(session)


@counter("needs_open")
def _count_open(session: Session) -> int:
    return _count_needs(session, NeedQuery(state="open"))


@counter("needs_overdue")
def _count_overdue(session: Session) -> int:
    return _count_needs(session, NeedQuery(overdue_only=True))


@counter("needs_met")
def _count_met(session: Session) -> int:
    return _count_needs(session, NeedQuery(state="met"))


@lister("needs")
def _list_needs(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(n) for n in search_needs(session, NeedQuery(text=text), limit=limit).entries]
