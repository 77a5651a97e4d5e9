"""Reporting periods: a month, a quarter, a year or any range of days, as the station reports them.

Written the same way on the command line and in the 统计 page's period box:
``2026-11`` (a month), ``2026-Q4`` (a quarter), ``2026`` (a year), ``2026-01-01..2026-03-31`` or
``2026-01..2026-03`` (a range, both ends included). Each period knows the one before it (上期, for
环比): the previous month, quarter or year, or for a range the same number of days just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from stationdesk.errors import ValidationError

MONTH, QUARTER, YEAR, RANGE = "month", "quarter", "year", "range"
FIRST_YEAR, LAST_YEAR = 2000, 2100
# Stations are in China: one offset all year (no daylight saving), so a station and the city hub draw
# the same line between two days when they compare a UTC timestamp with a reporting period.
STATION_UTC_OFFSET = timedelta(hours=8)

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class Period:
    kind: str  # month, quarter, year or range
    start: date
    end: date  # included

    @property
    def label(self) -> str:
        """The period as typed: 2026-11, 2026-Q4, 2026, 2026-01-01..2026-03-31."""
        if self.kind == MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind == QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def title(self, english: bool = False) -> str:
        """The period as a report heading names it: 2026年11月 / November 2026 …"""
        if self.kind == MONTH:
            if english:
                return f"{_MONTH_NAMES[self.start.month - 1]} {self.start.year}"
            return f"{self.start.year}年{self.start.month}月"
        if self.kind == QUARTER:
            quarter = (self.start.month - 1) // 3 + 1
            return f"Q{quarter} {self.start.year}" if english else f"{self.start.year}年第{quarter}季度"
        if self.kind == YEAR:
            return str(self.start.year) if english else f"{self.start.year}年"
        joiner = " to " if english else " 至 "
        return f"{self.start.isoformat()}{joiner}{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """上期: the month, quarter or year before; before a range of whole months as many months, before
        any other range the same number of days."""
        if self.kind == MONTH:
            return month_of(self.start - timedelta(days=1))
        if self.kind == QUARTER:
            return quarter_of(self.start - timedelta(days=1))
        if self.kind == YEAR:
            return year_of(self.start.year - 1)
        end = self.start - timedelta(days=1)
        if self.start.day == 1 and month_of(self.end).end == self.end:
            # whole months (2026-04..2026-05): the same number of months before
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            start = end.replace(day=1)
            for _ in range(months - 1):
                start = (start - timedelta(days=1)).replace(day=1)
            return Period(RANGE, start, end)
        return Period(RANGE, end - timedelta(days=self.days - 1), end)

    def as_of(self, today: date) -> date:
        """The day a stock figure (volunteers registered, reassessments overdue) is read on: the
        period's last day, or today while the period is still running."""
        return min(self.end, today)

    def trend_months(self, count: int = 12) -> list[Period]:
        """The ``count`` months ending with the period's last month, oldest first (a trend chart)."""
        months = [month_of(self.end)]
        while len(months) < count:
            months.insert(0, month_of(months[0].start - timedelta(days=1)))
        return months


def month_of(day: date) -> Period:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(MONTH, first, following - timedelta(days=1))


def quarter_of(day: date) -> Period:
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    following = (first + timedelta(days=93)).replace(day=1)
    return Period(QUARTER, first, following - timedelta(days=1))


def year_of(year: int) -> Period:
    return Period(YEAR, date(year, 1, 1), date(year, 12, 31))


def utc_start_of(day: date) -> datetime:
    """The UTC moment a station's calendar day begins (for comparing with stored UTC timestamps)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) - STATION_UTC_OFFSET


def parse_period(text: str) -> Period:
    """A period from its written form; anything else raises ``period.format`` (or ``period.order``
    when a range ends before it starts)."""
    cleaned = (text or "").strip().replace("～", "..").replace("—", "..")
    if ".." in cleaned:
        first, _, last = (part.strip() for part in cleaned.partition(".."))
        start, end = _range_end(first, text, last=False), _range_end(last, text, last=True)
        if end < start:
            raise ValidationError("period.order", field="period", start=start.isoformat(), end=end.isoformat())
        return Period(RANGE, start, end)
    if match := _MONTH.match(cleaned):
        return month_of(_day(text, int(match.group(1)), int(match.group(2)), 1))
    if match := _QUARTER.match(cleaned):
        year = _year(text, int(match.group(1)))
        return quarter_of(date(year, int(match.group(2)) * 3 - 2, 1))
    if match := _YEAR.match(cleaned):
        return year_of(_year(text, int(match.group(1))))
    raise ValidationError("period.format", field="period", value=text)


def _range_end(part: str, text: str, last: bool) -> date:
    if match := _DAY.match(part):
        return _day(text, *(int(g) for g in match.groups()))
    if match := _MONTH.match(part):
        month = month_of(_day(text, int(match.group(1)), int(match.group(2)), 1))
        return month.end if last else month.start
    raise ValidationError("period.format", field="period", value=text)


def _year(text: str, year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("period.year_range", field="period", value=text, first=FIRST_YEAR, last=LAST_YEAR)
    return year


def _day(text: str, year: int, month: int, day: int) -> date:
    _year(text, year)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("period.format", field="period", value=text) from None


PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year", "last_year")


def preset(name: str, today: date) -> Period:
    """The periods a report is usually asked for, counted from ``today`` (本月, 上月, 本季度 …)."""
    month, quarter, year = month_of(today), quarter_of(today), year_of(today.year)
    return {
        "this_month": month,
        "last_month": month.previous(),
        "this_quarter": quarter,
        "last_quarter": quarter.previous(),
        "this_year": year,
        "last_year": year.previous(),
    }[name]
