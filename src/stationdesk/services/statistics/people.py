"""People served (服务人数) and services given (服务人次), and the breakdowns every figure about people
shares: group (老/小/新/困/残, by ``domain.groups``), community, gender and age band.

A service given is one of: a visit to an elder, a child present at a tutoring session, a person
served who came to an activity, a person named in a service record (服务记录 of the three lists).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import and_, case, or_, select, union_all
from sqlalchemy.sql.elements import ColumnElement

from stationdesk.domain.groups import CHILD, ELDER, GROUP_TAGS, GROUPS
from stationdesk.domain.tutoring import PRESENT
from stationdesk.services.statistics.framework import (
    COUNT,
    DISTINCT,
    Among,
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
    text_literal,
)

declare_section("people", 10, ("服务对象", "People served"))

_GROUP_EN = {
    ELDER: "Elderly",
    CHILD: "Children",
    "new_employment": "New-employment workers",
    "difficulty": "People in difficulty",
    "disabled": "Disabled people",
}
GROUP_NAMES = {code: (name, _GROUP_EN[code]) for code, (name, _) in GROUPS.items()}
declare_breakdown(Breakdown("group", ("按群体", "By group"), GROUP_NAMES))
declare_breakdown(Breakdown("community", ("按社区", "By community")))
declare_breakdown(Breakdown("gender", ("按性别", "By gender"), {"M": ("男", "Male"), "F": ("女", "Female")}))
# (code, youngest age, oldest age or None); the bands of the 民政 forms, with 14 for PIPL's children
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-13", 0, 13),
    ("14-17", 14, 17),
    ("18-59", 18, 59),
    ("60-69", 60, 69),
    ("70-79", 70, 79),
    ("80+", 80, None),
)
declare_breakdown(
    Breakdown(
        "age_band",
        ("按年龄段", "By age band"),
        {
            code: ((f"{low}–{high} 岁", f"{low}–{high}") if high is not None else (f"{low} 岁及以上", f"{low}+"))
            for code, low, high in AGE_BANDS
        },
        missing=("年龄不详", "Age unknown"),
    )
)
SOURCES = {
    "visit": ("探访", "Visits"),
    "tutoring": ("课业辅导", "Tutoring"),
    "activity": ("活动", "Activities"),
    "service": ("服务记录", "Service records"),
}
declare_breakdown(Breakdown("source", ("按服务类型", "By kind of service"), SOURCES))


def group_conditions(person) -> tuple[tuple[str, ColumnElement[bool]], ...]:
    """``domain.groups.groups_of`` in SQL: the roles place elders and children, registry tags (stored
    as "|tag1|tag2|") the other groups."""
    conditions = []
    for code in GROUPS:
        parts = [person.c.tags.like(f"%|{tag}|%") for tag in GROUP_TAGS.get(code, ())]
        if code == ELDER:
            parts.append(person.c.is_elder.is_(True))
        if code == CHILD:
            parts.append(person.c.is_child.is_(True))
        conditions.append((code, or_(*parts)))
    return tuple(conditions)


def years_before(day: date, years: int) -> date:
    """The last birth date of someone who is ``years`` old on ``day`` (29 February falls back to the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_band(person, on: date) -> ColumnElement:
    """The person's age band on ``on``, from the birth date (NULL when it is not known)."""
    whens = [(person.c.birth_date <= years_before(on, low), code) for code, low, _ in reversed(AGE_BANDS) if low > 0]
    return case((person.c.birth_date.is_(None), None), *whens, else_=AGE_BANDS[0][0])


def person_is_live(t: Tables, person_id) -> ColumnElement[bool]:
    """The person a record is about is not a tombstone. Written as NOT IN the few deleted people, so a
    month of records is read from its own index without a look-up in the registry for each."""
    p = t.person
    return person_id.not_in(select(p.c.id).where(p.c.deleted == True))  # noqa: E712 - the hub's partial index


def person_join(t: Tables, person_id) -> tuple:
    return ((t.person, t.person.c.id == person_id),)


def person_splits(person, span: Span, joins: tuple = ()) -> dict[str, By | Among]:
    """Group, community, gender and age band of ``person`` (a table, or a subquery with its columns);
    ``joins``: how the counted records reach it."""
    return {
        "group": Among(group_conditions(person), joins=joins),
        "community": By(person.c.community, joins=joins),
        "gender": By(person.c.gender, joins=joins),
        "age_band": By(age_band(person, span.as_of), joins=joins),
    }


PERSON_BREAKDOWNS = ("group", "community", "gender", "age_band")


def shown_name(person) -> ColumnElement:
    """A person as lists outside their own page name them: a child by alias (化名) where one is set."""
    return case((and_(person.c.is_child.is_(True), person.c.alias != ""), person.c.alias), else_=person.c.name)


def person_columns(person) -> tuple[Shown, ...]:
    return (
        Shown(("姓名", "Name"), shown_name(person)),
        Shown(("社区", "Community"), person.c.community),
        Shown(("性别", "Gender"), person.c.gender, "gender"),
    )


@shared
def service_records(t: Tables, span: Span) -> Fact:
    """Every service given in the period, one row each: (person, day, kind of service, origin)."""
    v, ap, act = t.visit, t.activity_participant, t.activity
    a, s, c = t.tutoring_attendance, t.tutoring_session, t.tutoring_class
    sr, srp = t.service_record, t.service_record_person
    visits = select(
        v.c.elder_id.label("person_id"),
        v.c.visited_on.label("day"),
        text_literal("visit").label("source"),
        v.c.origin_station.label("origin"),
    ).where(live(v), v.c.visited_on.between(span.start, span.end))
    tutoring = (
        select(a.c.child_id, s.c.day, text_literal("tutoring"), a.c.origin_station)
        .select_from(a.join(s, s.c.id == a.c.session_id).join(c, c.c.id == s.c.class_id))
        .where(live(a), live(s), live(c), a.c.status.in_(sorted(PRESENT)), s.c.day.between(span.start, span.end))
    )
    activities = (
        select(ap.c.person_id, act.c.held_on, text_literal("activity"), ap.c.origin_station)
        .select_from(ap.join(act, act.c.id == ap.c.activity_id))
        .where(
            live(ap),
            live(act),
            ap.c.role == "served",
            ap.c.attended.is_(True),
            act.c.held_on.between(span.start, span.end),
        )
    )
    served = (
        select(srp.c.person_id, sr.c.served_on, text_literal("service"), srp.c.origin_station)
        .select_from(srp.join(sr, sr.c.id == srp.c.record_id))
        .where(live(srp), live(sr), sr.c.served_on.between(span.start, span.end))
    )
    given = union_all(visits, tutoring, activities, served).subquery("service_given")
    p, joins = t.person, person_join(t, given.c.person_id)
    return Fact(
        source=given,
        where=(person_is_live(t, given.c.person_id),),
        origin=given.c.origin,
        measure=COUNT,
        value=given.c.person_id,  # what people_served counts once each
        splits={**person_splits(p, span, joins), "source": By(given.c.source)},
        listing_joins=joins,
        listing=(
            Shown(("日期", "Date"), given.c.day, "date"),
            *person_columns(p),
            Shown(("服务", "Service"), given.c.source, "source"),
        ),
        order_by=(given.c.day.desc(), p.c.name_pinyin),
    )


def people_served(t: Tables, span: Span) -> Fact:
    return replace(service_records(t, span), measure=DISTINCT)


SERVICE_TABLES = (
    "visit",
    "tutoring_attendance",
    "tutoring_session",
    "tutoring_class",
    "activity_participant",
    "activity",
    "service_record",
    "service_record_person",
    "person",
)
_WHAT_COUNTS = (
    "探访老人（每次探访）、课业辅导到课的儿童（出勤、迟到、早退）、参加活动的服务对象（签到到场）、服务记录中的服务对象",
    "elders visited (each visit), children present at tutoring (present, late or left early), people "
    "served who came to an activity and the people named in service records",
)
declare(
    Indicator(
        key="people_served",
        section="people",
        name=("服务人数", "People served"),
        unit=("人", "people"),
        definition=(
            f"期内得到服务的不同人数：{_WHAT_COUNTS[0]}。同一人多次服务只计一次；已删除的记录和人员不计。"
            "一人属于多个群体时在每个群体中各计一次。",
            f"Distinct people served in the period: {_WHAT_COUNTS[1]}. A person served several times counts once; "
            "deleted records and people are not counted. A person in several groups counts in each.",
        ),
        reads=SERVICE_TABLES,
        breakdowns=(*PERSON_BREAKDOWNS, "source"),
        count=people_served,
    )
)
declare(
    Indicator(
        key="services_given",
        section="people",
        name=("服务人次", "Services given"),
        unit=("人次", "person-times"),
        definition=(
            f"期内服务的人次：{_WHAT_COUNTS[0]}，每次各计一人次；已删除的记录和人员不计。",
            f"Person-times served in the period: {_WHAT_COUNTS[1]}, one each time; deleted records and people "
            "are not counted.",
        ),
        reads=SERVICE_TABLES,
        breakdowns=(*PERSON_BREAKDOWNS, "source"),
        count=service_records,
    )
)
