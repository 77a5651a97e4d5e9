"""服务记录: a service given to anyone — when, what, by whom (volunteers, a team, staff, a resource), to whom (named
people and/or a head count), where, for which need — with the volunteers' shifts credited through the
volunteer-hour rules in the same step, so nothing is entered twice.

Elderly visits and tutoring sessions stay where they are recorded; the list of services given reads them
beside the service records (read-only), so the lists and the statistics count them too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import String, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.elderly import Visit, VisitVisitor
from stationdesk.db.models.lists import (
    Need,
    Resource,
    ServiceRecord,
    ServiceRecordPerson,
    ServiceRecordVolunteer,
    StationService,
)
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import Attendance, SessionTutor, TutoringClass, TutoringSession
from stationdesk.db.models.volunteers import Volunteer, VolunteerTeam
from stationdesk.domain.needs import RATING_NAMES
from stationdesk.domain.offers import ACTIVE
from stationdesk.domain.tutoring import PRESENT
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services import shifts
from stationdesk.services.accounts import guarded
from stationdesk.services.needs import acting_worker, remembered_worker
from stationdesk.services.people import display_name
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import catalog, today

RECORD, VISIT, TUTORING = "record", "visit", "tutoring"
TUTORING_CATEGORY = "课业辅导"
MAX_MINUTES = 24 * 60

messages.register(
    {
        "service_record.date_required": "请填写服务日期。",
        "service_record.date_future": "服务日期不能晚于今天。",
        "service_record.category_required": "请选择服务类别或服务项目。",
        "service_record.category_unknown": "服务类别“{category}”不在服务类别列表中。",
        "service_record.end_before_start": "结束时间 {end} 应晚于开始时间 {start}。",
        "service_record.minutes": "服务时长应为 0 到 24 小时。",
        "service_record.nobody": "请选择服务对象，或填写服务人数（至少 1 人）。",
        "service_record.count_below_named": "服务人数（{count}）不能少于已选的服务对象（{named} 人）。",
        "service_record.person_unknown": "有服务对象不在人员档案中或已删除。",
        "service_record.provider_unknown": "所选的服务项目、队伍或资源不存在或已删除。",
        "service_record.times_for_volunteers": "有志愿者参与时，请填写开始和结束时间，以便计算服务时长。",
        "service_record.volunteer_shift": "志愿者 {name}：{problem}",
        "service_record.not_volunteer": "{name} 尚未登记为志愿者，不能计入志愿服务时长；请先在“志愿者”页登记。",
        "service_record.satisfaction": "满意度应为 1 到 5 分。",
        "service_record.text_too_long": "“{label}”不能超过 {max} 个字。",
    }
)


@dataclass(frozen=True)
class ServiceRecordInput:
    served_on: date | None
    category: str = ""  # "" with a service: the service's category
    start_time: time | None = None
    end_time: time | None = None
    minutes: int | None = None  # without times; with times it is computed
    service_id: str | None = None
    team_id: str | None = None
    resource_id: str | None = None
    staff_name: str = ""
    person_ids: tuple[str, ...] = ()
    people_count: int | None = None  # None: the people named
    volunteer_ids: tuple[str, ...] = ()
    place: str = ""
    notes: str = ""
    satisfaction: int | None = None
    need_id: str | None = None
    dispatch_id: str | None = None
    recorded_by: str = ""


@dataclass(frozen=True)
class GivenRow:
    """One service given, whatever recorded it: a service record, an elderly visit or a tutoring session."""

    kind: str  # RECORD, VISIT, TUTORING
    id: str
    served_on: date
    start: str  # "09:30" or ""
    end: str
    title: str  # the service, the visit's kind, the class
    category: str
    provider: str  # team / resource / staff / volunteers; visitors; tutors
    people: str  # the people served as shown on screen (children by alias), or a count
    people_count: int
    place: str
    need_id: str | None
    satisfaction: str  # as read: 满意 …


@dataclass(frozen=True)
class GivenQuery:
    person_id: str | None = None
    category: str | None = None
    kinds: tuple[str, ...] = (RECORD, VISIT, TUTORING)
    need_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class RecordedService:
    id: str
    shift_ids: tuple[str, ...]


def _text(errors: list, value: str, name: str, label: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        errors.append(ValidationError("service_record.text_too_long", field=name, label=label, max=limit))
    return value


def _minutes(errors: list, data: ServiceRecordInput) -> int:
    if data.start_time and data.end_time:
        if data.end_time <= data.start_time:
            errors.append(
                ValidationError(
                    "service_record.end_before_start",
                    field="end_time",
                    start=f"{data.start_time:%H:%M}",
                    end=f"{data.end_time:%H:%M}",
                )
            )
            return 0
        start, end = (datetime.combine(date.min, t) for t in (data.start_time, data.end_time))
        return int((end - start).total_seconds() // 60)
    minutes = data.minutes or 0
    if not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
        errors.append(ValidationError("service_record.minutes", field="minutes"))
        return 0
    return minutes


@guarded("visits.record")
def validate_record(session: Session, data: ServiceRecordInput) -> tuple[ServiceRecordInput, int]:
    """The normalised input and its duration in minutes, or FormErrors with every problem."""
    errors: list[ValidationError] = []
    if data.served_on is None:
        errors.append(ValidationError("service_record.date_required", field="served_on"))
    elif data.served_on > today(session):
        errors.append(ValidationError("service_record.date_future", field="served_on"))
    service = session.get(StationService, data.service_id) if data.service_id else None
    for model, key in ((StationService, data.service_id), (VolunteerTeam, data.team_id), (Resource, data.resource_id)):
        row = session.get(model, key) if key else None
        if key and (row is None or row.deleted):
            errors.append(ValidationError("service_record.provider_unknown", field="provider"))
    category = (data.category or "").strip() or (service.category if service is not None else "")
    if not category:
        errors.append(ValidationError("service_record.category_required", field="category"))
    elif category not in catalog(session, "service_category"):
        errors.append(ValidationError("service_record.category_unknown", field="category", category=category))
    minutes = _minutes(errors, data)
    person_ids = tuple(dict.fromkeys(p for p in data.person_ids if p))
    if person_ids:
        found = session.execute(
            select(func.count()).select_from(Person).where(Person.id.in_(person_ids), Person.deleted.is_(False))
        ).scalar_one()
        if found != len(person_ids):
            errors.append(ValidationError("service_record.person_unknown", field="person_ids"))
    count = len(person_ids) if data.people_count is None else data.people_count
    if not isinstance(count, int) or count < 1:
        errors.append(ValidationError("service_record.nobody", field="people_count"))
    elif count < len(person_ids):
        errors.append(
            ValidationError(
                "service_record.count_below_named", field="people_count", count=count, named=len(person_ids)
            )
        )
    volunteer_ids = tuple(dict.fromkeys(v for v in data.volunteer_ids if v))
    if volunteer_ids and not (data.start_time and data.end_time):
        errors.append(ValidationError("service_record.times_for_volunteers", field="start_time"))
    if data.satisfaction is not None and data.satisfaction not in RATING_NAMES:
        errors.append(ValidationError("service_record.satisfaction", field="satisfaction"))
    clean = ServiceRecordInput(
        served_on=data.served_on,
        category=category,
        start_time=data.start_time,
        end_time=data.end_time,
        minutes=minutes,
        service_id=data.service_id or None,
        team_id=data.team_id or (service.team_id if service is not None else None),
        resource_id=data.resource_id or (service.resource_id if service is not None else None),
        staff_name=_text(errors, data.staff_name, "staff_name", "服务人员", 50),
        person_ids=person_ids,
        people_count=count,
        volunteer_ids=volunteer_ids,
        place=_text(errors, data.place, "place", "服务地点", 200),
        notes=_text(errors, data.notes, "notes", "服务内容", 2000),
        satisfaction=data.satisfaction,
        need_id=data.need_id or None,
        dispatch_id=data.dispatch_id or None,
        recorded_by=_text(errors, data.recorded_by, "recorded_by", "记录人", 50),
    )
    if errors:
        raise FormErrors(errors)
    return clean, minutes


def _credit_volunteers(session: Session, record: ServiceRecord, data: ServiceRecordInput, title: str) -> list[str]:
    """One shift per volunteer, through the volunteer-hour rules; a refusal names the volunteer."""
    shift_ids = []
    if not data.volunteer_ids:
        return shift_ids
    signed_in = datetime.combine(data.served_on, data.start_time)
    signed_out = datetime.combine(data.served_on, data.end_time)
    for volunteer_id in data.volunteer_ids:
        try:
            shift = shifts.record_shift(
                session,
                shifts.ShiftInput(
                    volunteer_id, signed_in, signed_out, post=data.category, content=f"{title}：{data.notes}"[:500]
                ),
            )
        except ValidationError as problem:
            volunteer = session.get(Volunteer, volunteer_id)
            person = session.get(Person, volunteer.person_id) if volunteer is not None else None
            raise ValidationError(
                "service_record.volunteer_shift",
                field="volunteer_ids",
                name=person.name if person is not None else volunteer_id,
                problem=messages.message_for(problem),
            ) from None
        session.add(ServiceRecordVolunteer(record_id=record.id, volunteer_id=volunteer_id, shift_id=shift.id))
        shift_ids.append(shift.id)
    return shift_ids


@guarded("visits.record")
def record_service(session: Session, data: ServiceRecordInput) -> RecordedService:
    """Store a service given, its people, and each volunteer's shift (all or nothing with the caller's
    transaction: a shift the hour rules refuse leaves nothing stored)."""
    data, minutes = validate_record(session, data)
    record = ServiceRecord(
        served_on=data.served_on,
        start_time=data.start_time,
        end_time=data.end_time,
        minutes=minutes,
        service_id=data.service_id,
        category=data.category,
        team_id=data.team_id,
        resource_id=data.resource_id,
        staff_name=data.staff_name,
        people_count=data.people_count,
        place=data.place,
        need_id=data.need_id,
        dispatch_id=data.dispatch_id,
        notes=data.notes,
        satisfaction=data.satisfaction,
        recorded_by=acting_worker(session, data.recorded_by),
    )
    session.add(record)
    session.flush()
    for person_id in data.person_ids:
        session.add(ServiceRecordPerson(record_id=record.id, person_id=person_id))
    service = session.get(StationService, data.service_id) if data.service_id else None
    shift_ids = _credit_volunteers(session, record, data, service.name if service is not None else data.category)
    session.flush()
    return RecordedService(record.id, tuple(shift_ids))


@guarded("visits.record")
def delete_record(session: Session, record_id: str) -> None:
    """A record entered in error becomes a tombstone; its volunteers' shifts go with it unless confirmed
    (a confirmed shift is locked and needs a correction on the 服务时长 page)."""
    record = live_row(session, ServiceRecord, record_id)
    for link in session.execute(
        select(ServiceRecordVolunteer).where(
            ServiceRecordVolunteer.record_id == record.id, ServiceRecordVolunteer.deleted.is_(False)
        )
    ).scalars():
        if link.shift_id:
            shifts.delete_shift(session, link.shift_id)
        link.deleted = True
    for link in session.execute(
        select(ServiceRecordPerson).where(ServiceRecordPerson.record_id == record.id)
    ).scalars():
        link.deleted = True
    record.deleted = True
    session.flush()


# -- every service given, whatever recorded it --------------------------------------------------------


def _as_text(column):
    return cast(column, String)


def _records(query: GivenQuery, newest: int):
    statement = select(
        literal(RECORD).label("kind"),
        ServiceRecord.id.label("id"),
        ServiceRecord.served_on.label("served_on"),
        _as_text(ServiceRecord.start_time).label("start"),
        _as_text(ServiceRecord.end_time).label("end"),
        ServiceRecord.category.label("category"),
        ServiceRecord.people_count.label("people_count"),
        ServiceRecord.place.label("place"),
        ServiceRecord.need_id.label("need_id"),
    ).where(ServiceRecord.deleted.is_(False))
    if query.person_id:
        statement = statement.where(
            ServiceRecord.id.in_(
                select(ServiceRecordPerson.record_id).where(
                    ServiceRecordPerson.person_id == query.person_id, ServiceRecordPerson.deleted.is_(False)
                )
            )
        )
    if query.category:
        statement = statement.where(ServiceRecord.category == query.category)
    if query.need_id:
        statement = statement.where(ServiceRecord.need_id == query.need_id)
    return _dated(statement, ServiceRecord.served_on, ServiceRecord.start_time, query, newest)


def _visits(query: GivenQuery, newest: int):
    statement = select(
        literal(VISIT).label("kind"),
        Visit.id.label("id"),
        Visit.visited_on.label("served_on"),
        Visit.start_time.label("start"),
        Visit.end_time.label("end"),
        Visit.services.label("category"),
        literal(1).label("people_count"),
        literal("").label("place"),
        null().label("need_id"),
    ).where(Visit.deleted.is_(False))
    if query.person_id:
        statement = statement.where(Visit.elder_id == query.person_id)
    if query.category:
        statement = statement.where(Visit.services.contains(f"|{query.category}|", autoescape=True))
    return _dated(statement, Visit.visited_on, Visit.start_time, query, newest)


def _tutoring(query: GivenQuery, newest: int):
    present = (
        select(func.count())
        .where(
            Attendance.session_id == TutoringSession.id,
            Attendance.status.in_(PRESENT),
            Attendance.deleted.is_(False),
        )
        .correlate(TutoringSession)
        .scalar_subquery()
    )
    statement = (
        select(
            literal(TUTORING).label("kind"),
            TutoringSession.id.label("id"),
            TutoringSession.day.label("served_on"),
            _as_text(TutoringSession.start_time).label("start"),
            _as_text(TutoringSession.end_time).label("end"),
            literal(TUTORING_CATEGORY).label("category"),
            present.label("people_count"),
            TutoringClass.place.label("place"),
            null().label("need_id"),
        )
        .join(TutoringClass, TutoringClass.id == TutoringSession.class_id)
        .where(TutoringSession.deleted.is_(False), present > 0)  # a session counts once children came
    )
    if query.person_id:
        statement = statement.where(
            TutoringSession.id.in_(
                select(Attendance.session_id).where(
                    Attendance.child_id == query.person_id,
                    Attendance.status.in_(PRESENT),
                    Attendance.deleted.is_(False),
                )
            )
        )
    if query.category and query.category != TUTORING_CATEGORY:
        statement = statement.where(literal(False))
    return _dated(statement, TutoringSession.day, TutoringSession.start_time, query, newest)


def _dated(statement, day_column, start_column, query: GivenQuery, newest: int):
    """Each source narrowed to the period and cut to its ``newest`` rows before they are merged, so a page
    reads the sources' date indexes instead of sorting every service ever given."""
    if query.date_from:
        statement = statement.where(day_column >= query.date_from)
    if query.date_to:
        statement = statement.where(day_column <= query.date_to)
    return statement.order_by(day_column.desc(), start_column.desc()).limit(newest).subquery()


SOURCES = {RECORD: _records, VISIT: _visits, TUTORING: _tutoring}


@guarded("people.view")
def list_services_given(session: Session, query: GivenQuery, offset: int = 0, limit: int = 200) -> list[GivenRow]:
    """Services given, newest first: service records, visits and tutoring sessions together."""
    day = today(session)  # planned tutoring sessions are not services given yet
    query = replace(query, date_to=min(query.date_to or day, day))
    if query.need_id:
        query = replace(query, kinds=(RECORD,))
    parts = [SOURCES[kind](query, offset + limit) for kind in query.kinds if kind in SOURCES]
    if not parts:
        return []
    merged = union_all(*(select(*part.c) for part in parts)).subquery()
    rows = session.execute(
        select(merged)
        .order_by(merged.c.served_on.desc(), merged.c.start.desc(), merged.c.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return _described(session, rows)


def _names(session: Session, statement) -> dict[str, list[str]]:
    """Names by key from rows of (key, Person.name, Person.alias, Person.is_child): columns, not whole people."""
    names: dict[str, list[str]] = {}
    for row in session.execute(statement):
        names.setdefault(row[0], []).append(display_name(row))
    return names


SHOWN = (Person.name, Person.alias, Person.is_child)  # what display_name needs


def _described(session: Session, rows) -> list[GivenRow]:
    """The page's rows with what they were, who gave them and to whom."""
    ids = {kind: [r.id for r in rows if r.kind == kind] for kind in SOURCES}
    records = {
        r.id: r
        for r in session.execute(
            select(
                ServiceRecord.id,
                ServiceRecord.category,
                ServiceRecord.staff_name,
                ServiceRecord.satisfaction,
                StationService.name.label("service"),
                VolunteerTeam.name.label("team"),
                Resource.name.label("resource"),
            )
            .outerjoin(StationService, StationService.id == ServiceRecord.service_id)
            .outerjoin(VolunteerTeam, VolunteerTeam.id == ServiceRecord.team_id)
            .outerjoin(Resource, Resource.id == ServiceRecord.resource_id)
            .where(ServiceRecord.id.in_(ids[RECORD]))
        )
    }
    served = _names(
        session,
        select(ServiceRecordPerson.record_id, *SHOWN)
        .join(Person, Person.id == ServiceRecordPerson.person_id)
        .where(ServiceRecordPerson.record_id.in_(ids[RECORD]), ServiceRecordPerson.deleted.is_(False)),
    )
    helpers = _names(
        session,
        select(ServiceRecordVolunteer.record_id, *SHOWN)
        .join(Volunteer, Volunteer.id == ServiceRecordVolunteer.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(ServiceRecordVolunteer.record_id.in_(ids[RECORD]), ServiceRecordVolunteer.deleted.is_(False)),
    )
    visits = {
        v.id: v
        for v in session.execute(
            select(Visit.id, Visit.kind, Visit.satisfaction, Visit.recorder, Visit.services, *SHOWN)
            .join(Person, Person.id == Visit.elder_id)
            .where(Visit.id.in_(ids[VISIT]))
        )
    }
    visitors = _names(
        session,
        select(VisitVisitor.visit_id, *SHOWN)
        .join(Person, Person.id == VisitVisitor.person_id)
        .where(VisitVisitor.visit_id.in_(ids[VISIT]), VisitVisitor.deleted.is_(False)),
    )
    classes = dict(
        session.execute(
            select(TutoringSession.id, TutoringClass.name)
            .join(TutoringClass, TutoringClass.id == TutoringSession.class_id)
            .where(TutoringSession.id.in_(ids[TUTORING]))
        ).all()
    )
    tutors = _names(
        session,
        select(SessionTutor.session_id, *SHOWN)
        .join(Person, Person.id == SessionTutor.person_id)
        .where(SessionTutor.session_id.in_(ids[TUTORING]), SessionTutor.deleted.is_(False)),
    )
    out = []
    for r in rows:
        start, end = (r.start or "")[:5], (r.end or "")[:5]
        if r.kind == RECORD:
            record = records[r.id]
            given_by = (record.team, record.resource, record.staff_name, *helpers.get(r.id, ()))
            provider = "、".join(p for p in given_by if p)
            people = "、".join(served.get(r.id, ()))
            title, category = record.service or record.category, record.category
            satisfaction = RATING_NAMES.get(record.satisfaction, "")
        elif r.kind == VISIT:
            visit = visits[r.id]
            provider = "、".join(visitors.get(r.id, ())) or visit.recorder
            people, title, satisfaction = display_name(visit), visit.kind, visit.satisfaction
            category = "、".join(t for t in visit.services.split("|") if t)
        else:
            provider, people = "、".join(tutors.get(r.id, ())), ""
            title, category, satisfaction = classes.get(r.id, ""), TUTORING_CATEGORY, ""
        out.append(
            GivenRow(
                r.kind,
                r.id,
                r.served_on,
                start,
                end,
                title,
                category,
                provider,
                people,
                int(r.people_count or 0),
                r.place,
                r.need_id,
                satisfaction,
            )
        )
    return out


@dataclass(frozen=True)
class RecordFormChoices:
    categories: tuple[str, ...]
    services: tuple[tuple[str, str, str], ...]  # (id, name, category) of the active services
    teams: tuple[tuple[str, str], ...]  # (id, name)
    worker: str  # the remembered 记录人


@guarded("visits.record")
def record_form_choices(session: Session) -> RecordFormChoices:
    services = session.execute(
        select(StationService.id, StationService.name, StationService.category)
        .where(StationService.deleted.is_(False), StationService.status == ACTIVE)
        .order_by(StationService.category, StationService.name)
    ).all()
    teams = session.execute(
        select(VolunteerTeam.id, VolunteerTeam.name)
        .where(VolunteerTeam.deleted.is_(False))
        .order_by(VolunteerTeam.name)
    ).all()
    return RecordFormChoices(
        tuple(catalog(session, "service_category")),
        tuple(tuple(r) for r in services),
        tuple(tuple(t) for t in teams),
        remembered_worker(session),
    )


@guarded("people.view")
def volunteer_for_person(session: Session, person_id: str) -> tuple[str, str]:
    """(volunteer id, name) of a person chosen as a volunteer who served; refused when not registered."""
    row = session.execute(
        select(Volunteer.id, Person.name)
        .join(Person, Person.id == Volunteer.person_id)
        .where(Volunteer.person_id == person_id, Volunteer.deleted.is_(False))
    ).first()
    if row is None:
        person = session.get(Person, person_id)
        raise ValidationError("service_record.not_volunteer", field="volunteer_ids", name=person.name if person else "")
    return row.id, row.name


@guarded("people.view")
def services_for_need(session: Session, need_id: str) -> list[GivenRow]:
    return list_services_given(session, GivenQuery(need_id=need_id), limit=500)


@counter("service_records")
def _count_records(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(ServiceRecord).where(ServiceRecord.deleted.is_(False))
    ).scalar_one()


@counter("services_given")
def _count_given(session: Session) -> int:
    """Service records, elderly visits and tutoring sessions: every service given, each counted once."""
    visits = select(func.count()).select_from(Visit).where(Visit.deleted.is_(False)).scalar_subquery()
    sessions = (
        select(func.count()).select_from(TutoringSession).where(TutoringSession.deleted.is_(False)).scalar_subquery()
    )
    return _count_records(session) + session.execute(select(visits + sessions)).scalar_one()


@lister("service-records")
def _list_records(session: Session, limit: int, text: str) -> list[dict]:
    """Every service given (service records, visits, tutoring sessions); ``--query`` narrows to a category."""
    query = GivenQuery(category=text.strip() or None)
    return [json_ready(r) for r in list_services_given(session, query, limit=limit)]


@guarded("people.view")
def need_numbers(session: Session, need_ids: list[str]) -> dict[str, str]:
    ids = [i for i in need_ids if i]
    if not ids:
        return {}
    return dict(session.execute(select(Need.id, Need.number).where(Need.id.in_(ids))).all())
