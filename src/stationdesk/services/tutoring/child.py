"""The child's own page (the name, not the alias) and the social worker's case notes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stationdesk.db.models.tutoring import (
    Attendance,
    CaseNote,
    Enrolment,
    TutoringClass,
    TutoringSession,
)
from stationdesk.domain.tutoring import (
    attendance_stats,
)
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services.accounts import acting, acting_name, guarded
from stationdesk.services.people import get_person, has_guardian_consent, live_person
from stationdesk.services.station import audit, today
from stationdesk.services.tutoring.values import CaseNoteRow, ChildHistoryRow, ChildOverview

# ----------------------------------------------------------------------------------------- the child


@guarded("people.view")
def child_overview(session: Session, child_id: str) -> ChildOverview:
    """The child's own page: full name, guardians and consent, attendance, progress notes, and the case
    notes for an account that may read them. Every view of a child's page goes to the audit log."""
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
    reads_notes = acting(session) is not None and acting(session).may("case_notes.view")
    audit(session, "view_child_page", "person", child_id, "case notes" if reads_notes else "")
    notes = _case_notes(session, child_id) if reads_notes else ()
    return ChildOverview(
        detail,
        has_guardian_consent(session, child_id),
        attendance_stats(h.status for h in history),
        classes,
        tuple(history),
        notes,
    )


def _case_notes(session: Session, child_id: str) -> tuple[CaseNoteRow, ...]:
    return tuple(
        CaseNoteRow(n.id, n.written_on, n.author, n.text)
        for n in session.execute(
            select(CaseNote)
            .where(CaseNote.child_id == child_id, CaseNote.deleted.is_(False))
            .order_by(CaseNote.written_on.desc(), CaseNote.created_at.desc())
        ).scalars()
    )


@guarded("case_notes.view")
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
    note = CaseNote(
        child_id=child_id, written_on=written_on, author=acting_name(session) or author.strip(), text=text.strip()
    )
    session.add(note)
    session.flush()
    return CaseNoteRow(note.id, note.written_on, note.author, note.text)
