"""Sessions: a term's sessions planned from the weekly slots, one added, cancelled, rescheduled; the list."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.tutoring import (
    Attendance,
    TutoringClass,
    TutoringSession,
)
from stationdesk.db.stamping import stamp_rows
from stationdesk.domain.tutoring import (
    SESSION_KINDS,
    plan_term,
)
from stationdesk.domain.typed_time import format_clock
from stationdesk.errors import ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.tutoring.lookups import _live_class, _live_session, _slots
from stationdesk.services.tutoring.values import SessionListItem, SessionRow, TermResult

# ----------------------------------------------------------------------------------------- sessions


@guarded("children.manage")
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


@guarded("children.manage")
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


@guarded("children.manage")
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


@guarded("children.manage")
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


@guarded("people.view")
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
