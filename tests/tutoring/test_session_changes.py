"""Cancelling and moving a session, closing a class: the service rules."""

from datetime import date, time

import pytest

from stationdesk.errors import ValidationError
from stationdesk.messages import text as message_text
from stationdesk.services.tutoring import (
    AttendanceInput,
    cancel_session,
    close_class,
    enrol_child,
    generate_term,
    get_class,
    list_classes,
    reschedule_session,
    save_attendance,
)


@pytest.fixture
def june(db, cast, summer_class):
    """Three children enrolled on 1 June; sessions on the Mondays and Wednesdays of June; the first
    one has attendance."""
    with db.transaction() as session:
        for child in cast.consented[:3]:
            enrol_child(session, summer_class, child, on=date(2026, 6, 1))
        generate_term(session, summer_class, date(2026, 6, 1), date(2026, 6, 30))
        sessions = get_class(session, summer_class).sessions
        save_attendance(session, sessions[0].id, (AttendanceInput(cast.consented[0], "出勤"),))
    return sessions


def test_a_session_without_attendance_is_cancelled_one_with_attendance_is_refused(db, summer_class, june):
    with db.transaction() as session:
        with pytest.raises(ValidationError) as refused:
            cancel_session(session, june[0].id)
        assert refused.value.code == "tutoring.session_has_attendance"
        assert "不能取消" in message_text(refused.value.code, **refused.value.params)
        cancel_session(session, june[1].id)
    with db.transaction() as session:
        days = [s.day for s in get_class(session, summer_class).sessions]
    assert june[0].day in days and june[1].day not in days and len(days) == len(june) - 1


def test_a_session_is_moved_and_keeps_its_attendance(db, summer_class, june):
    with db.transaction() as session:
        moved = reschedule_session(session, june[0].id, date(2026, 6, 2), time(14), time(16))
        assert (moved.day, moved.start, moved.end) == (date(2026, 6, 2), time(14), time(16))
        with pytest.raises(ValidationError) as clash:  # onto another session of the class
            reschedule_session(session, june[2].id, date(2026, 6, 2), time(14), time(15))
        assert clash.value.code == "tutoring.session_clash"
        with pytest.raises(ValidationError) as order:
            reschedule_session(session, june[2].id, date(2026, 6, 9), time(16), time(15))
        assert order.value.code == "tutoring.session_order"
    with db.transaction() as session:
        first = get_class(session, summer_class).sessions[0]
    assert first.id == june[0].id and first.day == date(2026, 6, 2) and first.recorded == 1


def test_closing_a_class_keeps_its_history(db, summer_class, june):
    with db.transaction() as session:
        summary = close_class(session, summer_class, date(2026, 6, 10))
        assert summary.term_end == date(2026, 6, 10) and summary.enrolled == 0 and summary.ended
        detail = get_class(session, summer_class)
        assert [s.day for s in detail.sessions] == [d.day for d in june if d.day <= date(2026, 6, 10)]
        assert detail.sessions[0].recorded == 1  # attendance kept
        assert [c.name for c in list_classes(session)] == ["小候鸟公益暑托班"]  # still listed, as ended


def test_a_class_cannot_close_before_attendance_it_already_has(db, cast, summer_class, june):
    with db.transaction() as session:
        save_attendance(session, june[2].id, (AttendanceInput(cast.consented[1], "请假"),))
        with pytest.raises(ValidationError) as later:
            close_class(session, summer_class, june[1].day)
        assert later.value.code == "tutoring.close_with_later_attendance"
        with pytest.raises(ValidationError) as early:
            close_class(session, summer_class, date(2026, 5, 31))
        assert early.value.code == "tutoring.close_before_start"
        assert get_class(session, summer_class).summary.enrolled == 3
        assert len(get_class(session, summer_class).sessions) == len(june)
