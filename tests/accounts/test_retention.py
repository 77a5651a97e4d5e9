"""保存期限: people whose last service is more than N years back are listed and erased the same way as
on request; someone still in a class, or served recently, or the setting empty, is kept."""

from __future__ import annotations

from datetime import date

import pytest

from stationdesk.db.models.tutoring import Enrolment, TutoringClass
from stationdesk.errors import PermissionDenied, ValidationError
from stationdesk.services.people import PersonInput, add_person, get_person
from stationdesk.services.retention import erase_past_retention, past_retention, set_retention_years
from stationdesk.services.visits import VisitInput, record_visit


def _elder(session, name: str, *visit_days: date) -> str:
    person_id = add_person(session, PersonInput(name=name, roles=("elder",), birth_date=date(1940, 1, 1))).summary.id
    for day in visit_days:
        record_visit(session, VisitInput(person_id, day, "09:00", "09:30", "电话问候"))
    return person_id


@pytest.fixture
def dated_people(db) -> dict[str, str]:
    """Today is 2026-06-15; with 3 years the cut is 2023-06-15."""
    with db.transaction() as session:
        people = {
            "old": _elder(session, "王秀英", date(2019, 5, 1), date(2023, 6, 14)),  # last visit a day before the cut
            "recent": _elder(session, "李桂兰", date(2018, 1, 1), date(2023, 6, 15)),  # on the cut: kept
            "new": _elder(session, "张建国"),  # never served, registered today
        }
        child = add_person(session, PersonInput(name="陈小明", roles=("child",), birth_date=date(2015, 1, 1)))
        klass = TutoringClass(name="小候鸟暑托班", kind="暑托班")
        session.add(klass)
        session.flush()
        session.add(Enrolment(class_id=klass.id, child_id=child.summary.id, enrolled_on=date(2019, 7, 1)))
        people["in_class"] = child.summary.id
    return people


def test_only_those_past_the_period_are_listed_and_erased(db, dated_people):
    with db.session() as session:
        assert past_retention(session) == ()  # the setting is empty: everything is kept
    with db.transaction() as session:
        set_retention_years(session, 3)
    with db.session() as session:
        listed = past_retention(session)
    assert [(p.person_id, p.name, p.last_service) for p in listed] == [
        (dated_people["old"], "王秀英", date(2023, 6, 14))
    ]
    with db.transaction() as session:
        assert erase_past_retention(session, [p.person_id for p in listed], 3) == 1
    with db.session() as session:
        assert get_person(session, dated_people["old"]).summary.name == "已删除"
        assert get_person(session, dated_people["recent"]).summary.name == "李桂兰"
        assert past_retention(session) == ()  # erased once, not listed again
        assert [p.name for p in past_retention(session, years=1)] == ["李桂兰"]  # the class keeps 陈小明


def test_the_period_must_be_sensible_and_the_clerk_may_not_use_it(db, role_accounts):
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        set_retention_years(session, 101)
    assert "1 到 100 年" in str(caught.value)
    db.actor = role_accounts["clerk"]
    with pytest.raises(PermissionDenied), db.session() as session:
        past_retention(session, years=1)
