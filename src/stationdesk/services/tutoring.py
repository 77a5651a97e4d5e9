"""Children's tutoring (课业辅导): classes, enrolment with consent, term sessions, attendance with the
guardian hand-over, the child's overview and case notes, sign-in sheets and monthly summaries.

Children are named by ``PersonSummary.display_name`` (the alias where one is set) everywhere except
``child_overview``, which is the child's own page. Consent is the people registry's
(``has_guardian_consent``); this module does not keep its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import (
    Attendance,
    CaseNote,
    ClassSlot,
    ClassTutor,
    Enrolment,
    SessionTutor,
    TutoringClass,
    TutoringSession,
)
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.tutoring import (
    CLASS_KINDS,
    PRESENT,
    SESSION_KINDS,
    AttendanceStats,
    WeeklySlot,
    attendance_stats,
    check_status,
    plan_term,
)
from stationdesk.domain.typed_time import format_clock
from stationdesk.errors import FormErrors, NeedsConfirmation, NotFound, StationDeskError, ValidationError
from stationdesk.printing.tutoring_sheets import (
    MonthlySheet,
    MonthlySheetRow,
    SigninSheet,
    build_monthly_pdf,
    build_signin_pdf,
)
from stationdesk.services import registry
from stationdesk.services.people import PersonDetail, get_person, has_guardian_consent, live_person, summarise
from stationdesk.services.progress import Progress, report
from stationdesk.services.records import live_row
from stationdesk.services.station import audit, current_station, today

NAME_MAX = 60
BLANK_ROWS_MAX = 100


# ----------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class ClassInput:
    name: str
    kind: str
    subjects: str = ""
    term_start: date | None = None
    term_end: date | None = None
    place: str = ""
    capacity: int = 0
    slots: tuple[WeeklySlot, ...] = ()
    tutor_ids: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ClassSummary:
    id: str
    name: str
    kind: str
    subjects: str
    term_start: date | None
    term_end: date | None
    place: str
    capacity: int
    enrolled: int
    sessions: int
    schedule: str
    tutors: str
    ended: bool = False  # closed (结班): its term is over and nobody is enrolled any more


@dataclass(frozen=True)
class PersonRef:
    id: str
    name: str


@dataclass(frozen=True)
class EnrolledChild:
    enrolment_id: str
    child_id: str
    display_name: str  # alias where set
    gender: str
    age: int | None
    enrolled_on: date
    stats: AttendanceStats


@dataclass(frozen=True)
class SessionRow:
    id: str
    day: date
    start: time | None
    end: time | None
    kind: str
    subject: str
    recorded: int
    attended: int


@dataclass(frozen=True)
class ClassDetail:
    summary: ClassSummary
    slots: tuple[WeeklySlot, ...]
    tutors: tuple[PersonRef, ...]
    children: tuple[EnrolledChild, ...]
    sessions: tuple[SessionRow, ...]
    notes: str
    data: ClassInput


@dataclass(frozen=True)
class TermResult:
    created: int
    already_there: int
    holidays_skipped: tuple[date, ...]


@dataclass(frozen=True)
class GuardianChoice:
    name: str
    relation: str


@dataclass(frozen=True)
class AttendanceInput:
    child_id: str
    status: str = ""
    drop_off_by: str = ""
    drop_off_relation: str = ""
    drop_off_time: time | None = None
    pick_up_by: str = ""
    pick_up_relation: str = ""
    pick_up_time: time | None = None
    pick_up_note: str = ""
    progress_note: str = ""
    behaviour_note: str = ""
    follow_up: bool = False


@dataclass(frozen=True)
class AttendanceRow:
    child_id: str
    display_name: str
    guardians: tuple[GuardianChoice, ...]
    entry: AttendanceInput
    non_guardian_pick_up: bool


@dataclass(frozen=True)
class SessionInfo:
    id: str
    class_id: str
    class_name: str
    day: date
    start: time | None
    end: time | None
    kind: str
    subject: str
    content: str
    place: str
    class_tutors: tuple[PersonRef, ...]
    tutors_present: tuple[str, ...]  # person ids

    @property
    def label(self) -> str:
        span = f"{format_clock(self.start)}-{format_clock(self.end)}" if self.start else ""
        return f"{self.day:%Y-%m-%d} {span} {self.kind}".strip()


@dataclass(frozen=True)
class AttendanceSheet:
    session: SessionInfo
    rows: tuple[AttendanceRow, ...]


@dataclass(frozen=True)
class SessionEdit:
    subject: str = ""
    content: str = ""
    tutor_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChildHistoryRow:
    day: date
    class_name: str
    status: str
    progress_note: str
    behaviour_note: str
    follow_up: bool
    pick_up_note: str


@dataclass(frozen=True)
class CaseNoteRow:
    id: str
    written_on: date
    author: str
    text: str


@dataclass(frozen=True)
class ChildOverview:
    person: PersonDetail  # full name on the child's own page
    has_consent: bool
    stats: AttendanceStats
    classes: tuple[str, ...]
    history: tuple[ChildHistoryRow, ...]  # newest first
    case_notes: tuple[CaseNoteRow, ...]


@dataclass(frozen=True)
class SessionListItem:
    id: str
    class_id: str
    class_name: str
    day: date
    start: str
    end: str
    kind: str
    subject: str
    recorded: int


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


# ----------------------------------------------------------------------------------------- classes


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


def withdraw_child(session: Session, enrolment_id: str, on: date | None = None) -> None:
    """End an enrolment (退班); attendance already recorded stays."""
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.deleted or enrolment.left_on is not None:
        raise NotFound("tutoring_enrolment", enrolment_id)
    enrolment.left_on = on or today(session)
    session.flush()


# ----------------------------------------------------------------------------------------- sessions


def generate_term(
    session: Session, class_id: str, start: date, end: date, holidays: frozenset[date] = frozenset(), kind: str = "辅导"
) -> TermResult:
    """Make the term's sessions from the class's weekly slots in one step, skipping the holidays.
    Sessions that already exist (same day and start) are left as they are, so running it twice is harmless."""
    klass = _live_class(session, class_id)
    plan = plan_term(start, end, _slots(session, class_id), holidays)
    existing = {
        (d, s)
        for d, s in session.execute(
            select(TutoringSession.day, TutoringSession.start_time).where(
                TutoringSession.class_id == class_id,
                TutoringSession.deleted.is_(False),
                TutoringSession.day >= start,
                TutoringSession.day <= end,
            )
        )
    }
    subject = klass.subjects.split("、")[0] if klass.subjects else ""
    rows = [
        {
            "class_id": class_id,
            "day": p.day,
            "start_time": p.start,
            "end_time": p.end,
            "kind": kind,
            "subject": subject,
            "content": "",
        }
        for p in plan.sessions
        if (p.day, p.start) not in existing
    ]
    stamp_rows(session, rows, TutoringSession.__tablename__)
    if rows:
        session.execute(TutoringSession.__table__.insert(), rows)
    if klass.term_start is None or start < klass.term_start:
        klass.term_start = start
    if klass.term_end is None or end > klass.term_end:
        klass.term_end = end
    session.flush()
    return TermResult(len(rows), len(plan.sessions) - len(rows), plan.holidays_skipped)


def add_session(
    session: Session,
    class_id: str,
    day: date,
    start: time | None,
    end: time | None,
    kind: str = "辅导",
    subject: str = "",
    content: str = "",
) -> SessionRow:
    """One session outside the weekly schedule, such as a group activity (小组活动)."""
    _live_class(session, class_id)
    if kind not in SESSION_KINDS:
        raise ValidationError("tutoring.session_kind", field="kind", value=kind, choices="、".join(SESSION_KINDS))
    if start and end and end <= start:
        raise ValidationError("tutoring.session_order", field="end", start=format_clock(start), end=format_clock(end))
    row = TutoringSession(
        class_id=class_id,
        day=day,
        start_time=start,
        end_time=end,
        kind=kind,
        subject=subject.strip(),
        content=content.strip(),
    )
    session.add(row)
    session.flush()
    return SessionRow(row.id, day, start, end, kind, row.subject, 0, 0)


def _attendance_count(session: Session, session_ids) -> int:
    """Live attendance rows of these sessions (a status, a pick-up or a note: anything recorded)."""
    return session.execute(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.session_id.in_(session_ids), Attendance.deleted.is_(False))
    ).scalar_one()


def cancel_session(session: Session, session_id: str) -> SessionRow:
    """取消课次: the session becomes a tombstone. Refused once attendance was recorded for it, so no
    child's record disappears with it."""
    row = _live_session(session, session_id)
    recorded = _attendance_count(session, [row.id])
    if recorded:
        raise ValidationError("tutoring.session_has_attendance", day=row.day.isoformat(), n=recorded)
    row.deleted = True
    session.flush()
    return SessionRow(row.id, row.day, row.start_time, row.end_time, row.kind, row.subject, 0, 0)


def reschedule_session(
    session: Session, session_id: str, day: date, start: time | None, end: time | None
) -> SessionRow:
    """Move a session to another date and/or time (attendance already recorded moves with it)."""
    row = _live_session(session, session_id)
    if day is None:
        raise ValidationError("tutoring.session_day_required", field="day")
    if start and end and end <= start:
        raise ValidationError("tutoring.session_order", field="end", start=format_clock(start), end=format_clock(end))
    clash = session.execute(
        select(TutoringSession.id)
        .where(
            TutoringSession.class_id == row.class_id,
            TutoringSession.deleted.is_(False),
            TutoringSession.id != row.id,
            TutoringSession.day == day,
            TutoringSession.start_time == start,
        )
        .limit(1)
    ).scalar_one_or_none()
    if clash is not None:
        raise ValidationError(
            "tutoring.session_clash", field="day", day=day.isoformat(), start=format_clock(start) or "—"
        )
    row.day, row.start_time, row.end_time = day, start, end
    session.flush()
    return SessionRow(row.id, day, start, end, row.kind, row.subject, 0, 0)


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


def _session_info(session: Session, row: TutoringSession) -> SessionInfo:
    klass = _live_class(session, row.class_id)
    present = tuple(
        session.execute(
            select(SessionTutor.person_id).where(SessionTutor.session_id == row.id, SessionTutor.deleted.is_(False))
        ).scalars()
    )
    return SessionInfo(
        row.id,
        klass.id,
        klass.name,
        row.day,
        row.start_time,
        row.end_time,
        row.kind,
        row.subject,
        row.content,
        klass.place,
        tuple(_tutors(session, klass.id)),
        present,
    )


def _guardian_choices(session: Session, child_ids: list[str]) -> dict[str, tuple[GuardianChoice, ...]]:
    from stationdesk.db.models.people import Guardianship

    found: dict[str, list[GuardianChoice]] = defaultdict(list)
    for child_id, name, relation in session.execute(
        select(Guardianship.child_id, Person.name, Guardianship.relation)
        .join(Person, Person.id == Guardianship.guardian_id)
        .where(Guardianship.child_id.in_(child_ids), Guardianship.deleted.is_(False), Person.deleted.is_(False))
        .order_by(Guardianship.is_primary.desc(), Person.name)
    ):
        found[child_id].append(GuardianChoice(name, relation))
    return {k: tuple(v) for k, v in found.items()}


def _is_guardian(name: str, guardians: tuple[GuardianChoice, ...]) -> bool:
    return not name or any(g.name == name for g in guardians)


def get_attendance_sheet(session: Session, session_id: str) -> AttendanceSheet:
    """One row per child enrolled on the session's day (plus anyone already recorded), by alias."""
    row = _live_session(session, session_id)
    info = _session_info(session, row)
    recorded = {
        a.child_id: a
        for a in session.execute(
            select(Attendance).where(Attendance.session_id == session_id, Attendance.deleted.is_(False))
        ).scalars()
    }
    people = [person for _, person in _enrolled_children(session, row.class_id, on=row.day)]
    missing = set(recorded) - {p.id for p in people}
    if missing:
        people += list(session.execute(select(Person).where(Person.id.in_(missing))).scalars())
    day = today(session)
    guardians = _guardian_choices(session, [p.id for p in people])
    rows = []
    for person in people:
        a = recorded.get(person.id)
        entry = (
            AttendanceInput(person.id)
            if a is None
            else AttendanceInput(
                person.id,
                a.status,
                a.drop_off_by,
                a.drop_off_relation,
                a.drop_off_time,
                a.pick_up_by,
                a.pick_up_relation,
                a.pick_up_time,
                a.pick_up_note,
                a.progress_note,
                a.behaviour_note,
                a.follow_up,
            )
        )
        choices = guardians.get(person.id, ())
        rows.append(
            AttendanceRow(
                person.id,
                summarise(person, day).display_name,
                choices,
                entry,
                not _is_guardian(entry.pick_up_by, choices),
            )
        )
    return AttendanceSheet(info, tuple(rows))


def _clean_entry(
    entry: AttendanceInput, label: str, guardians: tuple[GuardianChoice, ...], errors: list[ValidationError]
) -> AttendanceInput:
    try:
        status = check_status(entry.status)
    except ValidationError as error:
        error.params["name"] = label
        errors.append(error)
        status = ""
    pick_up_by = entry.pick_up_by.strip()
    note = entry.pick_up_note.strip()
    if pick_up_by and not _is_guardian(pick_up_by, guardians) and not note:
        errors.append(ValidationError("tutoring.pickup_needs_note", field="pick_up_note", name=label, who=pick_up_by))
    if entry.drop_off_time and entry.pick_up_time and entry.pick_up_time < entry.drop_off_time:
        errors.append(ValidationError("tutoring.pickup_before_dropoff", field="pick_up_time", name=label))
    return AttendanceInput(
        entry.child_id,
        status,
        entry.drop_off_by.strip(),
        entry.drop_off_relation.strip(),
        entry.drop_off_time,
        pick_up_by,
        entry.pick_up_relation.strip(),
        entry.pick_up_time,
        note,
        entry.progress_note.strip(),
        entry.behaviour_note.strip(),
        bool(entry.follow_up),
    )


_ENTRY_FIELDS = (
    "status",
    "drop_off_by",
    "drop_off_relation",
    "drop_off_time",
    "pick_up_by",
    "pick_up_relation",
    "pick_up_time",
    "pick_up_note",
    "progress_note",
    "behaviour_note",
    "follow_up",
)


def save_attendance(
    session: Session, session_id: str, entries: tuple[AttendanceInput, ...], edit: SessionEdit | None = None
) -> int:
    """Save the whole screen at once: every row is checked first, then all are written, or none.
    Returns how many attendance rows were added or changed."""
    row = _live_session(session, session_id)
    sheet = get_attendance_sheet(session, session_id)
    allowed = {r.child_id: r for r in sheet.rows}
    errors: list[ValidationError] = []
    cleaned = []
    for entry in entries:
        known = allowed.get(entry.child_id)
        if known is None:
            errors.append(ValidationError("tutoring.not_enrolled", field="child_id", key=entry.child_id))
            continue
        cleaned.append(_clean_entry(entry, known.display_name, known.guardians, errors))
    if edit is not None:
        class_tutors = {t.id for t in sheet.session.class_tutors}
        for tutor_id in edit.tutor_ids:
            person = session.get(Person, tutor_id)
            if person is None or person.deleted or (tutor_id not in class_tutors and person.is_child):
                errors.append(ValidationError("not_found", field="tutor_ids", kind="person", key=tutor_id))
    if errors:
        raise FormErrors(errors)
    existing = {
        a.child_id: a for a in session.execute(select(Attendance).where(Attendance.session_id == session_id)).scalars()
    }
    changed = 0
    for entry in cleaned:
        values = {name: getattr(entry, name) for name in _ENTRY_FIELDS}
        current = existing.get(entry.child_id)
        if current is None:
            if not any(values.values()):
                continue
            session.add(Attendance(session_id=session_id, child_id=entry.child_id, **values))
            changed += 1
        elif current.deleted or any(getattr(current, k) != v for k, v in values.items()):
            for name, value in values.items():
                setattr(current, name, value)
            current.deleted = False
            changed += 1
    if edit is not None:
        row.subject, row.content = edit.subject.strip(), edit.content.strip()
        _replace_session_tutors(session, session_id, edit.tutor_ids)
    session.flush()
    return changed


def _replace_session_tutors(session: Session, session_id: str, tutor_ids: tuple[str, ...]) -> None:
    rows = {
        r.person_id: r
        for r in session.execute(select(SessionTutor).where(SessionTutor.session_id == session_id)).scalars()
    }
    for tutor_id in dict.fromkeys(tutor_ids):
        if tutor_id in rows:
            rows[tutor_id].deleted = False
        else:
            session.add(SessionTutor(session_id=session_id, person_id=tutor_id))
    for person_id, link in rows.items():
        if person_id not in tutor_ids and not link.deleted:
            link.deleted = True


def list_sessions(
    session: Session, class_id: str | None = None, limit: int = 100, text: str = ""
) -> list[SessionListItem]:
    recorded = func.sum(case((Attendance.status != "", 1), else_=0))
    query = (
        select(TutoringSession, TutoringClass.name, recorded)
        .join(TutoringClass, TutoringClass.id == TutoringSession.class_id)
        .outerjoin(Attendance, (Attendance.session_id == TutoringSession.id) & Attendance.deleted.is_(False))
        .where(TutoringSession.deleted.is_(False), TutoringClass.deleted.is_(False))
        .group_by(TutoringSession.id)
        .order_by(TutoringSession.day.desc(), TutoringSession.start_time)
        .limit(limit)
    )
    if class_id:
        query = query.where(TutoringSession.class_id == class_id)
    if text.strip():
        query = query.where(TutoringClass.name.contains(text.strip(), autoescape=True))
    return [
        SessionListItem(
            s.id,
            s.class_id,
            name,
            s.day,
            format_clock(s.start_time),
            format_clock(s.end_time),
            s.kind,
            s.subject,
            int(n or 0),
        )
        for s, name, n in session.execute(query)
    ]


# ----------------------------------------------------------------------------------------- the child


def child_overview(session: Session, child_id: str) -> ChildOverview:
    """The child's own page: full name, guardians and consent, attendance, progress notes, case notes."""
    detail = get_person(session, child_id)
    if not detail.summary.roles or "child" not in detail.summary.roles:
        raise ValidationError("tutoring.not_a_child", field="child_id", name=detail.summary.display_name)
    history = [
        ChildHistoryRow(s_day, class_name, a.status, a.progress_note, a.behaviour_note, a.follow_up, a.pick_up_note)
        for a, s_day, class_name in session.execute(
            select(Attendance, TutoringSession.day, TutoringClass.name)
            .join(TutoringSession, TutoringSession.id == Attendance.session_id)
            .join(TutoringClass, TutoringClass.id == TutoringSession.class_id)
            .where(Attendance.child_id == child_id, Attendance.deleted.is_(False), TutoringSession.deleted.is_(False))
            .order_by(TutoringSession.day.desc(), TutoringSession.start_time.desc())
        )
    ]
    classes = tuple(
        session.execute(
            select(TutoringClass.name)
            .join(Enrolment, Enrolment.class_id == TutoringClass.id)
            .where(
                Enrolment.child_id == child_id,
                Enrolment.deleted.is_(False),
                Enrolment.left_on.is_(None),
                TutoringClass.deleted.is_(False),
            )
            .order_by(TutoringClass.name)
        ).scalars()
    )
    notes = tuple(
        CaseNoteRow(n.id, n.written_on, n.author, n.text)
        for n in session.execute(
            select(CaseNote)
            .where(CaseNote.child_id == child_id, CaseNote.deleted.is_(False))
            .order_by(CaseNote.written_on.desc(), CaseNote.created_at.desc())
        ).scalars()
    )
    return ChildOverview(
        detail,
        has_guardian_consent(session, child_id),
        attendance_stats(h.status for h in history),
        classes,
        tuple(history),
        notes,
    )


def add_case_note(session: Session, child_id: str, written_on: date, author: str, text: str) -> CaseNoteRow:
    """A social worker's case note (个案记录); confidential, shown only on the child's page."""
    live_person(session, child_id)
    errors = []
    if not text.strip():
        errors.append(ValidationError("tutoring.case_note_empty", field="text"))
    if written_on > today(session):
        errors.append(ValidationError("tutoring.case_note_future", field="written_on"))
    if errors:
        raise FormErrors(errors)
    note = CaseNote(child_id=child_id, written_on=written_on, author=author.strip(), text=text.strip())
    session.add(note)
    session.flush()
    return CaseNoteRow(note.id, note.written_on, note.author, note.text)


# ----------------------------------------------------------------------------------------- printouts


def _time_for(session: Session, class_id: str, day: date) -> tuple[str, TutoringSession | None]:
    held = (
        session.execute(
            select(TutoringSession)
            .where(TutoringSession.class_id == class_id, TutoringSession.day == day, TutoringSession.deleted.is_(False))
            .order_by(TutoringSession.start_time)
        )
        .scalars()
        .first()
    )
    if held is not None and held.start_time:
        return f"{format_clock(held.start_time)}-{format_clock(held.end_time)}", held
    slots = [s for s in _slots(session, class_id) if s.weekday == day.weekday()]
    return ("、".join(f"{format_clock(s.start)}-{format_clock(s.end)}" for s in slots), held)


def signin_sheet_data(session: Session, class_id: str, day: date, blank_rows: int = 5) -> SigninSheet:
    if not 0 <= blank_rows <= BLANK_ROWS_MAX:
        raise ValidationError("tutoring.blank_rows", field="blank_rows", max=BLANK_ROWS_MAX)
    klass = _live_class(session, class_id)
    time_text, held = _time_for(session, class_id, day)
    tutors = [t.name for t in _tutors(session, class_id)]
    if held is not None:
        present = [
            name
            for (name,) in session.execute(
                select(Person.name)
                .join(SessionTutor, SessionTutor.person_id == Person.id)
                .where(SessionTutor.session_id == held.id, SessionTutor.deleted.is_(False))
            )
        ]
        tutors = present or tutors
    today_ = today(session)
    children = tuple(summarise(p, today_).display_name for _, p in _enrolled_children(session, class_id, on=day))
    return SigninSheet(
        class_name=klass.name,
        kind=klass.kind,
        day=day,
        time_text=time_text,
        place=klass.place,
        tutors="、".join(tutors),
        station_name=current_station(session).name,
        children=children,
        blank_rows=blank_rows,
        printed_on=today_,
    )


def build_signin_sheet(session: Session, class_id: str, day: date, blank_rows: int = 5) -> tuple[bytes, str]:
    """The session sign-in sheet (签到表) as PDF bytes, and a file name to suggest."""
    sheet = signin_sheet_data(session, class_id, day, blank_rows)
    return build_signin_pdf(sheet), f"签到表-{sheet.class_name}-{day:%Y%m%d}.pdf"


def print_signin_sheet(
    session: Session, class_id: str, day: date, blank_rows: int = 5, progress: Progress | None = None
) -> tuple[bytes, str]:
    """For the GUI: build the sheet and note the print in the audit log."""
    report(progress, 0, 2)
    pdf, name = build_signin_sheet(session, class_id, day, blank_rows)
    audit(session, "print", "class-signin", class_id, name)
    report(progress, 2, 2)
    return pdf, name


def monthly_summary_data(session: Session, class_id: str, year: int, month: int) -> MonthlySheet:
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError("tutoring.month_format", field="month", value=f"{year}-{month}")
    klass = _live_class(session, class_id)
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    sessions = session.execute(
        select(func.count())
        .select_from(TutoringSession)
        .where(
            TutoringSession.class_id == class_id,
            TutoringSession.deleted.is_(False),
            TutoringSession.day >= first,
            TutoringSession.day <= last,
        )
    ).scalar_one()
    statuses: dict[str, list[str]] = defaultdict(list)
    for child_id, status in session.execute(
        select(Attendance.child_id, Attendance.status)
        .join(TutoringSession, TutoringSession.id == Attendance.session_id)
        .where(
            TutoringSession.class_id == class_id,
            TutoringSession.deleted.is_(False),
            TutoringSession.day >= first,
            TutoringSession.day <= last,
            Attendance.deleted.is_(False),
        )
    ):
        statuses[child_id].append(status)
    day = today(session)
    people = {p.id: p for _, p in _enrolled_children(session, class_id, on=last)}
    missing = set(statuses) - set(people)
    if missing:
        people.update({p.id: p for p in session.execute(select(Person).where(Person.id.in_(missing))).scalars()})
    rows = []
    for person in sorted(people.values(), key=lambda p: (p.name_pinyin, p.id)):
        stats = attendance_stats(statuses.get(person.id, ()))
        rows.append(
            MonthlySheetRow(
                summarise(person, day).display_name,
                stats.present,
                stats.late,
                stats.left_early,
                stats.leave,
                stats.absent,
                sessions - stats.recorded,
                stats.rate_text(),
            )
        )
    total = attendance_stats(s for values in statuses.values() for s in values)
    return MonthlySheet(
        klass.name,
        klass.kind,
        year,
        month,
        sessions,
        current_station(session).name,
        tuple(rows),
        total.rate_text(),
        day,
    )


def build_monthly_summary(session: Session, class_id: str, year: int, month: int) -> tuple[bytes, str]:
    sheet = monthly_summary_data(session, class_id, year, month)
    return build_monthly_pdf(sheet), f"月度考勤汇总-{sheet.class_name}-{year}{month:02d}.pdf"


def print_monthly_summary(
    session: Session, class_id: str, year: int, month: int, progress: Progress | None = None
) -> tuple[bytes, str]:
    report(progress, 0, 2)
    pdf, name = build_monthly_summary(session, class_id, year, month)
    audit(session, "print", "class-monthly", class_id, name)
    report(progress, 2, 2)
    return pdf, name


def _year_month(text: str) -> tuple[int, int]:
    import argparse

    try:
        year, month = (int(part) for part in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(messages.text("tutoring.month_format", value=text)) from None
    return year, month


def _blank_rows(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= BLANK_ROWS_MAX:
        raise argparse.ArgumentTypeError(messages.text("tutoring.blank_rows", max=BLANK_ROWS_MAX))
    return value


@registry.printer(
    "class-signin",
    [
        (("--class",), {"dest": "class_key", "required": True, "help": "辅导班编号或名称 class id or name"}),
        (("--date",), {"dest": "day", "required": True, "type": registry.date_argument, "help": "日期 YYYY-MM-DD"}),
        (("--blank-rows",), {"type": _blank_rows, "default": 5, "help": "空白行数 blank rows for walk-ins"}),
    ],
    help="辅导班签到表 sign-in sheet of a class on a date",
)
def _print_signin(session: Session, args) -> tuple[bytes, str]:
    return build_signin_sheet(session, resolve_class(session, args.class_key).id, args.day, args.blank_rows)


@registry.printer(
    "class-monthly",
    [
        (("--class",), {"dest": "class_key", "required": True, "help": "辅导班编号或名称 class id or name"}),
        (("--month",), {"required": True, "type": _year_month, "help": "月份 YYYY-MM"}),
    ],
    help="辅导班月度考勤汇总 monthly attendance summary of a class",
)
def _print_monthly(session: Session, args) -> tuple[bytes, str]:
    year, month = args.month
    return build_monthly_summary(session, resolve_class(session, args.class_key).id, year, month)


# ----------------------------------------------------------------------------------------- stats, lists


def _count(model) -> registry.Counter:
    return lambda session: session.execute(
        select(func.count()).select_from(model).where(model.deleted.is_(False))
    ).scalar_one()


registry.counter("classes", reads=(TutoringClass.__tablename__,))(_count(TutoringClass))
registry.counter("sessions", reads=(TutoringSession.__tablename__,))(_count(TutoringSession))
registry.counter("attendance", reads=(Attendance.__tablename__,))(_count(Attendance))


@registry.lister("classes")
def _list_classes(session: Session, limit: int, text: str) -> list[dict]:
    return [registry.json_ready(c) for c in list_classes(session, text)[:limit]]


@registry.lister("sessions")
def _list_sessions(session: Session, limit: int, text: str) -> list[dict]:
    return [registry.json_ready(s) for s in list_sessions(session, limit=limit, text=text)]


messages.register(
    {
        "tutoring.name_required": ("请填写辅导班名称。", "Please enter the class name."),
        "tutoring.name_too_long": (
            "辅导班名称不能超过 {max} 个字。",
            "A class name can have at most {max} characters.",
        ),
        "tutoring.kind_unknown": (
            "班级类型“{value}”无效，可选：{choices}。",
            "Unknown class kind {value}; choose from {choices}.",
        ),
        "tutoring.capacity_negative": (
            "容量不能为负数（0 表示不限）。",
            "Capacity cannot be negative (0 means no limit).",
        ),
        "tutoring.term_order": (
            "结束日期（{end}）不能早于开始日期（{start}）。",
            "The end date ({end}) is before the start ({start}).",
        ),
        "tutoring.term_too_long": (
            "一个学期最长 {max} 天，请分段生成。",
            "A term can last at most {max} days; generate it in parts.",
        ),
        "tutoring.no_slots": (
            "该班还没有每周上课时间，请先在班级信息里填写（如“周一 15:30-17:30”）。",
            "The class has no weekly times yet; add them first (e.g. Mon 15:30-17:30).",
        ),
        "tutoring.slot_format": (
            "无法识别上课时间“{value}”，请写成“周一 15:30-17:30”，每行一个。",
            "Cannot read the time “{value}”; write e.g. “周一 15:30-17:30”, one per line.",
        ),
        "tutoring.slot_order": (
            "{weekday} 的结束时间（{end}）应晚于开始时间（{start}）。",
            "On {weekday} the end ({end}) must be after the start ({start}).",
        ),
        "tutoring.weekday": ("星期几无效：{value}。", "Invalid weekday: {value}."),
        "tutoring.holiday_format": (
            "无法识别节假日“{value}”，请写成 2026-07-01 或 2026-07-01~2026-07-03，用逗号分隔。",
            "Cannot read the holiday “{value}”; write 2026-07-01 or 2026-07-01~2026-07-03, comma-separated.",
        ),
        "tutoring.status_unknown": (
            "{name}：考勤状态“{value}”无效，可选：{choices}。",
            "{name}: unknown attendance status {value}; choose from {choices}.",
        ),
        "tutoring.tutor_is_child": (
            "辅导员不能是登记为儿童的人员。",
            "A tutor cannot be a person registered as a child.",
        ),
        "tutoring.not_a_child": (
            "{name} 不是登记在册的儿童，不能报名辅导班。请先在人员档案中勾选“儿童”。",
            "{name} is not registered as a child and cannot be enrolled. Mark them as a child in the registry first.",
        ),
        "tutoring.no_guardian": (
            "{name} 还没有登记监护人，也没有监护人同意书，不能报名。请先在人员档案中添加监护人并登记其书面同意。",
            "{name} has no guardian and no guardian consent on record, "
            "so cannot be enrolled. Add a guardian and record their consent first.",
        ),
        "tutoring.no_consent": (
            "{name} 的监护人（{guardians}）尚未登记书面同意（或同意已撤回），"
            "不能报名。请先在人员档案中登记监护人同意。",
            "{name}'s guardian ({guardians}) has not given consent on record (or withdrew it); "
            "record the consent first.",
        ),
        "tutoring.already_enrolled": ("{name} 已在“{class_name}”中。", "{name} is already enrolled in {class_name}."),
        "tutoring.over_capacity": (
            "“{class_name}”已满员（容量 {capacity} 人，已报名 {enrolled} 人）。仍要报名 {name} 吗？",
            "{class_name} is full (capacity {capacity}, {enrolled} enrolled). Enrol {name} anyway?",
        ),
        "tutoring.class_not_found": (
            "找不到辅导班“{key}”。请用 stationdesk list classes 查看班级编号和名称。",
            "No class “{key}”; see stationdesk list classes for ids and names.",
        ),
        "tutoring.class_ambiguous": (
            "有 {count} 个辅导班都叫“{name}”，请改用班级编号。",
            "{count} classes are named {name}; use the class id.",
        ),
        "tutoring.session_kind": (
            "活动类型“{value}”无效，可选：{choices}。",
            "Unknown session kind {value}; choose from {choices}.",
        ),
        "tutoring.session_order": (
            "结束时间（{end}）应晚于开始时间（{start}）。",
            "The end ({end}) must be after the start ({start}).",
        ),
        "tutoring.session_has_attendance": (
            "{day} 的课次已记录了 {n} 名儿童的考勤，不能取消。如课次改期，请用“修改课次时间”。",
            "The session of {day} already has attendance for {n} children and cannot be cancelled; "
            "to move it, change its date and time.",
        ),
        "tutoring.session_day_required": ("请填写课次日期。", "Please enter the session's date."),
        "tutoring.session_clash": (
            "本班在 {day} {start} 已有一个课次。",
            "The class already has a session on {day} at {start}.",
        ),
        "tutoring.close_before_start": (
            "结班日期 {on} 早于开班日期 {start}。",
            "The closing date {on} is before the class started ({start}).",
        ),
        "tutoring.close_with_later_attendance": (
            "{on} 之后的课次已有考勤记录，不能在 {on} 结班；请选较晚的结班日期。",
            "Sessions after {on} already have attendance; choose a later closing date.",
        ),
        "tutoring.not_enrolled": (
            "该儿童不在本次辅导的名单中，未保存。",
            "This child is not on the list of this session; nothing was saved.",
        ),
        "tutoring.pickup_needs_note": (
            "{name}：接走人“{who}”不是登记的监护人，请在“非监护人接走说明”中写明是谁、与孩子的关系及谁同意的。",
            "{name}: {who} is not a listed guardian; note who it was, their relation and who agreed.",
        ),
        "tutoring.pickup_before_dropoff": (
            "{name}：接走时间早于送达时间，请核对。",
            "{name}: the pick-up time is before the drop-off time.",
        ),
        "tutoring.activity_subject": ("请填写活动主题。", "Please enter what the activity is about."),
        "tutoring.case_note_empty": ("个案记录内容不能为空。", "The case note is empty."),
        "tutoring.case_note_future": ("记录日期不能晚于今天。", "The note's date cannot be after today."),
        "tutoring.blank_rows": (
            "空白行数应为 0 到 {max} 之间的整数。",
            "Blank rows must be a whole number from 0 to {max}.",
        ),
        "tutoring.month_format": (
            "月份“{value}”无效，请写成 2026-07。",
            "The month {value} is invalid; write e.g. 2026-07.",
        ),
    }
)
