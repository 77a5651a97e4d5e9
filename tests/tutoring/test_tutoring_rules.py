"""Pure tutoring rules: times typed as digits, the status cycle, holidays, term plans, statistics."""

from datetime import date, time

import pytest

from stationdesk.domain.tutoring import (
    WeeklySlot,
    attendance_stats,
    next_status,
    parse_holidays,
    parse_slots,
    plan_term,
)
from stationdesk.domain.typed_time import parse_clock
from stationdesk.errors import ValidationError


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1530", time(15, 30)),
        ("930", time(9, 30)),
        ("15:30", time(15, 30)),
        ("９：０５", time(9, 5)),
        ("8", time(8, 0)),
        ("0000", time(0, 0)),
    ],
)
def test_times_typed_as_digits(typed, expected):
    assert parse_clock(typed) == expected


@pytest.mark.parametrize("typed", ["2460", "1575", "12345", "abc", "15:3"])
def test_impossible_times_are_refused_with_the_value(typed):
    with pytest.raises(ValidationError) as caught:
        parse_clock(typed)
    assert caught.value.code == "time.format" and caught.value.params["value"] == typed


def test_blank_time_is_none():
    assert parse_clock("  ") is None


def test_space_cycles_through_every_status_and_back_to_blank():
    seen = [""]
    for _ in range(6):
        seen.append(next_status(seen[-1]))
    assert seen == ["", "出勤", "缺勤", "请假", "迟到", "早退", ""]


def test_holidays_accept_single_days_and_ranges():
    days = parse_holidays("2026-07-01，2026-08-10~2026-08-12\n2026/07/20")
    assert days == {date(2026, 7, 1), date(2026, 8, 10), date(2026, 8, 11), date(2026, 8, 12), date(2026, 7, 20)}


@pytest.mark.parametrize("text", ["2026-02-30", "明天", "2026-08-12~2026-08-10"])
def test_bad_holidays_are_named_in_the_error(text):
    with pytest.raises(ValidationError) as caught:
        parse_holidays(text)
    assert caught.value.code == "tutoring.holiday_format"


def test_slots_are_read_from_lines():
    assert parse_slots("周一 15:30-17:30；星期三 1530-1730\n周日 9:00~11:00") == [
        WeeklySlot(0, time(15, 30), time(17, 30)),
        WeeklySlot(2, time(15, 30), time(17, 30)),
        WeeklySlot(6, time(9), time(11)),
    ]
    with pytest.raises(ValidationError) as caught:
        parse_slots("周一 17:30-15:30")
    assert caught.value.code == "tutoring.slot_order"


def test_a_term_skips_the_holidays_and_keeps_the_weekdays():
    # Summer 2026: 6 July (Monday) to 14 August (Friday), Monday and Wednesday mornings.
    slots = [WeeklySlot(0, time(9), time(11)), WeeklySlot(2, time(9), time(11))]
    plan = plan_term(date(2026, 7, 6), date(2026, 8, 14), slots, {date(2026, 7, 8), date(2026, 7, 9)})
    days = [s.day for s in plan.sessions]
    assert len(days) == 12 - 1  # 6 weeks x 2, minus Wed 8 July (Thu 9 July has no class)
    assert date(2026, 7, 8) not in days and plan.holidays_skipped == (date(2026, 7, 8),)
    assert {d.weekday() for d in days} == {0, 2}
    assert days == sorted(days) and days[0] == date(2026, 7, 6) and days[-1] == date(2026, 8, 12)


def test_a_term_needs_slots_and_an_order():
    with pytest.raises(ValidationError) as caught:
        plan_term(date(2026, 7, 6), date(2026, 8, 14), [])
    assert caught.value.code == "tutoring.no_slots"
    with pytest.raises(ValidationError) as caught:
        plan_term(date(2026, 8, 6), date(2026, 7, 14), [WeeklySlot(0, time(9), time(11))])
    assert caught.value.code == "tutoring.term_order"


def test_attendance_statistics_count_late_and_early_as_attended():
    stats = attendance_stats(["出勤", "出勤", "迟到", "早退", "请假", "缺勤", "", "出勤"])
    assert (stats.recorded, stats.present, stats.late, stats.left_early, stats.leave, stats.absent) == (
        7,
        3,
        1,
        1,
        1,
        1,
    )
    assert stats.attended == 5
    assert stats.rate == pytest.approx(5 / 7)
    assert stats.rate_text() == "71.4%"
    assert attendance_stats([]).rate is None and attendance_stats([]).rate_text() == "—"
