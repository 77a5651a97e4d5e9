"""The pure hour rules: rounding down to whole half hours, the daily cap, overlap, corrections, times."""

from datetime import datetime, time

import pytest

from stationdesk.domain import service_hours as rules
from stationdesk.domain.typed_time import parse_clock
from stationdesk.errors import ValidationError


def t(clock: str, day: int = 10) -> datetime:
    hour, minute = clock.split(":")
    return datetime(2026, 6, day, int(hour), int(minute))


@pytest.mark.parametrize(
    ("start", "end", "credited"),
    [
        ("09:00", "11:30", 150),  # exactly 2.5 h
        ("09:00", "10:20", 60),  # 1 h 20 -> 1.0 h: an unfinished half hour is not credited
        ("09:00", "10:59", 90),  # 1 h 59 -> 1.5 h
        ("09:00", "09:29", 0),  # under half an hour -> nothing
        ("09:00", "09:30", 30),
        ("08:00", "19:00", 480),  # 11 h in one day -> the 8 h cap
    ],
)
def test_time_is_rounded_down_to_whole_half_hours_and_capped(start, end, credited):
    assert rules.credit_minutes(t(start), t(end)) == credited


def test_the_daily_cap_counts_earlier_shifts_of_the_same_day():
    assert rules.credit_minutes(t("14:00"), t("18:00"), already_that_day=300) == 180
    assert rules.credit_minutes(t("19:00"), t("20:00"), already_that_day=480) == 0
    assert rules.credit_minutes(t("14:00"), t("18:00"), already_that_day=300, cap=600) == 240


def test_sign_out_before_sign_in_is_refused():
    with pytest.raises(ValidationError) as caught:
        rules.actual_minutes(t("11:00"), t("09:00"))
    assert caught.value.code == "shift.out_before_in"
    with pytest.raises(ValidationError):
        rules.actual_minutes(t("09:00"), t("09:00"))


def test_overlap_is_refused_but_touching_shifts_are_fine():
    others = [(t("09:00"), t("11:00"))]
    rules.check_no_overlap(t("11:00"), t("12:00"), others)
    rules.check_no_overlap(t("07:00"), t("09:00"), others)
    for start, end in (("10:30", "12:00"), ("08:00", "09:01"), ("09:30", "10:00"), ("08:00", "12:00")):
        with pytest.raises(ValidationError) as caught:
            rules.check_no_overlap(t(start), t(end), others)
        assert caught.value.code == "shift.overlap"


def test_future_and_left_volunteer_are_refused():
    with pytest.raises(ValidationError) as caught:
        rules.check_not_future(t("10:00", day=16), now=t("09:00", day=15))
    assert caught.value.code == "shift.in_future"
    rules.check_volunteer_can_serve(rules.STATUS_PAUSED)
    with pytest.raises(ValidationError) as caught:
        rules.check_volunteer_can_serve(rules.STATUS_LEFT)
    assert caught.value.code == "shift.volunteer_left"


def test_a_correction_needs_a_reason_half_hours_and_room_under_the_cap():
    assert rules.check_correction(120, "漏签退，经负责人核实", already_that_day=0) == 120
    for minutes, reason, already, code in (
        (120, "  ", 0, "shift.reason_required"),
        (100, "核实", 0, "shift.half_hours_only"),
        (240, "核实", 300, "shift.over_daily_cap"),
    ):
        with pytest.raises(ValidationError) as caught:
            rules.check_correction(minutes, reason, already)
        assert caught.value.code == code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0930", time(9, 30)),
        ("930", time(9, 30)),
        ("9:30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("9", time(9, 0)),
        ("1405", time(14, 5)),
        ("０９３０", time(9, 30)),
        ("9：30", time(9, 30)),
        ("", None),
    ],
)
def test_clock_times_typed_from_the_paper_sheet(typed, expected):
    assert parse_clock(typed) == expected


@pytest.mark.parametrize("typed", ["2460", "2500", "9a", "12345", "abc"])
def test_impossible_clock_times_are_refused(typed):
    with pytest.raises(ValidationError):
        parse_clock(typed)


def test_hours_are_written_as_people_write_them():
    assert [rules.format_hours(m) for m in (0, 30, 60, 150, 480)] == ["0", "0.5", "1", "2.5", "8"]
