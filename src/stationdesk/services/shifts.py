"""Shifts and service hours (服务时长): record, confirm (which locks), correct with a reason, total.

The rules themselves are in ``stationdesk.domain.service_hours``; this module finds the other shifts
of the same volunteer and day that the rules need, and keeps the correction log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, bindparam, extract, func, select
from sqlalchemy.orm import Session

from stationdesk import messages
from stationdesk.db.base import utcnow
from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import (
    Activity,
    Shift,
    ShiftCorrection,
    Volunteer,
    VolunteerProject,
    VolunteerTeam,
)
from stationdesk.domain import service_hours as rules
from stationdesk.domain.typed_time import parse_clock
from stationdesk.errors import NotFound, ValidationError
from stationdesk.services.accounts import guarded
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister
from stationdesk.services.station import get_local, set_local
from stationdesk.services.volunteers import ShiftRow, live_volunteer, shift_rows, volunteer_by_number

CAP_KEY = "service_hours.daily_cap_minutes"

messages.register({"shifts.no_group": "（未归属）"})


@dataclass(frozen=True)
class ShiftInput:
    volunteer_id: str
    signed_in_at: datetime
    signed_out_at: datetime
    activity_id: str | None = None
    post: str = ""
    content: str = ""


@dataclass(frozen=True)
class CorrectionRow:
    id: str
    shift_id: str
    corrected_by: str
    reason: str
    old_minutes: int
    new_minutes: int
    old_times: str
    new_times: str
    was_confirmed: bool
    at: datetime


@dataclass(frozen=True)
class HoursTotal:
    key: str | None  # volunteer, team or project id (None: not attributed)
    label: str  # name shown
    number: str  # volunteer number ("" for teams and projects)
    minutes: int
    shifts: int


@guarded("people.view")
def daily_cap(session: Session) -> int:
    value = get_local(session, CAP_KEY, "")
    return int(value) if value.isdigit() and int(value) > 0 else rules.DEFAULT_DAILY_CAP_MINUTES


@guarded("volunteers.manage")
def set_daily_cap(session: Session, minutes: int) -> int:
    """The most minutes one volunteer is credited in a day (``stationdesk daily-cap --hours``)."""
    if not rules.UNIT_MINUTES <= minutes <= 24 * 60:
        raise ValidationError("shift.daily_cap_range", field="cap")
    if minutes % rules.UNIT_MINUTES:
        raise ValidationError("shift.half_hours_only", field="cap")
    set_local(session, CAP_KEY, str(minutes))
    return minutes


def _now(session: Session) -> datetime:
    """The latest moment a shift may end: now, or the end of a pinned "today" (tests, demo)."""
    pinned = session.info.get("today")
    return datetime.combine(pinned, time(23, 59)) if pinned else datetime.now()


def _live_shift(session: Session, shift_id: str) -> Shift:
    return live_row(session, Shift, shift_id)


def _others(
    session: Session, volunteer_id: str, signed_in: datetime, signed_out: datetime, exclude: str | None
) -> list[tuple[datetime, datetime]]:
    return list(
        session.execute(
            select(Shift.signed_in_at, Shift.signed_out_at).where(
                Shift.volunteer_id == volunteer_id,
                Shift.deleted.is_(False),
                Shift.id != (exclude or ""),
                Shift.signed_in_at < signed_out,
                Shift.signed_out_at > signed_in,
            )
        ).all()
    )


def _credited_that_day(session: Session, volunteer_id: str, day: date, exclude: str | None) -> int:
    return session.execute(
        select(func.coalesce(func.sum(Shift.credited_minutes), 0)).where(
            Shift.volunteer_id == volunteer_id,
            Shift.service_date == day,
            Shift.deleted.is_(False),
            Shift.id != (exclude or ""),
        )
    ).scalar_one()


def _checked_minutes(
    session: Session,
    volunteer: Volunteer,
    signed_in: datetime,
    signed_out: datetime,
    exclude: str | None = None,
    new_service: bool = True,
) -> int:
    if new_service:  # correcting a past shift stays possible after the volunteer has left
        rules.check_volunteer_can_serve(volunteer.status)
    rules.actual_minutes(signed_in, signed_out)
    rules.check_not_future(signed_out, _now(session))
    rules.check_no_overlap(signed_in, signed_out, _others(session, volunteer.id, signed_in, signed_out, exclude))
    already = _credited_that_day(session, volunteer.id, signed_in.date(), exclude)
    return rules.credit_minutes(signed_in, signed_out, already, daily_cap(session))


@guarded("visits.record")
def record_shift_by_number(
    session: Session, number: str, day: date, start: str, end: str, post: str = "", content: str = ""
) -> ShiftRow:
    """A shift recorded on its own (not from a sheet) for the volunteer with this number (the command line)."""
    return record_typed_shift(session, volunteer_by_number(session, number).id, day, start, end, post, content)


@guarded("visits.record")
def record_typed_shift(
    session: Session, volunteer_id: str, day: date, start: str, end: str, post: str = "", content: str = ""
) -> ShiftRow:
    """A shift recorded on its own, the times as typed (0930, 930 or 9:30); the 补录 dialog's save."""
    if not volunteer_id:
        raise ValidationError("shift.volunteer_required", field="volunteer_id")
    signed_in, signed_out = parse_clock(start), parse_clock(end)
    if signed_in is None or signed_out is None:
        raise ValidationError("activity.sheet_missing_time", field="end")
    return record_shift(
        session,
        ShiftInput(
            volunteer_id, rules.on_day(day, signed_in), rules.on_day(day, signed_out), post=post, content=content
        ),
    )


@guarded("visits.record")
def record_shift(session: Session, data: ShiftInput) -> ShiftRow:
    volunteer = live_volunteer(session, data.volunteer_id)
    if data.activity_id and session.get(Activity, data.activity_id) is None:
        raise NotFound("activity", data.activity_id)
    minutes = _checked_minutes(session, volunteer, data.signed_in_at, data.signed_out_at)
    shift = Shift(
        volunteer_id=volunteer.id,
        activity_id=data.activity_id or None,
        post=data.post.strip(),
        content=data.content.strip(),
        service_date=data.signed_in_at.date(),
        signed_in_at=data.signed_in_at,
        signed_out_at=data.signed_out_at,
        computed_minutes=minutes,
        credited_minutes=minutes,
    )
    session.add(shift)
    session.flush()
    return get_shift(session, shift.id)


@guarded("volunteers.manage")
def change_shift_times(session: Session, shift_id: str, signed_in: datetime, signed_out: datetime) -> ShiftRow:
    """Fix the times of a shift not yet confirmed (a confirmed one needs ``correct_shift``)."""
    shift = _live_shift(session, shift_id)
    if shift.confirmed_at is not None:
        raise ValidationError("shift.locked", field="signed_in_at", by=shift.confirmed_by)
    volunteer = live_volunteer(session, shift.volunteer_id)
    minutes = _checked_minutes(session, volunteer, signed_in, signed_out, exclude=shift.id)
    shift.signed_in_at, shift.signed_out_at, shift.service_date = signed_in, signed_out, signed_in.date()
    shift.computed_minutes = shift.credited_minutes = minutes
    shift.correction_reason = ""
    session.flush()
    return get_shift(session, shift.id)


@guarded("volunteers.manage")
def correct_shift(
    session: Session,
    shift_id: str,
    minutes: int,
    reason: str,
    corrected_by: str,
    signed_in: datetime | None = None,
    signed_out: datetime | None = None,
) -> ShiftRow:
    """A manual correction of the credited hours (and optionally the times), with a written reason.

    Works on confirmed (locked) shifts too: that is the only way to change them, and every
    correction is kept in ``shift_correction``.
    """
    shift = _live_shift(session, shift_id)
    if not corrected_by.strip():
        raise ValidationError("shift.confirmer_required", field="corrected_by")
    old_times = f"{shift.signed_in_at:%Y-%m-%d %H:%M}-{shift.signed_out_at:%H:%M}"
    new_in, new_out = signed_in or shift.signed_in_at, signed_out or shift.signed_out_at
    times_changed = (new_in, new_out) != (shift.signed_in_at, shift.signed_out_at)
    if times_changed:
        volunteer = live_volunteer(session, shift.volunteer_id)
        computed = _checked_minutes(session, volunteer, new_in, new_out, exclude=shift.id, new_service=False)
    else:
        computed = shift.computed_minutes
    already = _credited_that_day(session, shift.volunteer_id, new_in.date(), shift.id)
    rules.check_correction(minutes, reason, already, daily_cap(session))
    session.add(
        ShiftCorrection(
            shift_id=shift.id,
            corrected_by=corrected_by.strip(),
            reason=reason.strip(),
            old_minutes=shift.credited_minutes,
            new_minutes=minutes,
            old_times=old_times if times_changed else "",
            new_times=f"{new_in:%Y-%m-%d %H:%M}-{new_out:%H:%M}" if times_changed else "",
            was_confirmed=shift.confirmed_at is not None,
        )
    )
    shift.signed_in_at, shift.signed_out_at, shift.service_date = new_in, new_out, new_in.date()
    shift.computed_minutes, shift.credited_minutes = computed, minutes
    shift.correction_reason = reason.strip()
    session.flush()
    return get_shift(session, shift.id)


@guarded("volunteers.manage")
def confirm_shifts(session: Session, shift_ids: list[str], confirmed_by: str) -> int:
    """The organiser confirms: each shift is locked. Already confirmed ones are left as they were."""
    if not confirmed_by.strip():
        raise ValidationError("shift.confirmer_required", field="confirmed_by")
    now, done = utcnow(), 0
    for start in range(0, len(shift_ids), 500):
        for shift in session.execute(
            select(Shift).where(
                Shift.id.in_(shift_ids[start : start + 500]), Shift.deleted.is_(False), Shift.confirmed_at.is_(None)
            )
        ).scalars():
            shift.confirmed_by, shift.confirmed_at = confirmed_by.strip(), now
            done += 1
    session.flush()
    return done


@guarded("volunteers.manage")
def delete_shift(session: Session, shift_id: str) -> None:
    shift = _live_shift(session, shift_id)
    if shift.confirmed_at is not None:
        raise ValidationError("shift.locked", field="id", by=shift.confirmed_by)
    shift.deleted = True
    session.flush()


@guarded("people.view")
def get_shift(session: Session, shift_id: str) -> ShiftRow:
    rows = shift_rows(session, Shift.id == shift_id)
    if not rows:
        raise NotFound("volunteer_shift", shift_id)
    return rows[0]


@guarded("people.view")
def corrections_of(session: Session, shift_id: str) -> list[CorrectionRow]:
    return [
        CorrectionRow(
            c.id,
            c.shift_id,
            c.corrected_by,
            c.reason,
            c.old_minutes,
            c.new_minutes,
            c.old_times,
            c.new_times,
            c.was_confirmed,
            c.created_at,
        )
        for c in session.execute(
            select(ShiftCorrection).where(ShiftCorrection.shift_id == shift_id).order_by(ShiftCorrection.created_at)
        ).scalars()
    ]


@guarded("people.view")
def shifts_to_confirm(session: Session, offset: int = 0, limit: int = 200) -> list[ShiftRow]:
    """Recorded and not yet confirmed, oldest first (those are the ones waiting longest)."""
    return find_shifts(session, offset, limit, pending_only=True)


@guarded("people.view")
def count_to_confirm(session: Session, text: str = "") -> int:
    """Shifts waiting for confirmation, of the volunteers matching ``text`` as in find_shifts (all if blank)."""
    conditions = [Shift.deleted.is_(False), Shift.confirmed_at.is_(None), *_of_volunteers_matching(text)]
    return session.execute(select(func.count()).select_from(Shift).where(*conditions)).scalar_one()


# -- totals -----------------------------------------------------------------------------------------


def _period(year: int, month: int | None) -> tuple[date, date]:
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    first = date(year, month, 1)
    return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _counted(year: int, month: int | None):
    start, end = _period(year, month)
    return and_(
        Shift.deleted.is_(False),
        Shift.confirmed_at.is_not(None),
        Shift.service_date >= start,
        Shift.service_date <= end,
    )


@guarded("people.view")
def totals_by_volunteer(session: Session, year: int, month: int | None = None) -> list[HoursTotal]:
    """Confirmed hours of every volunteer who served in the year (or month), most hours first."""
    sums = (
        select(Shift.volunteer_id, func.sum(Shift.credited_minutes).label("minutes"), func.count().label("shifts"))
        .where(_counted(year, month))
        .group_by(Shift.volunteer_id)
        .subquery()
    )
    rows = session.execute(
        select(sums.c.volunteer_id, Person.name, Volunteer.volunteer_number, sums.c.minutes, sums.c.shifts)
        .join(Volunteer, Volunteer.id == sums.c.volunteer_id)
        .join(Person, Person.id == Volunteer.person_id)
        .order_by(sums.c.minutes.desc(), Volunteer.volunteer_number)
    ).all()
    return [HoursTotal(key, name, number, minutes, shifts) for key, name, number, minutes, shifts in rows]


@guarded("people.view")
def totals_by_month(session: Session, year: int) -> list[tuple[int, int, int]]:
    """(month, confirmed minutes, volunteers who served) for the station's year."""
    month = extract("month", Shift.service_date)
    return [
        (int(m), int(n), int(v))
        for m, n, v in session.execute(
            select(month, func.sum(Shift.credited_minutes), func.count(func.distinct(Shift.volunteer_id)))
            .where(_counted(year, None))
            .group_by(month)
            .order_by(month)
        )
    ]


def _totals_by_activity(year: int):
    """Confirmed minutes and shifts per activity (None for shifts on their own): the small table
    that team and project totals are built from, read from the covering index alone."""
    return (
        select(Shift.activity_id, func.sum(Shift.credited_minutes).label("minutes"), func.count().label("shifts"))
        .where(_counted(year, None))
        .group_by(Shift.activity_id)
        .subquery()
    )


def _totals_by(session: Session, key_column, label_column, year: int, team_join: bool = False) -> list[HoursTotal]:
    per_activity = _totals_by_activity(year)
    statement = (
        select(key_column, label_column, func.sum(per_activity.c.minutes), func.sum(per_activity.c.shifts))
        .select_from(per_activity)
        .outerjoin(Activity, Activity.id == per_activity.c.activity_id)
        .outerjoin(VolunteerProject, VolunteerProject.id == Activity.project_id)
    )
    if team_join:
        statement = statement.outerjoin(VolunteerTeam, VolunteerTeam.id == key_column)
    rows = session.execute(
        statement.group_by(key_column, label_column).order_by(func.sum(per_activity.c.minutes).desc())
    ).all()
    return [
        HoursTotal(key, label or messages.text("shifts.no_group"), "", int(minutes), int(shifts))
        for key, label, minutes, shifts in rows
    ]


@guarded("people.view")
def totals_by_team(session: Session, year: int) -> list[HoursTotal]:
    """Per team: a shift counts for the team of its activity, or of the activity's project."""
    return _totals_by(
        session, func.coalesce(Activity.team_id, VolunteerProject.team_id), VolunteerTeam.name, year, team_join=True
    )


@guarded("people.view")
def totals_by_project(session: Session, year: int) -> list[HoursTotal]:
    return _totals_by(session, Activity.project_id, VolunteerProject.name, year)


# built once: every certificate reads it (building it cost SQLAlchemy as much Python as running it)
_CONFIRMED_BETWEEN = (
    select(Shift.service_date, Activity.name.label("activity_name"), Shift.content, Shift.post, Shift.credited_minutes)
    .outerjoin(Activity, Activity.id == Shift.activity_id)
    .where(
        Shift.deleted.is_(False),
        Shift.volunteer_id == bindparam("volunteer_id"),
        Shift.confirmed_at.is_not(None),
        Shift.service_date >= bindparam("start"),
        Shift.service_date <= bindparam("end"),
    )
    .order_by(Shift.signed_in_at)
)


def confirmed_minutes_between(session: Session, volunteer_id: str, start: date, end: date) -> list:
    """The confirmed shifts of one volunteer in a period, oldest first, as a certificate lists them:
    rows of (service_date, activity_name, content, post, credited_minutes), plain columns (a
    certificate reads only these; whole shift records cost more than the rest of issuing it)."""
    session.flush()  # what the session holds first, then the read on its connection, past the ORM layer
    return (
        session.connection()
        .execute(_CONFIRMED_BETWEEN, {"volunteer_id": volunteer_id, "start": start, "end": end})
        .all()
    )


@counter("shifts", reads=("volunteer_shift",))
def _count_shifts(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Shift).where(Shift.deleted.is_(False))).scalar_one()


@counter("confirmed_hours", reads=("volunteer_shift",))
def _confirmed_hours(session: Session) -> float:
    minutes = session.execute(
        select(func.coalesce(func.sum(Shift.credited_minutes), 0)).where(
            Shift.deleted.is_(False), Shift.confirmed_at.is_not(None)
        )
    ).scalar_one()
    return minutes / 60


def _of_volunteers_matching(text: str) -> list:
    """The condition "a shift of a volunteer whose name or number contains ``text``" (none if blank)."""
    if not text.strip():
        return []
    return [
        Shift.volunteer_id.in_(
            select(Volunteer.id)
            .join(Person, Person.id == Volunteer.person_id)
            .where(Person.name.contains(text.strip()) | Volunteer.volunteer_number.contains(text.strip().upper()))
        )
    ]


@guarded("people.view")
def find_shifts(
    session: Session, offset: int = 0, limit: int = 200, pending_only: bool = True, text: str = ""
) -> list[ShiftRow]:
    """A page of shifts for the 服务时长 screen: waiting for confirmation (oldest first), or all (newest first),
    optionally of the volunteers whose name or number matches ``text``."""
    conditions = [Shift.deleted.is_(False), *_of_volunteers_matching(text)]
    if pending_only:
        conditions.append(Shift.confirmed_at.is_(None))
    order = (Shift.signed_in_at, Shift.id) if pending_only else (Shift.signed_in_at.desc(), Shift.id)
    ids = (
        session.execute(select(Shift.id).where(*conditions).order_by(*order).offset(offset).limit(limit))
        .scalars()
        .all()
    )
    if not ids:
        return []
    rows = {r.id: r for r in shift_rows(session, Shift.id.in_(ids))}
    return [rows[i] for i in ids]


@lister("shifts")
def _list_shifts(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(s) for s in find_shifts(session, 0, limit, pending_only=False, text=text)]
