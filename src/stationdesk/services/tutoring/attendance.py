"""Attendance: the sheet of one session and saving it, with the guardian hand-over."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.models.people import Person
from stationdesk.db.models.tutoring import (
    Attendance,
    SessionTutor,
    TutoringSession,
)
from stationdesk.domain.tutoring import STATUS_KEY, check_status
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.people import summarise
from stationdesk.services.station import today
from stationdesk.services.tutoring.lookups import _enrolled_children, _live_class, _live_session, _tutors
from stationdesk.services.tutoring.values import (
    AttendanceInput,
    AttendanceRow,
    AttendanceSheet,
    GuardianChoice,
    SessionEdit,
    SessionInfo,
)


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


@guarded("people.view")
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


NOT_HERE = frozenset({"缺勤", "请假"})


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
    if status in NOT_HERE and (
        entry.drop_off_time or entry.pick_up_time
    ):  # a child who did not come was not dropped off
        shown_status = messages.text(f"tutoring.status.{STATUS_KEY[status]}")  # in the user's language
        errors.append(ValidationError("tutoring.not_here_with_times", field="status", name=label, status=shown_status))
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


@guarded("visits.record")
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
