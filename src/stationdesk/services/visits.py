"""探访记录: record a home visit (or call), its visitors and its follow-up task; close follow-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.elderly import FollowUp, Visit, VisitVisitor
from stationdesk.db.models.people import Person
from stationdesk.errors import FormErrors, NotFound, ValidationError
from stationdesk.messages import register as register_messages
from stationdesk.services.accounts import acting_name, guarded
from stationdesk.services.own_person import OwnPerson, own_person, resolve_own_person
from stationdesk.services.people import join_tags
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import DEFAULT_CATALOGS, today

VISIT_KINDS = ("上门走访", "电话问候", "到站服务", "委托探访")
SATISFACTION = ("满意", "基本满意", "不满意")
DEFAULT_CATALOGS.setdefault(
    "visit_risk",
    ("跌倒风险", "独居无人照应", "用电用气安全", "情绪低落", "走失风险", "用药安全", "居住环境差", "经济困难"),
)
DEFAULT_CATALOGS.setdefault(
    "elder_service",
    (
        "生活照料",
        "健康监测",
        "精神慰藉",
        "助餐",
        "助浴",
        "助洁",
        "助医",
        "代购代办",
        "安全检查",
        "政策咨询",
        "康复指导",
        "法律援助",
    ),
)
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_BLOOD_PRESSURE = re.compile(r"^(\d{2,3})/(\d{2,3})$")

register_messages(
    {
        "visit.elder_required": "请选择被探访的老人。",
        "visit.elder_unknown": "该老人不在人员档案中，或已被删除。",
        "visit.not_elder": "{name} 未登记为老年人，请先在人员档案中勾选“老年人”。",
        "visit.date_required": "请填写探访日期。",
        "visit.date_in_future": "探访日期 {visited_on} 晚于今天，不能登记尚未发生的探访。",
        "visit.time_format": "时间应写成 时:分，如 09:30。",
        "visit.end_before_start": "结束时间 {end} 早于开始时间 {start}。",
        "visit.kind_unknown": "请选择探访方式（{choices}）。",
        "visit.visitor_unknown": "探访人不在人员档案中或已删除。",
        "visit.blood_pressure_format": "血压应写成 收缩压/舒张压，如 135/85。",
        "visit.blood_glucose_format": "血糖应为 1.0 到 35.0 之间的数字（mmol/L）。",
        "visit.follow_up_due_required": "填写了跟进事项，请同时填写跟进期限。",
        "visit.follow_up_due_before_visit": "跟进期限不能早于探访日期。",
        "visit.satisfaction_unknown": "满意度只能是：满意、基本满意、不满意。",
        "visit.text_too_long": "“{label}”不能超过 {max} 个字。",
        "follow_up.already_closed": "该跟进事项已于 {closed_on} 关闭。",
        "follow_up.close_date": "关闭日期不能早于探访日期，也不能晚于今天。",
    }
)


@dataclass(frozen=True)
class VisitInput:
    elder_id: str
    visited_on: date | None
    start_time: str
    end_time: str
    kind: str
    visitor_ids: tuple[str, ...] = ()
    living_situation: str = ""
    blood_pressure: str = ""
    blood_glucose: str = ""
    health_note: str = ""
    risks: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    needs: str = ""
    follow_up_action: str = ""
    follow_up_due: date | None = None
    satisfaction: str = ""
    recorder: str = ""
    ability_changed: bool = False


@dataclass(frozen=True)
class VisitSummary:
    id: str
    elder_id: str
    elder_name: str
    visited_on: date
    start_time: str
    end_time: str
    kind: str
    visitors: tuple[str, ...]
    risks: tuple[str, ...]
    services: tuple[str, ...]
    needs: str
    satisfaction: str
    recorder: str
    ability_changed: bool
    living_situation: str = ""
    health: str = ""
    follow_up_id: str | None = None


@dataclass(frozen=True)
class FollowUpSummary:
    id: str
    elder_id: str
    elder_name: str
    visit_id: str | None
    action: str
    due_on: date
    closed_on: date | None
    overdue_days: int = 0
    closed_note: str = ""


@dataclass(frozen=True)
class VisitDetail:
    summary: VisitSummary
    data: VisitInput
    follow_ups: tuple[FollowUpSummary, ...] = field(default=())
    visitors: tuple[tuple[str, str], ...] = ()  # (person id, name) of each visitor, for the edit form


def split_list(text: str) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split("|") if t)


def _text(errors: list, value: str, name: str, label: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        errors.append(ValidationError("visit.text_too_long", field=name, label=label, max=limit))
    return value


@guarded("visits.record")
def validate_visit(session: Session, data: VisitInput) -> VisitInput:
    """Check every field; return the normalised input or raise FormErrors listing every problem."""
    errors: list[ValidationError] = []
    elder = session.get(Person, data.elder_id) if data.elder_id else None
    if not data.elder_id:
        errors.append(ValidationError("visit.elder_required", field="elder_id"))
    elif elder is None or elder.deleted:
        errors.append(ValidationError("visit.elder_unknown", field="elder_id"))
    elif not elder.is_elder:
        errors.append(ValidationError("visit.not_elder", field="elder_id", name=elder.name))
    day = today(session)
    if data.visited_on is None:
        errors.append(ValidationError("visit.date_required", field="visited_on"))
    elif data.visited_on > day:
        errors.append(
            ValidationError("visit.date_in_future", field="visited_on", visited_on=data.visited_on.isoformat())
        )
    start, end = (data.start_time or "").strip(), (data.end_time or "").strip()
    for name, value in (("start_time", start), ("end_time", end)):
        if not _TIME.match(value):
            errors.append(ValidationError("visit.time_format", field=name))
    if _TIME.match(start) and _TIME.match(end) and end < start:
        errors.append(ValidationError("visit.end_before_start", field="end_time", start=start, end=end))
    if data.kind not in VISIT_KINDS:
        errors.append(ValidationError("visit.kind_unknown", field="kind", choices="、".join(VISIT_KINDS)))
    visitor_ids = tuple(dict.fromkeys(v for v in data.visitor_ids if v))
    if visitor_ids:
        found = session.execute(
            select(func.count()).select_from(Person).where(Person.id.in_(visitor_ids), Person.deleted.is_(False))
        ).scalar_one()
        if found != len(visitor_ids):
            errors.append(ValidationError("visit.visitor_unknown", field="visitor_ids"))
    pressure = (data.blood_pressure or "").strip().replace("／", "/")
    if pressure:
        match = _BLOOD_PRESSURE.match(pressure)
        if not match or not 40 <= int(match[2]) < int(match[1]) <= 300:
            errors.append(ValidationError("visit.blood_pressure_format", field="blood_pressure"))
    glucose = (data.blood_glucose or "").strip()
    if glucose:
        try:
            value = float(glucose)
        except ValueError:
            value = -1.0
        if not 1.0 <= value <= 35.0:
            errors.append(ValidationError("visit.blood_glucose_format", field="blood_glucose"))
        else:
            glucose = f"{value:.1f}"
    action = _text(errors, data.follow_up_action, "follow_up_action", "跟进事项", 500)
    if action and data.follow_up_due is None:
        errors.append(ValidationError("visit.follow_up_due_required", field="follow_up_due"))
    if action and data.follow_up_due and data.visited_on and data.follow_up_due < data.visited_on:
        errors.append(ValidationError("visit.follow_up_due_before_visit", field="follow_up_due"))
    if data.satisfaction and data.satisfaction not in SATISFACTION:
        errors.append(ValidationError("visit.satisfaction_unknown", field="satisfaction"))
    clean = VisitInput(
        elder_id=data.elder_id,
        visited_on=data.visited_on,
        start_time=start,
        end_time=end,
        kind=data.kind,
        visitor_ids=visitor_ids,
        living_situation=_text(errors, data.living_situation, "living_situation", "居住情况", 2000),
        blood_pressure=pressure,
        blood_glucose=glucose,
        health_note=_text(errors, data.health_note, "health_note", "健康情况", 2000),
        risks=tuple(dict.fromkeys(r.strip() for r in data.risks if r.strip())),
        services=tuple(dict.fromkeys(s.strip() for s in data.services if s.strip())),
        needs=_text(errors, data.needs, "needs", "发现的需求", 2000),
        follow_up_action=action,
        follow_up_due=data.follow_up_due if action else None,
        satisfaction=data.satisfaction,
        recorder=_text(errors, data.recorder, "recorder", "记录人", 50),
        ability_changed=bool(data.ability_changed),
    )
    if errors:
        raise FormErrors(errors)
    return clean


@guarded("visits.record")
def record_visit(session: Session, data: VisitInput) -> VisitSummary:
    data = validate_visit(session, replace(data, visitor_ids=resolve_own_person(session, data.visitor_ids)))
    visit = Visit(
        elder_id=data.elder_id,
        visited_on=data.visited_on,
        start_time=data.start_time,
        end_time=data.end_time,
        kind=data.kind,
        living_situation=data.living_situation,
        blood_pressure=data.blood_pressure,
        blood_glucose=data.blood_glucose,
        health_note=data.health_note,
        risks=join_tags(data.risks),
        services=join_tags(data.services),
        needs=data.needs,
        ability_changed=data.ability_changed,
        satisfaction=data.satisfaction,
        recorder=acting_name(session) or data.recorder,
    )
    session.add(visit)
    session.flush()
    for person_id in data.visitor_ids:
        session.add(VisitVisitor(visit_id=visit.id, person_id=person_id))
    if data.follow_up_action:
        session.add(
            FollowUp(elder_id=data.elder_id, visit_id=visit.id, action=data.follow_up_action, due_on=data.follow_up_due)
        )
    session.flush()
    return get_visit(session, visit.id).summary


@guarded("visits.record")
def update_visit(session: Session, visit_id: str, data: VisitInput) -> VisitSummary:
    """Correct a recorded visit: every field, its visitors and its (still open) follow-up."""
    visit = live_row(session, Visit, visit_id)
    data = validate_visit(session, replace(data, visitor_ids=resolve_own_person(session, data.visitor_ids)))
    for name in (
        "elder_id",
        "visited_on",
        "start_time",
        "end_time",
        "kind",
        "living_situation",
        "blood_pressure",
        "blood_glucose",
        "health_note",
        "needs",
        "ability_changed",
        "satisfaction",
        "recorder",
    ):
        setattr(visit, name, getattr(data, name))
    visit.risks, visit.services = join_tags(data.risks), join_tags(data.services)
    links = {
        link.person_id: link
        for link in session.execute(select(VisitVisitor).where(VisitVisitor.visit_id == visit.id)).scalars()
    }
    for person_id, link in links.items():
        wanted = person_id in data.visitor_ids
        if link.deleted == wanted:
            link.deleted = not wanted
    for person_id in data.visitor_ids:
        if person_id not in links:
            session.add(VisitVisitor(visit_id=visit.id, person_id=person_id))
    follow = session.execute(
        select(FollowUp)
        .where(FollowUp.visit_id == visit.id, FollowUp.deleted.is_(False))
        .order_by(FollowUp.due_on, FollowUp.id)
        .limit(1)
    ).scalar_one_or_none()
    if follow is None and data.follow_up_action:
        session.add(
            FollowUp(elder_id=data.elder_id, visit_id=visit.id, action=data.follow_up_action, due_on=data.follow_up_due)
        )
    elif follow is not None and follow.closed_on is None:
        if data.follow_up_action:
            follow.elder_id, follow.action, follow.due_on = data.elder_id, data.follow_up_action, data.follow_up_due
        else:
            follow.deleted = True
    session.flush()
    return get_visit(session, visit.id).summary


@guarded("visits.record")
def delete_visit(session: Session, visit_id: str) -> VisitSummary:
    """Soft delete: the visit becomes a tombstone that still travels to the city; its follow-ups
    stop being listed (they hang on a visit that no longer counts). ``restore_visit`` undoes it."""
    visit = live_row(session, Visit, visit_id)
    summary = get_visit(session, visit_id).summary
    visit.deleted = True
    session.flush()
    return summary


@guarded("visits.record")
def restore_visit(session: Session, visit_id: str) -> VisitSummary:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound("visit", visit_id)
    visit.deleted = False
    session.flush()
    return get_visit(session, visit_id).summary


def _visitor_names(session: Session, visit_ids: list[str]) -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    if not visit_ids:
        return {}
    rows = session.execute(
        select(VisitVisitor.visit_id, Person.name)
        .join(Person, Person.id == VisitVisitor.person_id)
        .where(VisitVisitor.visit_id.in_(visit_ids), VisitVisitor.deleted.is_(False))
        .order_by(Person.name_pinyin)
    )
    for visit_id, name in rows:
        names.setdefault(visit_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def _summary(visit: Visit, elder_name: str, visitors: tuple[str, ...], follow_up_id: str | None = None) -> VisitSummary:
    health = "；".join(
        p
        for p in (
            f"血压 {visit.blood_pressure}" if visit.blood_pressure else "",
            f"血糖 {visit.blood_glucose} mmol/L" if visit.blood_glucose else "",
            visit.health_note,
        )
        if p
    )
    return VisitSummary(
        visit.id,
        visit.elder_id,
        elder_name,
        visit.visited_on,
        visit.start_time,
        visit.end_time,
        visit.kind,
        visitors,
        split_list(visit.risks),
        split_list(visit.services),
        visit.needs,
        visit.satisfaction,
        visit.recorder,
        visit.ability_changed,
        visit.living_situation,
        health,
        follow_up_id,
    )


@guarded("people.view")
def get_visit(session: Session, visit_id: str) -> VisitDetail:
    visit = live_row(session, Visit, visit_id)
    elder = session.get(Person, visit.elder_id)
    follow_ups = tuple(
        _follow_up_summary(f, elder.name, today(session))
        for f in session.execute(
            select(FollowUp).where(FollowUp.visit_id == visit.id, FollowUp.deleted.is_(False))
        ).scalars()
    )
    visitors = tuple(
        (row.id, row.name)
        for row in session.execute(
            select(Person.id, Person.name)
            .join(VisitVisitor, VisitVisitor.person_id == Person.id)
            .where(VisitVisitor.visit_id == visit.id, VisitVisitor.deleted.is_(False))
            .order_by(Person.name_pinyin)
        )
    )
    visitor_ids = tuple(person_id for person_id, _name in visitors)
    first = follow_ups[0] if follow_ups else None
    data = VisitInput(
        visit.elder_id,
        visit.visited_on,
        visit.start_time,
        visit.end_time,
        visit.kind,
        visitor_ids,
        visit.living_situation,
        visit.blood_pressure,
        visit.blood_glucose,
        visit.health_note,
        split_list(visit.risks),
        split_list(visit.services),
        visit.needs,
        first.action if first else "",
        first.due_on if first else None,
        visit.satisfaction,
        visit.recorder,
        visit.ability_changed,
    )
    summary = _summary(
        visit, elder.name, _visitor_names(session, [visit.id]).get(visit.id, ()), first.id if first else None
    )
    return VisitDetail(summary, data, follow_ups, visitors)


@guarded("people.view")
def list_visits(
    session: Session, elder_id: str | None = None, text: str = "", offset: int = 0, limit: int = 200
) -> list[VisitSummary]:
    """Visits, newest first, optionally of one elder or matching a name / pinyin."""
    query = of_elders(
        session,
        select(Visit, Person.name).join(Person, Person.id == Visit.elder_id).where(Visit.deleted.is_(False)),
        Visit.elder_id,
        elder_id,
        text,
    )
    if query is None:
        return []
    rows = session.execute(
        query.order_by(Visit.visited_on.desc(), Visit.start_time.desc(), Visit.id).offset(offset).limit(limit)
    ).all()
    visitors = _visitor_names(session, [v.id for v, _ in rows])
    return [_summary(v, name, visitors.get(v.id, ())) for v, name in rows]


@guarded("people.view")
def of_elders(session: Session, query: Select, elder_column, elder_id: str | None, text: str) -> Select | None:
    """``query`` narrowed to one elder and/or to the elders a search text names; None when the text
    names nobody (so there is nothing to read). Shared by the visit and assessment lists."""
    if elder_id:
        query = query.where(elder_column == elder_id)
    if text.strip():
        elder_ids = matching_elder_ids(session, text)
        if not elder_ids:
            return None
        query = query.where(elder_column.in_(elder_ids))
    return query


@guarded("people.view")
def matching_elder_ids(session: Session, text: str, limit: int = 500) -> list[str]:
    """Ids of the elders a search text names (name, pinyin or initials), for filtering their records.

    Looking the people up first lets the records be read through their (elder_id, ...) index
    instead of scanning every record for a name."""
    from stationdesk.services.people import PeopleQuery, search_people

    return [p.id for p in search_people(session, PeopleQuery(text=text.strip(), role="elder"), limit=limit)]


def _follow_up_summary(row: FollowUp, elder_name: str, day: date) -> FollowUpSummary:
    overdue = (day - row.due_on).days if row.closed_on is None else 0
    return FollowUpSummary(
        row.id, row.elder_id, elder_name, row.visit_id, row.action, row.due_on, row.closed_on, overdue, row.closed_note
    )


@guarded("people.view")
def open_follow_ups(session: Session, elder_id: str | None = None, limit: int = 200) -> list[FollowUpSummary]:
    """Open follow-up tasks, the most overdue first."""
    query = (
        select(FollowUp, Person.name)
        .join(Person, Person.id == FollowUp.elder_id)
        .where(FollowUp.closed_on.is_(None), FollowUp.deleted.is_(False), Person.deleted.is_(False), _of_live_visit())
    )
    if elder_id:
        query = query.where(FollowUp.elder_id == elder_id)
    day = today(session)
    return [
        _follow_up_summary(row, name, day)
        for row, name in session.execute(query.order_by(FollowUp.due_on, FollowUp.id).limit(limit))
    ]


@guarded("visits.record")
def close_follow_up(
    session: Session, follow_up_id: str, closed_on: date | None = None, note: str = ""
) -> FollowUpSummary:
    row = live_row(session, FollowUp, follow_up_id)
    if row.closed_on is not None:
        raise ValidationError("follow_up.already_closed", closed_on=row.closed_on.isoformat())
    day = today(session)
    closed_on = closed_on or day
    visit = session.get(Visit, row.visit_id) if row.visit_id else None
    if closed_on > day or (visit is not None and closed_on < visit.visited_on):
        raise ValidationError("follow_up.close_date", field="closed_on")
    row.closed_on, row.closed_note = closed_on, note.strip()[:500]
    session.flush()
    return _follow_up_summary(row, session.get(Person, row.elder_id).name, day)


@counter("visits", reads=("visit",))
def _count_visits(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Visit).where(Visit.deleted.is_(False))).scalar_one()


@counter("open_followups", reads=("follow_up",))
def _count_open_follow_ups(session: Session) -> int:
    return session.execute(
        select(func.count())
        .select_from(FollowUp)
        .where(FollowUp.closed_on.is_(None), FollowUp.deleted.is_(False), _of_live_visit())
    ).scalar_one()


def _of_live_visit():
    """A follow-up counts unless the visit it came from was deleted."""
    return ~select(Visit.id).where(Visit.id == FollowUp.visit_id, Visit.deleted.is_(True)).exists()


@lister("visits")
def _list_visits(session: Session, limit: int, query_text: str) -> list[dict]:
    return [json_ready(v) for v in list_visits(session, text=query_text, limit=limit)]


@dataclass(frozen=True)
class VisitFormChoices:
    risks: tuple[str, ...]
    services: tuple[str, ...]
    visitors: tuple[tuple[str, str], ...]  # (person id, name) of the registry's volunteers
    own: OwnPerson | None = None  # the logged-in worker, offered first


@guarded("visits.record")
def visit_form_choices(session: Session, visitor_limit: int = 500) -> VisitFormChoices:
    from stationdesk.services.station import catalog

    own = own_person(session)
    visitors = session.execute(
        select(Person.id, Person.name)
        .where(Person.is_volunteer.is_(True), Person.deleted.is_(False))
        .order_by(Person.name_pinyin)
        .limit(visitor_limit)
    ).all()
    return VisitFormChoices(
        tuple(catalog(session, "visit_risk")),
        tuple(catalog(session, "elder_service")),
        tuple((v.id, v.name) for v in visitors if own is None or v.id != own.key),
        own,
    )
