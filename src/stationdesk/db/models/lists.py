"""The three lists (三张清单) and what links them: needs (需求) with their state history, resources (资源),
the station's services (服务), dispatches (派单) of a need to what answers it, and service records (服务记录).

Kept plain so the statistics can count them with SQL at the station and at the city hub: dates are Date /
DateTime columns, states and kinds are stable codes (``domain.needs``, ``domain.groups``), lists of names
are "|a|b|" text matched whole (as person tags are). Times of day and wanted windows are the station's
local wall-clock times (naive); ``*_at`` moments of record-keeping are UTC like ``created_at``.
"""

from datetime import date, datetime, time

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from stationdesk.db.base import Base, Synced, UtcDateTime


class Need(Synced, Base):
    """One need (需求) of a person of the registry, or of a group or a community ("星湖社区 outdoor workers
    need summer cooling points", with an estimated number of people), from a visit, feedback, a meeting or
    a call. ``state`` is the current state; the first accepted / dispatched / completed moments are kept
    here too, so "days to dispatch" is one column difference. The rating of the person served is part of
    the need."""

    __tablename__ = "need"
    __table_args__ = (
        Index("uq_need_number", "number", unique=True),
        # no "deleted" in front: SQLite (without ANALYZE) would take "deleted = 0" for a selective key and walk
        # these instead of the primary key when a few needs are read by id
        Index("ix_need_list", "found_on", "number"),
        # counts by state, the overdue, and a page of one state's needs in date order read this index alone
        Index("ix_need_state_due", "state", "due_on", "found_on", "number", "deleted", "urgency", "id"),
        Index("ix_need_community", "community"),  # the communities named, for the filters
        Index("ix_need_category_state", "category", "state"),  # matching: needs of a category
    )

    number: Mapped[str] = mapped_column(String(40))  # 需求编号, e.g. TEST-001-XQ000042
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    group_name: Mapped[str] = mapped_column(String(100), default="")  # a group or community need: who
    people_count: Mapped[int] = mapped_column(Integer, default=1)  # people concerned (estimated for a group)
    community: Mapped[str] = mapped_column(String(60), default="")
    category: Mapped[str] = mapped_column(String(30))  # service_category list entry
    target_group: Mapped[str] = mapped_column(String(20), default="")  # domain.groups code, "" = other residents
    urgency: Mapped[str] = mapped_column(String(10))  # urgent, normal
    source: Mapped[str] = mapped_column(String(10))  # visit, feedback, meeting, phone, other
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    wanted_from: Mapped[datetime | None] = mapped_column(DateTime)
    wanted_to: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    found_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)  # deadline by the urgency rule of the day it was found
    state: Mapped[str] = mapped_column(String(12))
    accepted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    dispatched_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    rating: Mapped[int | None] = mapped_column(SmallInteger)  # 1-5
    rating_comment: Mapped[str] = mapped_column(Text, default="")
    rated_on: Mapped[date | None] = mapped_column(Date)


class NeedStateChange(Synced, Base):
    """One change of a need's state: from, to, who, when and why (the first row has no ``from_state``)."""

    __tablename__ = "need_state_change"

    need_id: Mapped[str] = mapped_column(ForeignKey("need.id"), index=True)
    from_state: Mapped[str] = mapped_column(String(12), default="")
    to_state: Mapped[str] = mapped_column(String(12))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    changed_by: Mapped[str] = mapped_column(String(50), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class _Offer:
    """What a resource and a service both say about when, where and how much they can serve; capacity as
    Open Referral's service_capacity (unit, available, maximum, updated)."""

    service_area: Mapped[str] = mapped_column(Text, default="")  # "|城东社区|睦岗社区|"; "" = the whole area
    available_weekdays: Mapped[str] = mapped_column(String(7), default="")  # "12345", Monday = 1; "" = any day
    available_from: Mapped[time | None] = mapped_column(Time)
    available_to: Mapped[time | None] = mapped_column(Time)
    capacity_unit: Mapped[str] = mapped_column(String(20), default="")  # 人次, 场, 份, 小时, 元
    capacity_available: Mapped[int | None] = mapped_column(Integer)  # None: not counted
    capacity_maximum: Mapped[int | None] = mapped_column(Integer)
    capacity_updated_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active, paused, ended


class Resource(_Offer, Synced, Base):
    """One resource (资源) a provider can offer: a hall, goods, funds, professionals or a volunteer team, with
    the service categories it can answer, where, when and how much."""

    __tablename__ = "resource"

    name: Mapped[str] = mapped_column(String(100))
    provider_name: Mapped[str] = mapped_column(String(100), default="")
    provider_kind: Mapped[str] = mapped_column(String(20))  # services.resources.PROVIDER_KINDS
    team_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)  # a team of ours
    kind: Mapped[str] = mapped_column(String(20))  # venue, goods, funds, professional, volunteer_team, other
    categories: Mapped[str] = mapped_column(Text, default="")  # "|助医|健康监测|"
    available_dates: Mapped[str] = mapped_column(Text, default="")  # "|2026-07-01|2026-07-08|": only these days
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class StationService(_Offer, Synced, Base):
    """One service (服务) the station runs or brokers, for whom, by whom (a team, a resource or a staff
    member), when and where; it may belong to a volunteer project (银发生日会 …)."""

    __tablename__ = "station_service"

    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[str] = mapped_column(String(100), default="")  # "|elder|child|"; "" = anyone
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    eligibility: Mapped[str] = mapped_column(Text, default="")
    team_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    resource_id: Mapped[str | None] = mapped_column(ForeignKey("resource.id"), index=True)
    staff_name: Mapped[str] = mapped_column(String(50), default="")
    schedule: Mapped[str] = mapped_column(String(200), default="")  # as people say it: 每周三上午
    place: Mapped[str] = mapped_column(String(200), default="")
    project_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_project.id"), index=True)


class Dispatch(Synced, Base):
    """One dispatch (派单) of a need to one service, resource, team or volunteer (exactly one is set). While
    ``open`` it holds ``quantity`` of the target's capacity; it ends ``closed`` (the service was given) or
    ``cancelled`` (with the reason; a re-dispatch cancels and dispatches anew)."""

    __tablename__ = "dispatch"
    __table_args__ = (
        Index("ix_dispatch_service_state", "service_id", "state"),
        Index("ix_dispatch_resource_state", "resource_id", "state"),
        Index("ix_dispatch_team_state", "team_id", "state"),
        Index("ix_dispatch_volunteer_state", "volunteer_id", "state"),
    )

    need_id: Mapped[str] = mapped_column(ForeignKey("need.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("station_service.id"))
    resource_id: Mapped[str | None] = mapped_column(ForeignKey("resource.id"))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_team.id"))
    volunteer_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)  # in the target's capacity unit
    score: Mapped[int | None] = mapped_column(Integer)  # the suggestion's score when dispatched
    state: Mapped[str] = mapped_column(String(10), default="open")  # open, closed, cancelled
    dispatched_at: Mapped[datetime] = mapped_column(UtcDateTime())
    dispatched_by: Mapped[str] = mapped_column(String(50), default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class ServiceRecord(Synced, Base):
    """One service given (服务记录): when, what (a service of the list or a category), by whom, to whom (named
    people in ``service_record_person`` and/or a head count), where, for which need; volunteers who served
    are in ``service_record_volunteer`` with the shift their hours were credited on. ``people_count`` is
    the number of people served (人次), never less than the named ones."""

    __tablename__ = "service_record"
    __table_args__ = (Index("ix_service_record_served", "served_on", "start_time"),)  # not led by deleted: see need

    served_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer, default=0)  # duration
    service_id: Mapped[str | None] = mapped_column(ForeignKey("station_service.id"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    resource_id: Mapped[str | None] = mapped_column(ForeignKey("resource.id"), index=True)
    staff_name: Mapped[str] = mapped_column(String(50), default="")
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    place: Mapped[str] = mapped_column(String(200), default="")
    need_id: Mapped[str | None] = mapped_column(ForeignKey("need.id"), index=True)
    dispatch_id: Mapped[str | None] = mapped_column(ForeignKey("dispatch.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)  # 1-5
    recorded_by: Mapped[str] = mapped_column(String(50), default="")


class ServiceRecordPerson(Synced, Base):
    """A named person of the registry served by a service record."""

    __tablename__ = "service_record_person"

    record_id: Mapped[str] = mapped_column(ForeignKey("service_record.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class ServiceRecordVolunteer(Synced, Base):
    """A volunteer who served in a service record, and the shift that credits their hours."""

    __tablename__ = "service_record_volunteer"

    record_id: Mapped[str] = mapped_column(ForeignKey("service_record.id"), index=True)
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"), index=True)
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("volunteer_shift.id"), index=True)
