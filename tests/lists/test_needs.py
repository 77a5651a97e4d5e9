"""Needs: recording with every check, the flow of states with who/when/why, deadlines by urgency, ratings,
the filters of the list and the counts."""

from datetime import date, datetime

import pytest

from stationdesk.domain import needs as rules
from stationdesk.errors import FormErrors, ValidationError
from stationdesk.services import needs, service_records
from stationdesk.services.registry import collect_stats


def _codes(error: FormErrors) -> set[str]:
    return {e.code for e in error.errors}


def test_a_need_of_a_person_takes_the_persons_community_group_and_a_deadline_by_urgency(lists):
    row = lists.run(
        needs.create_need,
        needs.NeedInput(
            category="助医", urgency=rules.URGENT, source="phone", person_id=lists.elder_id, recorded_by="李社工"
        ),
    )
    assert (row.who, row.community, row.target_group) == ("王秀英", "星湖社区", "elder")
    assert row.number == "TEST-001-XQ000001" and row.state == rules.PENDING
    assert (row.found_on, row.due_on) == (date(2026, 6, 15), date(2026, 6, 17))  # urgent: 2 days
    history = lists.run(needs.history_of, row.id)
    assert [(h.from_state, h.to_state, h.changed_by) for h in history] == [("", rules.PENDING, "李社工")]
    assert lists.run(needs.remembered_worker) == "李社工"


def test_a_group_need_has_a_head_count_and_no_person(lists):
    row = lists.run(
        needs.create_need,
        needs.NeedInput(
            category="生活照料",
            source="meeting",
            group_name="星湖社区户外劳动者",
            people_count=40,
            community="星湖社区",
            target_group="new_employment",
            description="夏季需要设置清凉驿站",
        ),
    )
    assert (row.who, row.people_count, row.person_id, row.due_on) == ("星湖社区户外劳动者", 40, None, date(2026, 6, 25))


def test_a_childs_need_shows_the_alias(lists):
    row = lists.run(needs.create_need, needs.NeedInput(category="课业辅导", person_id=lists.child_id))
    assert (row.who, row.is_child, row.target_group) == ("小星", True, "child")


def test_bad_needs_are_refused_with_every_problem_and_nothing_is_stored(lists):
    with pytest.raises(FormErrors) as caught:
        lists.run(
            needs.create_need,
            needs.NeedInput(
                category="",
                urgency="very",
                wanted_from=datetime(2026, 6, 20, 10, 0),
                wanted_to=datetime(2026, 6, 19, 10, 0),
            ),
        )
    assert _codes(caught.value) == {
        "need.category_required",
        "need.who_required",
        "need.urgency_unknown",
        "need.window_order",
    }
    assert "2026-06-19 10:00" in str(caught.value.errors[-1])
    with pytest.raises(FormErrors) as caught:
        lists.run(needs.create_need, needs.NeedInput(category="算命", person_id=lists.elder_id))
    assert _codes(caught.value) == {"need.category_unknown"}
    assert lists.run(needs.count_needs) == 0


def test_the_flow_keeps_who_when_and_why_and_refuses_what_it_does_not_allow(lists):
    need = lists.run(needs.create_need, needs.NeedInput(category="维修", person_id=lists.elder_id))
    with pytest.raises(ValidationError) as caught:
        lists.run(needs.change_state, need.id, rules.REJECTED, "", "李社工")
    assert caught.value.code == "need.reason_required"
    with pytest.raises(ValidationError) as caught:
        lists.run(needs.change_state, need.id, rules.IN_SERVICE, "", "李社工")
    assert caught.value.code == "need.transition" and "待受理" in str(caught.value)
    lists.run(needs.change_state, need.id, rules.ACCEPTED, "", "李社工")
    row = lists.run(needs.change_state, need.id, rules.REJECTED, "已由物业负责维修", "陈社工")
    assert row.state == rules.REJECTED
    history = lists.run(needs.history_of, need.id)
    assert [(h.to_state, h.changed_by, h.reason) for h in history[1:]] == [
        (rules.ACCEPTED, "李社工", ""),
        (rules.REJECTED, "陈社工", "已由物业负责维修"),
    ]
    with pytest.raises(ValidationError):  # a rejected need is finished
        lists.run(needs.change_state, need.id, rules.WITHDRAWN, "", "")


def test_completing_needs_a_service_given_and_rating_needs_completion(lists):
    need = lists.run(needs.create_need, needs.NeedInput(category="精神慰藉", person_id=lists.elder_id))
    lists.run(needs.change_state, need.id, rules.ACCEPTED)
    with pytest.raises(ValidationError) as caught:
        lists.run(needs.complete_need, need.id)
    assert caught.value.code == "need.no_service"
    with pytest.raises(ValidationError) as caught:
        lists.run(needs.rate_need, need.id, 5)
    assert caught.value.code == "need.rating_state"
    lists.run(
        service_records.record_service,
        service_records.ServiceRecordInput(
            served_on=date(2026, 6, 15), category="精神慰藉", person_ids=(lists.elder_id,), need_id=need.id
        ),
    )
    assert lists.run(needs.complete_need, need.id, "李社工").state == rules.COMPLETED
    for bad in (0, 6, "5", True):
        with pytest.raises(ValidationError) as caught:
            lists.run(needs.rate_need, need.id, bad)
        assert caught.value.code == "need.rating_range"
    row = lists.run(needs.rate_need, need.id, 4, "聊得很开心", "李社工")
    assert (row.state, row.rating, row.rating_comment) == (rules.RATED, 4, "聊得很开心")
    row = lists.run(needs.rate_need, need.id, 5, "后来又来看过", "李社工")
    assert row.rating == 5
    assert [h.reason for h in lists.run(needs.history_of, need.id)][-2:] == ["4 比较满意", "4 → 5 满意"]


def test_the_deadline_rule_can_be_changed_for_new_needs(lists):
    with pytest.raises(ValidationError) as caught:
        lists.run(needs.set_deadline_days, {rules.URGENT: 5, rules.NORMAL: 3})
    assert caught.value.code == "need.deadline_order"
    lists.run(needs.set_deadline_days, {rules.URGENT: 1, rules.NORMAL: 5})
    row = lists.run(
        needs.create_need,
        needs.NeedInput(category="助餐", person_id=lists.elder_id, found_on=date(2026, 6, 1)),
    )
    assert row.due_on == date(2026, 6, 6) and row.overdue_days == 9


def test_the_list_filters_and_the_counts(lists):
    def add(**values):
        return lists.run(needs.create_need, needs.NeedInput(**{"person_id": lists.elder_id, **values}))

    late = add(category="助餐", found_on=date(2026, 5, 1))
    urgent = add(category="助医", urgency=rules.URGENT, description="腿脚不便需陪同复诊")
    add(category="课业辅导", person_id=lists.child_id)
    lists.run(needs.change_state, urgent.id, rules.WITHDRAWN, "家属已陪同", "")

    def numbers(**query):
        return [r.number for r in lists.run(needs.search_needs, needs.NeedQuery(**query)).entries]

    assert numbers(overdue_only=True) == [late.number]
    assert numbers(state="open", target_group="elder") == [late.number]
    assert numbers(text="复诊") == [urgent.number]
    assert numbers(text="小星") == ["TEST-001-XQ000003"]
    assert numbers(urgency=rules.URGENT, category="助医") == [urgent.number]
    page = lists.run(needs.search_needs, needs.NeedQuery(community="星湖社区"))
    assert page.total == 3 and [r.found_on for r in page.entries][-1] == date(2026, 5, 1)
    stats = lists.run(collect_stats)
    assert (stats["needs"], stats["needs_open"], stats["needs_overdue"], stats["needs_met"]) == (3, 2, 1, 0)
    home = lists.run(needs.home_needs)
    assert (home.open, home.urgent, home.overdue) == (2, 0, 1) and home.latest[0].id == late.id


def _visit(lists, **more):
    from stationdesk.services.visits import VisitInput

    return VisitInput(
        elder_id=lists.elder_id,
        visited_on=date(2026, 6, 12),
        start_time="09:00",
        end_time="09:40",
        kind="上门走访",
        needs="腿疼想去医院复查；家里水龙头漏水",
        recorder="李社工",
        **more,
    )


def test_a_visit_that_finds_two_needs_makes_both_in_one_step_linked_both_ways(lists):
    found = (
        needs.FoundNeed("助医", rules.URGENT, "腿疼想去医院复查"),
        needs.FoundNeed("维修", rules.NORMAL, ""),
    )
    visit = lists.run(needs.record_visit_with_needs, _visit(lists), found)
    made = lists.run(needs.needs_of_visit, visit.id)
    assert [(n.category, n.urgency, n.source, n.found_on, n.who, n.recorded_by) for n in made] == [
        ("助医", rules.URGENT, "visit", date(2026, 6, 12), "王秀英", "李社工"),
        ("维修", rules.NORMAL, "visit", date(2026, 6, 12), "王秀英", "李社工"),
    ]
    assert made[0].description == "腿疼想去医院复查" and made[1].description == "腿疼想去医院复查；家里水龙头漏水"
    assert {n.visit_id for n in made} == {visit.id} and made[0].due_on == date(2026, 6, 14)
    lists.run(needs.update_visit_with_needs, visit.id, _visit(lists), (needs.FoundNeed("助餐"),))
    assert len(lists.run(needs.needs_of_visit, visit.id)) == 3


def test_a_bad_need_on_a_visit_stores_neither_the_visit_nor_the_needs(lists):
    from stationdesk.services.visits import list_visits

    with pytest.raises(FormErrors):
        lists.run(needs.record_visit_with_needs, _visit(lists), (needs.FoundNeed("助医"), needs.FoundNeed("")))
    assert lists.run(list_visits) == [] and lists.run(needs.count_needs) == 0
