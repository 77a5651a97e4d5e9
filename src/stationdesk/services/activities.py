"""Activities (活动): plan one, sign people up (served and volunteers), print the sign-in sheet, and
enter the signed times from the paper sheet afterwards, which records the attendance and the shifts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stationdesk.db.models.people import Person
from stationdesk.db.models.volunteers import (
    Activity,
    ActivityParticipant,
    Shift,
    Volunteer,
    VolunteerProject,
    VolunteerTeam,
)
from stationdesk.domain.phone import mask_phone
from stationdesk.domain.privacy import shown_name
from stationdesk.domain.service_hours import STATUS_LEFT, on_day
from stationdesk.errors import FormErrors, NotFound, StationDeskError, ValidationError
from stationdesk.messages import message_for
from stationdesk.services.accounts import guarded
from stationdesk.services.people import live_person
from stationdesk.services.records import live_row
from stationdesk.services.registry import counter, json_ready, lister, printer
from stationdesk.services.shifts import ShiftInput, change_shift_times, record_shift

ROLE_SERVED, ROLE_VOLUNTEER = "served", "volunteer"


@dataclass(frozen=True)
class ActivityInput:
    name: str
    held_on: date
    starts_at: time
    ends_at: time
    place: str = ""
    organiser: str = ""  # 组织单位
    leader: str = ""  # 负责人
    project_id: str | None = None
    team_id: str | None = None
    kind: str = ""
    capacity: int = 0
    target_group: str = ""


@dataclass(frozen=True)
class ActivityRow:
    id: str
    name: str
    held_on: date
    starts_at: time
    ends_at: time
    place: str
    organiser: str
    leader: str
    kind: str
    project_name: str
    team_name: str
    capacity: int
    target_group: str
    served: int
    volunteers: int


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    person_id: str
    name: str  # children by their alias
    phone_masked: str
    role: str  # "served" / "volunteer"
    volunteer_id: str | None
    volunteer_number: str
    attended: bool | None
    signed_in: time | None
    signed_out: time | None
    remark: str
    shift_confirmed: bool


@dataclass(frozen=True)
class ActivityDetail:
    activity: ActivityRow
    data: ActivityInput
    participants: tuple[ParticipantRow, ...]


@dataclass(frozen=True)
class SheetEntry:
    participant_id: str
    signed_in: time | None
    signed_out: time | None
    remark: str = ""


@dataclass(frozen=True)
class SheetResult:
    attended: int
    absent: int
    shifts_created: int
    shifts_updated: int


def _validated(session: Session, data: ActivityInput) -> ActivityInput:
    errors = []
    if not data.name.strip():
        errors.append(ValidationError("activity.name_required", field="name"))
    if data.ends_at <= data.starts_at:
        errors.append(ValidationError("activity.ends_before_start", field="ends_at"))
    if data.project_id and session.get(VolunteerProject, data.project_id) is None:
        errors.append(ValidationError("not_found", field="project_id", kind="volunteer_project", key=data.project_id))
    if data.team_id and session.get(VolunteerTeam, data.team_id) is None:
        errors.append(ValidationError("not_found", field="team_id", kind="volunteer_team", key=data.team_id))
    if errors:
        raise FormErrors(errors)
    return data


def _apply(activity: Activity, data: ActivityInput) -> None:
    activity.name, activity.held_on = " ".join(data.name.split()), data.held_on
    activity.starts_at, activity.ends_at = data.starts_at, data.ends_at
    activity.place, activity.organiser, activity.leader = (
        data.place.strip(),
        data.organiser.strip(),
        data.leader.strip(),
    )
    activity.project_id, activity.team_id = data.project_id or None, data.team_id or None
    activity.kind, activity.capacity, activity.target_group = (
        data.kind.strip(),
        max(0, data.capacity),
        data.target_group.strip(),
    )


@guarded("activities.manage")
def create_activity(session: Session, data: ActivityInput) -> ActivityRow:
    activity = Activity()
    _apply(activity, _validated(session, data))
    session.add(activity)
    session.flush()
    return get_activity(session, activity.id).activity


@guarded("activities.manage")
def update_activity(session: Session, activity_id: str, data: ActivityInput) -> ActivityRow:
    activity = _live_activity(session, activity_id)
    _apply(activity, _validated(session, data))
    session.flush()
    return get_activity(session, activity.id).activity


def _live_activity(session: Session, activity_id: str) -> Activity:
    return live_row(session, Activity, activity_id)


def _counts():
    served = func.count().filter(ActivityParticipant.role == ROLE_SERVED)
    volunteers = func.count().filter(ActivityParticipant.role == ROLE_VOLUNTEER)
    return (
        select(ActivityParticipant.activity_id, served.label("served"), volunteers.label("volunteers"))
        .where(ActivityParticipant.deleted.is_(False))
        .group_by(ActivityParticipant.activity_id)
        .subquery()
    )


@guarded("people.view")
def list_activities(
    session: Session, text: str = "", offset: int = 0, limit: int = 200, activity_id: str | None = None
) -> list[ActivityRow]:
    """Activities, the latest first, with how many people and volunteers signed up."""
    counts = _counts()
    statement = (
        select(Activity, VolunteerProject.name, VolunteerTeam.name, counts.c.served, counts.c.volunteers)
        .outerjoin(VolunteerProject, VolunteerProject.id == Activity.project_id)
        .outerjoin(VolunteerTeam, VolunteerTeam.id == func.coalesce(Activity.team_id, VolunteerProject.team_id))
        .outerjoin(counts, counts.c.activity_id == Activity.id)
        .where(Activity.deleted.is_(False))
    )
    if activity_id:
        statement = statement.where(Activity.id == activity_id)
    if text.strip():
        statement = statement.where(Activity.name.contains(text.strip()) | Activity.place.contains(text.strip()))
    rows = session.execute(
        statement.order_by(Activity.held_on.desc(), Activity.starts_at.desc(), Activity.id).offset(offset).limit(limit)
    ).all()
    return [
        ActivityRow(
            a.id,
            a.name,
            a.held_on,
            a.starts_at,
            a.ends_at,
            a.place,
            a.organiser,
            a.leader,
            a.kind,
            project or "",
            team or "",
            a.capacity,
            a.target_group,
            served or 0,
            volunteers or 0,
        )
        for a, project, team, served, volunteers in rows
    ]


@guarded("people.view")
def participants_of(session: Session, activity_id: str, role: str | None = None) -> list[ParticipantRow]:
    """The activity's people in sign-up order. Plain columns, not ORM objects: a 2,000-person
    sign-in sheet spent more on loading participant and person objects than on drawing its rows."""
    participant = ActivityParticipant
    statement = (
        select(
            participant.id,
            Person.id,
            Person.name,
            Person.alias,
            Person.is_child,
            Person.phone,
            participant.role,
            Volunteer.id,
            Volunteer.volunteer_number,
            participant.attended,
            participant.signed_in,
            participant.signed_out,
            participant.remark,
        )
        .join(Person, Person.id == participant.person_id)
        .outerjoin(Volunteer, (Volunteer.person_id == Person.id) & Volunteer.deleted.is_(False))
        .where(participant.activity_id == activity_id, participant.deleted.is_(False))
    )
    if role:
        statement = statement.where(participant.role == role)
    rows = session.execute(statement.order_by(participant.role, participant.created_at, participant.id)).all()
    confirmed = set(
        session.execute(
            select(Shift.volunteer_id).where(
                Shift.activity_id == activity_id, Shift.deleted.is_(False), Shift.confirmed_at.is_not(None)
            )
        ).scalars()
    )
    return [
        ParticipantRow(
            row_id,
            person_id,
            shown_name(name, alias, is_child),
            mask_phone(phone),
            row_role,
            volunteer_id if row_role == ROLE_VOLUNTEER else None,
            number or "" if row_role == ROLE_VOLUNTEER else "",
            attended,
            signed_in,
            signed_out,
            remark,
            volunteer_id in confirmed,
        )
        for (
            row_id,
            person_id,
            name,
            alias,
            is_child,
            phone,
            row_role,
            volunteer_id,
            number,
            attended,
            signed_in,
            signed_out,
            remark,
        ) in rows
    ]


@guarded("people.view")
def get_activity(session: Session, activity_id: str) -> ActivityDetail:
    activity = _live_activity(session, activity_id)
    row = list_activities(session, activity_id=activity_id, limit=1)[0]
    data = ActivityInput(
        activity.name,
        activity.held_on,
        activity.starts_at,
        activity.ends_at,
        activity.place,
        activity.organiser,
        activity.leader,
        activity.project_id,
        activity.team_id,
        activity.kind,
        activity.capacity,
        activity.target_group,
    )
    return ActivityDetail(row, data, tuple(participants_of(session, activity_id)))


@guarded("activities.manage")
def sign_up(session: Session, activity_id: str, person_id: str, role: str) -> ParticipantRow:
    """Put a person on the activity's list, as someone served or as a volunteer (who must be 在册 or 暂停)."""
    participant = add_participant(session, activity_id, person_id, role)
    return next(p for p in participants_of(session, activity_id) if p.id == participant.id)


def add_participant(session: Session, activity_id: str, person_id: str, role: str) -> ActivityParticipant:
    """``sign_up``'s rules and write, without reading the list back (many at once: ``bulk_enrolment``)."""
    activity = _live_activity(session, activity_id)
    person = live_person(session, person_id)
    if role not in (ROLE_SERVED, ROLE_VOLUNTEER):
        raise ValueError(role)
    if role == ROLE_VOLUNTEER:
        status = session.execute(
            select(Volunteer.status).where(Volunteer.person_id == person_id, Volunteer.deleted.is_(False))
        ).scalar_one_or_none()
        if status is None or status == STATUS_LEFT:
            raise ValidationError("activity.not_volunteer", field="person_id", name=person.name)
    existing = (
        session.execute(
            select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id,
                ActivityParticipant.person_id == person_id,
                ActivityParticipant.role == role,
                ActivityParticipant.deleted.is_(False),
            )
        )
        .scalars()
        .first()
    )
    if existing is not None:
        raise ValidationError("activity.already_signed_up", field="person_id", name=person.name)
    if activity.capacity:
        taken = session.execute(
            select(func.count())
            .select_from(ActivityParticipant)
            .where(ActivityParticipant.activity_id == activity_id, ActivityParticipant.deleted.is_(False))
        ).scalar_one()
        if taken >= activity.capacity:
            raise ValidationError("activity.full", field="person_id", capacity=activity.capacity)
    participant = ActivityParticipant(activity_id=activity_id, person_id=person_id, role=role, remark="")
    session.add(participant)
    session.flush()
    return participant


@guarded("activities.manage")
def withdraw(session: Session, participant_id: str) -> None:
    participant = live_row(session, ActivityParticipant, participant_id)
    participant.deleted = True
    session.flush()


@guarded("visits.record")
def save_sheet_entries(session: Session, activity_id: str, entries: list[SheetEntry]) -> SheetResult:
    """The times written on the paper sheet: attendance for everyone, a shift for every volunteer who
    signed in and out. Every row is checked; if any is wrong nothing is saved and all problems are listed."""
    activity = _live_activity(session, activity_id)
    participants = {
        p.id: p
        for p in session.execute(
            select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id, ActivityParticipant.deleted.is_(False)
            )
        ).scalars()
    }
    names = {p.id: p.name for p in participants_of(session, activity_id)}
    errors: list[ValidationError] = []
    attended = absent = created = updated = 0
    for row, entry in enumerate(entries, start=1):
        participant = participants.get(entry.participant_id)
        if participant is None:
            raise NotFound("activity_participant", entry.participant_id)
        came = entry.signed_in is not None or entry.signed_out is not None
        participant.attended, participant.signed_in, participant.signed_out = came, entry.signed_in, entry.signed_out
        participant.remark = entry.remark.strip()[:100]
        attended, absent = attended + came, absent + (not came)
        if participant.role != ROLE_VOLUNTEER or not came:
            continue
        try:
            if entry.signed_in is None or entry.signed_out is None:
                raise ValidationError("activity.sheet_missing_time", field="signed_out")
            outcome = _shift_from_sheet(
                session,
                activity,
                participant.person_id,
                on_day(activity.held_on, entry.signed_in),
                on_day(activity.held_on, entry.signed_out),
            )
        except StationDeskError as error:
            errors.append(
                ValidationError(
                    "activity.sheet_row",
                    field=entry.participant_id,
                    row=row,
                    name=names.get(participant.id, ""),
                    problem=message_for(error),
                )
            )
            continue
        created += outcome == "created"
        updated += outcome == "updated"
    if errors:
        raise FormErrors(errors)
    session.flush()
    return SheetResult(attended, absent, created, updated)


def _shift_from_sheet(session: Session, activity: Activity, person_id: str, signed_in, signed_out) -> str:
    volunteer = (
        session.execute(select(Volunteer).where(Volunteer.person_id == person_id, Volunteer.deleted.is_(False)))
        .scalars()
        .one()
    )
    shift = (
        session.execute(
            select(Shift).where(
                Shift.activity_id == activity.id, Shift.volunteer_id == volunteer.id, Shift.deleted.is_(False)
            )
        )
        .scalars()
        .first()
    )
    if shift is None:
        record_shift(
            session,
            ShiftInput(volunteer.id, signed_in, signed_out, activity.id, post="活动志愿者", content=activity.name),
        )
        return "created"
    if (shift.signed_in_at, shift.signed_out_at) == (signed_in, signed_out):
        return "unchanged"
    change_shift_times(session, shift.id, signed_in, signed_out)
    return "updated"


@counter("activities")
def _count_activities(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Activity).where(Activity.deleted.is_(False))).scalar_one()


@lister("activities")
def _list_activities(session: Session, limit: int, text: str) -> list[dict]:
    return [json_ready(a) for a in list_activities(session, text=text, limit=limit)]


# -- the printed sign-in sheet ------------------------------------------------------------------------


@guarded("print")
def signin_sheet_pdf(
    session: Session, activity_id: str, blank_rows: int = 5, volunteers_only: bool = False, progress=None
) -> tuple[bytes, str]:
    """The activity's sign-in sheet as PDF bytes (the caller previews, prints or saves them)."""
    from io import BytesIO

    from stationdesk.printing.signin_sheet import SheetPerson, SigninSheet, build_signin_sheet
    from stationdesk.services.progress import report
    from stationdesk.services.station import audit, current_station, today

    activity = _live_activity(session, activity_id)
    report(progress, 0, 2)
    people = participants_of(session, activity_id, ROLE_VOLUNTEER if volunteers_only else None)
    sheet = SigninSheet(
        activity_name=activity.name,
        when=f"{activity.held_on:%Y-%m-%d} {activity.starts_at:%H:%M}-{activity.ends_at:%H:%M}",
        place=activity.place,
        organiser=activity.organiser,
        leader=activity.leader,
        people=tuple(SheetPerson(p.name, p.phone_masked, p.volunteer_number) for p in people),
        blank_rows=max(0, min(blank_rows, 500)),
        volunteers_only=volunteers_only,
    )
    report(progress, 1, 2)
    buffer = BytesIO()
    build_signin_sheet(buffer, sheet, current_station(session).name, today(session))
    audit(session, "print_signin_sheet", "activity", activity_id, f"{len(people)} rows")
    report(progress, 2, 2)
    kind = "志愿者签到表" if volunteers_only else "签到表"
    return buffer.getvalue(), f"{kind}-{activity.name}-{activity.held_on:%Y%m%d}.pdf"


def _blank_rows(text: str) -> int:
    import argparse

    if not text.isdigit() or int(text) > 500:
        raise argparse.ArgumentTypeError(f"空白行数应为 0-500 blank rows 0-500: {text!r}")
    return int(text)


@printer(
    "activity-signin",
    [
        (("--activity",), {"required": True, "help": "活动 ID activity id"}),
        (("--blank-rows",), {"type": _blank_rows, "default": 5, "help": "空白行数 blank rows"}),
        (("--volunteers-only",), {"action": "store_true", "help": "志愿者签到表 volunteers only"}),
    ],
    help="活动签到表 activity sign-in sheet",
)
def _print_signin(session: Session, args) -> tuple[bytes, str]:
    return signin_sheet_pdf(session, args.activity, args.blank_rows, args.volunteers_only)
