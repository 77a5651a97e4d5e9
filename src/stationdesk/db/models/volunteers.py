"""Volunteers (志愿者), their teams, projects, activities, shifts and certificates.

Service hours are kept in whole minutes (always a multiple of 30 after the rounding rule in
``domain.service_hours``) so sums are exact. Activity and shift times are the station's local
wall-clock times as written on the paper sign-in sheet (naive ``DateTime``/``Time``), not UTC.
"""

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time, text
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, Synced, UtcDateTime


class Volunteer(Synced, Base):
    """The volunteer profile of a person in the registry."""

    __tablename__ = "volunteer"
    __table_args__ = (
        Index("uq_volunteer_number", "volunteer_number", unique=True),
        Index(
            "uq_volunteer_person_live",
            "person_id",
            unique=True,
            sqlite_where=text("deleted = 0"),
            postgresql_where=text("deleted = false"),
        ),
        # the partial index above serves only queries that spell "deleted = 0"; joins need this one
        Index("ix_volunteer_person", "person_id"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    volunteer_number: Mapped[str] = mapped_column(String(32))  # 志愿者编号, the public identifier
    registered_on: Mapped[date] = mapped_column(Date)
    skills: Mapped[str] = mapped_column(Text, default="")  # "|心理疏导|驾驶|"
    availability: Mapped[str] = mapped_column(String(200), default="")  # 服务时间意向, e.g. 周末上午
    status: Mapped[str] = mapped_column(String(4), default="在册", index=True)  # 在册 / 暂停 / 退出
    consent_id: Mapped[str | None] = mapped_column(ForeignKey("guardian_consent.id"))  # for ages 14-18
    notes: Mapped[str] = mapped_column(Text, default="")


class VolunteerTraining(Synced, Base):
    __tablename__ = "volunteer_training"

    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"), index=True)
    course: Mapped[str] = mapped_column(String(100))
    trained_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer, default=0)


class VolunteerAward(Synced, Base):
    __tablename__ = "volunteer_award"

    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    awarded_on: Mapped[date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(100), default="")


class VolunteerTeam(Synced, Base):
    """志愿服务队伍."""

    __tablename__ = "volunteer_team"

    name: Mapped[str] = mapped_column(String(60), index=True)
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer.id"))
    service_area: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class TeamMembership(Synced, Base):
    __tablename__ = "team_membership"

    team_id: Mapped[str] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"), index=True)
    joined_on: Mapped[date] = mapped_column(Date)


class VolunteerProject(Synced, Base):
    """项目 such as 银发生日会, run by a team."""

    __tablename__ = "volunteer_project"

    name: Mapped[str] = mapped_column(String(60), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Activity(Synced, Base):
    """活动: one dated event of a project or a team."""

    __tablename__ = "activity"

    name: Mapped[str] = mapped_column(String(100))
    project_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_project.id"), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="")
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(100), default="")
    organiser: Mapped[str] = mapped_column(String(100), default="")  # 组织单位
    leader: Mapped[str] = mapped_column(String(50), default="")  # 负责人
    capacity: Mapped[int] = mapped_column(Integer, default=0)  # 0 = no limit
    target_group: Mapped[str] = mapped_column(String(100), default="")


class ActivityParticipant(Synced, Base):
    """A person signed up for an activity, as someone served or as a volunteer, and whether they came."""

    __tablename__ = "activity_participant"
    __table_args__ = (Index("ix_activity_participant_activity_role", "activity_id", "role"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # "served" or "volunteer"
    attended: Mapped[bool | None] = mapped_column(Boolean)  # None until the sheet is entered
    signed_in: Mapped[time | None] = mapped_column(Time)
    signed_out: Mapped[time | None] = mapped_column(Time)
    remark: Mapped[str] = mapped_column(String(100), default="")


class Shift(Synced, Base):
    """One stretch of service by one volunteer, with its hours and its confirmation."""

    __tablename__ = "volunteer_shift"
    __table_args__ = (
        Index("ix_volunteer_shift_volunteer_day", "volunteer_id", "service_date"),
        # covers the yearly and monthly totals, so they never read the table itself
        Index(
            "ix_volunteer_shift_day",
            "service_date",
            "volunteer_id",
            "activity_id",
            "confirmed_at",
            "deleted",
            "credited_minutes",
        ),
    )

    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), index=True)
    post: Mapped[str] = mapped_column(String(50), default="")  # 岗位
    content: Mapped[str] = mapped_column(Text, default="")  # 服务内容
    service_date: Mapped[date] = mapped_column(Date)
    signed_in_at: Mapped[datetime] = mapped_column(DateTime)  # local wall-clock time
    signed_out_at: Mapped[datetime] = mapped_column(DateTime)
    computed_minutes: Mapped[int] = mapped_column(Integer)  # from the times, rounded and capped
    credited_minutes: Mapped[int] = mapped_column(Integer)  # what counts (computed or corrected)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    confirmed_by: Mapped[str | None] = mapped_column(String(50))
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ShiftCorrection(Synced, Base):
    """The log of every change to a shift's hours or times after it was recorded."""

    __tablename__ = "shift_correction"

    shift_id: Mapped[str] = mapped_column(ForeignKey("volunteer_shift.id"), index=True)
    corrected_by: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)
    old_minutes: Mapped[int] = mapped_column(Integer)
    new_minutes: Mapped[int] = mapped_column(Integer)
    old_times: Mapped[str] = mapped_column(String(40), default="")  # "09:00-11:30" when the times changed
    new_times: Mapped[str] = mapped_column(String(40), default="")
    was_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class VolunteerCertificate(Synced, Base):
    """志愿服务证明: numbered, registered and archived; a reprint shows the stored content and serial."""

    __tablename__ = "volunteer_certificate"
    __table_args__ = (
        Index("uq_volunteer_certificate_serial", "serial", unique=True),
        Index("ix_volunteer_certificate_period", "volunteer_id", "period_from", "period_to"),
    )

    serial: Mapped[str] = mapped_column(String(40))
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    total_minutes: Mapped[int] = mapped_column(Integer)
    services_json: Mapped[str] = mapped_column(Text)  # the listed services, as issued
    issued_on: Mapped[date] = mapped_column(Date)
    handled_by: Mapped[str] = mapped_column(String(50), default="")  # 经办人
    print_count: Mapped[int] = mapped_column(Integer, default=1)
    # 作废: a certificate issued in error stays registered under its serial, marked void with the reason
    voided_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
