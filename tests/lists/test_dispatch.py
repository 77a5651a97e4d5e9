"""Dispatch: several targets in one step with held capacity, confirmation past the capacity, cancel and
re-dispatch with the history kept, and closing with the service given and the volunteers' hours."""

from datetime import date, datetime, time

import pytest

from stationdesk.domain import needs as rules
from stationdesk.errors import NeedsConfirmation, ValidationError
from stationdesk.services import dispatch, needs, resources, service_records, shifts, volunteers
from stationdesk.services.dispatch import DispatchTarget
from stationdesk.services.offers import OfferTerms


def _need(lists, category="助医", **more):
    return lists.run(needs.create_need, needs.NeedInput(category=category, person_id=lists.elder_id, **more))


def _remaining(lists, resource_id):
    return lists.run(resources.resource_row, resource_id).capacity.remaining


def test_one_step_dispatches_to_a_team_and_a_resource_and_holds_capacity(lists):
    need = _need(lists)
    rows = lists.run(
        dispatch.dispatch_need,
        need.id,
        (DispatchTarget("team", lists.team_id, score=80), DispatchTarget("resource", lists.clinic_id, quantity=2)),
        "周三上午陪同到卫生站",
        "李社工",
    )
    assert [(r.kind, r.name, r.quantity, r.state) for r in rows] == [
        ("team", "邻里情", 1, "open"),
        ("resource", "社区卫生站义诊", 2, "open"),
    ]
    assert _remaining(lists, lists.clinic_id) == 0
    row = lists.run(needs.need_row, need.id)
    assert row.state == rules.DISPATCHED
    history = lists.run(needs.history_of, need.id)
    assert [(h.to_state, h.reason) for h in history] == [
        (rules.PENDING, ""),
        (rules.ACCEPTED, ""),
        (rules.DISPATCHED, "邻里情、社区卫生站义诊"),
    ]
    with lists.db.transaction() as session:
        stored = session.get(needs.Need, need.id)
        assert stored.accepted_at is not None and stored.dispatched_at >= stored.accepted_at


def test_taking_more_than_is_left_asks_first(lists):
    need = _need(lists)
    with pytest.raises(NeedsConfirmation) as caught:
        lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("resource", lists.clinic_id, quantity=3),))
    assert "尚余 2 人次，本次派单 3 人次" in str(caught.value.warnings[0])
    assert lists.run(needs.need_row, need.id).state == rules.PENDING  # nothing stored
    lists.run(
        dispatch.dispatch_need, need.id, (DispatchTarget("resource", lists.clinic_id, quantity=3),), confirmed=True
    )
    assert _remaining(lists, lists.clinic_id) == -1


def test_ended_or_expired_resources_and_volunteers_who_left_are_refused(lists):
    need = _need(lists)
    data = lists.run(resources.resource_input, lists.clinic_id)
    lists.run(resources.update_resource, lists.clinic_id, _with(data, status="ended"))
    with pytest.raises(ValidationError) as caught:
        lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("resource", lists.clinic_id),))
    assert caught.value.code == "dispatch.target_ended" and "社区卫生站义诊" in str(caught.value)
    lists.run(resources.update_resource, lists.clinic_id, _with(data, valid_to=date(2026, 6, 1)))
    with pytest.raises(ValidationError) as caught:
        lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("resource", lists.clinic_id),))
    assert caught.value.code == "dispatch.target_expired"
    lists.run(volunteers.update_volunteer, lists.volunteer_ids[1], ("助老陪伴",), "", "退出")
    with pytest.raises(ValidationError) as caught:
        lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("volunteer", lists.volunteer_ids[1]),))
    assert caught.value.code == "dispatch.volunteer_left"
    with pytest.raises(ValidationError) as caught:
        lists.run(dispatch.dispatch_need, need.id, ())
    assert caught.value.code == "dispatch.no_targets"
    assert lists.run(dispatch.dispatches_of, need.id) == []


def _with(data: resources.ResourceInput, **changes) -> resources.ResourceInput:
    terms = data.terms
    if "status" in changes:
        terms = OfferTerms(**{**terms.__dict__, "status": changes.pop("status")})
    return resources.ResourceInput(**{**data.__dict__, "terms": terms, **changes})


def test_cancel_and_redispatch_keep_the_history_and_free_the_capacity(lists):
    need = _need(lists)
    (first,) = lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("resource", lists.clinic_id, quantity=2),))
    with pytest.raises(ValidationError) as caught:
        lists.run(dispatch.cancel_dispatch, first.id, "  ")
    assert caught.value.code == "dispatch.reason_required"
    (second,) = lists.run(
        dispatch.redispatch, first.id, DispatchTarget("service", lists.service_id), "卫生站本周不开诊", "李社工"
    )
    assert _remaining(lists, lists.clinic_id) == 2
    assert [(d.name, d.state, d.cancel_reason) for d in lists.run(dispatch.dispatches_of, need.id)] == [
        ("社区卫生站义诊", "cancelled", "卫生站本周不开诊"),
        ("陪同就医", "open", ""),
    ]
    lists.run(dispatch.cancel_dispatch, second.id, "老人已自行就医", "李社工")
    assert lists.run(needs.need_row, need.id).state == rules.ACCEPTED
    assert [h.to_state for h in lists.run(needs.history_of, need.id)] == [
        rules.PENDING,
        rules.ACCEPTED,
        rules.DISPATCHED,
        rules.ACCEPTED,
        rules.DISPATCHED,
        rules.ACCEPTED,
    ]
    with pytest.raises(ValidationError) as caught:
        lists.run(dispatch.cancel_dispatch, second.id, "again")
    assert caught.value.code == "dispatch.not_open"


def test_closing_records_the_service_and_the_volunteers_hours_and_completes_the_need(lists):
    need = _need(lists)
    team, clinic = lists.run(
        dispatch.dispatch_need,
        need.id,
        (DispatchTarget("team", lists.team_id), DispatchTarget("resource", lists.clinic_id)),
    )
    choices = lists.run(dispatch.close_choices, team.id)
    assert choices.team_id == lists.team_id and {name for _v, name, _t in choices.volunteers} == {"陈建华", "黄丽"}
    closed = lists.run(
        dispatch.close_dispatch,
        team.id,
        service_records.ServiceRecordInput(
            served_on=date(2026, 6, 15),
            start_time=time(8, 30),
            end_time=time(11, 10),
            person_ids=(lists.elder_id,),
            volunteer_ids=tuple(lists.volunteer_ids),
            notes="陪同到市一医院复诊取药",
            satisfaction=5,
            recorded_by="李社工",
        ),
    )
    assert closed.need_state == rules.COMPLETED and len(closed.shift_ids) == 2
    pending = lists.run(shifts.shifts_to_confirm)
    assert sorted((s.volunteer_name, s.credited_minutes, s.post) for s in pending) == [
        ("陈建华", 150, "助医"),
        ("黄丽", 150, "助医"),
    ]
    assert [(d.name, d.state) for d in lists.run(dispatch.dispatches_of, need.id)] == [
        ("邻里情", "closed"),
        ("社区卫生站义诊", "cancelled"),
    ]
    given = lists.run(service_records.services_for_need, need.id)
    assert [(g.title, g.provider, g.people, g.start, g.end, g.satisfaction) for g in given] == [
        ("助医", "邻里情、陈建华、黄丽", "王秀英", "08:30", "11:10", "满意")
    ]
    assert clinic.state == "open"  # as it was handed back when dispatched


def test_a_shift_the_hour_rules_refuse_leaves_nothing_stored(lists):
    lists.run(  # 陈建华 already served that morning elsewhere
        shifts.record_shift,
        shifts.ShiftInput(lists.volunteer_ids[0], datetime(2026, 6, 15, 9, 0), datetime(2026, 6, 15, 10, 0)),
    )
    need = _need(lists)
    (team,) = lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("team", lists.team_id),))
    with pytest.raises(ValidationError) as caught:
        lists.run(
            dispatch.close_dispatch,
            team.id,
            service_records.ServiceRecordInput(
                served_on=date(2026, 6, 15),
                start_time=time(8, 30),
                end_time=time(11, 0),
                person_ids=(lists.elder_id,),
                volunteer_ids=tuple(lists.volunteer_ids),
            ),
        )
    assert caught.value.code == "service_record.volunteer_shift" and "陈建华" in str(caught.value)
    assert "时间不能重叠" in str(caught.value)
    assert lists.run(dispatch.dispatches_of, need.id)[0].state == "open"
    assert lists.run(service_records.services_for_need, need.id) == []
    assert lists.run(needs.need_row, need.id).state == rules.DISPATCHED
    assert len(lists.run(shifts.shifts_to_confirm)) == 1


def test_closing_without_the_need_met_puts_it_in_service_and_goods_are_used_up(lists):
    goods = lists.run(
        resources.create_resource,
        resources.ResourceInput(
            name="防暑降温物资",
            provider_kind="enterprise",
            kind="goods",
            provider_name="西江饮料厂",
            categories=("生活照料",),
            terms=OfferTerms(capacity_unit="份", capacity_available=100, capacity_maximum=100),
        ),
    )
    need = lists.run(
        needs.create_need,
        needs.NeedInput(category="生活照料", group_name="星湖社区户外劳动者", people_count=40, community="星湖社区"),
    )
    (given,) = lists.run(dispatch.dispatch_need, need.id, (DispatchTarget("resource", goods.id, quantity=40),))
    assert _remaining(lists, goods.id) == 60
    closed = lists.run(
        dispatch.close_dispatch,
        given.id,
        service_records.ServiceRecordInput(served_on=date(2026, 6, 15), people_count=38, notes="夏日送清凉第一批"),
        need_met=False,
    )
    assert closed.need_state == rules.IN_SERVICE
    row = lists.run(resources.resource_row, goods.id)
    assert (row.capacity.available, row.capacity.held, row.capacity.remaining) == (60, 0, 60)
