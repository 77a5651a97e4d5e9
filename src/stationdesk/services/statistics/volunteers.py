"""Volunteer figures: volunteers registered and active, confirmed service hours and hours per volunteer,
teams, projects, activities and their participants, certificates, trainings and people trained."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import and_, exists, func, or_, select

from stationdesk.domain.periods import utc_start_of
from stationdesk.domain.service_hours import STATUS_LEFT
from stationdesk.services.statistics.framework import (
    COUNT,
    DISTINCT,
    MINUTES_AS_HOURS,
    SUM,
    Breakdown,
    By,
    Fact,
    Indicator,
    Shown,
    Span,
    Tables,
    declare,
    declare_breakdown,
    declare_section,
    live,
    shared,
)
from stationdesk.services.statistics.people import person_columns, person_is_live, person_join, person_splits

declare_section("volunteers", 40, ("志愿服务", "Volunteering"))
declare_breakdown(Breakdown("team", ("按所在队伍", "By team"), missing=("未加入队伍", "In no team")))
declare_breakdown(
    Breakdown("activity_team", ("按服务所属队伍", "By team of the service"), missing=("未归属队伍", "No team"))
)
declare_breakdown(Breakdown("project", ("按项目", "By project"), missing=("未归属项目", "No project")))
declare_breakdown(Breakdown("activity_kind", ("按活动类型", "By kind of activity")))
declare_breakdown(
    Breakdown(
        "role",
        ("按参与身份", "By role"),
        {"served": ("服务对象", "People served"), "volunteer": ("志愿者", "Volunteers")},
    )
)


def _member_team(t: Tables, volunteer_id, span: Span) -> By:
    """The teams a volunteer belonged to at the period's end (one category per team, so a volunteer
    in two teams counts in both)."""
    m, team = t.team_membership, t.volunteer_team
    return By(
        team.c.id,
        label=team.c.name,
        joins=(
            (m, and_(m.c.volunteer_id == volunteer_id, live(m), m.c.joined_on <= span.as_of)),
            (team, and_(team.c.id == m.c.team_id, live(team))),
        ),
    )


def _volunteer_is_live(t: Tables, volunteer_id):
    """The volunteer profile and the person behind it are not tombstones (NOT IN the few that are)."""
    v, p = t.volunteer, t.person
    gone = select(v.c.id).where(
        or_(v.c.deleted.is_(True), v.c.person_id.in_(select(p.c.id).where(p.c.deleted.is_(True))))
    )
    return volunteer_id.not_in(gone)


def _volunteer_person(t: Tables, volunteer_id) -> tuple:
    """How a record of a volunteer reaches the person (for breakdowns and lists)."""
    v, p = t.volunteer, t.person
    return ((v, v.c.id == volunteer_id), (p, p.c.id == v.c.person_id))


def registered(t: Tables, span: Span) -> Fact:
    v, p = t.volunteer, t.person
    joins = person_join(t, v.c.person_id)
    return Fact(
        source=v,
        where=(live(v), person_is_live(t, v.c.person_id), v.c.registered_on <= span.as_of, v.c.status != STATUS_LEFT),
        origin=v.c.origin_station,
        measure=DISTINCT,
        value=v.c.id,
        splits={"team": _member_team(t, v.c.id, span), **person_splits(p, span, joins)},
        listing_joins=joins,
        listing=(
            Shown(("注册日期", "Registered"), v.c.registered_on, "date"),
            *person_columns(p),
            Shown(("志愿者编号", "Volunteer number"), v.c.volunteer_number),
            Shown(("状态", "Status"), v.c.status),
        ),
        order_by=(v.c.registered_on.desc(), v.c.volunteer_number),
    )


@shared
def confirmed_shifts(t: Tables, span: Span) -> Fact:
    """The period's confirmed shifts of live volunteers; what volunteers active and hours count. The
    shifts' day index holds every column counted, so the totals never read the shifts themselves."""
    s, p = t.volunteer_shift, t.person
    act, project, team = t.activity, t.volunteer_project, t.volunteer_team
    joins = _volunteer_person(t, s.c.volunteer_id)
    return Fact(
        source=s,
        where=(
            live(s),
            s.c.confirmed_at.is_not(None),
            s.c.service_date.between(span.start, span.end),
            _volunteer_is_live(t, s.c.volunteer_id),
        ),
        origin=s.c.origin_station,
        measure=DISTINCT,
        value=s.c.volunteer_id,
        splits={
            "team": _member_team(t, s.c.volunteer_id, span),
            # as on the 服务时长 page: a shift counts for the team of its activity, or of the activity's project
            "activity_team": By(
                team.c.id,
                label=team.c.name,
                joins=(
                    (act, and_(act.c.id == s.c.activity_id, live(act))),
                    (project, and_(project.c.id == act.c.project_id, live(project))),
                    (team, and_(team.c.id == func.coalesce(act.c.team_id, project.c.team_id), live(team))),
                ),
            ),
            "project": By(
                project.c.id,
                label=project.c.name,
                joins=(
                    (act, and_(act.c.id == s.c.activity_id, live(act))),
                    (project, and_(project.c.id == act.c.project_id, live(project))),
                ),
            ),
            **person_splits(p, span, joins),
        },
        listing_joins=joins,
        listing=(
            Shown(("服务日期", "Date"), s.c.service_date, "date"),
            *person_columns(p),
            Shown(("岗位", "Post"), s.c.post),
            Shown(("时长（分钟）", "Minutes"), s.c.credited_minutes, "number"),
        ),
        order_by=(s.c.service_date.desc(), s.c.signed_in_at.desc()),
    )


def service_minutes(t: Tables, span: Span) -> Fact:
    return replace(confirmed_shifts(t, span), measure=SUM, value=t.volunteer_shift.c.credited_minutes)


def _set_up_by_end(table, span: Span, *since):
    """Teams and projects carry no founding date: one counts from the day its record was made, or from
    the first thing it did (``since``: dates of its members joining or its activities), whichever came
    first, so a team entered with its history counts from that history."""
    return or_(table.c.created_at < utc_start_of(span.as_of + timedelta(days=1)), *since)


def _activity_by_end(t: Tables, span: Span, condition):
    act = t.activity
    return exists().where(condition(act), live(act), act.c.held_on <= span.as_of)


def teams(t: Tables, span: Span) -> Fact:
    team, m = t.volunteer_team, t.team_membership
    return Fact(
        source=team,
        where=(
            live(team),
            _set_up_by_end(
                team,
                span,
                exists().where(m.c.team_id == team.c.id, live(m), m.c.joined_on <= span.as_of),
                _activity_by_end(t, span, lambda act: act.c.team_id == team.c.id),
            ),
        ),
        origin=team.c.origin_station,
        measure=COUNT,
        listing=(
            Shown(("队伍", "Team"), team.c.name),
            Shown(("服务范围", "Service area"), team.c.service_area),
            Shown(("简介", "Description"), team.c.description),
        ),
        order_by=(team.c.name,),
    )


def projects(t: Tables, span: Span) -> Fact:
    project, team = t.volunteer_project, t.volunteer_team
    return Fact(
        source=project.outerjoin(team, and_(team.c.id == project.c.team_id, live(team))),
        where=(
            live(project),
            _set_up_by_end(project, span, _activity_by_end(t, span, lambda act: act.c.project_id == project.c.id)),
        ),
        origin=project.c.origin_station,
        measure=COUNT,
        splits={"team": By(team.c.id, label=team.c.name)},
        listing=(
            Shown(("项目", "Project"), project.c.name),
            Shown(("队伍", "Team"), team.c.name),
            Shown(("简介", "Description"), project.c.description),
        ),
        order_by=(project.c.name,),
    )


def activities(t: Tables, span: Span) -> Fact:
    act, project, team = t.activity, t.volunteer_project, t.volunteer_team
    return Fact(
        source=act.outerjoin(project, and_(project.c.id == act.c.project_id, live(project))).outerjoin(
            team, and_(team.c.id == func.coalesce(act.c.team_id, project.c.team_id), live(team))
        ),
        where=(live(act), act.c.held_on.between(span.start, span.end)),
        origin=act.c.origin_station,
        measure=COUNT,
        splits={
            "activity_team": By(team.c.id, label=team.c.name),
            "project": By(project.c.id, label=project.c.name),
            "activity_kind": By(act.c.kind),
        },
        listing=(
            Shown(("日期", "Date"), act.c.held_on, "date"),
            Shown(("活动", "Activity"), act.c.name),
            Shown(("项目", "Project"), project.c.name),
            Shown(("队伍", "Team"), team.c.name),
            Shown(("地点", "Place"), act.c.place),
        ),
        order_by=(act.c.held_on.desc(), act.c.starts_at.desc()),
    )


def participants(t: Tables, span: Span) -> Fact:
    ap, act, p = t.activity_participant, t.activity, t.person
    joins = person_join(t, ap.c.person_id)
    return Fact(
        source=ap.join(act, act.c.id == ap.c.activity_id),
        where=(
            live(ap),
            live(act),
            ap.c.attended.is_(True),
            act.c.held_on.between(span.start, span.end),
            person_is_live(t, ap.c.person_id),
        ),
        origin=ap.c.origin_station,
        measure=COUNT,
        splits={"role": By(ap.c.role), **person_splits(p, span, joins)},
        listing_joins=joins,
        listing=(
            Shown(("日期", "Date"), act.c.held_on, "date"),
            *person_columns(p),
            Shown(("活动", "Activity"), act.c.name),
            Shown(("身份", "Role"), ap.c.role, "role"),
        ),
        order_by=(act.c.held_on.desc(), act.c.name, p.c.name_pinyin),
    )


def certificates(t: Tables, span: Span) -> Fact:
    cert, p = t.volunteer_certificate, t.person
    joins = _volunteer_person(t, cert.c.volunteer_id)
    splits = person_splits(p, span, joins)
    return Fact(
        source=cert,
        listing_joins=joins,
        where=(live(cert), cert.c.voided_on.is_(None), cert.c.issued_on.between(span.start, span.end)),
        origin=cert.c.origin_station,
        measure=COUNT,
        splits={"gender": splits["gender"], "age_band": splits["age_band"]},
        listing=(
            Shown(("开具日期", "Issued"), cert.c.issued_on, "date"),
            Shown(("证明编号", "Serial"), cert.c.serial),
            *person_columns(p),
            Shown(("时长（分钟）", "Minutes"), cert.c.total_minutes, "number"),
        ),
        order_by=(cert.c.issued_on.desc(), cert.c.serial),
    )


def _training_records(t: Tables, span: Span):
    vt, v = t.volunteer_training, t.volunteer
    return vt.join(v, v.c.id == vt.c.volunteer_id), (
        live(vt),
        live(v),
        vt.c.trained_on.between(span.start, span.end),
    )


def trainings(t: Tables, span: Span) -> Fact:
    """One training = one course on one day, however many volunteers it recorded."""
    vt = t.volunteer_training
    source, conditions = _training_records(t, span)
    held = (
        select(vt.c.course, vt.c.trained_on, vt.c.origin_station, func.count().label("trained"))
        .select_from(source)
        .where(*conditions)
        .group_by(vt.c.course, vt.c.trained_on, vt.c.origin_station)
        .subquery("training_held")
    )
    return Fact(
        source=held,
        where=(),
        origin=held.c.origin_station,
        measure=COUNT,
        listing=(
            Shown(("培训日期", "Date"), held.c.trained_on, "date"),
            Shown(("课程", "Course"), held.c.course),
            Shown(("参训人数", "Trained"), held.c.trained, "number"),
        ),
        order_by=(held.c.trained_on.desc(), held.c.course),
    )


def people_trained(t: Tables, span: Span) -> Fact:
    vt, p = t.volunteer_training, t.person
    source, conditions = _training_records(t, span)
    joins = person_join(t, t.volunteer.c.person_id)
    splits = person_splits(p, span, joins)
    return Fact(
        source=source,
        where=(*conditions, person_is_live(t, t.volunteer.c.person_id)),
        listing_joins=joins,
        origin=vt.c.origin_station,
        measure=DISTINCT,
        value=vt.c.volunteer_id,
        splits={"gender": splits["gender"], "age_band": splits["age_band"]},
        listing=(
            Shown(("培训日期", "Date"), vt.c.trained_on, "date"),
            *person_columns(p),
            Shown(("课程", "Course"), vt.c.course),
            Shown(("时长（分钟）", "Minutes"), vt.c.minutes, "number"),
        ),
        order_by=(vt.c.trained_on.desc(), vt.c.course),
    )


_STOCK = ("截至期末", "by the end of the period")
declare(
    Indicator(
        key="volunteers_registered",
        section="volunteers",
        name=("注册志愿者", "Volunteers registered"),
        unit=("人", "volunteers"),
        definition=(
            f"{_STOCK[0]}已注册、状态不是“退出”的志愿者人数；同时在两支队伍的志愿者在每支队伍中各计一次，合计只计一次。",
            f"Volunteers registered {_STOCK[1]} whose status is not “left”; a volunteer in two teams counts in "
            "each team and once in the total.",
        ),
        reads=("volunteer", "person", "team_membership", "volunteer_team"),
        breakdowns=("team", "community", "gender", "age_band"),
        count=registered,
    )
)
declare(
    Indicator(
        key="volunteers_active",
        section="volunteers",
        name=("活跃志愿者", "Active volunteers"),
        unit=("人", "volunteers"),
        definition=(
            "期内至少有一条已确认服务时长记录的不同志愿者人数。",
            "Distinct volunteers with at least one confirmed shift in the period.",
        ),
        reads=("volunteer_shift", "volunteer", "person", "team_membership", "volunteer_team"),
        breakdowns=("team", "gender", "age_band"),
        count=confirmed_shifts,
    )
)
declare(
    Indicator(
        key="service_hours",
        section="volunteers",
        name=("志愿服务时长", "Volunteer service hours"),
        unit=("小时", "hours"),
        definition=(
            "期内已确认的服务时长合计（按服务日期；计入的是折算、封顶或更正后的时长，未确认的不计）。",
            "Confirmed service hours of the period by service date (the credited hours after rounding, the daily "
            "cap and corrections; unconfirmed shifts are not counted).",
        ),
        reads=("volunteer_shift", "volunteer", "person", "activity", "volunteer_project", "volunteer_team"),
        breakdowns=("activity_team", "project", "gender", "age_band"),
        count=service_minutes,
        scale=MINUTES_AS_HOURS,
        decimals=1,
    )
)
declare(
    Indicator(
        key="hours_per_volunteer",
        section="volunteers",
        name=("人均服务时长", "Hours per active volunteer"),
        unit=("小时", "hours"),
        definition=(
            "志愿服务时长 ÷ 活跃志愿者人数。",
            "Volunteer service hours ÷ active volunteers.",
        ),
        reads=("volunteer_shift", "volunteer", "person"),
        breakdowns=("gender", "age_band"),
        ratio=(service_minutes, confirmed_shifts),
        scale=MINUTES_AS_HOURS,
        decimals=1,
    )
)
declare(
    Indicator(
        key="teams",
        section="volunteers",
        name=("志愿服务队伍", "Volunteer teams"),
        unit=("支", "teams"),
        definition=(
            f"{_STOCK[0]}已建立的志愿服务队伍数：建档、最早有成员加入或最早开展活动在期末之前；已删除的不计。",
            f"Volunteer teams set up {_STOCK[1]}: recorded, first joined by a member or first active before the "
            "end; deleted ones are not counted.",
        ),
        reads=("volunteer_team",),
        breakdowns=(),
        count=teams,
    )
)
declare(
    Indicator(
        key="projects",
        section="volunteers",
        name=("志愿服务项目", "Volunteer projects"),
        unit=("个", "projects"),
        definition=(
            f"{_STOCK[0]}已建立的志愿服务项目数：建档或最早开展活动在期末之前；已删除的不计。",
            f"Volunteer projects set up {_STOCK[1]}: recorded or first active before the end; deleted ones are "
            "not counted.",
        ),
        reads=("volunteer_project", "volunteer_team"),
        breakdowns=("team",),
        count=projects,
    )
)
declare(
    Indicator(
        key="activities",
        section="volunteers",
        name=("开展活动", "Activities held"),
        unit=("场", "activities"),
        definition=("期内举办日期在期间内的活动场次。", "Activities held in the period."),
        reads=("activity", "volunteer_project", "volunteer_team"),
        breakdowns=("activity_team", "project", "activity_kind"),
        count=activities,
    )
)
declare(
    Indicator(
        key="activity_participants",
        section="volunteers",
        name=("活动参与人次", "Activity participants"),
        unit=("人次", "person-times"),
        definition=(
            "期内活动中签到到场的人次（服务对象和志愿者），未到场或未录入签到的不计。",
            "Person-times present at the period's activities (people served and volunteers); absences and "
            "sheets not yet entered are not counted.",
        ),
        reads=("activity_participant", "activity", "person"),
        breakdowns=("role", "group", "gender", "age_band"),
        count=participants,
    )
)
declare(
    Indicator(
        key="certificates_issued",
        section="volunteers",
        name=("开具志愿服务证明", "Certificates issued"),
        unit=("份", "certificates"),
        definition=(
            "期内开具的志愿服务证明份数（按开具日期）；已作废的不计，补打不重复计。",
            "Volunteer service certificates issued in the period (by issue date); voided ones are not counted "
            "and reprints are not counted again.",
        ),
        reads=("volunteer_certificate", "volunteer", "person"),
        breakdowns=("gender", "age_band"),
        count=certificates,
    )
)
declare(
    Indicator(
        key="trainings",
        section="volunteers",
        name=("志愿者培训", "Trainings"),
        unit=("场", "trainings"),
        definition=(
            "期内的培训场次：同一天的同一课程计一场，不论参训人数。",
            "Trainings in the period: one course on one day counts once, however many volunteers attended.",
        ),
        reads=("volunteer_training", "volunteer"),
        breakdowns=(),
        count=trainings,
    )
)
declare(
    Indicator(
        key="people_trained",
        section="volunteers",
        name=("培训人数", "People trained"),
        unit=("人", "people"),
        definition=(
            "期内至少参加一次培训的不同志愿者人数。",
            "Distinct volunteers who attended at least one training in the period.",
        ),
        reads=("volunteer_training", "volunteer", "person"),
        breakdowns=("gender", "age_band"),
        count=people_trained,
    )
)
