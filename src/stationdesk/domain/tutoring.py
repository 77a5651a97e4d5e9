"""Tutoring rules without a database: attendance statuses and their statistics, weekly slots
(times read by ``domain.typed_time``), holiday lists, and the dates of a term generated from a weekly schedule."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from stationdesk.domain.typed_time import format_clock, parse_clock
from stationdesk.errors import ValidationError

CLASS_KINDS = ("一对一", "小组", "暑托班", "寒托班")


def season_class_kind(day: date) -> str:
    """The kind a new class most likely is on ``day``: the summer class in July and August, the winter class
    in January and February, a homework group in term time."""
    if day.month in (7, 8):
        return "暑托班"
    if day.month in (1, 2):
        return "寒托班"
    return "小组"


SESSION_KINDS = ("辅导", "小组活动")
# The order space cycles through on the attendance screen (blank = not yet recorded).
STATUSES = ("出勤", "缺勤", "请假", "迟到", "早退")
PRESENT = frozenset({"出勤", "迟到", "早退"})
WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
MAX_TERM_DAYS = 366


def next_status(current: str) -> str:
    """The status after ``current`` in the cycle: blank → 出勤 → 缺勤 → 请假 → 迟到 → 早退 → blank."""
    cycle = ("", *STATUSES)
    index = cycle.index(current) if current in cycle else 0
    return cycle[(index + 1) % len(cycle)]


def check_status(status: str) -> str:
    status = (status or "").strip()
    if status and status not in STATUSES:
        raise ValidationError("tutoring.status_unknown", field="status", value=status, choices="、".join(STATUSES))
    return status


@dataclass(frozen=True)
class WeeklySlot:
    weekday: int  # 0 = Monday
    start: time
    end: time

    def check(self) -> WeeklySlot:
        if not 0 <= self.weekday <= 6:
            raise ValidationError("tutoring.weekday", field="slots", value=self.weekday)
        if self.end <= self.start:
            raise ValidationError(
                "tutoring.slot_order",
                field="slots",
                weekday=WEEKDAY_NAMES[self.weekday],
                start=format_clock(self.start),
                end=format_clock(self.end),
            )
        return self

    def label(self) -> str:
        return f"{WEEKDAY_NAMES[self.weekday]} {format_clock(self.start)}-{format_clock(self.end)}"


_SLOT = re.compile(r"^(周[一二三四五六日天]|星期[一二三四五六日天])\s*(\S+?)\s*[-~至到]\s*(\S+)$")
_WEEKDAY_CHARS = "一二三四五六日"


def parse_slots(text: str) -> list[WeeklySlot]:
    """Weekly slots written one per line or separated by ；/; — e.g. “周一 15:30-17:30”."""
    slots = []
    for token in re.split(r"[;；\n]+", unicodedata.normalize("NFKC", text or "")):
        token = token.strip().replace("—", "-")
        if not token:
            continue
        match = _SLOT.match(token)
        if match is None:
            raise ValidationError("tutoring.slot_format", field="slots", value=token)
        day_char = match.group(1)[-1].replace("天", "日")
        start = parse_clock(match.group(2), field="slots")
        end = parse_clock(match.group(3), field="slots")
        slots.append(WeeklySlot(_WEEKDAY_CHARS.index(day_char), start, end).check())
    return slots


def _day(token: str) -> date:
    try:
        return date.fromisoformat(token.strip().replace("/", "-"))
    except ValueError:
        raise ValidationError("tutoring.holiday_format", field="holidays", value=token) from None


def parse_holidays(text: str) -> set[date]:
    """Dates and ranges, separated by commas, spaces or new lines: “2026-07-01, 2026-08-10~2026-08-12”."""
    days: set[date] = set()
    for token in re.split(r"[,，、;；\s]+", unicodedata.normalize("NFKC", text or "")):
        if not token:
            continue
        parts = re.split(r"[~至到]", token)
        if len(parts) > 2:
            raise ValidationError("tutoring.holiday_format", field="holidays", value=token)
        start = _day(parts[0])
        end = _day(parts[-1])
        if end < start or (end - start).days > MAX_TERM_DAYS:
            raise ValidationError("tutoring.holiday_format", field="holidays", value=token)
        days.update(start + timedelta(days=n) for n in range((end - start).days + 1))
    return days


@dataclass(frozen=True)
class PlannedSession:
    day: date
    start: time
    end: time


@dataclass(frozen=True)
class TermPlan:
    sessions: tuple[PlannedSession, ...]
    holidays_skipped: tuple[date, ...]  # schedule days that fell on a holiday


def plan_term(start: date, end: date, slots: Iterable[WeeklySlot], holidays: Iterable[date] = ()) -> TermPlan:
    """Every date from ``start`` to ``end`` (inclusive) whose weekday has a slot, minus the holidays."""
    slots = [slot.check() for slot in slots]
    if not slots:
        raise ValidationError("tutoring.no_slots", field="slots")
    if end < start:
        raise ValidationError("tutoring.term_order", field="term_end", start=start.isoformat(), end=end.isoformat())
    if (end - start).days > MAX_TERM_DAYS:
        raise ValidationError("tutoring.term_too_long", field="term_end", max=MAX_TERM_DAYS)
    off = set(holidays)
    by_weekday: dict[int, list[WeeklySlot]] = {}
    for slot in sorted(slots, key=lambda s: (s.weekday, s.start)):
        by_weekday.setdefault(slot.weekday, []).append(slot)
    planned: list[PlannedSession] = []
    skipped: list[date] = []
    day = start
    while day <= end:
        todays = by_weekday.get(day.weekday(), [])
        if todays and day in off:
            skipped.append(day)
        elif todays:
            planned += [PlannedSession(day, slot.start, slot.end) for slot in todays]
        day += timedelta(days=1)
    return TermPlan(tuple(planned), tuple(skipped))


@dataclass(frozen=True)
class AttendanceStats:
    """Counts over the sessions whose attendance was recorded; 出勤率 = (出勤 + 迟到 + 早退) / recorded."""

    recorded: int = 0
    present: int = 0
    late: int = 0
    left_early: int = 0
    leave: int = 0
    absent: int = 0

    @property
    def attended(self) -> int:
        return self.present + self.late + self.left_early

    @property
    def rate(self) -> float | None:
        return None if not self.recorded else self.attended / self.recorded

    def rate_text(self) -> str:
        return "—" if self.rate is None else f"{self.rate * 100:.1f}%"


# each status's key: the AttendanceStats field and the message code tutoring.status.<key>
STATUS_KEY = {"出勤": "present", "迟到": "late", "早退": "left_early", "请假": "leave", "缺勤": "absent"}


def attendance_stats(statuses: Iterable[str]) -> AttendanceStats:
    """Statistics of a list of statuses; blanks (not recorded) are not counted."""
    counts = dict.fromkeys(STATUS_KEY.values(), 0)
    for status in statuses:
        if status in STATUS_KEY:
            counts[STATUS_KEY[status]] += 1
    return AttendanceStats(recorded=sum(counts.values()), **counts)
