"""Finding the classes and sessions a worker names, and their tutors and enrolled children."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import (
    ClassSlot,
    ClassTutor,
    Enrolment,
    TutoringClass,
    TutoringSession,
)
from stationdesk.domain.tutoring import (
    WeeklySlot,
)
from stationdesk.errors import ValidationError
from stationdesk.services.records import live_row
from stationdesk.services.station import today
from stationdesk.services.tutoring.values import ClassSummary, PersonRef

# ----------------------------------------------------------------------------------------- helpers


def _live_class(session: Session, class_id: str) -> TutoringClass:
    return live_row(session, TutoringClass, class_id)


def resolve_class(session: Session, key: str) -> TutoringClass:
    """A class by its id or its exact name (for the command line)."""
    key = (key or "").strip()
    row = session.get(TutoringClass, key)
    if row is not None and not row.deleted:
        return row
    matches = list(
        session.execute(
            select(TutoringClass).where(TutoringClass.name == key, TutoringClass.deleted.is_(False))
        ).scalars()
    )
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ValidationError("tutoring.class_ambiguous", field="class", name=key, count=len(matches))
    raise ValidationError("tutoring.class_not_found", field="class", key=key)


def _live_session(session: Session, session_id: str) -> TutoringSession:
    return live_row(session, TutoringSession, session_id)


def _slots(session: Session, class_id: str) -> list[WeeklySlot]:
    rows = session.execute(
        select(ClassSlot)
        .where(ClassSlot.class_id == class_id, ClassSlot.deleted.is_(False))
        .order_by(ClassSlot.weekday, ClassSlot.start_time)
    ).scalars()
    return [WeeklySlot(r.weekday, r.start_time, r.end_time) for r in rows]


def _tutors(session: Session, class_id: str) -> list[PersonRef]:
    rows = session.execute(
        select(Person.id, Person.name)
        .join(ClassTutor, ClassTutor.person_id == Person.id)
        .where(ClassTutor.class_id == class_id, ClassTutor.deleted.is_(False), Person.deleted.is_(False))
        .order_by(Person.name_pinyin)
    )
    return [PersonRef(pid, name) for pid, name in rows]


def _active_enrolments(class_id: str, on: date | None = None):
    conditions = [Enrolment.class_id == class_id, Enrolment.deleted.is_(False)]
    if on is None:
        conditions.append(Enrolment.left_on.is_(None))
    else:
        conditions += [Enrolment.enrolled_on <= on, or_(Enrolment.left_on.is_(None), Enrolment.left_on > on)]
    return conditions


def _enrolled_children(session: Session, class_id: str, on: date | None = None) -> list[tuple[Enrolment, Person]]:
    return list(
        session.execute(
            select(Enrolment, Person)
            .join(Person, Person.id == Enrolment.child_id)
            .where(*_active_enrolments(class_id, on), Person.deleted.is_(False))
            .order_by(Person.name_pinyin, Person.id)
        ).all()
    )


def _summaries(session: Session, rows: list[TutoringClass]) -> list[ClassSummary]:
    ids = [r.id for r in rows]
    if not ids:
        return []
    enrolled = dict(
        session.execute(
            select(Enrolment.class_id, func.count())
            .where(Enrolment.class_id.in_(ids), Enrolment.deleted.is_(False), Enrolment.left_on.is_(None))
            .group_by(Enrolment.class_id)
        ).all()
    )
    held = dict(
        session.execute(
            select(TutoringSession.class_id, func.count())
            .where(TutoringSession.class_id.in_(ids), TutoringSession.deleted.is_(False))
            .group_by(TutoringSession.class_id)
        ).all()
    )
    slots: dict[str, list[str]] = defaultdict(list)
    for slot in session.execute(
        select(ClassSlot)
        .where(ClassSlot.class_id.in_(ids), ClassSlot.deleted.is_(False))
        .order_by(ClassSlot.weekday, ClassSlot.start_time)
    ).scalars():
        slots[slot.class_id].append(WeeklySlot(slot.weekday, slot.start_time, slot.end_time).label())
    tutors: dict[str, list[str]] = defaultdict(list)
    for class_id, name in session.execute(
        select(ClassTutor.class_id, Person.name)
        .join(Person, Person.id == ClassTutor.person_id)
        .where(ClassTutor.class_id.in_(ids), ClassTutor.deleted.is_(False))
        .order_by(Person.name_pinyin)
    ):
        tutors[class_id].append(name)
    day = today(session)
    return [
        ClassSummary(
            r.id,
            r.name,
            r.kind,
            r.subjects,
            r.term_start,
            r.term_end,
            r.place,
            r.capacity,
            enrolled.get(r.id, 0),
            held.get(r.id, 0),
            "；".join(slots[r.id]),
            "、".join(tutors[r.id]),
            r.term_end is not None and r.term_end <= day and not enrolled.get(r.id),
        )
        for r in rows
    ]


def _summary(session: Session, row: TutoringClass) -> ClassSummary:
    return _summaries(session, [row])[0]
