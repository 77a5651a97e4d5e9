"""Every indicator on the hand-built May (tests/statistics/conftest.py): deleted records, the period's
edges, people in several groups, volunteers in two teams — each figure and its breakdowns known."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from may_scenario import APRIL, EXPECTED, MAY

from stationdesk.domain.periods import parse_period
from stationdesk.domain.visit_plan import next_reassessment
from stationdesk.services.statistics import framework, report
from stationdesk.services.statistics.elderly import last_day_not_yet_due


@pytest.fixture
def may_report(may):
    database, _ = may
    with database.session() as session:
        return report.station_report(session, parse_period(MAY), with_breakdowns=True)


def test_every_declared_indicator_has_a_known_answer():
    assert [i.key for i in framework.indicators()] == list(EXPECTED)


@pytest.mark.parametrize("key", list(EXPECTED))
def test_each_indicator_counts_may_and_april(may_report, key):
    figure = may_report.figure(key)
    assert (figure.value, figure.previous) == EXPECTED[key]
    assert figure.definition and figure.unit and figure.name


def _breakdown(report_, key: str, split: str) -> dict:
    """The period's categories; those only the previous period had (shown as 0 beside it) left out."""
    figure = report_.figure(key)
    found = next(b for b in figure.breakdowns if b.key == split)
    return {c.key: c.value for c in found.categories if c.value or not c.previous}


def test_a_person_in_several_groups_counts_in_each_group_and_once_in_the_total(may_report):
    assert _breakdown(may_report, "people_served", "group") == {
        "elder": 2,
        "child": 2,
        "new_employment": 0,
        "difficulty": 3,
        "disabled": 1,
    }
    assert _breakdown(may_report, "services_given", "group") == {
        "elder": 6,
        "child": 5,
        "new_employment": 0,
        "difficulty": 9,
        "disabled": 2,
    }
    assert _breakdown(may_report, "services_given", "source") == {"visit": 4, "tutoring": 4, "activity": 3}


def test_people_break_down_by_community_gender_and_age_on_the_last_day(may_report):
    assert _breakdown(may_report, "people_served", "community") == {"城东社区": 2, "睦岗社区": 1, None: 1}
    assert _breakdown(may_report, "people_served", "gender") == {"M": 2, "F": 2}
    # 王秀英 turns 86 on 05-31 itself; 李建国 is 69 until 06-01
    assert _breakdown(may_report, "people_served", "age_band") == {"0-13": 1, "14-17": 1, "60-69": 1, "80+": 1}
    names = {c.key: c.name for c in may_report.figure("people_served").breakdowns[1].categories}
    assert names[None] == "未填写"


def test_a_volunteer_in_two_teams_counts_in_both_and_once_in_the_total(may_report):
    figure = may_report.figure("volunteers_registered")
    by_team = next(b for b in figure.breakdowns if b.key == "team")
    assert {c.name: c.value for c in by_team.categories} == {"邻里情": 2, "同心圆": 1, "未加入队伍": 0}
    assert {c.name: c.previous for c in by_team.categories} == {"邻里情": 1, "同心圆": 1, "未加入队伍": 1}
    assert figure.value == 2
    active = _breakdown(may_report, "volunteers_active", "team")
    assert sorted(active.values()) == [1, 2]


def test_hours_go_to_the_team_of_the_activity_or_its_project(may_report):
    figure = may_report.figure("service_hours")
    by_team = next(b for b in figure.breakdowns if b.key == "activity_team")
    assert {c.name: c.value for c in by_team.categories} == {"邻里情": 2.0, "未归属队伍": 2.0}


def test_levels_and_kinds_are_named_and_fixed_categories_always_shown(may_report):
    levels = next(b for b in may_report.figure("elders_by_level").breakdowns if b.key == "level")
    assert [(c.name, c.value, c.previous) for c in levels.categories] == [
        ("能力完好", 1, 1),
        ("轻度失能", 1, 2),
        ("中度失能", 1, 0),
        ("重度失能", 1, 1),
        ("完全失能", 0, 0),
    ]
    assert _breakdown(may_report, "visits", "visit_kind") == {"上门走访": 2, "电话问候": 1, "到站服务": 1}
    assert _breakdown(may_report, "assessments_done", "assessment_reason") == {"复评": 1}
    assert _breakdown(may_report, "attendance_rate", "class_kind") == {"小组": 60.0, "一对一": 100.0}


def test_the_change_is_against_the_previous_period(may_report):
    assert may_report.figure("visits").change == 100.0
    assert may_report.figure("attendance_rate").change == round((66.6667 - 100) / 100 * 100, 1)
    assert may_report.figure("certificates_issued").change is None  # nothing to compare with
    assert may_report.period.label == MAY and may_report.previous_period.label == APRIL


def test_a_quarter_and_a_range_count_the_same_records(may):
    database, _ = may
    with database.session() as session:
        quarter = report.station_report(session, parse_period("2026-Q2"))
        spring = report.station_report(session, parse_period("2026-04..2026-05"))
    assert quarter.figure("visits").value == 7  # April 2, May 4, June 1
    assert spring.figure("visits").value == 6
    assert spring.previous_period.label == "2026-02-01..2026-03-31"


def test_reassessment_cutoff_matches_the_elders_page_rule():
    start = date(2024, 1, 1)
    for offset in range(0, 800, 7):
        reading_day = start + timedelta(days=offset)
        cutoff = last_day_not_yet_due(reading_day)
        for day in (cutoff - timedelta(days=1), cutoff, cutoff + timedelta(days=1)):
            assert (day <= cutoff) == (next_reassessment(day, None, reading_day) < reading_day)


def test_the_drill_down_lists_the_counted_records_with_children_by_alias(may):
    database, _ = may
    with database.session() as session:
        page = report.drill_down(session, "services_given", parse_period(MAY), "group", "child")
        visits = report.drill_down(session, "visits", parse_period(MAY), "visit_kind", "上门走访")
        nobody = report.drill_down(session, "people_served", parse_period(MAY), "community", None)
    assert page.total == 5 and len(page.entries) == 5
    names = {row[1] for row in page.entries}
    assert names == {"小星", "林小红"}  # 陈小明 is shown by alias
    assert page.entries[0][0] == "2026-05-31"  # newest first
    assert visits.total == 2 and {row[1] for row in visits.entries} == {"王秀英", "李建国"}
    assert {row[1] for row in nobody.entries} == {"林小红"}
    assert report.drill_columns("visits")[:2] == ("日期", "姓名")


def test_a_drill_down_into_a_breakdown_the_indicator_does_not_have_is_refused(may):
    from stationdesk.errors import ValidationError

    database, _ = may
    with database.session() as session, pytest.raises(ValidationError) as raised:
        report.drill_down(session, "teams", parse_period(MAY), "group", "elder")
    assert "没有" in str(raised.value)


def test_each_declaration_offers_the_breakdowns_it_names():
    tables = framework.station_tables()
    span = framework.Span(date(2026, 5, 1), date(2026, 5, 31), date(2026, 5, 31))
    for item in framework.indicators():
        for fact in item.facts(tables, span):
            assert set(item.breakdowns) <= set(fact.splits), item.key
            assert fact.listing, item.key
        assert set(item.reads) <= set(framework.BREAKDOWNS) | set(tables._tables), item.key
        assert all(split in framework.BREAKDOWNS for split in item.breakdowns), item.key


def test_a_trend_has_each_months_figure(may):
    database, _ = may
    with database.session() as session:
        engine = report.station_engine(session)
        trend = report.indicator_trend(engine, framework.indicator("visits"), parse_period(MAY), 3)
        rate = report.indicator_trend(engine, framework.indicator("attendance_rate"), parse_period("2026-06"), 3)
    assert [(p.label, p.value) for p in trend] == [("2026-03", 0), ("2026-04", 2), ("2026-05", 4)]
    assert [p.value for p in rate] == [100.0, 66.6667, None]  # no attendance recorded in June


def test_needs_break_down_by_category_group_urgency_and_state(may_report):
    assert _breakdown(may_report, "needs_raised", "need_group") == {"elder": 5, "new_employment": 1}
    assert _breakdown(may_report, "needs_raised", "urgency") == {"urgent": 1, "normal": 5}
    assert _breakdown(may_report, "needs_raised", "need_state") == {
        "rated": 2,
        "in_service": 1,
        "pending": 1,
        "rejected": 1,
        "withdrawn": 1,
    }
    # met by the day completed, whenever found: the child's need found in April is May's
    # (a category of the month's closed needs shows as 0 where none was met)
    assert _breakdown(may_report, "needs_met", "need_category") == {"助餐": 1, "助医": 1, "课业辅导": 1, "其他": 0}
    assert _breakdown(may_report, "needs_overdue", "urgency") == {"urgent": 1, "normal": 1}
    names = {c.key: c.name for c in may_report.figure("needs_raised").breakdowns[1].categories}
    assert names["new_employment"] == "新就业群体"


def test_the_needs_drill_down_names_the_person_or_the_group_and_the_local_time(may):
    database, _ = may
    with database.session() as session:
        met = report.drill_down(session, "needs_met", parse_period(MAY))
        overdue = report.drill_down(session, "needs_overdue", parse_period(MAY))
    assert met.total == 3 and [row[0] for row in met.entries] == [
        "2026-05-25 12:00",
        "2026-05-06 12:00",
        "2026-05-04 12:00",
    ]
    assert {row[2] for row in met.entries} == {"王秀英", "李建国", "小星"}  # the child by alias
    assert {row[2] for row in overdue.entries} == {"外卖骑手", "赵桂兰"}
    assert report.drill_columns("needs_open")[:2] == ("办结期限", "需求编号")


def test_people_named_in_service_records_are_people_served(may):
    database, _ = may
    with database.session() as session:
        june = report.station_report(session, parse_period("2026-06"), with_breakdowns=True)
    assert june.figure("people_served").value == 3  # 王秀英 visited; 赵桂兰 and 陈小明 in a service record
    assert _breakdown(june, "services_given", "source") == {"visit": 1, "service": 2}
