"""Elderly care figures: elders visited, visits (by kind), visit satisfaction, assessments done, elders by
ability level (能力完好 … 完全失能) and reassessments overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import Integer, String, cast, exists, func, or_, select

from stationdesk.domain.ability_assessment import LEVEL_NAMES, LEVEL_NAMES_EN
from stationdesk.domain.visit_plan import REASSESS_MONTHS, add_months
from stationdesk.services.assessments import FINAL, REASONS
from stationdesk.services.statistics.framework import (
    COUNT,
    DISTINCT,
    Breakdown,
    By,
    Fact,
    Indicator,
    Shown,
    Span,
    Tables,
    date_from_text,
    declare,
    declare_breakdown,
    declare_section,
    live,
    named,
    shared,
)
from stationdesk.services.statistics.people import person_columns, person_is_live, person_join, person_splits
from stationdesk.services.visits import SATISFACTION, VISIT_KINDS

declare_section("elderly", 20, ("养老服务", "Elderly care"))

_KIND_EN = ("Home visit", "Phone call", "Service at the station", "Visit by proxy")
declare_breakdown(
    Breakdown("visit_kind", ("按探访方式", "By kind of visit"), named(VISIT_KINDS, _KIND_EN)),
)
declare_breakdown(
    Breakdown(
        "satisfaction",
        ("按满意度", "By satisfaction"),
        named(SATISFACTION, ("Satisfied", "Fairly satisfied", "Not satisfied")),
        missing=("未评价", "Not rated"),
    )
)
declare_breakdown(
    Breakdown(
        "level",
        ("按能力等级", "By ability level"),
        {level: (zh, en) for level, (zh, en) in enumerate(zip(LEVEL_NAMES, LEVEL_NAMES_EN, strict=True))},
    )
)
_REASON_EN = ("First", "Routine", "Immediate", "Reassessment")
declare_breakdown(Breakdown("assessment_reason", ("按评估原因", "By reason"), named(REASONS, _REASON_EN)))
SATISFIED = ("满意", "基本满意")


@shared
def visit_records(t: Tables, span: Span) -> Fact:
    v, joins = t.visit, person_join(t, t.visit.c.elder_id)
    return Fact(
        source=v,
        where=(live(v), v.c.visited_on.between(span.start, span.end), person_is_live(t, v.c.elder_id)),
        origin=v.c.origin_station,
        measure=COUNT,
        value=v.c.elder_id,
        splits={
            "visit_kind": By(v.c.kind),
            "satisfaction": By(v.c.satisfaction),
            **person_splits(t.person, span, joins),
        },
        listing=(
            Shown(("日期", "Date"), v.c.visited_on, "date"),
            *person_columns(t.person),
            Shown(("方式", "Kind"), v.c.kind, "visit_kind"),
            Shown(("满意度", "Satisfaction"), v.c.satisfaction, "satisfaction"),
        ),
        order_by=(v.c.visited_on.desc(), v.c.start_time.desc()),
        listing_joins=joins,
    )


def elders_visited(t: Tables, span: Span) -> Fact:
    return replace(visit_records(t, span), measure=DISTINCT)


def rated_visits(t: Tables, span: Span) -> Fact:
    return replace(visit_records(t, span), only=t.visit.c.satisfaction != "")


def satisfied_visits(t: Tables, span: Span) -> Fact:
    return replace(visit_records(t, span), only=t.visit.c.satisfaction.in_(SATISFIED))


def assessments_done(t: Tables, span: Span) -> Fact:
    a, joins = t.assessment, person_join(t, t.assessment.c.elder_id)
    return Fact(
        source=a,
        where=(
            live(a),
            a.c.status == FINAL,
            a.c.assessed_on.between(span.start, span.end),
            person_is_live(t, a.c.elder_id),
        ),
        origin=a.c.origin_station,
        measure=COUNT,
        splits={
            "level": By(a.c.level),
            "assessment_reason": By(a.c.reason),
            **person_splits(t.person, span, joins),
        },
        listing=(
            Shown(("评估日期", "Assessed on"), a.c.assessed_on, "date"),
            *person_columns(t.person),
            Shown(("原因", "Reason"), a.c.reason, "assessment_reason"),
            Shown(("总分", "Total"), a.c.total, "number"),
            Shown(("能力等级", "Level"), a.c.level, "level"),
        ),
        order_by=(a.c.assessed_on.desc(), a.c.id),
        listing_joins=joins,
    )


def last_day_not_yet_due(on: date) -> date:
    """The latest assessment date whose routine reassessment (``REASSESS_MONTHS`` later, as
    ``domain.visit_plan.next_reassessment`` counts) falls before ``on``: assessed on or before it is overdue."""
    day = add_months(on, -REASSESS_MONTHS)
    while add_months(day, REASSESS_MONTHS) >= on:
        day -= timedelta(days=1)
    while add_months(day + timedelta(days=1), REASSESS_MONTHS) < on:
        day += timedelta(days=1)
    return day


@shared
def _assessed_elders(t: Tables, span: Span):
    """Every living elder with a completed assessment on the reading day, with the latest one's date
    and level (of two finals on one day, the higher level), and the condition "reassessment overdue".

    Counted from the assessments in elder order (two passes over their index, no look-up per elder),
    so a stock figure over tens of thousands of elders stays cheap."""
    a, p, v = t.assessment, t.person, t.visit
    on = span.as_of
    # the latest date and, of two finals on that day, the higher level, in one pass over the index in
    # elder order: the largest "date level total" text ("2026-05-10" + "2" + "70"); dates are ISO text
    # in SQLite and cast to ISO text in PostgreSQL, levels are one digit
    packed = func.max(cast(a.c.assessed_on, String) + cast(a.c.level, String) + cast(a.c.total, String))
    best = (
        select(a.c.elder_id, a.c.origin_station, packed.label("packed"))
        .where(a.c.deleted.is_(False), a.c.status == FINAL, a.c.assessed_on <= on)
        .group_by(a.c.elder_id, a.c.origin_station)
        .subquery("best")
    )
    latest = select(
        best.c.elder_id,
        best.c.origin_station,
        date_from_text(func.substr(best.c.packed, 1, 10)).label("on"),
        cast(func.substr(best.c.packed, 11, 1), Integer).label("level"),
        cast(func.substr(best.c.packed, 12), Integer).label("total"),
    ).subquery("latest_assessment")
    elders = select(p.c.id).where(p.c.deleted.is_(False), p.c.is_elder.is_(True))
    joins = person_join(t, latest.c.elder_id)
    # the reassessment rule of the elder's page on the reading day: six months after the last
    # assessment, or at once when a later visit reported a change in ability (a small partial index)
    change_reported = exists().where(
        v.c.elder_id == latest.c.elder_id,
        v.c.ability_changed == True,  # noqa: E712 - "= 1", the partial index's own condition
        live(v),
        v.c.visited_on > latest.c.on,
        v.c.visited_on < on,
    )
    fact = Fact(
        source=latest,
        where=(latest.c.elder_id.in_(elders),),
        origin=latest.c.origin_station,
        measure=COUNT,
        splits={"level": By(latest.c.level), **person_splits(p, span, joins)},
        listing=(
            Shown(("最近评估", "Last assessed"), latest.c.on, "date"),
            *person_columns(p),
            Shown(("总分", "Total"), latest.c.total, "number"),
            Shown(("能力等级", "Level"), latest.c.level, "level"),
        ),
        order_by=(latest.c.on, p.c.name_pinyin),
        listing_joins=joins,
    )
    return fact, or_(latest.c.on <= last_day_not_yet_due(on), change_reported)


def elders_by_level(t: Tables, span: Span) -> Fact:
    return _assessed_elders(t, span)[0]


def reassessments_overdue(t: Tables, span: Span) -> Fact:
    fact, overdue = _assessed_elders(t, span)
    return replace(fact, only=overdue, splits={k: s for k, s in fact.splits.items() if k != "level"})


declare(
    Indicator(
        key="elders_visited",
        section="elderly",
        name=("探访老人数", "Elders visited"),
        unit=("人", "elders"),
        definition=(
            "期内至少有一次探访记录（上门、电话、到站或委托探访）的不同老人数；已删除的记录和人员不计。",
            "Distinct elders with at least one visit (home, phone, at the station or by proxy) in the period; "
            "deleted records and people are not counted.",
        ),
        reads=("visit", "person"),
        breakdowns=("visit_kind", "community", "gender", "age_band"),
        count=elders_visited,
    )
)
declare(
    Indicator(
        key="visits",
        section="elderly",
        name=("探访次数", "Visits"),
        unit=("次", "visits"),
        definition=(
            "期内登记的探访记录条数，按探访日期计；已删除的记录和人员不计。",
            "Visit records dated in the period; deleted records and people are not counted.",
        ),
        reads=("visit", "person"),
        breakdowns=("visit_kind", "satisfaction", "community", "gender", "age_band"),
        count=visit_records,
    )
)
declare(
    Indicator(
        key="visit_satisfaction",
        section="elderly",
        name=("探访满意率", "Visit satisfaction"),
        unit=("%", "%"),
        definition=(
            "期内有满意度评价的探访中，评为“满意”或“基本满意”的比例；未评价的不计入。",
            "Share of the period's rated visits rated “satisfied” or “fairly satisfied”; unrated visits are left out.",
        ),
        reads=("visit", "person"),
        breakdowns=("visit_kind", "community"),
        ratio=(satisfied_visits, rated_visits),
        scale=100,
        decimals=1,
    )
)
declare(
    Indicator(
        key="assessments_done",
        section="elderly",
        name=("完成能力评估", "Assessments done"),
        unit=("次", "assessments"),
        definition=(
            "期内完成（已定级）的老年人能力评估次数（GB/T 42195-2022），按评估日期计；草稿不计。",
            "Ability assessments (GB/T 42195-2022) completed with a level, dated in the period; drafts are not "
            "counted.",
        ),
        reads=("assessment", "person"),
        breakdowns=("level", "assessment_reason", "community"),
        count=assessments_done,
    )
)
declare(
    Indicator(
        key="elders_by_level",
        section="elderly",
        name=("已评估老人（按能力等级）", "Elders assessed, by ability level"),
        unit=("人", "elders"),
        definition=(
            "截至期末有完成评估的老人数，按各人最近一次评估的能力等级（能力完好 … 完全失能）分列。",
            "Elders with a completed assessment by the end of the period, by the level of each one's latest "
            "assessment (intact … completely impaired).",
        ),
        reads=("assessment", "person"),
        breakdowns=("level", "community", "gender", "age_band"),
        count=elders_by_level,
    )
)
declare(
    Indicator(
        key="reassessments_overdue",
        section="elderly",
        name=("复评逾期老人", "Reassessments overdue"),
        unit=("人", "elders"),
        definition=(
            f"截至期末（当期未结束时为今天）应复评而未评的老人：最近一次评估已满 {REASSESS_MONTHS} 个月，"
            "或其后的探访报告能力有变化；从未评估的老人不计入。",
            f"Elders due for reassessment by the end of the period (today while it runs): last assessed more than "
            f"{REASSESS_MONTHS} months before, or a later visit reported a change in ability; elders never "
            "assessed are not counted.",
        ),
        reads=("assessment", "visit", "person"),
        breakdowns=("community", "gender", "age_band"),
        count=reassessments_overdue,
    )
)
