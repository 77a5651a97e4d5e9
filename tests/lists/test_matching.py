"""Matching: the score's parts (domain) and the suggestions a station gets for a need, and the other way round."""

from datetime import date, datetime, time

import pytest

from stationdesk.domain import matching
from stationdesk.domain.matching import Availability, CandidateFacts, NeedFacts
from stationdesk.errors import ValidationError
from stationdesk.services import dispatch, needs
from stationdesk.services import matching as matching_service


def test_a_window_fits_the_weekdays_and_hours_or_is_unknown():
    weekday_mornings = Availability(weekdays="12345", from_time=time(8, 0), to_time=time(12, 0))
    saturday = datetime(2026, 6, 20, 9, 0)  # a Saturday
    assert matching.fits_window(weekday_mornings, saturday, datetime(2026, 6, 20, 11, 0)) is False
    assert matching.fits_window(weekday_mornings, saturday, datetime(2026, 6, 22, 9, 30)) is True  # Monday morning
    assert matching.fits_window(weekday_mornings, datetime(2026, 6, 22, 14, 0), None) is False  # afternoon only
    assert matching.fits_window(Availability(), saturday, None) is None
    assert matching.fits_window(weekday_mornings, None, None) is None
    july_only = Availability(dates=(date(2026, 7, 1),), valid_to=date(2026, 12, 31))
    assert matching.fits_window(july_only, datetime(2026, 6, 30, 8, 0), datetime(2026, 7, 2, 8, 0)) is True
    assert matching.fits_window(july_only, datetime(2026, 6, 30, 8, 0), datetime(2026, 6, 30, 18, 0)) is False


def test_every_part_of_a_score_is_named_with_its_points():
    need = NeedFacts("助医", "elder", "星湖社区", 78, datetime(2026, 6, 22, 9, 0), datetime(2026, 6, 22, 11, 0))
    good = CandidateFacts(
        matching.SERVICE,
        "s1",
        "陪同就医",
        categories=("助医",),
        target_groups=("elder",),
        min_age=60,
        area=("星湖社区",),
        availability=Availability(weekdays="12345"),
        remaining=3,
        unit="人次",
        rating_count=2,
        rating_average=5.0,
        served_before=3,
    )
    scored = matching.score(need, good)
    assert [(p.code, p.points) for p in scored.parts] == [
        ("category", 40),
        ("experience", 6),
        ("group", 15),
        ("age_ok", 5),
        ("area", 15),
        ("time_ok", 10),
        ("capacity", 10),
        ("free", 5),
        ("rating", 10),
    ]
    assert scored.score == sum(p.points for p in scored.parts) == 116
    poor = CandidateFacts(
        matching.RESOURCE,
        "r1",
        "儿童之家",
        categories=("课业辅导",),
        target_groups=("child",),
        max_age=14,
        area=("城东社区",),
        remaining=0,
        open_dispatches=7,
    )
    assert [(p.code, p.points) for p in matching.score(need, poor).parts] == [
        ("no_category", -30),
        ("group_other", -15),
        ("age_out", -40),
        ("area_out", -10),
        ("full", -25),
        ("load", -15),
    ]
    volunteer = CandidateFacts(matching.VOLUNTEER, "v1", "陈建华", skills=("驾驶", "摄影"), home_community="星湖社区")
    assert [p.code for p in matching.score(need, volunteer).parts] == ["skill", "neighbour", "free"]
    ranked = matching.rank(need, [poor, volunteer, good])
    assert [s.key for s in ranked] == ["s1", "v1", "r1"]


def test_suggestions_for_a_need_rank_every_kind_and_explain_themselves(lists):
    need = lists.run(
        needs.create_need,
        needs.NeedInput(
            category="助医",
            person_id=lists.elder_id,
            wanted_from=datetime(2026, 6, 17, 9, 0),  # a Wednesday morning
            wanted_to=datetime(2026, 6, 17, 11, 0),
        ),
    )
    rows = lists.run(matching_service.suggestions_for, need.id)
    by_kind = {(r.suggestion.kind, r.suggestion.name): r for r in rows}
    assert set(by_kind) == {
        ("service", "陪同就医"),
        ("resource", "社区卫生站义诊"),
        ("team", "邻里情"),
        ("volunteer", "陈建华"),
    }
    assert rows[0].suggestion.name == "陪同就医"
    assert [r.suggestion.score for r in rows] == sorted((r.suggestion.score for r in rows), reverse=True)
    service = by_kind[("service", "陪同就医")]
    assert "提供“助医”服务 +40" in service.reasons and "尚余 4 人次 +10" in service.reasons
    assert "年龄 78 岁符合条件（≥60 岁） +5" in service.reasons
    assert "期望时间内可以服务 +10" in service.reasons
    assert "志愿者特长：医疗护理、驾驶 +30" in by_kind[("volunteer", "陈建华")].reasons
    assert by_kind[("resource", "社区卫生站义诊")].detail == "星湖社区卫生服务站"


def test_open_dispatches_and_past_ratings_move_a_candidate(lists):
    first = lists.run(needs.create_need, needs.NeedInput(category="助医", person_id=lists.elder_id))
    lists.run(dispatch.dispatch_need, first.id, (dispatch.DispatchTarget("resource", lists.clinic_id, quantity=2),))
    second = lists.run(needs.create_need, needs.NeedInput(category="助医", person_id=lists.elder_id))
    clinic = next(r for r in lists.run(matching_service.suggestions_for, second.id) if r.suggestion.kind == "resource")
    assert "在办派单 1 件 -3" in clinic.reasons and "容量已满 -25" in clinic.reasons


def test_closed_needs_get_no_suggestions(lists):
    need = lists.run(needs.create_need, needs.NeedInput(category="助医", person_id=lists.elder_id))
    lists.run(needs.change_state, need.id, "withdrawn", "", "")
    with pytest.raises(ValidationError) as caught:
        lists.run(matching_service.suggestions_for, need.id)
    assert caught.value.code == "match.need_closed"


def test_a_resource_finds_the_open_needs_it_could_answer(lists):
    add = lambda **v: lists.run(needs.create_need, needs.NeedInput(**v))  # noqa: E731
    checks = add(category="健康监测", person_id=lists.elder_id, found_on=date(2026, 6, 1))
    add(category="健康监测", group_name="江滨社区老人", community="江滨社区")  # outside the clinic's area
    add(category="课业辅导", person_id=lists.child_id)  # not what it offers
    rows = lists.run(matching_service.needs_for_offer, "resource", lists.clinic_id)
    assert [r.need.id for r in rows] == [checks.id]
    assert "服务范围含星湖社区 +15" in rows[0].reasons
