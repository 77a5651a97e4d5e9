"""The worker's day on the home page (首页): today's class sessions and activities, the elders whose
reassessment is due, where the sync stands, and on a new station the first steps still to take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from stationdesk.config import DataFolder
from stationdesk.db.models.elderly import Assessment
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import TutoringClass, TutoringSession
from stationdesk.db.models.volunteers import Activity, Volunteer
from stationdesk.domain import visit_plan
from stationdesk.services.accounts import guarded
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
    last_final = (
        select(Assessment.elder_id, func.max(Assessment.assessed_on).label("last"))
        .where(Assessment.deleted.is_(False), Assessment.status == "final")
        .group_by(Assessment.elder_id)
        .subquery()
    )
    limit_day = visit_plan.add_months(day, -visit_plan.REASSESS_MONTHS)
    due = (
        select(Person.id, Person.name, last_final.c.last)
        .outerjoin(last_final, last_final.c.elder_id == Person.id)
        .where(Person.deleted.is_(False), Person.is_elder.is_(True))
        .where((last_final.c.last.is_(None)) | (last_final.c.last <= limit_day))
    )
    # the total comes with the first rows (a window count over every due elder): one pass, not two
    rows = session.execute(
        due.add_columns(func.count().over().label("total"))
        .order_by(last_final.c.last.is_not(None), last_final.c.last, Person.name_pinyin)
        .limit(SHOWN)
    ).all()
    return rows[0].total if rows else 0, [
        TodayEntry(elder_id, "", name, None, last.isoformat() if last else "") for elder_id, name, last, _ in rows
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
    sync = sync_status(session, folder)
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
