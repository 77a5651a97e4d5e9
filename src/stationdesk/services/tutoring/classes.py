"""Classes (辅导班): set up, list, open, enrol a child with consent, withdraw, close (结班)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import (
    Attendance,
    ClassSlot,
    ClassTutor,
    Enrolment,
    TutoringClass,
    TutoringSession,
)
from stationdesk.domain.tutoring import (
    CLASS_KINDS,
    PRESENT,
    AttendanceStats,
    attendance_stats,
)
from stationdesk.errors import FormErrors, NeedsConfirmation, NotFound, StationDeskError, ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.people import get_person, has_guardian_consent, live_person, summarise
from stationdesk.services.station import today
from stationdesk.services.tutoring.lookups import (
    _active_enrolments,
    _enrolled_children,
    _live_class,
    _slots,
    _summaries,
    _summary,
    _tutors,
)
from stationdesk.services.tutoring.sessions import _attendance_count
from stationdesk.services.tutoring.values import (
    NAME_MAX,
    ClassDetail,
    ClassInput,
    ClassSummary,
    EnrolledChild,
    SessionRow,
)

# ----------------------------------------------------------------------------------------- classes


@guarded("children.manage")
def validate_class(session: Session, data: ClassInput) -> ClassInput:
    errors: list[ValidationError] = []
    name = " ".join((data.name or "").split())
    if not name:
        errors.append(ValidationError("tutoring.name_required", field="name"))
    elif len(name) > NAME_MAX:
        errors.append(ValidationError("tutoring.name_too_long", field="name", max=NAME_MAX))
    if data.kind not in CLASS_KINDS:
        errors.append(
            ValidationError("tutoring.kind_unknown", field="kind", value=data.kind, choices="、".join(CLASS_KINDS))
        )
    if data.capacity < 0:
        errors.append(ValidationError("tutoring.capacity_negative", field="capacity"))
    if data.term_start and data.term_end and data.term_end < data.term_start:
        errors.append(
            ValidationError(
                "tutoring.term_order",
                field="term_end",
                start=data.term_start.isoformat(),
                end=data.term_end.isoformat(),
            )
        )
    for slot in data.slots:
        try:
            slot.check()
        except ValidationError as error:
            errors.append(error)
    tutor_ids = tuple(dict.fromkeys(t for t in data.tutor_ids if t))
    for tutor_id in tutor_ids:
        tutor = session.get(Person, tutor_id)
        if tutor is None or tutor.deleted:
            errors.append(ValidationError("not_found", field="tutor_ids", kind="person", key=tutor_id))
        elif tutor.is_child:
            errors.append(ValidationError("tutoring.tutor_is_child", field="tutor_ids"))
    if errors:
        raise FormErrors(errors)
    slots = tuple(sorted(set(data.slots), key=lambda s: (s.weekday, s.start)))
    return ClassInput(
        name=name,
        kind=data.kind,
        subjects=data.subjects.strip(),
        term_start=data.term_start,
        term_end=data.term_end,
        place=data.place.strip(),
        capacity=data.capacity,
        slots=slots,
        tutor_ids=tutor_ids,
        notes=data.notes.strip(),
    )


def _replace_links(session: Session, model, class_id: str, wanted: list[dict], key) -> None:
    """Make the class's live link rows (tutors, slots) exactly ``wanted``; dropped ones become tombstones."""
    existing = list(session.execute(select(model).where(model.class_id == class_id)).scalars())
    by_key = {key(row): row for row in existing}
    wanted_keys = set()
    for values in wanted:
        k = tuple(values[name] for name in key.fields)
        wanted_keys.add(k)
        row = by_key.get(k)
        if row is None:
            session.add(model(class_id=class_id, **values))
        elif row.deleted:
            row.deleted = False
    for k, row in by_key.items():
        if k not in wanted_keys and not row.deleted:
            row.deleted = True


class _Key:
    def __init__(self, *fields: str) -> None:
        self.fields = fields

    def __call__(self, row) -> tuple:
        return tuple(getattr(row, name) for name in self.fields)


@guarded("children.manage")
def save_class(session: Session, data: ClassInput, class_id: str | None = None) -> ClassSummary:
    """Create a class, or update it when ``class_id`` is given (tutors and weekly slots included)."""
    clean = validate_class(session, data)
    row = _live_class(session, class_id) if class_id else TutoringClass()
    row.name, row.kind, row.subjects = clean.name, clean.kind, clean.subjects
    row.term_start, row.term_end, row.place = clean.term_start, clean.term_end, clean.place
    row.capacity, row.notes = clean.capacity, clean.notes
    if class_id is None:
        session.add(row)
    session.flush()
    _replace_links(session, ClassTutor, row.id, [{"person_id": t} for t in clean.tutor_ids], _Key("person_id"))
    _replace_links(
        session,
        ClassSlot,
        row.id,
        [{"weekday": s.weekday, "start_time": s.start, "end_time": s.end} for s in clean.slots],
        _Key("weekday", "start_time", "end_time"),
    )
    session.flush()
    return _summary(session, row)


@guarded("people.view")
def list_classes(session: Session, text: str = "") -> list[ClassSummary]:
    query = select(TutoringClass).where(TutoringClass.deleted.is_(False))
    if text.strip():
        query = query.where(TutoringClass.name.contains(text.strip(), autoescape=True))
    rows = list(session.execute(query.order_by(TutoringClass.term_start.desc(), TutoringClass.name)).scalars())
    return _summaries(session, rows)


def _stats_by_child(session: Session, class_id: str) -> dict[str, AttendanceStats]:
    statuses: dict[str, list[str]] = defaultdict(list)
    for child_id, status, count in session.execute(
        select(Attendance.child_id, Attendance.status, func.count())
        .join(TutoringSession, TutoringSession.id == Attendance.session_id)
        .where(
            TutoringSession.class_id == class_id,
            TutoringSession.deleted.is_(False),
            Attendance.deleted.is_(False),
            Attendance.status != "",
        )
        .group_by(Attendance.child_id, Attendance.status)
    ):
        statuses[child_id] += [status] * count
    return {child_id: attendance_stats(values) for child_id, values in statuses.items()}


@guarded("people.view")
def get_class(session: Session, class_id: str) -> ClassDetail:
    """Everything the class page shows: schedule, tutors, enrolled children (by alias), sessions."""
    row = _live_class(session, class_id)
    day = today(session)
    stats = _stats_by_child(session, class_id)
    children = tuple(
        EnrolledChild(
            enrolment.id,
            person.id,
            summary.display_name,
            person.gender,
            summary.age,
            enrolment.enrolled_on,
            stats.get(person.id, AttendanceStats()),
        )
        for enrolment, person in _enrolled_children(session, class_id)
        for summary in (summarise(person, day),)
    )
    present = case((Attendance.status.in_(tuple(PRESENT)), 1), else_=0)
    recorded = case((Attendance.status != "", 1), else_=0)
    sessions = tuple(
        SessionRow(sid, sday, start, end, kind, subject, int(n_recorded or 0), int(n_present or 0))
        for sid, sday, start, end, kind, subject, n_recorded, n_present in session.execute(
            select(
                TutoringSession.id,
                TutoringSession.day,
                TutoringSession.start_time,
                TutoringSession.end_time,
                TutoringSession.kind,
                TutoringSession.subject,
                func.sum(recorded),
                func.sum(present),
            )
            .outerjoin(Attendance, (Attendance.session_id == TutoringSession.id) & Attendance.deleted.is_(False))
            .where(TutoringSession.class_id == class_id, TutoringSession.deleted.is_(False))
            .group_by(TutoringSession.id)
            .order_by(TutoringSession.day, TutoringSession.start_time)
        )
    )
    slots = tuple(_slots(session, class_id))
    tutors = tuple(_tutors(session, class_id))
    data = ClassInput(
        row.name,
        row.kind,
        row.subjects,
        row.term_start,
        row.term_end,
        row.place,
        row.capacity,
        slots,
        tuple(t.id for t in tutors),
        row.notes,
    )
    return ClassDetail(_summary(session, row), slots, tutors, children, sessions, row.notes, data)


# ----------------------------------------------------------------------------------------- enrolment


@guarded("children.manage")
def enrol_child(
    session: Session, class_id: str, child_id: str, confirmed: bool = False, on: date | None = None
) -> EnrolledChild:
    """Enrol a child: a registered child, with a guardian's consent on record; past capacity only when confirmed."""
    klass = _live_class(session, class_id)
    person = live_person(session, child_id)
    summary = summarise(person, today(session))
    if not person.is_child:
        raise ValidationError("tutoring.not_a_child", field="child_id", name=summary.display_name)
    if not has_guardian_consent(session, child_id):
        guardians = get_person(session, child_id).guardians
        if not guardians:
            raise ValidationError("tutoring.no_guardian", field="child_id", name=summary.display_name)
        raise ValidationError(
            "tutoring.no_consent",
            field="child_id",
            name=summary.display_name,
            guardians="、".join(f"{g.guardian_name}（{g.relation}）" for g in guardians),
        )
    already = session.execute(
        select(func.count()).select_from(Enrolment).where(*_active_enrolments(class_id), Enrolment.child_id == child_id)
    ).scalar_one()
    if already:
        raise ValidationError(
            "tutoring.already_enrolled", field="child_id", name=summary.display_name, class_name=klass.name
        )
    if klass.capacity:
        enrolled = session.execute(
            select(func.count()).select_from(Enrolment).where(*_active_enrolments(class_id))
        ).scalar_one()
        if enrolled >= klass.capacity and not confirmed:
            raise NeedsConfirmation(
                [
                    StationDeskError(
                        "tutoring.over_capacity",
                        class_name=klass.name,
                        capacity=klass.capacity,
                        enrolled=enrolled,
                        name=summary.display_name,
                    )
                ]
            )
    enrolment = Enrolment(class_id=class_id, child_id=child_id, enrolled_on=on or today(session))
    session.add(enrolment)
    session.flush()
    return EnrolledChild(
        enrolment.id,
        child_id,
        summary.display_name,
        person.gender,
        summary.age,
        enrolment.enrolled_on,
        AttendanceStats(),
    )


@guarded("children.manage")
def withdraw_child(session: Session, enrolment_id: str, on: date | None = None) -> None:
    """End an enrolment (退班); attendance already recorded stays."""
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.deleted or enrolment.left_on is not None:
        raise NotFound("tutoring_enrolment", enrolment_id)
    enrolment.left_on = on or today(session)
    session.flush()


@guarded("children.manage")
def close_class(session: Session, class_id: str, on: date | None = None) -> ClassSummary:
    """结班: the class ends on ``on`` (default today). Its term ends that day, every child still enrolled
    leaves that day, and later sessions with nothing recorded are cancelled; sessions held, attendance,
    enrolments and notes stay as history. Refused when a later session already has attendance."""
    row = _live_class(session, class_id)
    on = on or today(session)
    if row.term_start is not None and on < row.term_start:
        raise ValidationError(
            "tutoring.close_before_start", field="on", on=on.isoformat(), start=row.term_start.isoformat()
        )
    later = list(
        session.execute(
            select(TutoringSession).where(
                TutoringSession.class_id == class_id, TutoringSession.deleted.is_(False), TutoringSession.day > on
            )
        ).scalars()
    )
    if later and _attendance_count(session, [s.id for s in later]):
        raise ValidationError("tutoring.close_with_later_attendance", field="on", on=on.isoformat())
    for later_session in later:
        later_session.deleted = True
    for enrolment in session.execute(select(Enrolment).where(*_active_enrolments(class_id))).scalars():
        enrolment.left_on = max(on, enrolment.enrolled_on)
    row.term_end = on
    session.flush()
    return _summary(session, row)
