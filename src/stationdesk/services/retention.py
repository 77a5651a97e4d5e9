"""保存期限 (PIPL art. 47): personal information is erased N years after a person's last service.

The rule is a station setting (empty: keep). The people past it are found from the dates of the
records that serve them — visits, assessments, classes and attendance, needs, activities, service
records, volunteer shifts — or, for someone never served, the day they were registered. They are
erased through the same path as an erasure on request (``person_rights.erase_person``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.elderly import Assessment, Visit
from stationdesk.db.models.lists import Need, ServiceRecord, ServiceRecordPerson
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import Attendance, Enrolment, TutoringSession
from stationdesk.db.models.volunteers import Activity, ActivityParticipant, Shift, Volunteer
from stationdesk.domain.privacy import shown_name
from stationdesk.errors import ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.person_rights import ERASED_NAME, erase_person
from stationdesk.services.station import get_local, set_local, today

RETENTION_KEY = "retention_years"
MAX_YEARS = 100


def retention_years(session: Session) -> int | None:
    """The station's 保存期限 in years, None when records are kept."""
    stored = get_local(session, RETENTION_KEY)
    return int(stored) if stored.isdigit() and int(stored) > 0 else None


@guarded("people.erase")
def set_retention_years(session: Session, years: int | None) -> int | None:
    """Set the 保存期限 (None or 0: keep records); refused outside 1..100 years."""
    if years is not None and years != 0 and not 1 <= years <= MAX_YEARS:
        raise ValidationError("retention.years", field="years", max=MAX_YEARS)
    set_local(session, RETENTION_KEY, str(years) if years else "")
    return years or None


@dataclass(frozen=True)
class PastRetention:
    person_id: str
    name: str  # the alias for a child who has one, as in every list
    last_service: date


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _service_days(on: date):
    """(person id, day) for every dated record that serves a person; ``on``: the station's today."""
    return union_all(
        select(Visit.elder_id.label("person_id"), Visit.visited_on.label("day")).where(Visit.deleted.is_(False)),
        select(Assessment.elder_id, Assessment.assessed_on).where(Assessment.deleted.is_(False)),
        select(Enrolment.child_id, func.coalesce(Enrolment.left_on, on)).where(
            Enrolment.deleted.is_(False)
        ),  # still in a class: served today
        select(Attendance.child_id, TutoringSession.day).join(
            TutoringSession, TutoringSession.id == Attendance.session_id
        ),
        select(Need.person_id, Need.found_on).where(Need.person_id.is_not(None), Need.deleted.is_(False)),
        select(ActivityParticipant.person_id, Activity.held_on).join(
            Activity, Activity.id == ActivityParticipant.activity_id
        ),
        select(ServiceRecordPerson.person_id, ServiceRecord.served_on).join(
            ServiceRecord, ServiceRecord.id == ServiceRecordPerson.record_id
        ),
        select(Volunteer.person_id, Shift.service_date).join(Shift, Shift.volunteer_id == Volunteer.id),
    ).subquery()


@guarded("people.erase")
def past_retention(session: Session, years: int | None = None) -> tuple[PastRetention, ...]:
    """The people whose last service is more than ``years`` (default: the setting) before today, not yet
    erased, oldest first; empty when records are kept."""
    years = years or retention_years(session)
    if not years:
        return ()
    on = today(session)
    cutoff = _years_before(on, years)
    days = _service_days(on)
    last = func.coalesce(func.max(days.c.day), func.date(Person.created_at)).label("last")  # never served: registered
    rows = session.execute(
        select(Person.id, Person.name, Person.alias, Person.is_child, last)
        .outerjoin(days, days.c.person_id == Person.id)
        .where(Person.deleted.is_(False), Person.name != ERASED_NAME)
        .group_by(Person.id)
        .having(last < cutoff)
        .order_by(last, Person.name_pinyin)
    ).all()
    return tuple(
        PastRetention(row.id, shown_name(row.name, row.alias, row.is_child), _as_date(row.last)) for row in rows
    )


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


@guarded("people.erase")
def erase_past_retention(session: Session, person_ids: list[str], years: int) -> int:
    """Erase each of ``person_ids`` (as listed by ``past_retention``) the way an erasure on request does,
    open needs and classes included (the rule decides); returns how many."""
    reason = messages.text("retention.reason", years=years)
    for person_id in person_ids:
        erase_person(session, person_id, reason, confirmed=True)
    return len(person_ids)


messages.register(
    {
        "retention.years": "保存期限应为 1 到 {max} 年（0 或留空表示一直保存）。",
        "retention.kept": "未设置保存期限：个人信息一直保存。",
        "retention.reason": "超过保存期限（最后一次服务后 {years} 年）",
    }
)
