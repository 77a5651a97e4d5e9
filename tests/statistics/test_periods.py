"""Reporting periods as typed on the command line and in the 统计 page: months, quarters, years, ranges."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from stationdesk import messages
from stationdesk.domain.periods import parse_period, utc_start_of
from stationdesk.errors import ValidationError
from stationdesk.services.statistics import report  # noqa: F401  (registers the period messages)


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "previous"),
    [
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30), "2026-11", "2026-10"),
        ("2026-1", date(2026, 1, 1), date(2026, 1, 31), "2026-01", "2025-12"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02", "2024-01"),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31), "2026-Q4", "2026-Q3"),
        ("2026q1", date(2026, 1, 1), date(2026, 3, 31), "2026-Q1", "2025-Q4"),
        ("2026", date(2026, 1, 1), date(2026, 12, 31), "2026", "2025"),
        (" 2026-03-05..2026-03-11 ", date(2026, 3, 5), date(2026, 3, 11), "2026-03-05..2026-03-11", None),
        ("2026-01..2026-03", date(2026, 1, 1), date(2026, 3, 31), "2026-01-01..2026-03-31", None),
    ],
)
def test_periods_read_as_written(text, start, end, label, previous):
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert parse_period(period.label) == period
    if previous is not None:
        assert period.previous().label == previous


def test_a_range_is_preceded_by_as_many_days_or_whole_months():
    week = parse_period("2026-03-05..2026-03-11").previous()
    assert (week.start, week.end) == (date(2026, 2, 26), date(2026, 3, 4))
    quarter_like = parse_period("2026-01..2026-03").previous()
    assert (quarter_like.start, quarter_like.end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_titles_trend_months_and_the_reading_day():
    period = parse_period("2026-Q2")
    assert period.title() == "2026年第2季度" and period.title(english=True) == "Q2 2026"
    assert parse_period("2026-11").title(english=True) == "November 2026"
    months = period.trend_months(4)
    assert [m.label for m in months] == ["2026-03", "2026-04", "2026-05", "2026-06"]
    assert period.as_of(date(2026, 5, 20)) == date(2026, 5, 20)
    assert period.as_of(date(2027, 1, 1)) == date(2026, 6, 30)


def test_a_station_day_begins_at_midnight_beijing_time():
    assert utc_start_of(date(2026, 6, 1)) == datetime(2026, 5, 31, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "period.format"),
        ("November", "period.format"),
        ("2026-13", "period.format"),
        ("2026-Q5", "period.format"),
        ("2026-02-30..2026-03-01", "period.format"),
        ("2026-05-01..2026-04-01", "period.order"),
        ("1899", "period.year_range"),
        ("2026-05..", "period.format"),
    ],
)
def test_bad_periods_are_refused_with_a_clear_message(text, code):
    with pytest.raises(ValidationError) as raised:
        parse_period(text)
    assert raised.value.code == code
    assert messages.has_text(code)
    assert "{" not in str(raised.value)


def test_the_usual_periods_count_from_today():
    from stationdesk.domain.periods import PRESETS, preset

    day = date(2026, 1, 20)
    assert [preset(name, day).label for name in PRESETS] == [
        "2026-01",
        "2025-12",
        "2026-Q1",
        "2025-Q4",
        "2026",
        "2025",
    ]
