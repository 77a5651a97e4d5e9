"""The worker's day on the home page (首页): today's class sessions and activities, the elders whose
reassessment is due, where the sync stands, and on a new station the first steps still to take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import exists, func, select, union_all
from sqlalchemy.orm import Session

from stationdesk.config import DataFolder
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import TutoringClass, TutoringSession
from stationdesk.db.models.visit_basis import ElderVisitBasis
from stationdesk.db.models.volunteers import Activity, Volunteer
from stationdesk.domain import visit_plan
from stationdesk.services.accounts import guarded
from stationdesk.services.addresses import format_address
from stationdesk.services.station import today
from stationdesk.sync.station import status as sync_status

SHOWN = 8
# what the desk reads, so the home page refreshes when one of them changes
READS = frozenset(
    {"tutoring_session", "tutoring_class", "activity", "assessment", "person", "volunteer", "sync_enrolment"}
)


@dataclass(frozen=True)
class TodayEntry:
    record_id: str  # the session's, the activity's or the elder's id
    parent_id: str  # the class of a session; "" otherwise
    title: str
    starts_at: time | None
    detail: str
    address: str = ""  # an elder's home address, telling namesakes apart


@dataclass(frozen=True)
class FirstSteps:
    people_registered: bool
    enrolled_with_city: bool
    volunteers_registered: bool

    @property
    def all_done(self) -> bool:
        return self.people_registered and self.enrolled_with_city and self.volunteers_registered


@dataclass(frozen=True)
class WorkdayDesk:
    day: date
    sessions: tuple[TodayEntry, ...]  # today's class sessions, by time
    activities: tuple[TodayEntry, ...]  # today's activities, by time
    reassessments_due: int  # elders never assessed or assessed more than six months ago
    reassessments: tuple[TodayEntry, ...]  # the longest waiting first
    enrolled: bool
    last_export_at: datetime | None
    waiting_to_send: int  # changed records not yet acknowledged by the city
    open_conflicts: int
    first_steps: FirstSteps


def _reassessments(session: Session, day: date) -> tuple[int, list[TodayEntry]]:
    """Elders never assessed (by name) then those whose latest final assessment is six months old or
    more (the oldest first), read from the kept basis: the first rows and the count are index ranges
    of ``ix_elder_visit_basis_reassessment``, whether few or nearly all elders are assessed."""
    basis = ElderVisitBasis
    limit_day = visit_plan.add_months(day, -visit_plan.REASSESS_MONTHS)
    groups = (basis.last_assessed.is_(None), basis.last_assessed <= limit_day)  # never assessed, then due
    order = (basis.last_assessed, basis.name_pinyin, basis.elder_id)
    # each group's first rows walked in the index's order: nothing sorts every elder
    firsts = [
        select(basis.elder_id, basis.last_assessed, basis.name_pinyin).where(group).order_by(*order).limit(SHOWN)
        for group in groups
    ]
    first = union_all(*(select(rows.subquery()) for rows in firsts)).subquery()
    address = (Person.community, Person.street, Person.building, Person.unit, Person.room)
    rows = session.execute(
        select(first.c.elder_id, Person.name, first.c.last_assessed, *address)
        .join(Person, Person.id == first.c.elder_id)
        .order_by(first.c.last_assessed.is_not(None), first.c.last_assessed, first.c.name_pinyin, first.c.elder_id)
        .limit(SHOWN)
    ).all()
    counts = session.execute(
        select(*(select(func.count()).select_from(basis).where(group).scalar_subquery() for group in groups))
    ).one()
    return sum(counts), [
        TodayEntry(
            row.elder_id,
            "",
            row.name,
            None,
            row.last_assessed.isoformat() if row.last_assessed else "",
            format_address(row),
        )
        for row in rows
    ]


@guarded("people.view")
def workday_desk(session: Session, folder: DataFolder) -> WorkdayDesk:
    day = today(session)
    sessions = session.execute(
        select(
            TutoringSession.id, TutoringClass.id, TutoringClass.name, TutoringSession.start_time, TutoringClass.place
        )
        .join(TutoringClass, TutoringClass.id == TutoringSession.class_id)
        .where(TutoringSession.day == day, TutoringSession.deleted.is_(False), TutoringClass.deleted.is_(False))
        .order_by(TutoringSession.start_time, TutoringClass.name)
    ).all()
    activities = session.execute(
        select(Activity.id, Activity.name, Activity.starts_at, Activity.place)
        .where(Activity.held_on == day, Activity.deleted.is_(False))
        .order_by(Activity.starts_at, Activity.name)
    ).all()
    due_total, due = _reassessments(session, day)
    sync = sync_status(session, folder, unenrolled_waiting=False)  # the line shows no count then
    people = session.execute(select(exists().where(Person.deleted.is_(False)))).scalar_one()
    volunteers = session.execute(select(exists().where(Volunteer.deleted.is_(False)))).scalar_one()
    return WorkdayDesk(
        day,
        tuple(TodayEntry(s_id, c_id, name, start, place) for s_id, c_id, name, start, place in sessions),
        tuple(TodayEntry(a_id, "", name, start, place) for a_id, name, start, place in activities),
        due_total,
        tuple(due),
        sync.enrolled,
        sync.last_export_at,
        sum(sync.waiting.values()),
        sync.open_conflicts,
        FirstSteps(people, sync.enrolled, volunteers),
    )
