"""Service records for everyone, and the list of services given that reads visits and tutoring sessions
beside them, so nothing is entered twice."""

from datetime import date, time

import pytest

from stationdesk.db.models.tutoring import Attendance, TutoringClass, TutoringSession
from stationdesk.errors import FormErrors
from stationdesk.services import service_records, visits
from stationdesk.services.registry import LISTERS, collect_stats
from stationdesk.services.service_records import GivenQuery, ServiceRecordInput


def _codes(error):
    return {e.code for e in error.errors}


def test_bad_records_are_refused_with_every_problem(lists):
    with pytest.raises(FormErrors) as caught:
        lists.run(
            service_records.record_service,
            ServiceRecordInput(
                served_on=date(2026, 6, 16),
                start_time=time(10, 0),
                end_time=time(9, 0),
                people_count=0,
                satisfaction=9,
            ),
        )
    assert _codes(caught.value) == {
        "service_record.date_future",
        "service_record.category_required",
        "service_record.end_before_start",
        "service_record.nobody",
        "service_record.satisfaction",
    }
    with pytest.raises(FormErrors) as caught:
        lists.run(
            service_records.record_service,
            ServiceRecordInput(
                served_on=date(2026, 6, 15),
                category="生活照料",
                person_ids=(lists.elder_id, lists.child_id),
                people_count=1,
                volunteer_ids=(lists.volunteer_ids[0],),
            ),
        )
    assert _codes(caught.value) == {"service_record.count_below_named", "service_record.times_for_volunteers"}
    assert lists.run(collect_stats)["service_records"] == 0


def _tutoring_session(session, child_id: str) -> None:
    course = TutoringClass(name="小候鸟公益暑托班", kind="暑托班", place="二楼活动室")
    session.add(course)
    session.flush()
    lesson = TutoringSession(class_id=course.id, day=date(2026, 6, 12), start_time=time(14, 0), end_time=time(16, 0))
    session.add(lesson)
    session.flush()
    session.add(Attendance(session_id=lesson.id, child_id=child_id, status="出勤"))


def test_visits_and_tutoring_are_listed_beside_the_records(lists):
    lists.run(
        service_records.record_service,
        ServiceRecordInput(
            served_on=date(2026, 6, 14),
            category="生活照料",
            service_id=lists.service_id,
            people_count=38,
            place="星湖社区广场",
            notes="夏日送清凉",
        ),
    )
    lists.run(
        visits.record_visit,
        visits.VisitInput(
            elder_id=lists.elder_id,
            visited_on=date(2026, 6, 13),
            start_time="09:30",
            end_time="10:00",
            kind="上门走访",
            services=("健康监测",),
            satisfaction="满意",
        ),
    )
    with lists.db.transaction() as session:
        _tutoring_session(session, lists.child_id)
    given = lists.run(service_records.list_services_given, GivenQuery())
    assert [(g.kind, g.served_on, g.title, g.people, g.people_count) for g in given] == [
        ("record", date(2026, 6, 14), "陪同就医", "", 38),
        ("visit", date(2026, 6, 13), "上门走访", "王秀英", 1),
        ("tutoring", date(2026, 6, 12), "小候鸟公益暑托班", "", 1),
    ]
    assert given[0].provider == "邻里情" and given[1].satisfaction == "满意" and given[2].start == "14:00"
    child = lists.run(service_records.list_services_given, GivenQuery(person_id=lists.child_id))
    assert [g.kind for g in child] == ["tutoring"]
    health = lists.run(service_records.list_services_given, GivenQuery(category="健康监测"))
    assert [g.kind for g in health] == ["visit"]
    second_page = lists.run(service_records.list_services_given, GivenQuery(), offset=1, limit=1)
    assert [g.kind for g in second_page] == ["visit"]
    stats = lists.run(collect_stats)
    assert (stats["service_records"], stats["services_given"]) == (1, 3)
    listed = lists.run(LISTERS["service-records"], 10, "")
    assert [row["kind"] for row in listed] == ["record", "visit", "tutoring"]


def test_a_deleted_record_takes_its_unconfirmed_shifts_with_it(lists):
    from stationdesk.services import shifts

    saved = lists.run(
        service_records.record_service,
        ServiceRecordInput(
            served_on=date(2026, 6, 15),
            category="助餐",
            start_time=time(11, 0),
            end_time=time(12, 0),
            person_ids=(lists.elder_id,),
            volunteer_ids=(lists.volunteer_ids[1],),
        ),
    )
    assert len(lists.run(shifts.shifts_to_confirm)) == 1
    lists.run(service_records.delete_record, saved.id)
    assert lists.run(shifts.shifts_to_confirm) == []
    assert lists.run(service_records.list_services_given, GivenQuery()) == []
