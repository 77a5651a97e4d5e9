"""Visits, follow-ups, visit plans and the due list, on a real database."""

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from stationdesk.errors import FormErrors, NotFound, ValidationError
from stationdesk.services import registry
from stationdesk.services.elder_care import due_list, elder_overview, set_risk_tier, set_visit_rules, visit_rules
from stationdesk.services.people import delete_person
from stationdesk.services.visits import VisitInput, close_follow_up, open_follow_ups, record_visit

TODAY = date(2026, 6, 15)


def visit(elder_id, on=TODAY, **changes) -> VisitInput:
    values = {
        "elder_id": elder_id,
        "visited_on": on,
        "start_time": "09:00",
        "end_time": "09:40",
        "kind": "上门走访",
        "services": ("生活照料", "健康监测"),
        "risks": ("跌倒风险",),
        "blood_pressure": "135/85",
        "satisfaction": "满意",
        "recorder": "李社工",
    }
    values.update(changes)
    return VisitInput(**values)


def codes(error: FormErrors) -> set[str]:
    return {e.code for e in error.errors}


def test_a_visit_with_its_visitor_and_follow_up_is_stored(db, people):
    with db.transaction() as session:
        saved = record_visit(
            session,
            visit(
                people["elder"],
                visitor_ids=(people["volunteer"],),
                follow_up_action="联系女儿商量助浴",
                follow_up_due=TODAY + timedelta(days=3),
            ),
        )
    assert saved.elder_name == "王秀英" and saved.visitors == ("陈志强",)
    assert saved.services == ("生活照料", "健康监测") and saved.follow_up_id
    with db.session() as session:
        follow_ups = open_follow_ups(session)
        assert [f.action for f in follow_ups] == ["联系女儿商量助浴"]
        stats = registry.collect_stats(session)
        assert stats["visits"] == 1 and stats["open_followups"] == 1
        assert session.execute(text("select count(*) from visit_visitor")).scalar_one() == 1
    with db.transaction() as session:
        close_follow_up(session, follow_ups[0].id, note="已联系")
    with db.session() as session:
        assert open_follow_ups(session) == [] and registry.collect_stats(session)["open_followups"] == 0
    with db.transaction() as session, pytest.raises(ValidationError):
        close_follow_up(session, follow_ups[0].id)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"visited_on": TODAY + timedelta(days=1)}, "visit.date_in_future"),
        ({"visited_on": None}, "visit.date_required"),
        ({"start_time": "10:00", "end_time": "09:30"}, "visit.end_before_start"),
        ({"start_time": "9点"}, "visit.time_format"),
        ({"kind": "串门"}, "visit.kind_unknown"),
        ({"blood_pressure": "85/135"}, "visit.blood_pressure_format"),
        ({"blood_glucose": "高"}, "visit.blood_glucose_format"),
        ({"follow_up_action": "回访"}, "visit.follow_up_due_required"),
        ({"follow_up_action": "回访", "follow_up_due": TODAY - timedelta(days=1)}, "visit.follow_up_due_before_visit"),
        ({"satisfaction": "很好"}, "visit.satisfaction_unknown"),
        ({"visitor_ids": ("no-such-person",)}, "visit.visitor_unknown"),
    ],
)
def test_bad_visits_are_refused_and_nothing_is_stored(db, people, changes, code):
    with db.transaction() as session, pytest.raises(FormErrors) as caught:
        record_visit(session, visit(people["elder"], **changes))
    assert code in codes(caught.value)
    with db.session() as session:
        assert session.execute(text("select count(*) from visit")).scalar_one() == 0
        assert session.execute(text("select count(*) from follow_up")).scalar_one() == 0


def test_visits_of_unknown_deleted_or_non_elders_are_refused(db, people):
    with db.transaction() as session:
        delete_person(session, people["elder2"])
    for elder_id, code in (
        ("nobody", "visit.elder_unknown"),
        (people["elder2"], "visit.elder_unknown"),
        (people["child"], "visit.not_elder"),
    ):
        with db.transaction() as session, pytest.raises(FormErrors) as caught:
            record_visit(session, visit(elder_id))
        assert code in codes(caught.value)


def test_the_due_list_puts_the_most_overdue_first_and_drops_a_visited_elder(db, people):
    with db.transaction() as session:
        record_visit(session, visit(people["elder2"], on=TODAY - timedelta(days=200)))
        record_visit(session, visit(people["elder"], on=TODAY - timedelta(days=20)))
    with db.session() as session:
        due = due_list(session)
    # 王秀英 lives alone (独居): tier priority, monthly, last visit 20 days ago: not yet due.
    # 李桂兰: no tags, no assessment: general, quarterly, last visit 200 days ago: 110 days overdue.
    assert [(e.name, e.tier, e.days_overdue) for e in due] == [("李桂兰", "general", 110)]
    with db.transaction() as session:
        set_risk_tier(session, people["elder"], "high")
    with db.session() as session:
        assert [e.name for e in due_list(session)] == ["李桂兰", "王秀英"]
        assert due_list(session)[1].days_overdue == 13
    with db.transaction() as session:
        record_visit(session, visit(people["elder2"]))
    with db.session() as session:
        assert [e.name for e in due_list(session)] == ["王秀英"]


def test_visit_rules_are_editable_and_checked(db, people):
    with db.transaction() as session:
        assert visit_rules(session) == {"high": 7, "priority": 30, "general": 90}
        record_visit(session, visit(people["elder2"], on=TODAY - timedelta(days=40)))
    with db.transaction() as session:
        set_visit_rules(session, {"high": 3, "priority": 14, "general": 30})
    with db.session() as session:
        assert visit_rules(session)["general"] == 30
        assert [(e.name, e.days_overdue) for e in due_list(session) if e.name == "李桂兰"] == [("李桂兰", 10)]
    for bad in ({"high": 0}, {"general": 400}, {"priority": "7"}):
        with db.transaction() as session, pytest.raises(ValidationError):
            set_visit_rules(session, {"high": 7, "priority": 30, "general": 90, **bad})


def test_the_elder_overview_shows_the_next_visit_and_follow_ups(db, people):
    with db.transaction() as session:
        record_visit(
            session, visit(people["elder"], on=TODAY - timedelta(days=3), follow_up_action="送药", follow_up_due=TODAY)
        )
    with db.session() as session:
        overview = elder_overview(session, people["elder"])
        assert overview.tier == "priority" and overview.next_visit_due == TODAY + timedelta(days=27)
        assert overview.next_reassessment == TODAY and overview.reassessment_reason == "首次"
        assert [e.kind for e in overview.timeline] == ["visit"]
        assert [f.action for f in overview.open_follow_ups] == ["送药"]
        with pytest.raises(NotFound):
            elder_overview(session, "nobody")


def test_the_due_list_works_out_tiers_and_days_overdue_as_the_visit_plan_rules_do(db):
    """The due list computes tiers and days overdue in SQL; for every kind of elder they are what
    ``visit_plan.derive_tier`` and ``next_visit`` say."""
    from stationdesk.domain import visit_plan
    from stationdesk.services.elder_care import due_page
    from stationdesk.services.people import PersonInput, add_person

    def add(name: str, tags: tuple[str, ...]) -> str:
        person = PersonInput(name=name, roles=("elder",), birth_date=date(1940, 1, 1), gender="F", tags=tags)
        with db.transaction() as session:
            return add_person(session, person, confirmed=True).summary.id

    tag_sets = [(), ("独居",), ("高龄",), ("独居", "高龄"), ("失能",), ("半失能",), ("空巢", "低保"), ("低保",)]
    elders = {}
    for index, tags in enumerate(tag_sets):
        for visited in (None, 3, 40, 120):
            elder = add(f"老人{index}{visited}", tags)
            elders[elder] = (tags, visited)
            if visited is not None:
                with db.transaction() as session:
                    record_visit(session, visit(elder, on=TODAY - timedelta(days=visited)))
    with db.transaction() as session:
        set_risk_tier(session, next(iter(elders)), "high")
    with db.session() as session:
        page = due_page(session, horizon_days=400)
        rules = visit_rules(session)
        assert page.total == len(elders) == len(page.entries)
        for entry in page.entries:
            tags, visited = elders[entry.elder_id]
            explicit = "high" if entry.elder_id == next(iter(elders)) else ""
            tier = visit_plan.derive_tier(explicit, None, tags)
            last = None if visited is None else TODAY - timedelta(days=visited)
            assert (entry.tier, entry.last_visit) == (tier, last), tags
            assert entry.days_overdue == visit_plan.next_visit(last, rules[tier], TODAY).days_overdue
        overdue = [e.days_overdue for e in page.entries]
        assert overdue == sorted(overdue, reverse=True)
        assert due_page(session, horizon_days=400, offset=5, limit=3).entries == page.entries[5:8]
        assert due_page(session, horizon_days=400, offset=500, limit=3).total == len(elders)
        nothing_shown = due_page(session, horizon_days=400, limit=0)  # a count alone
        assert (nothing_shown.total, nothing_shown.entries) == (len(elders), ())
        assert due_page(session).total == sum(1 for e in page.entries if e.days_overdue >= 0)
