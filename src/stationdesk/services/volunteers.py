"""Volunteers (志愿者): registration with the age rules, profile, training, awards, the paged list
and the volunteer's own page (teams and projects: ``services.teams``).

A volunteer is a person of the registry (``Person.is_volunteer``) plus a ``Volunteer`` profile whose
volunteer number (志愿者编号) is the public identifier in place of the ID number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, bindparam, exists, extract, func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import GuardianConsent, Person
from stationdesk.db.models.volunteers import (
    Activity,
    Shift,
    TeamMembership,
    Volunteer,
    VolunteerAward,
    VolunteerCertificate,
    VolunteerTeam,
    VolunteerTraining,
)
from stationdesk.domain.id_number import mask_id_number
from stationdesk.domain.phone import mask_phone
from stationdesk.domain.service_hours import STATUS_ACTIVE, STATUSES
from stationdesk.domain.volunteer_age import check_volunteer_age
from stationdesk.errors import ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.people import (
    PeopleQuery,
    PersonSummary,
    _text_condition,
    age_on,
    join_tags,
    live_person,
    people_conditions,
    summarise,
)
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import DEFAULT_CATALOGS, catalog, current_station, today

DEFAULT_CATALOGS["volunteer_skill"] = (
    "心理疏导",
    "医疗护理",
    "课业辅导",
    "法律咨询",
    "家电维修",
    "文艺",
    "驾驶",
    "应急救援",
    "理发",
    "摄影",
    "助老陪伴",
    "垃圾分类宣传",
)
DEFAULT_CATALOGS["activity_kind"] = ("助老服务", "关爱儿童", "文体活动", "环境整治", "便民服务", "宣传教育", "应急救援")

messages.register(
    {
        "volunteer.person_required": "请先在列表中选择一个人。",
        "volunteer.birth_unknown": "登记志愿者需要出生日期（或身份证号码），以核对年龄。",
        "volunteer.under_14": "未满 14 周岁（现 {age} 岁）不能登记为志愿者，可由家长陪同参加活动。",
        "volunteer.needs_consent": "{age} 岁的未成年人登记为志愿者，须先在人员档案中登记监护人同意。",
        "volunteer.already": "{name} 已是志愿者（编号 {number}）。",
        "volunteer.number_taken": "志愿者编号 {number} 已被使用。",
        "volunteer.number_format": "志愿者编号只能由字母、数字和短横线组成（最多 32 位）。",
        "volunteer.status": "状态只能是 在册、暂停 或 退出。",
        "volunteer.not_found": "找不到志愿者编号 {number}。",
        "shift.volunteer_required": "请先选择志愿者（输入姓名、拼音或编号查找）。",
        "volunteer.registered_future": "登记日期不能晚于今天。",
        "training.course_required": "请填写培训课程。",
        "training.date_future": "培训日期不能晚于今天。",
        "award.title_required": "请填写表彰名称。",
        "shift.out_before_in": "签退时间（{signed_out}）必须晚于签到时间（{signed_in}）。",
        "shift.too_long": "一次服务不能超过 {hours} 小时，请核对日期和时间。",
        "shift.in_future": "服务时间 {signed_out} 还没到，不能提前登记。",
        "shift.overlap": "该志愿者在 {other} 已有服务记录，时间不能重叠。",
        "shift.volunteer_left": "该志愿者已退出，不能再登记服务时长。",
        "shift.reason_required": "修改服务时长必须写明原因。",
        "shift.half_hours_only": "服务时长以半小时为单位（如 1.5 小时）。",
        "shift.daily_cap_range": "每天最多计入的时长应在 0.5 到 24 小时之间。",
        "shift.daily_cap": "每位志愿者每天最多计入 {hours} 小时服务时长。",
        "shift.over_daily_cap": "每天最多计 {cap} 小时；当天还可计 {left} 小时。",
        "shift.locked": "该记录已由 {by} 确认并锁定，只能通过“更正”修改（需写明原因）。",
        "shift.confirmer_required": "请填写确认人姓名。",
        "activity.name_required": "请填写活动名称。",
        "activity.ends_before_start": "活动结束时间必须晚于开始时间。",
        "activity.full": "活动名额已满（{capacity} 人）。",
        "activity.already_signed_up": "{name} 已报名此活动。",
        "activity.not_volunteer": "{name} 不是在册志愿者。",
        "activity.sheet_missing_time": "签到和签退时间都要填写，才能计算服务时长。",
        "activity.sheet_row": "第 {row} 行（{name}）：{problem}",
        "certificate.no_hours": "{name} 在 {start} 至 {end} 期间没有已确认的服务时长，不能出具证明。",
        "certificate.period": "证明期间的开始日期不能晚于结束日期。",
        "certificate.not_found": "找不到证明编号 {serial}。",
        "certificate.voided": "证明 {serial} 已于 {day} 作废（{reason}）。",
        "certificate.void_reason": "请写明作废原因（不超过 {limit} 个字）。",
    }
)


# -- values handed to the pages and the CLI -------------------------------------------------------


@dataclass(frozen=True)
class VolunteerInput:
    person_id: str
    volunteer_number: str = ""  # empty: the next number of this station
    registered_on: date | None = None  # empty: today
    skills: tuple[str, ...] = ()
    availability: str = ""
    status: str = STATUS_ACTIVE
    notes: str = ""


@dataclass(frozen=True)
class VolunteerRow:
    id: str
    person_id: str
    volunteer_number: str
    name: str
    gender: str
    age: int | None
    phone_masked: str
    status: str
    registered_on: date
    skills: tuple[str, ...]
    year_minutes: int  # confirmed minutes in the current year


@dataclass(frozen=True)
class TrainingRecord:
    id: str
    course: str
    trained_on: date
    minutes: int


@dataclass(frozen=True)
class AwardRecord:
    id: str
    title: str
    awarded_on: date
    issuer: str


@dataclass(frozen=True)
class ShiftRow:
    id: str
    volunteer_id: str
    volunteer_number: str
    volunteer_name: str
    activity_id: str | None
    activity_name: str
    post: str
    content: str
    service_date: date
    signed_in: str  # "09:00"
    signed_out: str
    computed_minutes: int
    credited_minutes: int
    correction_reason: str
    confirmed_by: str | None
    confirmed: bool


@dataclass(frozen=True)
class CertificateRow:
    id: str
    serial: str
    volunteer_id: str
    volunteer_number: str
    name: str
    period_from: date
    period_to: date
    total_minutes: int
    issued_on: date
    handled_by: str
    print_count: int
    voided_on: date | None = None
    void_reason: str = ""


@dataclass(frozen=True)
class VolunteerDetail:
    row: VolunteerRow
    id_number_masked: str
    id_type: str
    availability: str
    notes: str
    consent_given: bool
    teams: tuple[str, ...]
    total_minutes: int  # confirmed, all time
    pending_minutes: int  # recorded, not yet confirmed
    months: tuple[tuple[int, int], ...]  # (month, confirmed minutes) of the current year
    shifts: tuple[ShiftRow, ...]  # the latest first
    trainings: tuple[TrainingRecord, ...]
    awards: tuple[AwardRecord, ...]
    certificates: tuple[CertificateRow, ...]


@dataclass(frozen=True)
class VolunteerQuery:
    text: str = ""
    status: str | None = None
    team_id: str | None = None


# -- registration -----------------------------------------------------------------------------------


def _clean_number(number: str) -> str:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", number or "").strip().upper()
    if text and not re.fullmatch(r"[A-Z0-9-]{1,32}", text):
        raise ValidationError("volunteer.number_format", field="volunteer_number")
    return text


@guarded("people.view")
def next_volunteer_number(session: Session) -> str:
    """The station's next number, e.g. ``TEST-001-V00042`` (the station code keeps it unique in the city)."""
    prefix = f"{current_station(session).code}-V"
    last = session.execute(
        select(func.max(Volunteer.volunteer_number)).where(
            Volunteer.volunteer_number.like(f"{prefix}%"), func.length(Volunteer.volunteer_number) == len(prefix) + 5
        )
    ).scalar_one_or_none()
    number = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return f"{prefix}{number:05d}"


@guarded("volunteers.manage")
def check_can_register(session: Session, person: Person) -> str | None:
    """Apply the age rules; return the id of the guardian consent that allows a 14-18 year old."""
    consent_id = None
    age = age_on(person.birth_date, today(session))
    consent = (
        session.execute(
            select(GuardianConsent.id)
            .where(
                GuardianConsent.child_id == person.id,
                GuardianConsent.deleted.is_(False),
                GuardianConsent.withdrawn_on.is_(None),
            )
            .order_by(GuardianConsent.given_on.desc())
        )
        .scalars()
        .first()
    )
    if check_volunteer_age(age, consent is not None):
        consent_id = consent
    return consent_id


def _role_without_profile(text: str = "") -> list:
    """People given the 志愿者 role in the registry who have no volunteer profile (no number) yet."""
    return [
        *people_conditions(PeopleQuery(text=text, role="volunteer")),
        ~exists().where(Volunteer.person_id == Person.id, Volunteer.deleted.is_(False)),
    ]


@guarded("people.view")
def unregistered_volunteer_people(session: Session, text: str = "", limit: int = 50) -> list[PersonSummary]:
    """Those people, in pinyin order, for the registration dialog."""
    day = today(session)
    rows = session.execute(
        select(Person).where(*_role_without_profile(text)).order_by(Person.name_pinyin, Person.id).limit(limit)
    ).scalars()
    return [summarise(p, day) for p in rows]


@guarded("people.view")
def count_unregistered_volunteer_role(session: Session) -> int:
    return _count_unregistered_volunteer_role(session)


def _count_unregistered_volunteer_role(session: Session) -> int:
    """Also the registry's counter, which the statistics verb guards: a count names nobody."""
    return session.execute(select(func.count()).select_from(Person).where(*_role_without_profile())).scalar_one()


@guarded("volunteers.manage")
def register_volunteer(session: Session, data: VolunteerInput) -> VolunteerRow:
    """A volunteer profile for a person of the registry; the person gets the 志愿者 role if not yet."""
    person = live_person(session, data.person_id)
    existing = (
        session.execute(select(Volunteer).where(Volunteer.person_id == person.id, Volunteer.deleted.is_(False)))
        .scalars()
        .first()
    )
    if existing is not None:
        raise ValidationError(
            "volunteer.already", field="person_id", name=person.name, number=existing.volunteer_number
        )
    consent_id = check_can_register(session, person)
    day = today(session)
    registered_on = data.registered_on or day
    if registered_on > day:
        raise ValidationError("volunteer.registered_future", field="registered_on")
    if data.status not in STATUSES:
        raise ValidationError("volunteer.status", field="status")
    number = _clean_number(data.volunteer_number) or next_volunteer_number(session)
    if session.execute(select(Volunteer.id).where(Volunteer.volunteer_number == number)).first():
        raise ValidationError("volunteer.number_taken", field="volunteer_number", number=number)
    volunteer = Volunteer(
        person_id=person.id,
        volunteer_number=number,
        registered_on=registered_on,
        skills=join_tags(data.skills),
        availability=data.availability.strip(),
        status=data.status,
        consent_id=consent_id,
        notes=data.notes.strip(),
    )
    person.is_volunteer = True
    session.add(volunteer)
    session.flush()
    return _row(session, volunteer, person)


@guarded("volunteers.manage")
def update_volunteer(
    session: Session, volunteer_id: str, skills: tuple[str, ...], availability: str, status: str, notes: str = ""
) -> VolunteerRow:
    volunteer = live_volunteer(session, volunteer_id)
    if status not in STATUSES:
        raise ValidationError("volunteer.status", field="status")
    volunteer.skills, volunteer.availability = join_tags(skills), availability.strip()
    volunteer.status, volunteer.notes = status, notes.strip()
    session.flush()
    return _row(session, volunteer, session.get(Person, volunteer.person_id))


def live_volunteer(session: Session, volunteer_id: str) -> Volunteer:
    return live_row(session, Volunteer, volunteer_id)


def _live_by_number(*columns):
    return select(*columns).where(Volunteer.volunteer_number == bindparam("number"), Volunteer.deleted.is_(False))


# built once, not per call: a certificate's print runs them every time, and building a statement costs
# SQLAlchemy about as much Python as running it
_VOLUNTEER_BY_NUMBER = _live_by_number(Volunteer)
_VOLUNTEER_SHOWN = _live_by_number(
    Volunteer.id, Volunteer.volunteer_number, Volunteer.person_id, Person.name, Person.id_number
).join(Person, Person.id == Volunteer.person_id)


def _found(row, number: str):
    if row is None:
        raise ValidationError("volunteer.not_found", field="volunteer_number", number=number)
    return row


@guarded("people.view")
def volunteer_by_number(session: Session, number: str) -> Volunteer:
    found = session.execute(_VOLUNTEER_BY_NUMBER, {"number": _clean_number(number)}).scalars().first()
    return _found(found, number)


@guarded("people.view")
def volunteer_as_shown(session: Session, number: str):
    """The volunteer's id, number and person id with the person's name and ID number (what a
    certificate shows), in one statement: a row, not the records."""
    session.flush()  # what the session holds first, then the read on its connection, past the ORM layer
    return _found(session.connection().execute(_VOLUNTEER_SHOWN, {"number": _clean_number(number)}).first(), number)


# -- training and awards ------------------------------------------------------------------------------


@guarded("volunteers.manage")
def add_training(session: Session, volunteer_id: str, course: str, trained_on: date, minutes: int) -> TrainingRecord:
    live_volunteer(session, volunteer_id)
    if not course.strip():
        raise ValidationError("training.course_required", field="course")
    if trained_on > today(session):
        raise ValidationError("training.date_future", field="trained_on")
    record = VolunteerTraining(
        volunteer_id=volunteer_id, course=course.strip(), trained_on=trained_on, minutes=max(0, int(minutes))
    )
    session.add(record)
    session.flush()
    return TrainingRecord(record.id, record.course, record.trained_on, record.minutes)


@guarded("volunteers.manage")
def add_award(session: Session, volunteer_id: str, title: str, awarded_on: date, issuer: str = "") -> AwardRecord:
    live_volunteer(session, volunteer_id)
    if not title.strip():
        raise ValidationError("award.title_required", field="title")
    record = VolunteerAward(
        volunteer_id=volunteer_id, title=title.strip(), awarded_on=awarded_on, issuer=issuer.strip()
    )
    session.add(record)
    session.flush()
    return AwardRecord(record.id, record.title, record.awarded_on, record.issuer)


# -- the list and the volunteer's page --------------------------------------------------------------


def _year_minutes_column(day: date):
    start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    return (
        select(func.coalesce(func.sum(Shift.credited_minutes), 0))
        .where(
            Shift.volunteer_id == Volunteer.id,
            Shift.deleted.is_(False),
            Shift.confirmed_at.is_not(None),
            Shift.service_date >= start,
            Shift.service_date <= end,
        )
        .correlate(Volunteer)
        .scalar_subquery()
    )


def _row(session: Session, volunteer: Volunteer, person: Person, year_minutes: int | None = None) -> VolunteerRow:
    day = today(session)
    if year_minutes is None:
        year_minutes = session.execute(
            select(_year_minutes_column(day)).select_from(Volunteer).where(Volunteer.id == volunteer.id)
        ).scalar_one()
    return VolunteerRow(
        volunteer.id,
        person.id,
        volunteer.volunteer_number,
        person.name,
        person.gender,
        age_on(person.birth_date, day),
        mask_phone(person.phone),
        volunteer.status,
        volunteer.registered_on,
        tuple(t for t in volunteer.skills.split("|") if t),
        year_minutes,
    )


def _volunteer_conditions(query: VolunteerQuery) -> list:
    conditions = [Volunteer.deleted.is_(False)]
    text = query.text.strip()
    if text:
        upper = text.upper()
        by_person = _text_condition(text)
        conditions.append(by_person | Volunteer.volunteer_number.like(f"%{upper}%"))
    if query.status:
        conditions.append(Volunteer.status == query.status)
    if query.team_id:
        conditions.append(
            Volunteer.id.in_(
                select(TeamMembership.volunteer_id).where(
                    TeamMembership.team_id == query.team_id, TeamMembership.deleted.is_(False)
                )
            )
        )
    return conditions


@guarded("people.view")
def search_volunteers(session: Session, query: VolunteerQuery, offset: int = 0, limit: int = 200) -> list[VolunteerRow]:
    """A page of volunteers in pinyin order, with their confirmed hours of this year."""
    year_minutes = _year_minutes_column(today(session))
    rows = session.execute(
        select(Volunteer, Person, year_minutes)
        .join(Person, Person.id == Volunteer.person_id)
        .where(*_volunteer_conditions(query))
        .order_by(Person.name_pinyin, Volunteer.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return [_row(session, v, p, minutes) for v, p, minutes in rows]


@guarded("people.view")
def count_volunteers(session: Session, query: VolunteerQuery = VolunteerQuery()) -> int:
    return _count_volunteers(session, query)


def _count_volunteers(session: Session, query: VolunteerQuery = VolunteerQuery()) -> int:
    """Also the registry's counter, which the statistics verb guards: a count names nobody."""
    return session.execute(
        select(func.count())
        .select_from(Volunteer)
        .join(Person, Person.id == Volunteer.person_id)
        .where(*_volunteer_conditions(query))
    ).scalar_one()


@guarded("people.view")
def shift_rows(session: Session, *conditions, limit: int | None = None, newest_first: bool = True) -> list[ShiftRow]:
    order = (Shift.signed_in_at.desc(),) if newest_first else (Shift.signed_in_at,)
    statement = (
        select(Shift, Volunteer.volunteer_number, Person.name, Activity.name)
        .join(Volunteer, Volunteer.id == Shift.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .outerjoin(Activity, Activity.id == Shift.activity_id)
        .where(Shift.deleted.is_(False), *conditions)
        .order_by(*order)
    )
    if limit is not None:
        statement = statement.limit(limit)
    return [
        ShiftRow(
            s.id,
            s.volunteer_id,
            number,
            name,
            s.activity_id,
            activity or "",
            s.post,
            s.content,
            s.service_date,
            f"{s.signed_in_at:%H:%M}",
            f"{s.signed_out_at:%H:%M}",
            s.computed_minutes,
            s.credited_minutes,
            s.correction_reason,
            s.confirmed_by,
            s.confirmed_at is not None,
        )
        for s, number, name, activity in session.execute(statement)
    ]


@guarded("people.view")
def certificate_rows(session: Session, *conditions) -> list[CertificateRow]:
    rows = session.execute(
        select(VolunteerCertificate, Volunteer.volunteer_number, Person.name)
        .join(Volunteer, Volunteer.id == VolunteerCertificate.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .where(VolunteerCertificate.deleted.is_(False), *conditions)
        .order_by(VolunteerCertificate.issued_on.desc(), VolunteerCertificate.serial.desc())
    ).all()
    return [
        CertificateRow(
            c.id,
            c.serial,
            c.volunteer_id,
            number,
            name,
            c.period_from,
            c.period_to,
            c.total_minutes,
            c.issued_on,
            c.handled_by,
            c.print_count,
            c.voided_on,
            c.void_reason,
        )
        for c, number, name in rows
    ]


@guarded("people.view")
def get_volunteer(session: Session, volunteer_id: str, history_limit: int = 500) -> VolunteerDetail:
    """Everything the volunteer's page shows: profile, totals by month, history, training, awards."""
    volunteer = live_volunteer(session, volunteer_id)
    person = session.get(Person, volunteer.person_id)
    day = today(session)
    mine = and_(Shift.volunteer_id == volunteer_id, Shift.deleted.is_(False))
    total, pending = session.execute(
        select(
            func.coalesce(func.sum(Shift.credited_minutes).filter(Shift.confirmed_at.is_not(None)), 0),
            func.coalesce(func.sum(Shift.credited_minutes).filter(Shift.confirmed_at.is_(None)), 0),
        ).where(mine)
    ).one()
    month = extract("month", Shift.service_date)
    months = session.execute(
        select(month, func.sum(Shift.credited_minutes))
        .where(
            mine,
            Shift.confirmed_at.is_not(None),
            Shift.service_date >= date(day.year, 1, 1),
            Shift.service_date <= date(day.year, 12, 31),
        )
        .group_by(month)
        .order_by(month)
    ).all()
    teams = (
        session.execute(
            select(VolunteerTeam.name)
            .join(TeamMembership, TeamMembership.team_id == VolunteerTeam.id)
            .where(
                TeamMembership.volunteer_id == volunteer_id,
                TeamMembership.deleted.is_(False),
                VolunteerTeam.deleted.is_(False),
            )
            .order_by(VolunteerTeam.name)
        )
        .scalars()
        .all()
    )
    trainings = session.execute(
        select(VolunteerTraining)
        .where(VolunteerTraining.volunteer_id == volunteer_id, VolunteerTraining.deleted.is_(False))
        .order_by(VolunteerTraining.trained_on.desc())
    ).scalars()
    awards = session.execute(
        select(VolunteerAward)
        .where(VolunteerAward.volunteer_id == volunteer_id, VolunteerAward.deleted.is_(False))
        .order_by(VolunteerAward.awarded_on.desc())
    ).scalars()
    return VolunteerDetail(
        row=_row(session, volunteer, person),
        id_number_masked=mask_id_number(person.id_number),
        id_type="居民身份证" if person.id_number else "",
        availability=volunteer.availability,
        notes=volunteer.notes,
        consent_given=volunteer.consent_id is not None,
        teams=tuple(teams),
        total_minutes=total,
        pending_minutes=pending,
        months=tuple((int(m), int(n)) for m, n in months),
        shifts=tuple(shift_rows(session, Shift.volunteer_id == volunteer_id, limit=history_limit)),
        trainings=tuple(TrainingRecord(t.id, t.course, t.trained_on, t.minutes) for t in trainings),
        awards=tuple(AwardRecord(a.id, a.title, a.awarded_on, a.issuer) for a in awards),
        certificates=tuple(certificate_rows(session, VolunteerCertificate.volunteer_id == volunteer_id)),
    )


@guarded("people.view")
def skills_catalog(session: Session) -> list[str]:
    return catalog(session, "volunteer_skill")


# -- stats and list ---------------------------------------------------------------------------------
# services.people registers a plain role-based "volunteers" counter and lister. This module imports
# services.people at the top, so people's registrations have always run before the decorators below:
# ours replace them whatever order the modules are loaded in (a test checks this).


@counter("volunteers", reads=("volunteer", "person"))
def _count_registered(session: Session) -> int:
    """Registered volunteers (with a volunteer number), whatever their status."""
    return _count_volunteers(session, VolunteerQuery())


@counter("volunteer_role_unregistered", reads=("volunteer", "person"))
def _count_role_unregistered(session: Session) -> int:
    """People with the 志愿者 role in the registry but no volunteer registration yet (not in "volunteers")."""
    return _count_unregistered_volunteer_role(session)


@lister("volunteers")
def _list_volunteers(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(v) for v in search_volunteers(session, VolunteerQuery(text=text), limit=limit)]


@lister("certificates")
def _list_certificates(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(c) for c in certificate_rows(session) if text in c.serial or text in c.name][:limit]
